import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { reviewScene } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`review claims (${driver})`, () => {
    let h: Harness;
    let scene: Awaited<ReturnType<typeof reviewScene>>;
    let alice: { userId: string; token: string };
    let bob: { userId: string; token: string };

    before(async () => {
      h = await createHarness(driver);
      scene = await reviewScene(h);
      alice = await memberOf(h, h.operatorOrgId, 'reviewer');
      bob = await memberOf(h, h.operatorOrgId, 'reviewer');
    });
    after(async () => h.close());

    const items = async (count: number) => (await scene.file(count)).map((i) => i.id);
    const claim = (id: string, token: string) => h.request('POST', `/v1/review/items/${id}/claim`, { token });
    const release = (id: string, token: string) =>
      h.request('DELETE', `/v1/review/items/${id}/claim`, { token });
    async function queueIds(token: string, filter: string): Promise<Map<string, unknown>> {
      const res = await h.request('GET', `/v1/review/queue?kind=notice_item&limit=500&claim=${filter}`, {
        token,
      });
      assert.equal(res.status, 200, res.text);
      return new Map(
        (res.body.items as { itemId: string; claim: unknown }[]).map((i) => [i.itemId, i.claim] as const),
      );
    }

    test('a reviewer claims an item and renews the claim; another reviewer is refused, told who and until when', async () => {
      const [id] = await items(1);
      const first = await claim(id!, alice.token);
      assert.equal(first.status, 200, first.text);
      assert.equal(first.body.itemId, id);
      assert.equal(first.body.userId, alice.userId);
      const minutes = (Date.parse(first.body.expiresAt) - Date.parse(first.body.claimedAt)) / 60_000;
      assert.ok(minutes > 29 && minutes <= 30, `a claim runs 30 minutes, not ${minutes}`);

      const renewed = await claim(id!, alice.token);
      assert.equal(renewed.status, 200, renewed.text);
      assert.equal(renewed.body.claimedAt, first.body.claimedAt, 'a renewal keeps when the claim began');
      assert.ok(renewed.body.expiresAt >= first.body.expiresAt);

      const refused = await claim(id!, bob.token);
      assert.equal(refused.status, 409, refused.text);
      assert.equal(refused.body.rule, 'review-claim');
      assert.equal(refused.body.claimedBy.userId, alice.userId);
      assert.equal(refused.body.claimedBy.name, first.body.name);
      assert.equal(refused.body.deadline, renewed.body.expiresAt);
      assert.match(refused.body.detail, new RegExp(first.body.name));

      const seen = await h.request('GET', `/v1/items/${id}`, { token: bob.token });
      assert.equal(seen.body.claim.userId, alice.userId, 'the item page shows the holder to reviewers');
      const byBrand = await h.request('GET', `/v1/items/${id}`, { token: scene.brand.token });
      assert.equal(byBrand.status, 200, byBrand.text);
      assert.equal(byBrand.body.claim, null, "the parties see no reviewer's name");
    });

    test('an expired claim frees the item for another reviewer', async () => {
      const [id] = await items(1);
      assert.equal((await claim(id!, alice.token)).status, 200);
      await sql`update review_claims set expires_at = now() - interval '1 minute' where item_id = ${id}::uuid`.execute(
        h.platform.database.db,
      );
      const detail = await h.request('GET', `/v1/items/${id}`, { token: bob.token });
      assert.equal(detail.body.claim, null, 'an expired claim shows as none');
      const taken = await claim(id!, bob.token);
      assert.equal(taken.status, 200, taken.text);
      assert.equal(taken.body.userId, bob.userId);
    });

    test('a claim on an item that is not pending is refused', async () => {
      const [id] = await items(1);
      const decided = await h.request('POST', `/v1/items/${id}/decision`, {
        token: alice.token,
        body: { decision: 'reject', reasonCode: 'insufficient_evidence', reasonText: 'Not enough' },
      });
      assert.equal(decided.status, 200, decided.text);
      const refused = await claim(id!, bob.token);
      assert.equal(refused.status, 409, refused.text);
      assert.equal(refused.body.state, 'rejected');
    });

    test('the holder releases a claim; another reviewer may not; a supervisor may', async () => {
      const [own, others] = await items(2);
      assert.equal((await claim(own!, alice.token)).status, 200);
      assert.equal((await release(own!, alice.token)).status, 204);
      assert.equal((await claim(own!, bob.token)).status, 200, 'released, the item is free');

      assert.equal((await claim(others!, alice.token)).status, 200);
      const refused = await release(others!, bob.token);
      assert.equal(refused.status, 403, refused.text);
      const byAdmin = await release(others!, h.adminToken);
      assert.equal(byAdmin.status, 204, byAdmin.text);
      const detail = await h.request('GET', `/v1/items/${others}`, { token: bob.token });
      assert.equal(detail.body.claim, null);
    });

    test('the queue filters by claim: mine, unclaimed, others', async () => {
      const [mine, theirs, free] = await items(3);
      assert.equal((await claim(mine!, alice.token)).status, 200);
      assert.equal((await claim(theirs!, bob.token)).status, 200);

      const all = await queueIds(alice.token, 'all');
      assert.ok(all.has(mine!) && all.has(theirs!) && all.has(free!));
      assert.equal((all.get(mine!) as { userId: string }).userId, alice.userId);
      assert.equal((all.get(theirs!) as { userId: string }).userId, bob.userId);
      assert.equal(all.get(free!), null);

      const onlyMine = await queueIds(alice.token, 'mine');
      assert.ok(onlyMine.has(mine!) && !onlyMine.has(theirs!) && !onlyMine.has(free!));
      const unclaimed = await queueIds(alice.token, 'unclaimed');
      assert.ok(unclaimed.has(free!) && !unclaimed.has(mine!) && !unclaimed.has(theirs!));
      const others = await queueIds(alice.token, 'others');
      assert.ok(others.has(theirs!) && !others.has(mine!) && !others.has(free!));
      const bad = await h.request('GET', '/v1/review/queue?claim=nobody', { token: alice.token });
      assert.equal(bad.status, 400, bad.text);
    });

    test("another reviewer's claim refuses a decision (single and bulk); the holder decides and the claim goes", async () => {
      const [removed, rejected, asked] = await items(3);
      for (const id of [removed, rejected, asked]) assert.equal((await claim(id!, alice.token)).status, 200);

      const remove = await h.request('POST', `/v1/items/${removed}/decision`, {
        token: bob.token,
        body: { decision: 'remove', reasonText: 'Counterfeit' },
      });
      assert.equal(remove.status, 409, remove.text);
      assert.equal(remove.body.claimedBy.userId, alice.userId);
      const reject = await h.request('POST', `/v1/items/${rejected}/decision`, {
        token: bob.token,
        body: { decision: 'reject', reasonCode: 'insufficient_evidence', reasonText: 'Not enough' },
      });
      assert.equal(reject.status, 409, reject.text);
      const ask = await h.request('POST', `/v1/items/${asked}/decision`, {
        token: bob.token,
        body: { decision: 'request_info', question: 'Which registration?' },
      });
      assert.equal(ask.status, 409, ask.text);
      assert.equal(
        (await queueIds(alice.token, 'mine')).size >= 3,
        true,
        'refused decisions keep the claims',
      );

      const bulk = await h.request('POST', '/v1/review/decisions', {
        token: bob.token,
        body: { itemIds: [removed, rejected], decision: 'remove', reasonText: 'Counterfeit' },
      });
      assert.equal(bulk.status, 200, bulk.text);
      assert.equal(bulk.body.decided, 0);
      assert.equal(bulk.body.refused, 2);
      for (const r of bulk.body.results) {
        assert.equal(r.outcome, 'refused');
        assert.equal(r.problem.status, 409);
        assert.match(r.problem.detail, /claimed by/);
      }

      const own = await h.request('POST', '/v1/review/decisions', {
        token: alice.token,
        body: { itemIds: [removed, rejected], decision: 'remove', reasonText: 'Counterfeit' },
      });
      assert.equal(own.body.decided, 2, own.text);
      const askOwn = await h.request('POST', `/v1/items/${asked}/decision`, {
        token: alice.token,
        body: { decision: 'request_info', question: 'Which registration?' },
      });
      assert.equal(askOwn.status, 200, askOwn.text);
      const mine = await queueIds(alice.token, 'mine');
      for (const id of [removed, rejected, asked])
        assert.ok(!mine.has(id!), 'a decided item leaves the queue');
    });

    test('rights holders, sellers and marketplace keys may not claim or release', async () => {
      const [id] = await items(1);
      for (const token of [scene.brand.token, scene.seller.token, scene.mkt.key]) {
        assert.equal((await claim(id!, token)).status, 403);
        assert.equal((await release(id!, token)).status, 403);
      }
    });
  });
}
