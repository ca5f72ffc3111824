import type { FieldError } from '../errors/app-error.ts';
import type { SanctionLevel, Severity } from './sellers.table.ts';

/**
 * Seller accountability as pure rules: what an infringement costs, when a repeat costs more, how
 * deductions group into strikes, and which sanction a store's strikes and balance call for. The
 * numbers are policy (`seller-accountability`); nothing here reads a clock or a database.
 */

export const SEVERITIES = [
  'counterfeit',
  'trademark_misuse',
  'patent',
  'copyright',
  'proactive_removal',
] as const;
export const SANCTION_LEVELS = ['warning', 'listing_limit', 'suspension', 'closure'] as const;

const RANK: Record<SanctionLevel, number> = { warning: 1, listing_limit: 2, suspension: 3, closure: 4 };
export const rankOf = (level: SanctionLevel | null): number => (level ? RANK[level] : 0);

export interface StrikeRule {
  strikes: number;
  sanction: SanctionLevel;
  /** The seller must acknowledge the education module before listing again. */
  education?: boolean;
  listingLimit?: number;
  suspensionDays?: number;
}

export interface BalanceRule {
  atOrBelow: number;
  sanction: SanctionLevel;
  education?: boolean;
  listingLimit?: number;
  suspensionDays?: number;
}

export interface EducationModule {
  version: string;
  title: { en: string; 'zh-CN': string };
  body: { en: string; 'zh-CN': string };
}

export interface SellerAccountabilityPolicy {
  /**
   * `enforce`: sanctions are imposed and lifted as the schedules say. `observe`: the ledger counts
   * points and strikes, and the store's view shows what the next strike would bring, but nothing is
   * imposed (for trying a policy out before enforcing it).
   */
  enforcement: 'enforce' | 'observe';
  /** Points every store starts each calendar year with. */
  yearlyAllotment: number;
  /** Points an upheld infringement deducts, by severity. */
  deductions: Record<Severity, number>;
  /** An infringement within `windowDays` of an earlier one that still stands costs `extraPoints` more. */
  repeatOffence: { windowDays: number; extraPoints: number };
  /**
   * Decisions against one store from one notifier (or from proactive detection) within `windowDays`
   * of the first are one strike and deduct once: a notice naming 300 listings is one offence.
   */
  strikeGrouping: { windowDays: number };
  /** Strikes count while they are this recent. */
  strikeWindowDays: number;
  strikes: StrikeRule[];
  balance: BalanceRule[];
  education: EducationModule;
}

export const DEFAULT_SELLER_ACCOUNTABILITY: SellerAccountabilityPolicy = {
  enforcement: 'enforce',
  yearlyAllotment: 48,
  deductions: { counterfeit: 12, trademark_misuse: 6, patent: 6, copyright: 4, proactive_removal: 12 },
  repeatOffence: { windowDays: 90, extraPoints: 4 },
  strikeGrouping: { windowDays: 3 },
  strikeWindowDays: 365,
  // "Four strikes and you're out": a warning with education, a listing limit, a suspension, closure.
  strikes: [
    { strikes: 1, sanction: 'warning', education: true },
    { strikes: 2, sanction: 'listing_limit', listingLimit: 20 },
    { strikes: 3, sanction: 'suspension', suspensionDays: 30 },
    { strikes: 4, sanction: 'closure' },
  ],
  balance: [
    { atOrBelow: 12, sanction: 'suspension', suspensionDays: 14 },
    { atOrBelow: 0, sanction: 'closure' },
  ],
  education: {
    version: '2026-12',
    title: {
      en: 'Selling genuine goods: intellectual property rules',
      'zh-CN': '销售正品：知识产权规则',
    },
    body: {
      en: 'A rights holder or our detection found that a listing of your store infringed an intellectual property right. Counterfeit goods, unauthorized use of a brand, and copies of protected designs or works may not be listed. Before listing again: check that every branded product is genuine and that you can show where it came from (invoices, authorization); do not use brand names, logos or photos you have no right to; describe second-hand and parallel-imported goods as such. Each further infringement deducts points and leads to a listing limit, suspension and finally closure of the store. You can contest any decision from its statement of reasons.',
      'zh-CN':
        '权利人或平台检测发现您店铺的商品侵犯了知识产权。禁止发布假冒商品、未经授权使用品牌、以及受保护的设计或作品的复制品。再次发布前：请确认每件品牌商品均为正品，并能证明其来源（发票、授权）；不得使用您无权使用的品牌名称、标志或图片；二手商品和平行进口商品须如实说明。每次再侵权都会扣分，并导致限制发布数量、暂停直至关闭店铺。您可以根据每项决定的理由说明提出申诉。',
    },
  },
};

