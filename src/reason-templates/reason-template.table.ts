import type { ColumnType, Generated } from 'kysely';

/** Row type of migrations/0023_reason_templates.sql, merged into the database interface. */
export interface ReasonTemplatesTable {
  id: string;
  operator_org_id: string;
  reason_code: string;
  language: 'en' | 'zh-CN';
  title: string;
  body: string;
  version: Generated<number>;
  updated_by: string;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

declare module '../db/schema.ts' {
  interface DB {
    reason_templates: ReasonTemplatesTable;
  }
}
