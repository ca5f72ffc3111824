import { Type } from 'typebox';
import { isOperatorStaff } from '../auth/principal.ts';
import { AppError } from '../errors/app-error.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, Nullable, Page, problemResponses, Uuid } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { openReferralByHand, ReferralSchema } from '../referrals/index.ts';
import * as custody from './custody.service.ts';
import { decideOutcome } from './outcome.service.ts';
import * as plans from './plan.service.ts';
import { SAMPLING_POLICY_KEY, TestBuySamplingSchema } from './sampling.policy.ts';
import {
  ChainVerdictSchema,
  CustodianKeySchema,
  PlanBodySchema,
  PlanListSchema,
  PlanSchema,
  RequestSchema,
  StepBodySchema,
  StepSchema,
  TestBuyCaseSchema,
  TestBuyOutcomeSchema,
  TestBuyStatusSchema,
  TestBuySummarySchema,
} from './test-buy.schema.ts';
import * as testBuys from './test-buy.service.ts';

const tags = ['test-buys'];

export const testBuyRoutes: RouteModule = (app, { db }) => {
  app.post(
    '/v1/test-buys/plans',
    {
      schema: {
        tags,
        summary:
          "Draw a period's test-buy plan from a seed (operator admins): a random sample per category and a risk-weighted sample, each listing with why it was drawn; dryRun shows the draw only",
        body: PlanBodySchema,
        response: { 200: PlanSchema, 201: PlanSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await plans.createPlan(db, principalOf(request), request.body);
      return reply.status(request.body.dryRun ? 200 : 201).send(plan);
    },
  );
  app.get(
    '/v1/test-buys/plans',
    {
      schema: {
        tags,
        summary: 'Test-buy plans, newest first (operator staff)',
        querystring: Page,
        response: { 200: PlanListSchema, ...problemResponses },
      },
    },
    async (request) => plans.listPlans(db, principalOf(request), request.query),
  );
  app.get(
    '/v1/test-buys/plans/:id',
    {
      schema: {
        tags,
        summary: 'A test-buy plan with every drawn listing and why (operator staff)',
        params: IdParams,
        response: { 200: PlanSchema, ...problemResponses },
      },
    },
    async (request) => plans.getPlan(db, principalOf(request), request.params.id),
  );

  app.post(
    '/v1/test-buys/requests',
    {
      schema: {
        tags,
        summary:
          'Ask for a test buy of a listing the brand suspects (rights holders, and agents for their brands)',
        body: Type.Object(
          {
            listingId: Uuid,
            reasonText: Type.String({ maxLength: 5000 }),
            brandOrgId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: { 201: RequestSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await plans.requestTestBuy(db, principalOf(request), request.body)),
  );
  app.get(
    '/v1/test-buys/requests',
    {
      schema: {
        tags,
        summary:
          "The brand's test-buy requests and their outcome (brands and their agents: their own; operator staff: all)",
        querystring: Page,
        response: {
          200: Type.Object({ items: Type.Array(RequestSchema) }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request) => plans.listRequests(db, principalOf(request), request.query),
  );

  app.get(
    '/v1/test-buys',
    {
      schema: {
        tags,
        summary: 'Test buys, newest first (operator staff, enforcement liaison)',
        querystring: Type.Object(
          {
            ...Page.properties,
            status: Type.Optional(TestBuyStatusSchema),
            marketplaceId: Type.Optional(Uuid),
            storeId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ items: Type.Array(TestBuySummarySchema) }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request) => testBuys.listTestBuys(db, principalOf(request), request.query),
  );
  app.get(
    '/v1/test-buys/:id',
    {
      schema: {
        tags,
        summary:
          'A test buy: why it was drawn, its chain of custody with hashes and signatures, its verification and outcome (operator staff, enforcement liaison, the custodian who received the goods)',
        params: IdParams,
        response: { 200: TestBuyCaseSchema, ...problemResponses },
      },
    },
    async (request) => testBuys.getCase(db, principalOf(request), request.params.id),
  );
  app.get(
    '/v1/test-buys/:id/outcome',
    {
      schema: {
        tags,
        summary:
          "A decided test buy's result, inspection summary and statement (the seller of the store, once decided; the requesting brand; operator staff)",
        params: IdParams,
        response: { 200: TestBuyOutcomeSchema, ...problemResponses },
      },
    },
    async (request) => testBuys.getOutcome(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/test-buys/:id/steps',
    {
      schema: {
        tags,
        summary:
          'Record the next step of the chain of custody (operator staff; the inspection and notarization also by the custodian who received the goods); out of order, unmatched documents or unsigned hand-overs are refused',
        params: IdParams,
        body: StepBodySchema,
        response: { 201: StepSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await custody.recordStep(db, principalOf(request), request.params.id, request.body)),
  );
  app.get(
    '/v1/test-buys/:id/custody/verify',
    {
      schema: {
        tags,
        summary:
          'Walk the chain of custody: gaps, steps out of order, altered records or documents, missing or invalid signatures; names the first broken step',
        params: IdParams,
        response: { 200: ChainVerdictSchema, ...problemResponses },
      },
    },
    async (request) => custody.verifyCustodyAs(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/test-buys/:id/outcome',
    {
      schema: {
        tags,
        summary:
          'Decide an inspected test buy (operator reviewers and admins): genuine closes it; counterfeit or inferior takes the listing and its copies down, deducts points and refers serious cases',
        params: IdParams,
        body: Type.Object(
          { reasonText: Type.String({ maxLength: 20_000 }) },
          { additionalProperties: false },
        ),
        response: { 200: TestBuyOutcomeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = principalOf(request);
      await decideOutcome(db, actor, request.params.id, request.body);
      return testBuys.getOutcome(db, actor, request.params.id);
    },
  );

  app.post(
    '/v1/test-buys/:id/referral',
    {
      schema: {
        tags,
        summary:
          'Open a referral case by hand for a test buy that found a violation, when the criteria did not (enforcement liaison)',
        params: IdParams,
        response: { 201: ReferralSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await openReferralByHand(db, principalOf(request), {
          testBuyId: request.params.id,
          context: testBuys.violationContext,
        }),
      ),
  );

  const PolicyVersion = Type.Object(
    {
      key: Type.String(),
      version: Type.Integer(),
      body: TestBuySamplingSchema,
      createdAt: Nullable(Type.String()),
    },
    { additionalProperties: false },
  );
  app.get(
    '/v1/policies/test-buy-sampling',
    {
      schema: {
        tags,
        summary:
          'The test-buy sampling policy in force: samples, weights, severities, referral criteria (operator staff)',
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => {
      if (!isOperatorStaff(principalOf(request)))
        throw AppError.forbidden('Only operator staff read this policy');
      return currentPolicy(db, SAMPLING_POLICY_KEY);
    },
  );
  app.put(
    '/v1/policies/test-buy-sampling',
    {
      schema: {
        tags,
        summary: 'Set the test-buy sampling policy (operator admin); writes a new version',
        body: TestBuySamplingSchema,
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => writePolicy(db, principalOf(request), SAMPLING_POLICY_KEY, request.body),
  );

  app.post(
    '/v1/custodian-keys',
    {
      schema: {
        tags,
        summary:
          "Register the caller's Ed25519 public key for signing hand-overs (staff, inspectors, brand members); the private key never reaches the platform",
        body: Type.Object(
          { publicKeyPem: Type.String({ maxLength: 2000 }) },
          { additionalProperties: false },
        ),
        response: { 201: CustodianKeySchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await custody.registerCustodianKey(db, principalOf(request), request.body)),
  );
  app.get(
    '/v1/custodian-keys',
    {
      schema: {
        tags,
        summary: "The caller's registered custodian keys",
        response: {
          200: Type.Object({ items: Type.Array(CustodianKeySchema) }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request) => custody.myCustodianKeys(db, principalOf(request)),
  );
};
