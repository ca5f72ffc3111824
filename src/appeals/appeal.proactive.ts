import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { type findDecisionRow, recordDecision, type StatementBody } from '../decisions/index.ts';
import { newId } from '../shared/ids.ts';
import { restoreListing } from '../takedowns/index.ts';
import type { AppealResultBase } from './appeal.effects.ts';

type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecisionRow>>>;

/** The appealed proactive removal's own context, carried into the appeal's decision. */
function partsOf(decision: DecisionRow) {
  const s: StatementBody = decision.statement;
  return {
    subject: { type: 'listing' as const, id: decision.subject_id },
    sellerOrgId: decision.seller_org_id,
    notifierOrgId: null,
    marketplace: s.marketplace,
    listing: s.restriction.listing ? { ...s.restriction.listing, createdAt: decision.created_at } : null,
    store: s.restriction.store,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
    signals: s.facts.signals ?? [],
  };
}

/** The proactive removal stands, with the reviewer's reasons. */
export async function upholdProactiveRemoval(
  trx: Database,
  decision: DecisionRow,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
  const recorded = await recordDecision(trx, {
    ...partsOf(decision),
    id: newId(),
    kind: 'appeal_upheld',
    previousDecisionId: decision.id,
    snapshot: null,
    reasonCode: null,
    reasonText: input.reasonText,
    automated: { detection: true, decision: false },
    decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
    cause: 'appeal',
    now: input.now,
  });
  return recorded.audit;
}

/** Detection was wrong: the listing is restored (unless a notice still holds it) and the seller told why. */
export async function reverseProactiveRemoval(
  trx: Database,
  decision: DecisionRow,
  input: AppealResultBase,
): Promise<AuditEntry[]> {
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
      source: 'proactive_detection',
      notice_id: null,
      item_id: null,
      decision_id: id,
      appealed_decision_id: decision.id,
    },
  });
  const recorded = await recordDecision(trx, {
    ...partsOf(decision),
    id,
    kind: 'appeal_reversed',
    previousDecisionId: decision.id,
    snapshot: null,
    reasonCode: null,
    reasonText: input.reasonText,
    automated: { detection: true, decision: false },
    decidedBy: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
    cause: 'appeal',
    listingRestored: lifted.restored,
    now: input.now,
  });
  return [...lifted.audit, ...recorded.audit];
}
