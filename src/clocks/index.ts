export type { Duration, DurationUnit, HolidayCalendar } from './business-days.ts';
export {
  addMonthsUtc,
  businessDaysBetween,
  deadlineAfter,
  describeDuration,
  isBusinessDay,
  localDayNumber,
} from './business-days.ts';
export { calendarFor, DEFAULT_CALENDARS, GENERIC_CALENDAR_KEY } from './calendars.ts';
