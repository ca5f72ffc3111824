/**
 * Indicator checks for the brand a listing refers to: robust price z-score (condition-aware),
 * wholesale quantities of cheap branded goods, colours the brand never produced, and ship-from
 * countries that are not manufacturing countries. None of them is decisive alone (see scoring.ts).
 */
import { type CompiledKnowledge, countryCode, OwnerType } from './compile.ts';
import { type Hit, round, type SignalFactory } from './evidence.ts';
import { robustZ, statsFor, toBaseCurrency } from './price.ts';
import type { DetectionPolicy, ListingInput, Signal } from './types.ts';

export class IndicatorChecker {
  private readonly countryCache = new Map<string, string>();
  private readonly rateCache = new Map<string, number | null>();
  private readonly baseCurrency: string;

  constructor(
    private readonly compiled: CompiledKnowledge,
    private readonly policy: DetectionPolicy,
  ) {
    this.baseCurrency = Object.entries(policy.currencyRates).find(([, rate]) => rate === 1)?.[0] ?? 'base';
  }

  /** Appends price, quantity, colour and origin signals for the listing's primary brand. */
  check(
    listing: ListingInput,
    brandIndex: number,
    lineIndex: number,
    hits: readonly Hit[],
    hitCount: number,
    signals: Signal[],
    signalFor: SignalFactory,
  ): void {
    const tables = this.compiled.brands[brandIndex]!;
    const brandId = tables.brand.id;
    const weights = this.policy.weights;
    const version = this.policy.version;
    let cheap = false;
    if (listing.price !== undefined) {
      const base = this.toBase(listing.price, listing.currency);
      const stats =
        (lineIndex >= 0 ? statsFor(tables.prices.lines[lineIndex]!, listing.condition) : null) ??
        statsFor(tables.prices.brand, listing.condition);
      if (base !== null && base > 0 && stats) {
        const z = robustZ(Math.log(base), stats);
        cheap = z < 0;
        if (z <= this.policy.priceZThreshold) {
          const strength = Math.min(1, 0.6 + (this.policy.priceZThreshold - z) / 5);
          const lineName = lineIndex >= 0 ? tables.brand.productLines![lineIndex]!.name : tables.brand.name;
          signals.push({
            kind: 'price_low',
            rule: `price:${brandId}`,
            ruleVersion: version,
            span: null,
            normalized: `${listing.price} ${listing.currency ?? 'USD'}`,
            detail: `price ${listing.price} ${listing.currency ?? 'USD'} is ${Math.round(-z * 10) / 10} robust SDs below typical ${listing.condition ?? 'new'} ${lineName} (median ${Math.round(Math.exp(stats.median))} ${this.baseCurrency})`,
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
        rule: `quantity:${brandId}`,
        ruleVersion: version,
        span: null,
        normalized: String(listing.quantity),
        detail: `${listing.quantity} units of a ${tables.brand.name} item below typical price`,
        weight: weights.bulkQuantity,
        brandId,
      });
    }
    const produced =
      lineIndex >= 0 && tables.lineColours[lineIndex]!.size > 0
        ? tables.lineColours[lineIndex]!
        : tables.brandColours;
    if (produced.size > 0) {
      for (let h = 0; h < hitCount; h++) {
        const hit = hits[h]!;
        if (hit.owner < 0 || this.compiled.ownerType[hit.owner] !== OwnerType.Colour) continue;
        const colour = this.compiled.ownerA[hit.owner]!;
        if (produced.has(colour) || this.coveredByLongerColour(hit, hits, hitCount)) continue;
        signals.push(
          signalFor(
            hit,
            'colour_not_produced',
            `colour:${brandId}`,
            weights.colourNotProduced,
            `${tables.brand.name} never produced ${this.compiled.colourNames[colour]}${lineIndex >= 0 ? ` for ${tables.brand.productLines![lineIndex]!.name}` : ''}`,
          ),
        );
        signals[signals.length - 1]!.brandId = brandId;
        break;
      }
    }
    if (listing.shipFrom && tables.manufacturingCountries.size > 0) {
      let country = this.countryCache.get(listing.shipFrom);
      if (country === undefined) {
        country = countryCode(listing.shipFrom);
        if (this.countryCache.size < 10_000) this.countryCache.set(listing.shipFrom, country);
      }
      if (!tables.manufacturingCountries.has(country)) {
        signals.push({
          kind: 'ship_from_not_manufacturing',
          rule: `origin:${brandId}`,
          ruleVersion: version,
          span: null,
          normalized: country,
          detail: `ships from ${country}; ${tables.brand.name} is made in ${tables.manufacturingList}`,
          weight: weights.shipFromNotManufacturing,
          brandId,
        });
      }
    }
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

  private coveredByLongerColour(hit: Hit, hits: readonly Hit[], hitCount: number): boolean {
    for (let h = 0; h < hitCount; h++) {
      const other = hits[h]!;
      if (other === hit || other.owner < 0 || other.field !== hit.field) continue;
      if (this.compiled.ownerType[other.owner] !== OwnerType.Colour) continue;
      if (
        other.startUnit <= hit.startUnit &&
        other.endUnit >= hit.endUnit &&
        other.endUnit - other.startUnit > hit.endUnit - hit.startUnit
      )
        return true;
    }
    return false;
  }
}
