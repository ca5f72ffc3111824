import { Type } from 'typebox';
import { StatementBodySchema } from '../decisions/index.ts';
import { BrandKnowledgeSchema, type DetectionPolicy, KeywordRuleSetSchema } from '../detection/index.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, Nullable, problemResponses, Uuid } from '../http/schemas.ts';
import * as config from './detection-config.service.ts';
import { DetectionPolicySchema } from './detection-policy.ts';
import * as proactive from './proactive.service.ts';
import { getRescan, startRescan } from './rescan.ts';

const Page = {
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
};
/** One reason a listing was scored as it was, with where in the text it was found. */
const SignalSchema = Type.Object({
  kind: Type.String({ description: 'marker, coded, piracy, brand, price, ... (docs/detection.md)' }),
  rule: Type.String(),
  ruleVersion: Type.String(),
  span: Type.Union([
    Type.Object({
      field: Type.Enum(['title', 'description']),
      start: Type.Integer(),
      end: Type.Integer(),
      text: Type.String(),
    }),
    Type.Null(),
  ]),
  normalized: Type.String(),
  detail: Type.String(),
  weight: Type.Number(),
  priceZ: Type.Optional(Type.Number()),
  priceRatio: Type.Optional(Type.Number()),
  brandId: Type.Optional(Type.String()),
  image: Type.Optional(
    Type.Object(
      {
        listingImageId: Uuid,
        position: Type.Integer(),
        referenceId: Uuid,
        referenceSha256: Type.String(),
        rightId: Uuid,
        distance: Type.Integer(),
        transformation: Type.Enum(['identical', 'near_identical', 'mirrored']),
      },
      { description: 'stolen_photo: the listing image and the reference image it matches' },
    ),
  ),
});
const DetectionAction = Type.Enum(['remove', 'review', 'brand_verify', 'allow']);
const VerdictSchema = Type.Object({
  listingId: Uuid,
  listingVersion: Type.Integer(),
  score: Type.Number(),
  action: DetectionAction,
  flagged: Type.Boolean(),
  signals: Type.Array(SignalSchema),
  brands: Type.Array(
    Type.Object({
      brandId: Type.String(),
      nominative: Type.Boolean(),
      productLine: Type.Optional(Type.String()),
    }),
  ),
  revision: Type.Integer(),
  policyVersion: Type.String(),
  scannedAt: Type.String(),
});
const StatsSchema = Type.Object({
  scannedListings: Type.Integer(),
  verdicts: Type.Object({
    remove: Type.Integer(),
    review: Type.Integer(),
    brand_verify: Type.Integer(),
    allow: Type.Integer(),
  }),
  openCases: Type.Integer(),
  dismissedCases: Type.Integer(),
  proactiveRemovals: Type.Object({
    total: Type.Integer(),
    automatedDecision: Type.Integer(),
    reviewerDecision: Type.Integer(),
  }),
  noticeRemovals: Type.Integer(),
  proactiveToNoticeRatio: Type.Union([Type.Number(), Type.Null()]),
});
const CaseSchema = Type.Object({
  id: Uuid,
  listingId: Uuid,
  listingVersion: Type.Integer(),
  listing: Type.Optional(
    Type.Object({ title: Type.String(), url: Type.String(), marketplaceId: Type.String() }),
  ),
  action: Type.Enum(['remove', 'review', 'brand_verify']),
  state: Type.Enum(['open', 'removed', 'dismissed', 'noticed']),
  brandOrgId: Type.Union([Uuid, Type.Null()]),
  score: Type.Number(),
  signals: Type.Array(SignalSchema),
  brandNote: Type.Union([Type.String(), Type.Null()]),
  automated: Type.Boolean(),
  decision: Type.Union([
    Type.Object({
      decidedBy: Type.Union([Type.String(), Type.Null()]),
      decidedAt: Type.String(),
      note: Type.Union([Type.String(), Type.Null()]),
    }),
    Type.Null(),
  ]),
  createdAt: Type.String(),
});
const StatementSchema = Type.Object({
  id: Uuid,
  caseId: Type.Union([Uuid, Type.Null()]),
  listingId: Uuid,
  storeId: Uuid,
  snapshotSha256: Type.String(),
  body: StatementBodySchema,
  createdAt: Type.String(),
});
const JobSchema = Type.Object({
  id: Uuid,
  state: Type.Enum(['running', 'done', 'failed']),
  total: Type.Integer(),
  scanned: Type.Integer(),
  flagged: Type.Integer(),
  progress: Type.Number(),
  cursor: Type.Union([Type.String(), Type.Null()]),
  startedAt: Type.String(),
  updatedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});
