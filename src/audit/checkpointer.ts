import type { Database } from '../db/database.ts';
import { lockChainHead, readChainHead, type SealResult } from './audit.repository.ts';
import { GENESIS, startAt, type WalkStart, walkChain } from './chain-walk.ts';
import { appendCheckpoint, lastCheckpointsInFile } from './checkpoint.file.ts';
import { checkpointsBefore, checkpointsFrom, saveCheckpoint } from './checkpoint.repository.ts';
import { type Checkpoint, type CheckpointSigner, checkpointProblem, trustedKeys } from './checkpoint.ts';
import { auditMacKeyOf } from './entry-mac.ts';

export interface CheckpointLog {
  error(details: object, message: string): void;
}

export interface CheckpointerOptions {
  signer: CheckpointSigner;
  /** The checkpoint file (outside the database), appended and flushed before a checkpoint counts. */
  file: string;
  /** At most one checkpoint per interval while this process seals. */
  intervalMs: number;
  log?: CheckpointLog;
}

/**
 * Signs the chain head now and then, in a process that seals. A checkpoint is a promise to
 * outsiders, so it signs only a head this process has vouched for: one it computed itself by
 * sealing onto a head it had vouched for, or one reached by walking the chain (links, hashes and
 * writer MACs) from the newest earlier checkpoint. A chain that was cut short or rewritten since
 * is refused and logged, never signed. Checkpoints are monotonic in seq: each is written under the
 * chain head's lock, and only when no checkpoint at or past it exists yet.
 */
export class AuditCheckpointer {
  /** The chain up to here is vouched for by this process. */
  private vouched: WalkStart | null = null;
  private sealedSinceCheckpoint = false;
  /** The first checkpoint comes an interval after start (or on shutdown), like every later one. */
  private lastAttemptAt = Date.now();
  private lastWrittenSeq = 0;

  constructor(
    private readonly db: Database,
    private readonly options: CheckpointerOptions,
  ) {}

  /** The sequencer reports each batch it sealed. */
  noteSealed(result: SealResult): void {
    if (result.sealed === 0) return;
    this.sealedSinceCheckpoint = true;
    const vouched = this.vouched;
    // Sealed onto the head this process vouched for: the new head is its own computation.
    if (vouched && vouched.seq === result.from.seq && vouched.hash === result.from.hash)
      this.vouched = { ...result.to, macRequired: true };
  }

  /** A checkpoint when this process sealed since its last one and the interval has passed. */
  async maybeCheckpoint(now = Date.now()): Promise<Checkpoint | null> {
    if (!this.sealedSinceCheckpoint || now - this.lastAttemptAt < this.options.intervalMs) return null;
    return this.checkpoint(now);
  }

  /** On shutdown: a last checkpoint when this process sealed since its last one. */
  async flush(): Promise<Checkpoint | null> {
    return this.sealedSinceCheckpoint ? this.checkpoint() : null;
  }

  /** Vouches for the current head and signs it; null when refused or already covered. */
  async checkpoint(now = Date.now()): Promise<Checkpoint | null> {
    this.lastAttemptAt = now;
    this.sealedSinceCheckpoint = false;
    const head = await readChainHead(this.db);
    if (head.seq === 0) return null;
    const start = this.vouched ?? (await this.newestCheckpointStart());
    if (typeof start === 'string') return this.refuse(head, start);
    if (head.seq < start.seq)
      return this.refuse(
        head,
        `the chain head is at seq ${head.seq}, behind the checkpoint at seq ${start.seq}: records were removed`,
      );
    const walk = await walkChain(this.db, start, head, { macKey: auditMacKeyOf(this.db) });
    const problem = walk.firstBroken ?? walk.macFailures[0];
    if (problem) return this.refuse(head, `record ${problem.seq}: ${problem.reason}`);
    this.vouched = { ...head, macRequired: walk.macRequired };
    return this.publish(head);
  }

  /**
   * Where to start vouching: the newest checkpoint with a good signature, from the end of the
   * checkpoint file or from the database's copy (whose rows may have been deleted, never forged),
   * else the chain's start.
   */
  private async newestCheckpointStart(): Promise<WalkStart | string> {
    const keys = trustedKeys([this.options.signer.publicKey]);
    const valid = (c: Checkpoint) => checkpointProblem(c, keys) === null;
    let newest: Checkpoint | null = null;
    for (const c of await lastCheckpointsInFile(this.options.file))
      if (valid(c) && c.seq > (newest?.seq ?? 0)) newest = c;
    this.lastWrittenSeq = Math.max(this.lastWrittenSeq, newest?.seq ?? 0);
    for (let before = Number.MAX_SAFE_INTEGER; before > (newest?.seq ?? 0); ) {
      const page = await checkpointsBefore(this.db, before, 100);
      const found = page.find(valid);
      if (found) {
        if (found.seq > (newest?.seq ?? 0)) newest = found;
        break;
      }
      if (page.length === 0) break;
      before = page[page.length - 1]!.seq;
    }
    return newest ? startAt(this.db, newest) : GENESIS;
  }

  private async publish(head: { seq: number; hash: string }): Promise<Checkpoint | null> {
    const keys = trustedKeys([this.options.signer.publicKey]);
    return this.db.transaction().execute(async (trx) => {
      await lockChainHead(trx);
      if (head.seq <= this.lastWrittenSeq) return null;
      const later = await checkpointsFrom(trx, head.seq, 100);
      if (later.some((c) => checkpointProblem(c, keys) === null)) return null;
      const checkpoint = this.options.signer.sign(head, new Date());
      // The file first: it is the copy verification trusts; the table is a convenience.
      await appendCheckpoint(this.options.file, checkpoint);
      this.lastWrittenSeq = head.seq;
      await saveCheckpoint(trx, checkpoint);
      return checkpoint;
    });
  }

  private refuse(head: { seq: number }, reason: string): null {
    this.vouched = null;
    this.options.log?.error(
      { headSeq: head.seq, reason },
      'audit checkpoint refused: the chain does not extend the last one this process vouched for',
    );
    return null;
  }
}
