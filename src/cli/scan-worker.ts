import { attachAuditMacKey } from '../audit/index.ts';
import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { runScanWorker } from '../proactive/index.ts';
import { complain, say } from './print.ts';

/**
 * `ipp scan-worker`: one of any number of processes that consume listing ids from NATS JetStream
 * (IPP_SCAN_BUS=nats, NATS_URL) and run proactive detection on them. Prints one JSON line per batch.
 */
export async function scanWorkerCommand(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    complain(
      `ipp scan-worker takes no arguments (configure it with NATS_URL, IPP_SCAN_STREAM, DATABASE_URL); got ${argv[0]}`,
    );
    return 2;
  }
  const config = loadConfig({ ...process.env, IPP_SCAN_BUS: 'nats' });
  if (config.scanBus.kind !== 'nats') return 2;
  const database = await openDatabase(config.database, { holder: 'ipp scan-worker' });
  await migrate(database.db, database.driver);
  // Proactive removals write audit entries, which carry the writers' MAC.
  attachAuditMacKey(database.db, config.secretKey);
  const worker = await runScanWorker(database.db, config.scanBus.url, config.scanBus.stream, say);
  say(JSON.stringify({ event: 'scan_worker_ready', pid: process.pid, stream: config.scanBus.stream }));
  return new Promise<number>((resolve) => {
    const stop = async () => {
      await worker.stop();
      await database.close();
      say(JSON.stringify({ event: 'scan_worker_stopped', pid: process.pid, scanned: worker.scanned }));
      resolve(0);
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
  });
}
