/** Row types of migrations/0034_notifier_misuse.sql, merged into the database interface. */
import type { ColumnType, Selectable } from 'kysely';
import type { FindingKind, NotifierSanctionLevel } from './misuse.ts';

type Json<T> = ColumnType<T, string, string>;

export type FindingStatus = 'open' | 'acted' | 'dismissed';
export type NotifierLiftCause = 'suspension_served' | 'appeal' | 'operator';

export interface NotifierFindingsTable {
  id: string;
  org_id: string;
  kind: FindingKind;
  status: FindingStatus;
  figures: Json<Record<string, unknown>>;
  summary: string;
  store_id: string | null;
  window_start: Date;
  window_end: Date;
  policy_version: number;
  sanction_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface NotifierFindingItemsTable {
  finding_id: string;
  item_id: string;
  notice_id: string;
  listing_id: string;
  store_id: string;
  decision_id: string | null;
  reason_code: string | null;
}

export interface NotifierSanctionsTable {
  id: string;
  org_id: string;
  level: NotifierSanctionLevel;
  decision_id: string;
  finding_id: string | null;
  reason_text: string;
  starts_at: Date;
  ends_at: Date | null;
  lifted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  lifted_decision_id: ColumnType<string | null, string | null | undefined, string | null>;
  lifted_cause: ColumnType<
    NotifierLiftCause | null,
    NotifierLiftCause | null | undefined,
    NotifierLiftCause | null
  >;
  manual: boolean;
  policy_version: number | null;
  created_at: Date;
}

export type NotifierSanctionRow = Selectable<NotifierSanctionsTable>;

declare module '../db/schema.ts' {
  interface DB {
    notifier_findings: NotifierFindingsTable;
    notifier_finding_items: NotifierFindingItemsTable;
    notifier_sanctions: NotifierSanctionsTable;
  }
}
