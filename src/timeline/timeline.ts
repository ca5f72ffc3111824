import type { TimelineEvent } from './sources.ts';

export {
  registerTimelineSource,
  type TimelineEvent,
  type TimelineFacts,
  type TimelineSource,
  timelineEventKinds,
  timelineSources,
} from './sources.ts';

/** An item's history as one ordered list. Pure. Whose move it is: items/item.clock.ts. */

export { type ClockInput, type Move, type MoveParty, whoseMove } from '../items/item.clock.ts';

import type { Move } from '../items/item.clock.ts';

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
