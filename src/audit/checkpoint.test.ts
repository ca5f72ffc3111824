import assert from 'node:assert/strict';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { canonicalJson } from './audit.ts';
import { compareWithCheckpoints } from './audit.verify.ts';
import {
  type Checkpoint,
  checkpointLine,
  checkpointProblem,
  checkpointSigner,
  parseCheckpointLines,
  trustedKeys,
} from './checkpoint.ts';
import { deriveAuditMacKey, entryMac, entryMacProblem } from './entry-mac.ts';

const signer = checkpointSigner(generateKeyPairSync('ed25519').privateKey);
const keys = trustedKeys([signer.publicKey]);
const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);

describe('checkpoints (pure)', () => {
  test('a signed checkpoint verifies, and changing any field breaks its signature', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 40 }),
        hex64,
        fc.date({ noInvalidDate: true }),
        fc.constantFrom('seq', 'hash', 'at', 'keyId', 'signature'),
        (seq, hash, at, field) => {
          const signed = signer.sign({ seq, hash }, at);
          assert.equal(checkpointProblem(signed, keys), null);
          const altered: Checkpoint = { ...signed };
          if (field === 'seq') altered.seq = seq + 1;
          else if (field === 'signature')
            altered.signature = Buffer.from(signed.signature, 'base64').reverse().toString('base64');
          else altered[field] = `${signed[field].slice(0, -1)}${signed[field].endsWith('0') ? '1' : '0'}`;
          assert.notEqual(checkpointProblem(altered, keys), null);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a checkpoint signed by another key is not trusted', () => {
    const other = checkpointSigner(generateKeyPairSync('ed25519').privateKey);
    const signed = other.sign({ seq: 1, hash: '0'.repeat(64) }, new Date());
    assert.match(checkpointProblem(signed, keys) ?? '', /not a trusted key/);
  });

  test('a checkpoint file parses line by line; blank lines are skipped, bad lines named', () => {
    const good = signer.sign({ seq: 3, hash: 'a'.repeat(64) }, new Date(0));
    const parsed = parseCheckpointLines(`${checkpointLine(good)}\n\n{"seq":0}\n[oops\n`);
    assert.deepEqual(parsed, [
      { line: 1, checkpoint: good },
      { line: 3, error: 'not a checkpoint (seq, hash, at, keyId, signature)' },
      { line: 4, error: 'not JSON' },
    ]);
  });

  test('the chain is compared with every checkpoint: a cut end and a rewrite are placed', () => {
    const cp = (seq: number, hash: string) => signer.sign({ seq, hash }, new Date(seq * 1000));
    const checkpoints = [cp(2, 'h2'), cp(5, 'h5'), cp(8, 'h8'), cp(11, 'h11')];
    const intact = new Map([
      [2, 'h2'],
      [5, 'h5'],
      [8, 'h8'],
      [11, 'h11'],
    ]);
    assert.deepEqual(compareWithCheckpoints(checkpoints, 11, intact), []);

    const rewritten = new Map([
      [2, 'h2'],
      [5, 'x5'],
      [8, 'x8'],
      [11, 'x11'],
    ]);
    const [rewrite] = compareWithCheckpoints(checkpoints, 11, rewritten);
    assert.equal(rewrite?.kind, 'rewritten');
    assert.deepEqual([rewrite?.fromSeq, rewrite?.toSeq], [3, 5]);
    assert.match(rewrite?.message ?? '', /after seq 2 .*; 2 later checkpoints differ too$/);

    const cut = compareWithCheckpoints(checkpoints, 6, intact);
    assert.deepEqual(
      cut.map((f) => [f.kind, f.fromSeq, f.toSeq]),
      [['truncated', 7, 11]],
    );
    assert.equal(
      cut[0]?.message,
      `the chain ends at seq 6 but the checkpoint signed at ${checkpoints[3]!.at} covers up to seq 11: records 7..11 are missing`,
    );
  });
});

describe('writer MACs (pure)', () => {
  const key = deriveAuditMacKey(Buffer.from('master-key'));
  const json = fc.jsonValue().map((v) => ({ v }));
  const entry = fc.record({
    actor: fc.string(),
    action: fc.string(),
    entityType: fc.string(),
    entityId: fc.string(),
    data: fc.oneof(json, fc.constant({ when: new Date(0), gone: undefined, list: [1, undefined] })),
  });

  test('canonical JSON is the same before a value is stored as JSON and after it is read back', () => {
    fc.assert(
      fc.property(entry, (e) => {
        assert.equal(canonicalJson(e.data), canonicalJson(JSON.parse(JSON.stringify(e.data))));
      }),
    );
  });

  test('a MAC is the HMAC of the canonical JSON of the entry', () => {
    fc.assert(
      fc.property(entry, fc.uuid(), fc.date({ noInvalidDate: true, min: new Date(0) }), (e, nonce, at) => {
        const reference = createHmac('sha256', key)
          .update(canonicalJson({ ...e, at: at.toISOString(), nonce }))
          .digest('base64url');
        assert.equal(entryMac(key, { ...e, at, nonce }), reference);
      }),
    );
  });

  test('a MAC verifies on the entry as read back, and fails when any field changes', () => {
    fc.assert(
      fc.property(
        entry,
        fc.constantFrom('actor', 'action', 'entityType', 'entityId', 'data', 'at', 'nonce'),
        (e, field) => {
          const at = new Date(1_700_000_000_123);
          const nonce = '0190a0b0-c0d0-7e0f-8000-000000000001';
          const mac = entryMac(key, { ...e, at, nonce });
          const stored = { ...e, data: JSON.parse(JSON.stringify(e.data)), at, nonce, mac };
          assert.equal(entryMacProblem(key, stored), null);
          const changed =
            field === 'at'
              ? { ...stored, at: new Date(at.getTime() + 1) }
              : field === 'data'
                ? { ...stored, data: { ...stored.data, extra: 1 } }
                : { ...stored, [field]: `${stored[field]}x` };
          assert.match(entryMacProblem(key, changed) ?? '', /does not verify/);
          assert.match(
            entryMacProblem(deriveAuditMacKey(Buffer.from('other')), stored) ?? '',
            /does not verify/,
          );
        },
      ),
    );
  });
});
