import { Type } from 'typebox';
import { DecisionKindSchema } from '../decisions/index.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, literals, Nullable, Page, problemResponses, Uuid } from '../http/schemas.ts';
import { currentPolicy, writePolicy } from '../policies/index.ts';
import { SellerAccountabilitySchema } from './sellers.policy.ts';
import * as sellers from './sellers.service.ts';
import { SANCTION_LEVELS, SEVERITIES } from './sellers.ts';

const Level = literals([...SANCTION_LEVELS]);
const StoreStatus = literals(['active', 'held', 'suspended', 'closed']);

const Sanction = Type.Object(
  {
    id: Uuid,
    level: Level,
    active: Type.Boolean({ description: 'In force now (not lifted, not served)' }),
    decisionId: Uuid,
    statementPath: Type.String({ description: 'The statement of reasons of the decision that imposed it' }),
    strikes: Type.Integer(),
    balance: Type.Integer(),
    educationRequired: Type.Boolean(),
    educationAcknowledgedAt: Nullable(IsoDateTime),
    listingLimit: Nullable(Type.Integer()),
    startsAt: IsoDateTime,
    endsAt: Nullable(IsoDateTime),
    liftedAt: Nullable(IsoDateTime),
    liftedCause: Nullable(Type.String()),
    liftedDecisionId: Nullable(Uuid),
    manual: Type.Boolean({ description: 'Imposed by a person rather than by the policy' }),
  },
  { title: 'StoreSanction', additionalProperties: false },
);

const LedgerEntry = Type.Object(
  {
    id: Uuid,
    kind: literals(['allotment', 'deduction', 'restoration']),
    points: Type.Integer(),
    year: Type.Integer(),
    decisionId: Nullable(Uuid),
    decisionKind: Nullable(DecisionKindSchema),
    severity: Nullable(literals([...SEVERITIES])),
    repeat: Type.Boolean({ description: 'Cost more as a repeat offence' }),
    groupedWith: Nullable(Uuid, {
      description: 'The deduction of the same notifier it joined (costs nothing more)',
    }),
    restoresEntryId: Nullable(Uuid),
    restored: Type.Boolean({ description: 'A later entry gave these points back' }),
    itemId: Nullable(Uuid),
    listingId: Nullable(Uuid),
    note: Type.String(),
    at: IsoDateTime,
  },
  { title: 'PointEntry', additionalProperties: false },
);

const Text = Type.String({ minLength: 1, maxLength: 20_000 });
const Accountability = Type.Object(
  {
    store: Type.Object(
      {
        id: Uuid,
        externalId: Type.String(),
        name: Type.String(),
        marketplaceId: Uuid,
        marketplaceName: Type.String(),
        status: StoreStatus,
        statusChangedAt: Nullable(IsoDateTime),
      },
      { additionalProperties: false },
    ),
    year: Type.Integer(),
    years: Type.Array(Type.Integer(), { description: 'Years the ledger has entries for' }),
    allotment: Type.Integer({ description: 'Points every store starts a year with' }),
    balance: Type.Integer({ description: 'Points left in the year shown: the sum of its entries' }),
    strikes: Type.Integer({ description: 'Strikes in force (within the window)' }),
    strikeWindowDays: Type.Integer(),
    nextStrike: Nullable(
      Type.Object(
        { sanction: Level, because: Type.String() },
        { additionalProperties: false, description: 'What one more strike would bring' },
      ),
    ),
    policyVersion: Type.Integer(),
    ledger: Type.Array(LedgerEntry),
    sanctions: Type.Array(Sanction, { description: 'Every sanction, newest first' }),
    education: Type.Object(
      {
        required: Type.Boolean({
          description: 'The seller must acknowledge the module before listing again',
        }),
        module: Type.Object(
          {
            version: Type.String(),
            title: Type.Object({ en: Text, 'zh-CN': Text }, { additionalProperties: false }),
            body: Type.Object({ en: Text, 'zh-CN': Text }, { additionalProperties: false }),
          },
          { additionalProperties: false },
        ),
      },
      { additionalProperties: false },
    ),
  },
  { title: 'StoreAccountability', additionalProperties: false },
);

const PolicyVersion = Type.Object(
  {
    key: Type.String(),
    version: Type.Integer(),
    body: SellerAccountabilitySchema,
    createdAt: Nullable(Type.String()),
  },
  { additionalProperties: false },
);

