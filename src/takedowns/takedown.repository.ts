import type { Database } from '../db/database.ts';

/** All SQL of takedowns: the removal context, listing state and snapshots. */

/** Everything a removal needs about one notice item, read in one query inside the decision transaction. */
export async function findRemovalContext(trx: Database, itemId: string) {
  return trx
    .selectFrom('notice_items as item')
    .innerJoin('notices as notice', 'notice.id', 'item.notice_id')
    .innerJoin('rights as right', 'right.id', 'item.right_id')
    .innerJoin('listings as listing', 'listing.id', 'item.listing_id')
    .innerJoin('stores as store', 'store.id', 'listing.store_id')
    .innerJoin('marketplaces as marketplace', 'marketplace.id', 'listing.marketplace_id')
    .innerJoin('organisations as principal', 'principal.id', 'notice.principal_org_id')
    .innerJoin('organisations as filer', 'filer.id', 'notice.filer_org_id')
    .select([
      'item.id as item_id',
      'item.state as item_state',
      'item.evidence as item_evidence',
      'item.listing_id',
      'notice.id as notice_id',
      'notice.infringement_type',
      'notice.explanation',
      'notice.contact',
      'notice.created_at as notice_created_at',
      'right.id as right_id',
      'right.type as right_type',
      'right.name as right_name',
      'right.owner_name as right_owner_name',
      'right.registration_number as right_registration_number',
      'right.office as right_office',
      'right.jurisdiction as right_jurisdiction',
      'right.patent_kind as right_patent_kind',
      'store.id as store_id',
      'store.external_id as store_external_id',
      'store.name as store_name',
      'marketplace.id as marketplace_id',
      'marketplace.code as marketplace_code',
      'marketplace.name as marketplace_name',
      'marketplace.jurisdiction as marketplace_jurisdiction',
      'principal.id as principal_id',
      'principal.name as principal_name',
      'filer.id as filer_id',
      'filer.name as filer_name',
    ])
    .where('item.id', '=', itemId)
    .executeTakeFirst();
}

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
