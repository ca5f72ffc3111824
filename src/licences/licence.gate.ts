import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { FieldError } from '../errors/app-error.ts';
import { type GatedListing, registerListingGate } from '../listings/index.ts';
import { currentPolicy } from '../policies/index.ts';
import {
  licenceCovers,
  licenceNeeded,
  modeFor,
  type RestrictedCategory,
  restrictedCategoryOf,
} from './licence.ts';
import './licence.policy.ts';
import * as repo from './licence.repository.ts';
import { restrictListing } from './licence.restrictions.ts';

/**
 * The licence gate on listing registration: a listing in a restricted category from a store without
 * a verified, unexpired licence for that category covering the marketplace's jurisdiction is refused
 * (policy mode `refuse`: the whole registration is refused, 422, naming the licence needed) or held
 * (`hold`: stored, then taken down at once with a `licence_restriction` decision, restored when
 * such a licence is verified). Two queries whatever the batch size: the policy (cached) and the
 * verified licences of the batch's stores in the batch's restricted categories.
 */
registerListingGate('licences', async (trx, { marketplaceId, listings, now }) => {
  const policy = await currentPolicy(trx, 'licences');
  const restricted: Array<{ listing: GatedListing; category: RestrictedCategory }> = [];
  for (const listing of listings) {
    const category = restrictedCategoryOf(policy.body, listing.input.category);
    if (category) restricted.push({ listing, category });
  }
  if (restricted.length === 0) return { refusals: [] };
  const marketplace = await repo.marketplaceOf(trx, marketplaceId);
  if (!marketplace) return { refusals: [] };
  const licences = await repo.verifiedLicencesOf(
    trx,
    restricted.map((r) => r.listing.storeId),
    restricted.map((r) => r.category.code),
  );
  const missing = restricted.filter(
    ({ listing, category }) =>
      !licences.some(
        (licence) =>
          licence.store_id === listing.storeId &&
          licenceCovers(
            {
              status: licence.status,
              category: licence.category,
              jurisdiction: licence.jurisdiction,
              validFrom: licence.valid_from,
              validUntil: licence.valid_until,
            },
            category.code,
            marketplace.jurisdiction,
            now,
          ),
      ),
  );
  if (missing.length === 0) return { refusals: [] };
  if (modeFor(policy.body, marketplace.code) === 'refuse') {
    const refusals: FieldError[] = missing.map(({ listing, category }) => ({
      pointer: `${listing.pointer}/category`,
      rule: 'licence-required',
      detail: `"${listing.input.category}" is in the restricted category ${category.name}: store ${listing.input.store.externalId} needs ${licenceNeeded(category, marketplace.jurisdiction)}`,
    }));
    return { refusals };
  }
  return {
    refusals: [],
    async after(trx2, stored) {
      const audit: AuditEntry[] = [];
      for (const { listing, category } of missing) {
        const row = stored.find((s) => s.index === listing.index);
        if (!row) continue;
        const done = await restrictListing(trx2, {
          listingId: row.id,
          storeId: listing.storeId,
          category,
          jurisdiction: marketplace.jurisdiction,
          cause: 'held',
          lapsedLicenceId: null,
          policyVersion: policy.version,
          now,
        });
        if (done) audit.push(...done.audit);
      }
      await appendAudit(trx2, audit);
    },
  };
});
