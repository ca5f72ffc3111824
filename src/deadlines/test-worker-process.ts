import '../modules.ts';
import { attachAuditMacKey } from '../audit/index.ts';
import { testConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { fireDueDeadlines } from './deadline.worker.ts';

/**
 * A separate OS process for the exactly-once test: fires due deadlines against DATABASE_URL in
 * small batches until none is left, then prints how many it fired. Two of these run at once.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
const database = await openDatabase({ kind: 'postgres', url });
let fired = 0;
try {
  // Like a server process starting: bring the schema up to date first (a no-op when it is).
  await migrate(database.db, 'postgres');
  // Firing a deadline writes audit entries: this process signs them with the harness's master key.
  attachAuditMacKey(database.db, testConfig().secretKey);
  // Small batches and an empty round or two before stopping, so both processes interleave.
  for (let idle = 0; idle < 3; ) {
    const count = await fireDueDeadlines(database.db, new Date(), { limit: 3 });
    fired += count;
    idle = count === 0 ? idle + 1 : 0;
  }
} finally {
  await database.close();
}
process.stdout.write(`${JSON.stringify({ fired })}\n`);
