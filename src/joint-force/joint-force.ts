import type { Brand, PriceRange } from '../detection/index.ts';
import type { JointForceAnswer } from './joint-force.table.ts';

/**
 * Pure rules of Joint Force: where a case stands for the brand, the listing's price against the
 * brand's reference range, and the per-brand figures (precision of what was sent to the brand).
 */

export type CaseStatus = 'waiting' | JointForceAnswer | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = [
  'waiting',
  'counterfeit',
  'genuine',
  'unsure',
  'unanswered',
  'closed',
];

/** Waiting while open and still addressed to the brand; else its label, or closed (decided elsewhere). */
export function caseStatus(
  c: { state: string; action: string },
  label: JointForceAnswer | null | undefined,
): CaseStatus {
  if (label) return label;
  if (c.state === 'open' && c.action === 'brand_verify') return 'waiting';
  return 'closed';
}

export interface PriceCheck {
  basis: 'product_line' | 'category';
  /** The product line or category whose range applies. */
  name: string;
  range: PriceRange;
  /** Price over the typical genuine price (geometric middle of the range); null across currencies. */
  ratio: number | null;
}

/**
 * The listing's price against the brand's reference: the product line detection recognised (else
 * the only line the title names), or the brand's range for the listing's category.
 */
export function priceCheck(
  brand: Brand | null,
  listing: { title: string; category: string | null; price: number | null; currency: string | null },
  productLine: string | undefined,
): PriceCheck | null {
  if (!brand) return null;
  const lines = brand.productLines ?? [];
  const title = listing.title.toLowerCase();
  const line =
    lines.find((l) => productLine !== undefined && l.name.toLowerCase() === productLine.toLowerCase()) ??
    lines.find(
      (l) =>
        l.referencePrice &&
        [l.name, ...(l.aliases ?? [])].some((n) => n.length > 1 && title.includes(n.toLowerCase())),
    );
  let basis: PriceCheck['basis'] = 'product_line';
  let name: string;
  let range: PriceRange | undefined;
  if (line?.referencePrice) {
    name = line.name;
    range = line.referencePrice;
  } else {
    const category = (brand.categoryPrices ?? []).find((c) => c.category === listing.category);
    if (!category) return null;
    basis = 'category';
    name = category.category;
    range = category.referencePrice;
  }
  const typical = Math.sqrt(range.min * range.max);
  const ratio =
    listing.price !== null && listing.currency === range.currency && typical > 0
      ? Math.round((listing.price / typical) * 1000) / 1000
      : null;
  return { basis, name, range, ratio };
}

export interface MonthCounts {
  month: string;
  sent: number;
  waiting: number;
  counterfeit: number;
  genuine: number;
  unsure: number;
  unanswered: number;
}

export interface MonthFigures extends MonthCounts {
  /** counterfeit / (counterfeit + genuine); null before any such answer. */
  precision: number | null;
}

export function precisionOf(counterfeit: number, genuine: number): number | null {
  const answered = counterfeit + genuine;
  return answered === 0 ? null : Math.round((counterfeit / answered) * 10_000) / 10_000;
}

/** Per month (newest first) and in total, the counts of what was sent to a brand and how it answered. */
export function brandFigures(months: readonly MonthCounts[]): {
  total: MonthFigures;
  months: MonthFigures[];
} {
  const zero: MonthCounts = {
    month: 'total',
    sent: 0,
    waiting: 0,
    counterfeit: 0,
    genuine: 0,
    unsure: 0,
    unanswered: 0,
  };
  const total = months.reduce<MonthCounts>(
    (sum, m) => ({
      month: 'total',
      sent: sum.sent + m.sent,
      waiting: sum.waiting + m.waiting,
      counterfeit: sum.counterfeit + m.counterfeit,
      genuine: sum.genuine + m.genuine,
      unsure: sum.unsure + m.unsure,
      unanswered: sum.unanswered + m.unanswered,
    }),
    zero,
  );
  const withPrecision = (m: MonthCounts): MonthFigures => ({
    ...m,
    precision: precisionOf(m.counterfeit, m.genuine),
  });
  return {
    total: withPrecision(total),
    months: [...months].sort((a, b) => b.month.localeCompare(a.month)).map(withPrecision),
  };
}

/** The verification record filed as the notice's evidence: what was sent, and what the brand said. */
export function verificationRecord(input: {
  caseId: string;
  listing: { title: string; url: string; price: number | null; currency: string | null };
  store: string;
  sentAt: Date;
  score: number;
  signals: ReadonlyArray<{ kind: string; detail: string }>;
  answeredBy: string;
  answeredAt: Date;
  reason: string;
}): string {
  return [
    'Joint Force verification',
    `Case: ${input.caseId}`,
    `Listing: ${input.listing.title} <${input.listing.url}>`,
    `Price: ${input.listing.price ?? 'none'} ${input.listing.currency ?? ''}`.trimEnd(),
    `Store: ${input.store}`,
    `Sent to the brand: ${input.sentAt.toISOString()} (detection score ${input.score.toFixed(2)})`,
    'Signals:',
    ...input.signals.map((s) => `  - ${s.kind}: ${s.detail}`),
    `Answer: counterfeit, by ${input.answeredBy} at ${input.answeredAt.toISOString()}`,
    `Reason: ${input.reason}`,
    '',
  ].join('\n');
}
