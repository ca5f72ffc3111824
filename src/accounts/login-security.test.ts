import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { login } from './accounts.service.ts';
import { DEFAULT_THROTTLE_POLICY, type ThrottleRow, throttleStep } from './login-throttle.ts';
import { principalCache } from './principal-cache.ts';

describe('login throttle (pure)', () => {
  test('the first attempts of a window never wait; waits double and never exceed the cap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 200 }),
        fc.constantFrom(DEFAULT_THROTTLE_POLICY.pair, DEFAULT_THROTTLE_POLICY.account),
        (gapsMs, rule) => {
          let row: ThrottleRow | null = null;
          let t = Date.parse('2026-12-01T00:00:00Z');
          let admitted = 0;
          for (const gap of gapsMs) {
            t += gap;
            const step = throttleStep(row, new Date(t), rule, DEFAULT_THROTTLE_POLICY.windowSeconds);
            assert.ok(step.waitSeconds <= rule.maxWaitSeconds);
            if (step.waitSeconds === 0) admitted++;
            if (admitted <= rule.threshold) assert.equal(step.waitSeconds, 0);
            row = step.row;
          }
        },
      ),
    );
  });

  test('a new window starts over', () => {
    const rule = DEFAULT_THROTTLE_POLICY.pair;
    let row: ThrottleRow | null = null;
    const t0 = Date.parse('2026-12-01T00:00:00Z');
    for (let i = 0; i < 10; i++) row = throttleStep(row, new Date(t0 + i * 100_000), rule, 900).row;
    const later = throttleStep(row, new Date(t0 + 10 * 100_000 + 900_000), rule, 900);
    assert.equal(later.waitSeconds, 0);
    assert.equal(later.row.attempts, 1);
  });
});

