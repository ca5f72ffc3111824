import type { Database } from '../db/database.ts';
import { startPollingLoop } from '../shared/polling.ts';
import { type QuarantinedEntry, type SealResult, sealAllAudit, sealAudit } from './audit.repository.ts';
import type { Checkpoint } from './checkpoint.ts';
import type { AuditCheckpointer } from './checkpointer.ts';

export interface SequencerLog {
  error(details: object, message: string): void;
}

export interface AuditSequencer {
  /** Seals everything pending now and signs a checkpoint if one is due (tests, tools). */
  checkpointNow(): Promise<Checkpoint | null>;
  /** Stops the loop, seals what is left and signs a last checkpoint when this process sealed. */
  stop(): Promise<void>;
}

/**
 * Seals pending entries every `intervalMs` in batches; after sealing, signs a checkpoint at most
 * every checkpoint interval (with a checkpointer). Entries refused for their MAC are logged as errors.
 */
export function startAuditSequencer(
  db: Database,
  options: { intervalMs: number; checkpointer: AuditCheckpointer | null; log: SequencerLog },
): AuditSequencer {
  const noteBatch = (result: SealResult) => {
    options.checkpointer?.noteSealed(result);
    if (result.quarantined.length > 0) logQuarantined(options.log, result.quarantined);
  };
  const checkpoint = async (signing: () => Promise<Checkpoint | null>) => {
    try {
      return await signing();
    } catch (error) {
      // The file could not be written, say: sealing goes on, and so does the next attempt.
      options.log.error({ err: error }, 'audit checkpoint failed');
      return null;
    }
  };
  const loop = startPollingLoop(
    async () => {
      const result = await sealAudit(db);
      if (result) noteBatch(result);
      if (options.checkpointer) await checkpoint(() => options.checkpointer!.maybeCheckpoint());
      return result !== null;
    },
    {
      intervalMs: options.intervalMs,
      onError: (error) => options.log.error({ err: error }, 'audit sealing failed'),
    },
  );
  return {
    async checkpointNow() {
      await sealAllAudit(db, noteBatch);
      return options.checkpointer ? options.checkpointer.checkpoint() : null;
    },
    async stop() {
      await loop.stop();
      await sealAllAudit(db, noteBatch);
      if (options.checkpointer) await checkpoint(() => options.checkpointer!.flush());
    },
  };
}

export function logQuarantined(log: SequencerLog, entries: readonly QuarantinedEntry[]): void {
  for (const entry of entries)
    log.error(
      {
        pendingId: entry.id,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        reason: entry.reason,
      },
      'forged audit entry quarantined, not sealed',
    );
}
