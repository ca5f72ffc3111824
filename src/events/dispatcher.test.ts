import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { createHarness, drivers, type Harness } from '../../test/support/harness.ts';
import type { Database } from '../db/database.ts';
import { newId } from '../shared/ids.ts';
import { EventDispatcher, type Subscriber } from './dispatcher.ts';
import { appendEvents } from './event.repository.ts';
import { type DomainEvent, defineEvent } from './event.ts';

const Pinged = defineEvent({
  type: 'test.pinged',
  subjectType: 'test',
  description: 'An event the dispatcher tests write',
  data: Type.Object({ n: Type.Integer(), kind: Type.String() }, { additionalProperties: false }),
});

/**
 * A subscriber that records what it handled in a table, in the dispatcher's transaction: a
 * duplicate delivery would break the primary key, a lost one would be missing from the table.
 */
function recorder(
  name: string,
  kind: string | null,
  options: { failUntil?: () => boolean } = {},
): Subscriber {
  return {
    name,
    accepts: (e: DomainEvent) => e.type === Pinged.type && (kind === null || e.data.kind === kind),
    async handle(trx: Database, events: readonly DomainEvent[]) {
      if (options.failUntil?.()) throw new Error(`${name} is failing`);
      const rows = events.map((e) => ({ id: e.id, seq: e.seq, n: e.data.n }));
      await sql`insert into dispatcher_test_seen (subscriber, event_id, seq, n)
                select ${name}, (r->>'id')::uuid, (r->>'seq')::bigint, (r->>'n')::int
                  from jsonb_array_elements(${JSON.stringify(rows)}::jsonb) r`.execute(trx);
    },
  };
}

