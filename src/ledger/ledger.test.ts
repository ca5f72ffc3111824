import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { sql } from 'kysely';
import { nodeArgsFor } from '../../test/support/cli.ts';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { newId } from '../shared/ids.ts';
import { balances, checkLedger, post } from './ledger.service.ts';
import {
  account,
  amountErrors,
  balancesOf,
  type Currency,
  formatAmount,
  type MovementInput,
  movementProblem,
  pairOf,
} from './ledger.ts';

test('amounts are positive integers of minor units in a listed currency; each error names its field', () => {
  assert.deepEqual(amountErrors('/x', 100, 'EUR'), []);
  const rules = (a: unknown, c: unknown) => amountErrors('/x', a, c).map((e) => `${e.pointer} ${e.rule}`);
  assert.deepEqual(rules(10.5, 'EUR'), ['/x/amount integer-minor-units']);
  assert.deepEqual(rules(-1, 'EUR'), ['/x/amount positive-amount']);
  assert.deepEqual(rules(0, 'XXX'), ['/x/amount positive-amount', '/x/currency known-currency']);
  assert.equal(formatAmount(12345, 'EUR'), '123.45 EUR');
  assert.equal(formatAmount(500, 'JPY'), '500 JPY');
  assert.equal(formatAmount(-1005, 'KWD'), '-1.005 KWD');
});

test('property: a pair sums to zero; a missing, extra or altered entry is found', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e12 }), fc.nat(3), (amount, fault) => {
      const m = { id: 'm', currency: 'EUR' as const, amount, from: 'a', to: 'b' };
      const entries = pairOf(m);
      assert.equal(entries[0].amount + entries[1].amount, 0);
      const stored = { ...m, kind: 'refund', entries };
      assert.equal(movementProblem(stored), null);
      const broken =
        fault === 0
          ? [entries[0]]
          : fault === 1
            ? [...entries, { ...entries[1], leg: 2 as const }]
            : fault === 2
              ? [entries[0], { ...entries[1], amount: amount + 1 }]
              : [entries[0], { ...entries[1], currency: 'USD' }];
      assert.notEqual(movementProblem({ ...stored, entries: broken }), null);
    }),
  );
});

const ACCOUNTS = ['platform:funding', 'platform:refund-fund', 'store:s1:deposit', 'store:s1:held', 'x:y'];

