import type { Database } from '../db/database.ts';
import { type AuditEntry, type AuditRecord, type ChainVerdict, chainHash, GENESIS_HASH, verifyRun } from './audit.ts';

/**
 * Appends entries to the chain inside the caller's transaction. The head row lock makes the chain
 * linear across processes; callers append last, just before commit, to hold it briefly.
 */
export async function appendAudit(trx: Database, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  let seq = head.seq;
  let hash = head.hash;
  const at = new Date();
  const rows = entries.map((entry) => {
    seq += 1;
    const record = { ...entry, seq, at };
    const prevHash = hash;
    hash = chainHash(prevHash, record);
    return {
      seq,
      at,
      actor: entry.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      data: JSON.stringify(entry.data),
      prev_hash: prevHash,
      hash,
    };
  });
  // The head update rides along with the first insert (one round trip fewer on every write).
  await trx
    .with('head', (db) => db.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1))
    .insertInto('audit_log')
    .values(rows.slice(0, 500))
    .execute();
  for (let i = 500; i < rows.length; i += 500) await trx.insertInto('audit_log').values(rows.slice(i, i + 500)).execute();
}

function toRecord(row: {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}): AuditRecord {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Walks the whole chain in pages and names the first broken link, if any. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<ChainVerdict> {
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', lastSeq).orderBy('seq').limit(pageSize).execute();
    if (rows.length === 0) break;
    const run = verifyRun(rows.map(toRecord), lastSeq, lastHash);
    if (run.verdict) return run.verdict;
    lastSeq = run.lastSeq;
    lastHash = run.lastHash;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  if (head.seq !== lastSeq || head.hash !== lastHash) {
    return { ok: false, checked: lastSeq, firstBroken: { seq: lastSeq + 1, reason: `chain head says ${head.seq} records; records after ${lastSeq} are missing` } };
  }
  return { ok: true, checked: lastSeq };
}

export async function listAudit(db: Database, filter: { entityId?: string; afterSeq?: number; limit: number }): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('seq').limit(filter.limit);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
  return (await query.execute()).map(toRecord);
}
