import type { FieldError } from '../errors/app-error.ts';

/**
 * Protection against misuse of the notice system (DSA Art 23): the pure rules. What counts as a
 * finding of each kind (manifestly unfounded notices, a competitor's notices, channel control,
 * bursts), and which step of the escalation answers it. The shell (misuse.service.ts,
 * misuse.effects.ts) reads the notices and writes the findings and sanctions.
 */

export const FINDING_KINDS = ['unfounded', 'competitor', 'channel_control', 'burst'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const NOTIFIER_SANCTION_LEVELS = ['warning', 'suspension', 'termination'] as const;
export type NotifierSanctionLevel = (typeof NOTIFIER_SANCTION_LEVELS)[number];
export type FindingAction = 'sanction' | 'flag';

/** Rejection reasons of src/review (REJECTION_REASONS), repeated here to keep this file pure. */
export const MISUSE_REJECTION_REASONS = [
  'insufficient_evidence',
  'right_not_applicable',
  'not_infringing',
  'genuine_goods',
  'second_hand_goods',
  'parallel_import',
  'nominative_use',
  'listing_changed',
  'duplicate',
  'other',
] as const;
export type MisuseRejectionReason = (typeof MISUSE_REJECTION_REASONS)[number];

export interface EscalationStep {
  level: NotifierSanctionLevel;
  /** Days a suspension of notice processing lasts (suspensions only). */
  days?: number;
}

export interface NotifierMisusePolicy {
  /** enforce: findings of kinds whose action is `sanction` impose the next step; observe: findings only. */
  enforcement: 'enforce' | 'observe';
  unfounded: {
    action: FindingAction;
    windowDays: number;
    /** At least this many items rejected for one of `reasons` ... */
    minCount: number;
    /** ... and at least this share (0-1) of the notifier's decided items. */
    minShare: number;
    reasons: MisuseRejectionReason[];
  };
  channelControl: {
    action: FindingAction;
    windowDays: number;
    minCount: number;
    reasons: MisuseRejectionReason[];
  };
  burst: {
    action: FindingAction;
    windowHours: number;
    /** Items against one store filed within `windowHours` of each other ... */
    minItems: number;
    /** ... of which at least this share (0-1) of those decided was rejected (0: any burst). */
    minRejectedShare: number;
  };
  competitor: { action: FindingAction; windowDays: number; minCount: number };
  escalation: {
    /** Warning first, then suspensions (with days), termination last. */
    steps: EscalationStep[];
    /** Sanctions older than this no longer count towards the next step. */
    lookbackDays: number;
  };
}

export const DEFAULT_NOTIFIER_MISUSE: NotifierMisusePolicy = {
  enforcement: 'enforce',
  unfounded: {
    action: 'sanction',
    windowDays: 180,
    minCount: 10,
    minShare: 0.5,
    reasons: ['not_infringing'],
  },
  channelControl: {
    action: 'sanction',
    windowDays: 180,
    minCount: 5,
    reasons: ['genuine_goods', 'second_hand_goods', 'parallel_import'],
  },
  burst: { action: 'flag', windowHours: 24, minItems: 50, minRejectedShare: 0.5 },
  competitor: { action: 'flag', windowDays: 180, minCount: 1 },
  escalation: {
    steps: [{ level: 'warning' }, { level: 'suspension', days: 30 }, { level: 'termination' }],
    lookbackDays: 365,
  },
};

const RANK: Record<NotifierSanctionLevel, number> = { warning: 1, suspension: 2, termination: 3 };
export const rankOfLevel = (level: NotifierSanctionLevel) => RANK[level];

/** Rules the schema cannot say: the escalation's order. Pointers are relative to the body. */
export function checkMisusePolicy(p: NotifierMisusePolicy): FieldError[] {
  const errors: FieldError[] = [];
  const steps = p.escalation.steps;
  if (steps.length === 0)
    errors.push({
      pointer: '/escalation/steps',
      rule: 'at-least-one-step',
      detail: 'the escalation needs a step',
    });
  if (steps[0] && steps[0].level !== 'warning')
    errors.push({
      pointer: '/escalation/steps/0/level',
      rule: 'warning-first',
      detail: 'the escalation starts with a warning (DSA Art 23(1): after having issued a prior warning)',
    });
  steps.forEach((step, i) => {
    if (step.level === 'suspension' && !step.days)
      errors.push({
        pointer: `/escalation/steps/${i}/days`,
        rule: 'required-for-suspension',
        detail: 'a suspension needs its number of days',
      });
    if (step.level !== 'suspension' && step.days !== undefined)
      errors.push({
        pointer: `/escalation/steps/${i}/days`,
        rule: 'only-for-suspension',
        detail: `a ${step.level} has no days`,
      });
    const before = steps[i - 1];
    if (before && rankOfLevel(step.level) < rankOfLevel(before.level))
      errors.push({
        pointer: `/escalation/steps/${i}/level`,
        rule: 'steps-in-order',
        detail: `a ${step.level} cannot follow a ${before.level}: each step is at least as severe as the one before`,
      });
    if (step.level === 'termination' && i < steps.length - 1)
      errors.push({
        pointer: `/escalation/steps/${i}/level`,
        rule: 'termination-last',
        detail: 'nothing follows a termination',
      });
  });
  return errors;
}

/** One of the notifier's notice items, with its outcome when decided. */
export interface ItemFact {
  itemId: string;
  noticeId: string;
  listingId: string;
  storeId: string;
  filedAt: Date;
  decisionId: string | null;
  decidedAt: Date | null;
  outcome: 'removed' | 'rejected' | null;
  reasonCode: string | null;
}

export interface Detected {
  kind: FindingKind;
  figures: Record<string, number | string | string[]>;
  summary: string;
  items: ItemFact[];
  storeId: string | null;
  windowStart: Date;
  windowEnd: Date;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const decided = (items: readonly ItemFact[]) => items.filter((i) => i.outcome !== null);

/**
 * Manifestly unfounded notices: of the items decided in the window, at least `minCount` rejected
 * for a listed reason and at least `minShare` of all decided.
 */
export function detectUnfounded(
  items: readonly ItemFact[],
  p: NotifierMisusePolicy['unfounded'],
  window: { start: Date; end: Date },
): Detected | null {
  const all = decided(items);
  const behind = all.filter(
    (i) => i.outcome === 'rejected' && p.reasons.includes(i.reasonCode as MisuseRejectionReason),
  );
  if (all.length === 0 || behind.length < p.minCount) return null;
  const share = behind.length / all.length;
  if (share < p.minShare) return null;
  return {
    kind: 'unfounded',
    figures: {
      rejected: behind.length,
      decided: all.length,
      share: Math.round(share * 1000) / 1000,
      minCount: p.minCount,
      minShare: p.minShare,
      windowDays: p.windowDays,
      reasons: [...p.reasons],
    },
    summary: `${behind.length} of ${all.length} notice items decided between ${day(window.start)} and ${day(window.end)} (${pct(share)}) were rejected as ${p.reasons.join(' or ').replaceAll('_', ' ')}; the policy's threshold is ${p.minCount} items and ${pct(p.minShare)}.`,
    items: behind,
    storeId: null,
    windowStart: window.start,
    windowEnd: window.end,
  };
}

/** Channel control: at least `minCount` items rejected as genuine, second-hand or parallel-imported goods. */
export function detectChannelControl(
  items: readonly ItemFact[],
  p: NotifierMisusePolicy['channelControl'],
  window: { start: Date; end: Date },
): Detected | null {
  const behind = decided(items).filter(
    (i) => i.outcome === 'rejected' && p.reasons.includes(i.reasonCode as MisuseRejectionReason),
  );
  if (behind.length < p.minCount) return null;
  const byReason = Object.fromEntries(
    p.reasons.map((r) => [r, behind.filter((i) => i.reasonCode === r).length]),
  );
  return {
    kind: 'channel_control',
    figures: { rejected: behind.length, minCount: p.minCount, windowDays: p.windowDays, ...byReason },
    summary: `${behind.length} notice items decided between ${day(window.start)} and ${day(window.end)} targeted goods found to be ${p.reasons.map((r) => `${r.replaceAll('_', ' ')} (${byReason[r]})`).join(', ')}: notices used to control distribution rather than against infringements; the policy's threshold is ${p.minCount}.`,
    items: behind,
    storeId: null,
    windowStart: window.start,
    windowEnd: window.end,
  };
}

/**
 * A burst: the densest run of items against one store filed within `windowHours`; a finding when
 * it has `minItems` and at least `minRejectedShare` of its decided items were rejected.
 */
export function detectBurst(
  items: readonly ItemFact[],
  p: NotifierMisusePolicy['burst'],
  storeId: string,
): Detected | null {
  const sorted = [...items].sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
  const span = p.windowHours * 3_600_000;
  let best: [number, number] = [0, 0];
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]!.filedAt.getTime() - sorted[lo]!.filedAt.getTime() > span) lo++;
    if (hi - lo + 1 > best[1] - best[0]) best = [lo, hi + 1];
  }
  const run = sorted.slice(best[0], best[1]);
  if (run.length < p.minItems) return null;
  const done = decided(run);
  const rejected = done.filter((i) => i.outcome === 'rejected').length;
  const share = done.length === 0 ? 0 : rejected / done.length;
  if (p.minRejectedShare > 0 && (done.length === 0 || share < p.minRejectedShare)) return null;
  const start = run[0]!.filedAt;
  const end = run[run.length - 1]!.filedAt;
  return {
    kind: 'burst',
    figures: {
      items: run.length,
      windowHours: p.windowHours,
      minItems: p.minItems,
      decided: done.length,
      rejected,
      rejectedShare: Math.round(share * 1000) / 1000,
    },
    summary: `${run.length} notice items against one store were filed between ${start.toISOString()} and ${end.toISOString()} (within ${p.windowHours} h); ${rejected} of the ${done.length} decided were rejected. The policy's threshold is ${p.minItems} items in ${p.windowHours} h.`,
    items: run,
    storeId,
    windowStart: start,
    windowEnd: end,
  };
}

