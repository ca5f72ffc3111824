import type { Database } from '../db/database.ts';
import type { ListingEventBus } from '../listings/index.ts';
import type { OutboundPolicy } from '../net/index.ts';
import { startPollingLoop } from '../shared/polling.ts';
import { backScanReferences, fetchDueImages } from './images.service.ts';

export interface ImageWorker {
  /** Stops polling and waits for the round in flight to finish. */
  stop(): Promise<void>;
}

/**
 * Fetches and hashes due listing images every `intervalMs`, at once again when a round was full,
 * and scans newly added reference images against the listing images hashed before them.
 * Safe in several processes (claims skip each other's rows); an image that fails is recorded and
 * retried with backoff, and nothing an image contains stops the loop.
 */
export function startImageWorker(options: {
  db: Database;
  policy: OutboundPolicy;
  intervalMs: number;
  events?: ListingEventBus;
  log: { error(obj: object, msg: string): void };
  limit?: number;
}): ImageWorker {
  const limit = options.limit ?? 10;
  return startPollingLoop(
    async () => {
      const events = options.events ? { events: options.events } : {};
      const fetched = await fetchDueImages(options.db, { policy: options.policy, limit, ...events });
      await backScanReferences(options.db, events);
      return fetched >= limit;
    },
    {
      intervalMs: options.intervalMs,
      startNow: true,
      onError: (err) => options.log.error({ err }, 'image fetch round failed'),
    },
  );
}
