/**
 * Validation at the edge: turns a brand file, a rule file, a policy file or one NDJSON listing line
 * into typed data or into errors that name the line, the record and the field (as a JSON pointer).
 * A bad record or rule never stops the others.
 */
import { CATEGORY_INDEX } from './data/categories.ts';
import type {
  Brand,
  BrandKnowledge,
  CategoryId,
  CategoryPrice,
  DetectionInputError,
  DetectionPolicy,
  KeywordRule,
  KeywordRuleSet,
  ListingInput,
} from './types.ts';
import { KEYWORD_RULE_KINDS } from './types.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; error: DetectionInputError };

type Json = Record<string, unknown>;
const CONDITIONS = new Set(['new', 'used', 'refurbished']);
const RULE_KINDS: ReadonlySet<string> = new Set(KEYWORD_RULE_KINDS);
const ACTIONS = new Set(['remove', 'review', 'brand_verify', 'allow']);
const MAX_PATTERN_LENGTH = 200;
const MAX_QUANTITY = 10_000_000;

const CURRENCY = /^[A-Za-z]{3}$/;
const PLAIN_FIELDS = ['category', 'shipFrom', 'sellerId', 'marketplace'] as const;
/** Currency codes upper-cased (a listing stream uses a handful; toUpperCase makes a new string). */
const currencies = new Map<string, string>();
function upperCurrency(code: string): string {
  let upper = currencies.get(code);
  if (upper === undefined) {
    upper = code.toUpperCase();
    // 52^3 codes at most; a hostile stream could still fill it, so it is emptied at a bound
    if (currencies.size >= 1024) currencies.clear();
    currencies.set(code, upper);
  }
  return upper;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Offset of the first lone surrogate, or -1 when the string is well-formed UTF-16. */
export function firstLoneSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/** Offset of the first C0/C1 control character other than tab, newline and carriage return. */
export function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return i;
  }
  return -1;
}

/** C0/C1 controls other than tab, newline and carriage return (a regular expression: fast on long text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
type WellFormed = { isWellFormed?: () => boolean };

function textProblem(value: string, field: string, maxLength: number, checked = false): string | null {
  if (value.length > maxLength)
    return `${field} is ${value.length} characters long; the limit is ${maxLength}`;
  if (checked) return null;
  // the common case in one native pass each; the offsets are looked for only when there is a problem
  const wellFormed = (value as unknown as WellFormed).isWellFormed?.() ?? firstLoneSurrogate(value) < 0;
  if (wellFormed && !CONTROL.test(value)) return null;
  const surrogate = firstLoneSurrogate(value);
  if (surrogate >= 0) return `${field} contains invalid UTF-16 (a lone surrogate) at offset ${surrogate}`;
  const control = firstControlCharacter(value);
  if (control >= 0) {
    const code = value.charCodeAt(control).toString(16).padStart(4, '0');
    return `${field} contains control character U+${code} at offset ${control}`;
  }
  return null;
}

/**
 * Parses and validates one NDJSON line (1-based `line`). `textChecked`: the caller has seen in the
 * line's bytes that no text can hold a lone surrogate or a control character (see scan-lines.ts).
 */
export function parseListingLine(
  text: string,
  line: number,
  policy: DetectionPolicy,
  textChecked = false,
): Validated<ListingInput> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: { line, pointer: '', message: `line ${line}: not valid JSON (${(error as Error).message})` },
    };
  }
  return validateListingLine(parsed, line, policy, textChecked);
}

/** Validates a listing parsed from the 1-based `line`, errors named as parseListingLine names them. */
export function validateListingLine(
  parsed: unknown,
  line: number,
  policy: DetectionPolicy,
  textChecked = false,
): Validated<ListingInput> {
  const result = validateListing(parsed, policy, textChecked);
  if (!result.ok) result.error.line = line;
  if (!result.ok) result.error.message = `line ${line}: ${result.error.message}`;
  return result;
}

