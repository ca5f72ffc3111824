import type { CategoryId } from './data/categories.ts';

export type { CategoryId } from './data/categories.ts';

/**
 * Public types of the proactive detection engine. Everything here is plain data so it can be
 * loaded from JSON files, sent over the API, and versioned as policy records.
 */

export type ListingCondition = 'new' | 'used' | 'refurbished';

/** A marketplace listing as the engine sees it. Only `id` and `title` are required. */
export interface ListingInput {
  id: string;
  title: string;
  description?: string;
  price?: number;
  currency?: string;
  quantity?: number;
  condition?: ListingCondition;
  category?: string;
  shipFrom?: string;
  sellerId?: string;
  imageUrls?: string[];
  marketplace?: string;
}

export interface PriceRange {
  min: number;
  max: number;
  currency: string;
}

export interface ProductLine {
  name: string;
  aliases?: string[];
  referencePrice?: PriceRange;
  /** Colours this line was actually produced in (any language; folded like other text). */
  colours?: string[];
  /** Deprecated spelling of `modelNumbers`; still accepted. */
  models?: string[];
  /** How sellers write the line ("AJ1", "Pro 2", "二代"); generation suffixes need not be listed. */
  shortNames?: string[];
  /** Model and reference numbers, matched ignoring case, spaces and hyphens. */
  modelNumbers?: string[];
  category?: CategoryId;
  /** Where this line is made, when it differs from the brand's countries. */
  manufacturingCountries?: string[];
}

export interface CategoryPrice {
  category: CategoryId;
  referencePrice: PriceRange;
}

export interface ObservedPrice {
  productLine?: string;
  price: number;
  currency: string;
  condition?: ListingCondition;
}

export interface Brand {
  id: string;
  name: string;
  /** Other spellings, transliterations and Chinese names, e.g. "LV", "路易威登". */
  aliases?: string[];
  /** Protected terms that identify the brand's goods (signature patterns, trade dress names). */
  protectedTerms?: string[];
  /**
   * What sellers call the brand when they avoid its name, as the rights holder knows it: nicknames,
   * slang, descriptions of its logo or origin ("北脸", "跳豹标", "the cat logo brand"). A mention of
   * the brand only in its categories (or with one of its lines), reported as `brand_nickname`.
   */
  nicknames?: string[];
  /**
   * Deprecated: terms that are also ordinary words ("coach"). The detector decides from the brand's
   * categories; a listed term still needs a product line of the brand when the category is unknown.
   */
  commonWordTerms?: string[];
  /** Categories the brand makes goods in; brand indicators need the listing to be in one of them. */
  categories?: CategoryId[];
  /** Retail ranges of new goods per category, for listings that name no product line. */
  categoryPrices?: CategoryPrice[];
  productLines?: ProductLine[];
  /** Colours produced across the brand when a line does not list its own. */
  colours?: string[];
  manufacturingCountries?: string[];
  authorizedSellers?: string[];
  observedPrices?: ObservedPrice[];
  /** Films, series and games of the rights holder: discs offered before release are apparent piracy. */
  works?: ProtectedWork[];
}

export interface ProtectedWork {
  title: string;
  aliases?: string[];
  /** ISO date (YYYY-MM-DD) of the first authorised disc release. */
  discReleaseDate: string;
}

export interface BrandKnowledge {
  version: string;
  brands: Brand[];
}

/**
 * Strong kinds (marker, coded, piracy, oem_leak) are counterfeit evidence on their own; the weak
 * kinds (vague quality claims, "factory direct", stock of every size, "DM for pictures") are
 * signals that add up with others and are capped like indicators.
 */
export const KEYWORD_RULE_KINDS = [
  'marker',
  'coded',
  'piracy',
  'oem_leak',
  'contact_offsite',
  'weak_quality_claim',
  'factory_direct',
  'stock_variety',
] as const;
export type KeywordRuleKind = (typeof KEYWORD_RULE_KINDS)[number];

