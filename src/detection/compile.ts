/**
 * Compiles brand knowledge, keyword rules and vocabularies into one automaton plus side tables.
 * Every pattern has an owner (a rule, an innocent context, a brand term, a colour...) stored in
 * typed arrays so the scanner can dispatch on a hit without touching objects.
 */
import { type BrandPack, packBrands } from './brand-pack.ts';
import { COLOUR_SYNONYMS, COUNTRY_ALIASES, DISC_TERMS, FUZZY_EXEMPT_WORDS } from './data/vocabulary.ts';
import { FuzzyIndex, type FuzzyTerm } from './fuzzy.ts';
import { type CompiledPattern, compilePattern, PatternAutomaton } from './matcher.ts';
import { TextNormalizer } from './normalize.ts';
import { type BrandPriceModel, buildBrandPriceModel } from './price.ts';
import type {
  Brand,
  BrandKnowledge,
  DetectionInputError,
  DetectionPolicy,
  KeywordRule,
  KeywordRuleSet,
} from './types.ts';

export enum OwnerType {
  Rule = 1,
  Innocent = 2,
  Nominative = 3,
  Licensed = 4,
  BrandTerm = 5,
  ProductLine = 6,
  Colour = 7,
  Disc = 8,
  Work = 9,
}

export interface BrandTables {
  brand: Brand;
  prices: BrandPriceModel;
  authorizedSellers: ReadonlySet<string>;
  manufacturingCountries: ReadonlySet<string>;
  manufacturingList: string;
  brandColours: ReadonlySet<number>;
  lineColours: Array<ReadonlySet<number>>;
  /** Release dates (ms since epoch) by work index. */
  workReleaseTimes: number[];
}

export interface CompiledKnowledge {
  automaton: PatternAutomaton;
  fuzzy: FuzzyIndex;
  ownerType: Uint8Array;
  /** Rule index, brand index or colour index depending on the owner type. */
  ownerA: Int32Array;
  /** Line index, work index, 1 for a common-word brand term, 1 for a nearby innocent word. */
  ownerB: Int32Array;
  /** The source phrase of each pattern, for evidence. */
  ownerText: string[];
  rules: KeywordRule[];
  ruleSetVersion: string;
  brands: BrandTables[];
  /** The same brand facts packed for the per-listing judgement (see brand-pack.ts). */
  pack: BrandPack;
  colourNames: string[];
  errors: DetectionInputError[];
}

export const FUZZY_EXEMPT = -1;

