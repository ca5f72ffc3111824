import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  listingBody,
  listings,
  marketplace,
  noticeBody,
  screenshot,
  verifiedRight,
} from './support/fixtures.ts';
import { createHarness, type Harness, type Response, userIn } from './support/harness.ts';

/**
 * Property-based abuse of the write endpoints: whatever arrives, the answer is never a 5xx and
 * every 4xx is an RFC 9457 problem; schema failures name the field. PGlite only: the edge under
 * test (parsing, validation, error mapping) does not depend on the driver, and CI time matters.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

function assertSane(res: Response, context: string): void {
  const where = `${context} -> ${res.status} ${res.text.slice(0, 300)}`;
  assert.ok(res.status < 500, `server error: ${where}`);
  if (res.status < 400) return;
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, where);
  const body = res.body as Record<string, unknown>;
  for (const field of ['type', 'title', 'detail', 'code'])
    assert.equal(typeof body[field], 'string', `${field} in ${where}`);
  assert.equal(body.status, res.status, where);
  if (body.code === 'VALIDATION_FAILED') {
    const errors = body.errors as { pointer?: unknown }[] | undefined;
    assert.ok(Array.isArray(errors) && errors.length > 0, `validation without errors[]: ${where}`);
    for (const e of errors) assert.equal(typeof e.pointer, 'string', where);
  }
}

const describeInput = (value: unknown) => {
  const text =
    typeof value === 'string'
      ? value
      : Buffer.isBuffer(value)
        ? `<${value.length} bytes>`
        : JSON.stringify(value);
  return (text ?? String(value)).slice(0, 200);
};

/** Arbitrary JSON, including primitives, arrays and objects nested a few levels. */
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** Values of every JSON type, for "right keys, wrong types". */
const wrongValue = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);
/** Raw bodies: invalid UTF-8, deep nesting, truncated or huge JSON. */
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc.integer({ min: 1, max: 4000 }).map((depth) => Buffer.from(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  fc
    .integer({ min: 1, max: 2000 })
    .map((depth) => Buffer.from(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)),
  fc.integer({ min: 1, max: 5 }).map((mb) => Buffer.from(JSON.stringify({ name: 'x'.repeat(mb * 600_000) }))),
  fc.constant(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])),
);
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'text/plain',
    'text/csv',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=latin1',
    'image/png',
    'application/pdf',
  ),
  fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9.+-]{1,15}$/),
);

/** Replaces some keys of a valid body with wrongly typed values. */
function mutate(valid: Record<string, unknown>) {
  const keys = Object.keys(valid);
  return fc
    .dictionary(fc.constantFrom(...keys), wrongValue, { minKeys: 1, maxKeys: keys.length })
    .map((wrong) => ({ ...valid, ...wrong }));
}

/** Some fields turned into huge strings: the body limit or maxLength must answer, not the database. */
function huge(valid: Record<string, unknown>) {
  return fc
    .tuple(fc.constantFrom(...Object.keys(valid)), fc.integer({ min: 1_000, max: 300_000 }))
    .map(([key, n]) => ({ ...valid, [key]: 'Z'.repeat(n) }));
}

