import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { noticeBody, screenshot } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import {
  counterNoticeBody,
  expire,
  listingState,
  type Parties,
  parties,
  removedItem,
  rightFor,
  sellerMarketplace,
} from './test-scenario.ts';

for (const driver of drivers()) {
  describe(`counter-notices and put-back clocks (${driver})`, () => {
    let h: Harness;
    let p: Parties;
    let us: Awaited<ReturnType<typeof sellerMarketplace>>;
    let trademark: { id: string };
    let copyright: { id: string };

    before(async () => {
      h = await createHarness(driver);
      p = await parties(h);
      us = await sellerMarketplace(h, p, 'US');
      trademark = await rightFor(h, p, 'trademark');
      copyright = await rightFor(h, p, 'copyright');
    });
    after(async () => h.close());

    const db = () => h.platform.database.db;

    test('every removal starts the seller clock, shown to every party; strangers see nothing', async () => {
      const { itemId } = await removedItem(h, p, us, trademark);
      for (const token of [p.seller.token, p.brand.token, p.reviewer.token]) {
        const clock = await h.request('GET', `/v1/items/${itemId}/clock`, { token });
        assert.equal(clock.status, 200, clock.text);
        assert.equal(clock.body.party, 'seller');
        assert.ok(Date.parse(clock.body.dueAt) > Date.now() + 14 * 86_400_000, '20 business days');
      }
      const stranger = await userIn(h, 'seller', 'seller');
      assert.equal(
        (await h.request('GET', `/v1/items/${itemId}/clock`, { token: stranger.token })).status,
        404,
      );
      assert.equal((await h.request('GET', `/v1/items/${itemId}/timeline`, { token: us.key })).status, 404);
    });

    test('bad counter-notices get a 4xx naming the rule, and nothing is stored', async () => {
      const { itemId } = await removedItem(h, p, us, trademark);
      const body = await counterNoticeBody(h, p);
      const missing = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: { ...body, statements: { ...body.statements, goodFaithMistake: false } },
      });
      assert.equal(missing.status, 400, missing.text);
      assert.equal(missing.body.errors[0].pointer, '/statements/goodFaithMistake');
      assert.equal(missing.body.errors[0].rule, 'counter-notice-statement');
      const noContact = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: { ...body, contact: { name: 'x', email: 'x@y.example' } },
      });
      assert.equal(noContact.status, 400);
      assert.equal(
        (await h.request('POST', `/v1/items/${itemId}/counter-notice`, { token: p.brand.token, body }))
          .status,
        403,
        'the rights holder does not counter-notify',
      );
      const otherSeller = await userIn(h, 'seller', 'seller');
      assert.equal(
        (await h.request('POST', `/v1/items/${itemId}/counter-notice`, { token: otherSeller.token, body }))
          .status,
        404,
      );
      assert.equal(
        await db()
          .selectFrom('counter_notices')
          .select('id')
          .where('item_id', '=', itemId)
          .executeTakeFirst(),
        undefined,
      );

      const ok = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body,
      });
      assert.equal(ok.status, 201, ok.text);
      const second = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body,
      });
      assert.equal(second.status, 409);
      assert.equal(second.body.rule, 'one-counter-notice-per-item');

      const late = await removedItem(h, p, us, trademark);
      await expire(h, late.itemId, 'counter_notice_window');
      const window = await db()
        .selectFrom('deadlines')
        .select('due_at')
        .where('item_id', '=', late.itemId)
        .executeTakeFirstOrThrow();
      const tooLate = await h.request('POST', `/v1/items/${late.itemId}/counter-notice`, {
        token: p.seller.token,
        body,
      });
      assert.equal(tooLate.status, 422, tooLate.text);
      assert.equal(tooLate.body.rule, 'counter-notice-window');
      assert.equal(tooLate.body.deadline, window.due_at.toISOString());
      assert.match(tooLate.body.detail, /window closed at/);
    });

    test('a counter-notice on an item that was not removed is refused', async () => {
      const { itemId } = await removedItem(h, p, us, trademark);
      const rejected = await h.request('POST', `/v1/items/${itemId}/withdraw`, {
        token: p.brand.token,
        body: {},
      });
      assert.equal(rejected.status, 200, rejected.text);
      const res = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(res.status, 409);
      assert.equal(res.body.rule, 'counter-notice-on-removed-item');
    });

    test('respond-or-restore: the rights holder is told; silence reinstates once, with a webhook and statements to both', async () => {
      const { itemId, listingId } = await removedItem(h, p, us, trademark);
      const filed = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(filed.status, 201, filed.text);
      assert.equal(filed.body.procedure, 'respond_or_restore');
      const told = await h.request('GET', `/v1/notifications?itemId=${itemId}`, { token: p.brand.token });
      assert.equal(told.body.items[0].kind, 'counter_notice.filed');
      const seen = await h.request('GET', `/v1/counter-notices/${filed.body.id}`, { token: p.brand.token });
      assert.equal(seen.status, 200);
      const doc = await h.request('GET', seen.body.evidence[0].downloadPath, { token: p.brand.token });
      assert.equal(doc.status, 200, 'the rights holder downloads the seller evidence');
      const clock = await h.request('GET', `/v1/items/${itemId}/clock`, { token: p.seller.token });
      assert.equal(clock.body.party, 'rights_holder');

      await expire(h, itemId, 'rights_holder_response');
      assert.ok((await fireDueDeadlines(db())) >= 1);
      assert.equal(await fireDueDeadlines(db()), 0, 'nothing fires twice');
      await h.platform.settle();
      assert.equal(await listingState(h, listingId), 'active');
      const outcomes = await db().selectFrom('outcomes').selectAll().where('item_id', '=', itemId).execute();
      assert.equal(outcomes.length, 1);
      assert.equal(outcomes[0]!.kind, 'reinstated');
      assert.equal(outcomes[0]!.cause, 'no_response');
      assert.equal(outcomes[0]!.counter_notice_succeeded, true);
      const hooks = await db()
        .selectFrom('webhook_deliveries')
        .select('payload')
        .where('event_type', '=', 'listing.reinstated')
        .execute();
      assert.equal(
        hooks.filter((w) => (w.payload as { data: { item_id: string } }).data.item_id === itemId).length,
        1,
      );
      for (const token of [p.seller.token, p.brand.token]) {
        const notes = await h.request('GET', `/v1/notifications?itemId=${itemId}`, { token });
        assert.ok(
          notes.body.items.some(
            (n: { kind: string; body: { facts: { summary: string } } }) =>
              n.kind === 'outcome.reinstated' && /did not answer/.test(n.body.facts.summary),
          ),
        );
      }
    });

    test('respond-or-restore: an answer goes to a reviewer, whose upheld takedown says why', async () => {
      const { itemId, listingId } = await removedItem(h, p, us, trademark);
      const filed = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      const early = await h.request('POST', `/v1/counter-notices/${filed.body.id}/decision`, {
        token: p.reviewer.token,
        body: { decision: 'uphold', reasonText: 'x' },
      });
      assert.equal(early.status, 409);
      assert.equal(
        (
          await h.request('POST', `/v1/counter-notices/${filed.body.id}/answer`, {
            token: p.seller.token,
            body: { kind: 'response', text: 'x' },
          })
        ).status,
        403,
      );
      const answered = await h.request('POST', `/v1/counter-notices/${filed.body.id}/answer`, {
        token: p.brand.token,
        body: { kind: 'response', text: 'The serial numbers are not ours.' },
      });
      assert.equal(answered.status, 200, answered.text);
      assert.equal(answered.body.status, 'awaiting_review');
      // The reviewer's queue holds it, with its deadline, before anything is overdue.
      const queue = await h.request('GET', '/v1/review/queue?kind=counter_notice&limit=500', {
        token: p.reviewer.token,
      });
      const entry = queue.body.items.find((e: { subjectId: string }) => e.subjectId === filed.body.id);
      assert.ok(entry, 'the counter-notice awaiting review is in the queue');
      assert.equal(entry.itemId, itemId);
      assert.equal(entry.overdue, false);
      assert.ok(Date.parse(entry.dueAt) > Date.now());
      assert.equal(
        (
          await h.request('POST', `/v1/counter-notices/${filed.body.id}/decision`, {
            token: p.brand.token,
            body: { decision: 'reinstate', reasonText: 'x' },
          })
        ).status,
        403,
      );
      const upheld = await h.request('POST', `/v1/counter-notices/${filed.body.id}/decision`, {
        token: p.reviewer.token,
        body: {
          decision: 'uphold',
          reasonCode: 'counterfeit',
          reasonText: 'Serial numbers do not match the brand registry.',
        },
      });
      assert.equal(upheld.status, 200, upheld.text);
      assert.equal(upheld.body.status, 'upheld');
      assert.equal(await listingState(h, listingId), 'removed');
      const timeline = await h.request('GET', `/v1/items/${itemId}/timeline`, { token: p.seller.token });
      assert.equal(timeline.status, 200, timeline.text);
      const kinds = timeline.body.events.map((e: { kind: string }) => e.kind);
      for (const kind of [
        'notice.filed',
        'decision.notice_removal',
        'counter_notice.filed',
        'counter_notice.response',
        'decision.takedown_upheld',
      ])
        assert.ok(kinds.includes(kind), kind);
      assert.match(
        timeline.body.events.find((e: { kind: string }) => e.kind === 'decision.takedown_upheld').reasons,
        /Serial numbers/,
      );
      assert.equal(timeline.body.move.party, null);
      // every title's codes come with it, for clients that word the event in their own language
      const facts = (kind: string) =>
        timeline.body.events.find((e: { kind: string }) => e.kind === kind).facts;
      assert.deepEqual(facts('decision.takedown_upheld').decision, 'takedown_upheld');
      assert.equal(facts('decision.takedown_upheld').reasonCode, 'counterfeit');
      assert.equal(typeof facts('notice.filed').infringementType, 'string');
      assert.ok(
        Array.isArray(facts('counter_notice.filed').grounds) && facts('counter_notice.filed').procedure,
      );
      const clock = timeline.body.events.find((e: { kind: string }) => e.kind === 'deadline.scheduled');
      assert.ok(
        clock?.facts.deadline && clock.facts.party && !Number.isNaN(Date.parse(clock.facts.dueAt)),
        clock,
      );
    });

    test('statutory put-back: only a filed action stops it; proof upholds the takedown', async () => {
      const { itemId, listingId } = await removedItem(h, p, us, copyright, 'copyright');
      const filed = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(filed.body.procedure, 'statutory_putback');
      const clock = await h.request('GET', `/v1/items/${itemId}/clock`, { token: p.brand.token });
      const businessDays = (Date.parse(clock.body.dueAt) - Date.now()) / 86_400_000;
      assert.ok(
        businessDays >= 12 && businessDays <= 20,
        `10 business days span two weekends (12 calendar days or more from a weekend), got ${businessDays}`,
      );
      const argued = await h.request('POST', `/v1/counter-notices/${filed.body.id}/answer`, {
        token: p.brand.token,
        body: { kind: 'response', text: 'We disagree' },
      });
      assert.equal(argued.status, 400);
      assert.equal(argued.body.errors[0].rule, 'statutory-putback-needs-action');
      const noRef = await h.request('POST', `/v1/counter-notices/${filed.body.id}/answer`, {
        token: p.brand.token,
        body: { kind: 'action_filed', text: 'Filed' },
      });
      assert.equal(noRef.body.errors[0].pointer, '/caseReference');
      const sued = await h.request('POST', `/v1/counter-notices/${filed.body.id}/answer`, {
        token: p.brand.token,
        body: {
          kind: 'action_filed',
          text: 'Complaint filed',
          caseReference: '1:26-cv-01234',
          court: 'S.D.N.Y.',
        },
      });
      assert.equal(sued.status, 200, sued.text);
      assert.equal(sued.body.status, 'upheld');
      assert.equal(await listingState(h, listingId), 'removed');
    });

    test('statutory put-back: without proof of an action the listing comes back when the clock runs out', async () => {
      const { itemId, listingId } = await removedItem(h, p, us, copyright, 'copyright');
      await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      await expire(h, itemId, 'putback');
      await fireDueDeadlines(db());
      assert.equal(await listingState(h, listingId), 'active');
      const outcome = await db()
        .selectFrom('outcomes')
        .select(['cause', 'kind'])
        .where('item_id', '=', itemId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(outcome, { cause: 'putback_elapsed', kind: 'reinstated' });
    });

    test('withdrawal reinstates at any time, only by the rights holder; the listing stays down while another item holds it', async () => {
      const { itemId, listingId, noticeId } = await removedItem(h, p, us, trademark);
      // The seller's counter-notice window is running: the notice is open, and the item's `awaiting`
      // is the party its clock names.
      const before = await h.request('GET', `/v1/notices/${noticeId}`, { token: p.brand.token });
      const clock = await h.request('GET', `/v1/items/${itemId}/clock`, { token: p.brand.token });
      assert.equal(before.body.status, 'open');
      assert.equal(clock.body.party, 'seller');
      assert.equal(before.body.items[0].awaiting, clock.body.party);
      assert.equal(before.body.items[0].dueAt, clock.body.dueAt);
      assert.equal(
        (await h.request('POST', `/v1/items/${itemId}/withdraw`, { token: p.seller.token, body: {} })).status,
        403,
      );
      const otherBrand = await userIn(h, 'brand', 'rights_holder');
      assert.equal(
        (await h.request('POST', `/v1/items/${itemId}/withdraw`, { token: otherBrand.token, body: {} }))
          .status,
        404,
      );
      assert.equal(
        (await h.request('POST', `/v1/notices/${noticeId}/withdraw`, { token: otherBrand.token, body: {} }))
          .status,
        404,
      );
      const res = await h.request('POST', `/v1/notices/${noticeId}/withdraw`, {
        token: p.brand.token,
        body: { reasonText: 'Settled with the seller' },
      });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.body.withdrawnItemIds, [itemId]);
      assert.equal(await listingState(h, listingId), 'active');
      assert.equal(
        (await h.request('POST', `/v1/notices/${noticeId}/withdraw`, { token: p.brand.token, body: {} }))
          .status,
        409,
      );
      const outcome = await db()
        .selectFrom('outcomes')
        .select(['kind', 'listing_restored'])
        .where('item_id', '=', itemId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(outcome, { kind: 'withdrawn', listing_restored: true });

      // One listing removed under two rights: lifting one removal leaves it down until the other ends.
      const first = await removedItem(h, p, us, trademark);
      const second = await h.request('POST', '/v1/notices', {
        token: p.brand.token,
        body: noticeBody(copyright.id, [first.listingId], await screenshot(h, p.brand.token), {
          infringementType: 'copyright',
        }),
      });
      assert.equal(second.status, 201, second.text);
      const secondItem = second.body.items[0].id;
      await h.request('POST', `/v1/items/${secondItem}/decision`, {
        token: p.reviewer.token,
        body: { decision: 'remove', reasonText: 'Stolen product photos.' },
      });
      assert.equal(
        (await h.request('POST', `/v1/items/${first.itemId}/withdraw`, { token: p.brand.token, body: {} }))
          .status,
        200,
      );
      assert.equal(await listingState(h, first.listingId), 'removed', 'still held by the copyright item');
      const held = await db()
        .selectFrom('outcomes')
        .select('listing_restored')
        .where('item_id', '=', first.itemId)
        .executeTakeFirstOrThrow();
      assert.equal(held.listing_restored, false);
      assert.equal(
        (await h.request('POST', `/v1/items/${secondItem}/withdraw`, { token: p.brand.token, body: {} }))
          .status,
        200,
      );
      assert.equal(await listingState(h, first.listingId), 'active');
    });

    test("no party reads or acts on another organisation's counter-notices, and other roles are refused", async () => {
      const { itemId } = await removedItem(h, p, us, trademark);
      const filed = await h.request('POST', `/v1/items/${itemId}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(filed.status, 201, filed.text);
      const id = filed.body.id;
      const otherBrand = await userIn(h, 'brand', 'rights_holder');
      const otherSeller = await userIn(h, 'seller', 'seller');
      for (const token of [otherBrand.token, otherSeller.token, us.key]) {
        assert.equal((await h.request('GET', `/v1/counter-notices/${id}`, { token })).status, 404);
        assert.equal((await h.request('GET', `/v1/items/${itemId}/counter-notice`, { token })).status, 404);
        assert.equal((await h.request('GET', filed.body.evidence[0].downloadPath, { token })).status, 404);
        assert.equal((await h.request('GET', `/v1/items/${itemId}/timeline`, { token })).status, 404);
      }
      assert.equal(
        (await h.request('GET', `/v1/items/${itemId}/counter-notice`, { token: p.brand.token })).status,
        200,
      );
      assert.equal(
        (
          await h.request('POST', `/v1/counter-notices/${id}/answer`, {
            token: otherBrand.token,
            body: { kind: 'response', text: 'x' },
          })
        ).status,
        404,
      );
      assert.equal(
        (
          await h.request('POST', `/v1/counter-notices/${id}/answer`, {
            token: p.reviewer.token,
            body: { kind: 'response', text: 'x' },
          })
        ).status,
        403,
      );
      assert.equal(
        (
          await h.request('POST', `/v1/counter-notices/${id}/decision`, {
            token: otherBrand.token,
            body: { decision: 'uphold', reasonText: 'x' },
          })
        ).status,
        403,
        'only operator reviewers decide',
      );
      assert.equal(
        (
          await h.request('POST', `/v1/counter-notices/${id}/decision`, {
            token: p.seller.token,
            body: { decision: 'reinstate', reasonText: 'x' },
          })
        ).status,
        403,
      );
      assert.equal((await h.request('GET', '/v1/notifications', { token: us.key })).status, 403);
      const strangers = await h.request('GET', `/v1/notifications?itemId=${itemId}`, {
        token: otherBrand.token,
      });
      assert.deepEqual(strangers.body.items, []);
      assert.equal(
        (await h.request('GET', `/v1/counter-notices/${id}`, { token: p.reviewer.token })).status,
        200,
        'operator staff',
      );
    });

    test('put-back policy is data: readable by all parties, written by admins only, fallback required', async () => {
      const current = await h.request('GET', '/v1/policies/putback', { token: p.seller.token });
      assert.equal(current.status, 200);
      assert.equal(current.body.body.terms.US.copyright.procedure, 'statutory_putback');
      const body = { ...current.body.body, terms: { US: current.body.body.terms.US } };
      const bad = await h.request('PUT', '/v1/policies/putback', { token: h.adminToken, body });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/terms/*/*');
      assert.equal(
        (await h.request('PUT', '/v1/policies/putback', { token: p.reviewer.token, body: current.body.body }))
          .status,
        403,
      );
      assert.equal(
        (await h.request('PUT', '/v1/policies/putback', { token: p.brand.token, body: current.body.body }))
          .status,
        403,
      );
      const calendars = await h.request('GET', '/v1/policies/holiday-calendars', { token: p.brand.token });
      assert.ok(calendars.body.body.calendars.CN.holidays.includes('2026-10-01'));
      assert.equal(
        (
          await h.request('PUT', '/v1/policies/holiday-calendars', {
            token: p.seller.token,
            body: calendars.body.body,
          })
        ).status,
        403,
      );
    });
  });
}
