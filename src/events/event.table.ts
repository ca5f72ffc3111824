import type { ColumnType } from 'kysely';

/** Row types of migrations/0017_events.sql, merged into the database interface. */
type Json<T> = ColumnType<T, string, string>;

export interface EventsTable {
  id: string;
  seq: ColumnType<string | null, never, string | number>;
  type: string;
  subject_type: string;
  subject_id: string;
  marketplace_id: string | null;
  data: Json<Record<string, unknown>>;
  occurred_at: Date;
}

export interface EventHeadTable {
  id: number;
  seq: ColumnType<string, never, string | number>;
}

export interface EventCursorsTable {
  subscriber: string;
  seq: ColumnType<string, string | number, string | number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

declare module '../db/schema.ts' {
  interface DB {
    events: EventsTable;
    event_head: EventHeadTable;
    event_cursors: EventCursorsTable;
  }
}
