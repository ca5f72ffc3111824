/**
 * Indicator checks for the brand a listing refers to: price against the recognised product line,
 * else against the brand's price for the listing's category (never one brand-wide range over cheap
 * accessories and flagship goods), graded by how far below the cheapest genuine new price it is;
 * bulk stock; colours the line or brand never produced, counted only as whole colour mentions of
 * the product; and ship-from countries outside the line's or brand's manufacturing countries. None
 * of them is decisive alone (see scoring.ts).
 */

import { hasNumeral, readBulkOffer } from './bulk-offer.ts';
import { type BrandTables, type CompiledKnowledge, CueKind, countryCode, OwnerType } from './compile.ts';
import { wordsBetween } from './contexts.ts';
import { CATEGORY_IDS } from './data/categories.ts';
import { COLOUR_SUBSTANCE_HEADS, INVENTED_COLOURWAYS, MATERIAL_COLOURS } from './data/vocabulary.ts';
import { type Hit, insideLongerHit, round, type SignalFactory } from './evidence.ts';
import type { ListingContext } from './listing-context.ts';
import { type NormalizedView, UNIT_HAS_DIGIT, UNIT_UNSPACED_SCRIPT } from './normalize.ts';
import { HAN_NUMERAL_CHARS, readCount } from './numerals.ts';
import { type ConditionStats, type PriceStats, robustZScore, toBaseCurrency } from './price.ts';
import type { DetectionPolicy, ListingInput, Signal } from './types.ts';

const COUNTRY_CACHE_LIMIT = 10_000;
const FIELD_TITLE = 0;
/** Punctuation after a colour word ends the phrase: "pink, size 38" describes the product. */
const COLOUR_PHRASE_END = /[,.;:!?|/\n，。；：！？、|【】()（）[\]]/;

/**
 * "new" as a phrase of its own in a title ("TAG Heuer / F1 / black / new", "47mm new ✅"): the
 * seller states the condition. Not "New Balance", "new arrival" or "2026 new".
 */
const NEW_AS_PHRASE =
  /(?:^|[,/|·~\-–—]\s*|\s)new[\s!\u2705\u{1f195}\u2728\u2b50\u{1f525}]*(?:$|[,/|·~\-–—])/iu;

export const DEFAULT_PRICE_RATIOS = { extreme: 0.12, strong: 0.3, weak: 0.45 };

interface PriceSource {
  stats: ConditionStats;
  /** What the price is judged against: a line's or brand's name, else the category's index. */
  label: string | number;
  /** A product line's prices (else a category's or the whole brand's). */
  line: boolean;
}

export class IndicatorChecker {
  private readonly countryCache = new Map<string, string>();
  private readonly rateCache = new Map<string, number | null>();
  private readonly baseCurrency: string;
  private readonly ratios: { extreme: number; strong: number; weak: number };
  private readonly materialColours: ReadonlySet<number>;
  private readonly inventedColourways: ReadonlySet<number>;
  /**
   * 1 for a brand with no categories and no category prices (schema 1): its own prices are the
   * reference. Read here, by brand index, rather than from the brand's tables, whose category
   * price map is an object of its own, mostly out of the caches (one miss a check).
   */
  private readonly brandPricesOnly: Uint8Array;

  constructor(
    private readonly compiled: CompiledKnowledge,
    private readonly policy: DetectionPolicy,
  ) {
    this.baseCurrency = Object.entries(policy.currencyRates).find(([, rate]) => rate === 1)?.[0] ?? 'base';
    this.ratios = policy.priceRatios ?? DEFAULT_PRICE_RATIOS;
    this.materialColours = new Set(
      compiled.colourNames.flatMap((name, index) => (MATERIAL_COLOURS.has(name) ? [index] : [])),
    );
    this.inventedColourways = new Set(
      compiled.colourNames.flatMap((name, index) => (INVENTED_COLOURWAYS.has(name) ? [index] : [])),
    );
    this.brandPricesOnly = new Uint8Array(compiled.brands.length);
    compiled.brands.forEach((tables, index) => {
      if (tables.categoryLo === 0 && tables.categoryHi === 0 && tables.categoryPrices.size === 0)
        this.brandPricesOnly[index] = 1;
    });
  }

