import assert from 'node:assert/strict';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { listings, noticeBody, screenshot } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { listAudit, sealAllAudit } from '../audit/index.ts';
import {
  counterNoticeBody,
  type Parties,
  parties,
  removedItem,
  rightFor,
  sellerMarketplace,
} from '../counter-notices/test-scenario.ts';
import { verifyReceipt } from './receipt.ts';

for (const driver of drivers()) {
  describe(`signed receipts (${driver})`, () => {
    let h: Harness;
    let p: Parties;
    let us: Awaited<ReturnType<typeof sellerMarketplace>>;
    let right: { id: string };
    let publicKey: KeyObject;
    let ids: { noticeId: string; itemId: string; decisionId: string; counterNoticeId: string };

    before(async () => {
      h = await createHarness(driver);
      p = await parties(h);
      us = await sellerMarketplace(h, p, 'US');
      right = await rightFor(h, p, 'trademark');
      const { noticeId, itemId } = await removedItem(h, p, us, right);
      const decisions = await h.request('GET', `/v1/decisions?itemId=${itemId}`, { token: p.brand.token });
      assert.equal(decisions.status, 200, decisions.text);
      const counter = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(counter.status, 201, counter.text);
      ids = { noticeId, itemId, decisionId: decisions.body.items[0].id, counterNoticeId: counter.body.id };
      await sealAllAudit(h.platform.database.db);
      const key = await h.request('GET', '/v1/receipts/public-key');
      assert.equal(key.status, 200, key.text);
      assert.equal(key.body.algorithm, 'Ed25519');
      publicKey = createPublicKey(key.body.publicKeyPem);
    });
    after(async () => h.close());

    const chainRecord = async (entityId: string, action: string) =>
      (await listAudit(h.platform.database.db, { entityId, limit: 100 })).find((r) => r.action === action)!;

    test('the rights holder gets a notice receipt that verifies offline and stays the same as the notice moves on', async () => {
      const res = await h.request('GET', `/v1/notices/${ids.noticeId}/receipt`, { token: p.brand.token });
      assert.equal(res.status, 200, res.text);
      const verdict = verifyReceipt(res.text, publicKey);
      assert.deepEqual(verdict.problems, []);
      assert.equal(res.body.kind, 'notice');
      assert.equal(res.body.record.id, ids.noticeId);
      assert.equal(res.body.record.items[0].id, ids.itemId);
      assert.equal(res.body.record.status, undefined, 'the notice status changes: not in the record');
      const filed = await chainRecord(ids.noticeId, 'notice.filed');
      assert.deepEqual(res.body.audit, { seq: filed.seq, hash: filed.hash, at: filed.at.toISOString() });
      // The record covers the notice as filed: what the API shows of it, field for field.
      const notice = await h.request('GET', `/v1/notices/${ids.noticeId}`, { token: p.brand.token });
      for (const field of ['principalOrgId', 'rightId', 'statements', 'contact', 'explanation', 'createdAt'])
        assert.deepEqual(res.body.record[field], notice.body[field], field);
      assert.deepEqual(res.body.record.items[0].evidence, notice.body.items[0].evidence);

      // The item moves on (the rights holder withdraws); the receipt's record does not.
      const withdrawn = await h.request('POST', `/v1/items/${ids.itemId}/withdraw`, {
        token: p.brand.token,
        body: { reasonText: 'Settled with the seller' },
      });
      assert.ok(withdrawn.status < 300, withdrawn.text);
      await sealAllAudit(h.platform.database.db);
      const again = await h.request('GET', `/v1/notices/${ids.noticeId}/receipt`, { token: p.brand.token });
      assert.equal(again.status, 200, again.text);
      assert.equal(again.body.recordSha256, res.body.recordSha256);
      assert.deepEqual(again.body.audit, res.body.audit);
    });

    test('decision, statement and counter-notice receipts verify for the seller and the rights holder', async () => {
      const cases = [
        { path: `/v1/decisions/${ids.decisionId}/receipt`, kind: 'decision', action: 'decision.made' },
        { path: `/v1/statements/${ids.decisionId}/receipt`, kind: 'statement', action: 'decision.made' },
        {
          path: `/v1/counter-notices/${ids.counterNoticeId}/receipt`,
          kind: 'counter_notice',
          action: 'counter_notice.filed',
        },
      ];
      for (const c of cases)
        for (const token of [p.seller.token, p.brand.token, p.reviewer.token]) {
          const res = await h.request('GET', c.path, { token });
          assert.equal(res.status, 200, `${c.path}: ${res.text}`);
          assert.deepEqual(verifyReceipt(res.text, publicKey).problems, [], c.path);
          assert.equal(res.body.kind, c.kind);
          const entity = c.kind === 'counter_notice' ? ids.counterNoticeId : ids.decisionId;
          assert.equal(res.body.audit.seq, (await chainRecord(entity, c.action)).seq);
        }
      const statement = await h.request('GET', `/v1/statements/${ids.decisionId}`, { token: p.seller.token });
      const receipt = await h.request('GET', `/v1/statements/${ids.decisionId}/receipt`, {
        token: p.seller.token,
      });
      assert.deepEqual(receipt.body.record, statement.body, 'the statement exactly as its reader sees it');
      const counter = await h.request('GET', `/v1/counter-notices/${ids.counterNoticeId}/receipt`, {
        token: p.seller.token,
      });
      assert.equal(counter.body.record.signature, 'Sam Seller');
      assert.equal(counter.body.record.status, undefined);
    });

    test('other roles are refused (403), other tenants find nothing (404)', async () => {
      const stranger = {
        brand: await userIn(h, 'brand', 'rights_holder'),
        seller: await userIn(h, 'seller', 'seller'),
        buyer: await userIn(h, 'buyer', 'buyer'),
      };
      const expect = async (path: string, token: string, status: number) => {
        const res = await h.request('GET', path, { token });
        assert.equal(res.status, status, `${path}: ${res.text}`);
      };
      const notice = `/v1/notices/${ids.noticeId}/receipt`;
      await expect(notice, p.seller.token, 403);
      await expect(notice, us.key, 403);
      await expect(notice, stranger.brand.token, 404);
      for (const path of [
        `/v1/decisions/${ids.decisionId}/receipt`,
        `/v1/statements/${ids.decisionId}/receipt`,
      ]) {
        await expect(path, stranger.buyer.token, 403);
        await expect(path, stranger.seller.token, 404);
        await expect(path, stranger.brand.token, 404);
      }
      const counter = `/v1/counter-notices/${ids.counterNoticeId}/receipt`;
      await expect(counter, us.key, 403);
      await expect(counter, stranger.buyer.token, 403);
      await expect(counter, stranger.seller.token, 404);
      await expect(counter, stranger.brand.token, 404);
      await expect('/v1/notices/0190a000-0000-7000-8000-000000000000/receipt', p.brand.token, 404);
      assert.equal((await h.request('GET', notice)).status, 401);
    });

    // Last: it stops the sequencer, so every later write stays pending until sealed by hand.
    test('while the audit record is not sealed the answer is 409 with Retry-After; once sealed, the receipt', async () => {
      await h.platform.audit.stop();
      const [listingId] = await listings(h, us, 1);
      const filed = await h.request('POST', '/v1/notices', {
        token: p.brand.token,
        body: noticeBody(right.id, [listingId!], await screenshot(h, p.brand.token)),
      });
      assert.equal(filed.status, 201, filed.text);
      const early = await h.request('GET', `/v1/notices/${filed.body.id}/receipt`, { token: p.brand.token });
      assert.equal(early.status, 409, early.text);
      assert.equal(early.headers['retry-after'], '1');
      assert.equal(early.body.rule, 'audit-record-not-sealed');
      assert.match(early.body.detail, /not sealed into the chain yet/);
      await sealAllAudit(h.platform.database.db);
      const later = await h.request('GET', `/v1/notices/${filed.body.id}/receipt`, { token: p.brand.token });
      assert.equal(later.status, 200, later.text);
      assert.equal(verifyReceipt(later.text, publicKey).ok, true);
    });
  });
}
