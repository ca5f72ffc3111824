import type { Database } from '../db/database.ts';
import type { Checkpoint } from './checkpoint.ts';
import './audit.table.ts';

/** All SQL of the checkpoints' database copy (`audit_checkpoints`). */

type CheckpointRow = { seq: number; hash: string; at: Date; key_id: string; signature: string };

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return {
    seq: Number(row.seq),
    hash: row.hash,
    at: row.at.toISOString(),
    keyId: row.key_id,
    signature: row.signature,
  };
}

/** Stores a copy; a row already at that seq (another process's, or a forged one) is replaced. */
export async function saveCheckpoint(trx: Database, checkpoint: Checkpoint): Promise<void> {
  const row = {
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    at: new Date(checkpoint.at),
    key_id: checkpoint.keyId,
    signature: checkpoint.signature,
  };
  await trx
    .insertInto('audit_checkpoints')
    .values(row)
    .onConflict((oc) =>
      oc.column('seq').doUpdateSet({
        hash: row.hash,
        at: row.at,
        key_id: row.key_id,
        signature: row.signature,
      }),
    )
    .execute();
}

/** Checkpoints after `afterSeq`, oldest first (the public listing and verification pages). */
export async function checkpointsAfter(db: Database, afterSeq: number, limit: number): Promise<Checkpoint[]> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toCheckpoint);
}

/** Checkpoints at or past `fromSeq`, newest first. */
export async function checkpointsFrom(db: Database, fromSeq: number, limit: number): Promise<Checkpoint[]> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('seq', '>=', fromSeq)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toCheckpoint);
}

/** Checkpoints before `beforeSeq`, newest first. */
export async function checkpointsBefore(
  db: Database,
  beforeSeq: number,
  limit: number,
): Promise<Checkpoint[]> {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .where('seq', '<', beforeSeq)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toCheckpoint);
}
