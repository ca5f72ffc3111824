/** Public API of takedowns: applying removals and reinstatements to listings. */

export { LISTING_REINSTATED, LISTING_REMOVED } from './events.ts';
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
