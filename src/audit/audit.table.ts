import type { ColumnType } from 'kysely';

/**
 * Tables of migrations/0010_audit_outbox.sql and 0012_audit_checkpoints.sql. `audit_log`
 * (declared in db/schema.ts) is a view: sealed chain rows plus pending rows, whose seq, prev_hash
 * and hash are null until sealed.
 */
export interface AuditChainTable {
  seq: number;
  at: ColumnType<Date, Date, Date>;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  /** The writer's nonce and MAC (entry-mac.ts); null on records sealed before writers signed. */
  nonce: string | null;
  mac: string | null;
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
  nonce: string | null;
  mac: string | null;
}

/** Pending entries the sequencer refused to seal (no MAC, a MAC that fails, a replayed nonce). */
export interface AuditQuarantineTable {
  id: number;
  at: ColumnType<Date, Date, Date>;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: ColumnType<Record<string, unknown>, string, string>;
  nonce: string | null;
  mac: string | null;
  reason: string;
  quarantined_at: ColumnType<Date, Date, Date>;
}

/** Signed chain heads; a copy of the checkpoint file, trusted only through each signature. */
export interface AuditCheckpointsTable {
  seq: number;
  hash: string;
  at: ColumnType<Date, Date, Date>;
  key_id: string;
  signature: string;
}

declare module '../db/schema.ts' {
  interface DB {
    audit_chain: AuditChainTable;
    audit_pending: AuditPendingTable;
    audit_quarantine: AuditQuarantineTable;
    audit_checkpoints: AuditCheckpointsTable;
  }
}
