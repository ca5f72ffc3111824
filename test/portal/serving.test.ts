import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildPortal } from '../../web/scripts/build.ts';
import { createHarness, type Harness } from '../support/harness.ts';

/** The portal at `/`: SPA fallback for its routes only, strict CSP, CSRF on cookie-authenticated writes. */
describe('portal serving and cookie sessions', () => {
  let h: Harness;
  before(async () => {
    await buildPortal({ ifStale: true });
    h = await createHarness('pglite');
  });
  after(async () => h.close());

  test('portal routes get index.html with a strict script CSP and the CSRF cookie', async () => {
    for (const path of ['/', '/login', '/review/items/0f6c1d2e', '/admin/marketplaces']) {
      const res = await h.request('GET', path);
      assert.equal(res.status, 200, path);
      assert.match(String(res.headers['content-type']), /text\/html/);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(/script-src[^;]*/.exec(csp)?.[0] ?? '', /unsafe|data:|\*/);
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /object-src 'none'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.match(res.text, /<meta name="csp-nonce" content="[A-Za-z0-9+/=]{24}"/, 'a nonce for CSS-in-JS');
      assert.doesNotMatch(res.text, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
      assert.match(String(res.headers['set-cookie']), /ipp_csrf=[^;]+; Path=\/; SameSite=Strict/);
      assert.equal(res.headers['x-frame-options'], 'DENY');
    }
  });

  test('API paths never fall back to the portal', async () => {
    for (const path of ['/v1/nothing-here', '/v1', '/healthz/x', '/openapi.json/x', '/readyz/x']) {
      const res = await h.request('GET', path);
      assert.equal(res.status, 404, path);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/, path);
    }
    assert.equal((await h.request('GET', '/assets/missing-abc.js')).status, 404);
    assert.equal((await h.request('GET', '/../package.json')).status, 404);
  });

  test('hashed assets are served with a long cache and their media type', async () => {
    const index = await h.request('GET', '/');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.text)?.[1];
    assert.ok(script);
    const res = await h.request('GET', script);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /text\/javascript/);
    assert.match(String(res.headers['cache-control']), /immutable/);
  });

  test('cookie-authenticated writes need the X-CSRF-Token header; bearer clients do not', async () => {
    const login = await h.request('POST', '/v1/auth/login', {
      body: { email: 'admin@operator.test', password: 'admin-password-1' },
    });
    assert.equal(login.status, 200);
    const session = /ipp_session=([^;]+)/.exec(String(login.headers['set-cookie']))?.[1];
    assert.ok(session);
    assert.match(String(login.headers['set-cookie']), /HttpOnly/);
    assert.match(String(login.headers['set-cookie']), /SameSite=Strict/);
    const body = { kind: 'brand', name: 'CSRF Brand' };
    const cookie = `ipp_session=${session}; ipp_csrf=token-123`;
    const forged = await h.request('POST', '/v1/organisations', { body, headers: { cookie } });
    assert.equal(forged.status, 403);
    assert.match(forged.body.detail, /X-CSRF-Token/);
    const wrong = await h.request('POST', '/v1/organisations', {
      body,
      headers: { cookie, 'x-csrf-token': 'token-999' },
    });
    assert.equal(wrong.status, 403);
    const ok = await h.request('POST', '/v1/organisations', {
      body,
      headers: { cookie, 'x-csrf-token': 'token-123' },
    });
    assert.equal(ok.status, 201);
    // Reads with the cookie need no token; bearer writes need none.
    assert.equal((await h.request('GET', '/v1/me', { headers: { cookie } })).status, 200);
    const bearer = await h.request('POST', '/v1/organisations', {
      token: h.adminToken,
      body: { kind: 'brand', name: 'Bearer Brand' },
    });
    assert.equal(bearer.status, 201);
    // Logout is a cookie write too.
    assert.equal((await h.request('POST', '/v1/auth/logout', { headers: { cookie } })).status, 403);
    const out = await h.request('POST', '/v1/auth/logout', {
      headers: { cookie, 'x-csrf-token': 'token-123' },
    });
    assert.equal(out.status, 204);
    assert.equal((await h.request('GET', '/v1/me', { headers: { cookie } })).status, 401);
  });
});
