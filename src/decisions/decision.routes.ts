import { type Static, Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, Page, problemResponses, Uuid } from '../http/schemas.ts';
import * as decisions from './decision.service.ts';
import { DecisionKind, StatementBody, SubjectType } from './statement.schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const DecisionSchema = Type.Object({
  id: Uuid,
  kind: DecisionKind,
  subject: Type.Object({ type: SubjectType, id: Uuid }),
  previousDecisionId: Nullable(Uuid),
  itemId: Nullable(Uuid),
  listingId: Nullable(Uuid),
  storeId: Nullable(Uuid),
  marketplaceId: Nullable(Uuid),
  reasonCode: Nullable(Type.String()),
  reasonText: Type.String(),
  cause: Nullable(Type.String()),
  automatedDetection: Type.Boolean(),
  automatedDecision: Type.Union([Type.Literal('fully'), Type.Literal('partially'), Type.Literal('not')]),
  decidedAt: IsoDateTime,
  appealableUntil: Nullable(IsoDateTime),
  statement: StatementBody,
});

const DecisionQuery = Type.Object(
  {
    ...Page.properties,
    kind: Type.Optional(DecisionKind),
    listingId: Type.Optional(Uuid),
    itemId: Type.Optional(Uuid),
    subjectType: Type.Optional(SubjectType),
    subjectId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

/** The statement of a decision, in the envelope `/v1/statements` has always answered with. */
const StatementSummary = Type.Object({
  id: Uuid,
  kind: DecisionKind,
  itemId: Nullable(Uuid),
  noticeId: Nullable(Uuid),
  listingId: Nullable(Uuid),
  storeId: Nullable(Uuid),
  marketplaceId: Nullable(Uuid),
  listingTitle: Nullable(Type.String()),
  createdAt: IsoDateTime,
});
/** A statement of reasons as its readers get it: rendered from its decision (`statementOf`). */
export const StatementSchema = Type.Object({ ...StatementSummary.properties, body: StatementBody });
export type StatementView = Static<typeof StatementSchema>;

function summaryOf(d: decisions.DecisionView): Static<typeof StatementSummary> {
  return {
    id: d.id,
    kind: d.kind,
    itemId: d.itemId,
    noticeId: d.statement.facts.notice?.id ?? null,
    listingId: d.listingId,
    storeId: d.storeId,
    marketplaceId: d.marketplaceId,
    listingTitle: d.statement.restriction.listing?.title ?? null,
    createdAt: d.decidedAt,
  };
}

/** The statement of reasons of a decision the caller may read (GET /v1/statements/:id). */
export function statementOf(d: decisions.DecisionView): StatementView {
  return { ...summaryOf(d), body: d.statement };
}

/** Decisions and their statements of reasons, for the parties, the marketplace and staff. */
export const decisionRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/decisions',
    {
      schema: {
        tags: ['decisions'],
        summary:
          "Decisions the caller may see, newest first: a seller its stores', a rights holder or agent its brands', a marketplace key its marketplace's, staff all",
        querystring: DecisionQuery,
        response: { 200: Type.Object({ items: Type.Array(DecisionSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { kind, ...rest } = request.query;
      return {
        items: await decisions.listDecisions(db, principalOf(request), {
          ...rest,
          ...(kind ? { kinds: [kind] } : {}),
        }),
      };
    },
  );

  app.get(
    '/v1/decisions/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: 'One decision with its statement of reasons (DSA Art 17) and until when it can be appealed',
        params: IdParams,
        response: { 200: DecisionSchema, ...problemResponses },
      },
    },
    async (request) => decisions.getDecision(db, principalOf(request), request.params.id),
  );

  app.get(
    '/v1/statements',
    {
      schema: {
        tags: ['decisions'],
        summary:
          "Statements of reasons the caller may read, newest first (the seller its own, the notifier side its notices', the marketplace its own)",
        querystring: Type.Object(
          { ...Page.properties, listingId: Type.Optional(Uuid) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(StatementSummary) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: (await decisions.listDecisions(db, principalOf(request), request.query)).map(summaryOf),
    }),
  );

  app.get(
    '/v1/statements/:id',
    {
      schema: {
        tags: ['decisions'],
        summary: 'One statement of reasons (the statement of decision :id)',
        params: IdParams,
        response: { 200: StatementSchema, ...problemResponses },
      },
    },
    async (request) => {
      return statementOf(await decisions.getDecision(db, principalOf(request), request.params.id));
    },
  );
};
