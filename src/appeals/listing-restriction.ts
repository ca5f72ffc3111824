import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import { newId } from '../shared/ids.ts';
import { restoreListing } from '../takedowns/index.ts';
import type { AppealResultBase } from './appeal.effects.ts';
import { type AppealedDecision, appealedContext } from './appeal.registry.ts';

/**
 * Appeals against decisions that took one listing down outside the notice path (a missing licence,
 * a test-buy violation): what their modules' appeal effects share. The module adds what it alone
 * undoes (a lifted restriction, restored points).
 */

/** The restricted listing, carried into the appeal's decision about it. */
function listingContext(decision: AppealedDecision) {
  const s = decision.statement;
  return {
    ...appealedContext(decision),
    subject: { type: 'listing' as const, id: decision.subject_id },
    listing: s.restriction.listing ? { ...s.restriction.listing, createdAt: decision.created_at } : null,
  };
}

/** Upheld: the listing stays down; the appeal's decision says so. */
export async function upholdListingRemoval(
  trx: Database,
  decision: AppealedDecision,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
  const recorded = await recordDecision(trx, {
    ...listingContext(decision),
    id: newId(),
    kind: 'appeal_upheld',
    previousDecisionId: decision.id,
    reasonText: input.reasonText,
    decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
    now: input.now,
  });
  return recorded.audit;
}

/**
 * Reversed: the listing is restored unless a notice still keeps it down, and the appeal's decision
 * records whether it was. Returns that decision's id with the audit entries.
 */
export async function reverseListingRemoval(
  trx: Database,
  decision: AppealedDecision,
  input: AppealResultBase,
  source: 'licence' | 'test_buy',
): Promise<{ decisionId: string; audit: AuditEntry[] }> {
  const id = newId();
  const lifted = await restoreListing(trx, {
    listingId: decision.subject_id,
    exceptItemId: null,
    actorLabel: input.actorLabel,
    cause: 'appeal',
    reasonText: input.reasonText,
    outcomeId: id,
    now: input.now,
    event: { source, notice_id: null, item_id: null, decision_id: id, appealed_decision_id: decision.id },
  });
  const recorded = await recordDecision(trx, {
    ...listingContext(decision),
    id,
    kind: 'appeal_reversed',
    previousDecisionId: decision.id,
    reasonText: input.reasonText,
    decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
    listingRestored: lifted.restored,
    now: input.now,
  });
  return { decisionId: id, audit: [...lifted.audit, ...recorded.audit] };
}
