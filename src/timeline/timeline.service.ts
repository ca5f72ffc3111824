import { appealsOfItem } from '../appeals/index.ts';
import type { Principal } from '../auth/principal.ts';
import { counterNoticeOfItem } from '../counter-notices/index.ts';
import type { Database } from '../db/database.ts';
import { type Deadline, deadlinesOfItem } from '../deadlines/index.ts';
import { AppError } from '../errors/app-error.ts';
import { describeCause, itemContext, outcomesOfItem, partyOf } from '../outcomes/index.ts';
import * as repo from './timeline.repository.ts';
import { type Move, orderTimeline, type TimelineEvent, whoseMove } from './timeline.ts';

export interface Timeline {
  itemId: string;
  noticeId: string;
  state: string;
  move: Move;
  deadlines: {
    id: string;
    kind: string;
    party: string;
    dueAt: string;
    status: 'running' | 'fired' | 'cancelled';
    result: string | null;
  }[];
  events: TimelineEvent[];
}

const DEADLINE_TITLES: Record<Deadline['kind'], string> = {
  counter_notice_window: "the seller's counter-notice window",
  putback: 'the put-back clock',
  rights_holder_response: "the rights holder's time to answer",
  review_decision: "the reviewer's time to decide the counter-notice",
  appeal_decision: "the reviewer's time to decide the appeal",
};

/** Whose move it is on an item, derived from its state and its clocks. */
export function moveOf(state: string, slaDueAt: Date, deadlines: readonly Deadline[], now: Date): Move {
  return whoseMove({
    state,
    slaDueAt,
    openDeadlines: deadlines.filter((d) => !d.firedAt && !d.cancelledAt),
    escalated: deadlines.filter((d) => d.result === 'escalated' && !d.cancelledAt),
    now,
  });
}

