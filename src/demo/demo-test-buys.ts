import { generateKeyPairSync, sign } from 'node:crypto';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { uploadDocument } from '../documents/index.ts';
import { updateReferral } from '../referrals/index.ts';
import {
  createPlan,
  decideOutcome,
  handoverMessage,
  recordStep,
  registerCustodianKey,
  requestTestBuy,
  type StepInput,
} from '../test-buys/index.ts';

/**
 * One test buy of issue 16, end to end: Maison Lumière's request for a test buy of the German
 * replica bag, this month's plan that draws it, the chain of custody with a hand-over signed by the
 * reviewer and the customs laboratory's inspector, the counterfeit outcome and the referral the
 * value on offer opens, marked referred by the liaison.
 */
export async function demoTestBuy(
  db: Database,
  who: {
    admin: Principal;
    reviewer: Principal;
    lumiere: Principal;
    inspector: Principal;
    liaison: Principal;
  },
  listingId: string,
  marketplaceId: string,
): Promise<void> {
  await requestTestBuy(db, who.lumiere, {
    listingId,
    reasonText: 'Sold as "1:1 Replika" of the Étoile bag at a tenth of the retail price, 400 in stock.',
  });
  const period = new Date().toISOString().slice(0, 7);
  const plan = await createPlan(db, who.admin, { period, seed: `demo-${period}`, marketplaceId });
  const testBuyId = plan.entries.find((e) => e.listing.id === listingId)?.testBuyId;
  if (!testBuyId) throw new Error('demo: the requested listing was not drawn');
  const keys = new Map<
    Principal,
    { keyId: string; privateKey: ReturnType<typeof generateKeyPairSync>['privateKey'] }
  >();
  for (const p of [who.reviewer, who.inspector]) {
    const pair = generateKeyPairSync('ed25519');
    const registered = await registerCustodianKey(db, p, {
      publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    });
    keys.set(p, { keyId: registered.keyId, privateKey: pair.privateKey });
  }
  const doc = async (p: Principal, text: string, mediaType: string, filename: string) =>
    (await uploadDocument(db, p, { content: Buffer.from(text), mediaType, filename })).sha256;
  const day = (n: number) => new Date(Date.now() - (10 - n) * 86_400_000).toISOString();
  const receipt = await doc(
    who.reviewer,
    'Order DE-88213 receipt: 1 x Lumière Étoile Tasche, 120.00 EUR (demo)',
    'text/plain',
    'receipt.txt',
  );
  const photo = await doc(
    who.reviewer,
    'Photos on arrival: sealed parcel, bag, tags (demo)',
    'text/plain',
    'arrival-photos.txt',
  );
  const steps: StepInput[] = [
    {
      step: 'purchased',
      data: {
        at: day(1),
        orderReference: 'DE-88213',
        price: { amountMinor: 12_000, currency: 'EUR' },
        buyerIdentity: 'mystery-shopper-de-04',
      },
      documents: [{ label: 'order receipt', sha256: receipt }],
    },
    { step: 'shipped', data: { at: day(2), carrier: 'DHL', trackingNumber: 'JJD0001234567' }, documents: [] },
    { step: 'received', data: { at: day(4), receivedBy: 'Test-buy desk, Berlin' }, documents: [] },
    {
      step: 'photographed',
      data: { at: day(4) },
      documents: [{ label: 'photos on arrival', sha256: photo }],
    },
  ];
  for (const s of steps) await recordStep(db, who.reviewer, testBuyId, s);
  const head = (
    await db
      .selectFrom('test_buy_steps')
      .select('hash')
      .where('test_buy_id', '=', testBuyId)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
  ).hash;
  const data = {
    at: day(5),
    recipientKind: 'agency' as const,
    recipientName: 'Customs Laboratory Frankfurt',
  };
  const from = { userId: who.reviewer.userId!, keyId: keys.get(who.reviewer)!.keyId };
  const to = { userId: who.inspector.userId!, keyId: keys.get(who.inspector)!.keyId };
  const message = Buffer.from(
    handoverMessage({ testBuyId, seq: 5, prevHash: head, data, documents: [], from, to }),
  );
  await recordStep(db, who.reviewer, testBuyId, {
    step: 'handed_over',
    data,
    documents: [],
    handover: {
      from: {
        ...from,
        signature: sign(null, message, keys.get(who.reviewer)!.privateKey).toString('base64'),
      },
      to: { ...to, signature: sign(null, message, keys.get(who.inspector)!.privateKey).toString('base64') },
    },
  });
  const report = await doc(
    who.inspector,
    'Inspection report CLF-2026-311: logo embossing, stitching density and lining differ from the genuine Étoile; no serial number. Result: counterfeit. (demo)',
    'text/plain',
    'inspection-report.txt',
  );
  await recordStep(db, who.inspector, testBuyId, {
    step: 'inspected',
    data: {
      at: day(7),
      result: 'counterfeit',
      summary: 'Logo embossing, stitching and lining differ from the genuine Étoile bag; no serial number.',
    },
    documents: [{ label: 'inspection report', sha256: report }],
  });
  const certificate = await doc(
    who.reviewer,
    'Notarial certificate 2026/4471 of the purchase and inspection (demo)',
    'text/plain',
    'notary.txt',
  );
  await recordStep(db, who.reviewer, testBuyId, {
    step: 'notarized',
    data: { at: day(8), notary: 'Dr. Hanna Weiss, Notarin, Frankfurt am Main' },
    documents: [{ label: 'notary certificate', sha256: certificate }],
  });
  await decideOutcome(db, who.reviewer, testBuyId, {
    reasonText: 'The listing offers counterfeit Maison Lumière bags.',
  });
  const referral = await db
    .selectFrom('referral_cases')
    .select(['id', 'version'])
    .where('test_buy_id', '=', testBuyId)
    .executeTakeFirst();
  if (referral)
    await updateReferral(db, who.liaison, referral.id, {
      version: referral.version,
      status: 'referred',
      agency: 'Zollfahndungsamt Frankfurt am Main',
      referenceNumber: 'ZFA-F-2026-0912',
    });
}