  /** Appends price, quantity, colour and origin signals for the listing's primary brand. */
  check(
    listing: ListingInput,
    ctx: ListingContext,
    brandIndex: number,
    lineIndex: number,
    views: readonly NormalizedView[],
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
    signalFor: SignalFactory,
  ): void {
    const pack = this.compiled.pack;
    const tables = this.compiled.brands[brandIndex]!;
    const brandId = pack.brandIds[brandIndex]!;
    const brandName = pack.brandNames[brandIndex]!;
    const lineName = lineIndex >= 0 ? tables.brand.productLines![lineIndex]!.name : null;
    const weights = this.policy.weights;
    const version = this.policy.version;
    let ratio = Number.POSITIVE_INFINITY;
    let extreme = false;
    const used =
      listing.condition === 'used' ||
      listing.condition === 'refurbished' ||
      (listing.condition === undefined && ctx.usedStated && !ctx.newStated);
    /**
     * What the price was judged against, for a mildly low price told at the end (see mildPrice):
     * its source and statistics, described only when a signal tells them (most listings have none).
     */
    let referenceSource: PriceSource | null = null;
    let referenceStats: PriceStats | null = null;
    const source =
      listing.price === undefined ? null : this.priceSource(tables, brandIndex, ctx, lineIndex, brandName);
    if (source && listing.price !== undefined) {
      const base = this.toBase(listing.price, listing.currency);
      const stats = used ? source.stats.used : source.stats.new;
      if (base !== null && base > 0 && stats) {
        const z = robustZScore(Math.log(base), stats.median, stats.mad);
        // against the typical genuine price of the line (the geometric middle of its range); a
        // category's range spans cheap and dear products, so against its cheapest genuine price
        ratio = base / Math.exp(source.line ? stats.median : stats.min);
        referenceSource = source;
        referenceStats = stats;
        const r = this.ratios;
        let weight = 0;
        let strength = '';
        if (ratio <= r.extreme) {
          weight = weights.priceExtreme ?? weights.priceLow * 1.1;
          strength = 'extreme';
          extreme = true;
        } else if (used) {
          // second-hand prices vary too much for anything but an extreme one
        } else if (ratio <= r.strong) {
          weight = weights.priceStrong ?? weights.priceLow;
          strength = 'strongly';
        } else if (ratio <= r.weak && !promoted(listing, ctx)) {
          // a stated sale explains a moderate discount
          weight = weights.priceWeak ?? weights.priceLow * 0.75;
          strength = 'moderately';
        }
        if (weight > 0) {
          const currency = listing.currency ?? 'USD';
          signals.push({
            kind: 'price_low',
            rule: pack.priceRules[brandIndex]!,
            ruleVersion: version,
            span: null,
            normalized: `${listing.price} ${currency}`,
            detail: `price ${listing.price} ${currency} is ${strength} low: ${Math.round(ratio * 1000) / 10}% of the ${this.reference(source, stats, used, brandName)}`,
            weight: round(weight),
            priceZ: round(z),
            priceRatio: round(ratio),
            brandId,
          });
        }
      }
    }
    if (extreme && (ctx.newStated || NEW_AS_PHRASE.test(listing.title))) {
      signals.push({
        kind: 'stated_new',
        rule: `condition:${brandId}`,
        ruleVersion: version,
        span: null,
        normalized: 'new',
        detail: `stated to be new at ${Math.round(ratio * 1000) / 10}% of the genuine price: not second-hand`,
        weight: round(weights.statedNew ?? 0.1),
        brandId,
      });
    }
    if (extreme && ctx.lowPriceStated) {
      signals.push({
        kind: 'price_stressed',
        rule: `price-stressed:${brandId}`,
        ruleVersion: version,
        span: null,
        normalized: 'low price',
        detail: `a low price is stressed at ${Math.round(ratio * 1000) / 10}% of the genuine price`,
        weight: round(weights.priceStressed ?? 0.1),
        brandId,
      });
    }
    if (ctx.provenanceMissing && !used) {
      // a new branded item without receipt, papers or box: where did it come from?
      signals.push({
        kind: 'provenance_missing',
        rule: `provenance:${brandId}`,
        ruleVersion: version,
        span: null,
        normalized: 'no proof of provenance',
        detail: ctx.provenanceBoth
          ? `a new ${brandName} item offered without its papers and without its box: two missing proofs`
          : `a new ${brandName} item offered without receipt, papers or box`,
        // papers and packaging both missing are two weak cues, weighed like the two stories (0.36):
        // alone still under the line, with a price below the genuine one over it
        weight: round(ctx.provenanceBoth ? BOTH_PROOFS_WEIGHT : (weights.provenanceMissing ?? 0.25)),
        brandId,
      });
    }
    if (ctx.sellerStory && !used) {
      const story = weights.sellerStory ?? 0.2;
      // a hurry to sell or a gift passed on: genuine sellers say it too, so it never flags alone
      // (0.2 < 0.4); with no receipt or several on hand it adds up
      signals.push({
        kind: 'seller_story',
        rule: `seller-story:${brandId}`,
        ruleVersion: version,
        span: null,
        normalized: 'seller story',
        detail: ctx.bothStories
          ? `a new ${brandName} item told both as a gift passed on and as sold in a hurry: two stories`
          : `a new ${brandName} item sold in a hurry or as a gift passed on`,
        // the two stories are two weak cues (noisy-OR of both): 0.36 with the default weight
        weight: round(ctx.bothStories ? 1 - (1 - story) * (1 - story) : story),
        brandId,
      });
    }
    // the quantity field, else a stock count the title states ("100 units ready", "现货100台"); the
    // seller's own words win when they state more than the field ("十件起批" beside a field of 1)
    let offer = used ? null : readBulkOffer(listing.title);
    // a count inside the line's own name is its model ("Spectre x360"), not units
    if (offer !== null && lineName !== null && lineName.toLowerCase().includes(offer.text.toLowerCase()))
      offer = null;
    const field = listing.quantity ?? stockCountInTitle(listing.title);
    const quantity = Math.max(field ?? 0, offer?.units ?? 0) || undefined;
    const bulk =
      (quantity !== undefined && quantity >= this.policy.bulkQuantity) || offer?.wholesale === true;
    if (bulk && !used) {
      // bulk stock from a seller the brand has not authorized is a weak cue; with a low price, or
      // offered on wholesale terms in the seller's words ("量大从优", "trade price", "lot de 12"), a
      // stronger one
      const low = ratio <= this.ratios.weak;
      const strong = low || offer?.wholesale === true;
      const stated = offer !== null && (offer.wholesale || (offer.units ?? 0) >= (field ?? 0));
      signals.push({
        kind: 'bulk_quantity',
        rule: pack.quantityRules[brandIndex]!,
        ruleVersion: version,
        span: null,
        normalized: quantity === undefined ? offer!.text : String(quantity),
        detail: `${quantity === undefined ? 'many' : quantity} units of a ${brandName} item${low ? ' below the genuine price' : ''}${offer?.wholesale ? ` offered on wholesale terms ("${offer.text}")` : stated ? ` (stated in the title: "${offer!.text}")` : listing.quantity === undefined ? ' (stated in the title)' : ''}, from a seller the brand has not authorized`,
        weight: round(strong ? (weights.unauthorizedBulk ?? weights.bulkQuantity) : weights.bulkQuantity),
        brandId,
      });
    }
    // a few units on hand counted in the title ("12 available", "x5 available", "四台现货", "– 5
    // boxes", "ne ho 5"): several units of a new branded item, like "several available"
    if (!used && !bulk) {
      const stated =
        unitsOnHandInTitle(listing.title) ??
        offer?.units ??
        countedUnitsInTitle(listing.title, listing.quantity);
      if (stated !== undefined && stated >= 2 && !signals.some((s) => s.kind === 'stock_variety')) {
        signals.push({
          kind: 'stock_variety',
          rule: `stock:${brandId}`,
          ruleVersion: version,
          span: null,
          normalized: String(stated),
          detail: `${stated} units of a new ${brandName} item on hand (stated in the title)`,
          weight: STATED_UNITS_WEIGHT,
          brandId,
        });
      }
    }
    contradictedStory(signals, brandName);
    this.colourCheck(
      listing,
      tables,
      brandIndex,
      lineIndex,
      lineName,
      views,
      hits,
      hitCount,
      signals,
      signalFor,
      extreme && !used,
    );
    const countries =
      (lineIndex >= 0 ? tables.lineCountries[lineIndex] : null) ?? tables.manufacturingCountries;
    if (listing.shipFrom && countries.size > 0) {
      const shipFrom = this.shipFrom(listing.shipFrom);
      if (!countries.has(shipFrom)) {
        signals.push({
          kind: 'ship_from_not_manufacturing',
          rule: pack.originRules[brandIndex]!,
          ruleVersion: version,
          span: null,
          normalized: shipFrom,
          detail: `ships from ${shipFrom}; ${lineName ?? brandName} is made in ${[...countries].join(', ')}`,
          weight: weights.shipFromNotManufacturing,
          brandId,
        });
      }
    }
    if (
      !used &&
      ratio > this.ratios.weak &&
      ratio <= MILD_PRICE_RATIO &&
      listing.price !== undefined &&
      referenceSource !== null &&
      referenceStats !== null &&
      !promoted(listing, ctx)
    )
      mildPrice(
        signals,
        listing.price,
        listing.currency ?? 'USD',
        ratio,
        () => this.reference(referenceSource!, referenceStats!, used, brandName),
        pack.priceRules[brandIndex]!,
        version,
        weights.priceMild ?? MILD_PRICE_WEIGHT,
        brandId,
        // bulk offered in the seller's words is a cue of the words, not of the quantity field
        offer !== null && bulk,
      );
  }

