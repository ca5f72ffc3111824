import type { Database } from '../db/database.ts';

/** All SQL of takedowns: the removal context, listing state and snapshots. */

/** Locks the listing so two removals of the same listing (under different rights) serialize. */
export async function lockListing(trx: Database, id: string) {
  return trx.selectFrom('listings').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

export async function markListingRemoved(trx: Database, id: string, now: Date) {
  return trx
    .updateTable('listings')
    .set((eb) => ({ state: 'removed', version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .returning(['version'])
    .executeTakeFirstOrThrow();
}

export async function insertSnapshot(
  trx: Database,
  row: {
    id: string;
    listing_id: string;
    item_id: string;
    snapshot: string;
    sha256: string;
    created_at: Date;
  },
) {
  await trx.insertInto('listing_snapshots').values(row).execute();
}

/** A snapshot taken for a decision that no notice item led to (a store closed, a licence lapsed). */
export async function insertListingSnapshot(
  trx: Database,
  row: { id: string; listing_id: string; snapshot: string; sha256: string; created_at: Date },
) {
  await trx
    .insertInto('listing_snapshots')
    .values({ ...row, item_id: null })
    .execute();
}

/** Where a listing is: its store and marketplace, for a decision about it. */
export async function listingContext(trx: Database, listingId: string) {
  return trx
    .selectFrom('listings as l')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .innerJoin('marketplaces as m', 'm.id', 'l.marketplace_id')
    .select([
      's.id as store_id',
      's.external_id as store_external_id',
      's.name as store_name',
      's.seller_org_id',
      'm.id as marketplace_id',
      'm.code as marketplace_code',
      'm.name as marketplace_name',
      'm.jurisdiction',
    ])
    .where('l.id', '=', listingId)
    .executeTakeFirst();
}

export async function findSnapshot(db: Database, id: string) {
  return db.selectFrom('listing_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Who may read which statements. `all` is operator staff; otherwise a statement is visible when
 * the caller's organisation is the seller of the store, or the principal or filer of the notice.
 */

/** Other items on the listing that still keep it down; a reinstatement must not undo their removal. */
export async function otherRemovedItems(trx: Database, listingId: string, itemId: string | null) {
  const row = await trx
    .selectFrom('notice_items')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('listing_id', '=', listingId)
    .where('state', '=', 'removed')
    .$if(itemId !== null, (qb) => qb.where('id', '<>', itemId as string))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function storeOfListing(trx: Database, listingId: string) {
  return trx
    .selectFrom('listings')
    .innerJoin('stores', 'stores.id', 'listings.store_id')
    .select(['stores.id', 'stores.external_id', 'stores.seller_org_id'])
    .where('listings.id', '=', listingId)
    .executeTakeFirst();
}

export async function markListingActive(trx: Database, id: string, now: Date) {
  return trx
    .updateTable('listings')
    .set((eb) => ({ state: 'active', version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .returning(['version'])
    .executeTakeFirstOrThrow();
}

export async function hasCounterNotice(trx: Database, itemId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('counter_notices')
    .select('id')
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row !== undefined;
}
