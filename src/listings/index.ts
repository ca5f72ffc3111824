export {
  countAllListings,
  getListing,
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