function fail(pointer: string, message: string, recordId?: string): Validated<ListingInput> {
  return { ok: false, error: recordId === undefined ? { pointer, message } : { pointer, message, recordId } };
}

/**
 * A validated listing: a class instance, not an object literal, with the same own properties in the
 * same order (id, title, then the optional fields given). V8 tracks an object literal's allocation
 * site and, once most of its objects outlive a young-generation collection (a caller that keeps the
 * parsed listings), allocates every later one directly in the old generation ("pretenuring"); a
 * listing there points to its young title and description strings, and each collection keeps
 * those alive (old objects count as roots) and promotes them. `ipp scan` then paid ~8-10 µs a line
 * in collections (bench/detection-scan-ratio.ts, whose in-process listings come from here). Objects
 * made by `new` of a class are not pretenured by allocation site.
 */
class ValidListing {
  title = '';
  constructor(public id: string) {}
}

export function validateListing(
  input: unknown,
  policy: DetectionPolicy,
  textChecked = false,
): Validated<ListingInput> {
  if (!isObject(input)) return fail('', 'a listing must be a JSON object');
  const rawId = input.id;
  if ((typeof rawId !== 'string' || rawId.trim() === '') && typeof rawId !== 'number') {
    return fail('/id', 'listing is missing "id" (a non-empty string)');
  }
  const id = String(rawId);
  const listing: ListingInput = new ValidListing(id);
  if (typeof input.title !== 'string' || input.title.trim() === '') {
    return fail('/title', `listing ${id}: missing "title" (a non-empty string)`, id);
  }
  const titleProblem = textProblem(input.title, 'title', policy.maxTextLength, textChecked);
  if (titleProblem) return fail('/title', `listing ${id}: ${titleProblem}`, id);
  listing.title = input.title;
  if (input.description !== undefined && input.description !== null) {
    if (typeof input.description !== 'string')
      return fail('/description', `listing ${id}: "description" must be a string`, id);
    const problem = textProblem(input.description, 'description', policy.maxTextLength, textChecked);
    if (problem) return fail('/description', `listing ${id}: ${problem}`, id);
    listing.description = input.description;
  }
  if (input.price !== undefined && input.price !== null) {
    const price = input.price;
    if (typeof price !== 'number' || !Number.isFinite(price) || price <= 0 || price > policy.maxPrice) {
      return fail(
        '/price',
        `listing ${id}: absurd price ${JSON.stringify(price)} (expected a number above 0 and at most ${policy.maxPrice})`,
        id,
      );
    }
    listing.price = price;
  }
  if (input.currency !== undefined && input.currency !== null) {
    if (typeof input.currency !== 'string' || !CURRENCY.test(input.currency)) {
      return fail('/currency', `listing ${id}: "currency" must be an ISO 4217 code like "USD"`, id);
    }
    listing.currency = upperCurrency(input.currency);
  }
  if (input.quantity !== undefined && input.quantity !== null) {
    const q = input.quantity;
    if (typeof q !== 'number' || !Number.isInteger(q) || q < 0 || q > MAX_QUANTITY) {
      return fail(
        '/quantity',
        `listing ${id}: "quantity" must be an integer between 0 and ${MAX_QUANTITY}`,
        id,
      );
    }
    listing.quantity = q;
  }
  if (input.condition !== undefined && input.condition !== null) {
    if (typeof input.condition !== 'string' || !CONDITIONS.has(input.condition)) {
      return fail('/condition', `listing ${id}: "condition" must be one of new, used, refurbished`, id);
    }
    listing.condition = input.condition as ListingInput['condition'] & string;
  }
  for (const field of PLAIN_FIELDS) {
    const value = input[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.length > 1000)
      return fail(`/${field}`, `listing ${id}: "${field}" must be a string`, id);
    listing[field] = value;
  }
  if (input.imageUrls !== undefined && input.imageUrls !== null) {
    if (!Array.isArray(input.imageUrls) || !input.imageUrls.every((u) => typeof u === 'string')) {
      return fail('/imageUrls', `listing ${id}: "imageUrls" must be an array of strings`, id);
    }
    listing.imageUrls = input.imageUrls as string[];
  }
  return { ok: true, value: listing };
}