describe('fuzzing the write endpoints (pglite)', () => {
  let h: Harness;
  let brand: Awaited<ReturnType<typeof userIn>>;
  let mkt: Awaited<ReturnType<typeof marketplace>>;
  let validNotice: Record<string, unknown>;
  before(async () => {
    h = await createHarness('pglite');
    brand = await userIn(h, 'brand', 'rights_holder');
    mkt = await marketplace(h, 'US');
    const right = await verifiedRight(h, brand.token);
    const [listingId] = await listings(h, mkt, 1);
    validNotice = noticeBody(right.id, [listingId!], await screenshot(h, brand.token));
  });
  after(async () => h.close());

  const validRight = {
    type: 'trademark',
    name: 'ACME',
    ownerName: 'Acme',
    registrationNumber: 'TM1',
    office: 'USPTO',
    jurisdiction: 'US',
    niceClasses: [25],
    validUntil: '2035-01-01',
  };
  const validOrg = { kind: 'brand', name: 'Fuzz Brand' };
  const validLogin = { email: 'nobody@example.test', password: 'x' };
  const { externalId: _ignored, ...validListing } = listingBody();

  /** Every JSON endpoint with the token that may call it and a valid body to mutate. */
  const jsonEndpoints = () => [
    { method: 'POST', url: '/v1/notices', token: brand.token, valid: validNotice },
    { method: 'PUT', url: `/v1/marketplaces/${mkt.id}/listings/fuzz-1`, token: mkt.key, valid: validListing },
    {
      method: 'POST',
      url: `/v1/marketplaces/${mkt.id}/listings/batch`,
      token: mkt.key,
      valid: { listings: [listingBody()] },
    },
    { method: 'POST', url: '/v1/rights', token: brand.token, valid: validRight },
    { method: 'POST', url: '/v1/auth/login', token: undefined, valid: validLogin },
    { method: 'POST', url: '/v1/organisations', token: h.adminToken, valid: validOrg },
  ];
  const endpointIndex = fc.integer({ min: 0, max: 5 });

  test('arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(endpointIndex, anyJson, async (i, body) => {
        const e = jsonEndpoints()[i]!;
        const res = await h.request(e.method, e.url, {
          ...(e.token ? { token: e.token } : {}),
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        assertSane(res, `${e.method} ${e.url} ${describeInput(body)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('the right keys with wrong types, and huge strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        endpointIndex.chain((i) =>
          fc.tuple(
            fc.constant(i),
            fc.oneof(mutate(jsonEndpoints()[i]!.valid), huge(jsonEndpoints()[i]!.valid)),
          ),
        ),
        async ([i, body]) => {
          const e = jsonEndpoints()[i]!;
          const res = await h.request(e.method, e.url, { ...(e.token ? { token: e.token } : {}), body });
          assertSane(res, `${e.method} ${e.url} ${describeInput(body)}`);
          if (res.status === 400 && res.body.code === 'VALIDATION_FAILED')
            assert.ok(res.body.errors.length > 0);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('nested junk inside a valid notice (items, evidence, statements)', async () => {
    const notice = fc.record({
      items: fc.oneof(
        fc.array(
          fc.dictionary(
            fc.constantFrom(
              'listingId',
              'marketplaceId',
              'externalId',
              'url',
              'evidence',
              'explanation',
              'junk',
            ),
            anyJson,
          ),
          { maxLength: 4 },
        ),
        anyJson,
      ),
      statements: fc.oneof(
        fc.dictionary(fc.constantFrom('goodFaith', 'accuracy', 'authority'), wrongValue),
        anyJson,
      ),
      contact: fc.oneof(fc.record({ name: fc.string(), email: fc.string() }), anyJson),
    });
    await fc.assert(
      fc.asyncProperty(notice, async (patch) => {
        const body = { ...validNotice, ...patch };
        assertSane(
          await h.request('POST', '/v1/notices', { token: brand.token, body }),
          `POST /v1/notices ${describeInput(body)}`,
        );
      }),
      { numRuns: RUNS },
    );
  });

  test('raw bodies: invalid UTF-8, deep nesting, oversize, wrong content types', async () => {
    await fc.assert(
      fc.asyncProperty(endpointIndex, rawBody, contentType, async (i, payload, type) => {
        const e = jsonEndpoints()[i]!;
        const res = await h.request(e.method, e.url, {
          ...(e.token ? { token: e.token } : {}),
          payload,
          headers: { 'content-type': type },
        });
        assertSane(res, `${e.method} ${e.url} [${type}] ${describeInput(payload)}`);
      }),
      { numRuns: RUNS },
    );
  });

  test('CSV intake with random bytes, random text and random query strings', async () => {
    const query = `rightId=${validNotice.rightId}&infringementType=counterfeit&contactName=Jane&contactEmail=legal%40brand.example&goodFaith=true&accuracy=true&authority=true`;
    const csvText = fc
      .array(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.constantFrom(
              'listing_id',
              'evidence_kind',
              'evidence_sha256',
              'screenshot',
              '"',
              '""',
              '\r\n',
            ),
          ),
          { maxLength: 8 },
        ),
        { maxLength: 20 },
      )
      .map((rows) => rows.map((r) => r.join(',')).join('\n'));
    const payload = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
      csvText.map((t) => Buffer.from(t)),
      rawBody,
    );
    const queryString = fc.oneof(
      fc.constant(query),
      fc.string({ maxLength: 80 }).map((s) => encodeURIComponent(s)),
      fc.webQueryParameters(),
    );
    await fc.assert(
      fc.asyncProperty(
        payload,
        queryString,
        fc.oneof(fc.constant('text/csv'), contentType),
        async (body, q, type) => {
          const res = await h.request('POST', `/v1/notices/csv?${q}`, {
            token: brand.token,
            payload: body,
            headers: { 'content-type': type },
          });
          assertSane(res, `POST /v1/notices/csv?${q} [${type}] ${describeInput(body)}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('documents with random bytes, media types and file names', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)),
          rawBody,
        ),
        contentType,
        fc.string({ maxLength: 300 }),
        async (body, type, filename) => {
          const res = await h.request('POST', `/v1/documents?filename=${encodeURIComponent(filename)}`, {
            token: brand.token,
            payload: body,
            headers: { 'content-type': type },
          });
          assertSane(res, `POST /v1/documents [${type}] filename=${filename} ${describeInput(body)}`);
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('hostile path parameters, organisation headers and tokens', async () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.uuid(),
      fc.constantFrom('..', '%00', '%ff', 'a%2Fb', ' ', '\u0000'),
    );
    await fc.assert(
      fc.asyncProperty(
        segment,
        segment,
        fc.oneof(fc.constant(undefined), fc.stringMatching(/^[\x21-\x7e]{0,60}$/)),
        async (id, externalId, orgHeader) => {
          const url = `/v1/marketplaces/${encodeURIComponent(id)}/listings/${encodeURIComponent(externalId)}`;
          const headers: Record<string, string> = orgHeader === undefined ? {} : { 'x-org-id': orgHeader };
          const asBrand = await h.request('PUT', url, { token: brand.token, body: validListing, headers });
          assertSane(asBrand, `PUT ${url} x-org-id=${orgHeader}`);
          const badToken = await h.request('POST', '/v1/organisations', {
            token: `ipps_${externalId.replace(/[^\x21-\x7e]/g, '')}`,
            body: validOrg,
          });
          assertSane(badToken, `POST /v1/organisations with a forged token`);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