const CreatedAt = Nullable(Type.String({ format: 'date-time' }), {
  description: 'When this version was written; null for the built-in default',
});
const VersionedKnowledge = Type.Object({
  orgId: Uuid,
  version: Type.Integer(),
  knowledge: BrandKnowledgeSchema,
  createdAt: Type.String({ format: 'date-time' }),
});
const VersionedRules = Type.Object({
  marketplaceId: Nullable(Uuid, { description: 'The marketplace; null for the default controls' }),
  version: Type.Integer({ description: '0: the built-in default' }),
  ruleSet: KeywordRuleSetSchema,
  createdAt: CreatedAt,
});
const VersionedPolicy = Type.Object({
  version: Type.Integer(),
  policy: Type.Unsafe<DetectionPolicy>(DetectionPolicySchema),
  createdAt: CreatedAt,
});

export const proactiveRoutes: RouteModule = (app, { db }) => {
  app.put(
    '/v1/brand-knowledge',
    {
      schema: {
        tags: ['detection'],
        summary:
          "Supply the caller brand's knowledge for detection (names, aliases, product lines, prices, colours, countries, authorized sellers); writes a new version",
        description: 'The body follows docs/brand-knowledge.schema.json. Errors name the brand and field.',
        body: BrandKnowledgeSchema,
        response: { 200: VersionedKnowledge, ...problemResponses },
      },
    },
    async (request) => config.putBrandKnowledge(db, principalOf(request), request.body),
  );
  app.get(
    '/v1/brand-knowledge/:id',
    {
      schema: {
        tags: ['detection'],
        summary: "A brand organisation's current knowledge (the brand itself and operator staff)",
        params: IdParams,
        response: { 200: VersionedKnowledge, ...problemResponses },
      },
    },
    async (request) => config.getBrandKnowledge(db, principalOf(request), request.params.id),
  );
  const ApprovedName = Type.Object({
    name: Type.String(),
    approvedBy: Type.String(),
    approvedAt: Type.String({ format: 'date-time' }),
  });
  app.get(
    '/v1/organisations/:id/approved-brand-names',
    {
      schema: {
        tags: ['detection'],
        summary:
          'Names a brand organisation may use in its brand knowledge without a verified right of that name (the organisation and operator staff)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(ApprovedName) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await config.listApprovedBrandNames(db, principalOf(request), request.params.id),
    }),
  );
  app.post(
    '/v1/organisations/:id/approved-brand-names',
    {
      schema: {
        tags: ['detection'],
        summary: "Approve names for a brand organisation's knowledge (operator admin)",
        params: IdParams,
        body: Type.Object(
          {
            names: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 100 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ApprovedName) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await config.approveBrandNames(db, principalOf(request), request.params.id, request.body.names),
    }),
  );
  app.delete(
    '/v1/organisations/:id/approved-brand-names',
    {
      schema: {
        tags: ['detection'],
        summary: 'Withdraw the approval of one name (operator admin)',
        params: IdParams,
        querystring: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await config.withdrawBrandNameApproval(db, principalOf(request), request.params.id, request.query.name);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/v1/keyword-rules/:scope',
    {
      schema: {
        tags: ['detection'],
        summary:
          'Set the keyword controls (markers, coded language, piracy terms with severities) of one marketplace, or "default"; writes a new version (operator staff)',
        params: Type.Object(
          { scope: Type.Union([Uuid, Type.Literal('default')]) },
          { additionalProperties: false },
        ),
        body: KeywordRuleSetSchema,
        response: { 200: VersionedRules, ...problemResponses },
      },
    },
    async (request) =>
      config.putKeywordRules(
        db,
        principalOf(request),
        request.params.scope === 'default' ? null : request.params.scope,
        request.body,
      ),
  );
  app.get(
    '/v1/keyword-rules/:scope',
    {
      schema: {
        tags: ['detection'],
        summary: 'The keyword controls in force for a marketplace, or the default (operator staff)',
        params: Type.Object(
          { scope: Type.Union([Uuid, Type.Literal('default')]) },
          { additionalProperties: false },
        ),
        response: { 200: VersionedRules, ...problemResponses },
      },
    },
    async (request) =>
      config.getKeywordRules(
        db,
        principalOf(request),
        request.params.scope === 'default' ? null : request.params.scope,
      ),
  );
  app.put(
    '/v1/policies/detection',
    {
      schema: {
        tags: ['detection'],
        summary: 'Set the detection policy: score thresholds to actions, weights (operator admin)',
        description:
          'Fields left out keep their default values; `weights` are merged with the default weights.',
        body: Type.Partial(DetectionPolicySchema, { additionalProperties: false }),
        response: { 200: VersionedPolicy, ...problemResponses },
      },
    },
    async (request) => config.putDetectionPolicy(db, principalOf(request), request.body),
  );
  app.get(
    '/v1/policies/detection',
    {
      schema: {
        tags: ['detection'],
        summary: 'The detection policy in force (operator staff)',
        response: { 200: VersionedPolicy, ...problemResponses },
      },
    },
    async (request) => config.getDetectionPolicy(db, principalOf(request)),
  );
  app.get(
    '/v1/listings/:id/verdict',
    {
      schema: {
        tags: ['detection'],
        summary: "A listing's latest detection verdict with its signals and evidence (operator staff)",
        params: IdParams,
        response: { 200: VerdictSchema, ...problemResponses },
      },
    },
    async (request) => proactive.listingVerdict(db, principalOf(request), request.params.id),
  );
  app.get(
    '/v1/detection/cases',
    {
      schema: {
        tags: ['detection'],
        summary: 'Detection cases: the review queue for operator staff, verification requests for a brand',
        querystring: Type.Object(
          {
            action: Type.Optional(Type.Union([Type.Literal('review'), Type.Literal('brand_verify')])),
            state: Type.Optional(
              Type.Union([
                Type.Literal('open'),
                Type.Literal('removed'),
                Type.Literal('dismissed'),
                Type.Literal('noticed'),
              ]),
            ),
            ...Page,
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(CaseSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { action, state, limit, offset } = request.query;
      return {
        items: await proactive.listCases(db, principalOf(request), {
          limit,
          offset,
          ...(action ? { action } : {}),
          ...(state ? { state } : {}),
        }),
      };
    },
  );
  app.get(
    '/v1/detection/cases/:id',
    {
      schema: {
        tags: ['detection'],
        summary: 'One detection case',
        params: IdParams,
        response: { 200: CaseSchema, ...problemResponses },
      },
    },
    async (request) => proactive.getCase(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/detection/cases/:id/decision',
    {
      schema: {
        tags: ['detection'],
        summary: 'Remove the listing or dismiss the case (operator reviewers)',
        params: IdParams,
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('remove'), Type.Literal('dismiss')]),
            note: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: CaseSchema, ...problemResponses },
      },
    },
    async (request) => proactive.decideCase(db, principalOf(request), request.params.id, request.body),
  );
  app.post(
    '/v1/detection/cases/:id/brand-verification',
    {
      schema: {
        tags: ['detection'],
        summary:
          'The brand says whether a suspicious listing is counterfeit (sent to review) or genuine (closed)',
        params: IdParams,
        body: Type.Object(
          {
            verdict: Type.Union([Type.Literal('counterfeit'), Type.Literal('genuine')]),
            note: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: CaseSchema, ...problemResponses },
      },
    },
    async (request) => proactive.brandVerdict(db, principalOf(request), request.params.id, request.body),
  );
  app.get(
    '/v1/detection/statements',
    {
      schema: {
        tags: ['detection'],
        summary: "Statements of reasons for proactive removals (the seller's own; all for operator staff)",
        querystring: Type.Object(Page, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(StatementSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await proactive.listStatements(db, principalOf(request), request.query) }),
  );
  app.get(
    '/v1/detection/statements/:id',
    {
      schema: {
        tags: ['detection'],
        summary: 'One statement of reasons for a proactive removal',
        params: IdParams,
        response: { 200: StatementSchema, ...problemResponses },
      },
    },
    async (request) => proactive.getStatement(db, principalOf(request), request.params.id),
  );
  app.get(
    '/v1/detection/stats',
    {
      schema: {
        tags: ['detection'],
        summary:
          'Scanned listings, verdicts, and proactive removals counted apart from notice-driven ones (operator staff)',
        response: { 200: StatsSchema, ...problemResponses },
      },
    },
    async (request) => proactive.detectionStats(db, principalOf(request)),
  );
  app.post(
    '/v1/detection/rescans',
    {
      schema: {
        tags: ['detection'],
        summary:
          'Rescan the whole catalogue (after rules change); progress is kept and resumes after a restart (operator admin)',
        response: { 202: JobSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(202).send(await startRescan(db, principalOf(request))),
  );
  app.get(
    '/v1/detection/rescans/:id',
    {
      schema: {
        tags: ['detection'],
        summary: 'Progress of a rescan',
        params: IdParams,
        response: { 200: JobSchema, ...problemResponses },
      },
    },
    async (request) => getRescan(db, principalOf(request), request.params.id),
  );
};
