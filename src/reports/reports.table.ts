/** Row types of migrations/0047_reports.sql and 0048_report_publications.sql and 0049_report_totals.sql, merged into the database interface. */
import type { ColumnType } from 'kysely';

type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;

export interface ReportCountsTable {
  month: ColumnType<Date, string, string | Date>;
  marketplace_id: string;
  org_id: string;
  metric: string;
  value: Int8;
}

export interface ReportDurationsTable {
  month: ColumnType<Date, string, string | Date>;
  marketplace_id: string;
  org_id: string;
  metric: string;
  bucket: number;
  value: Int8;
}

/** migrations/0049: the same counters summed over every organisation. */
export interface ReportTotalsTable {
  month: ColumnType<Date, string, string | Date>;
  marketplace_id: string;
  metric: string;
  value: Int8;
}

export interface ReportTotalDurationsTable {
  month: ColumnType<Date, string, string | Date>;
  marketplace_id: string;
  metric: string;
  bucket: number;
  value: Int8;
}

export interface ReportPublicationsTable {
  id: string;
  from_month: string;
  to_month: string;
  figures: ColumnType<unknown, string, string>;
  published_by: string;
  published_at: ColumnType<Date, Date | undefined, never>;
}

declare module '../db/schema.ts' {
  interface DB {
    report_counts: ReportCountsTable;
    report_durations: ReportDurationsTable;
    report_publications: ReportPublicationsTable;
    report_totals: ReportTotalsTable;
    report_total_durations: ReportTotalDurationsTable;
  }
}
