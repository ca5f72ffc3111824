/**
 * The per-brand facts the judgement reads for every listing that names a brand, packed into flat
 * typed arrays: price statistics, colour masks, manufacturing countries and whether the brand has
 * authorized sellers.
 *
 * Why: with thousands of brands, each listing names a brand that no recent listing named, and
 * walking BrandTables -> prices -> lines -> stats -> median, Sets of colours and countries costs
 * one cache miss per object. Here a brand is one row of doubles directly followed by the rows of
 * its product lines (two or three adjacent cache lines for a brand with one line).
 */
import type { BrandTables } from './compile.ts';
import type { PriceStats } from './price.ts';

/** Row layout shared by brand and product-line rows (ROW_STRIDE doubles each, in `rows`). */
export const ROW_HAS_NEW = 0;
export const ROW_NEW_MEDIAN = 1;
export const ROW_NEW_MAD = 2;
export const ROW_HAS_USED = 3;
export const ROW_USED_MEDIAN = 4;
export const ROW_USED_MAD = 5;
/** Bit i set: the brand (or line) produced colour i (index into CompiledKnowledge.colourNames). */
export const ROW_COLOURS = 6;
/** Brand rows: global index of the brand's first product line (for `lineNames`). */
export const ROW_FIRST_LINE = 7;
/** Brand rows: start of the brand's manufacturing countries in `countryPool`, and their count. */
export const ROW_COUNTRY_START = 8;
export const ROW_COUNTRY_COUNT = 9;
export const ROW_STRIDE = 10;

export interface BrandPack {
  /** Brand rows, each followed by the rows of the brand's product lines. */
  rows: Float64Array;
  /** Offset of each brand's row in `rows`. */
  rowAt: Int32Array;
  /** 1 when the brand has authorized sellers (most have none, and need no set look-up). */
  hasSellers: Uint8Array;
  brandIds: string[];
  brandNames: string[];
  /** By global line index (the brand row's ROW_FIRST_LINE plus the line index). */
  lineNames: string[];
  /** "IT, FR": a brand's manufacturing countries for evidence. */
  manufacturingLists: string[];
  /** Evidence `rule` strings, built once per brand rather than once per signal. */
  priceRules: string[];
  quantityRules: string[];
  colourRules: string[];
  originRules: string[];
  brandRules: string[];
  /** Country ids (see `countryIds`) of each brand's manufacturing countries, brand after brand. */
  countryPool: Int32Array;
  /** Manufacturing country codes seen in the knowledge, by code. */
  countryIds: ReadonlyMap<string, number>;
}

export function packBrands(brands: readonly BrandTables[], colourCount: number): BrandPack {
  if (colourCount > 31) throw new Error(`colour masks hold 31 colours, the vocabulary has ${colourCount}`);
  let lineCount = 0;
  for (const tables of brands) lineCount += tables.prices.lines.length;
  const rows = new Float64Array((brands.length + lineCount) * ROW_STRIDE);
  const rowAt = new Int32Array(brands.length);
  const hasSellers = new Uint8Array(brands.length);
  const lineNames: string[] = [];
  const countryIds = new Map<string, number>();
  const pool: number[] = [];
  let next = 0;
  brands.forEach((tables, b) => {
    const row = next;
    next += ROW_STRIDE * (1 + tables.prices.lines.length);
    rowAt[b] = row;
    putStats(rows, row, tables.prices.brand.new, tables.prices.brand.used);
    rows[row + ROW_COLOURS] = maskOf(tables.brandColours);
    rows[row + ROW_FIRST_LINE] = lineNames.length;
    rows[row + ROW_COUNTRY_START] = pool.length;
    for (const country of tables.manufacturingCountries) {
      let id = countryIds.get(country);
      if (id === undefined) {
        id = countryIds.size;
        countryIds.set(country, id);
      }
      pool.push(id);
    }
    rows[row + ROW_COUNTRY_COUNT] = tables.manufacturingCountries.size;
    hasSellers[b] = tables.authorizedSellers.size > 0 ? 1 : 0;
    tables.prices.lines.forEach((stats, lineIndex) => {
      const lineRow = row + ROW_STRIDE * (1 + lineIndex);
      putStats(rows, lineRow, stats.new, stats.used);
      rows[lineRow + ROW_COLOURS] = maskOf(tables.lineColours[lineIndex] ?? new Set());
      lineNames.push(tables.brand.productLines![lineIndex]!.name);
    });
  });
  const ids = brands.map((t) => t.brand.id);
  return {
    rows,
    rowAt,
    hasSellers,
    brandIds: ids,
    brandNames: brands.map((t) => t.brand.name),
    lineNames,
    manufacturingLists: brands.map((t) => t.manufacturingList),
    priceRules: ids.map((id) => `price:${id}`),
    quantityRules: ids.map((id) => `quantity:${id}`),
    colourRules: ids.map((id) => `colour:${id}`),
    originRules: ids.map((id) => `origin:${id}`),
    brandRules: ids.map((id) => `brand:${id}`),
    countryPool: Int32Array.from(pool),
    countryIds,
  };
}

function putStats(rows: Float64Array, row: number, fresh: PriceStats | null, used: PriceStats | null): void {
  if (fresh) {
    rows[row + ROW_HAS_NEW] = 1;
    rows[row + ROW_NEW_MEDIAN] = fresh.median;
    rows[row + ROW_NEW_MAD] = fresh.mad;
  }
  if (used) {
    rows[row + ROW_HAS_USED] = 1;
    rows[row + ROW_USED_MEDIAN] = used.median;
    rows[row + ROW_USED_MAD] = used.mad;
  }
}

function maskOf(colours: ReadonlySet<number>): number {
  let mask = 0;
  for (const colour of colours) mask |= 1 << colour;
  return mask;
}
