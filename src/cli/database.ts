import { readFileSync } from 'node:fs';
import {
  type AuditVerdict,
  attachAuditMacKey,
  parsePublicKey,
  verifyAndCheckpoint,
  verifyAudit,
} from '../audit/index.ts';
import { databaseTargetOf, loadConfig } from '../config/config.ts';
import { type DatabaseHandle, type OpenOptions, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { demoState, loadDemo, reissueDemoMarketplaceKeys } from '../demo/index.ts';
import { checkLedger } from '../ledger/index.ts';
import { complain, printDemoCredentials, say } from './print.ts';

/** Opens the configured database and brings its schema up to date; every command needs both. */
async function withDatabase<T>(
  open: OpenOptions,
  work: (handle: DatabaseHandle, config: ReturnType<typeof loadConfig>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase(config.database, open);
  try {
    await migrate(handle.db, handle.driver);
    // Commands that write audit entries (demo) or seal them (audit verify) need the writers' MAC key.
    attachAuditMacKey(handle.db, config.secretKey);
    return await work(handle, config);
  } finally {
    await handle.close();
  }
}

export async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  // Creating the schema is what migrate is for: a folder without a database gets one.
  const handle = await openDatabase(config.database, { holder: 'ipp migrate', create: true });
  try {
    const result = await migrate(handle.db, handle.driver);
    const where =
      config.database.kind === 'postgres'
        ? 'PostgreSQL (DATABASE_URL)'
        : `PGlite in ${config.database.dataDir}`;
    say(
      `${where}: applied ${result.applied.length} migration(s)${result.applied.length ? ` (${result.applied.join(', ')})` : ''}, ${result.alreadyApplied} already applied`,
    );
    return 0;
  } finally {
    await handle.close();
  }
}

export async function demoCommand(argv: readonly string[]): Promise<number> {
  const reissue = argv.includes('--reissue-keys');
  const unknown = argv.filter((a) => a !== '--reissue-keys');
  if (unknown.length > 0) {
    complain(`ipp demo: unknown argument ${unknown[0]}\nusage: ipp demo [--reissue-keys]`);
    return 2;
  }
  // The demo may fill a new database (then "ipp serve" serves it).
  return withDatabase({ holder: 'ipp demo', create: true }, async ({ db }, config) => {
    if ((await demoState(db)) === 'other')
      say('Note: the database already holds non-demo data; the demo data is added beside it.');
    const demo = await loadDemo(db, config.secretKey);
    if (!demo.created && reissue) demo.marketplaces = await reissueDemoMarketplaceKeys(db);
    printDemoCredentials(demo);
    return 0;
  });
}

const VERIFY_USAGE = `usage: ipp audit verify [--checkpoints <file>]... [--public-key <file>]...
  --checkpoints <file>  also hold the chain against this copy of the checkpoints (NDJSON)
  --public-key <file>   verify as an outsider: trust checkpoints signed by this key (PEM, from
                        GET /v1/audit/public-key); read-only, needs no key file of the server`;

/**
 * Exit 0 when the chain holds and agrees with every trusted checkpoint; exit 1 naming each finding
 * (broken link, altered record, records missing after a checkpoint, a rewrite, forged pending
 * entries, a checkpoint whose signature fails). The verdict is printed as JSON on stdout.
 */
export async function auditCommand(argv: readonly string[]): Promise<number> {
  const options = parseVerifyArguments(argv);
  if (typeof options === 'string') {
    complain(`${options}\n${VERIFY_USAGE}`);
    return 2;
  }
  if (options.publicKeys.length > 0) {
    // An outsider: only the published key and their own copies of the checkpoints; nothing is
    // sealed (that needs the server's master key) and no key file is read or created.
    const publicKeys = options.publicKeys.map((file) => parsePublicKey(readFileSync(file, 'utf8')));
    const handle = await openDatabase(databaseTargetOf(), { holder: 'ipp audit verify' });
    try {
      const verdict = await verifyAudit(handle.db, {
        seal: false,
        publicKeys,
        checkpointFiles: options.checkpointFiles,
      });
      return report(verdict, true);
    } finally {
      await handle.close();
    }
  }
  return withDatabase({ holder: 'ipp audit verify' }, async ({ db }, config) => {
    const own = config.audit.checkpointFile ? [config.audit.checkpointFile] : [];
    const verdict = await verifyAndCheckpoint(db, config.audit, {
      checkpointFiles: [...own, ...options.checkpointFiles],
    });
    return report(verdict, false);
  });
}

function parseVerifyArguments(
  argv: readonly string[],
): { publicKeys: string[]; checkpointFiles: string[] } | string {
  if (argv[0] !== 'verify') return 'ipp audit: the only subcommand is "verify"';
  const out = { publicKeys: [] as string[], checkpointFiles: [] as string[] };
  for (let i = 1; i < argv.length; i += 2) {
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) return `ipp audit verify: ${argv[i]} needs a file`;
    if (argv[i] === '--public-key') out.publicKeys.push(value);
    else if (argv[i] === '--checkpoints') out.checkpointFiles.push(value);
    else return `ipp audit verify: unknown argument ${argv[i]}`;
  }
  return out;
}

function report(verdict: AuditVerdict, outsider: boolean): number {
  say(JSON.stringify(verdict));
  for (const finding of verdict.findings) complain(finding.message);
  if (verdict.checkpoints === 0 && !verdict.signed && verdict.head > 0)
    complain('note: no trusted checkpoint was found, so nothing outside the database vouches for the chain');
  if (outsider && verdict.pending > 0)
    complain(
      `note: ${verdict.pending} pending entries were not checked (sealing them needs the server's keys)`,
    );
  return verdict.ok ? 0 : 1;
}

/** `ipp ledger check`: exit 0 when the ledger is whole, 1 naming each unbalanced movement. */
export async function ledgerCommand(argv: readonly string[]): Promise<number> {
  if (argv[0] !== 'check' || argv.length > 1) {
    complain('usage: ipp ledger check');
    return 2;
  }
  return withDatabase({ holder: 'ipp ledger check' }, async ({ db }) => {
    const result = await checkLedger(db);
    say(JSON.stringify(result, null, 2));
    for (const p of result.problems)
      complain(p.movementId ? `unbalanced movement ${p.movementId} (${p.kind}): ${p.problem}` : p.problem);
    return result.ok ? 0 : 1;
  });
}