export interface KeywordRule {
  id: string;
  pattern: string;
  kind: KeywordRuleKind;
  /** 0..1: how strongly the term alone indicates infringement. */
  severity: number;
  /** Phrases that make the term innocent when they overlap the match ("usb type a"). */
  innocentContexts?: string[];
  /** Words that make the term innocent when they stand within three words of it ("lessons 1:1"). */
  innocentNearby?: string[];
  /** The rule is innocent in a listing about a licensed or museum reproduction. */
  licensedContextInnocent?: boolean;
  /**
   * Countries (ISO 3166-1 alpha-2) where the term means something innocent, for listings shipped
   * from them: Taiwan's 公司貨 is the distributor's warranted stock, elsewhere copy-trade slang.
   */
  innocentShipFrom?: string[];
  /** Piracy: innocent when the title states the device unmodified ("原装 未改机 … 内置游戏": its own games). */
  stockDeviceInnocent?: boolean;
  /** Piracy: only counts when the listing is in one of these categories (empty = any). */
  categories?: string[];
  /**
   * The term is generic ("1:1", "AAA", "mirror"): it counts only when the listing names a brand,
   * one of its product lines or a protected work (not in nominative use).
   */
  needsBrand?: boolean;
  /** With `needsBrand`: taxonomy categories in which the term is trade slang and counts without a brand. */
  brandFreeCategories?: CategoryId[];
  /** With `needsBrand`: the brand or one of its lines must stand within this many words ("Chanel-inspired"). */
  brandWithin?: number;
  /** With `brandWithin`: the brand's name (not a line) must come before the term ("BV style", not "style BV"). */
  brandBefore?: boolean;
  /** With `brandBefore`: one of the brand's product lines may stand before the term in its place ("Orion 同款"). */
  lineBefore?: boolean;
  /** The term counts only in the title (in descriptions it is ordinary spec language: "Prizm-style lens"). */
  titleOnly?: boolean;
  /** The term counts only when one of these words stands within five words of it ("preloaded" + "games"). */
  requiresNearby?: string[];
  /**
   * With `requiresNearby`: taxonomy categories of the listing (its category field or title words) in
   * which the term counts without those words ("modded" of any handheld in a consoles listing).
   */
  nearbyFreeCategories?: CategoryId[];
  /**
   * The term counts only when one of these words stands in its sentence ("not purchased from the
   * brand" with "copies" or "logo" in the same sentence: an admission, not a gray-market note).
   * Its `innocentNearby` words are then read over the same sentence.
   */
  requiresInSentence?: string[];
  /** Innocent in a listing that names a brand only to say what it fits ("non-genuine" toner "for HP"). */
  nominativeInnocent?: boolean;
}

export interface KeywordRuleSet {
  marketplace?: string;
  version: string;
  rules: KeywordRule[];
  /** Cues of nominative use ("compatible with", "fits", "适用于") preceding a brand name. */
  nominativeCues?: string[];
  /** Phrases that make a whole listing about a licensed or museum reproduction. */
  licensedReproductionCues?: string[];
  /** Cues of nominative use that follow the brand ("Apple Watch compatible band", "苹果 兼容"). */
  nominativeAfterCues?: string[];
  /** Disclosures that the goods are third-party ("not made by", "aftermarket", "非原厂"): any brand in the listing is nominative. */
  thirdPartyCues?: string[];
  /** Words that negate a marker just after them ("not a replica", "no fakes", "绝非高仿"). */
  negationCues?: string[];
  /** Words that negate a marker just before them, in languages that deny after the noun ("çakma değil", "짝퉁 아님"). */
  negationAfterCues?: string[];
  /** Words of a listing that talks about fakes rather than sells one ("how to spot", "鉴别", "真假对比"). */
  discussionCues?: string[];
  /** A stated sale that explains a moderate discount ("clearance", "Black Friday", "双十一"). */
  promotionCues?: string[];
  /** Text saying the item is second-hand ("pre-owned", "二手", "闲置"). */
  usedConditionCues?: string[];
  /** Text saying the item is new ("brand new", "BNWT", "全新"). */
  newConditionCues?: string[];
  /** Text stressing a low price ("cheap", "best price", "低价", "性价比"): with an extreme price, a second cue. */
  lowPriceCues?: string[];
}

export type DetectionAction = 'remove' | 'review' | 'brand_verify' | 'allow';

export interface DetectionPolicy {
  version: string;
  /** Ordered from the highest score down; the first threshold the score reaches wins. */
  thresholds: Array<{ minScore: number; action: DetectionAction }>;
  weights: SignalWeights;
  /** Price z-score (log scale) at or below which a price is anomalously low. */
  priceZThreshold: number;
  /** Second-hand price factor relative to the new reference median. */
  usedPriceFactor: number;
  /** Quantity from which a cheap branded listing looks like a wholesale lot. */
  bulkQuantity: number;
  /** Price, quantity, colour and origin together may not reach more than this without a text signal. */
  indicatorOnlyScoreCap: number;
  /** Exchange rates to a common unit (1 unit of the currency = rate units of the base). */
  currencyRates: Record<string, number>;
  maxTextLength: number;
  maxPrice: number;
  /**
   * Price as a share of the typical genuine new price (the geometric middle of the reference range
   * of the line, else of the listing's category): at or below `extreme` the price is extreme, below
   * `strong` strongly low, below `weak` a weak cue. Missing in older policy files: defaults apply.
   */
  priceRatios?: { extreme: number; strong: number; weak: number };
  /** Weak text cues in the description weigh this share of their title weight (boilerplate). */
  descriptionWeakFactor?: number;
  /** Monotone map of raw noisy-OR scores to calibrated ones: [raw, calibrated] points, ascending. */
  calibration?: Array<[number, number]>;
}

