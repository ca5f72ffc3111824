import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, type Principal } from '../auth/principal.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { type ItemContext, itemContext } from '../items/index.ts';
import { notify } from '../notifications/index.ts';
import { COUNTER_NOTICE_CLOCKS, recordOutcome, reinstateItem } from '../outcomes/index.ts';
import { clockTerms } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { COUNTER_NOTICE_ANSWERED } from './counter-notice.notifications.ts';
import * as repo from './counter-notice.repository.ts';
import { closeCounterNotice } from './counter-notice.repository.ts';
import {
  type CounterNoticeRow,
  type CounterNoticeView,
  getCounterNotice,
  requireParty,
} from './counter-notice.service.ts';
import { answerRefusal } from './counter-notice.ts';

/** The steps after filing: the rights holder's answer, review, and the two ways a counter-notice ends. */

export interface AnswerInput {
  kind: 'action_filed' | 'response';
  text: string;
  caseReference?: string;
  court?: string;
  documentShas?: string[];
}

/**
 * The rights holder answers. Under a statutory put-back, proof of a court action upholds the
 * takedown at once; otherwise the answer goes to a reviewer, whose clock starts now.
 */
export async function answerCounterNotice(
  db: Database,
  actor: Principal,
  id: string,
  input: AnswerInput,
): Promise<CounterNoticeView> {
  const found = await repo.findById(db, id);
  if (!found) throw AppError.notFound('Counter-notice');
  const { party } = await requireParty(db, actor, found.item_id).catch(() => {
    throw AppError.notFound('Counter-notice');
  });
  if (party !== 'rights_holder')
    throw AppError.forbidden('Only the rights holder or its agent answers a counter-notice');
  if (input.kind === 'action_filed' && !input.caseReference)
    throw AppError.field('/caseReference', 'required', 'proof of a court action needs the case reference');
  const ctxOrgs = await itemContext(db, found.item_id);
  const docErrors = await checkDocumentReferences(
    db,
    (input.documentShas ?? []).map((sha256, i) => ({ pointer: `/documentShas/${i}`, sha256 })),
    [actor.orgId, ...(ctxOrgs ? [ctxOrgs.principal_org_id] : [])],
  );
  if (docErrors.length > 0) throw AppError.validation(docErrors);
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    const cn = await repo.lockById(trx, id);
    const ctx = await itemContext(trx, found.item_id);
    if (!cn || !ctx) throw AppError.notFound('Counter-notice');
    const [answer, clock] = await Promise.all([
      repo.answerOf(trx, id),
      repo.openClock(trx, cn.item_id, ['putback', 'rights_holder_response']),
    ]);
    const refusal = answerRefusal({
      procedure: cn.procedure,
      status: cn.status,
      kind: input.kind,
      hasAnswer: answer !== undefined,
      clockEndsAt: clock?.due_at ?? null,
      now,
    });
    if (refusal) throw refusal;
    await repo.insertAnswer(trx, {
      id: newId(),
      counter_notice_id: id,
      kind: input.kind,
      text: input.text,
      case_reference: input.caseReference ?? null,
      court: input.court ?? null,
      document_shas: JSON.stringify(input.documentShas ?? []),
      answered_by_org: actor.orgId,
      answered_by_user: actor.userId,
      created_at: now,
    });
    const audit: AuditEntry[] = [
      {
        actor: actor.label,
        action: 'counter_notice.answered',
        entityType: 'counter_notice',
        entityId: id,
        data: {
          kind: input.kind,
          caseReference: input.caseReference ?? null,
          documents: input.documentShas?.length ?? 0,
        },
      },
    ];
    if (cn.procedure === 'statutory_putback') {
      audit.push(
        ...(await upholdCounterNotice(trx, cn, ctx, {
          cause: 'court_action_filed',
          reasonCode: 'court_action_filed',
          reasonText: `Court action ${input.caseReference}${input.court ? ` before ${input.court}` : ''}: ${input.text}`,
          decidedByUserId: actor.userId,
          decidedBy: 'rights_holder',
          actorLabel: actor.label,
          now,
        })),
      );
    } else {
      audit.push(...(await sendToReview(trx, cn, ctx, actor.label, now, 'rights holder answered')));
    }
    await notify(trx, {
      orgIds: [ctx.seller_org_id],
      itemId: cn.item_id,
      of: COUNTER_NOTICE_ANSWERED,
      body: {
        counterNoticeId: id,
        kind: input.kind,
        text: input.text,
        caseReference: input.caseReference ?? null,
        path: `/v1/counter-notices/${id}`,
      },
    });
    await appendAudit(trx, audit);
  });
  return getCounterNotice(db, actor, id);
}

