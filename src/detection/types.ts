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
  models?: string[];
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
  /** Terms that are also ordinary words ("coach", "guess"): they count only next to another brand cue. */
  commonWordTerms?: string[];
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

export type KeywordRuleKind = 'marker' | 'coded' | 'piracy';

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
  /** Piracy: only counts when the listing is in one of these categories (empty = any). */
  categories?: string[];
}

export interface KeywordRuleSet {
  marketplace?: string;
  version: string;
  rules: KeywordRule[];
  /** Cues of nominative use ("compatible with", "fits", "适用于") preceding a brand name. */
  nominativeCues?: string[];
  /** Phrases that make a whole listing about a licensed or museum reproduction. */
  licensedReproductionCues?: string[];
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
}

export type SignalKind =
  | 'marker'
  | 'coded'
  | 'piracy'
  | 'prerelease_disc'
  | 'brand_obfuscated'
  | 'brand_misspelled'
  | 'price_low'
  | 'bulk_quantity'
  | 'colour_not_produced'
  | 'ship_from_not_manufacturing';

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
  brandId?: string;
}

export interface Verdict {
  id: string;
  flagged: boolean;
  action: DetectionAction;
  score: number;
  signals: Signal[];
  /** Brands the listing refers to, with whether the mention was nominative ("fits", "compatible with"). */
  brands: Array<{ brandId: string; nominative: boolean }>;
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
