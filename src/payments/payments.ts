import type { FieldError } from '../errors/app-error.ts';
import type { Currency } from '../ledger/index.ts';

/** Payments' pure rules: deposit terms, confiscation shares, refund limits, the recovery order. */

export interface DepositTerms {
  marketplaceId: string;
  currency: Currency;
  /** Deposit required to open a store, when no category of its listings asks for more. */
  required: number;
  requiredByCategory: Array<{ category: string; amount: number }>;
  /** Below this the store must top up (store.deposit_below_minimum). */
  minimum: number;
  confiscation: { mode: 'full' | 'partial'; sharePercent: number };
  releaseWaitingDays: number;
}

export interface DepositsPolicy {
  marketplaces: DepositTerms[];
}

export const DEFAULT_DEPOSITS: DepositsPolicy = { marketplaces: [] };

export interface RefundLimit {
  currency: Currency;
  perOrder: number;
  perBuyerPerYear: number;
}

export interface RefundFirstPolicy {
  limits: RefundLimit[];
}

export const DEFAULT_REFUND_FIRST: RefundFirstPolicy = {
  limits: [
    { currency: 'EUR', perOrder: 50_000, perBuyerPerYear: 200_000 },
    { currency: 'USD', perOrder: 50_000, perBuyerPerYear: 200_000 },
    { currency: 'CNY', perOrder: 300_000, perBuyerPerYear: 1_200_000 },
  ],
};

export function checkDepositsPolicy(body: DepositsPolicy): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  body.marketplaces.forEach((t, i) => {
    if (seen.has(t.marketplaceId))
      errors.push({
        pointer: `/marketplaces/${i}/marketplaceId`,
        rule: 'unique-marketplace',
        detail: 'each marketplace has one set of deposit terms',
      });
    seen.add(t.marketplaceId);
    if (t.minimum > t.required)
      errors.push({
        pointer: `/marketplaces/${i}/minimum`,
        rule: 'minimum-at-most-required',
        detail: 'the minimum cannot exceed the deposit required to open a store',
      });
    if (t.confiscation.mode === 'full' && t.confiscation.sharePercent !== 100)
      errors.push({
        pointer: `/marketplaces/${i}/confiscation/sharePercent`,
        rule: 'full-is-100',
        detail: 'a full confiscation takes 100 percent',
      });
  });
  return errors;
}

export function checkRefundFirstPolicy(body: RefundFirstPolicy): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  body.limits.forEach((l, i) => {
    if (seen.has(l.currency))
      errors.push({
        pointer: `/limits/${i}/currency`,
        rule: 'unique-currency',
        detail: 'one limit per currency',
      });
    seen.add(l.currency);
    if (l.perOrder > l.perBuyerPerYear)
      errors.push({
        pointer: `/limits/${i}/perOrder`,
        rule: 'order-within-year',
        detail: 'the limit per order cannot exceed the limit per buyer and year',
      });
  });
  return errors;
}

/** The deposit a store needs: the most any category of its listings asks, else the default. */
export function requiredDeposit(terms: DepositTerms, categories: readonly string[]): number {
  let required = terms.required;
  for (const c of terms.requiredByCategory)
    if (categories.includes(c.category)) required = Math.max(required, c.amount);
  return required;
}

export type DepositStatus = 'not_required' | 'none' | 'below_minimum' | 'below_required' | 'sufficient';

export function depositStatus(terms: DepositTerms | null, balance: number, required: number): DepositStatus {
  if (!terms) return balance > 0 ? 'sufficient' : 'not_required';
  if (balance <= 0) return 'none';
  if (balance < terms.minimum) return 'below_minimum';
  if (balance < required) return 'below_required';
  return 'sufficient';
}

/** What a confiscation takes of a balance: all of it, or the policy's share (at least one unit). */
export function confiscationAmount(terms: Pick<DepositTerms, 'confiscation'>, balance: number): number {
  if (balance <= 0) return 0;
  if (terms.confiscation.mode === 'full') return balance;
  return Math.min(balance, Math.max(1, Math.floor((balance * terms.confiscation.sharePercent) / 100)));
}

/**
 * Where a recovery comes from, in order: the store's held proceeds, then its deposit, then a
 * receivable for the rest. Integers only; the three parts always add up to the amount.
 */
export function recoveryPlan(amount: number, held: number, deposit: number) {
  const fromHeld = Math.min(amount, Math.max(0, held));
  const fromDeposit = Math.min(amount - fromHeld, Math.max(0, deposit));
  return { fromHeld, fromDeposit, fromReceivable: amount - fromHeld - fromDeposit };
}

/** A refund within the policy's limits, or the rule it breaks (pointer at the amount). */
export function refundRefusal(
  limit: RefundLimit | undefined,
  amount: number,
  refundedThisYear: number,
): FieldError | null {
  if (!limit)
    return {
      pointer: '/currency',
      rule: 'refund-currency',
      detail: 'the refund-first policy sets no limit for this currency: no refund first',
    };
  if (amount > limit.perOrder)
    return {
      pointer: '/amount',
      rule: 'refund-limit-per-order',
      detail: `the refund of ${amount} exceeds the limit of ${limit.perOrder} per order`,
    };
  if (refundedThisYear + amount > limit.perBuyerPerYear)
    return {
      pointer: '/amount',
      rule: 'refund-limit-per-buyer-year',
      detail: `the buyer was refunded ${refundedThisYear} this year; ${amount} more exceeds the limit of ${limit.perBuyerPerYear} per buyer and year`,
    };
  return null;
}
