import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { reviewScene } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`bulk decisions (${driver})`, () => {
    let h: Harness;
    let scene: Awaited<ReturnType<typeof reviewScene>>;
    let reviewer: { token: string; userId: string };

    before(async () => {
      h = await createHarness(driver);
      scene = await reviewScene(h);
      const { mkt, seller } = scene;
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
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

    const items = (count: number) => scene.file(count);

    const auditOf = (id: string) =>
      h.platform.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', id)
        .where('action', 'in', ['item.removed', 'item.rejected'])
        .execute();

    test('removes several items at once; one already decided is reported and does not undo the others', async () => {
      const [a, b, c] = await items(3);
      const first = await h.request('POST', `/v1/items/${b!.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'reject', reasonCode: 'duplicate', reasonText: 'Filed twice' },
      });
      assert.equal(first.status, 200, first.text);
      const unknown = '0190f2d4-0000-7000-8000-000000000000';
      const res = await h.request('POST', '/v1/review/decisions', {
        token: reviewer.token,
        body: {
          itemIds: [a!.id, b!.id, unknown, c!.id],
          decision: 'remove',
          reasonCode: 'counterfeit',
          reasonText: 'The listings show the registered mark on counterfeit bags.',
        },
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.decided, 2);
      assert.equal(res.body.refused, 2);
      assert.deepEqual(
        res.body.results.map((r: { itemId: string; outcome: string }) => [r.itemId, r.outcome]),
        [
          [a!.id, 'decided'],
          [b!.id, 'refused'],
          [unknown, 'refused'],
          [c!.id, 'decided'],
        ],
      );
      assert.equal(res.body.results[1].problem.code, 'ALREADY_DECIDED');
      assert.equal(res.body.results[1].problem.status, 409);
      assert.equal(res.body.results[2].problem.status, 404);
      // The same path as one decision: listing down, snapshot, statement for the seller, audit.
      for (const item of [a!, c!]) {
        const result = res.body.results.find((r: { itemId: string }) => r.itemId === item.id).result;
        assert.equal(result.state, 'removed');
        assert.match(result.snapshotSha256, /^[0-9a-f]{64}$/);
        const listing = await h.request('GET', `/v1/listings/${item.listing.id}`, {
          token: scene.brand.token,
        });
        assert.equal(listing.body.state, 'removed');
        const statement = await h.request('GET', `/v1/statements/${result.statementId}`, {
          token: scene.seller.token,
        });
        assert.equal(statement.status, 200, statement.text);
        assert.deepEqual(
          (await auditOf(item.id)).map((e) => e.action),
          ['item.removed'],
        );
      }
      assert.deepEqual(
        (await auditOf(b!.id)).map((e) => e.action),
        ['item.rejected'],
        'the refused item keeps its first decision',
      );
    });

    test('rejects several items with one reason code; each gets its statement of reasons', async () => {
      const batch = await items(2);
      const res = await h.request('POST', '/v1/review/decisions', {
        token: reviewer.token,
        body: {
          itemIds: batch.map((i) => i.id),
          decision: 'reject',
          reasonCode: 'insufficient_evidence',
          reasonText: 'The screenshots do not show the mark.',
        },
      });
      assert.equal(res.status, 200, res.text);
      for (const r of res.body.results) {
        assert.equal(r.outcome, 'decided');
        assert.equal(r.result.state, 'rejected');
        assert.equal(r.result.decision.reasonCode, 'insufficient_evidence');
        assert.ok(r.result.statementId);
      }
    });

    test('the rules of one decision apply to the batch and name the field', async () => {
      const [item] = await items(1);
      const noCode = await h.request('POST', '/v1/review/decisions', {
        token: reviewer.token,
        body: { itemIds: [item!.id], decision: 'reject', reasonText: 'no' },
      });
      assert.equal(noCode.status, 400);
      assert.equal(noCode.body.errors[0].pointer, '/reasonCode');
      const wrongCode = await h.request('POST', '/v1/review/decisions', {
        token: reviewer.token,
        body: { itemIds: [item!.id], decision: 'remove', reasonCode: 'duplicate', reasonText: 'x' },
      });
      assert.equal(wrongCode.status, 400);
      assert.equal(wrongCode.body.errors[0].pointer, '/reasonCode');
      const twice = await h.request('POST', '/v1/review/decisions', {
        token: reviewer.token,
        body: { itemIds: [item!.id, item!.id], decision: 'remove', reasonText: 'x' },
      });
      assert.equal(twice.status, 400);
      assert.equal(twice.body.errors[0].pointer, '/itemIds');
      const info = await h.request('POST', '/v1/review/decisions', {
        token: reviewer.token,
        body: { itemIds: [item!.id], decision: 'request_info', reasonText: 'x' },
      });
      assert.equal(info.status, 400);
      assert.equal(info.body.errors[0].pointer, '/decision');
      const still = await h.request('GET', `/v1/items/${item!.id}`, { token: reviewer.token });
      assert.equal(still.body.state, 'pending');
    });

    test('refused to other roles and other organisations: the rights holder, the seller, a marketplace, another brand', async () => {
      const [item] = await items(1);
      const otherBrand = await userIn(h, 'brand', 'rights_holder');
      for (const token of [scene.brand.token, scene.seller.token, scene.mkt.key, otherBrand.token]) {
        const res = await h.request('POST', '/v1/review/decisions', {
          token,
          body: { itemIds: [item!.id], decision: 'remove', reasonText: 'x' },
        });
        assert.equal(res.status, 403, res.text);
      }
      const still = await h.request('GET', `/v1/items/${item!.id}`, { token: reviewer.token });
      assert.equal(still.body.state, 'pending');
    });
  });
}
