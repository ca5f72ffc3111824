import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
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
  await appendStatement.run(trx, [new Date(), auditEntriesParameter(entries)]);
}

/**
 * For a hot path that writes its audit entries in the same statement as the change itself (a
 * data-modifying CTE), saving a round trip and the explicit transaction: the SQL of that CTE's
 * insert, reading the entries from one jsonb parameter (see auditEntriesParameter) in order.
 * `gate` names a CTE that yields a row only when the change happened.
 */
export function auditInsertSql(at: string, entries: string, gate?: string): string {
  return `insert into audit_pending (at, actor, action, entity_type, entity_id, data)
  select ${at}::timestamptz, a.entry->>'actor', a.entry->>'action', a.entry->>'entity_type',
         a.entry->>'entity_id', a.entry->'data'
    from ${gate ? `${gate}, ` : ''}jsonb_array_elements(${entries}::jsonb) with ordinality as a(entry, ord)
   order by a.ord`;
}

export function auditEntriesParameter(entries: readonly AuditEntry[]): string {
  return JSON.stringify(
    entries.map((e) => ({
      actor: e.actor,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      data: e.data,
    })),
  );
}

const appendStatement = prepared<never>('audit_append', auditInsertSql('$1', '$2'));

/**
 * Seals up to `limit` pending entries into the hash chain, oldest first, and returns how many. The
 * chain head row lock makes sealing linear across processes; it is held for one batch, not for
 * every request transaction.
 */
export async function sealAudit(db: Database, limit = 500): Promise<number> {
  // Most polls find nothing: look before taking the chain head's lock.
  if (!(await anyPending.first(db, []))) return 0;
  return db.transaction().execute(async (trx) => {
    const head = await lockHead.first(trx, []);
    if (!head) throw new Error('audit_head row is missing');
    // Read after the lock, in a statement of its own, so entries another sequencer sealed while
    // this one waited are no longer seen.
    const pending = await trx.selectFrom('audit_pending').selectAll().orderBy('id').limit(limit).execute();
    if (pending.length === 0) return 0;
    let seq = Number(head.seq);
    let hash = head.hash;
    const columns = {
      seq: [] as number[],
      at: [] as string[],
      actor: [] as string[],
      action: [] as string[],
      entityType: [] as string[],
      entityId: [] as string[],
      data: [] as string[],
      prevHash: [] as string[],
      hash: [] as string[],
    };
    for (const p of pending) {
      seq += 1;
      const prevHash = hash;
      hash = chainHash(prevHash, {
        seq,
        at: p.at,
        actor: p.actor,
        action: p.action,
        entityType: p.entity_type,
        entityId: p.entity_id,
        data: p.data,
      });
      columns.seq.push(seq);
      columns.at.push(p.at.toISOString());
      columns.actor.push(p.actor);
      columns.action.push(p.action);
      columns.entityType.push(p.entity_type);
      columns.entityId.push(p.entity_id);
      columns.data.push(JSON.stringify(p.data));
      columns.prevHash.push(prevHash);
      columns.hash.push(hash);
    }
    await sealBatch.run(trx, [
      columns.seq,
      columns.at,
      columns.actor,
      columns.action,
      columns.entityType,
      columns.entityId,
      columns.data,
      columns.prevHash,
      columns.hash,
      pending.map((p) => p.id),
      seq,
      hash,
    ]);
    return pending.length;
  });
}

const anyPending = prepared<{ one: number }>(
  'audit_any_pending',
  'select 1 as one from audit_pending limit 1',
);
const lockHead = prepared<{ seq: number | string; hash: string }>(
  'audit_lock_head',
  'select seq, hash from audit_head where id = 1 for update',
);
/** One batch in one statement: the chain rows (as column arrays), the pending rows gone, the new head. */
const sealBatch = prepared<never>(
  'audit_seal_batch',
  `with sealed as (
  insert into audit_chain (seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash)
  select * from unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
                       $7::jsonb[], $8::text[], $9::text[])
),
cleared as (
  delete from audit_pending where id = any($10::bigint[])
)
update audit_head set seq = $11::bigint, hash = $12::text where id = 1`,
);

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
  // The head first: the sequencer may seal more while the walk runs, and those records are
  // checked next time. Verifying up to the head as it was keeps the verdict free of that race.
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  while (lastSeq < head.seq) {
    const rows = await db
      .selectFrom('audit_chain')
      .selectAll()
      .where('seq', '>', lastSeq)
      .where('seq', '<=', head.seq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) break;
    const run = verifyRun(rows.map(toRecord), lastSeq, lastHash);
    if (run.verdict) return run.verdict;
    lastSeq = run.lastSeq;
    lastHash = run.lastHash;
  }
  if (head.seq !== lastSeq || head.hash !== lastHash) {
    return {
      ok: false,
      checked: lastSeq,
      firstBroken: {
        seq: lastSeq + 1,
        reason:
          head.seq !== lastSeq
            ? `chain head says ${head.seq} records; records after ${lastSeq} are missing`
            : `the chain head's hash does not match record ${lastSeq}`,
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
