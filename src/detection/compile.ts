/**
 * Compiles brand knowledge, keyword rules and vocabularies into one automaton plus side tables.
 * Every pattern has an owner (a rule, an innocent context, a brand term, a product-line term, a
 * category word, a context cue, a colour...) stored in typed arrays so the scanner can dispatch on
 * a hit without touching objects.
 */
import { createHash } from 'node:crypto';
import { type BrandPack, packBrands } from './brand-pack.ts';
import {
  derivedAbbreviations,
  derivedNicknames,
  LINE_MODEL,
  lineShortForms,
  lineTerms,
  literalForm,
  spellingsOf,
  TERM_COMMON,
  TERM_DERIVED,
  TERM_PROTECTED,
  TERM_SHORT,
  TERM_WORD,
  workTitles,
} from './brand-terms.ts';
import { CATEGORY_IDS, CATEGORY_INDEX, CATEGORY_WORDS, DEPARTMENTS, PART_WORDS } from './data/categories.ts';
import { STOCK_DEVICE_DENIALS, STOCK_DEVICE_PHRASES } from './data/circumvention-acts.ts';
import {
  GIFT_STORY_PHRASES,
  GIFT_WORDS,
  PROVENANCE_MISSING_PHRASES,
  PROVENANCE_MISSING_PHRASES_JA,
  provenanceProofKind,
  SELLER_STORY_PHRASES,
} from './data/composed-phrases.ts';
import {
  COLOUR_FOLLOWERS,
  COLOUR_LABELS,
  COLOUR_SYNONYMS,
  COUNTRY_ALIASES,
  DISC_TERMS,
  FUNCTION_WORDS,
  FUZZY_EXEMPT_WORDS,
  GAME_COUNTERS_BUILT_IN,
  GAME_WORDS,
  GAME_WORDS_SINGULAR,
} from './data/vocabulary.ts';
import { FuzzyIndex, type FuzzyTerm } from './fuzzy.ts';
import { nameProperOf } from './han-name-parts.ts';
import { type CompiledPattern, compilePattern, PatternAutomaton } from './matcher.ts';
import { TextNormalizer } from './normalize.ts';
import {
  type BrandPriceModel,
  buildBrandPriceModel,
  buildCategoryPrices,
  type ConditionStats,
} from './price.ts';
import { soundPairKey } from './sound-alike.ts';
import { soundSpellings } from './sound-spellings.ts';
import type {
  Brand,
  BrandKnowledge,
  DetectionInputError,
  DetectionPolicy,
  KeywordRule,
  KeywordRuleSet,
} from './types.ts';

/** The word lists of a rule, in CompiledKnowledge.ruleWordLists. */
export enum WordList {
  /** innocentContexts: phrases of the main automaton that cover the hit */
  InnocentContexts = 0,
  InnocentNearby = 1,
  RequiresNearby = 2,
  RequiresInSentence = 3,
}

/** Whether a hit of a rule's word list `list` (its `a`) belongs to rule `ruleIndex`. */
export function ruleUsesList(c: CompiledKnowledge, ruleIndex: number, list: WordList, a: number): boolean {
  return a < 0 && c.ruleWordLists[ruleIndex * 4 + list] === a;
}

/** `b` of a seller-story cue that is the bare word "gift" (read only as a phrase of its own). */
export const GIFT_WORD = 2;
/** `b` of a required word that may stand anywhere in the hit's sentence (`requiresInSentence`). */
export const REQUIRED_IN_SENTENCE = 1;

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
  /** A category word (ownerA = category index). */
  Category = 10,
  /** A context cue (ownerA = CueKind). */
  Cue = 11,
  /** A word a rule needs nearby (ownerA = rule index). */
  Required = 12,
  /** A word of goods the taxonomy has no category for (PART_WORDS: a relay, a hygrometer, a lure). */
  Part = 13,
}

/** ownerB of a negation cue that follows what it negates ("çakma değil"), as 1 marks a one-character one. */
export const NEGATION_AFTER = 2;

export enum CueKind {
  NominativeAfter = 1,
  ThirdParty = 2,
  Negation = 3,
  Promotion = 4,
  UsedCondition = 5,
  NewCondition = 6,
  ColourFollower = 7,
  ColourLabel = 8,
  /** "games", "款游戏": a count of games before it may be a pirated bundle (see judge.ts); b = GAMES_SINGULAR: "game". */
  Games = 9,
  Discussion = 10,
  /** The seller stresses a low price ("cheap", "best price", "低价"). */
  LowPrice = 11,
  /** Proof of provenance missing ("no receipt", 无保卡): of a new item, a weak cue. */
  NoProvenance = 12,
  /** The seller's story: a hurry to sell or a gift passed on ("urgent sale", 别人送的): a weak cue. */
  SellerStory = 13,
  /** The device stated as its maker left it ("unmodified", 未改机); b = 1: inside a pirate's promise ("no mods needed"). */
  StockDevice = 14,
}

