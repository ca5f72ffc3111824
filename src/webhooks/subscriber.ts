import { appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { type DomainEvent, eventDefinition, type Subscriber } from '../events/index.ts';
import * as repo from './webhook.repository.ts';
import type { WebhookEvent } from './webhook.ts';

/**
 * Marketplaces learn of what concerns them by signed webhook: every event whose type is defined
 * with `webhook: true` and that names a marketplace with a webhook URL becomes one delivery, whose
 * id is the event id (so `X-OpenIPP-Delivery` names the event, the same on every retry and replay).
 * The delivery is written in the transaction that advances this subscriber's cursor: exactly one
 * delivery per event, also across crashes and several processes.
 */
export const webhookSubscriber: Subscriber = {
  name: 'webhooks',
  accepts: (event) => event.marketplaceId !== null && eventDefinition(event.type)?.webhook === true,
  async handle(trx: Database, events: readonly DomainEvent[]) {
    const urls = await repo.webhookUrlsOf(trx, [...new Set(events.map((e) => e.marketplaceId as string))]);
    const rows = events
      .filter((e) => urls.has(e.marketplaceId as string))
      .map((e) => {
        const envelope: WebhookEvent = {
          id: e.id,
          type: e.type,
          occurred_at: e.occurredAt.toISOString(),
          data: e.data,
        };
        return {
          id: e.id,
          marketplace_id: e.marketplaceId as string,
          event_type: e.type,
          payload: JSON.stringify(envelope),
          next_attempt_at: new Date(),
          created_at: e.occurredAt,
        };
      });
    const inserted = await repo.insertDeliveries(trx, rows);
    await appendAudit(
      trx,
      inserted.map((d) => ({
        actor: 'system:webhooks',
        action: 'webhook.enqueued',
        entityType: 'webhook_delivery',
        entityId: d.id,
        data: { marketplaceId: d.marketplace_id, eventType: d.event_type, eventId: d.id },
      })),
    );
  },
};
