/**
 * Capabilities of the fifteenth round (helper nick2): a Latin name in Chinese sounds read the ways
 * loan words are written (sound-frames.ts): a polyphonic character in its other reading (什 shi), k
 * before i written with q (琪), an o/u gliding into a vowel written with w (瓦) and a last consonant
 * lost, digits written as Chinese numerals, and a name before a word that opens goods (智能...).
 * Guards: a two-character word that only matches with a consonant lost, a name in title marks (《》),
 * another category, no price or bulk cue. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, ProductLine, Verdict } from './types.ts';

function line(
  name: string,
  category: NonNullable<ProductLine['category']>,
  min: number,
  max: number,
): ProductLine {
  return { name, category, referencePrice: { min, max, currency: 'USD' } };
}

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-nick2-1',
  brands: [
    {
      id: 'parishk',
      name: 'Parishk',
      categories: ['jewellery'],
      manufacturingCountries: ['IN'],
      productLines: [line('Lumo Hoops', 'jewellery', 120, 160)],
    },
    {
      id: 'nokita',
      name: 'Nokita',
      categories: ['eyewear'],
      manufacturingCountries: ['DE'],
      productLines: [line('Frameless 07', 'eyewear', 400, 600)],
    },
    {
      id: 'belouade',
      name: 'Belouade',
      categories: ['fragrance'],
      manufacturingCountries: ['FR'],
      productLines: [line('Nuit Ambre', 'fragrance', 250, 350)],
    },
    {
      id: '88veta',
      name: '88veta',
      categories: ['auto-parts'],
      manufacturingCountries: ['CN'],
      productLines: [line('Road Cam R2', 'auto-parts', 80, 120)],
    },
    {
      id: 'ekora',
      name: 'Ekora',
      categories: ['home-appliances'],
      manufacturingCountries: ['CN'],
      productLines: [line('Door Lock K5', 'home-appliances', 200, 260)],
    },
    {
      id: 'kempin',
      name: 'Kempin',
      categories: ['apparel'],
      manufacturingCountries: ['CN'],
      productLines: [line('Down Parka', 'apparel', 150, 250)],
    },
    {
      id: 'pelkor',
      name: 'Pelkor',
      categories: ['film-tv'],
      manufacturingCountries: ['US'],
      productLines: [line('Harbour Nights', 'film-tv', 20, 40)],
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

function cheap(category: string): Partial<ListingInput> {
  return { category, price: 5, currency: 'USD' };
}

describe('fifteenth round (nick2): Latin names in Chinese sounds, read as loan words are written', () => {
  it('a polyphonic character in its other reading: 什 as shi', () => {
    const v = scan('帕里什克 耳环 玫瑰金', cheap('jewellery'));
    assert.equal(disguise(v)?.brandId, 'parishk');
    assert.equal(v.flagged, true);
  });

  it('k before i written with q: 琪 for "ki"', () => {
    const v = scan('诺琪塔眼镜 量大从优', cheap('eyewear'));
    assert.equal(disguise(v)?.brandId, 'nokita');
    assert.equal(v.flagged, true);
  });

  it('a glide written with w and a last consonant lost, in a word of three characters', () => {
    const v = scan('贝卢瓦香水 便宜出', cheap('fragrance'));
    assert.equal(disguise(v)?.brandId, 'belouade');
    assert.match(disguise(v)!.detail, /last consonant lost/);
    assert.equal(v.flagged, true);
  });

  it('digits of the name written as Chinese numerals', () => {
    const v = scan('【八八维塔】行车记录仪 便宜出', cheap('auto-parts'));
    assert.equal(disguise(v)?.brandId, '88veta');
    assert.equal(v.flagged, true);
  });

  it('a name before a word that opens goods, not a category word', () => {
    const v = scan('K5-PRO 埃科拉智能门锁 十件起批', cheap('home-appliances'));
    assert.equal(disguise(v)?.brandId, 'ekora');
    assert.equal(v.flagged, true);
  });
});

describe('fifteenth round (nick2): false-positive guards', () => {
  it('a two-character word matching only with a consonant lost is a word (轻薄 is not Kempin)', () => {
    const v = scan('轻薄羽绒服 便宜', cheap('apparel'));
    assert.equal(disguise(v), undefined);
    assert.equal(v.flagged, false);
  });

  it('a name in title marks is the title of a work', () => {
    const v = scan('《白鹭克》DVD 正版 收藏', cheap('film-tv'));
    assert.equal(disguise(v), undefined);
    assert.equal(v.flagged, false);
    // the same word where a maker's name goes is the name
    assert.equal(disguise(scan('白鹭克 DVD 收藏', cheap('film-tv')))?.brandId, 'pelkor');
  });

  it('the same sounds in another category, or not where a title puts a brand, are no brand', () => {
    assert.equal(disguise(scan('帕里什克 小说 全集', cheap('books'))), undefined);
    assert.equal(disguise(scan('新款 诺琪塔眼镜', cheap('eyewear'))), undefined);
  });

  it('without a price or bulk cue the disguise alone does not flag', () => {
    const v = scan('诺琪塔眼镜', { category: 'eyewear', price: 480, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'nokita');
    assert.equal(v.flagged, false);
  });
});
