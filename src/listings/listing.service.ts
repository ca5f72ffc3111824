import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { ensureStores, getMarketplace, requireMarketplaceClient } from '../marketplaces/index.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './listing.repository.ts';
import type { Listing, ListingInput } from './listing.ts';
import type { ListingEventBus } from './listing-events.ts';
import { type GateVerdict, listingGates } from './listing-gates.ts';

type ListingRow = NonNullable<Awaited<ReturnType<typeof repo.findListing>>>;

export function toListing(row: ListingRow): Listing {
  return {
    id: row.id,
    marketplaceId: row.marketplace_id,
    externalId: row.external_id,
    storeId: row.store_id,
    url: row.url,
    title: row.title,
    description: row.description,
    price:
      row.price !== null && row.currency !== null
        ? { amount: Number(row.price), currency: row.currency }
        : null,
    quantity: row.quantity,
    condition: row.condition as Listing['condition'],
    category: row.category,
    shipFrom: row.ship_from,
    imageUrls: row.image_urls,
    state: row.state,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A listing archived as its row's jsonb rendering (a removal's snapshot), shown as a Listing. */
export function listingFromSnapshot(json: Record<string, unknown>): Listing {
  const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : '');
  const textOrNull = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : null);
  const price = json.price;
  return {
    id: text('id'),
    marketplaceId: text('marketplace_id'),
    externalId: text('external_id'),
    storeId: text('store_id'),
    url: text('url'),
    title: text('title'),
    description: text('description'),
    price:
      (typeof price === 'number' || typeof price === 'string') && textOrNull('currency')
        ? { amount: Number(price), currency: text('currency') }
        : null,
    quantity: typeof json.quantity === 'number' ? json.quantity : null,
    condition: textOrNull('condition') as Listing['condition'],
    category: textOrNull('category'),
    shipFrom: textOrNull('ship_from'),
    imageUrls: Array.isArray(json.image_urls) ? json.image_urls.filter((u) => typeof u === 'string') : [],
    state: json.state === 'removed' ? 'removed' : 'active',
    version: typeof json.version === 'number' ? json.version : 0,
    createdAt: new Date(text('created_at') || 0).toISOString(),
    updatedAt: new Date(text('updated_at') || text('created_at') || 0).toISOString(),
  };
}

/** Rules the schema cannot say: cent precision and duplicate ids inside one batch. */
function checkListingInputs(
  inputs: readonly ListingInput[],
  pointerOf: (index: number) => string,
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const base = pointerOf(index);
    if (
      input.price &&
      Math.round(input.price.amount * 100) !== Number((input.price.amount * 100).toFixed(6))
    ) {
      errors.push({
        pointer: `${base}/price/amount`,
        rule: 'cents',
        detail: 'must have at most two decimal places',
      });
    }
    const earlier = seen.get(input.externalId);
    if (earlier !== undefined) {
      errors.push({
        pointer: `${base}/externalId`,
        rule: 'unique-in-batch',
        detail: `duplicates listing ${earlier} of this batch (${input.externalId})`,
      });
    } else seen.set(input.externalId, index);
  });
  return errors;
}

export interface RegisteredListing {
  listing: Listing;
  created: boolean;
}

/**
 * Registers or updates listings of one marketplace, all or nothing: if any listing is invalid,
 * none is stored and every failing field is named.
 */
