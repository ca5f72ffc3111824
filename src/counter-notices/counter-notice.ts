import { AppError, type FieldError } from '../errors/app-error.ts';

/**
 * Counter-notice rules, pure. DMCA 512(g)(3) asks for (A) a signature, (B) identification of the
 * material and where it appeared, (C) a statement under penalty of perjury of a good-faith belief
 * that it was removed by mistake or misidentification, (D) name, address, phone and consent to
 * jurisdiction and to accept service from the notifier. The same statements serve every
 * jurisdiction: they are what makes a counter-notice answerable.
 */
export const REQUIRED_STATEMENTS = {
  goodFaithMistake:
    'under penalty of perjury, a good-faith belief that the listing was removed by mistake or misidentification (17 U.S.C. 512(g)(3)(C))',
  consentToJurisdiction:
    'consent to the jurisdiction of the courts for your address, or where the marketplace is, if outside the US (512(g)(3)(D))',
  acceptService:
    'acceptance of service of process from the person who filed the notice, or its agent (512(g)(3)(D))',
} as const;
export type RequiredStatement = keyof typeof REQUIRED_STATEMENTS;

export const COUNTER_GROUNDS = [
  'mistake',
  'misidentification',
  'licensed',
  'genuine_goods',
  'second_hand_goods',
  'gray_market_import',
  'not_infringing',
] as const;
export const COUNTER_EVIDENCE_KINDS = [
  'licence',
  'invoice',
  'purchase_chain',
  'brand_authorization',
  'authenticity_proof',
  'other',
] as const;

export interface CounterNoticeInput {
  statements: Record<RequiredStatement, boolean>;
  identification: string;
  grounds: (typeof COUNTER_GROUNDS)[number][];
  explanation: string;
  evidence: { kind: (typeof COUNTER_EVIDENCE_KINDS)[number]; documentSha256: string; note?: string }[];
  contact: { name: string; email: string; address: string; phone: string };
  signature: string;
}

/** Every statement must be made (true), and each missing one is named. */
export function statementErrors(statements: Record<string, boolean | undefined>): FieldError[] {
  return (Object.keys(REQUIRED_STATEMENTS) as RequiredStatement[])
    .filter((key) => statements[key] !== true)
    .map((key) => ({
      pointer: `/statements/${key}`,
      rule: 'counter-notice-statement',
      detail: `a counter-notice must include ${REQUIRED_STATEMENTS[key]}`,
    }));
}

/**
 * Whether the item can take a counter-notice now: it must be removed, have none yet, and the
 * seller's window (the item's `counter_notice_window` clock) must still be open.
 */
export function counterNoticeRefusal(input: {
  itemState: string;
  hasCounterNotice: boolean;
  windowEndsAt: Date | null;
  now: Date;
}): AppError | null {
  if (input.itemState !== 'removed') {
    return AppError.conflict(`Only a removed item takes a counter-notice; this item is ${input.itemState}`, {
      rule: 'counter-notice-on-removed-item',
      state: input.itemState,
    });
  }
  if (input.hasCounterNotice) {
    return AppError.conflict(
      'A counter-notice was already filed for this item; one counter-notice per item',
      { rule: 'one-counter-notice-per-item' },
    );
  }
  if (input.windowEndsAt && input.now.getTime() > input.windowEndsAt.getTime()) {
    return new AppError(
      'UNPROCESSABLE',
      `The counter-notice window closed at ${input.windowEndsAt.toISOString()}`,
      {
        extra: { rule: 'counter-notice-window', deadline: input.windowEndsAt.toISOString() },
      },
    );
  }
  return null;
}

/** The rights holder's answer must arrive before its clock ends; under a statutory put-back only a court action stops it. */
export function answerRefusal(input: {
  procedure: string;
  status: string;
  kind: 'action_filed' | 'response';
  hasAnswer: boolean;
  clockEndsAt: Date | null;
  now: Date;
}): AppError | null {
  if (input.hasAnswer)
    return AppError.conflict('The rights holder has already answered this counter-notice', {
      rule: 'one-answer-per-counter-notice',
    });
  if (input.status !== 'open')
    return AppError.conflict(`The counter-notice is ${input.status}; it no longer takes an answer`, {
      rule: 'answer-open-counter-notice',
      state: input.status,
    });
  if (!input.clockEndsAt || input.now.getTime() > input.clockEndsAt.getTime()) {
    return new AppError(
      'UNPROCESSABLE',
      `The time to answer ended${input.clockEndsAt ? ` at ${input.clockEndsAt.toISOString()}` : ''}`,
      {
        extra: { rule: 'answer-window', deadline: input.clockEndsAt?.toISOString() ?? null },
      },
    );
  }
  if (input.procedure === 'statutory_putback' && input.kind !== 'action_filed') {
    return AppError.field(
      '/kind',
      'statutory-putback-needs-action',
      'under a statutory put-back only proof of a filed court action keeps the listing down; send kind "action_filed" with the case reference',
    );
  }
  return null;
}
