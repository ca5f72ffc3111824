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
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the hash survives jsonb's key reordering. */
export function canonicalJson(value: unknown): string {
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

export function chainHash(prevHash: string, record: Omit<AuditRecord, 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    seq: record.seq,
    at: record.at.toISOString(),
    actor: record.actor,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId,
    data: record.data,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** The first record whose link does not hold, and why. */
  firstBroken?: { seq: number; reason: string };
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
    if (record.seq !== seq + 1) {
      return {
        verdict: broken(record.seq, `expected sequence ${seq + 1}, found ${record.seq}`),
        lastSeq: seq,
        lastHash: hash,
      };
    }
    if (record.prevHash !== hash) {
      return {
        verdict: broken(record.seq, 'prev_hash does not match the hash of the record before it'),
        lastSeq: seq,
        lastHash: hash,
      };
    }
    const expected = chainHash(hash, record);
    if (expected !== record.hash) {
      return {
        verdict: broken(record.seq, 'content does not match its hash (record altered)'),
        lastSeq: seq,
        lastHash: hash,
      };
    }
    seq = record.seq;
    hash = record.hash;
  }
  return { verdict: null, lastSeq: seq, lastHash: hash };
}

function broken(seq: number, reason: string): ChainVerdict {
  return { ok: false, checked: seq, firstBroken: { seq, reason } };
}
