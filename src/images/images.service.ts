import type { Insertable } from 'kysely';
import { readableOrgIds } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal, requireRole } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { PDQ_MATCH_DISTANCE, PDQ_MIN_QUALITY } from '../detection/pdq.ts';
import { readDocument } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { getListing, type Listing, type ListingEventBus, listingsByIds } from '../listings/index.ts';
import { type OutboundPolicy, safeFetch } from '../net/index.ts';
import { fileNotice, MAX_ITEMS_PER_NOTICE, type NoticeView } from '../notices/index.ts';
import { getRight } from '../rights/index.ts';
import { newId } from '../shared/ids.ts';
import {
  hashImage,
  IMAGE_LIMITS,
  IMAGE_REFUSALS,
  type ImageHashes,
  ImageRefused,
  type Thumbnail,
  thumbnailOf,
} from './decode.ts';
import * as repo from './images.repository.ts';
import type { ImageMatchesTable, ImageReferenceRow, ListingImageRow } from './images.table.ts';
import {
  classify,
  hashColumns,
  hostAllowed,
  type ImageStatus,
  isRetryable,
  MAX_FETCH_ATTEMPTS,
  MAX_IMAGES_PER_LISTING,
  nextAttemptDelayMs,
  type Transformation,
} from './images.ts';
import { addToReferenceIndex, referenceIndexOf } from './reference-index.service.ts';
import { ReferenceIndex } from './reference-index.ts';

export const IMAGES_ACTOR = 'system:image-worker';

// ---------------------------------------------------------------- reference images

export interface ReferenceImage {
  id: string;
  rightId: string;
  orgId: string;
  documentSha256: string;
  label: string | null;
  pdq: string;
  pdqMirrored: string;
  quality: number;
  width: number;
  height: number;
  /** False when the quality is under the threshold: kept, never matched. */
  indexed: boolean;
  createdAt: string;
}

function toReference(row: ImageReferenceRow): ReferenceImage {
  return {
    id: row.id,
    rightId: row.right_id,
    orgId: row.org_id,
    documentSha256: row.document_sha256,
    label: row.label,
    pdq: row.pdq,
    pdqMirrored: row.pdq_mirrored,
    quality: row.quality,
    width: row.width,
    height: row.height,
    indexed: row.indexed,
    createdAt: row.created_at.toISOString(),
  };
}

function refusalError(pointer: string, error: ImageRefused): AppError {
  return new AppError('UNPROCESSABLE', `${pointer}: ${error.message}`, {
    errors: [{ pointer, rule: error.reason, detail: error.message }],
  });
}

/**
 * A brand (or its agent) links one of its uploaded documents to a right as a reference image:
 * hashed once here, matched against every listing image hashed from now on.
 */
export async function addReferenceImage(
  db: Database,
  actor: Principal,
  rightId: string,
  input: { documentSha256: string; label?: string },
): Promise<{ reference: ReferenceImage; created: boolean }> {
  requireRole(actor, 'rights_holder', 'agent');
  const right = await getRight(db, actor, rightId);
  let bytes: Buffer;
  try {
    bytes = (await readDocument(db, actor, input.documentSha256)).content;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND')
      throw AppError.field(
        '/documentSha256',
        'document-exists',
        'no document with this SHA-256 is readable by you',
      );
    throw error;
  }
  const existing = await repo.findReference(db, right.id, input.documentSha256);
  if (existing) return { reference: toReference(existing), created: false };
  let hashes: ImageHashes;
  try {
    hashes = await hashImage(bytes);
  } catch (error) {
    if (error instanceof ImageRefused) throw refusalError('/documentSha256', error);
    throw error;
  }
  await keepThumbnail(db, hashes);
  const { words, chunks } = hashColumns(hashes.hash);
  const c = (i: number) => chunks[i] as number;
  const addAfterCommit: Array<() => void> = [];
  const result = await db.transaction().execute(async (trx) => {
    const row = await repo.insertReference(trx, {
      id: newId(),
      org_id: right.orgId,
      right_id: right.id,
      document_sha256: input.documentSha256,
      label: input.label ?? null,
      pdq: hashes.hash,
      pdq_mirrored: hashes.mirrored,
      quality: hashes.quality,
      width: hashes.width,
      height: hashes.height,
      h0: words[0],
      h1: words[1],
      h2: words[2],
      h3: words[3],
      c0: c(0),
      c1: c(1),
      c2: c(2),
      c3: c(3),
      c4: c(4),
      c5: c(5),
      c6: c(6),
      c7: c(7),
      c8: c(8),
      c9: c(9),
      c10: c(10),
      c11: c(11),
      c12: c(12),
      c13: c(13),
      c14: c(14),
      c15: c(15),
      indexed: hashes.quality >= PDQ_MIN_QUALITY,
      created_by: actor.userId,
    });
    if (!row) {
      const raced = await repo.findReference(trx, right.id, input.documentSha256);
      return { reference: toReference(raced!), created: false };
    }
    if (row.indexed) addAfterCommit.push(() => addToReferenceIndex(db, row.id, row.pdq));
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'image_reference.added',
        entityType: 'right',
        entityId: right.id,
        data: { referenceId: row.id, documentSha256: row.document_sha256, quality: row.quality },
      },
    ]);
    return { reference: toReference(row), created: true };
  });
  for (const add of addAfterCommit) add();
  return result;
}