  /** What a price is judged against, as a signal's detail tells it ("typical genuine new Alpha (120 EUR)"). */
  private reference(source: PriceSource, stats: PriceStats, used: boolean, brandName: string): string {
    return `${source.line ? 'typical' : 'cheapest'} genuine ${used ? 'second-hand' : 'new'} ${typeof source.label === 'string' ? source.label : `${brandName} ${categoryName(source.label)}`} (${Math.round(Math.exp(source.line ? stats.median : stats.min))} ${this.baseCurrency})`;
  }

  /** The line's prices, else the brand's for the category sold, else (schema 1 brands) the brand's. */
  private priceSource(
    tables: BrandTables,
    brandIndex: number,
    ctx: ListingContext,
    lineIndex: number,
    brandName: string,
  ): PriceSource | null {
    if (lineIndex >= 0) {
      const stats = tables.prices.lines[lineIndex];
      if (stats?.new) return { stats, label: tables.brand.productLines![lineIndex]!.name, line: true };
    }
    if (this.brandPricesOnly[brandIndex] === 1)
      return tables.prices.brand.new ? { stats: tables.prices.brand, label: brandName, line: true } : null;
    // the categories sold (an accessory wins over its product), else all the listing's categories;
    // of several, the cheapest, so an accessory is never judged as the flagship
    for (let pass = 0; pass < 2; pass++) {
      const lo = pass === 0 ? ctx.soldLo : ctx.catLo;
      const hi = pass === 0 ? ctx.soldHi : ctx.catHi;
      if (lo === 0 && hi === 0) continue;
      for (const { index, stats } of tables.cheapestCategories) {
        const inListing = index < 32 ? (lo >>> index) & 1 : (hi >>> (index - 32)) & 1;
        if (inListing) return { stats, label: index, line: false };
      }
    }
    return null;
  }

