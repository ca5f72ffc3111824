import type { Database } from '../db/database.ts';
import { DECISION_MADE } from '../decisions/index.ts';
import { type DomainEvent, FOLLOWER_THROTTLE_MS, registerSubscriber } from '../events/index.ts';
import * as repo from './reports.repository.ts';
import { bucketOf, type Metric, monthOf, NONE, reasonMetric } from './reports.ts';

const NOTICE_FILED = 'notice.filed';
const OUTCOME_RECORDED = 'outcome.recorded';
const BUYER_COMPLAINT_CONFIRMED = 'buyer_complaint.confirmed';
const STORE_SANCTIONS: Record<string, Metric> = {
  'store.warned': 'stores_warned',
  'store.suspended': 'stores_suspended',
  'store.closed': 'stores_closed',
};
const DAY_MS = 86_400_000;

/**
 * The counters behind every report, from the event stream: filings, decisions (removals,
 * rejections, proactive removals, appeals, test-buy violations), counter-notice outcomes, store
 * sanctions and confirmed buyer complaints. Runs in the transaction that advances the subscriber's
 * cursor, so each event is counted once; a new database counts its history from the beginning.
 */
export async function applyReportEvents(trx: Database, events: readonly DomainEvent[]): Promise<void> {
  const counts: repo.CountDelta[] = [];
  const durations: repo.DurationDelta[] = [];
  const count = (at: Date, metric: string, marketplaceId: string | null, orgId: string | null, value = 1) =>
    counts.push({
      month: monthOf(at),
      metric,
      marketplaceId: marketplaceId ?? NONE,
      orgId: orgId ?? NONE,
      value,
    });

  const noticeIds: string[] = [];
  const decisionIds: string[] = [];
  const outcomeIds: string[] = [];
  const filedAt = new Map<string, Date>();
  for (const e of events) {
    if (e.type === NOTICE_FILED) {
      noticeIds.push(e.subjectId);
      filedAt.set(e.subjectId, e.occurredAt);
      count(e.occurredAt, 'notices_received', null, (e.data as { principalOrgId: string }).principalOrgId);
    } else if (e.type === DECISION_MADE.type) decisionIds.push(e.subjectId);
    else if (e.type === OUTCOME_RECORDED) outcomeIds.push(e.subjectId);
    else if (e.type === BUYER_COMPLAINT_CONFIRMED)
      count(e.occurredAt, 'buyer_complaints_confirmed', e.marketplaceId, null);
    else if (STORE_SANCTIONS[e.type])
      count(e.occurredAt, STORE_SANCTIONS[e.type] as string, e.marketplaceId, null);
  }

  for (const t of await repo.targetsOfNotices(trx, noticeIds))
    count(
      filedAt.get(t.notice_id) as Date,
      'items_targeted',
      t.marketplace_id,
      t.principal_org_id,
      Number(t.items),
    );

  const decisions = await repo.decisionFacts(trx, decisionIds);
  const proactiveBrands = await repo.brandsOfProactiveDecisions(
    trx,
    decisions.filter((d) => d.kind === 'proactive_removal').map((d) => d.id),
  );
  for (const d of decisions) {
    const at = d.created_at;
    const marketplace = d.marketplace_id ?? d.listing_marketplace_id;
    const brand = d.principal_org_id;
    const human = d.automated_decision === 'not';
    switch (d.kind) {
      case 'notice_removal':
      case 'notice_rejection': {
        const removed = d.kind === 'notice_removal';
        count(at, removed ? 'items_removed' : 'items_rejected', marketplace, brand);
        count(at, reasonMetric(removed ? 'removed' : 'rejected', d.reason_code), marketplace, brand);
        count(at, human ? 'decisions_human' : 'decisions_automated', marketplace, brand);
        if (d.item_created_at) {
          const took = at.getTime() - d.item_created_at.getTime();
          const key = {
            month: monthOf(at),
            marketplaceId: marketplace ?? NONE,
            orgId: brand ?? NONE,
            value: 1,
          };
          durations.push({ ...key, metric: 'notice_to_decision', bucket: bucketOf(took) });
          if (removed) {
            durations.push({ ...key, metric: 'notice_to_takedown', bucket: bucketOf(took) });
            if (took <= DAY_MS) count(at, 'removed_within_24h', marketplace, brand);
          }
        }
        if (removed) count(at, 'removals_reactive', marketplace, brand);
        break;
      }
      case 'proactive_removal':
        count(at, 'removals_proactive', marketplace, proactiveBrands.get(d.id) ?? null);
        count(
          at,
          human ? 'decisions_human' : 'decisions_automated',
          marketplace,
          proactiveBrands.get(d.id) ?? null,
        );
        break;
      case 'appeal_upheld':
      case 'appeal_reversed':
        count(at, 'appeals_decided', marketplace, brand);
        if (d.kind === 'appeal_reversed') count(at, 'appeals_reversed', marketplace, brand);
        break;
      case 'test_buy_violation':
        count(at, 'test_buy_violations', marketplace, null);
        break;
      default:
        break;
    }
  }

  // A counter-notice ends in an outcome: the listing back (it succeeded) or the takedown upheld
  // by a reviewer (it failed; an upheld provisional takedown had no counter-notice).
  for (const o of await repo.outcomeFacts(trx, outcomeIds)) {
    if (o.counter_notice_succeeded)
      count(o.created_at, 'counter_notices_succeeded', o.marketplace_id, o.principal_org_id);
    else if (o.kind === 'upheld' && o.cause !== 'provisional_confirmed')
      count(o.created_at, 'counter_notices_failed', o.marketplace_id, o.principal_org_id);
  }

  await repo.addCounts(trx, counts);
  await repo.addDurations(trx, durations);
}

const DECISION_KINDS = new Set([
  'notice_removal',
  'notice_rejection',
  'proactive_removal',
  'appeal_upheld',
  'appeal_reversed',
  'test_buy_violation',
]);

export const REPORTS_SUBSCRIBER = 'reports';

registerSubscriber({
  name: REPORTS_SUBSCRIBER,
  throttleMs: FOLLOWER_THROTTLE_MS,
  accepts: (event: DomainEvent) =>
    event.type === NOTICE_FILED ||
    event.type === OUTCOME_RECORDED ||
    event.type === BUYER_COMPLAINT_CONFIRMED ||
    event.type in STORE_SANCTIONS ||
    (event.type === DECISION_MADE.type && DECISION_KINDS.has((event.data as { kind: string }).kind)),
  handle: (trx, events) => applyReportEvents(trx, events),
});
