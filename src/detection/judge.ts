/**
 * The judgement of one scan (step 4 of the pipeline in docs/detection.md): from the verified hits
 * of both fields to the Verdict. The listing's categories and listing-wide cues are read first
 * (listing-context.ts), brand mentions resolved (mentions.ts); then keyword rules are weighed
 * against their contexts (innocent phrases, negations, licensed reproductions, nominative use,
 * generic terms that need a brand), disguised brands reported, indicators computed for the primary
 * brand (indicators.ts), and the signals scored and mapped to an action.
 */

import { literalForm, TERM_DERIVED, TERM_PROTECTED, TERM_SHORT } from './brand-terms.ts';
import {
  type CompiledKnowledge,
  type CompiledRule,
  CueKind,
  categoryMask,
  GAMES_COUNTED_BUILT_IN,
  GAMES_SINGULAR,
  OwnerType,
} from './compile.ts';
import {
  discussedNearby,
  innocentContext,
  innocentNearby,
  negatedBy,
  requiredInSentence,
  requiredNearby,
  sentenceUnits,
  wordsBetween,
} from './contexts.ts';
import { FUNCTION_WORDS } from './data/vocabulary.ts';
import { DISGUISED_NAME_WEIGHT, DisguisedNameReader, likenessTalkAfter } from './disguised-names.ts';
import { disownedBrand } from './disowned-brand.ts';
import { describeObfuscation, type Hit, round, type SignalFactory } from './evidence.ts';
import { isNameProper } from './han-name-parts.ts';
import { DEFAULT_PRICE_RATIOS, IndicatorChecker } from './indicators.ts';
import { inflectedName } from './inflected-name.ts';
import {
  ContextReader,
  categoriesOf,
  type ListingContext,
  licenceAffirmed,
  sentenceOfItsOwn,
} from './listing-context.ts';
import {
  type CompiledPattern,
  OBFUSCATION_HOMOGLYPH,
  OBFUSCATION_LEET,
  OBFUSCATION_SEPARATORS,
} from './matcher.ts';
import { CatState, Mention, MentionResolver, NO_BRAND, spanText } from './mentions.ts';
import type { NormalizedView } from './normalize.ts';
import { HAN_NUMERAL_CHARS, readCount, THOUSAND_WORDS } from './numerals.ts';
import { reproducedObject } from './object-reproduction.ts';
import { channelSymbolInSentence, onPlatformChannel } from './on-platform.ts';
import { preOrderShippingFrom } from './pre-order.ts';
import { decideAction, scoreSignals } from './scoring.ts';
import { SKELETON_MAX_RUN, skeletonOf } from './skeleton.ts';
import type { DetectionPolicy, ListingInput, Signal, TextSpan, Verdict } from './types.ts';

export const FIELD_TITLE = 0;

/**
 * A reissue or recreation of a past product ("The Spectrum 48K reissue, licensed recreation",
 * "officially licensed re-release", 授权复刻): with a licence affirmed, it is another product than
 * the vintage line it recreates, made and priced anew; the line's price, origin and colours say
 * nothing of it. Read only in a listing with a licence cue; 复刻 only as 授权复刻 or 官方复刻, for
 * alone it is also the copy trade's word ("官方授权 非复刻" denies a copy).
 */
const REISSUE =
  /\b(?:re-?issue[sd]?|re-?creation|re-?release[sd]?|re-?edition|remake|r[ée]-?[ée]dition|neuauflage|riedizione|reedición|reedicion)\b|(?:授权|授權|官方)(?:复刻|復刻)/i;
const LICENSED_REISSUE =
  'a licensed reissue or recreation: another product than the past line, its price and origin not judged against it';
const CODE_DISGUISES = OBFUSCATION_LEET | OBFUSCATION_SEPARATORS | OBFUSCATION_HOMOGLYPH;
const DEFAULT_DESCRIPTION_WEAK_FACTOR = 0.6;
const MISSPELLED_IN_CATEGORY_FACTOR = 2.1;
/** Context words are looked for this many units before and after a keyword hit (~8 words). */
const CONTEXT_UNITS = 48;
const GAME_COUNT_RULE = 'piracy.game-count';
// an emoji (or circled or squared letter), then at most two spaces or variation selectors
const EMOJI = /\p{Extended_Pictographic}/u;
const EMOJI_TOUCHING_BEFORE = /[\p{Extended_Pictographic}\u{1f100}-\u{1f1ff}]\ufe0f?$/u;
const EMOJI_TOUCHING_AFTER = /^[\p{Extended_Pictographic}\u{1f100}-\u{1f1ff}]/u;
const EMOJI_NEAR_BEFORE =
  /[\p{Extended_Pictographic}\u2460-\u24ff\u{1f100}-\u{1f1ff}](?:\s|\ufe0f|\u200d){0,2}$/u;
const EMOJI_NEAR_AFTER = /^(?:\s|\ufe0f){0,2}[\p{Extended_Pictographic}\u2460-\u24ff\u{1f100}-\u{1f1ff}]/u;
const GAME_COUNT_SEVERITY = 0.88;
/** Emoji in place of the brand's name before one of its lines: a weak disguise (see emojiForBrandSignal). */
const EMOJI_FOR_BRAND_WEIGHT = 0.2;
/** A line named without its brand, beside a strongly low price: 0.3 + 0.15 flags (0.41), 0.25 does not. */
const BRAND_UNWRITTEN_WEIGHT = 0.15;
/** Latin letters and digits right before 厂, not 厂家/厂商/厂区/厂房/厂长 (see factoryCodeSignal). */
const FACTORY_CODE = /(?<![A-Za-z0-9])([A-Za-z0-9]{1,5})\s?厂(?![家商区房长址])/g;
const FACTORY_CODE_SEVERITY = 0.8;
/** An admission that names the brand it disowns (disowned-brand.ts), weighed as the admission rules. */
const DISOWNED_BRAND_SEVERITY = 0.85;
const BARE_UNIT_COUNT: Readonly<Record<string, number>> = { 千: 1000, 万: 10_000, 萬: 10_000 };
/** Fewer games than this may be a legitimate bundle. */
const MIN_PIRATED_GAMES = 50;
/** Official retro consoles carry up to about a hundred games. */
const MAX_OFFICIAL_GAMES = 200;
const OFFICIAL = /\bofficial(?:ly)?\b|官方|正版|官方授权/i;
// a count in digits or Chinese numerals ("20,000", "三万", "一万五千", "2.5万"); see numerals.ts
// or a figure with a word for a thousand ("15k", "8 mil", "10 ribu"), not the start of a word ("8 miles")
const COUNT = `\\d+(?:[.,]\\d+)?\\s*(?:${THOUSAND_WORDS.join('|')})(?![A-Za-z\\u00c0-\\u1ef9])|\\d[\\d,.\\s]*\\d[万萬]?|\\d[万萬]?|[${HAN_NUMERAL_CHARS}]+`;
// the count, its counter (款, 本 in Japanese: "5000本のゲーム") and at most one word of what kind of
// games ("6,000 arcade games", "500 retro juegos", 两万款怀旧游戏), not a unit ("64 bit games", "120 fps
// games"), nor the second figure of a specification ("16/512 global ROM": memory and storage)
const GAME_COUNT_BEFORE = new RegExp(
  `(?<![\\d/])(${COUNT})\\s*\\+?\\s*(?:款[\\u4e00-\\u9fff]{0,3}|个|個|本の?|種類の?|in)?[\\s-]*(?:(?!(?:bits?|fps|players?|inch|hz)[\\s-])[A-Za-z]{3,}[\\s-]+)?$`,
  'i',
);
/** Consoles in the taxonomy: where titles counted with 款 and said built in are games ("一万五千款内置"). */
const [CONSOLES_LO, CONSOLES_HI] = categoryMask(['game-consoles']);
const GAME_COUNT_AFTER = new RegExp(`^\\s*(\\d[\\d,]*|[${HAN_NUMERAL_CHARS}]+)\\s*(?:款|个|個|本|種類|\\+)`);
/** Characters before a games word in which its count is looked for. */
const GAME_COUNT_WINDOW = 24;
/** "free" after a hyphen right after a term: "jailbreak-free", "mod-free" (a compound of absence). */
const FREE_OF = /^free\b/i;
/** A year, not a count, before a singular games word ("1989 Game Boy"). */
const YEAR = /^(?:19[5-9]\d|20[0-3]\d)$/;
/**
 * Games a device comes with, counted in the Chinese way anywhere in the same text: "内置两万款",
 * "自带三万款", "预装5000款", "收录一万个" (built in, preloaded, included: N titles).
 */
const BUILT_IN_COUNT = new RegExp(
  `(?:内置|自带|预装|装有|收录|多达|预载|送|內置|自帶|預裝|預載)\\s*(${COUNT})\\s*\\+?\\s*(?:款|个|部|個)`,
);

/** Capital letters standing alone, possibly split by dots or hyphens: "G", "SLM", "S-L-M", "L.G.S". */
const HAN = /\p{Script=Han}/u;
// Latin letters and digits bound a token; a Chinese character does not ("MCL浩悦4+")
const INITIALS = /(?<![\p{Script=Latin}\p{N}])([A-Z](?:[.-]?[A-Z]){0,4})(?![\p{Script=Latin}\p{N}])/gu;

