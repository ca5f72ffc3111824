import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { escalatedDeadlines } from '../deadlines/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { can, clockOfItem, itemState, rejectPendingItem, transitionItem } from '../items/index.ts';
import { getListing, listingFromSnapshot } from '../listings/index.ts';
import { expeditedPolicy, misuseOutcomesOfItem } from '../notifiers/index.ts';
import { findRightById } from '../rights/index.ts';
import { decideRemoval } from '../takedowns/index.ts';
import { provisionalOf } from './provisional.ts';
import { claimedByAnother, claimHolder, releaseForDecision } from './review.claims.ts';
import { askRightsHolder, closeQuestion, recordRejection } from './review.questions.ts';
import * as repo from './review.repository.ts';
import type { DecisionResult } from './review.schema.ts';

export type { DecisionResult } from './review.schema.ts';

import { DEFAULT_REMOVAL_REASON, type DecisionInput, resumedDeadline } from './review.ts';

export function requireReviewer(actor: Principal): void {
  if (!(actor.orgKind === 'operator' && (actor.roles.has('reviewer') || actor.roles.has('admin')))) {
    throw AppError.forbidden('Only operator reviewers work the review queue');
  }
}

/** The review queue: pending items, earliest deadline first. */
export async function reviewQueue(
  db: Database,
  actor: Principal,
  filter: {
    limit: number;
    offset: number;
    marketplaceId?: string;
    infringementType?: string;
    overdueOnly?: boolean;
    kind?: repo.QueueKind;
    claim?: repo.ClaimFilter;
  },
) {
  requireReviewer(actor);
  const now = new Date();
  const { claim, ...rest } = filter;
  const rows = await repo.queue(db, {
    ...rest,
    now,
    ...(claim ? { claim: { filter: claim, userId: actor.userId } } : {}),
  });
  return rows.map((r) => ({
    kind: r.kind,
    subjectId: r.subject_id,
    itemId: r.id,
    noticeId: r.notice_id,
    infringementType: r.infringement_type,
    principalName: r.principal_name,
    right: { type: r.right_type, name: r.right_name },
    listing: {
      id: r.listing_id,
      marketplaceId: r.marketplace_id,
      title: r.listing_title,
      url: r.listing_url,
    },
    filedAt: r.created_at.toISOString(),
    slaDueAt: r.sla_due_at.toISOString(),
    dueAt: r.due_at.toISOString(),
    overdue: r.due_at.getTime() < now.getTime(),
    claim:
      r.claim_user_id && r.claim_expires_at
        ? {
            userId: r.claim_user_id,
            name: r.claim_user_name ?? '',
            expiresAt: r.claim_expires_at.toISOString(),
          }
        : null,
    priority: r.priority,
    goodFaith: r.good_faith,
    trustedFlagger: r.trusted_flagger,
    expedited: r.expedited,
  }));
}

/**
 * Everything about one item side by side: the notice, the right, the evidence, the listing as it is
 * now and as it was archived, questions and answers, the decision. Each party sees its own items.
 */
export async function itemDetail(db: Database, actor: Principal, id: string) {
  const item = await repo.findItem(db, id);
  await can(db, actor, 'read', item);
  if (!item) throw AppError.notFound('Notice item');
  const [
    right,
    listing,
    infoRequests,
    snapshots,
    clock,
    claim,
    misuse,
    provisional,
    expedited,
    counterNoticeId,
  ] = await Promise.all([
    findRightById(db, item.right_id),
    getListing(db, actor, item.listing_id),
    repo.infoRequestsOf(db, id),
    repo.snapshotsOf(db, id),
    clockOfItem(db, { id: item.id, state: item.state, slaDueAt: item.sla_due_at }),
    // Who works on the item is the operator's business: the parties see no reviewer's name.
    item.state === 'pending' && actor.orgKind === 'operator' ? claimHolder(db, id) : null,
    misuseOutcomesOfItem(db, id),
    item.expedited === 'provisional' ? provisionalOf(db, id) : null,
    item.letter ? expeditedPolicy(db) : null,
    repo.counterNoticeIdOf(db, id),
  ]);
  // The seller sees which agent, for which brand, the scope and the expiry; the letter itself only
  // where policy allows it.
  const seesDocument =
    actor.orgKind === 'operator' ||
    actor.orgId === item.principal_org_id ||
    actor.orgId === item.filer_org_id ||
    expedited?.body.sellerSeesLetterDocument === true;
  const letter = item.letter
    ? { ...item.letter, authorizationSha256: seesDocument ? item.letter.authorizationSha256 : null }
    : null;
  return {
    id: item.id,
    noticeId: item.notice_id,
    state: item.state,
    awaiting: clock.move.party,
    dueAt: clock.move.dueAt,
    slaDueAt: item.sla_due_at.toISOString(),
    pausedAt: item.paused_at ? item.paused_at.toISOString() : null,
    notice: {
      id: item.notice_id,
      principalOrgId: item.principal_org_id,
      filerOrgId: item.filer_org_id,
      infringementType: item.infringement_type,
      contact: item.contact,
      explanation: item.notice_explanation,
      filedAt: item.notice_created_at.toISOString(),
      goodFaith: item.good_faith,
      trustedFlagger: item.trusted_flagger,
      letter,
    },
    expedited: item.expedited,
    provisional,
    counterNoticeId,
    right,
    evidence: item.evidence.map((e) => ({ ...e, downloadPath: `/v1/documents/${e.documentSha256}` })),
    listing,
    snapshots: snapshots.map((s) => ({
      id: s.id,
      sha256: s.sha256,
      takenAt: s.created_at.toISOString(),
      listing: listingFromSnapshot(s.snapshot as Record<string, unknown>),
    })),
    infoRequests: infoRequests.map((r) => ({
      id: r.id,
      question: r.question,
      askedAt: r.asked_at.toISOString(),
      answer: r.answer,
      answerDocumentShas: r.answer_document_shas,
      answeredAt: r.answered_at ? r.answered_at.toISOString() : null,
    })),
    decision: item.decided_at
      ? {
          decidedBy: item.decided_by,
          decidedAt: item.decided_at.toISOString(),
          reasonCode: item.reason_code,
          reasonText: item.reason_text,
        }
      : null,
    version: item.version,
    claim,
    notifierSanctions: misuse,
  };
}

