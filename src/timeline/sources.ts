import type { Database } from '../db/database.ts';

/**
 * The codes and values an event's title is made of, so that a client words it in its own language
 * (the title is the English wording of the same facts).
 */
export interface TimelineFacts {
  /** A clock's kind (deadline.kinds.ts), whose move it was and when it was due. */
  deadline?: string;
  party?: string;
  dueAt?: string;
  /** What the clock did when it ran out ("escalated", "moot: …"). */
  result?: string;
  /** The kind of the decision (of a decision event, or the one appealed against). */
  decision?: string;
  reasonCode?: string;
  /** Why the decision was taken (putback_elapsed, no_response, reviewer, …). */
  cause?: string;
  /** A reinstatement that changed nothing: another notice still keeps the listing down. */
  stillDown?: boolean;
  infringementType?: string;
  grounds?: string[];
  procedure?: string;
  caseReference?: string;
}

/** One entry of an item's history. */
export interface TimelineEvent {
  at: string;
  kind: string;
  by: 'rights_holder' | 'seller' | 'reviewer' | 'system';
  title: string;
  facts: TimelineFacts;
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
const kinds = new Set<string>();

/** A source and every event kind it can produce (clients word each kind: the portal's labels are checked against them). */
export function registerTimelineSource(
  name: string,
  source: TimelineSource,
  eventKinds: readonly string[],
): void {
  sources.set(name, source);
  for (const kind of eventKinds) kinds.add(kind);
}

export function timelineEventKinds(): string[] {
  return [...kinds];
}

export function timelineSources(): TimelineSource[] {
  return [...sources.values()];
}
