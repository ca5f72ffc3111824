/** Columns of migrations/0035_good_faith_path.sql on accounts' tables, merged into the database interface. */

declare module '../db/schema.ts' {
  interface OrganisationsTable {
    /** When the operator vetted the agent firm (null: not vetted). */
    vetted_at: Date | null;
    vetted_by: string | null;
    /** The authority that awarded trusted-flagger status (DSA Art 22), null when it is none. */
    trusted_flagger_authority: string | null;
    trusted_flagger_since: string | null;
  }
  interface RepresentationsTable {
    /** The rights the letter covers (null: every right of the brand). */
    right_ids: string[] | null;
    /** The marketplaces the letter covers (null: every marketplace). */
    marketplace_ids: string[] | null;
  }
}

export {};
