import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import {
  closeCounterNotice,
  type ItemContext,
  itemContext,
  latestOutcome,
  lockCounterNoticeOfItem,
  partyOf,
  recordOutcome,
  reinstateItem,
  transitionItem,
} from '../outcomes/index.ts';
import { clockTerms } from '../policies/index.ts';
import { DEFAULT_REMOVAL_REASON } from '../review/index.ts';
import { newId } from '../shared/ids.ts';
import { applyRemoval } from '../takedowns/index.ts';
import * as repo from './appeal.repository.ts';
import { appealableDecision, appealRefusal, mayDecideAppeal } from './appeal.ts';

type AppealRow = NonNullable<Awaited<ReturnType<typeof repo.findAppeal>>>;

export interface AppealView {
  id: string;
  itemId: string;
  appellant: { orgId: string; party: 'seller' | 'rights_holder' };
  decision: { kind: string; at: string; by: string | null };
  grounds: string;
  documentShas: string[];
  status: 'open' | 'upheld' | 'reversed';
  filedAt: string;
  result: { decidedBy: string | null; decidedAt: string; reasonText: string | null } | null;
}

export function toAppealView(row: AppealRow): AppealView {
  return {
    id: row.id,
    itemId: row.item_id,
    appellant: { orgId: row.appellant_org_id, party: row.appellant_party },
    decision: { kind: row.decision_kind, at: row.decision_at.toISOString(), by: row.decision_by },
    grounds: row.grounds,
    documentShas: row.document_shas,
    status: row.status,
    filedAt: row.created_at.toISOString(),
    result: row.decided_at
      ? { decidedBy: row.decided_by, decidedAt: row.decided_at.toISOString(), reasonText: row.reason_text }
      : null,
  };
}

async function partyContext(db: Database, actor: Principal, itemId: string) {
  const ctx = await itemContext(db, itemId);
  const party = ctx ? await partyOf(db, actor, ctx) : null;
  if (!ctx || !party) throw AppError.notFound('Notice item');
  return { ctx, party };
}

/** A party appeals the latest decision on an item within the window; a different reviewer will decide. */
export async function fileAppeal(
  db: Database,
  actor: Principal,
  itemId: string,
  input: { grounds: string; documentShas?: string[] },
): Promise<AppealView> {
  const { party } = await partyContext(db, actor, itemId);
  if (party === 'staff')
    throw new AppError(
      'FORBIDDEN',
      'Only the seller or the rights holder of the item appeals its decisions',
      { extra: { rule: 'appeal-by-party' } },
    );
  const docErrors = await checkDocumentReferences(
    db,
    (input.documentShas ?? []).map((sha256, i) => ({ pointer: `/documentShas/${i}`, sha256 })),
    [actor.orgId],
  );
  try {
    return await db.transaction().execute(async (trx) => {
      const now = new Date();
      const ctx = await itemContext(trx, itemId);
      if (!ctx) throw AppError.notFound('Notice item');
      const decision = appealableDecision(ctx, (await latestOutcome(trx, itemId)) ?? null);
      const clock = await clockTerms(trx, ctx.jurisdiction, ctx.right_type);
      const refusal = appealRefusal(decision, ctx.state, now, clock.appealWindowMonths);
      if (refusal || !decision) throw refusal;
      if (docErrors.length > 0) throw AppError.validation(docErrors);
      const row = await repo.insertAppeal(trx, {
        id: newId(),
        item_id: itemId,
        appellant_org_id: actor.orgId,
        appellant_party: party,
        filed_by_user: actor.userId,
        decision_kind: decision.kind,
        decision_at: decision.at,
        decision_by: decision.by,
        grounds: input.grounds,
        document_shas: JSON.stringify(input.documentShas ?? []),
        created_at: now,
      });
      const review = await scheduleDeadline(trx, {
        itemId,
        kind: 'appeal_decision',
        subjectId: row.id,
        party: 'reviewer',
        dueAt: deadlineAfter(now, clock.appealReviewWindow, clock.calendar),
        now,
        actorLabel: actor.label,
        data: { decisionKind: decision.kind },
      });
      const other =
        party === 'seller'
          ? [ctx.principal_org_id, ctx.filer_org_id]
          : ctx.seller_org_id
            ? [ctx.seller_org_id]
            : [];
      await trx
        .insertInto('notifications')
        .values(
          [...new Set(other)].map((orgId) => ({
            id: newId(),
            org_id: orgId,
            item_id: itemId,
            kind: 'appeal.filed',
            body: JSON.stringify({
              appealId: row.id,
              decisionKind: decision.kind,
              grounds: input.grounds,
              decideBy: review.deadline.dueAt.toISOString(),
            }),
            created_at: now,
          })),
        )
        .execute();
      await appendAudit(trx, [
        {
          actor: actor.label,
          action: 'appeal.filed',
          entityType: 'appeal',
          entityId: row.id,
          data: { itemId, party, decisionKind: decision.kind, decisionAt: decision.at.toISOString() },
        },
        review.audit,
      ]);
      return toAppealView(row);
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw AppError.conflict('This decision has already been appealed; one appeal per decision', {
        rule: 'one-appeal-per-decision',
      });
    throw error;
  }
}

export async function getAppeal(db: Database, actor: Principal, id: string): Promise<AppealView> {
  const row = await repo.findAppeal(db, id);
  if (!row) throw AppError.notFound('Appeal');
  await partyContext(db, actor, row.item_id).catch(() => {
    throw AppError.notFound('Appeal');
  });
  return toAppealView(row);
}

export async function appealsOfItem(db: Database, itemId: string): Promise<AppealView[]> {
  return (await repo.appealsOfItem(db, itemId)).map(toAppealView);
}

export async function openAppeals(
  db: Database,
  actor: Principal,
  page: { limit: number; offset: number },
): Promise<AppealView[]> {
  requireReviewer(actor);
  return (await repo.openAppeals(db, page)).map(toAppealView);
}

function requireReviewer(actor: Principal): void {
  if (!(actor.orgKind === 'operator' && hasRole(actor, 'reviewer', 'admin')))
    throw AppError.forbidden('Only operator reviewers decide appeals');
}

/**
 * A reviewer other than the one who decided hears the appeal. Upheld: the decision stands, with
 * reasons. Reversed: the opposite takes effect on the listing at once (reinstated or removed).
 */
export async function decideAppeal(
  db: Database,
  actor: Principal,
  id: string,
  input: { result: 'upheld' | 'reversed'; reasonText: string },
): Promise<AppealView> {
  requireReviewer(actor);
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    const appeal = await repo.lockAppeal(trx, id);
    if (!appeal) throw AppError.notFound('Appeal');
    if (appeal.status !== 'open')
      throw new AppError('ALREADY_DECIDED', `The appeal was already decided (${appeal.status})`, {
        extra: { rule: 'appeal-open', status: appeal.status },
      });
    if (!mayDecideAppeal(actor.userId, appeal.decision_by))
      throw new AppError(
        'FORBIDDEN',
        'A reviewer does not hear an appeal against their own decision; another reviewer must decide',
        { extra: { rule: 'different-reviewer' } },
      );
    const ctx = await itemContext(trx, appeal.item_id);
    if (!ctx) throw AppError.notFound('Notice item');
    await repo.closeAppeal(trx, id, {
      status: input.result,
      decided_by: actor.userId,
      decided_at: now,
      reason_text: input.reasonText,
    });
    const audit: AuditEntry[] = [
      {
        actor: actor.label,
        action: `appeal.${input.result}`,
        entityType: 'appeal',
        entityId: id,
        data: { itemId: appeal.item_id, decisionKind: appeal.decision_kind, reasonText: input.reasonText },
      },
      ...(await cancelDeadlines(trx, {
        itemId: appeal.item_id,
        now,
        actorLabel: actor.label,
        kinds: ['appeal_decision'],
        reason: `appeal ${input.result}`,
      })),
    ];
    const base = {
      cause: 'appeal',
      appealId: id,
      reasonCode: null,
      reasonText: input.reasonText,
      decidedByUserId: actor.userId,
      decidedBy: 'reviewer' as const,
      actorLabel: actor.label,
      now,
    };
    if (input.result === 'upheld') {
      audit.push(
        ...(
          await recordOutcome(trx, ctx, {
            ...base,
            kind: 'appeal_upheld',
            counterNoticeSucceeded: false,
            listingRestored: false,
            appealable: false,
          })
        ).audit,
      );
    } else if (ctx.state === 'removed') {
      audit.push(...(await reverseRemoval(trx, ctx, base)));
    } else {
      audit.push(...(await reverseToRemoval(trx, ctx, base)));
    }
    await appendAudit(trx, audit);
  });
  return getAppeal(db, actor, id);
}