export const sellerRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/stores/:id/accountability',
    {
      schema: {
        tags: ['sellers'],
        summary:
          "A store's points, strikes, sanctions and education (operator staff, the store's seller, the marketplace's key)",
        params: IdParams,
        querystring: Type.Object(
          { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2999 })) },
          { additionalProperties: false },
        ),
        response: { 200: Accountability, ...problemResponses },
      },
    },
    async (request) =>
      sellers.getAccountability(db, principalOf(request), request.params.id, request.query.year),
  );

  app.post(
    '/v1/stores/:id/points/deductions',
    {
      schema: {
        tags: ['sellers'],
        summary:
          'Count an upheld infringement against a store by hand (operator staff); refused when the decision was already counted',
        params: IdParams,
        body: Type.Object(
          { decisionId: Uuid, note: Type.Optional(Type.String({ maxLength: 2000 })) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ entryId: Uuid, points: Type.Integer() }, { additionalProperties: false }),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await sellers.countDecision(db, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/v1/stores/:id/sanctions',
    {
      schema: {
        tags: ['sellers'],
        summary:
          'Sanction a store by hand with reasons (operator staff); only harsher than the sanction in force',
        params: IdParams,
        body: Type.Object(
          {
            level: Level,
            reasonText: Type.String({ maxLength: 20_000 }),
            suspensionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
            listingLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
            education: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 201: Sanction, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await sellers.sanctionByHand(db, principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/v1/sanctions/:id/lift',
    {
      schema: {
        tags: ['sellers'],
        summary: 'Lift a sanction with reasons (operator admins); a decision of its own, and store.restored',
        params: IdParams,
        body: Type.Object(
          { reasonText: Type.String({ maxLength: 20_000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Sanction, ...problemResponses },
      },
    },
    async (request) => sellers.liftByHand(db, principalOf(request), request.params.id, request.body),
  );

  app.get(
    '/v1/sanctions',
    {
      schema: {
        tags: ['sellers'],
        summary: 'Sanctions, newest first (operator staff: all; a marketplace key: its stores)',
        querystring: Type.Object(
          {
            ...Page.properties,
            active: Type.Optional(Type.Boolean({ default: true, description: 'Only sanctions not lifted' })),
            level: Type.Optional(Level),
            marketplaceId: Type.Optional(Uuid),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object(
                {
                  ...Sanction.properties,
                  store: Type.Object(
                    {
                      id: Uuid,
                      name: Type.String(),
                      externalId: Type.String(),
                      marketplaceId: Uuid,
                      status: StoreStatus,
                    },
                    { additionalProperties: false },
                  ),
                },
                { additionalProperties: false },
              ),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: await sellers.listSanctions(db, principalOf(request), {
          active: q.active ?? true,
          level: q.level,
          marketplaceId: q.marketplaceId,
          limit: q.limit,
          offset: q.offset,
        }),
      };
    },
  );

  app.post(
    '/v1/stores/:id/education/acknowledgement',
    {
      schema: {
        tags: ['sellers'],
        summary: "The store's seller acknowledges the education module in force; the store may list again",
        params: IdParams,
        body: Type.Object(
          { moduleVersion: Type.String({ minLength: 1, maxLength: 100, description: 'The version read' }) },
          { additionalProperties: false },
        ),
        response: { 200: Accountability, ...problemResponses },
      },
    },
    async (request) =>
      sellers.acknowledgeEducation(db, principalOf(request), request.params.id, request.body),
  );

  app.get(
    '/v1/policies/seller-accountability',
    {
      schema: {
        tags: ['sellers'],
        summary: 'Points, strikes and sanctions policy in force (visible to every party)',
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => {
      principalOf(request);
      return currentPolicy(db, 'seller-accountability');
    },
  );
  app.put(
    '/v1/policies/seller-accountability',
    {
      schema: {
        tags: ['sellers'],
        summary: 'Set the seller-accountability policy (operator admin); writes a new version',
        body: SellerAccountabilitySchema,
        response: { 200: PolicyVersion, ...problemResponses },
      },
    },
    async (request) => writePolicy(db, principalOf(request), 'seller-accountability', request.body),
  );
};
