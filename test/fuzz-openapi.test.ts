import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import {
  counterNoticeBody,
  parties,
  removedItem,
  rightFor,
  sellerMarketplace,
} from '../src/counter-notices/test-scenario.ts';
import { listings, noticeBody, screenshot } from './support/fixtures.ts';
import { apiKeyFor, createHarness, drivers, type Harness, type Response, userIn } from './support/harness.ts';
import { fromSchema, type JsonSchema, junkText, type Pools } from './support/schema-arbitrary.ts';

/**
 * Every operation of the OpenAPI document, generated from its own schemas with junk of every class
 * mixed in (NUL and lone surrogates in text and keys, impossible dates, wrong types, nulls, huge
 * numbers, deep nesting, hostile path segments and bodies of the wrong media type), sent by every
 * kind of caller, on both databases. Whatever arrives, the answer is never a 5xx and every 4xx is
 * an RFC 9457 problem whose field errors carry pointers.
 */
const RUNS = Number(process.env.FUZZ_OPENAPI_RUNS ?? 12);

interface Operation {
  method: string;
  path: string;
  parameters: Array<{ in: string; name: string; required?: boolean; schema: JsonSchema }>;
  bodyTypes: Record<string, JsonSchema | undefined>;
  bodyRequired: boolean;
}

function assertSane(res: Response, context: string): void {
  const where = `${context} -> ${res.status} ${res.text.slice(0, 400)}`;
  assert.ok(res.status < 500, `server error: ${where}`);
  if (res.status < 400) return;
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/, where);
  const body = res.body as Record<string, unknown>;
  for (const field of ['type', 'title', 'detail', 'code'])
    assert.equal(typeof body[field], 'string', `${field} in ${where}`);
  assert.equal(body.status, res.status, where);
  if (body.code === 'VALIDATION_FAILED') {
    const errors = body.errors as { pointer?: unknown; rule?: unknown }[] | undefined;
    assert.ok(Array.isArray(errors) && errors.length > 0, `validation without errors[]: ${where}`);
    for (const e of errors) assert.equal(typeof e.pointer, 'string', where);
  }
}

/** Percent-encodes like encodeURIComponent, but keeps lone surrogates as their (invalid) CESU-8 bytes. */
function encodeAny(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

function operationsOf(doc: { paths: Record<string, Record<string, Record<string, unknown>>> }): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const requestBody = op.requestBody as
        | { required?: boolean; content?: Record<string, { schema?: JsonSchema }> }
        | undefined;
      const bodyTypes: Record<string, JsonSchema | undefined> = {};
      for (const [type, media] of Object.entries(requestBody?.content ?? {})) bodyTypes[type] = media.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        parameters: (op.parameters as Operation['parameters']) ?? [],
        bodyTypes,
        bodyRequired: requestBody?.required ?? false,
      });
    }
  }
  return ops;
}

const hostileSegment = fc.oneof(
  junkText,
  fc.constantFrom('..', '.', '%', 'a/b', ' ', '\u0000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'),
  fc.string({ maxLength: 80 }),
);

