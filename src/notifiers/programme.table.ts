/** Row types of migrations/0032_notifier_programme.sql, merged into the database interface. */

export type ProgrammeStatus = 'member' | 'removed' | 'none';
export type ProgrammeBasis = 'own' | 'agent' | 'trial';

export interface NotifierProgrammeTable {
  org_id: string;
  status: ProgrammeStatus;
  basis: ProgrammeBasis;
  via_agent_org_id: string | null;
  since: Date;
  rejoin_after: Date | null;
  decision_id: string | null;
  policy_version: number;
  updated_at: Date;
}

declare module '../db/schema.ts' {
  interface DB {
    notifier_programme: NotifierProgrammeTable;
  }
}
