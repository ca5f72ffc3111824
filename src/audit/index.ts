export type { AuditEntry, AuditRecord, ChainVerdict } from './audit.ts';
export { canonicalJson } from './audit.ts';
export { appendAudit, listAudit, verifyAuditChain } from './audit.repository.ts';
