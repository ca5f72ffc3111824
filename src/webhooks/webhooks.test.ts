import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { apiKeyFor, createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { type Receiver, startReceiver } from '../../test/support/receiver.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { webhookSecret } from '../auth/secrets.ts';
import { testConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { appendEvents } from '../events/index.ts';
import { type OutboundPolicy, outboundPolicy, parseAllowList } from '../net/index.ts';
import {
  decideRemoval,
  deliveryOfEvent,
  insertMarketplace,
  listingRemovedData,
  takedownScenario,
} from '../takedowns/test-fixtures.ts';
import { MAX_ATTEMPTS } from './webhook.ts';
import { deliverDueWebhooks, startWebhookWorker } from './webhook.worker.ts';

const masterKey = testConfig().secretKey;

for (const driver of drivers()) {
  describe(`webhooks (${driver})`, () => {
    let h: Harness;
    let db: Database;
    let receiver: Receiver;
    /** From the harness configuration, which allows the local receiver (and nothing else private). */
    let policy: OutboundPolicy;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let brand: Awaited<ReturnType<typeof userIn>>;
    // The delivery of the first test, reused by the replay and authorization tests.
    let deliveryId = '';
    let marketplaceId = '';
    let marketKey = '';

    before(async () => {
      receiver = await startReceiver();
      h = await createHarness(driver, {
        outbound: { allow: parseAllowList(`127.0.0.1:${receiver.port}`), allowHttp: false },
      });
      db = h.platform.database.db;
      policy = outboundPolicy(h.config.outbound);
      seller = await userIn(h, 'seller', 'seller');
      brand = await userIn(h, 'brand', 'rights_holder');
    });
    after(async () => {
      await receiver.close();
      await h.close();
    });

    const deliveryRow = (id: string) =>
      db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const attemptRows = (id: string) =>
      db
        .selectFrom('webhook_attempts')
        .selectAll()
        .where('delivery_id', '=', id)
        .orderBy('attempt_no')
        .execute();

    test('a failed attempt is retried with backoff; both attempts are signed, logged and the second delivers', async () => {
      receiver.script('/flaky', [500]);
      const s = await takedownScenario(
        db,
        { sellerOrgId: seller.orgId, brandOrgId: brand.orgId },
        { webhookUrl: `${receiver.base}/flaky` },
      );
      marketplaceId = s.marketplaceId;
      const removal = await decideRemoval(db, s.itemId);
      assert.ok(removal.deliveryId);
      deliveryId = removal.deliveryId;

      assert.equal(await deliverDueWebhooks(db, { masterKey, policy }), 1);
      const afterFirst = await deliveryRow(deliveryId);
      assert.equal(afterFirst.status, 'pending');
      assert.equal(afterFirst.attempts, 1);
      assert.equal(afterFirst.last_reason, 'Internal Server Error');
      assert.ok(
        afterFirst.next_attempt_at.getTime() >= Date.now() + 4_000,
        'the retry waits at least half of the first 10 s step',
      );

      // Not due yet: nothing is sent.
      assert.equal(await deliverDueWebhooks(db, { masterKey, policy }), 0);
      assert.equal(receiver.to('/flaky').length, 1);

      await deliverDueWebhooks(db, {
        masterKey,
        policy,
        now: new Date(afterFirst.next_attempt_at.getTime() + 1),
      });
      const delivered = await deliveryRow(deliveryId);
      assert.equal(delivered.status, 'delivered');
      assert.ok(delivered.delivered_at);
      assert.equal(delivered.last_reason, null);

      const received = receiver.to('/flaky');
      assert.equal(received.length, 2);
      const secret = webhookSecret(masterKey, s.marketplaceId, 1);
      for (const request of received) {
        assert.equal(request.headers['content-type'], 'application/json');
        assert.equal(request.headers['x-openipp-event'], 'listing.removed');
        assert.equal(request.headers['x-openipp-delivery'], deliveryId);
        const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(request.headers['x-openipp-signature']));
        assert.ok(match, 'signature header format');
        const [, t, v1] = match;
        assert.equal(createHmac('sha256', secret).update(`${t}.${request.body}`).digest('hex'), v1);
        assert.ok(Math.abs(Date.now() / 1000 - Number(t)) < 60, 'timestamp is recent');
        const event = JSON.parse(request.body);
        assert.equal(event.id, deliveryId);
        assert.equal(event.type, 'listing.removed');
        assert.equal(event.data.statement_id, removal.statementId);
      }
      assert.equal(received[0]?.body, received[1]?.body, 'the body is identical on every attempt');

      const attempts = await attemptRows(deliveryId);
      assert.deepEqual(
        attempts.map((a) => [a.attempt_no, a.response_status]),
        [
          [1, 500],
          [2, 200],
        ],
      );
      assert.equal(attempts[1]?.signature, received[1]?.headers['x-openipp-signature']);
      assert.ok(attempts.every((a) => a.duration_ms >= 0 && Number(a.request_timestamp) > 1_600_000_000));

      marketKey = await apiKeyFor(h, h.operatorOrgId, 'marketplace', s.marketplaceId);
      const res = await h.request('GET', `/v1/webhook-deliveries/${deliveryId}`, { token: marketKey });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.status, 'delivered');
      assert.equal(res.body.attemptLog.length, 2);
      assert.equal(res.body.payload.data.item_id, s.itemId);
      const audit = await db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', deliveryId)
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['webhook.enqueued', 'webhook.delivered'],
      );
    });

    test('a replay sends the same event again, keeps the history and is audited', async () => {
      const replayed = await h.request('POST', `/v1/webhook-deliveries/${deliveryId}/replay`, {
        token: marketKey,
      });
      assert.equal(replayed.status, 200, replayed.text);
      assert.equal(replayed.body.status, 'pending');
      assert.equal(replayed.body.attempts, 0);
      const again = await h.request('POST', `/v1/webhook-deliveries/${deliveryId}/replay`, {
        token: marketKey,
      });
      assert.equal(again.status, 409);

      await deliverDueWebhooks(db, { masterKey, policy });
      assert.equal((await deliveryRow(deliveryId)).status, 'delivered');
      const attempts = await attemptRows(deliveryId);
      assert.deepEqual(
        attempts.map((a) => a.attempt_no),
        [1, 2, 3],
      );
      const received = receiver.to('/flaky');
      assert.equal(received.length, 3);
      assert.equal(received[2]?.body, received[0]?.body);
      assert.equal(received[2]?.headers['x-openipp-delivery'], deliveryId, 'a replay keeps the delivery id');
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'actor'])
        .where('entity_id', '=', deliveryId)
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['webhook.enqueued', 'webhook.delivered', 'webhook.replayed', 'webhook.delivered'],
      );
      assert.match(audit[2]?.actor ?? '', /^key:/);
      assert.equal((await verifyAuditChain(db)).ok, true);
    });

    test('only admins and the marketplace itself see or replay deliveries', async () => {
      const otherMarketplace = await insertMarketplace(db, { webhookUrl: `${receiver.base}/other` });
      const otherKey = await apiKeyFor(h, h.operatorOrgId, 'marketplace', otherMarketplace);
      assert.equal(
        (await h.request('GET', `/v1/marketplaces/${marketplaceId}/webhook-deliveries`, { token: otherKey }))
          .status,
        403,
      );
      assert.equal(
        (await h.request('GET', `/v1/webhook-deliveries/${deliveryId}`, { token: otherKey })).status,
        404,
      );
      assert.equal(
        (await h.request('POST', `/v1/webhook-deliveries/${deliveryId}/replay`, { token: otherKey })).status,
        404,
      );
      for (const token of [seller.token, brand.token]) {
        assert.equal(
          (await h.request('GET', `/v1/marketplaces/${marketplaceId}/webhook-deliveries`, { token })).status,
          403,
        );
        assert.equal((await h.request('GET', `/v1/webhook-deliveries/${deliveryId}`, { token })).status, 403);
        assert.equal(
          (await h.request('POST', `/v1/webhook-deliveries/${deliveryId}/replay`, { token })).status,
          403,
        );
      }
      const own = await h.request(
        'GET',
        `/v1/marketplaces/${marketplaceId}/webhook-deliveries?status=delivered`,
        { token: marketKey },
      );
      assert.equal(own.status, 200);
      assert.deepEqual(
        own.body.items.map((d: { id: string }) => d.id),
        [deliveryId],
      );
      const byAdmin = await h.request(
        'GET',
        `/v1/marketplaces/${marketplaceId}/webhook-deliveries?status=pending`,
        { token: h.adminToken },
      );
      assert.deepEqual(byAdmin.body.items, []);
      assert.equal(
        (await h.request('GET', `/v1/webhook-deliveries/${deliveryId}`, { token: h.adminToken })).status,
        200,
      );
      const bad = await h.request('GET', `/v1/marketplaces/${marketplaceId}/webhook-deliveries?status=lost`, {
        token: h.adminToken,
      });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.errors[0].pointer, '/querystring/status');
      assert.equal(
        (
          await h.request('GET', '/v1/webhook-deliveries/00000000-0000-4000-8000-000000000000', {
            token: h.adminToken,
          })
        ).status,
        404,
      );
    });

    test(`after ${MAX_ATTEMPTS} failed attempts the delivery fails; it can be replayed`, async () => {
      receiver.script(
        '/down',
        Array.from({ length: MAX_ATTEMPTS }, () => 503),
      );
      const s = await takedownScenario(
        db,
        { sellerOrgId: seller.orgId, brandOrgId: brand.orgId },
        { webhookUrl: `${receiver.base}/down` },
      );
      const { deliveryId: id } = await decideRemoval(db, s.itemId);
      assert.ok(id);
      let now = new Date();
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        await deliverDueWebhooks(db, { masterKey, policy, now });
        now = new Date((await deliveryRow(id)).next_attempt_at.getTime() + 1);
      }
      const row = await deliveryRow(id);
      assert.equal(row.status, 'failed');
      assert.equal((await attemptRows(id)).length, MAX_ATTEMPTS);
      assert.equal(receiver.to('/down').length, MAX_ATTEMPTS);
      const failedAudit = await db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', id)
        .where('action', '=', 'webhook.failed')
        .execute();
      assert.equal(failedAudit.length, 1);
      assert.equal(
        (await h.request('POST', `/v1/webhook-deliveries/${id}/replay`, { token: h.adminToken })).status,
        200,
      );
      await deliverDueWebhooks(db, { masterKey, policy });
      assert.equal((await deliveryRow(id)).status, 'delivered');
      assert.equal((await attemptRows(id)).at(-1)?.attempt_no, MAX_ATTEMPTS + 1);
    });

    test('a timeout is logged as a failed attempt; the retry uses the URL configured at that time', async () => {
      const s = await takedownScenario(
        db,
        { sellerOrgId: seller.orgId, brandOrgId: brand.orgId },
        { webhookUrl: `${receiver.base}/hang` },
      );
      const { deliveryId: id } = await decideRemoval(db, s.itemId);
      assert.ok(id);
      await deliverDueWebhooks(db, { masterKey, policy, timeoutMs: 150 });
      const first = await deliveryRow(id);
      assert.equal(first.status, 'pending');
      assert.equal(first.last_reason, 'timeout');
      assert.equal((await attemptRows(id))[0]?.response_status, null);

      await db
        .updateTable('marketplaces')
        .set({ webhook_url: `${receiver.base}/moved` })
        .where('id', '=', s.marketplaceId)
        .execute();
      await deliverDueWebhooks(db, { masterKey, policy, now: new Date(first.next_attempt_at.getTime() + 1) });
      assert.equal((await deliveryRow(id)).status, 'delivered');
      assert.equal(receiver.to('/moved').length, 1);
    });

    test('concurrent delivery rounds never send the same delivery twice', async () => {
      const mkt = await insertMarketplace(db, { webhookUrl: `${receiver.base}/burst` });
      const ids = await db.transaction().execute(async (trx) => {
        const out: string[] = [];
        for (let i = 0; i < 6; i++) {
          const [id] = await appendEvents(trx, [
            {
              type: 'listing.removed',
              subjectType: 'listing',
              subjectId: `L${i}`,
              marketplaceId: mkt,
              data: listingRemovedData(i),
            },
          ]);
          if (id) out.push(id);
        }
        return out;
      });
      assert.equal(ids.length, 6);
      await deliveryOfEvent(db, ids[0] as string);
      // Leftovers of earlier tests that are due sooner would take the rounds' slots: out of the way.
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date(Date.now() + 86_400_000) })
        .where('id', 'not in', ids)
        .where('status', '=', 'pending')
        .execute();
      await Promise.all([
        deliverDueWebhooks(db, { masterKey, policy, limit: 4 }),
        deliverDueWebhooks(db, { masterKey, policy, limit: 4 }),
        deliverDueWebhooks(db, { masterKey, policy, limit: 4 }),
      ]);
      const seen = receiver.to('/burst').map((r) => r.headers['x-openipp-delivery']);
      assert.equal(seen.length, 6);
      assert.deepEqual(new Set(seen), new Set(ids));
    });

    test('the worker delivers in the background and stops cleanly', async () => {
      const mkt = await insertMarketplace(db, { webhookUrl: `${receiver.base}/worker` });
      const [eventId] = await db.transaction().execute((trx) =>
        appendEvents(trx, [
          {
            type: 'listing.removed',
            subjectType: 'listing',
            subjectId: 'L-hello',
            marketplaceId: mkt,
            data: listingRemovedData(0),
          },
        ]),
      );
      const id = await deliveryOfEvent(db, eventId as string);
      assert.ok(id);
      const errors: unknown[] = [];
      const worker = startWebhookWorker({
        db,
        masterKey,
        policy,
        intervalMs: 20,
        log: { error: (obj) => errors.push(obj) },
      });
      const deadline = Date.now() + 5_000;
      while ((await deliveryRow(id)).status !== 'delivered' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      await worker.stop();
      assert.equal((await deliveryRow(id)).status, 'delivered');
      assert.deepEqual(errors, []);
    });
  });
}
