import { declareTables } from '../shared/tables.ts';

export { LICENCE_LAPSE, LICENCE_WARNING } from './licence.expiry.ts';
export { LICENCES_POLICY } from './licence.policy.ts';
export { licenceRoutes } from './licence.routes.ts';
export type { Licence } from './licence.schema.ts';
export { decideLicence, getLicence, listLicences, uploadLicence } from './licence.service.ts';
/**
 * Public API of licences: market-access licences for restricted categories (policy `licences`),
 * their review, the listing gate that refuses or holds listings without one, and their expiry.
 */
export {
  categorySegments,
  type LicencesPolicy,
  RESTRICTED_CATEGORY_CODES,
  restrictedCategoryOf,
} from './licence.ts';
import './licence.appeals.ts';
import './licence.gate.ts';
import './licence.table.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['licences', 'licence_restrictions'],
});
