import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { HandoverSigned, StepData, StepDocument, StepKind } from './custody.ts';
import type { DrawReason, DrawSummary } from './sampling.ts';
import type { TestBuyStatus } from './test-buy.table.ts';

/**
 * All SQL of test buys. Reads of other modules' tables (listings, stores, marketplaces, verdicts,
 * point entries, documents) are read-only joins; every write is to this module's own tables.
 */

export const OPEN_STATUSES: readonly TestBuyStatus[] = ['planned', 'in_custody', 'inspected'];

/** Listings with what a test buy records about them (store, marketplace, jurisdiction, offer). */
export function listingsWithContext(db: Database) {
  return db
    .selectFrom('listings as l')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .innerJoin('marketplaces as m', 'm.id', 'l.marketplace_id')
    .select([
      'l.id',
      'l.external_id',
      'l.title',
      'l.url',
      'l.category',
      'l.price',
      'l.currency',
      'l.quantity',
      'l.state',
      'l.created_at',
      'l.store_id',
      's.name as store_name',
      's.external_id as store_external_id',
      'm.code as marketplace_code',
      's.seller_org_id',
      'l.marketplace_id',
      'm.name as marketplace_name',
      'm.jurisdiction',
    ]);
}
export type ListingContext = NonNullable<Awaited<ReturnType<typeof listingContext>>>;

export async function listingContext(db: Database, listingId: string) {
  return listingsWithContext(db).where('l.id', '=', listingId).executeTakeFirst();
}

export async function listingContexts(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return listingsWithContext(db)
    .where('l.id', 'in', [...ids])
    .execute();
}

/** Active listings, optionally of one marketplace, without a test buy in progress. */
function eligible(db: Database, marketplaceId: string | null) {
  let q = db
    .selectFrom('listings as l')
    .where('l.state', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('test_buys as t')
            .select('t.id')
            .whereRef('t.listing_id', '=', 'l.id')
            .where('t.status', 'in', [...OPEN_STATUSES]),
        ),
      ),
    );
  if (marketplaceId) q = q.where('l.marketplace_id', '=', marketplaceId);
  return q;
}

/**
 * The random stratum's pool: per category, the first `take` eligible listings in the seed's order
 * (md5 of seed and id; the pure draw sorts by the same key and takes what the risk sample left).
 */
export async function randomPool(
  db: Database,
  input: { seed: string; take: number; categories: readonly string[]; marketplaceId: string | null },
) {
  if (input.take === 0) return [];
  let inner = eligible(db, input.marketplaceId)
    .where('l.category', 'is not', null)
    .select([
      'l.id',
      'l.category',
      sql<number>`row_number() over (partition by l.category order by md5(${input.seed} || ':' || l.id::text) collate "C")`.as(
        'rank',
      ),
    ]);
  if (input.categories.length > 0) inner = inner.where('l.category', 'in', [...input.categories]);
  const rows = await db
    .selectFrom(inner.as('r'))
    .select(['r.id', 'r.category'])
    .where('r.rank', '<=', input.take)
    .execute();
  return rows.map((r) => ({ listingId: r.id, category: r.category as string }));
}

/** The pool sizes per category (for the plan's explanation: position k of n). */
export async function poolSizes(db: Database, marketplaceId: string | null, categories: readonly string[]) {
  let q = eligible(db, marketplaceId)
    .where('l.category', 'is not', null)
    .select(['l.category', sql<string>`count(*)`.as('n')])
    .groupBy('l.category');
  if (categories.length > 0) q = q.where('l.category', 'in', [...categories]);
  return new Map((await q.execute()).map((r) => [r.category as string, Number(r.n)]));
}

export async function eligibleAmong(db: Database, ids: readonly string[], marketplaceId: string | null) {
  if (ids.length === 0) return new Map<string, string | null>();
  const rows = await eligible(db, marketplaceId)
    .where('l.id', 'in', [...ids])
    .select(['l.id', 'l.category'])
    .execute();
  return new Map(rows.map((r) => [r.id, r.category]));
}

// Risk sources' reads.