export async function listReferenceImages(
  db: Database,
  actor: Principal,
  rightId: string,
): Promise<ReferenceImage[]> {
  const right = await getRight(db, actor, rightId);
  return (await repo.referencesOfRight(db, right.id)).map(toReference);
}

// ---------------------------------------------------------------- marketplace image hosts

function mayManageMarketplace(actor: Principal, marketplaceId: string): boolean {
  return isOperatorAdmin(actor) || (hasRole(actor, 'marketplace') && actor.marketplaceId === marketplaceId);
}

async function marketplaceExists(db: Database, marketplaceId: string): Promise<boolean> {
  return !!(await db
    .selectFrom('marketplaces')
    .select('id')
    .where('id', '=', marketplaceId)
    .executeTakeFirst());
}

export async function getImageHosts(
  db: Database,
  actor: Principal,
  marketplaceId: string,
): Promise<string[]> {
  if (!isOperatorStaff(actor) && !hasRole(actor, 'marketplace'))
    throw AppError.forbidden('Only operator staff and the marketplace itself read its image hosts');
  if (
    !(isOperatorStaff(actor) || actor.marketplaceId === marketplaceId) ||
    !(await marketplaceExists(db, marketplaceId))
  )
    throw AppError.notFound('Marketplace');
  return repo.imageHosts(db, marketplaceId);
}

export async function setImageHosts(
  db: Database,
  actor: Principal,
  marketplaceId: string,
  hosts: readonly string[],
): Promise<string[]> {
  if (!isOperatorAdmin(actor) && !hasRole(actor, 'marketplace'))
    throw AppError.forbidden('Only operator admins and the marketplace itself set its image hosts');
  if (!mayManageMarketplace(actor, marketplaceId) || !(await marketplaceExists(db, marketplaceId)))
    throw AppError.notFound('Marketplace');
  const unique = [...new Set(hosts.map((h) => h.toLowerCase()))].sort();
  await db.transaction().execute(async (trx) => {
    await repo.setImageHosts(trx, marketplaceId, unique);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'marketplace.image_hosts_set',
        entityType: 'marketplace',
        entityId: marketplaceId,
        data: { hosts: unique },
      },
    ]);
  });
  return unique;
}

// ---------------------------------------------------------------- listing images

export interface ListingImage {
  id: string;
  listingId: string;
  position: number;
  source: 'url' | 'upload';
  url: string | null;
  status: ImageStatus;
  reason: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  sha256: string | null;
  pdq: string | null;
  quality: number | null;
  width: number | null;
  height: number | null;
  format: string | null;
  hashedAt: string | null;
}

function toListingImage(row: ListingImageRow): ListingImage {
  return {
    id: row.id,
    listingId: row.listing_id,
    position: row.position,
    source: row.source,
    url: row.url,
    status: row.status,
    reason: row.reason,
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' && row.next_attempt_at ? row.next_attempt_at.toISOString() : null,
    sha256: row.sha256,
    pdq: row.pdq,
    quality: row.quality,
    width: row.width,
    height: row.height,
    format: row.format,
    hashedAt: row.hashed_at?.toISOString() ?? null,
  };
}

