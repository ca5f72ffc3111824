import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  listings,
  marketplace,
  noticeBody,
  screenshot,
  uploadDocument,
  verifiedRight,
} from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`documents for reuse (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    const shasOf = (res: { body: { items: { sha256: string }[] } }) => res.body.items.map((d) => d.sha256);

    const upload = async (token: string, content: string, filename: string) => {
      const res = await h.request('POST', `/v1/documents?filename=${encodeURIComponent(filename)}`, {
        token,
        payload: Buffer.from(content),
        headers: { 'content-type': 'application/pdf' },
      });
      assert.ok(res.status === 201 || res.status === 200, res.text);
      return res.body.sha256 as string;
    };
    const search = (token: string, q: string, extra = '') =>
      h.request('GET', `/v1/documents?q=${encodeURIComponent(q)}${extra}`, { token });

    test('q finds a document beyond the newest 100 by part of its file name or the start of its hash', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const old = await upload(brand.token, 'the old certificate', 'Registration-Certificate-CN.pdf');
      // 100 newer documents in one statement, so the old one is past the first page of 100.
      const fillers = Array.from({ length: 100 }, (_, i) => {
        const content = Buffer.from(`filler document ${i} ${brand.orgId}`);
        return { sha256: createHash('sha256').update(content).digest('hex'), content, i };
      });
      const db = h.platform.database.db;
      await db
        .insertInto('documents')
        .values(
          fillers.map((f) => ({
            sha256: f.sha256,
            size: f.content.length,
            media_type: 'text/plain',
            content: f.content,
          })),
        )
        .execute();
      await db
        .insertInto('document_owners')
        .values(
          fillers.map((f) => ({ sha256: f.sha256, org_id: brand.orgId, filename: `filler-${f.i}.txt` })),
        )
        .execute();
      const page = await h.request('GET', '/v1/documents?limit=100', { token: brand.token });
      assert.equal(page.body.items.length, 100);
      assert.ok(!shasOf(page).includes(old), 'past the first page');
      for (const q of [
        'certificate-cn',
        'REGISTRATION',
        ' Certificate ',
        old.slice(0, 10),
        old.slice(0, 10).toUpperCase(),
      ])
        assert.deepEqual(shasOf(await search(brand.token, q)), [old], q);
      assert.deepEqual(shasOf(await search(brand.token, old.slice(1, 12))), [], 'the hash only by its start');
      const paged = await search(brand.token, 'filler-', '&limit=500');
      assert.equal(paged.body.items.length, 100);
      const second = await search(brand.token, 'filler-', '&limit=10&offset=10');
      assert.deepEqual(shasOf(second), shasOf(paged).slice(10, 20), 'ordered and paged as without q');
    });

    test("q on documents matches %, _ and \\ literally and never finds another organisation's", async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const other = await userIn(h, 'brand', 'rights_holder');
      const percent = await upload(brand.token, 'p1', '100% proof.pdf');
      await upload(brand.token, 'p2', '1000 proof.pdf');
      const under = await upload(brand.token, 'u1', 'test_buy.pdf');
      await upload(brand.token, 'u2', 'testXbuy.pdf');
      const slash = await upload(brand.token, 's1', 'a\\b.pdf');
      await upload(brand.token, 's2', 'ab.pdf');
      assert.deepEqual(shasOf(await search(brand.token, '100%')), [percent]);
      assert.deepEqual(shasOf(await search(brand.token, 't_b')), [under]);
      assert.deepEqual(shasOf(await search(brand.token, 'a\\b')), [slash]);
      // The other organisation holds the same bytes under its own name: it finds them by its name only.
      await upload(other.token, 'p1', 'their copy.pdf');
      assert.deepEqual(shasOf(await search(other.token, '100%')), []);
      assert.deepEqual(shasOf(await search(other.token, 'proof')), []);
      assert.deepEqual(shasOf(await search(other.token, 'their')), [percent]);
      assert.deepEqual(shasOf(await search(other.token, under.slice(0, 8))), []);
      const mkt = await marketplace(h);
      const without = await h.request('GET', '/v1/documents', { token: mkt.key });
      const withQ = await search(mkt.key, 'proof');
      assert.equal(without.status, 403);
      assert.equal(withQ.status, 403);
      assert.equal(withQ.body.code, without.body.code);
      const long = await search(brand.token, 'z'.repeat(201));
      assert.equal(long.status, 400);
      assert.equal(long.body.errors[0].pointer, '/querystring/q');
    });

    test("lists the organisation's documents newest first, paged, and by right", async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const right = await verifiedRight(h, brand.token, { type: 'copyright' });
      const trademark = await verifiedRight(h, brand.token);
      const unrelated = await uploadDocument(h, brand.token, 'unrelated notes', 'text/plain');
      const evidence = await screenshot(h, brand.token);
      const mkt = await marketplace(h);
      const ids = await listings(h, mkt, 1);
      const filed = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(trademark.id, ids, evidence),
      });
      assert.equal(filed.status, 201, filed.text);

      const all = await h.request('GET', '/v1/documents?limit=10', { token: brand.token });
      assert.equal(all.status, 200, all.text);
      assert.equal(all.body.items.length, 3);
      assert.equal(all.body.items[0].sha256, evidence.documentSha256, 'newest first');
      assert.equal(all.body.items[0].filename, 'evidence.png');
      assert.equal(all.body.items[0].mediaType, 'image/png');
      const page = await h.request('GET', '/v1/documents?limit=1&offset=1', { token: brand.token });
      assert.deepEqual(shasOf(page), [all.body.items[1].sha256]);

      const rightRow = await h.request('GET', `/v1/rights/${right.id}`, { token: brand.token });
      assert.deepEqual(
        shasOf(await h.request('GET', `/v1/documents?rightId=${right.id}`, { token: brand.token })),
        [rightRow.body.documentShas[0]],
      );
      assert.deepEqual(
        shasOf(await h.request('GET', `/v1/documents?rightId=${trademark.id}`, { token: brand.token })),
        [evidence.documentSha256],
        'evidence used under the right',
      );
      assert.ok(shasOf(all).includes(unrelated));
    });

    test('another organisation sees none of them and cannot filter by their right; marketplace keys are refused', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const right = await verifiedRight(h, brand.token, { type: 'copyright' });
      const other = await userIn(h, 'brand', 'rights_holder');
      const mine = await h.request('GET', '/v1/documents', { token: other.token });
      assert.equal(mine.status, 200);
      assert.equal(mine.body.items.length, 0);
      const theirs = await h.request('GET', `/v1/documents?rightId=${right.id}`, { token: other.token });
      assert.equal(theirs.status, 404, theirs.text);
      const seller = await userIn(h, 'seller', 'seller');
      assert.equal((await h.request('GET', '/v1/documents', { token: seller.token })).body.items.length, 0);
      const mkt = await marketplace(h);
      assert.equal((await h.request('GET', '/v1/documents', { token: mkt.key })).status, 403);
      const bad = await h.request('GET', '/v1/documents?rightId=nope', { token: brand.token });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/querystring/rightId');
    });
  });
}
