import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { listingBody, marketplace } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { ensureStores, setStoreStatus } from '../marketplaces/index.ts';
import { linkStores } from './linking.ts';
import type { IdentifierKind } from './trader.ts';
import { canonicalClusters, clustersFromScratch } from './union-find.ts';

function listingOf(store: string) {
  const { externalId: _, ...body } = listingBody({ store: { externalId: store, name: store } });
  return body;
}
const HOOK = 'https://marketplace.example/hook';
const IBAN = 'DE89 3704 0044 0532 0130 00';

for (const driver of drivers()) {
  describe(`traders: trader details, links and admission (${driver})`, () => {
    let h: Harness;
    let a: Awaited<ReturnType<typeof marketplace>>;
    let b: Awaited<ReturnType<typeof marketplace>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let reviewer: { token: string };
    before(async () => {
      h = await createHarness(driver);
      a = await marketplace(h, 'DE', HOOK);
      b = await marketplace(h, 'US', HOOK);
      seller = await userIn(h, 'seller', 'seller');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
    });
    after(async () => h.close());
    const db = () => h.platform.database.db;
    const putStore = (mkt: { id: string; key: string }, externalId: string, body: Record<string, unknown>) =>
      h.request('PUT', `/v1/marketplaces/${mkt.id}/stores/${externalId}`, { token: mkt.key, body });
    const links = (id: string, token: string) => h.request('GET', `/v1/stores/${id}/links`, { token });

    test('malformed identifiers are refused naming the field and rule; nothing is stored', async () => {
      const res = await putStore(a, 'bad-1', {
        name: 'Bad',
        trader: { email: 'x', phone: '0123', payoutAccount: 'DE89370400440532013001', legalName: '!!!' },
      });
      assert.equal(res.status, 400, res.text);
      assert.deepEqual(
        res.body.errors.map((e: { pointer: string; rule: string }) => `${e.pointer} ${e.rule}`).sort(),
        [
          '/trader/email email',
          '/trader/legalName not-empty',
          '/trader/payoutAccount iban-checksum',
          '/trader/phone e164',
        ],
      );
      const empty = await putStore(a, 'bad-1', { name: 'Bad', trader: { email: '' } });
      assert.equal(empty.status, 400);
      assert.equal(empty.body.errors[0].pointer, '/trader/email');
      const long = await putStore(a, 'bad-1', { name: 'Bad', trader: { phone: `+${'1'.repeat(60)}` } });
      assert.equal(long.status, 400);
      const batch = await h.request('POST', `/v1/marketplaces/${a.id}/stores/batch`, {
        token: a.key,
        body: {
          stores: [
            { externalId: 'ok-1', name: 'Fine', trader: { email: 'fine@shop.example' } },
            { externalId: 'bad-2', name: 'Bad', trader: { phone: 'twelve' } },
          ],
        },
      });
      assert.equal(batch.status, 400);
      assert.equal(batch.body.errors[0].pointer, '/stores/1/trader/phone');
      const stored = await db()
        .selectFrom('stores')
        .select('external_id')
        .where('external_id', 'in', ['bad-1', 'ok-1', 'bad-2'])
        .execute();
      assert.deepEqual(stored, [], 'all or nothing');
    });

    let s1: string;
    let s2: string;
    let s3: string;
    test('stores sharing a normalised identifier are linked transitively across marketplaces, with evidence; clear values are stored nowhere', async () => {
      const one = await putStore(a, 'dragon-a', {
        name: 'Dragon A',
        trader: {
          legalName: 'Golden Dragon Trading Co., Ltd.',
          phone: '+86 138 0013 8000',
          email: 'Sales+a@Dragon.example',
          payoutAccount: IBAN,
          registrationNumber: 'HRB 12345',
          address: '12 Main Street, Shenzhen',
          fingerprints: ['device-7f3a'],
        },
      });
      assert.equal(one.status, 200, one.text);
      assert.equal(one.body.status, 'active');
      s1 = one.body.id;
      const two = await putStore(b, 'dragon-b', {
        name: 'Dragon B',
        trader: { phone: '0086-138-0013-8000', email: 'other@tiger.example' },
      });
      s2 = two.body.id;
      const three = await putStore(b, 'tiger', {
        name: 'Tiger',
        trader: { email: 'OTHER@tiger.example', legalName: 'Tiger GmbH' },
      });
      s3 = three.body.id;
      const lonely = await putStore(a, 'lonely', { name: 'Lonely', trader: { email: 'me@lonely.example' } });

      const view = await links(s1, h.adminToken);
      assert.equal(view.status, 200, view.text);
      assert.equal(view.body.cluster.size, 3);
      assert.deepEqual(view.body.stores.map((s: { id: string }) => s.id).sort(), [s1, s2, s3].sort());
      assert.deepEqual(
        view.body.evidence.map((e: { kinds: string[]; storeIds: string[] }) => [e.kinds, e.storeIds]).sort(),
        [
          [['email'], [s2, s3].sort()],
          [['phone'], [s1, s2].sort()],
        ].sort(),
      );
      assert.equal((await links(lonely.body.id, h.adminToken)).body.cluster.size, 1);

      const clear = [
        'golden',
        'dragon.example',
        '8613800138000',
        '138 0013',
        'DE89370400440532013000',
        'de89',
        'HRB12345',
        'hrb 12345',
        'main st',
        'device-7f3a',
        'tiger.example',
      ];
      const { rows: tables } = await sql<{ table_name: string }>`
        select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(
        db(),
      );
      for (const { table_name } of tables) {
        const { rows } = await sql<{
          t: string;
        }>`select t::text as t from ${sql.table(table_name)} t`.execute(db());
        for (const row of rows) {
          // Hashes, MACs and keys (long hex runs) may contain "de89" by chance; they are not clear text.
          const text = row.t.toLowerCase().replace(/[0-9a-f]{32,}/g, '#');
          for (const value of clear)
            assert.ok(!text.includes(value.toLowerCase()), `${table_name} holds "${value}" in clear`);
        }
      }
    });

    test('an update that drops the shared identifier removes the link (the component is recomputed)', async () => {
      const res = await putStore(b, 'dragon-b', { name: 'Dragon B', trader: { phone: '+86 138 0013 8000' } });
      assert.equal(res.status, 200);
      assert.equal((await links(s1, h.adminToken)).body.cluster.size, 2);
      assert.equal((await links(s3, h.adminToken)).body.cluster.size, 1);
      await putStore(b, 'dragon-b', {
        name: 'Dragon B',
        trader: { phone: '+86 138 0013 8000', email: 'other@tiger.example' },
      });
      assert.equal((await links(s3, h.adminToken)).body.cluster.size, 3, 'and it comes back');
    });

    let held: string;
    let heldDecision: string;
    test('a store linked to a closed store is held (decision, store.held webhook) and lists nothing', async () => {
      await db()
        .transaction()
        .execute((trx) => setStoreStatus(trx, s3, 'closed', new Date()));
      const store = await putStore(a, 'newcomer', { name: 'Newcomer' });
      await h.request('PATCH', `/v1/stores/${store.body.id}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      const res = await putStore(a, 'newcomer', {
        name: 'Newcomer',
        trader: { payoutAccount: IBAN.toLowerCase() },
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.status, 'held');
      held = res.body.id;
      const again = await putStore(a, 'newcomer', { name: 'Newcomer', trader: { payoutAccount: IBAN } });
      assert.equal(again.body.status, 'held', 'sending the same details again changes nothing');
      const decisions = await db()
        .selectFrom('decisions')
        .selectAll()
        .where('subject_id', '=', held)
        .execute();
      assert.equal(decisions.length, 1, 'one decision, not one per update');
      const decision = decisions[0]!;
      heldDecision = decision.id;
      assert.equal(decision.kind, 'store_admission');
      assert.equal(decision.seller_org_id, seller.orgId);
      assert.equal(decision.statement.restriction.kind, 'account_refused');
      assert.match(decision.reason_text, new RegExp(`payout account with store ${s1}`));
      assert.match(decision.reason_text, new RegExp(`store ${s3} on .*which is closed`));
      const hooks = await db()
        .selectFrom('webhook_deliveries')
        .select(['payload', 'marketplace_id'])
        .where('event_type', '=', 'store.held')
        .execute();
      assert.equal(hooks.length, 1);
      assert.equal(hooks[0]!.marketplace_id, a.id);
      const data = (hooks[0]!.payload as { data: { store_id: string; shared_identifier_kinds: string[] } })
        .data;
      assert.equal(data.store_id, held);
      assert.deepEqual(data.shared_identifier_kinds, ['phone', 'email', 'payout_account']);

      const listing = await h.request('PUT', `/v1/marketplaces/${a.id}/listings/L-held`, {
        token: a.key,
        body: listingOf('newcomer'),
      });
      assert.equal(listing.status, 422, listing.text);
      assert.equal(listing.body.errors[0].rule, 'store-held');
    });

    test("the seller sees its links with the evidence, other sellers' stores only by id, marketplace and status", async () => {
      const res = await links(held, seller.token);
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.admission.decisionId, heldDecision);
      const own = res.body.stores.find((s: { id: string }) => s.id === held);
      assert.equal(own.disclosed, true);
      assert.equal(own.name, 'Newcomer');
      const other = res.body.stores.find((s: { id: string }) => s.id === s3);
      assert.deepEqual(Object.keys(other).sort(), [
        'disclosed',
        'id',
        'marketplaceId',
        'marketplaceName',
        'status',
      ]);
      assert.equal(other.status, 'closed');
      assert.ok(res.body.evidence.some((e: { storeIds: string[] }) => e.storeIds.includes(held)));
      // The marketplace key sees its own stores in full and the others' undisclosed.
      const mine = await links(held, a.key);
      assert.equal(mine.status, 200);
      assert.equal(mine.body.stores.find((s: { id: string }) => s.id === s1).disclosed, true);
      assert.equal(mine.body.stores.find((s: { id: string }) => s.id === s2).disclosed, false);
    });

    test('store links: other seller, other marketplace 404; other roles 403', async () => {
      const stranger = await userIn(h, 'seller', 'seller');
      assert.equal((await links(held, stranger.token)).status, 404);
      assert.equal((await links(held, b.key)).status, 404);
      const brand = await userIn(h, 'brand', 'rights_holder');
      assert.equal((await links(held, brand.token)).status, 403);
      assert.equal((await links('00000000-0000-7000-8000-000000000000', h.adminToken)).status, 404);
      const foreignPut = await h.request('PUT', `/v1/marketplaces/${a.id}/stores/x`, {
        token: b.key,
        body: { name: 'X', trader: { email: 'x@y.example' } },
      });
      assert.equal(foreignPut.status, 403);
      const sellerBatch = await h.request('POST', `/v1/marketplaces/${a.id}/stores/batch`, {
        token: seller.token,
        body: { stores: [{ externalId: 'x', name: 'X' }] },
      });
      assert.equal(sellerBatch.status, 403);
      assert.equal(
        (await h.request('GET', '/v1/policies/store-admission', { token: seller.token })).status,
        403,
      );
      const put = await h.request('PUT', '/v1/policies/store-admission', {
        token: reviewer.token,
        body: { default: 'refuse', marketplaces: {} },
      });
      assert.equal(put.status, 403);
    });

    test('the seller appeals; another reviewer reverses; the store is admitted (store.admitted) and lists', async () => {
      const filed = await h.request('POST', `/v1/decisions/${heldDecision}/appeals`, {
        token: seller.token,
        body: { grounds: 'That IBAN is my bank account; I have nothing to do with the closed store.' },
      });
      assert.equal(filed.status, 201, filed.text);
      const decided = await h.request('POST', `/v1/appeals/${filed.body.id}/decision`, {
        token: reviewer.token,
        body: {
          result: 'reversed',
          reasonText: 'The account belongs to a payment agent used by many stores.',
        },
      });
      assert.equal(decided.status, 200, decided.text);
      const store = await db()
        .selectFrom('stores')
        .select('status')
        .where('id', '=', held)
        .executeTakeFirstOrThrow();
      assert.equal(store.status, 'active');
      const hooks = await db()
        .selectFrom('webhook_deliveries')
        .select('payload')
        .where('event_type', '=', 'store.admitted')
        .execute();
      assert.equal(hooks.length, 1);
      assert.equal(
        (hooks[0]!.payload as { data: { appealed_decision_id: string } }).data.appealed_decision_id,
        heldDecision,
      );
      const listing = await h.request('PUT', `/v1/marketplaces/${a.id}/listings/L-admitted`, {
        token: a.key,
        body: listingOf('newcomer'),
      });
      assert.equal(listing.status, 201, listing.text);
      const resent = await putStore(a, 'newcomer', { name: 'Newcomer', trader: { payoutAccount: IBAN } });
      assert.equal(resent.body.status, 'active', 'an admitted store is not held again for the same link');
    });

    test('an upheld appeal keeps the store held', async () => {
      const created = await putStore(b, 'second', { name: 'Second' });
      await h.request('PATCH', `/v1/stores/${created.body.id}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      const res = await putStore(b, 'second', { name: 'Second', trader: { legalName: 'TIGER' } });
      assert.equal(res.body.status, 'held');
      const decision = await db()
        .selectFrom('decisions')
        .select('id')
        .where('subject_id', '=', res.body.id)
        .executeTakeFirstOrThrow();
      const filed = await h.request('POST', `/v1/decisions/${decision.id}/appeals`, {
        token: seller.token,
        body: { grounds: 'x' },
      });
      assert.equal(filed.status, 201, filed.text);
      const decided = await h.request('POST', `/v1/appeals/${filed.body.id}/decision`, {
        token: reviewer.token,
        body: { result: 'upheld', reasonText: 'Same legal name as the closed store.' },
      });
      assert.equal(decided.status, 200, decided.text);
      const store = await db()
        .selectFrom('stores')
        .select('status')
        .where('id', '=', res.body.id)
        .executeTakeFirstOrThrow();
      assert.equal(store.status, 'held');
    });

    test('policy refuse: 409 naming the linked store and the shared kinds; nothing stored', async () => {
      const put = await h.request('PUT', '/v1/policies/store-admission', {
        token: h.adminToken,
        body: { default: 'hold', marketplaces: { [b.id]: 'refuse' } },
      });
      assert.equal(put.status, 200, put.text);
      const res = await h.request('POST', `/v1/marketplaces/${b.id}/stores/batch`, {
        token: b.key,
        body: {
          stores: [
            { externalId: 'innocent', name: 'Innocent', trader: { email: 'innocent@shop.example' } },
            {
              externalId: 'comeback',
              name: 'Comeback',
              trader: { legalName: 'Tiger Ltd', phone: '+4915112345678' },
            },
          ],
        },
      });
      assert.equal(res.status, 409, res.text);
      assert.equal(res.body.errors[0].pointer, '/stores/1/trader');
      assert.equal(res.body.errors[0].rule, 'linked-to-barred-store');
      assert.match(res.body.errors[0].detail, new RegExp(`legal name with store ${s3}`));
      const stored = await db()
        .selectFrom('stores')
        .select('id')
        .where('external_id', 'in', ['innocent', 'comeback'])
        .execute();
      assert.deepEqual(stored, []);
      const elsewhere = await putStore(a, 'comeback', {
        name: 'Comeback',
        trader: { legalName: 'Tiger Ltd' },
      });
      assert.equal(elsewhere.body.status, 'held', 'marketplace a still holds');
    });

    test('property: incremental clusters equal a from-scratch computation over random update sequences', async () => {
      const mkt = await marketplace(h);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.array(
              fc.record({
                store: fc.integer({ min: 0, max: 7 }),
                ids: fc.uniqueArray(fc.integer({ min: 0, max: 9 }), { maxLength: 3 }),
              }),
              { minLength: 1, maxLength: 3 },
            ),
            { minLength: 1, maxLength: 6 },
          ),
          async (batches) => {
            run++;
            const final = new Map<string, string[]>();
            await db()
              .transaction()
              .execute(async (trx) => {
                const ids = await ensureStores(
                  trx,
                  mkt.id,
                  Array.from({ length: 8 }, (_, i) => ({ externalId: `p${run}-${i}`, name: `P${i}` })),
                );
                for (const batch of batches) {
                  const byStore = new Map(batch.map((u) => [ids.get(`p${run}-${u.store}`)!, u.ids]));
                  await linkStores(
                    trx,
                    [...byStore].map(([storeId, values]) => ({
                      storeId,
                      identifiers: values.map((v) => ({
                        kind: 'fingerprint' as IdentifierKind,
                        hash: createHash('sha256').update(`${run}:${v}`).digest('hex'),
                      })),
                    })),
                  );
                  for (const [storeId, values] of byStore) final.set(storeId, values.map(String));
                }
                const members = await trx
                  .selectFrom('store_cluster_members')
                  .select(['store_id', 'cluster_id'])
                  .where('store_id', 'in', [...final.keys()])
                  .execute();
                const grouped = new Map<string, string[]>();
                for (const m of members)
                  grouped.set(m.cluster_id, [...(grouped.get(m.cluster_id) ?? []), m.store_id]);
                assert.deepEqual(canonicalClusters([...grouped.values()]), clustersFromScratch(final));
                const sizes = await trx
                  .selectFrom('store_clusters')
                  .select(['id', 'size'])
                  .where('id', 'in', [...grouped.keys()])
                  .execute();
                for (const s of sizes)
                  assert.equal(s.size, grouped.get(s.id)!.length, 'cluster sizes match their members');
              });
          },
        ),
        { numRuns: driver === 'pglite' ? 25 : 40 },
      );
    });
  });
}