  private colourCheck(
    listing: ListingInput,
    tables: BrandTables,
    brandIndex: number,
    lineIndex: number,
    lineName: string | null,
    views: readonly NormalizedView[],
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
    signalFor: SignalFactory,
    extremeNew = false,
  ): void {
    // a colour word among the hits first: most listings have none, and then the brand's colour
    // tables (sets and arrays of their own, mostly out of the caches) need not be read
    let colourHit = false;
    for (let h = 0; h < hitCount && !colourHit; h++) colourHit = hits[h]!.type === OwnerType.Colour;
    if (!colourHit) return;
    const lineColours = lineIndex >= 0 ? tables.lineColours[lineIndex] : undefined;
    const produced = lineColours && lineColours.size > 0 ? lineColours : tables.brandColours;
    // with no colours on record, only a colourway copy sellers invent (neon, camouflage, an animal
    // print...) on a new item at an extreme price says something: the price and the colourway
    // together, never the colourway alone (a brand may well make a camouflage edition)
    // colours on record that are all finishes or names outside the colour vocabulary ("traditional
    // finish", "eco lingon") still say what the line was made in: at an extreme price of a new item,
    // a plain colour the record does not name ("hot pink" cymbals) is a colour never produced
    const listedOnly =
      produced.size === 0 &&
      extremeNew &&
      ((lineIndex >= 0 && (tables.brand.productLines![lineIndex]!.colours?.length ?? 0) > 0) ||
        (tables.brand.colours?.length ?? 0) > 0);
    const unknown = produced.size === 0 && !listedOnly;
    if (unknown && !extremeNew) return;
    for (let h = 0; h < hitCount; h++) {
      const hit = hits[h]!;
      if (hit.type !== OwnerType.Colour || produced.has(hit.a) || this.materialColours.has(hit.a)) continue;
      const invented = this.inventedColourways.has(hit.a);
      if (unknown && !invented) continue;
      if (
        insideLongerHit(hit, hits, hitCount, isColour) ||
        // Part of the name, not a colour of the product.
        insideLongerHit(hit, hits, hitCount, isRegisteredName) ||
        // Part of the product noun: "face cream", "eye cream" (a category phrase holding a colour word).
        insideLongerHit(hit, hits, hitCount, isCategory) ||
        // Part of a phrase the listing says something else with ("boxed mint": a condition).
        insideLongerHit(hit, hits, hitCount, isCue) ||
        // a colourway copies are made in (camo, neon, leopard), in the title of a new item at an
        // extreme price, is the item's wherever it stands ("X Art camo sparkling water maker")
        (!(extremeNew && invented && hit.field === FIELD_TITLE) &&
          !isProductColour(listing, views, hits, hitCount, hit)) ||
        // a word of the line's own name is the product, wherever it stands ("H3 Anti-Wrinkle Cream"
        // sold as "anti-wrinkle cream white": the cream is the product, the white its colour)
        (lineName !== null && nameEndsWith(lineName, hitText(listing, views, hit)))
      )
        continue;
      const pack = this.compiled.pack;
      signals.push(
        signalFor(
          hit,
          'colour_not_produced',
          pack.colourRules[brandIndex]!,
          this.policy.weights.colourNotProduced,
          unknown
            ? `a new ${pack.brandNames[brandIndex]} item at an extreme price in ${this.compiled.colourNames[hit.a]}, a colourway copies are made in`
            : `${pack.brandNames[brandIndex]} never produced ${this.compiled.colourNames[hit.a]}${lineName ? ` for ${lineName}` : ''}`,
          pack.brandIds[brandIndex]!,
        ),
      );
      return;
    }
  }

