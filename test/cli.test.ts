import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { cliEnv, runCli, startServer } from './support/cli.ts';

const TAMPERED_SEQ = 5;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-cli-'));
  dirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// The two storage back ends run side by side: each child process is mostly start-up latency.
describe('ipp CLI (real process)', { concurrency: true }, () => {
  describe('embedded PGlite (IPP_DATA_DIR)', { concurrency: false }, () => {
    const dataDir = tempDir();
    // What an outsider downloads while the server runs: the public key and the signed checkpoints.
    const outsiderDir = tempDir();
    let outsiderCheckpoint: { seq: number } | undefined;

    test('serve loads the demo, prints the address and credentials, answers, and stops on SIGTERM', async () => {
      // The fresh-directory check runs meanwhile: both pay PGlite's start-up cost, in parallel.
      const freshDir = tempDir();
      const freshVerify = runCli(['audit', 'verify'], cliEnv({ IPP_DATA_DIR: freshDir }));
      const server = await startServer(
        cliEnv({ IPP_DATA_DIR: dataDir, IPP_AUDIT_CHECKPOINT_SECONDS: '0.5' }),
      );
      try {
        const out = server.output();
        const admin = /(admin@openipp\.local)\s+password: (\S+)/.exec(out);
        assert.ok(admin, `the admin credential is printed:\n${out}`);
        const marketKey = /demo-us\s+US\s+\S+\s+key: (ippk_\S+)/.exec(out);
        assert.ok(marketKey, `the marketplace API keys are printed:\n${out}`);

        const health = await fetch(`${server.baseUrl}/healthz`);
        assert.equal(health.status, 200);
        assert.deepEqual(await health.json(), { status: 'ok' });
        // The listening line comes after the demo load: by then the server is ready and the demo scanned.
        const ready = await fetch(`${server.baseUrl}/readyz`);
        assert.equal(ready.status, 200);
        assert.match(out, /Detection scanned \d+ demo listings/);

        // Another command on the folder the server holds is refused, not answered from a stale copy.
        const beside = await runCli(['audit', 'verify'], cliEnv({ IPP_DATA_DIR: dataDir }));
        assert.equal(beside.code, 1, beside.stdout);
        assert.match(
          beside.stderr,
          /A running OpenIPP server \(pid \d+.*Use the server's API instead, or stop the server/,
        );
        assert.doesNotMatch(beside.stderr, /\n\s+at /, 'a refusal, not a stack trace');

        const login = await fetch(`${server.baseUrl}/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: admin[1], password: admin[2] }),
        });
        assert.equal(login.status, 200, await login.clone().text());
        const { token } = (await login.json()) as { token: string };
        const notices = await fetch(`${server.baseUrl}/v1/notices`, {
          headers: { authorization: `Bearer ${token}` },
        });
        assert.ok(
          ((await notices.json()) as { items: unknown[] }).items.length >= 2,
          'the demo files notices so the queue is not empty',
        );

        const listings = await fetch(`${server.baseUrl}/v1/listings?limit=100`, {
          headers: { authorization: `Bearer ${marketKey[1]}` },
        });
        assert.equal(listings.status, 200, 'the printed marketplace key works');

        const key = (await (await fetch(`${server.baseUrl}/v1/audit/public-key`)).json()) as {
          publicKeyPem: string;
        };
        writeFileSync(join(outsiderDir, 'audit.pem'), key.publicKeyPem);
        const deadline = Date.now() + 20_000;
        let items: { seq: number }[] = [];
        while (items.length === 0 && Date.now() < deadline) {
          await new Promise((done) => setTimeout(done, 200));
          const page = await fetch(`${server.baseUrl}/v1/audit/checkpoints?limit=1000`);
          items = ((await page.json()) as { items: { seq: number }[] }).items;
        }
        assert.ok(items.length > 0, 'the server signs a checkpoint once it has sealed the demo entries');
        outsiderCheckpoint = items.at(-1);
        writeFileSync(
          join(outsiderDir, 'checkpoints.ndjson'),
          items.map((item) => `${JSON.stringify(item)}\n`).join(''),
        );
      } finally {
        assert.equal(await server.stop(), 0, `clean exit on SIGTERM\n${server.stderr()}`);
      }
      assert.match(server.output(), /OpenIPP stopped/);

      // A folder without a database is refused (a mistyped IPP_DATA_DIR), not created empty and verified.
      const fresh = await freshVerify;
      assert.equal(fresh.code, 1, fresh.stdout);
      assert.match(fresh.stderr, /holds no OpenIPP database/);
      assert.equal(existsSync(join(freshDir, 'pglite')), false, 'nothing is created');
    });

    test('an outsider verifies with only the published key and their checkpoints, and sees a cut-off end', async () => {
      assert.ok(outsiderCheckpoint, 'the serve test fetched the checkpoints');
      // The outsider's copy of the database (a dump, a replica): no key file comes with it.
      const copyDir = tempDir();
      cpSync(join(dataDir, 'pglite'), join(copyDir, 'pglite'), { recursive: true });
      const args = [
        'audit',
        'verify',
        '--public-key',
        join(outsiderDir, 'audit.pem'),
        '--checkpoints',
        join(outsiderDir, 'checkpoints.ndjson'),
      ];
      const intact = await runCli(args, cliEnv({ IPP_DATA_DIR: copyDir }));
      assert.equal(intact.code, 0, intact.stderr);
      assert.ok((JSON.parse(intact.stdout) as { checkpoints: number }).checkpoints >= 1);
      assert.equal(existsSync(join(copyDir, 'secret.key')), false, 'no master key is created');
      assert.equal(existsSync(join(copyDir, 'audit-signing.key')), false, 'no signing key is created');

      const keep = outsiderCheckpoint.seq - 3;
      const handle = await openDatabase({ kind: 'pglite', dataDir: join(copyDir, 'pglite') });
      await handle.db.deleteFrom('audit_chain').where('seq', '>', keep).execute();
      await handle.db.deleteFrom('audit_checkpoints').execute();
      const last = await handle.db
        .selectFrom('audit_chain')
        .select('hash')
        .where('seq', '=', keep)
        .executeTakeFirstOrThrow();
      await handle.db.updateTable('audit_head').set({ seq: keep, hash: last.hash }).execute();
      await handle.close();
      const cut = await runCli(args, cliEnv({ IPP_DATA_DIR: copyDir }));
      assert.equal(cut.code, 1, cut.stdout);
      assert.match(
        cut.stderr,
        new RegExp(
          `the chain ends at seq ${keep} but the checkpoint signed at \\S+ covers up to seq \\d+: records ${keep + 1}\\.\\.\\d+ are missing`,
        ),
      );
    });

    test('audit verify exits 1 naming the tampered seq', async () => {
      // The chain written by the server is checked intact on PostgreSQL below; here only the break.
      // The server has stopped, so this process may open the same embedded database.
      const handle = await openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
      await handle.db
        .updateTable('audit_chain')
        .set({ actor: 'mallory' })
        .where('seq', '=', TAMPERED_SEQ)
        .execute();
      await handle.close();

      const broken = await runCli(['audit', 'verify'], cliEnv({ IPP_DATA_DIR: dataDir }));
      assert.equal(broken.code, 1);
      assert.equal(
        (JSON.parse(broken.stdout) as { firstBroken: { seq: number } }).firstBroken.seq,
        TAMPERED_SEQ,
      );
      assert.match(broken.stderr, new RegExp(`seq ${TAMPERED_SEQ}\\b`));
    });

    test('help and unknown commands', async () => {
      const [help, unknown] = await Promise.all([
        runCli(['help'], cliEnv({})),
        runCli(['frobnicate'], cliEnv({})),
      ]);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /audit verify/);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /unknown command "frobnicate"/);
    });
  });

  test(
    'on PostgreSQL (DATABASE_URL): demo, verify, tamper, verify',
    {
      skip: !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL is not set',
    },
    async () => {
      const baseUrl = process.env.TEST_DATABASE_URL!;
      const name = `ipp_cli_${randomUUID().replaceAll('-', '')}`;
      const admin = new pg.Client({ connectionString: baseUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(baseUrl);
      url.pathname = `/${name}`;
      const env = cliEnv({ IPP_DATA_DIR: tempDir(), DATABASE_URL: url.toString() });
      try {
        const demo = await runCli(['demo'], env);
        assert.equal(demo.code, 0, demo.stderr);
        assert.match(demo.stdout, /Demo data loaded/);
        const again = await runCli(['demo'], env);
        assert.equal(again.code, 0, again.stderr);
        assert.match(again.stdout, /Demo data present/, 'a second load adds nothing');
        const intact = await runCli(['audit', 'verify'], env);
        assert.equal(intact.code, 0, intact.stderr);
        assert.ok((JSON.parse(intact.stdout) as { checked: number }).checked > TAMPERED_SEQ);

        const client = new pg.Client({ connectionString: url.toString() });
        await client.connect();
        await client.query(`update audit_chain set data = '{"forged": true}' where seq = $1`, [TAMPERED_SEQ]);
        await client.end();

        const broken = await runCli(['audit', 'verify'], env);
        assert.equal(broken.code, 1);
        assert.match(broken.stderr, new RegExp(`seq ${TAMPERED_SEQ}\\b`));

        // Somebody with database access cuts the end off, rewinds the head and slips in an entry.
        const intactHead = (JSON.parse(intact.stdout) as { head: number }).head;
        const cutAt = intactHead - 2;
        const attacker = new pg.Client({ connectionString: url.toString() });
        await attacker.connect();
        await attacker.query('delete from audit_chain where seq > $1', [cutAt]);
        await attacker.query(
          'update audit_head set seq = $1, hash = (select hash from audit_chain where seq = $1) where id = 1',
          [cutAt],
        );
        await attacker.query(
          `insert into audit_pending (at, actor, action, entity_type, entity_id, data)
           values (now(), 'mallory', 'right.verified', 'right', 'r1', '{}')`,
        );
        await attacker.end();
        const cut = await runCli(['audit', 'verify'], env);
        assert.equal(cut.code, 1);
        assert.match(cut.stderr, new RegExp(`records ${cutAt + 1}\\.\\.${intactHead} are missing`));
        assert.match(cut.stderr, /forged pending entry #\d+ \(right\.verified on right r1, by "mallory"/);
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  );
});
