import { calendarFor, type HolidayCalendar } from '../clocks/index.ts';
import type { Database } from '../db/database.ts';
import { currentPolicy } from './policy.service.ts';
import { type ProcedureTerms, type RightType, termsFor } from './putback.ts';

export interface ClockTerms {
  terms: ProcedureTerms;
  calendar: HolidayCalendar;
  appealWindowMonths: number;
  appealReviewWindow: ProcedureTerms['reviewWindow'];
  /** Versions of the two policies used, recorded with every clock they start. */
  putbackVersion: number;
  calendarVersion: number;
}

/** The procedure, durations and calendar in force for a marketplace jurisdiction and right type. */
export async function clockTerms(
  db: Database,
  jurisdiction: string,
  rightType: RightType,
): Promise<ClockTerms> {
  const [putback, calendars] = await Promise.all([
    currentPolicy(db, 'putback'),
    currentPolicy(db, 'holiday_calendars'),
  ]);
  return {
    terms: termsFor(putback.body, jurisdiction, rightType),
    calendar: calendarFor(calendars.body.calendars, jurisdiction),
    appealWindowMonths: putback.body.appealWindowMonths,
    appealReviewWindow: putback.body.appealReviewWindow,
    putbackVersion: putback.version,
    calendarVersion: calendars.version,
  };
}
