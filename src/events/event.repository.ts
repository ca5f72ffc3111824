import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { newId } from '../shared/ids.ts';
import { type DomainEvent, type NewEvent, requireDefined } from './event.ts';
import './event.table.ts';

/**
 * For a hot path that writes its events in the same statement as the change (a data-modifying
 * CTE): the SQL of that CTE's insert, reading the events from one jsonb parameter (see
 * eventsParameter). `gate` names a CTE that yields a row only when the change happened.
 */
export function eventsInsertSql(at: string, events: string, gate?: string): string {
  return `insert into events (id, type, subject_type, subject_id, marketplace_id, data, occurred_at)
  select (e.event->>'id')::uuid, e.event->>'type', e.event->>'subject_type', e.event->>'subject_id',
         (e.event->>'marketplace_id')::uuid, e.event->'data', ${at}::timestamptz
    from ${gate ? `${gate}, ` : ''}jsonb_array_elements(${events}::jsonb) as e(event)`;
}

/** The events as the one jsonb parameter eventsInsertSql reads; each gets its id here (or `ids`). */
export function eventsParameter(events: readonly NewEvent[], ids?: readonly string[]): string {
  return JSON.stringify(
    events.map((e, i) => {
      requireDefined(e);
      return {
        id: ids?.[i] ?? e.id ?? newId(),
        type: e.type,
        subject_type: e.subjectType,
        subject_id: e.subjectId,
        marketplace_id: e.marketplaceId ?? null,
        data: e.data,
      };
    }),
  );
}

const appendStatement = prepared<never>('events_append', eventsInsertSql('$1', '$2'));

/**
 * Records events inside the caller's transaction: they exist if and only if the change commits.
 * Returns their ids (a marketplace's webhook delivery of an event has the event's id).
 */
export async function appendEvents(trx: Database, events: readonly NewEvent[]): Promise<string[]> {
  if (events.length === 0) return [];
  const ids = events.map((e) => e.id ?? newId());
  await appendStatement.run(trx, [new Date(), eventsParameter(events, ids)]);
  return ids;
}

/**
 * Numbers committed, unnumbered events under the head's row lock: gapless and in the order the
 * sequencer saw them commit. Two statements in one transaction: the numbering statement starts
 * after the lock is held, so it sees every row an earlier sequencer numbered (one statement would
 * read them through a snapshot taken before it waited for the lock).
 */
const numberStatement = prepared<{ numbered: number }>(
  'events_number',
  `with batch as (
  select e.id, $1::bigint + row_number() over (order by e.id) as seq
    from (select id from events where seq is null order by id limit $2::int) e
),
numbered as (
  update events set seq = batch.seq from batch where events.id = batch.id returning events.seq
),
moved as (
  update event_head set seq = $1::bigint + (select count(*) from numbered) where id = 1
)
select count(*)::int as numbered from numbered`,
);

export async function sequenceEvents(
  db: Database,
  limit = 1000,
): Promise<{ numbered: number; head: number }> {
  return db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('event_head')
      .select('seq')
      .where('id', '=', 1)
      .forNoKeyUpdate()
      .executeTakeFirstOrThrow();
    const numbered = (await numberStatement.first(trx, [head.seq, limit]))?.numbered ?? 0;
    // Numbering is gapless from the locked head: the new head is the old one plus what was numbered.
    return { numbered, head: Number(head.seq) + numbered };
  });
}

/** Locks a subscriber's cursor for this transaction (creating it at the head's start when new). */
export async function lockCursor(
  trx: Database,
  subscriber: string,
  startAt: 'beginning' | 'head',
  options: { exists?: boolean } = {},
): Promise<number> {
  // A cursor this process has seen is never deleted: only a first visit may need to create it.
  if (!options.exists) {
    const start = startAt === 'head' ? sql`(select seq from event_head where id = 1)` : sql`0`;
    await sql`insert into event_cursors (subscriber, seq) values (${subscriber}, ${start})
              on conflict (subscriber) do nothing`.execute(trx);
  }
  const row = await trx
    .selectFrom('event_cursors')
    .select('seq')
    .where('subscriber', '=', subscriber)
    .forNoKeyUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row ? Number(row.seq) : -1;
}

/**
 * Locks the named cursors for this transaction, skipping those another transaction holds (absent
 * from the answer). One statement for a round's subscribers instead of one each.
 */
const lockCursorsStatement = prepared<{ subscriber: string; seq: string }>(
  'event_cursors_lock',
  `select subscriber, seq from event_cursors
    where subscriber in (select jsonb_array_elements_text($1::jsonb))
    for no key update skip locked`,
);

export async function lockCursors(
  trx: Database,
  subscribers: readonly string[],
): Promise<Map<string, number>> {
  const rows = await lockCursorsStatement.run(trx, [JSON.stringify(subscribers)]);
  return new Map(rows.map((r) => [r.subscriber, Number(r.seq)]));
}

/** Moves several locked cursors in one statement (`[subscriber, seq]` pairs). */
const advanceCursorsStatement = prepared<never>(
  'event_cursors_advance',
  `update event_cursors c set seq = (m.value)::bigint, updated_at = $2::timestamptz
     from jsonb_each_text($1::jsonb) m
    where c.subscriber = m.key`,
);

export async function advanceCursors(trx: Database, moves: ReadonlyMap<string, number>): Promise<void> {
  if (moves.size === 0) return;
  await advanceCursorsStatement.run(trx, [JSON.stringify(Object.fromEntries(moves)), new Date()]);
}

export async function advanceCursor(trx: Database, subscriber: string, seq: number): Promise<void> {
  await trx
    .updateTable('event_cursors')
    .set({ seq, updated_at: new Date() })
    .where('subscriber', '=', subscriber)
    .execute();
}

export async function eventsAfter(db: Database, seq: number, limit: number): Promise<DomainEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('seq', '>', String(seq))
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toEvent);
}

export async function eventsOfSubject(db: Database, subjectType: string, subjectId: string) {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map(toEvent);
}

export async function unsequencedCount(db: Database): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('seq', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function hasUnnumbered(db: Database): Promise<boolean> {
  const row = await db.selectFrom('events').select('id').where('seq', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function cursorsBehind(db: Database, head: number) {
  return db
    .selectFrom('event_cursors')
    .select(['subscriber', 'seq'])
    .where('seq', '<', String(head))
    .execute();
}

function toEvent(row: {
  id: string;
  seq: string | null;
  type: string;
  subject_type: string;
  subject_id: string;
  marketplace_id: string | null;
  data: Record<string, unknown>;
  occurred_at: Date;
}): DomainEvent {
  return {
    id: row.id,
    seq: Number(row.seq),
    type: row.type,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    marketplaceId: row.marketplace_id,
    data: row.data,
    occurredAt: row.occurred_at,
  };
}
