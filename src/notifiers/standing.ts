/**
 * Measured standing of notifiers (issue 12, pure): the figures kept per organisation, month and
 * reason code, how one recorded fact changes them, the rates over a rolling window, and whether a
 * notifier meets the Good Faith Program's thresholds (and how far it is when it does not).
 */
import type { GoodFaithPolicy } from './good-faith.rules.ts';

export const REASON_CODES = ['counterfeit', 'trademark_misuse', 'patent', 'copyright'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** The figures of one organisation in one month for one reason code. */
export const FIGURES = [
  'notices',
  'items',
  'nonconforming',
  'removed',
  'rejectedOther',
  'counterNoticesSucceeded',
  'appealReversals',
  'provisionalReversals',
  'withdrawals',
  'intakeRefused',
] as const;
export type Figure = (typeof FIGURES)[number];
export type Figures = Record<Figure, number>;

/** Column of each figure in `notifier_figures`. */
export const FIGURE_COLUMNS: Record<Figure, string> = {
  notices: 'notices',
  items: 'items',
  nonconforming: 'nonconforming',
  removed: 'removed',
  rejectedOther: 'rejected_other',
  counterNoticesSucceeded: 'counter_notices_succeeded',
  appealReversals: 'appeal_reversals',
  provisionalReversals: 'provisional_reversals',
  intakeRefused: 'intake_refused',
  withdrawals: 'withdrawals',
};

/**
 * Rejections at review that mean the notice did not conform to the submission rules (missing or
 * wrong evidence, a right that does not apply); the review module has no separate jurisdiction
 * code (a right outside the listing's jurisdiction is refused at intake). Every other rejection
 * (not infringing, genuine, second-hand, parallel import, nominative use, ...) is "rejected other".
 */
export const NONCONFORMING_REASONS: readonly string[] = ['insufficient_evidence', 'right_not_applicable'];

export function emptyFigures(): Figures {
  return Object.fromEntries(FIGURES.map((f) => [f, 0])) as Figures;
}

export function addFigures(a: Figures, b: Figures): Figures {
  const sum = emptyFigures();
  for (const f of FIGURES) sum[f] = a[f] + b[f];
  return sum;
}

/** `YYYY-MM` of a moment, in UTC. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The months of the rolling window ending with the month of `now`, oldest first. */
export function windowMonths(now: Date, months: number): string[] {
  const last = monthOf(now);
  return Array.from({ length: months }, (_, i) => shiftMonth(last, i - months + 1));
}

/** One recorded fact about a notice, as the incremental path sees it. */
export type StandingFact =
  | { kind: 'filed'; items: number }
  | { kind: 'rejected'; reasonCode: string | null }
  | { kind: 'removed' }
  | { kind: 'intake_refused' }
  | { kind: 'appeal_reversed_removal' }
  | { kind: 'rejection_reversed'; reasonCode: string | null }
  | {
      kind: 'outcome';
      outcome: 'withdrawn' | 'other';
      counterNoticeSucceeded: boolean;
      /** A reviewer reversed a provisional takedown (the removal did not stand). */
      provisionalReversed?: boolean;
    };

/** What one fact adds to the figures of each party of its notice (the brand and its filing agent). */
export function deltaOf(fact: StandingFact): Partial<Figures> {
  switch (fact.kind) {
    case 'filed':
      return { notices: 1, items: fact.items };
    case 'rejected':
      return fact.reasonCode !== null && NONCONFORMING_REASONS.includes(fact.reasonCode)
        ? { nonconforming: 1 }
        : { rejectedOther: 1 };
    case 'removed':
      return { removed: 1 };
    case 'intake_refused':
      return { intakeRefused: 1 };
    case 'appeal_reversed_removal':
      return { appealReversals: 1 };
    case 'rejection_reversed':
      return fact.reasonCode !== null && NONCONFORMING_REASONS.includes(fact.reasonCode)
        ? { nonconforming: -1, removed: 1 }
        : { rejectedOther: -1, removed: 1 };
    case 'outcome': {
      const delta: Partial<Figures> = {};
      if (fact.outcome === 'withdrawn') delta.withdrawals = 1;
      if (fact.counterNoticeSucceeded) delta.counterNoticesSucceeded = 1;
      if (fact.provisionalReversed) delta.provisionalReversals = 1;
      return delta;
    }
  }
}

/** The parties a notice's figures count for: the brand, and the agent that filed it (once each). */
export function partiesOf(notice: { principalOrgId: string; filerOrgId: string }): string[] {
  return [...new Set([notice.principalOrgId, notice.filerOrgId])];
}

export interface Rates {
  /** Items decided at review: removed, rejected as non-conforming, rejected for other reasons. */
  decided: number;
  /** 1 − (non-conforming at review + refused at intake) / (decided + refused); null before either. */
  conformingShare: number | null;
  /** Successful counter-notices / removals (0 without removals). */
  counterNoticeShare: number;
  /** Removals that stood (not undone by a counter-notice, an appeal or a provisional reversal) / decided. */
  takedownSuccess: number | null;
}

export function ratesOf(f: Figures): Rates {
  const decided = f.removed + f.nonconforming + f.rejectedOther;
  return {
    decided,
    // Conformance is judged at intake (notices refused for the submission rules) and at review.
    conformingShare:
      decided + f.intakeRefused > 0
        ? 1 - (f.nonconforming + f.intakeRefused) / (decided + f.intakeRefused)
        : null,
    counterNoticeShare: f.removed > 0 ? f.counterNoticesSucceeded / f.removed : 0,
    takedownSuccess:
      decided > 0
        ? Math.max(0, f.removed - f.counterNoticesSucceeded - f.appealReversals - f.provisionalReversals) /
          decided
        : null,
  };
}

export type ThresholdRule =
  | 'monthly-volume'
  | 'conforming-share'
  | 'counter-notice-share'
  | 'takedown-success';

/** One threshold of the policy, applied to the figures: met or not, and what would meet it. */
export interface ThresholdCheck {
  rule: ThresholdRule;
  reasonCode: ReasonCode | null;
  actual: number | null;
  threshold: number;
  met: boolean;
  /**
   * How many more of what the rule counts would meet it (conforming items, removals that stand,
   * successful takedowns, notices this month); null when met, when nothing was decided yet, or
   * when no number of them can (a share of 100 % after a miss). The portal words it.
   */
  more: number | null;
  /** monthly-volume: the months of the window below the minimum (null for the other rules). */
  monthsShort: number | null;
  /** What the notifier must change, in words (empty when met). */
  toQualify: string;
}

export interface MonthFigures {
  month: string;
  reasonCode: ReasonCode;
  figures: Figures;
}

export interface Assessment {
  window: string[];
  totals: Figures;
  rates: Rates;
  byReason: Array<{ reasonCode: ReasonCode; totals: Figures; rates: Rates }>;
  monthly: Array<{ month: string; figures: Figures }>;
  checks: ThresholdCheck[];
  volumeMet: boolean;
  ratesMet: boolean;
  qualifies: boolean;
  /** Months of the window still below the minimum monthly volume. */
  monthsBelowVolume: number;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The least k such that (good + k) / (total + k) >= share: decisions that would lift a share. */
function neededToReach(good: number, total: number, share: number): number | null {
  if (share >= 1) return good === total ? 0 : null;
  // The epsilon keeps binary rounding (0.9 × 200 = 180.00000000000003) from asking for one more.
  return Math.max(0, Math.ceil((share * total - good) / (1 - share) - 1e-9));
}

function rateChecks(
  totals: Figures,
  rates: Rates,
  policy: GoodFaithPolicy,
  reasonCode: ReasonCode | null,
): ThresholdCheck[] {
  const label = reasonCode ? ` for ${reasonCode.replaceAll('_', ' ')}` : '';
  const checks: ThresholdCheck[] = [];
  const conforming = rates.conformingShare;
  const conformingMet = conforming !== null && conforming >= policy.minConformingShare;
  const more = neededToReach(
    rates.decided - totals.nonconforming,
    rates.decided + totals.intakeRefused,
    policy.minConformingShare,
  );
  checks.push({
    rule: 'conforming-share',
    reasonCode,
    actual: conforming,
    threshold: policy.minConformingShare,
    met: conformingMet,
    more: conformingMet || conforming === null ? null : more,
    monthsShort: null,
    toQualify: conformingMet
      ? ''
      : conforming === null
        ? `No notice item${label} was decided at review in the window yet.`
        : `${pct(conforming)} of decided items and refused notices${label} conformed (at least ${pct(policy.minConformingShare)} needed): ${more ?? 'more'} more conforming item(s) without a non-conforming one would reach it.`,
  });
  const cnMet = rates.counterNoticeShare <= policy.maxCounterNoticeShare;
  const standMore =
    policy.maxCounterNoticeShare > 0
      ? Math.max(0, Math.ceil(totals.counterNoticesSucceeded / policy.maxCounterNoticeShare - totals.removed))
      : null;
  checks.push({
    rule: 'counter-notice-share',
    reasonCode,
    actual: rates.counterNoticeShare,
    threshold: policy.maxCounterNoticeShare,
    met: cnMet,
    more: cnMet ? null : standMore,
    monthsShort: null,
    toQualify: cnMet
      ? ''
      : `${pct(rates.counterNoticeShare)} of removals${label} were undone by a successful counter-notice (at most ${pct(policy.maxCounterNoticeShare)}): ${
          standMore !== null
            ? `${standMore} more removal(s) that stand would bring it within.`
            : 'no successful counter-notice is allowed.'
        }`,
  });
  if (policy.minTakedownSuccess !== null) {
    const success = rates.takedownSuccess;
    const met = success !== null && success >= policy.minTakedownSuccess;
    const stood = Math.max(
      0,
      totals.removed - totals.counterNoticesSucceeded - totals.appealReversals - totals.provisionalReversals,
    );
    const needed = neededToReach(stood, rates.decided, policy.minTakedownSuccess);
    checks.push({
      rule: 'takedown-success',
      reasonCode,
      actual: success,
      threshold: policy.minTakedownSuccess,
      met,
      more: met || success === null ? null : needed,
      monthsShort: null,
      toQualify: met
        ? ''
        : success === null
          ? `No notice item${label} was decided at review in the window yet.`
          : `${pct(success)} of decided items${label} led to a removal that stood (at least ${pct(policy.minTakedownSuccess)}): ${needed ?? 'more'} more successful takedown(s) would reach it.`,
    });
  }
  return checks;
}

/** The notifier's figures over the policy's window, checked against every threshold. */
export function assess(rows: readonly MonthFigures[], policy: GoodFaithPolicy, now: Date): Assessment {
  const window = windowMonths(now, policy.windowMonths);
  const inWindow = rows.filter((r) => window.includes(r.month));
  const totals = inWindow.reduce((s, r) => addFigures(s, r.figures), emptyFigures());
  const rates = ratesOf(totals);
  const monthly = window.map((month) => ({
    month,
    figures: inWindow
      .filter((r) => r.month === month)
      .reduce((s, r) => addFigures(s, r.figures), emptyFigures()),
  }));
  const byReason = REASON_CODES.map((reasonCode) => {
    const t = inWindow
      .filter((r) => r.reasonCode === reasonCode)
      .reduce((s, r) => addFigures(s, r.figures), emptyFigures());
    return { reasonCode, totals: t, rates: ratesOf(t) };
  }).filter((r) => r.totals.notices > 0 || r.rates.decided > 0);

  const below = monthly.filter((m) => m.figures.notices < policy.minMonthlyNotices);
  const volumeMet = below.length === 0;
  const current = monthly[monthly.length - 1]?.figures.notices ?? 0;
  const checks: ThresholdCheck[] = [
    {
      rule: 'monthly-volume',
      reasonCode: null,
      actual: Math.min(...monthly.map((m) => m.figures.notices)),
      threshold: policy.minMonthlyNotices,
      met: volumeMet,
      more: volumeMet ? null : Math.max(0, policy.minMonthlyNotices - current),
      monthsShort: volumeMet ? null : below.length,
      toQualify: volumeMet
        ? ''
        : `At least ${policy.minMonthlyNotices} notice(s) a month are needed in each of the last ${policy.windowMonths} month(s): ${below.length} month(s) fall short${
            current < policy.minMonthlyNotices
              ? `; ${policy.minMonthlyNotices - current} more notice(s) this month`
              : ''
          }.`,
    },
  ];
  if (policy.perReasonCode && byReason.length > 0)
    for (const r of byReason) checks.push(...rateChecks(r.totals, r.rates, policy, r.reasonCode));
  else checks.push(...rateChecks(totals, rates, policy, null));
  const ratesMet = checks.filter((c) => c.rule !== 'monthly-volume').every((c) => c.met);
  return {
    window,
    totals,
    rates,
    byReason,
    monthly,
    checks,
    volumeMet,
    ratesMet,
    qualifies: volumeMet && ratesMet,
    monthsBelowVolume: below.length,
  };
}

/** The programme row as the evaluator needs it. */
export interface ProgrammeState {
  status: 'member' | 'removed' | 'none';
  basis: 'own' | 'agent' | 'trial';
  since: Date;
  rejoinAfter: Date | null;
}

export type Verdict =
  | { action: 'none'; why: string }
  | { action: 'admit'; basis: 'own' | 'trial'; why: string }
  | { action: 'graduate'; why: string }
  | { action: 'remove'; rejoinAfter: Date | null; why: string }
  | { action: 'end_trial'; why: string };

function addMonths(at: Date, months: number): Date {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function failed(assessment: Assessment): string {
  return assessment.checks
    .filter((c) => !c.met)
    .map((c) => c.toQualify)
    .join(' ');
}

/**
 * What the programme does about one notifier now: admit it (its own figures qualify, and any wait
 * to rejoin is over), remove it (it no longer meets the rates and the policy removes automatically),
 * graduate a brand on trial inside an agent's programme to its own standing, end a trial that did
 * not qualify, or nothing. Falling below the monthly volume alone never removes a member: the
 * volume is an admission threshold. `vettedBy`: a member agent that files for this brand.
 */
export function verdictFor(
  state: ProgrammeState | null,
  assessment: Assessment,
  policy: GoodFaithPolicy,
  now: Date,
  vettedBy: string | null = null,
): Verdict {
  const status = state?.status ?? 'none';
  if (status === 'member' && state?.basis === 'trial') {
    if (assessment.qualifies) return { action: 'graduate', why: 'its own figures meet every threshold' };
    if (now >= addMonths(state.since, policy.trialMonths))
      return {
        action: 'end_trial',
        why: `the ${policy.trialMonths}-month trial ended without its own figures qualifying. ${failed(assessment)}`,
      };
    return { action: 'none', why: 'on trial inside its agent programme' };
  }
  if (status === 'member') {
    if (!assessment.ratesMet && assessment.rates.decided > 0 && policy.automaticRemoval)
      return {
        action: 'remove',
        rejoinAfter: policy.rejoinWaitMonths > 0 ? addMonths(now, policy.rejoinWaitMonths) : null,
        why: failed(assessment),
      };
    return { action: 'none', why: assessment.ratesMet ? 'meets the thresholds' : 'removal is not automatic' };
  }
  if (assessment.qualifies) {
    if (status === 'removed' && state?.rejoinAfter && now < state.rejoinAfter)
      return {
        action: 'none',
        why: `qualifies again, but may rejoin only after ${state.rejoinAfter.toISOString().slice(0, 10)}`,
      };
    return { action: 'admit', basis: 'own', why: 'its own figures meet every threshold' };
  }
  // One trial per brand: an ended trial stays on record as removed on the trial basis.
  if (vettedBy && status === 'none')
    return { action: 'admit', basis: 'trial', why: 'a member agent files for it' };
  return { action: 'none', why: failed(assessment) };
}
