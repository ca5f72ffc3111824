import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import {
  listingBody,
  listings,
  marketplace,
  noticeBody,
  screenshot,
  verifiedRight,
} from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import {
  balanceOf,
  checkPolicy,
  DEFAULT_SELLER_ACCOUNTABILITY as DEFAULTS,
  deductionFor,
  type LedgerDeduction,
  sanctionFor,
  strikesAt,
} from './sellers.ts';

const DAY = 86_400_000;

test('the default schedule: four strikes and you are out, a warning with education first', () => {
  const at = (strikes: number, balance = 40) => sanctionFor({ strikes, balance }, DEFAULTS);
  assert.equal(at(0), null);
  assert.deepEqual(
    { level: at(1)?.level, education: at(1)?.education },
    { level: 'warning', education: true },
  );
  assert.deepEqual(
    { level: at(2)?.level, limit: at(2)?.listingLimit },
    { level: 'listing_limit', limit: 20 },
  );
  assert.deepEqual({ level: at(3)?.level, days: at(3)?.suspensionDays }, { level: 'suspension', days: 30 });
  assert.equal(at(4)?.level, 'closure');
  assert.equal(at(1, 0)?.level, 'closure', 'a balance of 0 closes the store whatever the strikes');
  assert.equal(at(3, 10)?.suspensionDays, 30, 'the longer of two suspensions');
  assert.match(at(4)?.because ?? '', /4 strike/);
});

test('policies that contradict themselves are refused, each error naming its field and rule', () => {
  const errors = checkPolicy({
    ...DEFAULTS,
    strikes: [
      { strikes: 2, sanction: 'suspension' },
      { strikes: 2, sanction: 'warning', listingLimit: 3 },
    ],
    balance: [{ atOrBelow: 60, sanction: 'closure' }],
  });
  const rules = errors.map((e) => `${e.pointer} ${e.rule}`);
  assert.ok(rules.includes('/strikes/0/suspensionDays required-for-suspension'), rules.join('\n'));
  assert.ok(rules.includes('/strikes/1/strikes ascending'));
  assert.ok(rules.includes('/strikes/1/sanction no-milder-for-more-strikes'));
  assert.ok(rules.includes('/strikes/1/listingLimit only-for-listing-limit'));
  assert.ok(rules.includes('/balance/0/atOrBelow below-allotment'));
  assert.deepEqual(checkPolicy(DEFAULTS), []);
});

test('a notice is one offence: one notifier within the grouping window deducts once; a repeat costs more', () => {
  const t0 = new Date('2026-03-01T00:00:00Z');
  const first = deductionFor([], { at: t0, source: 'brand-a', severity: 'counterfeit' }, DEFAULTS);
  assert.deepEqual(first, { points: -12, grouped: false, repeat: false });
  const earlier: LedgerDeduction[] = [{ at: t0, points: -12, source: 'brand-a', restored: false }];
  assert.equal(
    deductionFor(
      earlier,
      { at: new Date(t0.getTime() + DAY), source: 'brand-a', severity: 'counterfeit' },
      DEFAULTS,
    ).grouped,
    true,
  );
  assert.deepEqual(
    deductionFor(
      earlier,
      { at: new Date(t0.getTime() + DAY), source: 'brand-b', severity: 'copyright' },
      DEFAULTS,
    ),
    { points: -8, grouped: false, repeat: true },
  );
  assert.deepEqual(
    deductionFor(
      [{ ...earlier[0]!, restored: true }],
      { at: new Date(t0.getTime() + DAY), source: 'brand-a', severity: 'patent' },
      DEFAULTS,
    ),
    { points: -6, grouped: false, repeat: false },
    'a restored deduction neither groups nor makes a repeat',
  );
});