/**
 * How a notifier is linked to the sellers it files against. The data model has no "brand also
 * sells" flag and a store's seller is always a seller organisation, so the sound link is people:
 * a user who is a member of the notifier (principal brand or filing agent) and of a seller
 * organisation. The notifier then competes with the targeted seller when that seller organisation
 * is the targeted store's seller (`linked-to-targeted-seller`), or when it sells, on the same
 * marketplace, in the targeted listing's top-level category (`sells-in-same-category`).
 */
export interface CompetitorLink {
  sellerOrgId: string;
  sellerOrgName: string;
  /** Marketplace id -> top-level categories its stores list in. */
  categories: Record<string, string[]>;
}

export function topCategory(category: string | null): string | null {
  const top = category?.split(/[/>|]/)[0]?.trim().toLowerCase();
  return top ? top : null;
}

export function competitorBasis(
  links: readonly CompetitorLink[],
  target: { sellerOrgId: string | null; marketplaceId: string; category: string | null },
): {
  basis: 'linked-to-targeted-seller' | 'sells-in-same-category';
  sellerOrgId: string;
  sellerOrgName: string;
  category: string | null;
} | null {
  const same = links.find((l) => target.sellerOrgId !== null && l.sellerOrgId === target.sellerOrgId);
  if (same)
    return {
      basis: 'linked-to-targeted-seller',
      sellerOrgId: same.sellerOrgId,
      sellerOrgName: same.sellerOrgName,
      category: null,
    };
  const top = topCategory(target.category);
  if (!top) return null;
  const rival = links.find((l) => (l.categories[target.marketplaceId] ?? []).includes(top));
  return rival
    ? {
        basis: 'sells-in-same-category',
        sellerOrgId: rival.sellerOrgId,
        sellerOrgName: rival.sellerOrgName,
        category: top,
      }
    : null;
}

