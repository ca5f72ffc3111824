/**
 * Capabilities of the fifteenth round (helper r15-abbrev): a brand's name written the way it sounds
 * (a vowel spelled another way: "Rovee" for Rovi, "Kyro" for Kairo, "Taygan" for Tegan; its digits
 * as words: "Fortyvex" for 40vex), read as a misspelling in the brand's category
 * (sound-spellings.ts); the initials of a name's words split by dots beside an emoji ("G.V. 🌿" for
 * GlenVara); two to four capitals a space from an emoji, the name's consonants or first letters
 * ("TW 🪑", "HIM 🌿"): a weak disguise that flags only with a price cue. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import { numberInWords, soundSpellings } from './sound-spellings.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const price = (min: number, max: number) => ({ min, max, currency: 'USD' });

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-r15-abbrev-1',
  brands: [
    {
      id: 'rovi',
      name: 'Rovi',
      categories: ['apparel'],
      productLines: [{ name: 'Dune Slim Jeans', category: 'apparel', referencePrice: price(90, 110) }],
    },
    {
      id: 'kairo',
      name: 'Kairo',
      categories: ['sports-equipment'],
      productLines: [
        { name: 'Surf Reel 4000', category: 'sports-equipment', referencePrice: price(200, 240) },
      ],
    },
    {
      id: 'tegan',
      name: 'Tegan',
      categories: ['baby-products'],
      productLines: [{ name: 'Nest Bottle 160', category: 'baby-products', referencePrice: price(28, 32) }],
    },
    {
      id: '40vex',
      name: '40vex',
      categories: ['auto-parts'],
      productLines: [{ name: 'Road Cam R2', category: 'auto-parts', referencePrice: price(80, 100) }],
    },
    {
      id: 'glenvara',
      name: 'GlenVara',
      categories: ['fragrance'],
      productLines: [{ name: 'Moss Eau de Parfum', category: 'fragrance', referencePrice: price(250, 300) }],
    },
    {
      id: 'tarnwick',
      name: 'Tarnwick',
      categories: ['furniture'],
      productLines: [{ name: 'Arc Task Chair', category: 'furniture', referencePrice: price(900, 1100) }],
    },
    {
      id: 'himbara',
      name: 'Himbara Naturals',
      categories: ['health-supplements'],
      productLines: [{ name: 'Liver Care', category: 'health-supplements', referencePrice: price(10, 12) }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-07') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', ...extra });
}

function signalOf(verdict: Verdict, kind: string) {
  return verdict.signals.find((s) => s.kind === kind);
}

describe('fifteenth round (r15-abbrev): names written the way they sound', () => {
  it('a vowel spelled another way is a misspelling of the name in its category', () => {
    const jeans = scan('Deluxe Rovee jeans', { category: 'apparel', price: 30, currency: 'USD' });
    assert.equal(signalOf(jeans, 'brand_misspelled')?.brandId, 'rovi');
    assert.equal(jeans.flagged, true);
    const reel = scan('Kyro 海钓纺车轮 特价', { category: 'sports-equipment', price: 300, currency: 'CNY' });
    assert.equal(signalOf(reel, 'brand_misspelled')?.brandId, 'kairo');
    assert.equal(reel.flagged, true);
    const bottle = scan('Taygan奶瓶 清仓', { category: 'baby-products', price: 25, currency: 'CNY' });
    assert.equal(signalOf(bottle, 'brand_misspelled')?.brandId, 'tegan');
    assert.equal(bottle.flagged, true);
  });

  it("a name's digits written as words", () => {
    const v = scan('Premium Fortyvex dash cam', { category: 'auto-parts', price: 15, currency: 'USD' });
    assert.equal(signalOf(v, 'brand_misspelled')?.brandId, '40vex');
    assert.equal(v.flagged, true);
    assert.equal(numberInWords(70), 'seventy');
    assert.equal(numberInWords(1917), 'onethousandninehundredseventeen');
    assert.ok(soundSpellings('70mai').includes('seventymai'));
  });

  it('guards: another vowel sound, another category, one more edit away', () => {
    // "Rave" swaps o for a: not a spelling of the same sound
    assert.equal(
      signalOf(scan('Rave jeans', { category: 'apparel', price: 30, currency: 'USD' }), 'brand_misspelled'),
      undefined,
    );
    // outside the brand's category a sound spelling alone does not flag
    assert.equal(scan('Rovee mug', { category: 'kitchenware', price: 5, currency: 'USD' }).flagged, false);
    // a sound spelling is matched exactly: "Rovees" is not read through it
    assert.equal(
      signalOf(scan('Rovees jeans', { category: 'apparel', price: 30, currency: 'USD' }), 'brand_misspelled'),
      undefined,
    );
  });
});

describe('fifteenth round (r15-abbrev): initials and capitals beside an emoji', () => {
  it('initials of the words of a name, split by dots, a space from an emoji', () => {
    const v = scan('G.V. 🌿 香水 拿货价', { category: 'fragrance', price: 199, currency: 'CNY' });
    const s = signalOf(v, 'brand_nickname');
    assert.equal(s?.brandId, 'glenvara');
    assert.equal(s?.span?.text, 'G.V.');
    assert.equal(v.flagged, true);
    assert.equal(
      signalOf(
        scan('✨G.V.✨香水 白菜价', { category: 'fragrance', price: 150, currency: 'CNY' }),
        'brand_nickname',
      )?.brandId,
      'glenvara',
    );
  });

  it("the name's consonants or first letters a space from an emoji flag with a low price", () => {
    const chair = scan('office chair TW 🪑 job lot', { category: 'furniture', price: 120, currency: 'USD' });
    assert.equal(signalOf(chair, 'brand_nickname')?.brandId, 'tarnwick');
    assert.equal(signalOf(chair, 'brand_nickname')?.weight, 0.2);
    assert.equal(chair.flagged, true);
    const pills = scan('liver tablets HIM 🌿 bundle', {
      category: 'health-supplements',
      price: 2,
      currency: 'USD',
    });
    assert.equal(signalOf(pills, 'brand_nickname')?.brandId, 'himbara');
    assert.equal(pills.flagged, true);
  });

  it('guards: a fair price, another category, a function word after another', () => {
    // letters beside an emoji count only with a price or bulk cue: at the genuine price they are none
    const fair = scan('office chair TW 🪑', { category: 'furniture', price: 950, currency: 'USD' });
    assert.equal(signalOf(fair, 'brand_nickname'), undefined);
    assert.equal(fair.flagged, false);
    // "TW 📺" in electronics is no furniture brand
    assert.equal(
      scan('TW 📺 wall mount', { category: 'electronics', price: 10, currency: 'USD' }).flagged,
      false,
    );
    // "gift for HIM 🎁" is the pronoun
    const gift = scan('vitamin gift for HIM 🎁', {
      category: 'health-supplements',
      price: 2,
      currency: 'USD',
    });
    assert.equal(signalOf(gift, 'brand_nickname'), undefined);
    assert.equal(gift.flagged, false);
  });
});
