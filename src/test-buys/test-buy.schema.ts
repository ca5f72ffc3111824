import { Type } from 'typebox';
import { IsoDateTime, literals, Nullable, Sha256, Uuid } from '../http/schemas.ts';
import { INSPECTION_RESULTS, STEP_KINDS } from './custody.ts';

/** The named schemas of test buys; responses reuse them. */
export const StepKindSchema = literals([...STEP_KINDS], {
  description:
    'purchased, shipped, received, photographed (on arrival), handed_over (to an inspector: an agency or the brand), inspected (report), notarized (certificate): in this order',
});
export const TestBuyStatusSchema = literals([
  'planned',
  'in_custody',
  'inspected',
  'genuine',
  'counterfeit',
  'inferior',
]);
const Result = literals([...INSPECTION_RESULTS]);
const Text = (max: number, description?: string) =>
  Type.String({ minLength: 1, maxLength: max, ...(description ? { description } : {}) });

export const StepDataSchema = Type.Object(
  {
    at: Type.Optional(Type.String({ format: 'date-time', description: 'When the step happened' })),
    orderReference: Type.Optional(Text(200, 'The marketplace order number (purchased)')),
    price: Type.Optional(
      Type.Object(
        {
          amountMinor: Type.Integer({
            minimum: 0,
            maximum: 1_000_000_000_000,
            description: 'Minor units (cents)',
          }),
          currency: Type.String({ pattern: '^[A-Z]{3}$' }),
        },
        { additionalProperties: false },
      ),
    ),
    buyerIdentity: Type.Optional(Text(200, 'The buyer account or identity used for the purchase')),
    carrier: Type.Optional(Text(200)),
    trackingNumber: Type.Optional(Text(200)),
    receivedBy: Type.Optional(Text(200, 'Who received the parcel')),
    recipientKind: Type.Optional(
      literals(['agency', 'brand'], { description: 'Who inspects: a third-party agency or the brand' }),
    ),
    recipientName: Type.Optional(Text(200)),
    result: Type.Optional(Result),
    summary: Type.Optional(Text(5000, 'What the inspection found')),
    notary: Type.Optional(Text(200)),
    note: Type.Optional(Text(5000)),
  },
  { additionalProperties: false, title: 'TestBuyStepData' },
);

export const StepDocumentSchema = Type.Object(
  { label: Text(200, 'What the document is (receipt, photo 1, report...)'), sha256: Sha256 },
  { additionalProperties: false },
);

const PartyIn = Type.Object(
  {
    userId: Uuid,
    keyId: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'The custodian key (its fingerprint)' }),
    signature: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'Ed25519 signature (base64) over the hand-over message, see the step view',
      }),
    ),
  },
  { additionalProperties: false },
);

export const StepBodySchema = Type.Object(
  {
    step: StepKindSchema,
    data: StepDataSchema,
    documents: Type.Array(StepDocumentSchema, { maxItems: 50 }),
    handover: Type.Optional(
      Type.Object(
        { from: PartyIn, to: PartyIn },
        {
          additionalProperties: false,
          description:
            'For handed_over: who handed over and who received, each signing canonical JSON of {purpose: "openipp-test-buy-handover", testBuyId, seq, prevHash, data, documents, from: {userId, keyId}, to: {userId, keyId}}',
        },
      ),
    ),
  },
  { additionalProperties: false, title: 'TestBuyStepInput' },
);

const PartySigned = Type.Object(
  { userId: Uuid, keyId: Type.String(), signature: Type.String() },
  { additionalProperties: false },
);

export const StepSchema = Type.Object(
  {
    seq: Type.Integer(),
    step: StepKindSchema,
    data: StepDataSchema,
    documents: Type.Array(StepDocumentSchema),
    handover: Nullable(Type.Object({ from: PartySigned, to: PartySigned }, { additionalProperties: false })),
    recordedBy: Type.String({ description: 'Who recorded the step, as the hashed record names it' }),
    recordedByName: Nullable(
      Type.String({ description: "The recording user's display name (null: a system step)" }),
    ),
    recordedAt: IsoDateTime,
    prevHash: Type.String({
      description: 'The hash of the step before (the genesis hash of the test buy for step 1)',
    }),
    hash: Type.String({ description: 'SHA-256 of the canonical JSON of the step with prevHash' }),
  },
  { additionalProperties: false, title: 'TestBuyStep' },
);

