import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { apiKeyFor, createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { endlessBody, type Receiver, redirectTo, startReceiver } from '../../test/support/receiver.ts';
import { testConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { appendEvents } from '../events/index.ts';
import { type OutboundPolicy, outboundPolicy, parseAllowList, type Resolver } from '../net/index.ts';
import {
  decideRemoval,
  insertMarketplace,
  listingRemovedData,
  takedownScenario,
} from '../takedowns/test-fixtures.ts';
import '../takedowns/index.ts';
import { MAX_ATTEMPTS } from './webhook.ts';
import { deliverDueWebhooks } from './webhook.worker.ts';

/**
 * The webhook worker under the outbound policy: what it refuses to contact (whatever the URL says,
 * whatever DNS answers, wherever a redirect points) and what it keeps of an answer.
 */
const masterKey = testConfig().secretKey;

/** A resolver for names the system cannot resolve; counts its calls. */
function fakeDns(answers: Record<string, string[]>) {
  const calls: string[] = [];
  const resolve: Resolver = async (hostname) => {
    calls.push(hostname);
    const found = answers[hostname];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { resolve, calls };
}

for (const driver of drivers()) {
  describe(`webhook outbound policy (${driver})`, () => {
    let h: Harness;
    let db: Database;
    let receiver: Receiver;
    /** Another local server, deliberately not on the allow-list. */
    let internal: Receiver;
    /** The policy of this harness's configuration: the receiver's port on 127.0.0.1 is allowed. */
    let allowed: OutboundPolicy;
    const production = outboundPolicy(testConfig().outbound);
    let parties: { sellerOrgId: string; brandOrgId: string };

    before(async () => {
      receiver = await startReceiver();
      internal = await startReceiver();
      h = await createHarness(driver, {
        outbound: { allow: parseAllowList(`127.0.0.1:${receiver.port}`), allowHttp: false },
      });
      db = h.platform.database.db;
      allowed = outboundPolicy(h.config.outbound);
      const seller = await userIn(h, 'seller', 'seller');
      const brand = await userIn(h, 'brand', 'rights_holder');
      parties = { sellerOrgId: seller.orgId, brandOrgId: brand.orgId };
    });
    after(async () => {
      await receiver.close();
      await internal.close();
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
    const queue = async (webhookUrl: string) => {
      const marketplaceId = await insertMarketplace(db, { webhookUrl });
      const [id] = await db.transaction().execute((trx) =>
        appendEvents(trx, [
          {
            type: 'listing.removed',
            subjectType: 'listing',
            subjectId: 'L1',
            marketplaceId,
            data: listingRemovedData(1),
          },
        ]),
      );
      await h.platform.settle();
      assert.ok(id);
      await deliveryRow(id);
      return id;
    };
    /** Delivers due rows, but only this one: other tests' leftovers are pushed out of the way. */
    const deliverOnly = async (id: string, policy: OutboundPolicy, extra: { timeoutMs?: number } = {}) => {
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date(Date.now() + 86_400_000) })
        .where('id', '!=', id)
        .where('status', '=', 'pending')
        .execute();
      return deliverDueWebhooks(db, { masterKey, policy, ...extra });
    };

    test('without an allow-list a loopback endpoint is refused: nothing is sent, the attempt says blocked-address and is retried', async () => {
      const id = await queue(`${receiver.base}/no-allow-list`);
      assert.equal(await deliverOnly(id, production), 1);
      assert.equal(receiver.to('/no-allow-list').length, 0, 'no request left the platform');
      const [attempt] = await attemptRows(id);
      assert.equal(attempt?.response_status, null);
      assert.equal(attempt?.reason, 'blocked-address');
      const row = await deliveryRow(id);
      assert.equal(row.status, 'pending', 'retried with the normal backoff: the configuration may change');
      assert.equal(row.last_reason, 'blocked-address');
      assert.ok(row.next_attempt_at.getTime() >= Date.now() + 4_000);

      // The same delivery goes out once the operator allows the target.
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date() })
        .where('id', '=', id)
        .execute();
      await deliverOnly(id, allowed);
      assert.equal((await deliveryRow(id)).status, 'delivered');
      assert.equal(receiver.to('/no-allow-list').length, 1);
    });

    test('a host name that resolves to 127.0.0.1 at delivery time is refused; the checked address is the one connected to', async () => {
      const url = `http://hooks.example.test:${receiver.port}/by-name`;
      const dns = fakeDns({ 'hooks.example.test': ['127.0.0.1'] });
      const id = await queue(url);
      await deliverOnly(id, { ...production, resolve: dns.resolve });
      assert.deepEqual(dns.calls, ['hooks.example.test'], 'resolved at delivery time');
      assert.equal((await attemptRows(id))[0]?.reason, 'blocked-address');
      assert.equal(receiver.to('/by-name').length, 0);

      // One public and one private answer is still refused: every address must be allowed.
      const mixed = fakeDns({ 'hooks.example.test': ['93.184.216.34', '10.0.0.7'] });
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date() })
        .where('id', '=', id)
        .execute();
      await deliverOnly(id, { ...production, resolve: mixed.resolve });
      assert.equal((await attemptRows(id))[1]?.reason, 'blocked-address');

      // Allowed (the address is on the allow-list): the connection goes to the address that was
      // checked, with no second lookup; the system resolver cannot even resolve this name.
      const once = fakeDns({ 'hooks.example.test': ['127.0.0.1'] });
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date() })
        .where('id', '=', id)
        .execute();
      await deliverOnly(id, { ...allowed, resolve: once.resolve });
      assert.equal((await deliveryRow(id)).status, 'delivered', JSON.stringify(await attemptRows(id)));
      assert.deepEqual(once.calls, ['hooks.example.test']);
      const [received] = receiver.to('/by-name');
      assert.equal(received?.headers.host, `hooks.example.test:${receiver.port}`);
    });

    test('a redirect from the allowed endpoint to a private address is refused; a redirect to an allowed one is followed', async () => {
      receiver.handle('/to-metadata', redirectTo('http://169.254.169.254/latest/meta-data'));
      receiver.handle('/to-internal', redirectTo(`${internal.base}/admin`, 308));
      receiver.handle('/to-final', redirectTo('/final'));
      for (const path of ['/to-metadata', '/to-internal']) {
        const id = await queue(`${receiver.base}${path}`);
        await deliverOnly(id, allowed);
        assert.equal(receiver.to(path).length, 1);
        const [attempt] = await attemptRows(id);
        assert.equal(attempt?.reason, 'blocked-address', path);
        assert.equal(attempt?.response_status, null);
        assert.equal((await deliveryRow(id)).status, 'pending');
      }
      assert.equal(internal.requests.length, 0, 'the private target was never contacted');

      const id = await queue(`${receiver.base}/to-final`);
      await deliverOnly(id, allowed);
      assert.equal((await deliveryRow(id)).status, 'delivered');
      const [first] = receiver.to('/to-final');
      const [final] = receiver.to('/final');
      assert.equal(final?.method, 'POST');
      assert.equal(final?.body, first?.body, 'a 307 keeps the method and the signed body');
      assert.equal(final?.headers['x-openipp-delivery'], id);
    });

    test('no text of the answer is stored: a 500 whose body and status line carry secrets leaves a status and a standard reason', async () => {
      receiver.handle('/leaky', (_req, res) => {
        res.statusMessage = 'SECRET status line from 10.9.8.7';
        res.writeHead(500, { 'content-type': 'text/plain' }).end('SECRET root:x:0:0 from 10.9.8.7');
      });
      const s = await takedownScenario(db, parties, { webhookUrl: `${receiver.base}/leaky` });
      const { deliveryId: id } = await decideRemoval(db, s.itemId);
      assert.ok(id);
      await db
        .updateTable('webhook_deliveries')
        .set({ next_attempt_at: new Date(Date.now() + 86_400_000) })
        .where('id', '!=', id)
        .where('status', '=', 'pending')
        .execute();
      let now = new Date();
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        await deliverDueWebhooks(db, { masterKey, policy: allowed, now });
        now = new Date((await deliveryRow(id)).next_attempt_at.getTime() + 1);
      }
      const row = await deliveryRow(id);
      assert.equal(row.status, 'failed');
      const attempts = await attemptRows(id);
      const audit = await db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).execute();
      const marketKey = await apiKeyFor(h, h.operatorOrgId, 'marketplace', s.marketplaceId);
      const api = await h.request('GET', `/v1/webhook-deliveries/${id}`, { token: marketKey });
      assert.equal(api.status, 200, api.text);
      for (const [what, value] of [
        ['delivery row', row],
        ['attempt rows', attempts],
        ['audit entries', audit],
        ['API view', api.body],
      ] as const) {
        const text = JSON.stringify(value);
        assert.ok(
          !text.includes('SECRET'),
          `${what} holds no response text: …${text.slice(Math.max(0, text.indexOf('SECRET') - 60), text.indexOf('SECRET') + 60)}…`,
        );
        assert.ok(!text.includes('10.9.8.7'), `${what} holds no address from the answer`);
      }
      assert.equal(attempts.length, MAX_ATTEMPTS);
      assert.ok(attempts.every((a) => a.response_status === 500 && a.reason === 'Internal Server Error'));
      assert.equal(api.body.lastReason, 'Internal Server Error');
      assert.equal(api.body.attemptLog[0].reason, 'Internal Server Error');
    });

    test('limits hold: an endless body is not read to its end, a silent endpoint times out', async () => {
      receiver.handle('/endless', endlessBody(200));
      const id = await queue(`${receiver.base}/endless`);
      const started = Date.now();
      await deliverOnly(id, allowed, { timeoutMs: 3_000 });
      assert.ok(Date.now() - started < 1_500, `took ${Date.now() - started} ms`);
      assert.equal((await deliveryRow(id)).status, 'delivered');

      const silent = await queue(`${receiver.base}/hang`);
      await deliverOnly(silent, allowed, { timeoutMs: 150 });
      const [attempt] = await attemptRows(silent);
      assert.equal(attempt?.reason, 'timeout');
      assert.equal(attempt?.response_status, null);
      assert.equal((await deliveryRow(silent)).last_reason, 'timeout');
    });

    test('with the allow-list set in the configuration, the local endpoint can be registered through the API', async () => {
      const ok = await h.request('POST', '/v1/marketplaces', {
        token: h.adminToken,
        body: {
          code: `local-${Date.now()}`,
          name: 'Local',
          jurisdiction: 'US',
          webhookUrl: `${receiver.base}/x`,
        },
      });
      assert.equal(ok.status, 201, ok.text);
      const otherPort = await h.request('POST', '/v1/marketplaces', {
        token: h.adminToken,
        body: {
          code: `local2-${Date.now()}`,
          name: 'Local',
          jurisdiction: 'US',
          webhookUrl: `${internal.base}/x`,
        },
      });
      assert.equal(otherPort.status, 400, otherPort.text);
      assert.equal(otherPort.body.errors[0].rule, 'blocked-address');
    });
  });
}
