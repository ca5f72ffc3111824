import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listingBody, listings, marketplace } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`marketplaces and listings (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('admin registers a marketplace; the signing secret is returned once', async () => {
      const m = await marketplace(h, 'CN', 'https://hooks.example/ipp');
      assert.match(m.webhookSecret, /^whsec_/);
      const got = await h.request('GET', `/v1/marketplaces/${m.id}`, { token: h.adminToken });
      assert.equal(got.body.jurisdiction, 'CN');
      assert.equal(got.body.webhookSecret, undefined);
      const dup = await h.request('POST', '/v1/marketplaces', {
        token: h.adminToken,
        body: { code: m.code, name: 'x', jurisdiction: 'US' },
      });
      assert.equal(dup.status, 400);
      assert.equal(dup.body.errors[0].pointer, '/code');
    });

    test('a brand cannot register a marketplace; a bad jurisdiction names the field', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      assert.equal(
        (
          await h.request('POST', '/v1/marketplaces', {
            token: brand.token,
            body: { code: 'abc', name: 'x', jurisdiction: 'US' },
          })
        ).status,
        403,
      );
      const bad = await h.request('POST', '/v1/marketplaces', {
        token: h.adminToken,
        body: { code: 'abc', name: 'x', jurisdiction: 'usa' },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/jurisdiction');
    });

    test('a marketplace registers and updates a listing; a takedown state survives updates', async () => {
      const m = await marketplace(h);
      const body = listingBody();
      const { externalId, ...rest } = body;
      const created = await h.request('PUT', `/v1/marketplaces/${m.id}/listings/${externalId}`, {
        token: m.key,
        body: rest,
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.price.amount, 25.5);
      const updated = await h.request('PUT', `/v1/marketplaces/${m.id}/listings/${externalId}`, {
        token: m.key,
        body: { ...rest, title: 'New title' },
      });
      assert.equal(updated.status, 200);
      assert.equal(updated.body.version, 2);
      assert.equal(updated.body.id, created.body.id);
    });

    test('another marketplace, a seller and a brand cannot write listings here', async () => {
      const m = await marketplace(h);
      const other = await marketplace(h);
      const seller = await userIn(h, 'seller', 'seller');
      const { externalId, ...rest } = listingBody();
      for (const token of [other.key, seller.token]) {
        const res = await h.request('PUT', `/v1/marketplaces/${m.id}/listings/${externalId}`, {
          token,
          body: rest,
        });
        assert.equal(res.status, 403);
      }
      const created = await h.request('PUT', `/v1/marketplaces/${m.id}/listings/${externalId}`, {
        token: m.key,
        body: rest,
      });
      assert.equal(
        (await h.request('GET', `/v1/listings/${created.body.id}`, { token: other.key })).status,
        404,
      );
    });

    test('a batch is all or nothing and names each failing field', async () => {
      const m = await marketplace(h);
      const good = listingBody();
      const badPrice = listingBody({ price: { amount: 1.234, currency: 'USD' } });
      const res = await h.request('POST', `/v1/marketplaces/${m.id}/listings/batch`, {
        token: m.key,
        body: { listings: [good, badPrice, { ...listingBody(), externalId: good.externalId }] },
      });
      assert.equal(res.status, 400);
      const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer).sort();
      assert.deepEqual(pointers, ['/listings/1/price/amount', '/listings/2/externalId']);
      const found = await h.request('GET', `/v1/listings?marketplaceId=${m.id}`, { token: h.adminToken });
      assert.equal(found.body.items.length, 0);
      const wrongType = await h.request('POST', `/v1/marketplaces/${m.id}/listings/batch`, {
        token: m.key,
        body: { listings: [{ ...good, quantity: '3' }] },
      });
      assert.equal(wrongType.status, 400);
      assert.equal(wrongType.body.errors[0].pointer, '/listings/0/quantity');
    });

    test('a batch of 1000 is accepted and a batch over 1000 is refused', async () => {
      const m = await marketplace(h);
      const many = Array.from({ length: 1000 }, () => listingBody());
      const ok = await h.request('POST', `/v1/marketplaces/${m.id}/listings/batch`, {
        token: m.key,
        body: { listings: many },
      });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.created, 1000);
      const tooMany = await h.request('POST', `/v1/marketplaces/${m.id}/listings/batch`, {
        token: m.key,
        body: { listings: [...many, listingBody()] },
      });
      assert.equal(tooMany.status, 400);
      assert.equal(tooMany.body.errors[0].pointer, '/listings');
    });

    test('sellers see only their own stores after an admin links them', async () => {
      const m = await marketplace(h);
      const seller = await userIn(h, 'seller', 'seller');
      const store = await h.request('PUT', `/v1/marketplaces/${m.id}/stores/s-9`, {
        token: m.key,
        body: { name: 'S9' },
      });
      assert.equal(store.status, 200);
      assert.equal((await h.request('GET', '/v1/stores', { token: seller.token })).body.items.length, 0);
      assert.equal(
        (
          await h.request('PATCH', `/v1/stores/${store.body.id}`, {
            token: seller.token,
            body: { sellerOrgId: seller.orgId },
          })
        ).status,
        403,
      );
      assert.equal(
        (
          await h.request('PATCH', `/v1/stores/${store.body.id}`, {
            token: h.adminToken,
            body: { sellerOrgId: seller.orgId },
          })
        ).status,
        200,
      );
      const mine = await h.request('GET', '/v1/stores', { token: seller.token });
      assert.deepEqual(
        mine.body.items.map((s: { id: string }) => s.id),
        [store.body.id],
      );
    });

    test('search across marketplaces: title text, marketplace listing id, URL; paged; wildcards are literal', async () => {
      const a = await marketplace(h);
      const b = await marketplace(h);
      const tag = `Zq${Math.random().toString(36).slice(2, 8)}`;
      const [inA] = await listings(h, a, 1, { title: `Genuine ${tag} tote bag` });
      const [inB] = await listings(h, b, 1, { title: `${tag.toLowerCase()} 100% leather` });
      await listings(h, b, 1, { title: 'Something else entirely' });
      const brand = await userIn(h, 'brand', 'rights_holder');
      const search = (query: string, token = brand.token) =>
        h.request('GET', `/v1/listings?${query}`, { token });
      const byText = await search(`q=${tag.toUpperCase()}&limit=10`);
      assert.equal(byText.status, 200, byText.text);
      assert.deepEqual(
        byText.body.items.map((l: { id: string }) => l.id).sort(),
        [inA, inB].sort(),
        'any case, any marketplace',
      );
      const paged = await search(`q=${tag}&limit=1&offset=1`);
      assert.equal(paged.body.items.length, 1);
      assert.equal(paged.body.items[0].id, byText.body.items[1].id, 'the same order page by page');
      const a1 = (await h.request('GET', `/v1/listings/${inA}`, { token: brand.token })).body;
      assert.deepEqual(
        (await search(`q=${encodeURIComponent(a1.externalId)}`)).body.items.map((l: { id: string }) => l.id),
        [inA],
        'the marketplace listing id, exactly',
      );
      assert.deepEqual(
        (await search(`url=${encodeURIComponent(a1.url)}`)).body.items.map((l: { id: string }) => l.id),
        [inA],
      );
      assert.equal((await search('q=%25%25%25')).body.items.length, 0, '% matches only itself');
      const pct = await search(`q=${encodeURIComponent('0% l')}`);
      assert.deepEqual(
        pct.body.items.map((l: { id: string }) => l.id),
        [inB],
      );
      const short = await search('q=ab');
      assert.equal(short.status, 400);
      assert.equal(short.body.errors[0].pointer, '/querystring/q');
    });

    test('search is refused to sellers and buyers; a marketplace key finds only its own listings', async () => {
      const a = await marketplace(h);
      const b = await marketplace(h);
      const tag = `Zr${Math.random().toString(36).slice(2, 8)}`;
      const [inA] = await listings(h, a, 1, { title: `${tag} wallet` });
      const [inB] = await listings(h, b, 1, { title: `${tag} wallet` });
      for (const [kind, role] of [
        ['seller', 'seller'],
        ['buyer', 'buyer'],
        ['authority', 'inspector'],
      ] as const) {
        const other = await userIn(h, kind, role);
        const res = await h.request('GET', `/v1/listings?q=${tag}`, { token: other.token });
        assert.equal(res.status, 403, `${role}: ${res.text}`);
      }
      const own = await h.request('GET', `/v1/listings?q=${tag}&marketplaceId=${a.id}`, { token: b.key });
      assert.equal(own.status, 200);
      assert.deepEqual(
        own.body.items.map((l: { id: string }) => l.id),
        [inB],
        "another marketplace's filter is replaced by the key's own",
      );
      const agent = await userIn(h, 'agent', 'agent');
      const staff = await memberOf(h, h.operatorOrgId, 'reviewer');
      for (const token of [agent.token, staff.token]) {
        const res = await h.request('GET', `/v1/listings?q=${tag}`, { token });
        assert.deepEqual(res.body.items.map((l: { id: string }) => l.id).sort(), [inA, inB].sort());
      }
    });
  });
}
