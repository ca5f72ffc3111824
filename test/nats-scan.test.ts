import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { nodeArgsFor } from './support/cli.ts';
import { listingBody, marketplace, verifiedRight } from './support/fixtures.ts';
import { createHarness, type Harness, userIn } from './support/harness.ts';

/**
 * Proactive detection spread over scan-worker processes through NATS JetStream, against one
 * PostgreSQL database. Needs NATS_URL and TEST_DATABASE_URL; under CI their absence is a failure.
 */
const natsUrl = process.env.NATS_URL;
const pgUrl = process.env.TEST_DATABASE_URL;
const missing = !natsUrl || !pgUrl;
if (missing && process.env.CI === 'true')
  throw new Error('CI must set NATS_URL and TEST_DATABASE_URL for the NATS scan-worker test');

describe(
  'scan workers over NATS JetStream',
  { skip: missing ? 'NATS_URL and TEST_DATABASE_URL are not set' : false },
  () => {
    let h: Harness;
    const stream = `IPP_SCAN_TEST_${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`;
    const workers: { child: ChildProcess; scanned: number; ready: Promise<void> }[] = [];

    before(async () => {
      h = await createHarness('postgres', { scanBus: { kind: 'nats', url: natsUrl!, stream } });
      const dbUrl = h.config.database.kind === 'postgres' ? h.config.database.url : '';
      for (let i = 0; i < 2; i++) {
        const child = spawn(process.execPath, [...nodeArgsFor('src/cli.ts'), 'scan-worker'], {
          env: {
            ...process.env,
            DATABASE_URL: dbUrl,
            NATS_URL: natsUrl,
            IPP_SCAN_STREAM: stream,
            IPP_DATA_DIR: mkdtempSync(join(tmpdir(), 'ipp-worker-')),
            IPP_SECRET_KEY: 'test-secret-key-0123456789abcdef',
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        const worker = { child, scanned: 0, ready: Promise.resolve() };
        worker.ready = new Promise<void>((resolve, reject) => {
          child.once('exit', (code) => reject(new Error(`scan worker exited early with ${code}`)));
          createInterface({ input: child.stdout! }).on('line', (line) => {
            const event = JSON.parse(line) as { event: string; total?: number };
            if (event.event === 'scan_worker_ready') resolve();
            if (event.event === 'scanned') worker.scanned = event.total ?? worker.scanned;
          });
        });
        workers.push(worker);
      }
      await Promise.all(workers.map((w) => w.ready));
    });

    after(async () => {
      for (const w of workers) w.child.kill('SIGTERM');
      await Promise.all(
        workers.map(
          (w) =>
            new Promise((resolve) =>
              w.child.exitCode !== null ? resolve(null) : w.child.once('exit', resolve),
            ),
        ),
      );
      await h?.close();
      // Each run uses its own stream; remove it so the shared NATS server does not accumulate them.
      const nc = await connect({ servers: natsUrl! });
      await (await jetstreamManager(nc)).streams.delete(stream).catch(() => false);
      await nc.close();
    });

    test('listings registered through the API are scanned once each, by both workers', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      await verifiedRight(h, brand.token, { name: 'Acmeluxe' });
      await h.request('PUT', '/v1/brand-knowledge', {
        token: brand.token,
        body: {
          version: '1',
          brands: [{ id: 'acmeluxe', name: 'Acmeluxe', manufacturingCountries: ['IT'] }],
        },
      });
      const mkt = await marketplace(h, 'US');
      const total = 1000;
      for (let batch = 0; batch < 10; batch++) {
        const listings = Array.from({ length: total / 10 }, (_, i) =>
          listingBody({
            title: i % 4 === 0 ? 'Acmeluxe bag 1:1 replica super clone' : `Plain tote ${batch}-${i}`,
          }),
        );
        const res = await h.request('POST', `/v1/marketplaces/${mkt.id}/listings/batch`, {
          token: mkt.key,
          body: { listings },
        });
        assert.equal(res.status, 200, res.text);
      }
      const db = h.platform.database.db;
      const deadline = Date.now() + 60_000;
      let verdicts = 0;
      while (Date.now() < deadline) {
        verdicts = Number(
          (
            await db
              .selectFrom('listing_verdicts')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
        if (verdicts >= total) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(verdicts, total, 'every listing got a verdict');
      // Each worker reports a batch after storing it; give the last report lines time to arrive.
      const reported = () => workers.reduce((sum, w) => sum + w.scanned, 0);
      for (const until = Date.now() + 10_000; reported() < total && Date.now() < until; )
        await new Promise((r) => setTimeout(r, 100));
      const counts = workers.map((w) => w.scanned);
      assert.equal(
        counts[0]! + counts[1]!,
        total,
        `each listing scanned exactly once (workers: ${counts.join(', ')})`,
      );
      assert.ok(
        counts.every((n) => n > 0),
        `the work was spread over both workers (${counts.join(', ')})`,
      );
      const removed = await db
        .selectFrom('proactive_cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', 'removed')
        .executeTakeFirstOrThrow();
      assert.equal(Number(removed.n), total / 4, 'the replica listings were removed proactively, once each');
    });
  },
);
