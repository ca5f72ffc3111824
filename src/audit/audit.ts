import { createHash } from 'node:crypto';

/** One state change, as recorded in the hash-chained audit log. */
export interface AuditEntry {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  seq: number;
  at: Date;
  /** The writer's nonce and MAC (see entry-mac.ts); null on records sealed before writers signed them. */
  nonce: string | null;
  mac: string | null;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level, so the hash survives jsonb's key reordering. Values
 * with `toJSON` (dates) are written as JSON.stringify writes them, so a value hashes the same
 * before it is stored as jsonb and after it is read back (the writer's MAC relies on that).
 */
export function canonicalJson(value: unknown): string {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  // Plain string concatenation: this runs for every audit record and archived snapshot.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(member)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * The record's link: SHA-256 of the previous hash and the record's canonical JSON. The writer's
 * nonce and MAC are part of it when present (absent members are left out, so records sealed before
 * writers signed their entries keep their hashes). `dataJson` is canonicalJson(record.data) when
 * the caller has it already (the sequencer serializes each entry's data once).
 */
export function chainHash(
  prevHash: string,
  record: Omit<AuditRecord, 'hash' | 'prevHash'>,
  dataJson = canonicalJson(record.data),
): string {
  // canonicalJson of {action, actor, at, data, entityId, entityType, mac?, nonce?, seq}, keys in
  // sorted order, written out so that the data is not serialized again.
  let body = `{"action":${JSON.stringify(record.action)},"actor":${JSON.stringify(record.actor)},"at":"${record.at.toISOString()}","data":${dataJson},"entityId":${JSON.stringify(record.entityId)},"entityType":${JSON.stringify(record.entityType)}`;
  if (record.mac !== null) body += `,"mac":${JSON.stringify(record.mac)}`;
  if (record.nonce !== null) body += `,"nonce":${JSON.stringify(record.nonce)}`;
  body += `,"seq":${record.seq}}`;
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** The first record whose link does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
}

/** Why `record` does not follow the record (prevSeq, prevHash) before it, or null when it does. */
export function linkProblem(
  prevSeq: number,
  prevHash: string,
  record: AuditRecord,
  dataJson = canonicalJson(record.data),
): string | null {
  if (record.seq !== prevSeq + 1) return `expected sequence ${prevSeq + 1}, found ${record.seq}`;
  if (record.prevHash !== prevHash) return 'prev_hash does not match the hash of the record before it';
  if (chainHash(prevHash, record, dataJson) !== record.hash)
    return 'content does not match its hash (record altered)';
  return null;
}

/** Pure check of a run of records, continuing from `prevHash` at `prevSeq`. */
export function verifyRun(
  records: readonly AuditRecord[],
  prevSeq: number,
  prevHash: string,
): { verdict: ChainVerdict | null; lastSeq: number; lastHash: string } {
  let seq = prevSeq;
  let hash = prevHash;
  for (const record of records) {
    const problem = linkProblem(seq, hash, record);
    if (problem)
      return {
        verdict: { ok: false, checked: record.seq, firstBroken: { seq: record.seq, reason: problem } },
        lastSeq: seq,
        lastHash: hash,
      };
    seq = record.seq;
    hash = record.hash;
  }
  return { verdict: null, lastSeq: seq, lastHash: hash };
}
