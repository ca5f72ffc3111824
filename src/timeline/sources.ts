import type { Database } from '../db/database.ts';

/** One entry of an item's history. */
export interface TimelineEvent {
  at: string;
  kind: string;
  by: 'rights_holder' | 'seller' | 'reviewer' | 'system';
  title: string;
  reasons: string | null;
  ref: { type: string; id: string } | null;
}

/**
 * Where an item's history comes from: each module that records something about items registers a
 * source (notices, review questions, decisions, counter-notices, appeals, clocks, outcomes); the
 * timeline asks them all and orders what they say. Adding a kind of event touches one module.
 */
export type TimelineSource = (db: Database, itemId: string) => Promise<TimelineEvent[]>;

const sources = new Map<string, TimelineSource>();

export function registerTimelineSource(name: string, source: TimelineSource): void {
  sources.set(name, source);
}

export function timelineSources(): TimelineSource[] {
  return [...sources.values()];
}
