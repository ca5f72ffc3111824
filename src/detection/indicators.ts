/**
 * Indicator checks for the brand a listing refers to: robust price z-score (condition-aware),
 * wholesale quantities of cheap branded goods, colours the brand never produced, and ship-from
 * countries that are not manufacturing countries. None of them is decisive alone (see scoring.ts).
 * Brand facts come from the packed rows of brand-pack.ts.
 */
import {
  ROW_COLOURS,
  ROW_COUNTRY_COUNT,
  ROW_COUNTRY_START,
  ROW_FIRST_LINE,
  ROW_HAS_NEW,
  ROW_HAS_USED,
  ROW_STRIDE,
} from './brand-pack.ts';
import { type CompiledKnowledge, countryCode, OwnerType } from './compile.ts';
import { type Hit, round, type SignalFactory } from './evidence.ts';
import { robustZScore, toBaseCurrency } from './price.ts';
import type { DetectionPolicy, ListingInput, Signal } from './types.ts';

/** A listing's ship-from value resolved once: its code and its id among manufacturing countries. */
interface ShipFrom {
  code: string;
  /** Id in BrandPack.countryIds, or -1 when no brand is made there. */
  id: number;
}

const COUNTRY_CACHE_LIMIT = 10_000;

export class IndicatorChecker {
  private readonly countryCache = new Map<string, ShipFrom>();
  private readonly rateCache = new Map<string, number | null>();
  private readonly baseCurrency: string;

  constructor(
    private readonly compiled: CompiledKnowledge,
    private readonly policy: DetectionPolicy,
  ) {
    this.baseCurrency = Object.entries(policy.currencyRates).find(([, rate]) => rate === 1)?.[0] ?? 'base';
  }

  /**
   * Appends price, quantity, colour and origin signals for the listing's primary brand, whose row
   * in BrandPack.rows is at `row`, and its product line `lineIndex` (-1 for none).
   */
  check(
    listing: ListingInput,
    brandIndex: number,
    row: number,
    lineIndex: number,
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
    signalFor: SignalFactory,
  ): void {
    const pack = this.compiled.pack;
    const rows = pack.rows;
    const line = lineIndex >= 0 ? rows[row + ROW_FIRST_LINE]! + lineIndex : -1;
    const lineRow = row + ROW_STRIDE * (1 + lineIndex);
    const brandId = pack.brandIds[brandIndex]!;
    const brandName = pack.brandNames[brandIndex]!;
    const weights = this.policy.weights;
    const version = this.policy.version;
    let cheap = false;
    if (listing.price !== undefined) {
      const base = this.toBase(listing.price, listing.currency);
      // the line's statistics for the listing's condition, else the brand's
      const has =
        listing.condition === 'used' || listing.condition === 'refurbished' ? ROW_HAS_USED : ROW_HAS_NEW;
      const at = (line >= 0 && rows[lineRow + has] === 1 ? lineRow : row) + has;
      if (base !== null && base > 0 && rows[at] === 1) {
        const median = rows[at + 1]!;
        const z = robustZScore(Math.log(base), median, rows[at + 2]!);
        cheap = z < 0;
        if (z <= this.policy.priceZThreshold) {
          const strength = Math.min(1, 0.6 + (this.policy.priceZThreshold - z) / 5);
          const lineName = line >= 0 ? pack.lineNames[line]! : brandName;
          signals.push({
            kind: 'price_low',
            rule: pack.priceRules[brandIndex]!,
            ruleVersion: version,
            span: null,
            normalized: `${listing.price} ${listing.currency ?? 'USD'}`,
            detail: `price ${listing.price} ${listing.currency ?? 'USD'} is ${Math.round(-z * 10) / 10} robust SDs below typical ${listing.condition ?? 'new'} ${lineName} (median ${Math.round(Math.exp(median))} ${this.baseCurrency})`,
            weight: round(weights.priceLow * strength),
            priceZ: round(z),
            brandId,
          });
        }
      }
    }
    if (listing.quantity !== undefined && listing.quantity >= this.policy.bulkQuantity && cheap) {
      signals.push({
        kind: 'bulk_quantity',
        rule: pack.quantityRules[brandIndex]!,
        ruleVersion: version,
        span: null,
        normalized: String(listing.quantity),
        detail: `${listing.quantity} units of a ${brandName} item below typical price`,
        weight: weights.bulkQuantity,
        brandId,
      });
    }
    const lineColours = line >= 0 ? rows[lineRow + ROW_COLOURS]! : 0;
    const produced = lineColours !== 0 ? lineColours : rows[row + ROW_COLOURS]!;
    if (produced !== 0) {
      for (let h = 0; h < hitCount; h++) {
        const hit = hits[h]!;
        if (hit.type !== OwnerType.Colour) continue;
        const colour = hit.a;
        if ((produced >>> colour) & 1 || coveredByLongerColour(hit, hits, hitCount)) continue;
        signals.push(
          signalFor(
            hit,
            'colour_not_produced',
            pack.colourRules[brandIndex]!,
            weights.colourNotProduced,
            `${brandName} never produced ${this.compiled.colourNames[colour]}${line >= 0 ? ` for ${pack.lineNames[line]}` : ''}`,
            brandId,
          ),
        );
        break;
      }
    }
    const countryCount = rows[row + ROW_COUNTRY_COUNT]!;
    if (listing.shipFrom && countryCount > 0) {
      const shipFrom = this.shipFrom(listing.shipFrom);
      if (!madeIn(pack.countryPool, rows[row + ROW_COUNTRY_START]!, countryCount, shipFrom.id)) {
        signals.push({
          kind: 'ship_from_not_manufacturing',
          rule: pack.originRules[brandIndex]!,
          ruleVersion: version,
          span: null,
          normalized: shipFrom.code,
          detail: `ships from ${shipFrom.code}; ${brandName} is made in ${pack.manufacturingLists[brandIndex]}`,
          weight: weights.shipFromNotManufacturing,
          brandId,
        });
      }
    }
  }

  private shipFrom(value: string): ShipFrom {
    let found = this.countryCache.get(value);
    if (found === undefined) {
      const code = countryCode(value);
      found = { code, id: this.compiled.pack.countryIds.get(code) ?? -1 };
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

function madeIn(pool: Int32Array, start: number, count: number, country: number): boolean {
  for (let k = start; k < start + count; k++) if (pool[k] === country) return true;
  return false;
}

function coveredByLongerColour(hit: Hit, hits: readonly Hit[], hitCount: number): boolean {
  for (let h = 0; h < hitCount; h++) {
    const other = hits[h]!;
    if (other === hit || other.type !== OwnerType.Colour || other.field !== hit.field) continue;
    if (
      other.startUnit <= hit.startUnit &&
      other.endUnit >= hit.endUnit &&
      other.endUnit - other.startUnit > hit.endUnit - hit.startUnit
    )
      return true;
  }
  return false;
}
