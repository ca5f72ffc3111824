import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listings, noticeBody, screenshot } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import {
  counterNoticeBody,
  expire,
  listingState,
  type Parties,
  parties,
  removedItem,
  rightFor,
  sellerMarketplace,
} from '../counter-notices/test-scenario.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import { appealRefusal, decisionInForce } from './appeal.ts';

test("the decision to appeal is the one in force; a rejected appeal only confirms it; the window is the decision's", () => {
  const at = new Date('2026-03-31T10:00:00Z');
  const removal = {
    id: 'd1',
    kind: 'notice_removal' as const,
    createdAt: at,
    appealableUntil: new Date('2026-09-30T10:00:00Z'),
    decidedByUser: 'r1',
  };
  const reinstatement = {
    id: 'd2',
    kind: 'reinstatement' as const,
    createdAt: new Date('2026-04-20T10:00:00Z'),
    appealableUntil: new Date('2026-10-20T10:00:00Z'),
    decidedByUser: null,
  };
  const confirmed = {
    ...reinstatement,
    id: 'd3',
    kind: 'appeal_upheld' as const,
    createdAt: new Date('2026-05-01'),
  };
  assert.equal(decisionInForce([removal])?.id, 'd1');
  assert.equal(decisionInForce([removal, reinstatement])?.id, 'd2');
  assert.equal(
    decisionInForce([removal, confirmed])?.id,
    'd1',
    'an upheld appeal confirms the decision it was about',
  );
  assert.equal(decisionInForce([]), null);
  assert.equal(
    appealRefusal(removal, removal, new Date('2026-09-30T10:00:00Z')),
    null,
    '31 Mar + 6 months = 30 Sep',
  );
  assert.equal(
    appealRefusal(removal, removal, new Date('2026-09-30T10:00:01Z'))?.extra.rule,
    'appeal-window',
  );
  assert.equal(appealRefusal(removal, reinstatement, at)?.extra.rule, 'appeal-decision-in-force');
  assert.equal(
    appealRefusal({ ...removal, appealableUntil: null }, null, at)?.extra.rule,
    'appeal-needs-decision',
  );
});