/** The letters are letters of the name in order, starting with its first ("SLM" of Salomon). */
function lettersOf(name: string, letters: string): boolean {
  const plain = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (plain.length === 0 || plain[0] !== letters[0]) return false;
  let at = 1;
  for (let k = 1; k < letters.length; k++) {
    at = plain.indexOf(letters[k]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The letters begin the name and are not a whole word of it ("SAM" of Samsung, not "NEW" of New Balance). */
function prefixOf(name: string, letters: string): boolean {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z\s]/g, '')
    .split(/\s+/);
  return words.join('').startsWith(letters) && !words.includes(letters);
}

/**
 * A title that says the item carries no brand ("no brand", "unbranded", "generic", 无品牌): what it
 * shares with a brand is a word ("Off-white linen shirt", "canvas tote bag"), so the brand's price,
 * colour and origin do not apply. Not "no brand name in title", "unbranded but identical" or an
 * "unbranded box" (concealment and OEM claims), whose text signals count anyway, nor "no logo issue"
 * ("the missing logo is no problem": a copy of the line without its mark).
 */
/** Claims of an export order's goods: 原单, 尾单, 外贸 (see the unbranded check in innocence). */
const EXPORT_ORDER = /原单|尾单|外贸/;
const UNBRANDED =
  /\bno[ -]?brand\b(?![ -]*(?:name|tag|logo|in\b))|\bunbranded\b(?![ -]*(?:but|box|bag|packag|tag|version|edition))|\bgeneric\b|无品牌|无牌(?!子)|无logo|\bno[ -]?logo\b(?![ -]*(?:stamp|sticker|tag|label|print|version|on\b|issues?\b|problems?\b|worries\b|concerns?\b))|无印花|无图案|无商标/i;

/**
 * A title that says the item is of another brand, the shop's own or a local one ("store brand",
 * "local brand", "own-brand", "house brand", "private label", 自有品牌): what it shares with a
 * brand is a product's generic name ("Lip sleeping mask berry scent, store brand"), so the brand's
 * price, colour and origin do not apply, as for an unbranded item.
 */
const ANOTHER_BRAND =
  /\b(?:store|shop|local|own|house|supermarket|private)[ -]?(?:brand|label)\b|\bprivate[ -]label\b|自有品牌|店铺自营品牌/i;
/**
 * UNBRANDED or ANOTHER_BRAND in one pass over the title (same flags: a top-level alternation matches
 * where either would), where every branded listing asks both (~0.1 µs a title saved).
 */
const UNBRANDED_OR_ANOTHER_BRAND = new RegExp(`${UNBRANDED.source}|${ANOTHER_BRAND.source}`, 'i');

/**
 * A title offering a guide or a service about telling fakes from genuine goods ("Authentication
 * Service", "How to Spot a Fake", 如何辨别, 鉴定入门): not goods of the brands it names. Not "passes
 * legit checks" (a copy's boast), in the languages sellers write it ("pasado sa legit check",
 * "przechodzi legit check", "legit checkten geçer", "legit check safe").
 */
const ABOUT_FAKES =
  /authentication (?:service|guide)|how to (?:spot|tell)|spot (?:a |the )?fakes?\b|(?<!(?:pass(?:es|ed)?|will pass(?: any)?|passes (?:any|all)|pasado(?: sa)?|pasok sa|papasa sa|przechodzi|przejdzie|projde|prejde|átmegy a|trece(?: de)?|prolazi|περνάει|lolos|pasa(?: el)?|passa(?: no| il)?|passe le|besteht (?:jeden|den)|komt door de|klarar) )legit check(?!(?:ten|en|em)\b|s? safe)|fake vs\.? real|real vs\.? fake|鉴定入门|鉴定服务|如何辨别|如何鉴别|如何识别|辨别真假|鉴别真假|识别复刻|真假对比|鉴定指南|鉴别指南/i;

/** Off-platform contact rules at least this severe keep their weight in a description. */
const OFFSITE_FULL_SEVERITY = 0.4;

/** Kinds of explicit copy claims: a disclaimer of affiliation does not excuse them. */
const EXPLICIT_KINDS: ReadonlySet<string> = new Set(['marker', 'coded', 'oem_leak']);

/** Kinds that are weak cues: they count only for a primary brand, and less in a description. */
const WEAK_KINDS: ReadonlySet<string> = new Set([
  'weak_quality_claim',
  'factory_direct',
  'stock_variety',
  'contact_offsite',
]);

/**
 * One word of letters, no grade ("aaa") and no phrase: the copy noun of a marker ("fakes", "reps",
 * "clones"), which a listing may use of copies elsewhere (textSignals).
 */
const COPY_NOUN = /^(?!.*(\p{L})\1\1)\p{L}+$/u;

export class Judge {
  private readonly indicators: IndicatorChecker;
  private readonly contexts: ContextReader;
  private readonly mentions: MentionResolver;
  private readonly disguisedNames: DisguisedNameReader;
  private readonly signalFor: SignalFactory = (hit, kind, rule, weight, detail, brandId) =>
    this.signal(hit, kind, rule, weight, detail, brandId);
  /** Skeleton string of each pattern, for hits shaped exactly like it (most of them): built once. */
  private readonly skeletons: Array<string | undefined>;
  private readonly descriptionWeakFactor: number;
  /** Rules whose pattern mixes digits and letters ("7a", "5a quality"): codes are read literally. */
  private readonly codeRules: Uint8Array;
  /** Per rule: the Latin words of its pattern, or null when it has other characters (see ownWord). */
  private readonly ruleWords: Array<string[] | null>;
  /** Hits of the context automaton around the keyword hit being judged (see contextAround). */
  private readonly contextHits: Hit[] = [];
  // the scan being judged
  private listing: ListingInput | null = null;
  /**
   * Whether the title is about spotting fakes (ABOUT_FAKES), read on first use: -1 not yet read.
   * Only rule hits of explicit kinds and a primary brand's indicators ask, so most listings never
   * pay for the pattern (~0.2 µs a title).
   */
  private aboutFakesState = -1;
  private views: readonly NormalizedView[] = [];
  private judgedHits: readonly Hit[] = [];
  private judgedHitCount = 0;
  /** The signal of letters beside an emoji only ("SC 🪑"), if any: it needs a price or bulk cue. */
  private weakLetters: Signal | null = null;

  constructor(
    private readonly compiled: CompiledKnowledge,
    private readonly policy: DetectionPolicy,
    private readonly nowMs: number,
  ) {
    this.indicators = new IndicatorChecker(compiled, policy);
    this.contexts = new ContextReader(compiled);
    this.mentions = new MentionResolver(compiled);
    this.disguisedNames = new DisguisedNameReader(compiled.brands.map((tables) => tables.brand));
    this.skeletons = new Array<string | undefined>(compiled.automaton.patterns.length);
    this.descriptionWeakFactor = policy.descriptionWeakFactor ?? DEFAULT_DESCRIPTION_WEAK_FACTOR;
    this.ruleWords = compiled.rules.map((rule) => {
      const words = literalForm(rule.pattern).split(' ');
      return words.every((w) => /^[a-z]{3,}$/.test(w)) ? words : null;
    });
    this.codeRules = Uint8Array.from(compiled.rules, (rule) =>
      /\d/.test(rule.pattern) && /\p{L}/u.test(rule.pattern) ? 1 : 0,
    );
  }

  judge(
    listing: ListingInput,
    views: readonly NormalizedView[],
    hits: readonly Hit[],
    hitCount: number,
  ): Verdict {
    this.listing = listing;
    this.views = views;
    this.judgedHits = hits;
    this.judgedHitCount = hitCount;
    this.weakLetters = null;
    this.aboutFakesState = -1;
    const signals: Signal[] = [];
    const suppressed: string[] = [];
    // 1. what the listing is, and which brands it names
    const ctx = this.contexts.read(
      listing.category,
      hits,
      hitCount,
      listing.title,
      views[0],
      listing.description,
      views[1],
    );
    // a licence named only to deny it ("不是官方正版") makes no licensed reproduction
    if (ctx.licensed)
      ctx.licensed = licenceAffirmed([listing.title, listing.description], views, hits, hitCount);
    const mentions = this.mentions;
    mentions.resolve(listing, ctx, views, hits, hitCount, suppressed);
    // letters standing for the brand's name before one of its lines ("G📷 HERO13", "KRV tote · Ondina")
    if (mentions.touched.length > 0) this.initialsSignal(listing, signals);
    const named = ctx.catLo !== 0 || ctx.catHi !== 0;
    // the title is tested for an emoji once, and only when one of the two readers below may run
    const emoji =
      (mentions.touched.length > 0 || (named && !ctx.fromDescription)) && EMOJI.test(listing.title);
    // emoji written where the brand's name goes, before one of its lines ("🌊🏃 Wave Rider 28")
    if (mentions.touched.length > 0 && emoji) this.emojiForBrandSignal(listing, hits, hitCount, signals);
    // letters of a brand no word names, next to an emoji, in its category ("UG⚡ 充电头")
    if (named && !ctx.fromDescription && emoji) this.emojiAbbreviationSignal(listing, ctx, signals);
    // a name cut to its consonants or first letters, or a Chinese name cut short or written by its
    // sound, in a title of the brand's category that names no brand ("MTTY 千分尺", "科曼 帐篷")
    if ((ctx.catLo !== 0 || ctx.catHi !== 0) && !ctx.fromDescription)
      this.disguisedNameSignal(listing, ctx, signals);
    const primary = mentions.primary;
    // 2. text signals
    this.textSignals(listing, ctx, hits, hitCount, signals, suppressed);
    if (mentions.brandContext) this.factoryCodeSignal(listing, signals);
    // an admission naming the brand it disowns ("not made in France by Staub", 不是膳魔师官方渠道的)
    if (mentions.brandContext && !ctx.licensed && listing.description)
      this.disownedBrandSignal(listing, hits, hitCount, signals);
    // 3. indicators about the brand's goods
    const denied =
      primary === NO_BRAND
        ? null
        : ctx.licensed && REISSUE.test(listing.title)
          ? LICENSED_REISSUE
          : mentions.indicatorsDenied(primary);
    if (denied !== null) suppressed.push(denied);
    if (
      primary !== NO_BRAND &&
      denied === null &&
      mentions.indicatorsApply(primary) &&
      !this.aboutFakes() &&
      !UNBRANDED_OR_ANOTHER_BRAND.test(listing.title)
    ) {
      this.indicators.check(
        listing,
        ctx,
        primary,
        mentions.line(primary),
        views,
        hits,
        hitCount,
        signals,
        this.signalFor,
      );
      this.unwrittenBrandSignal(listing, primary, hits, hitCount, signals);
    }
    // letters beside an emoji only ("SC 🪑") count with a price or bulk cue: "BT 🎧" is Bluetooth
    if (
      this.weakLetters !== null &&
      !signals.some((s) => s.kind === 'price_low' || s.kind === 'bulk_quantity')
    )
      signals.splice(signals.indexOf(this.weakLetters), 1);
    const score = scoreSignals(signals, this.policy);
    const action = decideAction(score, this.policy);
    const verdict: Verdict = {
      id: listing.id,
      flagged: action !== 'allow',
      action,
      score,
      signals,
      brands: mentions.brandsOut,
      suppressed,
      automated: { detection: true, decision: action === 'remove' },
      policyVersion: this.policy.version,
    };
    if (ctx.catLo !== 0 || ctx.catHi !== 0) verdict.categories = categoriesOf(ctx.catLo, ctx.catHi);
    return verdict;
  }

  /** A guide or service about spotting fakes names brands and fakes, and sells neither. */
  private aboutFakes(): boolean {
    if (this.aboutFakesState < 0) this.aboutFakesState = ABOUT_FAKES.test(this.listing!.title) ? 1 : 0;
    return this.aboutFakesState === 1;
  }

  /**
   * A product line named without its brand ("Sundara 平板耳机", "KeyStep 37 Black") at a strongly low
   * price: the seller left out the one word a brand's keyword filter looks for. Alone it is a weak
   * cue (a shop may name a well-known line only), so only with the price (second-hand goods get a
   * price signal only when it is extreme), and only for a line's distinctive name written in words:
   * a short model code ("L20", "TE6") or a line named by an ordinary word is what other goods are
   * called too.
   */
  private unwrittenBrandSignal(
    listing: ListingInput,
    brand: number,
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
  ): void {
    const mentions = this.mentions;
    // named by a distinctive line of it only, never by the name in any form
    if (mentions.written(brand) || !mentions.lineDistinctive(brand)) return;
    const strong = this.policy.priceRatios?.strong ?? DEFAULT_PRICE_RATIOS.strong;
    const price = signals.find((s) => s.kind === 'price_low' && (s.priceRatio ?? 1) <= strong);
    if (price === undefined) return;
    const line = mentions.line(brand);
    const lineName = this.compiled.brands[brand]!.brand.productLines![line]!.name;
    let asName = false;
    for (let h = 0; h < hitCount && !asName; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.ProductLine || hit.a !== brand || hit.b !== line || hit.dropped) continue;
      asName = hit.field === FIELD_TITLE && writtenAsName(spanText(listing, this.views, hit), lineName);
    }
    if (!asName) return;
    const brandId = this.compiled.pack.brandIds[brand]!;
    signals.push({
      kind: 'brand_unwritten',
      rule: `brand-unwritten:${brandId}`,
      ruleVersion: this.policy.version,
      span: null,
      normalized: 'line without brand',
      detail: `a line of ${this.compiled.pack.brandNames[brand]} named without the brand's name, at ${Math.round((price.priceRatio ?? 0) * 1000) / 10}% of the genuine price`,
      weight: round(this.policy.weights.brandUnwritten ?? BRAND_UNWRITTEN_WEIGHT),
      brandId,
    });
  }

  private textSignals(
    listing: ListingInput,
    ctx: ListingContext,
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
    suppressed: string[],
  ): void {
    const c = this.compiled;
    const mentions = this.mentions;
    const views = this.views;
    let seenRules = 0; // bit set of the first 31 rules hit; later ones checked by scanning signals
    let anyNominative = ctx.thirdParty;
    for (const b of mentions.brandsOut) if (b.nominative) anyNominative = true;
    let titleDenies = false; // the title says the item is no copy ("NOT a replica", "non replica")
    let descriptionDenies = false; // so does the description ("ce n'est pas une réplique")
    const copyWords: Signal[] = []; // marker signals of the description that are copy nouns
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      const type = hit.type;
      if (type === OwnerType.BrandTerm || type === OwnerType.ProductLine) {
        if (!hit.dropped) this.brandTextSignal(hit, listing, signals);
      } else if (type === OwnerType.Rule) {
        const ruleIndex = hit.a;
        const rule = c.rules[ruleIndex]!;
        if (ruleIndex < 31 ? (seenRules & (1 << ruleIndex)) !== 0 : signals.some((s) => s.rule === rule.id))
          continue;
        const reason = this.ruleSuppressed(listing, ctx, rule, ruleIndex, hit, hits, hitCount, anyNominative);
        if (reason !== null) {
          if (reason !== '') suppressed.push(`${rule.id}: ${reason}`);
          if (rule.kind === 'marker' && reason.startsWith('negated by')) {
            if (hit.field === FIELD_TITLE) titleDenies = true;
            else descriptionDenies = true;
          }
          continue;
        }
        if (ruleIndex < 31) seenRules |= 1 << ruleIndex;
        const weak = WEAK_KINDS.has(rule.kind);
        // a weak cue in a description is diluted by boilerplate, except an invitation to move off the
        // platform: "message me on WhatsApp for real photos" is the same offer wherever it stands
        // (99 % of listings with one in a description were counterfeit on the six training splits)
        const offsite = rule.kind === 'contact_offsite' && rule.severity >= OFFSITE_FULL_SEVERITY;
        // stock on hand told as a statement of its own in the description ("Also: got a few of
        // these.") is the seller's word about this item, as in a title
        const fieldFactor =
          weak &&
          hit.field !== FIELD_TITLE &&
          !offsite &&
          !(rule.kind === 'stock_variety' && sentenceOfItsOwn(hit, 1, listing.description, views[1]))
            ? this.descriptionWeakFactor
            : 1;
        const weight = this.policy.weights.keyword * rule.severity * fieldFactor;
        // a weak cue counts once per kind ("工厂直销" is not two factory claims), the strongest;
        // two rules matching the same words ("super clone", "superclone") are one signal
        const same = weak ? signals.findIndex((s) => s.kind === rule.kind) : -1;
        if (same >= 0 && signals[same]!.weight >= round(weight)) continue;
        if (!weak && sameWords(signals, rule.kind, hit, views)) continue;
        const signal = this.signal(
          hit,
          rule.kind,
          rule.id,
          weight,
          `${rule.kind.replace(/_/g, ' ')} "${rule.pattern}"`,
          weak && mentions.primary !== NO_BRAND ? c.pack.brandIds[mentions.primary] : undefined,
        );
        if (same >= 0) signals[same] = signal;
        else signals.push(signal);
        if (rule.kind === 'marker' && hit.field !== FIELD_TITLE && COPY_NOUN.test(signal.span?.text ?? ''))
          copyWords.push(signal);
      } else if (type === OwnerType.Work) {
        this.prereleaseSignal(hit, hits, hitCount, signals);
      } else if (type === OwnerType.Cue && hit.a === CueKind.Games) {
        this.gameCountSignal(listing, ctx, hit, signals);
      }
    }
    // a title that denies being a copy makes the copy nouns of its description talk about copies
    // elsewhere ("I keep seeing fakes listed", "tired of reps ruining this market", "too many super
    // clones on this site"): a grade or likeness claim there ("AAA", "1:1", "mirror quality") still counts
    if (titleDenies || descriptionDenies)
      for (const signal of copyWords) {
        const at = signals.indexOf(signal);
        if (at < 0) continue;
        signals.splice(at, 1);
        suppressed.push(`${signal.rule}: copies talked of in a listing whose title denies being one`);
      }
  }

  /**
   * A brand named in a description inside a denial of origin, with the item said to imitate it in
   * that sentence or the next (disowned-brand.ts): an admission, weighed as one (0.85).
   */
  private disownedBrandSignal(
    listing: ListingInput,
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
  ): void {
    if (signals.some((s) => s.kind === 'marker')) return;
    const mentions = this.mentions;
    const view = this.views[1]!;
    const text = listing.description!;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      if (hit.field !== 1 || hit.type !== OwnerType.BrandTerm || hit.dropped) continue;
      const brand = hit.a;
      if (mentions.mentioned(brand) === Mention.None || mentions.nominative(brand)) continue;
      const start = view.starts[hit.startUnit]!;
      const end = view.ends[hit.endUnit - 1]!;
      const found = disownedBrand(text, start, end);
      if (found === null) continue;
      const denial = text.slice(found.start, found.end);
      signals.push({
        kind: 'marker',
        rule: 'marker.disowned-brand',
        ruleVersion: this.compiled.ruleSetVersion,
        span: { field: 'description', start: found.start, end: found.end, text: denial },
        normalized: denial.toLowerCase(),
        detail: `an admission: the item disowns ${this.compiled.pack.brandNames[brand]!} as its origin and imitates it ("${denial}")`,
        weight: round(this.policy.weights.keyword * DISOWNED_BRAND_SEVERITY),
        brandId: this.compiled.pack.brandIds[brand]!,
      });
      return;
    }
  }

  /**
   * A replica workshop named by its code, the way the trade names them: Latin letters (and digits)
   * right before 厂 ("factory": "APS厂", "VSF厂", "3A厂"), in a listing that names a brand, a line or a
   * work. Not a manufacturer (厂家, 厂商) nor an OEM claim (those are OEM-leak rules).
   */
  private factoryCodeSignal(listing: ListingInput, signals: Signal[]): void {
    if (signals.some((s) => s.kind === 'coded')) return;
    for (const field of ['title', 'description'] as const) {
      const text = field === 'title' ? listing.title : listing.description;
      if (text === undefined || text.indexOf('厂') < 0) continue;
      FACTORY_CODE.lastIndex = 0;
      for (let m = FACTORY_CODE.exec(text); m !== null; m = FACTORY_CODE.exec(text)) {
        const code = m[1]!;
        if (!/[A-Za-z]/.test(code) || /^oem$/i.test(code)) continue;
        signals.push({
          kind: 'coded',
          rule: 'factory-code',
          ruleVersion: this.compiled.ruleSetVersion,
          span: { field, start: m.index, end: m.index + m[0].length, text: m[0] },
          normalized: m[0].toLowerCase(),
          detail: `a replica workshop named by its code "${m[0]}"`,
          weight: round(this.policy.weights.keyword * FACTORY_CODE_SEVERITY),
        });
        return;
      }
    }
  }

  /** Why a rule hit does not count ('' for a silent reason), or null when it counts. */
  private ruleSuppressed(
    listing: ListingInput,
    ctx: ListingContext,
    rule: CompiledRule,
    ruleIndex: number,
    hit: Hit,
    hits: readonly Hit[],
    hitCount: number,
    anyNominative: boolean,
  ): string | null {
    const c = this.compiled;
    const views = this.views;
    // a grade code is not read through digits for letters or split by separators: "5.4折" is not "5A"
    if (this.codeRules[ruleIndex] === 1 && (hit.obfuscation & CODE_DISGUISES) !== 0) return '';
    // a phrase is said within one sentence: "…may be cancelled. Orders are sent…" is not "cancelled orders"
    if (crossesSentenceEnd(listing, views, hit)) return 'runs across the end of a sentence';
    const innocent = innocentContext(c, hits, hitCount, hit, ruleIndex);
    // "a replica of the …" is a museum piece or a prop, unless what it reproduces is the brand's own
    // name or line ("this chair is a replica of the Leap V2")
    if (innocent !== null && !(REPRODUCTION_OF.test(innocent) && brandAfter(views, hits, hitCount, hit)))
      return `innocent context "${innocent}"`;
    const owner = this.ownWord(ruleIndex);
    if (owner !== null) return `a word of ${owner}'s registered names`;
    if (ctx.licensed && rule.licensedContextInnocent) return 'licensed or museum reproduction';
    if (ctx.stockStated && rule.stockDeviceInnocent) return 'a device stated unmodified: its own games';
    if (rule.innocentShipFrom !== undefined && listing.shipFrom !== undefined) {
      const from = listing.shipFrom.toUpperCase();
      if (rule.innocentShipFrom.includes(from))
        return `its innocent sense where the listing ships from (${from})`;
    }
    if (EXPLICIT_KINDS.has(rule.kind) && this.aboutFakes()) return 'a listing about spotting fakes';
    // export-order and overrun claims of goods the title says are unbranded, naming no brand
    // ("外贸原单 纯棉白T恤 无品牌"): where unbranded export goods come from, not a brand's goods leaked
    if (
      (rule.kind === 'oem_leak' || EXPORT_ORDER.test(rule.pattern)) &&
      this.mentions.touched.length === 0 &&
      UNBRANDED.test(listing.title)
    )
      return 'export goods the title says are unbranded';
    if (rule.categories && rule.categories.length > 0 && !inCategories(listing.category, rule.categories))
      return '';
    // the words around the hit: innocent and required words, negations, talk about fakes
    const around = this.contextAround(hit);
    const near = this.contextHits;
    const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
    const word = innocentNearby(c, views, near, around, hit, ruleIndex, text);
    if (word !== null) return `innocent context "${word}"`;
    if (
      rule.requiresNearby &&
      !inTaxonomy(ctx, rule.nearbyFreeCategories) &&
      !requiredNearby(c, views, near, around, hit, ruleIndex)
    )
      return '';
    const negation = negatedBy(c, views, near, around, hit, text);
    if (negation !== null && !afterWithoutPhrase(views, hits, hitCount, hit))
      return `negated by "${negation}"`;
    // a reproduction of an object, naming no brand: "1:1 replica of a 17th-century astrolabe"
    if (
      (rule.kind === 'marker' || rule.kind === 'coded') &&
      !this.mentions.brandContext &&
      this.mentions.touched.length === 0
    ) {
      const end = views[hit.field]!.ends[hit.endUnit - 1]!;
      const object = reproducedObject(text.slice(end, end + 80));
      if (object !== null) return `a reproduction of an object, naming no brand ("${object}")`;
    }
    if (rule.kind === 'contact_offsite') {
      const view = views[hit.field]!;
      const channel = onPlatformChannel(
        text,
        view.starts[hit.startUnit]!,
        view.ends[hit.endUnit - 1]!,
        rule.pattern,
      );
      if (channel !== null) return `an offer on the platform's own channel ("${channel}")`;
    }
    if (rule.kind === 'marker' || rule.kind === 'coded') {
      const discussion = discussedNearby(c, views, near, around, hit);
      if (discussion !== null) return `about fakes, not one ("${discussion}")`;
    }
    if (rule.nominativeInnocent && anyNominative) return 'names a brand only to say what the item fits';
    if (WEAK_KINDS.has(rule.kind)) {
      if (this.mentions.primary === NO_BRAND) return '';
      return rule.requiresInSentence && !this.requiredInItsSentence(hit, ruleIndex, text, rule) ? '' : null;
    }
    if (
      rule.needsBrand &&
      !this.mentions.brandContext &&
      !(this.mentions.disclaimedContext && EXPLICIT_KINDS.has(rule.kind) && rule.severity >= 0.6) &&
      !inTaxonomy(ctx, rule.brandFreeCategories)
    )
      return `generic term "${rule.pattern}" with no brand named`;
    if (rule.titleOnly && hit.field !== FIELD_TITLE) return '';
    // "jailbreak-free firmware", "mod-free": the compound says the item is without it
    const after = views[hit.field]!.ends[hit.endUnit - 1]!;
    if (isHyphen(text.charCodeAt(after)) && FREE_OF.test(text.slice(after + 1, after + 6)))
      return 'a compound that says the item is free of it';
    // "Milwaukee-style custard", "Chanel-style": a hyphenated compound names a manner, not a copy
    if (rule.brandBefore && text.charCodeAt(views[hit.field]!.starts[hit.startUnit]! - 1) === 45)
      return 'a hyphenated compound';
    if (
      rule.brandWithin !== undefined &&
      !brandNear(
        views,
        hits,
        hitCount,
        hit,
        rule.brandWithin,
        rule.brandBefore === true,
        rule.lineBefore === true,
      )
    )
      return `"${rule.pattern}" not next to a brand`;
    // last: it runs the context automaton over the whole sentence, replacing the hits around
    if (rule.requiresInSentence && !this.requiredInItsSentence(hit, ruleIndex, text, rule)) return '';
    return null;
  }

  /** Whether a word the rule requires stands in the sentence of `hit` (context automaton over it). */
  private requiredInItsSentence(hit: Hit, ruleIndex: number, text: string, rule: CompiledRule): boolean {
    const view = this.views[hit.field]!;
    const [from, to] = sentenceUnits(view, text, hit);
    const count = this.contextAround(hit, from, to);
    if (requiredInSentence(this.compiled, this.contextHits, count, hit, ruleIndex, this.views, text))
      return true;
    // a channel the normalizer cannot read, written as a symbol ("实物图请➕🛰️", "看实物 + 微")
    return (
      rule.kind === 'contact_offsite' &&
      channelSymbolInSentence(text, view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!)
    );
  }

  /**
   * The name of a brand the listing names (not as an ordinary word) that registered every word of
   * the rule's pattern among its own names or its lines' ("Maison Margiela REPLICA Lazy Sunday
   * Morning": REPLICA is the name of the brand's fragrance line), else null.
   */
  private ownWord(ruleIndex: number): string | null {
    const words = this.ruleWords[ruleIndex];
    if (!words) return null;
    const mentions = this.mentions;
    for (const brand of mentions.touched) {
      if (mentions.mentioned(brand) === Mention.None) continue;
      const own = this.compiled.brands[brand]!.registeredWords;
      if (words.every((w) => own.has(w))) return this.compiled.pack.brandNames[brand]!;
    }
    return null;
  }

  /** The units within CONTEXT_UNITS of `hit` and within its line, as [from, to). */
  private unitsAround(hit: Hit, view: NormalizedView): [number, number] {
    const text = hit.field === FIELD_TITLE ? this.listing!.title : (this.listing!.description ?? '');
    const lineStart = text.lastIndexOf('\n', view.starts[hit.startUnit]!);
    let from = hit.startUnit;
    while (from > 0 && from > hit.startUnit - CONTEXT_UNITS && view.starts[from - 1]! > lineStart) from--;
    const lineEnd = text.indexOf('\n', view.ends[hit.endUnit - 1]!);
    let to = hit.endUnit;
    if (lineEnd < 0) to = hit.endUnit + CONTEXT_UNITS;
    else while (to < view.length && to < hit.endUnit + CONTEXT_UNITS && view.starts[to]! < lineEnd) to++;
    return [from, to];
  }

  /**
   * Runs the context automaton over the units around `hit`, within its line (a line of a
   * description is a statement of its own: a spec, a shipping note); its hits are in `contextHits`.
   */
  private contextAround(hit: Hit, rangeFrom = -1, rangeTo = -1): number {
    const view = this.views[hit.field]!;
    const automaton = this.compiled.contextAutomaton;
    let from = rangeFrom;
    let to = rangeTo;
    if (rangeFrom < 0) [from, to] = this.unitsAround(hit, view);
    const count = automaton.findRange(view, from, to);
    const context = this.compiled.context;
    for (let k = 0; k < count; k++) {
      let near = this.contextHits[k];
      if (!near) {
        near = {
          owner: 0,
          pattern: -1,
          type: 0,
          a: 0,
          b: 0,
          field: 0,
          startUnit: 0,
          endUnit: 0,
          obfuscation: 0,
          distance: -1,
          flags: 0,
          dropped: false,
        };
        this.contextHits.push(near);
      }
      const owner = automaton.hitPayload[k]!;
      near.owner = owner;
      near.type = context.type[owner]!;
      near.a = context.a[owner]!;
      near.b = context.b[owner]!;
      near.field = hit.field;
      near.startUnit = automaton.hitStart[k]!;
      near.endUnit = automaton.hitEnd[k]!;
    }
    return count;
  }

  /** Disguised brand names, nicknames and misspellings (brand names and product-line names). */
  private brandTextSignal(hit: Hit, listing: ListingInput, signals: Signal[]): void {
    const brandIndex = hit.a;
    const mentions = this.mentions;
    const mention = mentions.mentioned(brandIndex);
    if (mention === Mention.None) return;
    // a derived nickname ("G家") is a disguise; bare initials ("BV") are only a mention
    const derived =
      hit.type === OwnerType.BrandTerm && (hit.flags & (TERM_DERIVED | TERM_SHORT)) === TERM_DERIVED;
    // an abbreviation the brand did not register is a mention; next to an emoji ("PP ⌚") or naming
    // one of the brand's lines in place of the brand's name ("SNY WH-1000XM6"), a disguise
    const abbreviation = hit.type === OwnerType.BrandTerm && hit.flags & TERM_DERIVED && !derived;
    if (abbreviation && !this.emojiNext(hit) && (mentions.line(brandIndex) < 0 || mentions.named(brandIndex)))
      return;
    if (hit.distance < 0 && hit.obfuscation === 0 && !derived && !abbreviation) return;
    if (hit.type === OwnerType.ProductLine && (hit.distance < 0 || mention === Mention.Named)) return;
    if (mentions.sellerAuthorized(listing, brandIndex)) return;
    const pack = this.compiled.pack;
    // a declined name ("ei Hurtan tuote", the Finnish genitive of Hurtta) names the brand as written
    if (
      hit.distance >= 0 &&
      hit.type === OwnerType.BrandTerm &&
      inflectedName(this.hitText(hit, listing), pack.brandNames[brandIndex]!, mentions.named(brandIndex))
    )
      return;
    const brandId = pack.brandIds[brandIndex]!;
    const weights = this.policy.weights;
    const name = pack.brandNames[brandIndex]!;
    let kind: Signal['kind'];
    let weight: number;
    let detail: string;
    if (hit.distance >= 0) {
      kind = 'brand_misspelled';
      // in the brand's category, or confirmed by one of its lines where the category is unknown
      // ("Goayrd Artois")
      const cat = mentions.catState(brandIndex);
      const inCategory =
        cat === CatState.Match ||
        (cat === CatState.Unknown && hit.type === OwnerType.BrandTerm && mentions.line(brandIndex) >= 0);
      weight = inCategory
        ? Math.min(weights.misspelledBrand * MISSPELLED_IN_CATEGORY_FACTOR, 1)
        : weights.misspelledBrand;
      const what =
        hit.type === OwnerType.ProductLine ? (this.compiled.ownerText[hit.owner] ?? 'a product line') : name;
      detail = `"${hit.type === OwnerType.ProductLine ? `${name} ${lineNameOf(this.compiled, hit)}` : what}" misspelled (edit distance ${hit.distance})`;
    } else if (derived || abbreviation) {
      kind = 'brand_nickname';
      weight = weights.brandNickname ?? 0.45;
      detail = abbreviation
        ? `"${name}" named by the abbreviation "${this.compiled.ownerText[hit.owner]}"`
        : `"${name}" named by the nickname "${this.compiled.ownerText[hit.owner]}"`;
    } else {
      kind = 'brand_obfuscated';
      weight = weights.obfuscatedBrand;
      detail = `"${name}" disguised by ${describeObfuscation(hit.obfuscation)}`;
    }
    if (signals.some((s) => s.kind === kind && s.brandId === brandId)) return;
    signals.push(this.signal(hit, kind, pack.brandRules[brandIndex]!, weight, detail, brandId));
  }

  /**
   * Capital letters written in place of a brand's name in a title that names one of the brand's
   * lines but not the brand: letters of the name in order from its first, no vowel after the first
   * ("G", "SLM", "VRSC" for Versace), one to four of them next to an emoji ("G📷", "L🕰️"), two or more split by dots or
   * hyphens ("S-L-M", "T-L"), three or more alone ("KRV"). A nickname of the brand (a disguise).
   */
  private initialsSignal(listing: ListingInput, signals: Signal[]): void {
    const mentions = this.mentions;
    const title = listing.title;
    // only a brand whose line is named without the brand can be written as letters
    let candidate = false;
    for (const brand of mentions.touched)
      if (mentions.line(brand) >= 0 && !mentions.writtenInTitle(brand)) candidate = true;
    if (!candidate) return;
    this.shortChineseNameSignal(listing, signals);
    if (HAN.test(title)) this.soundNameBeforeLineSignal(listing, signals);
    if (!/[A-Z]/.test(title)) return;
    const c = this.compiled;
    INITIALS.lastIndex = 0;
    for (let m = INITIALS.exec(title); m !== null; m = INITIALS.exec(title)) {
      const token = m[1]!;
      const letters = token.replace(/[.-]/g, '').toLowerCase();
      const start = m.index;
      const end = start + token.length;
      const emoji =
        EMOJI_NEAR_BEFORE.test(title.slice(Math.max(0, start - 4), start)) ||
        EMOJI_NEAR_AFTER.test(title.slice(end, end + 4));
      const split = letters.length !== token.length;
      if (!(emoji || (split && letters.length >= 2) || letters.length >= 3)) continue;
      // abbreviations drop vowels: "HOT", "NEW" and "OEM" are words, "KRV" and "SLM" are not; or
      // cut the name short, three letters or more that are not a word of it ("SAM" of Samsung)
      const vowels = /[aeiouy]/.test(letters.slice(1));
      if (vowels && (letters.length < 3 || split)) continue;
      // a function word in capitals ("NOT a replica", "THE") is that word, not a name cut short;
      // dotted or hyphenated ("A.S.") it is spelled out as letters
      if (!split && FUNCTION_WORDS.has(letters)) continue;
      for (const brand of mentions.touched) {
        if (mentions.line(brand) < 0 || mentions.writtenInTitle(brand) || mentions.nominative(brand))
          continue;
        if (mentions.catState(brand) === CatState.Mismatch || mentions.catState(brand) === CatState.Near)
          continue;
        const name = c.pack.brandNames[brand]!;
        if (vowels ? !prefixOf(name, letters) : !lettersOf(name, letters)) continue;
        if (mentions.sellerAuthorized(listing, brand)) continue;
        mentions.confirm(brand, listing);
        const brandId = c.pack.brandIds[brand]!;
        if (signals.some((s) => s.kind === 'brand_nickname' && s.brandId === brandId)) continue;
        signals.push({
          kind: 'brand_nickname',
          rule: c.pack.brandRules[brand]!,
          ruleVersion: this.policy.version,
          span: { field: 'title', start, end, text: token },
          normalized: letters,
          detail: `"${name}" written as "${token}"${emoji ? ' next to an emoji' : ''} before one of its lines`,
          weight: round(this.policy.weights.brandNickname ?? 0.45),
          brandId,
        });
      }
    }
  }

  /**
   * A Chinese word in the brand's place before one of its lines, in a title that does not write the
   * brand, sounding like its name ("托尼斯 Creative Tonie", "【泰托】EGRET II": disguised-names.ts,
   * beforeLine). Where the brand registered no Chinese name this is how a Chinese title writes it,
   * so the brand is named (its indicators apply); a weak disguise either way (DISGUISED_NAME_WEIGHT).
   */
  private soundNameBeforeLineSignal(listing: ListingInput, signals: Signal[]): void {
    const mentions = this.mentions;
    const c = this.compiled;
    const title = listing.title;
    const view = this.views[FIELD_TITLE]!;
    const hits = this.judgedHits;
    for (let h = 0; h < this.judgedHitCount; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.ProductLine || hit.field !== FIELD_TITLE || hit.dropped || hit.distance >= 0)
        continue;
      const brand = hit.a;
      if (mentions.line(brand) < 0 || mentions.writtenInTitle(brand) || mentions.nominative(brand)) continue;
      if (mentions.catState(brand) !== CatState.Match) continue;
      const brandId = c.pack.brandIds[brand]!;
      if (signals.some((s) => s.kind === 'brand_nickname' && s.brandId === brandId)) continue;
      const found = this.disguisedNames.beforeLine(title, brand, view.starts[hit.startUnit]!);
      if (found === null || mentions.sellerAuthorized(listing, brand)) continue;
      mentions.confirm(brand, listing);
      signals.push({
        kind: 'brand_nickname',
        rule: c.pack.brandRules[brand]!,
        ruleVersion: this.policy.version,
        span: { field: 'title', start: found.start, end: found.end, text: found.text },
        normalized: found.text,
        detail: `"${c.pack.brandNames[brand]!}" written as "${found.text}", ${found.how}, before one of its lines`,
        weight: DISGUISED_NAME_WEIGHT,
        brandId,
      });
    }
  }

  /**
   * Emoji written where the brand's name goes: right before one of its lines, in a title that does
   * not write the brand ("🌊🏃 Wave Rider 28", "🖤💎 DP620209 helmet", "😊🧸粘土人手办"). Sellers put
   * emoji in place of a name they leave out; decorated titles of genuine goods write the name. A
   * weak disguise (EMOJI_FOR_BRAND_WEIGHT): with a strong or extreme price it flags, alone it does not.
   */
  private emojiForBrandSignal(
    listing: ListingInput,
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
  ): void {
    const mentions = this.mentions;
    const c = this.compiled;
    const title = listing.title;
    const view = this.views[FIELD_TITLE]!;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.ProductLine || hit.field !== FIELD_TITLE || hit.dropped || hit.distance >= 0)
        continue;
      const brand = hit.a;
      if (mentions.line(brand) < 0 || mentions.writtenInTitle(brand) || mentions.nominative(brand)) continue;
      // in the line's or brand's category: a decorated title of something else ("🔥 Boston fern")
      // only shares a word with a line
      if (mentions.catState(brand) !== CatState.Match) continue;
      const start = view.starts[hit.startUnit]!;
      if (!EMOJI_NEAR_BEFORE.test(title.slice(Math.max(0, start - 4), start))) continue;
      const brandId = c.pack.brandIds[brand]!;
      if (signals.some((s) => s.kind === 'brand_nickname' && s.brandId === brandId)) continue;
      if (mentions.sellerAuthorized(listing, brand)) continue;
      const end = view.ends[hit.endUnit - 1]!;
      signals.push({
        kind: 'brand_nickname',
        rule: c.pack.brandRules[brand]!,
        ruleVersion: this.policy.version,
        span: { field: 'title', start, end, text: title.slice(start, end) },
        normalized: title.slice(start, end).toLowerCase(),
        detail: `an emoji in place of "${c.pack.brandNames[brand]!}" before one of its lines`,
        weight: EMOJI_FOR_BRAND_WEIGHT,
        brandId,
      });
    }
  }

  /**
   * Two or three capital letters that begin a brand's name or its consonants ("UG", "GP", "DW"),
   * glued to an emoji, in a title of the brand's category that names no brand: the brand, disguised
   * (a nickname). Only when the letters fit one brand of the listing's category.
   */
  private emojiAbbreviationSignal(listing: ListingInput, ctx: ListingContext, signals: Signal[]): void {
    const mentions = this.mentions;
    for (const brand of mentions.touched) if (mentions.writtenInTitle(brand)) return;
    if (signals.some((s) => s.kind === 'brand_nickname')) return;
    const c = this.compiled;
    const title = listing.title;
    INITIALS.lastIndex = 0;
    for (let m = INITIALS.exec(title); m !== null; m = INITIALS.exec(title)) {
      const token = m[1]!;
      const letters = token.replace(/[.-]/g, '').toLowerCase();
      if (letters.length < 2 || letters.length > 3) continue;
      const start = m.index;
      // letters split by dots keep their closing one ("O.N.", "B.V.")
      const split = letters.length !== token.length;
      const end = start + token.length + (split && title[start + token.length] === '.' ? 1 : 0);
      // glued to the emoji ("UG⚡", "TH⛰️"): "BT 🎧" is Bluetooth; letters split by dots are a
      // disguise of their own, a space from the emoji ("O.N. 💪", "X.J. 🌿")
      const before = title.slice(Math.max(0, start - 4), start);
      const after = title.slice(end, end + 4);
      if (
        !EMOJI_TOUCHING_BEFORE.test(before) &&
        !EMOJI_TOUCHING_AFTER.test(after) &&
        !(split && (EMOJI_NEAR_BEFORE.test(before) || EMOJI_NEAR_AFTER.test(after)))
      )
        continue;
      // a function word in capitals beside an emoji ("ON 🔥", "GO ⚡") is the word
      if (!split && FUNCTION_WORDS.has(letters)) continue;
      let found = -1;
      for (const brand of c.emojiAbbreviations.get(letters) ?? []) {
        const tables = c.brands[brand]!;
        if ((tables.categoryLo & ctx.catLo) === 0 && (tables.categoryHi & ctx.catHi) === 0) continue;
        if (found >= 0) return; // the letters fit two brands of the category: neither is named
        found = brand;
      }
      if (found < 0 || mentions.sellerAuthorized(listing, found)) continue;
      if (mentions.isTouched(found) && mentions.nominative(found)) continue;
      mentions.adopt(found, listing);
      const name = c.pack.brandNames[found]!;
      signals.push({
        kind: 'brand_nickname',
        rule: c.pack.brandRules[found]!,
        ruleVersion: this.policy.version,
        span: { field: 'title', start, end, text: title.slice(start, end) },
        normalized: letters,
        detail: `"${name}" written as "${title.slice(start, end)}" next to an emoji`,
        weight: round(this.policy.weights.brandNickname ?? 0.45),
        brandId: c.pack.brandIds[found]!,
      });
      return;
    }
  }

  /** See disguised-names.ts: a brand no word names, disguised in its category, adopted as a mention. */
  private disguisedNameSignal(listing: ListingInput, ctx: ListingContext, signals: Signal[]): void {
    const mentions = this.mentions;
    // letters the brand did not register ("RLND", "DHN") are a mention only: the reader says whether
    // they are its name disguised
    // nor does an initial's nickname ("S家") of a brand of another category: it names no brand here
    // (mentions.ts), and "意大利S家墨镜" may still say whose goods these are
    for (const brand of mentions.touched)
      if (
        mentions.writtenInTitle(brand) &&
        !this.onlyUnregisteredLetters(brand) &&
        !(
          mentions.catState(brand) !== CatState.Match &&
          mentions.line(brand) < 0 &&
          this.onlyInitialNicknames(brand)
        )
      )
        return;
    if (signals.some((s) => s.kind === 'brand_nickname')) return;
    const found =
      this.disguisedNames.read(listing.title, ctx.catLo, ctx.catHi) ??
      this.disguisedNames.besideEmoji(listing.title, ctx.catLo, ctx.catHi);
    if (found === null) return;
    // a line of another brand of the category in the title says whose name is disguised: "范哲思
    // Barocco" is Versace's, "美国料理机 Grind & Brew" the American maker's
    const c = this.compiled;
    let brand = found.brand;
    for (const other of mentions.touched) {
      if (other === found.brand || !this.lineInTitle(other)) continue;
      const tables = c.brands[other]!;
      if ((tables.categoryLo & ctx.catLo) === 0 && (tables.categoryHi & ctx.catHi) === 0) return;
      if (brand !== found.brand) return; // lines of two brands: neither is the one disguised
      brand = other;
    }
    if (mentions.sellerAuthorized(listing, brand)) return;
    // a brand a hit wrote (a misspelling, a nickname) is judged from that hit
    if (
      mentions.isTouched(brand) &&
      (mentions.nominative(brand) || (mentions.written(brand) && !this.onlyUnregisteredLetters(brand)))
    )
      return;
    if (UNBRANDED_OR_ANOTHER_BRAND.test(listing.title)) return;
    mentions.adopt(brand, listing);
    const name = c.pack.brandNames[brand]!;
    const how = brand === found.brand ? found.how : 'a disguised name before one of its lines';
    // beside an emoji, as an abbreviation beside one (brandTextSignal), the letters are a disguise
    const title = listing.title;
    const beside =
      EMOJI_NEAR_BEFORE.test(title.slice(Math.max(0, found.start - 4), found.start)) ||
      EMOJI_NEAR_AFTER.test(title.slice(found.end, found.end + 4));
    // "【肌科】增肌粉 同款": likeness talk after it says the name stands for the brand compared with
    const likeness = likenessTalkAfter(title, found.end);
    const strong = (beside && found.weak !== true) || likeness;
    const signal: Signal = {
      kind: 'brand_nickname',
      rule: c.pack.brandRules[brand]!,
      ruleVersion: this.policy.version,
      span: { field: 'title', start: found.start, end: found.end, text: found.text },
      normalized: found.text.toLowerCase(),
      detail: `"${name}" written as "${found.text}", ${how}, in its category${beside && found.weak !== true ? ', beside an emoji' : ''}${likeness ? ', with likeness talk' : ''}`,
      weight: strong ? (this.policy.weights.brandNickname ?? 0.45) : DISGUISED_NAME_WEIGHT,
      brandId: c.pack.brandIds[brand]!,
    };
    signals.push(signal);
    // weak letters count only with a price or bulk cue, known after the indicators (see judge)
    if (found.weak === true && !likeness) this.weakLetters = signal;
  }

  /** The title names one of the brand's lines. */
  private lineInTitle(brand: number): boolean {
    const hits = this.judgedHits;
    for (let h = 0; h < this.judgedHitCount; h++) {
      const hit = hits[h]!;
      if (hit.type === OwnerType.ProductLine && hit.a === brand && hit.field === FIELD_TITLE && !hit.dropped)
        return true;
    }
    return false;
  }

  /** Every title hit of the brand is an abbreviation it did not register ("RLND" of Roland). */
  private onlyUnregisteredLetters(brand: number): boolean {
    return this.onlyTitleTermsFlagged(brand, TERM_SHORT | TERM_DERIVED);
  }

  /** Every title hit of the brand is a nickname derived from its initial ("S家", "G牌"). */
  private onlyInitialNicknames(brand: number): boolean {
    return this.onlyTitleTermsFlagged(brand, TERM_DERIVED);
  }

  /**
   * The brand has title hits, none of them a line, and every one a name whose TERM_SHORT and
   * TERM_DERIVED flags are exactly `flags`.
   */
  private onlyTitleTermsFlagged(brand: number, flags: number): boolean {
    const hits = this.judgedHits;
    let any = false;
    for (let h = 0; h < this.judgedHitCount; h++) {
      const hit = hits[h]!;
      if (hit.dropped || hit.a !== brand || hit.field !== FIELD_TITLE) continue;
      if (hit.type !== OwnerType.BrandTerm && hit.type !== OwnerType.ProductLine) continue;
      if (hit.type === OwnerType.ProductLine) return false;
      if ((hit.flags & (TERM_SHORT | TERM_DERIVED)) !== flags) return false;
      any = true;
    }
    return any;
  }

  /**
   * A Chinese name of three characters or more cut to its first two ("百达" for 百达翡丽, "米其" for
   * 米其林), standing alone (no Chinese character touching it), in a title that names one of the
   * brand's lines but not the brand, in the brand's category: a nickname of the brand.
   */
  private shortChineseNameSignal(listing: ListingInput, signals: Signal[]): void {
    const mentions = this.mentions;
    const title = listing.title;
    if (!HAN.test(title)) return;
    const c = this.compiled;
    for (const brand of mentions.touched) {
      if (mentions.line(brand) < 0 || mentions.writtenInTitle(brand) || mentions.nominative(brand)) continue;
      if (mentions.catState(brand) === CatState.Mismatch || mentions.catState(brand) === CatState.Near)
        continue;
      for (const alias of c.brands[brand]!.brand.aliases ?? []) {
        const chars = [...alias];
        if (chars.length < 3 || !chars.every((ch) => HAN.test(ch))) continue;
        const short = chars[0]! + chars[1]!;
        const start = title.indexOf(short);
        if (start < 0) continue;
        const end = start + short.length;
        if (HAN.test(title.charAt(start - 1)) || HAN.test(title.charAt(end))) continue;
        if (mentions.sellerAuthorized(listing, brand)) break;
        mentions.confirm(brand, listing);
        if (isNameProper(alias, short)) break; // 小熊 of 小熊电器: the brand's own name, no nickname
        const brandId = c.pack.brandIds[brand]!;
        if (signals.some((s) => s.kind === 'brand_nickname' && s.brandId === brandId)) break;
        const name = c.pack.brandNames[brand]!;
        signals.push({
          kind: 'brand_nickname',
          rule: c.pack.brandRules[brand]!,
          ruleVersion: this.policy.version,
          span: { field: 'title', start, end, text: short },
          normalized: short,
          detail: `"${name}" written as "${short}", its Chinese name cut short, before one of its lines`,
          weight: round(this.policy.weights.brandNickname ?? 0.45),
          brandId,
        });
        break;
      }
    }
  }

  /** The original text of `hit`. */
  private hitText(hit: Hit, listing: ListingInput): string {
    const view = this.views[hit.field]!;
    const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
    return text.slice(view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!);
  }

  /** An emoji (or a pictographic symbol) within a space or two of the hit in the original text. */
  private emojiNext(hit: Hit): boolean {
    const view = this.views[hit.field]!;
    const text = hit.field === FIELD_TITLE ? this.listing!.title : (this.listing!.description ?? '');
    const start = view.starts[hit.startUnit]!;
    let end = view.ends[hit.endUnit - 1]!;
    // letters split by dots keep their closing one ("O.N. 💪")
    if (text[end] === '.' && text[end - 2] === '.') end++;
    return (
      EMOJI_NEAR_BEFORE.test(text.slice(Math.max(0, start - 4), start)) ||
      EMOJI_NEAR_AFTER.test(text.slice(end, end + 4))
    );
  }

  /**
   * A console or stick sold with hundreds of games is a pirated bundle: "20,000 games",
   * "37674款游戏", "游戏139款", "内置一万五千款游戏". Counts are read from the text around a games word,
   * or after "内置" (built in) anywhere in the same text, in digits or Chinese numerals.
   */
  private gameCountSignal(listing: ListingInput, ctx: ListingContext, hit: Hit, signals: Signal[]): void {
    if (signals.some((s) => s.rule === GAME_COUNT_RULE)) return;
    const view = this.views[hit.field]!;
    const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
    const start = view.starts[hit.startUnit]!;
    const end = view.ends[hit.endUnit - 1]!;
    const from = Math.max(0, start - GAME_COUNT_WINDOW);
    const before = GAME_COUNT_BEFORE.exec(text.slice(from, start));
    const after = GAME_COUNT_AFTER.exec(text.slice(end, end + 10));
    // the number of a name is not a count: "赛博朋克2077 游戏", "VCS 800游戏主机"
    if (
      before !== null &&
      this.insideName(hit.field, from + before.index, from + before.index + before[1]!.length)
    )
      return;
    const raw = before?.[1] ?? after?.[1] ?? BUILT_IN_COUNT.exec(text)?.[1];
    if (raw === undefined) return;
    // a bare unit is its own count in sellers' Chinese: 万款游戏 (ten thousand titles), 千款
    const count = BARE_UNIT_COUNT[raw] ?? readCount(raw.replace(/\s/g, ''));
    if (count === undefined || !(count >= MIN_PIRATED_GAMES)) return;
    // a singular games word ("20000 game dalam", the broken English of the trade) counts only a number
    // no official console reaches and no year ("1989 game boy")
    if (hit.b === GAMES_SINGULAR && (count < MAX_OFFICIAL_GAMES || YEAR.test(raw))) return;
    // titles counted and said built in, with no word for games ("一万五千款内置"), only of a console
    if (
      hit.b === GAMES_COUNTED_BUILT_IN &&
      (ctx.catLo & CONSOLES_LO) === 0 &&
      (ctx.catHi & CONSOLES_HI) === 0
    )
      return;
    // official mini consoles ship with tens of games ("Mega Drive Mini 2, official, 60 games built in")
    if (count < MAX_OFFICIAL_GAMES && OFFICIAL.test(`${listing.title}\n${listing.description ?? ''}`)) return;
    // so does a console its title states unmodified ("Commodore 64 games console – unmodified")
    if (count < MAX_OFFICIAL_GAMES && ctx.stockStated) return;
    signals.push(
      this.signal(
        hit,
        'piracy',
        GAME_COUNT_RULE,
        this.policy.weights.keyword * GAME_COUNT_SEVERITY,
        `${count} games bundled: a pirated collection`,
      ),
    );
  }

  /**
   * Whether text [from, to) of a field lies within a brand, product-line or work hit that was not
   * dropped: digits there belong to a name ("Cyberpunk 2077", a console's model "VCS 800"). A line's
   * name dropped as another category than the listing's is still the name its digits belong to
   * ("Commodore 64 Games System", the line a computer, the listing a console).
   */
  private insideName(field: number, from: number, to: number): boolean {
    const view = this.views[field]!;
    const hits = this.judgedHits;
    for (let h = 0; h < this.judgedHitCount; h++) {
      const other = hits[h]!;
      if (other.field !== field || (other.dropped && other.type !== OwnerType.ProductLine)) continue;
      const type = other.type;
      if (type !== OwnerType.BrandTerm && type !== OwnerType.ProductLine && type !== OwnerType.Work) continue;
      if (view.starts[other.startUnit]! <= from && view.ends[other.endUnit - 1]! >= to) return true;
    }
    return false;
  }

  private prereleaseSignal(hit: Hit, hits: readonly Hit[], hitCount: number, signals: Signal[]): void {
    const tables = this.compiled.brands[hit.a]!;
    const workIndex = hit.b;
    const release = tables.workReleaseTimes[workIndex]!;
    if (!(release > this.nowMs)) return;
    let discHit = false;
    for (let h = 0; h < hitCount; h++) if (hits[h]!.type === OwnerType.Disc) discHit = true;
    if (!discHit || signals.some((s) => s.kind === 'prerelease_disc')) return;
    const work = tables.brand.works![workIndex]!;
    const listing = this.listing!;
    // the work's own studio or label, or a shop it authorized, sells its discs before release
    if (this.mentions.sellerAuthorized(listing, hit.a)) return;
    // an official pre-order ships on or after the release date it states
    if (preOrderShippingFrom(`${listing.title}\n${listing.description ?? ''}`, release)) return;
    signals.push(
      this.signal(
        hit,
        'prerelease_disc',
        `work:${tables.brand.id}:${work.title}`,
        0.95,
        `"${work.title}" on disc before its release on ${work.discReleaseDate}`,
      ),
    );
  }

  private signal(
    hit: Hit,
    kind: Signal['kind'],
    rule: string,
    weight: number,
    detail: string,
    brandId?: string,
  ): Signal {
    const view = this.views[hit.field]!;
    const ruleVersion = hit.type === OwnerType.Rule ? this.compiled.ruleSetVersion : this.policy.version;
    const span = this.span(view, hit);
    const normalized = this.skeleton(view, hit);
    // brandId in the literal (same key order as adding it after): no property added to a built object
    if (brandId === undefined)
      return { kind, rule, ruleVersion, span, normalized, detail, weight: round(weight) };
    return { kind, rule, ruleVersion, span, normalized, detail, weight: round(weight), brandId };
  }

  /** skeletonOf(view, hit span), from the pattern's cached skeleton when the span has its shape. */
  private skeleton(view: NormalizedView, hit: Hit): string {
    const id = hit.pattern;
    if (id < 0) return skeletonOf(view, hit.startUnit, hit.endUnit);
    const shaped = hasPatternShape(view, hit, this.compiled.automaton.patterns[id]!);
    const cached = this.skeletons[id];
    if (shaped && cached !== undefined) return cached;
    const text = skeletonOf(view, hit.startUnit, hit.endUnit);
    if (shaped) this.skeletons[id] = text;
    return text;
  }

  private span(view: NormalizedView, hit: Hit): TextSpan {
    const start = view.starts[hit.startUnit]!;
    const end = view.ends[hit.endUnit - 1]!;
    const listing = this.listing!;
    if (hit.field === FIELD_TITLE)
      return { field: 'title', start, end, text: listing.title.slice(start, end) };
    return { field: 'description', start, end, text: (listing.description ?? '').slice(start, end) };
  }
}

