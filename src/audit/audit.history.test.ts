import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { marketplace } from '../../test/support/fixtures.ts';
import { apiKeyFor, createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { addMember } from '../accounts/index.ts';
import { sealAllAudit } from './audit.repository.ts';

for (const driver of drivers()) {
  describe(`an entity's audit history through the API (${driver})`, () => {
    let h: Harness;
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    before(async () => {
      h = await createHarness(driver);
      mkt = await marketplace(h, 'DE');
      const renamed = await h.request('PATCH', `/v1/marketplaces/${mkt.id}`, {
        token: h.adminToken,
        body: { name: 'Renamed market' },
      });
      assert.equal(renamed.status, 200, renamed.text);
      await sealAllAudit(h.platform.database.db);
    });
    after(async () => h.close());

    const url = (query = '') => `/v1/audit/entities/marketplace/${mkt.id}${query}`;

    test('an operator admin reads the records about one entity, in chain order, in pages', async () => {
      const all = await h.request('GET', url(), { token: h.adminToken });
      assert.equal(all.status, 200, all.text);
      assert.equal(all.body.entityType, 'marketplace');
      assert.equal(all.body.entityId, mkt.id);
      const actions = all.body.items.map((r: { action: string }) => r.action);
      assert.deepEqual(actions.slice(0, 2), ['marketplace.created', 'marketplace.updated']);
      for (const record of all.body.items) {
        assert.equal(record.entityId, mkt.id);
        assert.match(record.hash, /^[0-9a-f]{64}$/);
      }
      assert.ok(all.body.items[0].seq < all.body.items[1].seq);
      assert.equal(all.body.items[0].data.jurisdiction, 'DE');
      assert.equal(all.body.nextAfter, null);
      assert.equal(all.body.pending, 0);

      const first = await h.request('GET', url('?limit=1'), { token: h.adminToken });
      assert.equal(first.body.items.length, 1);
      assert.equal(first.body.nextAfter, first.body.items[0].seq);
      const second = await h.request('GET', url(`?limit=1&after=${first.body.nextAfter}`), {
        token: h.adminToken,
      });
      assert.equal(second.body.items[0].action, 'marketplace.updated');

      const unknown = await h.request('GET', '/v1/audit/entities/marketplace/no-such-id', {
        token: h.adminToken,
      });
      assert.deepEqual(unknown.body.items, []);
      const badType = await h.request('GET', '/v1/audit/entities/Market%20Place/x', { token: h.adminToken });
      assert.equal(badType.status, 400);
      assert.equal(badType.body.errors[0].pointer, '/params/type');
      const badLimit = await h.request('GET', url('?limit=0'), { token: h.adminToken });
      assert.equal(badLimit.status, 400);
      assert.equal(badLimit.body.errors[0].pointer, '/querystring/limit');
    });

    test('every other role and organisation is refused', async () => {
      const reviewer = await userIn(h, 'operator', 'reviewer');
      const agent = await userIn(h, 'agent', 'agent');
      const rightsHolder = await userIn(h, 'brand', 'rights_holder');
      const seller = await userIn(h, 'seller', 'seller');
      const operatorKey = await apiKeyFor(h, h.operatorOrgId, 'reviewer');
      await addMember(h.platform.database.db, null, rightsHolder.orgId, {
        email: 'admin@operator.test',
        name: 'Admin',
        password: 'admin-password-1',
        role: 'rights_holder',
      });
      const refused: [string, string, Record<string, string>?][] = [
        ['an operator reviewer', reviewer.token],
        ["an operator reviewer's API key", operatorKey],
        ["an agent's member", agent.token],
        ["a brand's rights holder", rightsHolder.token],
        ['a seller', seller.token],
        ["the marketplace's own key", mkt.key],
        ['the operator admin acting for a brand', h.adminToken, { 'x-org-id': rightsHolder.orgId }],
      ];
      for (const [who, token, headers] of refused) {
        const res = await h.request('GET', url(), { token, ...(headers ? { headers } : {}) });
        assert.equal(res.status, 403, `${who}: ${res.text}`);
      }
      assert.equal((await h.request('GET', url())).status, 401);
    });

    test('OpenAPI documents the history and the chain verification', async () => {
      const doc = (await h.request('GET', '/openapi.json')).body;
      const history = doc.paths['/v1/audit/entities/{type}/{id}']?.get;
      assert.ok(history, 'history documented');
      assert.deepEqual(history.tags, ['audit']);
      const page = history.responses['200'].content['application/json'].schema;
      assert.equal(page.additionalProperties, false);
      assert.ok(page.properties.items.items.properties.hash);
      const verify = doc.paths['/v1/audit/verify']?.post;
      assert.ok(verify?.responses['200'], 'verification documented');
      assert.ok(verify.responses['403']);
    });
  });
}
