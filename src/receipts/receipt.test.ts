import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { captureOutput } from '../../test/support/capture-output.ts';
import { canonicalJson } from '../audit/index.ts';
import { issueReceipt, publicKeyOf, receiptSigningKey, recordSha256, verifyReceipt } from './receipt.ts';
import { runVerifyReceiptCommand } from './receipt-cli.ts';

const masterKey = Buffer.alloc(32, 7);
const key = receiptSigningKey(masterKey);
const publicKey = createPublicKey(key);
const record = {
  id: '0190a000-0000-7000-8000-000000000001',
  statements: { goodFaith: true, accuracy: true, authority: true },
  items: [{ id: 'i1', evidence: [{ kind: 'screenshot', documentSha256: 'a'.repeat(64) }] }],
  explanation: 'Counterfeit handbags bearing the mark',
};
const issued = () =>
  issueReceipt({
    kind: 'notice',
    id: record.id,
    record,
    audit: { seq: 42, hash: 'b'.repeat(64), at: new Date('2026-03-01T10:00:00Z') },
    privateKey: key,
    now: new Date('2026-03-01T10:00:05Z'),
  });

test('the receipt key is derived from the master key: stable, and not the same for another master key', () => {
  assert.equal(publicKeyOf(receiptSigningKey(masterKey)).keyId, publicKeyOf(key).keyId);
  assert.notEqual(publicKeyOf(receiptSigningKey(Buffer.alloc(32, 8))).keyId, publicKeyOf(key).keyId);
});

test('a receipt verifies under the operator key, in any key order and after a JSON round trip', () => {
  const receipt = issued();
  assert.equal(receipt.recordSha256, recordSha256(record));
  const verdict = verifyReceipt(JSON.stringify(receipt, null, 2), publicKey);
  assert.deepEqual(verdict, {
    ok: true,
    kind: 'notice',
    id: record.id,
    auditSeq: 42,
    issuedAt: '2026-03-01T10:00:05.000Z',
    problems: [],
  });
  // Reversed key order at every level is the same canonical JSON.
  const reversed = JSON.parse(canonicalJson(receipt), (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
  );
  assert.equal(verifyReceipt(JSON.stringify(reversed), publicKey).ok, true);
});

test('an altered record, an altered signature, a wrong key and an unknown format are each named', () => {
  const receipt = issued();
  const altered = { ...receipt, record: { ...record, explanation: 'Genuine goods' } };
  const alteredVerdict = verifyReceipt(JSON.stringify(altered), publicKey);
  assert.equal(alteredVerdict.ok, false);
  assert.match(alteredVerdict.problems.join('\n'), /record altered/);
  assert.match(alteredVerdict.problems.join('\n'), /signature invalid/);

  // The record altered and its SHA-256 recomputed: only the signature can tell.
  const resealed = { ...altered, recordSha256: recordSha256(altered.record) };
  assert.deepEqual(
    verifyReceipt(JSON.stringify(resealed), publicKey).problems.map((p) => p.split(':')[0]),
    ['signature invalid'],
  );

  const sig = Buffer.from(receipt.signature, 'base64');
  sig[10] = (sig[10] ?? 0) ^ 1;
  const badSignature = { ...receipt, signature: sig.toString('base64') };
  assert.deepEqual(
    verifyReceipt(JSON.stringify(badSignature), publicKey).problems.map((p) => p.split(':')[0]),
    ['signature invalid'],
  );

  const other = generateKeyPairSync('ed25519').publicKey;
  const wrongKey = verifyReceipt(JSON.stringify(receipt), other);
  assert.equal(wrongKey.ok, false);
  assert.match(wrongKey.problems.join('\n'), /signature invalid/);
  assert.match(wrongKey.problems.join('\n'), /not this public key/);

  for (const text of ['not json', JSON.stringify({ ...receipt, format: 'openipp-receipt/2' }), '[1]'])
    assert.match(verifyReceipt(text, publicKey).problems.join('\n'), /^unknown format/);
});

test('any change to a signed member is detected (property)', () => {
  const receipt = issued();
  const members = ['kind', 'id', 'recordSha256', 'issuedAt', 'keyId'] as const;
  fc.assert(
    fc.property(fc.constantFrom(...members), fc.string({ minLength: 1, maxLength: 20 }), (member, junk) => {
      const changed = { ...receipt, [member]: `${receipt[member]}${junk}` };
      return !verifyReceipt(JSON.stringify(changed), publicKey).ok;
    }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seq) => {
      fc.pre(seq !== 42);
      const moved = { ...receipt, audit: { ...receipt.audit, seq } };
      return verifyReceipt(JSON.stringify(moved), publicKey).problems.some((p) =>
        p.startsWith('signature invalid'),
      );
    }),
  );
});

test('ipp verify-receipt: exit 0 printing what it verified, 1 naming the problem, 2 on bad usage', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-receipt-'));
  const receipt = issued();
  const pem = join(dir, 'receipt-key.pem');
  writeFileSync(pem, publicKeyOf(key).publicKeyPem);
  const file = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return path;
  };
  const good = file('good.json', receipt);
  const edited = file('edited.json', { ...receipt, record: { ...record, explanation: 'x' } });
  const signature = file('signature.json', { ...receipt, signature: Buffer.alloc(64, 1).toString('base64') });
  const unknown = file('unknown.json', { ...receipt, format: 'something-else/1' });
  const keptSame = file('kept.json', JSON.parse(JSON.stringify(record)));
  const keptOther = file('kept-other.json', { ...record, explanation: 'what I wish I had filed' });
  const otherPem = file(
    'other.pem',
    generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );

  const run = async (argv: string[]) => {
    const { result, text } = await captureOutput(() => runVerifyReceiptCommand(argv));
    return { code: result, text };
  };

  const ok = await run([good, '--public-key', pem]);
  assert.equal(ok.code, 0, ok.text);
  assert.match(
    ok.text,
    /verified: notice 0190a000-0000-7000-8000-000000000001, audit seq 42, issued at 2026-03-01T10:00:05.000Z/,
  );

  const editedRun = await run([edited, '--public-key', pem]);
  assert.equal(editedRun.code, 1);
  assert.match(editedRun.text, /record altered/);
  const sigRun = await run([signature, '--public-key', pem]);
  assert.equal(sigRun.code, 1);
  assert.match(sigRun.text, /signature invalid/);
  assert.doesNotMatch(sigRun.text, /record altered/);
  const unknownRun = await run([unknown, '--public-key', pem]);
  assert.equal(unknownRun.code, 1);
  assert.match(unknownRun.text, /unknown format/);
  const wrongKey = await run([good, '--public-key', otherPem]);
  assert.equal(wrongKey.code, 1);
  assert.match(wrongKey.text, /signature invalid/);

  const kept = await run(['--record', keptSame, good, '--public-key', pem]);
  assert.equal(kept.code, 0, kept.text);
  assert.match(kept.text, /the kept record matches/);
  const keptDiffers = await run([good, '--public-key', pem, '--record', keptOther]);
  assert.equal(keptDiffers.code, 1);
  assert.match(keptDiffers.text, /the record you kept differs/);

  assert.equal((await run([good])).code, 2);
  assert.equal((await run([good, '--public-key', pem, '--record'])).code, 2);
  assert.equal((await run([join(dir, 'missing.json'), '--public-key', pem])).code, 2);
});
