import { type Static, Type } from 'typebox';

/**
 * The statement of reasons, as stored and as served. One schema is both the TypeScript type of
 * the builder's output and the API response contract, so the two cannot drift apart (the
 * response serializer drops any property the schema does not name).
 */
const NullableString = Type.Union([Type.String(), Type.Null()]);

export const RightType = Type.Union([
  Type.Literal('trademark'),
  Type.Literal('patent'),
  Type.Literal('copyright'),
]);
export const InfringementType = Type.Union([
  Type.Literal('counterfeit'),
  Type.Literal('trademark_misuse'),
  Type.Literal('patent'),
  Type.Literal('copyright'),
]);

export const DecisionGround = Type.Union([
  Type.Literal('DECISION_GROUND_ILLEGAL_CONTENT'),
  Type.Literal('DECISION_GROUND_INCOMPATIBLE_CONTENT'),
]);
export const AutomatedDecision = Type.Union([
  Type.Literal('AUTOMATED_DECISION_FULLY'),
  Type.Literal('AUTOMATED_DECISION_PARTIALLY'),
  Type.Literal('AUTOMATED_DECISION_NOT_AUTOMATED'),
]);

export const EvidenceItem = Type.Object({
  kind: Type.String(),
  documentSha256: Type.String(),
  url: NullableString,
  capturedAt: NullableString,
  note: NullableString,
  downloadPath: Type.String({ description: 'GET this path to download the document' }),
});

export const RedressOption = Type.Object({
  kind: Type.Union([
    Type.Literal('counter_notice'),
    Type.Literal('internal_complaint'),
    Type.Literal('out_of_court_settlement'),
    Type.Literal('judicial_redress'),
  ]),
  description: Type.String(),
  legalBasis: Type.String(),
  availableUntil: Type.Union([Type.String(), Type.Null()], {
    description: 'Last moment the option can be used (ISO 8601), when it has a deadline',
  }),
});

export const DecisionKind = Type.Union(
  [
    Type.Literal('notice_removal'),
    Type.Literal('notice_rejection'),
    Type.Literal('proactive_removal'),
    Type.Literal('reinstatement'),
    Type.Literal('takedown_upheld'),
    Type.Literal('appeal_upheld'),
    Type.Literal('appeal_reversed'),
    Type.Literal('store_sanction'),
    Type.Literal('store_restoration'),
    Type.Literal('store_admission'),
    Type.Literal('licence_verification'),
    Type.Literal('licence_restriction'),
    Type.Literal('notifier_sanction'),
    Type.Literal('notifier_restoration'),
    Type.Literal('notifier_admission'),
    Type.Literal('notifier_removal'),
    Type.Literal('test_buy_violation'),
    Type.Literal('deposit_confiscation'),
    Type.Literal('recovery_decision'),
  ],
  {
    description:
      "notice_removal / notice_rejection: a reviewer decided a notice item; proactive_removal: detection found the listing; reinstatement: a removal ended (counter-notice, withdrawal, appeal); takedown_upheld: a counter-notice failed; appeal_upheld / appeal_reversed: an internal complaint was decided; store_sanction: a warning, education, listing limit, suspension or closure of a store; store_restoration: a sanction ended; store_admission: a store refused or held at registration; licence_verification: a market-access licence accepted or refused; licence_restriction: listings restricted for a missing or lapsed licence; notifier_sanction: a warning, suspension or termination of a notifier for misuse of the notice system (DSA Art 23); notifier_restoration: such a suspension or termination ended; notifier_admission / notifier_removal: a notifier admitted to or removed from the Good Faith Program (or a trial in it) by its measured standing; test_buy_violation: a test buy found the goods counterfeit or inferior, the listing (or a copy of it) is taken down; deposit_confiscation: all or part of a store's deposit confiscated for an upheld infringement (returned when that is undone); recovery_decision: a reviewer decided a recovery claim for a buyer refunded first (counterfeit: the recovery stands; genuine: the seller is made whole)",
  },
);

export const SubjectType = Type.Union([
  Type.Literal('notice_item'),
  Type.Literal('listing'),
  Type.Literal('store'),
  Type.Literal('notifier'),
  Type.Literal('licence'),
  Type.Literal('deposit'),
  Type.Literal('case'),
  Type.Literal('decision'),
]);

/**
 * Field names and values of the EU DSA Transparency Database submission (`StatementStoreRequest`,
 * current schema; the superseded `countries_list` and `automated_takedown` are not used), ready to
 * submit for a restriction. Null for decisions that restrict nothing (a reinstatement).
 */
export const TransparencyRecord = Type.Object({
  decision_visibility: Type.Array(Type.String()),
  decision_ground: DecisionGround,
  illegal_content_legal_ground: NullableString,
  illegal_content_explanation: NullableString,
  incompatible_content_ground: NullableString,
  incompatible_content_explanation: NullableString,
  category: Type.String(),
  category_specification: Type.Array(Type.String()),
  content_type: Type.Array(Type.String()),
  territorial_scope: Type.Array(Type.String()),
  source_type: Type.String(),
  automated_detection: Type.Union([Type.Literal('Yes'), Type.Literal('No')]),
  automated_decision: AutomatedDecision,
  decision_facts: Type.String(),
  application_date: Type.String(),
  content_date: Type.String(),
  puid: Type.String({ description: 'Platform unique identifier of the content: the marketplace listing id' }),
});

