import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { type Listing, type ListingEventBus, listingsByIds } from '../listings/index.ts';
import { NatsScanBus } from './nats-bus.ts';
import type { ScanSink } from './rescan.ts';
import { ProactiveScanner } from './scanner.ts';

export interface ProactivePipeline {
  scanner: ProactiveScanner;
  /** Where rescans send their pages: the scanner in-process, or the NATS stream. */
  sink: ScanSink;
  close(): Promise<void>;
}

/**
 * Wires listing changes to detection. Inline: scanned right after the registration commits, before
 * the response. NATS: the ids are published to JetStream and scan workers (`ipp scan-worker`) do
 * the work, so scanning scales with the number of worker processes.
 */
export async function attachProactiveDetection(
  db: Database,
  config: Config,
  events: ListingEventBus,
): Promise<ProactivePipeline> {
  const scanner = new ProactiveScanner(db);
  if (config.scanBus.kind === 'inline') {
    const unsubscribe = events.subscribe(async (changes) => {
      await scanner.scanListings(changes.map((c) => c.listing));
    });
    return {
      scanner,
      sink: async (listings) => ({ flagged: (await scanner.scanListings(listings)).flagged }),
      close: async () => unsubscribe(),
    };
  }
  const bus = await NatsScanBus.connect(config.scanBus.url, config.scanBus.stream);
  const publish = async (listings: readonly Listing[]) => bus.publish(listings.map((l) => l.id));
  const unsubscribe = events.subscribe((changes) => publish(changes.map((c) => c.listing)));
  return {
    scanner,
    // Flags are counted by the workers; the rescan job records pages handed over.
    sink: async (listings) => {
      await publish(listings);
      return { flagged: 0 };
    },
    close: async () => {
      unsubscribe();
      await bus.close();
    },
  };
}

/** A scan worker: consumes listing ids from NATS, scans them, stores verdicts and acts. */
export async function runScanWorker(
  db: Database,
  url: string,
  stream: string,
  report: (line: string) => void,
) {
  const bus = await NatsScanBus.connect(url, stream);
  const scanner = new ProactiveScanner(db);
  let scanned = 0;
  const consumer = await bus.consume(
    async (ids) => {
      const listings = await listingsByIds(db, ids);
      const summary = await scanner.scanListings(listings);
      scanned += summary.scanned;
      report(
        JSON.stringify({
          event: 'scanned',
          pid: process.pid,
          batch: summary.scanned,
          flagged: summary.flagged,
          removed: summary.removed,
          total: scanned,
        }),
      );
    },
    (error) =>
      report(
        JSON.stringify({
          event: 'scan_error',
          pid: process.pid,
          error: String((error as Error).message ?? error),
        }),
      ),
  );
  return {
    get scanned() {
      return scanned;
    },
    async stop() {
      await consumer.stop();
      await bus.close();
    },
  };
}