test('property: the balance is the sum of the entries; restoring every deduction gives back the allotment', () => {
  const op = fc.record({
    kind: fc.constantFrom('deduct', 'restore'),
    source: fc.constantFrom('a', 'b', 'proactive'),
    severity: fc.constantFrom(
      ...(['counterfeit', 'trademark_misuse', 'patent', 'copyright', 'proactive_removal'] as const),
    ),
    days: fc.integer({ min: 0, max: 30 }),
    pick: fc.nat(),
  });
  fc.assert(
    fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
      const year = 2026;
      let at = new Date('2026-01-01T00:00:00Z').getTime();
      const entries: Array<{ year: number; points: number }> = [{ year, points: DEFAULTS.yearlyAllotment }];
      const deductions: LedgerDeduction[] = [];
      for (const o of ops) {
        at += o.days * DAY;
        if (o.kind === 'deduct') {
          const cost = deductionFor(
            deductions,
            { at: new Date(at), source: o.source, severity: o.severity },
            DEFAULTS,
          );
          assert.ok(cost.points <= 0);
          deductions.push({ at: new Date(at), points: cost.points, source: o.source, restored: false });
          entries.push({ year, points: cost.points });
        } else {
          const open = deductions.filter((d) => !d.restored);
          const d = open[o.pick % Math.max(open.length, 1)];
          if (!d) continue;
          d.restored = true;
          entries.push({ year, points: -d.points });
        }
        const standing = deductions.filter((d) => !d.restored).reduce((s, d) => s + d.points, 0);
        assert.equal(balanceOf(entries, year), DEFAULTS.yearlyAllotment + standing);
        assert.ok(
          strikesAt(deductions, new Date(at), DEFAULTS) <= deductions.filter((d) => !d.restored).length,
        );
      }
      for (const d of deductions.filter((x) => !x.restored)) entries.push({ year, points: -d.points });
      assert.equal(balanceOf(entries, year), DEFAULTS.yearlyAllotment);
    }),
    { numRuns: 300 },
  );
});

