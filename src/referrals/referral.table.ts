/** Row types of migrations/0041_referrals.sql, merged into the database interface. */
import type { ColumnType } from 'kysely';
import type { ReferralCriteria, ReferralStatus } from './referral.ts';

type Json<T> = ColumnType<T, string, string>;
type Updatable<T> = ColumnType<T, T | undefined, T>;

export interface ReferralCasesTable {
  id: string;
  test_buy_id: string | null;
  store_id: string;
  seller_org_id: string | null;
  marketplace_id: string;
  jurisdiction: string;
  criteria: Json<ReferralCriteria>;
  opened_by: string;
  agency: Updatable<string | null>;
  reference_number: Updatable<string | null>;
  status: Updatable<ReferralStatus>;
  arrests: Updatable<number | null>;
  value_seized_minor: ColumnType<string | null, number | null | undefined, number | null>;
  value_currency: Updatable<string | null>;
  version: Updatable<number>;
  created_at: Date;
  updated_at: Date;
  closed_at: Updatable<Date | null>;
}

export interface ReferralExportsTable {
  id: string;
  referral_id: string;
  archive_sha256: string;
  manifest_sha256: string;
  key_id: string;
  files: number;
  exported_by: string;
  created_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    referral_cases: ReferralCasesTable;
    referral_exports: ReferralExportsTable;
  }
}
