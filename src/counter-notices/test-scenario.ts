import assert from 'node:assert/strict';
import {
  listings,
  marketplace,
  noticeBody,
  screenshot,
  uploadDocument,
  verifiedRight,
} from '../../test/support/fixtures.ts';
import { type Harness, memberOf, userIn } from '../../test/support/harness.ts';

/** Parties and helpers shared by the counter-notice, appeal and deadline tests. */
export async function parties(h: Harness) {
  const brand = await userIn(h, 'brand', 'rights_holder');
  const seller = await userIn(h, 'seller', 'seller');
  const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
  const reviewer2 = await memberOf(h, h.operatorOrgId, 'reviewer');
  return { brand, seller, reviewer, reviewer2 };
}

export type Parties = Awaited<ReturnType<typeof parties>>;

/** A marketplace of the jurisdiction whose store 'store-1' belongs to the seller. */
export async function sellerMarketplace(
  h: Harness,
  p: Parties,
  jurisdiction: string,
  webhookUrl: string | undefined = 'https://marketplace.example/hook',
) {
  const mkt = await marketplace(h, jurisdiction, webhookUrl);
  const store = await h.request('PUT', `/v1/marketplaces/${mkt.id}/stores/store-1`, {
    token: mkt.key,
    body: { name: 'Store One' },
  });
  const linked = await h.request('PATCH', `/v1/stores/${store.body.id}`, {
    token: h.adminToken,
    body: { sellerOrgId: p.seller.orgId },
  });
  assert.equal(linked.status, 200, linked.text);
  return mkt;
}

export async function rightFor(h: Harness, p: Parties, kind: 'trademark' | 'copyright', jurisdiction = 'US') {
  if (kind === 'copyright') return verifiedRight(h, p.brand.token, { type: 'copyright' });
  return verifiedRight(
    h,
    p.brand.token,
    jurisdiction === 'US' ? {} : { jurisdiction, office: jurisdiction === 'EU' ? 'EUIPO' : 'CNIPA' },
  );
}

/** Files a notice on a fresh listing and has a reviewer remove it; returns the item and listing ids. */
export async function removedItem(
  h: Harness,
  p: Parties,
  mkt: { id: string; key: string },
  right: { id: string },
  kind: 'trademark' | 'copyright' = 'trademark',
) {
  const [listingId] = await listings(h, mkt, 1);
  const evidence = await screenshot(h, p.brand.token);
  const filed = await h.request('POST', '/v1/notices', {
    token: p.brand.token,
    body: noticeBody(
      right.id,
      [listingId!],
      evidence,
      kind === 'copyright' ? { infringementType: 'copyright' } : {},
    ),
  });
  assert.equal(filed.status, 201, filed.text);
  const itemId = filed.body.items[0].id as string;
  const decided = await h.request('POST', `/v1/items/${itemId}/decision`, {
    token: p.reviewer.token,
    body: { decision: 'remove', reasonText: 'The listing offers counterfeit goods bearing the mark.' },
  });
  assert.equal(decided.status, 200, decided.text);
  return { itemId, listingId: listingId!, noticeId: filed.body.id as string };
}

export async function counterNoticeBody(h: Harness, p: Parties, overrides: Record<string, unknown> = {}) {
  const invoice = await uploadDocument(h, p.seller.token, `invoice ${Math.random()}`, 'application/pdf');
  return {
    statements: { goodFaithMistake: true, consentToJurisdiction: true, acceptService: true },
    identification: 'Listing L1, "Handbag", https://shop.example/item/1, removed on the notice',
    grounds: ['genuine_goods', 'gray_market_import'],
    explanation: 'Bought from the brand’s authorised distributor in Japan; invoices attached.',
    evidence: [{ kind: 'invoice', documentSha256: invoice, note: 'Distributor invoice' }],
    contact: {
      name: 'Sam Seller',
      email: 'sam@seller.example',
      address: '1 Market St, Springfield',
      phone: '+1 555 0100',
    },
    signature: 'Sam Seller',
    ...overrides,
  };
}

export async function listingState(h: Harness, listingId: string): Promise<string> {
  const row = await h.platform.database.db
    .selectFrom('listings')
    .select('state')
    .where('id', '=', listingId)
    .executeTakeFirstOrThrow();
  return row.state;
}

/** Makes an item's running clock of one kind due now, so a test fires exactly that clock. */
export async function expire(
  h: Harness,
  itemId: string,
  kind:
    | 'counter_notice_window'
    | 'putback'
    | 'rights_holder_response'
    | 'review_decision'
    | 'appeal_decision',
) {
  const rows = await h.platform.database.db
    .updateTable('deadlines')
    .set({ due_at: new Date(Date.now() - 1000) })
    .where('item_id', '=', itemId)
    .where('kind', '=', kind)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning('id')
    .execute();
  assert.equal(rows.length, 1, `one running ${kind} clock on ${itemId}`);
}
