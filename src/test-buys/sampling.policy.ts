import { Type } from 'typebox';
import { literals } from '../http/schemas.ts';
import { definePolicy } from '../policies/index.ts';
import {
  checkSamplingPolicy,
  DEFAULT_TEST_BUY_SAMPLING,
  INFRINGEMENT_SEVERITIES,
  type TestBuySamplingPolicy,
} from './sampling.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'test-buy-sampling': TestBuySamplingPolicy;
  }
}

export const SAMPLING_POLICY_KEY = 'test-buy-sampling';

const Count = (max: number, description: string) => Type.Integer({ minimum: 0, maximum: max, description });
const Threshold = (description: string) =>
  Type.Union([Type.Integer({ minimum: 1, maximum: 1_000_000_000_000 }), Type.Null()], { description });
const Severity = literals([...INFRINGEMENT_SEVERITIES]);

export const TestBuySamplingSchema = Type.Object(
  {
    randomPerCategory: Count(1000, 'Listings drawn at random per category each period'),
    categories: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      maxItems: 500,
      description: 'Categories the random sample covers; empty: every category with active listings',
    }),
    riskSampleSize: Count(10_000, 'Listings drawn by risk each period'),
    candidatesPerSource: Type.Integer({
      minimum: 1,
      maximum: 100_000,
      description: 'Each risk source nominates at most this many listings per draw',
    }),
    minRiskScore: Type.Number({
      minimum: 0,
      maximum: 1000,
      description: 'Listings whose weighted risk is below this are not drawn by risk',
    }),
    weights: Type.Record(
      Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }),
      Type.Number({ minimum: 0, maximum: 100 }),
      {
        description:
          'Weight of each risk source: detection, seller_record, brand_request, and sources other programs register (buyer_complaints)',
      },
    ),
    violation: Type.Object(
      {
        counterfeitSeverity: Severity,
        inferiorSeverity: Severity,
        takeDownCopies: Type.Boolean({
          description: "Also take down the store's other active listings with the same title",
        }),
      },
      {
        additionalProperties: false,
        description: 'The seller-accountability severity a counterfeit or inferior result counts as',
      },
    ),
    referral: Type.Object(
      {
        minValueMinor: Threshold('Value on offer (price x quantity, minor units) that makes a case serious'),
        minUnits: Threshold('Units on offer (the listing and its copies) that make a case serious'),
        minStrikes: Threshold("The store's strikes after the violation that make it a repeat offender"),
        minLinkedStores: Threshold('Stores linked by trader identity that make it an organised case'),
      },
      {
        additionalProperties: false,
        description: 'A violation is referred to law enforcement when any criterion set is met',
      },
    ),
  },
  {
    additionalProperties: false,
    title: 'TestBuySamplingPolicy',
    description:
      'Test buys: the random and risk-weighted sample of each period, what a violation costs, and when it is referred',
  },
);

export const TEST_BUY_SAMPLING_POLICY = definePolicy<TestBuySamplingPolicy>({
  key: SAMPLING_POLICY_KEY,
  description:
    'Test buys: random sample per category, risk-weighted sample and its weights, severities of a violation, referral criteria',
  schema: TestBuySamplingSchema,
  defaultValue: DEFAULT_TEST_BUY_SAMPLING,
  check: checkSamplingPolicy,
  readableBy: 'operator_staff',
});
