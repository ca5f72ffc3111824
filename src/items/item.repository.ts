import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { type ItemState, requireTransition } from './item.ts';

/**
 * All SQL that reads an item with its context or writes its state. This module owns
 * `notice_items.state`: every move goes through transitionItem (or the hot path's SQL below,
 * built here), checked against ITEM_TRANSITIONS.
 */

/** One item with everything a decision about it needs: notice, right, listing, store, marketplace, parties. */
export async function itemContext(db: Database, itemId: string) {
  return db
    .selectFrom('notice_items as item')
    .innerJoin('notices as notice', 'notice.id', 'item.notice_id')
    .innerJoin('rights as right', 'right.id', 'item.right_id')
    .innerJoin('listings as listing', 'listing.id', 'item.listing_id')
    .innerJoin('stores as store', 'store.id', 'listing.store_id')
    .innerJoin('marketplaces as marketplace', 'marketplace.id', 'listing.marketplace_id')
    .innerJoin('organisations as principal', 'principal.id', 'notice.principal_org_id')
    .innerJoin('organisations as filer', 'filer.id', 'notice.filer_org_id')
    .select([
      'item.id',
      'item.notice_id',
      'item.state',
      'item.listing_id',
      'item.right_id',
      'item.evidence',
      'item.sla_due_at',
      'item.paused_at',
      'item.reason_code',
      'item.reason_text',
      'item.decided_by',
      'item.decided_at',
      'item.created_at',
      'notice.principal_org_id',
      'notice.filer_org_id',
      'notice.infringement_type',
      'notice.contact',
      'notice.explanation as notice_explanation',
      'notice.created_at as notice_created_at',
      'right.type as right_type',
      'right.name as right_name',
      'right.owner_name as right_owner_name',
      'right.registration_number as right_registration_number',
      'right.office as right_office',
      'right.jurisdiction as right_jurisdiction',
      'right.patent_kind as right_patent_kind',
      'listing.external_id as listing_external_id',
      'listing.title as listing_title',
      'listing.url as listing_url',
      'listing.created_at as listing_created_at',
      'listing.state as listing_state',
      'store.id as store_id',
      'store.external_id as store_external_id',
      'store.name as store_name',
      'store.seller_org_id',
      'marketplace.id as marketplace_id',
      'marketplace.code as marketplace_code',
      'marketplace.name as marketplace_name',
      'marketplace.jurisdiction',
      'principal.name as principal_name',
      'filer.name as filer_name',
    ])
    .where('item.id', '=', itemId)
    .executeTakeFirst();
}

export type ItemContext = NonNullable<Awaited<ReturnType<typeof itemContext>>>;

export interface ItemPatch {
  decided_by?: string | null;
  decided_at?: Date;
  reason_code?: string | null;
  reason_text?: string | null;
  paused_at?: Date | null;
  sla_due_at?: Date;
}

/**
 * Moves an item from one state to another only if it is still in `from`: the conditional update is
 * what makes two concurrent deciders unable to both win (the loser updates no row and gets null).
 */
export async function transitionItem(
  db: Database,
  id: string,
  from: ItemState,
  to: ItemState,
  patch: ItemPatch = {},
  now = new Date(),
) {
  requireTransition(from, to);
  return db
    .updateTable('notice_items')
    .set((eb) => ({ ...patch, state: to, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('state', '=', from)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The reviewer's rejection with the reason code defaulted in SQL from the notice's claim when the
 * reviewer gave none: one statement instead of reading the item first.
 */
export async function rejectPendingItem(
  db: Database,
  id: string,
  patch: { decided_by: string | null; decided_at: Date; reason_text: string },
  reasonCode: string | undefined,
  defaultReasonByClaim: Readonly<Record<string, string>>,
) {
  requireTransition('pending', 'rejected');
  const fallback = sql<string>`case (select n.infringement_type from notices n where n.id = notice_items.notice_id) ${sql.join(
    Object.entries(defaultReasonByClaim).map(([claim, code]) => sql`when ${claim} then ${code}`),
    sql` `,
  )} end`;
  return db
    .updateTable('notice_items')
    .set((eb) => ({
      ...patch,
      state: 'rejected' as const,
      reason_code: reasonCode === undefined ? fallback : reasonCode,
      updated_at: patch.decided_at,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

/**
 * For the reviewer's removal, written as one statement with its effects (takedowns): the CTE that
 * moves the item from pending to removed while `lockedCte` yields the locked listing. Parameters
 * are the caller's positional ones: item, now, decided_by, reason code, reason text.
 */
export function removePendingItemSql(p: {
  item: string;
  now: string;
  decidedBy: string;
  reasonCode: string;
  reasonText: string;
  lockedCte: string;
}): string {
  requireTransition('pending', 'removed');
  return `update notice_items
     set state = 'removed', decided_by = ${p.decidedBy}::uuid, decided_at = ${p.now}::timestamptz,
         reason_code = ${p.reasonCode}::text, reason_text = ${p.reasonText}::text, updated_at = ${p.now}::timestamptz,
         version = version + 1
   where id = ${p.item}::uuid and state = 'pending' and exists (select 1 from ${p.lockedCte})
  returning id`;
}

export async function itemState(db: Database, id: string): Promise<ItemState | null> {
  const row = await db.selectFrom('notice_items').select('state').where('id', '=', id).executeTakeFirst();
  return row?.state ?? null;
}
