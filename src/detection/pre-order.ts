/**
 * Official pre-orders of a work on disc: a listing that says it is a pre-order and ships on or after
 * the disc's release date is how studios sell before release, not a pirated copy. Shops say it
 * as "pre-order", "advance order", "pre-sale" or give the trade's "street date" (the day a record
 * may be sold), 预售, 预订, 予約.
 */
const PRE_ORDER = /pre-?order|advance order|pre-?sale|street date|预售|预订|预定|予約/i;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DATE_NUMERIC = /(20\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/g;
const DATE_DAY_MONTH = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS})[a-z]*\\.?,?\\s+(20\\d\\d)`,
  'gi',
);
const DATE_MONTH_DAY = new RegExp(
  `(${MONTHS})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(20\\d\\d)`,
  'gi',
);

/** A pre-order whose stated shipping dates are all on or after `release` (ms); false without a date. */
export function preOrderShippingFrom(text: string, release: number): boolean {
  if (!PRE_ORDER.test(text)) return false;
  const dates: number[] = [];
  for (const m of text.matchAll(DATE_NUMERIC)) dates.push(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  for (const m of text.matchAll(DATE_DAY_MONTH))
    dates.push(Date.UTC(+m[3]!, MONTHS.split('|').indexOf(m[2]!.slice(0, 3).toLowerCase()), +m[1]!));
  for (const m of text.matchAll(DATE_MONTH_DAY))
    dates.push(Date.UTC(+m[3]!, MONTHS.split('|').indexOf(m[1]!.slice(0, 3).toLowerCase()), +m[2]!));
  return dates.length > 0 && dates.every((d) => d >= release);
}
