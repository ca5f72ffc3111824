/**
 * Robust price statistics: median and MAD of log prices per brand and per product line, kept
 * separately for new and second-hand goods. Reference ranges contribute their ends and geometric
 * midpoint; observed prices contribute themselves. Second-hand statistics fall back to the new ones
 * shifted by the policy's used-price factor and widened, because genuine used goods are cheaper and
 * more varied.
 */
import { CATEGORY_INDEX } from './data/categories.ts';
import type { Brand, DetectionPolicy, ListingCondition, PriceRange } from './types.ts';

/** 1.4826 * MAD estimates the standard deviation of a normal distribution. */
const MAD_TO_SIGMA = 1.4826;
/** No spread below ~8% on the log scale: a single reference price is not a precise truth. */
const MIN_LOG_MAD = 0.08;
const USED_SPREAD_FACTOR = 1.5;
const MIN_USED_SAMPLES = 5;

export interface PriceStats {
  median: number;
  mad: number;
  samples: number;
  /** Lowest log price: price ratios are taken against the cheapest genuine price. */
  min: number;
}

export function median(sorted: readonly number[]): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median and median absolute deviation of the values (any order); null when there are none. */
export function robustStats(values: readonly number[]): PriceStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const m = median(sorted);
  const deviations = sorted.map((v) => Math.abs(v - m)).sort((a, b) => a - b);
  return {
    median: m,
    mad: Math.max(median(deviations), MIN_LOG_MAD),
    samples: values.length,
    min: sorted[0]!,
  };
}

/** Robust z-score of a log price; negative means cheaper than usual. */
export function robustZ(logPrice: number, stats: PriceStats): number {
  return robustZScore(logPrice, stats.median, stats.mad);
}

/** `robustZ` on a median and MAD already unpacked (see brand-pack.ts). */
export function robustZScore(logPrice: number, median: number, mad: number): number {
  return (logPrice - median) / (MAD_TO_SIGMA * mad);
}

/** Converts to the policy's base currency; null for unknown currencies. */
export function toBaseCurrency(
  amount: number,
  currency: string | undefined,
  policy: DetectionPolicy,
): number | null {
  const rate = policy.currencyRates[(currency ?? 'USD').toUpperCase()];
  return rate === undefined ? null : amount * rate;
}

export interface ConditionStats {
  new: PriceStats | null;
  used: PriceStats | null;
}

export interface BrandPriceModel {
  brand: ConditionStats;
  /** By product line index (same order as brand.productLines). */
  lines: ConditionStats[];
}

export function buildBrandPriceModel(brand: Brand, policy: DetectionPolicy): BrandPriceModel {
  const lines = brand.productLines ?? [];
  const lineNew: number[][] = lines.map(() => []);
  const lineUsed: number[][] = lines.map(() => []);
  const brandNew: number[] = [];
  const brandUsed: number[] = [];
  lines.forEach((line, index) => {
    const logs = rangeLogs(line.referencePrice, policy);
    lineNew[index]!.push(...logs);
    brandNew.push(...logs);
  });
  const lineIndexByName = new Map(lines.map((l, i) => [l.name.toLowerCase(), i]));
  for (const observed of brand.observedPrices ?? []) {
    const base = toBaseCurrency(observed.price, observed.currency, policy);
    if (base === null || base <= 0) continue;
    const logPrice = Math.log(base);
    const used = observed.condition === 'used' || observed.condition === 'refurbished';
    (used ? brandUsed : brandNew).push(logPrice);
    const lineIndex = observed.productLine
      ? lineIndexByName.get(observed.productLine.toLowerCase())
      : undefined;
    if (lineIndex !== undefined) (used ? lineUsed : lineNew)[lineIndex]!.push(logPrice);
  }
  return {
    brand: conditionStats(brandNew, brandUsed, policy),
    lines: lines.map((_, i) => conditionStats(lineNew[i]!, lineUsed[i]!, policy)),
  };
}

/** Log prices of a reference range: both ends and the geometric middle (none if unusable). */
function rangeLogs(range: PriceRange | undefined, policy: DetectionPolicy): number[] {
  if (!range) return [];
  const min = toBaseCurrency(range.min, range.currency, policy);
  const max = toBaseCurrency(range.max, range.currency, policy);
  if (min === null || max === null || min <= 0 || max <= 0) return [];
  return [Math.log(min), Math.log(Math.sqrt(min * max)), Math.log(max)];
}

/**
 * Price statistics per category index: the brand's categoryPrices, else the pooled reference
 * prices of its lines in that category. Observed prices of lines count for their line's category.
 */
export function buildCategoryPrices(brand: Brand, policy: DetectionPolicy): Map<number, ConditionStats> {
  const explicit = new Map<number, number[]>();
  for (const entry of brand.categoryPrices ?? []) {
    const index = CATEGORY_INDEX.get(entry.category);
    if (index === undefined) continue;
    const logs = explicit.get(index) ?? [];
    logs.push(...rangeLogs(entry.referencePrice, policy));
    explicit.set(index, logs);
  }
  const pooled = new Map<number, number[]>();
  for (const line of brand.productLines ?? []) {
    const index = line.category ? CATEGORY_INDEX.get(line.category) : undefined;
    if (index === undefined) continue;
    const logs = pooled.get(index) ?? [];
    logs.push(...rangeLogs(line.referencePrice, policy));
    pooled.set(index, logs);
  }
  const out = new Map<number, ConditionStats>();
  for (const [index, logs] of pooled) if (logs.length > 0) out.set(index, conditionStats(logs, [], policy));
  for (const [index, logs] of explicit) if (logs.length > 0) out.set(index, conditionStats(logs, [], policy));
  return out;
}

function conditionStats(newLogs: number[], usedLogs: number[], policy: DetectionPolicy): ConditionStats {
  const newStats = robustStats(newLogs);
  let usedStats = usedLogs.length >= MIN_USED_SAMPLES ? robustStats(usedLogs) : null;
  if (!usedStats && newStats) {
    usedStats = {
      median: newStats.median + Math.log(policy.usedPriceFactor),
      mad: newStats.mad * USED_SPREAD_FACTOR,
      samples: newStats.samples,
      min: newStats.min + Math.log(policy.usedPriceFactor),
    };
  }
  return { new: newStats, used: usedStats };
}

export function statsFor(model: ConditionStats, condition: ListingCondition | undefined): PriceStats | null {
  return condition === 'used' || condition === 'refurbished' ? model.used : model.new;
}
