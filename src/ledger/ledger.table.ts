/** Row types of the ledger tables of migrations/0038_money.sql, merged into the database interface. */

export interface LedgerMovementsTable {
  id: string;
  kind: string;
  currency: string;
  amount: number;
  from_account: string;
  to_account: string;
  marketplace_id: string | null;
  store_id: string | null;
  decision_id: string | null;
  audit_entity: string;
  reference: string | null;
  reverses: string | null;
  memo: string;
  created_at: Date;
}

export interface LedgerEntriesTable {
  movement_id: string;
  leg: number;
  account: string;
  currency: string;
  amount: number;
}

declare module '../db/schema.ts' {
  interface DB {
    ledger_movements: LedgerMovementsTable;
    ledger_entries: LedgerEntriesTable;
  }
}
