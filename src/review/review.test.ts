import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { resumedDeadline } from './review.ts';

test('a paused clock resumes with the waiting time added', () => {
  const due = resumedDeadline(
    new Date('2026-01-02T00:00:00Z'),
    new Date('2026-01-01T10:00:00Z'),
    new Date('2026-01-01T16:00:00Z'),
  );
  assert.equal(due.toISOString(), '2026-01-02T06:00:00.000Z');
});

for (const driver of drivers()) {
  describe(`review and takedown (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let reviewer: { token: string };
    let reviewer2: { token: string };
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    let right: { id: string };
    let evidence: Record<string, unknown>;

    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      reviewer2 = await memberOf(h, h.operatorOrgId, 'reviewer');
      mkt = await marketplace(h, 'US');
      right = await verifiedRight(h, brand.token);
      evidence = await screenshot(h, brand.token);
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

    async function fileOne(count = 1) {
      const ids = await listings(h, mkt, count);
      const res = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, evidence),
      });
      assert.equal(res.status, 201, res.text);
      return res.body as { id: string; items: { id: string; listing: { id: string } }[] };
    }

    test('each party lists its own items: the seller those against its listings, pending ones by state', async () => {
      const notice = await fileOne(2);
      const ids = notice.items.map((i) => i.id);
      const mine = await h.request('GET', '/v1/items?state=pending&limit=500', { token: seller.token });
      assert.equal(mine.status, 200, mine.text);
      const seen = mine.body.items.map((i: { id: string }) => i.id);
      for (const id of ids) assert.ok(seen.includes(id), 'the seller sees items against its own listings');
      for (const i of mine.body.items) {
        assert.equal(i.state, 'pending');
        assert.equal(i.awaiting, 'reviewer');
      }
      const stranger = await userIn(h, 'seller', 'seller');
      const none = await h.request('GET', '/v1/items?limit=500', { token: stranger.token });
      assert.equal(none.status, 200);
      assert.ok(none.body.items.every((i: { id: string }) => !ids.includes(i.id)));
      const otherBrand = await userIn(h, 'brand', 'rights_holder');
      const theirs = await h.request('GET', '/v1/items?limit=500', { token: otherBrand.token });
      assert.ok(theirs.body.items.every((i: { id: string }) => !ids.includes(i.id)));
      const ours = await h.request('GET', '/v1/items?limit=500', { token: brand.token });
      assert.ok(ids.every((id) => ours.body.items.some((i: { id: string }) => i.id === id)));
      const bad = await h.request('GET', '/v1/items?state=open', { token: seller.token });
      assert.equal(bad.status, 400);
      assert.match(bad.body.errors[0].pointer, /\/state\/0$/, bad.text);
    });

    test('the queue is ordered by deadline and closed to everyone but operator reviewers', async () => {
      await fileOne(2);
      const queue = await h.request('GET', '/v1/review/queue?limit=500', { token: reviewer.token });
      assert.equal(queue.status, 200);
      const due = queue.body.items.map((i: { slaDueAt: string }) => i.slaDueAt);
      assert.deepEqual(due, [...due].sort());
      for (const token of [brand.token, seller.token, mkt.key])
        assert.equal((await h.request('GET', '/v1/review/queue', { token })).status, 403);
    });

    test('removal: listing removed, snapshot archived, statement of reasons for the seller, webhook queued', async () => {
      const notice = await fileOne();
      const item = notice.items[0]!;
      assert.equal(
        (
          await h.request('POST', `/v1/items/${item.id}/decision`, {
            token: brand.token,
            body: { decision: 'remove', reasonText: 'x' },
          })
        ).status,
        403,
      );
      const decided = await h.request('POST', `/v1/items/${item.id}/decision`, {
        token: reviewer.token,
        body: {
          decision: 'remove',
          reasonText: 'The bag bears the registered mark and the test buy shows a counterfeit.',
        },
      });
      assert.equal(decided.status, 200, decided.text);
      assert.equal(decided.body.state, 'removed');
      assert.equal(decided.body.decision.reasonCode, 'counterfeit');
      assert.match(decided.body.snapshotSha256, /^[0-9a-f]{64}$/);
      const detail = await h.request('GET', `/v1/items/${item.id}`, { token: reviewer.token });
      assert.equal(detail.body.snapshots.length, 1);
      assert.equal(detail.body.snapshots[0].sha256, decided.body.snapshotSha256);
      assert.equal(detail.body.snapshots[0].listing.state, 'active', 'the snapshot is the listing as it was');
      const listing = await h.request('GET', `/v1/listings/${item.listing.id}`, { token: brand.token });
      assert.equal(listing.body.state, 'removed');

      const statements = await h.request('GET', '/v1/statements', { token: seller.token });
      const mine = statements.body.items.find((s: { itemId: string }) => s.itemId === item.id);
      assert.ok(mine, 'the seller sees the statement');
      const statement = await h.request('GET', `/v1/statements/${mine.id}`, { token: seller.token });
      assert.equal(statement.status, 200);
      const text = JSON.stringify(statement.body);
      assert.match(text, /legal@brand\.example/, 'complainant identity');
      assert.match(text, new RegExp(evidence.documentSha256 as string), 'evidence');
      const doc = await h.request('GET', `/v1/documents/${evidence.documentSha256}`, { token: seller.token });
      assert.equal(doc.status, 200, 'the seller downloads the evidence against it');
      const otherSeller = await userIn(h, 'seller', 'seller');
      assert.equal(
        (await h.request('GET', `/v1/statements/${mine.id}`, { token: otherSeller.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/items/${item.id}`, { token: otherSeller.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/documents/${evidence.documentSha256}`, { token: otherSeller.token }))
          .status,
        404,
      );

      const deliveries = await h.request('GET', `/v1/marketplaces/${mkt.id}/webhook-deliveries`, {
        token: mkt.key,
      });
      assert.equal(deliveries.status, 200);
    });

    test('removal racing rejection on many items: never a deadlock, always one 200 and one 409', async () => {
      // A removal locks the listing; a rejection's decision row references it. Row locks that
      // conflicted with the foreign-key check deadlocked one in ten pairs on PostgreSQL.
      for (let k = 0; k < 12; k++) {
        const n = await fileOne();
        const it = n.items[0]!;
        const pair = await Promise.all([
          h.request('POST', `/v1/items/${it.id}/decision`, {
            token: reviewer.token,
            body: { decision: 'remove', reasonText: 'counterfeit' },
          }),
          h.request('POST', `/v1/items/${it.id}/decision`, {
            token: reviewer2.token,
            body: { decision: 'reject', reasonCode: 'insufficient_evidence', reasonText: 'not enough' },
          }),
        ]);
        assert.deepEqual(
          pair.map((r) => r.status).sort(),
          [200, 409],
          JSON.stringify(pair.map((r) => r.body)),
        );
      }
    });
    test('two reviewers deciding one item at once: exactly one wins', async () => {
      const notice = await fileOne();
      const item = notice.items[0]!;
      const results = await Promise.all([
        h.request('POST', `/v1/items/${item.id}/decision`, {
          token: reviewer.token,
          body: { decision: 'remove', reasonText: 'counterfeit' },
        }),
        h.request('POST', `/v1/items/${item.id}/decision`, {
          token: reviewer2.token,
          body: { decision: 'reject', reasonCode: 'insufficient_evidence', reasonText: 'not enough' },
        }),
      ]);
      const statuses = results.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 409], JSON.stringify(results.map((r) => r.body)));
      const loser = results.find((r) => r.status === 409)!;
      assert.equal(loser.body.code, 'ALREADY_DECIDED');
      const audit = await h.platform.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', item.id)
        .where('action', 'in', ['item.removed', 'item.rejected'])
        .execute();
      assert.equal(audit.length, 1);
    });

    test('two removals of one listing under two rights at once: both hold, the listing goes down once, the seller gets two statements', async () => {
      const second = await verifiedRight(h, brand.token);
      const [listingId] = await listings(h, mkt, 1);
      const filed = await Promise.all(
        [right.id, second.id].map((rightId) =>
          h.request('POST', '/v1/notices', {
            token: brand.token,
            body: noticeBody(rightId, [listingId!], evidence),
          }),
        ),
      );
      for (const f of filed) assert.equal(f.status, 201, f.text);
      const decided = await Promise.all(
        filed.map((f, i) =>
          h.request('POST', `/v1/items/${f.body.items[0].id}/decision`, {
            token: [reviewer, reviewer2][i]!.token,
            body: { decision: 'remove', reasonText: 'counterfeit' },
          }),
        ),
      );
      for (const d of decided) assert.equal(d.status, 200, d.text);
      const listing = await h.request('GET', `/v1/listings/${listingId}`, { token: h.adminToken });
      assert.equal(listing.body.state, 'removed');
      assert.equal(listing.body.version, 2, 'one takedown bumps the version once');
      const statements = await h.request('GET', `/v1/statements?listingId=${listingId}`, {
        token: seller.token,
      });
      assert.equal(statements.body.items.length, 2);
      const db = h.platform.database.db;
      const snapshots = await db
        .selectFrom('listing_snapshots')
        .select('snapshot')
        .where('listing_id', '=', listingId!)
        .execute();
      const states = snapshots.map((s) => (s.snapshot as { state: string }).state).sort();
      assert.deepEqual(
        states,
        ['active', 'removed'],
        'the second removal archived the listing as the first left it',
      );
    });

    test('rejection needs a reason code; the rights holder sees it', async () => {
      const notice = await fileOne();
      const item = notice.items[0]!;
      const bad = await h.request('POST', `/v1/items/${item.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'reject', reasonText: 'no' },
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/reasonCode');
      const ok = await h.request('POST', `/v1/items/${item.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'reject', reasonCode: 'genuine_goods', reasonText: 'Invoices show genuine goods' },
      });
      assert.equal(ok.status, 200);
      const seen = await h.request('GET', `/v1/notices/${notice.id}`, { token: brand.token });
      assert.equal(seen.body.items[0].state, 'rejected');
      assert.equal(seen.body.items[0].decision.reasonCode, 'genuine_goods');
      // Nobody has a move, but the rights holder may still appeal the rejection: the notice stays open.
      assert.equal(seen.body.items[0].awaiting, null);
      assert.ok(Date.parse(seen.body.items[0].appealableUntil) > Date.now());
      assert.equal(seen.body.status, 'open');
      const listing = await h.request('GET', `/v1/listings/${item.listing.id}`, { token: brand.token });
      assert.equal(listing.body.state, 'active');
    });

    test('request information pauses the clock; the answer resumes it later by the time waited', async () => {
      const notice = await fileOne();
      const item = notice.items[0]!;
      const asked = await h.request('POST', `/v1/items/${item.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'request_info', question: 'Send the test-buy report' },
      });
      assert.equal(asked.status, 200, asked.text);
      assert.equal(asked.body.awaiting, 'rights_holder');
      const blocked = await h.request('POST', `/v1/items/${item.id}/decision`, {
        token: reviewer.token,
        body: { decision: 'remove', reasonText: 'x' },
      });
      assert.equal(blocked.status, 409);
      const stranger = await userIn(h, 'brand', 'rights_holder');
      assert.equal(
        (
          await h.request('POST', `/v1/items/${item.id}/info-response`, {
            token: stranger.token,
            body: { answer: 'x' },
          })
        ).status,
        404,
      );
      await new Promise((r) => setTimeout(r, 30));
      const answered = await h.request('POST', `/v1/items/${item.id}/info-response`, {
        token: brand.token,
        body: { answer: 'Attached', documentShas: [evidence.documentSha256] },
      });
      assert.equal(answered.status, 200, answered.text);
      assert.equal(answered.body.state, 'pending');
      assert.ok(
        Date.parse(answered.body.slaDueAt) > Date.parse(asked.body.slaDueAt),
        'deadline moved by the paused time',
      );
      assert.equal(answered.body.infoRequests[0].answer, 'Attached');
      const again = await h.request('POST', `/v1/items/${item.id}/info-response`, {
        token: brand.token,
        body: { answer: 'again' },
      });
      assert.equal(again.status, 409);
    });
  });
}
