import { declareTables } from '../shared/tables.ts';

/**
 * Public API of seller accountability: the points ledger, strikes, sanctions and education of
 * stores (issue 13), following the decision stream.
 */
import './sellers.table.ts';
import './sellers.policy.ts';
import './sellers.events.ts';
import './sellers.effects.ts';

export {
  accountabilityPolicy,
  countInfringement,
  restoreDeduction,
  severityOf,
  standingOf,
} from './ledger.ts';
export { imposeSanction, liftSanction } from './sanctions.ts';
export { sellerRoutes } from './sellers.routes.ts';
export { getAccountability, sanctionByHand } from './sellers.service.ts';
export {
  balanceOf,
  checkPolicy,
  DEFAULT_SELLER_ACCOUNTABILITY,
  deductionFor,
  type SellerAccountabilityPolicy,
  sanctionFor,
  strikesAt,
} from './sellers.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['point_entries', 'store_sanctions'],
});
