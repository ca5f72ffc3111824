import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import {
  IdParams,
  IsoDateTime,
  literals,
  Nullable,
  problemResponses,
  Sha256,
  Uuid,
} from '../http/schemas.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { JOINT_FORCE_POLICY_KEY, JointForcePolicySchema } from './joint-force.policy.ts';
import * as service from './joint-force.service.ts';
import { CASE_STATUSES } from './joint-force.ts';

const Status = literals([...CASE_STATUSES], {
  description:
    'waiting: for the brand to answer; counterfeit, genuine, unsure: its answer; unanswered: its deadline ran out; closed: decided otherwise',
});
const Answer = literals(['counterfeit', 'genuine', 'unsure', 'unanswered']);

const Signal = Type.Object(
  {
    kind: Type.String({ description: 'marker, coded, price_low, brand_misspelled, ... (docs/detection.md)' }),
    rule: Type.String(),
    detail: Type.String(),
    weight: Type.Number(),
    span: Nullable(
      Type.Object(
        {
          field: literals(['title', 'description']),
          start: Type.Integer(),
          end: Type.Integer(),
          text: Type.String(),
        },
        { additionalProperties: false },
      ),
    ),
    priceRatio: Type.Optional(Type.Number()),
    brandId: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const Range = Type.Object(
  { min: Type.Number(), max: Type.Number(), currency: Type.String() },
  { additionalProperties: false },
);

const ListingPart = {
  id: Uuid,
  title: Type.String(),
  url: Type.String(),
  price: Nullable(Type.Number()),
  currency: Nullable(Type.String()),
  imageUrls: Type.Array(Type.String()),
  state: literals(['active', 'removed']),
  marketplaceId: Uuid,
  store: Type.Object(
    { id: Uuid, name: Type.String(), externalId: Type.String() },
    { additionalProperties: false },
  ),
};

const SummaryFields = {
  id: Uuid,
  status: Status,
  brandOrgId: Uuid,
  brandOrgName: Type.String(),
  brandId: Nullable(
    Type.String({ description: 'The brand in the organisation knowledge (<org id>:<brand id>)' }),
  ),
  score: Type.Number(),
  sentAt: IsoDateTime,
  dueAt: Nullable(IsoDateTime, {
    description: 'When the answer is due; null for cases sent before Joint Force',
  }),
  overdue: Type.Boolean(),
  answer: Nullable(
    Type.Object(
      {
        answer: Answer,
        reason: Nullable(Type.String()),
        evidence: Type.Array(
          Type.Object(
            { documentSha256: Type.String(), kind: Type.String() },
            { additionalProperties: false },
          ),
        ),
        noticeId: Nullable(Uuid, { description: 'counterfeit: the notice filed for the brand' }),
        exemptionId: Nullable(Uuid, { description: 'genuine: the exemption it taught the detector' }),
        answeredAt: IsoDateTime,
      },
      { additionalProperties: false },
    ),
  ),
};

const CaseSummary = Type.Object(
  { ...SummaryFields, listing: Type.Object(ListingPart, { additionalProperties: false }) },
  { title: 'JointForceCaseSummary', additionalProperties: false },
);

const CaseDetail = Type.Object(
  {
    ...SummaryFields,
    brandName: Nullable(Type.String()),
    listing: Type.Object(
      { ...ListingPart, category: Nullable(Type.String()) },
      { additionalProperties: false },
    ),
    signals: Type.Array(Signal),
    price: Nullable(
      Type.Object(
        {
          basis: literals(['product_line', 'category']),
          name: Type.String(),
          range: Range,
          ratio: Nullable(Type.Number({ description: 'The price over the typical genuine price' })),
        },
        { additionalProperties: false },
      ),
      { description: "The price against the brand's reference range (its product line, else category)" },
    ),
    mayAnswer: Type.Boolean({ description: 'Whether the caller may answer it now' }),
  },
  { title: 'JointForceCase', additionalProperties: false },
);

const Counts = {
  sent: Type.Integer(),
  waiting: Type.Integer(),
  counterfeit: Type.Integer(),
  genuine: Type.Integer(),
  unsure: Type.Integer(),
  unanswered: Type.Integer(),
  precision: Nullable(Type.Number({ description: 'counterfeit / (counterfeit + genuine)' })),
};
const MonthFigures = Type.Object(
  {
    month: Type.String({ description: 'YYYY-MM: the month the cases were sent; total for the sum' }),
    ...Counts,
  },
  { additionalProperties: false },
);
const BrandFigures = Type.Object(
  {
    brandOrgId: Uuid,
    name: Type.String(),
    total: MonthFigures,
    months: Type.Array(MonthFigures, { description: 'Newest first' }),
  },
  { title: 'JointForceFigures', additionalProperties: false },
);

const AnswerBody = Type.Object(
  {
    answer: literals(['counterfeit', 'genuine', 'unsure']),
    reason: Type.String({ minLength: 1, maxLength: 5000 }),
    evidence: Type.Optional(
      Type.Array(
        Type.Object(
          { documentSha256: Sha256, kind: literals(['test_buy_report', 'other']) },
          { additionalProperties: false },
        ),
        { maxItems: 10, description: 'Documents uploaded first (POST /v1/documents)' },
      ),
    ),
    rightId: Type.Optional(Uuid),
    statements: Type.Optional(
      Type.Object(
        { goodFaith: Type.Boolean(), accuracy: Type.Boolean(), authority: Type.Boolean() },
        { additionalProperties: false },
      ),
    ),
    contact: Type.Optional(
      Type.Object(
        {
          name: Type.String({ minLength: 1, maxLength: 200 }),
          email: Type.String({ format: 'email', maxLength: 320 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const PolicyVersion = Type.Object(
  {
    key: Type.String(),
    version: Type.Integer(),
    body: JointForcePolicySchema,
    createdAt: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const jointForceRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/joint-force/cases',
    {
      schema: {
        tags: ['joint-force'],
        summary:
          "Listings sent to a brand for verification: the brand's backlog with deadlines (its rights holders and agents), all brands' for operator staff",
        querystring: Type.Object(
          {
            status: Type.Optional(literals(['waiting', 'answered'])),
            brandId: Type.Optional(Uuid),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(CaseSummary) }), ...problemResponses },
      },
    },
    async (request) => {
      const { status, brandId, limit, offset } = request.query;
      return {
        items: await service.listCases(db, principalOf(request), {
          limit,
          offset,
          ...(status ? { status } : {}),
          ...(brandId ? { brandId } : {}),
        }),
      };
    },
  );
  app.get(
    '/v1/joint-force/cases/:id',
    {
      schema: {
        tags: ['joint-force'],
        summary:
          "One verification case: the signals, the listing, the price against the brand's range, the deadline",
        params: IdParams,
        response: { 200: CaseDetail, ...problemResponses },
      },
    },
    async (request) => service.getCase(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/joint-force/cases/:id/answer',
    {
      schema: {
        tags: ['joint-force'],
        summary:
          "The brand answers: counterfeit files a notice for it on the listing (rightId and statements needed); genuine closes the case and exempts the store or listing for the brand; unsure sends it to the operator's review",
        params: IdParams,
        body: AnswerBody,
        response: { 200: CaseDetail, ...problemResponses },
      },
    },
    async (request) => service.answerCase(db, principalOf(request), request.params.id, request.body),
  );
  app.get(
    '/v1/joint-force/figures',
    {
      schema: {
        tags: ['joint-force'],
        summary:
          'Per brand and month: cases sent, answers (counterfeit, genuine, unsure), unanswered, and the precision of what was sent (the brand itself, operator staff)',
        querystring: Type.Object({ brandId: Type.Optional(Uuid) }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(BrandFigures) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await service.figures(db, principalOf(request), request.query.brandId) }),
  );
  app.get(
    '/v1/policies/joint-force',
    {
      schema: {
        tags: ['joint-force'],
        summary:
          'The Joint Force policy in force: exemption scope, answer days, escalation (every signed-in party)',
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return currentPolicy(db, JOINT_FORCE_POLICY_KEY);
    },
  );
  app.put(
    '/v1/policies/joint-force',
    {
      schema: {
        tags: ['joint-force'],
        summary: 'Set the Joint Force policy (operator admin); writes a new version',
        body: JointForcePolicySchema,
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => writePolicy(db, principalOf(request), JOINT_FORCE_POLICY_KEY, request.body),
  );
};
