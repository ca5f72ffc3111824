import type { Database } from '../db/database.ts';
import { startPollingLoop } from '../shared/polling.ts';
import {
  type AuditEntry,
  type AuditRecord,
  type ChainVerdict,
  chainHash,
  GENESIS_HASH,
  verifyRun,
} from './audit.ts';
import './audit.table.ts';

/**
 * Records state changes inside the caller's transaction: one insert into the pending part of the
 * log, no lock. They commit or roll back with the change itself; the sequencer chains them.
 */
export async function appendAudit(trx: Database, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = auditPendingRows(entries);
  for (let i = 0; i < rows.length; i += 500)
    await trx
      .insertInto('audit_pending')
      .values(rows.slice(i, i + 500))
      .execute();
}

/**
 * The pending rows for entries, for a hot path that writes them in the same statement as the
 * change itself (a data-modifying CTE), saving a round trip and the explicit transaction.
 */
export function auditPendingRows(entries: readonly AuditEntry[], at = new Date()) {
  return entries.map((entry) => ({
    at,
    actor: entry.actor,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    data: JSON.stringify(entry.data),
  }));
}

/**
 * Seals up to `limit` pending entries into the hash chain, oldest first, and returns how many. The
 * chain head row lock makes sealing linear across processes; it is held for one batch, not for
 * every request transaction.
 */
export async function sealAudit(db: Database, limit = 500): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const head = await trx
      .selectFrom('audit_head')
      .select(['seq', 'hash'])
      .where('id', '=', 1)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const pending = await trx.selectFrom('audit_pending').selectAll().orderBy('id').limit(limit).execute();
    if (pending.length === 0) return 0;
    let seq = head.seq;
    let hash = head.hash;
    const rows = pending.map((p) => {
      seq += 1;
      const prevHash = hash;
      const record = {
        seq,
        at: p.at,
        actor: p.actor,
        action: p.action,
        entityType: p.entity_type,
        entityId: p.entity_id,
        data: p.data,
      };
      hash = chainHash(prevHash, record);
      return {
        seq,
        at: p.at,
        actor: p.actor,
        action: p.action,
        entity_type: p.entity_type,
        entity_id: p.entity_id,
        data: JSON.stringify(p.data),
        prev_hash: prevHash,
        hash,
      };
    });
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('audit_chain')
        .values(rows.slice(i, i + 500))
        .execute();
    await trx
      .deleteFrom('audit_pending')
      .where(
        'id',
        'in',
        pending.map((p) => p.id),
      )
      .execute();
    await trx.updateTable('audit_head').set({ seq, hash }).where('id', '=', 1).execute();
    return pending.length;
  });
}

/** Seals everything pending (shutdown, `ipp audit verify`). */
export async function sealAllAudit(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await sealAudit(db);
    total += sealed;
    if (sealed === 0) return total;
  }
}

/** Seals pending entries every `intervalMs` until stopped. */
export function startAuditSequencer(
  db: Database,
  options: { intervalMs: number; onError?: (error: unknown) => void },
) {
  return startPollingLoop(async () => (await sealAudit(db)) > 0, options);
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

/** Walks the sealed chain in pages and names the first broken link, if any. */
export async function verifyAuditChain(db: Database, pageSize = 5000): Promise<ChainVerdict> {
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  for (;;) {
    const rows = await db
      .selectFrom('audit_chain')
      .selectAll()
      .where('seq', '>', lastSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    const run = verifyRun(rows.map(toRecord), lastSeq, lastHash);
    if (run.verdict) return run.verdict;
    lastSeq = run.lastSeq;
    lastHash = run.lastHash;
  }
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  if (head.seq !== lastSeq || head.hash !== lastHash) {
    return {
      ok: false,
      checked: lastSeq,
      firstBroken: {
        seq: lastSeq + 1,
        reason: `chain head says ${head.seq} records; records after ${lastSeq} are missing`,
      },
    };
  }
  return { ok: true, checked: lastSeq };
}

export async function listAudit(
  db: Database,
  filter: { entityId?: string; afterSeq?: number; limit: number },
): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_chain').selectAll().orderBy('seq').limit(filter.limit);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.afterSeq !== undefined) query = query.where('seq', '>', filter.afterSeq);
  return (await query.execute()).map(toRecord);
}
