import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import * as repo from './event.repository.ts';
import type { DomainEvent } from './event.ts';

/**
 * A follower of the event stream. `handle` runs inside the transaction that advances the
 * subscriber's cursor, so whatever it writes to the database happens exactly once; anything it
 * sends elsewhere (NATS) happens at least once.
 */
export interface Subscriber {
  name: string;
  accepts(event: DomainEvent): boolean;
  handle(trx: Database, events: readonly DomainEvent[]): Promise<void>;
  /** A new subscriber starts at the beginning of the stream (default) or at its current head. */
  startAt?: 'beginning' | 'head';
  /**
   * At most one round per this many milliseconds (leading edge: the first event after a quiet
   * spell is fed at once, later ones wait for the window to pass), so a busy stream gives each
   * round many events and the handler's statements are paid per window, not per request. For
   * subscribers that keep read models or ledgers whose readers tolerate that lag; never for
   * deliveries to marketplaces. `settle()` ignores it.
   */
  throttleMs?: number;
}

const registered = new Map<string, Subscriber>();

/** Subscribers every platform process runs (webhooks, standing, ...), registered by their modules. */
export function registerSubscriber(subscriber: Subscriber): void {
  registered.set(subscriber.name, subscriber);
}

export function registeredSubscribers(): Subscriber[] {
  return [...registered.values()];
}

/**
 * The window of subscribers that keep counters, standing and ledgers (Subscriber.throttleMs): their
 * handlers cost a few statements per round whatever its size (on PGlite 3-8 ms each, measured), so
 * under load they take a quarter-second of events at a time; a quiet stream is fed at once.
 */
export const FOLLOWER_THROTTLE_MS = 250;

const BATCH = 500;
/** Events numbered per round; a round that numbers fewer has numbered everything committed. */
const NUMBER_BATCH = 1000;
/**
 * A kick waits this long before the step it asks for, so the events of requests committing close
 * together are numbered and fed in one round (one step per burst instead of one per request).
 */
const KICK_DELAY_MS = 25;

/**
 * Numbers committed events and feeds every subscriber in order. Runs in every platform process:
 * the head lock keeps numbering linear, and a subscriber's cursor lock (SKIP LOCKED) gives each
 * batch to one process. `kick()` after a write shortens the wait to the next step; the interval
 * covers events written by other processes.
 */
export class EventDispatcher {
  private stopped = false;
  private running: Promise<boolean> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = 0;
  /** Cursor positions this process saw: a cursor never moves back, so one at the head needs no visit. */
  private readonly cursorAtLeast = new Map<string, number>();
  /** Set by a round that found a subscriber's cursor held by another dispatcher (see settle). */
  private blocked = false;
  /** When each throttled subscriber was last fed by this process (see Subscriber.throttleMs). */
  private readonly lastFedAt = new Map<string, number>();
  /** The earliest time a throttled subscriber with waiting events may be fed; 0 when none waits. */
  private deferredUntil = 0;
  private settling = false;

  constructor(
    private readonly db: Database,
    private readonly subscribers: readonly Subscriber[],
    private readonly options: { intervalMs: number; onError?: (error: unknown) => void },
  ) {}

  start(): this {
    this.schedule(this.options.intervalMs);
    return this;
  }

  /** Something was written: run a step soon (coalesced with one already running). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // Keep an earlier wake-up; never postpone one that is due sooner.
    if (this.timer && this.timerDueAt <= Date.now() + KICK_DELAY_MS) return;
    this.schedule(KICK_DELAY_MS);
  }

  /** Runs steps until nothing is left to number or deliver (tests, shutdown). */
  async settle(): Promise<void> {
    this.settling = true;
    try {
      await this.settleAll();
    } finally {
      this.settling = false;
    }
  }