/** Listing changes: each image URL becomes a pending image (unchanged URLs keep their hash). */
export async function enqueueListingImages(db: Database, listings: readonly Listing[], now = new Date()) {
  const rows = listings.flatMap((listing) =>
    listing.imageUrls.map((url, position) => ({
      id: newId(),
      listing_id: listing.id,
      marketplace_id: listing.marketplaceId,
      position,
      source: 'url' as const,
      url,
      status: (position < MAX_IMAGES_PER_LISTING ? 'pending' : 'skipped') as ImageStatus,
      reason: position < MAX_IMAGES_PER_LISTING ? null : 'too-many-images',
      next_attempt_at: position < MAX_IMAGES_PER_LISTING ? now : null,
    })),
  );
  await repo.enqueueUrls(db, rows);
}

/** Subscribes image intake to listing changes (one call per platform). */
export function attachImageIntake(db: Database, events: ListingEventBus): () => void {
  return events.subscribe(async (changes) => {
    await enqueueListingImages(
      db,
      changes.map((c) => c.listing).filter((l) => l.imageUrls.length > 0),
    );
  });
}

/** The listing's marketplace key (or operator staff) sees and pushes its images. */
async function listingForMarketplace(db: Database, actor: Principal, listingId: string, write: boolean) {
  const allowed = write ? isOperatorAdmin(actor) : isOperatorStaff(actor);
  if (!allowed && !hasRole(actor, 'marketplace'))
    throw AppError.forbidden('Only operator staff and the listing’s marketplace see its images');
  const listing = await getListing(db, actor, listingId);
  if (!allowed && listing.marketplaceId !== actor.marketplaceId) throw AppError.notFound('Listing');
  return listing;
}

export async function listingImages(
  db: Database,
  actor: Principal,
  listingId: string,
): Promise<ListingImage[]> {
  const listing = await listingForMarketplace(db, actor, listingId, false);
  return (await repo.imagesOfListing(db, listing.id)).map(toListingImage);
}

/**
 * Finds the references an image matches: its hash and the hash of its mirror image, each looked
 * up in the multi-index; identical bytes (SHA-256) are named as such.
 */
export async function findImageMatches(
  db: Database,
  image: { sha256: string; pdq: string; mirrored: string },
  distance: number = PDQ_MATCH_DISTANCE,
): Promise<
  Array<{
    referenceId: string;
    orgId: string;
    rightId: string;
    distance: number;
    transformation: Transformation;
  }>
> {
  // The in-process multi-index (exact; see reference-index.ts and the bench for why not SQL).
  const found = nearEither(await referenceIndexOf(db), image.pdq, image.mirrored, distance);
  const refs = await repo.referencesByIds(db, [...found.keys()]);
  return refs.map((r) => {
    const v = found.get(r.id) as { d: number; m: number };
    return {
      referenceId: r.id,
      orgId: r.org_id,
      rightId: r.right_id,
      ...classify(r.document_sha256 === image.sha256, v.d, v.m),
    };
  });
}

/**
 * The references within `distance` of an image or of its mirror image: per reference, the
 * distance to each (257 where that side is farther than `distance`).
 */
function nearEither(index: ReferenceIndex, pdq: string, mirrored: string, distance: number) {
  const found = new Map<string, { d: number; m: number }>();
  for (const hit of index.near(pdq, distance)) found.set(hit.id, { d: hit.distance, m: 257 });
  for (const hit of index.near(mirrored, distance)) {
    const seen = found.get(hit.id);
    if (seen) seen.m = hit.distance;
    else found.set(hit.id, { d: 257, m: hit.distance });
  }
  return found;
}

/** Keeps one thumbnail per distinct image file (by the SHA-256 of its bytes). */
async function keepThumbnail(db: Database, hashes: ImageHashes): Promise<void> {
  if (await repo.hasThumbnail(db, hashes.sha256)) return;
  let thumb: Thumbnail;
  try {
    thumb = await thumbnailOf(hashes);
  } catch {
    return; // a picture without a thumbnail is still hashed and matched
  }
  await repo.insertThumbnail(db, { sha256: hashes.sha256, ...thumb });
}