/** An innocent phrase that reads "a copy of …": what follows it decides. */
const REPRODUCTION_OF = / (?:of|of the|of a|of an)$/;

/** A brand's name or line the listing keeps, within three words after `hit` in its field. */
function brandAfter(
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
): boolean {
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if ((other.type !== OwnerType.BrandTerm && other.type !== OwnerType.ProductLine) || other.dropped)
      continue;
    if (other.field !== hit.field || other.startUnit < hit.endUnit || other.flags & TERM_PROTECTED) continue;
    if (wordsBetween(views[hit.field]!, hit, other) <= 3) return true;
  }
  return false;
}

function brandNear(
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
  within: number,
  nameBefore: boolean,
  lineBefore = false,
): boolean {
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if ((other.type !== OwnerType.BrandTerm && other.type !== OwnerType.ProductLine) || other.dropped)
      continue;
    // the brand's name before the term: not a protected term (蜡笔小新's 小新), nor a line unless
    // the rule lets a line the listing kept (one of the brand's, in its category) stand for it
    if (
      nameBefore &&
      ((other.type === OwnerType.ProductLine ? !lineBefore : other.type !== OwnerType.BrandTerm) ||
        other.flags & TERM_PROTECTED ||
        other.endUnit > hit.startUnit)
    )
      continue;
    if (other.field === hit.field && wordsBetween(views[hit.field]!, other, hit) <= within) return true;
  }
  return false;
}

