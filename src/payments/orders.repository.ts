import { sql } from 'kysely';
import { auditInsertSql } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { movementsInsertCtes } from '../ledger/index.ts';

/**
 * The hot path of order ingestion, ONE statement per batch: the idempotency keys (a resent event
 * inserts nothing), the orders with their hold decided set-based (an open notice item or an open
 * detection case on the listing), the proceeds' movements into the store's held or payable account
 * with their pairs of entries, and the batch's audit entry. Whole or absent.
 */
const ingestStatement = prepared<{ external_id: string; hold: string }>(
  'orders_ingest',
  `with input as (
  select x.* from jsonb_to_recordset($2::jsonb) as x(id uuid, external_id text, listing_id uuid,
    store_id uuid, buyer_ref text, amount bigint, currency text)
),
ev as (
  insert into money_events (marketplace_id, external_id, event, store_id, amount, currency, movement_id, created_at)
  select $1::uuid, i.external_id, 'paid', i.store_id, i.amount, i.currency, i.id, $3::timestamptz from input i
  on conflict do nothing
  returning external_id
),
fresh as (
  select i.*,
    (select ni.id from notice_items ni where ni.listing_id = i.listing_id
        and ni.state in ('pending', 'info_requested', 'removed') order by ni.id limit 1) as item_id,
    (select c.id from proactive_cases c where c.listing_id = i.listing_id and c.state = 'open') as case_id
  from input i join ev on ev.external_id = i.external_id
),
o as (
  insert into orders (id, marketplace_id, external_id, listing_id, store_id, buyer_ref, amount, currency,
                      status, hold, hold_item_id, hold_case_id, created_at)
  select f.id, $1::uuid, f.external_id, f.listing_id, f.store_id, f.buyer_ref, f.amount, f.currency, 'paid',
         case when f.item_id is not null or f.case_id is not null then 'held' else 'none' end,
         f.item_id, f.case_id, $3::timestamptz
    from fresh f
  returning id, store_id, amount, currency, hold, external_id
),
src as (
  select o.id, 'order_proceeds'::text as kind, o.currency, o.amount, $6::text as from_account,
         'store:' || o.store_id::text || case when o.hold = 'held' then ':held' else ':payable' end as to_account,
         $1::uuid as marketplace_id, o.store_id, null::uuid as decision_id, $4::text as audit_entity,
         o.external_id as reference, null::uuid as reverses,
         case when o.hold = 'held' then 'Proceeds held: the listing is under an open notice or case'
              else 'Proceeds of a sale' end as memo
    from o
),
${movementsInsertCtes('src', '$3')},
audit as (${auditInsertSql('$3', '$5')})
select o.external_id, o.hold from o`,
);

export interface PaidRow {
  id: string;
  external_id: string;
  listing_id: string;
  store_id: string;
  buyer_ref: string;
  amount: number;
  currency: string;
}

export async function ingestPaid(
  db: Database,
  input: {
    marketplaceId: string;
    rows: readonly PaidRow[];
    at: Date;
    auditEntity: string;
    audit: string;
    settlement: string;
  },
) {
  return ingestStatement.run(db, [
    input.marketplaceId,
    JSON.stringify(input.rows),
    input.at,
    input.auditEntity,
    input.audit,
    input.settlement,
  ]);
}

/** Listings of a marketplace by their external ids or ids, with their store. */
export async function listingsOf(db: Database, marketplaceId: string, externalIds: string[], ids: string[]) {
  if (externalIds.length === 0 && ids.length === 0) return [];
  const { rows } = await sql<{ id: string; external_id: string; store_id: string }>`
    select id, external_id, store_id from listings
     where marketplace_id = ${marketplaceId}
       and (external_id = any(${externalIds}::text[]) or id = any(${ids}::uuid[]))`.execute(db);
  return rows;
}

