import {
  type AppealedDecision,
  type AppealResultBase,
  appealedContext,
  registerAppealEffect,
} from '../appeals/index.ts';
import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { DEADLINE_ACTOR, moot, registerDeadlineKind } from '../deadlines/index.ts';
import {
  DECISION_MADE,
  type DecisionKind,
  type DecisionMadeData,
  recordDecision,
} from '../decisions/index.ts';
import { type DomainEvent, FOLLOWER_THROTTLE_MS, registerSubscriber } from '../events/index.ts';
import { newId } from '../shared/ids.ts';
import * as claims from './complaints.repository.ts';
import { makeWhole } from './complaints.service.ts';
import {
  confiscate,
  DEPOSIT_RELEASE,
  depositTermsOf,
  fireRelease,
  returnConfiscation,
} from './deposit.service.ts';
import { keepHolds, releaseHolds } from './orders.service.ts';
import * as repo from './payments.repository.ts';

const ACTOR = 'system:money';
/** Decisions that uphold an infringement by a store: its deposit is confiscated, held proceeds kept. */
const UPHOLDS: ReadonlySet<DecisionKind> = new Set(['notice_removal', 'proactive_removal']);
/** Decisions that undo one: confiscations are returned, held proceeds released. */
const UNDOES: ReadonlySet<DecisionKind> = new Set(['reinstatement', 'appeal_reversed', 'notice_rejection']);

/** A decision that upholds an infringement: the deposit is confiscated (the caller keeps the holds). */
async function applyUphold(trx: Database, event: DomainEvent): Promise<void> {
  const d = event.data as DecisionMadeData;
  if (!d.storeId) return;
  // A marketplace without deposits: nothing to confiscate, no store to read.
  if (event.marketplaceId && !(await depositTermsOf(trx, event.marketplaceId)).terms) return;
  const ctx = await repo.storeContext(trx, d.storeId);
  if (!ctx) return;
  await confiscate(trx, ctx, {
    causeDecisionId: event.subjectId,
    reasonText: null,
    decidedBy: { kind: 'system', userId: null, label: ACTOR },
    now: new Date(),
  });
}

/** A decision that undoes one: what a confiscation took comes back, held proceeds are released. */
async function applyUndo(trx: Database, event: DomainEvent): Promise<void> {
  const d = event.data as DecisionMadeData;
  const now = new Date();
  if (d.itemId)
    for (const c of await repo.openConfiscationsOfItem(trx, d.itemId))
      await returnConfiscation(trx, c, { decisionId: event.subjectId, actor: ACTOR, now });
  if (d.previousDecisionId) {
    const c = await repo.confiscationOfCause(trx, d.previousDecisionId);
    if (c) await returnConfiscation(trx, c, { decisionId: event.subjectId, actor: ACTOR, now });
  }
  if (d.listingId) await releaseHolds(trx, d.listingId, event.subjectId, ACTOR);
}

/**
 * Money follows the decision stream after commit: a removal confiscates the store's deposit (by
 * policy) and keeps its held proceeds; a reinstatement, a rejection or a reversal gives back what a
 * confiscation took and releases proceeds nothing else keeps held.
 */
registerSubscriber({
  name: 'money',
  throttleMs: FOLLOWER_THROTTLE_MS,
  accepts: (event: DomainEvent) =>
    event.type === DECISION_MADE.type &&
    (UPHOLDS.has((event.data as DecisionMadeData).kind) || UNDOES.has((event.data as DecisionMadeData).kind)),
  async handle(trx, events) {
    // The holds of consecutive upholds are kept in one statement, before any later undo is applied.
    let kept: string[] = [];
    const keep = async () => {
      await keepHolds(trx, kept);
      kept = [];
    };
    for (const event of events) {
      const d = event.data as DecisionMadeData;
      if (UPHOLDS.has(d.kind)) {
        if (d.listingId) kept.push(d.listingId);
        await applyUphold(trx, event);
      } else if (UNDOES.has(d.kind)) {
        await keep();
        await applyUndo(trx, event);
      }
    }
    await keep();
  },
});

registerDeadlineKind({
  kind: DEPOSIT_RELEASE,
  action: "the closed store's deposit is released if it is in good standing",
  async fire(trx, deadline, now) {
    if (!deadline.subjectId) return moot('no release');
    return { result: await fireRelease(trx, deadline.subjectId, now, DEADLINE_ACTOR), audit: [] };
  },
});

function appealParts(decision: AppealedDecision, input: AppealResultBase) {
  return {
    ...appealedContext(decision),
    previousDecisionId: decision.id,
    reasonText: input.reasonText,
    decidedBy: { kind: 'reviewer' as const, userId: input.decidedByUserId, label: input.actorLabel },
    now: input.now,
  };
}

/** A confiscation appealed: upheld, it stands; reversed, the money returns to the deposit. */
registerAppealEffect('deposit_confiscation', {
  async uphold(trx, decision, input) {
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id: newId(),
      kind: 'appeal_upheld',
      account: { restriction: 'no_change', description: 'The confiscation of the deposit stands.' },
    });
    return recorded.audit;
  },
  async reverse(trx, decision, input): Promise<AuditEntry[]> {
    const id = newId();
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id,
      kind: 'appeal_reversed',
      account: {
        restriction: 'account_restored',
        description: 'The confiscation is reversed: the amount returns to the deposit.',
      },
    });
    const c = await repo.confiscationOfDecision(trx, decision.id);
    await returnConfiscation(trx, c, { decisionId: id, actor: input.actorLabel, now: input.now });
    return recorded.audit;
  },
});

/** A recovery decision appealed: reversed, a counterfeit finding becomes genuine and the seller is made whole. */
registerAppealEffect('recovery_decision', {
  async uphold(trx, decision, input) {
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id: newId(),
      kind: 'appeal_upheld',
      account: { restriction: 'no_change', description: 'The decision on the recovery claim stands.' },
    });
    return recorded.audit;
  },
  async reverse(trx, decision, input): Promise<AuditEntry[]> {
    const id = newId();
    const claim = await claims.claimOfDecision(trx, decision.id);
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id,
      kind: 'appeal_reversed',
      account: {
        restriction: claim?.status === 'counterfeit' ? 'account_restored' : 'no_change',
        description:
          claim?.status === 'counterfeit'
            ? 'The finding of counterfeit goods is reversed: the amount recovered is given back to the seller.'
            : 'The decision on the recovery claim is reversed.',
      },
    });
    if (claim?.status === 'counterfeit') {
      await makeWhole(trx, claim.id, id, input.actorLabel);
      await claims.decideClaim(trx, claim.id, { status: 'genuine', decision_id: id, decided_at: input.now });
      await claims.setComplaintStatus(trx, claim.complaint_id, 'genuine', input.now);
    }
    return recorded.audit;
  },
});