function sameWords(
  signals: readonly Signal[],
  kind: string,
  hit: Hit,
  views: readonly NormalizedView[],
): boolean {
  const view = views[hit.field]!;
  const start = view.starts[hit.startUnit]!;
  const end = view.ends[hit.endUnit - 1]!;
  const field = hit.field === FIELD_TITLE ? 'title' : 'description';
  return signals.some(
    (s) =>
      s.kind === kind &&
      s.span !== null &&
      s.span.field === field &&
      s.span.start === start &&
      s.span.end === end,
  );
}

function lineNameOf(c: CompiledKnowledge, hit: Hit): string {
  return c.brands[hit.a]!.brand.productLines?.[hit.b]?.name ?? '';
}

/**
 * Whether the skeleton of the hit's span is the pattern's own: the same run lengths as far as
 * skeletonOf shows them (up to 8) and word boundaries in the same places (the codes match anyway).
 */
function hasPatternShape(view: NormalizedView, hit: Hit, pattern: CompiledPattern): boolean {
  const runs = pattern.runs;
  const boundaries = pattern.boundaries;
  for (let k = 0; k < runs.length; k++) {
    const u = hit.startUnit + k;
    if (Math.min(view.runs[u]!, SKELETON_MAX_RUN) !== Math.min(runs[k]!, SKELETON_MAX_RUN)) return false;
    if (k > 0 && view.boundaryBefore[u] !== boundaries[k]) return false;
  }
  return true;
}

