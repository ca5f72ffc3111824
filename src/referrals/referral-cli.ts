import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { verifyArchive } from './archive.ts';

const USAGE = 'usage: ipp referral verify <archive.tar> --public-key <file.pem>';

/**
 * `ipp referral verify <archive> --public-key <pem>`: checks a referral bundle offline (no database,
 * no network): the manifest's Ed25519 signature and the SHA-256 of every file. Exit 0 intact, 1 not,
 * 2 bad usage.
 */
export async function runReferralCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const at = rest.indexOf('--public-key');
  const keyFile = at >= 0 ? rest[at + 1] : undefined;
  const positional = rest.filter((_, i) => i !== at && i !== at + 1);
  if (sub !== 'verify' || !keyFile || positional.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let key: ReturnType<typeof createPublicKey>;
  try {
    key = createPublicKey(readFileSync(keyFile, 'utf8'));
  } catch (error) {
    process.stderr.write(`cannot read the public key ${keyFile}: ${(error as Error).message}\n`);
    return 2;
  }
  const verdict = verifyArchive(readFileSync(positional[0]!), key);
  process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
  return verdict.ok ? 0 : 1;
}
