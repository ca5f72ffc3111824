import { declareTables } from '../shared/tables.ts';

export {
  appendAudit,
  auditEntriesParameter,
  auditInsertSql,
  type ChainPosition,
  chainPositionOf,
  listAudit,
  sealAllAudit,
  sealAudit,
} from './audit.repository.ts';
export type { AuditFinding, AuditVerdict } from './audit.schema.ts';
export { type AuditSequencer, startAuditSequencer } from './audit.sequencer.ts';
export { verifyAndCheckpoint } from './audit.service.ts';
export type { AuditEntry, AuditRecord, ChainVerdict } from './audit.ts';
export { canonicalJson } from './audit.ts';
export { verifyAudit, verifyAuditChain } from './audit.verify.ts';
export { type Checkpoint, checkpointSigner, parsePublicKey } from './checkpoint.ts';
export { AuditCheckpointer } from './checkpointer.ts';
export { attachAuditMacKey } from './entry-mac.ts';

/** The tables this module writes (see src/shared/tables.ts and test/table-owners.test.ts). */
export const TABLES = declareTables({
  owns: ['audit_chain', 'audit_head', 'audit_pending', 'audit_quarantine', 'audit_checkpoints'],
});
