import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { bucketOf, bucketUpperMinutes, monthIndex, percentileHours } from './reports.ts';

test('duration buckets: every duration fits its bucket, within 19 % of the bucket bound', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (ms) => {
      const minutes = ms / 60_000;
      const b = bucketOf(ms);
      assert.ok(minutes <= bucketUpperMinutes(b) + 1e-9, `${minutes} <= bound of ${b}`);
      if (b > 0) assert.ok(minutes > bucketUpperMinutes(b - 1), 'not in the bucket below');
    }),
  );
  const h = new Map([
    [bucketOf(30 * 60_000), 1],
    [bucketOf(5 * 3_600_000), 2],
    [bucketOf(50 * 3_600_000), 1],
  ]);
  const median = percentileHours(h, 0.5) as number;
  assert.ok(median >= 5 && median <= 5 * 1.19, `median ${median}`);
  assert.ok((percentileHours(h, 0.99) as number) >= 50);
  assert.equal(percentileHours(new Map(), 0.5), null);
  assert.equal(monthIndex('2026-13'), null);
  assert.equal(monthIndex('2026-1'), null);
});

for (const driver of drivers()) {
  describe(`reports from the event stream (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let otherBrand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let us: Awaited<ReturnType<typeof marketplace>>;
    let de: Awaited<ReturnType<typeof marketplace>>;
    const month = new Date().toISOString().slice(0, 7);

    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      otherBrand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      const reviewer = h.adminToken;
      us = await marketplace(h, 'US');
      de = await marketplace(h, 'DE');
      // A copyright counts everywhere: one notice names listings in the US and in Germany.
      const right = await verifiedRight(h, brand.token, { type: 'copyright', name: 'Studio photographs' });
      const evidence = await screenshot(h, brand.token);
      const ids = [...(await listings(h, us, 2)), ...(await listings(h, de, 1))];
      const filed = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, evidence, { infringementType: 'copyright' }),
      });
      assert.equal(filed.status, 201, filed.text);
      const items = filed.body.items.map((i: { id: string }) => i.id) as string[];
      for (const id of items.slice(0, 2)) {
        const res = await h.request('POST', `/v1/items/${id}/decision`, {
          token: reviewer,
          body: {
            decision: 'remove',
            reasonCode: 'copyright_infringement',
            reasonText: 'The listing uses our photographs.',
          },
        });
        assert.equal(res.status, 200, res.text);
      }
      const rejected = await h.request('POST', `/v1/items/${items[2]}/decision`, {
        token: reviewer,
        body: {
          decision: 'reject',
          reasonCode: 'insufficient_evidence',
          reasonText: 'The photos do not show the mark.',
        },
      });
      assert.equal(rejected.status, 200, rejected.text);
    });
    after(async () => h?.close());

    test('the operator report counts what the tables hold, per month and marketplace', async () => {
      const res = await h.request('GET', `/v1/reports/operator?from=${month}&to=${month}`, {
        token: h.adminToken,
      });
      assert.equal(res.status, 200, res.text);
      const t = res.body.totals;
      // The counters against the records themselves.
      const db = h.platform.database.db;
      const kinds = await db.selectFrom('decisions').select(['kind']).execute();
      assert.equal(t.items_removed, kinds.filter((k) => k.kind === 'notice_removal').length);
      assert.equal(t.items_rejected, kinds.filter((k) => k.kind === 'notice_rejection').length);
      assert.equal(t.items_targeted, (await db.selectFrom('notice_items').select('id').execute()).length);
      assert.deepEqual(
        [t.notices_received, t.items_targeted, t.items_removed, t.items_rejected],
        [1, 3, 2, 1],
      );
      assert.equal(t.removals_reactive, 2);
      assert.equal(t.decisions_human, 3);
      assert.equal(res.body.months.length, 1);
      assert.equal(res.body.months[0].metrics.items_removed, 2);
      const byMarket = Object.fromEntries(
        res.body.marketplaces.map((m: { marketplaceId: string; metrics: { items_targeted: number } }) => [
          m.marketplaceId,
          m.metrics.items_targeted,
        ]),
      );
      assert.deepEqual(byMarket, { [us.id]: 2, [de.id]: 1 });
      assert.equal(res.body.timeToTakedown.count, 2);
      assert.equal(res.body.timeToTakedown.within24h, 1);
      assert.ok(res.body.timeToTakedown.median !== null && res.body.timeToTakedown.median < 1);
      assert.deepEqual(
        res.body.reasons.map((r: { outcome: string; reasonCode: string; count: number }) => [
          r.outcome,
          r.reasonCode,
          r.count,
        ]),
        [
          ['removed', 'copyright_infringement', 2],
          ['rejected', 'insufficient_evidence', 1],
        ],
      );
      // The totals the operator report reads are the per-organisation counters summed, both ways.
      for (const [totals, perOrg] of [
        ['report_totals', 'report_counts'],
        ['report_total_durations', 'report_durations'],
      ] as const) {
        const keys =
          totals === 'report_totals'
            ? sql`month, metric, marketplace_id`
            : sql`month, metric, marketplace_id, bucket`;
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from (
            (select ${keys}, sum(value)::bigint as value from ${sql.table(perOrg)} group by ${keys}
             except select ${keys}, value from ${sql.table(totals)})
            union all
            (select ${keys}, value from ${sql.table(totals)}
             except select ${keys}, sum(value)::bigint from ${sql.table(perOrg)} group by ${keys})) d`.execute(
          db,
        );
        assert.equal(rows[0]?.n, 0, `${totals} differs from ${perOrg} summed`);
      }
      assert.ok(res.body.registered.brands >= 2);
      assert.ok(res.body.registered.validatedRights >= 1);

      const german = await h.request(
        'GET',
        `/v1/reports/operator?from=${month}&to=${month}&jurisdiction=DE`,
        {
          token: h.adminToken,
        },
      );
      assert.equal(german.body.totals.items_targeted, 1);
      assert.equal(german.body.totals.items_rejected, 1);
      assert.equal(german.body.totals.notices_received, 0, 'a filing belongs to no one marketplace');

      const csv = await h.request('GET', `/v1/reports/operator?from=${month}&to=${month}&format=csv`, {
        token: h.adminToken,
      });
      assert.equal(csv.status, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      assert.ok(csv.text.includes(`${month},items_removed,2\n`), csv.text);
    });

    test('a brand reads its own report: targeted against removed per month and marketplace', async () => {
      const res = await h.request('GET', `/v1/reports/brands/${brand.orgId}?from=${month}&to=${month}`, {
        token: brand.token,
      });
      assert.equal(res.status, 200, res.text);
      const rows = Object.fromEntries(
        res.body.targetedVsRemoved.map((r: { marketplaceId: string; targeted: number; removed: number }) => [
          r.marketplaceId,
          [r.targeted, r.removed],
        ]),
      );
      assert.deepEqual(rows, { [us.id]: [2, 2], [de.id]: [1, 0] });
      assert.equal(res.body.timeToTakedown.count, 2);
      assert.deepEqual(res.body.counterNotices, { succeeded: 0, failed: 0, successRate: null });
      assert.equal(res.body.standing.programme, 'none');
      assert.equal(res.body.standing.decided, 3, 'the standing counts the same three decisions');
      // The other brand's report of itself is empty; of this brand, not found.
      const own = await h.request('GET', `/v1/reports/brands/${otherBrand.orgId}?from=${month}&to=${month}`, {
        token: otherBrand.token,
      });
      assert.equal(own.status, 200);
      assert.equal(own.body.totals.items_targeted, 0);
      assert.equal(
        (await h.request('GET', `/v1/reports/brands/${brand.orgId}`, { token: otherBrand.token })).status,
        404,
      );
      const staff = await h.request('GET', `/v1/reports/brands/${brand.orgId}?from=${month}&to=${month}`, {
        token: h.adminToken,
      });
      assert.equal(staff.body.totals.items_removed, 2);
    });

    test('who may read: sellers, marketplaces and brands are refused the operator report', async () => {
      for (const token of [seller.token, us.key, brand.token])
        assert.equal((await h.request('GET', '/v1/reports/operator', { token })).status, 403);
      for (const token of [seller.token, us.key])
        assert.equal((await h.request('GET', `/v1/reports/brands/${brand.orgId}`, { token })).status, 403);
      assert.equal(
        (await h.request('GET', `/v1/reports/brands/${seller.orgId}`, { token: h.adminToken })).status,
        404,
      );
    });

    test('bad ranges and filters are refused naming the field', async () => {
      const ask = (query: string) =>
        h.request('GET', `/v1/reports/operator?${query}`, { token: h.adminToken });
      const reversed = await ask('from=2026-05&to=2026-01');
      assert.equal(reversed.status, 400, reversed.text);
      assert.equal(reversed.body.errors[0].pointer, '/to');
      const long = await ask('from=2020-01&to=2026-01');
      assert.equal(long.status, 400);
      assert.equal(long.body.errors[0].pointer, '/from');
      assert.equal(long.body.errors[0].rule, 'range-limit');
      const unknown = await ask('marketplaceId=00000000-0000-4000-8000-000000000000');
      assert.equal(unknown.status, 400);
      assert.equal(unknown.body.errors[0].pointer, '/marketplaceId');
      const nowhere = await ask('jurisdiction=ZZ');
      assert.equal(nowhere.body.errors[0].pointer, '/jurisdiction');
      assert.equal((await ask('from=2026-13')).status, 400);
      assert.equal((await ask('from=1999-12&to=2000-01')).body.errors[0].pointer, '/from');
    });

    test('an admin publishes the figures; anyone reads them without logging in, with no party named', async () => {
      const none = await h.request('GET', '/v1/public/transparency');
      assert.equal(none.status, 404, none.text);
      const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      for (const token of [reviewer.token, brand.token, us.key])
        assert.equal(
          (await h.request('POST', '/v1/reports/publications', { token, body: { from: month, to: month } }))
            .status,
          403,
        );
      const bad = await h.request('POST', '/v1/reports/publications', {
        token: h.adminToken,
        body: { from: month, to: '2001-01' },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/to');
      const published = await h.request('POST', '/v1/reports/publications', {
        token: h.adminToken,
        body: { from: month, to: month },
      });
      assert.equal(published.status, 201, published.text);
      const open = await h.request('GET', '/v1/public/transparency');
      assert.equal(open.status, 200, open.text);
      assert.equal(open.body.id, published.body.id);
      assert.equal(open.body.figures.totals.items_removed, 2);
      assert.deepEqual(
        open.body.figures.jurisdictions.map(
          (j: { jurisdiction: string; metrics: { items_targeted: number } }) => [
            j.jurisdiction,
            j.metrics.items_targeted,
          ],
        ),
        [
          ['DE', 1],
          ['US', 2],
        ],
      );
      for (const id of [brand.orgId, seller.orgId, us.id, de.id]) assert.ok(!open.text.includes(id), id);
    });
  });
}