/** Records a hashed image (or why it is not usable) and its matches, in one transaction. */
async function recordHashed(db: Database, row: ListingImageRow, hashes: ImageHashes): Promise<boolean> {
  const usable = hashes.quality >= PDQ_MIN_QUALITY;
  const matches = usable
    ? await findImageMatches(db, { sha256: hashes.sha256, pdq: hashes.hash, mirrored: hashes.mirrored })
    : [];
  if (usable) await keepThumbnail(db, hashes);
  return db.transaction().execute(async (trx) => {
    const settled = await repo.settleImage(trx, row.id, row.attempts, {
      status: usable ? 'hashed' : 'skipped',
      reason: usable ? null : 'low-quality',
      next_attempt_at: null,
      sha256: hashes.sha256,
      pdq: hashes.hash,
      pdq_mirrored: hashes.mirrored,
      quality: hashes.quality,
      width: hashes.width,
      height: hashes.height,
      format: hashes.format,
      hashed_at: new Date(),
    });
    if (!settled) return false;
    await repo.replaceMatches(
      trx,
      row.id,
      matches.map((m) => ({
        listing_image_id: row.id,
        reference_id: m.referenceId,
        listing_id: row.listing_id,
        right_id: m.rightId,
        org_id: m.orgId,
        distance: m.distance,
        transformation: m.transformation,
      })),
    );
    if (matches.length > 0)
      await appendAudit(trx, [
        {
          actor: IMAGES_ACTOR,
          action: 'listing_image.matched',
          entityType: 'listing',
          entityId: row.listing_id,
          data: {
            listingImageId: row.id,
            matches: matches.map((m) => ({
              referenceId: m.referenceId,
              distance: m.distance,
              transformation: m.transformation,
            })),
          },
        },
      ]);
    return matches.length > 0;
  });
}

/** A marketplace pushes an image's bytes for a listing position: hashed and matched at once. */
export async function pushListingImage(
  db: Database,
  actor: Principal,
  listingId: string,
  input: { position: number; bytes: Buffer },
  events?: ListingEventBus,
): Promise<ListingImage> {
  const listing = await listingForMarketplace(db, actor, listingId, true);
  let hashes: ImageHashes | null = null;
  let refusal: ImageRefused | null = null;
  try {
    hashes = await hashImage(input.bytes);
  } catch (error) {
    if (!(error instanceof ImageRefused)) throw error;
    refusal = error;
  }
  const row = await repo.upsertUpload(db, {
    id: newId(),
    listing_id: listing.id,
    marketplace_id: listing.marketplaceId,
    position: input.position,
    source: 'upload',
    url: null,
    status: refusal ? 'skipped' : 'pending',
    reason: refusal?.reason ?? null,
    attempts: 1,
    next_attempt_at: null,
  });
  if (refusal) {
    await db.deleteFrom('image_matches').where('listing_image_id', '=', row.id).execute();
    throw refusalError('/dataBase64', refusal);
  }
  const matched = await recordHashed(db, row, hashes!);
  if (matched && events) await rescan(db, [listing.id], events);
  const [fresh] = (await repo.imagesOfListing(db, listing.id)).filter((r) => r.id === row.id);
  return toListingImage(fresh!);
}

async function rescan(db: Database, listingIds: readonly string[], events: ListingEventBus) {
  const listings = await listingsByIds(db, [...new Set(listingIds)]);
  await events.publish(listings.map((listing) => ({ listing, created: false })));
}

// ---------------------------------------------------------------- the fetch worker

export interface FetchOptions {
  policy: OutboundPolicy;
  now?: Date;
  limit?: number;
  timeoutMs?: number;
  maxBytes?: number;
  random?: () => number;
  /** Matched listings are announced here so detection rescans them with their photo signal. */
  events?: ListingEventBus;
}

const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
const LEASE_MARGIN_MS = 30_000;

/**
 * One round: claim due images, fetch each with no transaction open (only through `safeFetch`, only
 * from the marketplace's allowed hosts, on every redirect), hash, match, record. Any failure is
 * recorded on the image; nothing an image does escapes this function. Returns how many were tried.
 */
