import type { Database } from '../db/database.ts';
import * as repo from './images.repository.ts';
import { ReferenceIndex } from './reference-index.ts';

/** How often a process looks for references other processes added. */
const REFRESH_MS = 1_000;
/** New rows are read from a little before the newest seen: a transaction may commit late. */
const OVERLAP_MS = 5 * 60_000;
const PAGE = 50_000;

interface State {
  index: ReferenceIndex;
  newest: Date | null;
  refreshedAt: number;
  pending: Promise<void> | null;
}

const states = new WeakMap<Database, State>();

/**
 * This process's index of reference hashes for `db`: loaded from the table on first use (in pages),
 * then refreshed with rows created since (at most once a second). References added by this process
 * are in it at once (`addToReferenceIndex`).
 */
export async function referenceIndexOf(db: Database): Promise<ReferenceIndex> {
  let state = states.get(db);
  if (!state) {
    state = { index: new ReferenceIndex(), newest: null, refreshedAt: 0, pending: null };
    states.set(db, state);
    const s = state;
    s.pending = load(db, s).finally(() => {
      s.pending = null;
    });
  }
  if (state.pending) await state.pending;
  if (Date.now() - state.refreshedAt > REFRESH_MS) {
    const s = state;
    s.pending ??= refresh(db, s).finally(() => {
      s.pending = null;
    });
    await s.pending;
  }
  return state.index;
}

async function load(db: Database, state: State) {
  let after: string | null = null;
  for (;;) {
    const rows = await repo.indexedReferencesAfter(db, after, PAGE);
    for (const row of rows) {
      state.index.add(row.id, row.pdq);
      if (!state.newest || row.created_at > state.newest) state.newest = row.created_at;
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1]!.id;
  }
  state.index.build();
  state.refreshedAt = Date.now();
}

async function refresh(db: Database, state: State) {
  const since = new Date((state.newest?.getTime() ?? 0) - OVERLAP_MS);
  for (const row of await repo.indexedReferencesSince(db, since)) {
    state.index.add(row.id, row.pdq);
    if (!state.newest || row.created_at > state.newest) state.newest = row.created_at;
  }
  state.refreshedAt = Date.now();
}

/** A reference this process just committed: matched from now on without waiting for a refresh. */
export function addToReferenceIndex(db: Database, id: string, pdq: string): void {
  states.get(db)?.index.add(id, pdq);
}