export function compileKnowledge(
  knowledge: BrandKnowledge,
  ruleSet: KeywordRuleSet,
  policy: DetectionPolicy,
): CompiledKnowledge {
  const patterns: CompiledPattern[] = [];
  const ownerType: number[] = [];
  const ownerA: number[] = [];
  const ownerB: number[] = [];
  const ownerText: string[] = [];
  const errors: DetectionInputError[] = [];
  const add = (text: string, type: OwnerType, a: number, b: number): boolean => {
    const compiled = compilePattern(text, patterns.length);
    if (!compiled) return false;
    patterns.push(compiled);
    ownerType.push(type);
    ownerA.push(a);
    ownerB.push(b);
    ownerText.push(text);
    return true;
  };

  const rules: KeywordRule[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const ruleIndex = rules.length;
    if (!add(rule.pattern, OwnerType.Rule, ruleIndex, 0)) {
      errors.push({
        pointer: `/rules/${index}/pattern`,
        message: `rule "${rule.id}": pattern ${JSON.stringify(rule.pattern)} has no letters or digits to match`,
      });
      return;
    }
    rules.push(rule);
    for (const context of rule.innocentContexts ?? []) add(context, OwnerType.Innocent, ruleIndex, 0);
    for (const word of rule.innocentNearby ?? []) add(word, OwnerType.Innocent, ruleIndex, 1);
  });
  for (const cue of ruleSet.nominativeCues ?? []) add(cue, OwnerType.Nominative, 0, 0);
  for (const cue of ruleSet.licensedReproductionCues ?? []) add(cue, OwnerType.Licensed, 0, 0);
  for (const disc of DISC_TERMS) add(disc, OwnerType.Disc, 0, 0);

  const colourNames = Object.keys(COLOUR_SYNONYMS);
  colourNames.forEach((colour, colourIndex) => {
    for (const synonym of COLOUR_SYNONYMS[colour]!) add(synonym, OwnerType.Colour, colourIndex, 0);
  });

  const fuzzyTerms: FuzzyTerm[] = [];
  const brands: BrandTables[] = [];
  for (const brand of knowledge.brands) {
    const brandIndex = brands.length;
    const commonWords = new Set((brand.commonWordTerms ?? []).map((t) => t.toLowerCase()));
    const terms = [brand.name, ...(brand.aliases ?? []), ...(brand.protectedTerms ?? []), ...commonWords];
    const seen = new Set<string>();
    for (const term of terms) {
      const lower = term.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      const isCommon = commonWords.has(lower);
      const compiled = compilePattern(term, -1);
      if (!add(term, OwnerType.BrandTerm, brandIndex, isCommon ? 1 : 0)) continue;
      if (!isCommon && compiled && isLatin(term))
        fuzzyTerms.push({
          codes: compiled.codes,
          expandedLength: expandedLength(compiled),
          payload: brandIndex,
        });
    }
    (brand.productLines ?? []).forEach((line, lineIndex) => {
      for (const name of [line.name, ...(line.aliases ?? [])])
        add(name, OwnerType.ProductLine, brandIndex, lineIndex);
    });
    (brand.works ?? []).forEach((work, workIndex) => {
      for (const title of [work.title, ...(work.aliases ?? [])])
        add(title, OwnerType.Work, brandIndex, workIndex);
    });
    brands.push({
      brand,
      prices: buildBrandPriceModel(brand, policy),
      authorizedSellers: new Set(brand.authorizedSellers ?? []),
      manufacturingCountries: new Set((brand.manufacturingCountries ?? []).map(countryCode)),
      manufacturingList: [...new Set((brand.manufacturingCountries ?? []).map(countryCode))].join(', '),
      brandColours: new Set(),
      lineColours: [],
      workReleaseTimes: (brand.works ?? []).map((w) => Date.parse(w.discReleaseDate)),
    });
  }
  for (const word of FUZZY_EXEMPT_WORDS) {
    const compiled = compilePattern(word, -1);
    if (compiled)
      fuzzyTerms.push({
        codes: compiled.codes,
        expandedLength: expandedLength(compiled),
        payload: FUZZY_EXEMPT,
      });
  }

  const automaton = new PatternAutomaton(patterns);
  const owners = {
    ownerType: Uint8Array.from(ownerType),
    ownerA: Int32Array.from(ownerA),
    ownerB: Int32Array.from(ownerB),
  };
  for (const tables of brands) {
    tables.brandColours = coloursIn(automaton, owners, tables.brand.colours ?? []);
    tables.lineColours = (tables.brand.productLines ?? []).map((line) =>
      coloursIn(automaton, owners, line.colours ?? []),
    );
  }
  return {
    automaton,
    fuzzy: new FuzzyIndex(fuzzyTerms),
    ...owners,
    ownerText,
    rules,
    ruleSetVersion: ruleSet.version,
    brands,
    pack: packBrands(brands, colourNames.length),
    colourNames,
    errors,
  };
}

function expandedLength(pattern: CompiledPattern): number {
  let total = 0;
  for (const run of pattern.runs) total += run;
  return total;
}

function isLatin(term: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(term.normalize('NFKC'));
}

/** The canonical colours named in a list of free-text colour descriptions. */
function coloursIn(
  automaton: PatternAutomaton,
  owners: { ownerType: Uint8Array; ownerA: Int32Array },
  descriptions: readonly string[],
): Set<number> {
  const found = new Set<number>();
  for (const description of descriptions) {
    const count = automaton.find(normalizerForColours.normalize(description));
    for (let k = 0; k < count; k++) {
      const payload = automaton.hitPayload[k]!;
      if (owners.ownerType[payload] === OwnerType.Colour) found.add(owners.ownerA[payload]!);
    }
  }
  return found;
}

const normalizerForColours = new TextNormalizer();

const countryByAlias = new Map<string, string>();
for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
  countryByAlias.set(code.toLowerCase(), code);
  for (const alias of aliases) countryByAlias.set(alias.toLowerCase(), code);
}

/** ISO 3166-1 alpha-2 code for a code or a common country name; unknown names are upper-cased. */
export function countryCode(value: string): string {
  const trimmed = value.trim();
  return countryByAlias.get(trimmed.toLowerCase()) ?? trimmed.toUpperCase();
}