  private shipFrom(value: string): string {
    let found = this.countryCache.get(value);
    if (found === undefined) {
      found = countryCode(value);
      if (this.countryCache.size < COUNTRY_CACHE_LIMIT) this.countryCache.set(value, found);
    }
    return found;
  }

  private toBase(price: number, currency: string | undefined): number | null {
    const key = currency ?? 'USD';
    let rate = this.rateCache.get(key);
    if (rate === undefined) {
      rate = toBaseCurrency(1, key, this.policy);
      this.rateCache.set(key, rate);
    }
    return rate === null ? null : price * rate;
  }
}

/**
 * Units in stock as a title states them: a count with a unit and a word for stock on hand ("100
 * units ready", "50 pcs in stock", "现货100台", "28件现货"), or after "lots of" / "bulk" ("lots of 50",
 * "bulk 50 pairs"). A count alone ("6 pcs", "4支装") is the size of a pack, not stock.
 */
const STOCK_COUNT_EN =
  /\b(\d{1,5})\s*(?:pcs|pieces|units|pairs|sets)\b\s*(?:ready|available|in stock|on hand|lot)|\b(?:lots? of|bulk|stock of)\s*(\d{1,5})\b/i;
const STOCK_COUNT_ZH =
  /(?:现货|有货|库存)\s*(\d{1,5})\s*[件台个双支套只条]|(\d{1,5})\s*[件台个双支套只条]\s*(?:现货|有货|库存)/;

/**
 * A private seller's story (a gift passed on, a hurry to sell) told of an item the seller has several
 * of ("gift, never used, have several", "must go today, more sizes in stock") does not hold: one gift
 * is one item. The story then weighs as much as a missing proof of provenance, so that with the stock
 * it adds up to a flag (0.25 and 0.2); either alone still never flags.
 */
const CONTRADICTED_STORY_WEIGHT = 0.25;

function contradictedStory(signals: Signal[], brandName: string): void {
  const story = signals.findIndex((s) => s.kind === 'seller_story');
  if (story < 0 || !signals.some((s) => s.kind === 'stock_variety')) return;
  const signal = signals[story]!;
  if (signal.weight >= CONTRADICTED_STORY_WEIGHT) return;
  signals[story] = {
    ...signal,
    weight: CONTRADICTED_STORY_WEIGHT,
    detail: `a new ${brandName} item told as a gift passed on or a hurried sale, of which the seller has several: the story does not hold`,
  };
}

/**
 * A new branded item at 45-60 % of its genuine price is no cue by itself: shops sell at that price
 * in a sale, and a sale stated in the listing ("clearance", "limited-time offer", 到手价) explains it.
 * Unexplained, it is the price of the 30-60 %-of-retail listings that tell two weak cues of their
 * own ("must go today" and ships from abroad, "several available" and ships from abroad): those
 * sum to 0.36, just under the line, and the price makes it 0.42. So it weighs 0.1 and is told only
 * when the listing's own words carry a weak cue (a seller story, stock on hand, no receipt, a
 * quality or factory claim, a colour never produced): never with shop metadata alone (a quantity
 * field and a warehouse abroad are what a legitimate retailer's listing has), never for second-hand
 * goods.
 */