  private async settleAll(): Promise<void> {
    for (let i = 0; i < 1000; i++) {
      if (this.running) await this.running.catch(() => false);
      // A round reports no more work once it numbered and fed what had committed when it began;
      // what a subscriber wrote meanwhile (events of its own) is still unnumbered: go on for it.
      // A subscriber whose cursor another dispatcher held (SKIP LOCKED) was not fed by this round:
      // wait for that holder to commit and look again.
      this.blocked = false;
      const more = await this.runStep();
      if (this.blocked) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      if (!more && !(await repo.hasUnnumbered(this.db))) return;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.running) await this.running.catch(() => false);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      while (!this.stopped && (await this.runStep())) {}
    } catch (error) {
      this.options.onError?.(error);
    }
    let delay = this.options.intervalMs;
    if (this.again) {
      this.again = false;
      delay = KICK_DELAY_MS;
    }
    if (this.deferredUntil > 0) delay = Math.min(delay, Math.max(1, this.deferredUntil - Date.now()));
    this.schedule(delay);
  }

  private runStep(): Promise<boolean> {
    if (this.running) return this.running;
    this.running = this.step().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** One round: number what committed, then one batch per subscriber. True when more may wait. */
  private async step(): Promise<boolean> {
    const state = await sql<{ unnumbered: boolean; head: string }>`
      select exists (select 1 from events where seq is null) as unnumbered,
             (select seq from event_head where id = 1) as head`.execute(this.db);
    const first = state.rows[0];
    let head = Number(first?.head ?? 0);
    // Events committed after this round started come with a kick of their own (`again`).
    let more = false;
    if (first?.unnumbered) {
      const sequenced = await repo.sequenceEvents(this.db, NUMBER_BATCH);
      head = sequenced.head;
      more = sequenced.numbered === NUMBER_BATCH;
    }
    const behind = this.subscribers.filter((s) => (this.cursorAtLeast.get(s.name) ?? -1) < head);
    // Throttled subscribers fed less than their window ago wait; the tick wakes up for them.
    const now = Date.now();
    this.deferredUntil = 0;
    const due = behind.filter((s) => {
      if (!s.throttleMs || this.settling) return true;
      // One catching up (first visit, or more than a batch behind) is fed round after round.
      const seen = this.cursorAtLeast.get(s.name);
      if (seen === undefined || seen < head - BATCH) return true;
      const at = (this.lastFedAt.get(s.name) ?? Number.NEGATIVE_INFINITY) + s.throttleMs;
      if (at <= now) {
        this.lastFedAt.set(s.name, now);
        return true;
      }
      if (this.deferredUntil === 0 || at < this.deferredUntil) this.deferredUntil = at;
      return false;
    });
    // Subscribers this process saw within a batch of the head are fed together: one transaction,
    // one lock of their cursors, one read of the new events, one move of the cursors (a round
    // otherwise costs five statements per subscriber, and every round of the notice path has
    // several). The others (first visits, subscribers catching up) are fed one by one, so that one
    // far behind never holds the others back from the head.
    const together = due.filter((s) => {
      const seen = this.cursorAtLeast.get(s.name);
      return seen !== undefined && seen >= head - BATCH;
    });
    const alone = due.filter((s) => !together.includes(s));
    if (together.length > 1) {
      try {
        if (await this.feedTogether(together, head)) more = true;
      } catch {
        // A subscriber failed and rolled the shared round back: feed each in its own transaction,
        // so the others progress and the failure surfaces from the one that fails.
        alone.unshift(...together);
      }
    } else alone.unshift(...together);
    for (const subscriber of alone) {
      if (await this.feed(subscriber, head)) more = true;
    }
    return more;
  }

  private async feedTogether(subscribers: readonly Subscriber[], head: number): Promise<boolean> {
    const moved = await this.db.transaction().execute(async (trx) => {
      const cursors = await repo.lockCursors(
        trx,
        subscribers.map((s) => s.name),
      );
      const ready = subscribers.filter((s) => (cursors.get(s.name) ?? head) < head);
      const moves = new Map<string, number>();
      if (ready.length === 0) return { cursors, moves };
      const from = Math.min(...ready.map((s) => cursors.get(s.name) as number));
      const events = await repo.eventsAfter(trx, from, BATCH);
      for (const subscriber of ready) {
        const cursor = cursors.get(subscriber.name) as number;
        const fresh = events.filter((e) => e.seq > cursor);
        if (fresh.length === 0) continue;
        const accepted = fresh.filter((e) => subscriber.accepts(e));
        if (accepted.length > 0) await subscriber.handle(trx, accepted);
        moves.set(subscriber.name, (fresh[fresh.length - 1] as DomainEvent).seq);
      }
      await repo.advanceCursors(trx, moves);
      return { cursors, moves };
    });
    let more = false;
    for (const subscriber of subscribers) {
      const at = moved.moves.get(subscriber.name) ?? moved.cursors.get(subscriber.name);
      // Absent: another process holds the cursor (see settle).
      if (at === undefined) this.blocked = true;
      else {
        this.cursorAtLeast.set(subscriber.name, at);
        if (at < head) more = true;
      }
    }
    return more;
  }

  private async feed(subscriber: Subscriber, head: number): Promise<boolean> {
    if ((this.cursorAtLeast.get(subscriber.name) ?? -1) >= head) return false;
    const fed = await this.db.transaction().execute(async (trx) => {
      const cursor = await repo.lockCursor(trx, subscriber.name, subscriber.startAt ?? 'beginning', {
        exists: this.cursorAtLeast.has(subscriber.name),
      });
      if (cursor < 0 || cursor >= head) return { cursor, more: false };
      const events = await repo.eventsAfter(trx, cursor, BATCH);
      if (events.length === 0) return { cursor, more: false };
      const accepted = events.filter((e) => subscriber.accepts(e));
      if (accepted.length > 0) await subscriber.handle(trx, accepted);
      const last = (events[events.length - 1] as DomainEvent).seq;
      await repo.advanceCursor(trx, subscriber.name, last);
      return { cursor: last, more: events.length === BATCH };
    });
    // Recorded after commit (a rollback throws past this); -1: another process holds the cursor.
    if (fed.cursor >= 0) this.cursorAtLeast.set(subscriber.name, fed.cursor);
    else this.blocked = true;
    return fed.more;
  }
}
