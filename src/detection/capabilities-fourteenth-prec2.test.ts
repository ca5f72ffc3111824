/**
 * Capabilities of the fourteenth round of issue 11 (helper prec2): an ordinary word or a model code
 * taken for a brand's line, with the brand's name nowhere, made price, origin and quantity add up to a
 * brand check. Two readings are too unsure for the brand's indicators: the brand's protected term
 * that is the name of one of its lines, where that line is not of the listing's category ("Tabi"
 * socks, the line being boots), and a line read only through a short model code in a title naming
 * goods of other departments ("FR-80 welding gloves", the line being a ratchet). Invented brands only;
 * guards check that the line's own goods, or more of the line's name, still count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fourteenth-prec2-1',
  brands: [
    {
      id: 'orvanne',
      name: 'Orvanne',
      categories: ['shoes', 'apparel', 'handbags'],
      manufacturingCountries: ['IT'],
      protectedTerms: ['Sorrel'],
      productLines: [
        {
          name: 'Sorrel',
          category: 'shoes',
          referencePrice: { min: 900, max: 1200, currency: 'USD' },
        },
        {
          name: 'Sorrel Mid Boot',
          category: 'shoes',
          referencePrice: { min: 1100, max: 1300, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kestrom',
      name: 'Kestrom',
      categories: ['tools'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'KX 70 Torque Ratchet',
          shortNames: ['KX70'],
          category: 'tools',
          referencePrice: { min: 150, max: 200, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const detail = (v: Verdict) => JSON.stringify(v.signals.map((s) => s.detail));

describe("a line's name outside the line's category", () => {
  it('"Sorrel" socks are no sign of the boot line: price and origin do not add up', () => {
    const v = scan({
      title: 'Sorrel Socks, Cotton, 5 Pairs',
      category: 'apparel',
      price: 12,
      currency: 'USD',
      quantity: 60,
      shipFrom: 'CN',
      condition: 'new',
    });
    assert.equal(v.flagged, false, detail(v));
    assert.ok(
      v.suppressed.some((s) => s.includes('outside the line')),
      JSON.stringify(v.suppressed),
    );
  });
  it("guard: the line's own goods at that price still flag", () => {
    const v = scan({ title: 'Sorrel boots', category: 'shoes', price: 60, currency: 'USD', shipFrom: 'CN' });
    assert.equal(v.flagged, true, detail(v));
  });
  it("guard: more of the line's name than the term is the line, whatever the category", () => {
    const v = scan({
      title: 'Sorrel Mid Boot charm',
      category: 'apparel',
      price: 60,
      currency: 'USD',
      quantity: 60,
      shipFrom: 'CN',
    });
    assert.equal(
      v.suppressed.some((s) => s.includes('outside the line')),
      false,
      JSON.stringify(v.suppressed),
    );
  });
  it("guard: with the brand's name written the reading is not denied", () => {
    const v = scan({
      title: 'Orvanne Sorrel socks',
      category: 'apparel',
      price: 12,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.equal(
      v.suppressed.some((s) => s.includes('outside the line')),
      false,
      JSON.stringify(v.suppressed),
    );
  });
});

describe('a short model code in a title naming other goods', () => {
  it('"KX70 welding gloves" is no sign of the ratchet', () => {
    const v = scan({
      title: 'KX70 flame retardant welding gloves',
      category: 'tools',
      price: 14,
      currency: 'USD',
      shipFrom: 'US',
    });
    assert.equal(v.flagged, false, detail(v));
    assert.ok(
      v.suppressed.some((s) => s.includes('short model code')),
      JSON.stringify(v.suppressed),
    );
  });
  it('guard: the code with goods of its own department still flags', () => {
    const v = scan({
      title: 'KX70 ratchet wrench',
      category: 'tools',
      price: 14,
      currency: 'USD',
      shipFrom: 'US',
    });
    assert.equal(v.flagged, true, detail(v));
  });
  it('guard: the code alone, with no goods named, still flags', () => {
    const v = scan({
      title: 'KX70 3/8 drive',
      category: 'tools',
      price: 14,
      currency: 'USD',
      shipFrom: 'US',
    });
    assert.equal(v.flagged, true, detail(v));
  });
});
