import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_JOINT_FORCE_LISTINGS, DEMO_LISTINGS, loadDemo } from '../src/demo/index.ts';
import { createHarness, drivers, type Harness } from './support/harness.ts';

for (const driver of drivers()) {
  describe(`readiness (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('while a start-up step runs: /readyz and every /v1 request (logins included) answer 503 "starting"; /healthz stays 200', async () => {
      const done = h.platform.readiness.hold('loading the demo data');
      try {
        const ready = await h.request('GET', '/readyz');
        assert.equal(ready.status, 503);
        assert.match(String(ready.headers['content-type']), /application\/problem\+json/);
        assert.equal(ready.body.code, 'NOT_READY');
        assert.match(ready.body.detail, /starting.*loading the demo data/);

        const login = await h.request('POST', '/v1/auth/login', {
          body: { email: 'admin@operator.test', password: 'a wrong password' },
        });
        assert.equal(login.status, 503, 'not "wrong password" for an account that may be about to exist');
        assert.match(login.body.detail, /starting/);
        const read = await h.request('GET', '/v1/notices', { token: h.adminToken });
        assert.equal(read.status, 503);

        assert.equal((await h.request('GET', '/healthz')).status, 200, 'liveness is not readiness');
      } finally {
        done();
      }
      const ready = await h.request('GET', '/readyz');
      assert.equal(ready.status, 200);
      assert.deepEqual(ready.body, { status: 'ready' });
      const login = await h.request('POST', '/v1/auth/login', {
        body: { email: 'admin@operator.test', password: 'a wrong password' },
      });
      assert.equal(login.status, 401);
    });

    test('the demo load hands every demo listing to proactive detection', async () => {
      const db = h.platform.database.db;
      const demo = await loadDemo(db, h.config.secretKey);
      const count = Object.values(DEMO_LISTINGS).reduce((n, items) => n + items.length, 0);
      assert.equal(demo.scanned?.listings, count);
      const verdicts = await db
        .selectFrom('listing_verdicts')
        .innerJoin('listings', 'listings.id', 'listing_verdicts.listing_id')
        .innerJoin('marketplaces', 'marketplaces.id', 'listings.marketplace_id')
        .where('marketplaces.code', 'like', 'demo-%')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      // The Joint Force brand's listings are registered and scanned after its knowledge is in.
      assert.equal(
        Number(verdicts.n),
        count + DEMO_JOINT_FORCE_LISTINGS.length,
        'one verdict per demo listing',
      );
      assert.ok((demo.scanned?.flagged ?? 0) > 0, 'the replicas among them are flagged');
    });
  });
}