/** A discount stated as a share ("20% off", "30 %OFF"): the matcher drops "%", so it is read here. */
const PERCENT_OFF = /\d\s?%\s?off\b/i;

/** A sale the listing states: a promotion cue, or a share off the price. */
function promoted(listing: ListingInput, ctx: ListingContext): boolean {
  return (
    ctx.promotion ||
    PERCENT_OFF.test(listing.title) ||
    // the pattern needs a "%": a description without one (most) is not searched digit by digit
    (listing.description !== undefined &&
      listing.description.indexOf('%') >= 0 &&
      PERCENT_OFF.test(listing.description))
  );
}

export const MILD_PRICE_RATIO = 0.6;
const MILD_PRICE_WEIGHT = 0.1;
/** Signals from the listing's fields rather than its words: they do not wake a mildly low price. */
const METADATA_SIGNALS: ReadonlySet<Signal['kind']> = new Set([
  'price_low',
  'bulk_quantity',
  'ship_from_not_manufacturing',
]);

function mildPrice(
  signals: Signal[],
  price: number,
  currency: string,
  ratio: number,
  reference: () => string,
  rule: string,
  version: string,
  weight: number,
  brandId: string,
  bulkInWords: boolean,
): void {
  const cue = signals.find(
    (s) => !METADATA_SIGNALS.has(s.kind) || (bulkInWords && s.kind === 'bulk_quantity'),
  );
  if (cue === undefined || signals.some((s) => s.kind === 'price_low')) return;
  signals.push({
    kind: 'price_low',
    rule,
    ruleVersion: version,
    span: null,
    normalized: `${price} ${currency}`,
    detail: `price ${price} ${currency} is mildly low: ${Math.round(ratio * 1000) / 10}% of the ${reference()}, with a weak cue in the listing's words (${cue.kind})`,
    weight: round(weight),
    priceRatio: round(ratio),
    brandId,
  });
}

/** The papers and the packaging both missing: two weak cues (noisy-OR of two 0.2 cues). */
const BOTH_PROOFS_WEIGHT = 0.36;
/** Units on hand stated with a count: a weak cue of stock (see unitsOnHandInTitle). */
const STATED_UNITS_WEIGHT = 0.2;
const UNITS_ON_HAND_EN =
  /\bx\s?(\d{1,4})\s+(?:available|in stock|on hand|ready)\b|(?<!\b(?:uk|us|eu|fr|it|size|sz)\s?)\b(\d{1,4})\s*(?:pcs|pieces|units|pairs|sets|kits|bottles|boxes|items)?\s+(?:available|in stock|on hand|left|ready to ship)\b|\b(\d{1,4})\s*(?:stück|stk|sets|paar|pcs)\.?\s+(?:da|vorhanden|verfügbar|auf lager)\b/i;
const DIGIT = /\d/;
const UNITS_ON_HAND_ZH = new RegExp(
  `([\\d${HAN_NUMERAL_CHARS}]{1,5})\\s*[件台个双支套只条瓶盒]\\s*(?:现货|有货|库存)|(?:现货|有货|库存|还有|还剩)\\s*([\\d${HAN_NUMERAL_CHARS}]{1,5})\\s*[件台个双支套只条瓶盒]|(?:^|[\\s，,、])有\\s*([\\d${HAN_NUMERAL_CHARS}]{1,3})\\s*[件台个双支套只条瓶盒顶把部](?=$|[\\s，,、。！!])`,
);

/**
 * The same in the other languages of the marketplaces: Turkish "elimde 6 tane var" (I have 6),
 * "5 adet mevcut", Italian "ne ho 5" (I have 5 of them), French "j'en ai 4", "lot de 12", Spanish
 * and Portuguese "tengo 3 unidades", "tenho 3 peças", Hungarian "5 db van" (there are 5 pieces).
 */
const UNITS_ON_HAND_EU =
  /\b(?:elimde|stokta)\s+(\d{1,4})\s+(?:tane|adet)\b|\b(\d{1,4})\s+(?:tane|adet)\s+(?:var|mevcut|stokta)\b|\bne ho\s+(\d{1,4})\b|\bj'en ai\s+(\d{1,4})\b|\blot de\s+(\d{1,4})\b|\b(?:tengo|tenho)\s+(\d{1,4})\s+(?:unidades|piezas|peças|pares)\b|\b(\d{1,4})\s*db\.?\s+(?:van|raktáron|elérhető)\b/i;

