import './modules.ts';
import {
  AuditCheckpointer,
  type AuditSequencer,
  attachAuditMacKey,
  checkpointSigner,
  startAuditSequencer,
} from './audit/index.ts';
import type { Config } from './config/config.ts';
import { type DatabaseHandle, type OpenOptions, openDatabase } from './db/database.ts';
import { needsMaintenance, startMaintenance } from './db/maintenance.ts';
import { migrate } from './db/migrate.ts';
import {
  EventDispatcher,
  natsEventPublisher,
  registeredSubscribers,
  type Subscriber,
} from './events/index.ts';
import { type App, buildApp } from './http/app.ts';
import { Readiness } from './http/readiness.ts';
import { routeModules } from './http/routes.ts';
import { attachImageIntake } from './images/index.ts';
import { ListingEventBus } from './listings/index.ts';
import { attachProactiveDetection, type ProactivePipeline } from './proactive/index.ts';

export interface Platform {
  app: App;
  database: DatabaseHandle;
  listingEvents: ListingEventBus;
  /** Start-up steps still under way (serve holds it while the demo loads); see `/readyz`. */
  readiness: Readiness;
  proactive: ProactivePipeline;
  /** Seals the audit entries requests leave pending and signs checkpoints of the chain head. */
  audit: AuditSequencer;
  /** Numbers committed domain events and feeds the subscribers (webhooks, NATS, ...). */
  events: EventDispatcher;
  /** Runs the background steps a request left to do (events) until none is left: for tests and tools. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Opens storage, applies migrations and builds the HTTP app. Background workers start separately. */
export async function createPlatform(config: Config, open: OpenOptions = {}): Promise<Platform> {
  const database = await openDatabase(config.database, open);
  await migrate(database.db, database.driver);
  // This process writes audit entries: they carry a MAC keyed from the master key.
  attachAuditMacKey(database.db, config.secretKey);
  const listingEvents = new ListingEventBus();
  const proactive = await attachProactiveDetection(database.db, config, listingEvents);
  // Listing image URLs become pending images for the image worker (src/images).
  const detachImages = attachImageIntake(database.db, listingEvents);
  // Migrations are in by now; what a caller still does before serving holds `readiness`.
  const readiness = new Readiness();
  const app = await buildApp({ db: database.db, config, listingEvents, readiness }, routeModules);
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
  const extra: Array<Subscriber & { close(): Promise<void> }> = [];
  if (config.eventBus.kind === 'nats') extra.push(await natsEventPublisher(config.eventBus));
  const events = new EventDispatcher(database.db, [...registeredSubscribers(), ...extra], {
    intervalMs: 200,
    onError: (error) => app.log.error({ err: error }, 'event dispatch failed'),
  }).start();
  // The embedded database has no autovacuum: vacuum and analyze it as PostgreSQL would (maintenance.ts).
  const maintenance = (await needsMaintenance(database.db, database.driver))
    ? startMaintenance(database.db, database.driver, {
        intervalMs: 5_000,
        onError: (error) => app.log.error({ err: error }, 'database maintenance failed'),
      })
    : null;
  // A write that answered successfully may have left events: deliver them without waiting.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method !== 'GET' && reply.statusCode < 400) events.kick();
  });
  return {
    app,
    database,
    listingEvents,
    readiness,
    proactive,
    audit,
    events,
    settle: () => events.settle(),
    async close() {
      await app.close();
      await events.stop();
      for (const subscriber of extra) await subscriber.close();
      await proactive.close();
      detachImages();
      await audit.stop();
      await maintenance?.stop();
      await database.close();
    },
  };
}
