import { readableOrgIds } from '../accounts/index.ts';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/index.ts';
import {
  APPEALABLE_BY,
  decisionsOfSubject,
  findDecisionRow,
  recordDecision,
  type SubjectType,
} from '../decisions/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { can, itemContext } from '../items/index.ts';
import { notify } from '../notifications/index.ts';
import { clockTerms } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { reverseOnItem, upholdOnItem } from './appeal.effects.ts';
import { APPEAL_FILED } from './appeal.notifications.ts';
import { reverseProactiveRemoval, upholdProactiveRemoval } from './appeal.proactive.ts';
import { appealEffectOf } from './appeal.registry.ts';
import * as repo from './appeal.repository.ts';
import { appealRefusal, type DecisionOnRecord, decisionInForce, mayDecideAppeal } from './appeal.ts';

type AppealRow = NonNullable<Awaited<ReturnType<typeof repo.findAppeal>>>;

export interface AppealView {
  id: string;
  decisionId: string | null;
  itemId: string | null;
  appellant: { orgId: string; party: 'seller' | 'rights_holder' };
  decision: { kind: AppealRow['decision_kind']; at: string; by: string | null };
  grounds: string;
  documentShas: string[];
  status: 'open' | 'upheld' | 'reversed';
  filedAt: string;
  result: { decidedBy: string | null; decidedAt: string; reasonText: string | null } | null;
}

