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
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { checkLedger } from '../ledger/index.ts';
import { referralSections } from '../referrals/index.ts';
import { complaintsOfStore, salesOfStore } from './index.ts';

for (const driver of drivers()) {
  describe(`money: refund first and recovery (${driver})`, () => {
    let h: Harness;
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let buyer: Awaited<ReturnType<typeof userIn>>;
    let reviewer: Awaited<ReturnType<typeof memberOf>>;
    let storeId: string;
    let listingIds: string[];
    let doc: string;
    const db = () => h.platform.database.db;

    before(async () => {
      h = await createHarness(driver);
      mkt = await marketplace(h, 'US', 'https://marketplace.example/hook');
      seller = await userIn(h, 'seller', 'seller');
      buyer = await userIn(h, 'buyer', 'buyer');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      const brand = await userIn(h, 'brand', 'rights_holder');
      const right = await verifiedRight(h, brand.token);
      listingIds = await listings(h, mkt, 2, { store: { externalId: 'rf-store', name: 'Refund Store' } });
      storeId = (
        await db()
          .selectFrom('listings')
          .select('store_id')
          .where('id', '=', listingIds[0]!)
          .executeTakeFirstOrThrow()
      ).store_id;
      await h.request('PATCH', `/v1/stores/${storeId}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      const put = (path: string, body: unknown) => h.request('PUT', path, { token: h.adminToken, body });
      assert.equal(
        (
          await put('/v1/policies/deposits', {
            marketplaces: [
              {
                marketplaceId: mkt.id,
                currency: 'USD',
                required: 10_000,
                requiredByCategory: [],
                minimum: 5_000,
                confiscation: { mode: 'full', sharePercent: 100 },
                releaseWaitingDays: 0,
              },
            ],
          })
        ).status,
        200,
      );
      assert.equal(
        (
          await put('/v1/policies/refund-first', {
            limits: [{ currency: 'USD', perOrder: 15_000, perBuyerPerYear: 20_000 }],
          })
        ).status,
        200,
      );
      await h.request('POST', `/v1/stores/${storeId}/deposit/top-ups`, {
        token: mkt.key,
        body: { amount: 10_000, currency: 'USD', paymentId: 'dep-1' },
      });
      const fund = await h.request('POST', '/v1/refund-fund/top-ups', {
        token: h.adminToken,
        body: { amount: 100_000, currency: 'USD', reference: 'fund-1' },
      });
      assert.equal(fund.status, 200, fund.text);
      await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, [listingIds[1]!], await screenshot(h, brand.token)),
      });
      const orders = await h.request('POST', `/v1/marketplaces/${mkt.id}/orders/batch`, {
        token: mkt.key,
        body: {
          events: [
            {
              event: 'paid',
              id: 'held-1',
              listingId: listingIds[1],
              amount: 3_000,
              currency: 'USD',
              buyerRef: 'other',
            },
            {
              event: 'paid',
              id: 'o-2',
              listingId: listingIds[0],
              amount: 20_000,
              currency: 'USD',
              buyerRef: 'buyer-x',
            },
            {
              event: 'paid',
              id: 'o-3',
              listingId: listingIds[0],
              amount: 4_000,
              currency: 'USD',
              buyerRef: 'buyer-x',
            },
            {
              event: 'paid',
              id: 'o-4',
              listingId: listingIds[0],
              amount: 2_000,
              currency: 'USD',
              buyerRef: 'buyer-x',
            },
          ],
        },
      });
      assert.equal(orders.status, 200, orders.text);
      doc = await uploadDocument(h, buyer.token);
    });
    after(async () => h.close());

    const file = (body: Record<string, unknown>, token = buyer.token) =>
      h.request('POST', '/v1/buyer-complaints', {
        token,
        body: { marketplaceId: mkt.id, explanation: 'The bag is a fake.', evidence: [doc], ...body },
      });
    const money = async () =>
      (await h.request('GET', `/v1/stores/${storeId}/money`, { token: seller.token })).body.balances[0];

    test('a buyer is refunded at once within the limits; the recovery takes held proceeds, deposit, receivable', async () => {
      assert.equal(
        (await file({ orderId: 'o-2', buyerRef: 'not-me' })).status,
        404,
        'another buyer reference: no such order',
      );
      assert.equal((await file({ orderId: 'o-2' })).status, 400, 'a buyer names the buyer reference');
      const above = await file({ orderId: 'o-2', buyerRef: 'buyer-x' });
      assert.equal(above.status, 422, above.text);
      assert.equal(above.body.rule, 'refund-limit-per-order');
      assert.equal(
        (await file({ orderId: 'o-2', buyerRef: 'buyer-x', amount: 10.5 })).body.errors[0].rule,
        'integer-minor-units',
      );
      const res = await file({ orderId: 'o-2', buyerRef: 'buyer-x', amount: 15_000 });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.status, 'refunded');
      assert.deepEqual(
        [res.body.claim.fromHeld, res.body.claim.fromDeposit, res.body.claim.fromReceivable],
        [3_000, 10_000, 2_000],
      );
      const b = await money();
      assert.deepEqual([b.held, b.deposit, b.receivable], [0, 0, -2_000]);
      assert.equal(
        (await file({ orderId: 'o-2', buyerRef: 'buyer-x', amount: 1 })).status,
        409,
        'one complaint per order',
      );
      assert.equal((await file({ orderId: 'o-4', buyerRef: 'buyer-x' })).status, 201);
      const yearly = await file({ orderId: 'o-3', buyerRef: 'buyer-x' });
      assert.equal(yearly.status, 422);
      assert.equal(yearly.body.rule, 'refund-limit-per-buyer-year');
    });

    test('complaints weigh in the test-buy sampling plan and travel in a referral bundle', async () => {
      // The refunds above are complaints about listingIds[0]: the plan draws it for their sake.
      const plan = await h.request('POST', '/v1/test-buys/plans', {
        token: h.adminToken,
        body: { period: '2026-12', seed: 'complaints', marketplaceId: mkt.id, dryRun: true },
      });
      assert.equal(plan.status, 200, plan.text);
      const entry = plan.body.entries.find(
        (e: { listing: { id: string } }) => e.listing.id === listingIds[0],
      );
      assert.ok(entry, 'the complained-about listing is drawn');
      assert.equal(entry.stratum, 'risk');
      const factor = entry.reason.factors.find((f: { source: string }) => f.source === 'buyer_complaints');
      assert.ok(factor, JSON.stringify(entry.reason));
      assert.match(entry.explanation, /buyer complaint/);
      const ctx = {
        referralId: 'r',
        storeId,
        sellerOrgId: seller.orgId,
        marketplaceId: mkt.id,
        testBuyId: null,
      };
      const section = (name: string) => referralSections().find((s) => s.name === name)!;
      const complained = await section('buyer_complaints').collect(db(), ctx);
      const items = (complained.data as { complaints: { orderId: string; evidence: string[] }[] }).complaints;
      assert.equal(items.length, 2);
      assert.deepEqual(items[0]!.evidence, [doc]);
      assert.ok(
        complained.documents.some((d) => d.sha256 === doc),
        'the evidence travels with the bundle',
      );
      const sales = await section('sales').collect(db(), ctx);
      assert.deepEqual(sales.data, { paidOrdersByCurrency: await salesOfStore(db(), storeId) });
    });

    test('buyers see their own complaints; claims are for staff; other roles refused', async () => {
      const mine = await h.request('GET', '/v1/buyer-complaints', { token: buyer.token });
      assert.equal(mine.body.items.length, 2);
      const stranger = await userIn(h, 'buyer', 'buyer');
      assert.equal(
        (await h.request('GET', '/v1/buyer-complaints', { token: stranger.token })).body.items.length,
        0,
      );
      assert.equal((await h.request('GET', '/v1/buyer-complaints', { token: seller.token })).status, 403);
      assert.equal((await h.request('GET', '/v1/recovery-claims', { token: buyer.token })).status, 403);
      assert.equal((await h.request('GET', '/v1/recovery-claims', { token: mkt.key })).status, 403);
      const open = await h.request('GET', '/v1/recovery-claims?status=open', { token: reviewer.token });
      assert.equal(open.body.items.length, 2);
      const decide = await h.request('POST', `/v1/recovery-claims/${open.body.items[0].claim.id}/decision`, {
        token: buyer.token,
        body: { result: 'genuine', reasonText: 'x' },
      });
      assert.equal(decide.status, 403);
      const otherMkt = await marketplace(h, 'US');
      assert.equal(
        (await file({ orderId: 'o-3' }, otherMkt.key)).status,
        404,
        'another marketplace: no such order',
      );
    });

    test('genuine goods: the seller is made whole; counterfeit: counted on the record and announced', async () => {
      const claims = (await h.request('GET', '/v1/recovery-claims?status=open', { token: reviewer.token }))
        .body.items;
      const big = claims.find((c: { refundAmount: number }) => c.refundAmount === 15_000);
      const small = claims.find((c: { refundAmount: number }) => c.refundAmount === 2_000);
      const genuine = await h.request('POST', `/v1/recovery-claims/${big.claim.id}/decision`, {
        token: reviewer.token,
        body: { result: 'genuine', reasonText: 'The brand confirmed the serial number is genuine.' },
      });
      assert.equal(genuine.status, 200, genuine.text);
      assert.equal(genuine.body.status, 'genuine');
      const again = await h.request('POST', `/v1/recovery-claims/${big.claim.id}/decision`, {
        token: reviewer.token,
        body: { result: 'counterfeit', reasonText: 'x' },
      });
      assert.equal(again.status, 409);
      let b = await money();
      assert.deepEqual(
        [b.deposit, b.held, b.receivable],
        [10_000, 3_000, -2_000],
        'made whole; the second claim still owed',
      );
      const fake = await h.request('POST', `/v1/recovery-claims/${small.claim.id}/decision`, {
        token: reviewer.token,
        body: { result: 'counterfeit', reasonText: 'Photos show a counterfeit logo.' },
      });
      assert.equal(fake.status, 200, fake.text);
      await h.platform.settle();
      b = await money();
      const events = await db()
        .selectFrom('events')
        .select(['type', 'data'])
        .where('type', '=', 'buyer_complaint.confirmed')
        .execute();
      assert.equal(events.length, 1);
      assert.equal((events[0]!.data as { storeId: string }).storeId, storeId);
      const points = await db()
        .selectFrom('point_entries')
        .select('kind')
        .where('store_id', '=', storeId)
        .execute();
      assert.ok(
        points.some((p) => p.kind === 'deduction'),
        'counted on the seller record',
      );
      const mine = (await h.request('GET', '/v1/buyer-complaints', { token: buyer.token })).body.items;
      assert.deepEqual(mine.map((c: { status: string }) => c.status).sort(), ['confirmed', 'genuine']);
      assert.deepEqual((await salesOfStore(db(), storeId))[0], { currency: 'USD', orders: 4, value: 29_000 });
      assert.equal((await complaintsOfStore(db(), storeId)).length, 2);
      const check = await checkLedger(db());
      assert.equal(check.ok, true, JSON.stringify(check.problems));
    });

    test('the money report per marketplace and month, as JSON and CSV, for operator staff', async () => {
      const res = await h.request('GET', `/v1/reports/money?marketplaceId=${mkt.id}`, {
        token: reviewer.token,
      });
      assert.equal(res.status, 200, res.text);
      const row = res.body.items[0];
      assert.equal(res.body.items.length, 1);
      assert.deepEqual(
        [row.depositsPaid, row.proceedsHeld, row.refundsPaid, row.refundsRecovered],
        [10_000, 3_000, 17_000, 2_000],
      );
      const csv = await h.request('GET', `/v1/reports/money?format=csv&marketplaceId=${mkt.id}`, {
        token: h.adminToken,
      });
      assert.equal(csv.status, 200);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.match(csv.text, /^month,marketplaceId,marketplaceName,currency,depositsPaid/);
      assert.match(csv.text, /,USD,10000,0,0,3000,0,17000,2000\r\n$/);
      assert.equal((await h.request('GET', '/v1/reports/money', { token: seller.token })).status, 403);
      assert.equal((await h.request('GET', '/v1/reports/money', { token: mkt.key })).status, 403);
      assert.equal(
        (await h.request('GET', '/v1/reports/money?from=2026-13', { token: reviewer.token })).status,
        400,
      );
    });
  });
}
