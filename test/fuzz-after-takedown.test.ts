import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  counterNoticeBody,
  parties,
  removedItem,
  rightFor,
  sellerMarketplace,
} from '../src/counter-notices/test-scenario.ts';
import { createHarness, type Harness, type Response } from './support/harness.ts';

/**
 * Junk at the write endpoints that came after the foundation: counter-notices, answers, decisions,
 * withdrawals, appeals, put-back and calendar policies, brand knowledge, keyword controls, the
 * detection policy and detection cases. Never a 5xx; every 4xx is a problem document.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

function assertSane(res: Response, context: string): void {
  const where = `${context} -> ${res.status} ${res.text.slice(0, 300)}`;
  assert.ok(res.status < 500, `server error: ${where}`);
  if (res.status < 400) return;
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, where);
  assert.equal(typeof res.body.detail, 'string', where);
  if (res.body.code === 'VALIDATION_FAILED')
    assert.ok(Array.isArray(res.body.errors) && res.body.errors.length > 0, where);
}

const wrongValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

describe('fuzzing the post-takedown and detection endpoints (pglite)', () => {
  let h: Harness;
  let endpoints: { method: string; url: string; token: string; valid: Record<string, unknown> }[];
  before(async () => {
    h = await createHarness('pglite');
    const p = await parties(h);
    const mkt = await sellerMarketplace(h, p, 'US');
    const right = await rightFor(h, p, 'trademark');
    const removed = await removedItem(h, p, mkt, right);
    const other = await removedItem(h, p, mkt, right);
    const cn = await h.request('POST', `/v1/items/${other.itemId}/counter-notice`, {
      token: p.seller.token,
      body: await counterNoticeBody(h, p),
    });
    assert.equal(cn.status, 201, cn.text);
    endpoints = [
      {
        method: 'POST',
        url: `/v1/items/${removed.itemId}/counter-notice`,
        token: p.seller.token,
        valid: await counterNoticeBody(h, p),
      },
      {
        method: 'POST',
        url: `/v1/counter-notices/${cn.body.id}/answer`,
        token: p.brand.token,
        valid: { explanation: 'We sued', evidence: [] },
      },
      {
        method: 'POST',
        url: `/v1/counter-notices/${cn.body.id}/decision`,
        token: p.reviewer.token,
        valid: { decision: 'uphold', reasonCode: 'counterfeit', reasonText: 'x' },
      },
      {
        method: 'POST',
        url: `/v1/items/${removed.itemId}/appeals`,
        token: p.seller.token,
        valid: { grounds: 'genuine goods', evidence: [] },
      },
      {
        method: 'POST',
        url: `/v1/items/${removed.itemId}/withdraw`,
        token: p.brand.token,
        valid: { reason: 'settled' },
      },
      {
        method: 'PUT',
        url: '/v1/policies/putback',
        token: h.adminToken,
        valid: { terms: {}, appealWindowMonths: 6, appealReviewWindow: { unit: 'business_days', amount: 5 } },
      },
      { method: 'PUT', url: '/v1/policies/holiday-calendars', token: h.adminToken, valid: { calendars: {} } },
      {
        method: 'PUT',
        url: '/v1/brand-knowledge',
        token: p.brand.token,
        valid: { version: '1', brands: [{ id: 'a', name: 'Acme' }] },
      },
      {
        method: 'PUT',
        url: '/v1/keyword-rules/default',
        token: p.reviewer.token,
        valid: { version: '1', rules: [{ id: 'r', pattern: 'replica', kind: 'marker', severity: 0.9 }] },
      },
      {
        method: 'PUT',
        url: '/v1/policies/detection',
        token: h.adminToken,
        valid: { version: 'x', thresholds: [{ minScore: 0.9, action: 'remove' }] },
      },
    ];
  });
  after(async () => h.close());

  const send = (e: (typeof endpoints)[number], body: unknown) =>
    h.request(e.method, e.url, {
      token: e.token,
      payload: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  test('arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 4 }), async (n, body) => {
        const e = endpoints[n % endpoints.length]!;
        assertSane(await send(e, body), `${e.method} ${e.url} ${JSON.stringify(body)?.slice(0, 200)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('a valid body with one field replaced by a value of another type', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), wrongValue, async (n, k, value) => {
        const e = endpoints[n % endpoints.length]!;
        const keys = Object.keys(e.valid);
        const key = keys[k % keys.length]!;
        const body = { ...e.valid, [key]: value };
        assertSane(
          await send(e, body),
          `${e.method} ${e.url} ${key}=${JSON.stringify(value)?.slice(0, 100)}`,
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('hostile ids in the path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), async (raw) => {
        const id = encodeURIComponent(raw);
        for (const url of [
          `/v1/items/${id}/counter-notice`,
          `/v1/appeals/${id}/decision`,
          `/v1/detection/cases/${id}/decision`,
          `/v1/items/${id}/timeline`,
        ]) {
          const res = await h.request('POST', url, {
            token: h.adminToken,
            body: { decision: 'remove', note: 'x' },
          });
          assertSane(res, `POST ${url}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