export async function registerListings(
  db: Database,
  actor: Principal,
  marketplaceId: string,
  inputs: readonly ListingInput[],
  pointerOf: (index: number) => string = (i) => `/listings/${i}`,
  events?: ListingEventBus,
): Promise<RegisteredListing[]> {
  requireMarketplaceClient(actor, marketplaceId);
  await getMarketplace(db, marketplaceId);
  const errors = checkListingInputs(inputs, pointerOf);
  if (errors.length > 0) throw AppError.validation(errors);
  const registered = await db.transaction().execute(async (trx) => {
    const storeIds = await ensureStores(
      trx,
      marketplaceId,
      inputs.map((i) => i.store),
    );
    const now = new Date();
    const gated = inputs.map((input, index) => ({
      index,
      pointer: pointerOf(index),
      input,
      storeId: storeIds.get(input.store.externalId)!,
    }));
    const verdicts: GateVerdict[] = [];
    for (const { gate } of listingGates())
      verdicts.push(await gate(trx, { marketplaceId, listings: gated, now }));
    const refusals = verdicts.flatMap((v) => v.refusals);
    if (refusals.length > 0)
      throw new AppError(
        'UNPROCESSABLE',
        'The marketplace may not list these listings now; each refused listing names the rule',
        { errors: refusals },
      );
    const rows = await repo.upsertListings(
      trx,
      inputs.map((input) => ({
        id: newId(),
        marketplace_id: marketplaceId,
        external_id: input.externalId,
        store_id: storeIds.get(input.store.externalId)!,
        url: input.url,
        title: input.title,
        description: input.description ?? '',
        price: input.price ? input.price.amount.toFixed(2) : null,
        currency: input.price ? input.price.currency : null,
        quantity: input.quantity ?? null,
        condition: input.condition ?? null,
        category: input.category ?? null,
        ship_from: input.shipFrom ?? null,
        image_urls: JSON.stringify(input.imageUrls ?? []),
      })),
    );
    const audit: AuditEntry[] = rows.map((row) => ({
      actor: actor.label,
      action: row.inserted ? 'listing.registered' : 'listing.updated',
      entityType: 'listing',
      entityId: row.id,
      data: { marketplaceId, externalId: row.external_id, version: row.version },
    }));
    await appendAudit(trx, audit);
    const byExternalId = new Map(inputs.map((input, index) => [input.externalId, index]));
    const stored = rows.map((row) => ({
      index: byExternalId.get(row.external_id)!,
      id: row.id,
      inserted: row.inserted,
      version: row.version,
    }));
    for (const verdict of verdicts) await verdict.after?.(trx, stored);
    return rows.map((row) => ({ listing: toListing(row), created: row.inserted }));
  });
  // Announced after commit: subscribers (proactive detection) see only stored listings.
  await events?.publish(registered);
  return registered;
}

/** Listings are public pages; any signed-in party may read them, a marketplace key only its own. */
export async function getListing(db: Database, actor: Principal, id: string): Promise<Listing> {
  const row = await repo.findListing(db, id);
  if (!row || (actor.roles.has('marketplace') && actor.marketplaceId !== row.marketplace_id))
    throw AppError.notFound('Listing');
  return toListing(row);
}

/** What a catalogue search may filter by (GET /v1/listings). */
export interface ListingSearch {
  marketplaceId?: string;
  externalId?: string;
  url?: string;
  /** Free text: part of the title (any case), or a marketplace's own listing id. */
  q?: string;
  storeId?: string;
  state?: 'active' | 'removed';
  limit: number;
  offset: number;
}

/**
 * Searching the whole catalogue is for those who find listings to act on: rights holders and
 * agents (filing notices), operator staff, and a marketplace key within its own marketplace.
 * Sellers, buyers and authorities read a listing they are shown by id, but do not trawl the
 * catalogue of every marketplace.
 */
export function maySearchListings(actor: Principal): boolean {
  return (
    isOperatorStaff(actor) ||
    hasRole(actor, 'rights_holder', 'agent') ||
    (actor.roles.has('marketplace') && actor.marketplaceId !== null)
  );
}

export async function searchListings(
  db: Database,
  actor: Principal,
  filter: ListingSearch,
): Promise<Listing[]> {
  if (!maySearchListings(actor))
    throw AppError.forbidden(
      'Searching listings is for rights holders, agents, operator staff and marketplaces (their own listings)',
    );
  const scoped =
    actor.roles.has('marketplace') && actor.marketplaceId
      ? { ...filter, marketplaceId: actor.marketplaceId }
      : filter;
  return (await repo.searchListings(db, scoped)).map(toListing);
}

/** Bulk look-ups for other modules (notice intake), in domain form. */
export async function listingsByIds(db: Database, ids: readonly string[]): Promise<Listing[]> {
  return (await repo.findListingsByIds(db, ids)).map(toListing);
}

export async function listingsByExternalIds(
  db: Database,
  pairs: readonly { marketplaceId: string; externalId: string }[],
): Promise<Listing[]> {
  return (await repo.findListingsByExternalIds(db, pairs)).map(toListing);
}

export async function listingsByUrls(db: Database, urls: readonly string[]): Promise<Listing[]> {
  return (await repo.findListingsByUrls(db, urls)).map(toListing);
}

export async function listingsPageAfter(
  db: Database,
  afterId: string | null,
  limit: number,
): Promise<Listing[]> {
  return (await repo.listingsAfter(db, afterId, limit)).map(toListing);
}

export async function countAllListings(db: Database): Promise<number> {
  return repo.countListings(db);
}
