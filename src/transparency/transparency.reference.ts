import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { hours, type Period } from './transparency.repository.ts';

/**
 * The Art 24 figures the counters keep (transparency.effects.ts), computed instead by reading every
 * record of the period. Not what the report serves (at 10 million notice items this takes seconds):
 * the reference the counters are checked against, by the tests on both databases and by the
 * reports bench, which also times it against the counters.
 */

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
