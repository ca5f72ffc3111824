import { EventDispatcher, registeredSubscribers } from '../events/index.ts';
import '../webhooks/index.ts';
import { randomUUID } from 'node:crypto';
import { appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { EvidenceRow } from '../db/schema.ts';
import type { ListingRemovedData } from './events.ts';
import { applyRemoval, type RemovalInput, type RemovalResult } from './removal.ts';

/**
 * Fixture builders for takedown tests: rows inserted directly, so these tests do not depend on
 * the marketplaces, rights or notices modules, only on the schema.
 */

let counter = 0;
const next = () => ++counter;

export async function insertOrg(
  db: Database,
  kind: 'operator' | 'brand' | 'agent' | 'seller',
  name = `${kind} ${next()}`,
): Promise<string> {
  const id = randomUUID();
  await db.insertInto('organisations').values({ id, kind, name }).execute();
  return id;
}

export async function insertMarketplace(
  db: Database,
  options: { webhookUrl?: string | null; jurisdiction?: string } = {},
): Promise<string> {
  const id = randomUUID();
  const n = next();
  await db
    .insertInto('marketplaces')
    .values({
      id,
      code: `mkt-${n}-${id.slice(0, 6)}`,
      name: `Market ${n}`,
      jurisdiction: options.jurisdiction ?? 'EU',
      webhook_url: options.webhookUrl ?? null,
      updated_at: new Date(),
    })
    .execute();
  return id;
}

export async function insertStore(
  db: Database,
  marketplaceId: string,
  sellerOrgId: string | null,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('stores')
    .values({
      id,
      marketplace_id: marketplaceId,
      external_id: `store-${next()}`,
      name: `Store ${counter}`,
      seller_org_id: sellerOrgId,
    })
    .execute();
  return id;
}

export async function insertListing(
  db: Database,
  marketplaceId: string,
  storeId: string,
  title = 'Genuine Acme sneakers 1:1',
): Promise<string> {
  const id = randomUUID();
  const externalId = `lst-${next()}`;
  await db
    .insertInto('listings')
    .values({
      id,
      marketplace_id: marketplaceId,
      external_id: externalId,
      store_id: storeId,
      url: `https://market.example/item/${externalId}`,
      title,
      description: 'Top quality, same factory',
      price: '19.90',
      currency: 'EUR',
      quantity: 500,
      ship_from: 'CN',
      image_urls: JSON.stringify(['https://img.example/1.jpg']),
      updated_at: new Date(),
    })
    .execute();
  return id;
}

export async function insertRight(
  db: Database,
  orgId: string,
  type: 'trademark' | 'patent' | 'copyright' = 'trademark',
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('rights')
    .values({
      id,
      org_id: orgId,
      type,
      status: 'verified',
      name: type === 'copyright' ? 'Acme catalogue photographs' : 'ACME',
      owner_name: 'Acme Corporation',
      registration_number: type === 'copyright' ? null : `0180${next()}`,
      office: type === 'copyright' ? null : 'EUIPO',
      jurisdiction: type === 'copyright' ? null : 'EU',
      nice_classes: JSON.stringify(type === 'trademark' ? [25] : []),
      document_shas: JSON.stringify([]),
      reference_image_shas: JSON.stringify([]),
    })
    .execute();
  return id;
}

export const SAMPLE_EVIDENCE: EvidenceRow[] = [
  {
    kind: 'screenshot',
    documentSha256: 'a'.repeat(64),
    url: 'https://market.example/item/x',
    capturedAt: '2025-01-02T03:04:05.000Z',
  },
  { kind: 'test_buy_report', documentSha256: 'b'.repeat(64), note: 'Stitching and box differ from genuine' },
];

export async function insertNoticeItem(
  db: Database,
  input: {
    principalOrgId: string;
    filerOrgId?: string;
    rightId: string;
    listingId: string;
    state?: 'pending' | 'removed';
    evidence?: EvidenceRow[];
  },
): Promise<{ noticeId: string; itemId: string }> {
  const noticeId = randomUUID();
  const itemId = randomUUID();
  await db
    .insertInto('notices')
    .values({
      id: noticeId,
      principal_org_id: input.principalOrgId,
      filer_org_id: input.filerOrgId ?? input.principalOrgId,
      right_id: input.rightId,
      infringement_type: 'counterfeit',
      statements: JSON.stringify({ goodFaith: true, accurate: true }),
      contact: JSON.stringify({ name: 'Jane Brand', email: 'legal@acme.example' }),
      explanation: 'Uses the ACME mark on fake shoes',
      source: 'api',
      item_count: 1,
    })
    .execute();
  await db
    .insertInto('notice_items')
    .values({
      id: itemId,
      notice_id: noticeId,
      position: 0,
      listing_id: input.listingId,
      right_id: input.rightId,
      state: input.state ?? 'pending',
      evidence: JSON.stringify(input.evidence ?? SAMPLE_EVIDENCE),
      sla_due_at: new Date(Date.now() + 86_400_000),
      updated_at: new Date(),
    })
    .execute();
  return { noticeId, itemId };
}

export interface TakedownScenario {
  marketplaceId: string;
  sellerOrgId: string;
  brandOrgId: string;
  storeId: string;
  listingId: string;
  rightId: string;
  noticeId: string;
  itemId: string;
}

/** A seller's listing on a marketplace under a pending notice from a brand, ready to be decided. */
export async function takedownScenario(
  db: Database,
  orgs: { sellerOrgId: string; brandOrgId: string; filerOrgId?: string },
  options: { webhookUrl?: string | null; jurisdiction?: string; marketplaceId?: string } = {},
): Promise<TakedownScenario> {
  const marketplaceId = options.marketplaceId ?? (await insertMarketplace(db, options));
  const storeId = await insertStore(db, marketplaceId, orgs.sellerOrgId);
  const listingId = await insertListing(db, marketplaceId, storeId);
  const rightId = await insertRight(db, orgs.brandOrgId);
  const { noticeId, itemId } = await insertNoticeItem(db, {
    principalOrgId: orgs.brandOrgId,
    rightId,
    listingId,
    ...(orgs.filerOrgId ? { filerOrgId: orgs.filerOrgId } : {}),
  });
  return {
    marketplaceId,
    sellerOrgId: orgs.sellerOrgId,
    brandOrgId: orgs.brandOrgId,
    storeId,
    listingId,
    rightId,
    noticeId,
    itemId,
  };
}

const REVIEWER_USER_ID = randomUUID();

/** What the reviewer's decision transaction does around applyRemoval: move the item, apply, audit. */
export async function decideRemoval(
  db: Database,
  itemId: string,
  overrides: Partial<Omit<RemovalInput, 'itemId'>> = {},
): Promise<RemovalResult & { deliveryId: string | null }> {
  // The reviewer is a real user (decisions name who decided).
  await db
    .insertInto('users')
    .values({
      id: REVIEWER_USER_ID,
      email: `reviewer-${REVIEWER_USER_ID}@fixture.test`,
      name: 'Fixture reviewer',
      password_hash: 'x',
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const result = await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('notice_items')
      .set({ state: 'removed', decided_at: new Date(), updated_at: new Date() })
      .where('id', '=', itemId)
      .execute();
    const result = await applyRemoval(trx, {
      itemId,
      decidedByUserId: REVIEWER_USER_ID,
      actorLabel: `user:${REVIEWER_USER_ID}`,
      reasonCode: 'counterfeit.confirmed',
      reasonText:
        'The listing offers counterfeit ACME shoes: the logo and box differ from the genuine product.',
      automated: { detection: false, decision: false },
      ...overrides,
    });
    await appendAudit(trx, result.audit);
    return result;
  });
  return { ...result, deliveryId: await deliveryOfEvent(db, result.eventId) };
}

/** Runs the event subscribers as the platform would, then the webhook delivery of the event, if any. */
export async function deliveryOfEvent(db: Database, eventId: string): Promise<string | null> {
  await new EventDispatcher(db, registeredSubscribers(), { intervalMs: 60_000 }).settle();
  const row = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('id', '=', eventId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A valid `listing.removed` event data for tests that append events directly (n makes it distinct). */
export function listingRemovedData(n: number): ListingRemovedData {
  const id = randomUUID();
  return {
    marketplace_listing_id: `L${n}`,
    listing_id: id,
    listing_version: 2,
    store_external_id: null,
    source: 'notice',
    notice_id: null,
    item_id: null,
    case_id: null,
    decision_id: id,
    statement_id: id,
    statement_path: `/v1/statements/${id}`,
    automated_decision: false,
    reason: { code: null, text: `test event ${n}` },
  };
}
