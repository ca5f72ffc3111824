import { type Principal, requireRole } from '../auth/principal.ts';
import type { AuditConfig } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import type { AuditVerdict } from './audit.schema.ts';
import { logQuarantined, type SequencerLog } from './audit.sequencer.ts';
import { verifyAudit } from './audit.verify.ts';
import { checkpointsAfter } from './checkpoint.repository.ts';
import { type Checkpoint, checkpointSigner } from './checkpoint.ts';
import { AuditCheckpointer } from './checkpointer.ts';

/** The audit signing key's public half, for anyone checking checkpoints (no secret in it). */
export function auditPublicKey(audit: AuditConfig) {
  const signer = checkpointSigner(audit.signingKey);
  return { algorithm: 'Ed25519' as const, publicKeyPem: signer.publicKeyPem, fingerprint: signer.keyId };
}

/** A page of the database's copy of the checkpoints, oldest first, for outsiders to keep their own. */
export async function checkpointPage(db: Database, after: number, limit: number) {
  const items: Checkpoint[] = await checkpointsAfter(db, after, limit);
  return { items, nextAfter: items.length === limit ? items[items.length - 1]!.seq : null };
}

/**
 * The operator's check (`ipp audit verify`, `POST /v1/audit/verify`): seals what is pending (MACs
 * checked), verifies the chain against this server's checkpoint file and the signed database
 * copies, and when it sealed something into a chain that verified, signs a checkpoint of it, as
 * the sequencer would have.
 */
export async function verifyAndCheckpoint(
  db: Database,
  audit: AuditConfig,
  options: { checkpointFiles?: readonly string[]; log?: SequencerLog } = {},
): Promise<AuditVerdict> {
  const signer = checkpointSigner(audit.signingKey);
  const verdict = await verifyAudit(db, {
    seal: true,
    publicKeys: [signer.publicKey],
    checkpointFiles: options.checkpointFiles ?? (audit.checkpointFile ? [audit.checkpointFile] : []),
    ...(options.log ? { onSealed: (r) => options.log && logQuarantined(options.log, r.quarantined) } : {}),
  });
  if (!verdict.ok || verdict.sealed === 0 || !audit.checkpointFile) return verdict;
  const signed = await new AuditCheckpointer(db, {
    signer,
    file: audit.checkpointFile,
    intervalMs: audit.checkpointIntervalMs,
    ...(options.log ? { log: options.log } : {}),
  }).checkpoint();
  return { ...verdict, signed };
}

export async function verifyAuditLog(
  db: Database,
  actor: Principal,
  audit: AuditConfig,
  log: SequencerLog,
): Promise<AuditVerdict> {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator verifies the audit log');
  return verifyAndCheckpoint(db, audit, { log });
}
