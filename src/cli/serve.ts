import { loadConfig } from '../config/config.ts';
import { EMBEDDED_SERVER_COMMAND } from '../db/embedded-lock.ts';
import { type DeadlineWorker, startDeadlineWorker } from '../deadlines/deadline.worker.ts';
import { demoState, loadDemo } from '../demo/index.ts';
import { type ImageWorker, startImageWorker } from '../images/index.ts';
import { formatAllowEntry, outboundPolicy } from '../net/index.ts';
import { createPlatform, type Platform } from '../platform.ts';
import { startRescanWorker } from '../proactive/index.ts';
import { startWebhookWorker, type WebhookWorker } from '../webhooks/index.ts';
import { complain, printDemoCredentials, say } from './print.ts';

const DEFAULT_WEBHOOK_INTERVAL_MS = 5_000;
/** A shutdown that hangs (a stuck connection) must not keep a stopped service alive forever. */
const SHUTDOWN_GRACE_MS = 15_000;

function webhookIntervalMs(env: NodeJS.ProcessEnv): number {
  const value = Number(env.IPP_WEBHOOK_INTERVAL_MS ?? DEFAULT_WEBHOOK_INTERVAL_MS);
  if (!Number.isInteger(value) || value < 100)
    throw new Error(`IPP_WEBHOOK_INTERVAL_MS must be an integer >= 100, got ${env.IPP_WEBHOOK_INTERVAL_MS}`);
  return value;
}

/**
 * Loads the demo data on first start only: an empty database gets it, a database that already
 * has the demo gets its credentials reprinted, and anybody else's data is left alone.
 */
async function prepareDemo(platform: Platform, masterKey: Buffer, baseUrl: string): Promise<void> {
  // Until the demo is in, /readyz and every /v1 request answer 503 "starting" (not "wrong password").
  const done = platform.readiness.hold('loading the demo data');
  try {
    await loadDemoIfFresh(platform, masterKey, baseUrl);
  } finally {
    done();
  }
}

async function loadDemoIfFresh(platform: Platform, masterKey: Buffer, baseUrl: string): Promise<void> {
  const db = platform.database.db;
  const state = await demoState(db);
  if (state === 'other') {
    say('The database already holds data; demo data not loaded.');
    return;
  }
  if (state === 'partial') {
    complain(
      'Demo data is incomplete (an earlier load was interrupted); not reloading. Use a fresh IPP_DATA_DIR or database for the demo.',
    );
    return;
  }
  // Demo listings go through detection like any registered listing (in-process or via NATS).
  printDemoCredentials(await loadDemo(db, masterKey, { scan: platform.proactive.sink }), baseUrl);
}

/** `ipp serve`: migrate, load the demo, listen, deliver webhooks; stop cleanly on SIGINT/SIGTERM. */
export async function serveCommand(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) {
    complain(
      `ipp serve takes no arguments (configure it with HOST, PORT, IPP_DATA_DIR, DATABASE_URL, IPP_DEMO); got ${argv[0]}`,
    );
    return 2;
  }
  const config = loadConfig();
  const intervalMs = webhookIntervalMs(process.env);
  // The server holds an embedded data folder while it runs (other commands are refused), and
  // creates the database on first start.
  const platform = await createPlatform(config, { holder: EMBEDDED_SERVER_COMMAND, create: true });
  let worker: WebhookWorker | null = null;
  let rescans: { stop(): Promise<void> } | null = null;
  let deadlines: DeadlineWorker | null = null;
  let images: ImageWorker | null = null;
  try {
    const address = await platform.app.listen({ host: config.host, port: config.port });
    const baseUrl = address.replace('0.0.0.0', '127.0.0.1');
    if (config.demoData) await prepareDemo(platform, config.secretKey, baseUrl);
    if (config.webhookWorker)
      worker = startWebhookWorker({
        db: platform.database.db,
        masterKey: config.secretKey,
        intervalMs,
        log: platform.app.log,
        policy: outboundPolicy(config.outbound),
      });
    // Listing images: fetched from the marketplace's allowed hosts, hashed, matched (src/images).
    images = startImageWorker({
      db: platform.database.db,
      policy: outboundPolicy(config.outbound),
      intervalMs: 2_000,
      events: platform.listingEvents,
      log: platform.app.log,
    });
    // Put-back clocks, answer windows and review escalations fire here, exactly once across processes.
    deadlines = startDeadlineWorker({ db: platform.database.db, intervalMs: 5_000, log: platform.app.log });
    // Catalogue rescans page through listings here (inline) or hand pages to the scan workers (NATS).
    rescans = startRescanWorker(platform.database.db, platform.proactive.sink, {
      intervalMs: 2_000,
      onError: (error) => platform.app.log.error({ err: error }, 'rescan step failed'),
    });
    const storage =
      config.database.kind === 'postgres'
        ? 'PostgreSQL (DATABASE_URL)'
        : `PGlite in ${config.database.dataDir}`;
    say(
      `Storage: ${storage}; deadline worker on; webhook worker ${worker ? `on (every ${intervalMs} ms)` : 'off'}; detection ${config.scanBus.kind === 'nats' ? `via NATS (${config.scanBus.url}), run \`ipp scan-worker\` processes` : 'in-process'}`,
    );
    if (config.outbound.allow.length > 0 || config.outbound.allowHttp)
      say(
        `Outbound requests may also reach (development only): ${config.outbound.allow.map(formatAllowEntry).join(', ') || 'no private targets'}${config.outbound.allowHttp ? '; plain http allowed' : ''}`,
      );
    say(`API description: ${baseUrl}/openapi.json`);
    // The test suite and scripts wait for this exact line; keep it last and stable.
    say(`OpenIPP listening on ${baseUrl}`);
  } catch (error) {
    await platform.close();
    throw error;
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) {
        complain(`${signal} again: exiting without waiting`);
        process.exit(1);
      }
      stopping = true;
      say(`${signal} received: finishing requests in flight and stopping`);
      setTimeout(() => {
        complain(`shutdown took longer than ${SHUTDOWN_GRACE_MS} ms; exiting`);
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
      let code = 0;
      try {
        // Stop the worker first so it does not start a round against a closing database.
        await worker?.stop();
        await deadlines?.stop();
        await images?.stop();
        await rescans?.stop();
        await platform.close();
        say('OpenIPP stopped');
      } catch (error) {
        complain(`error during shutdown: ${(error as Error).stack ?? String(error)}`);
        code = 1;
      }
      resolve(code);
    };
    process.once('SIGINT', (signal) => void stop(signal));
    process.once('SIGTERM', (signal) => void stop(signal));
  });
}
