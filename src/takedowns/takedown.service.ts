import type { Database } from '../db/database.ts';
import { snapshotSha256 } from './removal.plan.ts';
import * as repo from './takedown.repository.ts';

/** Re-hashes an archived snapshot, so anyone can check it was not altered after the removal. */
export async function verifySnapshot(
  db: Database,
  id: string,
): Promise<{ ok: boolean; sha256: string; recomputed: string } | null> {
  const row = await repo.findSnapshot(db, id);
  if (!row) return null;
  const recomputed = snapshotSha256(row.snapshot);
  return { ok: recomputed === row.sha256, sha256: row.sha256, recomputed };
}
