import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ReferralCriteria, ReferralStatus } from './referral.ts';

/** All SQL of referrals; other modules' tables are only read (for the bundle's sections). */

function casesQuery(db: Database) {
  return db
    .selectFrom('referral_cases as r')
    .innerJoin('stores as s', 's.id', 'r.store_id')
    .innerJoin('marketplaces as m', 'm.id', 'r.marketplace_id')
    .leftJoin('organisations as o', 'o.id', 'r.seller_org_id')
    .select([
      'r.id',
      'r.test_buy_id',
      'r.store_id',
      's.name as store_name',
      's.external_id as store_external_id',
      'r.seller_org_id',
      'o.name as seller_name',
      'r.marketplace_id',
      'm.name as marketplace_name',
      'r.jurisdiction',
      'r.criteria',
      'r.opened_by',
      'r.agency',
      'r.reference_number',
      'r.status',
      'r.arrests',
      'r.value_seized_minor',
      'r.value_currency',
      'r.version',
      'r.created_at',
      'r.updated_at',
      'r.closed_at',
    ]);
}
export type ReferralRow = NonNullable<Awaited<ReturnType<typeof findReferral>>>;

export async function findReferral(db: Database, id: string) {
  return casesQuery(db).where('r.id', '=', id).executeTakeFirst();
}

