import type { Database } from '../db/database.ts';
import { type ChainHead, chainPage } from './audit.repository.ts';
import { type AuditRecord, canonicalJson, chainHash, GENESIS_HASH, linkProblem } from './audit.ts';
import { entryMacProblem } from './entry-mac.ts';

/** Where a walk starts: a record known to be genuine, and whether records from there on carry MACs. */
export interface WalkStart extends ChainHead {
  /** True once a record carrying a writer MAC has been seen: every later record must carry one. */
  macRequired: boolean;
}

export const GENESIS: WalkStart = { seq: 0, hash: GENESIS_HASH, macRequired: false };

export interface RecordProblem {
  seq: number;
  reason: string;
}

export interface ChainWalk {
  /** The last record whose link held, up to the end asked for when nothing broke. */
  lastSeq: number;
  lastHash: string;
  /** The first record whose link does not hold (altered, out of order, missing), if any. */
  firstBroken: RecordProblem | null;
  /** Records whose writer MAC is missing or fails (the first MAX_LISTED of them) and their count. */
  macFailures: RecordProblem[];
  macFailureCount: number;
  macRequired: boolean;
}

const MAX_LISTED = 20;

/**
 * Walks the chain from `start` up to `end` (the head as it was read, so records sealed meanwhile
 * do not count as missing), in pages. Links are checked up to the first break; MACs (with the key,
 * or only their presence without it) and `visit` continue past it, so one altered record does not
 * hide what comes after.
 */
export async function walkChain(
  db: Database,
  start: WalkStart,
  end: ChainHead,
  options: { macKey: Buffer | null; visit?: (record: AuditRecord) => void; pageSize?: number },
): Promise<ChainWalk> {
  const pageSize = options.pageSize ?? 5000;
  const walk: ChainWalk = {
    lastSeq: start.seq,
    lastHash: start.hash,
    firstBroken: null,
    macFailures: [],
    macFailureCount: 0,
    macRequired: start.macRequired,
  };
  let readUpTo = start.seq;
  while (readUpTo < end.seq) {
    const records = await chainPage(db, readUpTo + 1, end.seq, pageSize);
    if (records.length === 0) break;
    for (const record of records) {
      const dataJson = canonicalJson(record.data);
      if (!walk.firstBroken) {
        const problem = linkProblem(walk.lastSeq, walk.lastHash, record, dataJson);
        if (problem) walk.firstBroken = { seq: record.seq, reason: problem };
        else {
          walk.lastSeq = record.seq;
          walk.lastHash = record.hash;
        }
      }
      const macProblem = recordMacProblem(record, walk.macRequired, options.macKey, dataJson);
      if (record.mac !== null) walk.macRequired = true;
      if (macProblem) {
        walk.macFailureCount++;
        if (walk.macFailures.length < MAX_LISTED)
          walk.macFailures.push({ seq: record.seq, reason: macProblem });
      }
      options.visit?.(record);
    }
    readUpTo = records[records.length - 1]!.seq;
  }
  if (!walk.firstBroken && (walk.lastSeq !== end.seq || walk.lastHash !== end.hash)) {
    walk.firstBroken = {
      seq: walk.lastSeq + 1,
      reason:
        walk.lastSeq !== end.seq
          ? `chain head says ${end.seq} records; records after ${walk.lastSeq} are missing`
          : `the chain head's hash does not match record ${walk.lastSeq}`,
    };
  }
  return walk;
}

function recordMacProblem(
  record: AuditRecord,
  macRequired: boolean,
  key: Buffer | null,
  dataJson: string,
): string | null {
  if (record.mac === null || record.nonce === null)
    return macRequired ? 'it carries no writer MAC although the records before it do' : null;
  if (!key) return null;
  const problem = entryMacProblem(key, record, dataJson);
  return problem ? `${problem}: the record was altered` : null;
}

/**
 * A walk start at the record a trusted checkpoint names, or why there cannot be one: the record
 * must be there and its content must hash to the checkpoint's hash (its prev_hash is then
 * authenticated by that hash too).
 */
export async function startAt(db: Database, checkpoint: ChainHead): Promise<WalkStart | string> {
  const [record] = await chainPage(db, checkpoint.seq, checkpoint.seq, 1);
  if (!record) return `the record at seq ${checkpoint.seq}, which a checkpoint covers, is missing`;
  if (record.hash !== checkpoint.hash || chainHash(record.prevHash, record) !== checkpoint.hash)
    return `the record at seq ${checkpoint.seq} does not have the hash its checkpoint signed`;
  return { seq: checkpoint.seq, hash: checkpoint.hash, macRequired: record.mac !== null };
}
