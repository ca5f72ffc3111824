import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { DecisionKind, findDecisionRow } from '../decisions/index.ts';
import type { AppealResultBase } from './appeal.effects.ts';

export type AppealedDecision = NonNullable<Awaited<ReturnType<typeof findDecisionRow>>>;

/**
 * What an appeal's result does to the subject of a decision of one kind. The module that makes
 * decisions of that kind registers it at import (a store sanction's reversal restores the store, a
 * refused licence's reversal accepts it). Each function records the appeal's own decision
 * (`appeal_upheld` / `appeal_reversed`, previous = the appealed one) with whatever it changes, in
 * the caller's transaction, and returns the audit entries for the caller to append. Kinds without
 * an effect get a decision that changes nothing.
 */
export interface AppealEffect {
  uphold(trx: Database, decision: AppealedDecision, input: AppealResultBase): Promise<AuditEntry[]>;
  reverse(trx: Database, decision: AppealedDecision, input: AppealResultBase): Promise<AuditEntry[]>;
}

const effects = new Map<DecisionKind, AppealEffect>();

export function registerAppealEffect(kind: DecisionKind, effect: AppealEffect): void {
  if (effects.has(kind)) throw new Error(`An appeal effect for ${kind} decisions is already registered`);
  effects.set(kind, effect);
}

export function appealEffectOf(kind: DecisionKind): AppealEffect | undefined {
  return effects.get(kind);
}

/**
 * The appealed decision's own context, carried into the appeal's result: the same subject, seller,
 * marketplace and store, no notice side (for decisions about an account: a store, a licence). The
 * caller adds the kind, the reasons and what the result changes.
 */
export function appealedContext(decision: AppealedDecision) {
  const s = decision.statement;
  return {
    subject: { type: decision.subject_type, id: decision.subject_id },
    sellerOrgId: decision.seller_org_id,
    notifierOrgId: null,
    marketplace: s.marketplace,
    listing: null,
    store: s.restriction.store,
    snapshot: null,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
    reasonCode: null,
    automated: { detection: false, decision: false },
    cause: 'appeal',
  };
}
