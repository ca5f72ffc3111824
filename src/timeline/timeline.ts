import type { DeadlineKind, DeadlineParty } from '../db/schema.ts';
import { deadlineKind } from '../deadlines/deadline.kinds.ts';
import type { TimelineEvent } from './sources.ts';

export {
  registerTimelineSource,
  type TimelineEvent,
  type TimelineSource,
  timelineSources,
} from './sources.ts';

/** Whose move it is on an item and by when, and its history as one ordered list. Pure. */

export type MoveParty = DeadlineParty | 'supervisor';

export interface Move {
  party: MoveParty | null;
  action: string;
  dueAt: string | null;
  overdue: boolean;
}

export interface ClockInput {
  state: string;
  slaDueAt: Date;
  openDeadlines: readonly { kind: DeadlineKind; party: DeadlineParty; dueAt: Date }[];
  /** Reviewer clocks that ran out while the decision is still pending. */
  escalated: readonly { kind: DeadlineKind; dueAt: Date }[];
  now: Date;
}

/** What the waiting party must do, as the module that owns the clock registered it. */
function actionOf(kind: DeadlineKind): string {
  return deadlineKind(kind)?.action ?? kind.replaceAll('_', ' ');
}

export function whoseMove(input: ClockInput): Move {
  const escalation = [...input.escalated].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (escalation) {
    return {
      party: 'supervisor',
      action: `overdue: ${actionOf(escalation.kind)}; escalated to the supervisor queue`,
      dueAt: escalation.dueAt.toISOString(),
      overdue: true,
    };
  }
  if (input.state === 'pending') {
    const overdue = input.slaDueAt.getTime() < input.now.getTime();
    return {
      party: overdue ? 'supervisor' : 'reviewer',
      action: overdue
        ? 'overdue: a reviewer decides the notice; escalated to the supervisor queue'
        : 'a reviewer decides the notice',
      dueAt: input.slaDueAt.toISOString(),
      overdue,
    };
  }
  if (input.state === 'info_requested')
    return {
      party: 'rights_holder',
      action: "the rights holder answers the reviewer's question (the review clock is paused)",
      dueAt: null,
      overdue: false,
    };
  const next = [...input.openDeadlines].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (!next) return { party: null, action: 'nothing is pending', dueAt: null, overdue: false };
  return {
    party: next.party,
    action: actionOf(next.kind),
    dueAt: next.dueAt.toISOString(),
    overdue: next.dueAt.getTime() < input.now.getTime(),
  };
}

/** Events in time order; at equal times the order given is kept (cause before effect). */
export function orderTimeline(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.index - b.index)
    .map(({ event }) => event);
}

export function timelineText(timeline: {
  itemId: string;
  state: string;
  move: Move;
  events: readonly TimelineEvent[];
}): string {
  const lines = [
    `Item ${timeline.itemId} (${timeline.state})`,
    `Next: ${timeline.move.party ?? 'nobody'}: ${timeline.move.action}${timeline.move.dueAt ? ` by ${timeline.move.dueAt}` : ''}${timeline.move.overdue ? ' [OVERDUE]' : ''}`,
    '',
  ];
  for (const e of timeline.events) {
    lines.push(`${e.at}  ${e.by.padEnd(13)} ${e.title}`);
    if (e.reasons) lines.push(`${' '.repeat(39)}reasons: ${e.reasons}`);
  }
  return lines.join('\n');
}
