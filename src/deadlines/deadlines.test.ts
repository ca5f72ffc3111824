import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { captureOutput } from '../../test/support/capture-output.ts';
import { nodeArgsFor } from '../../test/support/cli.ts';
import { listings, noticeBody, screenshot } from '../../test/support/fixtures.ts';
import { createHarness, type Harness } from '../../test/support/harness.ts';
import { verifyAuditChain } from '../audit/index.ts';
import { testConfig } from '../config/config.ts';
import {
  counterNoticeBody,
  listingState,
  parties,
  rightFor,
  sellerMarketplace,
} from '../counter-notices/test-scenario.ts';
import type { Database } from '../db/database.ts';
import { createPlatform } from '../platform.ts';
import { DEFAULT_PUTBACK_POLICY } from '../policies/putback.ts';
import { runTimelineCommand } from '../timeline/index.ts';
import { fireDueDeadlines, startDeadlineWorker } from './deadline.worker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** US trademark counter-notices get a rights-holder clock of 1.5 s: silence reinstates. */
const SHORT_CLOCK = {
  ...DEFAULT_PUTBACK_POLICY,
  terms: {
    ...DEFAULT_PUTBACK_POLICY.terms,
    US: {
      '*': {
        procedure: 'respond_or_restore',
        counterNoticeWindow: { unit: 'business_days', amount: 20 },
        responseWindow: { unit: 'minutes', amount: 0.025 },
        reviewWindow: { unit: 'business_days', amount: 3 },
      },
    },
  },
};

async function counterNotified(h: Harness, count: number) {
  const p = await parties(h);
  const mkt = await sellerMarketplace(h, p, 'US');
  const right = await rightFor(h, p, 'trademark');
  const policy = await h.request('PUT', '/v1/policies/putback', { token: h.adminToken, body: SHORT_CLOCK });
  assert.equal(policy.status, 200, policy.text);
  const listingIds = await listings(h, mkt, count);
  const filed = await h.request('POST', '/v1/notices', {
    token: p.brand.token,
    body: noticeBody(right.id, listingIds, await screenshot(h, p.brand.token)),
  });
  assert.equal(filed.status, 201, filed.text);
  const body = await counterNoticeBody(h, p);
  const itemIds: string[] = filed.body.items.map((i: { id: string }) => i.id);
  for (const itemId of itemIds) {
    const removed = await h.request('POST', `/v1/items/${itemId}/decision`, {
      token: p.reviewer.token,
      body: { decision: 'remove', reasonText: 'Counterfeit.' },
    });
    assert.equal(removed.status, 200, removed.text);
    const cn = await h.request('POST', `/v1/items/${itemId}/counter-notice`, { token: p.seller.token, body });
    assert.equal(cn.status, 201, cn.text);
  }
  return { itemIds, listingIds };
}

async function countOutcomes(db: Database, itemIds: string[]) {
  const outcomes = await db
    .selectFrom('outcomes')
    .select('item_id')
    .where('item_id', 'in', itemIds)
    .execute();
  const audit = await db
    .selectFrom('audit_log')
    .select('entity_id')
    .where('action', '=', 'outcome.reinstated')
    .where('entity_id', 'in', itemIds)
    .execute();
  const hooks = await db
    .selectFrom('webhook_deliveries')
    .select('payload')
    .where('event_type', '=', 'listing.reinstated')
    .execute();
  const hookItems = hooks
    .map((w) => (w.payload as { data: { item_id: string } }).data.item_id)
    .filter((id) => itemIds.includes(id));
  return { outcomes: outcomes.map((o) => o.item_id), audit: audit.map((a) => a.entity_id), hooks: hookItems };
}

