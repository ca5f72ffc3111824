import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { containsPattern } from '../shared/like.ts';

export interface ListingWrite {
  id: string;
  marketplace_id: string;
  external_id: string;
  store_id: string;
  url: string;
  title: string;
  description: string;
  price: string | null;
  currency: string | null;
  quantity: number | null;
  condition: string | null;
  category: string | null;
  ship_from: string | null;
  image_urls: string;
}

/**
 * Inserts or updates listings by (marketplace, external id). An update keeps the takedown state:
 * a marketplace editing a removed listing does not bring it back.
 */
export async function upsertListings(db: Database, rows: ListingWrite[]) {
  if (rows.length === 0) return [];
  const now = new Date();
  return db
    .insertInto('listings')
    .values(rows.map((r) => ({ ...r, updated_at: now })))
    .onConflict((oc) =>
      oc.columns(['marketplace_id', 'external_id']).doUpdateSet((eb) => ({
        store_id: eb.ref('excluded.store_id'),
        url: eb.ref('excluded.url'),
        title: eb.ref('excluded.title'),
        description: eb.ref('excluded.description'),
        price: eb.ref('excluded.price'),
        currency: eb.ref('excluded.currency'),
        quantity: eb.ref('excluded.quantity'),
        condition: eb.ref('excluded.condition'),
        category: eb.ref('excluded.category'),
        ship_from: eb.ref('excluded.ship_from'),
        image_urls: eb.ref('excluded.image_urls'),
        updated_at: now,
        version: sql<number>`listings.version + 1`,
      })),
    )
    .returningAll()
    .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
    .execute();
}

export async function findListing(db: Database, id: string) {
  return db.selectFrom('listings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findListingsByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('listings').selectAll().where('id', 'in', ids).execute();
}

export async function findListingsByExternalIds(
  db: Database,
  pairs: readonly { marketplaceId: string; externalId: string }[],
) {
  if (pairs.length === 0) return [];
  return db
    .selectFrom('listings')
    .selectAll()
    .where((eb) =>
      eb.or(
        pairs.map((p) =>
          eb.and([eb('marketplace_id', '=', p.marketplaceId), eb('external_id', '=', p.externalId)]),
        ),
      ),
    )
    .execute();
}

export async function findListingsByUrls(db: Database, urls: readonly string[]) {
  if (urls.length === 0) return [];
  return db.selectFrom('listings').selectAll().where('url', 'in', urls).execute();
}

export async function searchListings(
  db: Database,
  filter: {
    marketplaceId?: string;
    externalId?: string;
    url?: string;
    q?: string;
    storeId?: string;
    state?: string;
    limit: number;
    offset: number;
  },
) {
  let query = db
    .selectFrom('listings')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.marketplaceId) query = query.where('marketplace_id', '=', filter.marketplaceId);
  if (filter.externalId) query = query.where('external_id', '=', filter.externalId);
  if (filter.url) query = query.where('url', '=', filter.url);
  // Title anywhere (trigram index listings_title_trgm_idx) or the marketplace's own id (exact).
  const q = filter.q;
  if (q)
    query = query.where((eb) => eb.or([eb('title', 'ilike', containsPattern(q)), eb('external_id', '=', q)]));
  if (filter.storeId) query = query.where('store_id', '=', filter.storeId);
  if (filter.state) query = query.where('state', '=', filter.state as 'active' | 'removed');
  return query.execute();
}

/** Keyset page over the whole catalogue by id, for rescans that can resume from a cursor. */
export async function listingsAfter(db: Database, afterId: string | null, limit: number) {
  let query = db.selectFrom('listings').selectAll().orderBy('id').limit(limit);
  if (afterId) query = query.where('id', '>', afterId);
  return query.execute();
}

export async function countListings(db: Database): Promise<number> {
  const row = await db
    .selectFrom('listings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
