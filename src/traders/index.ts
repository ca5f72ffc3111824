import { declareTables } from '../shared/tables.ts';
import './admission.service.ts';

/** Public API of traders: trader details as keyed hashes, store links (clusters), admission. */
export {
  STORE_ADMISSION_POLICY,
  STORE_ADMITTED,
  STORE_HELD,
  type StoreAdmissionPolicy,
} from './admission.ts';
export { traderRoutes } from './trader.routes.ts';
export { TraderSchema } from './trader.schema.ts';
export {
  MAX_STORES_PER_BATCH,
  registerStores,
  type StoreLinks,
  type StoreRegistration,
  storeLinks,
} from './trader.service.ts';
export type { TraderDetails } from './trader.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['trader_identifiers', 'store_clusters', 'store_cluster_members'],
});
