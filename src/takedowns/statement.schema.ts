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

/** Field names and values of the EU DSA transparency database (Art 24(5)), ready to submit. */
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
  countries_list: Type.Array(Type.String()),
  source_type: Type.String(),
  automated_detection: Type.Union([Type.Literal('Yes'), Type.Literal('No')]),
  automated_decision: AutomatedDecision,
  decision_facts: Type.String(),
  application_date: Type.String(),
  content_date: Type.String(),
  puid: Type.String({ description: 'Platform unique identifier of the content: the marketplace listing id' }),
});

export const StatementBody = Type.Object({
  schemaVersion: Type.Literal(1),
  statementId: Type.String(),
  issuedAt: Type.String(),
  marketplace: Type.Object({
    id: Type.String(),
    code: Type.String(),
    name: Type.String(),
    jurisdiction: Type.String(),
  }),
  restriction: Type.Object({
    kind: Type.Literal('listing_removed'),
    description: Type.String(),
    listing: Type.Object({
      id: Type.String(),
      externalId: Type.String(),
      title: Type.String(),
      url: Type.String(),
    }),
    store: Type.Object({ id: Type.String(), externalId: Type.String(), name: Type.String() }),
    territorialScope: Type.Array(Type.String()),
    snapshot: Type.Object({
      id: Type.String(),
      sha256: Type.String({
        description: 'SHA-256 of the canonical JSON of the listing as it was before removal',
      }),
    }),
  }),
  facts: Type.Object({
    summary: Type.String(),
    notice: Type.Object({
      id: Type.String(),
      itemId: Type.String(),
      filedAt: Type.String(),
      infringementType: InfringementType,
      explanation: NullableString,
    }),
    right: Type.Object({
      id: Type.String(),
      type: RightType,
      name: Type.String(),
      ownerName: Type.String(),
      registrationNumber: NullableString,
      office: NullableString,
      jurisdiction: NullableString,
    }),
  }),
  ground: Type.Object({
    decisionGround: DecisionGround,
    legalGround: Type.String(),
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
    kind: Type.Union([Type.Literal('reviewer'), Type.Literal('system')]),
    label: Type.String(),
  }),
  complainant: Type.Object({
    organisation: Type.Object({ id: Type.String(), name: Type.String() }),
    filedBy: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], {
      description: 'The agent that filed for the rights holder, when not the rights holder itself',
    }),
    contact: Type.Object({ name: NullableString, email: NullableString }),
  }),
  evidence: Type.Array(EvidenceItem),
  redress: Type.Array(RedressOption),
  transparencyDatabase: TransparencyRecord,
});

export type StatementBody = Static<typeof StatementBody>;
export type RedressOption = Static<typeof RedressOption>;
export type EvidenceItem = Static<typeof EvidenceItem>;