for (const driver of drivers()) {
  describe(`appeals and the supervisor queue (${driver})`, () => {
    let h: Harness;
    let p: Parties;
    let us: Awaited<ReturnType<typeof sellerMarketplace>>;
    let trademark: { id: string };

    before(async () => {
      h = await createHarness(driver);
      p = await parties(h);
      us = await sellerMarketplace(h, p, 'US');
      trademark = await rightFor(h, p, 'trademark');
    });
    after(async () => h.close());

    const db = () => h.platform.database.db;

    test('a removal appealed by the seller is reversed by another reviewer and the listing comes back', async () => {
      const { itemId, listingId } = await removedItem(h, p, us, trademark);
      const stranger = await userIn(h, 'seller', 'seller');
      assert.equal(
        (
          await h.request('POST', `/v1/items/${itemId}/appeals`, {
            token: stranger.token,
            body: { grounds: 'x' },
          })
        ).status,
        404,
        'not a party',
      );
      const staff = await h.request('POST', `/v1/items/${itemId}/appeals`, {
        token: p.reviewer.token,
        body: { grounds: 'x' },
      });
      assert.equal(staff.status, 403);
      assert.equal(staff.body.rule, 'appeal-by-party');
      const filed = await h.request('POST', `/v1/items/${itemId}/appeals`, {
        token: p.seller.token,
        body: { grounds: 'These are genuine goods bought from the brand.' },
      });
      assert.equal(filed.status, 201, filed.text);
      assert.equal(filed.body.decision.kind, 'notice_removal');
      const queue = await h.request('GET', '/v1/review/queue?limit=500', { token: p.reviewer.token });
      const entry = queue.body.items.find((e: { subjectId: string }) => e.subjectId === filed.body.id);
      assert.ok(entry, 'the appeal is in the reviewer queue');
      assert.equal(entry.kind, 'appeal');
      assert.equal(entry.itemId, itemId);
      const again = await h.request('POST', `/v1/items/${itemId}/appeals`, {
        token: p.brand.token,
        body: { grounds: 'x' },
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.rule, 'one-appeal-per-decision');
      assert.equal(
        (await h.request('GET', `/v1/appeals/${filed.body.id}`, { token: p.brand.token })).status,
        200,
      );
      assert.equal(
        (await h.request('GET', `/v1/appeals/${filed.body.id}`, { token: stranger.token })).status,
        404,
      );
      assert.equal((await h.request('GET', '/v1/appeals', { token: p.seller.token })).status, 403);

      const own = await h.request('POST', `/v1/appeals/${filed.body.id}/decision`, {
        token: p.reviewer.token,
        body: { result: 'reversed', reasonText: 'x' },
      });
      assert.equal(own.status, 403, 'the reviewer who removed it does not hear the appeal');
      assert.equal(own.body.rule, 'different-reviewer');
      assert.equal(
        (
          await h.request('POST', `/v1/appeals/${filed.body.id}/decision`, {
            token: p.seller.token,
            body: { result: 'reversed', reasonText: 'x' },
          })
        ).status,
        403,
      );
      const reversed = await h.request('POST', `/v1/appeals/${filed.body.id}/decision`, {
        token: p.reviewer2.token,
        body: { result: 'reversed', reasonText: 'The invoices prove genuine goods.' },
      });
      assert.equal(reversed.status, 200, reversed.text);
      assert.equal(reversed.body.status, 'reversed');
      assert.equal(await listingState(h, listingId), 'active');
      const outcome = await db()
        .selectFrom('outcomes')
        .select(['kind', 'reason_text'])
        .where('item_id', '=', itemId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(outcome, {
        kind: 'appeal_reversed',
        reason_text: 'The invoices prove genuine goods.',
      });
      assert.equal(
        (
          await h.request('POST', `/v1/appeals/${filed.body.id}/decision`, {
            token: p.reviewer2.token,
            body: { result: 'upheld', reasonText: 'x' },
          })
        ).status,
        409,
      );

      // The reinstatement is itself a decision the rights holder may appeal.
      const counter = await h.request('POST', `/v1/items/${itemId}/appeals`, {
        token: p.brand.token,
        body: { grounds: 'The invoices are forged.' },
      });
      assert.equal(counter.status, 201, counter.text);
      assert.equal(counter.body.decision.kind, 'appeal_reversed');
      const upheld = await h.request('POST', `/v1/appeals/${counter.body.id}/decision`, {
        token: p.reviewer.token,
        body: { result: 'upheld', reasonText: 'The distributor confirmed the invoices.' },
      });
      assert.equal(upheld.status, 200, upheld.text);
      assert.equal(await listingState(h, listingId), 'active');
    });

    test('a rejection reversed on appeal removes the listing with a new statement and clock', async () => {
      const [listingId] = await listings(h, us, 1);
      const filed = await h.request('POST', '/v1/notices', {
        token: p.brand.token,
        body: noticeBody(trademark.id, [listingId!], await screenshot(h, p.brand.token)),
      });
      const itemId = filed.body.items[0].id;
      const rejected = await h.request('POST', `/v1/items/${itemId}/decision`, {
        token: p.reviewer.token,
        body: { decision: 'reject', reasonCode: 'insufficient_evidence', reasonText: 'No test buy.' },
      });
      assert.equal(rejected.status, 200);
      const appeal = await h.request('POST', `/v1/items/${itemId}/appeals`, {
        token: p.brand.token,
        body: { grounds: 'Test-buy report attached now.' },
      });
      assert.equal(appeal.body.decision.kind, 'notice_rejection');
      const reversed = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: p.reviewer2.token,
        body: { result: 'reversed', reasonText: 'The test buy shows a counterfeit.' },
      });
      assert.equal(reversed.status, 200, reversed.text);
      assert.equal(await listingState(h, listingId!), 'removed');
      const statements = await h.request('GET', `/v1/statements?listingId=${listingId}`, {
        token: p.seller.token,
      });
      // The seller reads both decisions: the rejection, and its reversal that removed the listing.
      assert.deepEqual(
        statements.body.items.map((s: { kind: string }) => s.kind),
        ['appeal_reversed', 'notice_rejection'],
      );
      const reversal = await h.request('GET', `/v1/statements/${statements.body.items[0].id}`, {
        token: p.seller.token,
      });
      assert.equal(reversal.body.body.restriction.kind, 'listing_removed');
      assert.deepEqual(reversal.body.body.restriction.territorialScope, ['US']);
      assert.equal(
        reversal.body.body.transparencyDatabase,
        null,
        'a removal on a US marketplace is outside the DSA: nothing for the EU transparency database',
      );
      const clock = await h.request('GET', `/v1/items/${itemId}/clock`, { token: p.seller.token });
      assert.equal(clock.body.party, 'seller');
    });

    test('an appeal after six months or with no decision is refused with the rule', async () => {
      const { itemId } = await removedItem(h, p, us, trademark);
      // The decision's window ran out (its appealable_until, set from the appeal policy, passed).
      await db()
        .updateTable('decisions')
        .set({ appealable_until: new Date(Date.now() - 20 * 86_400_000) })
        .where('item_id', '=', itemId)
        .execute();
      const late = await h.request('POST', `/v1/items/${itemId}/appeals`, {
        token: p.seller.token,
        body: { grounds: 'x' },
      });
      assert.equal(late.status, 422);
      assert.equal(late.body.rule, 'appeal-window');
      assert.ok(Date.parse(late.body.deadline) < Date.now());
      const [listingId] = await listings(h, us, 1);
      const pending = await h.request('POST', '/v1/notices', {
        token: p.brand.token,
        body: noticeBody(trademark.id, [listingId!], await screenshot(h, p.brand.token)),
      });
      const none = await h.request('POST', `/v1/items/${pending.body.items[0].id}/appeals`, {
        token: p.seller.token,
        body: { grounds: 'x' },
      });
      assert.equal(none.status, 409);
      assert.equal(none.body.rule, 'appeal-needs-decision');
    });

    test('evidence review: silence sends it to a reviewer; a missed review clock escalates to the supervisor queue', async () => {
      const eu = await sellerMarketplace(h, p, 'EU');
      const euMark = await rightFor(h, p, 'trademark', 'EU');
      const { itemId } = await removedItem(h, p, eu, euMark);
      const filed = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(filed.body.procedure, 'evidence_review');
      await expire(h, itemId, 'rights_holder_response');
      await fireDueDeadlines(db());
      const cn = await h.request('GET', `/v1/counter-notices/${filed.body.id}`, { token: p.seller.token });
      assert.equal(cn.body.status, 'awaiting_review');
      assert.equal(
        (await h.request('GET', `/v1/items/${itemId}/clock`, { token: p.seller.token })).body.party,
        'reviewer',
      );
      await expire(h, itemId, 'review_decision');
      await fireDueDeadlines(db());
      const clock = await h.request('GET', `/v1/items/${itemId}/clock`, { token: p.brand.token });
      assert.equal(clock.body.party, 'supervisor');
      assert.equal(clock.body.overdue, true);
      const queue = await h.request('GET', '/v1/review/supervisor-queue?limit=500', { token: h.adminToken });
      assert.equal(queue.status, 200, queue.text);
      assert.ok(
        queue.body.items.some(
          (e: { itemId: string; reason: string }) =>
            e.itemId === itemId && e.reason === 'counter_notice_review_overdue',
        ),
      );
      for (const token of [p.reviewer.token, p.brand.token, p.seller.token])
        assert.equal((await h.request('GET', '/v1/review/supervisor-queue', { token })).status, 403);
      const decided = await h.request('POST', `/v1/counter-notices/${filed.body.id}/decision`, {
        token: p.reviewer.token,
        body: {
          decision: 'reinstate',
          reasonCode: 'parallel_import',
          reasonText: 'A parallel import of genuine goods.',
        },
      });
      assert.equal(decided.status, 200, decided.text);
      const after = await h.request('GET', '/v1/review/supervisor-queue?limit=500', { token: h.adminToken });
      assert.ok(
        !after.body.items.some((e: { itemId: string }) => e.itemId === itemId),
        'a decided item leaves the supervisor queue',
      );
    });
  });
}