/** Hands a counter-notice to the reviewers and starts their clock (escalates when it runs out). */
export async function sendToReview(
  trx: Database,
  cn: CounterNoticeRow,
  ctx: ItemContext,
  actorLabel: string,
  now: Date,
  reason: string,
): Promise<AuditEntry[]> {
  const moved = await repo.moveToReview(trx, cn.id);
  if (!moved) return [];
  const clock = await clockTerms(trx, ctx.jurisdiction, ctx.right_type);
  const cancelled = await cancelDeadlines(trx, {
    itemId: cn.item_id,
    now,
    actorLabel,
    kinds: ['rights_holder_response', 'putback'],
    reason,
  });
  const review = await scheduleDeadline(trx, {
    itemId: cn.item_id,
    kind: 'review_decision',
    subjectId: cn.id,
    party: 'reviewer',
    dueAt: deadlineAfter(now, clock.terms.reviewWindow, clock.calendar),
    now,
    actorLabel,
    data: { procedure: cn.procedure },
  });
  return [
    ...cancelled,
    review.audit,
    {
      actor: actorLabel,
      action: 'counter_notice.in_review',
      entityType: 'counter_notice',
      entityId: cn.id,
      data: { reason },
    },
  ];
}

export interface CloseInput {
  cause: string;
  reasonCode: string | null;
  reasonText: string;
  decidedByUserId: string | null;
  decidedBy: 'reviewer' | 'system' | 'rights_holder';
  actorLabel: string;
  now: Date;
}

/** The takedown stands: the counter-notice closes as upheld, its clocks stop, both parties are told why. */
export async function upholdCounterNotice(
  trx: Database,
  cn: CounterNoticeRow,
  ctx: ItemContext,
  input: CloseInput,
): Promise<AuditEntry[]> {
  const closed = await closeCounterNotice(trx, cn.id, ['open', 'awaiting_review'], {
    status: 'upheld',
    decided_by: input.decidedByUserId,
    decided_at: input.now,
    reason_code: input.reasonCode,
    reason_text: input.reasonText,
  });
  if (!closed) return [];
  const cancelled = await cancelDeadlines(trx, {
    itemId: cn.item_id,
    now: input.now,
    actorLabel: input.actorLabel,
    kinds: COUNTER_NOTICE_CLOCKS,
    reason: 'takedown upheld',
  });
  const outcome = await recordOutcome(trx, ctx, {
    kind: 'upheld',
    counterNoticeId: cn.id,
    counterNoticeSucceeded: false,
    listingRestored: false,
    appealable: true,
    ...input,
  });
  return [...cancelled, ...outcome.audit];
}

/** The counter-notice succeeds: the item is reinstated and the listing restored unless another item holds it. */
export async function reinstateOnCounterNotice(
  trx: Database,
  cn: CounterNoticeRow,
  input: CloseInput,
): Promise<AuditEntry[]> {
  const closed = await closeCounterNotice(trx, cn.id, ['open', 'awaiting_review'], {
    status: 'reinstated',
    decided_by: input.decidedByUserId,
    decided_at: input.now,
    reason_code: input.reasonCode,
    reason_text: input.reasonText,
  });
  if (!closed) return [];
  return (
    (await reinstateItem(trx, cn.item_id, {
      kind: 'reinstated',
      itemState: 'reinstated',
      counterNoticeId: cn.id,
      counterNoticeSucceeded: true,
      ...input,
    })) ?? []
  );
}

/** A reviewer decides a counter-notice in review: reinstate, or uphold the takedown. */
export async function decideCounterNotice(
  db: Database,
  actor: Principal,
  id: string,
  input: { decision: 'reinstate' | 'uphold'; reasonCode: string | null; reasonText: string },
): Promise<CounterNoticeView> {
  if (!(actor.orgKind === 'operator' && hasRole(actor, 'reviewer', 'admin')))
    throw AppError.forbidden('Only operator reviewers decide counter-notices');
  await db.transaction().execute(async (trx) => {
    const now = new Date();
    const cn = await repo.lockById(trx, id);
    if (!cn) throw AppError.notFound('Counter-notice');
    const ctx = await itemContext(trx, cn.item_id);
    if (!ctx) throw AppError.notFound('Notice item');
    const ready =
      cn.status === 'awaiting_review' || (cn.status === 'open' && cn.procedure === 'evidence_review');
    if (!ready)
      throw AppError.conflict(
        `The counter-notice is ${cn.status}; a reviewer decides it once it is in review`,
        { rule: 'counter-notice-in-review', state: cn.status },
      );
    const close: CloseInput = {
      cause: 'reviewer',
      reasonCode: input.reasonCode,
      reasonText: input.reasonText,
      decidedByUserId: actor.userId,
      decidedBy: 'reviewer',
      actorLabel: actor.label,
      now,
    };
    const audit =
      input.decision === 'reinstate'
        ? await reinstateOnCounterNotice(trx, cn, close)
        : await upholdCounterNotice(trx, cn, ctx, close);
    if (audit.length === 0)
      throw new AppError(
        'ALREADY_DECIDED',
        'The counter-notice was decided at the same moment by someone else',
      );
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: `counter_notice.${input.decision === 'reinstate' ? 'granted' : 'rejected'}`,
        entityType: 'counter_notice',
        entityId: id,
        data: { reasonCode: input.reasonCode, reasonText: input.reasonText },
      },
      ...audit,
    ]);
  });
  return getCounterNotice(db, actor, id);
}