export async function fetchDueImages(db: Database, options: FetchOptions): Promise<number> {
  const now = options.now ?? new Date();
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const limit = options.limit ?? 10;
  const claimed = await repo.claimDueImages(
    db,
    now,
    new Date(now.getTime() + timeoutMs + LEASE_MARGIN_MS),
    limit,
  );
  const hostsByMarketplace = new Map<string, string[]>();
  const matched: string[] = [];
  // One image at a time: decoding is CPU work, and parallel downloads would multiply memory.
  for (const row of claimed) {
    let hosts = hostsByMarketplace.get(row.marketplace_id);
    if (!hosts) {
      hosts = await repo.imageHosts(db, row.marketplace_id);
      hostsByMarketplace.set(row.marketplace_id, hosts);
    }
    if (await attemptImage(db, row, hosts, { ...options, now, timeoutMs })) matched.push(row.listing_id);
  }
  if (matched.length > 0 && options.events) await rescan(db, matched, options.events);
  return claimed.length;
}

async function attemptImage(
  db: Database,
  row: ListingImageRow,
  hosts: readonly string[],
  options: FetchOptions & { now: Date; timeoutMs: number },
): Promise<boolean> {
  const fail = async (reason: string) => {
    const retry = isRetryable(reason) && row.attempts < MAX_FETCH_ATTEMPTS;
    // The bytes were refused (not an image, a bomb, animated...): skipped. The fetch failed for
    // good (blocked, not allowed, 404, retries spent): failed. Otherwise: pending, retried later.
    const status: ImageStatus = retry ? 'pending' : isImageRefusal(reason) ? 'skipped' : 'failed';
    await repo.settleImage(db, row.id, row.attempts, {
      status,
      reason,
      next_attempt_at: retry
        ? new Date(options.now.getTime() + nextAttemptDelayMs(row.attempts, options.random))
        : null,
    });
    return false;
  };
  try {
    if (!row.url) return await fail('invalid-url');
    if (hosts.length === 0) return await fail('no-allowed-hosts');
    const answer = await safeFetch(
      row.url,
      {
        method: 'GET',
        headers: { accept: 'image/jpeg, image/png, image/webp, image/gif', 'user-agent': 'OpenIPP-Images/1' },
        timeoutMs: options.timeoutMs,
        readBodyUpTo: options.maxBytes ?? IMAGE_LIMITS.maxBytes,
        hostAllowed: (host) => hostAllowed(hosts, host),
      },
      options.policy,
    );
    if (answer.status === null) return await fail(answer.reason);
    if (answer.status !== 200 || !answer.body) return await fail(`http-${answer.status}`);
    let hashes: ImageHashes;
    try {
      hashes = await hashImage(answer.body, { maxBytes: options.maxBytes ?? IMAGE_LIMITS.maxBytes });
    } catch (error) {
      if (error instanceof ImageRefused) return await fail(error.reason);
      throw error;
    }
    return await recordHashed(db, row, hashes);
  } catch {
    // Whatever went wrong (a decoder crash, a database hiccup), this image waits for its next try.
    await fail('network-error').catch(() => {});
    return false;
  }
}

// ---------------------------------------------------------------- the back-scan

/**
 * A reference is back-scanned only once every image hashed while it was being added has settled:
 * longer than a fetch's lease (its timeout plus margin), so no image falls between the forward
 * match (at hashing) and the back-scan.
 */
export const BACK_SCAN_SETTLE_MS = DEFAULT_FETCH_TIMEOUT_MS + LEASE_MARGIN_MS + 20_000;
const BACK_SCAN_LEASE_MS = 15 * 60_000;
const INSERT_CHUNK = 1_000;

export interface BackScanOptions {
  now?: Date;
  /** References per pass: one pass over the hashed images serves all of them. */
  limit?: number;
  /** Listing images read per page. */
  pageSize?: number;
  events?: ListingEventBus;
}

/**
 * Reverse matching: references added since the last pass, against every listing image hashed
 * before them, in one streamed pass (the new references form a small index of their own; each
 * stored image hash is looked up in it). Matches found are recorded like those found at hashing,
 * audited, and their listings rescanned by detection. Returns how many references were scanned.
 */
