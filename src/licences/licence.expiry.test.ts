import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listingBody } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import { day, deliveries, licenceScene, sellerStore, verifiedLicence } from './test-scene.ts';

const at = (iso: string, plusMinutes = 1) => new Date(Date.parse(iso) + plusMinutes * 60_000);

for (const driver of drivers()) {
  describe(`licence expiry (${driver})`, () => {
    let h: Harness;
    let s: Awaited<ReturnType<typeof licenceScene>>;
    before(async () => {
      h = await createHarness(driver);
      s = await licenceScene(h);
    });
    after(async () => h.close());

    const db = () => h.platform.database.db;
    const deadlinesOf = (licenceId: string) =>
      db()
        .selectFrom('deadlines')
        .select(['kind', 'due_at', 'fired_at', 'result'])
        .where('target_type', '=', 'licence')
        .where('target_id', '=', licenceId)
        .orderBy('due_at')
        .execute();
    const register = async (mkt: { id: string; key: string }, bodies: ReturnType<typeof listingBody>[]) => {
      const res = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
        token: mkt.key,
        body: { listings: bodies },
      });
      assert.equal(res.status, 200, res.text);
      return res.body.items.map((i: { id: string }) => i.id) as string[];
    };
    const states = async (ids: string[]) =>
      (
        await db()
          .selectFrom('listings')
          .select(['id', 'state'])
          .where('id', 'in', ids)
          .orderBy('id')
          .execute()
      ).map((r) => r.state);

    test('30 days ahead the seller is warned; at the lapse the listings in that category are restricted with statements and webhooks', async () => {
      const licence = await verifiedLicence(h, s.seller, s.reviewer, s.mkt.storeId, {
        validFrom: day(-100),
        validUntil: day(40),
      });
      const clocks = await deadlinesOf(licence.id);
      assert.deepEqual(
        clocks.map((c) => c.kind),
        ['licence_expiry_warning', 'licence_lapse'],
      );
      assert.equal(clocks[1]!.due_at.toISOString(), licence.lapsesAt);
      assert.equal(clocks[0]!.due_at.toISOString(), licence.warnFrom);
      assert.equal(Date.parse(licence.lapsesAt) - Date.parse(licence.warnFrom), 30 * 86_400_000);
      assert.equal(licence.expiringSoon, false);
      const [book, magazine, bag] = await register(s.mkt, [
        listingBody({ category: 'Books > Fiction' }),
        listingBody({ category: 'Magazines' }),
        listingBody({ category: 'bags' }),
      ]);

      // Nothing before the warning date.
      await fireDueDeadlines(db(), at(licence.warnFrom, -60));
      assert.equal((await deadlinesOf(licence.id))[0]!.fired_at, null);
      await fireDueDeadlines(db(), at(licence.warnFrom));
      assert.equal((await deadlinesOf(licence.id))[0]!.result, 'warned');
      const inbox = await h.request('GET', '/v1/notifications', { token: s.seller.token });
      const warning = inbox.body.items.find((n: { kind: string }) => n.kind === 'licence.expiring');
      assert.ok(warning, inbox.text);
      assert.equal(warning.body.licenceId, licence.id);
      assert.equal(warning.body.validUntil, licence.validUntil);
      const other = await h.request('GET', '/v1/notifications', { token: s.otherSeller.token });
      assert.ok(!other.body.items.some((n: { kind: string }) => n.kind === 'licence.expiring'));

      await fireDueDeadlines(db(), at(licence.lapsesAt));
      assert.equal((await deadlinesOf(licence.id))[1]!.result, 'lapsed: 2 listing(s) restricted');

      const byId = new Map(
        (
          await db()
            .selectFrom('listings')
            .select(['id', 'state'])
            .where('id', 'in', [book!, magazine!, bag!])
            .execute()
        ).map((r) => [r.id, r.state]),
      );
      assert.equal(byId.get(book!), 'removed');
      assert.equal(byId.get(magazine!), 'removed');
      assert.equal(byId.get(bag!), 'active');
      const decisions = await h.request('GET', `/v1/decisions?listingId=${book}`, { token: s.seller.token });
      const restriction = decisions.body.items.find(
        (d: { kind: string }) => d.kind === 'licence_restriction',
      );
      assert.ok(restriction, decisions.text);
      assert.match(restriction.statement.facts.summary, /licence for Books, magazines and newspapers lapsed/);
      assert.match(restriction.reasonText, /covering DE/);
      const hooks = await deliveries(h, s.mkt.id, 'listing.removed');
      for (const id of [book, magazine])
        assert.equal(hooks.find((d) => d.data.listing_id === id)?.data.source, 'licence');
      assert.ok(!hooks.some((d) => d.data.listing_id === bag));
      const lapsed = await h.request('GET', '/v1/notifications', { token: s.seller.token });
      const note = lapsed.body.items.find((n: { kind: string }) => n.kind === 'licence.lapsed');
      assert.equal(note?.body.restrictedListings, 2);
      assert.equal(await fireDueDeadlines(db(), at(licence.lapsesAt)), 0, 'nothing fires twice');
    });

    test('a renewal verified before the lapse moots both clocks; the listings stay up', async () => {
      const seller = { token: s.otherSeller.token };
      const mkt = await sellerStore(h, s.otherSeller.orgId, 'FR');
      const old = await verifiedLicence(h, seller, s.reviewer, mkt.storeId, {
        category: 'travel',
        jurisdiction: 'FR',
        validFrom: day(-300),
        validUntil: day(20),
      });
      const [tour] = await register(mkt, [listingBody({ category: 'Services > Tours' })]);
      const renewal = await verifiedLicence(h, seller, s.reviewer, mkt.storeId, {
        category: 'travel',
        jurisdiction: 'EU',
        validFrom: day(0),
        validUntil: day(400),
      });
      await fireDueDeadlines(db(), at(old.lapsesAt));
      const clocks = await deadlinesOf(old.id);
      assert.deepEqual(
        clocks.map((c) => c.result),
        [`moot: renewed by licence ${renewal.id}`, `moot: renewed by licence ${renewal.id}`],
      );
      assert.deepEqual(await states([tour!]), ['active']);
      const view = await h.request('GET', `/v1/licences/${old.id}`, { token: s.otherSeller.token });
      assert.equal(view.body.status, 'verified', 'its last day has not come yet in real time');
    });
  });
}
