import { actsFor } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { type DecisionKind, decisionsOfSubject } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { currentPolicy } from '../policies/index.ts';
import type { GoodFaithPolicy } from './good-faith.rules.ts';
import { checkGoodFaith } from './good-faith.rules.ts';
import type { ProgrammeRow } from './programme.repository.ts';
import { programmeRows } from './programme.repository.ts';
import { STANDING_SUBSCRIBER } from './standing.effects.ts';
import * as repo from './standing.repository.ts';
import {
  type Assessment,
  assess,
  type Figures,
  type MonthFigures,
  type ProgrammeState,
  type Rates,
  type ReasonCode,
  shiftMonth,
  type ThresholdCheck,
  verdictFor,
  windowMonths,
} from './standing.ts';

/** How many months of history the standing view shows (beyond the policy's window). */
const HISTORY_MONTHS = 12;

export interface ProgrammeView {
  status: 'member' | 'removed' | 'none';
  basis: 'own' | 'agent' | 'trial' | null;
  viaAgentOrgId: string | null;
  since: string | null;
  rejoinAfter: string | null;
  decisionId: string | null;
}

export interface StandingView {
  organisation: { id: string; name: string; kind: string };
  asOf: string;
  policy: { version: number; body: GoodFaithPolicy };
  programme: ProgrammeView;
  window: string[];
  months: Array<{ month: string; reasonCode: ReasonCode; figures: Figures }>;
  totals: Figures;
  rates: Rates;
  byReason: Array<{ reasonCode: ReasonCode; totals: Figures; rates: Rates }>;
  checks: ThresholdCheck[];
  qualifies: boolean;
  toQualify: string[];
  history: Array<{
    decisionId: string;
    kind: DecisionKind;
    reasonCode: string | null;
    reasonText: string;
    decidedAt: string;
    appealableUntil: string | null;
    statementPath: string;
  }>;
}

function programmeView(row: ProgrammeRow | undefined): ProgrammeView {
  return {
    status: row?.status ?? 'none',
    basis: row?.basis ?? null,
    viaAgentOrgId: row?.via_agent_org_id ?? null,
    since: row?.since.toISOString() ?? null,
    rejoinAfter: row?.rejoin_after?.toISOString() ?? null,
    decisionId: row?.decision_id ?? null,
  };
}

/** Who reads a notifier's standing: the notifier itself, its agents for the brands they represent, staff. */
async function requireStandingReader(db: Database, actor: Principal, orgId: string): Promise<void> {
  if (isOperatorStaff(actor)) return;
  if (hasRole(actor, 'rights_holder', 'agent') && (await actsFor(db, actor, orgId))) return;
  throw AppError.notFound('Notifier');
}

export async function getStanding(
  db: Database,
  actor: Principal,
  orgId: string,
  options: { now?: Date } = {},
): Promise<StandingView> {
  await requireStandingReader(db, actor, orgId);
  const org = await repo.organisation(db, orgId);
  if (!org || (org.kind !== 'brand' && org.kind !== 'agent')) throw AppError.notFound('Notifier');
  const now = options.now ?? new Date();
  const policy = await currentPolicy(db, 'good-faith');
  const from = shiftMonth(
    windowMonths(now, 1)[0]!,
    -(Math.max(HISTORY_MONTHS, policy.body.windowMonths) - 1),
  );
  const rows = await repo.figuresOf(db, [orgId], from);
  const assessment = assess(rows, policy.body, now);
  const [programme] = await programmeRows(db, [orgId]);
  const decisions = (await decisionsOfSubject(db, 'notifier', orgId)).filter(
    (d) => d.kind === 'notifier_admission' || d.kind === 'notifier_removal' || d.kind.startsWith('appeal_'),
  );
  return {
    organisation: org,
    asOf: now.toISOString(),
    policy: { version: policy.version, body: policy.body },
    programme: programmeView(programme),
    window: assessment.window,
    months: rows.map((r) => ({ month: r.month, reasonCode: r.reasonCode, figures: r.figures })),
    totals: assessment.totals,
    rates: assessment.rates,
    byReason: assessment.byReason,
    checks: assessment.checks,
    qualifies: assessment.qualifies,
    toQualify: assessment.checks.filter((c) => !c.met).map((c) => c.toQualify),
    history: decisions.reverse().map((d) => ({
      decisionId: d.id,
      kind: d.kind,
      reasonCode: d.reasonCode,
      reasonText: d.reasonText,
      decidedAt: d.decidedAt,
      appealableUntil: d.appealableUntil,
      statementPath: `/v1/statements/${d.id}`,
    })),
  };
}

