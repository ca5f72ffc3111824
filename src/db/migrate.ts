import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
/** Arbitrary constant: every OpenIPP process migrating one PostgreSQL database takes this lock. */
const MIGRATION_LOCK_ID = 7_314_159;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/** Applies the SQL files in `migrations/` in name order, each once, each in its own transaction. */
export async function migrate(db: Database, driver: 'pglite' | 'postgres'): Promise<MigrationResult> {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  await sql`create table if not exists schema_migrations (
    name text primary key, applied_at timestamptz not null default now())`.execute(db);
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const name of files) {
    const done = await db.transaction().execute(async (trx) => {
      if (driver === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_ID})`.execute(trx);
      const existing = await sql<{
        name: string;
      }>`select name from schema_migrations where name = ${name}`.execute(trx);
      if (existing.rows.length > 0) return false;
      const body = readFileSync(join(MIGRATIONS_DIR, name), 'utf8');
      await sql.raw(body).execute(trx);
      await sql`insert into schema_migrations (name) values (${name})`.execute(trx);
      return true;
    });
    if (done) applied.push(name);
    else alreadyApplied++;
  }
  return { applied, alreadyApplied };
}
