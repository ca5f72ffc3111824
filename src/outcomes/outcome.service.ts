import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import { closeCounterNotice, lockCounterNoticeOfItem } from '../counter-notices/index.ts';
import type { Database } from '../db/database.ts';
import type { DeadlineKind, OutcomeKind } from '../db/schema.ts';
import { cancelDeadlines } from '../deadlines/index.ts';
import {
  type DecisionKind,
  decisionsOfItem,
  describeCause,
  recordDecision,
  type StatementBody,
} from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { appendEvents } from '../events/index.ts';
import { decisionPartsOf, type ItemContext, itemContext, partyOf, transitionItem } from '../items/index.ts';
import { notify } from '../notifications/index.ts';
import { newId } from '../shared/ids.ts';
import { applyReinstatement } from '../takedowns/index.ts';
import { OUTCOME_RECORDED, type OutcomeRecordedData } from './outcome.events.ts';
import { OUTCOME_NOTIFICATIONS } from './outcome.notifications.ts';
import * as repo from './outcome.repository.ts';

/** The clocks that watch a counter-notice; an outcome on the counter-notice stops them all. */
export const COUNTER_NOTICE_CLOCKS: readonly DeadlineKind[] = [
  'counter_notice_window',
  'putback',
  'rights_holder_response',
  'review_decision',
];

export interface OutcomeInput {
  kind: OutcomeKind;
  cause: string;
  counterNoticeId?: string | null;
  appealId?: string | null;
  reasonCode: string | null;
  reasonText: string;
  decidedByUserId: string | null;
  decidedBy: 'reviewer' | 'system' | 'rights_holder';
  actorLabel: string;
  now: Date;
  counterNoticeSucceeded: boolean;
  listingRestored: boolean;
  /** Outcomes that are decisions (not withdrawals) can be appealed for the policy's months. */
  appealable: boolean;
}

const DECISION_OF_OUTCOME: Record<OutcomeKind, DecisionKind> = {
  reinstated: 'reinstatement',
  withdrawn: 'reinstatement',
  upheld: 'takedown_upheld',
  appeal_upheld: 'appeal_upheld',
  appeal_reversed: 'appeal_reversed',
};

/**
 * Records an outcome once, as a decision with its statement of reasons (except a withdrawal of an
 * item that was never removed: the notifier's own act, nothing decided), and tells every party.
 */
export async function recordOutcome(
  trx: Database,
  ctx: ItemContext,
  input: OutcomeInput & {
    id?: string;
    previousDecisionId?: string | null;
    /** False: nothing is decided (a withdrawal of a pending item, or a decision recorded elsewhere). */
    decides?: boolean;
    /** The decision recorded elsewhere that this outcome belongs to. */
    decisionId?: string | null;
  },
): Promise<{ id: string; statement: StatementBody | null; audit: AuditEntry[] }> {
  const id = input.id ?? newId();
  const audit: AuditEntry[] = [];
  let statement: StatementBody | null = null;
  if (input.decides ?? true) {
    const decision = await recordDecision(trx, {
      ...decisionPartsOf(ctx),
      id,
      kind: DECISION_OF_OUTCOME[input.kind],
      previousDecisionId: input.previousDecisionId ?? (await latestRemovalDecision(trx, ctx.id)),
      reasonCode: input.reasonCode,
      reasonText: input.reasonText,
      automated: { detection: false, decision: false },
      decidedBy: { kind: input.decidedBy, userId: input.decidedByUserId, label: input.actorLabel },
      cause: input.cause,
      listingRestored: input.listingRestored,
      appealable: input.appealable,
      now: input.now,
    });
    statement = decision.planned.statement;
    audit.push(...decision.audit);
  }
  await repo.insertOutcome(trx, {
    id,
    item_id: ctx.id,
    kind: input.kind,
    cause: input.cause,
    counter_notice_id: input.counterNoticeId ?? null,
    appeal_id: input.appealId ?? null,
    principal_org_id: ctx.principal_org_id,
    filer_org_id: ctx.filer_org_id,
    seller_org_id: ctx.seller_org_id,
    original_reason_code: ctx.reason_code,
    reason_code: input.reasonCode,
    reason_text: input.reasonText,
    counter_notice_succeeded: input.counterNoticeSucceeded,
    listing_restored: input.listingRestored,
    decided_by: input.decidedByUserId,
    decision_id: statement ? id : (input.decisionId ?? null),
    created_at: input.now,
  });
  await appendEvents(trx, [
    {
      type: OUTCOME_RECORDED.type,
      subjectType: 'outcome',
      subjectId: id,
      data: {
        kind: input.kind,
        itemId: ctx.id,
        counterNoticeSucceeded: input.counterNoticeSucceeded,
        decisionId: statement ? id : (input.decisionId ?? null),
      } satisfies OutcomeRecordedData,
    },
  ]);
  const recipients = [
    ...new Set([ctx.principal_org_id, ctx.filer_org_id, ...(ctx.seller_org_id ? [ctx.seller_org_id] : [])]),
  ];
  const body = statement ?? {
    kind: input.kind,
    cause: input.cause,
    summary: `${describeCause(input.cause)}. Reason: ${input.reasonText}`,
    itemId: ctx.id,
    noticeId: ctx.notice_id,
  };
  await notify(trx, {
    orgIds: recipients,
    itemId: ctx.id,
    of: OUTCOME_NOTIFICATIONS[input.kind],
    body,
    now: input.now,
  });
  audit.push({
    actor: input.actorLabel,
    action: `outcome.${input.kind}`,
    entityType: 'notice_item',
    entityId: ctx.id,
    data: {
      outcomeId: id,
      decisionId: statement ? id : null,
      cause: input.cause,
      reasonCode: input.reasonCode,
      counterNoticeId: input.counterNoticeId ?? null,
      appealId: input.appealId ?? null,
      listingRestored: input.listingRestored,
      notified: recipients,
    },
  });
  return { id, statement, audit };
}

