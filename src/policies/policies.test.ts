import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`policies as one mechanism, and the open parties (${driver})`, () => {
    let h: Harness;
    let seller: Awaited<ReturnType<typeof userIn>>;
    before(async () => {
      h = await createHarness(driver);
      seller = await userIn(h, 'seller', 'seller');
    });
    after(async () => h.close());

    test('every defined policy is listed with its version; operator-only ones only to staff', async () => {
      const forSeller = await h.request('GET', '/v1/policies', { token: seller.token });
      assert.equal(forSeller.status, 200, forSeller.text);
      const keys = forSeller.body.items.map((p: { key: string }) => p.key);
      assert.deepEqual(keys, [
        'deposits',
        'expedited-path',
        'good-faith',
        'holiday_calendars',
        'joint-force',
        'licences',
        'putback',
        'refund-first',
        'review_sla',
        'seller-accountability',
      ]);
      const forAdmin = await h.request('GET', '/v1/policies', { token: h.adminToken });
      assert.ok(forAdmin.body.items.some((p: { key: string }) => p.key === 'detection'));
      assert.ok(forAdmin.body.items.some((p: { key: string }) => p.key === 'notifier-misuse'));
      // Who is drawn for a test buy, and how, is not for sellers to read.
      assert.ok(forAdmin.body.items.some((p: { key: string }) => p.key === 'test-buy-sampling'));
      const hidden = await h.request('GET', '/v1/policies/detection/versions', { token: seller.token });
      assert.equal(hidden.status, 404);
    });

    test('the detection policy is versioned like every other policy and validated on write', async () => {
      const bad = await h.request('PUT', '/v1/policies/detection', {
        token: h.adminToken,
        body: { thresholds: [{ minScore: 'high', action: 'remove' }] },
      });
      assert.equal(bad.status, 400, bad.text);
      const ok = await h.request('PUT', '/v1/policies/detection', {
        token: h.adminToken,
        body: { version: 'strict-1', bulkQuantity: 40 },
      });
      assert.equal(ok.status, 200, ok.text);
      const history = await h.request('GET', '/v1/policies/detection/versions', { token: h.adminToken });
      assert.equal(history.status, 200, history.text);
      assert.equal(history.body.versions[0].version, ok.body.version);
      assert.equal(history.body.versions[0].body.bulkQuantity, 40);
      assert.equal(history.body.versions[0].valid, true);
      const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      const read = await h.request('GET', '/v1/policies/detection', { token: reviewer.token });
      assert.equal(read.body.policy.version, 'strict-1');
    });

    test('a stored version that no longer validates is skipped on read for the one before it', async (t) => {
      // The clock the policy cache reads: moved past its few seconds below instead of waiting them out.
      t.mock.timers.enable({ apis: ['Date'], now: Date.now() });
      const first = await h.request('PUT', '/v1/policies/review-sla', {
        token: h.adminToken,
        body: { hours: { counterfeit: 12, trademark_misuse: 48, patent: 120, copyright: 24 } },
      });
      assert.equal(first.status, 200, first.text);
      // A version written around the API (or before a rule was tightened): hours must be positive.
      await h.platform.database.db
        .insertInto('policies')
        .values({
          key: 'review_sla',
          version: first.body.version + 1,
          body: JSON.stringify({
            hours: { counterfeit: -1, trademark_misuse: 48, patent: 120, copyright: 24 },
          }),
          created_by: null,
        })
        .execute();
      const history = await h.request('GET', '/v1/policies/review_sla/versions', { token: seller.token });
      assert.equal(history.status, 200, history.text);
      assert.equal(history.body.versions[0].valid, false);
      assert.equal(history.body.versions[0].body, null);
      assert.equal(history.body.versions[0].problems[0].pointer, '/hours/counterfeit');
      // The cache of the version in force lasts a few seconds; the uncached history shows both.
      t.mock.timers.tick(5_100);
      const current = await h.request('GET', '/v1/policies/review-sla', { token: seller.token });
      assert.equal(current.body.version, first.body.version);
      assert.equal(current.body.body.hours.counterfeit, 12);
    });

    test('buyers, enforcement liaison staff and inspectors are parties with their own organisations', async () => {
      const buyerOrg = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'buyer', name: 'A buyer' },
      });
      assert.equal(buyerOrg.status, 201, buyerOrg.text);
      const authority = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'authority', name: 'Customs office' },
      });
      assert.equal(authority.status, 201, authority.text);
      const buyer = await memberOf(h, buyerOrg.body.id, 'buyer');
      const inspector = await memberOf(h, authority.body.id, 'inspector');
      const liaison = await memberOf(h, h.operatorOrgId, 'enforcement_liaison');
      for (const party of [buyer, inspector, liaison]) {
        const me = await h.request('GET', '/v1/me', { token: party.token });
        assert.equal(me.status, 200, me.text);
        // None of them is operator staff: the review queue and audit stay closed.
        assert.equal((await h.request('GET', '/v1/review/queue', { token: party.token })).status, 403);
        assert.equal(
          (await h.request('POST', '/v1/audit/verify', { token: party.token, body: {} })).status,
          403,
        );
      }
      const wrong = await h.request('POST', `/v1/organisations/${buyerOrg.body.id}/members`, {
        token: h.adminToken,
        body: { email: 'x@example.test', name: 'X', password: 'password-123456', role: 'inspector' },
      });
      assert.equal(wrong.status, 400, wrong.text);
      assert.match(wrong.text, /allowed: buyer/);
    });

    test("a policy's versions are paged with limit and offset, newest first", async () => {
      const written: number[] = [];
      for (let n = 1; n <= 5; n++) {
        const put = await h.request('PUT', '/v1/policies/detection', {
          token: h.adminToken,
          body: { version: `paged-${n}`, bulkQuantity: 10 + n },
        });
        assert.equal(put.status, 200, put.text);
        written.push(put.body.version);
      }
      const newest = [...written].reverse();
      const page = (limit: number, offset: number) =>
        h.request('GET', `/v1/policies/detection/versions?limit=${limit}&offset=${offset}`, {
          token: h.adminToken,
        });
      const first = await page(2, 0);
      const second = await page(2, 2);
      assert.equal(first.status, 200, first.text);
      assert.deepEqual(
        [...first.body.versions, ...second.body.versions].map((v: { version: number }) => v.version),
        newest.slice(0, 4),
      );
      assert.equal((await page(0, 0)).status, 400);
      assert.equal((await page(2, -1)).status, 400);
    });
  });
}
