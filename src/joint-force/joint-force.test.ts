import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  CONTACT,
  listingBody,
  marketplace,
  STATEMENTS,
  uploadDocument,
  verifiedRight,
} from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import { brandFigures, caseStatus, precisionOf, priceCheck } from './joint-force.ts';

const KNOWLEDGE = {
  version: 'acme-1',
  brands: [
    {
      id: 'acmeluxe',
      name: 'Acmeluxe',
      manufacturingCountries: ['IT'],
      colours: ['black', 'brown'],
      productLines: [{ name: 'Voyager', referencePrice: { min: 1200, max: 2400, currency: 'USD' } }],
    },
  ],
};

test('precision is counterfeit over counterfeit and genuine; unsure and unanswered do not count', () => {
  assert.equal(precisionOf(0, 0), null);
  assert.equal(precisionOf(3, 1), 0.75);
  const f = brandFigures([
    { month: '2026-11', sent: 4, waiting: 0, counterfeit: 1, genuine: 1, unsure: 1, unanswered: 1 },
    { month: '2026-12', sent: 2, waiting: 1, counterfeit: 1, genuine: 0, unsure: 0, unanswered: 0 },
  ]);
  assert.deepEqual(
    f.months.map((m) => [m.month, m.precision]),
    [
      ['2026-12', 1],
      ['2026-11', 0.5],
    ],
  );
  assert.equal(f.total.sent, 6);
  assert.equal(f.total.precision, 0.6667);
  assert.equal(caseStatus({ state: 'open', action: 'brand_verify' }, null), 'waiting');
  assert.equal(caseStatus({ state: 'open', action: 'review' }, 'unsure'), 'unsure');
  assert.equal(caseStatus({ state: 'dismissed', action: 'brand_verify' }, null), 'closed');
});

test('figures: the total is the sum of the months, precision stays in [0, 1] and ignores unsure and unanswered', () => {
  const count = fc.integer({ min: 0, max: 1000 });
  const month = fc.record({
    month: fc.constantFrom('2026-01', '2026-02', '2026-03', '2026-04'),
    sent: count,
    waiting: count,
    counterfeit: count,
    genuine: count,
    unsure: count,
    unanswered: count,
  });
  fc.assert(
    fc.property(fc.array(month, { maxLength: 6 }), (months) => {
      const f = brandFigures(months);
      const sum = (k: 'counterfeit' | 'genuine' | 'unsure') => months.reduce((n, m) => n + m[k], 0);
      assert.equal(f.total.counterfeit, sum('counterfeit'));
      assert.equal(f.total.unsure, sum('unsure'));
      const p = f.total.precision;
      if (sum('counterfeit') + sum('genuine') === 0) assert.equal(p, null);
      else assert.ok(p !== null && p >= 0 && p <= 1);
      const same = brandFigures(months.map((m) => ({ ...m, unsure: m.unsure + 7, unanswered: 0 })));
      assert.equal(same.total.precision, p);
      for (let i = 1; i < f.months.length; i++) assert.ok(f.months[i - 1]!.month >= f.months[i]!.month);
    }),
  );
});

test("the price is compared with the product line's range, else the category's, only in the same currency", () => {
  const brand = {
    ...KNOWLEDGE.brands[0]!,
    categoryPrices: [{ category: 'bags' as never, referencePrice: { min: 500, max: 2000, currency: 'USD' } }],
  };
  const line = priceCheck(
    brand,
    { title: 'Acmeluxe voyager tote', category: null, price: 85, currency: 'USD' },
    undefined,
  );
  assert.equal(line?.basis, 'product_line');
  assert.equal(line?.ratio, Math.round((85 / Math.sqrt(1200 * 2400)) * 1000) / 1000);
  const category = priceCheck(
    brand,
    { title: 'Acmeluxe tote', category: 'bags', price: 100, currency: 'EUR' },
    undefined,
  );
  assert.equal(category?.basis, 'category');
  assert.equal(category?.ratio, null);
  assert.equal(
    priceCheck(brand, { title: 'Acmeluxe tote', category: 'shoes', price: 1, currency: 'USD' }, undefined),
    null,
  );
});

