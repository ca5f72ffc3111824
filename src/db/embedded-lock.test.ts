import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openDatabase } from './database.ts';
import { acquireEmbeddedLock, EmbeddedDatabaseUnavailable, embeddedLockHolder } from './embedded-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'ipp-lock-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => join(root, `data-${++n}`);

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((done) => child.on('close', done));
  return child.pid!;
}

describe('embedded data folder lock', () => {
  test('a folder held by a live server is refused with a message that says so', () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'PG_VERSION'), '17\n');
    // The parent of this test process is alive and is not this process.
    writeFileSync(
      join(dir, 'openipp.lock'),
      JSON.stringify({ pid: process.ppid, command: 'ipp serve', since: '2026-01-01T00:00:00.000Z' }),
    );
    assert.equal(embeddedLockHolder(dir)?.pid, process.ppid);
    assert.throws(
      () => acquireEmbeddedLock(dir, { command: 'ipp audit verify', create: false }),
      (error: Error) =>
        error instanceof EmbeddedDatabaseUnavailable &&
        /running OpenIPP server \(pid \d+/.test(error.message) &&
        /Use the server's API instead, or stop the server first/.test(error.message),
    );
  });

  test('a lock left by a process that died is taken over, and released on close', async () => {
    const dir = folder();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'PG_VERSION'), '17\n');
    writeFileSync(join(dir, 'openipp.lock'), JSON.stringify({ pid: await deadPid(), command: 'ipp serve' }));
    assert.equal(embeddedLockHolder(dir), null);
    const release = acquireEmbeddedLock(dir, { command: 'ipp timeline', create: false });
    assert.equal(JSON.parse(readFileSync(join(dir, 'openipp.lock'), 'utf8')).pid, process.pid);
    release();
    assert.equal(existsSync(join(dir, 'openipp.lock')), false);
  });

  test('a folder without a database is refused unless the command creates one (serve, migrate)', async () => {
    const dir = folder();
    assert.throws(
      () => acquireEmbeddedLock(dir, { command: 'ipp audit verify', create: false }),
      /holds no OpenIPP database/,
    );
    assert.equal(existsSync(dir), false, 'nothing is created');
    await assert.rejects(
      openDatabase({ kind: 'pglite', dataDir: dir }, { holder: 'ipp timeline' }),
      /holds no/,
    );

    const handle = await openDatabase(
      { kind: 'pglite', dataDir: dir },
      { holder: 'ipp serve', create: true },
    );
    try {
      assert.equal(existsSync(join(dir, 'PG_VERSION')), true);
      assert.equal(JSON.parse(readFileSync(join(dir, 'openipp.lock'), 'utf8')).command, 'ipp serve');
    } finally {
      await handle.close();
    }
    assert.equal(existsSync(join(dir, 'openipp.lock')), false, 'the lock goes with the handle');
    const again = await openDatabase({ kind: 'pglite', dataDir: dir }, { holder: 'ipp timeline' });
    await again.close();
  });
});