const Ref = Type.Object({ id: Type.String(), name: Type.String() });

export const DetectionSignal = Type.Object({
  kind: Type.String(),
  rule: Type.String(),
  ruleVersion: Type.String(),
  matched: NullableString,
  detail: Type.String(),
});

/**
 * The statement of reasons (DSA Art 17), one shape for every decision: what was decided about
 * what, on which facts and ground, by whom and with what automation, with the complainant and the
 * evidence when a notice led to it, and every way to seek redress. Statements stored before
 * decisions became records (schemaVersion 1, notice removals) are valid instances of it.
 */
export const StatementBody = Type.Object(
  {
    schemaVersion: Type.Union([Type.Literal(1), Type.Literal(2)]),
    statementId: Type.String(),
    issuedAt: Type.String(),
    decision: Type.Optional(
      Type.Object({
        id: Type.String(),
        kind: DecisionKind,
        subject: Type.Object({ type: SubjectType, id: Type.String() }),
        previousDecisionId: Type.Union([Type.String(), Type.Null()], {
          description: 'The decision this one reviews or ends (an appeal result, a reinstatement)',
        }),
      }),
    ),
    marketplace: Type.Union([
      Type.Object({
        id: Type.String(),
        code: Type.String(),
        name: Type.String(),
        jurisdiction: Type.String(),
      }),
      Type.Null(),
    ]),
    restriction: Type.Object({
      kind: Type.Union([
        Type.Literal('listing_removed'),
        Type.Literal('listing_restored'),
        Type.Literal('removal_kept'),
        Type.Literal('notice_rejected'),
        Type.Literal('no_change'),
        Type.Literal('account_restricted'),
        Type.Literal('account_restored'),
        Type.Literal('account_refused'),
      ]),
      description: Type.String(),
      listing: Type.Union([
        Type.Object({
          id: Type.String(),
          externalId: Type.String(),
          title: Type.String(),
          url: Type.String(),
        }),
        Type.Null(),
      ]),
      store: Type.Union([
        Type.Object({ id: Type.String(), externalId: Type.String(), name: Type.String() }),
        Type.Null(),
      ]),
      territorialScope: Type.Array(Type.String()),
      snapshot: Type.Union([
        Type.Object({
          id: NullableString,
          sha256: Type.String({
            description: 'SHA-256 of the canonical JSON of the listing as it was before removal',
          }),
        }),
        Type.Null(),
      ]),
    }),
    facts: Type.Object({
      summary: Type.String(),
      notice: Type.Union([
        Type.Object({
          id: Type.String(),
          itemId: Type.String(),
          filedAt: Type.String(),
          infringementType: InfringementType,
          explanation: NullableString,
        }),
        Type.Null(),
      ]),
      right: Type.Union([
        Type.Object({
          id: Type.String(),
          type: RightType,
          name: Type.String(),
          ownerName: Type.String(),
          registrationNumber: NullableString,
          office: NullableString,
          jurisdiction: NullableString,
        }),
        Type.Null(),
      ]),
      signals: Type.Optional(Type.Array(DetectionSignal, { description: 'What automated detection found' })),
      basedOn: Type.Optional(
        Type.Array(Type.Object({ decisionId: Type.String(), kind: DecisionKind, at: Type.String() }), {
          description: 'The earlier decisions this one rests on (the infringements behind a sanction)',
        }),
      ),
    }),
    ground: Type.Object({
      decisionGround: DecisionGround,
      legalGround: NullableString,
      explanation: Type.String(),
      policyGround: Type.String(),
    }),
    automation: Type.Object({
      detection: Type.Boolean({ description: 'The listing was found by automated means' }),
      decision: Type.Boolean({ description: 'The decision was taken by automated means' }),
      automatedDecision: AutomatedDecision,
      description: Type.String(),
    }),
    reason: Type.Object({ code: NullableString, text: Type.String() }),
    decidedBy: Type.Object({
      kind: Type.Union([Type.Literal('reviewer'), Type.Literal('system'), Type.Literal('rights_holder')]),
      label: Type.String(),
    }),
    complainant: Type.Union([
      Type.Object({
        organisation: Ref,
        filedBy: Type.Union([Ref, Type.Null()], {
          description: 'The agent that filed for the rights holder, when not the rights holder itself',
        }),
        contact: Type.Object({ name: NullableString, email: NullableString }),
      }),
      Type.Null(),
    ]),
    evidence: Type.Array(EvidenceItem),
    redress: Type.Array(RedressOption),
    transparencyDatabase: Type.Union([TransparencyRecord, Type.Null()]),
  },
  { title: 'StatementBody' },
);

export type StatementBody = Static<typeof StatementBody>;
export type RedressOption = Static<typeof RedressOption>;
export type EvidenceItem = Static<typeof EvidenceItem>;
export type DecisionKind = Static<typeof DecisionKind>;
export type SubjectType = Static<typeof SubjectType>;
export type TransparencyRecord = Static<typeof TransparencyRecord>;
export type DetectionSignal = Static<typeof DetectionSignal>;
