import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import { newId } from '../shared/ids.ts';
import { type AuditEntry, type AuditRecord, canonicalJson, chainHash } from './audit.ts';
import { entryMac, entryMacProblem, requireAuditMacKey } from './entry-mac.ts';
import './audit.table.ts';

/** The chain head: the last sealed record's seq and hash (seq 0 and the genesis hash when empty). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Records state changes inside the caller's transaction: one insert into the pending part of the
 * log, no lock. They commit or roll back with the change itself; the sequencer chains them.
 */
export async function appendAudit(trx: Database, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const at = new Date();
  await appendStatement.run(trx, [at, auditEntriesParameter(trx, at, entries)]);
}

/**
 * For a hot path that writes its audit entries in the same statement as the change itself (a
 * data-modifying CTE), saving a round trip and the explicit transaction: the SQL of that CTE's
 * insert, reading the entries from one jsonb parameter (see auditEntriesParameter) in order.
 * `gate` names a CTE that yields a row only when the change happened.
 */
export function auditInsertSql(at: string, entries: string, gate?: string): string {
  return `insert into audit_pending (at, actor, action, entity_type, entity_id, data, nonce, mac)
  select ${at}::timestamptz, a.entry->>'actor', a.entry->>'action', a.entry->>'entity_type',
         a.entry->>'entity_id', a.entry->'data', (a.entry->>'nonce')::uuid, a.entry->>'mac'
    from ${gate ? `${gate}, ` : ''}jsonb_array_elements(${entries}::jsonb) with ordinality as a(entry, ord)
   order by a.ord`;
}

/**
 * The entries as the one jsonb parameter auditInsertSql reads, each with a fresh nonce and the
 * writer's MAC computed here (the key never reaches the database). `at` must be the time the
 * statement stores (its parameter for auditInsertSql's `at`).
 */
export function auditEntriesParameter(db: Database, at: Date, entries: readonly AuditEntry[]): string {
  const key = requireAuditMacKey(db);
  // Written out (JSON text with the data's canonical JSON inside) so that each entry's data is
  // serialized once, for its MAC and for the parameter alike.
  let out = '[';
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const nonce = newId();
    const dataJson = canonicalJson(e.data);
    const mac = entryMac(key, { ...e, at, nonce }, dataJson);
    out += `${i === 0 ? '' : ','}{"actor":${JSON.stringify(e.actor)},"action":${JSON.stringify(e.action)},"entity_type":${JSON.stringify(e.entityType)},"entity_id":${JSON.stringify(e.entityId)},"data":${dataJson},"nonce":"${nonce}","mac":"${mac}"}`;
  }
  return `${out}]`;
}

const appendStatement = prepared<never>('audit_append', auditInsertSql('$1', '$2'));

/** A pending entry the sequencer would not seal, and why. */
export interface QuarantinedEntry {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string;
}

export interface SealResult {
  sealed: number;
  quarantined: QuarantinedEntry[];
  /** The head before and after this batch (equal when nothing was sealed). */
  from: ChainHead;
  to: ChainHead;
}

/**
 * Seals up to `limit` pending entries into the hash chain, oldest first. An entry whose writer MAC
 * does not verify, or whose nonce is already in the chain (a replayed copy), is moved to
 * `audit_quarantine` instead. The chain head row lock makes sealing linear across processes; it is
 * held for one batch, not for every request transaction.
 */