export interface SignalWeights {
  obfuscatedBrand: number;
  misspelledBrand: number;
  priceLow: number;
  bulkQuantity: number;
  colourNotProduced: number;
  shipFromNotManufacturing: number;
  /** Multiplied with a keyword rule's severity. */
  keyword: number;
  /** Extreme, strong and weak price signals (see DetectionPolicy.priceRatios); default from priceLow. */
  priceExtreme?: number;
  priceStrong?: number;
  priceWeak?: number;
  /** A new item at 45-60 % of the genuine price, told only beside a weak cue in the listing's words. */
  priceMild?: number;
  /** Bulk stock of a branded item from a seller the brand has not authorized. */
  unauthorizedBulk?: number;
  /** A new item at an extreme price: the text says it is new (rules out second-hand). */
  statedNew?: number;
  /** The text stresses a low price that is extreme already (signal `price_stressed`). */
  priceStressed?: number;
  /** A new branded item said to come without receipt, papers or box (signal `provenance_missing`). */
  provenanceMissing?: number;
  /** A new branded item whose title tells a hurry to sell or a gift passed on (signal `seller_story`). */
  sellerStory?: number;
  /** A product line named without its brand at a strongly low price (signal `brand_unwritten`). */
  brandUnwritten?: number;
  /** A brand named by a nickname derived from its initials or its Chinese name ("G家", "香家"). */
  brandNickname?: number;
  /** A listing image matching a brand's reference image, from a seller the brand has not authorized. */
  stolenPhoto?: number;
}

/** Every kind of signal a verdict can carry (the portal has a label for each). */
export const SIGNAL_KINDS = [
  ...KEYWORD_RULE_KINDS,
  'brand_nickname',
  'stated_new',
  'price_stressed',
  'provenance_missing',
  'seller_story',
  'brand_unwritten',
  'prerelease_disc',
  'brand_obfuscated',
  'brand_misspelled',
  'price_low',
  'bulk_quantity',
  'colour_not_produced',
  'ship_from_not_manufacturing',
  'stolen_photo',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface TextSpan {
  /** Which listing field the offsets (UTF-16, end exclusive) refer to. */
  field: 'title' | 'description';
  start: number;
  end: number;
  text: string;
}

export interface Signal {
  kind: SignalKind;
  rule: string;
  ruleVersion: string;
  span: TextSpan | null;
  normalized: string;
  detail: string;
  weight: number;
  priceZ?: number;
  /** Price signals: the price as a share of the typical genuine price it was compared with. */
  priceRatio?: number;
  brandId?: string;
  /** `stolen_photo`: the listing image and the brand's reference image it matches. */
  image?: PhotoMatchEvidence;
}

export interface PhotoMatchEvidence {
  listingImageId: string;
  position: number;
  referenceId: string;
  referenceSha256: string;
  rightId: string;
  /** Hamming distance of the PDQ hashes (0 for identical bytes). */
  distance: number;
  transformation: 'identical' | 'near_identical' | 'mirrored';
}

export interface Verdict {
  id: string;
  flagged: boolean;
  action: DetectionAction;
  score: number;
  signals: Signal[];
  /** Brands the listing refers to, with whether the mention was nominative ("fits", "compatible with"). */
  brands: Array<{ brandId: string; nominative: boolean; productLine?: string }>;
  /** Categories the listing was recognised in (from its category field or its text). */
  categories?: CategoryId[];
  /** Reasons a signal was discarded (innocent context, authorized seller...), for reviewers. */
  suppressed: string[];
  automated: { detection: true; decision: boolean };
  policyVersion: string;
}

/** A clear, locatable problem with one record or rule; the batch carries on without it. */
export interface DetectionInputError {
  /** 1-based line of the NDJSON file, when known. */
  line?: number;
  /** JSON pointer to the offending field ("/rules/3/pattern"). */
  pointer: string;
  recordId?: string;
  message: string;
}
