import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { appendEvents } from '../events/index.ts';
import { itemContext } from '../items/index.ts';
import { LISTING_REINSTATED, type ListingReinstatedData } from './events.ts';
import * as repo from './takedown.repository.ts';

export interface ReinstatementInput {
  itemId: string;
  actorLabel: string;
  /** Why the item no longer keeps the listing down: a counter-notice, a withdrawal, an appeal. */
  cause: string;
  reasonText: string;
  outcomeId: string;
  now: Date;
}

export interface ReinstatementResult {
  /** False when another removed item still keeps the listing down. */
  restored: boolean;
  listingVersion: number;
  audit: AuditEntry[];
}

/**
 * Lifts one item's removal from its listing, inside the caller's transaction (the caller has
 * already moved the item out of 'removed'). The listing returns to 'active' only when no other
 * item still holds it removed; then the marketplace is told with a signed `listing.reinstated`.
 */
export async function applyReinstatement(
  trx: Database,
  input: ReinstatementInput,
): Promise<ReinstatementResult> {
  const ctx = await itemContext(trx, input.itemId);
  if (!ctx) throw AppError.notFound('Notice item');
  if (ctx.state === 'removed')
    throw AppError.conflict(
      'The item is still removed; move it out of removal before lifting it from the listing',
      { rule: 'still-removed' },
    );
  return restoreListing(trx, {
    listingId: ctx.listing_id,
    exceptItemId: input.itemId,
    actorLabel: input.actorLabel,
    cause: input.cause,
    reasonText: input.reasonText,
    outcomeId: input.outcomeId,
    now: input.now,
    event: {
      source: 'notice',
      notice_id: ctx.notice_id,
      item_id: ctx.id,
      decision_id: input.outcomeId,
      appealed_decision_id: null,
    },
  });
}

/**
 * Makes a removed listing active again unless a removed notice item still holds it (any item but
 * `exceptItemId`), and announces `listing.reinstated`. For item outcomes and for the reversal of a
 * proactive removal on appeal alike.
 */
export async function restoreListing(
  trx: Database,
  input: {
    listingId: string;
    exceptItemId: string | null;
    actorLabel: string;
    cause: string;
    reasonText: string;
    /** The outcome or decision that lifts the removal, recorded with the event. */
    outcomeId: string;
    now: Date;
    /** Where the removal came from, and the decision that lifts it (an item's outcome is its decision). */
    event: Pick<
      ListingReinstatedData,
      'source' | 'notice_id' | 'item_id' | 'decision_id' | 'appealed_decision_id'
    >;
  },
): Promise<ReinstatementResult> {
  const listing = await repo.lockListing(trx, input.listingId);
  if (!listing) throw AppError.notFound('Listing');
  const holders = await repo.otherRemovedItems(trx, listing.id, input.exceptItemId);
  const audit: AuditEntry[] = [];
  if (listing.state !== 'removed' || holders > 0) {
    audit.push({
      actor: input.actorLabel,
      action: 'listing.reinstatement_withheld',
      entityType: 'listing',
      entityId: listing.id,
      data: {
        itemId: input.exceptItemId,
        outcomeId: input.outcomeId,
        listingState: listing.state,
        otherRemovedItems: holders,
      },
    });
    return { restored: false, listingVersion: listing.version, audit };
  }
  const { version } = await repo.markListingActive(trx, listing.id, input.now);
  const store = await repo.storeOfListing(trx, listing.id);
  await appendEvents(trx, [
    {
      type: LISTING_REINSTATED.type,
      subjectType: 'listing',
      subjectId: listing.id,
      marketplaceId: listing.marketplace_id,
      data: {
        marketplace_listing_id: listing.external_id,
        listing_id: listing.id,
        listing_version: version,
        store_external_id: store?.external_id ?? null,
        ...input.event,
        statement_path: `/v1/statements/${input.event.decision_id}`,
        outcome_id: input.outcomeId,
        cause: input.cause,
        reason: { text: input.reasonText },
      } satisfies ListingReinstatedData,
    },
  ]);
  audit.push({
    actor: input.actorLabel,
    action: 'listing.reinstated',
    entityType: 'listing',
    entityId: listing.id,
    data: { itemId: input.exceptItemId, outcomeId: input.outcomeId, cause: input.cause, version },
  });
  return { restored: true, listingVersion: version, audit };
}
