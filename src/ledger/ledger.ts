import type { FieldError } from '../errors/app-error.ts';

/**
 * The double-entry ledger's pure rules: currencies (a closed list, ISO 4217, with their minor
 * units), account names, the pair of entries every movement is, and the check that finds a movement
 * whose pair is not whole. Amounts are integers of minor units, never floats.
 */

/** ISO 4217 currencies the platform books, with the digits of their minor unit. */
export const CURRENCIES = {
  AUD: 2,
  BHD: 3,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  PLN: 2,
  SEK: 2,
  SGD: 2,
  USD: 2,
} as const;
export type Currency = keyof typeof CURRENCIES;
export const CURRENCY_CODES = Object.keys(CURRENCIES) as Currency[];

export function isCurrency(value: string): value is Currency {
  return Object.hasOwn(CURRENCIES, value);
}

/** The largest amount one movement may carry: far above any sale, far below 2^53. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** Field errors for an amount of minor units (a positive safe integer) and its currency. */
export function amountErrors(pointer: string, amount: unknown, currency: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof amount !== 'number' || !Number.isInteger(amount))
    errors.push({
      pointer: `${pointer}/amount`,
      rule: 'integer-minor-units',
      detail: 'must be an integer number of minor units (cents), not a fraction',
    });
  else if (amount <= 0)
    errors.push({ pointer: `${pointer}/amount`, rule: 'positive-amount', detail: 'must be greater than 0' });
  else if (amount > MAX_AMOUNT)
    errors.push({
      pointer: `${pointer}/amount`,
      rule: 'amount-limit',
      detail: `must be at most ${MAX_AMOUNT} minor units`,
    });
  if (typeof currency !== 'string' || !isCurrency(currency))
    errors.push({
      pointer: `${pointer}/currency`,
      rule: 'known-currency',
      detail: `must be one of ${CURRENCY_CODES.join(', ')}`,
    });
  return errors;
}

/** Renders minor units as a decimal text in the currency's own digits (for people, never for sums). */
export function formatAmount(amount: number, currency: Currency): string {
  const digits = CURRENCIES[currency];
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (digits === 0) return `${sign}${abs} ${currency}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, '0')} ${currency}`;
}

export const STORE_ACCOUNTS = ['deposit', 'held', 'payable', 'receivable'] as const;
export type StoreAccount = (typeof STORE_ACCOUNTS)[number];

/** Account names: a store's four, a marketplace's settlement (money in and out), the platform's. */
export const account = {
  store: (storeId: string, which: StoreAccount) => `store:${storeId}:${which}`,
  settlement: (marketplaceId: string) => `marketplace:${marketplaceId}:settlement`,
  refundFund: 'platform:refund-fund',
  confiscated: 'platform:confiscated',
  funding: 'platform:funding',
} as const;

export const MOVEMENT_KINDS = [
  'deposit_topup',
  'deposit_confiscation',
  'deposit_return',
  'deposit_release',
  'order_proceeds',
  'order_cancelled',
  'proceeds_release',
  'payout',
  'fund_topup',
  'refund',
  'recovery',
  'recovery_reversal',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** A movement to write: `amount` taken from `from` and put in `to`. */
export interface MovementInput {
  id: string;
  kind: MovementKind;
  currency: Currency;
  amount: number;
  from: string;
  to: string;
  marketplaceId: string | null;
  storeId: string | null;
  decisionId: string | null;
  reference: string | null;
  reverses: string | null;
  memo: string;
}

export interface Entry {
  movementId: string;
  leg: 1 | 2;
  account: string;
  currency: string;
  amount: number;
}

/** The pair of entries a movement is: the same amount out of one account and into another. */
export function pairOf(m: Pick<MovementInput, 'id' | 'currency' | 'amount' | 'from' | 'to'>): [Entry, Entry] {
  return [
    { movementId: m.id, leg: 1, account: m.from, currency: m.currency, amount: -m.amount },
    { movementId: m.id, leg: 2, account: m.to, currency: m.currency, amount: m.amount },
  ];
}

/** A movement as the check reads it back: its header and whatever entries exist for it. */
export interface StoredMovement {
  id: string;
  kind: string;
  currency: string;
  amount: number;
  from: string;
  to: string;
  entries: ReadonlyArray<Pick<Entry, 'leg' | 'account' | 'currency' | 'amount'>>;
}

/** What is wrong with one stored movement, or null when its pair is whole and balanced. */
export function movementProblem(m: StoredMovement): string | null {
  if (m.entries.length !== 2) return `has ${m.entries.length} entries instead of a pair`;
  const [a, b] = [...m.entries].sort((x, y) => x.leg - y.leg);
  if (!a || !b || a.leg !== 1 || b.leg !== 2) return 'its legs are not 1 and 2';
  if (a.currency !== m.currency || b.currency !== m.currency) return 'an entry is in another currency';
  if (a.amount + b.amount !== 0) return `its entries sum to ${a.amount + b.amount}, not 0`;
  if (a.account !== m.from || b.account !== m.to || b.amount !== m.amount)
    return 'its entries do not match the movement (account or amount)';
  return null;
}

/** Balances by account and currency, summed from entries (the only source of a balance). */
export function balancesOf(entries: Iterable<Pick<Entry, 'account' | 'currency' | 'amount'>>) {
  const out = new Map<string, number>();
  for (const e of entries) {
    const key = `${e.account} ${e.currency}`;
    out.set(key, (out.get(key) ?? 0) + e.amount);
  }
  return out;
}
