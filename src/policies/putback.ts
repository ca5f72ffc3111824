import type { Duration, HolidayCalendar } from '../clocks/index.ts';
import { DEFAULT_CALENDARS, jurisdictionChain } from '../clocks/index.ts';

/**
 * What happens after a takedown, per marketplace jurisdiction and right type. Pure data and pure
 * lookups; the services freeze the terms they used on each counter-notice.
 *
 * - statutory_putback (DMCA 512(g) style): restore when `responseWindow` elapses unless the
 *   rights holder shows it has filed an action;
 * - respond_or_restore: the rights holder answers within `responseWindow`, silence restores, an
 *   answer goes to a reviewer;
 * - evidence_review: a reviewer weighs both sides; the rights holder may add its side within
 *   `responseWindow`, after which (or on its answer) the reviewer's clock starts.
 */
export type Procedure = 'statutory_putback' | 'respond_or_restore' | 'evidence_review';
export type RightType = 'trademark' | 'patent' | 'copyright';

export interface ProcedureTerms {
  procedure: Procedure;
  /** How long after the removal the seller may counter-notify. */
  counterNoticeWindow: Duration;
  responseWindow: Duration;
  /** How long a reviewer has for a counter-notice that reached review before it escalates. */
  reviewWindow: Duration;
}

export interface PutbackPolicy {
  /**
   * By jurisdiction (ISO code, EU, or '*'), then right type (or '*'). A member state without an
   * entry of its own gets the EU's (`jurisdictionChain`).
   */
  terms: Record<string, Partial<Record<RightType | '*', ProcedureTerms>>>;
  /** DSA Art 20(1): internal complaints for at least six months after the decision. */
  appealWindowMonths: number;
  /** How long a second reviewer has to decide an appeal before it escalates. */
  appealReviewWindow: Duration;
}

export interface HolidayCalendarsPolicy {
  calendars: Record<string, HolidayCalendar>;
}

const bd = (amount: number): Duration => ({ unit: 'business_days', amount });

/** The last resort when a written policy has no entry at all: no removed item is left without a clock. */
export const FALLBACK_TERMS: ProcedureTerms = {
  procedure: 'respond_or_restore',
  counterNoticeWindow: bd(20),
  responseWindow: bd(10),
  reviewWindow: bd(3),
};

export const DEFAULT_PUTBACK_POLICY: PutbackPolicy = {
  terms: {
    // DMCA 512(g)(2)(C): put back 10-14 business days after the counter-notice unless the notifier
    // sues (eBay VeRO: 10). Trademark and patent claims have no statute: the rights holder answers
    // in 5 business days or the listing returns, and a reviewer weighs an answer.
    US: {
      copyright: {
        procedure: 'statutory_putback',
        counterNoticeWindow: bd(20),
        responseWindow: bd(10),
        reviewWindow: bd(3),
      },
      '*': {
        procedure: 'respond_or_restore',
        counterNoticeWindow: bd(20),
        responseWindow: bd(5),
        reviewWindow: bd(3),
      },
    },
    // E-Commerce Law of the PRC, Art 43: measures end unless, within 15 days of forwarding the
    // seller's declaration, the rights holder reports a complaint or lawsuit.
    CN: {
      '*': {
        procedure: 'statutory_putback',
        counterNoticeWindow: bd(15),
        responseWindow: { unit: 'calendar_days', amount: 15 },
        reviewWindow: bd(2),
      },
    },
    // DSA: no put-back statute; a reviewer weighs both sides (Art 17, 20).
    EU: {
      '*': {
        procedure: 'evidence_review',
        counterNoticeWindow: bd(20),
        responseWindow: bd(5),
        reviewWindow: bd(5),
      },
    },
    '*': { '*': FALLBACK_TERMS },
  },
  appealWindowMonths: 6,
  appealReviewWindow: bd(5),
};

export const DEFAULT_HOLIDAY_CALENDARS: HolidayCalendarsPolicy = { calendars: DEFAULT_CALENDARS };

/**
 * Most specific entry first, along the jurisdiction chain (`DE`, then `EU`, then `*`): in each
 * jurisdiction the right type's entry, then its `*` entry.
 */
export function termsFor(policy: PutbackPolicy, jurisdiction: string, rightType: RightType): ProcedureTerms {
  for (const key of jurisdictionChain(jurisdiction)) {
    const entries = Object.hasOwn(policy.terms, key) ? policy.terms[key] : undefined;
    const terms = entries?.[rightType] ?? entries?.['*'];
    if (terms) return terms;
  }
  return FALLBACK_TERMS;
}

/** Policy rules a written version must keep, with the field each one names. */
export function checkPutbackPolicy(
  policy: PutbackPolicy,
): { pointer: string; rule: string; detail: string }[] {
  const errors: { pointer: string; rule: string; detail: string }[] = [];
  if (!policy.terms['*']?.['*'])
    errors.push({
      pointer: '/terms/*/*',
      rule: 'fallback-required',
      detail: "a fallback entry terms['*']['*'] is required so that every removed item gets a clock",
    });
  for (const [jurisdiction, byRight] of Object.entries(policy.terms)) {
    for (const [rightType, terms] of Object.entries(byRight)) {
      if (!terms) continue;
      const window = terms.responseWindow;
      // DMCA 512(g)(2)(C): "not less than 10, nor more than 14, business days".
      if (
        terms.procedure === 'statutory_putback' &&
        window.unit === 'business_days' &&
        (window.amount < 10 || window.amount > 14) &&
        jurisdiction === 'US'
      ) {
        errors.push({
          pointer: `/terms/${jurisdiction}/${rightType}/responseWindow/amount`,
          rule: 'dmca-10-to-14-business-days',
          detail: 'a US statutory put-back happens 10 to 14 business days after the counter-notice',
        });
      }
    }
  }
  if (policy.appealWindowMonths < 6)
    errors.push({
      pointer: '/appealWindowMonths',
      rule: 'dsa-art-20-six-months',
      detail: 'appeals stay open for at least six months (DSA Art 20(1))',
    });
  return errors;
}
