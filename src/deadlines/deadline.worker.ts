import { appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { startPollingLoop } from '../shared/polling.ts';
import { DEADLINE_ACTOR, type DeadlineEffect, deadlineKind, moot } from './deadline.kinds.ts';
import * as repo from './deadline.repository.ts';
import { type Deadline, toDeadline } from './deadline.service.ts';

/**
 * Fires durable deadlines. Each firing is one transaction: claim the earliest due row with
 * FOR UPDATE SKIP LOCKED (another worker, in this or another process, skips it), mark it fired
 * with a conditional update, apply its effect, append the audit. Effect and fired_at commit
 * together or not at all, so a deadline fires exactly once across restarts and processes.
 */
const DEFAULT_BATCH = 100;
const MAX_RETRY_DELAY_MS = 3_600_000;

async function applyEffect(trx: Database, deadline: Deadline, now: Date): Promise<DeadlineEffect> {
  const definition = deadlineKind(deadline.kind);
  // A kind nobody registers any more (its module was removed) ends without an effect, recorded.
  if (!definition) return moot(`no handler for deadline kind ${deadline.kind}`);
  return definition.fire(trx, deadline, now);
}

type FireResult = 'fired' | 'none';

async function fireOne(db: Database, now: Date): Promise<FireResult> {
  let claimedId: string | null = null;
  try {
    return await db.transaction().execute(async (trx): Promise<FireResult> => {
      const row = await repo.claimNextDue(trx, now);
      if (!row) return 'none';
      claimedId = row.id;
      // Marked first, so an effect that stops the item's clocks does not cancel the one firing.
      if (!(await repo.markFired(trx, row.id, now, 'firing'))) return 'fired';
      const deadline = toDeadline(row);
      const effect = await applyEffect(trx, deadline, now);
      await repo.setResult(trx, row.id, effect.result);
      await appendAudit(trx, [
        {
          actor: DEADLINE_ACTOR,
          action: 'deadline.fired',
          entityType: 'deadline',
          entityId: row.id,
          data: {
            itemId: row.item_id,
            target: { type: row.target_type, id: row.target_id },
            kind: row.kind,
            dueAt: row.due_at.toISOString(),
            result: effect.result,
          },
        },
        ...effect.audit,
      ]);
      return 'fired';
    });
  } catch (error) {
    if (claimedId === null) throw error;
    // A failing effect must not block the deadlines behind it: back off this one and go on.
    const failures =
      (await db.selectFrom('deadlines').select('failures').where('id', '=', claimedId).executeTakeFirst())
        ?.failures ?? 0;
    const delay = Math.min(MAX_RETRY_DELAY_MS, 60_000 * 2 ** failures);
    await repo.recordFailure(
      db,
      claimedId,
      String((error as Error).message ?? error).slice(0, 500),
      new Date(now.getTime() + delay),
    );
    throw error;
  }
}

/**
 * Fires every deadline due at `now` (up to `limit`); returns how many fired. Tests pass a `now`
 * in the future instead of waiting; the server passes the wall clock.
 */
export async function fireDueDeadlines(
  db: Database,
  now: Date = new Date(),
  options: { limit?: number; onError?: (error: unknown) => void } = {},
): Promise<number> {
  const limit = options.limit ?? DEFAULT_BATCH;
  let fired = 0;
  while (fired < limit) {
    try {
      if ((await fireOne(db, now)) === 'none') break;
      fired += 1;
    } catch (error) {
      if (!options.onError) throw error;
      options.onError(error);
    }
  }
  return fired;
}

export interface DeadlineWorkerLog {
  error(obj: object, msg: string): void;
}

export interface DeadlineWorker {
  /** Stops polling and waits for the round in flight. */
  stop(): Promise<void>;
}

/**
 * Polls every `intervalMs` and fires what is due; a full batch goes again at once. Safe to run
 * in several processes against one PostgreSQL database.
 */
export function startDeadlineWorker(options: {
  db: Database;
  intervalMs: number;
  log: DeadlineWorkerLog;
  limit?: number;
  clock?: () => Date;
}): DeadlineWorker {
  const limit = options.limit ?? DEFAULT_BATCH;
  const clock = options.clock ?? (() => new Date());
  return startPollingLoop(
    async () => {
      const fired = await fireDueDeadlines(options.db, clock(), {
        limit,
        onError: (err) => options.log.error({ err }, 'deadline failed; retrying later'),
      });
      return fired >= limit;
    },
    {
      intervalMs: options.intervalMs,
      startNow: true,
      onError: (err) => options.log.error({ err }, 'deadline round failed'),
    },
  );
}
