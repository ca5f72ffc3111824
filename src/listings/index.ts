export type { Listing, ListingInput } from './listing.ts';
export { MAX_LISTINGS_PER_BATCH } from './listing.ts';
export { getListing, listingsByExternalIds, listingsByIds, listingsByUrls, registerListings, searchListings, toListing } from './listing.service.ts';
