import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { DeadlineKind, DeadlineParty } from '../db/schema.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './deadline.repository.ts';

export interface Deadline {
  id: string;
  /** The notice item, when the clock is about one (every item clock is). */
  itemId: string | null;
  /** What the clock is about: a notice item, a listing, a store, a case... */
  target: { type: string; id: string };
  kind: DeadlineKind;
  subjectId: string | null;
  party: DeadlineParty;
  dueAt: Date;
  data: Record<string, unknown>;
  createdAt: Date;
  firedAt: Date | null;
  cancelledAt: Date | null;
  result: string | null;
  failures: number;
  lastError: string | null;
}

type Row = Awaited<ReturnType<typeof repo.deadlinesOfItem>>[number];

export function toDeadline(row: Row): Deadline {
  return {
    id: row.id,
    itemId: row.item_id,
    target: { type: row.target_type, id: row.target_id },
    kind: row.kind,
    subjectId: row.subject_id,
    party: row.party,
    dueAt: row.due_at,
    data: row.data,
    createdAt: row.created_at,
    firedAt: row.fired_at,
    cancelledAt: row.cancelled_at,
    result: row.result,
    failures: row.failures,
    lastError: row.last_error,
  };
}

export interface ScheduleInput {
  /** An item's clock: `target` defaults to the item. */
  itemId?: string | null;
  /** What the clock is about, when it is not an item. */
  target?: { type: string; id: string };
  kind: DeadlineKind;
  /** The counter-notice or appeal the deadline watches, if any. */
  subjectId?: string | null;
  /** Whose move it is until the deadline. */
  party: DeadlineParty;
  dueAt: Date;
  now: Date;
  actorLabel: string;
  /** Frozen terms (procedure, policy versions, what silence means) the firing will apply. */
  data?: Record<string, unknown>;
}

/** A deadline about to be written: the row and the audit entry that records it. */
export interface PlannedDeadline {
  row: repo.DeadlineInsert;
  audit: AuditEntry;
}

/**
 * The row and audit entry of a new clock, without writing them: for a caller that writes the
 * deadline in the same statement as the change that starts it (the reviewer's removal).
 */
export function planDeadline(input: ScheduleInput, id: string = newId()): PlannedDeadline {
  return {
    row: {
      id,
      item_id: input.itemId ?? null,
      target_type: input.target?.type ?? 'notice_item',
      target_id: input.target?.id ?? (input.itemId as string),
      kind: input.kind,
      subject_id: input.subjectId ?? null,
      party: input.party,
      due_at: input.dueAt,
      data: JSON.stringify(input.data ?? {}),
      created_at: input.now,
    },
    audit: {
      actor: input.actorLabel,
      action: 'deadline.scheduled',
      entityType: 'deadline',
      entityId: id,
      data: {
        itemId: input.itemId ?? null,
        target: input.target ?? { type: 'notice_item', id: input.itemId },
        kind: input.kind,
        party: input.party,
        dueAt: input.dueAt.toISOString(),
        subjectId: input.subjectId ?? null,
        ...(input.data ?? {}),
      },
    },
  };
}

/** Starts a clock inside the caller's transaction; returns its audit entry for the caller to append. */
export async function scheduleDeadline(
  trx: Database,
  input: ScheduleInput,
): Promise<{ deadline: Deadline; audit: AuditEntry }> {
  const planned = planDeadline(input);
  const row = await repo.insertDeadline(trx, planned.row);
  return { deadline: toDeadline(row), audit: planned.audit };
}

/** Stops an item's running clocks (some kinds, or all) because the step they waited for happened. */
export async function cancelDeadlines(
  trx: Database,
  input: {
    /** An item's clocks, or those of another `target`. */
    itemId?: string | null;
    target?: { type: string; id: string } | undefined;
    /** Only the clocks watching this counter-notice or appeal. */
    subjectId?: string;
    now: Date;
    actorLabel: string;
    kinds?: readonly DeadlineKind[];
    reason: string;
  },
): Promise<AuditEntry[]> {
  const target = input.itemId ? { type: 'notice_item', id: input.itemId } : input.target;
  if (!target) return [];
  const cancelled = await repo.cancelOpen(trx, target, input.now, input.kinds, input.subjectId);
  return cancelled.map((d) => ({
    actor: input.actorLabel,
    action: 'deadline.cancelled',
    entityType: 'deadline',
    entityId: d.id,
    data: {
      itemId: input.itemId ?? null,
      target,
      kind: d.kind,
      dueAt: d.due_at.toISOString(),
      reason: input.reason,
    },
  }));
}

export async function deadlinesOfItem(db: Database, itemId: string): Promise<Deadline[]> {
  return (await repo.deadlinesOfItem(db, itemId)).map(toDeadline);
}

/** The deadlines of each of several items, by item id (items without any are absent). */
export async function deadlinesOfItems(
  db: Database,
  itemIds: readonly string[],
): Promise<Map<string, Deadline[]>> {
  const byItem = new Map<string, Deadline[]>();
  for (const row of await repo.deadlinesOfItems(db, itemIds)) {
    const deadline = toDeadline(row);
    if (!deadline.itemId) continue;
    const list = byItem.get(deadline.itemId);
    if (list) list.push(deadline);
    else byItem.set(deadline.itemId, [deadline]);
  }
  return byItem;
}

export async function escalatedDeadlines(
  db: Database,
  page: { limit: number; offset: number },
): Promise<Deadline[]> {
  return (await repo.escalated(db, page.limit, page.offset)).map(toDeadline);
}
