import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { drivers, throwawayDatabase } from '../../test/support/harness.ts';
import { openDatabase } from './database.ts';
import { maintainOnce, maintenanceDue, needsMaintenance } from './maintenance.ts';
import { migrate } from './migrate.ts';

const quiet = { n_dead_tup: 0, n_mod_since_analyze: 0, n_ins_since_vacuum: 0, never_analyzed: false };

describe('database maintenance thresholds (autovacuum defaults)', () => {
  test('a table is analyzed once 50 + 10 % of its rows changed, not before', () => {
    const table = { ...quiet, relname: 't', reltuples: 1000 };
    assert.deepEqual(maintenanceDue([{ ...table, n_mod_since_analyze: 150 }]), []);
    assert.deepEqual(maintenanceDue([{ ...table, n_mod_since_analyze: 151 }]), [
      { table: 't', vacuum: false, analyze: true },
    ]);
  });

  test('a table is vacuumed after 50 + 20 % dead rows or 1000 + 20 % inserted rows', () => {
    const table = { ...quiet, relname: 't', reltuples: 1000 };
    assert.deepEqual(maintenanceDue([{ ...table, n_dead_tup: 250 }]), []);
    assert.deepEqual(maintenanceDue([{ ...table, n_dead_tup: 251 }]), [
      { table: 't', vacuum: true, analyze: false },
    ]);
    assert.deepEqual(maintenanceDue([{ ...table, n_ins_since_vacuum: 1201 }]), [
      { table: 't', vacuum: true, analyze: false },
    ]);
  });

  test('a table never analyzed is analyzed at its first change; an idle one is left alone', () => {
    assert.deepEqual(
      maintenanceDue([
        { ...quiet, relname: 'new', reltuples: -1, never_analyzed: true, n_mod_since_analyze: 1 },
        { ...quiet, relname: 'idle', reltuples: -1, never_analyzed: true },
      ]),
      [{ table: 'new', vacuum: false, analyze: true }],
    );
  });
});

for (const driver of drivers()) {
  describe(`database maintenance on ${driver}`, () => {
    test('analyzes changed tables, after which the item update plans on the primary key', async () => {
      const { target, drop } = await throwawayDatabase(driver);
      const handle = await openDatabase(target);
      try {
        const db = handle.db;
        await migrate(db, handle.driver);
        // PGlite always needs it; the PostgreSQL of this suite runs with autovacuum off.
        if (driver === 'pglite') assert.equal(await needsMaintenance(db, driver), true);
        // Thousands of pending items: the shape in which a plan made without statistics walked the
        // partial index of pending items for every removal.
        await sql`insert into organisations (id, kind, name, created_at)
                  values ('00000000-0000-7000-8000-000000000001', 'brand', 'B', now())`.execute(db);
        await sql`insert into marketplaces (id, code, name, jurisdiction, created_at)
                  values ('00000000-0000-7000-8000-000000000002', 'm', 'M', 'US', now())`.execute(db);
        await sql`insert into stores (id, marketplace_id, external_id, name)
                  values ('00000000-0000-7000-8000-000000000003', '00000000-0000-7000-8000-000000000002', 's', 'S')`.execute(
          db,
        );
        await sql`insert into rights (id, org_id, type, name, owner_name, jurisdiction, status, created_at)
                  values ('00000000-0000-7000-8000-000000000004', '00000000-0000-7000-8000-000000000001',
                          'trademark', 'R', 'O', 'US', 'verified', now())`.execute(db);
        await sql`insert into listings (id, marketplace_id, external_id, store_id, url, title, created_at, updated_at)
                  select gen_random_uuid(), '00000000-0000-7000-8000-000000000002', 'l' || g,
                         '00000000-0000-7000-8000-000000000003', 'https://m.example/' || g, 'T ' || g, now(), now()
                    from generate_series(1, 3000) g`.execute(db);
        await sql`insert into notices (id, principal_org_id, filer_org_id, right_id, infringement_type, statements,
                                       contact, source, item_count, created_at)
                  values ('00000000-0000-7000-8000-000000000005', '00000000-0000-7000-8000-000000000001',
                          '00000000-0000-7000-8000-000000000001', '00000000-0000-7000-8000-000000000004',
                          'counterfeit', '{}', '{}', 'api', 3000, now())`.execute(db);
        await sql`insert into notice_items (id, notice_id, position, listing_id, right_id, evidence, sla_due_at,
                                            created_at, updated_at)
                  select gen_random_uuid(), '00000000-0000-7000-8000-000000000005', row_number() over (), l.id,
                         '00000000-0000-7000-8000-000000000004', '[]', now(), now(), now()
                    from listings l`.execute(db);
        // The statistics counters reach pg_stat_user_tables at most once a second.
        let done: Awaited<ReturnType<typeof maintainOnce>> = [];
        for (let i = 0; i < 30 && !done.some((d) => d.table === 'notice_items'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          await sql`select 1`.execute(db);
          done = [...done, ...(await maintainOnce(db))];
        }
        assert.ok(
          done.some((d) => d.table === 'notice_items' && d.analyze),
          `notice_items analyzed: ${JSON.stringify(done)}`,
        );
        const analyzed = await sql<{ analyzed: boolean }>`
          select (last_analyze is not null) as analyzed from pg_stat_user_tables where relname = 'notice_items'`.execute(
          db,
        );
        assert.equal(analyzed.rows[0]?.analyzed, true);
        const plan = await sql<{ 'QUERY PLAN': string }>`
          explain update notice_items set state = 'removed'
           where id = '00000000-0000-7000-8000-0000000000ff' and state = 'pending'`.execute(db);
        const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
        assert.match(text, /notice_items_pkey/, text);
        // Nothing left to do right after a pass.
        assert.deepEqual(
          (await maintainOnce(db)).filter((d) => d.table === 'notice_items'),
          [],
        );
      } finally {
        await handle.close();
        await drop();
      }
    });
  });
}