export async function backScanReferences(db: Database, options: BackScanOptions = {}): Promise<number> {
  const now = options.now ?? new Date();
  const refs = await repo.claimBackScan(
    db,
    now,
    new Date(now.getTime() - BACK_SCAN_SETTLE_MS),
    new Date(now.getTime() + BACK_SCAN_LEASE_MS),
    options.limit ?? 1_000,
  );
  if (refs.length === 0) return 0;
  const index = new ReferenceIndex();
  for (const ref of refs) index.add(ref.id, ref.pdq);
  index.build();
  const byId = new Map(refs.map((r) => [r.id, r]));
  const found: Insertable<ImageMatchesTable>[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await repo.hashedImagesAfter(db, after, options.pageSize ?? 5_000);
    if (page.length === 0) break;
    for (const image of page) {
      if (!image.pdq || !image.pdq_mirrored) continue;
      for (const [referenceId, v] of nearEither(index, image.pdq, image.pdq_mirrored, PDQ_MATCH_DISTANCE)) {
        const ref = byId.get(referenceId)!;
        found.push({
          listing_image_id: image.id,
          reference_id: referenceId,
          listing_id: image.listing_id,
          right_id: ref.right_id,
          org_id: ref.org_id,
          ...classify(ref.document_sha256 === image.sha256, v.d, v.m),
        });
      }
    }
    after = page.at(-1)!.id;
  }
  const matchedListings = await db.transaction().execute(async (trx) => {
    const added: Awaited<ReturnType<typeof repo.addMatches>> = [];
    for (let i = 0; i < found.length; i += INSERT_CHUNK)
      added.push(...(await repo.addMatches(trx, found.slice(i, i + INSERT_CHUNK))));
    const byImage = new Map<string, typeof added>();
    for (const m of added) byImage.set(m.listing_image_id, [...(byImage.get(m.listing_image_id) ?? []), m]);
    await appendAudit(
      trx,
      [...byImage].map(([listingImageId, matches]) => ({
        actor: IMAGES_ACTOR,
        action: 'listing_image.matched',
        entityType: 'listing',
        entityId: matches[0]!.listing_id,
        data: {
          listingImageId,
          backScan: true,
          matches: matches.map((m) => ({
            referenceId: m.reference_id,
            distance: m.distance,
            transformation: m.transformation,
          })),
        },
      })),
    );
    await repo.finishBackScan(
      trx,
      refs.map((r) => r.id),
      now,
    );
    return [...new Set(added.map((m) => m.listing_id))];
  });
  if (matchedListings.length > 0 && options.events) await rescan(db, matchedListings, options.events);
  return refs.length;
}

// ---------------------------------------------------------------- thumbnails

export interface ThumbnailFile {
  content: Buffer;
  width: number;
  height: number;
}

/**
 * A listing image's thumbnail: operator staff, the listing's marketplace, and a brand (or agent)
 * whose reference image it matches. Anyone else: 403 for the role, 404 for an image not theirs.
 */
export async function listingImageThumbnail(
  db: Database,
  actor: Principal,
  listingImageId: string,
): Promise<ThumbnailFile> {
  if (!isOperatorStaff(actor) && !hasRole(actor, 'marketplace', 'rights_holder', 'agent'))
    throw AppError.forbidden(
      'Only operator staff, the listing’s marketplace and brands whose image it matches see it',
    );
  const image = await repo.listingImageById(db, listingImageId);
  if (!image) throw AppError.notFound('Listing image');
  let allowed = isOperatorStaff(actor);
  if (!allowed && hasRole(actor, 'marketplace')) allowed = actor.marketplaceId === image.marketplace_id;
  if (!allowed && hasRole(actor, 'rights_holder', 'agent')) {
    const readable = new Set(await readableOrgIds(db, actor));
    allowed = (await repo.matchedOrgsOfImage(db, image.id)).some((org) => readable.has(org));
  }
  if (!allowed) throw AppError.notFound('Listing image');
  const thumb = image.sha256 ? await repo.thumbnail(db, image.sha256) : undefined;
  if (!thumb) throw AppError.notFound('Thumbnail');
  return thumb;
}

