import type { Expression, SqlBool } from 'kysely';
import type { Database } from '../db/database.ts';

/** All SQL of takedowns: the removal context, listing state, snapshots and statements of reasons. */

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
  return trx.selectFrom('listings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
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

export async function insertStatement(
  trx: Database,
  row: { id: string; item_id: string; listing_id: string; store_id: string; body: string; created_at: Date },
) {
  await trx.insertInto('statements_of_reasons').values(row).execute();
}

export async function findSnapshot(db: Database, id: string) {
  return db.selectFrom('listing_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Who may read which statements. `all` is operator staff; otherwise a statement is visible when
 * the caller's organisation is the seller of the store, or the principal or filer of the notice.
 */
export interface StatementScope {
  all: boolean;
  sellerOrgId: string | null;
  noticeOrgId: string | null;
}

function statementsQuery(db: Database, scope: StatementScope) {
  return db
    .selectFrom('statements_of_reasons as sor')
    .innerJoin('notice_items as item', 'item.id', 'sor.item_id')
    .innerJoin('notices as notice', 'notice.id', 'item.notice_id')
    .innerJoin('stores as store', 'store.id', 'sor.store_id')
    .innerJoin('listings as listing', 'listing.id', 'sor.listing_id')
    .select([
      'sor.id',
      'sor.item_id',
      'sor.listing_id',
      'sor.store_id',
      'sor.body',
      'sor.created_at',
      'notice.id as notice_id',
      'listing.marketplace_id',
      'listing.title as listing_title',
    ])
    .$if(!scope.all, (qb) =>
      qb.where((eb) => {
        const visible: Expression<SqlBool>[] = [];
        if (scope.sellerOrgId) visible.push(eb('store.seller_org_id', '=', scope.sellerOrgId));
        if (scope.noticeOrgId) {
          visible.push(eb('notice.principal_org_id', '=', scope.noticeOrgId));
          visible.push(eb('notice.filer_org_id', '=', scope.noticeOrgId));
        }
        // No visibility at all must match nothing, never everything.
        return visible.length > 0 ? eb.or(visible) : eb.val(false);
      }),
    );
}

export async function listStatements(
  db: Database,
  scope: StatementScope,
  filter: { listingId?: string; limit: number; offset: number },
) {
  let query = statementsQuery(db, scope)
    .orderBy('sor.created_at', 'desc')
    .orderBy('sor.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.listingId) query = query.where('sor.listing_id', '=', filter.listingId);
  return query.execute();
}

export async function findStatement(db: Database, scope: StatementScope, id: string) {
  return statementsQuery(db, scope).where('sor.id', '=', id).executeTakeFirst();
}

/** Other items on the listing that still keep it down; a reinstatement must not undo their removal. */
export async function otherRemovedItems(trx: Database, listingId: string, itemId: string) {
  const row = await trx
    .selectFrom('notice_items')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('listing_id', '=', listingId)
    .where('state', '=', 'removed')
    .where('id', '<>', itemId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
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
