import { sql } from 'kysely';
import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { countAllListings, type Listing, listingsPageAfter } from '../listings/index.ts';
import { newId } from '../shared/ids.ts';
import { startPollingLoop } from '../shared/polling.ts';
import './proactive.table.ts';

/** Where a rescan sends each page: scanned in this process, or published for scan workers. */
export type ScanSink = (listings: readonly Listing[]) => Promise<{ flagged: number }>;

const LEASE_MS = 60_000;

type JobRow = {
  id: string;
  state: 'running' | 'done' | 'failed';
  after_listing_id: string | null;
  total: number;
  scanned: number;
  flagged: number;
  started_at: Date;
  updated_at: Date;
  finished_at: Date | null;
  error: string | null;
};

function toJob(row: JobRow) {
  return {
    id: row.id,
    state: row.state,
    total: row.total,
    scanned: row.scanned,
    flagged: row.flagged,
    progress: row.total === 0 ? 1 : Math.min(1, row.scanned / row.total),
    cursor: row.after_listing_id,
    startedAt: row.started_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
    error: row.error,
  };
}

/** Starts a rescan of the whole catalogue (after rules change); workers pick it up and page through. */
export async function startRescan(db: Database, actor: Principal) {
  if (!(isOperatorStaff(actor) && actor.roles.has('admin')))
    throw AppError.forbidden('Only operator admins start a catalogue rescan');
  const total = await countAllListings(db);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('scan_jobs')
      .values({
        id: newId(),
        state: 'running',
        after_listing_id: null,
        total,
        lease_until: null,
        started_by: actor.userId,
        finished_at: null,
        error: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'detection.rescan_started',
        entityType: 'scan_job',
        entityId: row.id,
        data: { total },
      },
    ]);
    return toJob(row);
  });
}

export async function getRescan(db: Database, actor: Principal, id: string) {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Rescans are for operator staff');
  const row = await db.selectFrom('scan_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw AppError.notFound('Rescan');
  return toJob(row);
}

/**
 * Advances one running rescan by one page. The job is claimed with a lease (SKIP LOCKED), so any
 * number of processes can share the work; a process that dies mid-page leaves the lease to expire
 * and another resumes from the stored cursor. Returns false when no job needed work.
 */
export async function runRescanStep(db: Database, sink: ScanSink, pageSize = 500): Promise<boolean> {
  const job = await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('scan_jobs')
      .selectAll()
      .where('state', '=', 'running')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', new Date())]))
      .orderBy('started_at')
      .limit(1)
      .forNoKeyUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!row) return undefined;
    await trx
      .updateTable('scan_jobs')
      .set({ lease_until: new Date(Date.now() + LEASE_MS) })
      .where('id', '=', row.id)
      .execute();
    return row;
  });
  if (!job) return false;
  try {
    const page = await listingsPageAfter(db, job.after_listing_id, pageSize);
    const { flagged } = page.length > 0 ? await sink(page) : { flagged: 0 };
    const done = page.length < pageSize;
    await db
      .updateTable('scan_jobs')
      .set({
        after_listing_id: page.at(-1)?.id ?? job.after_listing_id,
        scanned: sql<number>`scanned + ${page.length}`,
        flagged: sql<number>`flagged + ${flagged}`,
        lease_until: null,
        updated_at: new Date(),
        ...(done ? { state: 'done' as const, finished_at: new Date() } : {}),
      })
      .where('id', '=', job.id)
      .execute();
  } catch (error) {
    await db
      .updateTable('scan_jobs')
      .set({ lease_until: null, error: String((error as Error).message ?? error), updated_at: new Date() })
      .where('id', '=', job.id)
      .execute();
    throw error;
  }
  return true;
}

/** Polls for rescan work; drains a job page by page while there is any. */
export function startRescanWorker(
  db: Database,
  sink: ScanSink,
  options: { intervalMs: number; pageSize?: number; onError?: (error: unknown) => void },
) {
  return startPollingLoop(() => runRescanStep(db, sink, options.pageSize), { ...options, startNow: true });
}