export function toAppealView(row: AppealRow): AppealView {
  return {
    id: row.id,
    decisionId: row.decision_id,
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

type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecisionRow>>>;

function onRecord(row: DecisionRow): DecisionOnRecord {
  return {
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at,
    appealableUntil: row.appealable_until,
    decidedByUser: row.decided_by_user,
  };
}

/** The caller's side in a decision: the seller it restricts, the notifier whose notice led to it, staff. */
async function sideOf(
  db: Database,
  actor: Principal,
  d: DecisionRow,
): Promise<'staff' | 'seller' | 'notifier' | null> {
  if (isOperatorStaff(actor)) return 'staff';
  if (hasRole(actor, 'seller') && d.seller_org_id !== null && d.seller_org_id === actor.orgId)
    return 'seller';
  if (hasRole(actor, 'rights_holder', 'agent') && d.notifier_org_id !== null) {
    if ((await readableOrgIds(db, actor)).includes(d.notifier_org_id)) return 'notifier';
  }
  return null;
}

/** A party appeals the decision in force on an item (the compatible route for item pages). */
export async function fileAppealOnItem(
  db: Database,
  actor: Principal,
  itemId: string,
  input: { grounds: string; documentShas?: string[] },
): Promise<AppealView> {
  const ctx = await itemContext(db, itemId);
  await can(db, actor, 'appeal', ctx);
  const inForce = decisionInForce(
    (await decisionsOfSubject(db, 'notice_item', itemId)).map((d) => ({
      id: d.id,
      kind: d.kind,
      createdAt: new Date(d.decidedAt),
      appealableUntil: d.appealableUntil ? new Date(d.appealableUntil) : null,
      decidedByUser: null,
    })),
  );
  if (!inForce)
    throw AppError.conflict(`The item is ${ctx?.state}; there is no decision to appeal`, {
      rule: 'appeal-needs-decision',
      ...(ctx ? { state: ctx.state } : {}),
    });
  return fileAppeal(db, actor, inForce.id, input);
}

/** A party contests a decision within its window; a reviewer other than the decider hears it. */
export async function fileAppeal(
  db: Database,
  actor: Principal,
  decisionId: string,
  input: { grounds: string; documentShas?: string[] },
): Promise<AppealView> {
  const found = await findDecisionRow(db, decisionId);
  if (!found) throw AppError.notFound('Decision');
  const side = await sideOf(db, actor, found);
  if (side === null) throw AppError.notFound('Decision');
  if (side === 'staff')
    throw new AppError('FORBIDDEN', 'Only the parties to a decision appeal it', {
      extra: { rule: 'appeal-by-party' },
    });
  if (!APPEALABLE_BY[found.kind].includes(side))
    throw new AppError(
      'FORBIDDEN',
      `The ${side} does not appeal a ${found.kind.replaceAll('_', ' ')} decision`,
      {
        extra: { rule: 'appeal-by-party' },
      },
    );
  const docErrors = await checkDocumentReferences(
    db,
    (input.documentShas ?? []).map((sha256, i) => ({ pointer: `/documentShas/${i}`, sha256 })),
    [actor.orgId],
  );
  try {
    return await db.transaction().execute(async (trx) => {
      const now = new Date();
      const decision = await findDecisionRow(trx, decisionId, true);
      if (!decision) throw AppError.notFound('Decision');
      const history = await decisionsOfSubject(trx, decision.subject_type, decision.subject_id);
      const refusal = appealRefusal(
        onRecord(decision),
        decisionInForce(
          history.map((d) => ({
            id: d.id,
            kind: d.kind,
            createdAt: new Date(d.decidedAt),
            appealableUntil: d.appealableUntil ? new Date(d.appealableUntil) : null,
            decidedByUser: null,
          })),
        ),
        now,
      );
      if (refusal) throw refusal;
      if (docErrors.length > 0) throw AppError.validation(docErrors);
      const row = await repo.insertAppeal(trx, {
        id: newId(),
        item_id: decision.item_id,
        decision_id: decision.id,
        appellant_org_id: actor.orgId,
        appellant_party: side === 'seller' ? 'seller' : 'rights_holder',
        filed_by_user: actor.userId,
        decision_kind: decision.kind,
        decision_at: decision.created_at,
        decision_by: decision.decided_by_user,
        grounds: input.grounds,
        document_shas: JSON.stringify(input.documentShas ?? []),
        created_at: now,
      });
      const item = decision.item_id ? await itemContext(trx, decision.item_id) : undefined;
      const clock = await clockTerms(trx, item?.jurisdiction ?? '*', item?.right_type ?? 'trademark');
      const review = await scheduleDeadline(trx, {
        itemId: decision.item_id,
        target: { type: decision.subject_type, id: decision.subject_id },
        kind: 'appeal_decision',
        subjectId: row.id,
        party: 'reviewer',
        dueAt: deadlineAfter(now, clock.appealReviewWindow, clock.calendar),
        now,
        actorLabel: actor.label,
        data: { decisionKind: decision.kind, decisionId: decision.id },
      });
      const other =
        side === 'seller' ? [decision.notifier_org_id, item?.filer_org_id] : [decision.seller_org_id];
      const recipients = [...new Set(other.filter((o): o is string => typeof o === 'string'))];
      await notify(trx, {
        orgIds: recipients,
        itemId: decision.item_id,
        of: APPEAL_FILED,
        body: {
          appealId: row.id,
          decisionId: decision.id,
          decisionKind: decision.kind,
          grounds: input.grounds,
          decideBy: review.deadline.dueAt.toISOString(),
        },
        now,
      });
      await appendAudit(trx, [
        {
          actor: actor.label,
          action: 'appeal.filed',
          entityType: 'appeal',
          entityId: row.id,
          data: {
            decisionId: decision.id,
            itemId: decision.item_id,
            party: side,
            decisionKind: decision.kind,
            decisionAt: decision.created_at.toISOString(),
          },
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

async function appealParties(db: Database, row: AppealRow) {
  const decision = row.decision_id ? await findDecisionRow(db, row.decision_id) : undefined;
  return decision ?? null;
}

export async function getAppeal(db: Database, actor: Principal, id: string): Promise<AppealView> {
  const row = await repo.findAppeal(db, id);
  if (!row) throw AppError.notFound('Appeal');
  const decision = await appealParties(db, row);
  if (decision) {
    if ((await sideOf(db, actor, decision)) === null) throw AppError.notFound('Appeal');
  } else {
    const ctx = row.item_id ? await itemContext(db, row.item_id) : undefined;
    await can(db, actor, 'read', ctx, 'Appeal');
  }
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
 * reasons. Reversed: the opposite takes effect at once (reinstated or removed), as a new decision.
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
        extra: { rule: 'appeal-open', state: appeal.status },
      });
    if (!mayDecideAppeal(actor.userId, appeal.decision_by))
      throw new AppError(
        'FORBIDDEN',
        'A reviewer does not hear an appeal against their own decision; another reviewer must decide',
        { extra: { rule: 'different-reviewer' } },
      );
    const decision = appeal.decision_id ? await findDecisionRow(trx, appeal.decision_id) : undefined;
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
        data: {
          decisionId: appeal.decision_id,
          itemId: appeal.item_id,
          decisionKind: appeal.decision_kind,
          reasonText: input.reasonText,
        },
      },
      ...(await cancelDeadlines(trx, {
        itemId: appeal.item_id,
        target: decision ? { type: decision.subject_type, id: decision.subject_id } : undefined,
        subjectId: id,
        now,
        actorLabel: actor.label,
        kinds: ['appeal_decision'],
        reason: `appeal ${input.result}`,
      })),
    ];
    const base = {
      appealId: id,
      previousDecisionId: appeal.decision_id,
      reasonText: input.reasonText,
      decidedByUserId: actor.userId,
      actorLabel: actor.label,
      now,
    };
    if (appeal.item_id) {
      audit.push(
        ...(input.result === 'upheld'
          ? await upholdOnItem(trx, appeal.item_id, base)
          : await reverseOnItem(trx, appeal.item_id, base)),
      );
    } else if (decision && decision.kind === 'proactive_removal') {
      audit.push(
        ...(input.result === 'upheld'
          ? await upholdProactiveRemoval(trx, decision, base)
          : await reverseProactiveRemoval(trx, decision, base)),
      );
    } else if (decision && appealEffectOf(decision.kind)) {
      const effect = appealEffectOf(decision.kind)!;
      audit.push(
        ...(input.result === 'upheld'
          ? await effect.uphold(trx, decision, base)
          : await effect.reverse(trx, decision, base)),
      );
    } else if (decision) {
      const recorded = await recordDecision(trx, {
        id: newId(),
        kind: input.result === 'upheld' ? 'appeal_upheld' : 'appeal_reversed',
        subject: { type: decision.subject_type as SubjectType, id: decision.subject_id },
        previousDecisionId: decision.id,
        sellerOrgId: decision.seller_org_id,
        notifierOrgId: decision.notifier_org_id,
        marketplace: null,
        listing: null,
        store: null,
        snapshot: null,
        notice: null,
        right: null,
        complainant: null,
        filer: null,
        evidence: [],
        reasonCode: null,
        reasonText: input.reasonText,
        automated: { detection: false, decision: false },
        decidedBy: { kind: 'reviewer', userId: actor.userId, label: actor.label },
        cause: 'appeal',
        now,
      });
      audit.push(...recorded.audit);
    }
    await appendAudit(trx, audit);
  });
  return getAppeal(db, actor, id);
}
