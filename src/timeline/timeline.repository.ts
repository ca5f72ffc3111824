import type { Database } from '../db/database.ts';

/** Read-only SQL for an item's history. */

export async function noticeOfItem(db: Database, itemId: string) {
  return db
    .selectFrom('notice_items as item')
    .innerJoin('notices as notice', 'notice.id', 'item.notice_id')
    .select([
      'item.id',
      'item.state',
      'item.sla_due_at',
      'item.decided_at',
      'item.reason_code',
      'item.reason_text',
      'notice.id as notice_id',
      'notice.created_at as filed_at',
      'notice.infringement_type',
      'notice.explanation',
    ])
    .where('item.id', '=', itemId)
    .executeTakeFirst();
}

export async function infoRequests(db: Database, itemId: string) {
  return db
    .selectFrom('info_requests')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('asked_at')
    .execute();
}

export async function statements(db: Database, itemId: string) {
  return db
    .selectFrom('statements_of_reasons')
    .select(['id', 'body', 'created_at'])
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .execute();
}