function stringList(value: unknown, pointer: string, errors: DetectionInputError[]): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    errors.push({ pointer, message: `${pointer} must be an array of strings` });
    return undefined;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item);
    else errors.push({ pointer: `${pointer}/${i}`, message: `${pointer}/${i} must be a non-empty string` });
  });
  return out;
}

/**
 * Validates a brand knowledge file. Invalid brands are left out (with errors); invalid optional
 * parts of a brand (a bad price range) are dropped from that brand only.
 */
export function validateBrandKnowledge(input: unknown): {
  knowledge: BrandKnowledge;
  errors: DetectionInputError[];
} {
  const errors: DetectionInputError[] = [];
  const knowledge: BrandKnowledge = { version: 'unversioned', brands: [] };
  if (!isObject(input) || !Array.isArray(input.brands)) {
    errors.push({ pointer: '/brands', message: 'brand file must be an object with a "brands" array' });
    return { knowledge, errors };
  }
  if (typeof input.version === 'string') knowledge.version = input.version;
  input.brands.forEach((raw, index) => {
    const at = `/brands/${index}`;
    if (
      !isObject(raw) ||
      typeof raw.id !== 'string' ||
      typeof raw.name !== 'string' ||
      raw.name.trim() === ''
    ) {
      errors.push({ pointer: at, message: `brand ${index}: needs string "id" and non-empty "name"` });
      return;
    }
    const brand: Brand = { ...(raw as unknown as Brand) };
    for (const key of [
      'aliases',
      'protectedTerms',
      'nicknames',
      'commonWordTerms',
      'colours',
      'manufacturingCountries',
      'authorizedSellers',
    ] as const) {
      const list = stringList(raw[key], `${at}/${key}`, errors);
      if (list === undefined) delete brand[key];
      else brand[key] = list;
    }
    if (raw.productLines !== undefined) {
      brand.productLines = [];
      if (Array.isArray(raw.productLines)) {
        raw.productLines.forEach((line, li) => {
          const lat = `${at}/productLines/${li}`;
          if (!isObject(line) || typeof line.name !== 'string' || line.name.trim() === '') {
            errors.push({
              pointer: lat,
              message: `brand "${brand.id}": product line ${li} needs a non-empty "name"`,
            });
            return;
          }
          const copy = { ...(line as unknown as NonNullable<Brand['productLines']>[number]) };
          const range = line.referencePrice;
          if (range !== undefined && !validRange(range)) {
            errors.push({
              pointer: `${lat}/referencePrice`,
              message: `brand "${brand.id}" line "${line.name}": referencePrice needs 0 < min <= max and a currency`,
            });
            delete copy.referencePrice;
          }
          for (const key of [
            'aliases',
            'colours',
            'models',
            'shortNames',
            'modelNumbers',
            'manufacturingCountries',
          ] as const) {
            const list = stringList(line[key], `${lat}/${key}`, errors);
            if (list === undefined) delete copy[key];
            else copy[key] = list;
          }
          if (line.category !== undefined) {
            const category = categoryOf(line.category, `${lat}/category`, errors);
            if (category === undefined) delete copy.category;
            else copy.category = category;
          }
          brand.productLines!.push(copy);
        });
      } else {
        errors.push({ pointer: `${at}/productLines`, message: 'productLines must be an array' });
      }
    }
    if (raw.categories !== undefined) {
      const list = stringList(raw.categories, `${at}/categories`, errors) ?? [];
      const categories: CategoryId[] = [];
      list.forEach((value, ci) => {
        const category = categoryOf(value, `${at}/categories/${ci}`, errors);
        if (category !== undefined) categories.push(category);
      });
      brand.categories = categories;
    }
    if (raw.categoryPrices !== undefined) {
      brand.categoryPrices = [];
      if (Array.isArray(raw.categoryPrices)) {
        raw.categoryPrices.forEach((entry, pi) => {
          const pat = `${at}/categoryPrices/${pi}`;
          if (!isObject(entry)) {
            errors.push({
              pointer: pat,
              message: `brand "${brand.id}": category price ${pi} must be an object`,
            });
            return;
          }
          const category = categoryOf(entry.category, `${pat}/category`, errors);
          if (!validRange(entry.referencePrice)) {
            errors.push({
              pointer: `${pat}/referencePrice`,
              message: `brand "${brand.id}": category price ${pi} needs a referencePrice with 0 < min <= max and a currency`,
            });
            return;
          }
          if (category !== undefined)
            brand.categoryPrices!.push({
              category,
              referencePrice: entry.referencePrice as CategoryPrice['referencePrice'],
            });
        });
      } else {
        errors.push({ pointer: `${at}/categoryPrices`, message: 'categoryPrices must be an array' });
      }
    }
    if (raw.works !== undefined) {
      brand.works = [];
      if (Array.isArray(raw.works)) {
        raw.works.forEach((work, wi) => {
          if (
            isObject(work) &&
            typeof work.title === 'string' &&
            typeof work.discReleaseDate === 'string' &&
            !Number.isNaN(Date.parse(work.discReleaseDate))
          ) {
            brand.works!.push(work as unknown as NonNullable<Brand['works']>[number]);
          } else {
            errors.push({
              pointer: `${at}/works/${wi}`,
              message: `brand "${brand.id}": work ${wi} needs "title" and an ISO "discReleaseDate"`,
            });
          }
        });
      }
    }
    knowledge.brands.push(brand);
  });
  return { knowledge, errors };
}