const SUSPENSION_MAX_DAYS = 3650;

function checkRule(rule: StrikeRule | BalanceRule, pointer: string, errors: FieldError[]): void {
  if (rule.sanction === 'suspension' && !(rule.suspensionDays && rule.suspensionDays > 0))
    errors.push({
      pointer: `${pointer}/suspensionDays`,
      rule: 'required-for-suspension',
      detail: 'a suspension needs a positive number of days',
    });
  if (rule.sanction !== 'suspension' && rule.suspensionDays !== undefined)
    errors.push({
      pointer: `${pointer}/suspensionDays`,
      rule: 'only-for-suspension',
      detail: `only a suspension has days; this rule's sanction is ${rule.sanction}`,
    });
  if (rule.sanction === 'listing_limit' && rule.listingLimit === undefined)
    errors.push({
      pointer: `${pointer}/listingLimit`,
      rule: 'required-for-listing-limit',
      detail: 'a listing limit needs the number of active listings allowed',
    });
  if (rule.sanction !== 'listing_limit' && rule.listingLimit !== undefined)
    errors.push({
      pointer: `${pointer}/listingLimit`,
      rule: 'only-for-listing-limit',
      detail: `only a listing limit has a limit; this rule's sanction is ${rule.sanction}`,
    });
}

/** Rules a schema cannot say: consistent schedules, a sanction's own parameters. */
export function checkPolicy(policy: SellerAccountabilityPolicy): FieldError[] {
  const errors: FieldError[] = [];
  let previous: StrikeRule | null = null;
  policy.strikes.forEach((rule, i) => {
    const pointer = `/strikes/${i}`;
    checkRule(rule, pointer, errors);
    if (previous && rule.strikes <= previous.strikes)
      errors.push({
        pointer: `${pointer}/strikes`,
        rule: 'ascending',
        detail: `strike counts must increase: ${rule.strikes} follows ${previous.strikes}`,
      });
    if (previous && rankOf(rule.sanction) < rankOf(previous.sanction))
      errors.push({
        pointer: `${pointer}/sanction`,
        rule: 'no-milder-for-more-strikes',
        detail: `${rule.strikes} strikes cannot bring a milder sanction (${rule.sanction}) than ${previous.strikes} (${previous.sanction})`,
      });
    previous = rule;
  });
  let previousBalance: BalanceRule | null = null;
  policy.balance.forEach((rule, i) => {
    const pointer = `/balance/${i}`;
    checkRule(rule, pointer, errors);
    if (rule.atOrBelow >= policy.yearlyAllotment)
      errors.push({
        pointer: `${pointer}/atOrBelow`,
        rule: 'below-allotment',
        detail: `a balance threshold of ${rule.atOrBelow} would sanction every store that starts the year with ${policy.yearlyAllotment} points`,
      });
    if (previousBalance && rule.atOrBelow >= previousBalance.atOrBelow)
      errors.push({
        pointer: `${pointer}/atOrBelow`,
        rule: 'descending',
        detail: `balance thresholds must decrease: ${rule.atOrBelow} follows ${previousBalance.atOrBelow}`,
      });
    if (previousBalance && rankOf(rule.sanction) < rankOf(previousBalance.sanction))
      errors.push({
        pointer: `${pointer}/sanction`,
        rule: 'no-milder-for-fewer-points',
        detail: `a balance of ${rule.atOrBelow} cannot bring a milder sanction (${rule.sanction}) than ${previousBalance.atOrBelow} (${previousBalance.sanction})`,
      });
    previousBalance = rule;
  });
  if (policy.strikes.length === 0 && policy.balance.length === 0)
    errors.push({
      pointer: '/strikes',
      rule: 'some-schedule',
      detail: 'a policy needs a strike or a balance schedule',
    });
  for (const [key, days] of [
    ['/repeatOffence/windowDays', policy.repeatOffence.windowDays],
    ['/strikeGrouping/windowDays', policy.strikeGrouping.windowDays],
    ['/strikeWindowDays', policy.strikeWindowDays],
  ] as const)
    if (days > SUSPENSION_MAX_DAYS)
      errors.push({ pointer: key, rule: 'at-most-ten-years', detail: `at most ${SUSPENSION_MAX_DAYS} days` });
  return errors;
}

/** The sanction a store's standing calls for (the most severe of its strike and balance rules). */
export interface SanctionTarget {
  level: SanctionLevel;
  education: boolean;
  listingLimit: number | null;
  suspensionDays: number | null;
  /** In words, for the statement of reasons. */
  because: string;
}

