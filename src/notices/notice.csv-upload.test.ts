import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listings, marketplace, screenshot, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';

const BOUNDARY = '----openipp-test-boundary';

function form(parts: Array<{ name: string; filename?: string; type?: string; content: string }>): Buffer {
  const chunks = parts.map(
    (p) =>
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n${p.content}\r\n`,
  );
  return Buffer.from(`${chunks.join('')}--${BOUNDARY}--\r\n`);
}

for (const driver of drivers()) {
  describe(`CSV intake as a form upload, and 415s that name the accepted types (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let us: Awaited<ReturnType<typeof marketplace>>;
    let right: { id: string };
    let sha: string;
    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      us = await marketplace(h, 'US');
      right = await verifiedRight(h, brand.token);
      sha = (await screenshot(h, brand.token)).documentSha256 as string;
    });
    after(async () => h.close());

    const url = () =>
      `/v1/notices/csv?rightId=${right.id}&infringementType=counterfeit&contactName=Jane&contactEmail=legal%40brand.example&goodFaith=true&accuracy=true&authority=true`;
    const csvOf = (ids: string[]) =>
      ['listing_id,evidence_kind,evidence_sha256', ...ids.map((id) => `${id},test_buy_report,${sha}`)].join(
        '\n',
      );
    const upload = (payload: Buffer) =>
      h.request('POST', url(), {
        token: brand.token,
        payload,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      });

    test('a multipart upload with the file in part "file" files the notice', async () => {
      const ids = await listings(h, us, 2);
      const res = await upload(
        form([{ name: 'file', filename: 'notice.csv', type: 'text/csv', content: csvOf(ids) }]),
      );
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.source, 'csv');
      assert.equal(res.body.items.length, 2);
    });

    test('a form without the file, or with other fields, names the parts; CSV errors still name the line', async () => {
      const noFile = await upload(form([{ name: 'rightId', content: right.id }]));
      assert.equal(noFile.status, 400, noFile.text);
      assert.deepEqual(
        noFile.body.errors.map((e: { pointer: string }) => e.pointer),
        ['/form/rightId'],
      );
      const empty = await upload(Buffer.from(`--${BOUNDARY}--\r\n`));
      assert.equal(empty.status, 400, empty.text);
      assert.equal(empty.body.errors[0].pointer, '/form/file');
      const [known] = await listings(h, us, 1);
      const bad = await upload(
        form([
          {
            name: 'file',
            filename: 'n.csv',
            content: `listing_id,evidence_kind,evidence_sha256\n${known},screenshot,${sha}\n00000000-0000-4000-8000-000000000000,screenshot,${sha}`,
          },
        ]),
      );
      assert.equal(bad.status, 400, bad.text);
      assert.ok(
        bad.body.errors.some((e: { pointer: string }) => e.pointer === '/csv/line/3/listing_id'),
        bad.text,
      );
      const noBoundary = await h.request('POST', url(), {
        token: brand.token,
        payload: Buffer.from('junk'),
        headers: { 'content-type': 'multipart/form-data' },
      });
      assert.ok(noBoundary.status >= 400 && noBoundary.status < 500, noBoundary.text);
    });

    test('a 415 lists the accepted types, on the CSV endpoint and on every other one', async () => {
      const json = await h.request('POST', url(), { token: brand.token, body: { csv: 'x' } });
      assert.equal(json.status, 415, json.text);
      assert.deepEqual(json.body.acceptedTypes, ['text/csv', 'multipart/form-data']);
      assert.match(json.body.detail, /Accepted: text\/csv, multipart\/form-data/);
      assert.equal(json.headers['accept-post'], 'text/csv, multipart/form-data');

      const xml = await h.request('POST', url(), {
        token: brand.token,
        payload: '<csv/>',
        headers: { 'content-type': 'application/xml' },
      });
      assert.equal(xml.status, 415);
      assert.deepEqual(xml.body.acceptedTypes, ['text/csv', 'multipart/form-data']);

      const text = await h.request('POST', '/v1/notices', {
        token: brand.token,
        payload: '{"rightId": 1}',
        headers: { 'content-type': 'text/plain' },
      });
      assert.equal(text.status, 415, text.text);
      assert.deepEqual(text.body.acceptedTypes, ['application/json']);

      const form = await h.request('POST', '/v1/notices', {
        token: brand.token,
        payload: `--${BOUNDARY}--\r\n`,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      });
      assert.equal(form.status, 415, 'multipart is taken by the CSV endpoint only');
      assert.deepEqual(form.body.acceptedTypes, ['application/json']);

      const exe = await h.request('POST', '/v1/documents', {
        token: brand.token,
        payload: Buffer.from('MZ'),
        headers: { 'content-type': 'application/x-msdownload' },
      });
      assert.equal(exe.status, 415);
      assert.ok(exe.body.acceptedTypes.includes('application/pdf'), exe.text);
      assert.ok(String(exe.headers['accept-post']).includes('image/png'));

      const patch = await h.request('PATCH', `/v1/marketplaces/${us.id}`, {
        token: h.adminToken,
        payload: 'name=x',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      assert.equal(patch.status, 415);
      assert.equal(patch.headers['accept-patch'], 'application/json');
    });

    test('OpenAPI describes the CSV request body in both media types, and document uploads', async () => {
      const doc = (await h.request('GET', '/openapi.json')).body;
      const csv = doc.paths['/v1/notices/csv'].post;
      assert.deepEqual(Object.keys(csv.requestBody.content).sort(), ['multipart/form-data', 'text/csv']);
      assert.equal(csv.requestBody.content['text/csv'].schema.format, 'binary');
      assert.ok(csv.requestBody.content['multipart/form-data'].schema.properties.file);
      assert.ok(csv.responses['201'].content['application/json'].schema);
      assert.ok(csv.responses['415']);
      const documents = doc.paths['/v1/documents'].post;
      assert.ok(documents.requestBody.content['application/pdf']);
    });
  });
}
