import type { ColumnType } from 'kysely';

/** Row types of migrations/0043_joint_force.sql, merged into the database interface. */
type Json<T> = ColumnType<T, string, string>;

export type JointForceAnswer = 'counterfeit' | 'genuine' | 'unsure' | 'unanswered';

export interface JointForceLabelsTable {
  case_id: string;
  brand_org_id: string;
  brand_id: string;
  listing_id: string;
  store_id: string;
  answer: JointForceAnswer;
  reason: string | null;
  evidence: Json<Array<{ documentSha256: string; kind: string }>>;
  notice_id: string | null;
  exemption_id: string | null;
  answered_by: string | null;
  answered_by_org: string | null;
  sent_at: Date;
  answered_at: Date;
  policy_version: number;
}

export interface JointForceExemptionsTable {
  id: string;
  brand_org_id: string;
  brand_id: string;
  scope: 'store' | 'listing';
  store_id: string | null;
  listing_id: string | null;
  case_id: string;
  created_by: string | null;
  created_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    joint_force_labels: JointForceLabelsTable;
    joint_force_exemptions: JointForceExemptionsTable;
  }
}
