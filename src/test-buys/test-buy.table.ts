/** Row types of migrations/0040_test_buys.sql, merged into the database interface. */
import type { ColumnType } from 'kysely';
import type { HandoverSigned, StepData, StepDocument, StepKind } from './custody.ts';
import type { DrawReason, DrawSummary } from './sampling.ts';

type Json<T> = ColumnType<T, string, string>;

export type TestBuyStatus = 'planned' | 'in_custody' | 'inspected' | 'genuine' | 'counterfeit' | 'inferior';

export interface TestBuyPlansTable {
  id: string;
  period: string;
  seed: string;
  marketplace_id: string | null;
  policy_version: number;
  summary: Json<DrawSummary>;
  created_by: string;
  created_at: Date;
}

export interface TestBuyRequestsTable {
  id: string;
  brand_org_id: string;
  listing_id: string;
  reason_text: string;
  status: ColumnType<'open' | 'planned', 'open' | 'planned' | undefined, 'open' | 'planned'>;
  test_buy_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string;
  created_at: Date;
}

export interface TestBuysTable {
  id: string;
  plan_id: string;
  listing_id: string;
  store_id: string;
  marketplace_id: string;
  jurisdiction: string;
  category: string | null;
  stratum: 'random' | 'risk';
  reasons: Json<DrawReason>;
  risk_score: number | null;
  request_id: string | null;
  requested_by_org_id: string | null;
  status: ColumnType<TestBuyStatus, TestBuyStatus | undefined, TestBuyStatus>;
  decision_id: ColumnType<string | null, string | null | undefined, string | null>;
  deduction_entry_id: ColumnType<string | null, string | null | undefined, string | null>;
  outcome_reason: ColumnType<string | null, string | null | undefined, string | null>;
  decided_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  decided_by: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Date;
}

export interface TestBuyStepsTable {
  test_buy_id: string;
  seq: number;
  kind: StepKind;
  data: Json<StepData>;
  documents: Json<StepDocument[]>;
  handover: Json<HandoverSigned | null>;
  recorded_by: string;
  recorded_by_user: string | null;
  prev_hash: string;
  hash: string;
  created_at: Date;
}

export interface CustodianKeysTable {
  key_id: string;
  user_id: string;
  org_id: string;
  public_key_pem: string;
  created_at: Date;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

declare module '../db/schema.ts' {
  interface DB {
    test_buy_plans: TestBuyPlansTable;
    test_buy_requests: TestBuyRequestsTable;
    test_buys: TestBuysTable;
    test_buy_steps: TestBuyStepsTable;
    custodian_keys: CustodianKeysTable;
  }
}
