import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { backendCpuTicks, cpuDelta, median } from '../bench/notices.bench.ts';
import { throwawayDatabase } from './support/harness.ts';

test('bench: CPU deltas count backends present at the end, and name those that ended', () => {
  const before = new Map([
    [1, 100],
    [2, 50],
  ]);
  const after = new Map([
    [1, 130],
    [3, 7],
  ]);
  assert.deepEqual(cpuDelta(before, after), { ticks: 37, ended: 1 });
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
});

test(
  "bench: PostgreSQL CPU is read for the bench database's backends only",
  { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL is not set' },
  async () => {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const { target, drop } = await throwawayDatabase('postgres');
    const url = (target as { url: string }).url;
    const mine = new pg.Client({ connectionString: url });
    const other = new pg.Client({ connectionString: adminUrl });
    await mine.connect();
    await other.connect();
    try {
      const minePid = (await mine.query('select pg_backend_pid() as pid')).rows[0].pid as number;
      const otherPid = (await other.query('select pg_backend_pid() as pid')).rows[0].pid as number;
      const ticks = await backendCpuTicks(adminUrl, new URL(url).pathname.slice(1));
      assert.ok(ticks.has(minePid), 'a backend of the bench database is counted');
      assert.ok(!ticks.has(otherPid), "another database's backend is not");
    } finally {
      await mine.end();
      await other.end();
      await drop();
    }
  },
);
