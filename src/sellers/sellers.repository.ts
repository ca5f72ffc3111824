import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import type { PointEntriesTable, StoreSanctionsTable } from './sellers.table.ts';

/** All SQL of seller accountability: the points ledger, sanctions, and the context they need. */

export type EntryInsert = Omit<PointEntriesTable, 'repeat'> & { repeat?: boolean };

/** A store with its marketplace, as decisions about it carry them. */
export async function storeContext(db: Database, storeId: string) {
  return db
    .selectFrom('stores as s')
    .innerJoin('marketplaces as m', 'm.id', 's.marketplace_id')
    .select([
      's.id',
      's.external_id',
      's.name',
      's.seller_org_id',
      's.status',
      's.status_changed_at',
      's.created_at',
      'm.id as marketplace_id',
      'm.code as marketplace_code',
      'm.name as marketplace_name',
      'm.jurisdiction',
    ])
    .where('s.id', '=', storeId)
    .executeTakeFirst();
}
export type StoreContext = NonNullable<Awaited<ReturnType<typeof storeContext>>>;

/** A decision with what the ledger needs: the infringement type of the notice behind it, if any. */
export async function decisionsForLedger(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('decisions as d')
    .leftJoin('notice_items as i', 'i.id', 'd.item_id')
    .leftJoin('notices as n', 'n.id', 'i.notice_id')
    .select([
      'd.id',
      'd.kind',
      'd.subject_type',
      'd.subject_id',
      'd.item_id',
      'd.listing_id',
      'd.store_id',
      'd.notifier_org_id',
      'd.previous_decision_id',
      'd.created_at',
      'n.infringement_type',
      sql<string>`d.statement->'restriction'->>'kind'`.as('restriction'),
    ])
    .where('d.id', 'in', [...ids])
    .execute();
}
export type LedgerDecision = Awaited<ReturnType<typeof decisionsForLedger>>[number];

export async function findDecisionLite(db: Database, id: string) {
  return (await decisionsForLedger(db, [id]))[0];
}

/** Deductions of a store, newest first, each with whether it was restored. */
export async function deductionsOfStore(db: Database, storeId: string) {
  return db
    .selectFrom('point_entries as d')
    .leftJoin('decisions as k', 'k.id', 'd.decision_id')
    .select([
      'k.kind as decision_kind',
      'd.id',
      'd.year',
      'd.points',
      'd.source',
      'd.created_at',
      'd.decision_id',
      'd.item_id',
      sql<boolean>`exists (select 1 from point_entries r where r.kind = 'restoration' and r.restores_entry_id = d.id)`.as(
        'restored',
      ),
    ])
    .where('d.store_id', '=', storeId)
    .where('d.kind', '=', 'deduction')
    .orderBy('d.created_at', 'desc')
    .execute();
}

export async function deductionOfDecision(db: Database, decisionId: string) {
  return db
    .selectFrom('point_entries')
    .selectAll()
    .where('kind', '=', 'deduction')
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

/** The item's deduction that still stands (a reinstatement of the item restores it). */
export async function standingDeductionOfItem(db: Database, itemId: string) {
  return db
    .selectFrom('point_entries as d')
    .selectAll('d')
    .where('d.kind', '=', 'deduction')
    .where('d.item_id', '=', itemId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('point_entries as r')
            .select('r.id')
            .where('r.kind', '=', 'restoration')
            .whereRef('r.restores_entry_id', '=', 'd.id'),
        ),
      ),
    )
    .orderBy('d.created_at', 'desc')
    .executeTakeFirst();
}

