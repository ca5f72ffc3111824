import { performance } from 'node:perf_hooks';
import { appendAudit, canonicalJson } from '../audit/index.ts';
import { webhookSecret } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { type OutboundPolicy, type SafeResponse, safeFetch } from '../net/index.ts';
import { newId } from '../shared/ids.ts';
import { startPollingLoop } from '../shared/polling.ts';
import * as repo from './webhook.repository.ts';
import { attemptOutcome, signatureHeader } from './webhook.ts';

export const WORKER_ACTOR = 'system:webhook-worker';
const DEFAULT_LIMIT = 20;
const DEFAULT_TIMEOUT_MS = 10_000;
/** The lease outlives the HTTP timeout by this margin, so a slow but live worker keeps its claim. */
const LEASE_MARGIN_MS = 30_000;
/** The reason recorded when the marketplace has no URL (any more) at send time. */
const NO_WEBHOOK_URL = 'no-webhook-url';

export interface DeliverOptions {
  masterKey: Buffer;
  /**
   * What the worker may contact: every send, and every redirect hop, is checked after DNS. Built
   * from the configuration (`outboundPolicy(config.outbound)`); tests inject a resolver here.
   */
  policy: OutboundPolicy;
  /** The clock for due-ness and retry scheduling; tests move it forward instead of sleeping. */
  now?: Date;
  limit?: number;
  /** For one send, its redirects included. */
  timeoutMs?: number;
  random?: () => number;
}

type ClaimedRow = Awaited<ReturnType<typeof repo.claimDueDeliveries>>[number];

/**
 * One round of delivery: claim due deliveries (short statement, leased), send each over HTTP
 * with no transaction open, then record each attempt and its outcome in its own transaction.
 * Returns how many deliveries were attempted.
 */
export async function deliverDueWebhooks(db: Database, options: DeliverOptions): Promise<number> {
  const now = options.now ?? new Date();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const leaseUntil = new Date(now.getTime() + timeoutMs + LEASE_MARGIN_MS);
  const claimed = await repo.claimDueDeliveries(db, now, leaseUntil, options.limit ?? DEFAULT_LIMIT);
  const results = await Promise.allSettled(
    claimed.map((row) => attemptDelivery(db, row, { ...options, now, timeoutMs })),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  return claimed.length;
}

async function attemptDelivery(
  db: Database,
  row: ClaimedRow,
  options: DeliverOptions & { now: Date; timeoutMs: number },
): Promise<void> {
  // The marketplace is read at send time so a new URL or a rotated secret applies to retries too.
  const marketplace = await repo.findMarketplaceWebhook(db, row.marketplace_id);
  const body = canonicalJson(row.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const secret = webhookSecret(options.masterKey, row.marketplace_id, marketplace?.secret_version ?? 1);
  const signature = signatureHeader(secret, timestamp, body);
  const attemptedAt = new Date();
  const started = performance.now();
  // A blocked target is an ordinary failed attempt: it is retried on the normal schedule (the
  // URL, DNS or the allow-list may be fixed meanwhile) and fails after MAX_ATTEMPTS like any other.
  const url = marketplace?.webhook_url;
  const result: SafeResponse | null = url
    ? await safeFetch(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'OpenIPP-Webhooks/1',
            'x-openipp-event': row.event_type,
            // The delivery id: the same on every retry and replay, so receivers deduplicate on it.
            'x-openipp-delivery': row.id,
            'x-openipp-signature': signature,
          },
          body,
          timeoutMs: options.timeoutMs,
        },
        options.policy,
      )
    : null;
  const responseStatus = result?.status ?? null;
  // Only the status and a reason from a closed vocabulary are kept; the body was never read into memory.
  const reason = result?.reason ?? NO_WEBHOOK_URL;
  const durationMs = Math.max(0, Math.round(performance.now() - started));
  const outcome = attemptOutcome(responseStatus, row.attempts, options.now, options.random);

  await db.transaction().execute(async (trx) => {
    await repo.insertAttempt(trx, {
      id: newId(),
      delivery_id: row.id,
      attempt_no: await repo.nextAttemptNo(trx, row.id),
      attempted_at: attemptedAt,
      request_timestamp: timestamp,
      signature,
      response_status: responseStatus,
      reason,
      duration_ms: durationMs,
    });
    const settled = await repo.settleDelivery(trx, row.id, row.attempts, {
      status: outcome.status,
      last_reason: outcome.status === 'delivered' ? null : reason,
      delivered_at: outcome.status === 'delivered' ? new Date() : null,
      ...(outcome.status === 'pending' ? { next_attempt_at: outcome.nextAttemptAt } : {}),
    });
    // Retries are in the attempt log; the audit chain records the final states only.
    if (settled && outcome.status !== 'pending') {
      await appendAudit(trx, [
        {
          actor: WORKER_ACTOR,
          action: outcome.status === 'delivered' ? 'webhook.delivered' : 'webhook.failed',
          entityType: 'webhook_delivery',
          entityId: row.id,
          data: {
            marketplaceId: row.marketplace_id,
            eventType: row.event_type,
            attempts: row.attempts,
            responseStatus,
            reason,
          },
        },
      ]);
    }
  });
}

export interface WebhookWorkerLog {
  error(obj: object, msg: string): void;
}

export interface WebhookWorker {
  /** Stops polling and waits for the round in flight (at most one HTTP timeout) to finish. */
  stop(): Promise<void>;
}

/**
 * Polls for due deliveries every `intervalMs`; when a round was full it goes again at once so a
 * backlog drains quickly. Safe to run in several processes (claims skip each other's rows).
 */
export function startWebhookWorker(options: {
  db: Database;
  masterKey: Buffer;
  intervalMs: number;
  log: WebhookWorkerLog;
  policy: OutboundPolicy;
  limit?: number;
  timeoutMs?: number;
}): WebhookWorker {
  const limit = options.limit ?? DEFAULT_LIMIT;
  return startPollingLoop(
    async () => {
      const count = await deliverDueWebhooks(options.db, {
        masterKey: options.masterKey,
        policy: options.policy,
        limit,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      });
      return count >= limit;
    },
    {
      intervalMs: options.intervalMs,
      startNow: true,
      onError: (err) => options.log.error({ err }, 'webhook delivery round failed'),
    },
  );
}
