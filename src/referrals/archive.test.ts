import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { captureOutput } from '../../test/support/capture-output.ts';
import { buildArchive, readTar, referralSigningKey, verifyArchive, writeTar } from './archive.ts';
import { isSerious, measure, statusMayMove } from './referral.ts';

test('a tar written here reads back byte for byte, whatever the paths and contents', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(
        fc.record({
          path: fc.stringMatching(/^[a-z0-9_-]{1,40}(\/[a-z0-9_.-]{1,60}){0,3}$/),
          content: fc.uint8Array({ maxLength: 2000 }),
        }),
        { selector: (f) => f.path, maxLength: 8 },
      ),
      (files) => {
        const input = files.map((f) => ({ path: f.path, content: Buffer.from(f.content) }));
        const back = readTar(writeTar(input, new Date('2026-12-01T00:00:00Z')));
        assert.deepEqual(
          back.map((f) => [f.path, f.content.toString('hex')]),
          input.map((f) => [f.path, f.content.toString('hex')]),
        );
      },
    ),
    { numRuns: 50 },
  );
});

test('the bundle verifies offline under the platform key; an added, removed or altered file or another key does not', () => {
  const key = referralSigningKey(Buffer.alloc(32, 7));
  assert.equal(
    referralSigningKey(Buffer.alloc(32, 7)).export({ type: 'pkcs8', format: 'pem' }).toString(),
    key.export({ type: 'pkcs8', format: 'pem' }).toString(),
    'the same master key gives the same signing key',
  );
  const publicKey = createPublicKey(key);
  const files = [
    { path: 'case.json', content: Buffer.from('{"id":"r1"}\n') },
    { path: 'documents/abc', content: Buffer.from('report bytes') },
  ];
  const { archive } = buildArchive({ referralId: 'r1', files, privateKey: key, now: new Date() });
  assert.deepEqual(verifyArchive(archive, publicKey), { ok: true, referralId: 'r1', files: 2, problems: [] });
  const entries = readTar(archive);
  const rebuilt = (change: (fs: typeof entries) => typeof entries) => writeTar(change(entries), new Date());
  assert.match(
    verifyArchive(
      rebuilt((fs) => fs.filter((f) => f.path !== 'documents/abc')),
      publicKey,
    ).problems.join(),
    /documents\/abc: missing/,
  );
  assert.match(
    verifyArchive(
      rebuilt((fs) => [...fs, { path: 'extra.txt', content: Buffer.from('x') }]),
      publicKey,
    ).problems.join(),
    /extra.txt: not named in the manifest/,
  );
  assert.match(
    verifyArchive(
      rebuilt((fs) =>
        fs.map((f) => (f.path === 'case.json' ? { ...f, content: Buffer.from('{"id":"r2"}\n') } : f)),
      ),
      publicKey,
    ).problems.join(),
    /case.json: SHA-256 does not match/,
  );
  assert.match(
    verifyArchive(archive, generateKeyPairSync('ed25519').publicKey).problems.join(),
    /signature does not hold/,
  );
  assert.equal(verifyArchive(Buffer.from('not a tar at all'), publicKey).ok, false);
});

test('seriousness: any criterion set and met refers; unset criteria never do; statuses only move forward', () => {
  const t = { minValueMinor: 100, minUnits: null, minStrikes: 2, minLinkedStores: null };
  assert.equal(isSerious(measure({ valueMinor: 99, units: 10_000, strikes: 1, linkedStores: 50 }, t)), false);
  assert.equal(isSerious(measure({ valueMinor: 100, units: 0, strikes: 0, linkedStores: 0 }, t)), true);
  assert.equal(isSerious(measure({ valueMinor: 0, units: 0, strikes: 2, linkedStores: 0 }, t)), true);
  assert.equal(statusMayMove('open', 'referred'), true);
  assert.equal(statusMayMove('referred', 'open'), false);
  assert.equal(statusMayMove('closed', 'closed'), false);
});

test('ipp referral verify: exit 0 for an intact bundle, 1 naming the altered file, 2 for bad usage', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { runReferralCommand } = await import('./referral-cli.ts');
  const dir = mkdtempSync(join(tmpdir(), 'ipp-referral-'));
  const key = referralSigningKey(Buffer.alloc(32, 9));
  const pem = join(dir, 'key.pem');
  writeFileSync(pem, createPublicKey(key).export({ type: 'spki', format: 'pem' }));
  const { archive } = buildArchive({
    referralId: 'r9',
    files: [{ path: 'case.json', content: Buffer.from('{"id":"r9"}\n') }],
    privateKey: key,
    now: new Date(),
  });
  const good = join(dir, 'good.tar');
  writeFileSync(good, archive);
  const bad = join(dir, 'bad.tar');
  writeFileSync(
    bad,
    writeTar(
      readTar(archive).map((f) =>
        f.path === 'case.json' ? { ...f, content: Buffer.from('{"id":"r0"}\n') } : f,
      ),
      new Date(),
    ),
  );
  const { result: codes, text } = await captureOutput(async () => [
    await runReferralCommand(['verify', good, '--public-key', pem]),
    await runReferralCommand(['verify', bad, '--public-key', pem]),
    await runReferralCommand(['verify', good]),
  ]);
  assert.deepEqual(codes, [0, 1, 2]);
  assert.match(text, /case\.json: SHA-256 does not match the manifest/);
  assert.match(text, /usage: ipp referral verify/);
});
