import type { ColumnType, Generated } from 'kysely';

/** Row types of migrations/0003_proactive.sql, merged into the database interface. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface BrandKnowledgeTable {
  org_id: string;
  version: number;
  body: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface BrandNameApprovalsTable {
  org_id: string;
  name_key: string;
  name: string;
  approved_by: string;
  created_at: CreatedAt;
}

export interface KeywordRuleSetsTable {
  id: string;
  marketplace_id: string | null;
  version: number;
  body: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DetectionPoliciesTable {
  version: number;
  body: Json<unknown>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface DetectionRevisionTable {
  id: number;
  revision: number;
}

export interface ListingVerdictsTable {
  listing_id: string;
  listing_version: number;
  score: number;
  action: 'remove' | 'review' | 'brand_verify' | 'allow';
  flagged: boolean;
  signals: Json<unknown[]>;
  brands: Json<unknown[]>;
  revision: number;
  policy_version: string;
  scanned_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ProactiveCasesTable {
  id: string;
  listing_id: string;
  listing_version: number;
  action: 'remove' | 'review' | 'brand_verify';
  /** noticed: the brand answered counterfeit and a notice now carries the listing (Joint Force). */
  state: 'open' | 'removed' | 'dismissed' | 'noticed';
  brand_org_id: string | null;
  brand_id: string | null;
  decision_id: Generated<string | null>;
  score: number;
  signals: Json<unknown[]>;
  brand_note: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  automated: Generated<boolean>;
  created_at: CreatedAt;
}

export interface ScanJobsTable {
  id: string;
  state: 'running' | 'done' | 'failed';
  after_listing_id: string | null;
  total: number;
  scanned: Generated<number>;
  flagged: Generated<number>;
  lease_until: Date | null;
  started_by: string | null;
  started_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  finished_at: Date | null;
  error: string | null;
}

declare module '../db/schema.ts' {
  interface DB {
    brand_knowledge: BrandKnowledgeTable;
    brand_name_approvals: BrandNameApprovalsTable;
    keyword_rule_sets: KeywordRuleSetsTable;
    detection_revision: DetectionRevisionTable;
    listing_verdicts: ListingVerdictsTable;
    proactive_cases: ProactiveCasesTable;
    scan_jobs: ScanJobsTable;
  }
}