/**
 * A reference image's thumbnail: whoever may read its right, and a marketplace with a listing
 * whose image matches it (to see what its listing was matched to).
 */
export async function referenceImageThumbnail(
  db: Database,
  actor: Principal,
  referenceId: string,
): Promise<ThumbnailFile> {
  const ref = await repo.referenceById(db, referenceId);
  if (!ref) throw AppError.notFound('Reference image');
  if (hasRole(actor, 'marketplace') && !isOperatorStaff(actor) && !hasRole(actor, 'rights_holder', 'agent')) {
    if (!actor.marketplaceId || !(await repo.referenceMatchedInMarketplace(db, ref.id, actor.marketplaceId)))
      throw AppError.notFound('Reference image');
  } else {
    if (!isOperatorStaff(actor) && !hasRole(actor, 'rights_holder', 'agent'))
      throw AppError.forbidden(
        'Only operator staff, rights holders, agents and marketplaces see reference images',
      );
    await getRight(db, actor, ref.right_id);
  }
  const thumb = await repo.thumbnail(db, ref.document_sha256);
  if (!thumb) throw AppError.notFound('Thumbnail');
  return thumb;
}

function isImageRefusal(reason: string): boolean {
  return Object.hasOwn(IMAGE_REFUSALS, reason);
}

// ---------------------------------------------------------------- matches

export interface ImageMatch {
  listingId: string;
  listingTitle: string;
  listingState: string;
  storeId: string;
  storeName: string;
  listingImageId: string;
  position: number;
  imageUrl: string | null;
  imageSource: 'url' | 'upload';
  referenceId: string;
  referenceSha256: string;
  referenceLabel: string | null;
  rightId: string;
  orgId: string;
  distance: number;
  transformation: Transformation;
  matchedAt: string;
  /** A thumbnail of the listing image is kept (GET /v1/listing-images/{id}/thumbnail). */
  imageThumbnail: boolean;
  /** A thumbnail of the reference image is kept (GET /v1/image-references/{id}/thumbnail). */
  referenceThumbnail: boolean;
}

function toMatch(row: repo.MatchRow): ImageMatch {
  return {
    listingId: row.listing_id,
    listingTitle: row.listing_title,
    listingState: row.listing_state,
    storeId: row.store_id,
    storeName: row.store_name,
    listingImageId: row.listing_image_id,
    position: row.position,
    imageUrl: row.image_url,
    imageSource: row.image_source,
    referenceId: row.reference_id,
    referenceSha256: row.reference_sha256,
    referenceLabel: row.reference_label,
    rightId: row.right_id,
    orgId: row.org_id,
    distance: row.distance,
    transformation: row.transformation,
    matchedAt: row.created_at.toISOString(),
    imageThumbnail: row.image_thumbnail !== null,
    referenceThumbnail: row.reference_thumbnail !== null,
  };
}

/**
 * A listing's image matches. Operator staff see all; a brand or agent sees the matches to the
 * references of organisations it may act for; the listing's marketplace key sees its listing's.
 */
export async function listingImageMatches(
  db: Database,
  actor: Principal,
  listingId: string,
): Promise<ImageMatch[]> {
  if (!isOperatorStaff(actor) && !hasRole(actor, 'rights_holder', 'agent', 'marketplace'))
    throw AppError.forbidden(
      'Only operator staff, rights holders, agents and the marketplace see image matches',
    );
  const listing = await getListing(db, actor, listingId);
  if (!isOperatorStaff(actor) && hasRole(actor, 'marketplace') && !hasRole(actor, 'rights_holder', 'agent')) {
    if (listing.marketplaceId !== actor.marketplaceId) throw AppError.notFound('Listing');
    return (await repo.matchesOfListings(db, [listing.id])).map(toMatch);
  }
  const rows = await repo.matchesOfListings(db, [listing.id]);
  if (isOperatorStaff(actor)) return rows.map(toMatch);
  const readable = new Set(await readableOrgIds(db, actor));
  return rows.filter((r) => readable.has(r.org_id)).map(toMatch);
}