export async function storesOf(db: Database, marketplaceId: string, externalIds: string[]) {
  if (externalIds.length === 0) return [];
  return db
    .selectFrom('stores')
    .select(['id', 'external_id'])
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', 'in', externalIds)
    .execute();
}

export async function ordersByExternal(db: Database, marketplaceId: string, externalIds: string[]) {
  if (externalIds.length === 0) return [];
  return db
    .selectFrom('orders')
    .selectAll()
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', 'in', externalIds)
    .execute();
}

export async function insertMoneyEvent(
  trx: Database,
  row: {
    marketplace_id: string;
    external_id: string;
    event: 'cancelled' | 'payout';
    store_id: string;
    amount: number;
    currency: string;
    movement_id: string | null;
    created_at: Date;
  },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('money_events')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('external_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function cancelOrder(trx: Database, id: string) {
  await trx.updateTable('orders').set({ status: 'cancelled' }).where('id', '=', id).execute();
}

/** Orders of a listing whose proceeds are held and nothing keeps them held any more. */
export async function releasableOrders(db: Database, listingId: string) {
  const { rows } = await sql<{
    id: string;
    store_id: string;
    marketplace_id: string;
    amount: number;
    currency: string;
  }>`
    select o.id, o.store_id, o.marketplace_id, o.amount, o.currency from orders o
     where o.listing_id = ${listingId} and o.hold in ('held', 'kept') and o.status = 'paid'
       and not exists (select 1 from notice_items ni where ni.listing_id = o.listing_id
                        and ni.state in ('pending', 'info_requested', 'removed'))
       and not exists (select 1 from proactive_cases c where c.listing_id = o.listing_id and c.state = 'open')
     order by o.created_at, o.id`.execute(db);
  return rows;
}

export async function markReleased(trx: Database, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await trx.updateTable('orders').set({ hold: 'released', released_at: at }).where('id', 'in', ids).execute();
}

export async function markKept(trx: Database, listingIds: readonly string[]) {
  if (listingIds.length === 0) return;
  await trx
    .updateTable('orders')
    .set({ hold: 'kept' })
    .where('listing_id', 'in', [...new Set(listingIds)])
    .where('hold', '=', 'held')
    .execute();
}

/** The held orders of a store, with why: the notice item or case, and its latest decision. */
export async function heldOrdersOfStore(db: Database, storeId: string, limit = 200) {
  const { rows } = await sql<{
    id: string;
    external_id: string;
    listing_id: string;
    listing_title: string;
    amount: number;
    currency: string;
    hold: 'held' | 'kept';
    hold_item_id: string | null;
    hold_case_id: string | null;
    decision_id: string | null;
    created_at: Date;
  }>`
    select o.id, o.external_id, o.listing_id, l.title as listing_title, o.amount, o.currency, o.hold,
           o.hold_item_id, o.hold_case_id,
           (select d.id from decisions d where (o.hold_item_id is not null and d.item_id = o.hold_item_id)
                or (o.hold_item_id is null and d.listing_id = o.listing_id)
             order by d.created_at desc limit 1) as decision_id,
           o.created_at
      from orders o join listings l on l.id = o.listing_id
     where o.store_id = ${storeId} and o.hold in ('held', 'kept') and o.status = 'paid'
     order by o.created_at desc limit ${limit}`.execute(db);
  return rows;
}

export async function findOrder(db: Database, marketplaceId: string, externalId: string) {
  return db
    .selectFrom('orders')
    .selectAll()
    .where('marketplace_id', '=', marketplaceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

/** Order count and value per currency of a store (for referral bundles). */
export async function salesOfStore(db: Database, storeId: string) {
  const { rows } = await sql<{ currency: string; orders: number; value: number }>`
    select currency, count(*)::int as orders, sum(amount)::bigint as value from orders
     where store_id = ${storeId} and status = 'paid' group by currency order by currency`.execute(db);
  return rows.map((r) => ({ currency: r.currency, orders: r.orders, value: Number(r.value) }));
}
