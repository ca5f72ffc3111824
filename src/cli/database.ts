import { sealAllAudit, verifyAuditChain } from '../audit/index.ts';
import { loadConfig } from '../config/config.ts';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { demoState, loadDemo, reissueDemoMarketplaceKeys } from '../demo/index.ts';
import { complain, printDemoCredentials, say } from './print.ts';

/** Opens the configured database and brings its schema up to date; every command needs both. */
async function withDatabase<T>(work: (handle: DatabaseHandle, masterKey: Buffer) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const handle = await openDatabase(config.database);
  try {
    await migrate(handle.db, handle.driver);
    return await work(handle, config.secretKey);
  } finally {
    await handle.close();
  }
}

export async function migrateCommand(): Promise<number> {
  const config = loadConfig();
  const handle = await openDatabase(config.database);
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
  return withDatabase(async ({ db }, masterKey) => {
    if ((await demoState(db)) === 'other')
      say('Note: the database already holds non-demo data; the demo data is added beside it.');
    const demo = await loadDemo(db, masterKey);
    if (!demo.created && reissue) demo.marketplaces = await reissueDemoMarketplaceKeys(db);
    printDemoCredentials(demo);
    return 0;
  });
}

/** Exit 0 when the whole chain holds; exit 1 naming the first broken link (seq and reason). */
export async function auditCommand(argv: readonly string[]): Promise<number> {
  if (argv[0] !== 'verify' || argv.length > 1) {
    complain('usage: ipp audit verify');
    return 2;
  }
  return withDatabase(async ({ db }) => {
    // Entries still pending (written but not yet chained by a running server) are chained first.
    await sealAllAudit(db);
    const verdict = await verifyAuditChain(db);
    say(JSON.stringify(verdict));
    if (verdict.ok) return 0;
    const broken = verdict.firstBroken;
    complain(`audit chain broken at seq ${broken?.seq}: ${broken?.reason}`);
    return 1;
  });
}