/** The decision that took the item's listing down last (what a reinstatement ends). */
async function latestRemovalDecision(trx: Database, itemId: string): Promise<string | null> {
  const decisions = await decisionsOfItem(trx, itemId);
  const removal = [...decisions]
    .reverse()
    .find(
      (d) =>
        d.kind === 'notice_removal' ||
        (d.kind === 'appeal_reversed' && d.statement.restriction.kind === 'listing_removed'),
    );
  return removal?.id ?? null;
}

export interface ReinstateInput extends Omit<OutcomeInput, 'listingRestored' | 'kind' | 'appealable'> {
  kind: 'reinstated' | 'withdrawn' | 'appeal_reversed';
  /** The item state after the outcome: 'reinstated' for a decision, 'withdrawn' for a withdrawal. */
  itemState: 'reinstated' | 'withdrawn';
  /** The decision this outcome ends or reverses (the appealed one); default: the item's last removal. */
  previousDecisionId?: string | null;
}

/**
 * Ends a removal: moves the item out of 'removed' (conditionally: of two concurrent outcomes one
 * wins, the other gets null), lifts it from the listing, stops its clocks and records the outcome.
 */
export async function reinstateItem(
  trx: Database,
  itemId: string,
  input: ReinstateInput,
): Promise<AuditEntry[] | null> {
  const ctx = await itemContext(trx, itemId);
  if (!ctx) throw AppError.notFound('Notice item');
  const moved = await transitionItem(trx, itemId, 'removed', input.itemState, {}, input.now);
  if (!moved) return null;
  const outcomeId = newId();
  const lifted = await applyReinstatement(trx, {
    itemId,
    actorLabel: input.actorLabel,
    cause: input.cause,
    reasonText: input.reasonText,
    outcomeId,
    now: input.now,
  });
  const cancelled = await cancelDeadlines(trx, {
    itemId,
    now: input.now,
    actorLabel: input.actorLabel,
    kinds: COUNTER_NOTICE_CLOCKS,
    reason: `item ${input.itemState}`,
  });
  const outcome = await recordOutcome(trx, ctx, {
    ...input,
    id: outcomeId,
    listingRestored: lifted.restored,
    appealable: input.kind !== 'withdrawn',
  });
  return [
    {
      actor: input.actorLabel,
      action: `item.${input.itemState}`,
      entityType: 'notice_item',
      entityId: itemId,
      data: { cause: input.cause, outcomeId, reasonText: input.reasonText },
    },
    ...lifted.audit,
    ...cancelled,
    ...outcome.audit,
  ];
}

/** The rights holder (or its agent) withdraws one item; a removed listing is reinstated. */
export async function withdrawItem(
  db: Database,
  actor: Principal,
  itemId: string,
  reasonText: string | undefined,
) {
  return db.transaction().execute(async (trx) => {
    const ctx = await itemContext(trx, itemId);
    const party = ctx ? await partyOf(trx, actor, ctx) : null;
    if (!ctx || party === null) throw AppError.notFound('Notice item');
    requireNotifier(actor, party);
    const audit = await withdrawOne(trx, actor, ctx, 'item_withdrawn', reasonText);
    if (!audit)
      throw AppError.conflict(
        `The item is ${ctx.state}; only pending, info-requested or removed items can be withdrawn`,
        { rule: 'withdraw-open-item', state: ctx.state },
      );
    await appendAudit(trx, audit);
    return { itemId, state: 'withdrawn' as const };
  });
}

