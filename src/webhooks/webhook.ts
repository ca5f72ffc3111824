import { timingSafeEqual } from 'node:crypto';
import { signWebhook } from '../auth/secrets.ts';

/**
 * Pure rules of webhook delivery: the event envelope, the signature header, and the retry
 * schedule. The delivery engine (webhook.worker.ts) only does I/O around these.
 */

/** What the marketplace receives: a stable envelope around event-specific data. */
export interface WebhookEvent {
  /** Unique per event; the same on every retry and replay, so receivers can deduplicate. */
  id: string;
  type: string;
  occurred_at: string;
  data: Record<string, unknown>;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** What a receiver must know about delivery; said on every webhook route of the API description. */
export const WEBHOOK_DELIVERY_SEMANTICS =
  'Webhooks are delivered at least once. A worker that stops after sending but before recording the ' +
  'attempt sends again, a failed attempt is retried with backoff, and a replay sends the same event again. ' +
  'Every request carries `X-OpenIPP-Delivery: <delivery id>` (equal to the event `id`), the same on every ' +
  'retry and replay of one event, so a receiver must deduplicate on it, for example with ' +
  '`insert into received_webhooks (delivery_id) values ($1) on conflict (delivery_id) do nothing`, doing the ' +
  'work only when a row was inserted, in the same transaction. Verify `X-OpenIPP-Signature` first.';

export const MAX_ATTEMPTS = 10;
export const BASE_RETRY_DELAY_MS = 10_000;
export const MAX_RETRY_DELAY_MS = 3_600_000;
/** Receivers should refuse signatures older than this, which defeats replay by a third party. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, the value of X-OpenIPP-Signature. */
export function signatureHeader(secret: string, timestampSeconds: number, body: string): string {
  return `t=${timestampSeconds},v1=${signWebhook(secret, timestampSeconds, body)}`;
}

export function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/**
 * What a receiver does, offered so integrators and our own tests share one reference: the
 * signature must match and the timestamp must be recent.
 */
export function verifySignatureHeader(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): boolean {
  const parsed = parseSignatureHeader(header);
  if (!parsed || Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, parsed.timestamp, body), 'hex');
  return parsed.signatures.some((sig) => timingSafeEqual(expected, Buffer.from(sig, 'hex')));
}

/**
 * Delay before the next attempt after `attemptsMade` failed ones: 10 s doubling per attempt,
 * capped at one hour, with "equal jitter" (half fixed, half random) so many deliveries failing
 * together do not all retry in the same second, yet none retries sooner than half the step.
 */
export function nextRetryDelayMs(attemptsMade: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, attemptsMade - 1);
  const step = Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** Math.min(exponent, 30));
  const half = step / 2;
  return Math.round(half + random() * half);
}

export type AttemptOutcome =
  | { status: 'delivered' }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'failed' };

export function isSuccessStatus(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}

/** What becomes of a delivery after an attempt: delivered, retried later, or given up. */
export function attemptOutcome(
  responseStatus: number | null,
  attemptsMade: number,
  now: Date,
  random: () => number = Math.random,
): AttemptOutcome {
  if (isSuccessStatus(responseStatus)) return { status: 'delivered' };
  if (attemptsMade >= MAX_ATTEMPTS) return { status: 'failed' };
  return {
    status: 'pending',
    nextAttemptAt: new Date(now.getTime() + nextRetryDelayMs(attemptsMade, random)),
  };
}
