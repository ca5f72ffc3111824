/** Row types of migrations/0033_notifier_standing.sql, merged into the database interface. */
import type { ReasonCode } from './standing.ts';

export interface NotifierFiguresTable {
  org_id: string;
  /** The first day of the month (a `date`, read back as text `YYYY-MM-DD`). */
  month: string;
  reason_code: ReasonCode;
  notices: number;
  items: number;
  nonconforming: number;
  removed: number;
  rejected_other: number;
  counter_notices_succeeded: number;
  appeal_reversals: number;
  provisional_reversals: number;
  intake_refused: number;
  withdrawals: number;
  updated_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    notifier_figures: NotifierFiguresTable;
  }
}
