import type { AuditEntry } from '../audit/index.ts';
import { closeCounterNotice, lockCounterNoticeOfItem } from '../counter-notices/index.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { type ItemContext, itemContext, transitionItem } from '../items/index.ts';
import { recordOutcome, reinstateItem } from '../outcomes/index.ts';
import { DEFAULT_REMOVAL_REASON } from '../review/index.ts';
import { applyRemoval } from '../takedowns/index.ts';

/** What an appeal's result does to a notice item: the new decision and its effect on the listing. */
export interface AppealResultBase {
  appealId: string;
  previousDecisionId: string | null;
  reasonText: string;
  decidedByUserId: string | null;
  actorLabel: string;
  now: Date;
}

function base(input: AppealResultBase) {
  return {
    cause: 'appeal',
    appealId: input.appealId,
    previousDecisionId: input.previousDecisionId,
    reasonCode: null,
    reasonText: input.reasonText,
    decidedByUserId: input.decidedByUserId,
    decidedBy: 'reviewer' as const,
    actorLabel: input.actorLabel,
    now: input.now,
  };
}

async function contextOf(trx: Database, itemId: string): Promise<ItemContext> {
  const ctx = await itemContext(trx, itemId);
  if (!ctx) throw AppError.notFound('Notice item');
  return ctx;
}

/** The decision stands: recorded as a decision of its own, with reasons, nothing else changes. */
export async function upholdOnItem(
  trx: Database,
  itemId: string,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
  const ctx = await contextOf(trx, itemId);
  return (
    await recordOutcome(trx, ctx, {
      ...base(input),
      kind: 'appeal_upheld',
      counterNoticeSucceeded: false,
      listingRestored: false,
      appealable: false,
    })
  ).audit;
}

/** The opposite takes effect at once: a removed item is reinstated, a rejected or reinstated one removed. */
export async function reverseOnItem(
  trx: Database,
  itemId: string,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
  const ctx = await contextOf(trx, itemId);
  return ctx.state === 'removed' ? reverseRemoval(trx, ctx, input) : reverseToRemoval(trx, ctx, input);
}

async function reverseRemoval(
  trx: Database,
  ctx: ItemContext,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
  const cn = await lockCounterNoticeOfItem(trx, ctx.id);
  const audit = await reinstateItem(trx, ctx.id, {
    ...base(input),
    kind: 'appeal_reversed',
    itemState: 'reinstated',
    counterNoticeId: cn?.id ?? null,
    counterNoticeSucceeded: false,
  });
  if (!audit)
    throw AppError.conflict('The item changed while the appeal was decided; try again', {
      rule: 'appeal-item-changed',
    });
  if (cn)
    await closeCounterNotice(trx, cn.id, ['open', 'awaiting_review'], {
      status: 'reinstated',
      decided_by: input.decidedByUserId,
      decided_at: input.now,
      reason_code: null,
      reason_text: input.reasonText,
    });
  return audit;
}

/** A rejection or a reinstatement reversed: the item is removed again, with a new decision and webhook. */
async function reverseToRemoval(
  trx: Database,
  ctx: ItemContext,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
  if (ctx.state !== 'rejected' && ctx.state !== 'reinstated')
    throw AppError.conflict(`The item is ${ctx.state}; the appealed decision no longer applies`, {
      rule: 'appeal-item-changed',
    });
  const reasonCode = DEFAULT_REMOVAL_REASON[ctx.infringement_type];
  try {
    const moved = await transitionItem(
      trx,
      ctx.id,
      ctx.state,
      'removed',
      {
        decided_by: input.decidedByUserId,
        decided_at: input.now,
        reason_code: reasonCode,
        reason_text: input.reasonText,
      },
      input.now,
    );
    if (!moved)
      throw AppError.conflict('The item changed while the appeal was decided; try again', {
        rule: 'appeal-item-changed',
      });
    // The removal's own decision is the appeal's result: the reversal, with its statement.
    const removal = await applyRemoval(trx, {
      itemId: ctx.id,
      decidedByUserId: input.decidedByUserId,
      actorLabel: input.actorLabel,
      reasonCode,
      reasonText: input.reasonText,
      automated: { detection: false, decision: false },
      asAppealResult: { previousDecisionId: input.previousDecisionId },
    });
    const outcome = await recordOutcome(
      trx,
      { ...ctx, state: 'removed' },
      {
        ...base(input),
        id: removal.statementId,
        kind: 'appeal_reversed',
        counterNoticeSucceeded: false,
        listingRestored: false,
        appealable: false,
        decides: false,
        decisionId: removal.statementId,
      },
    );
    return [
      {
        actor: input.actorLabel,
        action: 'item.removed',
        entityType: 'notice_item',
        entityId: ctx.id,
        data: { cause: 'appeal', reasonCode, reasonText: input.reasonText },
      },
      ...removal.audit,
      ...outcome.audit,
    ];
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw AppError.conflict(
        'The listing is under another open notice for the same right; it cannot be removed again under this one',
        { rule: 'one-open-item-per-listing-and-right' },
      );
    throw error;
  }
}
