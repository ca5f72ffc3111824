import { sql } from 'kysely';
import { addToCounters } from '../db/counters.ts';
import type { Database } from '../db/database.ts';
import { sumByKey } from '../shared/sum-by-key.ts';
import './reports.table.ts';
import { NONE } from './reports.ts';

export interface CountDelta {
  month: string;
  marketplaceId: string;
  orgId: string;
  metric: string;
  value: number;
}

export interface DurationDelta extends CountDelta {
  bucket: number;
}

const COUNT_KEYS = { month: 'date', metric: 'text', marketplace_id: 'uuid' } as const;

/**
 * Adds the deltas to the per-organisation counters and to the totals over every organisation
 * (migrations/0049), one statement each, in the caller's transaction: the two always agree.
 */
export async function addCounts(db: Database, deltas: readonly CountDelta[]): Promise<void> {
  const rows = sumByKey(deltas, (d) => `${d.month}|${d.metric}|${d.marketplaceId}|${d.orgId}`);
  const row = (d: CountDelta) => ({
    month: d.month,
    metric: d.metric,
    marketplace_id: d.marketplaceId,
    value: d.value,
  });
  await addToCounters(
    db,
    'report_counts',
    { ...COUNT_KEYS, org_id: 'uuid' },
    rows.map((d) => ({ ...row(d), org_id: d.orgId })),
  );
  const totals = sumByKey(rows, (d) => `${d.month}|${d.metric}|${d.marketplaceId}`);
  await addToCounters(db, 'report_totals', COUNT_KEYS, totals.map(row));
}

export async function addDurations(db: Database, deltas: readonly DurationDelta[]): Promise<void> {
  const rows = sumByKey(deltas, (d) => `${d.month}|${d.metric}|${d.marketplaceId}|${d.orgId}|${d.bucket}`);
  const row = (d: DurationDelta) => ({
    month: d.month,
    metric: d.metric,
    marketplace_id: d.marketplaceId,
    bucket: d.bucket,
    value: d.value,
  });
  await addToCounters(
    db,
    'report_durations',
    { ...COUNT_KEYS, org_id: 'uuid', bucket: 'smallint' },
    rows.map((d) => ({ ...row(d), org_id: d.orgId })),
  );
  const totals = sumByKey(rows, (d) => `${d.month}|${d.metric}|${d.marketplaceId}|${d.bucket}`);
  await addToCounters(db, 'report_total_durations', { ...COUNT_KEYS, bucket: 'smallint' }, totals.map(row));
}

// ---------------------------------------------------------------- what the subscriber reads

/** Per notice: how many of its items target listings on each marketplace, and its brand. */
export async function targetsOfNotices(db: Database, noticeIds: readonly string[]) {
  if (noticeIds.length === 0) return [];
  return db
    .selectFrom('notice_items as i')
    .innerJoin('listings as l', 'l.id', 'i.listing_id')
    .innerJoin('notices as n', 'n.id', 'i.notice_id')
    .select([
      'i.notice_id',
      'l.marketplace_id',
      'n.principal_org_id',
      (eb) => eb.fn.countAll<string>().as('items'),
    ])
    .where('i.notice_id', 'in', [...noticeIds])
    .groupBy(['i.notice_id', 'l.marketplace_id', 'n.principal_org_id'])
    .execute();
}

/** The decisions of a batch with what the counters need: the item's brand and filing time. */
export async function decisionFacts(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('decisions as d')
    .leftJoin('decisions as previous', 'previous.id', 'd.previous_decision_id')
    .leftJoin('notice_items as i', 'i.id', 'd.item_id')
    .leftJoin('notices as n', 'n.id', 'i.notice_id')
    .leftJoin('listings as l', 'l.id', 'd.listing_id')
    .select([
      'd.id',
      'd.kind',
      'd.reason_code',
      'd.cause',
      'd.automated_decision',
      'd.created_at',
      'd.marketplace_id',
      'l.marketplace_id as listing_marketplace_id',
      'previous.kind as previous_kind',
      'n.principal_org_id',
      'i.created_at as item_created_at',
    ])
    .where('d.id', 'in', [...ids])
    .execute();
}

