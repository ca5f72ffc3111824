import { sql } from 'kysely';
import { addToCounters } from '../db/counters.ts';
import type { Database } from '../db/database.ts';
import { DECISION_MADE } from '../decisions/index.ts';
import { type DomainEvent, FOLLOWER_THROTTLE_MS, registerSubscriber } from '../events/index.ts';
import { sumByKey } from '../shared/sum-by-key.ts';
import './transparency.table.ts';

/**
 * The counters behind the DSA Art 24 report, from the event stream: notices received (by type of
 * alleged illegal content and trusted flagger), actions on notices with the time they took,
 * own-initiative restrictions and the automation of every decision. Kept per UTC month, so a
 * half-year is six months of rows; run in the transaction that advances the subscriber's cursor,
 * so each event is counted once (a database that predates the subscriber counts its history).
 * Complaints and suspensions are read from their own tables: a fraction of a percent of the
 * decisions, each found through an index on its creation time.
 */

const NOTICE_FILED = 'notice.filed';

export type Section = 'notices_received' | 'notice_actions' | 'own_initiative' | 'automated_means';

interface CountDelta {
  month: string;
  section: Section;
  breakdown: string;
  measure: string;
  value: number;
}

interface DurationDelta {
  month: string;
  section: Section;
  breakdown: string;
  bucket: number;
  value: number;
}

/** Bucket b holds durations of at most 2^(b/16) - 1 minutes: 4.4 % apart, ~60 years in 480. */
export function fineBucketOf(milliseconds: number): number {
  const minutes = Math.max(0, milliseconds) / 60_000;
  return Math.min(480, Math.max(0, Math.ceil(16 * Math.log2(1 + minutes))));
}

export function fineBucketUpperHours(bucket: number): number {
  return (2 ** (bucket / 16) - 1) / 60;
}

/** The breakdown of a notices_received row: the type and whether a trusted flagger sent it. */
export const noticeBreakdown = (infringementType: string, trustedFlagger: boolean) =>
  `${infringementType}|${trustedFlagger ? 'trusted' : 'other'}`;

const monthOf = (at: Date) => `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-01`;

export async function applyTransparencyEvents(trx: Database, events: readonly DomainEvent[]): Promise<void> {
  const noticeIds = events.filter((e) => e.type === NOTICE_FILED).map((e) => e.subjectId);
  const decisionIds = events.filter((e) => e.type === DECISION_MADE.type).map((e) => e.subjectId);
  const counts: CountDelta[] = [];
  const durations: DurationDelta[] = [];
  const count = (at: Date, section: Section, breakdown: string, measure: string, value = 1) =>
    counts.push({ month: monthOf(at), section, breakdown, measure, value });

  if (noticeIds.length > 0) {
    const { rows } = await sql<{
      created_at: Date;
      infringement_type: string;
      trusted_flagger: boolean;
      item_count: number;
    }>`select created_at, infringement_type, trusted_flagger, item_count from notices
        where id in (select jsonb_array_elements_text(${JSON.stringify(noticeIds)}::jsonb)::uuid)`.execute(
      trx,
    );
    for (const n of rows) {
      const breakdown = noticeBreakdown(n.infringement_type, n.trusted_flagger);
      const at = new Date(n.created_at);
      count(at, 'notices_received', breakdown, 'notices');
      count(at, 'notices_received', breakdown, 'items', Number(n.item_count));
    }
  }

  if (decisionIds.length > 0) {
    const { rows } = await sql<{
      kind: string;
      created_at: Date;
      automated_decision: string;
      automated_detection: boolean;
      item_id: string | null;
      restriction: string | null;
      notice_created_at: Date | null;
    }>`select d.kind, d.created_at, d.automated_decision, d.automated_detection, d.item_id,
              d.statement -> 'restriction' ->> 'kind' as restriction, n.created_at as notice_created_at
         from decisions d
         left join notice_items ni on ni.id = d.item_id and d.kind in ('notice_removal', 'notice_rejection')
         left join notices n on n.id = ni.notice_id
        where d.id in (select jsonb_array_elements_text(${JSON.stringify(decisionIds)}::jsonb)::uuid)`.execute(
      trx,
    );
    for (const d of rows) {
      const at = new Date(d.created_at);
      const automated = d.automated_decision !== 'not';
      count(at, 'automated_means', d.automated_decision, 'decisions');
      count(at, 'automated_means', d.automated_decision, 'detected', d.automated_detection ? 1 : 0);
      if (d.kind === 'notice_removal' || d.kind === 'notice_rejection') {
        count(at, 'notice_actions', d.kind, 'decisions');
        if (d.notice_created_at) {
          const took = at.getTime() - new Date(d.notice_created_at).getTime();
          durations.push({
            month: monthOf(at),
            section: 'notice_actions',
            breakdown: d.kind,
            bucket: fineBucketOf(took),
            value: 1,
          });
        }
      }
      if (d.item_id === null && d.restriction === 'listing_removed') {
        count(at, 'own_initiative', d.kind, 'decisions');
        count(at, 'own_initiative', d.kind, 'automated', automated ? 1 : 0);
        count(at, 'own_initiative', d.kind, 'detected', d.automated_detection ? 1 : 0);
      }
    }
  }
  await addCounts(trx, counts);
  await addDurations(trx, durations);
}

async function addCounts(db: Database, deltas: readonly CountDelta[]) {
  const rows = sumByKey(deltas, (d) => `${d.month}|${d.section}|${d.breakdown}|${d.measure}`);
  await addToCounters(
    db,
    'transparency_counts',
    { month: 'date', section: 'text', breakdown: 'text', measure: 'text' },
    rows.map((r) => ({ ...r })),
  );
}

async function addDurations(db: Database, deltas: readonly DurationDelta[]) {
  const rows = sumByKey(deltas, (d) => `${d.month}|${d.section}|${d.breakdown}|${d.bucket}`);
  await addToCounters(
    db,
    'transparency_durations',
    { month: 'date', section: 'text', breakdown: 'text', bucket: 'smallint' },
    rows.map((r) => ({ ...r })),
  );
}

export const TRANSPARENCY_SUBSCRIBER = 'transparency';

registerSubscriber({
  name: TRANSPARENCY_SUBSCRIBER,
  throttleMs: FOLLOWER_THROTTLE_MS,
  accepts: (event: DomainEvent) => event.type === NOTICE_FILED || event.type === DECISION_MADE.type,
  handle: (trx, events) => applyTransparencyEvents(trx, events),
});
