import {
  AuditCheckpointer,
  type AuditSequencer,
  attachAuditMacKey,
  checkpointSigner,
  startAuditSequencer,
} from './audit/index.ts';
import type { Config } from './config/config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { type App, buildApp } from './http/app.ts';
import { routeModules } from './http/routes.ts';
import { ListingEventBus } from './listings/index.ts';
import { attachProactiveDetection, type ProactivePipeline } from './proactive/index.ts';

export interface Platform {
  app: App;
  database: DatabaseHandle;
  listingEvents: ListingEventBus;
  proactive: ProactivePipeline;
  /** Seals the audit entries requests leave pending and signs checkpoints of the chain head. */
  audit: AuditSequencer;
  close(): Promise<void>;
}

/** Opens storage, applies migrations and builds the HTTP app. Background workers start separately. */
export async function createPlatform(config: Config): Promise<Platform> {
  const database = await openDatabase(config.database);
  await migrate(database.db, database.driver);
  // This process writes audit entries: they carry a MAC keyed from the master key.
  attachAuditMacKey(database.db, config.secretKey);
  const listingEvents = new ListingEventBus();
  const proactive = await attachProactiveDetection(database.db, config, listingEvents);
  const app = await buildApp({ db: database.db, config, listingEvents }, routeModules);
  const { checkpointFile, checkpointIntervalMs, signingKey } = config.audit;
  const checkpointer = checkpointFile
    ? new AuditCheckpointer(database.db, {
        signer: checkpointSigner(signingKey),
        file: checkpointFile,
        intervalMs: checkpointIntervalMs,
        log: app.log,
      })
    : null;
  // Chains the audit entries that request transactions leave pending, a batch at a time.
  const audit = startAuditSequencer(database.db, { intervalMs: 200, checkpointer, log: app.log });
  return {
    app,
    database,
    listingEvents,
    proactive,
    audit,
    async close() {
      await app.close();
      await proactive.close();
      await audit.stop();
      await database.close();
    },
  };
}
