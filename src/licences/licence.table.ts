import type { ColumnType } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

/** Row types of migrations/0029_licences.sql, merged into the database interface. */
export interface LicencesTable {
  id: string;
  store_id: string;
  seller_org_id: string;
  category: string;
  jurisdiction: string;
  issuer: string;
  licence_number: string;
  /** Calendar dates, kept as YYYY-MM-DD strings (src/db/database.ts). */
  valid_from: string;
  valid_until: string;
  document_sha256: string;
  status: ColumnType<LicenceStatus, LicenceStatus | undefined, LicenceStatus>;
  decision_id: string | null;
  decided_at: Date | null;
  decided_by: string | null;
  uploaded_by: string;
  created_at: CreatedAt;
}

export type LicenceStatus = 'pending' | 'verified' | 'refused';

export interface LicenceRestrictionsTable {
  id: string;
  listing_id: string;
  store_id: string;
  category: string;
  jurisdiction: string;
  cause: 'held' | 'lapsed';
  decision_id: string;
  lapsed_licence_id: string | null;
  created_at: Date;
  lifted_at: Date | null;
  lifted_by_licence_id: string | null;
}

declare module '../db/schema.ts' {
  interface DB {
    licences: LicencesTable;
    licence_restrictions: LicenceRestrictionsTable;
  }
}
