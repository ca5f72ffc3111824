import type { Database } from '../db/database.ts';
import type { DeadlineKind, DeadlineParty, ItemState } from '../db/schema.ts';
import { type Deadline, deadlineKind, deadlinesOfItem, deadlinesOfItems } from '../deadlines/index.ts';
import '../decisions/decision.table.ts';

/**
 * Whose move it is on a notice item and by when. One function answers it for every view: the item
 * in a notice, the reviewer's item page, `/clock`, the timeline and the queues, so that an item's
 * `awaiting` and its clock cannot disagree.
 */

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

/** Pure: the move, from the item's state and its clocks. */
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
  const next = [...input.openDeadlines].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (input.state === 'info_requested')
    return {
      party: 'rights_holder',
      action: "the rights holder answers the reviewer's question (the review clock is paused)",
      dueAt: next?.party === 'rights_holder' ? next.dueAt.toISOString() : null,
      overdue: next?.party === 'rights_holder' ? next.dueAt.getTime() < input.now.getTime() : false,
    };
  if (!next) return { party: null, action: 'nothing is pending', dueAt: null, overdue: false };
  return {
    party: next.party,
    action: actionOf(next.kind),
    dueAt: next.dueAt.toISOString(),
    overdue: next.dueAt.getTime() < input.now.getTime(),
  };
}

/** The move of an item from its state, SLA and deadlines (all of them: running ones are picked here). */
export function moveOf(state: string, slaDueAt: Date, deadlines: readonly Deadline[], now: Date): Move {
  return whoseMove({
    state,
    slaDueAt,
    openDeadlines: deadlines.filter((d) => !d.firedAt && !d.cancelledAt),
    escalated: deadlines.filter((d) => d.result === 'escalated' && !d.cancelledAt),
    now,
  });
}

export interface ItemClock {
  move: Move;
  /** The latest decision on the item can still be appealed until then (null: no open window). */
  appealableUntil: Date | null;
  /** Something can still happen on the item: a move is due or an appeal window is open. */
  open: boolean;
}

export interface ClockedItem {
  id: string;
  state: ItemState;
  slaDueAt: Date;
}

/** The clocks of several items in two queries (a notice's items, a page of a list). */
export async function clocksOfItems(
  db: Database,
  items: readonly ClockedItem[],
  now = new Date(),
): Promise<Map<string, ItemClock>> {
  const ids = items.map((i) => i.id);
  const [deadlines, windows] = await Promise.all([deadlinesOfItems(db, ids), appealWindows(db, ids, now)]);
  const clocks = new Map<string, ItemClock>();
  for (const item of items) {
    const move = moveOf(item.state, item.slaDueAt, deadlines.get(item.id) ?? [], now);
    const appealableUntil = windows.get(item.id) ?? null;
    clocks.set(item.id, { move, appealableUntil, open: isOpen(item.state, move, appealableUntil) });
  }
  return clocks;
}

export async function clockOfItem(db: Database, item: ClockedItem, now = new Date()): Promise<ItemClock> {
  const move = moveOf(item.state, item.slaDueAt, await deadlinesOfItem(db, item.id), now);
  const appealableUntil = (await appealWindows(db, [item.id], now)).get(item.id) ?? null;
  return { move, appealableUntil, open: isOpen(item.state, move, appealableUntil) };
}

function isOpen(state: ItemState, move: Move, appealableUntil: Date | null): boolean {
  return UNDECIDED.has(state) || move.party !== null || appealableUntil !== null;
}

const UNDECIDED: ReadonlySet<ItemState> = new Set(['pending', 'info_requested']);

/** Items whose latest decision can still be appealed, with the window's end. */
async function appealWindows(
  db: Database,
  itemIds: readonly string[],
  now: Date,
): Promise<Map<string, Date>> {
  if (itemIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('decisions')
    .select(['item_id', 'appealable_until', 'created_at'])
    .where('item_id', 'in', [...itemIds])
    .orderBy('created_at')
    .execute();
  const latest = new Map<string, Date | null>();
  for (const row of rows) if (row.item_id) latest.set(row.item_id, row.appealable_until);
  const open = new Map<string, Date>();
  for (const [itemId, until] of latest) if (until && until.getTime() > now.getTime()) open.set(itemId, until);
  return open;
}
