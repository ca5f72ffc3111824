/**
 * Capabilities of the fourteenth round (helper nick): brand names disguised without any of the
 * brand's words, lines or a mark of a disguise, in a title of the brand's category that names no
 * brand (disguised-names.ts): consonants ("MRDV"), first letters with a period or in capitals
 * ("Kelv.", "K.E.L"), letters split by dots or hyphens ("K-L-V"), initials around a connector ("PnR"),
 * a Chinese name with characters left out (斐诺 for 斐洛诺).
 * A weak disguise: with a low price it flags, alone it does not. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fourteenth-nick-1',
  brands: [
    {
      id: 'meridova',
      name: 'Meridova',
      aliases: ['MERIDOVA'],
      categories: ['tools'],
      productLines: [
        { name: 'Calipro 150', category: 'tools', referencePrice: { min: 150, max: 200, currency: 'USD' } },
      ],
    },
    {
      id: 'kelvaro',
      name: 'Kelvaro',
      aliases: ['斐洛诺'],
      categories: ['tyres', 'bicycles'],
      productLines: [
        { name: 'Tarn Pro', category: 'tyres', referencePrice: { min: 60, max: 80, currency: 'USD' } },
      ],
    },
    {
      id: 'halvorsen',
      name: 'Halvorsen',
      categories: ['cosmetics'],
      productLines: [
        {
          name: 'Fjord Clay Mask',
          category: 'cosmetics',
          referencePrice: { min: 30, max: 40, currency: 'USD' },
        },
      ],
    },
    {
      id: 'pack-roll',
      name: 'PacknRoll',
      aliases: ['Pack & Roll'],
      categories: ['kitchenware'],
      productLines: [
        {
          name: 'Keeper Box',
          category: 'kitchenware',
          referencePrice: { min: 40, max: 60, currency: 'USD' },
        },
      ],
    },
    {
      id: 'mingfeng',
      name: 'Singvale',
      aliases: ['鸣凤花'],
      categories: ['tools'],
      productLines: [
        { name: 'Gauge 25', category: 'tools', referencePrice: { min: 200, max: 260, currency: 'USD' } },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', ...extra });
}

function disguise(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_nickname');
}

/** A price far below the brand's (USD), in the brand's category. */
const CHEAP_TOOL = { category: 'tools', price: 12, currency: 'USD' };

describe('fourteenth round (nick): disguised names in the brand category', () => {
  it('a name cut to its consonants, in capitals, names the brand and flags at a low price', () => {
    const v = scan('MRDV 数显卡尺 超低价', CHEAP_TOOL);
    const s = disguise(v);
    assert.equal(s?.brandId, 'meridova');
    assert.equal(s?.span?.text, 'MRDV');
    assert.match(s!.detail, /consonants/);
    assert.equal(v.flagged, true);
    assert.ok(v.signals.some((x) => x.kind === 'price_low'));
  });

  it('first letters closed by a period or split by hyphens; consonants', () => {
    const tyre = { category: 'tyres', price: 5, currency: 'USD' };
    assert.equal(disguise(scan('Kelv. tubeless road tyre 700x28', tyre))?.brandId, 'kelvaro');
    assert.equal(disguise(scan('K-E-L-V 公路外胎 特价', tyre))?.brandId, 'kelvaro');
    const mask = { category: 'cosmetics', price: 3, currency: 'USD' };
    assert.equal(disguise(scan('HLVR 火山泥面膜 100ml', mask))?.brandId, 'halvorsen');
  });

  it('two words as initials around a connector', () => {
    const v = scan('PnR food storage set 12 pcs', { category: 'kitchenware', price: 6, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'pack-roll');
    assert.equal(v.flagged, true);
  });

  it('a Chinese name with characters left out', () => {
    const tyre = { category: 'tyres', price: 30, currency: 'CNY' };
    const cut = scan('斐诺 防扎外胎 捡漏', tyre);
    assert.equal(disguise(cut)?.brandId, 'kelvaro');
    assert.equal(disguise(cut)?.span?.text, '斐诺');
    assert.equal(cut.flagged, true);
  });

  it('alone, at a fair price, a disguise does not flag', () => {
    const v = scan('MRDV 数显卡尺', { category: 'tools', price: 170, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'meridova');
    assert.equal(v.flagged, false);
  });
});

describe('fourteenth round (nick): false-positive guards', () => {
  it('not in another category', () => {
    const v = scan('MRDV 手机壳 超低价', { category: 'phone-accessories', price: 1, currency: 'USD' });
    assert.equal(disguise(v), undefined);
    assert.equal(v.flagged, false);
  });

  it('not a model code glued to digits, not lower case', () => {
    assert.equal(disguise(scan('MRD-150 数显卡尺 超低价', CHEAP_TOOL)), undefined);
    assert.equal(disguise(scan('mrdv calipers', CHEAP_TOOL)), undefined);
  });

  it('not a Chinese word touching other characters, nor the registered name itself', () => {
    const tyre = { category: 'tyres', price: 30, currency: 'CNY' };
    assert.equal(disguise(scan('斐诺克防扎外胎', tyre)), undefined);
    const named = scan('斐洛诺 防扎外胎', tyre);
    assert.equal(named.signals.filter((s) => s.kind === 'brand_nickname').length, 0);
  });

  it('not when the letters fit two brands of the category', () => {
    // "MRD" is Meridova's; a second tools brand Marduk shares it
    const both = new Detector(
      {
        version: 'x',
        brands: [
          ...KNOWLEDGE.brands,
          { id: 'marduk', name: 'Marduk', categories: ['tools'], productLines: [] },
        ],
      },
      undefined,
      undefined,
      { now: new Date('2026-12-06') },
    );
    const v = both.scan({ id: 'y', title: 'MRD 卡尺 超低价', ...CHEAP_TOOL });
    assert.equal(disguise(v), undefined);
  });

  it('not in a title that says the item carries no brand', () => {
    assert.equal(disguise(scan('MRDV 卡尺 无品牌 超低价', CHEAP_TOOL)), undefined);
  });
});
