import type { Database } from '../db/database.ts';
import { accountabilityPolicy, standingOf } from '../sellers/index.ts';
import * as repo from './test-buy.repository.ts';

/**
 * Risk sources: each nominates listings worth a test buy and scores any listing between 0 and 1
 * with the reason in words. The policy weighs them by name. A program registers its own source at
 * import (the money program adds `buyer_complaints`), and a weight the policy already holds for it
 * takes effect then; until a source is registered its weight is ignored and the plan says so.
 */
export interface RiskScope {
  marketplaceId: string | null;
  /** At most this many nominations. */
  limit: number;
  now: Date;
}

export interface RiskSource {
  name: string;
  description: string;
  nominate(db: Database, scope: RiskScope): Promise<string[]>;
  score(
    db: Database,
    listingIds: readonly string[],
    now: Date,
  ): Promise<Map<string, { value: number; detail: string }>>;
}

const sources = new Map<string, RiskSource>();

export function registerRiskSource(source: RiskSource): void {
  if (!/^[a-z][a-z0-9_]{0,39}$/.test(source.name)) throw new Error(`bad risk source name ${source.name}`);
  if (sources.has(source.name)) throw new Error(`risk source ${source.name} is registered twice`);
  sources.set(source.name, source);
}

export function riskSources(): RiskSource[] {
  return [...sources.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Proactive detection's verdict: the listing's score. */
registerRiskSource({
  name: 'detection',
  description: 'The detection score of the listing (listing_verdicts), 0 to 1',
  async nominate(db, scope) {
    return (await repo.flaggedListings(db, scope.limit, scope.marketplaceId)).map((r) => r.id);
  },
  async score(db, listingIds) {
    const rows = await repo.verdictsOf(db, listingIds);
    return new Map(
      rows
        .filter((r) => Number(r.score) > 0)
        .map((r) => [
          r.listing_id,
          { value: Number(r.score), detail: `detection score ${Number(r.score)} (${r.action})` },
        ]),
    );
  },
});

/** The seller's record: strikes in force and points lost this year (seller accountability). */
registerRiskSource({
  name: 'seller_record',
  description: "The store's strikes in force and the share of this year's points it has lost",
  async nominate(db, scope) {
    const policy = await accountabilityPolicy(db);
    const since = new Date(scope.now.getTime() - policy.body.strikeWindowDays * 86_400_000);
    return (
      await repo.listingsOfRecentOffenders(db, {
        since,
        limit: scope.limit,
        marketplaceId: scope.marketplaceId,
      })
    ).map((r) => r.id);
  },
  async score(db, listingIds, now) {
    const policy = (await accountabilityPolicy(db)).body;
    const stores = await repo.storesOfListings(db, listingIds);
    const closureAt = Math.max(1, ...policy.strikes.map((s) => s.strikes));
    const byStore = new Map<string, { value: number; detail: string }>();
    for (const storeId of new Set(stores.map((s) => s.store_id))) {
      const standing = await standingOf(db, storeId, policy, now);
      const lost =
        Math.max(0, policy.yearlyAllotment - standing.balance) / Math.max(1, policy.yearlyAllotment);
      const value = Math.max(standing.strikes / closureAt, lost);
      if (value > 0)
        byStore.set(storeId, {
          value,
          detail: `${standing.strikes} strike(s) in force, ${standing.balance} of ${policy.yearlyAllotment} points left`,
        });
    }
    const out = new Map<string, { value: number; detail: string }>();
    for (const s of stores) {
      const v = byStore.get(s.store_id);
      if (v) out.set(s.id, v);
    }
    return out;
  },
});

/** Brands' requests: a listing a brand asked to have bought. */
registerRiskSource({
  name: 'brand_request',
  description: 'Open test-buy requests of brands for the listing',
  async nominate(db, scope) {
    return (await repo.openRequestListings(db, scope.limit, scope.marketplaceId)).map((r) => r.id);
  },
  async score(db, listingIds) {
    const rows = await repo.openRequestsOf(db, listingIds);
    const out = new Map<string, { value: number; detail: string }>();
    for (const r of rows) {
      const known = out.get(r.listing_id);
      out.set(r.listing_id, {
        value: 1,
        detail: known ? `${known.detail}, ${r.brand_name}` : `requested by ${r.brand_name}`,
      });
    }
    return out;
  },
});
