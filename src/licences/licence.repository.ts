import type { Insertable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { LicenceRestrictionsTable, LicenceStatus, LicencesTable } from './licence.table.ts';

/** All SQL of the licences module. Rows out, never domain types. */

const LICENCE_COLUMNS = [
  'licences.id',
  'licences.store_id',
  'licences.seller_org_id',
  'licences.category',
  'licences.jurisdiction',
  'licences.issuer',
  'licences.licence_number',
  'licences.valid_from',
  'licences.valid_until',
  'licences.document_sha256',
  'licences.status',
  'licences.decision_id',
  'licences.decided_at',
  'licences.decided_by',
  'licences.uploaded_by',
  'licences.created_at',
  'stores.external_id as store_external_id',
  'stores.name as store_name',
  'marketplaces.id as marketplace_id',
  'marketplaces.code as marketplace_code',
  'marketplaces.name as marketplace_name',
  'marketplaces.jurisdiction as marketplace_jurisdiction',
  'decisions.kind as decision_kind',
  'decisions.reason_text as decision_reason',
] as const;

function licencesWithContext(db: Database) {
  return db
    .selectFrom('licences')
    .innerJoin('stores', 'stores.id', 'licences.store_id')
    .innerJoin('marketplaces', 'marketplaces.id', 'stores.marketplace_id')
    .leftJoin('decisions', 'decisions.id', 'licences.decision_id')
    .select(LICENCE_COLUMNS);
}

export type LicenceRow = NonNullable<Awaited<ReturnType<typeof findLicence>>>;

export async function findLicence(db: Database, id: string) {
  return licencesWithContext(db).where('licences.id', '=', id).executeTakeFirst();
}

/** Locks the licence row for a decision (two reviewers never both decide it). */
export async function lockLicence(trx: Database, id: string) {
  return trx
    .selectFrom('licences')
    .select(['id', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export interface LicenceScope {
  all: boolean;
  sellerOrgId: string | null;
  marketplaceId: string | null;
}

export async function listLicences(
  db: Database,
  scope: LicenceScope,
  filter: {
    status?: LicenceStatus | 'expired' | undefined;
    storeId?: string | undefined;
    today: string;
    limit: number;
    offset: number;
  },
) {
  let query = licencesWithContext(db);
  if (!scope.all) {
    if (scope.sellerOrgId) query = query.where('licences.seller_org_id', '=', scope.sellerOrgId);
    else if (scope.marketplaceId) query = query.where('stores.marketplace_id', '=', scope.marketplaceId);
    else return [];
  }
  if (filter.storeId) query = query.where('licences.store_id', '=', filter.storeId);
  if (filter.status === 'expired')
    query = query.where('licences.status', '=', 'verified').where('licences.valid_until', '<', filter.today);
  else if (filter.status === 'verified')
    query = query.where('licences.status', '=', 'verified').where('licences.valid_until', '>=', filter.today);
  else if (filter.status) query = query.where('licences.status', '=', filter.status);
  // The reviewers' queue is oldest first; everything else newest first.
  query =
    filter.status === 'pending'
      ? query.orderBy('licences.created_at', 'asc').orderBy('licences.id', 'asc')
      : query.orderBy('licences.created_at', 'desc').orderBy('licences.id', 'desc');
  return query.limit(filter.limit).offset(filter.offset).execute();
}

/** A store with its marketplace, for an upload (who may, which jurisdiction). */
export async function storeWithMarketplace(db: Database, storeId: string) {
  return db
    .selectFrom('stores')
    .innerJoin('marketplaces', 'marketplaces.id', 'stores.marketplace_id')
    .select([
      'stores.id',
      'stores.external_id',
      'stores.name',
      'stores.seller_org_id',
      'marketplaces.id as marketplace_id',
      'marketplaces.code as marketplace_code',
      'marketplaces.name as marketplace_name',
      'marketplaces.jurisdiction',
    ])
    .where('stores.id', '=', storeId)
    .executeTakeFirst();
}

export async function marketplaceOf(db: Database, marketplaceId: string) {
  return db
    .selectFrom('marketplaces')
    .select(['id', 'code', 'name', 'jurisdiction'])
    .where('id', '=', marketplaceId)
    .executeTakeFirst();
}

export async function insertLicence(trx: Database, row: Insertable<LicencesTable>) {
  await trx.insertInto('licences').values(row).execute();
}

/** Decides a pending licence; null when it is no longer pending (another reviewer was first). */
export async function decideLicence(
  trx: Database,
  id: string,
  from: LicenceStatus,
  change: { status: LicenceStatus; decisionId: string; at: Date; by: string },
) {
  return trx
    .updateTable('licences')
    .set({
      status: change.status,
      decision_id: change.decisionId,
      decided_at: change.at,
      decided_by: change.by,
    })
    .where('id', '=', id)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
}

/** The verified licences of some stores in some categories (validity by date is the caller's rule). */
export async function verifiedLicencesOf(
  db: Database,
  storeIds: readonly string[],
  categories: readonly string[],
) {
  if (storeIds.length === 0 || categories.length === 0) return [];
  return db
    .selectFrom('licences')
    .select(['id', 'store_id', 'category', 'jurisdiction', 'status', 'valid_from', 'valid_until'])
    .where('store_id', 'in', [...new Set(storeIds)])
    .where('category', 'in', [...new Set(categories)])
    .where('status', '=', 'verified')
    .execute();
}

/** The store's active listings that have a category (the caller matches it against the policy). */
export async function activeCategorisedListings(db: Database, storeId: string) {
  return db
    .selectFrom('listings')
    .select(['id', 'category'])
    .where('store_id', '=', storeId)
    .where('state', '=', 'active')
    .where('category', 'is not', null)
    .orderBy('id')
    .execute();
}

export async function insertRestriction(trx: Database, row: Insertable<LicenceRestrictionsTable>) {
  await trx.insertInto('licence_restrictions').values(row).execute();
}

export async function openRestrictions(db: Database, storeId: string, category: string) {
  return db
    .selectFrom('licence_restrictions')
    .selectAll()
    .where('store_id', '=', storeId)
    .where('category', '=', category)
    .where('lifted_at', 'is', null)
    .orderBy('created_at')
    .forUpdate()
    .execute();
}

export async function liftRestriction(trx: Database, id: string, licenceId: string, at: Date) {
  await trx
    .updateTable('licence_restrictions')
    .set({ lifted_at: at, lifted_by_licence_id: licenceId })
    .where('id', '=', id)
    .execute();
}

export async function restrictionsOfListings(db: Database, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('licence_restrictions')
    .selectAll()
    .where('listing_id', 'in', [...listingIds])
    .execute();
}

/** An appeal reversed the restriction itself (the listing did not need the licence). */
export async function liftRestrictionOfDecision(trx: Database, decisionId: string, at: Date) {
  await trx
    .updateTable('licence_restrictions')
    .set({ lifted_at: at })
    .where('decision_id', '=', decisionId)
    .where('lifted_at', 'is', null)
    .execute();
}