/**
 * Units on hand as a title counts them, in digits or Chinese numerals: "12 available", "x5
 * available", "8 units in stock", "4 kits available", "四台现货", "现货五件", "有6顶" standing as a
 * phrase of its own (not "有3个口袋", three pockets; not a size: "UK 8 in stock").
 */
export function unitsOnHandInTitle(title: string): number | undefined {
  // every pattern counts with a digit or a Han numeral: most titles have neither (~0.1 µs against ~1)
  if (!hasNumeral(title)) return undefined;
  const m = UNITS_ON_HAND_EN.exec(title) ?? UNITS_ON_HAND_ZH.exec(title) ?? UNITS_ON_HAND_EU.exec(title);
  if (m === null) return undefined;
  return readCount(m.slice(1).find((group) => group !== undefined)!);
}

/**
 * "have 9", "I have 3", "got 4" as a phrase of its own: the seller counts the units on hand, the
 * English of "ne ho 5", "j'en ai 4", "tengo 3" (UNITS_ON_HAND_EU).
 */
const HAVE_COUNT_EN =
  /(?:^|[,;:(|/·\-–—]|\s)\s*(?:have|got)\s+(\d{1,3})(?:\s+(?:units|pcs|pieces|pairs|of them|in total|total|left))?\s*(?=$|[,;:.!)|/·\-–—])/i;
/**
 * A count with a word for pieces or units, as a phrase of its own in the title ("5 units", "3
 * Stück", "6 pezzi", "4 bucăți", "2 unidades", "3 sztuki", "5 kpl"): a pack's size or the units on
 * hand. It is the units on hand when it is the very quantity the listing offers (a pack of 6 is one
 * unit of sale).
 */
const COUNTED_PIECES =
  /(?:^|[,;:(|/·\-–—]\s*|\s)(\d{1,3})\s*(?:units|unit|pcs|pieces|items|stück|stueck|stk|pezzi|pz|bucăți|bucati|bucăţi|buc|piezas|unidades|uds|pièces|pieces|exemplaires|peças|unidades|sztuki|sztuk|szt|kusy|kusů|ks|kpl|db|darab|adet|tane|stuks|stykker|st|шт|штук|штуки|τεμάχια|τεμ)\.?(?=$|[\s,;:.!)|/·\-–—])/iu;

/** Units on hand counted with a word for pieces when the count is the listing's quantity (2-19). */
export function countedUnitsInTitle(title: string, quantity: number | undefined): number | undefined {
  if (quantity === undefined || quantity < 2 || !DIGIT.test(title)) return undefined;
  const have = HAVE_COUNT_EN.exec(title);
  if (have !== null) return Number(have[1]);
  const m = COUNTED_PIECES.exec(title);
  return m !== null && Number(m[1]) === quantity ? quantity : undefined;
}

export function stockCountInTitle(title: string): number | undefined {
  if (!DIGIT.test(title)) return undefined;
  const m = STOCK_COUNT_EN.exec(title) ?? STOCK_COUNT_ZH.exec(title);
  if (m === null) return undefined;
  return Number(m[1] ?? m[2]);
}

function categoryName(index: number): string {
  return CATEGORY_IDS[index] ?? 'goods';
}

/**
 * A colour word describes the product when it ends the title or a phrase, or is followed by the
 * product, the brand or line, another colour, a material or a variant word ("pink leather bag",
 * "black/white", "黑色 款"). In a description it must follow a colour label ("Colour: pink").
 * "Black Friday", "white-glove delivery", "ships in a red box" and "gold hardware" are not.
 */
