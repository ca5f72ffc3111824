/** Row types of the Art 24 counters (migrations/0049_report_totals.sql), merged into the database interface. */
import type { ColumnType } from 'kysely';

type Int8 = ColumnType<string, string | number | bigint, string | number | bigint>;

export interface TransparencyCountsTable {
  month: ColumnType<Date, string, string | Date>;
  section: string;
  breakdown: string;
  measure: string;
  value: Int8;
}

export interface TransparencyDurationsTable {
  month: ColumnType<Date, string, string | Date>;
  section: string;
  breakdown: string;
  bucket: number;
  value: Int8;
}

declare module '../db/schema.ts' {
  interface DB {
    transparency_counts: TransparencyCountsTable;
    transparency_durations: TransparencyDurationsTable;
  }
}
