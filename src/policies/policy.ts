import type { Duration } from '../clocks/index.ts';
import {
  DEFAULT_HOLIDAY_CALENDARS,
  DEFAULT_PUTBACK_POLICY,
  type HolidayCalendarsPolicy,
  type PutbackPolicy,
} from './putback.ts';

/**
 * Policies are data: versioned records with defaults, read by the services that apply them.
 * A new version is written for each change; the latest version is in force.
 */
export interface ReviewSlaPolicy {
  /** Hours from filing to the review deadline, per infringement type. */
  hours: Record<'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright', number>;
  /**
   * How long the rights holder has to answer a reviewer's question, and what silence means:
   * the notice is rejected for missing information (a decision it can appeal).
   */
  infoRequest?: { window: Duration; onSilence: 'reject' };
}

export const DEFAULT_INFO_REQUEST: NonNullable<ReviewSlaPolicy['infoRequest']> = {
  window: { unit: 'business_days', amount: 10 },
  onSilence: 'reject',
};

export interface PolicyBodies {
  review_sla: ReviewSlaPolicy;
  putback: PutbackPolicy;
  holiday_calendars: HolidayCalendarsPolicy;
}

export type PolicyKey = keyof PolicyBodies;

export const DEFAULT_POLICIES: PolicyBodies = {
  // Alibaba handled 96% of notices within 24 h (2019), Amazon > 95% within 8 h (2018): counterfeits
  // and copyright get a day; patents need claim construction and get five.
  review_sla: {
    hours: { counterfeit: 24, trademark_misuse: 48, patent: 120, copyright: 24 },
    infoRequest: DEFAULT_INFO_REQUEST,
  },
  putback: DEFAULT_PUTBACK_POLICY,
  holiday_calendars: DEFAULT_HOLIDAY_CALENDARS,
};

export function slaDueAt(
  policy: ReviewSlaPolicy,
  infringementType: keyof ReviewSlaPolicy['hours'],
  from: Date,
): Date {
  return new Date(from.getTime() + policy.hours[infringementType] * 3_600_000);
}
