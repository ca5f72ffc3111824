/**
 * Jurisdiction resolution, decided once for the platform. A marketplace, a right or a calendar names
 * a jurisdiction by ISO 3166-1 alpha-2 code, or `EU` for the European Union; whatever is keyed by
 * jurisdiction (put-back terms, holiday calendars, statutes) is looked up along one chain, most
 * specific first: a member state, then the EU, then the fallback `*`.
 */

/** The 27 member states of the European Union (ISO 3166-1 alpha-2; Greece is GR, not EL). */
export const EU_MEMBER_STATES = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
] as const;

const MEMBERS: ReadonlySet<string> = new Set(EU_MEMBER_STATES);

/** The key every jurisdiction falls back to. */
export const ANY_JURISDICTION = '*';

export function isEuMemberState(code: string): boolean {
  return MEMBERS.has(code);
}

/**
 * Where to look, most specific first: `DE` -> `['DE', 'EU', '*']`, `EU` -> `['EU', '*']`,
 * `US` -> `['US', '*']`, `*` -> `['*']`.
 */
export function jurisdictionChain(code: string): string[] {
  if (code === ANY_JURISDICTION) return [ANY_JURISDICTION];
  return isEuMemberState(code) ? [code, 'EU', ANY_JURISDICTION] : [code, ANY_JURISDICTION];
}

/**
 * The entry of the most specific jurisdiction in the chain that `table` has. `fallbackKey` names the
 * table's key for `*` when it spells it differently (holiday calendars use `GENERIC`).
 */
export function resolveByJurisdiction<T>(
  table: Readonly<Record<string, T>>,
  code: string,
  fallbackKey: string = ANY_JURISDICTION,
): T | undefined {
  for (const step of jurisdictionChain(code)) {
    const key = step === ANY_JURISDICTION ? fallbackKey : step;
    // Own keys only: a jurisdiction named `constructor` must not find Object.prototype's.
    const entry = Object.hasOwn(table, key) ? table[key] : undefined;
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * Whether a registration in `registered` counts in `where`: the same jurisdiction or one that
 * contains it (an EU trade mark counts in Germany; a German one does not count EU-wide).
 */
export function jurisdictionContains(registered: string, where: string): boolean {
  return registered !== ANY_JURISDICTION && jurisdictionChain(where).includes(registered);
}

/** The countries a restriction in `code` applies to: the EU is named member state by member state. */
export function territorialScope(code: string): string[] {
  return code === 'EU' ? [...EU_MEMBER_STATES] : [code];
}
