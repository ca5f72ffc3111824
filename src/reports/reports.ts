/**
 * Pure parts of the reports (issue 17): months, the duration histogram's buckets and percentiles
 * read from it, and the metrics the counters hold.
 */

/** "No marketplace" / "no organisation" in the counters' keys. */
export const NONE = '00000000-0000-0000-0000-000000000000';

/** The longest range a report answers for (months, inclusive). */
export const MAX_MONTHS = 36;

export const METRICS = [
  'notices_received',
  'items_targeted',
  'items_removed',
  'items_rejected',
  'removed_within_24h',
  'removals_reactive',
  'removals_proactive',
  'decisions_automated',
  'decisions_human',
  'appeals_decided',
  'appeals_reversed',
  'counter_notices_succeeded',
  'counter_notices_failed',
  'stores_warned',
  'stores_suspended',
  'stores_closed',
  'test_buy_violations',
  'buyer_complaints_confirmed',
] as const;
export type Metric = (typeof METRICS)[number];

/** Durations kept as histograms. */
export const DURATIONS = ['notice_to_takedown', 'notice_to_decision'] as const;
export type Duration = (typeof DURATIONS)[number];

/** Reason-coded counts: `removed:<reason>` and `rejected:<reason>`. */
export function reasonMetric(outcome: 'removed' | 'rejected', reasonCode: string | null): string {
  const code = (reasonCode ?? 'unspecified')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]/g, '_')
    .slice(0, 60);
  return `${outcome}:${code}`;
}

/** The first day of the UTC month of `at`, as YYYY-MM-DD. */
export function monthOf(at: Date): string {
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-07" → 2026 * 12 + 6, or null when it is not a month. */
export function monthIndex(text: string): number | null {
  const m = MONTH.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 2000 || year > 2999) return null;
  return year * 12 + month - 1;
}

export function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to` inclusive, as YYYY-MM. */
export function monthsBetween(from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i <= to; i++) out.push(monthText(i));
  return out;
}

/** The histogram bucket of a duration: the smallest b with minutes <= 2^(b/4) - 1. */
export function bucketOf(milliseconds: number): number {
  const minutes = Math.max(0, milliseconds) / 60_000;
  return Math.min(120, Math.max(0, Math.ceil(4 * Math.log2(1 + minutes))));
}

/** The longest duration (in minutes) a bucket holds. */
export function bucketUpperMinutes(bucket: number): number {
  return 2 ** (bucket / 4) - 1;
}

/**
 * A percentile (0..1) from a histogram, as the upper bound of the bucket it falls in (so an
 * over-estimate by at most one bucket, ~19 %), in hours; null when the histogram is empty.
 */
export function percentileHours(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= rank) return Math.round((bucketUpperMinutes(bucket) / 60) * 100) / 100;
  }
  return null;
}
