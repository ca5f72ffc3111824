import { Type } from 'typebox';
import { literals, Uuid } from '../http/schemas.ts';
import { CURRENCY_CODES, MAX_AMOUNT } from '../ledger/index.ts';
import { definePolicy } from '../policies/index.ts';
import {
  checkDepositsPolicy,
  checkRefundFirstPolicy,
  DEFAULT_DEPOSITS,
  DEFAULT_REFUND_FIRST,
  type DepositsPolicy,
  type RefundFirstPolicy,
} from './payments.ts';

declare module '../policies/policy.ts' {
  interface PolicyBodies {
    deposits: DepositsPolicy;
    'refund-first': RefundFirstPolicy;
  }
}

const Amount = Type.Integer({ minimum: 0, maximum: MAX_AMOUNT, description: 'Minor units (cents)' });
const Currency = literals([...CURRENCY_CODES]);

export const DepositsPolicySchema = Type.Object(
  {
    marketplaces: Type.Array(
      Type.Object(
        {
          marketplaceId: Uuid,
          currency: Currency,
          required: Amount,
          requiredByCategory: Type.Array(
            Type.Object(
              { category: Type.String({ minLength: 1, maxLength: 200 }), amount: Amount },
              { additionalProperties: false },
            ),
            { maxItems: 200 },
          ),
          minimum: Amount,
          confiscation: Type.Object(
            {
              mode: literals(['full', 'partial']),
              sharePercent: Type.Integer({ minimum: 1, maximum: 100 }),
            },
            { additionalProperties: false },
          ),
          releaseWaitingDays: Type.Integer({ minimum: 0, maximum: 3650 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: 1000 },
    ),
  },
  {
    additionalProperties: false,
    title: 'DepositsPolicy',
    description:
      'Store deposits per marketplace: required amount (by category), minimum, confiscation share, release waiting days',
  },
);

export const RefundFirstPolicySchema = Type.Object(
  {
    limits: Type.Array(
      Type.Object(
        { currency: Currency, perOrder: Amount, perBuyerPerYear: Amount },
        { additionalProperties: false },
      ),
      { maxItems: 50 },
    ),
  },
  {
    additionalProperties: false,
    title: 'RefundFirstPolicy',
    description: 'Refund first: the most refunded at once per order and per buyer and year, by currency',
  },
);

export const DEPOSITS_POLICY = definePolicy<DepositsPolicy>({
  key: 'deposits',
  description:
    'Store deposits per marketplace: the deposit required to open a store (by category), the minimum, confiscation (full or partial) and the waiting days before release',
  schema: DepositsPolicySchema,
  defaultValue: DEFAULT_DEPOSITS,
  check: checkDepositsPolicy,
  readableBy: 'everyone',
});

export const REFUND_FIRST_POLICY = definePolicy<RefundFirstPolicy>({
  key: 'refund-first',
  description:
    'Refund first: limits per order and per buyer and year for refunds paid from the platform fund',
  schema: RefundFirstPolicySchema,
  defaultValue: DEFAULT_REFUND_FIRST,
  check: checkRefundFirstPolicy,
  readableBy: 'everyone',
});
