import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createHarness, type Harness } from './support/harness.ts';

type Schema = { required?: string[]; $ref?: string };
type Operation = {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const PROBLEM_FIELDS = ['type', 'title', 'status', 'detail', 'code'];
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);

/** The document is generated from the route schemas, so one harness (PGlite) covers every driver. */
describe('OpenAPI document', () => {
  let h: Harness;
  let text: string;
  let doc: OpenApiDocument;
  before(async () => {
    h = await createHarness('pglite');
    const res = await h.request('GET', '/openapi.json');
    assert.equal(res.status, 200);
    text = res.text;
    doc = res.body as OpenApiDocument;
  });
  after(async () => h.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.has(method))
        .map(([method, op]) => ({ path, method, op })),
    );

  test('passes the Redocly "recommended" ruleset with zero errors', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: text, absoluteRef: 'openapi.json', config });
    for (const p of problems.filter((p) => p.severity !== 'error')) {
      console.log(`openapi lint ${p.severity}: ${p.ruleId} ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
    }
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`);
    assert.deepEqual(errors, []);
  });

  test('every /v1 operation has a summary, a tag, and 4xx responses documented as problem details', () => {
    const v1 = operations().filter((o) => o.path.startsWith('/v1/'));
    assert.ok(v1.length > 20, `expected the whole API, found ${v1.length} operations`);
    const failures: string[] = [];
    for (const { path, method, op } of v1) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.summary?.trim()) failures.push(`${where}: no summary`);
      if (!op.tags?.length) failures.push(`${where}: no tag`);
      const fourXx = Object.entries(op.responses ?? {}).filter(([status]) => status.startsWith('4'));
      if (fourXx.length === 0) failures.push(`${where}: no 4xx response`);
      for (const [status, response] of fourXx) {
        const media = response.content?.['application/problem+json'];
        const schema = media?.schema?.$ref
          ? doc.components?.schemas?.[media.schema.$ref.split('/').pop()!]
          : media?.schema;
        const missing = PROBLEM_FIELDS.filter((field) => !schema?.required?.includes(field));
        if (!media) failures.push(`${where} ${status}: not documented as application/problem+json`);
        else if (missing.length > 0)
          failures.push(`${where} ${status}: problem schema lacks ${missing.join(', ')}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('operation ids are present, camelCase and unique', () => {
    const ids = operations().map(({ op }) => op.operationId);
    for (const id of ids) assert.match(id ?? '', /^[a-z][A-Za-z0-9]*$/);
    assert.equal(new Set(ids).size, ids.length);
  });

  test('an error response carries the media type the document promises', async () => {
    const res = await h.request('GET', '/v1/notices/00000000-0000-4000-8000-000000000000', {
      token: h.adminToken,
    });
    assert.equal(res.status, 404);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  });
});
