import { databaseTargetOf } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { verifyCustody } from './custody.service.ts';
import * as repo from './test-buy.repository.ts';

const USAGE = 'usage: ipp test-buy verify <testBuyId>';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `ipp test-buy verify <id>`: walks a test buy's chain of custody in the database the server uses
 * and names the first broken step. Exit 0 intact, 1 broken or no such test buy, 2 bad usage.
 */
export async function runTestBuyCommand(argv: string[]): Promise<number> {
  const [sub, id, ...extra] = argv;
  if (sub !== 'verify' || !id || !UUID.test(id) || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  // The database alone (DATABASE_URL or the data folder), as `ipp audit verify`: a verifier needs no keys.
  const database = await openDatabase(databaseTargetOf(), { holder: 'ipp test-buy' });
  try {
    await migrate(database.db, database.driver);
    if (!(await repo.findTestBuy(database.db, id))) {
      process.stderr.write(`no test buy ${id}\n`);
      return 1;
    }
    const verdict = await verifyCustody(database.db, id);
    process.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
    if (verdict.broken)
      process.stderr.write(
        `broken at step ${verdict.broken.seq} (${verdict.broken.step}): ${verdict.broken.rule}: ${verdict.broken.detail}\n`,
      );
    return verdict.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}