for (const driver of drivers()) {
  describe(`seller accountability (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let reviewer: Awaited<ReturnType<typeof memberOf>>;
    let reviewer2: Awaited<ReturnType<typeof memberOf>>;
    let right: { id: string };
    const db = () => h.platform.database.db;

    before(async () => {
      h = await createHarness(driver, {}, { sellerAccountability: 'enforce' });
      brand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      reviewer2 = await memberOf(h, h.operatorOrgId, 'reviewer');
      right = await verifiedRight(h, brand.token);
    });
    after(async () => h.close());

    /** A marketplace whose store `storeExt` belongs to the seller, with `n` listings of it. */
    async function sellerStore(storeExt: string, n: number) {
      const mkt = await marketplace(h, 'US', 'https://marketplace.example/hook');
      const ids = await listings(h, mkt, n, { store: { externalId: storeExt, name: `Store ${storeExt}` } });
      const store = await db()
        .selectFrom('stores')
        .select('id')
        .where('marketplace_id', '=', mkt.id)
        .where('external_id', '=', storeExt)
        .executeTakeFirstOrThrow();
      const linked = await h.request('PATCH', `/v1/stores/${store.id}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      assert.equal(linked.status, 200, linked.text);
      return { mkt, storeId: store.id, listingIds: ids };
    }

    async function remove(listingIds: string[], token = brand.token, rightId = right.id) {
      const evidence = await screenshot(h, token);
      const filed = await h.request('POST', '/v1/notices', {
        token,
        body: noticeBody(rightId, listingIds, evidence),
      });
      assert.equal(filed.status, 201, filed.text);
      const items: string[] = filed.body.items.map((i: { id: string }) => i.id);
      for (const itemId of items) {
        const decided = await h.request('POST', `/v1/items/${itemId}/decision`, {
          token: reviewer.token,
          body: { decision: 'remove', reasonText: 'Counterfeit goods bearing the mark.' },
        });
        assert.equal(decided.status, 200, decided.text);
      }
      return { noticeId: filed.body.id as string, items };
    }

    const accountability = async (storeId: string, token = seller.token) => {
      const res = await h.request('GET', `/v1/stores/${storeId}/accountability`, { token });
      assert.equal(res.status, 200, res.text);
      return res.body;
    };
    const deliveries = (marketplaceId: string, type: string) =>
      db()
        .selectFrom('webhook_deliveries')
        .select(['payload'])
        .where('marketplace_id', '=', marketplaceId)
        .where('event_type', '=', type)
        .execute();

    /** Strikes one per removal (no grouping), for the tests of the schedule. */
    async function noGrouping() {
      const res = await h.request('PUT', '/v1/policies/seller-accountability', {
        token: h.adminToken,
        body: { ...DEFAULTS, strikeGrouping: { windowDays: 0 } },
      });
      assert.equal(res.status, 200, res.text);
    }
    async function defaults() {
      const res = await h.request('PUT', '/v1/policies/seller-accountability', {
        token: h.adminToken,
        body: DEFAULTS,
      });
      assert.equal(res.status, 200, res.text);
    }

    test('a first offence: points deducted, a warning with reasons, education before listing again, one notice one strike', async () => {
      const { mkt, storeId, listingIds } = await sellerStore('first-offender', 3);
      const { items } = await remove(listingIds.slice(0, 2));
      const view = await accountability(storeId);
      const deductions = view.ledger.filter((e: { kind: string }) => e.kind === 'deduction');
      assert.equal(deductions.length, 2, 'each removal is recorded');
      assert.deepEqual(
        deductions.map((d: { points: number }) => d.points).sort(),
        [-12, 0],
        'a notice naming two listings deducts once (counterfeit: 12)',
      );
      assert.equal(view.balance, 36);
      assert.equal(
        view.balance,
        view.ledger.reduce((s: number, e: { points: number }) => s + e.points, 0),
      );
      assert.equal(view.strikes, 1);
      assert.equal(view.sanctions.length, 1);
      const [warning] = view.sanctions;
      assert.equal(warning.level, 'warning');
      assert.equal(warning.educationRequired, true);
      assert.equal(view.education.required, true);
      assert.equal(view.nextStrike.sanction, 'listing_limit');

      const statement = await h.request('GET', warning.statementPath, { token: seller.token });
      assert.equal(statement.status, 200, statement.text);
      const st = statement.body.body;
      assert.equal(st.decision.kind, 'store_sanction');
      assert.equal(st.restriction.kind, 'account_restricted');
      assert.match(st.restriction.description, /education module/);
      assert.match(st.reason.text, /seller-accountability policy \(.+\), 1 strike/);
      assert.ok(st.facts.basedOn.length >= 1, 'the decisions behind it are named');
      assert.ok(
        st.redress.some((r: { kind: string }) => r.kind === 'internal_complaint'),
        'it can be appealed',
      );

      const [hook] = await deliveries(mkt.id, 'store.warned');
      assert.ok(hook, 'the marketplace gets a signed store.warned');
      assert.equal((hook.payload as { data: { education_required: boolean } }).data.education_required, true);
      const told = await h.request('GET', '/v1/notifications', { token: seller.token });
      assert.ok(told.body.items.some((n: { kind: string }) => n.kind === 'store.sanctioned'));

      const refused = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
        token: mkt.key,
        body: { listings: [listingBody({ store: { externalId: 'first-offender', name: 'x' } })] },
      });
      assert.equal(refused.status, 422, refused.text);
      assert.equal(refused.body.errors[0].rule, 'education-required');
      assert.equal(refused.body.errors[0].pointer, '/listings/0/store/externalId');

      const stale = await h.request('POST', `/v1/stores/${storeId}/education/acknowledgement`, {
        token: seller.token,
        body: { moduleVersion: 'an-old-one' },
      });
      assert.equal(stale.status, 409, stale.text);
      assert.equal(stale.body.errors[0].rule, 'module-in-force');
      const other = await userIn(h, 'seller', 'seller');
      const foreign = await h.request('POST', `/v1/stores/${storeId}/education/acknowledgement`, {
        token: other.token,
        body: { moduleVersion: view.education.module.version },
      });
      assert.equal(foreign.status, 404, 'another seller does not see the store');
      const ack = await h.request('POST', `/v1/stores/${storeId}/education/acknowledgement`, {
        token: seller.token,
        body: { moduleVersion: view.education.module.version },
      });
      assert.equal(ack.status, 200, ack.text);
      assert.equal(ack.body.education.required, false);
      // nothing left to acknowledge: a conflict that says so (not the rule of listing before it)
      const again = await h.request('POST', `/v1/stores/${storeId}/education/acknowledgement`, {
        token: seller.token,
        body: { moduleVersion: view.education.module.version },
      });
      assert.equal(again.status, 409, again.text);
      assert.equal(again.body.rule, 'education-waiting');
      const listed = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
        token: mkt.key,
        body: { listings: [listingBody({ store: { externalId: 'first-offender', name: 'x' } })] },
      });
      assert.equal(listed.status, 200, listed.text);

      // The brand withdraws: the points come back exactly, and the warning it rested on is lifted.
      for (const itemId of items) {
        const withdrawn = await h.request('POST', `/v1/items/${itemId}/withdraw`, {
          token: brand.token,
          body: { reasonText: 'Our mistake: the goods are genuine.' },
        });
        assert.equal(withdrawn.status, 200, withdrawn.text);
      }
      const after = await accountability(storeId);
      assert.equal(after.balance, 48);
      assert.equal(after.strikes, 0);
      const restorations = after.ledger.filter((e: { kind: string }) => e.kind === 'restoration');
      assert.deepEqual(restorations.map((e: { points: number }) => e.points).sort(), [0, 12]);
      assert.equal(after.sanctions[0].active, false);
      assert.equal(after.sanctions[0].liftedCause, 'basis_reversed');
      assert.equal((await deliveries(mkt.id, 'store.restored')).length, 1);
    });

    test('four strikes and you are out: limit, suspension, closure takes every listing down; an appeal reopens the store', async () => {
      await noGrouping();
      try {
        const { mkt, storeId, listingIds } = await sellerStore('repeat-offender', 8);
        await remove([listingIds[0]!]);
        await h.request('POST', `/v1/stores/${storeId}/education/acknowledgement`, {
          token: seller.token,
          body: { moduleVersion: DEFAULTS.education.version },
        });
        await remove([listingIds[1]!]);
        let view = await accountability(storeId);
        assert.equal(view.strikes, 2);
        assert.equal(view.sanctions[0].level, 'listing_limit');
        await remove([listingIds[2]!]);
        view = await accountability(storeId);
        assert.equal(view.sanctions[0].level, 'suspension');
        assert.equal(view.store.status, 'suspended');
        const suspended = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
          token: mkt.key,
          body: { listings: [listingBody({ store: { externalId: 'repeat-offender', name: 'x' } })] },
        });
        assert.equal(suspended.status, 422);
        assert.equal(suspended.body.errors[0].rule, 'store-suspended');
        await remove([listingIds[3]!]);
        view = await accountability(storeId);
        assert.equal(view.strikes, 4);
        assert.equal(view.store.status, 'closed');
        const closure = view.sanctions[0];
        assert.equal(closure.level, 'closure');
        const active = await db()
          .selectFrom('listings')
          .select('id')
          .where('store_id', '=', storeId)
          .where('state', '=', 'active')
          .execute();
        assert.equal(active.length, 0, 'a closed store has no listing left up');
        const removedByClosure = (await deliveries(mkt.id, 'listing.removed')).filter(
          (d) => (d.payload as { data: { source: string } }).data.source === 'store_closure',
        );
        assert.equal(removedByClosure.length, 4, 'the four listings still up went down the normal way');
        assert.equal((await deliveries(mkt.id, 'store.closed')).length, 1);

        // The seller appeals the closure; another reviewer grants it.
        const appeal = await h.request('POST', `/v1/decisions/${closure.decisionId}/appeals`, {
          token: seller.token,
          body: { grounds: 'Three of these notices concern goods bought from the brand’s own distributor.' },
        });
        assert.equal(appeal.status, 201, appeal.text);
        const granted = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
          token: reviewer2.token,
          body: {
            result: 'reversed',
            reasonText: 'The closure was disproportionate while the counter-notices are open.',
          },
        });
        assert.equal(granted.status, 200, granted.text);
        view = await accountability(storeId);
        assert.equal(view.sanctions.find((s: { id: string }) => s.id === closure.id).liftedCause, 'appeal');
        assert.equal(view.store.status, 'suspended', 'the suspension still runs');
        const back = await db()
          .selectFrom('listings')
          .select('id')
          .where('store_id', '=', storeId)
          .where('state', '=', 'active')
          .execute();
        assert.equal(back.length, 4, 'the listings the closure took down are up again');

        // The suspension is served: its clock fires and the store may list again.
        await db()
          .updateTable('deadlines')
          .set({ due_at: new Date(Date.now() - 1000) })
          .where('target_id', '=', storeId)
          .where('kind', '=', 'store_suspension_end')
          .where('fired_at', 'is', null)
          .execute();
        assert.equal(await fireDueDeadlines(db()), 1);
        await h.platform.settle();
        view = await accountability(storeId);
        assert.equal(view.store.status, 'active');
        const restored = (await deliveries(mkt.id, 'store.restored')).map(
          (d) => (d.payload as { data: { cause: string } }).data.cause,
        );
        assert.deepEqual(restored.sort(), ['appeal', 'suspension_served']);
      } finally {
        await defaults();
      }
    });

    test('two decisions against one store at once deduct twice, exactly; counting one again is refused', async () => {
      await noGrouping();
      try {
        const { storeId, listingIds } = await sellerStore('concurrent', 2);
        const evidence = await screenshot(h, brand.token);
        const filed = await h.request('POST', '/v1/notices', {
          token: brand.token,
          body: noticeBody(right.id, listingIds, evidence),
        });
        const [a, b] = filed.body.items.map((i: { id: string }) => i.id);
        const decide = (id: string, token: string) =>
          h.request('POST', `/v1/items/${id}/decision`, {
            token,
            body: { decision: 'remove', reasonText: 'Counterfeit goods bearing the mark.' },
          });
        const [ra, rb] = await Promise.all([decide(a, reviewer.token), decide(b, reviewer2.token)]);
        assert.equal(ra.status, 200, ra.text);
        assert.equal(rb.status, 200, rb.text);
        const view = await accountability(storeId);
        const deductions = view.ledger.filter((e: { kind: string }) => e.kind === 'deduction');
        assert.equal(deductions.length, 2);
        assert.equal(new Set(deductions.map((d: { decisionId: string }) => d.decisionId)).size, 2);
        assert.equal(view.balance, 48 - 12 - 16, 'the second is a repeat offence');

        const again = await h.request('POST', `/v1/stores/${storeId}/points/deductions`, {
          token: reviewer.token,
          body: { decisionId: deductions[0].decisionId },
        });
        assert.equal(again.status, 409, again.text);
        assert.equal(again.body.rule, 'decision-already-counted');
        const other = await sellerStore('elsewhere', 1);
        const wrongStore = await h.request('POST', `/v1/stores/${other.storeId}/points/deductions`, {
          token: reviewer.token,
          body: { decisionId: deductions[0].decisionId },
        });
        assert.equal(wrongStore.status, 422, wrongStore.text);
        assert.equal(wrongStore.body.errors[0].rule, 'decision-of-this-store');
        const after = await accountability(storeId);
        assert.deepEqual(after.ledger, view.ledger, 'nothing was stored by the refusals');
      } finally {
        await defaults();
      }
    });

    test('who may read and act: other sellers, other marketplaces, brands and the wrong roles are refused', async () => {
      const { mkt, storeId } = await sellerStore('guarded', 1);
      const otherSeller = await userIn(h, 'seller', 'seller');
      const otherMkt = await marketplace(h, 'US');
      for (const token of [otherSeller.token, otherMkt.key, brand.token]) {
        const res = await h.request('GET', `/v1/stores/${storeId}/accountability`, { token });
        assert.equal(res.status, 404, res.text);
      }
      assert.equal(
        (await h.request('GET', `/v1/stores/${storeId}/accountability`, { token: mkt.key })).status,
        200,
      );
      for (const token of [seller.token, mkt.key, brand.token]) {
        const res = await h.request('POST', `/v1/stores/${storeId}/sanctions`, {
          token,
          body: { level: 'warning', reasonText: 'x' },
        });
        assert.equal(res.status, 403, res.text);
      }
      const missingDays = await h.request('POST', `/v1/stores/${storeId}/sanctions`, {
        token: reviewer.token,
        body: { level: 'suspension', reasonText: 'Sold counterfeit goods to a test buyer.' },
      });
      assert.equal(missingDays.status, 400);
      assert.equal(missingDays.body.errors[0].pointer, '/suspensionDays');
      const warned = await h.request('POST', `/v1/stores/${storeId}/sanctions`, {
        token: reviewer.token,
        body: {
          level: 'warning',
          reasonText: 'Repeated complaints from buyers about fake goods.',
          education: true,
        },
      });
      assert.equal(warned.status, 201, warned.text);
      assert.equal(warned.body.manual, true);
      const milder = await h.request('POST', `/v1/stores/${storeId}/sanctions`, {
        token: reviewer.token,
        body: { level: 'warning', reasonText: 'Again.' },
      });
      assert.equal(milder.status, 409);
      assert.equal(milder.body.rule, 'harsher-than-in-force');
      const byReviewer = await h.request('POST', `/v1/sanctions/${warned.body.id}/lift`, {
        token: reviewer.token,
        body: { reasonText: 'x' },
      });
      assert.equal(byReviewer.status, 403, 'only admins lift by hand');
      const lifted = await h.request('POST', `/v1/sanctions/${warned.body.id}/lift`, {
        token: h.adminToken,
        body: { reasonText: 'The complaints were from a competitor.' },
      });
      assert.equal(lifted.status, 200, lifted.text);
      assert.equal(lifted.body.liftedCause, 'operator');
      const listOwn = await h.request('GET', '/v1/sanctions?active=false', { token: mkt.key });
      assert.equal(listOwn.status, 200);
      assert.ok(
        listOwn.body.items.every(
          (s: { store: { marketplaceId: string } }) => s.store.marketplaceId === mkt.id,
        ),
      );
      assert.ok(listOwn.body.items.length >= 1);
      const listOther = await h.request('GET', '/v1/sanctions?active=false', { token: otherMkt.key });
      assert.equal(listOther.body.items.length, 0);
      assert.equal((await h.request('GET', '/v1/sanctions', { token: seller.token })).status, 403);
      const badPolicy = await h.request('PUT', '/v1/policies/seller-accountability', {
        token: h.adminToken,
        body: { ...DEFAULTS, strikeWindowDays: 0, strikes: [{ strikes: 1, sanction: 'suspension' }] },
      });
      assert.equal(badPolicy.status, 400, badPolicy.text);
      const pointers = badPolicy.body.errors.map((e: { pointer: string }) => e.pointer);
      assert.ok(pointers.includes('/strikeWindowDays'), pointers.join(', '));
      const byReviewerPolicy = await h.request('PUT', '/v1/policies/seller-accountability', {
        token: reviewer.token,
        body: DEFAULTS,
      });
      assert.equal(byReviewerPolicy.status, 403);
    });
  });
}