/** A category id of the taxonomy (docs/brand-knowledge.schema.json), or an error at `pointer`. */
function categoryOf(value: unknown, pointer: string, errors: DetectionInputError[]): CategoryId | undefined {
  if (typeof value === 'string' && CATEGORY_INDEX.has(value)) return value as CategoryId;
  errors.push({
    pointer,
    message: `${pointer}: ${JSON.stringify(value)} is not a category of the taxonomy (see docs/brand-knowledge.schema.json)`,
  });
  return undefined;
}

/** A list of taxonomy categories; values outside the taxonomy are errors and left out. */
function taxonomyList(
  value: unknown,
  pointer: string,
  errors: DetectionInputError[],
): CategoryId[] | undefined {
  const values = stringList(value, pointer, errors);
  if (!values) return undefined;
  const categories: CategoryId[] = [];
  values.forEach((item, i) => {
    const category = categoryOf(item, `${pointer}/${i}`, errors);
    if (category !== undefined) categories.push(category);
  });
  return categories;
}

function validRange(range: unknown): boolean {
  return (
    isObject(range) &&
    typeof range.min === 'number' &&
    typeof range.max === 'number' &&
    typeof range.currency === 'string' &&
    range.min > 0 &&
    range.max >= range.min &&
    Number.isFinite(range.max)
  );
}

