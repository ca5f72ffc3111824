import type { KeyObject } from 'node:crypto';
import type { Database } from '../db/database.ts';
import {
  countPending,
  listQuarantine,
  readChainHead,
  type SealResult,
  sealAllAudit,
} from './audit.repository.ts';
import type { AuditFinding, AuditVerdict } from './audit.schema.ts';
import type { ChainVerdict } from './audit.ts';
import { GENESIS, walkChain } from './chain-walk.ts';
import { readCheckpointFile } from './checkpoint.file.ts';
import { checkpointsAfter } from './checkpoint.repository.ts';
import {
  type Checkpoint,
  checkpointProblem,
  parseCheckpointLines,
  type TrustedKeys,
  trustedKeys,
} from './checkpoint.ts';
import { auditMacKeyOf } from './entry-mac.ts';

export interface VerifyOptions {
  /**
   * Chain what is pending first (the operator's check: needs the database handle's MAC key, and
   * entries whose MAC fails are quarantined). An outsider verifies read-only.
   */
  seal: boolean;
  /** The keys checkpoints may be signed with (the published audit public key). */
  publicKeys: readonly KeyObject[];
  /** Checkpoint files to hold the chain against: the signing process's own, or an outsider's copy. */
  checkpointFiles: readonly string[];
  /**
   * The writers' MAC key to check every sealed record with: by default the database handle's own
   * (attachAuditMacKey); null for an outsider, who checks links and checkpoints only.
   */
  macKey?: Buffer | null;
  onSealed?: (result: SealResult) => void;
}

const MAX_LISTED = 20;

/**
 * The whole check, for `ipp audit verify` and `POST /v1/audit/verify`: every link and (with the
 * key) every writer MAC from the first record to the head, then the chain against every trusted
 * checkpoint (the files given, and the database's copies, each trusted only through its
 * signature): records cut off after a checkpoint, a record whose hash is not the one a checkpoint
 * signed (the chain was rewritten), checkpoints whose signature fails, and pending entries the
 * sequencer refused to seal. Any finding makes the verdict not ok.
 */
export async function verifyAudit(db: Database, options: VerifyOptions): Promise<AuditVerdict> {
  const sealed = options.seal ? await sealAllAudit(db, options.onSealed) : 0;
  const findings: AuditFinding[] = [];
  const keys = trustedKeys(options.publicKeys);
  const checkpoints = await trustedCheckpoints(db, options.checkpointFiles, keys, findings);
  // The head first: records sealed while the walk runs are checked next time.
  const head = await readChainHead(db);
  const recordHashes = new Map<number, string>();
  const walk = await walkChain(db, GENESIS, head, {
    macKey: options.macKey === undefined ? auditMacKeyOf(db) : options.macKey,
    visit: (record) => {
      if (checkpoints.has(record.seq)) recordHashes.set(record.seq, record.hash);
    },
  });
  if (walk.firstBroken)
    findings.push({
      kind: 'broken_link',
      seq: walk.firstBroken.seq,
      message: `audit chain broken at seq ${walk.firstBroken.seq}: ${walk.firstBroken.reason}`,
    });
  for (const failure of walk.macFailures)
    findings.push({
      kind: 'record_mac',
      seq: failure.seq,
      message: `record at seq ${failure.seq}: ${failure.reason}`,
    });
  if (walk.macFailureCount > walk.macFailures.length)
    findings.push({
      kind: 'record_mac',
      message: `${walk.macFailureCount - walk.macFailures.length} more records fail their writer MAC`,
    });
  const ordered = [...checkpoints.values()].sort((a, b) => a.seq - b.seq);
  findings.push(...compareWithCheckpoints(ordered, head.seq, recordHashes));
  const quarantine = await listQuarantine(db, MAX_LISTED);
  for (const entry of quarantine.entries)
    findings.push({
      kind: 'forged_pending',
      entryId: entry.id,
      message: `forged pending entry #${entry.id} (${entry.action} on ${entry.entityType} ${entry.entityId}, by "${entry.actor}", at ${entry.at.toISOString()}) was not sealed: ${entry.reason}`,
    });
  if (quarantine.total > quarantine.entries.length)
    findings.push({
      kind: 'forged_pending',
      message: `${quarantine.total - quarantine.entries.length} more forged pending entries are in audit_quarantine`,
    });
  return {
    ok: findings.length === 0,
    checked: walk.lastSeq,
    head: head.seq,
    sealed,
    pending: await countPending(db),
    checkpoints: ordered.length,
    latestCheckpoint: ordered.at(-1) ?? null,
    ...(walk.firstBroken ? { firstBroken: walk.firstBroken } : {}),
    findings,
  };
}

/**
 * Truncation: the newest checkpoint covers records past the chain's end. Rewriting: a record's
 * hash differs from what a checkpoint signed; every checkpoint is compared, so the rewrite is
 * placed between the last checkpoint that still matches and the first that does not.
 */
