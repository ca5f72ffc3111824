import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listingBody, marketplace, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { runRescanStep } from './rescan.ts';

const KNOWLEDGE = {
  version: 'acme-1',
  brands: [
    {
      id: 'acmeluxe',
      name: 'Acmeluxe',
      aliases: ['阿克美'],
      manufacturingCountries: ['IT'],
      colours: ['black', 'brown'],
      productLines: [{ name: 'Voyager', referencePrice: { min: 1200, max: 2400, currency: 'USD' } }],
    },
  ],
};

for (const driver of drivers()) {
  describe(`proactive detection through the API (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let reviewer: { token: string };
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      mkt = await marketplace(h, 'US');
      // Knowledge is bound to the brand's rights: a verified mark named Acmeluxe, and the Chinese
      // name approved by the operator.
      await verifiedRight(h, brand.token, { name: 'Acmeluxe' });
      const approved = await h.request('POST', `/v1/organisations/${brand.orgId}/approved-brand-names`, {
        token: h.adminToken,
        body: { names: ['阿克美'] },
      });
      assert.equal(approved.status, 200, approved.text);
      const put = await h.request('PUT', '/v1/brand-knowledge', { token: brand.token, body: KNOWLEDGE });
      assert.equal(put.status, 200, put.text);
      const store = await h.request('PUT', `/v1/marketplaces/${mkt.id}/stores/store-1`, {
        token: mkt.key,
        body: { name: 'Store One' },
      });
      await h.request('PATCH', `/v1/stores/${store.body.id}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
    });
    after(async () => h.close());

    async function register(title: string, price: number, shipFrom = 'CN') {
      const body = listingBody({ title, price: { amount: price, currency: 'USD' }, shipFrom });
      const { externalId, ...rest } = body;
      const res = await h.request('PUT', `/v1/marketplaces/${mkt.id}/listings/${externalId}`, {
        token: mkt.key,
        body: rest,
      });
      assert.equal(res.status, 201, res.text);
      return res.body as { id: string; state: string };
    }

    test('brand knowledge: only the brand writes it, errors name the field, others cannot read it', async () => {
      const bad = await h.request('PUT', '/v1/brand-knowledge', {
        token: brand.token,
        body: { brands: [{ id: 'x' }] },
      });
      assert.equal(bad.status, 400);
      assert.ok(bad.body.errors[0].pointer.startsWith('/brands/0'), bad.text);
      assert.equal(
        (await h.request('PUT', '/v1/brand-knowledge', { token: seller.token, body: KNOWLEDGE })).status,
        403,
      );
      const other = await userIn(h, 'brand', 'rights_holder');
      assert.equal(
        (await h.request('GET', `/v1/brand-knowledge/${brand.orgId}`, { token: other.token })).status,
        404,
      );
      const mine = await h.request('GET', `/v1/brand-knowledge/${brand.orgId}`, { token: brand.token });
      assert.equal(mine.body.knowledge.brands[0].name, 'Acmeluxe');
    });

    test("brand knowledge is bound to the brand's own rights: another brand's name is refused", async () => {
      const rival = await userIn(h, 'brand', 'rights_holder');
      await verifiedRight(h, rival.token, { name: 'Rivalco' });
      const claimName = await h.request('PUT', '/v1/brand-knowledge', {
        token: rival.token,
        body: { version: '1', brands: [{ id: 'a', name: 'Acmeluxe' }] },
      });
      assert.equal(claimName.status, 400, claimName.text);
      assert.deepEqual(
        claimName.body.errors.map((e: { pointer: string; rule: string }) => [e.pointer, e.rule]),
        [['/brands/0/name', 'brand-name-verified']],
      );
      const claimAlias = await h.request('PUT', '/v1/brand-knowledge', {
        token: rival.token,
        body: { version: '1', brands: [{ id: 'r', name: 'Rivalco', aliases: ['ACME LUXE', '阿克美'] }] },
      });
      assert.equal(claimAlias.status, 400);
      assert.deepEqual(
        claimAlias.body.errors.map((e: { pointer: string }) => e.pointer),
        ['/brands/0/aliases/0', '/brands/0/aliases/1'],
      );
      const own = await h.request('PUT', '/v1/brand-knowledge', {
        token: rival.token,
        body: { version: '1', brands: [{ id: 'r', name: 'RIVALCO', aliases: ['Rival-Co'] }] },
      });
      assert.equal(own.status, 200, 'its own mark, in any spelling of case and punctuation');
      for (const token of [rival.token, reviewer.token]) {
        const approve = await h.request('POST', `/v1/organisations/${rival.orgId}/approved-brand-names`, {
          token,
          body: { names: ['Acmeluxe'] },
        });
        assert.equal(approve.status, 403, 'only an operator admin approves names');
      }
      const listedByOther = await h.request('GET', `/v1/organisations/${brand.orgId}/approved-brand-names`, {
        token: rival.token,
      });
      assert.equal(listedByOther.status, 404);
    });

    test("a brand whose right lapsed cannot answer verification requests; the operator's reviewers decide", async () => {
      const listing = await register('Acmeluxe Voyager bag black', 85);
      const inbox = await h.request('GET', '/v1/detection/cases', { token: brand.token });
      const open = inbox.body.items.find((c: { listingId: string }) => c.listingId === listing.id);
      assert.ok(open, inbox.text);
      const db = h.platform.database.db;
      await db
        .updateTable('rights')
        .set({ valid_until: '2020-01-01' })
        .where('org_id', '=', brand.orgId)
        .where('name', '=', 'Acmeluxe')
        .execute();
      const answered = await h.request('POST', `/v1/detection/cases/${open.id}/brand-verification`, {
        token: brand.token,
        body: { verdict: 'genuine', note: 'ours' },
      });
      assert.equal(answered.status, 403, answered.text);
      await db
        .updateTable('rights')
        .set({ valid_until: '2035-01-01' })
        .where('org_id', '=', brand.orgId)
        .where('name', '=', 'Acmeluxe')
        .execute();
    });

    test('keyword controls per marketplace are versioned and operator-only', async () => {
      const rules = {
        version: 'mkt-1',
        rules: [{ id: 'extra-1', pattern: 'factory leftover', kind: 'coded', severity: 0.7 }],
      };
      assert.equal(
        (await h.request('PUT', `/v1/keyword-rules/${mkt.id}`, { token: brand.token, body: rules })).status,
        403,
      );
      const broken = await h.request('PUT', `/v1/keyword-rules/${mkt.id}`, {
        token: reviewer.token,
        body: { version: 'x', rules: [{ id: 'r', pattern: '', kind: 'marker', severity: 2 }] },
      });
      assert.equal(broken.status, 400);
      assert.ok(
        broken.body.errors.some((e: { pointer: string }) => e.pointer.startsWith('/rules/0')),
        broken.text,
      );
      const first = await h.request('GET', '/v1/keyword-rules/default', { token: reviewer.token });
      assert.equal(first.body.version, 0, 'built-in defaults until someone writes a version');
    });

    test('a listing with explicit markers is removed on the way in, with an automated statement for the seller', async () => {
      const listing = await register('Acmeluxe Voyager bag 1:1 replica super clone AAA quality', 80);
      const now = await h.request('GET', `/v1/listings/${listing.id}`, { token: h.adminToken });
      assert.equal(now.body.state, 'removed');
      const verdict = await h.request('GET', `/v1/listings/${listing.id}/verdict`, { token: reviewer.token });
      assert.equal(verdict.body.action, 'remove');
      assert.ok(
        verdict.body.signals.some(
          (s: { kind: string; span: { text: string } }) => s.kind === 'marker' && s.span.text.length > 0,
        ),
      );
      assert.equal(
        (await h.request('GET', `/v1/listings/${listing.id}/verdict`, { token: seller.token })).status,
        403,
      );
      const statements = await h.request('GET', '/v1/detection/statements', { token: seller.token });
      const mine = statements.body.items.find((s: { listingId: string }) => s.listingId === listing.id);
      assert.ok(mine, statements.text);
      assert.equal(mine.body.automation.detection, true);
      assert.equal(mine.body.automation.decision, true);
      const stranger = await userIn(h, 'seller', 'seller');
      assert.equal(
        (await h.request('GET', `/v1/detection/statements/${mine.id}`, { token: stranger.token })).status,
        404,
      );
      const stats = await h.request('GET', '/v1/detection/stats', { token: reviewer.token });
      assert.ok(stats.body.proactiveRemovals.automatedDecision >= 1);
      assert.equal(typeof stats.body.noticeRemovals, 'number');
    });

    test('innocent and genuine listings are allowed', async () => {
      for (const [title, price, ship] of [
        ['Dust cover compatible with Acmeluxe Voyager', 15, 'CN'],
        ['Acmeluxe Voyager bag brown, pre-owned', 1300, 'IT'],
      ] as const) {
        const listing = await register(title, price, ship);
        const verdict = await h.request('GET', `/v1/listings/${listing.id}/verdict`, {
          token: reviewer.token,
        });
        assert.equal(verdict.body.action, 'allow', title);
        assert.equal(listing.state, 'active');
      }
    });

    test('an obfuscated brand goes to the review queue; a reviewer removes it; a second decision is refused', async () => {
      const listing = await register('A c m e l u x e Voyager handbag', 1500, 'IT');
      const queue = await h.request('GET', '/v1/detection/cases?action=review', { token: reviewer.token });
      const open = queue.body.items.find((c: { listingId: string }) => c.listingId === listing.id);
      assert.ok(open, queue.text);
      assert.equal(
        (await h.request('GET', '/v1/detection/cases?action=review', { token: seller.token })).status,
        403,
      );
      const decided = await h.request('POST', `/v1/detection/cases/${open.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'remove', note: 'spaced-out brand name on a lookalike' },
      });
      assert.equal(decided.status, 200, decided.text);
      assert.equal(decided.body.state, 'removed');
      const again = await h.request('POST', `/v1/detection/cases/${open.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'dismiss', note: 'x' },
      });
      assert.equal(again.status, 409);
      const statements = await h.request('GET', '/v1/detection/statements', { token: seller.token });
      const statement = statements.body.items.find((s: { listingId: string }) => s.listingId === listing.id);
      assert.equal(statement.body.automation.decision, false, 'a reviewer decided');
    });

    test('a weak signal goes to the brand for verification; only that brand sees it; its answer routes the case', async () => {
      const listing = await register('Acmeluxe Voyager bag black', 90);
      const inbox = await h.request('GET', '/v1/detection/cases', { token: brand.token });
      const open = inbox.body.items.find((c: { listingId: string }) => c.listingId === listing.id);
      assert.ok(open, inbox.text);
      assert.equal(open.action, 'brand_verify');
      const other = await userIn(h, 'brand', 'rights_holder');
      assert.equal(
        (await h.request('GET', `/v1/detection/cases/${open.id}`, { token: other.token })).status,
        404,
      );
      assert.equal(
        (
          await h.request('POST', `/v1/detection/cases/${open.id}/brand-verification`, {
            token: other.token,
            body: { verdict: 'genuine', note: 'x' },
          })
        ).status,
        404,
      );
      const answered = await h.request('POST', `/v1/detection/cases/${open.id}/brand-verification`, {
        token: brand.token,
        body: { verdict: 'counterfeit', note: 'Not our stitching; black Voyager not at this price' },
      });
      assert.equal(answered.status, 200, answered.text);
      assert.equal(answered.body.action, 'review');
      assert.equal(answered.body.state, 'open');
    });

    test('detection policy, rules, stats and rescans refuse other roles', async () => {
      const refusals: [string, string, string, unknown?][] = [
        ['PUT', '/v1/policies/detection', reviewer.token, { version: 'x' }],
        ['PUT', '/v1/policies/detection', brand.token, { version: 'x' }],
        ['GET', '/v1/policies/detection', brand.token],
        ['GET', '/v1/keyword-rules/default', seller.token],
        ['PUT', '/v1/keyword-rules/default', mkt.key, { version: 'x', rules: [] }],
        ['GET', '/v1/detection/stats', brand.token],
        ['GET', '/v1/detection/statements', brand.token],
        ['GET', '/v1/detection/rescans/00000000-0000-4000-8000-000000000000', seller.token],
      ];
      for (const [method, url, token, body] of refusals) {
        const res = await h.request(method, url, { token, ...(body === undefined ? {} : { body }) });
        assert.equal(res.status, 403, `${method} ${url}: ${res.text}`);
      }
      const policy = await h.request('GET', '/v1/policies/detection', { token: reviewer.token });
      assert.equal(policy.status, 200);
      assert.equal(policy.body.policy.thresholds[0].action, 'remove');
    });

    test('a catalogue rescan pages through every listing, records progress and resumes after a failure', async () => {
      assert.equal((await h.request('POST', '/v1/detection/rescans', { token: reviewer.token })).status, 403);
      const started = await h.request('POST', '/v1/detection/rescans', { token: h.adminToken });
      assert.equal(started.status, 202);
      const db = h.platform.database.db;
      let calls = 0;
      await assert.rejects(
        runRescanStep(
          db,
          async () => {
            calls++;
            throw new Error('worker died');
          },
          2,
        ),
      );
      const failed = await h.request('GET', `/v1/detection/rescans/${started.body.id}`, {
        token: reviewer.token,
      });
      assert.equal(failed.body.scanned, 0);
      assert.match(failed.body.error, /worker died/);
      while (await runRescanStep(db, h.platform.proactive.sink, 2)) {}
      const done = await h.request('GET', `/v1/detection/rescans/${started.body.id}`, {
        token: reviewer.token,
      });
      assert.equal(done.body.state, 'done');
      assert.equal(done.body.scanned, done.body.total);
      assert.equal(done.body.progress, 1);
      assert.equal(calls, 1);
    });
  });
}
