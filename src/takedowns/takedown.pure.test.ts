import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  attemptOutcome,
  BASE_RETRY_DELAY_MS,
  MAX_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  nextRetryDelayMs,
  parseSignatureHeader,
  signatureHeader,
  verifySignatureHeader,
} from '../webhooks/webhook.ts';

describe('webhook signature', () => {
  test('header is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">, checked with node:crypto directly', () => {
    const secret = 'whsec_test';
    const body = '{"id":"e1","type":"listing.removed"}';
    const header = signatureHeader(secret, 1_700_000_000, body);
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    assert.ok(match, header);
    assert.equal(match[1], '1700000000');
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    assert.equal(match[2], expected);
  });

  test('verification accepts the genuine header and refuses a changed body, a wrong secret or a stale timestamp', () => {
    const body = '{"a":1}';
    const header = signatureHeader('s1', 1000, body);
    assert.equal(verifySignatureHeader('s1', header, body, 1000), true);
    assert.equal(verifySignatureHeader('s1', header, '{"a":2}', 1000), false);
    assert.equal(verifySignatureHeader('s2', header, body, 1000), false);
    assert.equal(verifySignatureHeader('s1', header, body, 1000 + 301), false);
    assert.equal(parseSignatureHeader('garbage'), null);
    assert.equal(parseSignatureHeader('t=12'), null);
  });
});

describe('retry backoff', () => {
  test('doubles from 10 s, never below half the step, capped at one hour', () => {
    assert.equal(
      nextRetryDelayMs(1, () => 0),
      BASE_RETRY_DELAY_MS / 2,
    );
    assert.equal(
      nextRetryDelayMs(1, () => 1),
      BASE_RETRY_DELAY_MS,
    );
    assert.equal(
      nextRetryDelayMs(2, () => 1),
      2 * BASE_RETRY_DELAY_MS,
    );
    assert.equal(
      nextRetryDelayMs(4, () => 1),
      8 * BASE_RETRY_DELAY_MS,
    );
    assert.equal(
      nextRetryDelayMs(30, () => 1),
      MAX_RETRY_DELAY_MS,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const step = Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** (attempt - 1));
          const delay = nextRetryDelayMs(attempt, () => r);
          return delay >= step / 2 - 1 && delay <= step && delay <= MAX_RETRY_DELAY_MS;
        },
      ),
    );
  });

  test('2xx delivers; other answers retry later until the last attempt fails the delivery', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    assert.deepEqual(attemptOutcome(204, 1, now), { status: 'delivered' });
    const retry = attemptOutcome(500, 1, now, () => 0.5);
    assert.equal(retry.status, 'pending');
    assert.ok(retry.status === 'pending' && retry.nextAttemptAt.getTime() > now.getTime());
    assert.equal(attemptOutcome(null, MAX_ATTEMPTS - 1, now).status, 'pending');
    assert.deepEqual(attemptOutcome(null, MAX_ATTEMPTS, now), { status: 'failed' });
    assert.equal(attemptOutcome(302, 1, now).status, 'pending');
  });
});