/** Withdraws every open item of a notice at once; decided and closed items are left as they are. */
export async function withdrawNotice(
  db: Database,
  actor: Principal,
  noticeId: string,
  reasonText: string | undefined,
) {
  return db.transaction().execute(async (trx) => {
    const notice = await repo.noticeParties(trx, noticeId);
    const party = notice ? await partyOf(trx, actor, { ...notice, seller_org_id: null }) : null;
    if (!notice || party === null) throw AppError.notFound('Notice');
    requireNotifier(actor, party);
    const open = await repo.openItemsOfNotice(trx, noticeId);
    if (open.length === 0)
      throw AppError.conflict('The notice has no open items left to withdraw', {
        rule: 'withdraw-open-item',
      });
    const audit: AuditEntry[] = [];
    const withdrawn: string[] = [];
    for (const item of open) {
      const ctx = await itemContext(trx, item.id);
      const entries = ctx ? await withdrawOne(trx, actor, ctx, 'notice_withdrawn', reasonText) : null;
      if (entries) {
        audit.push(...entries);
        withdrawn.push(item.id);
      }
    }
    audit.push({
      actor: actor.label,
      action: 'notice.withdrawn',
      entityType: 'notice',
      entityId: noticeId,
      data: { items: withdrawn, reasonText: reasonText ?? null },
    });
    await appendAudit(trx, audit);
    return { noticeId, withdrawnItemIds: withdrawn };
  });
}

function requireNotifier(actor: Principal, party: string | null): void {
  if (party !== 'rights_holder' || !hasRole(actor, 'rights_holder', 'agent'))
    throw AppError.forbidden('Only the rights holder or its agent withdraws a notice');
}

async function withdrawOne(
  trx: Database,
  actor: Principal,
  ctx: ItemContext,
  cause: 'item_withdrawn' | 'notice_withdrawn',
  reasonText: string | undefined,
): Promise<AuditEntry[] | null> {
  const now = new Date();
  const text = reasonText ?? 'The rights holder withdrew its notice.';
  if (ctx.state === 'removed') {
    const counterNotice = await lockCounterNoticeOfItem(trx, ctx.id);
    const audit = await reinstateItem(trx, ctx.id, {
      kind: 'withdrawn',
      itemState: 'withdrawn',
      cause,
      counterNoticeId: counterNotice?.id ?? null,
      reasonCode: 'withdrawn',
      reasonText: text,
      decidedByUserId: actor.userId,
      decidedBy: 'rights_holder',
      actorLabel: actor.label,
      now,
      // A withdrawal after a counter-notice counts as a successful counter-notice against the notifier.
      counterNoticeSucceeded:
        counterNotice !== undefined &&
        (counterNotice.status === 'open' || counterNotice.status === 'awaiting_review'),
    });
    if (audit && counterNotice)
      await closeCounterNotice(trx, counterNotice.id, ['open', 'awaiting_review'], {
        status: 'withdrawn',
        decided_by: actor.userId,
        decided_at: now,
        reason_code: 'withdrawn',
        reason_text: text,
      });
    return audit;
  }
  if (ctx.state !== 'pending' && ctx.state !== 'info_requested') return null;
  const moved = await transitionItem(trx, ctx.id, ctx.state, 'withdrawn', {}, now);
  if (!moved) return null;
  const outcome = await recordOutcome(trx, ctx, {
    kind: 'withdrawn',
    cause,
    reasonCode: 'withdrawn',
    reasonText: text,
    decidedByUserId: actor.userId,
    decidedBy: 'rights_holder',
    actorLabel: actor.label,
    now,
    counterNoticeSucceeded: false,
    listingRestored: false,
    appealable: false,
    // Withdrawing an item that was never removed decides nothing; the outcome is still counted.
    decides: false,
  });
  return [
    {
      actor: actor.label,
      action: 'item.withdrawn',
      entityType: 'notice_item',
      entityId: ctx.id,
      data: { cause, outcomeId: outcome.id },
    },
    ...outcome.audit,
  ];
}

export interface OutcomeView {
  id: string;
  kind: OutcomeKind;
  cause: string;
  counterNoticeId: string | null;
  appealId: string | null;
  reasonCode: string | null;
  reasonText: string;
  counterNoticeSucceeded: boolean;
  listingRestored: boolean;
  createdAt: string;
  decisionId: string | null;
  statement: StatementBody | null;
}

export async function outcomesOfItem(db: Database, itemId: string): Promise<OutcomeView[]> {
  return (await repo.outcomesOfItem(db, itemId)).map((row) => ({
    id: row.id,
    kind: row.kind,
    cause: row.cause,
    counterNoticeId: row.counter_notice_id,
    appealId: row.appeal_id,
    reasonCode: row.reason_code,
    reasonText: row.reason_text,
    counterNoticeSucceeded: row.counter_notice_succeeded,
    listingRestored: row.listing_restored,
    createdAt: row.created_at.toISOString(),
    decisionId: row.decision_id,
    statement: row.statement as StatementBody | null,
  }));
}
