import { jurisdictionContains } from '../clocks/index.ts';
import type { FieldError } from '../errors/app-error.ts';

/**
 * Market-access licences, the pure rules: which listing categories are restricted (policy), how a
 * marketplace's free-text category is matched, when a licence is valid, lapses and warns, and
 * whether it covers a listing. No I/O here; the service and the gate apply these.
 */

/** The closed set of restricted categories (issue 13): the policy says which values each covers. */
export const RESTRICTED_CATEGORY_CODES = [
  'books_press',
  'audiovisual',
  'insurance',
  'lotteries',
  'travel',
  'adult',
] as const;
export type RestrictedCategoryCode = (typeof RESTRICTED_CATEGORY_CODES)[number];

export type LicenceMode = 'refuse' | 'hold';

export interface RestrictedCategory {
  code: RestrictedCategoryCode;
  name: string;
  /** Listing category values it covers, matched on path segments (see `restrictedCategoryOf`). */
  values: string[];
}

export interface LicencesPolicy {
  categories: RestrictedCategory[];
  /** What happens to a listing without the licence it needs: refused (422) or stored and held. */
  mode: LicenceMode;
  /** Per marketplace (by its code), overriding `mode`. */
  marketplaceModes: Record<string, LicenceMode>;
  /** How many days before a licence lapses its seller is warned. */
  warningDays: number;
}

export const DEFAULT_LICENCES_POLICY: LicencesPolicy = {
  categories: [
    {
      code: 'books_press',
      name: 'Books, magazines and newspapers',
      values: ['books', 'book', 'magazines', 'magazine', 'newspapers', 'newspaper', 'periodicals'],
    },
    {
      code: 'audiovisual',
      name: 'Music, film, TV and audiovisual',
      values: ['music', 'film', 'films', 'movies', 'tv', 'television', 'audiovisual', 'video', 'dvd'],
    },
    { code: 'insurance', name: 'Insurance', values: ['insurance', 'insurance products'] },
    { code: 'lotteries', name: 'Lotteries', values: ['lottery', 'lotteries', 'lottery tickets'] },
    {
      code: 'travel',
      name: 'Travel',
      values: [
        'travel services',
        'travel packages',
        'package holidays',
        'tours',
        'flights',
        'hotel bookings',
      ],
    },
    { code: 'adult', name: 'Adult products', values: ['adult', 'adult products', 'erotica', 'sex toys'] },
  ],
  mode: 'refuse',
  marketplaceModes: {},
  warningDays: 30,
};

/**
 * A category text as path segments: split on `>`, `/` or `|`, each trimmed, inner spaces collapsed
 * and lower-cased; empty segments dropped. "Books > Fiction" -> ["books", "fiction"].
 */
export function categorySegments(text: string): string[] {
  return text
    .split(/[>/|]/)
    .map((s) => s.trim().replace(/\s+/g, ' ').toLowerCase())
    .filter((s) => s.length > 0);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start++)
    if (needle.every((segment, i) => haystack[start + i] === segment)) return true;
  return false;
}

/**
 * The matching rule: a listing's category is in a restricted category when one of that category's
 * values, read as path segments, appears as whole consecutive segments of the listing's category,
 * in any case. "Books > Fiction" and "Media > Books" are in `books`; "Furniture > Bookshelves" and
 * "Audio books stand" are not (no segment is exactly "books"). The first category in policy order
 * wins (the policy refuses a value claimed by two categories, so at most one matches a value).
 */
export function restrictedCategoryOf(
  policy: LicencesPolicy,
  listingCategory: string | null | undefined,
): RestrictedCategory | null {
  if (!listingCategory) return null;
  const segments = categorySegments(listingCategory);
  for (const { category, values } of compiled(policy))
    if (values.some((value) => containsRun(segments, value))) return category;
  return null;
}

