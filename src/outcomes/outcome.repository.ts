import type { Database } from '../db/database.ts';
import type { ItemState, OutcomeKind } from '../db/schema.ts';

/** All SQL of outcomes, item parties and notifications. */

/** One item with its parties, listing, jurisdiction and right type: what every outcome needs. */
export async function itemContext(db: Database, itemId: string) {
  return db
    .selectFrom('notice_items as item')
    .innerJoin('notices as notice', 'notice.id', 'item.notice_id')
    .innerJoin('rights as right', 'right.id', 'item.right_id')
    .innerJoin('listings as listing', 'listing.id', 'item.listing_id')
    .innerJoin('stores as store', 'store.id', 'listing.store_id')
    .innerJoin('marketplaces as marketplace', 'marketplace.id', 'listing.marketplace_id')
    .select([
      'item.id',
      'item.notice_id',
      'item.state',
      'item.listing_id',
      'item.reason_code',
      'item.reason_text',
      'item.decided_by',
      'item.decided_at',
      'item.created_at',
      'notice.principal_org_id',
      'notice.filer_org_id',
      'notice.infringement_type',
      'store.seller_org_id',
      'marketplace.jurisdiction',
      'marketplace.name as marketplace_name',
      'right.type as right_type',
      'listing.title as listing_title',
      'listing.url as listing_url',
    ])
    .where('item.id', '=', itemId)
    .executeTakeFirst();
}

export type ItemContext = NonNullable<Awaited<ReturnType<typeof itemContext>>>;

/** Conditional state change: only one of two concurrent outcomes moves the item. */
export async function transitionItem(
  trx: Database,
  id: string,
  from: ItemState,
  to: ItemState,
  now: Date,
  decision?: { decided_by: string | null; reason_code: string | null; reason_text: string },
) {
  return trx
    .updateTable('notice_items')
    .set((eb) => ({
      state: to,
      updated_at: now,
      version: eb('version', '+', 1),
      ...(decision ? { ...decision, decided_at: now } : {}),
    }))
    .where('id', '=', id)
    .where('state', '=', from)
    .returning(['id', 'state'])
    .executeTakeFirst();
}

export async function insertOutcome(
  trx: Database,
  row: {
    id: string;
    item_id: string;
    kind: OutcomeKind;
    cause: string;
    counter_notice_id: string | null;
    appeal_id: string | null;
    principal_org_id: string;
    filer_org_id: string;
    seller_org_id: string | null;
    original_reason_code: string | null;
    reason_code: string | null;
    reason_text: string;
    counter_notice_succeeded: boolean;
    listing_restored: boolean;
    decided_by: string | null;
    statement: string;
    created_at: Date;
  },
) {
  await trx.insertInto('outcomes').values(row).execute();
}

export async function insertNotifications(
  trx: Database,
  rows: {
    id: string;
    org_id: string;
    item_id: string | null;
    kind: string;
    body: string;
    created_at: Date;
  }[],
) {
  if (rows.length > 0) await trx.insertInto('notifications').values(rows).execute();
}

export async function outcomesOfItem(db: Database, itemId: string) {
  return db.selectFrom('outcomes').selectAll().where('item_id', '=', itemId).orderBy('created_at').execute();
}

export async function latestOutcome(db: Database, itemId: string) {
  return db
    .selectFrom('outcomes')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function notificationsOf(
  db: Database,
  orgIds: string[],
  page: { limit: number; offset: number; itemId?: string },
) {
  let query = db
    .selectFrom('notifications')
    .selectAll()
    .where('org_id', 'in', orgIds)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset);
  if (page.itemId) query = query.where('item_id', '=', page.itemId);
  return query.execute();
}

export async function openItemsOfNotice(trx: Database, noticeId: string) {
  return trx
    .selectFrom('notice_items')
    .select(['id', 'state'])
    .where('notice_id', '=', noticeId)
    .where('state', 'in', ['pending', 'info_requested', 'removed'])
    .orderBy('position')
    .execute();
}

export async function noticeParties(db: Database, noticeId: string) {
  return db
    .selectFrom('notices')
    .select(['id', 'principal_org_id', 'filer_org_id'])
    .where('id', '=', noticeId)
    .executeTakeFirst();
}

/** Locks the item's counter-notice, if any, so an outcome and a deadline firing serialize on it. */
export async function lockCounterNoticeOfItem(trx: Database, itemId: string) {
  return trx
    .selectFrom('counter_notices')
    .selectAll()
    .where('item_id', '=', itemId)
    .forUpdate()
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