/** The whole history of an item, with no access check: for operator tools (the CLI) and the API below. */
export async function loadTimeline(db: Database, itemId: string, now = new Date()): Promise<Timeline | null> {
  const item = await repo.noticeOfItem(db, itemId);
  if (!item) return null;
  const [questions, statements, counterNotice, deadlines, outcomes, appeals] = await Promise.all([
    repo.infoRequests(db, itemId),
    repo.statements(db, itemId),
    counterNoticeOfItem(db, itemId),
    deadlinesOfItem(db, itemId),
    outcomesOfItem(db, itemId),
    appealsOfItem(db, itemId),
  ]);
  const events: TimelineEvent[] = [
    {
      at: item.filed_at.toISOString(),
      kind: 'notice.filed',
      by: 'rights_holder',
      title: `Notice filed (${item.infringement_type.replace('_', ' ')})`,
      reasons: item.explanation,
      ref: { type: 'notice', id: item.notice_id },
    },
  ];
  for (const q of questions) {
    events.push({
      at: q.asked_at.toISOString(),
      kind: 'review.info_requested',
      by: 'reviewer',
      title: 'Reviewer asked the rights holder for information',
      reasons: q.question,
      ref: null,
    });
    if (q.answered_at)
      events.push({
        at: q.answered_at.toISOString(),
        kind: 'review.info_provided',
        by: 'rights_holder',
        title: 'Rights holder answered',
        reasons: q.answer,
        ref: null,
      });
  }
  for (const s of statements) {
    const reason = (s.body as { reason?: { code?: string | null; text?: string } }).reason;
    events.push({
      at: s.created_at.toISOString(),
      kind: 'decision.removed',
      by: 'reviewer',
      title: `Listing removed${reason?.code ? ` (${reason.code})` : ''}; statement of reasons issued to the seller`,
      reasons: reason?.text ?? null,
      ref: { type: 'statement_of_reasons', id: s.id },
    });
  }
  if (item.state === 'rejected' && item.decided_at) {
    events.push({
      at: item.decided_at.toISOString(),
      kind: 'decision.rejected',
      by: 'reviewer',
      title: `Notice rejected${item.reason_code ? ` (${item.reason_code})` : ''}`,
      reasons: item.reason_text,
      ref: null,
    });
  }
  // A rejection later reversed on appeal is no longer on the item row; the appeal remembers it.
  for (const a of appeals) {
    if (a.decision.kind === 'rejection')
      events.push({
        at: a.decision.at,
        kind: 'decision.rejected',
        by: 'reviewer',
        title: 'Notice rejected',
        reasons: null,
        ref: null,
      });
  }
  if (counterNotice) {
    events.push({
      at: counterNotice.filedAt,
      kind: 'counter_notice.filed',
      by: 'seller',
      title: `Counter-notice filed (${counterNotice.grounds.join(', ')}; procedure ${counterNotice.procedure.replaceAll('_', ' ')})`,
      reasons: counterNotice.explanation,
      ref: { type: 'counter_notice', id: counterNotice.id },
    });
    if (counterNotice.answer) {
      events.push({
        at: counterNotice.answer.answeredAt,
        kind: `counter_notice.${counterNotice.answer.kind}`,
        by: 'rights_holder',
        title:
          counterNotice.answer.kind === 'action_filed'
            ? `Rights holder showed a court action (${counterNotice.answer.caseReference ?? 'no reference'})`
            : 'Rights holder answered the counter-notice',
        reasons: counterNotice.answer.text,
        ref: { type: 'counter_notice', id: counterNotice.id },
      });
    }
  }
  for (const d of deadlines) {
    const title = DEADLINE_TITLES[d.kind];
    events.push({
      at: d.createdAt.toISOString(),
      kind: 'deadline.scheduled',
      by: 'system',
      title: `Clock started: ${title}, due ${d.dueAt.toISOString()} (${d.party}'s move)`,
      reasons: null,
      ref: { type: 'deadline', id: d.id },
    });
    if (d.firedAt)
      events.push({
        at: d.firedAt.toISOString(),
        kind: 'deadline.fired',
        by: 'system',
        title: `Clock ran out: ${title} (${d.result ?? 'fired'})`,
        reasons: null,
        ref: { type: 'deadline', id: d.id },
      });
    if (d.cancelledAt)
      events.push({
        at: d.cancelledAt.toISOString(),
        kind: 'deadline.stopped',
        by: 'system',
        title: `Clock stopped: ${title}`,
        reasons: null,
        ref: { type: 'deadline', id: d.id },
      });
  }
  for (const a of appeals) {
    events.push({
      at: a.filedAt,
      kind: 'appeal.filed',
      by: a.appellant.party,
      title: `Appeal filed against the ${a.decision.kind.replaceAll('_', ' ')}`,
      reasons: a.grounds,
      ref: { type: 'appeal', id: a.id },
    });
  }
  for (const o of outcomes) {
    const by =
      o.statement.decidedBy === 'reviewer'
        ? 'reviewer'
        : o.statement.decidedBy === 'rights_holder'
          ? 'rights_holder'
          : 'system';
    events.push({
      at: o.createdAt,
      kind: `outcome.${o.kind}`,
      by,
      title: `${o.statement.title} (${describeCause(o.cause)})`,
      reasons: o.reasonText,
      ref: { type: 'outcome', id: o.id },
    });
  }
  const state = item.state;
  return {
    itemId,
    noticeId: item.notice_id,
    state,
    move: moveOf(state, item.sla_due_at, deadlines, now),
    deadlines: deadlines.map((d) => ({
      id: d.id,
      kind: d.kind,
      party: d.party,
      dueAt: d.dueAt.toISOString(),
      status: d.firedAt ? 'fired' : d.cancelledAt ? 'cancelled' : 'running',
      result: d.result,
    })),
    events: orderTimeline(events),
  };
}

/** The timeline for one of the item's parties; anyone else is told it does not exist. */
export async function itemTimeline(db: Database, actor: Principal, itemId: string): Promise<Timeline> {
  const ctx = await itemContext(db, itemId);
  if (!ctx || !(await partyOf(db, actor, ctx))) throw AppError.notFound('Notice item');
  const timeline = await loadTimeline(db, itemId);
  if (!timeline) throw AppError.notFound('Notice item');
  return timeline;
}

export async function itemClock(db: Database, actor: Principal, itemId: string) {
  const ctx = await itemContext(db, itemId);
  if (!ctx || !(await partyOf(db, actor, ctx))) throw AppError.notFound('Notice item');
  const item = await repo.noticeOfItem(db, itemId);
  if (!item) throw AppError.notFound('Notice item');
  return {
    itemId,
    state: item.state,
    ...moveOf(item.state, item.sla_due_at, await deadlinesOfItem(db, itemId), new Date()),
  };
}