/** The b of a Games cue that is a singular word ("20000 game dalam"): only a large count that is no year counts. */
export const GAMES_SINGULAR = 1;
/** The b of a Games cue of titles counted and built in ("款内置"): a count only in a consoles listing. */
export const GAMES_COUNTED_BUILT_IN = 2;

/** A plain "for" must stand right before the brand ("for iPhone"), and only in the title; longer cues three words. */
export const FOR_WINDOW = -1;
/** "for" in the languages sellers write: a nominative cue only right before the brand, in a title. */
const BARE_FOR: ReadonlySet<string> = new Set([
  'for',
  'für',
  'pour',
  'para',
  'per',
  'voor',
  'fit',
  'suits',
  'till',
  'для',
  'dla',
  'για',
  'untuk',
  'pentru',
]);
/** Latin negations that, like one Han character, must touch what they negate: "non replica", not "non-stick wok, premium quality". */
const TOUCHING_NEGATIONS: ReadonlySet<string> = new Set(['non']);
const CUE_WINDOW = 3;
const AFTER_WINDOW = 4;
/** Cues after the brand that may stand a few words later ("Apple Watch 41mm compatible"). */
const AFTER_CUES_AT_A_DISTANCE =
  /compatible|replacement|aftermarket|third|cross|equivalent|alternative|兼容|通用|适用|适配|替换|替代|专用|対応|互換|社外/;

export interface BrandTables {
  brand: Brand;
  prices: BrandPriceModel;
  /** Price statistics per category index (categoryPrices, else the lines of that category). */
  categoryPrices: ReadonlyMap<number, ConditionStats>;
  /**
   * The categories with new prices, cheapest first (ties in categoryPrices' order): the first in a
   * listing's categories is the one its price is judged against.
   */
  cheapestCategories: ReadonlyArray<{ index: number; stats: ConditionStats }>;
  authorizedSellers: ReadonlySet<string>;
  manufacturingCountries: ReadonlySet<string>;
  manufacturingList: string;
  /** Per line: its own manufacturing countries, or null for the brand's. */
  lineCountries: Array<ReadonlySet<string> | null>;
  /** Per line: its category index, or -1. */
  lineCategory: number[];
  /** Per line: its names hold a word of PART_WORDS (the line is itself a part: a hose connector). */
  linePart: boolean[];
  /** Category masks of the departments of the brand's and its lines' categories (see DEPARTMENTS). */
  departmentLo: number;
  departmentHi: number;
  /** Category bit masks (categories 0-31, 32+). Both 0: the brand named no categories. */
  categoryLo: number;
  categoryHi: number;
  brandColours: ReadonlySet<number>;
  lineColours: Array<ReadonlySet<number>>;
  /** Literal forms of every registered spelling: never a disguise. */
  spellings: ReadonlySet<string>;
  /** Their words too: an accent one of them writes ("Lumière" of "Maison Lumière") is the brand's own. */
  spellingWords: ReadonlySet<string>;
  /**
   * Latin words (three letters or more) of every name the brand registered for itself or its lines
   * (name, aliases, protected terms, line names, aliases and short names): a marker word among them
   * ("REPLICA" of a fragrance line "REPLICA Eau de Toilette") is the brand's own name there.
   */
  registeredWords: ReadonlySet<string>;
  /** Release dates (ms since epoch) by work index. */
  workReleaseTimes: number[];
}

/** Owners of the context automaton's patterns, like CompiledKnowledge.owner* for the main one. */
export interface ContextOwners {
  type: number[];
  a: number[];
  b: number[];
  text: string[];
}

export interface CompiledKnowledge {
  automaton: PatternAutomaton;
  /** Innocent and required nearby words, negations and talk about fakes: run around keyword hits. */
  contextAutomaton: PatternAutomaton;
  /**
   * The word lists of each rule, four per rule (see WordList): the list's id (the `a` of its words'
   * hits, negative), 0 when the rule has none.
   */
  ruleWordLists: Int32Array;
  /** Patterns looked for in titles only (abbreviations brands did not register). */
  titleAutomaton: PatternAutomaton;
  context: ContextOwners;
  fuzzy: FuzzyIndex;
  ownerType: Uint8Array;
  /** Rule index, brand index, category index, cue kind or colour index depending on the owner type. */
  ownerA: Int32Array;
  /** Line index, work index, 1 for a nearby innocent word, the window of a nominative cue. */
  ownerB: Int32Array;
  /** TERM_* and LINE_* flags of brand and line terms (brand-terms.ts). */
  ownerFlags: Uint8Array;
  /** The source phrase of each pattern, for evidence. */
  ownerText: string[];
  /** The rule set's usable rules, each in one shape (see `uniformRule`). */
  rules: CompiledRule[];
  ruleSetVersion: string;
  brands: BrandTables[];
  /** Misspelling payloads below FUZZY_EXEMPT: line `-2 - payload` of `fuzzyLines`. */
  fuzzyLines: Array<{ brand: number; line: number }>;
  /**
   * Chinese names of brands that name their categories, for names written with one character
   * swapped (日默娃 for 日默瓦; three characters or more: indexed by their first and by their second
   * unit code, since a single swap leaves one of the two in place) or with sound-alike characters
   * (精功 for 精工; two characters or more: indexed by the sound keys of their first two).
   */
  hanNames: HanNames;
  /**
   * Brands (of named categories) by the two or three capital letters that begin their name or its
   * consonants ("UG" of Ugreen, "GP" of GoPro, "DW" of DeWalt): written next to an emoji in the
   * brand's category, the brand (judge.ts, emojiAbbreviationSignal).
   */
  emojiAbbreviations: Map<string, number[]>;
  /** The same brand facts packed for the per-listing judgement (see brand-pack.ts). */
  pack: BrandPack;
  colourNames: string[];
  errors: DetectionInputError[];
}

