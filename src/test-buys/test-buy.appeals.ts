import { type AppealedDecision, appealedContext, registerAppealEffect } from '../appeals/index.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import { restoreDeduction } from '../sellers/index.ts';
import { newId } from '../shared/ids.ts';
import { restoreListing } from '../takedowns/index.ts';
import * as repo from './test-buy.repository.ts';

function listingPartsOf(decision: AppealedDecision) {
  const s = decision.statement;
  return {
    ...appealedContext(decision),
    subject: { type: 'listing' as const, id: decision.subject_id },
    listing: s.restriction.listing ? { ...s.restriction.listing, createdAt: decision.created_at } : null,
  };
}

/**
 * An appeal against a test-buy violation: upheld, the listing stays down; reversed (the inspection
 * was wrong, or the copy was not the same product), the listing is restored unless a notice still
 * keeps it down, and the points the violation cost are given back.
 */
registerAppealEffect('test_buy_violation', {
  async uphold(trx: Database, decision, input) {
    const recorded = await recordDecision(trx, {
      ...listingPartsOf(decision),
      id: newId(),
      kind: 'appeal_upheld',
      previousDecisionId: decision.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
      now: input.now,
    });
    return recorded.audit;
  },
  async reverse(trx: Database, decision, input) {
    const id = newId();
    const lifted = await restoreListing(trx, {
      listingId: decision.subject_id,
      exceptItemId: null,
      actorLabel: input.actorLabel,
      cause: 'appeal',
      reasonText: input.reasonText,
      outcomeId: id,
      now: input.now,
      event: {
        source: 'test_buy',
        notice_id: null,
        item_id: null,
        decision_id: id,
        appealed_decision_id: decision.id,
      },
    });
    const recorded = await recordDecision(trx, {
      ...listingPartsOf(decision),
      id,
      kind: 'appeal_reversed',
      previousDecisionId: decision.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
      listingRestored: lifted.restored,
      now: input.now,
    });
    const buy = await repo.testBuyOfDecision(trx, decision.id);
    const restored = buy?.deduction_entry_id
      ? ((await restoreDeduction(trx, {
          deductionId: buy.deduction_entry_id,
          storeId: buy.store_id,
          decisionId: id,
          now: input.now,
          note: `Restored: the test-buy violation ${decision.id} was reversed on appeal`,
        })) ?? [])
      : [];
    return [...lifted.audit, ...recorded.audit, ...restored];
  },
});
