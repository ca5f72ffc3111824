import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, ListingStateSchema, problemResponses, Uuid } from '../http/schemas.ts';
import * as listings from './listing.service.ts';
import { MAX_LISTINGS_PER_BATCH } from './listing.ts';

const ExternalId = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '^[^\\s/]+$',
  description: "The marketplace's own listing id",
});
const Condition = Type.Union([Type.Literal('new'), Type.Literal('used'), Type.Literal('refurbished')]);
const Price = Type.Object(
  {
    amount: Type.Number({ minimum: 0, maximum: 1_000_000_000 }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code' }),
  },
  { additionalProperties: false },
);

const listingFields = {
  url: Type.String({ format: 'uri', maxLength: 2048, pattern: '^https?://' }),
  store: Type.Object(
    {
      externalId: Type.String({ minLength: 1, maxLength: 200 }),
      name: Type.String({ minLength: 1, maxLength: 300 }),
    },
    { additionalProperties: false, description: 'The seller store on this marketplace' },
  ),
  title: Type.String({ minLength: 1, maxLength: 500 }),
  description: Type.Optional(Type.String({ maxLength: 20_000 })),
  price: Type.Optional(Price),
  quantity: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  condition: Type.Optional(Condition),
  category: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  shipFrom: Type.Optional(
    Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 country the item ships from' }),
  ),
  imageUrls: Type.Optional(
    Type.Array(Type.String({ format: 'uri', maxLength: 2048, pattern: '^https?://' }), { maxItems: 50 }),
  ),
};

const ListingBody = Type.Object(listingFields, { additionalProperties: false });
const BatchListing = Type.Object(
  { externalId: ExternalId, ...listingFields },
  { additionalProperties: false },
);

export const ListingSchema = Type.Object({
  id: Uuid,
  marketplaceId: Uuid,
  externalId: Type.String(),
  storeId: Uuid,
  url: Type.String(),
  title: Type.String(),
  description: Type.String(),
  price: Type.Union([Type.Object({ amount: Type.Number(), currency: Type.String() }), Type.Null()]),
  quantity: Type.Union([Type.Integer(), Type.Null()]),
  condition: Type.Union([Condition, Type.Null()]),
  category: Type.Union([Type.String(), Type.Null()]),
  shipFrom: Type.Union([Type.String(), Type.Null()]),
  imageUrls: Type.Array(Type.String()),
  state: Type.Union([Type.Literal('active'), Type.Literal('removed')]),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const listingRoutes: RouteModule = (app, { db, listingEvents }) => {
  app.put(
    '/v1/marketplaces/:id/listings/:externalId',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Register or update one listing (the marketplace itself, by its API key)',
        params: Type.Object({ id: Uuid, externalId: ExternalId }, { additionalProperties: false }),
        body: ListingBody,
        response: { 200: ListingSchema, 201: ListingSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const input = { externalId: request.params.externalId, ...request.body };
      const [result] = await listings.registerListings(
        db,
        principalOf(request),
        request.params.id,
        [input],
        () => '',
        listingEvents,
      );
      return reply.status(result!.created ? 201 : 200).send(result!.listing);
    },
  );

  app.post(
    '/v1/marketplaces/:id/listings/batch',
    {
      schema: {
        tags: ['marketplaces'],
        summary: `Register or update up to ${MAX_LISTINGS_PER_BATCH} listings at once, all or nothing`,
        params: IdParams,
        body: Type.Object(
          { listings: Type.Array(BatchListing, { minItems: 1, maxItems: MAX_LISTINGS_PER_BATCH }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            created: Type.Integer(),
            updated: Type.Integer(),
            items: Type.Array(
              Type.Object({
                externalId: Type.String(),
                id: Uuid,
                created: Type.Boolean(),
                version: Type.Integer(),
              }),
            ),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const results = await listings.registerListings(
        db,
        principalOf(request),
        request.params.id,
        request.body.listings,
        undefined,
        listingEvents,
      );
      return {
        created: results.filter((r) => r.created).length,
        updated: results.filter((r) => !r.created).length,
        items: results.map((r) => ({
          externalId: r.listing.externalId,
          id: r.listing.id,
          created: r.created,
          version: r.listing.version,
        })),
      };
    },
  );

  app.get(
    '/v1/listings/:id',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'One listing',
        params: IdParams,
        response: { 200: ListingSchema, ...problemResponses },
      },
    },
    async (request) => listings.getListing(db, principalOf(request), request.params.id),
  );

  app.get(
    '/v1/listings',
    {
      schema: {
        tags: ['marketplaces'],
        summary:
          'Search listings across every marketplace by URL, marketplace listing id, title text, store or state (rights holders, agents, operator staff; a marketplace key its own listings)',
        description:
          '`q` matches part of the title in any case, or a marketplace listing id exactly; it needs at least 3 characters (the trigram index answers from three). Results are ordered by registration time and paged with limit and offset.',
        querystring: Type.Object(
          {
            marketplaceId: Type.Optional(Uuid),
            externalId: Type.Optional(Type.String({ maxLength: 200 })),
            url: Type.Optional(Type.String({ maxLength: 2048 })),
            q: Type.Optional(
              Type.String({
                minLength: 3,
                maxLength: 200,
                description: 'Part of the title (any case), or a marketplace listing id',
              }),
            ),
            storeId: Type.Optional(Uuid),
            state: Type.Optional(ListingStateSchema),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(ListingSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      return {
        items: await listings.searchListings(db, principalOf(request), {
          limit: q.limit,
          offset: q.offset,
          ...(q.marketplaceId ? { marketplaceId: q.marketplaceId } : {}),
          ...(q.externalId ? { externalId: q.externalId } : {}),
          ...(q.url ? { url: q.url } : {}),
          ...(q.q ? { q: q.q } : {}),
          ...(q.storeId ? { storeId: q.storeId } : {}),
          ...(q.state ? { state: q.state } : {}),
        }),
      };
    },
  );
};