function isProductColour(
  listing: ListingInput,
  views: readonly NormalizedView[],
  hits: readonly Hit[],
  hitCount: number,
  hit: Hit,
): boolean {
  const view = views[hit.field]!;
  if (hit.field !== FIELD_TITLE) {
    for (let h = 0; h < hitCount; h++) {
      const label = hits[h]!;
      if (label.type !== OwnerType.Cue || label.a !== CueKind.ColourLabel || label.field !== hit.field)
        continue;
      if (label.endUnit <= hit.startUnit && wordsBetween(view, label, hit) === 0) return true;
    }
    return false;
  }
  const next = hit.endUnit;
  if (next >= view.length) return true;
  const gap = listing.title.slice(view.ends[next - 1]!, view.starts[next]!);
  if (COLOUR_PHRASE_END.test(gap)) return true;
  // the colour word names what the product is made of or tastes of: "orange juice", "olive oil",
  // "rose water", "gold leaf", "green tea extract", "charcoal mask"
  if (
    gap.trim() === '' &&
    gap !== '' &&
    substanceCompound(listing.title, view, hits, hitCount, hit.field, next)
  )
    return false;
  // Chinese titles stack their attributes with spaces: "迷彩 顶级品质" names the colourway
  if (view.flags[next - 1]! & UNIT_UNSPACED_SCRIPT && gap.trim() === '' && gap !== '') return true;
  if ((view.flags[next]! & UNIT_HAS_DIGIT) !== 0 && gap.trim() === '') return true; // a size follows
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if (other.field !== hit.field || other.startUnit !== next) continue;
    const type = other.type;
    if (gap.includes('-') && type !== OwnerType.Colour) continue; // "white-glove"
    if (
      type === OwnerType.Category ||
      type === OwnerType.ProductLine ||
      type === OwnerType.BrandTerm ||
      type === OwnerType.Colour ||
      (type === OwnerType.Cue && other.a === CueKind.ColourFollower)
    )
      return true;
  }
  return false;
}

const isColour = (type: number) => type === OwnerType.Colour;
const isCategory = (type: number) => type === OwnerType.Category;

/** The lower-cased word (letters and hyphens) at `start` of `text`. */
function wordAt(text: string, start: number): string {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c < 0x80 ? !(((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2d) : !LETTER.test(text[end]!))
      break;
    end++;
  }
  return text.slice(start, end).toLowerCase();
}
const LETTER = /\p{L}/u;

/**
 * Whether the word at unit `at` is a substance the colour word before it names ("olive oil",
 * "orange juice", "green tea extract") and ends the compound: the title or phrase ends after it, a
 * number, another substance, or a category, brand, line or colour follows ("rose water toner",
 * "cream cleanser white"). A
 * substance word running on into another phrase ("rainbow oil slick finish") is no compound.
 */
function substanceCompound(
  title: string,
  view: NormalizedView,
  hits: readonly Hit[],
  hitCount: number,
  field: number,
  at: number,
): boolean {
  const start = view.starts[at]!;
  let word = wordAt(title, start);
  if (!COLOUR_SUBSTANCE_HEADS.has(word)) return false;
  let end = start + word.length;
  for (let round = 0; round < 2; round++) {
    let p = end;
    while (p < title.length && title.charCodeAt(p) === 0x20) p++;
    if (p >= title.length || p === end) return true; // the end, or punctuation right after
    const c = title.charCodeAt(p);
    if ((c >= 0x30 && c <= 0x39) || COLOUR_PHRASE_END.test(title[p]!)) return true;
    for (let h = 0; h < hitCount; h++) {
      const other = hits[h]!;
      if (other.field !== field || view.starts[other.startUnit]! !== p) continue;
      const type = other.type;
      if (
        type === OwnerType.Category ||
        type === OwnerType.ProductLine ||
        type === OwnerType.BrandTerm ||
        type === OwnerType.Colour
      )
        return true;
    }
    word = wordAt(title, p);
    if (round > 0 || !COLOUR_SUBSTANCE_HEADS.has(word)) return false;
    end = p + word.length;
  }
  return false;
}

/** The text of a hit, lower-cased. */
function hitText(listing: ListingInput, views: readonly NormalizedView[], hit: Hit): string {
  const view = views[hit.field]!;
  const text = hit.field === FIELD_TITLE ? listing.title : (listing.description ?? '');
  return text.slice(view.starts[hit.startUnit]!, view.ends[hit.endUnit - 1]!).toLowerCase();
}

/** Whether `name`'s last word (its head noun: "Anti-Wrinkle Cream") is `word`, case-insensitive. */
function nameEndsWith(name: string, word: string): boolean {
  if (word === '' || name.length < word.length) return false;
  const at = name.length - word.length;
  if (at > 0 && LETTER_OR_DIGIT.test(name[at - 1]!)) return false;
  return name.slice(at).toLowerCase() === word;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isCue = (type: number) => type === OwnerType.Cue;
/** A colour word inside a name a brand registered for itself or a line ("ABC Camo", "1st Camo", "Black Bay"). */
const isRegisteredName = (type: number) => type === OwnerType.BrandTerm || type === OwnerType.ProductLine;
