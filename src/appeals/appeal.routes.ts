import { Type } from 'typebox';
import { DecisionKindSchema } from '../decisions/index.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, problemResponses, Sha256, Uuid } from '../http/schemas.ts';
import * as service from './appeal.service.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
export const AppealSchema = Type.Object({
  id: Uuid,
  decisionId: Nullable(Uuid),
  itemId: Nullable(Uuid),
  appellant: Type.Object({
    orgId: Uuid,
    party: Type.Union([Type.Literal('seller'), Type.Literal('rights_holder')]),
  }),
  decision: Type.Object({ kind: DecisionKindSchema, at: IsoDateTime, by: Nullable(Uuid) }),
  grounds: Type.String(),
  documentShas: Type.Array(Sha256),
  status: Type.Union([Type.Literal('open'), Type.Literal('upheld'), Type.Literal('reversed')]),
  filedAt: IsoDateTime,
  result: Nullable(
    Type.Object({
      decidedBy: Nullable(Uuid),
      decidedAt: IsoDateTime,
      reasonText: Nullable(Type.String()),
    }),
  ),
});
const AppealBody = Type.Object(
  {
    grounds: Type.String({ minLength: 1, maxLength: 10_000 }),
    documentShas: Type.Optional(Type.Array(Sha256, { maxItems: 20, uniqueItems: true })),
  },
  { additionalProperties: false },
);
const Page = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

export const appealRoutes: RouteModule = (app, { db }) => {
  app.post(
    '/v1/items/:id/appeals',
    {
      schema: {
        tags: ['review'],
        summary:
          'Appeal the decision in force on an item (its seller or rights holder) within the appeal window (DSA Art 20)',
        params: IdParams,
        body: AppealBody,
        response: { 201: AppealSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.fileAppealOnItem(db, principalOf(request), request.params.id, request.body)),
  );
  app.post(
    '/v1/decisions/:id/appeals',
    {
      schema: {
        tags: ['decisions'],
        summary:
          'Appeal a decision (a party to it: the seller it restricts, the notifier of the notice behind it) until its appealableUntil (DSA Art 20)',
        params: IdParams,
        body: AppealBody,
        response: { 201: AppealSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await service.fileAppeal(db, principalOf(request), request.params.id, request.body)),
  );
  app.get(
    '/v1/appeals',
    {
      schema: {
        tags: ['review'],
        summary: 'Open appeals, oldest first (operator reviewers)',
        querystring: Page,
        response: { 200: Type.Object({ items: Type.Array(AppealSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await service.openAppeals(db, principalOf(request), request.query) }),
  );
  app.get(
    '/v1/appeals/:id',
    {
      schema: {
        tags: ['review'],
        summary: "An appeal (the item's parties and operator staff)",
        params: IdParams,
        response: { 200: AppealSchema, ...problemResponses },
      },
    },
    async (request) => service.getAppeal(db, principalOf(request), request.params.id),
  );
  app.post(
    '/v1/appeals/:id/decision',
    {
      schema: {
        tags: ['review'],
        summary:
          'Decide an appeal: upheld or reversed, with reasons; a reversal takes effect on the listing (a reviewer other than the original decider)',
        params: IdParams,
        body: Type.Object(
          {
            result: Type.Union([Type.Literal('upheld'), Type.Literal('reversed')]),
            reasonText: Type.String({ minLength: 1, maxLength: 5000 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: AppealSchema, ...problemResponses },
      },
    },
    async (request) => service.decideAppeal(db, principalOf(request), request.params.id, request.body),
  );
};