export async function sealAudit(db: Database, limit = 500): Promise<SealResult | null> {
  // Most polls find nothing: look before taking the chain head's lock.
  if (!(await anyPending.first(db, []))) return null;
  const key = requireAuditMacKey(db);
  return db.transaction().execute(async (trx) => {
    const head = await lockHead.first(trx, []);
    if (!head) throw new Error('audit_head row is missing');
    // Read after the lock, in a statement of its own, so entries another sequencer sealed while
    // this one waited are no longer seen.
    const pending = await trx.selectFrom('audit_pending').selectAll().orderBy('id').limit(limit).execute();
    if (pending.length === 0) return null;
    const from = { seq: Number(head.seq), hash: head.hash };
    // Each entry's data is serialized once: for its MAC check, its link hash and the statement.
    const dataJson = pending.map((p) => canonicalJson(p.data));
    const problems = pending.map((p, i) =>
      entryMacProblem(key, { ...p, entityType: p.entity_type, entityId: p.entity_id }, dataJson[i]),
    );
    const genuineNonces = pending.flatMap((p, i) => (problems[i] === null && p.nonce ? [p.nonce] : []));
    const alreadySealed = new Map(
      (await sealedNonces.run(trx, [genuineNonces])).map((r) => [r.nonce, Number(r.seq)]),
    );
    const seenInBatch = new Set<string>();
    let seq = from.seq;
    let hash = from.hash;
    const columns = {
      seq: [] as number[],
      at: [] as string[],
      actor: [] as string[],
      action: [] as string[],
      entityType: [] as string[],
      entityId: [] as string[],
      data: [] as string[],
      nonce: [] as (string | null)[],
      mac: [] as (string | null)[],
      prevHash: [] as string[],
      hash: [] as string[],
    };
    const quarantined: QuarantinedEntry[] = [];
    for (let i = 0; i < pending.length; i++) {
      const p = pending[i]!;
      const nonce = p.nonce ?? '';
      let reason = problems[i];
      if (!reason && alreadySealed.has(nonce))
        reason = `it replays the entry sealed at seq ${alreadySealed.get(nonce)} (same nonce)`;
      if (!reason && seenInBatch.has(nonce)) reason = 'it replays another pending entry (same nonce)';
      if (reason) {
        quarantined.push({
          id: Number(p.id),
          at: p.at,
          actor: p.actor,
          action: p.action,
          entityType: p.entity_type,
          entityId: p.entity_id,
          reason,
        });
        continue;
      }
      seenInBatch.add(nonce);
      seq += 1;
      const prevHash = hash;
      hash = chainHash(
        prevHash,
        {
          seq,
          at: p.at,
          actor: p.actor,
          action: p.action,
          entityType: p.entity_type,
          entityId: p.entity_id,
          data: p.data,
          nonce: p.nonce,
          mac: p.mac,
        },
        dataJson[i],
      );
      columns.seq.push(seq);
      columns.at.push(p.at.toISOString());
      columns.actor.push(p.actor);
      columns.action.push(p.action);
      columns.entityType.push(p.entity_type);
      columns.entityId.push(p.entity_id);
      columns.data.push(dataJson[i]!);
      columns.nonce.push(p.nonce);
      columns.mac.push(p.mac);
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
      columns.nonce,
      columns.mac,
      columns.prevHash,
      columns.hash,
      quarantined.map((q) => q.id),
      quarantined.map((q) => q.reason),
      pending.map((p) => p.id),
      seq,
      hash,
    ]);
    return { sealed: columns.seq.length, quarantined, from, to: { seq, hash } };
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
const sealedNonces = prepared<{ nonce: string; seq: number | string }>(
  'audit_sealed_nonces',
  'select nonce::text as nonce, seq from audit_chain where nonce = any($1::uuid[])',
);
/**
 * One batch in one statement: the chain rows (as column arrays), the refused rows moved to the
 * quarantine with their reasons, the pending rows gone, the new head. (Every part reads the
 * snapshot from before the statement, so the quarantine copy still sees the pending rows.)
 */
const sealBatch = prepared<never>(
  'audit_seal_batch',
  `with sealed as (
  insert into audit_chain (seq, at, actor, action, entity_type, entity_id, data, nonce, mac, prev_hash, hash)
  select * from unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[],
                       $7::jsonb[], $8::uuid[], $9::text[], $10::text[], $11::text[])
),
quarantined as (
  insert into audit_quarantine (id, at, actor, action, entity_type, entity_id, data, nonce, mac, reason, quarantined_at)
  select p.id, p.at, p.actor, p.action, p.entity_type, p.entity_id, p.data, p.nonce, p.mac, q.reason, now()
    from unnest($12::bigint[], $13::text[]) as q(id, reason)
    join audit_pending p on p.id = q.id
),
cleared as (
  delete from audit_pending where id = any($14::bigint[])
)
update audit_head set seq = $15::bigint, hash = $16::text where id = 1`,
);

/** Seals everything pending (shutdown, `ipp audit verify`); returns how many records were chained. */
export async function sealAllAudit(db: Database, onBatch?: (result: SealResult) => void): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await sealAudit(db);
    if (!result) return total;
    total += result.sealed;
    onBatch?.(result);
  }
}

/** Takes the chain head's row lock until the transaction ends: sealing and checkpointing serialize on it. */
export async function lockChainHead(trx: Database): Promise<ChainHead> {
  const head = await lockHead.first(trx, []);
  if (!head) throw new Error('audit_head row is missing');
  return { seq: Number(head.seq), hash: head.hash };
}

export async function readChainHead(db: Database): Promise<ChainHead> {
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

type ChainRow = {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, unknown>;
  nonce: string | null;
  mac: string | null;
  prev_hash: string;
  hash: string;
};

function toRecord(row: ChainRow): AuditRecord {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    data: row.data,
    nonce: row.nonce,
    mac: row.mac,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Chain records with fromSeq <= seq <= toSeq, in order, at most `limit`. */
export async function chainPage(
  db: Database,
  fromSeq: number,
  toSeq: number,
  limit: number,
): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_chain')
    .selectAll()
    .where('seq', '>=', fromSeq)
    .where('seq', '<=', toSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

export async function countPending(db: Database): Promise<number> {
  const row = await db
    .selectFrom('audit_pending')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listQuarantine(
  db: Database,
  limit: number,
): Promise<{ total: number; entries: QuarantinedEntry[] }> {
  const rows = await db.selectFrom('audit_quarantine').selectAll().orderBy('id').limit(limit).execute();
  const total = await db
    .selectFrom('audit_quarantine')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    total: Number(total.n),
    entries: rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      actor: r.actor,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      reason: r.reason,
    })),
  };
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

/** Where the chain holds a record: its seq, hash and time. */
export interface ChainPosition {
  seq: number;
  hash: string;
  at: Date;
}

/**
 * The first chain record of `action` on an entity (its creation, for receipts), 'pending' while
 * that entry waits for the sequencer, or null when there is none. Reads the entity index.
 */
export async function chainPositionOf(
  db: Database,
  of: { entityType: string; entityId: string; action: string },
): Promise<ChainPosition | 'pending' | null> {
  const sealed = () =>
    db
      .selectFrom('audit_chain')
      .select(['seq', 'hash', 'at'])
      .where('entity_type', '=', of.entityType)
      .where('entity_id', '=', of.entityId)
      .where('action', '=', of.action)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst();
  const found = await sealed();
  if (found) return { seq: Number(found.seq), hash: found.hash, at: found.at };
  const pending = await db
    .selectFrom('audit_pending')
    .select('id')
    .where('entity_type', '=', of.entityType)
    .where('entity_id', '=', of.entityId)
    .where('action', '=', of.action)
    .limit(1)
    .executeTakeFirst();
  if (pending) return 'pending';
  // Sealed between the two reads: the chain has it now.
  const late = await sealed();
  return late ? { seq: Number(late.seq), hash: late.hash, at: late.at } : null;
}
