import { type AuditEntry, canonicalJson } from '../audit/index.ts';
import { sha256Hex } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { type DecisionInput, recordDecision } from '../decisions/index.ts';
import { appendEvents } from '../events/index.ts';
import { newId } from '../shared/ids.ts';
import { LISTING_REMOVED, type ListingRemovedData } from './events.ts';
import * as repo from './takedown.repository.ts';

/** The listing's context a decision about it carries (marketplace, store, the listing itself). */
export interface ListingTakedownContext {
  marketplace: { id: string; code: string; name: string; jurisdiction: string };
  listing: { id: string; externalId: string; title: string; url: string; createdAt: Date };
  store: { id: string; externalId: string; name: string };
  sellerOrgId: string | null;
}

export interface ListingTakedownInput {
  listingId: string;
  /** What the removal came from, for the marketplace's webhook. */
  source: Extract<ListingRemovedData['source'], 'store_closure' | 'licence' | 'test_buy'>;
  actorLabel: string;
  now: Date;
  /** Builds the decision (kind, reasons, policy, what it rests on) from the listing's context. */
  decision(
    ctx: ListingTakedownContext,
  ): Omit<
    DecisionInput,
    'id' | 'subject' | 'marketplace' | 'listing' | 'store' | 'snapshot' | 'sellerOrgId' | 'now'
  >;
}

export interface ListingTakedownResult {
  decisionId: string;
  snapshotSha256: string;
  audit: AuditEntry[];
}

/**
 * Takes one active listing down for a decision that is not a notice's (a store closed, a licence
 * lapsed), in the caller's transaction, the way every takedown happens: the listing archived as it
 * was (snapshot, SHA-256), removed, the decision with its statement of reasons, the signed
 * `listing.removed` webhook, audit. Null when the listing is not active (already down): nothing
 * changes.
 */
export async function takeDownListing(
  trx: Database,
  input: ListingTakedownInput,
): Promise<ListingTakedownResult | null> {
  const listing = await repo.lockListing(trx, input.listingId);
  if (!listing || listing.state !== 'active') return null;
  const where = await repo.listingContext(trx, listing.id);
  if (!where) return null;
  const ctx: ListingTakedownContext = {
    marketplace: {
      id: where.marketplace_id,
      code: where.marketplace_code,
      name: where.marketplace_name,
      jurisdiction: where.jurisdiction,
    },
    listing: {
      id: listing.id,
      externalId: listing.external_id,
      title: listing.title,
      url: listing.url,
      createdAt: listing.created_at,
    },
    store: { id: where.store_id, externalId: where.store_external_id, name: where.store_name },
    sellerOrgId: where.seller_org_id,
  };
  const snapshot = Object.fromEntries(
    Object.entries(listing).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
  );
  const snapshotSha256 = sha256Hex(canonicalJson(snapshot));
  const snapshotId = newId();
  await repo.insertListingSnapshot(trx, {
    id: snapshotId,
    listing_id: listing.id,
    snapshot: JSON.stringify(snapshot),
    sha256: snapshotSha256,
    created_at: input.now,
  });
  const { version } = await repo.markListingRemoved(trx, listing.id, input.now);
  const decisionId = newId();
  const decision = await recordDecision(trx, {
    ...input.decision(ctx),
    id: decisionId,
    subject: { type: 'listing', id: listing.id },
    marketplace: ctx.marketplace,
    listing: ctx.listing,
    store: ctx.store,
    snapshot: { id: snapshotId, sha256: snapshotSha256 },
    sellerOrgId: ctx.sellerOrgId,
    now: input.now,
  });
  const row = decision.planned.row;
  await appendEvents(trx, [
    {
      type: LISTING_REMOVED.type,
      subjectType: 'listing',
      subjectId: listing.id,
      marketplaceId: ctx.marketplace.id,
      data: {
        marketplace_listing_id: listing.external_id,
        listing_id: listing.id,
        listing_version: Number(version),
        store_external_id: ctx.store.externalId,
        source: input.source,
        notice_id: null,
        item_id: null,
        case_id: null,
        decision_id: decisionId,
        statement_id: decisionId,
        statement_path: `/v1/statements/${decisionId}`,
        automated_decision: row.automated_decision !== 'not',
        reason: { code: row.reason_code, text: row.reason_text },
      } satisfies ListingRemovedData,
    },
  ]);
  return {
    decisionId,
    snapshotSha256,
    audit: [
      {
        actor: input.actorLabel,
        action: `listing.removed_for_${input.source}`,
        entityType: 'listing',
        entityId: listing.id,
        data: { decisionId, snapshotSha256, kind: row.kind },
      },
      ...decision.audit,
    ],
  };
}
