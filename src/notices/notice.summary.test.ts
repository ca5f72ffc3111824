import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';

interface ItemView {
  id: string;
  state: string;
  awaiting: string | null;
  dueAt: string | null;
}

for (const driver of drivers()) {
  describe(`notice summary (${driver})`, () => {
    let h: Harness;
    let us: Awaited<ReturnType<typeof marketplace>>;
    let reviewer: { token: string };
    before(async () => {
      h = await createHarness(driver);
      us = await marketplace(h, 'US');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
    });
    after(async () => h.close());

    /** A brand organisation with a verified right and one evidence document. */
    async function newBrand() {
      const user = await userIn(h, 'brand', 'rights_holder');
      const right = await verifiedRight(h, user.token);
      const evidence = await screenshot(h, user.token);
      const file = async (listingIds: string[]) => {
        const res = await h.request('POST', '/v1/notices', {
          token: user.token,
          body: noticeBody(right.id, listingIds, evidence),
        });
        assert.equal(res.status, 201, res.text);
        return res.body as { id: string; items: ItemView[] };
      };
      return { token: user.token, file };
    }

    const summaryOf = async (token: string) => {
      const res = await h.request('GET', '/v1/notices/summary', { token });
      assert.equal(res.status, 200, res.text);
      return res.body;
    };

    const zeroStates = {
      pending: 0,
      info_requested: 0,
      removed: 0,
      rejected: 0,
      withdrawn: 0,
      reinstated: 0,
    };

    test('counts items by state and by whose move, as the item views say, and lists the soonest deadlines', async () => {
      const brand = await newBrand();
      const first = await brand.file(await listings(h, us, 3));
      await brand.file(await listings(h, us, 3));
      const decide = async (itemId: string, body: Record<string, unknown>) => {
        const res = await h.request('POST', `/v1/items/${itemId}/decision`, { token: reviewer.token, body });
        assert.equal(res.status, 200, res.text);
      };
      await decide(first.items[0]!.id, { decision: 'remove', reasonText: 'Counterfeit mark on the bag.' });
      await decide(first.items[1]!.id, {
        decision: 'reject',
        reasonCode: 'insufficient_evidence',
        reasonText: 'not enough',
      });

      const summary = await summaryOf(brand.token);
      assert.equal(summary.totalNotices, 2);
      assert.equal(summary.totalItems, 6);
      assert.deepEqual(summary.itemsByState, { ...zeroStates, pending: 4, removed: 1, rejected: 1 });

      // The same numbers as the item views of GET /v1/notices.
      const listed = await h.request('GET', '/v1/notices?limit=200', { token: brand.token });
      const items: ItemView[] = listed.body.items.flatMap((n: { items: ItemView[] }) => n.items);
      const awaiting = { rights_holder: 0, reviewer: 0, seller: 0, supervisor: 0 };
      for (const item of items) if (item.awaiting) awaiting[item.awaiting as keyof typeof awaiting] += 1;
      assert.deepEqual(summary.awaiting, awaiting);
      assert.deepEqual(summary.awaiting, { rights_holder: 0, reviewer: 4, seller: 1, supervisor: 0 });
      const due = items
        .filter((i) => i.awaiting && i.dueAt)
        .sort((a, b) => a.dueAt!.localeCompare(b.dueAt!) || a.id.localeCompare(b.id))
        .slice(0, 8);
      assert.deepEqual(
        summary.upcoming.map((u: ItemView) => [u.id, u.awaiting, u.dueAt, u.state]),
        due.map((i) => [i.id, i.awaiting, i.dueAt, i.state]),
      );
      assert.ok(
        summary.upcoming.every(
          (u: { noticeId: string; listingTitle: string }) => u.noticeId && u.listingTitle,
        ),
      );
    });

    test("another brand's summary does not count them; operator staff count every notice", async () => {
      const brand = await newBrand();
      await brand.file(await listings(h, us, 2));
      const other = await newBrand();
      assert.deepEqual(await summaryOf(other.token), {
        totalNotices: 0,
        totalItems: 0,
        itemsByState: zeroStates,
        awaiting: { rights_holder: 0, reviewer: 0, seller: 0, supervisor: 0 },
        upcoming: [],
      });
      const all = await h.platform.database.db
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal((await summaryOf(reviewer.token)).totalNotices, Number(all.n));
    });

    test('a seller and a marketplace key are refused exactly as GET /v1/notices refuses them', async () => {
      const seller = await userIn(h, 'seller', 'seller');
      for (const token of [seller.token, us.key]) {
        const list = await h.request('GET', '/v1/notices', { token });
        const summary = await h.request('GET', '/v1/notices/summary', { token });
        assert.equal(list.status, 403);
        assert.equal(summary.status, list.status);
        assert.equal(summary.body.code, list.body.code);
      }
      assert.equal((await h.request('GET', '/v1/notices/summary')).status, 401);
    });

    test('more than 200 notices are all counted', async () => {
      const brand = await newBrand();
      const ids = await listings(h, us, 205);
      for (let i = 0; i < ids.length; i += 25)
        await Promise.all(ids.slice(i, i + 25).map((id) => brand.file([id])));
      const summary = await summaryOf(brand.token);
      assert.equal(summary.totalNotices, 205);
      assert.equal(summary.totalItems, 205);
      assert.deepEqual(summary.itemsByState, { ...zeroStates, pending: 205 });
      assert.equal(summary.awaiting.reviewer, 205);
      assert.equal(summary.upcoming.length, 8);
      const due = summary.upcoming.map((u: { dueAt: string }) => u.dueAt);
      assert.deepEqual(due, [...due].sort());
    });
  });
}