describe('durable deadlines', () => {
  const dirs: string[] = [];
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('a deadline survives a restart inside its window and fires exactly once after it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ipp-deadlines-'));
    dirs.push(dataDir);
    // The layout `ipp serve` uses, so the timeline command below finds the same database.
    const database = { kind: 'pglite' as const, dataDir: join(dataDir, 'pglite') };
    const h = await createHarness('pglite', { database });
    const { itemIds, listingIds } = await counterNotified(h, 1);
    assert.equal(await fireDueDeadlines(h.platform.database.db), 0, 'not due yet');
    await h.close();
    await sleep(1_600);

    const reopened = await createPlatform(testConfig({ database }));
    try {
      const errors: unknown[] = [];
      const worker = startDeadlineWorker({
        db: reopened.database.db,
        intervalMs: 50,
        log: { error: (obj) => errors.push(obj) },
      });
      for (
        let i = 0;
        i < 100 && (await countOutcomes(reopened.database.db, itemIds)).outcomes.length === 0;
        i++
      )
        await sleep(50);
      await sleep(150);
      await worker.stop();
      assert.deepEqual(errors, []);
      assert.equal(await fireDueDeadlines(reopened.database.db), 0, 'nothing left to fire');
      const counts = await countOutcomes(reopened.database.db, itemIds);
      assert.deepEqual(counts, { outcomes: itemIds, audit: itemIds, hooks: itemIds });
      const db = reopened.database.db;
      assert.equal(
        (
          await db
            .selectFrom('listings')
            .select('state')
            .where('id', '=', listingIds[0]!)
            .executeTakeFirstOrThrow()
        ).state,
        'active',
      );
      assert.equal((await verifyAuditChain(db)).ok, true);
    } finally {
      await reopened.close();
    }

    const printed = await captureStdout(() => runTimelineCommand([itemIds[0]!, '--json']), {
      IPP_DATA_DIR: dataDir,
      IPP_SECRET_KEY: 'timeline-test-key',
    });
    assert.equal(printed.code, 0);
    const timeline = JSON.parse(printed.out);
    const kinds = timeline.events.map((e: { kind: string }) => e.kind);
    for (const kind of [
      'notice.filed',
      'decision.notice_removal',
      'counter_notice.filed',
      'deadline.fired',
      'decision.reinstatement',
    ])
      assert.ok(kinds.includes(kind), kind);
    const text = await captureStdout(() => runTimelineCommand([itemIds[0]!]), {
      IPP_DATA_DIR: dataDir,
      IPP_SECRET_KEY: 'timeline-test-key',
    });
    assert.match(text.out, /Listing reinstated: the rights holder did not/);
    assert.equal((await captureStdout(() => runTimelineCommand(['not-an-id']), {})).code, 2);
  });

  if (!process.env.TEST_DATABASE_URL && process.env.CI === 'true') {
    throw new Error('CI must set TEST_DATABASE_URL: the two-process deadline test needs PostgreSQL');
  }
  test(
    'two processes against one PostgreSQL database fire every deadline exactly once',
    { skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL is not set' },
    async () => {
      const h = await createHarness('postgres');
      try {
        const { itemIds, listingIds } = await counterNotified(h, 50);
        await sleep(1_600);
        const script = fileURLToPath(new URL('./test-worker-process.ts', import.meta.url));
        const databaseUrl = await databaseUrlOf(h);
        const run = () =>
          new Promise<{ fired: number }>((resolve, reject) => {
            const child = spawn(process.execPath, nodeArgsFor(script), {
              env: { ...process.env, DATABASE_URL: databaseUrl },
              stdio: ['ignore', 'pipe', 'inherit'],
            });
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString();
            });
            child.on('error', reject);
            child.on('exit', (code) =>
              code === 0
                ? resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}'))
                : reject(new Error(`worker process exited with ${code}`)),
            );
          });
        const results = await Promise.all([run(), run()]);
        assert.equal(
          results[0]!.fired + results[1]!.fired,
          50,
          `fired ${results.map((r) => r.fired).join(' + ')}`,
        );
        // The workers only fire deadlines; their events reach the webhook subscriber through a
        // dispatcher, here the harness's: let it finish before counting deliveries.
        await h.platform.settle();
        const counts = await countOutcomes(h.platform.database.db, itemIds);
        assert.deepEqual([...counts.outcomes].sort(), [...itemIds].sort());
        assert.deepEqual([...counts.audit].sort(), [...itemIds].sort());
        assert.deepEqual([...counts.hooks].sort(), [...itemIds].sort());
        for (const id of listingIds) assert.equal(await listingState(h, id), 'active');
        assert.equal((await verifyAuditChain(h.platform.database.db)).ok, true);
      } finally {
        await h.close();
      }
    },
  );
});

/** Runs a CLI command with extra environment, capturing what it writes to stdout. */
async function captureStdout(
  run: () => Promise<number>,
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  delete process.env.DATABASE_URL;
  try {
    const { result, text } = await captureOutput(run, { stderr: 'drop' });
    return { code: result, out: text };
  } finally {
    process.env = saved;
  }
}

/** The URL of the harness's throw-away database: the current database name on the base URL. */
async function databaseUrlOf(h: Harness): Promise<string> {
  const row = await sql<{ name: string }>`select current_database() as name`.execute(h.platform.database.db);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row.rows[0]!.name}`;
  return url.toString();
}