export function compareWithCheckpoints(
  checkpoints: readonly Checkpoint[],
  headSeq: number,
  recordHashes: ReadonlyMap<number, string>,
): AuditFinding[] {
  const findings: AuditFinding[] = [];
  let lastMatch: Checkpoint | null = null;
  let firstMismatch: Checkpoint | null = null;
  let laterMismatches = 0;
  for (const checkpoint of checkpoints) {
    if (checkpoint.seq > headSeq) break;
    const hash = recordHashes.get(checkpoint.seq);
    if (hash === checkpoint.hash) {
      if (!firstMismatch) lastMatch = checkpoint;
    } else if (!firstMismatch) firstMismatch = checkpoint;
    else laterMismatches++;
  }
  if (firstMismatch) {
    const hash = recordHashes.get(firstMismatch.seq);
    const what =
      hash === undefined
        ? `record at seq ${firstMismatch.seq} is missing but the checkpoint signed at ${firstMismatch.at} covers it with hash ${firstMismatch.hash}`
        : `record at seq ${firstMismatch.seq} has hash ${hash} but the checkpoint signed at ${firstMismatch.at} says ${firstMismatch.hash}`;
    const after = lastMatch
      ? ` and after seq ${lastMatch.seq} (which matches the checkpoint signed at ${lastMatch.at})`
      : '';
    const more = laterMismatches > 0 ? `; ${laterMismatches} later checkpoints differ too` : '';
    findings.push({
      kind: 'rewritten',
      seq: firstMismatch.seq,
      fromSeq: (lastMatch?.seq ?? 0) + 1,
      toSeq: firstMismatch.seq,
      checkpoint: firstMismatch,
      message: `${what}: the chain was rewritten at or before seq ${firstMismatch.seq}${after}${more}`,
    });
  }
  const newest = checkpoints.at(-1);
  if (newest && newest.seq > headSeq)
    findings.push({
      kind: 'truncated',
      seq: headSeq,
      fromSeq: headSeq + 1,
      toSeq: newest.seq,
      checkpoint: newest,
      message: `the chain ends at seq ${headSeq} but the checkpoint signed at ${newest.at} covers up to seq ${newest.seq}: records ${headSeq + 1}..${newest.seq} are missing`,
    });
  return findings;
}

/** Checkpoints from the files and the database whose signatures hold, by seq; the rest are findings. */
async function trustedCheckpoints(
  db: Database,
  files: readonly string[],
  keys: TrustedKeys,
  findings: AuditFinding[],
): Promise<Map<number, Checkpoint>> {
  const bySeq = new Map<number, Checkpoint>();
  const consider = (checkpoint: Checkpoint, source: string) => {
    const problem = checkpointProblem(checkpoint, keys);
    if (problem) {
      findings.push({
        kind: 'bad_checkpoint',
        seq: checkpoint.seq,
        source,
        message: `the checkpoint for seq ${checkpoint.seq} in ${source} cannot be trusted: ${problem}`,
      });
      return;
    }
    const known = bySeq.get(checkpoint.seq);
    if (known && known.hash !== checkpoint.hash)
      findings.push({
        kind: 'bad_checkpoint',
        seq: checkpoint.seq,
        source,
        message: `two signed checkpoints disagree about seq ${checkpoint.seq} (${known.hash} and ${checkpoint.hash} in ${source}): the signing key is in other hands`,
      });
    else if (!known) bySeq.set(checkpoint.seq, checkpoint);
  };
  for (const file of files) {
    const text = await readCheckpointFile(file);
    if (text === null) continue;
    for (const parsed of parseCheckpointLines(text)) {
      const source = `${file} line ${parsed.line}`;
      if ('error' in parsed)
        findings.push({
          kind: 'bad_checkpoint',
          source,
          message: `${source} cannot be trusted: ${parsed.error}`,
        });
      else consider(parsed.checkpoint, source);
    }
  }
  for (let after = 0; ; ) {
    const page = await checkpointsAfter(db, after, 1000);
    for (const checkpoint of page) consider(checkpoint, 'the database copy (audit_checkpoints)');
    if (page.length < 1000) break;
    after = page[page.length - 1]!.seq;
  }
  return bySeq;
}

/** The chain alone (links, and writer MACs when this handle has the key), from the first record to the head. */
export async function verifyAuditChain(db: Database): Promise<ChainVerdict> {
  const head = await readChainHead(db);
  const walk = await walkChain(db, GENESIS, head, { macKey: auditMacKeyOf(db) });
  const broken = walk.firstBroken ?? walk.macFailures[0];
  return broken
    ? { ok: false, checked: walk.lastSeq, firstBroken: broken }
    : { ok: true, checked: walk.lastSeq };
}
