import { sealAllAudit, startAuditSequencer } from './audit/index.ts';
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
  close(): Promise<void>;
}

/** Opens storage, applies migrations and builds the HTTP app. Background workers start separately. */
export async function createPlatform(config: Config): Promise<Platform> {
  const database = await openDatabase(config.database);
  await migrate(database.db, database.driver);
  const listingEvents = new ListingEventBus();
  const proactive = await attachProactiveDetection(database.db, config, listingEvents);
  const app = await buildApp({ db: database.db, config, listingEvents }, routeModules);
  // Chains the audit entries that request transactions leave pending, a batch at a time.
  const sequencer = startAuditSequencer(database.db, {
    intervalMs: 200,
    onError: (error) => app.log.error({ err: error }, 'audit sealing failed'),
  });
  return {
    app,
    database,
    listingEvents,
    proactive,
    async close() {
      await app.close();
      await proactive.close();
      await sequencer.stop();
      await sealAllAudit(database.db);
      await database.close();
    },
  };
}
