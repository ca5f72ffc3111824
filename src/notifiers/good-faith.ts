import type { Database } from '../db/database.ts';
import { type ProgrammeRow, programmeRows } from './programme.repository.ts';
import type { ProgrammeBasis } from './programme.table.ts';

/** Whether the presumption of good faith applies to a filing, and why. */
export interface GoodFaith {
  member: boolean;
  /** The organisation whose membership applies (the principal itself, or the agent that vets it). */
  viaOrgId: string | null;
  basis: ProgrammeBasis | null;
}

/**
 * The Good Faith Program standing that applies to a notice filed by `filerOrgId` for
 * `principalOrgId`: the principal's own membership, or else the filing agent's when the agent is a
 * member (an agent's standing covers the brands it vets and files for).
 */
export async function goodFaithFor(
  db: Database,
  filing: { filerOrgId: string; principalOrgId: string },
): Promise<GoodFaith> {
  return goodFaithOf(
    await programmeRows(db, [...new Set([filing.principalOrgId, filing.filerOrgId])]),
    filing,
  );
}

/** The programme rows of a filing's organisations, as one jsonb column of the notice intake read ($4). */
export const INTAKE_PROGRAMME_SQL = `coalesce((select jsonb_agg(jsonb_build_object('org_id', p.org_id,
                  'status', p.status, 'basis', p.basis))
                   from notifier_programme p
                  where p.org_id in (select value::uuid from jsonb_array_elements_text($4::jsonb))), '[]'::jsonb)`;

/** `goodFaithFor` over rows already read (the intake read). */
export function goodFaithOf(
  rows: readonly Pick<ProgrammeRow, 'org_id' | 'status' | 'basis'>[],
  filing: { filerOrgId: string; principalOrgId: string },
): GoodFaith {
  const own = rows.find((r) => r.org_id === filing.principalOrgId && r.status === 'member');
  if (own) return { member: true, viaOrgId: own.org_id, basis: own.basis };
  const agent = rows.find(
    (r) => r.org_id === filing.filerOrgId && r.org_id !== filing.principalOrgId && r.status === 'member',
  );
  if (agent) return { member: true, viaOrgId: agent.org_id, basis: 'agent' };
  return { member: false, viaOrgId: null, basis: null };
}
