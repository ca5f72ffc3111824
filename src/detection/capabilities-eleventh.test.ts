/**
 * Capabilities of the eleventh round of issue 11, each with the miss or false positive it is for:
 * the seller's story as a weak cue (a hurry to sell, a gift passed on); colours sellers write that
 * the vocabulary lacked, as families (lime, rainbow, a print with a Chinese hue glued to it, neon in
 * German); a likeness claim (同款, 平替) after one of the brand's lines; the initial of a Chinese
 * name's reading with 家 as a nickname, also before 家电; "no" as a determiner and "fits" as a verb in
 * the European languages; a model code written in its parts is no disguise.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eleventh-1',
  brands: [
    {
      id: 'quorvane',
      name: 'Quorvane',
      aliases: ['阔梵'],
      categories: ['handbags', 'shoes'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Selma Tote',
          category: 'handbags',
          colours: ['black', 'tan', '黑色'],
          referencePrice: { min: 900, max: 1400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'veltrix',
      name: 'Veltrix',
      aliases: ['维特瑞'],
      categories: ['audio', 'cameras'],
      manufacturingCountries: ['DK'],
      protectedTerms: ['QX200Pro'],
      productLines: [
        {
          name: 'Arc 7',
          category: 'audio',
          colours: ['silver', 'black'],
          referencePrice: { min: 180, max: 260, currency: 'USD' },
        },
        {
          name: 'QX200Pro',
          category: 'cameras',
          referencePrice: { min: 300, max: 400, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

function kinds(verdict: Verdict): string[] {
  return verdict.signals.map((s) => s.kind);
}

/** A fair price, shipped from the brand's country: only the text can flag these. */
const TOTE = {
  category: 'handbags',
  price: 1100,
  currency: 'USD',
  shipFrom: 'IT',
  condition: 'new',
} as const;
const EARBUDS = { category: 'audio', price: 220, currency: 'USD', shipFrom: 'DK', condition: 'new' } as const;

describe("the seller's story is a weak cue", () => {
  it('a hurry to sell adds up with no receipt, in English and Chinese, but never flags alone', () => {
    const en = scan({ title: 'Quorvane Selma Tote - no receipt, urgent sale', ...TOTE });
    assert.ok(kinds(en).includes('seller_story'), JSON.stringify(en.signals));
    assert.equal(en.flagged, true);
    const zh = scan({ title: '阔梵 Selma Tote 无发票 今天必出', ...TOTE });
    assert.equal(zh.flagged, true, JSON.stringify(zh.signals));
    const alone = scan({ title: 'Quorvane Selma Tote - must go today', ...TOTE });
    assert.ok(kinds(alone).includes('seller_story'));
    assert.equal(alone.flagged, false);
  });

  it('a gift passed on counts in the title of a new item, not in a description nor of used goods', () => {
    const gift = scan({ title: 'Veltrix Arc 7 - gift, never used, without box', ...EARBUDS });
    assert.ok(kinds(gift).includes('seller_story'), JSON.stringify(gift.signals));
    assert.equal(gift.flagged, true);
    const zh = scan({ title: '维特瑞 Arc 7 耳机 别人送的', ...EARBUDS });
    assert.ok(kinds(zh).includes('seller_story'), JSON.stringify(zh.signals));
    const used = scan({ title: 'Veltrix Arc 7 - unwanted gift', ...EARBUDS, condition: 'used' });
    assert.ok(!kinds(used).includes('seller_story'));
    const described = scan({ title: 'Veltrix Arc 7', description: 'Quick sale wanted.', ...EARBUDS });
    assert.ok(!kinds(described).includes('seller_story'));
  });
});

describe('colours sellers write, as families', () => {
  const cheap = { ...TOTE, price: 60 } as const;
  for (const title of [
    'Quorvane Selma Tote lime',
    'Quorvane Selma Tote 彩虹色 女包',
    '阔梵 Selma Tote 迷彩紫',
    '阔梵 Selma Tote 闪粉金',
    'Quorvane Selma Tote in Neongrün',
  ]) {
    it(`"${title}" names a colour the line never had`, () => {
      const verdict = scan({ title, ...cheap });
      assert.ok(kinds(verdict).includes('colour_not_produced'), JSON.stringify(verdict.signals));
    });
  }
});

describe('a likeness claim after one of the brand lines', () => {
  it('"<line> 同款" and "<line> 平替" are lookalikes; 男女同款 is not', () => {
    const same = scan({ title: 'Selma Tote 托特包 同款', ...TOTE });
    assert.ok(kinds(same).includes('coded'), JSON.stringify(same.signals));
    assert.equal(same.flagged, true);
    const alternative = scan({ title: 'Arc 7 平替 蓝牙耳机', ...EARBUDS });
    assert.ok(kinds(alternative).includes('coded'), JSON.stringify(alternative.signals));
    const unisex = scan({ title: 'Selma Tote 托特包 男女同款', ...TOTE });
    assert.ok(!kinds(unisex).includes('coded'), JSON.stringify(unisex.signals));
  });
});

describe('nicknames from the reading of a Chinese name', () => {
  it('the initial of the reading with 家 names the brand in its category (阔梵 → K家)', () => {
    const verdict = scan({ title: 'K家 托特包 新款', ...TOTE });
    assert.ok(kinds(verdict).includes('brand_nickname'), JSON.stringify(verdict.signals));
  });

  it('a Latin initial with 家 is a nickname even when 家电 could be read after it', () => {
    const verdict = scan({ title: 'V家电竞耳机 新款', ...EARBUDS });
    assert.ok(kinds(verdict).includes('brand_nickname'), JSON.stringify(verdict.signals));
  });
});

describe('negation and nominative use in the European languages', () => {
  it('"Nessuna replica", "keine Kopie" deny; they do not admit', () => {
    for (const description of [
      'Acquistata in negozio. Nessuna replica, vendo solo articoli originali.',
      'Im Laden gekauft. Keine Replica, nur Originale.',
    ]) {
      const verdict = scan({ title: 'Quorvane Selma Tote', description, ...TOTE });
      assert.ok(!kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
    }
  });

  it('"past op" (fits) makes the brand nominative: a strap is no copy for saying "geen origineel"', () => {
    const verdict = scan({
      title: 'Hoesje, past op Veltrix Arc 7 – geen origineel',
      ...EARBUDS,
      price: 9,
      shipFrom: 'NL',
    });
    assert.equal(verdict.flagged, false, JSON.stringify(verdict.signals));
  });
});

describe('a model code written in its parts', () => {
  it('"QX200 Pro" and "QX200-Pro" are spellings of QX200Pro; "QX200 P r o" is a disguise', () => {
    for (const title of ['Veltrix QX200 Pro flash', 'Veltrix QX200-Pro flash']) {
      const verdict = scan({ title, category: 'cameras', price: 350, currency: 'USD', shipFrom: 'DK' });
      assert.ok(!kinds(verdict).includes('brand_obfuscated'), `${title}: ${JSON.stringify(verdict.signals)}`);
    }
    const pulled = scan({
      title: 'Veltrix QX200 P r o flash',
      category: 'cameras',
      price: 350,
      currency: 'USD',
    });
    assert.ok(kinds(pulled).includes('brand_obfuscated'), JSON.stringify(pulled.signals));
  });
});