/**
 * A reviewer decides one item. The conditional state transition inside the transaction is the
 * arbiter: of two reviewers deciding at once, exactly one wins and the other gets a 409.
 */
export async function decideItem(
  db: Database,
  actor: Principal,
  id: string,
  input: DecisionInput,
): Promise<DecisionResult> {
  requireReviewer(actor);
  if (input.decision === 'remove') return removeItem(db, actor, id, input);
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const audit: AuditEntry[] = [];
    let result: DecisionResult;
    await releaseForDecision(trx, actor, id, now);
    // The conditional update decides; only when it moved nothing do we read why.
    const refused = async () => {
      const state = await itemState(trx, id);
      return state === null ? AppError.notFound('Notice item') : alreadyDecided(state);
    };
    if (input.decision === 'request_info') {
      const moved = await transitionItem(trx, id, 'pending', 'info_requested', { paused_at: now }, now);
      if (!moved) throw await refused();
      audit.push(...(await askRightsHolder(trx, actor, id, input.question, now)));
      result = {
        id,
        state: moved.state,
        awaiting: 'rights_holder',
        slaDueAt: moved.sla_due_at.toISOString(),
        decision: null,
        statementId: null,
        snapshotSha256: null,
      };
    } else {
      const moved = await rejectPendingItem(
        trx,
        id,
        { decided_by: actor.userId, decided_at: now, reason_text: input.reasonText },
        input.reasonCode,
        DEFAULT_REMOVAL_REASON,
      );
      if (!moved) throw await refused();
      const reasonCode = moved.reason_code;
      const decision = await recordRejection(trx, {
        itemId: id,
        reasonCode,
        reasonText: input.reasonText,
        decidedBy: { kind: 'reviewer', userId: actor.userId, label: actor.label },
        now,
      });
      audit.push(
        {
          actor: actor.label,
          action: 'item.rejected',
          entityType: 'notice_item',
          entityId: id,
          data: { reasonCode, reasonText: input.reasonText, decisionId: decision.id },
        },
        ...decision.audit,
      );
      result = {
        id,
        state: 'rejected',
        awaiting: null,
        slaDueAt: moved.sla_due_at.toISOString(),
        decision: {
          decidedBy: actor.userId,
          decidedAt: now.toISOString(),
          reasonCode,
          reasonText: input.reasonText,
        },
        statementId: decision.id,
        snapshotSha256: null,
      };
    }
    await appendAudit(trx, audit);
    return result;
  });
}

/**
 * The removal: the item's transition and every effect of the takedown in one statement (see
 * takedowns' decideRemoval), which is what lets the hottest decision skip an explicit transaction.
 */
async function removeItem(
  db: Database,
  actor: Principal,
  id: string,
  input: Extract<DecisionInput, { decision: 'remove' }>,
): Promise<DecisionResult> {
  const removal = await decideRemoval(db, {
    itemId: id,
    decidedByUserId: actor.userId,
    actorLabel: actor.label,
    reasonText: input.reasonText,
    automated: { detection: false, decision: false },
    reasonCodeFor: (claim) => input.reasonCode ?? DEFAULT_REMOVAL_REASON[claim],
    decisionAudit: (reasonCode) => ({
      actor: actor.label,
      action: 'item.removed',
      entityType: 'notice_item',
      entityId: id,
      data: { reasonCode, reasonText: input.reasonText },
    }),
  });
  // The removal leaves the claim row behind: it no longer matters, as only pending items are claimed
  // and queued (deleting it would put review's table into takedowns' one statement).
  if (removal.outcome === 'claimed') throw claimedByAnother(removal.claim);
  if (removal.outcome === 'refused')
    throw removal.state === null ? AppError.notFound('Notice item') : alreadyDecided(removal.state);
  return {
    id,
    state: 'removed',
    awaiting: null,
    slaDueAt: removal.slaDueAt.toISOString(),
    decision: {
      decidedBy: actor.userId,
      decidedAt: removal.decidedAt.toISOString(),
      reasonCode: removal.reasonCode,
      reasonText: input.reasonText,
    },
    statementId: removal.statementId,
    snapshotSha256: removal.snapshotSha256,
  };
}

