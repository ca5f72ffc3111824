import { Type } from 'typebox';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, Jurisdiction, literals, problemResponses, Uuid } from '../http/schemas.ts';
import { outboundPolicy } from '../net/index.ts';
import { registerStores, TraderSchema } from '../traders/index.ts';
import { WEBHOOK_DELIVERY_SEMANTICS } from '../webhooks/index.ts';
import * as marketplaces from './marketplace.service.ts';

const WebhookUrl = Type.String({
  format: 'uri',
  maxLength: 2048,
  pattern: '^https?://',
  description:
    'Where takedown and reinstatement decisions are POSTed. Must be a public https URL without credentials ' +
    '(port 80, 443 or 1024-65535): loopback, private, link-local and other non-public addresses in any ' +
    'notation, and names such as localhost, are refused with a field error naming the rule ' +
    '(blocked-address, credentials-in-url, https-required, port-not-allowed, scheme-not-allowed). ' +
    'Each delivery checks the addresses the host resolves to again, and every redirect hop.',
});
const MarketplaceSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  jurisdiction: Type.String(),
  webhookUrl: Type.Optional(
    Type.Union([Type.String(), Type.Null()], {
      description:
        "Shown only to operator admins and to the marketplace's own API key; absent for everyone else. Null: none configured.",
    }),
  ),
  createdAt: Type.String(),
});
const StoreSchema = Type.Object({
  id: Uuid,
  marketplaceId: Uuid,
  externalId: Type.String(),
  name: Type.String(),
  sellerOrgId: Type.Union([Uuid, Type.Null()]),
  status: literals(['active', 'held', 'suspended', 'closed'], {
    description:
      'active: lists normally; held: waiting for review at registration; suspended: lists nothing new until the suspension ends; closed: its listings are taken down',
  }),
});
const WebhookSecret = Type.String({ description: 'HMAC-SHA256 signing secret; shown only here' });

export const marketplaceRoutes: RouteModule = (app, { db, config }) => {
  const outbound = outboundPolicy(config.outbound);

  app.post(
    '/v1/marketplaces',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Register a marketplace with its jurisdiction and webhook endpoint (admin)',
        description: WEBHOOK_DELIVERY_SEMANTICS,
        body: Type.Object(
          {
            code: Type.String({
              pattern: '^[a-z0-9][a-z0-9-]{1,39}$',
              description: 'Short unique code, e.g. "tmall-cn"',
            }),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            jurisdiction: Jurisdiction,
            webhookUrl: Type.Optional(WebhookUrl),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([MarketplaceSchema, Type.Object({ webhookSecret: WebhookSecret })]),
          ...problemResponses,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await marketplaces.createMarketplace(
            db,
            principalOf(request),
            config.secretKey,
            request.body,
            outbound,
          ),
        ),
  );

  app.get(
    '/v1/marketplaces',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'All marketplaces',
        response: { 200: Type.Object({ items: Type.Array(MarketplaceSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await marketplaces.listMarketplacesFor(db, principalOf(request)) }),
  );

  app.get(
    '/v1/marketplaces/:id',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'One marketplace',
        params: IdParams,
        response: { 200: MarketplaceSchema, ...problemResponses },
      },
    },
    async (request) => marketplaces.getMarketplaceFor(db, principalOf(request), request.params.id),
  );

  app.patch(
    '/v1/marketplaces/:id',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Change a marketplace (admin)',
        description: WEBHOOK_DELIVERY_SEMANTICS,
        params: IdParams,
        body: Type.Object(
          {
            name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            jurisdiction: Type.Optional(Jurisdiction),
            webhookUrl: Type.Optional(Type.Union([WebhookUrl, Type.Null()])),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
        response: { 200: MarketplaceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { name, jurisdiction, webhookUrl } = request.body;
      return marketplaces.updateMarketplace(
        db,
        principalOf(request),
        request.params.id,
        {
          ...(name !== undefined ? { name } : {}),
          ...(jurisdiction !== undefined ? { jurisdiction } : {}),
          ...(webhookUrl !== undefined ? { webhookUrl } : {}),
        },
        outbound,
      );
    },
  );

  app.post(
    '/v1/marketplaces/:id/webhook-secret',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Rotate the webhook signing secret (admin)',
        params: IdParams,
        response: { 200: Type.Object({ webhookSecret: WebhookSecret }), ...problemResponses },
      },
    },
    async (request) =>
      marketplaces.rotateWebhookSecret(db, principalOf(request), config.secretKey, request.params.id),
  );

  app.put(
    '/v1/marketplaces/:id/stores/:externalId',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Register or rename a seller store, with its trader details (the marketplace or an admin)',
        description:
          'With `trader` (DSA Art 30), the store is linked to every store sharing a normalised identifier (see the traders module, and POST /v1/marketplaces/{id}/stores/batch for many): a store newly linked to a closed or suspended store is held or refused (409) by the store-admission policy; malformed identifiers are a 400 naming the field and rule.',
        params: Type.Object(
          { id: Uuid, externalId: Type.String({ minLength: 1, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 300 }), trader: Type.Optional(TraderSchema) },
          { additionalProperties: false },
        ),
        response: { 200: StoreSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id, externalId } = request.params;
      const { name, trader } = request.body;
      if (trader === undefined)
        return marketplaces.upsertStore(db, principalOf(request), id, externalId, name);
      const [store] = await registerStores(
        db,
        principalOf(request),
        config.secretKey,
        id,
        [{ externalId, name, trader }],
        () => '',
      );
      return store!;
    },
  );

  app.get(
    '/v1/stores',
    {
      schema: {
        tags: ['marketplaces'],
        summary:
          'Stores: all for operator staff, its own for a marketplace key, the linked ones for a seller',
        querystring: Type.Object(
          {
            marketplaceId: Type.Optional(Uuid),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(StoreSchema) }), ...problemResponses },
      },
    },
    async (request) => {
      const { marketplaceId, limit, offset } = request.query;
      return {
        items: await marketplaces.listStores(db, principalOf(request), {
          limit,
          offset,
          ...(marketplaceId ? { marketplaceId } : {}),
        }),
      };
    },
  );

  app.patch(
    '/v1/stores/:id',
    {
      schema: {
        tags: ['marketplaces'],
        summary: 'Link a store to the seller organisation that operates it (admin)',
        params: IdParams,
        body: Type.Object({ sellerOrgId: Type.Union([Uuid, Type.Null()]) }, { additionalProperties: false }),
        response: { 200: StoreSchema, ...problemResponses },
      },
    },
    async (request) =>
      marketplaces.linkStoreToSeller(db, principalOf(request), request.params.id, request.body.sellerOrgId),
  );
};
