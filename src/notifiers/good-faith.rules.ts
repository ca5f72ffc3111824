import type { FieldError } from '../errors/app-error.ts';

/** Evidence kinds a member may leave out (read at intake by the good-faith benefits). */

/** The Good Faith Program's thresholds and what membership changes (policy `good-faith`). */
export interface GoodFaithPolicy {
  /** Rolling window of calendar months (the month in progress is the last one). */
  windowMonths: number;
  /** Share of decided items not rejected as non-conforming (missing or wrong evidence, wrong right). */
  minConformingShare: number;
  /** Share of removals undone by a successful counter-notice. */
  maxCounterNoticeShare: number;
  /** Removals that stood / decided items; null: not a threshold. */
  minTakedownSuccess: number | null;
  /** Each reason code (counterfeit, trademark misuse, patent, copyright) must meet the rates on its own. */
  perReasonCode: boolean;
  /** Notices needed in every month of the window to be admitted. */
  minMonthlyNotices: number;
  /** A member whose rates fail is removed at once (otherwise the standing view only shows it). */
  automaticRemoval: boolean;
  /** Months a removed notifier waits before it may rejoin (0: as soon as it qualifies). */
  rejoinWaitMonths: number;
  /** Months a brand inside a member agent's programme has to qualify on its own figures. */
  trialMonths: number;
}

/** The seeds' rules: two months, at least 90% conforming, at most 1.5% successful counter-notices. */
export const SEED_GOOD_FAITH: GoodFaithPolicy = {
  windowMonths: 2,
  minConformingShare: 0.9,
  maxCounterNoticeShare: 0.015,
  minTakedownSuccess: null,
  perReasonCode: false,
  minMonthlyNotices: 10,
  automaticRemoval: false,
  rejoinWaitMonths: 0,
  trialMonths: 3,
};

/**
 * The later public rules: three months rolling, at most 5% successful counter-notices, per reason
 * code, takedown success at least 90%, automatic removal, three months' wait to rejoin.
 */
export const PUBLIC_GOOD_FAITH: GoodFaithPolicy = {
  windowMonths: 3,
  minConformingShare: 0.9,
  maxCounterNoticeShare: 0.05,
  minTakedownSuccess: 0.9,
  perReasonCode: true,
  minMonthlyNotices: 10,
  automaticRemoval: true,
  rejoinWaitMonths: 3,
  trialMonths: 3,
};

export const GOOD_FAITH_PRESETS = [
  {
    name: 'seed-rules',
    description:
      "The seeds' rules (the default): at least two months, >= 90% conforming, <= 1.5% successful counter-notices; removal is not automatic",
    body: SEED_GOOD_FAITH,
  },
  {
    name: 'public-rules',
    description:
      'The later public rules: three months rolling, <= 5% successful counter-notices, per reason code, takedown success >= 90%, automatic removal, three-month wait to rejoin',
    body: PUBLIC_GOOD_FAITH,
  },
] as const;

const share = (value: number) => Number.isFinite(value) && value >= 0 && value <= 1;
const positiveInt = (value: number) => Number.isInteger(value) && value >= 1;

/** Rules the schema cannot say; pointers relative to the body. */
export function checkGoodFaith(p: GoodFaithPolicy): FieldError[] {
  const errors: FieldError[] = [];
  const err = (pointer: string, rule: string, message: string) =>
    errors.push({ pointer, rule, detail: message });
  if (!share(p.minConformingShare)) err('/minConformingShare', 'share', 'A share is between 0 and 1');
  if (!share(p.maxCounterNoticeShare)) err('/maxCounterNoticeShare', 'share', 'A share is between 0 and 1');
  if (p.minTakedownSuccess !== null && !share(p.minTakedownSuccess))
    err('/minTakedownSuccess', 'share', 'A share is between 0 and 1');
  if (!positiveInt(p.windowMonths))
    err('/windowMonths', 'positive-months', 'The window is a positive number of months');
  if (!positiveInt(p.trialMonths))
    err('/trialMonths', 'positive-months', 'The trial is a positive number of months');
  if (!Number.isInteger(p.minMonthlyNotices) || p.minMonthlyNotices < 0)
    err('/minMonthlyNotices', 'non-negative', 'The minimum monthly volume is a whole number, 0 or more');
  if (!Number.isInteger(p.rejoinWaitMonths) || p.rejoinWaitMonths < 0)
    err('/rejoinWaitMonths', 'non-negative', 'The wait to rejoin is a whole number of months, 0 or more');
  else if (p.rejoinWaitMonths > 0 && !p.automaticRemoval)
    err(
      '/rejoinWaitMonths',
      'rejoin-wait-needs-automatic-removal',
      'A wait to rejoin only applies when removal is automatic (set automaticRemoval, or a wait of 0)',
    );
  return errors;
}
