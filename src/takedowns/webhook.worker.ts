import { performance } from 'node:perf_hooks';
import { appendAudit, canonicalJson } from '../audit/index.ts';
import { webhookSecret } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { newId } from '../shared/ids.ts';
import { startPollingLoop } from '../shared/polling.ts';
import * as repo from './webhook.repository.ts';
import { attemptOutcome, isSuccessStatus, signatureHeader } from './webhook.ts';

export const WORKER_ACTOR = 'system:webhook-worker';
const DEFAULT_LIMIT = 20;
const DEFAULT_TIMEOUT_MS = 10_000;
/** The lease outlives the HTTP timeout by this margin, so a slow but live worker keeps its claim. */
const LEASE_MARGIN_MS = 30_000;
const MAX_ERROR_CHARS = 500;

export interface DeliverOptions {
  masterKey: Buffer;
  /** The clock for due-ness and retry scheduling; tests move it forward instead of sleeping. */
  now?: Date;
  fetchImpl?: typeof fetch;
  limit?: number;
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
  const fetchImpl = options.fetchImpl ?? fetch;
  // The marketplace is read at send time so a new URL or a rotated secret applies to retries too.
  const marketplace = await repo.findMarketplaceWebhook(db, row.marketplace_id);
  const body = canonicalJson(row.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const secret = webhookSecret(options.masterKey, row.marketplace_id, marketplace?.secret_version ?? 1);
  const signature = signatureHeader(secret, timestamp, body);
  const attemptedAt = new Date();
  const started = performance.now();
  let responseStatus: number | null = null;
  let error: string | null = null;
  if (!marketplace?.webhook_url) {
    error = 'The marketplace has no webhook URL configured';
  } else {
    try {
      const response = await fetchImpl(marketplace.webhook_url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'OpenIPP-Webhooks/1',
          'x-openipp-event': row.event_type,
          'x-openipp-delivery': row.id,
          'x-openipp-signature': signature,
        },
        body,
        // A redirect would resend a signed body to a URL nobody configured; treat it as a failure.
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      responseStatus = response.status;
      const text = await response.text().catch(() => '');
      if (!isSuccessStatus(responseStatus))
        error = truncate(`HTTP ${responseStatus}${text ? `: ${text}` : ''}`);
    } catch (cause) {
      error = truncate(describeFetchError(cause, options.timeoutMs));
    }
  }
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
      error,
      duration_ms: durationMs,
    });
    const settled = await repo.settleDelivery(trx, row.id, row.attempts, {
      status: outcome.status,
      last_error: outcome.status === 'delivered' ? null : error,
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
            error,
          },
        },
      ]);
    }
  });
}

function truncate(text: string): string {
  return text.length > MAX_ERROR_CHARS ? `${text.slice(0, MAX_ERROR_CHARS)}…` : text;
}

function describeFetchError(cause: unknown, timeoutMs: number): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError')
      return `No response within ${timeoutMs} ms`;
    const inner = (cause as { cause?: unknown }).cause;
    const detail = inner instanceof Error ? `: ${inner.message}` : '';
    return `${cause.message}${detail}`;
  }
  return String(cause);
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
  fetchImpl?: typeof fetch;
  limit?: number;
  timeoutMs?: number;
}): WebhookWorker {
  const limit = options.limit ?? DEFAULT_LIMIT;
  return startPollingLoop(
    async () => {
      const count = await deliverDueWebhooks(options.db, {
        masterKey: options.masterKey,
        limit,
        ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
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
