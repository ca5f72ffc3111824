import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import type { ItemState } from '../db/schema.ts';
import { type Deadline, deadlinesOfItem } from '../deadlines/index.ts';
import { AppError } from '../errors/app-error.ts';
import { itemContext, moveOf, partyOf } from '../items/index.ts';
import * as repo from './timeline.repository.ts';
import { type Move, orderTimeline, type TimelineEvent, timelineSources } from './timeline.ts';

export interface Timeline {
  itemId: string;
  noticeId: string;
  state: ItemState;
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

export { moveOf };

/** The whole history of an item, with no access check: for operator tools (the CLI) and the API below. */
export async function loadTimeline(db: Database, itemId: string, now = new Date()): Promise<Timeline | null> {
  const item = await repo.noticeOfItem(db, itemId);
  if (!item) return null;
  const [deadlines, ...fromSources] = await Promise.all([
    deadlinesOfItem(db, itemId),
    ...timelineSources().map((source) => source(db, itemId)),
  ]);
  const events: TimelineEvent[] = fromSources.flat();
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
