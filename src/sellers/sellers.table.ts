/** Row types of migrations/0031_sellers.sql, merged into the database interface. */

export type EntryKind = 'allotment' | 'deduction' | 'restoration';
export type Severity = 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright' | 'proactive_removal';
export type SanctionLevel = 'warning' | 'listing_limit' | 'suspension' | 'closure';

export interface PointEntriesTable {
  id: string;
  store_id: string;
  year: number;
  kind: EntryKind;
  points: number;
  decision_id: string | null;
  restores_entry_id: string | null;
  severity: Severity | null;
  repeat: boolean;
  grouped_with: string | null;
  source: string | null;
  item_id: string | null;
  listing_id: string | null;
  policy_version: number;
  note: string;
  created_at: Date;
}

export interface StoreSanctionsTable {
  id: string;
  store_id: string;
  level: SanctionLevel;
  decision_id: string;
  trigger_entry_id: string | null;
  education_required: boolean;
  education_acknowledged_at: Date | null;
  education_acknowledged_by: string | null;
  listing_limit: number | null;
  strikes: number;
  balance: number;
  starts_at: Date;
  ends_at: Date | null;
  lifted_at: Date | null;
  lifted_decision_id: string | null;
  lifted_cause: string | null;
  manual: boolean;
  created_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    point_entries: PointEntriesTable;
    store_sanctions: StoreSanctionsTable;
  }
}
