import { AppError } from '../errors/app-error.ts';

/** A suspension or termination in force, as the notice intake read returns it. */
export interface IntakeBlock {
  org_id: string;
  level: 'suspension' | 'termination';
  ends_at: string | null;
  decision_id: string;
}

/**
 * The SQL the notice intake read adds (one indexed subquery on the partial index
 * notifier_sanctions_blocking_idx; `$4` is the JSON array of the filer's and the principal's ids).
 */
export const INTAKE_BLOCKS_SQL = `coalesce((select jsonb_agg(jsonb_build_object('org_id', s.org_id, 'level', s.level,
                  'ends_at', s.ends_at, 'decision_id', s.decision_id))
                   from notifier_sanctions s
                  where s.org_id in (select value::uuid from jsonb_array_elements_text($4::jsonb))
                    and s.lifted_at is null and s.level <> 'warning'), '[]'::jsonb)`;

/**
 * Refuses a filing while the filer (an agent, or a brand filing for itself) or the principal it
 * files for has its notice processing suspended or terminated (DSA Art 23): 403 naming the rule,
 * whose organisation, the decision and until when. Nothing is stored.
 */
export function intakeRefusal(
  blocks: readonly IntakeBlock[],
  filing: { filerOrgId: string; principalOrgId: string },
  now: Date,
): AppError | null {
  const active = blocks.filter(
    (b) => b.level === 'termination' || (b.ends_at !== null && new Date(b.ends_at) > now),
  );
  const block = active.find((b) => b.level === 'termination') ?? active[0];
  if (!block) return null;
  const who =
    block.org_id === filing.filerOrgId
      ? filing.filerOrgId === filing.principalOrgId
        ? 'Your organisation'
        : 'Your organisation (the filing agent)'
      : 'The rights holder this notice is filed for';
  return block.level === 'termination'
    ? new AppError(
        'FORBIDDEN',
        `${who} may no longer file notices: its notice processing was terminated for misuse (decision ${block.decision_id}); nothing was stored`,
        { extra: { rule: 'notifier-terminated', deadline: null } },
      )
    : new AppError(
        'FORBIDDEN',
        `${who} may not file notices until ${block.ends_at}: its notice processing is suspended for misuse (decision ${block.decision_id}); nothing was stored`,
        { extra: { rule: 'notifier-suspended', deadline: new Date(block.ends_at!).toISOString() } },
      );
}
