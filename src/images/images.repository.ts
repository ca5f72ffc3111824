import { type Insertable, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { OPEN_ITEM_STATES } from '../notices/index.ts';
import './images.table.ts';
import type { ImageMatchesTable, ImageReferencesTable, ListingImagesTable } from './images.table.ts';
import { hashColumns, probesFor } from './images.ts';

export async function insertReference(db: Database, row: Insertable<ImageReferencesTable>) {
  return db
    .insertInto('image_references')
    .values(row)
    .onConflict((oc) => oc.columns(['right_id', 'document_sha256']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function findReference(db: Database, rightId: string, sha256: string) {
  return db
    .selectFrom('image_references')
    .selectAll()
    .where('right_id', '=', rightId)
    .where('document_sha256', '=', sha256)
    .executeTakeFirst();
}

export async function referencesOfRight(db: Database, rightId: string) {
  return db
    .selectFrom('image_references')
    .selectAll()
    .where('right_id', '=', rightId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export interface NearReference {
  id: string;
  org_id: string;
  right_id: string;
  document_sha256: string;
  distance: number;
}

function distanceSql(hex: string) {
  const { words } = hashColumns(hex);
  return sql<number>`(bit_count((h0 # ${String(words[0])}::int8)::bit(64)) + bit_count((h1 # ${String(words[1])}::int8)::bit(64)) + bit_count((h2 # ${String(words[2])}::int8)::bit(64)) + bit_count((h3 # ${String(words[3])}::int8)::bit(64)))::int`;
}

/**
 * Every indexed reference within `distance` bits of the hash, exactly: the multi-index probes
 * (one `= any(...)` per chunk column, each served by its partial index, combined by a bitmap OR)
 * give the candidates, the exact distance filters them.
 */
export async function referencesNear(db: Database, hex: string, distance: number, limit = 200) {
  const probes = probesFor(hex, distance);
  const dist = distanceSql(hex);
  const anyChunk = sql.join(
    probes.map((values, i) => sql`${sql.ref(`c${i}`)} = any(${`{${values.join(',')}}`}::int[])`),
    sql` or `,
  );
  const result = await sql<NearReference>`
    select id, org_id, right_id, document_sha256, ${dist} as distance
    from image_references
    where indexed and (${anyChunk}) and ${dist} <= ${distance}
    order by distance, id
    limit ${limit}`.execute(db);
  return result.rows;
}

/** The same answer by reading every indexed row: the reference the bench compares against. */
export async function referencesNearByScan(db: Database, hex: string, distance: number, limit = 200) {
  const dist = distanceSql(hex);
  const result = await sql<NearReference>`
    select id, org_id, right_id, document_sha256, ${dist} as distance
    from image_references
    where indexed and ${dist} <= ${distance}
    order by distance, id
    limit ${limit}`.execute(db);
  return result.rows;
}

export async function imageHosts(db: Database, marketplaceId: string): Promise<string[]> {
  const row = await db
    .selectFrom('marketplace_image_hosts')
    .select('hosts')
    .where('marketplace_id', '=', marketplaceId)
    .executeTakeFirst();
  return row?.hosts ?? [];
}

export async function setImageHosts(db: Database, marketplaceId: string, hosts: readonly string[]) {
  await db
    .insertInto('marketplace_image_hosts')
    .values({ marketplace_id: marketplaceId, hosts: JSON.stringify(hosts), updated_at: new Date() })
    .onConflict((oc) =>
      oc.column('marketplace_id').doUpdateSet({ hosts: JSON.stringify(hosts), updated_at: new Date() }),
    )
    .execute();
}

/**
 * A listing's image URLs, by position: a new URL (or a new position) starts pending; an unchanged
 * URL keeps its row, hash and matches. Positions beyond the new list are left as they were.
 */
export async function enqueueUrls(db: Database, rows: readonly Insertable<ListingImagesTable>[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('listing_images')
    .values(rows as Insertable<ListingImagesTable>[])
    .onConflict((oc) =>
      oc
        .columns(['listing_id', 'position'])
        .doUpdateSet((eb) => ({
          id: eb.ref('excluded.id'),
          source: eb.ref('excluded.source'),
          url: eb.ref('excluded.url'),
          status: eb.ref('excluded.status'),
          reason: eb.ref('excluded.reason'),
          attempts: 0,
          next_attempt_at: eb.ref('excluded.next_attempt_at'),
          sha256: null,
          pdq: null,
          pdq_mirrored: null,
          quality: null,
          width: null,
          height: null,
          format: null,
          hashed_at: null,
          updated_at: new Date(),
        }))
        .where((eb) =>
          eb.or([
            eb('listing_images.url', 'is', null),
            eb('listing_images.url', '!=', eb.ref('excluded.url')),
            eb('listing_images.source', '!=', eb.ref('excluded.source')),
          ]),
        ),
    )
    .execute();
}

/** An image pushed as bytes replaces whatever was at its position. */
export async function upsertUpload(db: Database, row: Insertable<ListingImagesTable>) {
  return db
    .insertInto('listing_images')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['listing_id', 'position']).doUpdateSet((eb) => ({
        id: eb.ref('excluded.id'),
        source: eb.ref('excluded.source'),
        url: null,
        status: eb.ref('excluded.status'),
        reason: eb.ref('excluded.reason'),
        attempts: eb.ref('excluded.attempts'),
        next_attempt_at: null,
        sha256: eb.ref('excluded.sha256'),
        pdq: eb.ref('excluded.pdq'),
        pdq_mirrored: eb.ref('excluded.pdq_mirrored'),
        quality: eb.ref('excluded.quality'),
        width: eb.ref('excluded.width'),
        height: eb.ref('excluded.height'),
        format: eb.ref('excluded.format'),
        hashed_at: eb.ref('excluded.hashed_at'),
        updated_at: new Date(),
      })),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Claims due pending images (leased: the lease is the next attempt time), skipping others' claims. */
export async function claimDueImages(db: Database, now: Date, leaseUntil: Date, limit: number) {
  return db
    .updateTable('listing_images')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('listing_images')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forNoKeyUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

/** Records an attempt's outcome, only if the row is still the one claimed (same id and attempt). */
export async function settleImage(
  db: Database,
  id: string,
  attempts: number,
  fields: Partial<Omit<ListingImagesTable, 'id' | 'created_at' | 'attempts'>>,
) {
  return db
    .updateTable('listing_images')
    .set({ ...fields, updated_at: new Date() })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .returningAll()
    .executeTakeFirst();
}

export async function imagesOfListing(db: Database, listingId: string) {
  return db
    .selectFrom('listing_images')
    .selectAll()
    .where('listing_id', '=', listingId)
    .orderBy('position')
    .execute();
}

export async function replaceMatches(
  db: Database,
  listingImageId: string,
  matches: readonly Insertable<ImageMatchesTable>[],
) {
  await db.deleteFrom('image_matches').where('listing_image_id', '=', listingImageId).execute();
  if (matches.length > 0)
    await db
      .insertInto('image_matches')
      .values(matches as Insertable<ImageMatchesTable>[])
      .execute();
}

const matchColumns = [
  'm.listing_image_id',
  'm.reference_id',
  'm.listing_id',
  'm.right_id',
  'm.org_id',
  'm.distance',
  'm.transformation',
  'm.created_at',
  'r.document_sha256 as reference_sha256',
  'r.label as reference_label',
  'li.position',
  'li.url as image_url',
  'li.source as image_source',
  'li.sha256 as image_sha256',
  'l.store_id',
  'l.title as listing_title',
  'l.state as listing_state',
  'l.marketplace_id',
  's.external_id as store_external_id',
  's.name as store_name',
  'lt.sha256 as image_thumbnail',
  'rt.sha256 as reference_thumbnail',
] as const;

function matchQuery(db: Database) {
  return db
    .selectFrom('image_matches as m')
    .innerJoin('image_references as r', 'r.id', 'm.reference_id')
    .innerJoin('listing_images as li', 'li.id', 'm.listing_image_id')
    .innerJoin('listings as l', 'l.id', 'm.listing_id')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .leftJoin('image_thumbnails as lt', 'lt.sha256', 'li.sha256')
    .leftJoin('image_thumbnails as rt', 'rt.sha256', 'r.document_sha256')
    .select(matchColumns);
}

export async function matchesOfListings(db: Database, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  return matchQuery(db)
    .where('m.listing_id', 'in', listingIds)
    .orderBy('m.listing_id')
    .orderBy('m.distance')
    .orderBy('li.position')
    .execute();
}

export async function matchesOfRight(db: Database, rightId: string, limit: number, offset: number) {
  return matchQuery(db)
    .where('m.right_id', '=', rightId)
    .orderBy('m.created_at', 'desc')
    .orderBy('m.listing_id')
    .orderBy('m.reference_id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export type MatchRow = Awaited<ReturnType<typeof matchesOfListings>>[number];

/** A page of indexed reference hashes in id order (loading the in-process index). */
export async function indexedReferencesAfter(db: Database, afterId: string | null, limit: number) {
  let q = db
    .selectFrom('image_references')
    .select(['id', 'pdq', 'created_at'])
    .where('indexed', '=', true)
    .orderBy('id')
    .limit(limit);
  if (afterId) q = q.where('id', '>', afterId);
  return q.execute();
}

/** Indexed references created since `since` (refreshing the in-process index). */
export async function indexedReferencesSince(db: Database, since: Date) {
  return db
    .selectFrom('image_references')
    .select(['id', 'pdq', 'created_at'])
    .where('indexed', '=', true)
    .where('created_at', '>=', since)
    .orderBy('created_at')
    .execute();
}

export async function referencesByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('image_references')
    .select(['id', 'org_id', 'right_id', 'document_sha256'])
    .where('id', 'in', ids)
    .execute();
}

/** Of these listings, those under an open notice item for the right (a read of the notices' table). */
export async function listingsUnderOpenNotice(db: Database, rightId: string, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  const rows = await db
    .selectFrom('notice_items')
    .select('listing_id')
    .distinct()
    .where('right_id', '=', rightId)
    .where('listing_id', 'in', listingIds)
    .where('state', 'in', [...OPEN_ITEM_STATES])
    .execute();
  return rows.map((r) => r.listing_id);
}

// ---------------------------------------------------------------- thumbnails

export async function hasThumbnail(db: Database, sha256: string): Promise<boolean> {
  return !!(await db
    .selectFrom('image_thumbnails')
    .select('sha256')
    .where('sha256', '=', sha256)
    .executeTakeFirst());
}

export async function insertThumbnail(
  db: Database,
  row: { sha256: string; content: Buffer; width: number; height: number },
) {
  await db
    .insertInto('image_thumbnails')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
}

export async function thumbnail(db: Database, sha256: string) {
  return db
    .selectFrom('image_thumbnails')
    .select(['content', 'width', 'height'])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
}

export async function listingImageById(db: Database, id: string) {
  return db.selectFrom('listing_images').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function referenceById(db: Database, id: string) {
  return db.selectFrom('image_references').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisations whose reference images this listing image matches. */
export async function matchedOrgsOfImage(db: Database, listingImageId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('image_matches')
    .select('org_id')
    .distinct()
    .where('listing_image_id', '=', listingImageId)
    .execute();
  return rows.map((r) => r.org_id);
}

// ---------------------------------------------------------------- the back-scan

/**
 * Claims indexed references not yet scanned against earlier listing images (created before
 * `createdBefore`, so that every image hashed while they were being added has settled), leased
 * until `leaseUntil`, skipping other workers' claims.
 */
export async function claimBackScan(
  db: Database,
  now: Date,
  createdBefore: Date,
  leaseUntil: Date,
  limit: number,
) {
  return db
    .updateTable('image_references')
    .set({ back_scan_lease_until: leaseUntil })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('image_references')
        .select('id')
        .where('indexed', '=', true)
        .where('back_scanned_at', 'is', null)
        .where('created_at', '<', createdBefore)
        .where((w) => w.or([w('back_scan_lease_until', 'is', null), w('back_scan_lease_until', '<', now)]))
        .orderBy('created_at')
        .limit(limit)
        .forNoKeyUpdate()
        .skipLocked(),
    )
    .returning(['id', 'org_id', 'right_id', 'document_sha256', 'pdq'])
    .execute();
}

export async function finishBackScan(db: Database, ids: readonly string[], at: Date) {
  if (ids.length === 0) return;
  await db
    .updateTable('image_references')
    .set({ back_scanned_at: at, back_scan_lease_until: null })
    .where('id', 'in', ids)
    .execute();
}

/** A page of hashed listing images in id order (the back-scan's stream). */
export async function hashedImagesAfter(db: Database, afterId: string | null, limit: number) {
  let q = db
    .selectFrom('listing_images')
    .select(['id', 'listing_id', 'sha256', 'pdq', 'pdq_mirrored'])
    .where('status', '=', 'hashed')
    .orderBy('id')
    .limit(limit);
  if (afterId) q = q.where('id', '>', afterId);
  return q.execute();
}

/** Adds matches found by the back-scan; those already known are kept as they are. Returns the new ones. */
export async function addMatches(db: Database, matches: readonly Insertable<ImageMatchesTable>[]) {
  if (matches.length === 0) return [];
  return db
    .insertInto('image_matches')
    .values(matches as Insertable<ImageMatchesTable>[])
    .onConflict((oc) => oc.columns(['listing_image_id', 'reference_id']).doNothing())
    .returning(['listing_image_id', 'listing_id', 'reference_id', 'distance', 'transformation'])
    .execute();
}

/** Whether the reference matched an image of a listing on this marketplace. */
export async function referenceMatchedInMarketplace(
  db: Database,
  referenceId: string,
  marketplaceId: string,
) {
  return !!(await db
    .selectFrom('image_matches as m')
    .innerJoin('listing_images as li', 'li.id', 'm.listing_image_id')
    .select('m.reference_id')
    .where('m.reference_id', '=', referenceId)
    .where('li.marketplace_id', '=', marketplaceId)
    .limit(1)
    .executeTakeFirst());
}
