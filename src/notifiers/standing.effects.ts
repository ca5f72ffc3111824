import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { DECISION_MADE, type DecisionKind } from '../decisions/index.ts';
import { type DomainEvent, FOLLOWER_THROTTLE_MS, registerSubscriber } from '../events/index.ts';
import { programmeRows } from './programme.repository.ts';
import { evaluateNotifiers } from './programme.service.ts';
import * as repo from './standing.repository.ts';
import { deltaOf, monthOf, partiesOf, type ReasonCode, type StandingFact } from './standing.ts';

/** What standing follows from the decision stream: review decisions on items and appeals against removals. */
const FOLLOWED: ReadonlySet<DecisionKind> = new Set([
  'notice_rejection',
  'notice_removal',
  'appeal_reversed',
]);
const NOTICE_FILED = 'notice.filed';
const NOTICE_REFUSED = 'notice.refused';
const OUTCOME_RECORDED = 'outcome.recorded';

interface Counted {
  principalOrgId: string;
  filerOrgId: string;
  reasonCode: ReasonCode;
  at: Date;
  fact: StandingFact;
}

/** The facts behind a batch of events, each with the notice parties it counts for. */
async function factsOf(trx: Database, events: readonly DomainEvent[]): Promise<Counted[]> {
  const counted: Counted[] = [];
  const decisionIds: string[] = [];
  const outcomeIds: string[] = [];
  for (const e of events) {
    if (e.type === NOTICE_FILED) {
      const d = e.data as {
        principalOrgId: string;
        filerOrgId: string;
        infringementType: ReasonCode;
        items: number;
      };
      counted.push({
        principalOrgId: d.principalOrgId,
        filerOrgId: d.filerOrgId,
        reasonCode: d.infringementType,
        at: e.occurredAt,
        fact: { kind: 'filed', items: d.items },
      });
    } else if (e.type === NOTICE_REFUSED) {
      const d = e.data as {
        principalOrgId: string;
        filerOrgId: string;
        infringementType: ReasonCode;
        refusedAt: string;
      };
      counted.push({
        principalOrgId: d.principalOrgId,
        filerOrgId: d.filerOrgId,
        reasonCode: d.infringementType,
        at: new Date(d.refusedAt),
        fact: { kind: 'intake_refused' },
      });
    } else if (e.type === OUTCOME_RECORDED) outcomeIds.push(e.subjectId);
    else decisionIds.push(e.subjectId);
  }
  const decisions = await repo.decisionsByIds(trx, decisionIds);
  const outcomes = await repo.outcomesByIds(trx, outcomeIds);
  const notices = new Map(
    (
      await repo.noticesOfItems(trx, [
        ...decisions.flatMap((d) => (d.item_id ? [d.item_id] : [])),
        ...outcomes.map((o) => o.item_id),
      ])
    ).map((n) => [n.item_id, n]),
  );
  for (const d of decisions) {
    const notice = d.item_id ? notices.get(d.item_id) : undefined;
    if (!notice) continue;
    let fact: StandingFact | null = null;
    if (d.kind === 'notice_rejection') fact = { kind: 'rejected', reasonCode: d.reason_code };
    else if (d.kind === 'notice_removal') fact = { kind: 'removed' };
    else if (
      d.kind === 'appeal_reversed' &&
      (d.previous_kind === 'notice_removal' || d.previous_kind === 'takedown_upheld')
    )
      fact = { kind: 'appeal_reversed_removal' };
    else if (d.kind === 'appeal_reversed' && d.previous_kind === 'notice_rejection')
      // The rejection was wrong: the item counts as removed, not as rejected.
      fact = { kind: 'rejection_reversed', reasonCode: d.previous_reason_code };
    if (fact)
      counted.push({
        principalOrgId: notice.principal_org_id,
        filerOrgId: notice.filer_org_id,
        reasonCode: notice.infringement_type,
        at: d.created_at,
        fact,
      });
  }
  for (const o of outcomes) {
    const notice = notices.get(o.item_id);
    const provisionalReversed = o.cause === 'provisional_reversed';
    if (!notice || (o.kind !== 'withdrawn' && !o.counter_notice_succeeded && !provisionalReversed)) continue;
    counted.push({
      principalOrgId: notice.principal_org_id,
      filerOrgId: notice.filer_org_id,
      reasonCode: notice.infringement_type,
      at: o.created_at,
      fact: {
        kind: 'outcome',
        outcome: o.kind === 'withdrawn' ? 'withdrawn' : 'other',
        counterNoticeSucceeded: o.counter_notice_succeeded,
        provisionalReversed,
      },
    });
  }
  return counted;
}

/** Brands filed for by a member agent (trial candidates), from this batch's filings. */
async function vettedBrands(trx: Database, counted: readonly Counted[]): Promise<Map<string, string>> {
  const agentFilings = counted.filter((c) => c.fact.kind === 'filed' && c.filerOrgId !== c.principalOrgId);
  if (agentFilings.length === 0) return new Map();
  const members = new Set(
    (await programmeRows(trx, [...new Set(agentFilings.map((c) => c.filerOrgId))]))
      .filter((r) => r.status === 'member' && r.basis === 'own')
      .map((r) => r.org_id),
  );
  return new Map(
    agentFilings.filter((c) => members.has(c.filerOrgId)).map((c) => [c.principalOrgId, c.filerOrgId]),
  );
}

/**
 * Standing follows filings, decisions and outcomes as they land (not a nightly batch): each batch
 * updates the figures and evaluates the notifiers it touched, in the transaction that advances this
 * subscriber's cursor, so every fact is counted exactly once.
 */
export async function applyStandingEvents(
  trx: Database,
  events: readonly DomainEvent[],
  now: Date,
): Promise<void> {
  const counted = await factsOf(trx, events);
  if (counted.length === 0) return;
  await repo.addToFigures(
    trx,
    counted.flatMap((c) =>
      partiesOf(c).map((orgId) => ({
        orgId,
        month: monthOf(c.at),
        reasonCode: c.reasonCode,
        delta: deltaOf(c.fact),
      })),
    ),
    now,
  );
  const touched = [...new Set(counted.flatMap((c) => partiesOf(c)))];
  const audit: AuditEntry[] = await evaluateNotifiers(trx, touched, {
    now,
    vettedBy: await vettedBrands(trx, counted),
  });
  if (audit.length > 0) await appendAudit(trx, audit);
}

export const STANDING_SUBSCRIBER = 'notifier-standing';

registerSubscriber({
  name: STANDING_SUBSCRIBER,
  throttleMs: FOLLOWER_THROTTLE_MS,
  accepts: (event: DomainEvent) =>
    event.type === NOTICE_FILED ||
    event.type === NOTICE_REFUSED ||
    event.type === OUTCOME_RECORDED ||
    (event.type === DECISION_MADE.type && FOLLOWED.has((event.data as { kind: DecisionKind }).kind)),
  handle: (trx, events) => applyStandingEvents(trx, events, new Date()),
});