for (const driver of drivers()) {
  describe(`every OpenAPI operation under junk input (${driver})`, () => {
    let h: Harness;
    let tokens: Record<string, string | undefined>;
    let pools: Pools;
    let ops: Operation[] = [];

    before(async () => {
      h = await createHarness(driver);
      // A world with one of everything, so generated ids reach real records.
      const p = await parties(h);
      const agent = await userIn(h, 'agent', 'agent');
      await h.request('POST', '/v1/representations', {
        token: p.brand.token,
        body: { agentOrgId: agent.orgId },
      });
      const mkt = await sellerMarketplace(h, p, 'US');
      const right = await rightFor(h, p, 'trademark');
      const removed = await removedItem(h, p, mkt, right);
      await h.request('POST', `/v1/items/${removed.itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      await h.request('POST', `/v1/items/${removed.itemId}/appeals`, {
        token: p.seller.token,
        body: { grounds: 'genuine' },
      });
      const [pending] = await listings(h, mkt, 1);
      await h.request('POST', '/v1/notices', {
        token: p.brand.token,
        body: noticeBody(right.id, [pending!], await screenshot(h, p.brand.token)),
      });
      const db = h.platform.database.db;
      const tables = await sql<{ table_name: string }>`
        select table_name from information_schema.columns
        where table_schema = current_schema() and column_name = 'id' and data_type = 'uuid'`.execute(db);
      const uuids: string[] = [];
      for (const { table_name } of tables.rows) {
        if (table_name === 'api_keys' || table_name === 'sessions') continue; // keep the callers' own credentials
        const rows = await sql<{ id: string }>`select id from ${sql.table(table_name)} limit 4`.execute(db);
        uuids.push(...rows.rows.map((r) => r.id));
      }
      const orgs = await sql<{ id: string }>`select id from organisations`.execute(db);
      uuids.push(...orgs.rows.map((r) => r.id));
      const docs = await sql<{ sha256: string }>`select sha256 from documents limit 10`.execute(db);
      pools = { uuids: [...new Set(uuids)], sha256s: docs.rows.map((r) => r.sha256) };
      tokens = {
        admin: h.adminToken,
        reviewer: p.reviewer.token,
        brand: p.brand.token,
        agent: agent.token,
        seller: p.seller.token,
        marketplace: mkt.key,
        stranger: (await userIn(h, 'brand', 'rights_holder')).token,
        operatorKey: await apiKeyFor(h, h.operatorOrgId, 'admin'),
        none: undefined,
      };
      const doc = await h.request('GET', '/openapi.json');
      ops = operationsOf(doc.body);
      assert.ok(ops.length > 50, `the document lists the operations (${ops.length})`);
    });
    after(async () => h.close());

    test('no operation answers a 5xx, whatever the input', async () => {
      for (const op of ops) {
        const pathParams = op.parameters.filter((p) => p.in === 'path');
        const queryParams = op.parameters.filter((p) => p.in === 'query');
        const bodyTypes = Object.entries(op.bodyTypes);
        const request = fc.record({
          token: fc.constantFrom(...Object.keys(tokens)),
          path: fc.tuple(
            ...pathParams.map((p) =>
              fc.oneof(
                { weight: 4, arbitrary: fromSchema(p.schema, pools) },
                { weight: 1, arbitrary: hostileSegment },
              ),
            ),
          ),
          query: fc.tuple(
            ...queryParams.map((p) =>
              fc.option(fromSchema(p.schema, pools), { nil: undefined, freq: p.required ? 8 : 2 }),
            ),
          ),
          body:
            bodyTypes.length === 0
              ? fc.constant(undefined)
              : fc.oneof(
                  ...bodyTypes.map(([type, schema]) =>
                    type === 'application/json' || type.endsWith('+json')
                      ? fromSchema(schema, pools).map((v) => ({ type, payload: JSON.stringify(v) }))
                      : fc
                          .oneof(
                            fc.uint8Array({ maxLength: 1024 }).map((b) => Buffer.from(b)),
                            junkText.map((t) => Buffer.from(t)),
                          )
                          .map((payload) => ({ type, payload })),
                  ),
                  fc.constant({ type: 'application/json', payload: '' }),
                ),
        });
        await fc.assert(
          fc.asyncProperty(request, async (r) => {
            let url = op.path;
            pathParams.forEach((p, i) => {
              url = url.replace(`{${p.name}}`, encodeAny(r.path[i]) || 'x');
            });
            const query = queryParams
              .map((p, i) => (r.query[i] === undefined ? '' : `${p.name}=${encodeAny(r.query[i])}`))
              .filter((q) => q !== '')
              .join('&');
            if (query) url += `?${query}`;
            // Logging out would end the session the other requests use.
            const token = op.path === '/v1/auth/logout' ? 'ipps_not-a-session' : tokens[r.token];
            const body = r.body as { type: string; payload: string | Buffer } | undefined;
            const res = await h.request(op.method, url, {
              ...(token ? { token } : {}),
              ...(body ? { payload: body.payload, headers: { 'content-type': body.type } } : {}),
            });
            assertSane(
              res,
              `${op.method} ${url.slice(0, 300)} as ${r.token} [${body?.type ?? '-'}] ${String(body?.payload ?? '').slice(0, 300)}`,
            );
          }),
          { numRuns: RUNS },
        );
      }
    });

    test('forbidden characters and impossible dates are refused with a field error, and nothing is stored', async () => {
      const cases: Array<{ url: string; body: unknown; pointer: string; rule: string }> = [
        {
          url: '/v1/organisations',
          body: { kind: 'brand', name: 'a\u0000b' },
          pointer: '/name',
          rule: 'text-characters',
        },
        {
          url: '/v1/organisations',
          body: { kind: 'brand', name: 'a\ud800b' },
          pointer: '/name',
          rule: 'text-characters',
        },
        {
          url: '/v1/organisations',
          body: { kind: 'brand', name: 'ok', 'k\u0000': 1 },
          pointer: '/k\u0000',
          rule: 'text-characters',
        },
      ];
      for (const c of cases) {
        const before = await h.request('GET', '/v1/organisations?limit=500', { token: h.adminToken });
        const res = await h.request('POST', c.url, { token: h.adminToken, body: c.body });
        assert.equal(res.status, 400, res.text);
        assert.ok(
          res.body.errors.some(
            (e: { pointer: string; rule: string }) => e.pointer === c.pointer && e.rule === c.rule,
          ),
          res.text,
        );
        assert.match(res.text, /position \d+/);
        const afterList = await h.request('GET', '/v1/organisations?limit=500', { token: h.adminToken });
        assert.equal(afterList.body.items.length, before.body.items.length, 'nothing stored');
      }
      const nulQuery = await h.request('GET', '/v1/listings?externalId=a%00b', { token: h.adminToken });
      assert.equal(nulQuery.status, 400, nulQuery.text);
      assert.equal(nulQuery.body.errors[0].pointer, '/query/externalId');
      for (const validFrom of ['0000-01-01', '2026-02-30', '2026-13-01', '10000-01-01']) {
        const res = await h.request('POST', '/v1/rights', {
          token: tokens.brand as string,
          body: {
            type: 'trademark',
            name: 'ACME',
            ownerName: 'Acme',
            registrationNumber: 'TM-date',
            office: 'USPTO',
            jurisdiction: 'US',
            niceClasses: [25],
            validFrom,
          },
        });
        assert.equal(res.status, 400, `${validFrom}: ${res.text}`);
        assert.equal(res.body.errors[0].pointer, '/validFrom');
      }
      const deep = await h.request('PUT', '/v1/policies/detection', {
        token: h.adminToken,
        payload: `{"version":"x","thresholds":[${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}]}`,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(deep.status, 400, deep.text.slice(0, 300));
      const nullThresholds = await h.request('PUT', '/v1/policies/detection', {
        token: h.adminToken,
        body: { version: 'x', thresholds: [null] },
      });
      assert.equal(nullThresholds.status, 400, nullThresholds.text);
      const badUtf8 = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        payload: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(badUtf8.status, 400);
      assert.match(badUtf8.body.detail, /not valid UTF-8: byte 6/);
      const broken = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        payload: '{\n  "kind": "brand",\n  "name": x\n}',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(broken.status, 400);
      assert.match(broken.body.detail, /line 3, column 11/);
    });
  });
}