function alreadyDecided(state: string): AppError {
  if (state === 'info_requested')
    return new AppError('ALREADY_DECIDED', 'The item is waiting for the rights holder to answer a question', {
      extra: { state },
    });
  return new AppError(
    'ALREADY_DECIDED',
    `The item was already decided (${state}); another reviewer may have decided it first`,
    { extra: { state } },
  );
}

/** The rights holder (or its agent) answers a reviewer's question; the review clock resumes. */
export async function answerInfoRequest(
  db: Database,
  actor: Principal,
  id: string,
  input: { answer: string; documentShas?: string[] },
) {
  const item = await repo.findItem(db, id);
  const party = await can(db, actor, 'read', item);
  if (!item || party !== 'rights_holder') throw AppError.notFound('Notice item');
  await can(db, actor, 'act_for_notifier', item);
  const docErrors = await checkDocumentReferences(
    db,
    (input.documentShas ?? []).map((sha256, i) => ({ pointer: `/documentShas/${i}`, sha256 })),
    [actor.orgId, item.principal_org_id],
  );
  if (docErrors.length > 0) throw AppError.validation(docErrors);
  await db.transaction().execute(async (trx) => {
    const current = await repo.findItem(trx, id);
    if (!current || current.state !== 'info_requested' || !current.paused_at) {
      throw AppError.conflict(
        `The item is ${current?.state ?? 'gone'}; there is no open question to answer`,
        {
          rule: 'open-question',
        },
      );
    }
    const now = new Date();
    const due = resumedDeadline(current.sla_due_at, current.paused_at, now);
    const moved = await transitionItem(
      trx,
      id,
      'info_requested',
      'pending',
      { paused_at: null, sla_due_at: due },
      now,
    );
    if (!moved)
      throw AppError.conflict('The question was answered at the same moment by someone else', {
        rule: 'answered-concurrently',
      });
    await repo.answerOpenInfoRequest(trx, id, {
      answer: input.answer,
      answer_document_shas: JSON.stringify(input.documentShas ?? []),
      answered_by: actor.userId,
    });
    await appendAudit(trx, [
      ...(await closeQuestion(trx, id, actor.label, now)),
      {
        actor: actor.label,
        action: 'item.info_provided',
        entityType: 'notice_item',
        entityId: id,
        data: { slaDueAt: due.toISOString() },
      },
    ]);
  });
  return itemDetail(db, actor, id);
}

export interface SupervisorEntry {
  /** The item, when the overdue work is about one (an appeal of a proactive removal is not). */
  itemId: string | null;
  target: { type: string; id: string };
  reason: 'review_overdue' | 'counter_notice_review_overdue' | 'appeal_overdue';
  /** The counter-notice or appeal waiting for a decision, when that is what is overdue. */
  subjectId: string | null;
  dueAt: string;
}

/**
 * The supervisor queue (operator admins): every decision that missed its clock. Overdue notices
 * are derived from their review deadline; counter-notice reviews and appeals arrive here when the
 * deadline worker escalates them, and leave when a reviewer decides.
 */
export async function supervisorQueue(
  db: Database,
  actor: Principal,
  page: { limit: number; offset: number },
): Promise<SupervisorEntry[]> {
  if (!(actor.orgKind === 'operator' && actor.roles.has('admin')))
    throw AppError.forbidden('The supervisor queue is for operator admins (supervisors)');
  const window = { limit: page.limit + page.offset, offset: 0 };
  const [overdue, escalated] = await Promise.all([
    repo.queue(db, { ...window, overdueOnly: true, now: new Date() }),
    escalatedDeadlines(db, window),
  ]);
  const entries: SupervisorEntry[] = [
    ...overdue.map((r) => ({
      itemId: r.id,
      target: { type: 'notice_item', id: r.id },
      reason: 'review_overdue' as const,
      subjectId: null,
      dueAt: r.sla_due_at.toISOString(),
    })),
    ...escalated.map((d) => ({
      itemId: d.itemId,
      target: d.target,
      reason:
        d.kind === 'appeal_decision'
          ? ('appeal_overdue' as const)
          : ('counter_notice_review_overdue' as const),
      subjectId: d.subjectId,
      dueAt: d.dueAt.toISOString(),
    })),
  ];
  return entries.sort((a, b) => a.dueAt.localeCompare(b.dueAt)).slice(page.offset, page.offset + page.limit);
}
