import { declareTables } from '../shared/tables.ts';

/** Public API of the double-entry ledger (issue 14): movements as whole pairs, balances, the check. */
import './ledger.table.ts';

export { findMovement, movementsInsertCtes, reversedAmong } from './ledger.repository.ts';
export { ledgerRoutes } from './ledger.routes.ts';
export { balanceOf, balances, checkLedger, type LedgerCheck, post } from './ledger.service.ts';
export {
  account,
  amountErrors,
  balancesOf,
  CURRENCIES,
  CURRENCY_CODES,
  type Currency,
  formatAmount,
  isCurrency,
  MAX_AMOUNT,
  MOVEMENT_KINDS,
  type MovementInput,
  type MovementKind,
  movementProblem,
  pairOf,
  STORE_ACCOUNTS,
  type StoreAccount,
} from './ledger.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['ledger_movements', 'ledger_entries'],
});
