import type { AuditEntry } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import { deadlineAfter } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import {
  cancelDeadlines,
  DEADLINE_ACTOR,
  moot,
  registerDeadlineKind,
  scheduleDeadline,
} from '../deadlines/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { decisionPartsOf, itemContext, transitionItem } from '../items/index.ts';
import { notify } from '../notifications/index.ts';
import { clockTerms, currentPolicy, DEFAULT_INFO_REQUEST } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { ITEM_INFO_REQUESTED } from './review.notifications.ts';
import * as repo from './review.repository.ts';

/**
 * A reviewer's question to the rights holder: it is told (a notification), it has a deadline from
 * the review policy, and silence has a defined outcome: the notice is rejected for missing
 * information, as a decision with its statement that the rights holder can appeal.
 */
export const INFO_REQUEST_ANSWER = 'info_request_answer';
export const INFO_NOT_PROVIDED = 'information_not_provided';

export async function askRightsHolder(
  trx: Database,
  actor: Principal,
  itemId: string,
  question: string,
  now: Date,
): Promise<AuditEntry[]> {
  const ctx = await itemContext(trx, itemId);
  if (!ctx) throw AppError.notFound('Notice item');
  const requestId = newId();
  await repo.insertInfoRequest(trx, { id: requestId, item_id: itemId, question, asked_by: actor.userId });
  const policy = (await currentPolicy(trx, 'review_sla')).body.infoRequest ?? DEFAULT_INFO_REQUEST;
  const clock = await clockTerms(trx, ctx.jurisdiction, ctx.right_type);
  const dueAt = deadlineAfter(now, policy.window, clock.calendar);
  const deadline = await scheduleDeadline(trx, {
    itemId,
    kind: INFO_REQUEST_ANSWER,
    subjectId: requestId,
    party: 'rights_holder',
    dueAt,
    now,
    actorLabel: actor.label,
    data: { window: policy.window, onSilence: policy.onSilence },
  });
  await notify(trx, {
    orgIds: [ctx.principal_org_id, ctx.filer_org_id],
    itemId,
    of: ITEM_INFO_REQUESTED,
    body: {
      itemId,
      noticeId: ctx.notice_id,
      question,
      answerBy: dueAt.toISOString(),
      onSilence: 'Without an answer by then, the notice is rejected for missing information.',
    },
    now,
  });
  return [
    {
      actor: actor.label,
      action: 'item.info_requested',
      entityType: 'notice_item',
      entityId: itemId,
      data: { question, clockPausedAt: now.toISOString(), answerBy: dueAt.toISOString() },
    },
    deadline.audit,
  ];
}

/** The question was answered: its clock stops. */
export async function closeQuestion(trx: Database, itemId: string, actorLabel: string, now: Date) {
  return cancelDeadlines(trx, { itemId, now, actorLabel, kinds: [INFO_REQUEST_ANSWER], reason: 'answered' });
}

/** A notice item rejected: the decision, with its statement to the notifier (and the seller). */
export async function recordRejection(
  trx: Database,
  input: {
    itemId: string;
    reasonCode: string | null;
    reasonText: string;
    decidedBy: { kind: 'reviewer' | 'system'; userId: string | null; label: string };
    now: Date;
  },
) {
  const ctx = await itemContext(trx, input.itemId);
  if (!ctx) throw AppError.notFound('Notice item');
  const id = newId();
  const decision = await recordDecision(trx, {
    ...decisionPartsOf(ctx),
    id,
    kind: 'notice_rejection',
    reasonCode: input.reasonCode,
    reasonText: input.reasonText,
    automated: { detection: false, decision: false },
    decidedBy: input.decidedBy,
    now: input.now,
  });
  return { id, audit: decision.audit };
}

registerDeadlineKind({
  kind: INFO_REQUEST_ANSWER,
  action:
    "the rights holder answers the reviewer's question, or the notice is rejected for missing information",
  async fire(trx, deadline, now) {
    if (!deadline.itemId) return moot('no item');
    const moved = await transitionItem(
      trx,
      deadline.itemId,
      'info_requested',
      'rejected',
      {
        decided_by: null,
        decided_at: now,
        reason_code: INFO_NOT_PROVIDED,
        reason_text: 'The rights holder did not answer the reviewer’s question in time.',
        paused_at: null,
      },
      now,
    );
    if (!moved) return moot('the question was answered or the item decided');
    const decision = await recordRejection(trx, {
      itemId: deadline.itemId,
      reasonCode: INFO_NOT_PROVIDED,
      reasonText:
        'The reviewer asked the rights holder for information needed to decide the notice, and no answer came before the deadline.',
      decidedBy: { kind: 'system', userId: null, label: DEADLINE_ACTOR },
      now,
    });
    return {
      result: 'rejected',
      audit: [
        {
          actor: DEADLINE_ACTOR,
          action: 'item.rejected',
          entityType: 'notice_item',
          entityId: deadline.itemId,
          data: { reasonCode: INFO_NOT_PROVIDED, decisionId: decision.id },
        },
        ...decision.audit,
      ],
    };
  },
});
