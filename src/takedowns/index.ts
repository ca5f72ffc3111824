import { declareTables } from '../shared/tables.ts';

/** Public API of takedowns: applying removals and reinstatements to listings. */

export {
  LISTING_REINSTATED,
  LISTING_REMOVED,
  type ListingReinstatedData,
  type ListingRemovedData,
} from './events.ts';
export {
  type ListingTakedownContext,
  type ListingTakedownInput,
  type ListingTakedownResult,
  takeDownListing,
} from './listing-takedown.ts';
export {
  applyReinstatement,
  type ReinstatementInput,
  type ReinstatementResult,
  restoreListing,
} from './reinstatement.ts';
export {
  applyRemoval,
  type DecidedRemoval,
  type DecidedRemovalInput,
  decideRemoval,
  type RemovalInput,
  type RemovalResult,
} from './removal.ts';
export { verifySnapshot } from './takedown.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['listing_snapshots'],
  alsoWrites: {
    listings: 'the removal hot path takes the listing down in its one statement',
    deadlines: "the removal hot path schedules the seller's counter-notice clock in its one statement",
  },
});
