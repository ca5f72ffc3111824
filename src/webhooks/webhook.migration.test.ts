import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { drivers, throwawayDatabase } from '../../test/support/harness.ts';
import { openDatabase } from '../db/database.ts';

const MIGRATIONS = fileURLToPath(new URL('../../migrations/', import.meta.url));
const REASON_MIGRATION = '0013_webhook_attempt_reason.sql';

/** The texts of the migration files in name order: those before `until`, or up to and including it. */
function migrationsBefore(until: string, inclusive: boolean): string[] {
  return readdirSync(MIGRATIONS)
    .filter((name) => name.endsWith('.sql') && (inclusive ? name <= until : name < until))
    .sort()
    .map((name) => readFileSync(`${MIGRATIONS}${name}`, 'utf8'));
}

for (const driver of drivers()) {
  describe(`migration ${REASON_MIGRATION} (${driver})`, () => {
    test('stored response text is dropped; the worker-written timeout and no-URL messages become categories', async () => {
      const { target, drop } = await throwawayDatabase(driver);
      const handle = await openDatabase(target);
      const db = handle.db;
      try {
        for (const body of migrationsBefore(REASON_MIGRATION, false)) await sql.raw(body).execute(db);
        const m = '00000000-0000-4000-8000-000000000001';
        await sql`insert into marketplaces (id, code, name, jurisdiction) values (${m}, 'm', 'M', 'US')`.execute(
          db,
        );
        const old: [id: string, error: string | null][] = [
          ['00000000-0000-4000-8000-0000000000a1', 'HTTP 500: SECRET root:x:0:0 from 10.9.8.7'],
          ['00000000-0000-4000-8000-0000000000a2', 'fetch failed: connect ECONNREFUSED 10.0.0.5:6379'],
          ['00000000-0000-4000-8000-0000000000a3', 'No response within 10000 ms'],
          ['00000000-0000-4000-8000-0000000000a4', 'The marketplace has no webhook URL configured'],
          ['00000000-0000-4000-8000-0000000000a5', null],
        ];
        for (const [id, error] of old) {
          await sql`insert into webhook_deliveries (id, marketplace_id, event_type, payload, last_error)
                    values (${id}, ${m}, 'listing.removed', '{}'::jsonb, ${error})`.execute(db);
          await sql`insert into webhook_attempts
                      (id, delivery_id, attempt_no, request_timestamp, signature, response_status, error, duration_ms)
                    values (${id}, ${id}, 1, 1700000000, 't=1,v1=00', null, ${error}, 5)`.execute(db);
        }

        await sql.raw(readFileSync(`${MIGRATIONS}${REASON_MIGRATION}`, 'utf8')).execute(db);

        const attempts = await sql<{ id: string; reason: string | null }>`
          select id, reason from webhook_attempts order by id`.execute(db);
        const deliveries = await sql<{ id: string; last_reason: string | null }>`
          select id, last_reason from webhook_deliveries order by id`.execute(db);
        const expected = [null, null, 'timeout', 'no-webhook-url', null];
        assert.deepEqual(
          attempts.rows.map((r) => r.reason),
          expected,
        );
        assert.deepEqual(
          deliveries.rows.map((r) => r.last_reason),
          expected,
        );
        await assert.rejects(
          sql`update webhook_attempts set reason = ${'x'.repeat(65)}`.execute(db),
          /webhook_attempts_reason_short/,
          'a long reason cannot be stored again',
        );
      } finally {
        await handle.close();
        await drop();
      }
    });
  });
}
