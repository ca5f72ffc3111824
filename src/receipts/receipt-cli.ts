import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { verifyReceipt } from './receipt.ts';

const USAGE = 'usage: ipp verify-receipt <receipt.json> --public-key <file.pem> [--record <record.json>]';

/** Reads `--name value` out of argv; the rest are positional. */
function option(argv: string[], name: string): { value: string | undefined; rest: string[] } {
  const at = argv.indexOf(name);
  if (at < 0) return { value: undefined, rest: argv };
  return { value: argv[at + 1], rest: argv.filter((_, i) => i !== at && i !== at + 1) };
}

/**
 * `ipp verify-receipt <receipt> --public-key <pem> [--record <json>]`: checks a receipt offline (no
 * database, no network): its format, the record against recordSha256, the Ed25519 signature, the
 * key id, and optionally a record the holder kept. Exit 0 verified, 1 not, 2 bad usage or an
 * unreadable file.
 */
export async function runVerifyReceiptCommand(argv: string[]): Promise<number> {
  const key = option(argv, '--public-key');
  const record = option(key.rest, '--record');
  const positional = record.rest;
  if (!key.value || positional.length !== 1 || (record.rest !== key.rest && !record.value)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let publicKey: KeyObject;
  let text: string;
  let kept: { keptRecord?: unknown } = {};
  try {
    publicKey = createPublicKey(readFileSync(key.value, 'utf8'));
  } catch (error) {
    process.stderr.write(`cannot read the public key ${key.value}: ${(error as Error).message}\n`);
    return 2;
  }
  try {
    text = readFileSync(positional[0]!, 'utf8');
    if (record.value) kept = { keptRecord: JSON.parse(readFileSync(record.value, 'utf8')) };
  } catch (error) {
    process.stderr.write(`cannot read ${(error as Error).message}\n`);
    return 2;
  }
  const verdict = verifyReceipt(text, publicKey, kept);
  if (verdict.ok)
    process.stdout.write(
      `verified: ${verdict.kind} ${verdict.id}, audit seq ${verdict.auditSeq}, issued at ${verdict.issuedAt}${record.value ? '; the kept record matches' : ''}\n`,
    );
  else
    process.stdout.write(
      `NOT verified${verdict.kind && verdict.id ? ` (${verdict.kind} ${verdict.id})` : ''}:\n${verdict.problems.map((p) => `  - ${p}\n`).join('')}`,
    );
  return verdict.ok ? 0 : 1;
}
