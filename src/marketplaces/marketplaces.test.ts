import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { marketplace } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';

/** Targets a webhook must never be pointed at, with the rule the refusal names. */
const REFUSED: readonly [url: string, rule: string][] = [
  ['http://127.0.0.1/hook', 'blocked-address'],
  ['https://127.0.0.1:8443/hook', 'blocked-address'],
  ['http://[::1]/hook', 'blocked-address'],
  ['http://169.254.169.254/latest/meta-data', 'blocked-address'],
  ['http://2130706433/', 'blocked-address'],
  ['http://0x7f.1/', 'blocked-address'],
  ['https://0177.0.0.1/', 'blocked-address'],
  ['https://0/', 'blocked-address'],
  ['http://localhost./', 'blocked-address'],
  ['https://LOCALHOST/hook', 'blocked-address'],
  ['https://api.localhost/hook', 'blocked-address'],
  ['https://10.1.2.3/hook', 'blocked-address'],
  ['https://100.64.0.1/hook', 'blocked-address'],
  ['https://192.168.1.1/hook', 'blocked-address'],
  ['https://[fd00::1]/hook', 'blocked-address'],
  ['https://[fe80::1]/hook', 'blocked-address'],
  ['https://[::ffff:10.0.0.1]/hook', 'blocked-address'],
  ['https://[64:ff9b::a9fe:a9fe]/hook', 'blocked-address'],
  ['http://user:pw@host/', 'credentials-in-url'],
  ['https://user:pw@hooks.example.com/', 'credentials-in-url'],
  ['https://token@hooks.example.com/', 'credentials-in-url'],
  ['http://hooks.example.com/hook', 'https-required'],
  ['https://hooks.example.com:25/hook', 'port-not-allowed'],
];

for (const driver of drivers()) {
  describe(`marketplace webhook URLs (${driver})`, () => {
    let h: Harness;
    before(async () => {
      // The default configuration: no outbound allow-list, as in production.
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('registration refuses private, loopback and link-local targets in any notation, credentials, plain http and odd ports', async () => {
      const existing = await marketplace(h, 'US', 'https://hooks.example.com/ok');
      for (const [url, rule] of REFUSED) {
        const created = await h.request('POST', '/v1/marketplaces', {
          token: h.adminToken,
          body: {
            code: `m-${Math.random().toString(36).slice(2, 10)}`,
            name: 'x',
            jurisdiction: 'US',
            webhookUrl: url,
          },
        });
        assert.equal(created.status, 400, `${url}: ${created.text}`);
        assert.deepEqual(
          created.body.errors.map((e: { pointer: string; rule: string }) => [e.pointer, e.rule]),
          [['/webhookUrl', rule]],
          url,
        );
        const patched = await h.request('PATCH', `/v1/marketplaces/${existing.id}`, {
          token: h.adminToken,
          body: { webhookUrl: url },
        });
        assert.equal(patched.status, 400, `${url}: ${patched.text}`);
        assert.equal(patched.body.errors[0].pointer, '/webhookUrl');
        assert.equal(patched.body.errors[0].rule, rule);
      }
      const after = await h.request('GET', `/v1/marketplaces/${existing.id}`, { token: h.adminToken });
      assert.equal(after.body.webhookUrl, 'https://hooks.example.com/ok', 'nothing refused was stored');
      const codes = (await h.request('GET', '/v1/marketplaces', { token: h.adminToken })).body.items.map(
        (m: { code: string }) => m.code,
      );
      assert.ok(!codes.some((c: string) => c.startsWith('m-')), 'no refused marketplace was created');
    });

    test('a public https endpoint is accepted, and the URL can be removed', async () => {
      const m = await marketplace(h, 'EU');
      const set = await h.request('PATCH', `/v1/marketplaces/${m.id}`, {
        token: h.adminToken,
        body: { webhookUrl: 'https://hooks.example.com:8443/openipp?tenant=7' },
      });
      assert.equal(set.status, 200, set.text);
      assert.equal(set.body.webhookUrl, 'https://hooks.example.com:8443/openipp?tenant=7');
      const cleared = await h.request('PATCH', `/v1/marketplaces/${m.id}`, {
        token: h.adminToken,
        body: { webhookUrl: null },
      });
      assert.equal(cleared.status, 200, cleared.text);
      assert.equal(cleared.body.webhookUrl, null);
    });

    test('webhook URLs are shown only to operator admins and to the marketplace itself', async () => {
      const a = await marketplace(h, 'US', 'https://a.example.com/hook');
      const b = await marketplace(h, 'US', 'https://b.example.com/hook');
      const seller = await userIn(h, 'seller', 'seller');
      const brand = await userIn(h, 'brand', 'rights_holder');
      const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');

      const seen = async (token: string) => {
        const list = await h.request('GET', '/v1/marketplaces', { token });
        assert.equal(list.status, 200, list.text);
        const byId = new Map<string, Record<string, unknown>>(
          list.body.items.map((m: Record<string, unknown>) => [m.id, m]),
        );
        const one = await h.request('GET', `/v1/marketplaces/${a.id}`, { token });
        assert.equal(one.status, 200, one.text);
        return { listedA: byId.get(a.id), listedB: byId.get(b.id), gotA: one.body };
      };

      for (const [who, token] of [
        ['seller', seller.token],
        ['brand', brand.token],
        ['reviewer', reviewer.token],
        ['another marketplace', b.key],
      ] as const) {
        const { listedA, gotA } = await seen(token);
        assert.ok(listedA, who);
        assert.equal('webhookUrl' in listedA, false, `${who} sees no webhook URL in the list`);
        assert.equal('webhookUrl' in gotA, false, `${who} sees no webhook URL of one marketplace`);
        assert.equal(gotA.code, a.code, `${who} still sees the marketplace itself`);
      }

      const admin = await seen(h.adminToken);
      assert.equal(admin.listedA?.webhookUrl, 'https://a.example.com/hook');
      assert.equal(admin.listedB?.webhookUrl, 'https://b.example.com/hook');
      assert.equal(admin.gotA.webhookUrl, 'https://a.example.com/hook');

      const own = await seen(a.key);
      assert.equal(own.listedA?.webhookUrl, 'https://a.example.com/hook');
      assert.equal(own.gotA.webhookUrl, 'https://a.example.com/hook');
      assert.equal('webhookUrl' in (own.listedB ?? {}), false, "a marketplace does not see another's URL");
    });
  });
}
