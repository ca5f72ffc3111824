import { declareTables } from '../shared/tables.ts';

/**
 * Public API of image matching (issue 15): brands' reference images, listing images fetched
 * safely or pushed, their PDQ hashes, the multi-index, the matches, and the fetch worker.
 */
import './images.table.ts';

export {
  hashImage,
  IMAGE_LIMITS,
  IMAGE_REFUSALS,
  type ImageHashes,
  ImageRefused,
  sniffImageFormat,
  thumbnailOf,
} from './decode.ts';
export { referencesNear, referencesNearByScan } from './images.repository.ts';
export { imageRoutes } from './images.routes.ts';
export {
  addReferenceImage,
  attachImageIntake,
  backScanReferences,
  enqueueListingImages,
  fetchDueImages,
  findImageMatches,
  type ImageMatch,
  listingImageMatches,
  listingImages,
  matchesForListings,
  pushListingImage,
  rightImageMatches,
  setImageHosts,
} from './images.service.ts';
export { hostAllowed, type Transformation } from './images.ts';
export { type ImageWorker, startImageWorker } from './images.worker.ts';
export { productPhoto } from './sample-images.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: [
    'image_references',
    'marketplace_image_hosts',
    'listing_images',
    'image_matches',
    'image_thumbnails',
  ],
});
