/**
 * Capabilities of the sixteenth round (helper r16-lines): a product line named without its brand
 * at a strongly low price (the seller leaves out the word a brand filter looks for); a seller
 * setting the item beside the genuine one (和正品摆在一起几乎看不出来) and a copy asserted with the
 * subject left out (其实是仿的); the colour of a finish, a dial or a panel (“Gold Chrome finish”,
 * ホワイトパネル); Japanese quality and condition words (品質保証, 新品) beside an extreme price.
 * Guards: the brand written, a short model code, a line named after an ordinary phrase written as
 * that phrase, second-hand goods, a copy denied, “gold hardware”. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-sixteenth-r16-lines-1',
  brands: [
    {
      id: 'quorvane',
      name: 'Quorvane',
      categories: ['audio'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Tessaline Pro 40',
          category: 'audio',
          referencePrice: { min: 200, max: 240, currency: 'USD' },
          colours: ['Black', 'Silver'],
        },
        { name: 'Q20', category: 'audio', referencePrice: { min: 200, max: 240, currency: 'USD' } },
        {
          name: 'The Carry Case',
          aliases: ['Carry Case'],
          category: 'audio',
          referencePrice: { min: 200, max: 240, currency: 'USD' },
        },
      ],
    },
    {
      id: 'velmora',
      name: 'Velmora',
      aliases: ['维莫拉'],
      categories: ['pet-supplies'],
      manufacturingCountries: ['HU'],
      productLines: [
        {
          name: 'Trail Harness',
          category: 'pet-supplies',
          referencePrice: { min: 300, max: 360, currency: 'CNY' },
        },
      ],
    },
    {
      id: 'sorvik',
      name: 'Sorvik',
      categories: ['audio'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'Halden Mic 2',
          category: 'audio',
          referencePrice: { min: 200, max: 260, currency: 'USD' },
          colours: ['Black'],
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-08') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', condition: 'new', ...listing });
}
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);

describe('a product line named without its brand, at a strongly low price', () => {
  it('flags the line alone at about a quarter of its price, and says why', () => {
    const v = scan({
      title: 'Tessaline Pro 40 headphones black',
      price: 50,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.ok(v.flagged, JSON.stringify(v.signals));
    assert.ok(kinds(v).includes('brand_unwritten'), JSON.stringify(v.signals));
  });

  it('guard: the same line with the brand written is no omission', () => {
    const v = scan({
      title: 'Quorvane Tessaline Pro 40 headphones',
      price: 50,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.ok(!kinds(v).includes('brand_unwritten'), JSON.stringify(v.signals));
    assert.equal(v.flagged, false);
  });

  it('guard: a short model code names other goods too ("Q20")', () => {
    const v = scan({ title: 'Q20 headphones black', price: 50, currency: 'USD', shipFrom: 'CN' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('guard: a line named after an ordinary phrase, written as that phrase ("carry case")', () => {
    const v = scan({ title: 'padded carry case for headphones', price: 50, currency: 'USD', shipFrom: 'CN' });
    assert.ok(!kinds(v).includes('brand_unwritten'), JSON.stringify(v.signals));
    assert.equal(v.flagged, false);
  });

  it('guard: second-hand goods at a strongly (not extremely) low price', () => {
    const v = scan({ title: 'Tessaline Pro 40 headphones', price: 50, currency: 'USD', condition: 'used' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});

describe('admissions told by comparison or with the subject left out', () => {
  it('flags a seller who sets the item beside the genuine one', () => {
    const v = scan({
      title: '维莫拉 Trail Harness 狗胸背',
      description: '尺码表在最后一张图。和正品摆在一起几乎看不出来。同城可以自提。',
      price: 320,
      currency: 'CNY',
      shipFrom: 'HU',
    });
    assert.ok(v.flagged, JSON.stringify(v.signals));
  });

  it('flags a copy asserted without a subject (其实是仿的)', () => {
    const v = scan({
      title: '维莫拉 Trail Harness 狗胸背',
      description: '卡扣牢固，反光条完好。做工细致，其实是仿的。默认发中通。',
      price: 320,
      currency: 'CNY',
      shipFrom: 'HU',
    });
    assert.ok(v.flagged, JSON.stringify(v.signals));
  });

  it('guard: a seller denying a copy is no admission', () => {
    const v = scan({
      title: '维莫拉 Trail Harness 狗胸背',
      description: '专柜购入，其实不是仿的，假一赔十。默认发中通。',
      price: 320,
      currency: 'CNY',
      shipFrom: 'HU',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});

describe('an extreme price with a colour of a finish, dial or panel, or a Japanese claim', () => {
  it('reads the colour of a finish the line was never made in ("Gold Chrome finish")', () => {
    const v = scan({
      title: 'Sorvik Halden Mic 2 in Gold Chrome finish',
      price: 20,
      currency: 'USD',
      shipFrom: 'SE',
    });
    assert.ok(kinds(v).includes('colour_not_produced'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });

  it('reads a katakana colour before a panel (ホワイトパネル)', () => {
    const v = scan({
      title: 'Sorvik Halden Mic 2 ホワイトパネル',
      price: 2000,
      currency: 'JPY',
      shipFrom: 'SE',
    });
    assert.ok(kinds(v).includes('colour_not_produced'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });

  it('reads 品質保証 as the quality claim 品质保证', () => {
    const v = scan({ title: 'Sorvik Halden Mic 2 品質保証', price: 2000, currency: 'JPY', shipFrom: 'SE' });
    assert.ok(kinds(v).includes('weak_quality_claim'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });

  it('reads 新品 as the item stated new', () => {
    const v = scan({ title: 'Sorvik Halden Mic 2 新品', price: 2000, currency: 'JPY', shipFrom: 'SE' });
    assert.ok(kinds(v).includes('stated_new'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });

  it('guard: a colour of a part that is no finish ("gold hardware") stays a word', () => {
    const v = scan({
      title: 'Sorvik Halden Mic 2 with gold hardware',
      price: 20,
      currency: 'USD',
      shipFrom: 'SE',
    });
    assert.ok(!kinds(v).includes('colour_not_produced'), JSON.stringify(v.signals));
    assert.equal(v.flagged, false);
  });
});
