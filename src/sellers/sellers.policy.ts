import { Type } from 'typebox';
import { literals } from '../http/schemas.ts';
import { definePolicy } from '../policies/index.ts';
import {
  checkPolicy,
  DEFAULT_SELLER_ACCOUNTABILITY,
  SANCTION_LEVELS,
  type SellerAccountabilityPolicy,
} from './sellers.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    'seller-accountability': SellerAccountabilityPolicy;
  }
}

const Points = Type.Integer({ minimum: 1, maximum: 1000 });
const Days = Type.Integer({ minimum: 1 });
const Sanction = literals([...SANCTION_LEVELS], {
  description:
    'warning, listing_limit (active listings capped), suspension (nothing new listed for a time), closure',
});
const ruleFields = {
  sanction: Sanction,
  education: Type.Optional(
    Type.Boolean({ description: 'The seller must acknowledge the education module before listing again' }),
  ),
  listingLimit: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  suspensionDays: Type.Optional(Days),
};
const Text = Type.String({ minLength: 1, maxLength: 20_000 });
const InBothLanguages = Type.Object({ en: Text, 'zh-CN': Text }, { additionalProperties: false });

export const SellerAccountabilitySchema = Type.Object(
  {
    enforcement: literals(['enforce', 'observe'], {
      description:
        'enforce: sanctions follow the schedules; observe: points and strikes are counted, nothing is imposed',
    }),
    yearlyAllotment: Points,
    deductions: Type.Object(
      {
        counterfeit: Points,
        trademark_misuse: Points,
        patent: Points,
        copyright: Points,
        proactive_removal: Points,
      },
      { additionalProperties: false, description: 'Points an upheld infringement deducts, by severity' },
    ),
    repeatOffence: Type.Object(
      { windowDays: Days, extraPoints: Type.Integer({ minimum: 0, maximum: 1000 }) },
      { additionalProperties: false, description: 'A repeat within the window costs more' },
    ),
    strikeGrouping: Type.Object(
      { windowDays: Type.Integer({ minimum: 0 }) },
      {
        additionalProperties: false,
        description:
          "One notifier's (or detection's) decisions against a store within the window are one strike",
      },
    ),
    strikeWindowDays: Days,
    strikes: Type.Array(
      Type.Object(
        { strikes: Type.Integer({ minimum: 1, maximum: 100 }), ...ruleFields },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    balance: Type.Array(
      Type.Object(
        { atOrBelow: Type.Integer({ minimum: -1000, maximum: 1000 }), ...ruleFields },
        { additionalProperties: false },
      ),
      { maxItems: 20 },
    ),
    education: Type.Object(
      {
        version: Type.String({ minLength: 1, maxLength: 100 }),
        title: InBothLanguages,
        body: InBothLanguages,
      },
      { additionalProperties: false },
    ),
  },
  {
    additionalProperties: false,
    title: 'SellerAccountabilityPolicy',
    description:
      'Points, strikes and sanctions for sellers: the yearly allotment, deductions by severity, schedules',
  },
);

export const SELLER_ACCOUNTABILITY_POLICY = definePolicy<SellerAccountabilityPolicy>({
  key: 'seller-accountability',
  description:
    'Seller accountability: yearly points, deductions by severity, repeat offences, strike and balance schedules of sanctions, the education module',
  schema: SellerAccountabilitySchema,
  defaultValue: DEFAULT_SELLER_ACCOUNTABILITY,
  check: checkPolicy,
  readableBy: 'everyone',
});