export const SORT_KEYS = [
  'name',
  'notices',
  'conformingShare',
  'counterNoticeShare',
  'takedownSuccess',
  'status',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface NotifierRow {
  orgId: string;
  name: string;
  kind: string;
  programme: ProgrammeView;
  totals: Figures;
  rates: Rates;
  qualifies: boolean;
  /** DSA Art 22: awarded by an authority (null: not a trusted flagger), and the notices it filed as one. */
  trustedFlagger: { authority: string; notices: number } | null;
  vettedAgent: boolean;
}

function sortValue(row: NotifierRow, key: SortKey): string | number {
  switch (key) {
    case 'name':
      return row.name.toLowerCase();
    case 'notices':
      return row.totals.notices;
    case 'conformingShare':
      return row.rates.conformingShare ?? -1;
    case 'counterNoticeShare':
      return row.rates.counterNoticeShare;
    case 'takedownSuccess':
      return row.rates.takedownSuccess ?? -1;
    case 'status':
      return row.programme.status;
  }
}

async function assessAll(db: Database, policy: GoodFaithPolicy, now: Date) {
  const orgs = await repo.notifierOrgs(db);
  const figures = await repo.figuresOf(db, null, windowMonths(now, policy.windowMonths)[0] ?? null);
  const byOrg = new Map<string, MonthFigures[]>();
  for (const f of figures) byOrg.set(f.orgId, [...(byOrg.get(f.orgId) ?? []), f]);
  const programmes = new Map(
    (
      await programmeRows(
        db,
        orgs.map((o) => o.id),
      )
    ).map((r) => [r.org_id, r]),
  );
  return orgs.map((org) => ({
    org,
    programme: programmes.get(org.id),
    assessment: assess(byOrg.get(org.id) ?? [], policy, now),
  }));
}

/** Every notifier with its current figures, for operator staff: sortable, paginated. */
export async function listNotifiers(
  db: Database,
  actor: Principal,
  query: { sort: SortKey; order: 'asc' | 'desc'; limit: number; offset: number; now?: Date },
): Promise<{ items: NotifierRow[]; total: number; policyVersion: number }> {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('The list of notifiers is for operator staff');
  const policy = await currentPolicy(db, 'good-faith');
  const flagged = await repo.trustedFlaggerNotices(db);
  const all = (await assessAll(db, policy.body, query.now ?? new Date())).map(
    ({ org, programme, assessment }): NotifierRow => ({
      trustedFlagger: org.trusted_flagger_authority
        ? { authority: org.trusted_flagger_authority, notices: flagged.get(org.id) ?? 0 }
        : null,
      vettedAgent: org.vetted_at !== null,
      orgId: org.id,
      name: org.name,
      kind: org.kind,
      programme: programmeView(programme),
      totals: assessment.totals,
      rates: assessment.rates,
      qualifies: assessment.qualifies,
    }),
  );
  const sign = query.order === 'asc' ? 1 : -1;
  all.sort((a, b) => {
    const x = sortValue(a, query.sort);
    const y = sortValue(b, query.sort);
    return (x < y ? -1 : x > y ? 1 : a.name.localeCompare(b.name)) * sign;
  });
  return {
    items: all.slice(query.offset, query.offset + query.limit),
    total: all.length,
    policyVersion: policy.version,
  };
}

export type PreviewChange = 'gains' | 'loses' | 'stays_member' | 'stays_out';

export interface PreviewRow {
  orgId: string;
  name: string;
  status: ProgrammeView['status'];
  qualifiesNow: boolean;
  qualifiesWithCandidate: boolean;
  change: PreviewChange;
  why: string;
}

function after(
  state: ProgrammeState | null,
  a: Assessment,
  policy: GoodFaithPolicy,
  now: Date,
): { member: boolean; why: string } {
  const v = verdictFor(state, a, policy, now);
  const member = state?.status === 'member';
  if (v.action === 'admit' || v.action === 'graduate') return { member: true, why: v.why };
  if (v.action === 'remove' || v.action === 'end_trial') return { member: false, why: v.why };
  return { member, why: v.why };
}

/**
 * What-if: over the recorded figures, who would gain or lose standing if the candidate policy were
 * published now, beside what the policy in force gives. Nothing is written.
 */
export async function previewPolicy(
  db: Database,
  actor: Principal,
  candidate: GoodFaithPolicy,
  options: { now?: Date } = {},
) {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins preview policy changes');
  // The body was validated against the schema at the edge; the rules beyond it here, as on a write.
  const errors = checkGoodFaith(candidate);
  if (errors.length > 0) throw AppError.validation(errors);
  const now = options.now ?? new Date();
  const current = await currentPolicy(db, 'good-faith');
  const nowRows = await assessAll(db, current.body, now);
  const candidateRows = new Map((await assessAll(db, candidate, now)).map((r) => [r.org.id, r.assessment]));
  const items: PreviewRow[] = nowRows.map(({ org, programme, assessment }) => {
    const state: ProgrammeState | null = programme
      ? {
          status: programme.status,
          basis: programme.basis,
          since: programme.since,
          rejoinAfter: programme.rejoin_after,
        }
      : null;
    const withCandidate = candidateRows.get(org.id)!;
    const was = state?.status === 'member';
    const then = after(state, withCandidate, candidate, now);
    return {
      orgId: org.id,
      name: org.name,
      status: state?.status ?? 'none',
      qualifiesNow: assessment.qualifies,
      qualifiesWithCandidate: withCandidate.qualifies,
      change: was ? (then.member ? 'stays_member' : 'loses') : then.member ? 'gains' : 'stays_out',
      why: then.why.trim(),
    };
  });
  return {
    currentVersion: current.version,
    asOf: now.toISOString(),
    gains: items.filter((i) => i.change === 'gains').length,
    loses: items.filter((i) => i.change === 'loses').length,
    items,
  };
}

/** Recomputes every figure from the records (operator admin); returns how many cells were written. */
export async function rebuildStanding(db: Database, actor: Principal) {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins rebuild standing');
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    // The subscriber waits while the figures are rebuilt, so nothing is counted twice or missed.
    const cursor = await repo.holdStandingCursor(trx, STANDING_SUBSCRIBER);
    const cells = await repo.rebuildFigures(trx, now, cursor);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'notifier.figures_rebuilt',
        entityType: 'notifier_figures',
        entityId: 'all',
        data: { cells },
      },
    ]);
    return { cells, rebuiltAt: now.toISOString() };
  });
}
