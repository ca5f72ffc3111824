import { Type } from 'typebox';
import { eventDefinitions } from '../events/index.ts';
import { principalOf, type RouteModule } from '../http/app.ts';
import { IdParams, IsoDateTime, literals, Page, problemResponses, Uuid } from '../http/schemas.ts';
import { OUTBOUND_FAILURES } from '../net/index.ts';
import * as webhooks from './webhook.service.ts';
import { WEBHOOK_DELIVERY_SEMANTICS, type WebhookEvent } from './webhook.ts';

const DeliveryStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('delivered'),
  Type.Literal('failed'),
]);

/**
 * The JSON body POSTed to the marketplace: one envelope per webhook event type, with that type's
 * exact data schema (from its defineEvent). Built when routes register, after every module defined
 * its events.
 */
export function webhookEventSchema() {
  const definitions = eventDefinitions().filter((d) => d.webhook === true);
  return Type.Union(
    definitions.map((d) =>
      Type.Object(
        { id: Uuid, type: Type.Literal(d.type), occurred_at: IsoDateTime, data: d.data },
        { additionalProperties: false, description: d.description },
      ),
    ),
    { description: 'The JSON body POSTed to the marketplace, byte for byte as canonical JSON (keys sorted)' },
  );
}

/** OpenAPI 3.1 `webhooks`: what the platform POSTs to a marketplace, one entry per event type. */
export function openApiWebhooks(): Record<string, object> {
  const envelopes = webhookEventSchema().anyOf;
  return Object.fromEntries(
    envelopes.map((envelope) => {
      const type = envelope.properties.type.const as string;
      const summary = (envelope as { description?: string }).description;
      return [
        type,
        {
          post: {
            tags: ['webhooks'],
            summary,
            description: `Signed with X-OpenIPP-Signature. ${WEBHOOK_DELIVERY_SEMANTICS}`,
            requestBody: { required: true, content: { 'application/json': { schema: envelope } } },
            responses: { '2XX': { description: 'Received; any other answer is retried with backoff' } },
          },
        },
      ];
    }),
  );
}

const REASON_DESCRIPTION =
  'Why the attempt ended so: the standard HTTP reason phrase of the status (e.g. "Service Unavailable"; ' +
  'never the text the receiver sent), or with no answer one of: ' +
  [...Object.keys(OUTBOUND_FAILURES), 'no-webhook-url'].join(', ') +
  '. A blocked-address attempt never left the platform: the URL, its DNS answer or a redirect pointed ' +
  'at a loopback, private, link-local or otherwise non-public address.';

const DeliveryQuery = Type.Object(
  { ...Page.properties, status: Type.Optional(DeliveryStatus) },
  { additionalProperties: false },
);

/** Webhook deliveries, for admins and the marketplace they are sent to. */
export const webhookRoutes: RouteModule = (app, { db }) => {
  const WebhookDelivery = Type.Object({
    id: Uuid,
    marketplaceId: Uuid,
    eventType: literals(
      eventDefinitions()
        .filter((d) => d.webhook === true)
        .map((d) => d.type),
    ),
    status: DeliveryStatus,
    attempts: Type.Integer({ description: 'Attempts in the current cycle (a replay starts a new cycle)' }),
    nextAttemptAt: IsoDateTime,
    lastReason: Type.Union([Type.String(), Type.Null()], {
      description: `The reason of the last failed attempt; null once delivered. ${REASON_DESCRIPTION}`,
    }),
    createdAt: IsoDateTime,
    deliveredAt: Type.Union([IsoDateTime, Type.Null()]),
    payload: Type.Unsafe<WebhookEvent>(webhookEventSchema()),
  });

  const WebhookAttempt = Type.Object({
    attemptNo: Type.Integer(),
    attemptedAt: IsoDateTime,
    requestTimestamp: Type.Integer({ description: 'The t= value of X-OpenIPP-Signature (unix seconds)' }),
    signature: Type.String({ description: 'The X-OpenIPP-Signature header sent' }),
    responseStatus: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The HTTP status of the answer; null when there was none',
    }),
    reason: Type.Union([Type.String(), Type.Null()], { description: REASON_DESCRIPTION }),
    durationMs: Type.Integer(),
  });

  const WebhookDeliveryWithAttempts = Type.Object({
    ...WebhookDelivery.properties,
    attemptLog: Type.Array(WebhookAttempt),
  });

  app.get(
    '/v1/marketplaces/:id/webhook-deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary:
          "Webhook deliveries to a marketplace, newest first (admin, or the marketplace's own API key)",
        description: WEBHOOK_DELIVERY_SEMANTICS,
        params: IdParams,
        querystring: DeliveryQuery,
        response: { 200: Type.Object({ items: Type.Array(WebhookDelivery) }), ...problemResponses },
      },
    },
    async (request) => {
      const { limit, offset, status } = request.query;
      return {
        items: await webhooks.listDeliveries(db, principalOf(request), request.params.id, {
          limit,
          offset,
          ...(status ? { status } : {}),
        }),
      };
    },
  );

  app.get(
    '/v1/webhook-deliveries/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary:
          'One webhook delivery with every attempt: time, signature, response status, reason, duration',
        description: WEBHOOK_DELIVERY_SEMANTICS,
        params: IdParams,
        response: { 200: WebhookDeliveryWithAttempts, ...problemResponses },
      },
    },
    async (request) => webhooks.getDelivery(db, principalOf(request), request.params.id),
  );

  app.post(
    '/v1/webhook-deliveries/:id/replay',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Send a delivered or failed webhook again now; earlier attempts stay in the log (audited)',
        description: `The replay keeps the delivery id, so a receiver that already processed the event skips it. ${WEBHOOK_DELIVERY_SEMANTICS}`,
        params: IdParams,
        response: { 200: WebhookDelivery, ...problemResponses },
      },
    },
    async (request) => webhooks.replayDelivery(db, principalOf(request), request.params.id),
  );
};
