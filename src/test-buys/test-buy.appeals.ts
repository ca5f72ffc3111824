import { registerAppealEffect, reverseListingRemoval, upholdListingRemoval } from '../appeals/index.ts';
import type { Database } from '../db/database.ts';
import { restoreDeduction } from '../sellers/index.ts';
import * as repo from './test-buy.repository.ts';

/**
 * An appeal against a test-buy violation: upheld, the listing stays down; reversed (the inspection
 * was wrong, or the copy was not the same product), the listing is restored unless a notice still
 * keeps it down, and the points the violation cost are given back.
 */
registerAppealEffect('test_buy_violation', {
  uphold: upholdListingRemoval,
  async reverse(trx: Database, decision, input) {
    const reversed = await reverseListingRemoval(trx, decision, input, 'test_buy');
    const buy = await repo.testBuyOfDecision(trx, decision.id);
    const restored = buy?.deduction_entry_id
      ? ((await restoreDeduction(trx, {
          deductionId: buy.deduction_entry_id,
          storeId: buy.store_id,
          decisionId: reversed.decisionId,
          now: input.now,
          note: `Restored: the test-buy violation ${decision.id} was reversed on appeal`,
        })) ?? [])
      : [];
    return [...reversed.audit, ...restored];
  },
});
