import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { drivers, throwawayDatabase } from '../../test/support/harness.ts';
import { openDatabase } from '../db/database.ts';
import { compileValueValidator } from '../http/validation.ts';
import '../takedowns/index.ts';
import { webhookEventSchema } from './webhook.routes.ts';

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

const SHAPES_MIGRATION = '0025_webhook_payload_shapes.sql';

for (const driver of drivers()) {
  describe(`migration ${SHAPES_MIGRATION} (${driver})`, () => {
    test('deliveries recorded before exact event schemas are brought to the schema the API serves', async () => {
      const { target, drop } = await throwawayDatabase(driver);
      const handle = await openDatabase(target);
      const db = handle.db;
      const id = (n: number) => `00000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`;
      try {
        for (const body of migrationsBefore(SHAPES_MIGRATION, false)) await sql.raw(body).execute(db);
        const m = id(1);
        await sql`insert into marketplaces (id, code, name, jurisdiction) values (${m}, 'm', 'M', 'US')`.execute(
          db,
        );
        const common = { marketplace_listing_id: 'X1', listing_id: id(2), store_external_id: 'S1' };
        const old: [type: string, data: Record<string, unknown>][] = [
          [
            'listing.removed',
            {
              ...common,
              listing_version: 2,
              notice_id: id(3),
              item_id: id(4),
              decision_id: id(5),
              statement_id: id(5),
              statement_path: `/v1/statements/${id(5)}`,
              reason: { code: 'counterfeit', text: 'Fake' },
            },
          ],
          [
            'listing.removed',
            {
              ...common,
              external_id: 'X1',
              source: 'proactive_detection',
              case_id: id(6),
              decision_id: id(7),
              statement_id: id(7),
              statement_path: `/v1/decisions/${id(7)}`,
              automated_decision: true,
              reason: { code: 'counterfeit_indicators', text: 'Scored 0.99' },
            },
          ],
          [
            'listing.reinstated',
            {
              ...common,
              listing_version: 3,
              notice_id: id(3),
              item_id: id(4),
              outcome_id: id(8),
              cause: 'no_response',
              reason: { text: 'No answer' },
            },
          ],
          [
            'listing.reinstated',
            {
              ...common,
              listing_version: 4,
              decision_id: id(9),
              appealed_decision_id: id(7),
              source: 'proactive_detection',
              outcome_id: id(9),
              cause: 'appeal',
              reason: { text: 'Genuine' },
            },
          ],
        ];
        for (const [i, [type, data]] of old.entries()) {
          const payload = { id: id(20 + i), type, occurred_at: '2026-01-02T03:04:05.000Z', data };
          await sql`insert into webhook_deliveries (id, marketplace_id, event_type, payload)
                    values (${id(20 + i)}, ${m}, ${type}, ${JSON.stringify(payload)}::jsonb)`.execute(db);
        }

        await sql.raw(readFileSync(`${MIGRATIONS}${SHAPES_MIGRATION}`, 'utf8')).execute(db);

        const check = compileValueValidator(webhookEventSchema());
        const rows = await sql<{ payload: { data: Record<string, unknown> } }>`
          select payload from webhook_deliveries order by id`.execute(db);
        for (const row of rows.rows) assert.deepEqual(check(row.payload), [], JSON.stringify(row.payload));
        const [notice, proactive, reinstated, reversed] = rows.rows.map((r) => r.payload.data);
        assert.equal(notice?.source, 'notice');
        assert.equal(notice?.listing_version, 2, 'values sent are kept');
        assert.equal(proactive?.source, 'proactive_detection');
        assert.equal(proactive?.statement_path, `/v1/statements/${id(7)}`);
        assert.equal(proactive?.external_id, undefined, 'the duplicate id is gone');
        assert.equal(reinstated?.decision_id, id(8), "an item outcome's id is its decision's");
        assert.equal(reversed?.appealed_decision_id, id(7));
        assert.equal(reversed?.source, 'proactive_detection');
      } finally {
        await handle.close();
        await drop();
      }
    });
  });
}