type Base = {
  cause: string;
  appealId: string;
  reasonCode: null;
  reasonText: string;
  decidedByUserId: string | null;
  decidedBy: 'reviewer';
  actorLabel: string;
  now: Date;
};

async function reverseRemoval(trx: Database, ctx: ItemContext, base: Base): Promise<AuditEntry[]> {
  const cn = await lockCounterNoticeOfItem(trx, ctx.id);
  const audit = await reinstateItem(trx, ctx.id, {
    ...base,
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
      decided_by: base.decidedByUserId,
      decided_at: base.now,
      reason_code: null,
      reason_text: base.reasonText,
    });
  return audit;
}

/** A rejection or a reinstatement reversed: the item is removed again, with a fresh statement and webhook. */
async function reverseToRemoval(trx: Database, ctx: ItemContext, base: Base): Promise<AuditEntry[]> {
  if (ctx.state !== 'rejected' && ctx.state !== 'reinstated')
    throw AppError.conflict(`The item is ${ctx.state}; the appealed decision no longer applies`, {
      rule: 'appeal-item-changed',
    });
  const reasonCode = DEFAULT_REMOVAL_REASON[ctx.infringement_type];
  try {
    const moved = await transitionItem(trx, ctx.id, ctx.state, 'removed', base.now, {
      decided_by: base.decidedByUserId,
      reason_code: reasonCode,
      reason_text: base.reasonText,
    });
    if (!moved)
      throw AppError.conflict('The item changed while the appeal was decided; try again', {
        rule: 'appeal-item-changed',
      });
    const removal = await applyRemoval(trx, {
      itemId: ctx.id,
      decidedByUserId: base.decidedByUserId,
      actorLabel: base.actorLabel,
      reasonCode,
      reasonText: base.reasonText,
      automated: { detection: false, decision: false },
    });
    const outcome = await recordOutcome(
      trx,
      { ...ctx, state: 'removed' },
      {
        ...base,
        kind: 'appeal_reversed',
        counterNoticeSucceeded: false,
        listingRestored: false,
        appealable: false,
      },
    );
    return [
      {
        actor: base.actorLabel,
        action: 'item.removed',
        entityType: 'notice_item',
        entityId: ctx.id,
        data: { cause: 'appeal', reasonCode, reasonText: base.reasonText },
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