export async function isRestored(db: Database, entryId: string): Promise<boolean> {
  const row = await db
    .selectFrom('point_entries')
    .select('id')
    .where('kind', '=', 'restoration')
    .where('restores_entry_id', '=', entryId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function hasAllotment(db: Database, storeId: string, year: number): Promise<boolean> {
  const row = await db
    .selectFrom('point_entries')
    .select('id')
    .where('store_id', '=', storeId)
    .where('year', '=', year)
    .where('kind', '=', 'allotment')
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertEntry(trx: Database, row: EntryInsert) {
  await trx
    .insertInto('point_entries')
    .values({ repeat: false, ...row })
    .execute();
}

export async function balanceOf(db: Database, storeId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('point_entries')
    .select(sql<number>`coalesce(sum(points), 0)::int`.as('balance'))
    .where('store_id', '=', storeId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
  return Number(row.balance);
}

export async function entriesOfStore(db: Database, storeId: string, year: number) {
  return db
    .selectFrom('point_entries as e')
    .leftJoin('decisions as d', 'd.id', 'e.decision_id')
    .selectAll('e')
    .select(['d.kind as decision_kind'])
    .where('e.store_id', '=', storeId)
    .where('e.year', '=', year)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
}

export async function yearsOfStore(db: Database, storeId: string): Promise<number[]> {
  const rows = await db
    .selectFrom('point_entries')
    .select('year')
    .distinct()
    .where('store_id', '=', storeId)
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => r.year);
}

export async function activeSanctions(db: Database, storeId: string) {
  return db
    .selectFrom('store_sanctions')
    .selectAll()
    .where('store_id', '=', storeId)
    .where('lifted_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export async function sanctionsOfStore(db: Database, storeId: string) {
  return db
    .selectFrom('store_sanctions')
    .selectAll()
    .where('store_id', '=', storeId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findSanction(db: Database, id: string) {
  return db.selectFrom('store_sanctions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function sanctionOfDecision(db: Database, decisionId: string) {
  return db
    .selectFrom('store_sanctions')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

export async function insertSanction(
  trx: Database,
  row: Omit<
    StoreSanctionsTable,
    | 'education_acknowledged_at'
    | 'education_acknowledged_by'
    | 'lifted_at'
    | 'lifted_decision_id'
    | 'lifted_cause'
  >,
) {
  await trx.insertInto('store_sanctions').values(row).execute();
}

export async function liftSanction(
  trx: Database,
  id: string,
  lift: { lifted_at: Date; lifted_decision_id: string; lifted_cause: string },
): Promise<boolean> {
  const rows = await trx
    .updateTable('store_sanctions')
    .set(lift)
    .where('id', '=', id)
    .where('lifted_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function acknowledgeEducation(trx: Database, storeId: string, userId: string | null, now: Date) {
  return trx
    .updateTable('store_sanctions')
    .set({ education_acknowledged_at: now, education_acknowledged_by: userId })
    .where('store_id', '=', storeId)
    .where('education_required', '=', true)
    .where('education_acknowledged_at', 'is', null)
    .where('lifted_at', 'is', null)
    .returning('id')
    .execute();
}

export async function activeListingIds(db: Database, storeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('listings')
    .select('id')
    .where('store_id', '=', storeId)
    .where('state', '=', 'active')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Listings a closure took down (each has a decision that rests on the closure's). */
export async function listingsTakenDownBy(db: Database, closureDecisionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('decisions')
    .select('listing_id')
    .where('previous_decision_id', '=', closureDecisionId)
    .where('subject_type', '=', 'listing')
    .where('kind', '=', 'store_sanction')
    .execute();
  return rows.map((r) => r.listing_id).filter((id): id is string => id !== null);
}

/** Per store of the registration: its status, open education, listing limit and active listings. */
export async function gateStates(db: Database, storeIds: readonly string[]) {
  if (storeIds.length === 0) return [];
  return db
    .selectFrom('stores as s')
    .select([
      's.id',
      's.external_id',
      's.status',
      sql<boolean>`exists (select 1 from store_sanctions x where x.store_id = s.id and x.lifted_at is null
        and x.education_required and x.education_acknowledged_at is null)`.as('education_open'),
      sql<number | null>`(select min(x.listing_limit) from store_sanctions x where x.store_id = s.id
        and x.lifted_at is null and x.level = 'listing_limit')`.as('listing_limit'),
      sql<number>`(select count(*)::int from listings l where l.store_id = s.id and l.state = 'active')`.as(
        'active_listings',
      ),
    ])
    .where('s.id', 'in', [...storeIds])
    .execute();
}

/** Which of these external ids a marketplace already has (an update is not a new listing). */
export async function existingExternalIds(
  db: Database,
  marketplaceId: string,
  externalIds: readonly string[],
): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('listings')
    .select('external_id')
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', 'in', [...externalIds])
    .execute();
  return new Set(rows.map((r) => r.external_id));
}

/** Stores with an active sanction, newest first (the operator's list). */
export async function sanctionedStores(
  db: Database,
  filter: {
    level?: string | undefined;
    active: boolean;
    limit: number;
    offset: number;
    marketplaceId?: string | undefined;
  },
) {
  let query = db
    .selectFrom('store_sanctions as x')
    .innerJoin('stores as s', 's.id', 'x.store_id')
    .selectAll('x')
    .select([
      's.name as store_name',
      's.external_id as store_external_id',
      's.marketplace_id',
      's.status as store_status',
    ])
    .orderBy('x.created_at', 'desc')
    .orderBy('x.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.active) query = query.where('x.lifted_at', 'is', null);
  if (filter.level) query = query.where('x.level', '=', filter.level as 'warning');
  if (filter.marketplaceId) query = query.where('s.marketplace_id', '=', filter.marketplaceId);
  return query.execute();
}

/** What counts against a store: a deduction that cost points and was not restored (SQL of `d`). */
const STANDING_DEDUCTION = `d.kind = 'deduction' and d.points < 0
  and not exists (select 1 from point_entries r where r.kind = 'restoration' and r.restores_entry_id = d.id)`;
const standingDeduction = sql<boolean>`${sql.raw(STANDING_DEDUCTION)}`;

/** The strikes in force: standing deductions that cost points, within the window, oldest first. */
export async function strikesOfStore(trx: Database, storeId: string, since: Date) {
  return trx
    .selectFrom('point_entries as d')
    .innerJoin('decisions as k', 'k.id', 'd.decision_id')
    .select(['d.id', 'd.decision_id', 'd.created_at', 'k.kind as decision_kind'])
    .where('d.store_id', '=', storeId)
    .where('d.created_at', '>=', since)
    .where(standingDeduction)
    .orderBy('d.created_at')
    .execute();
}

export async function findEntry(db: Database, id: string) {
  return db.selectFrom('point_entries').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The deduction of one infringement in ONE statement (the caller has locked the store's row in an
 * earlier statement, so this one's snapshot sees every deduction committed before it): the year's
 * allotment opened if it is not, the price read from the store's recent entries (the standing deduction of the
 * same source within the grouping window it joins, a standing strike within the repeat window that
 * makes it a repeat; as `costOf` says), and the entry written unless the decision was counted.
 * No row when the decision was already counted (or the store does not exist).
 */

/**
 * A deduction, with the year's allotment if it is the store's first entry of the year, grouped
 * with an earlier strike of the same source in the grouping window or counted as a repeat. One
 * named statement (every removal runs it: planned once per connection instead of 0.8 ms a call on
 * PGlite). The windows reach both ways: the store lock orders concurrent deductions, but not by
 * decision time (a decision taken a moment earlier may be counted second); whichever is counted
 * second is grouped with, or repeats, the first. A window of 0 days groups (or repeats) nothing,
 * not even a decision taken in the same millisecond.
 */
const RECORD_DEDUCTION = prepared<{
  points: number;
  grouped_with: string | null;
  repeat: boolean;
  allotted: number;
}>(
  'record_deduction',
  `with store as (
     select id from stores where id = $1::uuid
   ), allot as (
     insert into point_entries (id, store_id, year, kind, points, policy_version, note, created_at, repeat)
     select $2::uuid, store.id, $3::int, 'allotment', $4::int, $5::int, $6::text, $7::timestamptz, false
       from store
     on conflict (store_id, year) where kind = 'allotment' do nothing
     returning id
   ), head as (
     select d.id from point_entries d
      where $10::int > 0 and d.store_id = $1::uuid and d.source = $8::text and ${STANDING_DEDUCTION}
        and d.created_at <= $9::timestamptz + make_interval(days => $10::int)
        and d.created_at >= $9::timestamptz - make_interval(days => $10::int)
      order by d.created_at limit 1
   ), rep as (
     select exists (select 1 from point_entries d
       where $11::int > 0 and d.store_id = $1::uuid and ${STANDING_DEDUCTION}
         and d.created_at <= $9::timestamptz + make_interval(days => $11::int)
         and d.created_at >= $9::timestamptz - make_interval(days => $11::int)) as repeat
   ), ins as (
     insert into point_entries (id, store_id, year, kind, points, decision_id, severity, repeat,
       grouped_with, source, item_id, listing_id, policy_version, note, created_at)
     select $12::uuid, store.id, $3::int, 'deduction',
            case when (select id from head) is not null then 0
                 else -($13::int + case when rep.repeat then $14::int else 0 end) end,
            $15::uuid, $16::text, (select id from head) is null and rep.repeat,
            (select id from head), $8::text, $17::uuid, $18::uuid, $5::int, $19::text, $9::timestamptz
       from store, rep
     on conflict (decision_id) where kind = 'deduction' do nothing
     returning points, grouped_with, repeat
   )
   select ins.points, ins.grouped_with, ins.repeat, (select count(*) from allot)::int as allotted from ins`,
);

export async function recordDeduction(
  trx: Database,
  p: {
    id: string;
    allotmentId: string;
    storeId: string;
    year: number;
    allotment: number;
    decisionId: string;
    severity: string;
    points: number;
    extraPoints: number;
    source: string;
    itemId: string | null;
    listingId: string | null;
    groupingDays: number;
    repeatDays: number;
    policyVersion: number;
    note: string;
    at: Date;
    now: Date;
  },
): Promise<{ points: number; grouped_with: string | null; repeat: boolean; allotted: number } | undefined> {
  const rows = await RECORD_DEDUCTION.run(trx, [
    p.storeId,
    p.allotmentId,
    p.year,
    p.allotment,
    p.policyVersion,
    `Yearly allotment for ${p.year}`,
    p.now,
    p.source,
    p.at,
    p.groupingDays,
    p.repeatDays,
    p.id,
    p.points,
    p.extraPoints,
    p.decisionId,
    p.severity,
    p.itemId,
    p.listingId,
    p.note,
  ]);
  return rows[0];
}