/** The policy's values as segments, split once per policy version (the gate runs per listing). */
const compiledPolicies = new WeakMap<
  LicencesPolicy,
  { category: RestrictedCategory; values: string[][] }[]
>();
function compiled(policy: LicencesPolicy) {
  let entry = compiledPolicies.get(policy);
  if (!entry) {
    entry = policy.categories.map((category) => ({
      category,
      values: category.values.map(categorySegments).filter((v) => v.length > 0),
    }));
    compiledPolicies.set(policy, entry);
  }
  return entry;
}

/** Rules of the policy the schema cannot say: codes once, every value non-empty and in one category. */
export function checkLicencesPolicy(policy: LicencesPolicy): FieldError[] {
  const errors: FieldError[] = [];
  const codes = new Map<string, number>();
  const claimed = new Map<string, { code: string; index: number }>();
  policy.categories.forEach((category, i) => {
    const earlier = codes.get(category.code);
    if (earlier !== undefined)
      errors.push({
        pointer: `/categories/${i}/code`,
        rule: 'unique',
        detail: `category ${category.code} is already listed at /categories/${earlier}`,
      });
    else codes.set(category.code, i);
    category.values.forEach((value, j) => {
      const key = categorySegments(value).join(' > ');
      if (key === '') {
        errors.push({
          pointer: `/categories/${i}/values/${j}`,
          rule: 'non-empty',
          detail: 'a category value needs at least one non-blank segment',
        });
        return;
      }
      const owner = claimed.get(key);
      if (owner && owner.code !== category.code)
        errors.push({
          pointer: `/categories/${i}/values/${j}`,
          rule: 'claimed-twice',
          detail: `"${value}" is already covered by category ${owner.code} (/categories/${owner.index})`,
        });
      else if (!owner) claimed.set(key, { code: category.code, index: i });
    });
  });
  return errors;
}

export function modeFor(policy: LicencesPolicy, marketplaceCode: string): LicenceMode {
  return Object.hasOwn(policy.marketplaceModes, marketplaceCode)
    ? policy.marketplaceModes[marketplaceCode]!
    : policy.mode;
}

const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function dateOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A licence is valid through its last day: it lapses at 00:00 UTC of the day after `validUntil`. */
export function lapsesAt(validUntil: string): Date {
  return new Date(Date.parse(`${validUntil}T00:00:00Z`) + DAY_MS);
}

/** When the seller is warned: `warningDays` before the lapse (at once if that is already past). */
export function warningAt(validUntil: string, warningDays: number, now: Date): Date {
  const at = new Date(lapsesAt(validUntil).getTime() - warningDays * DAY_MS);
  return at < now ? now : at;
}

export interface LicenceTerms {
  status: 'pending' | 'verified' | 'refused';
  category: string;
  jurisdiction: string;
  validFrom: string;
  validUntil: string;
}

/** Verified, and `now` falls between its first and last day (UTC). */
export function isValidAt(licence: LicenceTerms, now: Date): boolean {
  const today = dateOf(now);
  return licence.status === 'verified' && licence.validFrom <= today && today <= licence.validUntil;
}

/** A licence for `EU` covers a marketplace in `DE`; one for `DE` does not cover an `EU` marketplace. */
export function licenceCovers(
  licence: LicenceTerms,
  category: string,
  jurisdiction: string,
  now: Date,
): boolean {
  return (
    licence.category === category &&
    jurisdictionContains(licence.jurisdiction, jurisdiction) &&
    isValidAt(licence, now)
  );
}

/** What a listing needs, in words the seller and the marketplace read in refusals and statements. */
export function licenceNeeded(category: RestrictedCategory, jurisdiction: string): string {
  return `a verified, unexpired licence for ${category.name} (${category.code}) covering ${jurisdiction}`;
}

/** Shown in the portal and the error: the allowed codes of the policy in force. */
export function allowedCodes(policy: LicencesPolicy): string {
  return policy.categories.map((c) => c.code).join(', ');
}
