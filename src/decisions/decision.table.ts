import type { ColumnType } from 'kysely';
import type { DecisionKind, StatementBody, SubjectType } from './statement.schema.ts';

/** Row type of migrations/0018_decisions.sql, merged into the database interface. */
type Json<T> = ColumnType<T, string, string>;

export interface DecisionsTable {
  id: string;
  kind: DecisionKind;
  subject_type: SubjectType;
  subject_id: string;
  previous_decision_id: string | null;
  item_id: string | null;
  listing_id: string | null;
  store_id: string | null;
  marketplace_id: string | null;
  seller_org_id: string | null;
  notifier_org_id: string | null;
  ground: 'illegal_content' | 'incompatible_content';
  reason_code: string | null;
  reason_text: string;
  cause: string | null;
  automated_detection: boolean;
  automated_decision: 'fully' | 'partially' | 'not';
  policy_key: string | null;
  policy_version: number | null;
  decided_by_user: string | null;
  decided_by: string;
  appealable_until: Date | null;
  statement: Json<StatementBody>;
  created_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    decisions: DecisionsTable;
  }
}
