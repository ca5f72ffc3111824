import { Type } from 'typebox';
import type { Database } from '../db/database.ts';
import { Nullable } from '../http/schemas.ts';
import { definePolicy } from '../policies/index.ts';
import { checkGoodFaith, type GoodFaithPolicy, SEED_GOOD_FAITH } from './good-faith.rules.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'good-faith': GoodFaithPolicy;
  }
}

const Share = Type.Number({ minimum: 0, maximum: 1 });
const Months = Type.Integer({ minimum: 1, maximum: 36 });

export const GoodFaithPolicySchema = Type.Object(
  {
    windowMonths: Months,
    minConformingShare: Share,
    maxCounterNoticeShare: Share,
    minTakedownSuccess: Nullable(Share),
    perReasonCode: Type.Boolean(),
    minMonthlyNotices: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    automaticRemoval: Type.Boolean(),
    rejoinWaitMonths: Type.Integer({ minimum: 0, maximum: 36 }),
    trialMonths: Months,
  },
  {
    additionalProperties: false,
    title: 'GoodFaithPolicy',
    description:
      'The Good Faith Program: window, thresholds (shares 0-1), minimum monthly volume, automatic removal and wait to rejoin, optional evidence for members, trial months for brands inside an agent programme',
  },
);

/** Set by the programme service: evaluates every notifier when a new version is published. */
let onPublish: ((trx: Database) => Promise<void>) | null = null;
export function onGoodFaithPublished(fn: (trx: Database) => Promise<void>): void {
  onPublish = fn;
}

export const GOOD_FAITH_POLICY = definePolicy<GoodFaithPolicy>({
  key: 'good-faith',
  description:
    'Good Faith Program: who is admitted (window, conforming share, counter-notice share, takedown success, monthly volume, per reason code), removal and rejoining, optional evidence for members, trials inside agent programmes',
  schema: GoodFaithPolicySchema,
  defaultValue: SEED_GOOD_FAITH,
  check: checkGoodFaith,
  readableBy: 'everyone',
  onChange: async (trx) => {
    await onPublish?.(trx);
  },
});