/** Validates a keyword rule file; each broken rule gets an error naming its id and field. */
export function validateKeywordRuleSet(input: unknown): {
  ruleSet: KeywordRuleSet;
  errors: DetectionInputError[];
} {
  const errors: DetectionInputError[] = [];
  const ruleSet: KeywordRuleSet = { version: 'unversioned', rules: [] };
  if (!isObject(input) || !Array.isArray(input.rules)) {
    errors.push({ pointer: '/rules', message: 'rule file must be an object with a "rules" array' });
    return { ruleSet, errors };
  }
  if (typeof input.version !== 'string')
    errors.push({ pointer: '/version', message: 'rule file needs a "version" string' });
  else ruleSet.version = input.version;
  if (typeof input.marketplace === 'string') ruleSet.marketplace = input.marketplace;
  const seen = new Set<string>();
  for (const [index, raw] of (input.rules as unknown[]).entries()) {
    const at = `/rules/${index}`;
    const name = isObject(raw) && typeof raw.id === 'string' ? `rule "${raw.id}"` : `rule ${index}`;
    const bad = (field: string, message: string): void => {
      errors.push({ pointer: `${at}${field}`, message: `${name}: ${message}` });
    };
    if (!isObject(raw)) {
      bad('', 'must be an object');
      continue;
    }
    if (typeof raw.id !== 'string' || raw.id === '') {
      bad('/id', 'needs a non-empty "id"');
      continue;
    }
    if (seen.has(raw.id)) {
      bad('/id', 'duplicate id');
      continue;
    }
    if (typeof raw.pattern !== 'string' || raw.pattern.trim() === '') {
      bad('/pattern', 'needs a non-empty "pattern"');
      continue;
    }
    if (raw.pattern.length > MAX_PATTERN_LENGTH) {
      bad('/pattern', `pattern longer than ${MAX_PATTERN_LENGTH} characters`);
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(raw.pattern)) {
      bad('/pattern', `broken pattern ${JSON.stringify(raw.pattern)}: no letters or digits`);
      continue;
    }
    if (firstLoneSurrogate(raw.pattern) >= 0) {
      bad('/pattern', 'pattern contains invalid UTF-16');
      continue;
    }
    if (typeof raw.kind !== 'string' || !RULE_KINDS.has(raw.kind)) {
      bad('/kind', `"kind" must be one of ${[...RULE_KINDS].join(', ')}`);
      continue;
    }
    if (typeof raw.severity !== 'number' || !(raw.severity >= 0 && raw.severity <= 1)) {
      bad('/severity', '"severity" must be a number in [0, 1]');
      continue;
    }
    const contexts = stringList(raw.innocentContexts, `${at}/innocentContexts`, errors);
    const categories = stringList(raw.categories, `${at}/categories`, errors);
    const nearby = stringList(raw.innocentNearby, `${at}/innocentNearby`, errors);
    const rule: KeywordRule = {
      id: raw.id,
      pattern: raw.pattern,
      kind: raw.kind as KeywordRule['kind'],
      severity: raw.severity,
    };
    if (contexts) rule.innocentContexts = contexts;
    if (categories) rule.categories = categories;
    if (nearby) rule.innocentNearby = nearby;
    if (raw.licensedContextInnocent === true) rule.licensedContextInnocent = true;
    if (raw.stockDeviceInnocent === true) rule.stockDeviceInnocent = true;
    if (raw.innocentShipFrom !== undefined) {
      const countries = stringList(raw.innocentShipFrom, `${at}/innocentShipFrom`, errors);
      if (countries?.every((c) => /^[A-Z]{2}$/.test(c))) rule.innocentShipFrom = countries;
      else if (countries)
        bad('/innocentShipFrom', '"innocentShipFrom" must list ISO 3166-1 alpha-2 codes ("TW")');
    }
    if (raw.needsBrand === true) rule.needsBrand = true;
    if (raw.brandBefore === true) rule.brandBefore = true;
    if (raw.lineBefore === true) rule.lineBefore = true;
    if (raw.titleOnly === true) rule.titleOnly = true;
    if (raw.brandWithin !== undefined) {
      if (typeof raw.brandWithin === 'number' && Number.isInteger(raw.brandWithin) && raw.brandWithin >= 0)
        rule.brandWithin = raw.brandWithin;
      else bad('/brandWithin', '"brandWithin" must be a non-negative integer');
    }
    const free = taxonomyList(raw.brandFreeCategories, `${at}/brandFreeCategories`, errors);
    if (free) rule.brandFreeCategories = free;
    const nearbyFree = taxonomyList(raw.nearbyFreeCategories, `${at}/nearbyFreeCategories`, errors);
    if (nearbyFree) rule.nearbyFreeCategories = nearbyFree;
    if (raw.nominativeInnocent === true) rule.nominativeInnocent = true;
    const requires = stringList(raw.requiresNearby, `${at}/requiresNearby`, errors);
    if (requires) rule.requiresNearby = requires;
    const inSentence = stringList(raw.requiresInSentence, `${at}/requiresInSentence`, errors);
    if (inSentence) rule.requiresInSentence = inSentence;
    seen.add(raw.id);
    ruleSet.rules.push(rule);
  }

  const cues = stringList(input.nominativeCues, '/nominativeCues', errors);
  if (cues) ruleSet.nominativeCues = cues;
  const licensed = stringList(input.licensedReproductionCues, '/licensedReproductionCues', errors);
  if (licensed) ruleSet.licensedReproductionCues = licensed;
  for (const key of [
    'nominativeAfterCues',
    'thirdPartyCues',
    'negationCues',
    'negationAfterCues',
    'discussionCues',
    'promotionCues',
    'usedConditionCues',
    'newConditionCues',
    'lowPriceCues',
  ] as const) {
    const list = stringList(input[key], `/${key}`, errors);
    if (list) ruleSet[key] = list;
  }
  return { ruleSet, errors };
}