export async function lockReferral(trx: Database, id: string) {
  return trx
    .selectFrom('referral_cases')
    .select(['id', 'status', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function listReferrals(
  db: Database,
  filter: {
    status?: ReferralStatus | undefined;
    marketplaceId?: string | undefined;
    jurisdiction?: string | undefined;
    month?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  let q = casesQuery(db);
  if (filter.status) q = q.where('r.status', '=', filter.status);
  if (filter.marketplaceId) q = q.where('r.marketplace_id', '=', filter.marketplaceId);
  if (filter.jurisdiction) q = q.where('r.jurisdiction', '=', filter.jurisdiction);
  if (filter.month) {
    const start = new Date(`${filter.month}-01T00:00:00Z`);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    q = q.where('r.created_at', '>=', start).where('r.created_at', '<', end);
  }
  return q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

export async function referralOfTestBuy(db: Database, testBuyId: string) {
  return db.selectFrom('referral_cases').select('id').where('test_buy_id', '=', testBuyId).executeTakeFirst();
}

export async function insertReferral(
  trx: Database,
  row: {
    id: string;
    test_buy_id: string | null;
    store_id: string;
    seller_org_id: string | null;
    marketplace_id: string;
    jurisdiction: string;
    criteria: ReferralCriteria;
    opened_by: string;
    created_at: Date;
    updated_at: Date;
  },
) {
  await trx
    .insertInto('referral_cases')
    .values({ ...row, criteria: JSON.stringify(row.criteria) })
    .execute();
}

export async function updateReferral(
  trx: Database,
  id: string,
  set: {
    agency?: string | null;
    reference_number?: string | null;
    status?: ReferralStatus;
    arrests?: number | null;
    value_seized_minor?: number | null;
    value_currency?: string | null;
    closed_at?: Date | null;
    updated_at: Date;
  },
) {
  await trx
    .updateTable('referral_cases')
    .set({ ...set, version: sql`version + 1` })
    .where('id', '=', id)
    .execute();
}

export async function insertExport(
  trx: Database,
  row: {
    id: string;
    referral_id: string;
    archive_sha256: string;
    manifest_sha256: string;
    key_id: string;
    files: number;
    exported_by: string;
    created_at: Date;
  },
) {
  await trx.insertInto('referral_exports').values(row).execute();
}

export async function exportsOf(db: Database, referralId: string) {
  return db
    .selectFrom('referral_exports')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('created_at', 'desc')
    .execute();
}

// What the bundle's own sections read.

export async function storeOf(db: Database, storeId: string) {
  return db
    .selectFrom('stores as s')
    .innerJoin('marketplaces as m', 'm.id', 's.marketplace_id')
    .leftJoin('organisations as o', 'o.id', 's.seller_org_id')
    .select([
      's.id',
      's.external_id',
      's.name',
      's.seller_org_id',
      'o.name as seller_name',
      's.created_at',
      'm.id as marketplace_id',
      'm.name as marketplace_name',
      'm.jurisdiction',
    ])
    .where('s.id', '=', storeId)
    .executeTakeFirst();
}

export async function identifiersOf(db: Database, storeIds: readonly string[]) {
  if (storeIds.length === 0) return [];
  return db
    .selectFrom('trader_identifiers')
    .select(['store_id', 'kind', 'hash'])
    .where('store_id', 'in', [...storeIds])
    .orderBy('store_id')
    .orderBy('kind')
    .execute();
}

export async function linkedStoresOf(db: Database, storeId: string) {
  return db
    .selectFrom('store_cluster_members as me')
    .innerJoin('store_cluster_members as other', 'other.cluster_id', 'me.cluster_id')
    .innerJoin('stores as s', 's.id', 'other.store_id')
    .innerJoin('marketplaces as m', 'm.id', 's.marketplace_id')
    .leftJoin('organisations as o', 'o.id', 's.seller_org_id')
    .select([
      's.id',
      's.external_id',
      's.name',
      's.seller_org_id',
      'o.name as seller_name',
      'm.name as marketplace_name',
      'me.cluster_id',
    ])
    .where('me.store_id', '=', storeId)
    .where('other.store_id', '<>', storeId)
    .orderBy('s.id')
    .execute();
}

export async function listingsOfStores(db: Database, storeIds: readonly string[]) {
  if (storeIds.length === 0) return [];
  return db
    .selectFrom('listings')
    .select([
      'id',
      'store_id',
      'external_id',
      'url',
      'title',
      'price',
      'currency',
      'quantity',
      'category',
      'ship_from',
      'state',
      'created_at',
      'updated_at',
    ])
    .where('store_id', 'in', [...storeIds])
    .orderBy('store_id')
    .orderBy('id')
    .limit(5000)
    .execute();
}

export async function snapshotsOf(db: Database, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('listing_snapshots')
    .select(['id', 'listing_id', 'snapshot', 'sha256', 'created_at'])
    .where('listing_id', 'in', [...listingIds])
    .orderBy('created_at')
    .execute();
}

export async function noticeItemsOf(db: Database, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('notice_items as i')
    .innerJoin('notices as n', 'n.id', 'i.notice_id')
    .innerJoin('organisations as o', 'o.id', 'n.principal_org_id')
    .select([
      'i.id',
      'i.notice_id',
      'i.listing_id',
      'i.state',
      'i.evidence',
      'n.infringement_type',
      'o.name as brand_name',
      'n.created_at',
    ])
    .where('i.listing_id', 'in', [...listingIds])
    .orderBy('n.created_at')
    .execute();
}

export async function decisionsOfStore(db: Database, storeId: string) {
  return db
    .selectFrom('decisions')
    .select([
      'id',
      'kind',
      'subject_type',
      'subject_id',
      'listing_id',
      'reason_code',
      'reason_text',
      'statement',
      'created_at',
    ])
    .where('store_id', '=', storeId)
    .orderBy('created_at')
    .limit(2000)
    .execute();
}

export async function auditOf(db: Database, entityIds: readonly string[]) {
  if (entityIds.length === 0) return [];
  return db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor', 'action', 'entity_type', 'entity_id', 'data', 'hash'])
    .where('entity_id', 'in', [...entityIds])
    .orderBy('at')
    .limit(5000)
    .execute();
}

export async function documentsByHash(db: Database, shas: readonly string[]) {
  if (shas.length === 0) return [];
  return db
    .selectFrom('documents')
    .select(['sha256', 'media_type', 'size', 'content'])
    .where('sha256', 'in', [...shas])
    .execute();
}
