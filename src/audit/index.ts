export {
  appendAudit,
  auditPendingRows,
  listAudit,
  sealAllAudit,
  sealAudit,
  startAuditSequencer,
  verifyAuditChain,
} from './audit.repository.ts';
export type { AuditEntry, AuditRecord, ChainVerdict } from './audit.ts';
export { canonicalJson } from './audit.ts';
