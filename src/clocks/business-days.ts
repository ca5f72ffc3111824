/**
 * Business-day arithmetic, pure. Dates are counted in the jurisdiction's local calendar (a fixed
 * UTC offset per calendar), and a deadline of N days ends at local midnight after the Nth day:
 * legal periods run to the end of their last day, not to the minute the clock started.
 */

export interface HolidayCalendar {
  /** Weekdays that are not business days (0 = Sunday ... 6 = Saturday). */
  weekend: number[];
  /** Days off, YYYY-MM-DD, local. */
  holidays: string[];
  /** Weekend days that are working days (China moves weekends around its public holidays). */
  workingDays: string[];
  /** Local time minus UTC, in minutes; standard time (a summer hour of drift is immaterial to day counts). */
  utcOffsetMinutes: number;
}

export type DurationUnit = 'business_days' | 'calendar_days' | 'hours' | 'minutes';

/** A period as policy states it: "10 business days", "15 calendar days", "72 hours". */
export interface Duration {
  unit: DurationUnit;
  amount: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in the calendar's local time. */
export function localDayNumber(at: Date, calendar: Pick<HolidayCalendar, 'utcOffsetMinutes'>): number {
  return Math.floor((at.getTime() + calendar.utcOffsetMinutes * 60_000) / DAY_MS);
}

export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isoToDayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Sets built once per calendar object, so a deadline computation is not a linear scan per day. */
const indexCache = new WeakMap<
  HolidayCalendar,
  { holidays: Set<number>; working: Set<number>; weekend: Set<number> }
>();
function indexOf(calendar: HolidayCalendar) {
  let index = indexCache.get(calendar);
  if (!index) {
    // Day numbers, not ISO strings: a deadline checks a few weeks of days, one look-up each.
    index = {
      holidays: new Set(calendar.holidays.map(isoToDayNumber)),
      working: new Set(calendar.workingDays.map(isoToDayNumber)),
      weekend: new Set(calendar.weekend),
    };
    indexCache.set(calendar, index);
  }
  return index;
}

export function isBusinessDay(day: number, calendar: HolidayCalendar): boolean {
  const index = indexOf(calendar);
  if (index.holidays.has(day)) return false;
  if (index.working.has(day)) return true;
  return !index.weekend.has(weekdayOf(day));
}

/** Guards against a calendar with no business days at all (every weekday a weekend). */
const MAX_SCAN_DAYS = 3_660;

/** The local day number of the Nth business day after `fromDay` (fromDay itself does not count). */
export function nthBusinessDayAfter(fromDay: number, n: number, calendar: HolidayCalendar): number {
  let day = fromDay;
  let counted = 0;
  for (let scanned = 0; counted < n; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('The calendar has no business days within ten years');
    day += 1;
    if (isBusinessDay(day, calendar)) counted += 1;
  }
  return day;
}

/** Business days in (fromDay, toDay]; zero when toDay is not after fromDay. */
export function businessDaysBetween(fromDay: number, toDay: number, calendar: HolidayCalendar): number {
  let count = 0;
  for (let day = fromDay + 1; day <= toDay; day++) if (isBusinessDay(day, calendar)) count += 1;
  return count;
}

/** The UTC instant of local midnight that ends `day`. */
export function endOfLocalDay(day: number, calendar: Pick<HolidayCalendar, 'utcOffsetMinutes'>): Date {
  return new Date((day + 1) * DAY_MS - calendar.utcOffsetMinutes * 60_000);
}

/**
 * When a period that starts at `from` ends. Day-based periods end at local midnight after their
 * last day; hours and minutes are exact (used for expedited procedures and short test clocks).
 */
export function deadlineAfter(from: Date, duration: Duration, calendar: HolidayCalendar): Date {
  switch (duration.unit) {
    case 'minutes':
      return new Date(from.getTime() + duration.amount * 60_000);
    case 'hours':
      return new Date(from.getTime() + duration.amount * 3_600_000);
    case 'calendar_days':
      return endOfLocalDay(localDayNumber(from, calendar) + duration.amount, calendar);
    case 'business_days':
      return endOfLocalDay(
        nthBusinessDayAfter(localDayNumber(from, calendar), duration.amount, calendar),
        calendar,
      );
  }
}

export function describeDuration(duration: Duration): string {
  const unit = duration.unit.replace('_', ' ');
  return `${duration.amount} ${duration.amount === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** Adds calendar months in UTC, clamping to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonthsUtc(date: Date, months: number): Date {
  const target = new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth() + months,
      1,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}
