import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import {
  IdParams,
  IsoDate,
  Jurisdiction,
  problemResponses,
  SearchText,
  Sha256,
  searchTerm,
  Uuid,
} from '../http/schemas.ts';
import * as rights from './right.service.ts';

const RightType = Type.Union([Type.Literal('trademark'), Type.Literal('patent'), Type.Literal('copyright')]);
const PatentKind = Type.Union([Type.Literal('invention'), Type.Literal('utility'), Type.Literal('design')]);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const RightSchema = Type.Object({
  id: Uuid,
  orgId: Uuid,
  type: RightType,
  status: Type.Union([Type.Literal('pending'), Type.Literal('verified'), Type.Literal('rejected')]),
  name: Type.String(),
  ownerName: Type.String(),
  registrationNumber: Nullable(Type.String()),
  office: Nullable(Type.String()),
  jurisdiction: Nullable(Type.String()),
  niceClasses: Type.Array(Type.Integer()),
  patentKind: Nullable(PatentKind),
  workDescription: Nullable(Type.String()),
  validFrom: Nullable(Type.String()),
  validUntil: Nullable(Type.String()),
  documentShas: Type.Array(Type.String()),
  referenceImageShas: Type.Array(Type.String()),
  reviewNote: Nullable(Type.String()),
  verifiedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const rightRoutes: RouteModule = (app, { db }) => {
  app.post(
    '/v1/rights',
    {
      schema: {
        tags: ['rights'],
        summary: 'Record a trademark, patent or copyright (rights holder, or an agent for its principal)',
        description:
          'Trademarks need registration number, office, jurisdiction, Nice classes and expiry; patents need number, jurisdiction, kind and expiry; copyrights need the work and proof of ownership. A reviewer verifies the right before notices may rely on it.',
        body: Type.Object(
          {
            type: RightType,
            principalOrgId: Type.Optional(Uuid),
            name: Type.String({
              minLength: 1,
              maxLength: 300,
              description: 'The mark, the patent title or the work title',
            }),
            ownerName: Type.String({ minLength: 1, maxLength: 300 }),
            registrationNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            office: Type.Optional(Type.String({ minLength: 2, maxLength: 100 })),
            jurisdiction: Type.Optional(Jurisdiction),
            niceClasses: Type.Optional(
              Type.Array(Type.Integer({ minimum: 1, maximum: 45 }), {
                minItems: 1,
                maxItems: 45,
                uniqueItems: true,
              }),
            ),
            patentKind: Type.Optional(PatentKind),
            workDescription: Type.Optional(Type.String({ minLength: 1, maxLength: 5000 })),
            validFrom: Type.Optional(IsoDate),
            validUntil: Type.Optional(IsoDate),
            documentShas: Type.Optional(Type.Array(Sha256, { maxItems: 50, uniqueItems: true })),
            referenceImageShas: Type.Optional(Type.Array(Sha256, { maxItems: 200, uniqueItems: true })),
          },
          { additionalProperties: false },
        ),
        response: { 201: RightSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await rights.registerRight(db, principalOf(request), request.body)),
  );

  app.get(
    '/v1/rights',
    {
      schema: {
        tags: ['rights'],
        summary: "The caller's rights (its principals' too for an agent; all for operator staff)",
        description:
          'Ordered by registration time and paged with limit and offset. `q` narrows the list to rights whose name, registration number or owner name contains the text in any case; `orgId` to one organisation the caller may read (an agent picks one principal).',
        querystring: Type.Object(
          {
            q: Type.Optional(SearchText('Part of the name, registration number or owner name (any case)')),
            orgId: Type.Optional(Uuid),
            status: Type.Optional(
              Type.Union([Type.Literal('pending'), Type.Literal('verified'), Type.Literal('rejected')]),
            ),
            type: Type.Optional(RightType),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(RightSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { status, type, orgId, limit, offset } = request.query;
      const q = searchTerm(request.query.q);
      return {
        items: await rights.listRights(db, principalOf(request), {
          limit,
          offset,
          ...(q ? { q } : {}),
          ...(orgId ? { orgId } : {}),
          ...(status ? { status } : {}),
          ...(type ? { type } : {}),
        }),
      };
    },
  );

  app.get(
    '/v1/rights/:id',
    {
      schema: {
        tags: ['rights'],
        summary: 'One right',
        params: IdParams,
        response: { 200: RightSchema, ...problemResponses },
      },
    },
    async (request) => rights.getRight(db, principalOf(request), request.params.id),
  );

  app.post(
    '/v1/rights/:id/verification',
    {
      schema: {
        tags: ['rights'],
        summary: 'Verify or reject a right (operator reviewer)',
        params: IdParams,
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('verify'), Type.Literal('reject')]),
            note: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: RightSchema, ...problemResponses },
      },
    },
    async (request) => rights.verifyRight(db, principalOf(request), request.params.id, request.body),
  );
};