export async function flaggedListings(db: Database, limit: number, marketplaceId: string | null) {
  return eligible(db, marketplaceId)
    .innerJoin('listing_verdicts as v', 'v.listing_id', 'l.id')
    .where('v.score', '>', 0)
    .select('l.id')
    .orderBy('v.score', 'desc')
    .orderBy('l.id')
    .limit(limit)
    .execute();
}

export async function verdictsOf(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('listing_verdicts')
    .select(['listing_id', 'score', 'action'])
    .where('listing_id', 'in', [...ids])
    .execute();
}

/** Listings of stores with an infringement deducted since `since`. */
export async function listingsOfRecentOffenders(
  db: Database,
  input: { since: Date; limit: number; marketplaceId: string | null },
) {
  return eligible(db, input.marketplaceId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('point_entries as p')
          .select('p.id')
          .whereRef('p.store_id', '=', 'l.store_id')
          .where('p.kind', '=', 'deduction')
          .where('p.created_at', '>=', input.since),
      ),
    )
    .select('l.id')
    .orderBy('l.id')
    .limit(input.limit)
    .execute();
}

export async function storesOfListings(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('listings')
    .select(['id', 'store_id'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function openRequestListings(db: Database, limit: number, marketplaceId: string | null) {
  return eligible(db, marketplaceId)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('test_buy_requests as r')
          .select('r.id')
          .whereRef('r.listing_id', '=', 'l.id')
          .where('r.status', '=', 'open'),
      ),
    )
    .select('l.id')
    .orderBy('l.id')
    .limit(limit)
    .execute();
}

export async function openRequestsOf(db: Database, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('test_buy_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.brand_org_id')
    .select(['r.id', 'r.listing_id', 'r.brand_org_id', 'o.name as brand_name', 'r.created_at'])
    .where('r.listing_id', 'in', [...listingIds])
    .where('r.status', '=', 'open')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}

// Plans.

export async function insertPlan(
  trx: Database,
  row: {
    id: string;
    period: string;
    seed: string;
    marketplace_id: string | null;
    policy_version: number;
    summary: DrawSummary;
    created_by: string;
    created_at: Date;
  },
) {
  await trx
    .insertInto('test_buy_plans')
    .values({ ...row, summary: JSON.stringify(row.summary) })
    .execute();
}

export async function insertTestBuys(
  trx: Database,
  rows: readonly {
    id: string;
    plan_id: string;
    listing_id: string;
    store_id: string;
    marketplace_id: string;
    jurisdiction: string;
    category: string | null;
    stratum: 'random' | 'risk';
    reasons: DrawReason;
    risk_score: number | null;
    request_id: string | null;
    requested_by_org_id: string | null;
    created_at: Date;
  }[],
) {
  if (rows.length === 0) return;
  await trx
    .insertInto('test_buys')
    .values(rows.map((r) => ({ ...r, reasons: JSON.stringify(r.reasons) })))
    .execute();
}

export async function markRequestsPlanned(
  trx: Database,
  links: readonly { requestId: string; testBuyId: string }[],
) {
  for (const link of links)
    await trx
      .updateTable('test_buy_requests')
      .set({ status: 'planned', test_buy_id: link.testBuyId })
      .where('id', '=', link.requestId)
      .where('status', '=', 'open')
      .execute();
}

export async function listPlans(db: Database, page: { limit: number; offset: number }) {
  return db
    .selectFrom('test_buy_plans as p')
    .leftJoin('test_buys as t', 't.plan_id', 'p.id')
    .select([
      'p.id',
      'p.period',
      'p.seed',
      'p.marketplace_id',
      'p.policy_version',
      'p.created_by',
      'p.created_at',
      sql<string>`count(t.id)`.as('drawn'),
    ])
    .groupBy('p.id')
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function findPlan(db: Database, id: string) {
  return db.selectFrom('test_buy_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

// Test buys.

function testBuysQuery(db: Database) {
  return db
    .selectFrom('test_buys as t')
    .innerJoin('listings as l', 'l.id', 't.listing_id')
    .innerJoin('stores as s', 's.id', 't.store_id')
    .innerJoin('marketplaces as m', 'm.id', 't.marketplace_id')
    .leftJoin('organisations as b', 'b.id', 't.requested_by_org_id')
    .select([
      't.id',
      't.plan_id',
      't.listing_id',
      't.store_id',
      't.marketplace_id',
      't.jurisdiction',
      't.category',
      't.stratum',
      't.reasons',
      't.risk_score',
      't.request_id',
      't.requested_by_org_id',
      'b.name as requested_by_name',
      't.status',
      't.decision_id',
      't.deduction_entry_id',
      't.outcome_reason',
      't.decided_at',
      't.decided_by',
      't.created_at',
      'l.title',
      'l.external_id',
      'l.url',
      'l.state as listing_state',
      's.name as store_name',
      's.seller_org_id',
      'm.name as marketplace_name',
    ]);
}
export type TestBuyRow = NonNullable<Awaited<ReturnType<typeof findTestBuy>>>;

export async function findTestBuy(db: Database, id: string) {
  return testBuysQuery(db).where('t.id', '=', id).executeTakeFirst();
}

export async function testBuysOfPlan(db: Database, planId: string) {
  return testBuysQuery(db)
    .where('t.plan_id', '=', planId)
    .orderBy('t.stratum', 'desc')
    .orderBy('t.risk_score', 'desc')
    .orderBy('t.category')
    .orderBy('t.id')
    .execute();
}

export async function listTestBuys(
  db: Database,
  filter: {
    status?: TestBuyStatus | undefined;
    marketplaceId?: string | undefined;
    storeId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  let q = testBuysQuery(db);
  if (filter.status) q = q.where('t.status', '=', filter.status);
  if (filter.marketplaceId) q = q.where('t.marketplace_id', '=', filter.marketplaceId);
  if (filter.storeId) q = q.where('t.store_id', '=', filter.storeId);
  return q
    .orderBy('t.created_at', 'desc')
    .orderBy('t.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function testBuysOfStore(db: Database, storeId: string) {
  return testBuysQuery(db)
    .where('t.store_id', '=', storeId)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
}

/** Serializes everything done to one test buy (steps, outcome). */
export async function lockTestBuy(trx: Database, id: string) {
  return trx
    .selectFrom('test_buys')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function setStatus(
  trx: Database,
  id: string,
  set: {
    status: TestBuyStatus;
    decision_id?: string | null;
    deduction_entry_id?: string | null;
    outcome_reason?: string;
    decided_at?: Date;
    decided_by?: string;
  },
) {
  await trx.updateTable('test_buys').set(set).where('id', '=', id).execute();
}

export async function stepsOf(db: Database, testBuyId: string) {
  // the recorder's display name is not part of the hashed record (its label is): joined for reading
  return db
    .selectFrom('test_buy_steps')
    .leftJoin('users', 'users.id', 'test_buy_steps.recorded_by_user')
    .selectAll('test_buy_steps')
    .select('users.name as recorded_by_name')
    .where('test_buy_steps.test_buy_id', '=', testBuyId)
    .orderBy('test_buy_steps.seq')
    .execute();
}
export type StepRow = Awaited<ReturnType<typeof stepsOf>>[number];

export async function insertStep(
  trx: Database,
  row: {
    test_buy_id: string;
    seq: number;
    kind: StepKind;
    data: StepData;
    documents: StepDocument[];
    handover: HandoverSigned | null;
    recorded_by: string;
    recorded_by_user: string | null;
    prev_hash: string;
    hash: string;
    created_at: Date;
  },
) {
  await trx
    .insertInto('test_buy_steps')
    .values({
      ...row,
      data: JSON.stringify(row.data),
      documents: JSON.stringify(row.documents),
      handover: JSON.stringify(row.handover),
    })
    .execute();
}

/** Test buys whose goods were handed over to this user (they read them and record the inspection). */
export async function receivedBy(db: Database, testBuyId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('test_buy_steps')
    .select('seq')
    .where('test_buy_id', '=', testBuyId)
    .where('kind', '=', 'handed_over')
    .where(sql<string>`handover->'to'->>'userId'`, '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The SHA-256 of each document's stored bytes now, hashed here (not the stored key). */
export async function documentContents(db: Database, shas: readonly string[]) {
  if (shas.length === 0) return [];
  return db
    .selectFrom('documents')
    .select(['sha256', 'content', 'media_type', 'size'])
    .where('sha256', 'in', [...shas])
    .execute();
}

export async function documentsOwnedBy(db: Database, shas: readonly string[], orgIds: readonly string[]) {
  if (shas.length === 0 || orgIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('document_owners')
    .select('sha256')
    .where('sha256', 'in', [...shas])
    .where('org_id', 'in', [...orgIds])
    .execute();
  return new Set(rows.map((r) => r.sha256));
}

// Requests.

export async function insertRequest(
  trx: Database,
  row: {
    id: string;
    brand_org_id: string;
    listing_id: string;
    reason_text: string;
    created_by: string;
    created_at: Date;
  },
) {
  await trx.insertInto('test_buy_requests').values(row).execute();
}

export async function openRequestOf(db: Database, brandOrgId: string, listingId: string) {
  return db
    .selectFrom('test_buy_requests')
    .select('id')
    .where('brand_org_id', '=', brandOrgId)
    .where('listing_id', '=', listingId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export async function listRequests(
  db: Database,
  filter: { brandOrgIds: readonly string[] | null; limit: number; offset: number },
) {
  let q = db
    .selectFrom('test_buy_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.brand_org_id')
    .innerJoin('listings as l', 'l.id', 'r.listing_id')
    .innerJoin('marketplaces as m', 'm.id', 'l.marketplace_id')
    .leftJoin('test_buys as t', 't.id', 'r.test_buy_id')
    .select([
      'r.id',
      'r.brand_org_id',
      'o.name as brand_name',
      'r.listing_id',
      'l.title',
      'l.external_id',
      'm.name as marketplace_name',
      'r.reason_text',
      'r.status',
      'r.test_buy_id',
      't.status as test_buy_status',
      't.decided_at',
      'r.created_at',
    ]);
  if (filter.brandOrgIds) {
    if (filter.brandOrgIds.length === 0) return [];
    q = q.where('r.brand_org_id', 'in', [...filter.brandOrgIds]);
  }
  return q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

// Custodian keys.

export async function insertKey(
  trx: Database,
  row: { key_id: string; user_id: string; org_id: string; public_key_pem: string; created_at: Date },
) {
  const inserted = await trx
    .insertInto('custodian_keys')
    .values(row)
    .onConflict((oc) => oc.column('key_id').doNothing())
    .returning('key_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findKey(db: Database, keyId: string) {
  return db.selectFrom('custodian_keys').selectAll().where('key_id', '=', keyId).executeTakeFirst();
}

export async function keysByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('custodian_keys')
    .selectAll()
    .where('key_id', 'in', [...ids])
    .execute();
}

export async function keysOfUser(db: Database, userId: string) {
  return db
    .selectFrom('custodian_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

// Outcome.

/** Copies: the store's other active listings with the same title (case and spaces aside). */
export async function copiesOf(db: Database, listing: { id: string; store_id: string; title: string }) {
  return db
    .selectFrom('listings')
    .select(['id', 'price', 'currency', 'quantity'])
    .where('store_id', '=', listing.store_id)
    .where('id', '<>', listing.id)
    .where('state', '=', 'active')
    .where(sql<string>`lower(btrim(title))`, '=', listing.title.trim().toLowerCase())
    .orderBy('id')
    .execute();
}

export async function linkedStoreCount(db: Database, storeId: string): Promise<number> {
  const row = await db
    .selectFrom('store_cluster_members as me')
    .innerJoin('store_cluster_members as other', 'other.cluster_id', 'me.cluster_id')
    .select(sql<string>`count(*)`.as('n'))
    .where('me.store_id', '=', storeId)
    .where('other.store_id', '<>', storeId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function testBuyOfDecision(db: Database, decisionId: string) {
  return db
    .selectFrom('test_buys')
    .select(['id', 'store_id', 'deduction_entry_id', 'listing_id'])
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}