export const FUZZY_EXEMPT = -1;

export interface HanNames {
  brand: number[];
  codes: Int32Array[];
  byFirst: Map<number, number[]>;
  bySecond: Map<number, number[]>;
  bySound: Map<number, number[]>;
}

const HAN_NAME = /^\p{Script=Han}{2,8}$/u;

/** Files a Chinese name (its index in HanNames) under a key of one of the HanNames maps. */
function indexHanName(map: Map<number, number[]>, key: number, index: number): void {
  if (key === 0) return;
  const list = map.get(key) ?? [];
  list.push(index);
  map.set(key, list);
}

export function categoryMask(categories: readonly string[] | undefined): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const id of categories ?? []) {
    const index = CATEGORY_INDEX.get(id);
    if (index === undefined) continue;
    if (index < 32) lo |= 1 << index;
    else hi |= 1 << (index - 32);
  }
  return [lo, hi];
}

/** Ids of rule sets by identity: a rule set is hashed once, not its ~10 MB of JSON per detector. */
const ruleSetIds = new WeakMap<KeywordRuleSet, number>();
let nextRuleSetId = 1;
/** Compiled knowledge by the hash of what it was compiled from, while any detector holds it. */
const compiledByInput = new Map<string, WeakRef<CompiledKnowledge>>();
/** The two compiled most recently asked for, held even when no detector holds them. */
let recentlyCompiled: CompiledKnowledge[] = [];
const RECENT_COMPILED = 2;

/**
 * The compiled form of these inputs, shared by every detector built from the same rule set (the
 * same object), an equal policy and equal brand knowledge, instead of compiled again (~0.5 s and
 * tens of MB for the default rules). Compiled knowledge is never changed after compiling: the
 * automata's hit arrays are scratch, written and read within one synchronous scan, so detectors
 * that share it give the verdicts each would give alone (detector.test.ts scans a split through
 * two sharing detectors in turn). A rule set must not be changed once a detector is built from it.
 */
export function sharedCompiledKnowledge(
  knowledge: BrandKnowledge,
  ruleSet: KeywordRuleSet,
  policy: DetectionPolicy,
): CompiledKnowledge {
  let ruleSetId = ruleSetIds.get(ruleSet);
  if (ruleSetId === undefined) {
    ruleSetId = nextRuleSetId++;
    ruleSetIds.set(ruleSet, ruleSetId);
  }
  const key = createHash('sha256')
    .update(`${ruleSetId}\u0000${JSON.stringify(policy)}\u0000`)
    .update(JSON.stringify(knowledge))
    .digest('base64');
  let compiled = compiledByInput.get(key)?.deref();
  if (compiled === undefined) {
    compiled = compileKnowledge(knowledge, ruleSet, policy);
    if (compiledByInput.size >= 64)
      for (const [k, ref] of compiledByInput) if (ref.deref() === undefined) compiledByInput.delete(k);
    compiledByInput.set(key, new WeakRef(compiled));
  }
  if (recentlyCompiled[0] !== compiled)
    recentlyCompiled = [compiled, ...recentlyCompiled.filter((c) => c !== compiled)].slice(
      0,
      RECENT_COMPILED,
    );
  return compiled;
}

/** The categories of every department one of `categories` is in, the categories themselves too. */
function departmentMask(categories: readonly string[]): [number, number] {
  let [lo, hi] = categoryMask(categories);
  for (const department of DEPARTMENTS)
    if (department.some((id) => categories.includes(id))) {
      const [deptLo, deptHi] = categoryMask(department);
      lo |= deptLo;
      hi |= deptHi;
    }
  return [lo, hi];
}