/** A competitor's notices: at least `minCount` rejected items against sellers it competes with. */
export function detectCompetitor(
  items: ReadonlyArray<ItemFact & { link: NonNullable<ReturnType<typeof competitorBasis>> }>,
  p: NotifierMisusePolicy['competitor'],
  window: { start: Date; end: Date },
): Detected | null {
  const behind = items.filter((i) => i.outcome === 'rejected');
  if (behind.length < p.minCount) return null;
  const links = [
    ...new Set(
      behind.map(
        (i) =>
          `${i.link.sellerOrgName} (${i.link.basis.replaceAll('-', ' ')}${i.link.category ? `: ${i.link.category}` : ''})`,
      ),
    ),
  ];
  return {
    kind: 'competitor',
    figures: { rejected: behind.length, minCount: p.minCount, windowDays: p.windowDays, links },
    summary: `The notifier shares members with the seller organisation(s) ${links.join(', ')}; ${behind.length} of its notice items against competing sellers were rejected between ${day(window.start)} and ${day(window.end)} (threshold ${p.minCount}).`,
    items: behind,
    storeId:
      behind.length > 0 && behind.every((i) => i.storeId === behind[0]!.storeId) ? behind[0]!.storeId : null,
    windowStart: window.start,
    windowEnd: window.end,
  };
}

export interface SanctionHistoryEntry {
  level: NotifierSanctionLevel;
  startsAt: Date;
  liftedCause: string | null;
}

/**
 * The next step of the escalation: one past the sanctions that count (within the lookback, not
 * reversed on appeal nor withdrawn by the operator). Null when the notifier is already terminated.
 */
export function nextStep(
  history: readonly SanctionHistoryEntry[],
  policy: NotifierMisusePolicy['escalation'],
  now: Date,
): { step: EscalationStep; index: number; counted: number } | null {
  if (history.some((h) => h.level === 'termination' && h.liftedCause === null)) return null;
  const since = now.getTime() - policy.lookbackDays * 86_400_000;
  const counted = history.filter(
    (h) => h.startsAt.getTime() >= since && h.liftedCause !== 'appeal' && h.liftedCause !== 'operator',
  ).length;
  const index = Math.min(counted, policy.steps.length - 1);
  const step = policy.steps[index];
  return step ? { step, index, counted } : null;
}

export type NotifierStatus = 'good_standing' | 'warned' | 'suspended' | 'terminated';

/** Where a notifier stands, from its sanctions in force. */
export function statusOf(
  sanctions: ReadonlyArray<{ level: NotifierSanctionLevel; liftedAt: Date | null; endsAt: Date | null }>,
  now: Date,
): { status: NotifierStatus; until: Date | null } {
  const active = sanctions.filter((s) => s.liftedAt === null && (s.endsAt === null || s.endsAt > now));
  if (active.some((s) => s.level === 'termination')) return { status: 'terminated', until: null };
  const suspension = active
    .filter((s) => s.level === 'suspension')
    .sort((a, b) => (b.endsAt?.getTime() ?? 0) - (a.endsAt?.getTime() ?? 0))[0];
  if (suspension) return { status: 'suspended', until: suspension.endsAt };
  if (active.some((s) => s.level === 'warning')) return { status: 'warned', until: null };
  return { status: 'good_standing', until: null };
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}
