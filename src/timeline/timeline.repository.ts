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
