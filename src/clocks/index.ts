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
export {
  ANY_JURISDICTION,
  EU_MEMBER_STATES,
  isEuMemberState,
  jurisdictionChain,
  jurisdictionContains,
  resolveByJurisdiction,
  territorialScope,
} from './jurisdiction.ts';