for (const driver of drivers()) {
  describe(`ledger (${driver})`, () => {
    let h: Harness;
    const db = () => h.platform.database.db;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('property: random movements keep every balance equal to the model and every currency at zero', async () => {
      const model = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              from: fc.constantFrom(...ACCOUNTS),
              to: fc.constantFrom(...ACCOUNTS),
              currency: fc.constantFrom<Currency>('EUR', 'JPY', 'KWD'),
              amount: fc.integer({ min: 1, max: 1_000_000_000 }),
            }),
            { minLength: 1, maxLength: 8 },
          ),
          async (ops) => {
            const movements: MovementInput[] = ops
              .filter((o) => o.from !== o.to)
              .map((o) => ({
                id: newId(),
                kind: 'fund_topup',
                currency: o.currency,
                amount: o.amount,
                from: o.from,
                to: o.to,
                marketplaceId: null,
                storeId: null,
                decisionId: null,
                reference: null,
                reverses: null,
                memo: 'property',
              }));
            await post(db(), movements, 'test');
            for (const [k, v] of balancesOf(movements.flatMap(pairOf))) model.set(k, (model.get(k) ?? 0) + v);
            const stored = await balances(db(), ACCOUNTS);
            for (const [k, v] of model) assert.equal(stored.get(k) ?? 0, v, k);
            const check = await checkLedger(db());
            assert.equal(check.ok, true, JSON.stringify(check.problems));
          },
        ),
        { numRuns: 25 },
      );
    });

    test('each movement has its audit entry, written by the same statement', async () => {
      const id = newId();
      await post(
        db(),
        [
          {
            id,
            kind: 'fund_topup',
            currency: 'USD',
            amount: 42,
            from: account.funding,
            to: account.refundFund,
            marketplaceId: null,
            storeId: null,
            decisionId: null,
            reference: null,
            reverses: null,
            memo: 'audited',
          },
        ],
        'test',
      );
      const { rows } = await sql<{ n: number }>`
        select (select count(*) from audit_pending where entity_id = ${id})
             + (select count(*) from audit_chain where entity_id = ${id}) as n`.execute(db());
      assert.equal(Number(rows[0]?.n), 1);
    });

    test('entries cannot be altered or deleted; a movement without its pair is named by the check', async () => {
      await assert.rejects(sql`update ledger_entries set amount = amount + 1`.execute(db()), /immutable/);
      await assert.rejects(sql`delete from ledger_entries`.execute(db()), /immutable/);
      const lone = newId();
      await sql`insert into ledger_movements (id, kind, currency, amount, from_account, to_account,
                  audit_entity, memo, created_at)
                values (${lone}, 'refund', 'EUR', 5, 'a', 'b', ${lone}, 'tampered', now())`.execute(db());
      await sql`insert into ledger_entries (movement_id, leg, account, currency, amount)
                values (${lone}, 1, 'a', 'EUR', -5)`.execute(db());
      const ghost = newId();
      await sql`insert into ledger_entries (movement_id, leg, account, currency, amount)
                values (${ghost}, 1, 'a', 'JPY', -7), (${ghost}, 2, 'b', 'JPY', 7)`.execute(db());
      const check = await checkLedger(db());
      assert.equal(check.ok, false);
      assert.ok(check.problems.some((p) => p.movementId === ghost && p.kind === 'orphan'));
      assert.ok(check.problems.some((p) => p.movementId === lone && /1 entries/.test(p.problem)));
      assert.ok(check.problems.some((p) => p.kind === 'currency' && /EUR sum to -5/.test(p.problem)));
      // The HTTP check: operator admins only.
      const res = await h.request('GET', '/v1/ledger/check', { token: h.adminToken });
      assert.equal(res.status, 200);
      assert.equal(res.body.ok, false);
      const reviewer = await userIn(h, 'brand', 'rights_holder');
      assert.equal((await h.request('GET', '/v1/ledger/check', { token: reviewer.token })).status, 403);
      const seller = await userIn(h, 'seller', 'seller');
      assert.equal((await h.request('GET', '/v1/ledger/check', { token: seller.token })).status, 403);
    });
  });
}

describe('a poster killed mid-run leaves no half pair', () => {
  test(
    'SIGKILL between writes: the check passes, every movement has its two entries',
    { skip: !process.env.TEST_DATABASE_URL && 'needs PostgreSQL (TEST_DATABASE_URL)' },
    async () => {
      const h = await createHarness('postgres');
      try {
        const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
          h.platform.database.db,
        );
        const url = new URL(process.env.TEST_DATABASE_URL ?? '');
        url.pathname = `/${rows[0]?.name}`;
        const script = fileURLToPath(new URL('./test-poster-process.ts', import.meta.url));
        const child = spawn(process.execPath, nodeArgsFor(script), {
          env: { ...process.env, DATABASE_URL: url.toString() },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let lines = 0;
        await new Promise<void>((resolve, reject) => {
          child.on('error', reject);
          child.stdout.on('data', (chunk: Buffer) => {
            lines += chunk.toString().split('\n').length - 1;
            // Killed while posting: at a random point after some statements committed.
            if (lines >= 40 + Math.floor(Math.random() * 20)) {
              child.kill('SIGKILL');
              resolve();
            }
          });
        });
        await new Promise((resolve) => child.on('exit', resolve));
        const check = await checkLedger(h.platform.database.db);
        assert.equal(check.ok, true, JSON.stringify(check.problems));
        assert.ok(check.movements >= 200, `${check.movements} movements`);
        const { rows: pairs } = await sql<{ bad: number }>`
          select count(*)::int as bad from ledger_movements m
           where (select count(*) from ledger_entries e where e.movement_id = m.id) <> 2`.execute(
          h.platform.database.db,
        );
        assert.equal(pairs[0]?.bad, 0);
      } finally {
        await h.close();
      }
    },
  );
});