for (const driver of drivers()) {
  describe(`login and session security (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('200 wrong passwords from one address: a handful are checked, the rest get 429 with Retry-After', async () => {
      const victim = await userIn(h, 'brand', 'rights_holder');
      const attempts = await Promise.all(
        Array.from({ length: 200 }, () =>
          h.request('POST', '/v1/auth/login', {
            body: { email: victim.email, password: 'wrong-password' },
            remoteAddress: '203.0.113.7',
          }),
        ),
      );
      const checked = attempts.filter((r) => r.status === 401).length;
      const limited = attempts.filter((r) => r.status === 429);
      assert.equal(checked + limited.length, 200, 'only 401 and 429');
      // The threshold, plus one more each time a doubling wait ran out during the burst (1 s, 2 s, ...).
      assert.ok(checked <= DEFAULT_THROTTLE_POLICY.pair.threshold + 5, `${checked} passwords were checked`);
      assert.equal(limited[0]?.body.code, 'RATE_LIMITED');
      assert.match(String(limited[0]?.headers['retry-after']), /^\d+$/);
      assert.match(limited[0]?.body.detail, /try again in \d+ second/);
      const pair = await h.platform.database.db
        .selectFrom('login_throttle')
        .selectAll()
        .where('key', '=', `pair:203.0.113.7|${victim.email}`)
        .executeTakeFirstOrThrow();
      assert.ok(pair.attempts > DEFAULT_THROTTLE_POLICY.pair.threshold);
      assert.ok(pair.next_allowed_at, 'the guessing address must wait before its next attempt');
    });

    test('the attacker cannot lock the real user out for long: another address gets in within a minute', async () => {
      const victim = await userIn(h, 'brand', 'rights_holder');
      const db = h.platform.database.db;
      const t0 = new Date();
      for (let i = 0; i < 60; i++) {
        await login(db, victim.email, 'wrong', { address: `198.51.100.${i % 250}`, now: t0 }).catch(
          (e: { code: string }) => assert.ok(['UNAUTHENTICATED', 'RATE_LIMITED'].includes(e.code)),
        );
      }
      await assert.rejects(
        login(db, victim.email, 'password-123456', {
          address: '192.0.2.1',
          now: new Date(t0.getTime() + 500),
        }),
        (e: { code: string }) => e.code === 'RATE_LIMITED',
        'guessing from many addresses slows the account down',
      );
      const later = await login(db, victim.email, 'password-123456', {
        address: '192.0.2.1',
        now: new Date(t0.getTime() + 61_000),
      });
      assert.ok(later.token.startsWith('ipps_'));
    });

    test('/v1/me says when the session ends: the earlier of its hard expiry and the idle timeout', async () => {
      const user = await userIn(h, 'brand', 'rights_holder');
      const other = await userIn(h, 'brand', 'rights_holder');
      const me = await h.request('GET', '/v1/me', { token: user.token });
      assert.equal(me.status, 200, me.text);
      const session = me.body.session;
      assert.equal(session.idleTimeoutSeconds, 1800);
      const expires = Date.parse(session.expiresAt);
      assert.ok(Math.abs(expires - (Date.now() + 12 * 3600_000)) < 60_000, 'twelve hours after login');
      assert.equal(Date.parse(session.endsAt), Date.parse(session.lastSeenAt) + 1800_000);
      const db = h.platform.database.db;
      const seen = new Date(Date.now() - 10 * 60_000);
      await db
        .updateTable('sessions')
        .set({ last_seen_at: seen })
        .where('user_id', '=', user.userId)
        .execute();
      principalCache.evictWhere((p) => p.userId === user.userId);
      const later = await h.request('GET', '/v1/me', { token: user.token });
      // The request itself is activity: the idle clock restarts from it (recorded once a minute).
      assert.ok(Date.parse(later.body.session.lastSeenAt) > seen.getTime());
      const nearEnd = new Date(expires - 5 * 60_000);
      await db
        .updateTable('sessions')
        .set({ last_seen_at: nearEnd, expires_at: new Date(expires - 60_000) })
        .where('user_id', '=', user.userId)
        .execute();
      const capped = await h.request('GET', '/v1/me', { token: user.token });
      assert.equal(
        capped.body.session.endsAt,
        new Date(expires - 60_000).toISOString(),
        'the hard expiry caps it',
      );
      const theirs = await h.request('GET', '/v1/me', { token: other.token });
      assert.notEqual(
        theirs.body.session.endsAt,
        capped.body.session.endsAt,
        'each caller sees its own session',
      );
      const key = await h.request('POST', `/v1/organisations/${user.orgId}/api-keys`, {
        token: h.adminToken,
        body: { name: 'ci', role: 'rights_holder' },
      });
      assert.equal(key.status, 201, key.text);
      const asKey = await h.request('GET', '/v1/me', { token: key.body.key });
      assert.equal(asKey.body.kind, 'api_key');
      assert.equal(asKey.body.session, null);
    });

    test('sessions end after the idle timeout and are purged; the cookie is Secure over TLS', async () => {
      const user = await userIn(h, 'brand', 'rights_holder');
      assert.equal((await h.request('GET', '/v1/me', { token: user.token })).status, 200);
      const db = h.platform.database.db;
      await db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
        .where('user_id', '=', user.userId)
        .execute();
      principalCache.evictWhere((p) => p.userId === user.userId);
      const idle = await h.request('GET', '/v1/me', { token: user.token });
      assert.equal(idle.status, 401, 'idle for longer than 30 minutes');
      await db
        .insertInto('sessions')
        .values({
          id: '00000000-0000-7000-8000-000000000001',
          token_hash: 'expired-session',
          user_id: user.userId,
          expires_at: new Date(Date.now() - 1000),
        })
        .execute();
      const fresh = await h.request('POST', '/v1/auth/login', {
        body: { email: user.email, password: 'password-123456' },
        remoteAddress: '192.0.2.50',
      });
      assert.equal(fresh.status, 200, fresh.text);
      assert.equal(fresh.body.idleTimeoutSeconds, 1800);
      assert.doesNotMatch(String(fresh.headers['set-cookie']), /Secure/, 'plain HTTP: no Secure flag');
      const left = await db
        .selectFrom('sessions')
        .select('id')
        .where('token_hash', '=', 'expired-session')
        .execute();
      assert.equal(left.length, 0, 'expired sessions are purged');
    });

    test('API keys can carry an expiry and stop working after it', async () => {
      const org = await userIn(h, 'brand', 'rights_holder');
      const past = await h.request('POST', `/v1/organisations/${org.orgId}/api-keys`, {
        token: h.adminToken,
        body: { name: 'old', role: 'rights_holder', expiresAt: '2020-01-01T00:00:00Z' },
      });
      assert.equal(past.status, 400);
      assert.equal(past.body.errors[0].pointer, '/expiresAt');
      const soon = await h.request('POST', `/v1/organisations/${org.orgId}/api-keys`, {
        token: h.adminToken,
        body: {
          name: 'soon',
          role: 'rights_holder',
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      });
      assert.equal(soon.status, 201, soon.text);
      assert.ok(soon.body.expiresAt);
      assert.equal((await h.request('GET', '/v1/me', { token: soon.body.key })).status, 200);
      await h.platform.database.db
        .updateTable('api_keys')
        .set({ expires_at: new Date(Date.now() - 1000) })
        .where('id', '=', soon.body.id)
        .execute();
      principalCache.evictWhere((p) => p.keyId === soon.body.id);
      assert.equal((await h.request('GET', '/v1/me', { token: soon.body.key })).status, 401);
    });
  });
}

describe('the session cookie behind a TLS-terminating proxy', () => {
  let h: Harness;
  before(async () => {
    h = await createHarness('pglite', { trustProxy: true });
  });
  after(async () => h.close());

  test('is Secure when the proxy says the client used https', async () => {
    const user = await userIn(h, 'brand', 'rights_holder');
    const res = await h.request('POST', '/v1/auth/login', {
      body: { email: user.email, password: 'password-123456' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(res.status, 200, res.text);
    assert.match(String(res.headers['set-cookie']), /; Secure/);
    assert.match(String(res.headers['set-cookie']), /HttpOnly/);
    assert.match(String(res.headers['set-cookie']), /SameSite=Strict/);
  });
});
