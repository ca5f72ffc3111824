import type { Database } from '../db/database.ts';
import type { NotifierProgrammeTable } from './programme.table.ts';

export type ProgrammeRow = NotifierProgrammeTable;

/** The programme rows of the given organisations (absent when never evaluated). */
export async function programmeRows(db: Database, orgIds: readonly string[]): Promise<ProgrammeRow[]> {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('notifier_programme')
    .selectAll()
    .where('org_id', 'in', [...orgIds])
    .execute();
}

/** Inserts or replaces one notifier's programme row (the notifiers module is its one writer). */
export async function writeProgramme(trx: Database, row: ProgrammeRow): Promise<void> {
  await trx
    .insertInto('notifier_programme')
    .values(row)
    .onConflict((oc) =>
      oc.column('org_id').doUpdateSet({
        status: row.status,
        basis: row.basis,
        via_agent_org_id: row.via_agent_org_id,
        since: row.since,
        rejoin_after: row.rejoin_after,
        decision_id: row.decision_id,
        policy_version: row.policy_version,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