/** A policy is all-or-nothing: any error means the file is rejected. */
export function validateDetectionPolicy(
  input: unknown,
  defaults: DetectionPolicy,
): { policy: DetectionPolicy | null; errors: DetectionInputError[] } {
  const errors: DetectionInputError[] = [];
  if (!isObject(input))
    return { policy: null, errors: [{ pointer: '', message: 'policy must be a JSON object' }] };
  const policy: DetectionPolicy = {
    ...defaults,
    ...(input as Partial<DetectionPolicy>),
    weights: { ...defaults.weights, ...(isObject(input.weights) ? (input.weights as object) : {}) },
  };
  if (typeof policy.version !== 'string')
    errors.push({ pointer: '/version', message: 'policy needs a "version" string' });
  if (!Array.isArray(policy.thresholds) || policy.thresholds.length === 0) {
    errors.push({ pointer: '/thresholds', message: 'policy needs a non-empty "thresholds" array' });
  } else {
    policy.thresholds.forEach((t, i) => {
      if (!isObject(t) || typeof t.minScore !== 'number' || !ACTIONS.has(t.action as string)) {
        errors.push({
          pointer: `/thresholds/${i}`,
          message: `threshold ${i} needs a numeric "minScore" and an action (remove, review, brand_verify, allow)`,
        });
      }
    });
    if (errors.length === 0)
      policy.thresholds = [...policy.thresholds].sort((a, b) => b.minScore - a.minScore);
  }
  for (const [key, value] of Object.entries(policy.weights)) {
    if (typeof value !== 'number' || value < 0 || value > 1)
      errors.push({ pointer: `/weights/${key}`, message: `weight "${key}" must be in [0, 1]` });
  }
  for (const key of Object.keys(input)) {
    if (!(key in defaults))
      errors.push({ pointer: `/${key}`, message: `"${key}" is not a field of the detection policy` });
  }
  for (const [key, value] of Object.entries(defaults)) {
    if (typeof value !== 'number') continue;
    const given = (policy as unknown as Record<string, unknown>)[key];
    if (typeof given !== 'number' || !Number.isFinite(given))
      errors.push({ pointer: `/${key}`, message: `"${key}" must be a number` });
  }
  if (!isObject(policy.currencyRates)) {
    errors.push({
      pointer: '/currencyRates',
      message: '"currencyRates" must map currency codes to positive rates',
    });
  } else {
    for (const [code, rate] of Object.entries(policy.currencyRates)) {
      if (!/^[A-Z]{3}$/.test(code) || typeof rate !== 'number' || !(rate > 0) || !Number.isFinite(rate))
        errors.push({
          pointer: `/currencyRates/${code}`,
          message: 'a currency rate needs an ISO 4217 code and a positive number',
        });
    }
  }
  return { policy: errors.length === 0 ? policy : null, errors };
}