for (const driver of drivers()) {
  describe(`Joint Force: brands verify suspicious listings (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let rival: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let agent: Awaited<ReturnType<typeof userIn>>;
    let reviewer: { token: string };
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    let rightId: string;
    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      rival = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      agent = await userIn(h, 'agent', 'agent');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      mkt = await marketplace(h, 'US');
      rightId = (await verifiedRight(h, brand.token, { name: 'Acmeluxe' })).id;
      const put = await h.request('PUT', '/v1/brand-knowledge', { token: brand.token, body: KNOWLEDGE });
      assert.equal(put.status, 200, put.text);
      const granted = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId, validUntil: '2099-12-31' },
      });
      assert.equal(granted.status, 201, granted.text);
    });
    after(async () => h.close());

    async function register(title: string, price: number, store = 'store-1') {
      const body = listingBody({
        title,
        price: { amount: price, currency: 'USD' },
        store: { externalId: store, name: `Store ${store}` },
      });
      const { externalId, ...rest } = body;
      const res = await h.request('PUT', `/v1/marketplaces/${mkt.id}/listings/${externalId}`, {
        token: mkt.key,
        body: rest,
      });
      assert.ok(res.status === 201, res.text);
      return res.body as { id: string };
    }

    async function waitingCaseOf(listingId: string, token = brand.token) {
      const queue = await h.request('GET', '/v1/joint-force/cases?status=waiting', { token });
      assert.equal(queue.status, 200, queue.text);
      return queue.body.items.find((c: { listing: { id: string } }) => c.listing.id === listingId) as
        | { id: string; dueAt: string; sentAt: string; status: string }
        | undefined;
    }

    test('the brand sees its backlog with deadlines, signals and the price against its range; others do not', async () => {
      const listing = await register('Acmeluxe Voyager bag black', 85);
      const waiting = await waitingCaseOf(listing.id);
      assert.ok(waiting, 'the case is in the brand queue');
      assert.equal(waiting.status, 'waiting');
      assert.equal(new Date(waiting.dueAt).getTime() - new Date(waiting.sentAt).getTime(), 5 * 86_400_000);
      const detail = await h.request('GET', `/v1/joint-force/cases/${waiting.id}`, { token: brand.token });
      assert.equal(detail.status, 200, detail.text);
      assert.equal(detail.body.brandName, 'Acmeluxe');
      assert.equal(detail.body.listing.store.externalId, 'store-1');
      assert.equal(detail.body.listing.imageUrls.length, 1);
      assert.deepEqual(detail.body.price.range, { min: 1200, max: 2400, currency: 'USD' });
      assert.ok(detail.body.price.ratio < 0.1);
      assert.ok(detail.body.signals.length > 0);
      assert.equal(detail.body.mayAnswer, true);
      // Another brand: 404 on the case, nothing in its queue; a seller and a marketplace: refused.
      assert.equal(
        (await h.request('GET', `/v1/joint-force/cases/${waiting.id}`, { token: rival.token })).status,
        404,
      );
      assert.equal(await waitingCaseOf(listing.id, rival.token), undefined);
      const othersQueue = await h.request('GET', `/v1/joint-force/cases?brandId=${brand.orgId}`, {
        token: rival.token,
      });
      assert.equal(othersQueue.status, 200, "another brand's id filters to nothing");
      assert.deepEqual(othersQueue.body.items, []);
      const answerAsRival = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: rival.token,
        body: { answer: 'genuine', reason: 'ours' },
      });
      assert.equal(answerAsRival.status, 404);
      for (const token of [seller.token, mkt.key]) {
        assert.equal((await h.request('GET', '/v1/joint-force/cases', { token })).status, 403);
        assert.equal((await h.request('GET', `/v1/joint-force/cases/${waiting.id}`, { token })).status, 403);
      }
      // The agent representing the brand sees it and may answer; operator staff see it but do not answer.
      assert.ok(await waitingCaseOf(listing.id, agent.token));
      const asReviewer = await h.request('GET', `/v1/joint-force/cases/${waiting.id}`, {
        token: reviewer.token,
      });
      assert.equal(asReviewer.status, 200);
      assert.equal(asReviewer.body.mayAnswer, false);
      const byReviewer = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: reviewer.token,
        body: { answer: 'genuine', reason: 'looks fine' },
      });
      assert.equal(byReviewer.status, 403);
      const stranger = await userIn(h, 'agent', 'agent');
      assert.equal(
        (await h.request('GET', `/v1/joint-force/cases/${waiting.id}`, { token: stranger.token })).status,
        404,
      );
    });

    test('counterfeit files a notice for the brand through the ordinary intake; the case records it', async () => {
      const listing = await register('Acmeluxe Voyager bag brown', 90);
      const waiting = (await waitingCaseOf(listing.id))!;
      const incomplete = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: brand.token,
        body: {
          answer: 'counterfeit',
          reason: 'Wrong stitching',
          evidence: [{ documentSha256: 'a'.repeat(64), kind: 'other' }],
        },
      });
      assert.equal(incomplete.status, 400, incomplete.text);
      assert.deepEqual(
        incomplete.body.errors.map((e: { pointer: string; rule: string }) => [e.pointer, e.rule]),
        [
          ['/evidence/0/documentSha256', 'document-uploaded'],
          ['/rightId', 'required'],
          ['/statements', 'required'],
        ],
      );
      assert.equal((await waitingCaseOf(listing.id))?.status, 'waiting', 'nothing was written');
      const testBuy = await uploadDocument(h, brand.token, `test buy ${Math.random()}`, 'application/pdf');
      const answered = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: brand.token,
        body: {
          answer: 'counterfeit',
          reason: 'Wrong stitching; the Voyager is never sold at this price',
          evidence: [{ documentSha256: testBuy, kind: 'test_buy_report' }],
          rightId,
          statements: STATEMENTS,
          contact: CONTACT,
        },
      });
      assert.equal(answered.status, 200, answered.text);
      assert.equal(answered.body.status, 'counterfeit');
      const noticeId = answered.body.answer.noticeId as string;
      assert.ok(noticeId);
      const notice = await h.request('GET', `/v1/notices/${noticeId}`, { token: brand.token });
      assert.equal(notice.status, 200, notice.text);
      assert.equal(notice.body.items[0].listingId ?? notice.body.items[0].listing?.id, listing.id);
      assert.equal(notice.body.items[0].evidence.length, 2, 'the verification record and the test buy');
      assert.ok(
        notice.body.items[0].evidence.some((e: { documentSha256: string }) => e.documentSha256 === testBuy),
      );
      const detection = await h.request('GET', `/v1/detection/cases/${waiting.id}`, {
        token: reviewer.token,
      });
      assert.equal(detection.body.state, 'noticed');
      const again = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: brand.token,
        body: { answer: 'genuine', reason: 'changed my mind' },
      });
      assert.equal(again.status, 409);
    });

    test('genuine closes the case and exempts the store for that brand: its next listing is not sent', async () => {
      const listing = await register('Acmeluxe Voyager bag black', 95, 'outlet-7');
      const waiting = (await waitingCaseOf(listing.id))!;
      // The agent answers for the brand it represents.
      const answered = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: agent.token,
        body: { answer: 'genuine', reason: 'Our outlet store; end-of-line clearance' },
      });
      assert.equal(answered.status, 200, answered.text);
      assert.equal(answered.body.status, 'genuine');
      assert.ok(answered.body.answer.exemptionId);
      const next = await register('Acmeluxe Voyager bag brown', 80, 'outlet-7');
      assert.equal(await waitingCaseOf(next.id), undefined, 'the exempted store is not sent again');
      const verdict = await h.request('GET', `/v1/listings/${next.id}/verdict`, { token: reviewer.token });
      assert.equal(verdict.body.action, 'brand_verify', 'the detector still scores it; it is not sent');
      const elsewhere = await register('Acmeluxe Voyager bag brown', 80, 'other-store');
      assert.ok(await waitingCaseOf(elsewhere.id), 'other stores are still sent');
    });

    test("unsure goes to the operator's review queue", async () => {
      const listing = await register('Acmeluxe Voyager bag black', 99);
      const waiting = (await waitingCaseOf(listing.id))!;
      const answered = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: brand.token,
        body: { answer: 'unsure', reason: 'Photos too small to tell' },
      });
      assert.equal(answered.status, 200, answered.text);
      assert.equal(answered.body.status, 'unsure');
      const queue = await h.request('GET', '/v1/detection/cases?action=review', { token: reviewer.token });
      const inReview = queue.body.items.find((c: { id: string }) => c.id === waiting.id);
      assert.ok(inReview, queue.text);
      assert.match(inReview.brandNote, /unsure: Photos too small/);
    });

    test('an unanswered case escalates to the operator at its deadline, with a notification', async () => {
      const listing = await register('Acmeluxe Voyager bag brown', 70, 'quiet-store');
      const waiting = (await waitingCaseOf(listing.id))!;
      const notified = await h.request('GET', '/v1/notifications', { token: brand.token });
      assert.ok(
        notified.body.items.some(
          (n: { kind: string; body: { caseId: string } }) =>
            n.kind === 'joint_force.case_sent' && n.body.caseId === waiting.id,
        ),
      );
      await fireDueDeadlines(h.platform.database.db, new Date(Date.now() + 6 * 86_400_000));
      const detail = await h.request('GET', `/v1/joint-force/cases/${waiting.id}`, { token: brand.token });
      assert.equal(detail.body.status, 'unanswered');
      const detection = await h.request('GET', `/v1/detection/cases/${waiting.id}`, {
        token: reviewer.token,
      });
      assert.equal(detection.body.action, 'review');
      const inbox = await h.request('GET', '/v1/notifications', { token: reviewer.token });
      assert.ok(
        inbox.body.items.some(
          (n: { kind: string; body: { caseId: string } }) =>
            n.kind === 'joint_force.unanswered' && n.body.caseId === waiting.id,
        ),
        inbox.text,
      );
    });

    test('figures per brand: the brand its own, the operator all; others refused', async () => {
      const mine = await h.request('GET', `/v1/joint-force/figures?brandId=${brand.orgId}`, {
        token: brand.token,
      });
      assert.equal(mine.status, 200, mine.text);
      const total = mine.body.items[0].total;
      assert.equal(total.counterfeit, 1);
      assert.equal(total.genuine, 1);
      assert.equal(total.unsure, 1);
      // The deadline run above ran out every clock then waiting: the first case, the other store's, this one.
      assert.equal(total.unanswered, 3);
      assert.equal(total.precision, 0.5);
      assert.equal(total.waiting, 0);
      assert.equal(total.sent, 6);
      assert.equal(mine.body.items[0].months.length, 1);
      const own = await h.request('GET', '/v1/joint-force/figures', { token: brand.token });
      assert.deepEqual(
        own.body.items.map((b: { brandOrgId: string }) => b.brandOrgId),
        [brand.orgId],
      );
      assert.equal(
        (await h.request('GET', `/v1/joint-force/figures?brandId=${brand.orgId}`, { token: rival.token }))
          .status,
        404,
      );
      assert.equal((await h.request('GET', '/v1/joint-force/figures', { token: seller.token })).status, 403);
      const all = await h.request('GET', '/v1/joint-force/figures', { token: reviewer.token });
      assert.ok(all.body.items.some((b: { brandOrgId: string }) => b.brandOrgId === brand.orgId));
      const viaAgent = await h.request('GET', `/v1/joint-force/figures?brandId=${brand.orgId}`, {
        token: agent.token,
      });
      assert.equal(viaAgent.status, 200);
    });

    test('the joint-force policy: listing scope exempts only the listing; only an operator admin sets it', async () => {
      const body = {
        exemptionScope: 'listing',
        answerDays: 3,
        escalation: 'operator_review',
        notifyOperator: true,
      };
      assert.equal(
        (await h.request('PUT', '/v1/policies/joint-force', { token: reviewer.token, body })).status,
        403,
      );
      assert.equal(
        (await h.request('PUT', '/v1/policies/joint-force', { token: brand.token, body })).status,
        403,
      );
      const bad = await h.request('PUT', '/v1/policies/joint-force', {
        token: h.adminToken,
        body: { ...body, answerDays: 0 },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/answerDays');
      const set = await h.request('PUT', '/v1/policies/joint-force', { token: h.adminToken, body });
      assert.equal(set.status, 200, set.text);
      const read = await h.request('GET', '/v1/policies/joint-force', { token: brand.token });
      assert.equal(read.body.body.answerDays, 3);
      const first = await register('Acmeluxe Voyager bag black', 60, 'listing-scope');
      const waiting = (await waitingCaseOf(first.id))!;
      assert.equal(new Date(waiting.dueAt).getTime() - new Date(waiting.sentAt).getTime(), 3 * 86_400_000);
      const answered = await h.request('POST', `/v1/joint-force/cases/${waiting.id}/answer`, {
        token: brand.token,
        body: { answer: 'genuine', reason: 'Ours' },
      });
      assert.equal(answered.status, 200, answered.text);
      const sibling = await register('Acmeluxe Voyager bag brown', 60, 'listing-scope');
      assert.ok(await waitingCaseOf(sibling.id), 'with listing scope, the store is still sent');
    });
  });
}
