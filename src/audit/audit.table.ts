import type { ColumnType } from 'kysely';

/**
 * Tables of migrations/0010_audit_outbox.sql. `audit_log` (declared in db/schema.ts) is now a view:
 * sealed chain rows plus pending rows, whose seq, prev_hash and hash are null until sealed.
 */
export interface AuditChainTable {
  seq: number;
  at: ColumnType<Date, Date, Date>;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
}

export interface AuditPendingTable {
  id: ColumnType<number, never, never>;
  at: ColumnType<Date, Date, Date>;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
}

declare module '../db/schema.ts' {
  interface DB {
    audit_chain: AuditChainTable;
    audit_pending: AuditPendingTable;
  }
}
