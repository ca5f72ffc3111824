import assert from 'node:assert/strict';
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
