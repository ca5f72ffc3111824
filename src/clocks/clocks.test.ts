import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_PUTBACK_POLICY, FALLBACK_TERMS, termsFor } from '../policies/putback.ts';
import {
  addMonthsUtc,
  businessDaysBetween,
  deadlineAfter,
  type HolidayCalendar,
  isBusinessDay,
  isoToDayNumber,
  localDayNumber,
  nthBusinessDayAfter,
} from './business-days.ts';
import { calendarFor, DEFAULT_CALENDARS } from './calendars.ts';

const US = DEFAULT_CALENDARS.US!;
const CN = DEFAULT_CALENDARS.CN!;
const EU = DEFAULT_CALENDARS.EU!;
const calendars = fc.constantFrom(US, CN, EU, DEFAULT_CALENDARS.GENERIC!);
const instants = fc.date({
  min: new Date('2025-12-01T00:00:00Z'),
  max: new Date('2027-12-31T00:00:00Z'),
  noInvalidDate: true,
});

test('US: 10 business days from Friday 20 Nov 2026 skip Thanksgiving and two weekends', () => {
  // Mon 23 .. Wed 25 (3), Thu 26 Thanksgiving, Fri 27 (4), Mon 30 .. Fri 4 Dec (9), Mon 7 Dec (10).
  const due = deadlineAfter(new Date('2026-11-20T15:00:00Z'), { unit: 'business_days', amount: 10 }, US);
  assert.equal(due.toISOString(), '2026-12-08T05:00:00.000Z', 'end of 7 Dec, US Eastern (UTC-5)');
});

test('CN: the Spring Festival week is skipped and the Saturday worked in exchange counts', () => {
  assert.equal(isBusinessDay(isoToDayNumber('2026-02-16'), CN), false, 'Spring Festival');
  assert.equal(isBusinessDay(isoToDayNumber('2026-02-14'), CN), true, 'Saturday worked in exchange');
  // From Fri 13 Feb: Sat 14 (1), 15-23 off, Tue 24 (2), Wed 25 (3).
  assert.equal(nthBusinessDayAfter(isoToDayNumber('2026-02-13'), 3, CN), isoToDayNumber('2026-02-25'));
});

test('EU: Good Friday and Easter Monday 2027 are not business days', () => {
  assert.equal(isBusinessDay(isoToDayNumber('2027-03-26'), EU), false);
  assert.equal(isBusinessDay(isoToDayNumber('2027-03-29'), EU), false);
  assert.equal(isBusinessDay(isoToDayNumber('2027-03-30'), EU), true);
});

test('an unknown jurisdiction falls back to the generic calendar', () => {
  assert.equal(calendarFor(DEFAULT_CALENDARS, 'BR'), DEFAULT_CALENDARS.GENERIC);
  assert.equal(calendarFor({}, 'BR').weekend.length, 2);
});

test('property: the Nth business day is a business day and exactly N business days follow the start', () => {
  fc.assert(
    fc.property(calendars, instants, fc.integer({ min: 1, max: 30 }), (calendar, from, n) => {
      const start = localDayNumber(from, calendar);
      const end = nthBusinessDayAfter(start, n, calendar);
      assert.ok(isBusinessDay(end, calendar));
      assert.equal(businessDaysBetween(start, end, calendar), n);
      assert.equal(businessDaysBetween(start, end - 1, calendar), n - 1, 'no earlier day would do');
    }),
  );
});

test('property: adding a then b business days is adding a + b', () => {
  fc.assert(
    fc.property(
      calendars,
      instants,
      fc.integer({ min: 1, max: 20 }),
      fc.integer({ min: 1, max: 20 }),
      (calendar, from, a, b) => {
        const start = localDayNumber(from, calendar);
        assert.equal(
          nthBusinessDayAfter(nthBusinessDayAfter(start, a, calendar), b, calendar),
          nthBusinessDayAfter(start, a + b, calendar),
        );
      },
    ),
  );
});

test('property: deadlines are after the start, monotonic in the amount, and end at local midnight', () => {
  const units = fc.constantFrom(
    'business_days' as const,
    'calendar_days' as const,
    'hours' as const,
    'minutes' as const,
  );
  fc.assert(
    fc.property(
      calendars,
      instants,
      units,
      fc.integer({ min: 1, max: 60 }),
      (calendar: HolidayCalendar, from, unit, n) => {
        const due = deadlineAfter(from, { unit, amount: n }, calendar);
        const later = deadlineAfter(from, { unit, amount: n + 1 }, calendar);
        assert.ok(due.getTime() > from.getTime());
        assert.ok(later.getTime() > due.getTime());
        if (unit === 'business_days' || unit === 'calendar_days') {
          const localMs = due.getTime() + calendar.utcOffsetMinutes * 60_000;
          assert.equal(localMs % 86_400_000, 0);
        }
      },
    ),
  );
});

test('property: six months later is never before the same day-of-month, and clamps at month end', () => {
  fc.assert(
    fc.property(instants, (from) => {
      const to = addMonthsUtc(from, 6);
      const months =
        (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
      assert.equal(months, 6);
      assert.ok(to.getUTCDate() <= from.getUTCDate());
    }),
  );
  assert.equal(addMonthsUtc(new Date('2026-08-31T12:00:00Z'), 6).toISOString(), '2027-02-28T12:00:00.000Z');
});

test('procedure choice: most specific entry wins, and every jurisdiction and right type gets one', () => {
  assert.equal(termsFor(DEFAULT_PUTBACK_POLICY, 'US', 'copyright').procedure, 'statutory_putback');
  assert.equal(termsFor(DEFAULT_PUTBACK_POLICY, 'US', 'trademark').procedure, 'respond_or_restore');
  assert.equal(termsFor(DEFAULT_PUTBACK_POLICY, 'EU', 'patent').procedure, 'evidence_review');
  assert.equal(termsFor({ ...DEFAULT_PUTBACK_POLICY, terms: {} }, 'US', 'trademark'), FALLBACK_TERMS);
  fc.assert(
    fc.property(
      fc.stringMatching(/^[A-Z]{2}$/),
      fc.constantFrom('trademark' as const, 'patent' as const, 'copyright' as const),
      (jurisdiction, rightType) => {
        const terms = termsFor(DEFAULT_PUTBACK_POLICY, jurisdiction, rightType);
        assert.ok(
          terms.counterNoticeWindow.amount > 0 &&
            terms.responseWindow.amount > 0 &&
            terms.reviewWindow.amount > 0,
        );
      },
    ),
  );
});
