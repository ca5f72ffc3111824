import { registerTimelineSource, type TimelineEvent } from '../timeline/sources.ts';
import { deadlineKind } from './deadline.kinds.ts';
import { deadlinesOfItem } from './deadline.service.ts';

/** Every clock of the item: started, ran out, stopped. */
registerTimelineSource(
  'deadlines',
  async (db, itemId) => {
    const events: TimelineEvent[] = [];
    for (const d of await deadlinesOfItem(db, itemId)) {
      const what = deadlineKind(d.kind)?.action ?? d.kind.replaceAll('_', ' ');
      events.push({
        at: d.createdAt.toISOString(),
        kind: 'deadline.scheduled',
        by: 'system',
        title: `Clock started (${d.party}'s move, due ${d.dueAt.toISOString()}): ${what}`,
        facts: { deadline: d.kind, party: d.party, dueAt: d.dueAt.toISOString() },
        reasons: null,
        ref: { type: 'deadline', id: d.id },
      });
      if (d.firedAt)
        events.push({
          at: d.firedAt.toISOString(),
          kind: 'deadline.fired',
          by: 'system',
          title: `Clock ran out (${d.result ?? 'fired'}): ${what}`,
          facts: { deadline: d.kind, party: d.party, ...(d.result ? { result: d.result } : {}) },
          reasons: null,
          ref: { type: 'deadline', id: d.id },
        });
      if (d.cancelledAt)
        events.push({
          at: d.cancelledAt.toISOString(),
          kind: 'deadline.stopped',
          by: 'system',
          title: `Clock stopped: ${what}`,
          facts: { deadline: d.kind, party: d.party },
          reasons: null,
          ref: { type: 'deadline', id: d.id },
        });
    }
    return events;
  },
  ['deadline.scheduled', 'deadline.fired', 'deadline.stopped'],
);