for (const driver of drivers()) {
  describe(`event dispatcher (${driver})`, () => {
    let h: Harness;
    let db: Database;
    before(async () => {
      h = await createHarness(driver);
      db = h.platform.database.db;
      await sql`create table dispatcher_test_seen (
        subscriber text not null, event_id uuid not null, seq bigint not null, n integer not null,
        primary key (subscriber, event_id))`.execute(db);
    });
    after(() => h.close());

    const ping = (n: number, kind: string) => ({
      type: Pinged.type,
      subjectType: 'test',
      subjectId: newId(),
      data: { n, kind },
    });
    async function write(from: number, count: number, kind = (n: number) => (n % 2 ? 'odd' : 'even')) {
      for (let i = 0; i < count; i += 400) {
        const chunk = Array.from({ length: Math.min(400, count - i) }, (_, j) =>
          ping(from + i + j, kind(from + i + j)),
        );
        await db.transaction().execute((trx) => appendEvents(trx, chunk));
      }
    }
    /** What a subscriber handled, by number (events written in one transaction have no order among them). */
    async function seen(subscriber: string): Promise<number[]> {
      const { rows } = await sql<{ n: number; seq: string }>`
        select n, seq from dispatcher_test_seen where subscriber = ${subscriber} order by n`.execute(db);
      return rows.map((r) => Number(r.n));
    }
    const range = (from: number, to: number, step = 1) =>
      Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

    test('subscribers fed together each get every event they accept exactly once, in order', async () => {
      const dispatcher = new EventDispatcher(
        db,
        [recorder('all-1', null), recorder('odd-1', 'odd'), recorder('even-1', 'even')],
        {
          intervalMs: 60_000,
        },
      );
      // Rounds of a few events each (as requests commit), then a burst larger than one batch.
      for (let round = 0; round < 5; round++) {
        await write(round * 3, 3);
        await dispatcher.settle();
      }
      await write(15, 1_200);
      await dispatcher.settle();
      assert.deepEqual(await seen('all-1'), range(0, 1_214));
      assert.deepEqual(await seen('odd-1'), range(1, 1_213, 2));
      assert.deepEqual(await seen('even-1'), range(0, 1_214, 2));
      await dispatcher.stop();
    });

    test('a failing subscriber neither stops the others nor loses its events; it gets them when it recovers', async () => {
      let failing = true;
      let phase: 'old' | 'new' = 'old';
      const subscribers = [
        recorder('steady-2', null),
        recorder('flaky-2', null, { failUntil: () => failing && phase === 'new' }),
        recorder('other-2', 'odd'),
      ];
      const errors: unknown[] = [];
      const dispatcher = new EventDispatcher(db, subscribers, { intervalMs: 60_000 });
      await dispatcher.settle(); // first visits: each catches up with the events already written
      phase = 'new';
      await write(10_000, 10);
      await assert.rejects(dispatcher.settle(), /flaky-2 is failing/);
      await dispatcher.settle().catch((e) => errors.push(e));
      assert.deepEqual(
        await seen('steady-2'),
        await seen('all-1').then((all) => [...all, ...range(10_000, 10_009)]),
      );
      assert.deepEqual(
        (await seen('flaky-2')).filter((n) => n >= 10_000),
        [],
        'the failing rounds left nothing',
      );
      failing = false;
      await dispatcher.settle();
      assert.deepEqual(await seen('flaky-2'), await seen('steady-2'));
      assert.equal((await seen('other-2')).filter((n) => n >= 10_000).length, 5);
      assert.ok(errors.length <= 1);
      await dispatcher.stop();
    });

    test('a throttled subscriber is fed at once after a quiet spell, then waits out its window; settle ignores it', async () => {
      const until = async (what: () => Promise<boolean>) => {
        for (let i = 0; i < 600 && !(await what()); i++) await new Promise((r) => setTimeout(r, 50));
        assert.ok(await what(), 'in time');
      };
      const slow = { ...recorder('slow-6', null), throttleMs: 120_000 };
      const dispatcher = new EventDispatcher(db, [recorder('prompt-6', null), slow], { intervalMs: 60_000 });
      dispatcher.start();
      await write(20_000, 1);
      dispatcher.kick();
      // Never fed by this process: the first round feeds it (and its catch-up) at once.
      await until(async () => (await seen('slow-6')).includes(20_000));
      await write(20_001, 2);
      dispatcher.kick();
      await until(async () => (await seen('prompt-6')).includes(20_002));
      assert.deepEqual(
        (await seen('slow-6')).filter((n) => n > 20_000),
        [],
        'inside its window the throttled subscriber waits',
      );
      await dispatcher.settle();
      assert.deepEqual(
        (await seen('slow-6')).filter((n) => n >= 20_000),
        [20_000, 20_001, 20_002],
      );
      assert.deepEqual(await seen('slow-6'), await seen('prompt-6'));
      await dispatcher.stop();
    });

    test('a new subscriber far behind catches up without holding the others back from the head', async () => {
      const up = recorder('up-3', null);
      const dispatcher = new EventDispatcher(db, [up, recorder('up-3b', 'even')], { intervalMs: 60_000 });
      await dispatcher.settle();
      const before = (await seen('up-3')).length;
      // A subscriber deployed later starts at the beginning of a stream of more than two batches.
      const late = recorder('late-3', null);
      const both = new EventDispatcher(db, [up, recorder('up-3b', 'even'), late], { intervalMs: 60_000 });
      await write(20_000, 2);
      await both.settle();
      assert.equal((await seen('up-3')).length, before + 2);
      assert.deepEqual(await seen('late-3'), await seen('up-3'));
      await dispatcher.stop();
      await both.stop();
    });

    test('two dispatchers (two processes) on one database deliver each event once', async () => {
      const a = new EventDispatcher(db, [recorder('shared-4', null), recorder('shared-4b', 'odd')], {
        intervalMs: 60_000,
      });
      const b = new EventDispatcher(db, [recorder('shared-4', null), recorder('shared-4b', 'odd')], {
        intervalMs: 60_000,
      });
      await Promise.all([a.settle(), b.settle()]);
      const start = (await seen('shared-4')).length;
      for (let round = 0; round < 6; round++) {
        await write(30_000 + round * 50, 50);
        await Promise.all([a.settle(), b.settle()]);
      }
      const all = await seen('shared-4');
      assert.equal(all.length, start + 300);
      assert.deepEqual(all.slice(start), range(30_000, 30_299));
      assert.deepEqual(
        (await seen('shared-4b')).filter((n) => n >= 30_000),
        range(30_001, 30_299, 2),
      );
      await a.stop();
      await b.stop();
    });
  });
}
