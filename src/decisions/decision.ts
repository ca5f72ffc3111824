import { Type } from 'typebox';
import type { AuditEntry } from '../audit/index.ts';
import { canonicalJson } from '../audit/index.ts';
import { sha256Hex } from '../auth/secrets.ts';
import { addMonthsUtc } from '../clocks/index.ts';
import type { EventData, NewEvent } from '../events/index.ts';
import { defineEvent } from '../events/index.ts';
import { Nullable, Uuid } from '../http/schemas.ts';
import type { DecisionsTable } from './decision.table.ts';
import { DecisionKind, type StatementBody, SubjectType } from './statement.schema.ts';
import { renderStatement, type StatementInput } from './statement.ts';

export const DECISION_MADE = defineEvent({
  type: 'decision.made',
  subjectType: 'decision',
  description:
    'A decision was recorded (any kind, any subject), with its statement of reasons; standing, ledgers and reports follow these.',
  data: Type.Object(
    {
      kind: DecisionKind,
      subject: Type.Object({ type: SubjectType, id: Uuid }, { additionalProperties: false }),
      itemId: Nullable(Uuid),
      listingId: Nullable(Uuid),
      storeId: Nullable(Uuid),
      sellerOrgId: Nullable(Uuid),
      notifierOrgId: Nullable(Uuid),
      reasonCode: Nullable(Type.String()),
      automated: Type.Object(
        { detection: Type.Boolean(), decision: Type.Boolean() },
        { additionalProperties: false },
      ),
      previousDecisionId: Nullable(Uuid),
      cause: Nullable(Type.String()),
    },
    { additionalProperties: false },
  ),
});
export type DecisionMadeData = EventData<typeof DECISION_MADE>;

/** Who can contest a decision of each kind, and whether it can be contested at all (DSA Art 20). */
export const APPEALABLE_BY: Record<DecisionKind, ReadonlyArray<'seller' | 'notifier'>> = {
  notice_removal: ['seller', 'notifier'],
  notice_rejection: ['seller', 'notifier'],
  proactive_removal: ['seller'],
  reinstatement: ['seller', 'notifier'],
  takedown_upheld: ['seller', 'notifier'],
  appeal_upheld: [],
  appeal_reversed: ['seller', 'notifier'],
  store_sanction: ['seller'],
  store_restoration: [],
  store_admission: ['seller'],
  licence_verification: ['seller'],
  licence_restriction: ['seller'],
  notifier_sanction: ['notifier'],
  notifier_restoration: [],
  notifier_admission: [],
  notifier_removal: ['notifier'],
  test_buy_violation: ['seller'],
  deposit_confiscation: ['seller'],
  recovery_decision: ['seller'],
};

/** Everything recorded about a decision; the statement is rendered from it (and its context). */
export interface DecisionInput extends Omit<StatementInput, 'decision' | 'appealUntil' | 'issuedAt'> {
  id: string;
  kind: DecisionKind;
  subject: StatementInput['decision']['subject'];
  previousDecisionId?: string | null;
  /** Scope, for who may read it and for reports. */
  itemId?: string | null;
  sellerOrgId: string | null;
  notifierOrgId: string | null;
  policy?: { key: string; version: number } | null;
  /** Overrides the kind's appealability (a reinstatement that is the notifier's own withdrawal). */
  appealable?: boolean;
  now: Date;
}

export interface PlannedDecision {
  row: Omit<DecisionsTable, 'statement'> & { statement: string };
  statement: StatementBody;
  event: NewEvent;
  audit: AuditEntry;
}

/**
 * Plans a decision without writing it (pure): the row, its statement, the `decision.made` event
 * and the audit record. `appealWindowMonths` comes from the appeal policy (decisions' one place
 * for it); kinds nobody may contest get no appeal deadline.
 */
export function planDecision(input: DecisionInput, appealWindowMonths: number): PlannedDecision {
  const appealable = input.appealable ?? APPEALABLE_BY[input.kind].length > 0;
  const appealUntil = appealable ? addMonthsUtc(input.now, appealWindowMonths) : null;
  const statement = renderStatement({
    ...input,
    decision: {
      id: input.id,
      kind: input.kind,
      subject: input.subject,
      previousDecisionId: input.previousDecisionId ?? null,
    },
    issuedAt: input.now,
    appealUntil,
  });
  const json = canonicalJson(statement);
  const automated: DecisionsTable['automated_decision'] = !input.automated.decision
    ? 'not'
    : input.decidedBy.userId === null
      ? 'fully'
      : 'partially';
  const row = {
    id: input.id,
    kind: input.kind,
    subject_type: input.subject.type,
    subject_id: input.subject.id,
    previous_decision_id: input.previousDecisionId ?? null,
    item_id: input.itemId ?? null,
    listing_id: input.listing?.id ?? null,
    store_id: input.store?.id ?? null,
    marketplace_id: input.marketplace?.id ?? null,
    seller_org_id: input.sellerOrgId,
    notifier_org_id: input.notifierOrgId,
    ground:
      statement.ground.decisionGround === 'DECISION_GROUND_ILLEGAL_CONTENT'
        ? ('illegal_content' as const)
        : ('incompatible_content' as const),
    reason_code: input.reasonCode,
    reason_text: input.reasonText,
    cause: input.cause ?? null,
    automated_detection: input.automated.detection,
    automated_decision: automated,
    policy_key: input.policy?.key ?? null,
    policy_version: input.policy?.version ?? null,
    decided_by_user: input.decidedBy.userId,
    decided_by: input.decidedBy.label,
    appealable_until: appealUntil,
    statement: json,
    created_at: input.now,
  };
  return {
    row,
    statement,
    event: {
      id: input.id,
      type: DECISION_MADE.type,
      subjectType: 'decision',
      subjectId: input.id,
      marketplaceId: input.marketplace?.id ?? null,
      data: {
        kind: input.kind,
        subject: input.subject,
        itemId: input.itemId ?? null,
        listingId: input.listing?.id ?? null,
        storeId: input.store?.id ?? null,
        sellerOrgId: input.sellerOrgId,
        notifierOrgId: input.notifierOrgId,
        reasonCode: input.reasonCode,
        automated: input.automated,
        previousDecisionId: input.previousDecisionId ?? null,
        cause: input.cause ?? null,
      } satisfies DecisionMadeData,
    },
    audit: {
      actor: input.decidedBy.label,
      action: 'decision.made',
      entityType: 'decision',
      entityId: input.id,
      data: {
        kind: input.kind,
        subject: input.subject,
        reasonCode: input.reasonCode,
        statementSha256: sha256Hex(json),
        appealableUntil: appealUntil?.toISOString() ?? null,
      },
    },
  };
}