function inTaxonomy(ctx: ListingContext, categories: readonly string[] | undefined): boolean {
  if (!categories) return false;
  const [lo, hi] = categoryMask(categories);
  return (ctx.catLo & lo) !== 0 || (ctx.catHi & hi) !== 0;
}

/** A hyphen, ASCII or typographic. */
function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010;
}

function inCategories(category: string | undefined, categories: readonly string[]): boolean {
  if (!category) return false;
  const lower = category.toLowerCase();
  return categories.some((c) => lower.includes(c.toLowerCase()));
}

/**
 * Whether the words of a hit run across the end of a sentence: a full stop, question or exclamation
 * mark or semicolon followed by a space, or a Chinese one, between its first and last unit.
 */
export function crossesSentenceEnd(
  listing: ListingInput,
  views: readonly NormalizedView[],
  hit: Hit,
): boolean {
  if (hit.endUnit - hit.startUnit < 2) return false;
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  const end = view.starts[hit.endUnit - 1]!;
  for (let i = view.ends[hit.startUnit]!; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3002 || ch === 0xff01 || ch === 0xff1f || ch === 0xff1b) return true;
    if ((ch === 46 || ch === 33 || ch === 63 || ch === 59) && /\s/.test(text.charAt(i + 1))) return true;
  }
  return false;
}