export function sanctionFor(
  standing: { strikes: number; balance: number },
  policy: Pick<SellerAccountabilityPolicy, 'strikes' | 'balance'>,
): SanctionTarget | null {
  const matched: Array<{ rule: StrikeRule | BalanceRule; because: string }> = [];
  const byStrikes = [...policy.strikes].reverse().find((r) => standing.strikes >= r.strikes);
  if (byStrikes)
    matched.push({
      rule: byStrikes,
      because: `${standing.strikes} strike(s) (the policy sanctions ${byStrikes.strikes} with ${byStrikes.sanction.replace('_', ' ')})`,
    });
  for (const rule of policy.balance)
    if (standing.balance <= rule.atOrBelow)
      matched.push({
        rule,
        because: `a balance of ${standing.balance} point(s) (the policy sanctions ${rule.atOrBelow} or fewer with ${rule.sanction.replace('_', ' ')})`,
      });
  if (matched.length === 0) return null;
  const top = Math.max(...matched.map((m) => rankOf(m.rule.sanction)));
  const atTop = matched.filter((m) => rankOf(m.rule.sanction) === top);
  const level = atTop[0]!.rule.sanction;
  const days = atTop.map((m) => m.rule.suspensionDays ?? 0);
  const limits = atTop.map((m) => m.rule.listingLimit).filter((n): n is number => n !== undefined);
  return {
    level,
    education: matched.some((m) => m.rule.education === true),
    listingLimit: level === 'listing_limit' ? Math.min(...limits) : null,
    suspensionDays: level === 'suspension' ? Math.max(...days) : null,
    because: atTop.map((m) => m.because).join('; '),
  };
}

/** A deduction as the ledger's rules see it. */
export interface LedgerDeduction {
  at: Date;
  points: number;
  /** Who brought it: the notifier organisation, or `proactive` for detection. */
  source: string;
  restored: boolean;
}

const DAY = 86_400_000;

/**
 * What an infringement at `at` from `source` costs, given the store's earlier deductions: nothing
 * more when it joins a group (same source within the grouping window of the group's first
 * deduction), the severity's points otherwise, plus the repeat surcharge when another standing
 * strike is within the repeat window.
 */
export function deductionFor(
  earlier: readonly LedgerDeduction[],
  input: { at: Date; source: string; severity: Severity },
  policy: Pick<SellerAccountabilityPolicy, 'deductions' | 'repeatOffence' | 'strikeGrouping'>,
): { points: number; grouped: boolean; repeat: boolean } {
  const standing = earlier.filter((d) => !d.restored && d.points < 0);
  const grouped = standing.some(
    (d) =>
      d.source === input.source &&
      input.at.getTime() - d.at.getTime() <= policy.strikeGrouping.windowDays * DAY &&
      input.at.getTime() >= d.at.getTime(),
  );
  const repeat = standing.some(
    (d) =>
      input.at.getTime() - d.at.getTime() <= policy.repeatOffence.windowDays * DAY &&
      input.at.getTime() >= d.at.getTime(),
  );
  return costOf({ grouped, repeat }, input.severity, policy);
}

/**
 * The price of an infringement once it is known whether it joins a group and whether it repeats
 * (the ledger reads both in SQL over the store's recent entries; `deductionFor` over a list).
 */
export function costOf(
  found: { grouped: boolean; repeat: boolean },
  severity: Severity,
  policy: Pick<SellerAccountabilityPolicy, 'deductions' | 'repeatOffence'>,
): { points: number; grouped: boolean; repeat: boolean } {
  if (found.grouped) return { points: 0, grouped: true, repeat: false };
  const points = policy.deductions[severity] + (found.repeat ? policy.repeatOffence.extraPoints : 0);
  return { points: -points, grouped: false, repeat: found.repeat };
}

/** Strikes in force at `now`: deductions that cost points, still standing, within the window. */
export function strikesAt(
  deductions: readonly LedgerDeduction[],
  now: Date,
  policy: Pick<SellerAccountabilityPolicy, 'strikeWindowDays'>,
): number {
  return deductions.filter(
    (d) => !d.restored && d.points < 0 && now.getTime() - d.at.getTime() <= policy.strikeWindowDays * DAY,
  ).length;
}

/** A ledger entry as far as the balance is concerned. */
export interface LedgerEntry {
  year: number;
  points: number;
}

/** The balance of a year is the sum of its entries: nothing else (property-tested). */
export function balanceOf(entries: readonly LedgerEntry[], year: number): number {
  return entries.reduce((sum, e) => (e.year === year ? sum + e.points : sum), 0);
}
