/** Columns of migrations/0035_good_faith_path.sql on notices' tables, merged into the database interface. */
import type { ColumnType } from 'kysely';

/** The letter of authorization an agent filed under, as it was at filing. */
export interface NoticeLetter {
  agentOrgId: string;
  agentName: string;
  agentVetted: boolean;
  principalOrgId: string;
  principalName: string;
  rightIds: string[] | null;
  marketplaceIds: string[] | null;
  validUntil: string | null;
  authorizationSha256: string | null;
  grantedAt: string;
}

/** A notice refused at intake for the submission rules (migrations/0037_intake_refusals.sql). */
export interface IntakeRefusalsTable {
  id: string;
  principal_org_id: string;
  filer_org_id: string;
  infringement_type: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
  items: number;
  rules: ColumnType<string[], string, string>;
  created_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    intake_refusals: IntakeRefusalsTable;
  }
  interface NoticesTable {
    /** Filed in good faith: a Good Faith Program member (the brand, or the agent that vets it). */
    good_faith: ColumnType<boolean, boolean | undefined, boolean>;
    via_org_id: string | null;
    /** Filed by a trusted flagger (DSA Art 22). */
    trusted_flagger: ColumnType<boolean, boolean | undefined, boolean>;
    letter: ColumnType<NoticeLetter | null, string | null | undefined, string | null>;
  }
  interface NoticeItemsTable {
    /** The expedited path the item took at filing (null: the ordinary review). */
    expedited: 'priority' | 'provisional' | null;
  }
}
