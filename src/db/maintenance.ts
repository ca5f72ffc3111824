import { sql } from 'kysely';
import { startPollingLoop } from '../shared/polling.ts';
import type { Database } from './database.ts';

/**
 * What PostgreSQL's autovacuum does, for the embedded database, which has none (and for a
 * PostgreSQL server that runs with autovacuum off): PGlite runs one
 * backend and no background workers, so without this its tables would never be vacuumed (dead row
 * versions pile up in every table that is updated or deleted from: events, audit_pending, items)
 * nor analyzed. The second matters as much as the first. Without statistics the planner guesses,
 * and a cached generic plan made while a table was small stays for the life of the process: the
 * reviewer's removal (`update notice_items ... where id = $1 and state = 'pending'`) was planned
 * early on the small partial index of pending items instead of the primary key, and once a few
 * thousand items were pending every removal walked all of them (0.2 ms became 1.4 ms; see
 * bench/RESULTS.md). An ANALYZE both gives the planner the table's real shape and invalidates the
 * plans cached from before it.
 *
 * The thresholds are autovacuum's defaults (PostgreSQL 17): analyze after 50 + 10 % of a table's
 * rows changed, vacuum after 50 + 20 % died or 1000 + 20 % were inserted. Counters come from
 * `pg_stat_user_tables`, which the backend updates at most once a second.
 */
export interface MaintenanceDecision {
  table: string;
  vacuum: boolean;
  analyze: boolean;
}

interface TableActivity {
  relname: string;
  reltuples: number;
  n_dead_tup: number;
  n_mod_since_analyze: number;
  n_ins_since_vacuum: number;
  never_analyzed: boolean;
}

/** Pure: which tables need work, from their activity counters (reltuples -1: never counted). */
export function maintenanceDue(tables: readonly TableActivity[]): MaintenanceDecision[] {
  const due: MaintenanceDecision[] = [];
  for (const t of tables) {
    const rows = Math.max(0, t.reltuples);
    const analyze =
      t.n_mod_since_analyze > 50 + 0.1 * rows || (t.never_analyzed && t.n_mod_since_analyze > 0);
    const vacuum = t.n_dead_tup > 50 + 0.2 * rows || t.n_ins_since_vacuum > 1000 + 0.2 * rows;
    if (analyze || vacuum) due.push({ table: t.relname, vacuum, analyze });
  }
  return due;
}

async function tableActivity(db: Database): Promise<TableActivity[]> {
  const result = await sql<TableActivity>`
    select s.relname, c.reltuples::float8 as reltuples, s.n_dead_tup::int8 as n_dead_tup,
           s.n_mod_since_analyze::int8 as n_mod_since_analyze,
           s.n_ins_since_vacuum::int8 as n_ins_since_vacuum,
           (s.last_analyze is null and s.last_autoanalyze is null) as never_analyzed
      from pg_stat_user_tables s
      join pg_class c on c.oid = s.relid
     where s.schemaname = 'public'`.execute(db);
  return result.rows.map((r) => ({
    ...r,
    reltuples: Number(r.reltuples),
    n_dead_tup: Number(r.n_dead_tup),
    n_mod_since_analyze: Number(r.n_mod_since_analyze),
    n_ins_since_vacuum: Number(r.n_ins_since_vacuum),
  }));
}

/** One pass: vacuums and analyzes every table over its threshold; returns what it did. */
export async function maintainOnce(db: Database): Promise<MaintenanceDecision[]> {
  const due = maintenanceDue(await tableActivity(db));
  for (const d of due) {
    // Table names come from the catalogue, quoted as identifiers; VACUUM runs outside a transaction.
    const table = sql.id(d.table);
    if (d.vacuum) await sql`vacuum (analyze ${sql.raw(d.analyze ? 'true' : 'false')}) ${table}`.execute(db);
    else await sql`analyze ${table}`.execute(db);
  }
  return due;
}

/** Arbitrary constant: of the processes sharing one PostgreSQL database, one maintains it at a time. */
const MAINTENANCE_LOCK_ID = 7_314_160;

/**
 * Whether this database needs our maintenance: always for the embedded one, and for a PostgreSQL
 * server whose autovacuum is off (as on the machines the suite and the bench run on).
 */
export async function needsMaintenance(db: Database, driver: 'pglite' | 'postgres'): Promise<boolean> {
  if (driver === 'pglite') return true;
  const row = await sql<{ on: boolean }>`select current_setting('autovacuum') = 'on' as on`.execute(db);
  return !row.rows[0]?.on;
}

/**
 * The background loop. On PostgreSQL the pass runs on one session holding an advisory lock, so
 * that of several processes one vacuums at a time (two VACUUMs of a table would wait on each other).
 */
export function startMaintenance(
  db: Database,
  driver: 'pglite' | 'postgres',
  options: { intervalMs: number; onError?: (error: unknown) => void },
) {
  const pass =
    driver === 'pglite'
      ? () => maintainOnce(db)
      : () =>
          db.connection().execute(async (session) => {
            const lock = await sql<{
              got: boolean;
            }>`select pg_try_advisory_lock(${MAINTENANCE_LOCK_ID}) as got`.execute(session);
            if (!lock.rows[0]?.got) return [];
            try {
              return await maintainOnce(session);
            } finally {
              await sql`select pg_advisory_unlock(${MAINTENANCE_LOCK_ID})`.execute(session);
            }
          });
  return startPollingLoop(
    async () => {
      await pass();
      return false;
    },
    { intervalMs: options.intervalMs, ...(options.onError ? { onError: options.onError } : {}) },
  );
}
