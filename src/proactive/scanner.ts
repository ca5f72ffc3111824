import type { Database } from '../db/database.ts';
import { type ListingInput as DetectionListing, type Verdict, withPhotoSignals } from '../detection/index.ts';
import { type ImageMatch, matchesForListings } from '../images/index.ts';
import type { Listing } from '../listings/index.ts';
import { newId } from '../shared/ids.ts';
import { brandCasesOpened, exemptedCandidates } from './brand-verification.hooks.ts';
import { currentRevision } from './detection-config.repository.ts';
import { buildDetectionSetup, type DetectionSetup } from './detection-config.service.ts';
import * as repo from './proactive.repository.ts';
import { removeProactively } from './removal.ts';

/** How often a process checks whether knowledge, rules or policy changed, and the longest a setup lives. */
const REVISION_CHECK_MS = 2_000;
const MAX_SETUP_AGE_MS = 3_600_000;

export interface ScanSummary {
  scanned: number;
  flagged: number;
  removed: number;
  queued: number;
}

/**
 * Scans listings with the detectors of the current configuration revision, stores the latest
 * verdict per listing and acts on it: automated removal, a case for review or brand verification,
 * or nothing. One scanner per database handle; it rebuilds its detectors when the revision moves.
 */
export class ProactiveScanner {
  private setup: DetectionSetup | undefined;
  private builtAt = 0;
  private checkedAt = 0;
  private building: Promise<DetectionSetup> | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async currentSetup(): Promise<DetectionSetup> {
    const nowMs = Date.now();
    if (this.setup && nowMs - this.checkedAt < REVISION_CHECK_MS && nowMs - this.builtAt < MAX_SETUP_AGE_MS)
      return this.setup;
    this.building ??= (async () => {
      try {
        const revision = await currentRevision(this.db);
        this.checkedAt = Date.now();
        if (
          !this.setup ||
          this.setup.revision !== revision ||
          Date.now() - this.builtAt >= MAX_SETUP_AGE_MS
        ) {
          this.setup = await buildDetectionSetup(this.db, revision, this.now());
          this.builtAt = Date.now();
        }
        return this.setup;
      } finally {
        this.building = undefined;
      }
    })();
    return this.building;
  }

  /** Pure part: one verdict per listing with the detector of its marketplace. */
  async verdicts(listings: readonly Listing[]): Promise<{ setup: DetectionSetup; verdicts: Verdict[] }> {
    const setup = await this.currentSetup();
    const sellers = await repo.storeExternalIds(
      this.db,
      listings.map((l) => l.storeId),
    );
    // Images matching brands' reference images (src/images) add a `stolen_photo` signal each.
    const photos = new Map<string, ImageMatch[]>();
    for (const match of await matchesForListings(
      this.db,
      listings.map((l) => l.id),
    )) {
      photos.set(match.listingId, [...(photos.get(match.listingId) ?? []), match]);
    }
    const verdicts = listings.map((listing) => {
      const detector = setup.detectors.get(listing.marketplaceId) ?? setup.detectors.get(null)!;
      const sellerId = sellers.get(listing.storeId);
      const verdict = detector.scan(toDetectionInput(listing, sellerId));
      const matches = photos.get(listing.id);
      return matches
        ? withPhotoSignals(verdict, matches, setup.photoBrands, sellerId, setup.policy)
        : verdict;
    });
    return { setup, verdicts };
  }

  async scanListings(listings: readonly Listing[]): Promise<ScanSummary> {
    if (listings.length === 0) return { scanned: 0, flagged: 0, removed: 0, queued: 0 };
    const { setup, verdicts } = await this.verdicts(listings);
    await repo.upsertVerdicts(
      this.db,
      verdicts.map((v, i) => ({
        listing_id: listings[i]!.id,
        listing_version: listings[i]!.version,
        score: v.score,
        action: v.action,
        flagged: v.flagged,
        signals: JSON.stringify(v.signals),
        brands: JSON.stringify(v.brands),
        revision: setup.revision,
        policy_version: setup.policyVersion,
      })),
    );
    const summary: ScanSummary = { scanned: listings.length, flagged: 0, removed: 0, queued: 0 };
    // What the brand taught (Joint Force: a store or listing it said is genuine) is not sent to it again.
    const exempted = await exemptedCandidates(
      this.db,
      listings.flatMap((listing, i) => {
        const verdict = verdicts[i]!;
        const brandId = verdict.brands[0]?.brandId;
        const brandOrgId = brandId ? setup.brandOrg.get(brandId) : undefined;
        return verdict.action === 'brand_verify' && listing.state === 'active' && brandId && brandOrgId
          ? [{ listingId: listing.id, storeId: listing.storeId, brandId, brandOrgId }]
          : [];
      }),
    );
    const toOpen: repo.CaseWrite[] = [];
    for (let i = 0; i < listings.length; i++) {
      const listing = listings[i]!;
      const verdict = verdicts[i]!;
      if (verdict.flagged) summary.flagged++;
      // A removed listing has nothing left to act on; allowed listings need no case.
      if (listing.state !== 'active' || verdict.action === 'allow') continue;
      if (verdict.action === 'remove') {
        if (
          await removeProactively(this.db, {
            listingId: listing.id,
            verdict,
            decidedByUserId: null,
            actorLabel: 'system:detection',
            automatedDecision: true,
            note: null,
          })
        )
          summary.removed++;
        continue;
      }
      if (exempted.has(listing.id)) continue;
      const brandId = verdict.brands[0]?.brandId;
      const toBrand = verdict.action === 'brand_verify' && brandId ? setup.brandOrg.get(brandId) : undefined;
      toOpen.push({
        id: newId(),
        listing_id: listing.id,
        listing_version: listing.version,
        action: verdict.action,
        state: 'open',
        brand_org_id: toBrand ?? null,
        brand_id: toBrand && brandId ? brandId : null,
        score: verdict.score,
        signals: JSON.stringify(verdict.signals),
        automated: false,
      });
    }
    if (toOpen.length === 0) return summary;
    const now = new Date();
    summary.queued = await this.db.transaction().execute(async (trx) => {
      const opened = await repo.openCases(trx, toOpen);
      await brandCasesOpened(
        trx,
        opened.flatMap((c) =>
          c.action === 'brand_verify' && c.brand_org_id && c.brand_id
            ? [
                {
                  id: c.id,
                  listingId: c.listing_id,
                  brandId: c.brand_id,
                  brandOrgId: c.brand_org_id,
                  createdAt: c.created_at,
                },
              ]
            : [],
        ),
        now,
      );
      return opened.length;
    });
    return summary;
  }
}

function toDetectionInput(listing: Listing, sellerId: string | undefined): DetectionListing {
  return {
    id: listing.id,
    title: listing.title,
    description: listing.description,
    ...(listing.price ? { price: listing.price.amount, currency: listing.price.currency } : {}),
    ...(listing.quantity !== null ? { quantity: listing.quantity } : {}),
    ...(listing.condition ? { condition: listing.condition } : {}),
    ...(listing.category ? { category: listing.category } : {}),
    ...(listing.shipFrom ? { shipFrom: listing.shipFrom } : {}),
    ...(sellerId ? { sellerId } : {}),
    imageUrls: listing.imageUrls,
    marketplace: listing.marketplaceId,
  };
}
