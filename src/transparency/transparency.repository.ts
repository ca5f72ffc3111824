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
  return sql<CandidateRow>`
    select d.id, d.kind, d.created_at, d.automated_detection, d.automated_decision, d.statement,
           m.jurisdiction, l.created_at as listing_created_at,
           n.trusted_flagger, o.name as notifier_name,
           r.type as right_type, r.patent_kind,
           ss.level as sanction_level, ss.ends_at as sanction_ends_at
      from decisions d
      left join marketplaces m on m.id = d.marketplace_id
      left join listings l on l.id = d.listing_id
      left join notice_items ni on ni.id = d.item_id
      left join notices n on n.id = ni.notice_id
      left join organisations o on o.id = n.principal_org_id
      left join rights r on r.id = coalesce(ni.right_id, (d.statement->'facts'->'right'->>'id')::uuid)
      left join store_sanctions ss on ss.decision_id = d.id
     where d.created_at >= ${q.from} and d.created_at < ${q.to}
       and (d.statement -> 'restriction' ->> 'kind') in (${sql.join(EXPORTED_RESTRICTIONS.map((kind) => sql.lit(kind)))})
       ${q.marketplaceId ? sql`and d.marketplace_id = ${q.marketplaceId}` : sql``}
       ${after ? sql`and (d.created_at, d.id) > (${after.at}, ${after.id}::uuid)` : sql``}
     order by d.created_at, d.id
     limit ${q.limit}`;
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

const hours = (value: unknown) =>
  value === null || value === undefined ? null : Math.round(Number(value) * 100) / 100;

/** Art 15(1)(b): notices received, by type of alleged illegal content and whether from trusted flaggers. */
export async function noticesReceived(db: Database, p: Period) {
  const { rows } = await sql<{
    infringement_type: string;
    trusted_flagger: boolean;
    notices: string;
    items: string;
  }>`
    select infringement_type, trusted_flagger, count(*) as notices, coalesce(sum(item_count), 0) as items
      from notices where created_at >= ${p.from} and created_at < ${p.to}
     group by infringement_type, trusted_flagger order by infringement_type, trusted_flagger`.execute(db);
  return rows.map((r) => ({
    infringementType: r.infringement_type,
    trustedFlagger: r.trusted_flagger,
    notices: Number(r.notices),
    items: Number(r.items),
  }));
}

/** Art 15(1)(b): actions taken on notices (removal or rejection) and the median hours from notice to decision. */
export async function noticeActions(db: Database, p: Period) {
  const { rows } = await sql<{ kind: string; decisions: string; median_hours: string | null }>`
    select d.kind, count(*) as decisions,
           percentile_cont(0.5) within group (order by extract(epoch from d.created_at - n.created_at) / 3600) as median_hours
      from decisions d join notice_items ni on ni.id = d.item_id join notices n on n.id = ni.notice_id
     where d.kind in ('notice_removal', 'notice_rejection') and d.created_at >= ${p.from} and d.created_at < ${p.to}
     group by d.kind order by d.kind`.execute(db);
  return rows.map((r) => ({
    kind: r.kind,
    decisions: Number(r.decisions),
    medianHours: hours(r.median_hours),
  }));
}

/** Art 15(1)(c): own-initiative moderation (detection, test buys, licences) and the share decided by automated means. */
export async function ownInitiative(db: Database, p: Period) {
  const { rows } = await sql<{ kind: string; decisions: string; automated: string; detected: string }>`
    select kind, count(*) as decisions,
           count(*) filter (where automated_decision <> 'not') as automated,
           count(*) filter (where automated_detection) as detected
      from decisions
     where item_id is null and statement->'restriction'->>'kind' = 'listing_removed'
       and created_at >= ${p.from} and created_at < ${p.to}
     group by kind order by kind`.execute(db);
  return rows.map((r) => ({
    kind: r.kind,
    decisions: Number(r.decisions),
    automated: Number(r.automated),
    automatedShare: Number(r.decisions) === 0 ? 0 : Number(r.automated) / Number(r.decisions),
    automatedDetection: Number(r.detected),
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

/** Art 15(1)(e): automated means in every decision of the period, by their degree. */
export async function automatedMeans(db: Database, p: Period) {
  const { rows } = await sql<{ automated_decision: string; decisions: string; detected: string }>`
    select automated_decision, count(*) as decisions, count(*) filter (where automated_detection) as detected
      from decisions where created_at >= ${p.from} and created_at < ${p.to}
     group by automated_decision order by automated_decision`.execute(db);
  return rows.map((r) => ({
    automatedDecision: r.automated_decision,
    decisions: Number(r.decisions),
    automatedDetection: Number(r.detected),
  }));
}