export function compileKnowledge(
  knowledge: BrandKnowledge,
  ruleSet: KeywordRuleSet,
  policy: DetectionPolicy,
): CompiledKnowledge {
  const patterns: CompiledPattern[] = [];
  const ownerType: number[] = [];
  const ownerA: number[] = [];
  const ownerB: number[] = [];
  const ownerFlags: number[] = [];
  const ownerText: string[] = [];
  const errors: DetectionInputError[] = [];
  const add = (text: string, type: OwnerType, a: number, b: number, flags = 0): boolean => {
    const compiled = compilePattern(text, patterns.length, (flags & LINE_MODEL) !== 0);
    if (!compiled) return false;
    patterns.push(compiled);
    ownerType.push(type);
    ownerA.push(a);
    ownerB.push(b);
    ownerFlags.push(flags);
    ownerText.push(text);
    return true;
  };

  // words that matter only near a keyword hit are looked up around it, on demand (a second, small
  // automaton): common words ("remote", "not", "if") would otherwise be hits in every description
  const contextPatterns: CompiledPattern[] = [];
  const context: ContextOwners = { type: [], a: [], b: [], text: [] };
  const addContext = (text: string, type: OwnerType, a: number, b: number): void => {
    const compiled = compilePattern(text, contextPatterns.length);
    if (!compiled) return;
    contextPatterns.push(compiled);
    context.type.push(type);
    context.a.push(a);
    context.b.push(b);
    context.text.push(text);
  };
  // a rule's word lists (innocent contexts, innocent and required words nearby, required words in the
  // sentence) are compiled once per distinct list: a family of rules shares its lists ("copy",
  // "replica", "dupe" each with the same sixty "this is"/"c'est"/"本店"), and one pattern per rule
  // would make every such word a hit sixty times over. A list's words carry its id (negative) as
  // `a`; ruleWordLists says which lists each rule uses (see ruleUsesList).
  const wordLists = new Map<string, number>();
  const ruleWordLists: number[] = [];
  const listOf = (
    words: readonly string[] | undefined,
    type: OwnerType,
    b: number,
    addWord: (word: string, id: number) => void,
  ): number => {
    if (words === undefined || words.length === 0) return 0;
    const key = `${type}|${b}|${addWord === addMain ? 'main' : 'context'}|${words.join('\u0000')}`;
    let id = wordLists.get(key);
    if (id === undefined) {
      id = -1 - wordLists.size;
      wordLists.set(key, id);
      for (const word of words) addWord(word, id);
    }
    return id;
  };
  const addMain = (phrase: string, id: number): void => {
    add(phrase, OwnerType.Innocent, id, 0);
    // and its plural, as shops write it ("Batch codes are printed on the base" of "batch code")
    const plural = pluralOf(phrase);
    if (plural !== null) add(plural, OwnerType.Innocent, id, 0);
  };
  const rules: CompiledRule[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const ruleIndex = rules.length;
    if (!add(rule.pattern, OwnerType.Rule, ruleIndex, 0)) {
      errors.push({
        pointer: `/rules/${index}/pattern`,
        message: `rule "${rule.id}": pattern ${JSON.stringify(rule.pattern)} has no letters or digits to match`,
      });
      return;
    }
    rules.push(uniformRule(rule));
    ruleWordLists.push(
      listOf(rule.innocentContexts, OwnerType.Innocent, 0, addMain),
      listOf(rule.innocentNearby, OwnerType.Innocent, 1, (w, id) => addContext(w, OwnerType.Innocent, id, 1)),
      listOf(rule.requiresNearby, OwnerType.Required, 0, (w, id) => addContext(w, OwnerType.Required, id, 0)),
      listOf(rule.requiresInSentence, OwnerType.Required, REQUIRED_IN_SENTENCE, (w, id) =>
        addContext(w, OwnerType.Required, id, REQUIRED_IN_SENTENCE),
      ),
    );
  });
  for (const cue of ruleSet.negationCues ?? [])
    addContext(
      cue,
      OwnerType.Cue,
      CueKind.Negation,
      isOneHanCharacter(cue) || TOUCHING_NEGATIONS.has(cue) ? 1 : 0,
    );
  for (const cue of ruleSet.negationAfterCues ?? [])
    addContext(cue, OwnerType.Cue, CueKind.Negation, NEGATION_AFTER);
  for (const cue of ruleSet.discussionCues ?? []) addContext(cue, OwnerType.Cue, CueKind.Discussion, 0);
  for (const cue of ruleSet.nominativeCues ?? [])
    add(cue, OwnerType.Nominative, 0, BARE_FOR.has(cue.trim().toLowerCase()) ? FOR_WINDOW : CUE_WINDOW);
  // a noun after the brand ("Apple Watch band", "iPhone case") must follow it directly
  for (const cue of ruleSet.nominativeAfterCues ?? [])
    add(
      cue,
      OwnerType.Cue,
      CueKind.NominativeAfter,
      /^[\p{L}\s-]+$/u.test(cue) && !AFTER_CUES_AT_A_DISTANCE.test(cue) ? 0 : AFTER_WINDOW,
    );
  for (const cue of ruleSet.licensedReproductionCues ?? []) add(cue, OwnerType.Licensed, 0, 0);
  const cues: Array<[readonly string[] | undefined, CueKind]> = [
    [ruleSet.thirdPartyCues, CueKind.ThirdParty],
    [ruleSet.promotionCues, CueKind.Promotion],
    [ruleSet.usedConditionCues, CueKind.UsedCondition],
    [ruleSet.newConditionCues, CueKind.NewCondition],
    [ruleSet.lowPriceCues, CueKind.LowPrice],
    [COLOUR_FOLLOWERS, CueKind.ColourFollower],
    [COLOUR_LABELS, CueKind.ColourLabel],
    [GAME_WORDS, CueKind.Games],
    [SELLER_STORY_PHRASES, CueKind.SellerStory],
  ];
  for (const [list, kind] of cues) for (const cue of list ?? []) add(cue, OwnerType.Cue, kind, 0);
  // a missing proof is of the papers (b = 1) or of the packaging (b = 0): both missing are two cues
  for (const cue of [...PROVENANCE_MISSING_PHRASES, ...PROVENANCE_MISSING_PHRASES_JA])
    add(cue, OwnerType.Cue, CueKind.NoProvenance, provenanceProofKind(cue));
  // "gift" alone (b = 2): the gift story only as a phrase of its own in the title (listing-context.ts)
  for (const cue of GIFT_WORDS) add(cue, OwnerType.Cue, CueKind.SellerStory, GIFT_WORD);
  // the gift story is the seller-story cue with b = 1, so that a gift and a hurry count as two
  for (const cue of GIFT_STORY_PHRASES) add(cue, OwnerType.Cue, CueKind.SellerStory, 1);
  for (const cue of GAME_WORDS_SINGULAR) add(cue, OwnerType.Cue, CueKind.Games, GAMES_SINGULAR);
  for (const cue of GAME_COUNTERS_BUILT_IN) add(cue, OwnerType.Cue, CueKind.Games, GAMES_COUNTED_BUILT_IN);
  for (const cue of STOCK_DEVICE_PHRASES) add(cue, OwnerType.Cue, CueKind.StockDevice, 0);
  for (const cue of STOCK_DEVICE_DENIALS) add(cue, OwnerType.Cue, CueKind.StockDevice, 1);
  for (const disc of DISC_TERMS) add(disc, OwnerType.Disc, 0, 0);
  CATEGORY_IDS.forEach((id, index) => {
    for (const word of [...CATEGORY_WORDS[id].en, ...CATEGORY_WORDS[id].zh])
      add(word, OwnerType.Category, index, 0);
  });
  for (const word of [...PART_WORDS.en, ...PART_WORDS.zh]) add(word, OwnerType.Part, 0, 0);

  const colourNames = Object.keys(COLOUR_SYNONYMS);
  colourNames.forEach((colour, colourIndex) => {
    for (const synonym of COLOUR_SYNONYMS[colour]!) add(synonym, OwnerType.Colour, colourIndex, 0);
  });

  const fuzzyTerms: FuzzyTerm[] = [];
  const titleOnly: Array<[string, number]> = [];
  const fuzzyLines: Array<{ brand: number; line: number }> = [];
  const hanNames: HanNames = {
    brand: [],
    codes: [],
    byFirst: new Map(),
    bySecond: new Map(),
    bySound: new Map(),
  };
  const brands: BrandTables[] = [];
  for (const brand of knowledge.brands) {
    const brandIndex = brands.length;
    const commonWords = new Set((brand.commonWordTerms ?? []).map((t) => t.toLowerCase()));
    const seen = new Set<string>();
    const names = new Set([brand.name, ...(brand.aliases ?? [])].map((t) => t.toLowerCase()));
    for (const term of spellingsOf(brand)) {
      const lower = term.toLowerCase();
      if (seen.has(lower)) continue;
      seen.add(lower);
      const isCommon = commonWords.has(lower);
      const short = isLatin(term) && alnumLength(term) <= 3;
      const flags =
        (isCommon ? TERM_COMMON : 0) |
        (short ? TERM_SHORT : 0) |
        (names.has(lower) ? 0 : TERM_PROTECTED) |
        (FUNCTION_WORDS.has(lower.trim()) ? TERM_WORD : 0);
      if (!add(term, OwnerType.BrandTerm, brandIndex, isCommon ? 1 : 0, flags)) continue;
      const compiled = patterns[patterns.length - 1]!;
      // misspellings of the name and aliases; of a protected term only when it is long ("creami" is near "cream")
      if (
        HAN_NAME.test(term) &&
        names.has(lower) &&
        (brand.categories ?? []).length > 0 &&
        compiled.codes.length >= 2
      ) {
        const index = hanNames.brand.length;
        // one code per character: the skeleton keeps 周生生 as 周 + 生×2, but a seller swapping
        // the second 生 (周升生, 周生笙) writes three characters that are compared one by one
        const codes = expandRuns(compiled.codes, compiled.runs);
        hanNames.brand.push(brandIndex);
        hanNames.codes.push(codes);
        indexHanName(hanNames.bySound, soundPairKey(codes[0]!, codes[1]!), index);
        // a swapped character must fall in the name proper: 吉田官 is no 吉田包, 韩国免 no 韩国后
        const proper = nameProperOf(term);
        if (proper.length >= 3 && codes.length === [...term].length) {
          const properCodes = codes.slice(proper.start, proper.start + proper.length);
          const properIndex = properCodes.length === codes.length ? index : hanNames.brand.length;
          if (properIndex !== index) {
            hanNames.brand.push(brandIndex);
            hanNames.codes.push(properCodes);
          }
          indexHanName(hanNames.byFirst, properCodes[0]!, properIndex);
          indexHanName(hanNames.bySecond, properCodes[1]!, properIndex);
        }
      }
      if (isLatin(term) && (names.has(lower) || alnumLength(term) >= 8))
        fuzzyTerms.push({
          codes: compiled.codes,
          expandedLength: expandedLength(compiled),
          payload: brandIndex,
          // a four-letter name tolerates one edit ("Bosee", "Sonny"): counted only in the brand's category
          ...(expandedLength(compiled) === 4 && names.has(lower) ? { limit: 1 } : {}),
          ...(names.has(lower) ? {} : { inflects: true }),
        });
    }
    // names written the way they sound ("Tumy", "Haygen", "Seventymai"): exact misspellings
    if ((brand.categories ?? []).length > 0)
      for (const name of [brand.name, ...(brand.aliases ?? [])])
        for (const spelling of soundSpellings(name)) {
          const compiled = compilePattern(spelling, -1);
          if (compiled)
            fuzzyTerms.push({
              codes: compiled.codes,
              expandedLength: expandedLength(compiled),
              payload: brandIndex,
              limit: 1,
              exact: true,
            });
        }
    for (const nickname of derivedNicknames(brand))
      add(nickname, OwnerType.BrandTerm, brandIndex, 0, TERM_DERIVED);
    // nicknames the rights holder lists are read like derived ones: only in the brand's categories
    for (const nickname of brand.nicknames ?? [])
      add(nickname, OwnerType.BrandTerm, brandIndex, 0, TERM_DERIVED);
    for (const abbreviation of derivedAbbreviations(brand)) titleOnly.push([abbreviation, brandIndex]);

    (brand.productLines ?? []).forEach((line, lineIndex) => {
      for (const term of lineTerms(line)) {
        if (!add(term.text, OwnerType.ProductLine, brandIndex, lineIndex, term.flags)) continue;
        const compiled = patterns[patterns.length - 1]!;
        // misspelled line names ("Submarinner"), not codes
        if (
          isLatin(term.text) &&
          !/\d/.test(term.text) &&
          !(term.flags & LINE_MODEL) &&
          alnumLength(term.text) >= 8
        ) {
          fuzzyTerms.push({
            codes: compiled.codes,
            expandedLength: expandedLength(compiled),
            payload: -2 - fuzzyLines.length,
            inflects: true,
          });
          fuzzyLines.push({ brand: brandIndex, line: lineIndex });
        }
      }
    });
    const seenShort = new Set<string>();
    for (const [lineIndex, term] of lineShortForms(brand.productLines ?? [])) {
      const key = `${lineIndex}:${term.text.toLowerCase()}`;
      if (seenShort.has(key)) continue;
      seenShort.add(key);
      add(term.text, OwnerType.ProductLine, brandIndex, lineIndex, term.flags);
    }
    (brand.works ?? []).forEach((work, workIndex) => {
      for (const title of workTitles([work.title, ...(work.aliases ?? [])]))
        add(title, OwnerType.Work, brandIndex, workIndex);
    });
    const countries = new Set((brand.manufacturingCountries ?? []).map(countryCode));
    const [categoryLo, categoryHi] = categoryMask(brand.categories);
    const [departmentLo, departmentHi] = departmentMask([
      ...(brand.categories ?? []),
      ...(brand.productLines ?? []).flatMap((line) => (line.category ? [line.category] : [])),
    ]);
    const categoryPrices = buildCategoryPrices(brand, policy);
    brands.push({
      brand,
      prices: buildBrandPriceModel(brand, policy),
      categoryPrices,
      cheapestCategories: [...categoryPrices]
        .filter(([, stats]) => stats.new !== null)
        .map(([index, stats]) => ({ index, stats }))
        .sort((a, b) => a.stats.new!.min - b.stats.new!.min),
      authorizedSellers: new Set(brand.authorizedSellers ?? []),
      manufacturingCountries: countries,
      manufacturingList: [...countries].join(', '),
      lineCountries: (brand.productLines ?? []).map((line) =>
        line.manufacturingCountries && line.manufacturingCountries.length > 0
          ? new Set(line.manufacturingCountries.map(countryCode))
          : null,
      ),
      lineCategory: (brand.productLines ?? []).map((line) =>
        line.category ? (CATEGORY_INDEX.get(line.category) ?? -1) : -1,
      ),
      linePart: (brand.productLines ?? []).map((line) =>
        namesPart([line.name, ...(line.shortNames ?? [])].join(' ').toLowerCase()),
      ),
      categoryLo,
      categoryHi,
      departmentLo,
      departmentHi,
      brandColours: new Set(),
      lineColours: [],
      // literal spellings, and Chinese ones also without their spaces ("兰亭 青瓷" is written 兰亭青瓷)
      spellings: new Set(
        spellingsOf(brand).flatMap((t) => {
          const literal = literalForm(t);
          return /\p{Script=Han}/u.test(literal) ? [literal, literal.replace(/\s+/g, '')] : [literal];
        }),
      ),
      spellingWords: new Set(spellingsOf(brand).flatMap((s) => literalForm(s).split(' '))),
      registeredWords: registeredWordsOf(brand),
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

  // abbreviations a brand did not register ("PP", "SNY") are looked for in titles only, by an
  // automaton of their own: thousands of two- to four-letter words would be hits in every
  // description. Their owners follow the main automaton's, so its payloads stay its indices.
  const titlePatterns: CompiledPattern[] = [];
  for (const [text, brandIndex] of titleOnly) {
    const compiled = compilePattern(text, ownerType.length);
    if (!compiled) continue;
    titlePatterns.push(compiled);
    ownerType.push(OwnerType.BrandTerm);
    ownerA.push(brandIndex);
    ownerB.push(0);
    ownerFlags.push(TERM_DERIVED | TERM_SHORT);
    ownerText.push(text);
  }
  const automaton = new PatternAutomaton(patterns);
  const owners = {
    ownerType: Uint8Array.from(ownerType),
    ownerA: Int32Array.from(ownerA),
    ownerB: Int32Array.from(ownerB),
    ownerFlags: Uint8Array.from(ownerFlags),
  };
  for (const tables of brands) {
    tables.brandColours = coloursIn(automaton, owners, tables.brand.colours ?? []);
    tables.lineColours = (tables.brand.productLines ?? []).map((line) =>
      coloursIn(automaton, owners, line.colours ?? []),
    );
  }
  return {
    automaton,
    contextAutomaton: new PatternAutomaton(contextPatterns),
    ruleWordLists: Int32Array.from(ruleWordLists),
    titleAutomaton: new PatternAutomaton(titlePatterns),
    context,
    fuzzy: new FuzzyIndex(fuzzyTerms),
    ...owners,
    ownerText,
    rules,
    ruleSetVersion: ruleSet.version,
    brands,
    fuzzyLines,
    hanNames,
    emojiAbbreviations: emojiAbbreviationsOf(brands.map((tables) => tables.brand)),
    pack: packBrands(brands, colourNames.length),
    colourNames,
    errors,
  };
}

function isOneHanCharacter(text: string): boolean {
  return /^\p{Script=Han}$/u.test(text.trim());
}

function expandedLength(pattern: CompiledPattern): number {
  let total = 0;
  for (const run of pattern.runs) total += run;
  return total;
}

function isLatin(term: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(term.normalize('NFKC'));
}

function alnumLength(term: string): number {
  return (term.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Skeleton codes with each unit repeated by its run length. */
function expandRuns(codes: Int32Array, runs: Uint16Array): Int32Array {
  let length = 0;
  for (let i = 0; i < codes.length; i++) length += Math.max(runs[i]!, 1);
  if (length === codes.length) return codes;
  const out = new Int32Array(length);
  let at = 0;
  for (let i = 0; i < codes.length; i++)
    for (let r = 0; r < Math.max(runs[i]!, 1); r++) out[at++] = codes[i]!;
  return out;
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

// the general path: keeps the fast path's type feedback to listing text (see NormalizerOptions)
const normalizerForColours = new TextNormalizer({ fastPath: false });

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

/** See CompiledKnowledge.emojiAbbreviations; a brand written out in two or three letters is left out. */
function emojiAbbreviationsOf(brands: readonly Brand[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  brands.forEach((brand, index) => {
    if ((brand.categories ?? []).length === 0) return;
    const letters = brand.name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    if (letters.length < 4) return;
    const consonants = letters[0] + letters.slice(1).replace(/[aeiouy]/g, '');
    const keys = new Set<string>();
    // no vowel after the first letter: "NEW", "HOT", "GO" are words, not a brand's letters
    for (const form of [letters, consonants])
      for (let k = 2; k <= 3 && k < form.length; k++)
        if (!/[aeiouy]/.test(form.slice(1, k))) keys.add(form.slice(0, k));
    // the initials of its words or word parts, vowels or not ("ON" of Optimum Nutrition, "BV" of
    // BlackVue, "XJ" of an alias "XJ 1861")
    for (const name of [brand.name, ...(brand.aliases ?? [])]) {
      const initials = wordInitials(name);
      if (initials !== null) keys.add(initials);
    }
    for (const key of keys) {
      const list = map.get(key) ?? [];
      list.push(index);
      map.set(key, list);
    }
  });
  return map;
}

/**
 * The initials of a Latin name's words, a word in capitals of two or three letters kept whole, and
 * of the parts of a word written in camel case ("BlackVue" -> "bv", "Optimum Nutrition" -> "on",
 * "XJ 1861" -> "xj"), when they are two or three letters; else null.
 */
export function wordInitials(name: string): string | null {
  if (!/^[\p{Script=Latin}\s\-&'’.\d]+$/u.test(name)) return null;
  let initials = '';
  for (const word of name.split(/[\s\-&.]+/)) {
    if (!/^[A-Za-z]/.test(word)) continue;
    if (/^[A-Z]{2,3}$/.test(word)) initials += word;
    else for (const part of word.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? []) initials += part[0];
  }
  return initials.length >= 2 && initials.length <= 3 ? initials.toLowerCase() : null;
}

/**
 * The English plural of a phrase of two words or more that ends in a noun-like Latin word ("batch
 * code" -> "batch codes", "usb type a" -> none); null when it has none to add.
 */
export function pluralOf(phrase: string): string | null {
  const m = /^(.+\s)([a-z]{3,})$/i.exec(phrase.trim());
  if (!m) return null;
  const last = m[2]!.toLowerCase();
  if (FUNCTION_WORDS.has(last) || /(?:s|ss|ing|ed|ly|ful|able|ible|ive|ous)$/.test(last)) return null;
  const suffix = /(?:x|ch|sh|z)$/.test(last) ? 'es' : /[^aeiou]y$/.test(last) ? 'ies' : 's';
  const stem = suffix === 'ies' ? m[2]!.slice(0, -1) : m[2]!;
  return `${m[1]}${stem}${suffix}`;
}

/** See BrandTables.registeredWords. */
function registeredWordsOf(brand: Brand): Set<string> {
  const words = new Set<string>();
  const names = [...spellingsOf(brand)];
  for (const line of brand.productLines ?? [])
    names.push(line.name, ...(line.aliases ?? []), ...(line.shortNames ?? []));
  for (const name of names)
    for (const word of literalForm(name).split(/[^\p{L}\p{N}]+/u))
      if (/^[a-z]{3,}$/.test(word)) words.add(word);
  return words;
}

/** Whether names (lower case) hold a word of PART_WORDS: English as a whole word, Chinese anywhere. */
function namesPart(names: string): boolean {
  for (const word of PART_WORDS.zh) if (names.includes(word)) return true;
  for (const word of PART_WORDS.en)
    for (let at = names.indexOf(word); at >= 0; at = names.indexOf(word, at + 1)) {
      const before = at > 0 ? names.charAt(at - 1) : ' ';
      const after = names.charAt(at + word.length) || ' ';
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    }
  return false;
}

/** A keyword rule as the judge reads it: every field present, absent ones undefined. */
export type CompiledRule = { readonly [K in keyof KeywordRule]-?: KeywordRule[K] | undefined } & {
  readonly id: string;
  readonly pattern: string;
  readonly kind: KeywordRule['kind'];
  readonly severity: number;
};

/**
 * A copy of `rule` with every field, in one order. Rules come from JSON with different optional
 * fields, so as they are each has its own hidden class, and the judge's reads of a rule's fields
 * (kind, severity, needsBrand, brandWithin, … for every rule hit of every listing) went through
 * V8's megamorphic look-up; one shape keeps them monomorphic. Absent fields read as undefined
 * either way.
 */
function uniformRule(rule: KeywordRule): CompiledRule {
  return {
    id: rule.id,
    pattern: rule.pattern,
    kind: rule.kind,
    severity: rule.severity,
    innocentContexts: rule.innocentContexts,
    innocentNearby: rule.innocentNearby,
    licensedContextInnocent: rule.licensedContextInnocent,
    stockDeviceInnocent: rule.stockDeviceInnocent,
    innocentShipFrom: rule.innocentShipFrom,
    categories: rule.categories,
    needsBrand: rule.needsBrand,
    brandFreeCategories: rule.brandFreeCategories,
    brandWithin: rule.brandWithin,
    brandBefore: rule.brandBefore,
    lineBefore: rule.lineBefore,
    titleOnly: rule.titleOnly,
    requiresNearby: rule.requiresNearby,
    nearbyFreeCategories: rule.nearbyFreeCategories,
    requiresInSentence: rule.requiresInSentence,
    nominativeInnocent: rule.nominativeInnocent,
  };
}
