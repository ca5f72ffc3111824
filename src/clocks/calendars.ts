import type { HolidayCalendar } from './business-days.ts';
import { resolveByJurisdiction } from './jurisdiction.ts';

/**
 * Built-in holiday calendars for 2026-2027, the defaults of the `holiday_calendars` policy. An
 * operator replaces or extends them (other years, other countries) by writing a policy version.
 */

// US federal holidays (5 U.S.C. 6103), observed dates: a Saturday holiday is observed on Friday,
// a Sunday one on Monday (4 Jul 2026 -> 3 Jul; 19 Jun, 4 Jul, 25 Dec 2027 and 1 Jan 2028 move too).
const US_2026 = [
  '2026-01-01',
  '2026-01-19',
  '2026-02-16',
  '2026-05-25',
  '2026-06-19',
  '2026-07-03',
  '2026-09-07',
  '2026-10-12',
  '2026-11-11',
  '2026-11-26',
  '2026-12-25',
];
const US_2027 = [
  '2027-01-01',
  '2027-01-18',
  '2027-02-15',
  '2027-05-31',
  '2027-06-18',
  '2027-07-05',
  '2027-09-06',
  '2027-10-11',
  '2027-11-11',
  '2027-11-25',
  '2027-12-24',
  '2027-12-31',
];

function range(from: string, days: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

// China: the State Council's 2026 arrangement, with the weekend days worked in exchange. For 2027
// the statutory days are given (New Year, Spring Festival from Lunar New Year's Eve, Qingming,
// Labour Day, Dragon Boat, Mid-Autumn, National Day); the operator publishes the official
// arrangement as a policy version when the State Council announces it.
const CN_2026 = [
  ...range('2026-01-01', 3),
  ...range('2026-02-15', 9),
  ...range('2026-04-04', 3),
  ...range('2026-05-01', 5),
  ...range('2026-06-19', 3),
  ...range('2026-09-25', 3),
  ...range('2026-10-01', 7),
];
const CN_2026_WORKING = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];
const CN_2027 = [
  '2027-01-01',
  ...range('2027-02-05', 8),
  '2027-04-05',
  ...range('2027-05-01', 5),
  '2027-06-09',
  '2027-09-15',
  ...range('2027-10-01', 7),
];

// EU: the days off common to (nearly) all member states and the EU institutions: New Year, Good
// Friday, Easter Monday, Labour Day, Ascension, Whit Monday, Christmas and St Stephen's Day.
const EU_2026 = [
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-01',
  '2026-05-14',
  '2026-05-25',
  '2026-12-25',
  '2026-12-26',
];
const EU_2027 = [
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-01',
  '2027-05-06',
  '2027-05-17',
  '2027-12-25',
  '2027-12-26',
];

export const GENERIC_CALENDAR_KEY = 'GENERIC';

export const DEFAULT_CALENDARS: Record<string, HolidayCalendar> = {
  US: { weekend: [0, 6], holidays: [...US_2026, ...US_2027], workingDays: [], utcOffsetMinutes: -300 },
  CN: {
    weekend: [0, 6],
    holidays: [...CN_2026, ...CN_2027],
    workingDays: CN_2026_WORKING,
    utcOffsetMinutes: 480,
  },
  EU: { weekend: [0, 6], holidays: [...EU_2026, ...EU_2027], workingDays: [], utcOffsetMinutes: 60 },
  // Any other jurisdiction: Monday to Friday, UTC, New Year's Day off.
  [GENERIC_CALENDAR_KEY]: {
    weekend: [0, 6],
    holidays: ['2026-01-01', '2027-01-01'],
    workingDays: [],
    utcOffsetMinutes: 0,
  },
};

/**
 * The calendar of a jurisdiction along its chain (a member state without its own calendar counts
 * on the EU's), or the generic fallback: every clock has a calendar.
 */
export function calendarFor(
  calendars: Record<string, HolidayCalendar>,
  jurisdiction: string,
): HolidayCalendar {
  return (
    resolveByJurisdiction(calendars, jurisdiction, GENERIC_CALENDAR_KEY) ??
    DEFAULT_CALENDARS[GENERIC_CALENDAR_KEY]!
  );
}
