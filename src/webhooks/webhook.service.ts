import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, mayReadWebhooksOf, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import * as repo from './webhook.repository.ts';
import type { DeliveryStatus, WebhookEvent } from './webhook.ts';

export interface WebhookAttempt {
  attemptNo: number;
  attemptedAt: string;
  requestTimestamp: number;
  signature: string;
  responseStatus: number | null;
  reason: string | null;
  durationMs: number;
}

export interface WebhookDelivery {
  id: string;
  marketplaceId: string;
  eventType: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastReason: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: WebhookEvent;
}

type DeliveryRow = NonNullable<Awaited<ReturnType<typeof repo.findDelivery>>>;
type AttemptRow = Awaited<ReturnType<typeof repo.listAttempts>>[number];

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    marketplaceId: row.marketplace_id,
    eventType: row.event_type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at.toISOString(),
    lastReason: row.last_reason,
    createdAt: row.created_at.toISOString(),
    deliveredAt: row.delivered_at?.toISOString() ?? null,
    payload: row.payload as unknown as WebhookEvent,
  };
}

function toAttempt(row: AttemptRow): WebhookAttempt {
  return {
    attemptNo: row.attempt_no,
    attemptedAt: row.attempted_at.toISOString(),
    requestTimestamp: Number(row.request_timestamp),
    signature: row.signature,
    responseStatus: row.response_status,
    reason: row.reason,
    durationMs: row.duration_ms,
  };
}

/**
 * Deliveries are the operator's and the marketplace's business: admins see all, a marketplace
 * API key sees its own marketplace's. Everyone else is refused outright.
 */
function requireDeliveryReader(actor: Principal): void {
  if (!isOperatorAdmin(actor) && !(hasRole(actor, 'marketplace') && actor.marketplaceId)) {
    throw AppError.forbidden(
      'Webhook deliveries are visible to admins and to the marketplace they are sent to',
    );
  }
}

export async function listDeliveries(
  db: Database,
  actor: Principal,
  marketplaceId: string,
  filter: { status?: DeliveryStatus; limit: number; offset: number },
): Promise<WebhookDelivery[]> {
  requireDeliveryReader(actor);
  if (!mayReadWebhooksOf(actor, marketplaceId))
    throw AppError.forbidden('This API key speaks for another marketplace');
  const rows = await repo.listDeliveries(db, {
    marketplaceId,
    limit: filter.limit,
    offset: filter.offset,
    ...(filter.status ? { status: filter.status } : {}),
  });
  return rows.map(toDelivery);
}

export async function getDelivery(
  db: Database,
  actor: Principal,
  id: string,
): Promise<WebhookDelivery & { attemptLog: WebhookAttempt[] }> {
  requireDeliveryReader(actor);
  const row = await repo.findDelivery(db, id);
  // Another marketplace's delivery is reported as absent, so ids reveal nothing across tenants.
  if (!row || !mayReadWebhooksOf(actor, row.marketplace_id)) throw AppError.notFound('Webhook delivery');
  return { ...toDelivery(row), attemptLog: (await repo.listAttempts(db, id)).map(toAttempt) };
}

/**
 * Sends a delivered or failed event again: the delivery goes back to pending now with a fresh
 * retry budget; earlier attempts stay in the log and new ones continue its numbering.
 */
export async function replayDelivery(db: Database, actor: Principal, id: string): Promise<WebhookDelivery> {
  requireDeliveryReader(actor);
  return db.transaction().execute(async (trx) => {
    const row = await repo.lockDelivery(trx, id);
    if (!row || !mayReadWebhooksOf(actor, row.marketplace_id)) throw AppError.notFound('Webhook delivery');
    if (row.status === 'pending') {
      throw AppError.conflict('The delivery is still pending; it will be attempted again automatically', {
        nextAttemptAt: row.next_attempt_at.toISOString(),
        rule: 'delivery-pending',
      });
    }
    const updated = await repo.resetDeliveryForReplay(trx, id, new Date());
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'webhook.replayed',
        entityType: 'webhook_delivery',
        entityId: id,
        data: {
          marketplaceId: row.marketplace_id,
          eventType: row.event_type,
          previousStatus: row.status,
          previousAttempts: row.attempts,
        },
      },
    ]);
    return toDelivery(updated);
  });
}
