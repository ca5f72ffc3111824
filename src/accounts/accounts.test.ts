import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { newId } from '../shared/ids.ts';

for (const driver of drivers()) {
  describe(`accounts (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('login returns a session token; /v1/me describes the caller', async () => {
      const me = await h.request('GET', '/v1/me', { token: h.adminToken });
      assert.equal(me.status, 200);
      assert.deepEqual(me.body.roles, ['admin']);
      assert.equal(me.body.organisation.kind, 'operator');
    });

    test('a wrong password and a missing token are 401 problems', async () => {
      const bad = await h.request('POST', '/v1/auth/login', {
        body: { email: 'admin@operator.test', password: 'nope' },
      });
      assert.equal(bad.status, 401);
      assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
      const none = await h.request('GET', '/v1/me');
      assert.equal(none.status, 401);
      assert.equal(none.body.code, 'UNAUTHENTICATED');
    });

    test('unknown fields, wrong types and malformed JSON name the field', async () => {
      const unknown = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'brand', name: 'X', color: 'red' },
      });
      assert.equal(unknown.status, 400);
      assert.deepEqual(
        unknown.body.errors.map((e: { pointer: string }) => e.pointer),
        ['/color'],
      );
      const wrongType = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'brand', name: 7 },
      });
      assert.equal(wrongType.status, 400);
      assert.equal(wrongType.body.errors[0].pointer, '/name');
      const malformed = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        payload: '{"kind":',
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(malformed.status, 400);
      assert.equal(malformed.body.code, 'MALFORMED_BODY');
    });

    test('a blank organisation name is refused at the field, and nothing is created', async () => {
      const before = await h.request('GET', '/v1/organisations?limit=500', { token: h.adminToken });
      for (const name of ['   ', '\t\n', '\u00a0']) {
        const blank = await h.request('POST', '/v1/organisations', {
          token: h.adminToken,
          body: { kind: 'brand', name },
        });
        assert.equal(blank.status, 400, JSON.stringify(name));
        assert.deepEqual(
          blank.body.errors.map((e: { pointer: string; rule: string }) => [e.pointer, e.rule]),
          [['/name', 'pattern']],
        );
      }
      const after = await h.request('GET', '/v1/organisations?limit=500', { token: h.adminToken });
      assert.equal(after.body.items.length, before.body.items.length);
      const named = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'brand', name: ' Ω Brand ' },
      });
      assert.equal(named.status, 201);
    });

    test('only admins create organisations and API keys; others are refused', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const res = await h.request('POST', '/v1/organisations', {
        token: brand.token,
        body: { kind: 'brand', name: 'Mine' },
      });
      assert.equal(res.status, 403);
      const keys = await h.request('POST', `/v1/organisations/${brand.orgId}/api-keys`, {
        token: brand.token,
        body: { name: 'k', role: 'rights_holder' },
      });
      assert.equal(keys.status, 403);
    });

    test('an organisation names the roles its members and keys may have, by its kind', async () => {
      // the portal offers these: an authority's inspector, the operator's liaison, never a seller in a brand
      const byKind: Record<string, { memberRoles: string[]; keyRoles: string[] }> = {};
      for (const kind of ['brand', 'authority', 'seller', 'buyer'] as const) {
        const created = await h.request('POST', '/v1/organisations', {
          token: h.adminToken,
          body: { kind, name: `Roles of a ${kind}` },
        });
        assert.equal(created.status, 201, created.text);
        const read = await h.request('GET', `/v1/organisations/${created.body.id}`, { token: h.adminToken });
        byKind[kind] = { memberRoles: read.body.memberRoles, keyRoles: read.body.keyRoles };
      }
      assert.deepEqual(byKind.brand, { memberRoles: ['rights_holder'], keyRoles: ['rights_holder'] });
      assert.deepEqual(byKind.authority, { memberRoles: ['inspector'], keyRoles: ['inspector'] });
      assert.deepEqual(byKind.seller, { memberRoles: ['seller'], keyRoles: ['seller'] });
      assert.deepEqual(byKind.buyer, { memberRoles: ['buyer'], keyRoles: ['buyer'] });
      const me = await h.request('GET', '/v1/me', { token: h.adminToken });
      const operator = await h.request('GET', `/v1/organisations/${me.body.organisation.id}`, {
        token: h.adminToken,
      });
      assert.deepEqual(operator.body.memberRoles, ['admin', 'reviewer', 'enforcement_liaison']);
      assert.deepEqual(operator.body.keyRoles, ['admin', 'reviewer', 'marketplace', 'enforcement_liaison']);
    });

    test('an organisation is invisible to members of another organisation', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const b = await userIn(h, 'brand', 'rights_holder');
      assert.equal((await h.request('GET', `/v1/organisations/${a.orgId}`, { token: a.token })).status, 200);
      assert.equal((await h.request('GET', `/v1/organisations/${a.orgId}`, { token: b.token })).status, 404);
      assert.equal(
        (await h.request('GET', `/v1/organisations/${a.orgId}/members`, { token: b.token })).status,
        404,
      );
    });

    test('API keys are shown once, stored hashed, and stop working when revoked', async () => {
      const org = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'brand', name: 'Keyed' },
      });
      const created = await h.request('POST', `/v1/organisations/${org.body.id}/api-keys`, {
        token: h.adminToken,
        body: { name: 'ci', role: 'rights_holder' },
      });
      assert.equal(created.status, 201);
      const key: string = created.body.key;
      const stored = await h.platform.database.db
        .selectFrom('api_keys')
        .selectAll()
        .where('id', '=', created.body.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(stored.key_hash, key);
      assert.ok(!stored.key_hash.includes(key.slice(-20)));
      assert.equal((await h.request('GET', '/v1/me', { token: key })).status, 200);
      assert.equal(
        (await h.request('DELETE', `/v1/api-keys/${created.body.id}`, { token: h.adminToken })).status,
        200,
      );
      assert.equal((await h.request('GET', '/v1/me', { token: key })).status, 401);
    });

    test('q finds an organisation beyond the first 200 by part of its name; kind narrows to one kind', async () => {
      const start = Date.now() - 200;
      await h.platform.database.db
        .insertInto('organisations')
        .values(
          Array.from({ length: 200 }, (_, i) => ({
            id: newId(start + i),
            kind: 'seller' as const,
            name: `Filler seller ${i}`,
          })),
        )
        .execute();
      const late = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'seller', name: 'Quokka Trading Co.' },
      });
      assert.equal(late.status, 201);
      const page = await h.request('GET', '/v1/organisations?limit=200', { token: h.adminToken });
      assert.equal(page.body.items.length, 200);
      assert.ok(!page.body.items.some((o: { id: string }) => o.id === late.body.id), 'past the first page');
      const found = await h.request('GET', `/v1/organisations?q=${encodeURIComponent(' quokka TRADING ')}`, {
        token: h.adminToken,
      });
      assert.deepEqual(
        found.body.items.map((o: { id: string }) => o.id),
        [late.body.id],
      );
      const brandNamed = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'brand', name: 'Quokka Brand' },
      });
      const sellers = await h.request('GET', '/v1/organisations?q=quokka&kind=seller', {
        token: h.adminToken,
      });
      assert.deepEqual(
        sellers.body.items.map((o: { id: string }) => o.id),
        [late.body.id],
      );
      const both = await h.request('GET', '/v1/organisations?q=quokka', { token: h.adminToken });
      assert.deepEqual(
        both.body.items.map((o: { id: string }) => o.id),
        [late.body.id, brandNamed.body.id],
        'ordered by creation as without q',
      );
      const paged = await h.request('GET', '/v1/organisations?q=filler%20seller&limit=3&offset=197', {
        token: h.adminToken,
      });
      assert.deepEqual(
        paged.body.items.map((o: { name: string }) => o.name),
        ['Filler seller 197', 'Filler seller 198', 'Filler seller 199'],
      );
    });

    test('q on organisations matches %, _ and \\ literally; members find only their own', async () => {
      const names = [
        'Rate 50% off',
        'Rate 500 off',
        'under_score',
        'underXscore',
        'back\\slash',
        'backslash',
      ];
      for (const name of names)
        assert.equal(
          (
            await h.request('POST', '/v1/organisations', {
              token: h.adminToken,
              body: { kind: 'brand', name },
            })
          ).status,
          201,
        );
      const find = async (q: string, token = h.adminToken) =>
        (await h.request('GET', `/v1/organisations?q=${encodeURIComponent(q)}`, { token })).body.items
          .map((o: { name: string }) => o.name)
          .sort();
      assert.deepEqual(await find('50%'), ['Rate 50% off']);
      assert.deepEqual(await find('r_s'), ['under_score']);
      assert.deepEqual(await find('k\\s'), ['back\\slash']);
      const a = await userIn(h, 'brand', 'rights_holder', 'Wombat Goods');
      await userIn(h, 'brand', 'rights_holder', 'Wombat Rival');
      const mine = await h.request('GET', '/v1/organisations?q=wombat', { token: a.token });
      assert.equal(mine.status, 200);
      assert.deepEqual(
        mine.body.items.map((o: { id: string }) => o.id),
        [a.orgId],
        'a member lists its own organisation with q exactly as without',
      );
      assert.deepEqual(await find('rate', a.token), []);
      assert.deepEqual((await find('wombat')).length, 2);
      const long = await h.request('GET', `/v1/organisations?q=${'y'.repeat(201)}`, { token: a.token });
      assert.equal(long.status, 400);
      assert.equal(long.body.errors[0].pointer, '/querystring/q');
      const badKind = await h.request('GET', '/v1/organisations?kind=pirate', { token: h.adminToken });
      assert.equal(badKind.status, 400);
      assert.equal(badKind.body.errors[0].pointer, '/querystring/kind');
    });

    test('a brand finds agent firms by name to authorize one; other kinds and other callers stay private', async () => {
      const firm = await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'agent', name: 'Numbat Brand Protection LLP' },
      });
      assert.equal(firm.status, 201);
      await h.request('POST', '/v1/organisations', {
        token: h.adminToken,
        body: { kind: 'brand', name: 'Numbat Handbags' },
      });
      const brand = await userIn(h, 'brand', 'rights_holder');
      const agents = await h.request('GET', '/v1/organisations?kind=agent&q=numbat', { token: brand.token });
      assert.equal(agents.status, 200);
      assert.deepEqual(
        agents.body.items.map((o: { id: string; kind: string; name: string }) => [o.id, o.kind, o.name]),
        [[firm.body.id, 'agent', 'Numbat Brand Protection LLP']],
      );
      // Another kind, or no kind, is still the caller's own organisation only.
      const brands = await h.request('GET', '/v1/organisations?kind=brand&q=numbat', { token: brand.token });
      assert.deepEqual(brands.body.items, []);
      const any = await h.request('GET', '/v1/organisations?q=numbat', { token: brand.token });
      assert.deepEqual(any.body.items, []);
      // The directory is for brands: a seller or an agent firm sees only its own organisation.
      for (const kind of ['seller', 'agent'] as const) {
        const other = await userIn(h, kind, kind === 'seller' ? 'seller' : 'agent');
        const res = await h.request('GET', '/v1/organisations?kind=agent&q=numbat', { token: other.token });
        assert.equal(res.status, 200);
        assert.deepEqual(
          res.body.items.map((o: { id: string }) => o.id),
          [],
          `a ${kind} member does not browse agent firms`,
        );
      }
    });

    test('passwords are stored as scrypt hashes', async () => {
      const user = await h.platform.database.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'admin@operator.test')
        .executeTakeFirstOrThrow();
      assert.match(user.password_hash, /^scrypt\$/);
    });

    test('OpenAPI document is served', async () => {
      const res = await h.request('GET', '/openapi.json');
      assert.equal(res.status, 200);
      assert.equal(res.body.openapi, '3.1.0');
    });
  });
}