/** Every listing whose image matches one of the right's reference images (newest first). */
export async function rightImageMatches(
  db: Database,
  actor: Principal,
  rightId: string,
  page: { limit: number; offset: number },
): Promise<ImageMatch[]> {
  const right = await getRight(db, actor, rightId);
  return (await repo.matchesOfRight(db, right.id, page.limit, page.offset)).map(toMatch);
}

export interface MatchNoticeInput {
  /** Representative samples the notifier names; each must be a matching listing. */
  sampleListingIds?: string[];
  /** Add every other listing using a matching image (default true). */
  includeAllMatches?: boolean;
  statements: { goodFaith: boolean; accuracy: boolean; authority: boolean };
  contact: { name: string; email: string; phone?: string; address?: string };
  explanation?: string;
  principalOrgId?: string;
}

/**
 * A copyright notice for the listings using the right's reference images, in one step: the named
 * samples and (by default) every other active matching listing, each with the reference image as
 * evidence and what was found, filed through the normal notice intake (its checks, its refusals).
 */
export async function fileMatchNotice(
  db: Database,
  actor: Principal,
  rightId: string,
  input: MatchNoticeInput,
): Promise<{ notice: NoticeView; listingIds: string[]; left: number; alreadyNoticed: number }> {
  requireRole(actor, 'rights_holder', 'agent');
  const right = await getRight(db, actor, rightId);
  const matches = (await repo.matchesOfRight(db, right.id, 100_000, 0)).filter(
    (m) => m.listing_state === 'active',
  );
  const byListing = new Map<string, repo.MatchRow>();
  for (const m of matches) {
    const seen = byListing.get(m.listing_id);
    if (!seen || m.distance < seen.distance) byListing.set(m.listing_id, m);
  }
  const samples = input.sampleListingIds ?? [];
  const errors = samples.flatMap((id, i) =>
    byListing.has(id)
      ? []
      : [
          {
            pointer: `/sampleListingIds/${i}`,
            rule: 'matching-listing',
            detail: 'this listing has no active image matching a reference image of the right',
          },
        ],
  );
  if (errors.length > 0) throw AppError.validation(errors);
  // Listings already under an open notice for this right are not added again (the intake would
  // refuse them); a named sample still goes in, and the intake says why if it is one of them.
  const noticed = new Set(await repo.listingsUnderOpenNotice(db, right.id, [...byListing.keys()]));
  const all = input.includeAllMatches === false ? [] : [...byListing.keys()].filter((id) => !noticed.has(id));
  const ordered = [...new Set([...samples, ...all])];
  if (ordered.length === 0)
    throw AppError.field(
      '/includeAllMatches',
      'matches-exist',
      noticed.size > 0
        ? 'every active listing matching a reference image of this right is already under an open notice for it'
        : 'no active listing matches a reference image of this right',
    );
  const chosen = ordered.slice(0, MAX_ITEMS_PER_NOTICE);
  const filed = await fileNotice(db, actor, {
    rightId: right.id,
    infringementType: 'copyright',
    ...(input.principalOrgId ? { principalOrgId: input.principalOrgId } : {}),
    statements: input.statements,
    contact: input.contact,
    explanation:
      input.explanation ??
      `The listings use our copyrighted photographs (${right.name}) without authorization; each image was matched to our reference image by its perceptual hash.`,
    items: chosen.map((listingId) => {
      const m = byListing.get(listingId)!;
      return {
        listingId,
        evidence: [
          {
            kind: 'other' as const,
            documentSha256: m.reference_sha256,
            note: `Listing image ${m.position + 1} is ${m.transformation === 'identical' ? 'the same file as' : m.transformation === 'mirrored' ? 'a mirrored copy of' : 'a copy of'} this reference image (PDQ distance ${m.distance}).`,
          },
        ],
      };
    }),
  });
  return {
    notice: filed.body,
    listingIds: chosen,
    left: ordered.length - chosen.length,
    alreadyNoticed: noticed.size,
  };
}

/** Internal read for detection: the matches of these listings (no authorization: the scanner's own). */
export async function matchesForListings(db: Database, listingIds: readonly string[]): Promise<ImageMatch[]> {
  return (await repo.matchesOfListings(db, listingIds)).map(toMatch);
}
