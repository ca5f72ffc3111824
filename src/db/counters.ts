import { sql } from 'kysely';
import type { Database } from './database.ts';

/**
 * Adds rows to a counter table: `value` is added to the row of the same key, or inserted. `keys`
 * names the key columns with their SQL types, in primary-key order (constants written in code,
 * never input). All rows go in one statement, as one jsonb parameter, in key order so concurrent
 * writers lock rows in the same order. Rows should be summed per key first (sumByKey).
 */
export async function addToCounters(
  db: Database,
  table: string,
  keys: Readonly<Record<string, 'date' | 'uuid' | 'text' | 'smallint'>>,
  rows: readonly Record<string, string | number>[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(keys);
  if (![table, ...names].every((n) => /^[a-z_]+$/.test(n))) throw new Error(`bad counter table ${table}`);
  const list = names.join(', ');
  const casts = names.map((n) => `r.${n}::${keys[n]}`).join(', ');
  const record = names.map((n) => `${n} text`).join(', ');
  const order = names.map((_, i) => i + 1).join(', ');
  await sql`
    insert into ${sql.raw(table)} (${sql.raw(list)}, value)
    select ${sql.raw(casts)}, r.value
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${sql.raw(record)}, value bigint)
    order by ${sql.raw(order)}
    on conflict (${sql.raw(list)}) do update set value = ${sql.raw(table)}.value + excluded.value`.execute(
    db,
  );
}
