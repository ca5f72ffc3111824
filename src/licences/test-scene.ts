import assert from 'node:assert/strict';
import { marketplace, uploadDocument } from '../../test/support/fixtures.ts';
import { type Harness, memberOf, userIn } from '../../test/support/harness.ts';

/** Shared by the licence tests: a seller with a store on a marketplace, reviewers, helpers. */

export const day = (offset: number, from = new Date()) =>
  new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** A marketplace whose store `store-1` belongs to the seller; returns the store's id too. */
export async function sellerStore(h: Harness, sellerOrgId: string, jurisdiction = 'DE') {
  const mkt = await marketplace(h, jurisdiction, 'https://marketplace.example/hook');
  const store = await h.request('PUT', `/v1/marketplaces/${mkt.id}/stores/store-1`, {
    token: mkt.key,
    body: { name: 'Store One' },
  });
  assert.equal(store.status, 200, store.text);
  const linked = await h.request('PATCH', `/v1/stores/${store.body.id}`, {
    token: h.adminToken,
    body: { sellerOrgId },
  });
  assert.equal(linked.status, 200, linked.text);
  return { ...mkt, storeId: store.body.id as string };
}

export async function licenceScene(h: Harness) {
  const seller = await userIn(h, 'seller', 'seller');
  const otherSeller = await userIn(h, 'seller', 'seller');
  const brand = await userIn(h, 'brand', 'rights_holder');
  const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
  const reviewer2 = await memberOf(h, h.operatorOrgId, 'reviewer');
  const mkt = await sellerStore(h, seller.orgId, 'DE');
  const otherMkt = await sellerStore(h, otherSeller.orgId, 'US');
  return { seller, otherSeller, brand, reviewer, reviewer2, mkt, otherMkt };
}

export function licenceBody(sha: string, overrides: Record<string, unknown> = {}) {
  return {
    category: 'books_press',
    jurisdiction: 'EU',
    issuer: 'Bundesamt für Justiz',
    licenceNumber: `LIC-${Math.random().toString(36).slice(2, 8)}`,
    validFrom: day(-10),
    validUntil: day(365),
    documentSha256: sha,
    ...overrides,
  };
}

/** Uploads a licence for the store as the seller and has the reviewer verify it; returns it. */
export async function verifiedLicence(
  h: Harness,
  seller: { token: string },
  reviewer: { token: string },
  storeId: string,
  overrides: Record<string, unknown> = {},
) {
  const sha = await uploadDocument(h, seller.token, `licence ${Math.random()}`, 'application/pdf');
  const up = await h.request('POST', `/v1/stores/${storeId}/licences`, {
    token: seller.token,
    body: licenceBody(sha, overrides),
  });
  assert.equal(up.status, 201, up.text);
  const decided = await h.request('POST', `/v1/licences/${up.body.id}/decision`, {
    token: reviewer.token,
    body: { result: 'verified', reasonText: 'The licence matches the register of the issuing authority.' },
  });
  assert.equal(decided.status, 200, decided.text);
  return decided.body;
}

export async function deliveries(h: Harness, marketplaceId: string, type: string) {
  await h.platform.settle();
  const rows = await h.platform.database.db
    .selectFrom('webhook_deliveries')
    .select(['event_type', 'payload'])
    .where('marketplace_id', '=', marketplaceId)
    .where('event_type', '=', type)
    .execute();
  return rows.map((r) => r.payload as unknown as { data: Record<string, unknown> });
}
