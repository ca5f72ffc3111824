import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DecisionKind, StatementBody } from '../decisions/index.ts';
import { EXPORTED_RESTRICTIONS, type ExportableDecision } from './transparency.ts';

/** All SQL of the DSA exports and the Art 24 report (read-only over the owners' tables). */

interface CandidateRow {
  id: string;
  kind: DecisionKind;
  created_at: Date;
  automated_detection: boolean;
  automated_decision: 'fully' | 'partially' | 'not';
  statement: StatementBody | string;
  jurisdiction: string | null;
  listing_created_at: Date | null;
  trusted_flagger: boolean | null;
  notifier_name: string | null;
  right_type: 'trademark' | 'patent' | 'copyright' | null;
  patent_kind: string | null;
  sanction_level: 'warning' | 'listing_limit' | 'suspension' | 'closure' | null;
  sanction_ends_at: Date | null;
}

export interface CandidateQuery {
  from: Date;
  to: Date;
  marketplaceId?: string | undefined;
  after?: { at: Date; id: string } | null;
  limit: number;
}

/**
 * The next `limit` decisions that restrict something, by (created_at, id): keyset pagination, so a
 * page costs the same at the start and at the billionth row (index decisions (created_at, id)).
 */
export async function restrictingDecisions(db: Database, q: CandidateQuery): Promise<ExportableDecision[]> {
  const result = await restrictingDecisionsQuery(q).execute(db);
  return result.rows.map(toExportable);
}

/**
 * The query of one page. The restriction kinds are literals, not parameters: the partial indexes of
 * migrations/0046 hold exactly the decisions that match them, and the planner can only use a partial
 * index when it can prove the query's condition implies the index's (a parameter proves nothing).
 */
export function restrictingDecisionsQuery(q: CandidateQuery) {
  const after = q.after ?? null;
  // The page's decisions are chosen first, alone, in index order: the planner cannot estimate the
  // partial index's JSON predicate (it guessed 54 rows of 108,000), and with the joins in the same
  // query it joined every decision left in the range and sorted them to keep 100 (14 s per page at
  // 10 million decisions, against 20 ms this way).
  return sql<CandidateRow>`
    select d.id, d.kind, d.created_at, d.automated_detection, d.automated_decision, d.statement,
           m.jurisdiction, l.created_at as listing_created_at,
           n.trusted_flagger, o.name as notifier_name,
           r.type as right_type, r.patent_kind,
           ss.level as sanction_level, ss.ends_at as sanction_ends_at
      from (select * from decisions d
             where d.created_at >= ${q.from} and d.created_at < ${q.to}
               and (d.statement -> 'restriction' ->> 'kind') in (${sql.join(EXPORTED_RESTRICTIONS.map((kind) => sql.lit(kind)))})
               ${q.marketplaceId ? sql`and d.marketplace_id = ${q.marketplaceId}` : sql``}
               ${after ? sql`and (d.created_at, d.id) > (${after.at}, ${after.id}::uuid)` : sql``}
             order by d.created_at, d.id
             limit ${q.limit}) d
      left join marketplaces m on m.id = d.marketplace_id
      left join listings l on l.id = d.listing_id
      left join notice_items ni on ni.id = d.item_id
      left join notices n on n.id = ni.notice_id
      left join organisations o on o.id = n.principal_org_id
      left join rights r on r.id = coalesce(ni.right_id, (d.statement->'facts'->'right'->>'id')::uuid)
      left join store_sanctions ss on ss.decision_id = d.id
     order by d.created_at, d.id`;
}

function toExportable(row: CandidateRow): ExportableDecision {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: new Date(row.created_at),
    automatedDetection: row.automated_detection,
    automatedDecision: row.automated_decision,
    statement:
      typeof row.statement === 'string' ? (JSON.parse(row.statement) as StatementBody) : row.statement,
    marketplaceJurisdiction: row.jurisdiction,
    listingCreatedAt: row.listing_created_at ? new Date(row.listing_created_at) : null,
    notice:
      row.trusted_flagger === null
        ? null
        : { trustedFlagger: row.trusted_flagger, notifierName: row.notifier_name ?? '' },
    right: row.right_type ? { type: row.right_type, patentKind: row.patent_kind } : null,
    sanction: row.sanction_level
      ? { level: row.sanction_level, endsAt: row.sanction_ends_at ? new Date(row.sanction_ends_at) : null }
      : null,
  };
}

export async function marketplaceExists(db: Database, id: string): Promise<boolean> {
  const row = await db.selectFrom('marketplaces').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}

// ---- Art 24 (with Art 15) figures: one function each, over [from, to). ----

export interface Period {
  from: Date;
  to: Date;
}

export const hours = (value: unknown) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;

/** The Art 24 counters of a period (whole months), summed per section, breakdown and measure. */
export async function periodCounts(db: Database, p: Period) {
  const { rows } = await sql<{ section: string; breakdown: string; measure: string; value: string }>`
    select section, breakdown, measure, sum(value) as value from transparency_counts
     where month >= ${p.from} and month < ${p.to}
     group by 1, 2, 3`.execute(db);
  return rows.map((r) => ({
    section: r.section,
    breakdown: r.breakdown,
    measure: r.measure,
    value: Number(r.value),
  }));
}

/** The duration histograms of a period, summed per section, breakdown and bucket. */
export async function periodDurations(db: Database, p: Period) {
  const { rows } = await sql<{ section: string; breakdown: string; bucket: number; value: string }>`
    select section, breakdown, bucket, sum(value) as value from transparency_durations
     where month >= ${p.from} and month < ${p.to}
     group by 1, 2, 3`.execute(db);
  return rows.map((r) => ({
    section: r.section,
    breakdown: r.breakdown,
    bucket: Number(r.bucket),
    value: Number(r.value),
  }));
}

/** Art 15(1)(d): internal complaints (Art 20) received, their basis, results, median hours, reversals. */
export async function complaints(db: Database, p: Period) {
  const { rows } = await sql<{
    basis: string;
    received: string;
    upheld: string;
    reversed: string;
    open: string;
    median_hours: string | null;
  }>`
    select decision_kind as basis, count(*) as received,
           count(*) filter (where status = 'upheld') as upheld,
           count(*) filter (where status = 'reversed') as reversed,
           count(*) filter (where status = 'open') as open,
           percentile_cont(0.5) within group (order by extract(epoch from decided_at - created_at) / 3600)
             filter (where decided_at is not null) as median_hours
      from appeals where created_at >= ${p.from} and created_at < ${p.to}
     group by decision_kind order by decision_kind`.execute(db);
  return rows.map((r) => ({
    basis: r.basis,
    received: Number(r.received),
    upheld: Number(r.upheld),
    reversed: Number(r.reversed),
    open: Number(r.open),
    medianHours: hours(r.median_hours),
  }));
}

/** Art 24(1)(b): suspensions under Art 23 — notifiers (manifestly unfounded notices) and stores (manifestly illegal content). */
export async function suspensions(db: Database, p: Period) {
  const { rows } = await sql<{ who: string; level: string; count: string }>`
    select 'notifier' as who, level, count(*) as count from notifier_sanctions
     where level in ('suspension', 'termination') and created_at >= ${p.from} and created_at < ${p.to}
     group by level
    union all
    select 'store' as who, level, count(*) as count from store_sanctions
     where level in ('suspension', 'closure') and created_at >= ${p.from} and created_at < ${p.to}
     group by level
    order by who, level`.execute(db);
  return rows.map((r) => ({
    subject: r.who as 'notifier' | 'store',
    level: r.level,
    count: Number(r.count),
  }));
}
