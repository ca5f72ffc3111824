import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DeadlineKind, DeadlineParty } from '../db/schema.ts';

/** All SQL of durable deadlines. */

/** A new deadline row (`data` as JSON text). */
export interface DeadlineInsert {
  id: string;
  item_id: string | null;
  target_type: string;
  target_id: string;
  kind: DeadlineKind;
  subject_id: string | null;
  party: DeadlineParty;
  due_at: Date;
  data: string;
  created_at: Date;
}

export async function insertDeadline(trx: Database, row: DeadlineInsert) {
  return trx.insertInto('deadlines').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Cancels the open deadlines of an item (optionally only some kinds); returns what it cancelled. */
export async function cancelOpen(
  trx: Database,
  target: { type: string; id: string },
  now: Date,
  kinds?: readonly DeadlineKind[],
  subjectId?: string,
) {
  let query = trx
    .updateTable('deadlines')
    .set({ cancelled_at: now })
    .where('target_type', '=', target.type)
    .where('target_id', '=', target.id)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null);
  if (kinds && kinds.length > 0) query = query.where('kind', 'in', [...kinds]);
  if (subjectId) query = query.where('subject_id', '=', subjectId);
  return query.returning(['id', 'kind', 'due_at']).execute();
}

/**
 * Claims the earliest due deadline nobody else holds. The row lock lasts until the caller's
 * transaction ends, so another worker (another process) skips it instead of firing it again.
 */
export async function claimNextDue(trx: Database, now: Date) {
  return trx
    .selectFrom('deadlines')
    .selectAll()
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('due_at', '<=', now)
    .where((eb) => eb.or([eb('retry_at', 'is', null), eb('retry_at', '<=', now)]))
    .orderBy('due_at')
    .orderBy('id')
    .limit(1)
    .forNoKeyUpdate()
    .skipLocked()
    .executeTakeFirst();
}

/** Fires a deadline only if nobody has: the conditional update is the exactly-once guard. */
export async function markFired(trx: Database, id: string, now: Date, result: string) {
  return trx
    .updateTable('deadlines')
    .set({ fired_at: now, result, last_error: null, retry_at: null })
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .returning(['id'])
    .executeTakeFirst();
}

export async function recordFailure(db: Database, id: string, error: string, retryAt: Date) {
  await db
    .updateTable('deadlines')
    .set((eb) => ({ failures: eb('failures', '+', 1), last_error: error, retry_at: retryAt }))
    .where('id', '=', id)
    .where('fired_at', 'is', null)
    .execute();
}

export async function deadlinesOfItem(db: Database, itemId: string) {
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .orderBy('due_at')
    .execute();
}

/** The deadlines of several items at once (a notice's items, a page of a list). */
export async function deadlinesOfItems(db: Database, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where('item_id', 'in', [...itemIds])
    .orderBy('created_at')
    .orderBy('due_at')
    .execute();
}

/** Deadlines that fired as escalations while the thing they watched is still undecided. */
export async function escalated(db: Database, limit: number, offset: number) {
  return db
    .selectFrom('deadlines')
    .selectAll()
    .where('result', '=', 'escalated')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('kind', '=', 'review_decision'),
          eb.exists(
            eb
              .selectFrom('counter_notices')
              .select(sql.lit(1).as('one'))
              .whereRef('counter_notices.id', '=', 'deadlines.subject_id')
              .where('counter_notices.status', '=', 'awaiting_review'),
          ),
        ]),
        eb.and([
          eb('kind', '=', 'appeal_decision'),
          eb.exists(
            eb
              .selectFrom('appeals')
              .select(sql.lit(1).as('one'))
              .whereRef('appeals.id', '=', 'deadlines.subject_id')
              .where('appeals.status', '=', 'open'),
          ),
        ]),
      ]),
    )
    .orderBy('due_at')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function setResult(trx: Database, id: string, result: string) {
  await trx.updateTable('deadlines').set({ result }).where('id', '=', id).execute();
}

/** Whether the counter-notice or appeal a reviewer clock watches is still waiting for a decision. */
