import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import './proactive.table.ts';

export interface VerdictWrite {
  listing_id: string;
  listing_version: number;
  score: number;
  action: 'remove' | 'review' | 'brand_verify' | 'allow';
  flagged: boolean;
  signals: string;
  brands: string;
  revision: number;
  policy_version: string;
}

/** Latest verdict per listing, one statement for the whole batch. */
export async function upsertVerdicts(db: Database, rows: VerdictWrite[]) {
  if (rows.length === 0) return;
  const now = new Date();
  await db
    .insertInto('listing_verdicts')
    .values(rows.map((r) => ({ ...r, scanned_at: now })))
    .onConflict((oc) =>
      oc.column('listing_id').doUpdateSet((eb) => ({
        listing_version: eb.ref('excluded.listing_version'),
        score: eb.ref('excluded.score'),
        action: eb.ref('excluded.action'),
        flagged: eb.ref('excluded.flagged'),
        signals: eb.ref('excluded.signals'),
        brands: eb.ref('excluded.brands'),
        revision: eb.ref('excluded.revision'),
        policy_version: eb.ref('excluded.policy_version'),
        scanned_at: now,
      })),
    )
    .execute();
}

export async function storeExternalIds(db: Database, storeIds: readonly string[]) {
  if (storeIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('stores')
    .select(['id', 'external_id'])
    .where('id', 'in', [...new Set(storeIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.external_id]));
}

export interface CaseWrite {
  id: string;
  listing_id: string;
  listing_version: number;
  action: 'remove' | 'review' | 'brand_verify';
  state: 'open' | 'removed' | 'dismissed';
  brand_org_id: string | null;
  brand_id: string | null;
  score: number;
  signals: string;
  automated: boolean;
}

/** Opens cases; a listing that already has an open case keeps it (the partial unique index). */
export async function openCases(db: Database, rows: CaseWrite[]) {
  if (rows.length === 0) return [];
  return db
    .insertInto('proactive_cases')
    .values(rows)
    .onConflict((oc) => oc.column('listing_id').where('state', '=', 'open').doNothing())
    .returning(['id', 'listing_id', 'action', 'brand_org_id', 'brand_id', 'created_at'])
    .execute();
}

export async function insertCase(db: Database, row: CaseWrite) {
  return db.insertInto('proactive_cases').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCase(db: Database, id: string) {
  return db.selectFrom('proactive_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function transitionCase(
  db: Database,
  id: string,
  patch: {
    state?: 'removed' | 'dismissed' | 'noticed';
    action?: 'review';
    brand_note?: string;
    decided_by?: string | null;
    decided_at?: Date;
    decision_note?: string | null;
  },
  /** Only while the case waits for this action (a brand's answer: still addressed to the brand). */
  onlyAction?: 'review' | 'brand_verify',
) {
  let query = db.updateTable('proactive_cases').set(patch).where('id', '=', id).where('state', '=', 'open');
  if (onlyAction) query = query.where('action', '=', onlyAction);
  return query.returningAll().executeTakeFirst();
}

export async function listCases(
  db: Database,
  filter: { action?: string; brandOrgId?: string; state?: string; limit: number; offset: number },
) {
  let query = db
    .selectFrom('proactive_cases as c')
    .innerJoin('listings as l', 'l.id', 'c.listing_id')
    .selectAll('c')
    .select(['l.title as listing_title', 'l.url as listing_url', 'l.marketplace_id'])
    .orderBy('c.score', 'desc')
    .orderBy('c.created_at')
    .limit(filter.limit)
    .offset(filter.offset);
  query = query.where('c.state', '=', (filter.state ?? 'open') as 'open');
  if (filter.action) query = query.where('c.action', '=', filter.action as 'review');
  if (filter.brandOrgId) query = query.where('c.brand_org_id', '=', filter.brandOrgId);
  return query.execute();
}

export async function lockActiveListing(db: Database, id: string) {
  return db
    .selectFrom('listings')
    .selectAll()
    .where('id', '=', id)
    .where('state', '=', 'active')
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/** Marks the listing removed; its new version. */
export async function markListingRemoved(db: Database, id: string): Promise<number> {
  const row = await db
    .updateTable('listings')
    .set((eb) => ({ state: 'removed', version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

export async function insertSnapshot(
  db: Database,
  row: { id: string; listing_id: string; snapshot: string; sha256: string },
) {
  await db
    .insertInto('listing_snapshots')
    .values({ ...row, item_id: null })
    .execute();
}

export async function removalContext(db: Database, listingId: string) {
  return db
    .selectFrom('listings as l')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .innerJoin('marketplaces as m', 'm.id', 'l.marketplace_id')
    .select([
      's.id as store_id',
      's.external_id as store_external_id',
      's.name as store_name',
      's.seller_org_id',
      'm.id as marketplace_id',
      'm.code as marketplace_code',
      'm.name as marketplace_name',
      'm.jurisdiction',
    ])
    .where('l.id', '=', listingId)
    .executeTakeFirstOrThrow();
}

export async function casesOfDecisions(db: Database, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('proactive_cases')
    .select(['id', 'decision_id'])
    .where('decision_id', 'in', [...decisionIds])
    .execute();
  return new Map(rows.map((r) => [r.decision_id as string, r.id]));
}

export async function setCaseDecision(db: Database, caseId: string, decisionId: string) {
  await db.updateTable('proactive_cases').set({ decision_id: decisionId }).where('id', '=', caseId).execute();
}

export async function findVerdict(db: Database, listingId: string) {
  return db.selectFrom('listing_verdicts').selectAll().where('listing_id', '=', listingId).executeTakeFirst();
}

export async function stats(db: Database) {
  const [verdicts, cases, noticeRemovals] = await Promise.all([
    db
      .selectFrom('listing_verdicts')
      .select(['action', sql<number>`count(*)::int`.as('n')])
      .groupBy('action')
      .execute(),
    db
      .selectFrom('proactive_cases')
      .select(['state', 'automated', sql<number>`count(*)::int`.as('n')])
      .groupBy(['state', 'automated'])
      .execute(),
    db
      .selectFrom('notice_items')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('state', '=', 'removed')
      .executeTakeFirstOrThrow(),
  ]);
  return { verdicts, cases, noticeRemovals: noticeRemovals.n };
}
