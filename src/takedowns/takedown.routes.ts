import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, Page, problemResponses, Uuid } from '../http/schemas.ts';
import { StatementBody } from './statement.schema.ts';
import * as takedowns from './takedown.service.ts';

const StatementSummary = Type.Object({
  id: Uuid,
  itemId: Uuid,
  noticeId: Uuid,
  listingId: Uuid,
  storeId: Uuid,
  marketplaceId: Uuid,
  listingTitle: Type.String(),
  createdAt: IsoDateTime,
});

const Statement = Type.Object({
  id: Uuid,
  itemId: Uuid,
  noticeId: Uuid,
  listingId: Uuid,
  storeId: Uuid,
  marketplaceId: Uuid,
  listingTitle: Type.String(),
  createdAt: IsoDateTime,
  body: StatementBody,
});

const StatementQuery = Type.Object(
  { ...Page.properties, listingId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
/** Statements of reasons for sellers, complainants and the marketplace. */
export const takedownRoutes: RouteModule = (app, { db }) => {
  app.get(
    '/v1/statements',
    {
      schema: {
        tags: ['takedowns'],
        summary:
          'Statements of reasons visible to the caller (seller: its stores; rights holder or agent: its notices; staff: all), newest first',
        querystring: StatementQuery,
        response: { 200: Type.Object({ items: Type.Array(StatementSummary) }), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, offset, listingId } = request.query;
      return {
        items: await takedowns.listStatements(db, principalOf(request), {
          limit,
          offset,
          ...(listingId ? { listingId } : {}),
        }),
      };
    },
  );

  app.get(
    '/v1/statements/:id',
    {
      schema: {
        tags: ['takedowns'],
        summary:
          'One statement of reasons (DSA Art 17) with the complainant, the evidence and the ways to seek redress',
        params: IdParams,
        response: { 200: Statement, ...problemResponses },
      },
    },
    async (request) => takedowns.getStatement(db, principalOf(request), request.params.id),
  );
};
