import type { Insertable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { CounterNoticeAnswersTable, CounterNoticesTable } from '../db/schema.ts';

/** All SQL of counter-notices and the rights holder's answers. */

export async function insertCounterNotice(trx: Database, row: Insertable<CounterNoticesTable>) {
  return trx.insertInto('counter_notices').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertAnswer(trx: Database, row: Insertable<CounterNoticeAnswersTable>) {
  await trx.insertInto('counter_notice_answers').values(row).execute();
}

export async function findById(db: Database, id: string) {
  return db.selectFrom('counter_notices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockById(trx: Database, id: string) {
  return trx
    .selectFrom('counter_notices')
    .selectAll()
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function findByItem(db: Database, itemId: string) {
  return db.selectFrom('counter_notices').selectAll().where('item_id', '=', itemId).executeTakeFirst();
}

export async function answerOf(db: Database, counterNoticeId: string) {
  return db
    .selectFrom('counter_notice_answers')
    .selectAll()
    .where('counter_notice_id', '=', counterNoticeId)
    .executeTakeFirst();
}

export async function moveToReview(trx: Database, id: string) {
  return trx
    .updateTable('counter_notices')
    .set({ status: 'awaiting_review' })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning(['id'])
    .executeTakeFirst();
}

/** The running clock of an item of the given kinds, if any (at most one runs per kind). */
export async function openClock(
  db: Database,
  itemId: string,
  kinds: ('counter_notice_window' | 'putback' | 'rights_holder_response')[],
) {
  return db
    .selectFrom('deadlines')
    .select(['id', 'kind', 'due_at'])
    .where('item_id', '=', itemId)
    .where('kind', 'in', kinds)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .orderBy('due_at')
    .executeTakeFirst();
}

/** The seller's window, running or fired: its due time is the deadline that passes. */
export async function windowClock(db: Database, itemId: string) {
  return db
    .selectFrom('deadlines')
    .select(['id', 'due_at', 'fired_at', 'cancelled_at'])
    .where('item_id', '=', itemId)
    .where('kind', '=', 'counter_notice_window')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** A document referenced by a counter-notice or its answer, for the parties to download. */
export async function documentContent(db: Database, sha256: string) {
  return db
    .selectFrom('documents')
    .select(['content', 'media_type', 'size'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

/** Locks the item's counter-notice, if any, so an outcome and a deadline firing serialize on it. */
export async function lockCounterNoticeOfItem(trx: Database, itemId: string) {
  return trx
    .selectFrom('counter_notices')
    .selectAll()
    .where('item_id', '=', itemId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function closeCounterNotice(
  trx: Database,
  id: string,
  from: readonly string[],
  patch: {
    status: 'reinstated' | 'upheld' | 'withdrawn';
    decided_by: string | null;
    decided_at: Date;
    reason_code: string | null;
    reason_text: string;
  },
) {
  return trx
    .updateTable('counter_notices')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', [...(from as ('open' | 'awaiting_review')[])])
    .returning(['id'])
    .executeTakeFirst();
}
