import {
  type AppealedDecision,
  type AppealResultBase,
  appealedContext,
  registerAppealEffect,
} from '../appeals/index.ts';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { DEADLINE_ACTOR, moot, registerDeadlineKind } from '../deadlines/index.ts';
import { DECISION_MADE, type DecisionKind, recordDecision } from '../decisions/index.ts';
import { type DomainEvent, FOLLOWER_THROTTLE_MS, registerSubscriber } from '../events/index.ts';
import { lockStore, lockStores } from '../marketplaces/index.ts';
import { newId } from '../shared/ids.ts';
import { countInfringement, restoreDeduction, severityOf } from './ledger.ts';
import { liftSanction, SUSPENSION_END } from './sanctions.ts';
import type { LedgerDecision } from './sellers.repository.ts';
import * as repo from './sellers.repository.ts';

/** What seller accountability follows: decisions that remove a listing, and those that undo one. */
const FOLLOWED: ReadonlySet<DecisionKind> = new Set([
  'notice_removal',
  'proactive_removal',
  'reinstatement',
  'appeal_reversed',
]);

/**
 * Applies one decision to the ledger: a deduction, a restoration, or nothing. `locked`: the stores
 * of the batch, locked at its start (a store missing from it no longer exists).
 */
async function applyDecision(
  trx: Database,
  decision: LedgerDecision,
  now: Date,
  locked: ReadonlySet<string>,
): Promise<AuditEntry[]> {
  if (!decision.store_id) return [];
  const severity = severityOf(decision);
  if (severity) {
    if (!locked.has(decision.store_id)) return [];
    const counted = await countInfringement(trx, {
      decision,
      storeId: decision.store_id,
      severity,
      now,
      storeLocked: true,
    });
    return counted?.audit ?? [];
  }
  // A reinstatement, or an appeal that lifted a removal: give back what that removal took.
  const undone =
    (decision.previous_decision_id
      ? await repo.deductionOfDecision(trx, decision.previous_decision_id)
      : undefined) ??
    (decision.item_id ? await repo.standingDeductionOfItem(trx, decision.item_id) : undefined);
  if (!undone) return [];
  return (
    (await restoreDeduction(trx, {
      deductionId: undone.id,
      storeId: undone.store_id,
      decisionId: decision.id,
      now,
      note: `Restored: decision ${decision.id} (${decision.kind.replaceAll('_', ' ')}) undid the decision counted`,
    })) ?? []
  );
}

/**
 * The ledger follows the decision stream after commit, not a nightly batch: each decision is applied
 * in the transaction that advances this subscriber's cursor, so it is counted exactly once.
 */
registerSubscriber({
  name: 'seller-accountability',
  throttleMs: FOLLOWER_THROTTLE_MS,
  accepts: (event: DomainEvent) =>
    event.type === DECISION_MADE.type &&
    FOLLOWED.has((event.data as { kind: DecisionKind }).kind) &&
    (event.data as { storeId: string | null }).storeId !== null,
  async handle(trx, events) {
    const audit: AuditEntry[] = [];
    const decisions = new Map(
      (
        await repo.decisionsForLedger(
          trx,
          events.map((e) => e.subjectId),
        )
      ).map((d) => [d.id, d]),
    );
    // Every store of the batch is locked in one statement, in id order, instead of one per decision.
    const locked = await lockStores(
      trx,
      [...decisions.values()].flatMap((d) => (d.store_id && severityOf(d) ? [d.store_id] : [])),
    );
    for (const event of events) {
      const decision = decisions.get(event.subjectId);
      if (decision) audit.push(...(await applyDecision(trx, decision, new Date(), locked)));
    }
    if (audit.length > 0) await appendAudit(trx, audit);
  },
});

/** A suspension ends on its own when its time is served. */
registerDeadlineKind({
  kind: SUSPENSION_END,
  action: 'the suspension of the store ends',
  async fire(trx, deadline, now) {
    const sanction = deadline.subjectId ? await repo.findSanction(trx, deadline.subjectId) : undefined;
    if (!sanction || sanction.lifted_at) return moot('the suspension was already lifted');
    await lockStore(trx, sanction.store_id);
    const ctx = await repo.storeContext(trx, sanction.store_id);
    if (!ctx) return moot('the store is gone');
    const audit = await liftSanction(trx, ctx, sanction, {
      cause: 'suspension_served',
      reasonText: `The suspension that began on ${sanction.starts_at.toISOString().slice(0, 10)} ended on ${sanction.ends_at?.toISOString().slice(0, 10)}; the store may list again.`,
      actor: { kind: 'system', userId: null, label: DEADLINE_ACTOR },
      now,
    });
    return { result: 'suspension served', audit };
  },
});

/** The store an appealed sanction is about, with its sanction. */
async function sanctionContext(trx: Database, decision: AppealedDecision) {
  const sanction = await repo.sanctionOfDecision(trx, decision.id);
  if (!sanction) return null;
  await lockStore(trx, sanction.store_id);
  const ctx = await repo.storeContext(trx, sanction.store_id);
  return ctx ? { sanction, ctx } : null;
}

function appealDecisionParts(decision: AppealedDecision, input: AppealResultBase) {
  return {
    ...appealedContext(decision),
    previousDecisionId: decision.id,
    reasonText: input.reasonText,
    decidedBy: { kind: 'reviewer' as const, userId: input.decidedByUserId, label: input.actorLabel },
    now: input.now,
  };
}

/** A sanction appealed: upheld, it stands; reversed, it is lifted at once (and a closure's listings return). */
registerAppealEffect('store_sanction', {
  async uphold(trx, decision, input) {
    const recorded = await recordDecision(trx, {
      ...appealDecisionParts(decision, input),
      id: newId(),
      kind: 'appeal_upheld',
      account: { restriction: 'no_change', description: 'The sanction stands.' },
    });
    return recorded.audit;
  },
  async reverse(trx, decision, input) {
    const found = await sanctionContext(trx, decision);
    const id = newId();
    const recorded = await recordDecision(trx, {
      ...appealDecisionParts(decision, input),
      id,
      kind: 'appeal_reversed',
      account: {
        restriction: 'account_restored',
        description: `The sanction is reversed${found ? `: the ${found.sanction.level.replace('_', ' ')} of the store "${found.ctx.name}" ends now` : ''}.`,
      },
    });
    if (!found) return recorded.audit;
    return [
      ...recorded.audit,
      ...(await liftSanction(trx, found.ctx, found.sanction, {
        cause: 'appeal',
        reasonText: input.reasonText,
        actor: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
        now: input.now,
        decisionId: id,
      })),
    ];
  },
});
