import { declareTables } from '../shared/tables.ts';

export {
  countAllListings,
  getListing,
  listingFromSnapshot,
  listingsByExternalIds,
  listingsByIds,
  listingsByUrls,
  listingsPageAfter,
  registerListings,
  searchListings,
  toListing,
} from './listing.service.ts';
export type { Listing, ListingInput } from './listing.ts';
export { MAX_LISTINGS_PER_BATCH } from './listing.ts';
export { type ListingChange, type ListingChangeHandler, ListingEventBus } from './listing-events.ts';
export {
  type GatedListing,
  type GateVerdict,
  type ListingGate,
  registerListingGate,
  type StoredListing,
} from './listing-gates.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['listings'],
});