/**
 * Whether the hit follows directly a phrase that holds its own negation, a "without" phrase or a
 * seller's story ("no receipt have several", "没有发票 多件可拍", "gifted, never used have several"):
 * that negation is spent on its own object (the receipt, the use) and does not reach the words after.
 */
function afterWithoutPhrase(
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
): boolean {
  for (let h = 0; h < hitCount; h++) {
    const cue = hits[h]!;
    if (cue.type !== OwnerType.Cue || cue.field !== hit.field) continue;
    if (cue.a !== CueKind.NoProvenance && cue.a !== CueKind.SellerStory) continue;
    if (cue.endUnit <= hit.startUnit && wordsBetween(views[hit.field]!, cue, hit) === 0) return true;
  }
  return false;
}

/**
 * Whether a line's name is written as a name in the title: with a capital letter or a digit
 * ("Sundara", "KeyStep 37"), or in lower case where the brand writes it so ("volca keys"). A name
 * written in lower case where the brand capitalises it ("canvas tote bag" for "The Tote Bag"), or
 * in Chinese characters alone (陶瓷茶具套装), is the ordinary phrase the line was named after.
 */
function writtenAsName(text: string, lineName: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(text) || (/\p{Script=Latin}/u.test(text) && !/\p{Lu}/u.test(lineName));
}