export const ChainVerdictSchema = Type.Object(
  {
    ok: Type.Boolean(),
    steps: Type.Integer(),
    headHash: Type.String(),
    broken: Nullable(
      Type.Object(
        {
          seq: Type.Integer(),
          step: Type.String(),
          rule: literals([
            'sequence',
            'order',
            'previous-hash',
            'step-hash',
            'document-missing',
            'document-altered',
            'signature-missing',
            'signature-invalid',
          ]),
          detail: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'CustodyVerdict' },
);

const RiskFactor = Type.Object(
  {
    source: Type.String(),
    value: Type.Number(),
    weight: Type.Number(),
    contribution: Type.Number(),
    detail: Type.String(),
  },
  { additionalProperties: false },
);

export const DrawReasonSchema = Type.Union(
  [
    Type.Object(
      {
        stratum: Type.Literal('random'),
        category: Type.String(),
        rank: Type.Integer(),
        of: Type.Integer(),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        stratum: Type.Literal('risk'),
        score: Type.Number(),
        factors: Type.Array(RiskFactor),
        requested: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
  ],
  {
    description: 'Why the listing was drawn: its place in the random sample, or its risk factors and weights',
  },
);

const ListingRef = Type.Object(
  {
    id: Uuid,
    externalId: Type.String(),
    title: Type.String(),
    url: Type.String(),
    state: literals(['active', 'removed']),
  },
  { additionalProperties: false },
);
const Named = Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false });

export const TestBuySummarySchema = Type.Object(
  {
    id: Uuid,
    planId: Uuid,
    listing: ListingRef,
    store: Named,
    marketplace: Named,
    jurisdiction: Type.String(),
    category: Nullable(Type.String()),
    stratum: literals(['random', 'risk']),
    riskScore: Nullable(Type.Number()),
    status: TestBuyStatusSchema,
    requestedBy: Nullable(Type.String({ description: 'The brand whose request the test buy answers' })),
    decisionId: Nullable(Uuid),
    decidedAt: Nullable(IsoDateTime),
    createdAt: IsoDateTime,
  },
  { additionalProperties: false, title: 'TestBuySummary' },
);

export const TestBuyCaseSchema = Type.Object(
  {
    ...TestBuySummarySchema.properties,
    reason: DrawReasonSchema,
    explanation: Type.String(),
    outcomeReason: Nullable(Type.String()),
    decidedBy: Nullable(Type.String()),
    statementPath: Nullable(Type.String()),
    nextStep: Nullable(StepKindSchema),
    steps: Type.Array(StepSchema),
    custody: ChainVerdictSchema,
    referralId: Nullable(Uuid, { description: 'The referral case (shown to enforcement liaison only)' }),
  },
  { additionalProperties: false, title: 'TestBuyCase' },
);

export const TestBuyOutcomeSchema = Type.Object(
  {
    id: Uuid,
    listing: Type.Object(
      { id: Uuid, externalId: Type.String(), title: Type.String(), url: Type.String() },
      { additionalProperties: false },
    ),
    store: Named,
    marketplace: Named,
    status: TestBuyStatusSchema,
    result: Nullable(Result),
    inspection: Nullable(
      Type.Object(
        {
          result: Nullable(Result),
          summary: Type.String(),
          inspectedAt: Type.String(),
          reports: Type.Array(StepDocumentSchema),
        },
        { additionalProperties: false },
      ),
    ),
    decisionId: Nullable(Uuid),
    statementPath: Nullable(Type.String()),
    decidedAt: Nullable(IsoDateTime),
  },
  {
    additionalProperties: false,
    title: 'TestBuyOutcome',
    description: 'A decided test buy as the seller (its defence), the requesting brand and staff see it',
  },
);

const PlanEntry = Type.Object(
  {
    testBuyId: Nullable(Uuid),
    listing: Type.Object(
      {
        id: Uuid,
        externalId: Type.String(),
        title: Type.String(),
        url: Type.String(),
        category: Nullable(Type.String()),
      },
      { additionalProperties: false },
    ),
    store: Named,
    marketplace: Type.Object(
      { id: Uuid, name: Type.String(), jurisdiction: Type.String() },
      { additionalProperties: false },
    ),
    stratum: literals(['random', 'risk']),
    riskScore: Nullable(Type.Number()),
    reason: DrawReasonSchema,
    explanation: Type.String(),
    requestedBy: Nullable(Type.String()),
    status: Nullable(TestBuyStatusSchema),
  },
  { additionalProperties: false },
);

export const PlanSchema = Type.Object(
  {
    id: Nullable(Uuid, { description: 'Null for a dry run' }),
    period: Type.String(),
    seed: Type.String(),
    marketplaceId: Nullable(Uuid),
    policyVersion: Type.Integer(),
    summary: Type.Object(
      {
        riskCandidates: Type.Integer(),
        riskEligible: Type.Integer(),
        riskDrawn: Type.Integer(),
        categories: Type.Array(
          Type.Object(
            { category: Type.String(), pool: Type.Integer(), drawn: Type.Integer() },
            { additionalProperties: false },
          ),
        ),
        ignoredSources: Type.Array(Type.String(), {
          description: 'Weighted sources no program has registered yet (their weight counts nothing)',
        }),
      },
      { additionalProperties: false },
    ),
    createdBy: Nullable(Type.String()),
    createdAt: Nullable(IsoDateTime),
    entries: Type.Array(PlanEntry),
  },
  { additionalProperties: false, title: 'TestBuyPlan' },
);

export const PlanBodySchema = Type.Object(
  {
    period: Type.String({
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
      description: 'The month the plan is for, YYYY-MM',
    }),
    seed: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Record it: the same seed over the same data draws the same plan',
    }),
    marketplaceId: Type.Optional(Uuid),
    dryRun: Type.Optional(Type.Boolean({ description: 'Show the draw without creating test buys' })),
  },
  { additionalProperties: false },
);

export const PlanListSchema = Type.Object(
  {
    items: Type.Array(
      Type.Object(
        {
          id: Uuid,
          period: Type.String(),
          seed: Type.String(),
          marketplaceId: Nullable(Uuid),
          policyVersion: Type.Integer(),
          drawn: Type.Integer(),
          createdBy: Type.String(),
          createdAt: IsoDateTime,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const RequestSchema = Type.Object(
  {
    id: Uuid,
    brandOrgId: Uuid,
    brandName: Type.String(),
    listing: Type.Object(
      { id: Uuid, title: Type.String(), externalId: Type.String(), marketplaceName: Type.String() },
      { additionalProperties: false },
    ),
    reasonText: Type.String(),
    status: literals(['open', 'planned']),
    testBuyId: Nullable(Uuid),
    testBuyStatus: Nullable(TestBuyStatusSchema),
    decidedAt: Nullable(IsoDateTime),
    createdAt: IsoDateTime,
  },
  { additionalProperties: false, title: 'TestBuyRequest' },
);

export const CustodianKeySchema = Type.Object(
  { keyId: Type.String(), userId: Uuid, publicKeyPem: Type.String(), createdAt: IsoDateTime },
  { additionalProperties: false, title: 'CustodianKey' },
);
