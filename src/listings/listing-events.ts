import type { Listing } from './listing.ts';

export interface ListingChange {
  listing: Listing;
  created: boolean;
}

export type ListingChangeHandler = (changes: readonly ListingChange[]) => Promise<void>;

/**
 * Listing registrations and updates, announced after they commit. Proactive detection subscribes
 * (in-process scan, or publishing to NATS JetStream for scan workers). One bus per platform
 * instance, so two platforms in one process never hear each other.
 */
export class ListingEventBus {
  private readonly handlers = new Set<ListingChangeHandler>();

  subscribe(handler: ListingChangeHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  async publish(changes: readonly ListingChange[]): Promise<void> {
    if (changes.length === 0) return;
    for (const handler of this.handlers) await handler(changes);
  }
}
