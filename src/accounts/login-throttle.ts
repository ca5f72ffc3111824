/**
 * Login throttling as a pure rule over counters (the repository stores them): every attempt counts
 * against three keys, the account, the address and the pair. Past a threshold each further attempt
 * waits, doubling from one second up to a cap. The pair's cap is long (it is the attacker's own
 * address guessing one account); the account's cap is short, so an attacker guessing from many
 * addresses slows guessing down without locking the real user out for more than a minute.
 */

export interface ThrottleRule {
  /** Attempts within the window that pass without waiting. */
  threshold: number;
  maxWaitSeconds: number;
}

export interface ThrottlePolicy {
  windowSeconds: number;
  pair: ThrottleRule;
  account: ThrottleRule;
  address: ThrottleRule;
}

export const DEFAULT_THROTTLE_POLICY: ThrottlePolicy = {
  windowSeconds: 900,
  pair: { threshold: 5, maxWaitSeconds: 900 },
  account: { threshold: 20, maxWaitSeconds: 60 },
  address: { threshold: 100, maxWaitSeconds: 900 },
};

export interface ThrottleRow {
  attempts: number;
  windowStartedAt: Date;
  nextAllowedAt: Date | null;
}

export interface ThrottleStep {
  row: ThrottleRow;
  /** Seconds this attempt must wait (0: it may proceed). */
  waitSeconds: number;
}

/** One attempt against one key: the counter after it, and whether it must wait. */
export function throttleStep(
  current: ThrottleRow | null,
  now: Date,
  rule: ThrottleRule,
  windowSeconds: number,
): ThrottleStep {
  const fresh = !current || now.getTime() - current.windowStartedAt.getTime() >= windowSeconds * 1000;
  const base: ThrottleRow = fresh ? { attempts: 0, windowStartedAt: now, nextAllowedAt: null } : current;
  if (base.nextAllowedAt && base.nextAllowedAt.getTime() > now.getTime()) {
    // Still waiting: refused, and not counted, so hammering does not lengthen the wait.
    return { row: base, waitSeconds: Math.ceil((base.nextAllowedAt.getTime() - now.getTime()) / 1000) };
  }
  const attempts = base.attempts + 1;
  const over = attempts - rule.threshold;
  const wait = over > 0 ? Math.min(rule.maxWaitSeconds, 2 ** (over - 1)) : 0;
  return {
    row: {
      attempts,
      windowStartedAt: base.windowStartedAt,
      nextAllowedAt: wait > 0 ? new Date(now.getTime() + wait * 1000) : null,
    },
    waitSeconds: 0,
  };
}

export function throttleKeys(email: string, address: string) {
  return [
    { key: `pair:${address}|${email}`, kind: 'pair' as const },
    { key: `account:${email}`, kind: 'account' as const },
    { key: `address:${address}`, kind: 'address' as const },
  ];
}
