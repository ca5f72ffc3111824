import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { uploadDocument } from '../documents/index.ts';
import { fileComplaint, ingestBatch, topUp, topUpRefundFund } from '../payments/index.ts';
import { writePolicy } from '../policies/index.ts';

/**
 * Money on the premium (US) marketplace: a deposit policy and Bargain Barn's deposit, a funded
 * refund fund, a few orders (two on listings under the agent's open notice, so their proceeds are
 * held), and the demo buyer's complaint about one of them, refunded at once and awaiting review.
 */
export async function loadDemoMoney(
  db: Database,
  who: { admin: Principal; buyer: Principal },
  marketplaceId: string,
): Promise<void> {
  await writePolicy(db, who.admin, 'deposits', {
    marketplaces: [
      {
        marketplaceId,
        currency: 'USD',
        required: 50_000,
        requiredByCategory: [{ category: 'bags', amount: 100_000 }],
        minimum: 50_000,
        confiscation: { mode: 'partial', sharePercent: 25 },
        releaseWaitingDays: 30,
      },
    ],
  });
  const store = await db
    .selectFrom('stores')
    .select('id')
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', '=', 'bargain-us')
    .executeTakeFirstOrThrow();
  await topUp(db, who.admin, store.id, { amount: 100_000, currency: 'USD', paymentId: 'demo-deposit-1' });
  await topUpRefundFund(db, who.admin, { amount: 1_000_000, currency: 'USD', reference: 'demo-fund' });
  await ingestBatch(db, who.admin, marketplaceId, [
    {
      event: 'paid',
      id: 'LM-70001',
      listingExternalId: 'us-2003',
      amount: 8_900,
      currency: 'USD',
      buyerRef: 'LM-BUYER-1001',
    },
    {
      event: 'paid',
      id: 'LM-70002',
      listingExternalId: 'us-2007',
      amount: 6_500,
      currency: 'USD',
      buyerRef: 'LM-BUYER-1001',
    },
    {
      event: 'paid',
      id: 'LM-70003',
      listingExternalId: 'us-2004',
      amount: 7_000,
      currency: 'USD',
      buyerRef: 'LM-BUYER-2002',
    },
    {
      event: 'paid',
      id: 'LM-70004',
      listingExternalId: 'us-2010',
      amount: 1_250,
      currency: 'USD',
      buyerRef: 'LM-BUYER-2002',
    },
  ]);
  const photo = await uploadDocument(db, who.buyer, {
    content: Buffer.from('Photo of the bag received: misspelt logo, loose stitching (demo document)'),
    mediaType: 'text/plain',
    filename: 'bag-received.txt',
  });
  await fileComplaint(db, who.buyer, {
    marketplaceId,
    orderId: 'LM-70002',
    buyerRef: 'LM-BUYER-1001',
    explanation:
      'The "Lumière" handbag I received is a fake: the logo is misspelt and the stitching is loose.',
    evidence: [photo.sha256],
  });
}
