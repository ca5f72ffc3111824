export {
  appendAudit,
  auditEntriesParameter,
  auditInsertSql,
  listAudit,
  sealAllAudit,
  sealAudit,
  startAuditSequencer,
  verifyAuditChain,
} from './audit.repository.ts';
export type { AuditEntry, AuditRecord, ChainVerdict } from './audit.ts';
export { canonicalJson } from './audit.ts';
