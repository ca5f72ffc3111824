import type { Database } from '../db/database.ts';
import type { DeliveryStatus } from './webhook.ts';

/** All SQL of webhook deliveries and their attempts. */

export async function findMarketplaceWebhook(db: Database, marketplaceId: string) {
  return db
    .selectFrom('marketplaces')
    .select(['id', 'webhook_url', 'secret_version'])
    .where('id', '=', marketplaceId)
    .executeTakeFirst();
}

/** A new delivery row of `webhook_deliveries` (payload as JSON text). */
export interface DeliveryInsert {
  id: string;
  marketplace_id: string;
  event_type: string;
  payload: string;
  next_attempt_at: Date;
  created_at: Date;
}

export async function insertDelivery(trx: Database, row: DeliveryInsert) {
  await trx.insertInto('webhook_deliveries').values(row).execute();
}

/** Deliveries of events, once each: the delivery id is the event id (a re-run inserts nothing). */
export async function insertDeliveries(trx: Database, rows: readonly DeliveryInsert[]) {
  if (rows.length === 0) return [];
  return trx
    .insertInto('webhook_deliveries')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .returning(['id', 'marketplace_id', 'event_type'])
    .execute();
}

export async function webhookUrlsOf(db: Database, marketplaceIds: readonly string[]) {
  if (marketplaceIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('marketplaces')
    .select(['id', 'webhook_url'])
    .where('id', 'in', [...marketplaceIds])
    .where('webhook_url', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.webhook_url as string]));
}

/**
 * Claims up to `limit` due deliveries in one statement: the sub-select locks them with SKIP LOCKED
 * so concurrent workers take disjoint sets, and the update pushes next_attempt_at out as a lease.
 * The statement commits on its own, so no transaction stays open while the HTTP call runs; if a
 * worker dies mid-call, the lease expires and another worker retries (counted as a new attempt).
 */
export async function claimDueDeliveries(db: Database, now: Date, leaseUntil: Date, limit: number) {
  return db
    .updateTable('webhook_deliveries')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), next_attempt_at: leaseUntil }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(limit)
        .forNoKeyUpdate()
        .skipLocked(),
    )
    .returningAll()
    .execute();
}

/** Next attempt number for the log: history continues across replays, which reset `attempts`. */
export async function nextAttemptNo(trx: Database, deliveryId: string): Promise<number> {
  const row = await trx
    .selectFrom('webhook_attempts')
    .select((eb) => eb.fn.max('attempt_no').as('max'))
    .where('delivery_id', '=', deliveryId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertAttempt(
  trx: Database,
  row: {
    id: string;
    delivery_id: string;
    attempt_no: number;
    attempted_at: Date;
    request_timestamp: number;
    signature: string;
    response_status: number | null;
    reason: string | null;
    duration_ms: number;
  },
) {
  await trx.insertInto('webhook_attempts').values(row).execute();
}

/**
 * Records the outcome only if the delivery is still the one this worker claimed (same attempt
 * count, still pending): a worker whose lease ran out must not overwrite a newer attempt.
 */
export async function settleDelivery(
  trx: Database,
  id: string,
  claimedAttempts: number,
  update: {
    status: DeliveryStatus;
    next_attempt_at?: Date;
    last_reason: string | null;
    delivered_at: Date | null;
  },
) {
  const result = await trx
    .updateTable('webhook_deliveries')
    .set(update)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('attempts', '=', claimedAttempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function findDelivery(db: Database, id: string) {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockDelivery(trx: Database, id: string) {
  return trx
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('id', '=', id)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

export async function resetDeliveryForReplay(trx: Database, id: string, now: Date) {
  return trx
    .updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, last_reason: null, delivered_at: null })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listDeliveries(
  db: Database,
  filter: { marketplaceId: string; status?: DeliveryStatus; limit: number; offset: number },
) {
  let query = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('marketplace_id', '=', filter.marketplaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.status) query = query.where('status', '=', filter.status);
  return query.execute();
}

export async function listAttempts(db: Database, deliveryId: string) {
  return db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('attempt_no')
    .execute();
}