/** The brand a proactive removal protected: the organisation of the detection case it decided. */
export async function brandsOfProactiveDecisions(db: Database, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('proactive_cases')
    .select(['decision_id', 'brand_org_id'])
    .where('decision_id', 'in', [...decisionIds])
    .where('brand_org_id', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.decision_id as string, r.brand_org_id as string]));
}

/** The notice behind an outcome (counter-notice success) and its marketplace. */
export async function outcomeFacts(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('outcomes as o')
    .innerJoin('notice_items as i', 'i.id', 'o.item_id')
    .innerJoin('notices as n', 'n.id', 'i.notice_id')
    .innerJoin('listings as l', 'l.id', 'i.listing_id')
    .select([
      'o.id',
      'o.kind',
      'o.cause',
      'o.counter_notice_succeeded',
      'o.created_at',
      'n.principal_org_id',
      'l.marketplace_id',
    ])
    .where('o.id', 'in', [...ids])
    .execute();
}

// ---------------------------------------------------------------- what the reports read

export interface CounterFilter {
  from: string;
  to: string;
  marketplaceIds?: readonly string[];
  orgId?: string;
  orgIds?: readonly string[];
}

type CounterTable = 'report_counts' | 'report_totals' | 'report_durations' | 'report_total_durations';

/**
 * The rows of one counter table over a range of months (YYYY-MM-01 dates, both included). The
 * totals' tables have no organisation: their rows come with NONE in its place.
 */
async function counterRows<Row>(
  db: Database,
  table: CounterTable,
  filter: {
    from: string;
    to: string;
    marketplaceIds?: readonly string[] | undefined;
    orgIds?: readonly string[] | undefined;
  },
) {
  const perOrg = table === 'report_counts' || table === 'report_durations';
  const histogram = table === 'report_durations' || table === 'report_total_durations';
  const { rows } = await sql<Row>`
    select to_char(month, 'YYYY-MM') as month, metric, marketplace_id,
           ${perOrg ? sql.ref('org_id') : sql`${NONE}::uuid`} as org_id,
           ${histogram ? sql`bucket,` : sql``} value
      from ${sql.table(table)}
     where month >= ${new Date(`${filter.from}T00:00:00Z`)} and month <= ${new Date(`${filter.to}T00:00:00Z`)}
       ${filter.marketplaceIds ? sql`and marketplace_id = any(${[...filter.marketplaceIds]}::uuid[])` : sql``}
       ${perOrg && filter.orgIds ? sql`and org_id = any(${[...filter.orgIds]}::uuid[])` : sql``}`.execute(db);
  return rows;
}

interface CounterRow {
  month: string;
  metric: string;
  marketplace_id: string;
  org_id: string;
  /** int8, read as a number on both drivers (src/db/database.ts). */
  value: number;
}

/**
 * The counters of a range: per organisation when one is asked for, otherwise the totals over every
 * organisation (report_totals: a few rows per month and marketplace, whatever the number of brands).
 */
export async function countsBetween(db: Database, filter: CounterFilter) {
  const orgIds = filter.orgIds ?? (filter.orgId !== undefined ? [filter.orgId] : undefined);
  return counterRows<CounterRow>(db, orgIds ? 'report_counts' : 'report_totals', { ...filter, orgIds });
}

export async function durationsBetween(
  db: Database,
  filter: { from: string; to: string; marketplaceIds?: readonly string[]; orgId?: string },
) {
  const orgIds = filter.orgId !== undefined ? [filter.orgId] : undefined;
  return counterRows<CounterRow & { bucket: number }>(
    db,
    orgIds ? 'report_durations' : 'report_total_durations',
    { ...filter, orgIds },
  );
}
