import { declareTables } from '../shared/tables.ts';

/**
 * Public API of payments (issue 14): deposits, orders and holds on their proceeds, payouts, buyer
 * complaints refunded first and recovery claims, money reports; every amount on the ledger.
 */
import './payments.table.ts';
import './payments.policy.ts';
import './payments.events.ts';
import './payments.effects.ts';
import './payments.case-work.ts';

export { complaintsOfStore, fileComplaint, topUpRefundFund } from './complaints.service.ts';
export { getDeposit, topUp } from './deposit.service.ts';
export { salesOfStore } from './orders.repository.ts';
export { ingestBatch, storeMoney } from './orders.service.ts';
export { BUYER_COMPLAINT_CONFIRMED } from './payments.events.ts';
export { paymentRoutes } from './payments.routes.ts';
export { moneyReport } from './reports.service.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: [
    'money_events',
    'orders',
    'deposit_confiscations',
    'deposit_releases',
    'buyer_complaints',
    'recovery_claims',
  ],
  alsoWrites: {
    ledger_movements:
      'the order batch writes its proceeds movements in its own one statement (SQL from ledger: movementsInsertCtes)',
    ledger_entries:
      "the same statement writes each movement's pair of entries (SQL from ledger: movementsInsertCtes)",
  },
});
