/**
 * Capabilities of the seventeenth round (helper r17-names): disguised brand names read by how they
 * are written, not by a list of nicknames. A letter written as a symbol NFKC reads as a plain letter
 * (a circled letter, a Roman numeral, the Kelvin sign) is a look-alike; an invisible character put
 * between a space and a name's word, or inside the first run of doubled letters, hides the name as one
 * inside it does. In Chinese: a name of several Latin words transliterated whole, before one of its
 * lines; a Chinese mark the brand protects cut short like its names; a name after a word that says
 * "brand" (老牌). Guards: the name in capitals, a numeral after a plainly written name, emoji with their
 * variation selectors, other words before a line, the same words in another category, the name
 * written plainly. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-seventeenth-r17-names-1',
  brands: [
    {
      id: 'vellaro',
      name: 'Vellaro',
      categories: ['furniture'],
      manufacturingCountries: ['ES'],
      productLines: [
        {
          name: 'Luna Figure',
          category: 'furniture',
          referencePrice: { min: 300, max: 400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'oosterling',
      name: 'Oosterling',
      categories: ['kitchenware'],
      manufacturingCountries: ['FI'],
      productLines: [
        {
          name: 'Dune Vase',
          category: 'kitchenware',
          referencePrice: { min: 150, max: 250, currency: 'USD' },
        },
      ],
    },
    {
      id: 'nordi-havn',
      name: 'Nordi Havn',
      categories: ['apparel'],
      manufacturingCountries: ['PT'],
      productLines: [
        { name: 'Otter Hoodie', category: 'apparel', referencePrice: { min: 70, max: 90, currency: 'USD' } },
      ],
    },
    {
      id: 'dalma-y-rosa',
      name: 'Dalma y Rosa',
      categories: ['jewellery'],
      manufacturingCountries: ['ES'],
      productLines: [
        {
          name: 'Coral Hoops',
          aliases: ['aros coral'],
          category: 'jewellery',
          referencePrice: { min: 60, max: 90, currency: 'USD' },
        },
      ],
    },
    {
      id: 'corvane',
      name: 'Corvane Games',
      aliases: ['科文'],
      protectedTerms: ['星弈牌'],
      categories: ['toys'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Nova Booster Box',
          shortNames: ['NBB'],
          category: 'toys',
          referencePrice: { min: 140, max: 180, currency: 'USD' },
        },
      ],
    },
    {
      id: 'wenhart',
      name: 'Wenhart',
      aliases: ['文华'],
      categories: ['home-appliances'],
      manufacturingCountries: ['VN'],
      productLines: [
        {
          name: 'Stitchmaster 5200',
          shortNames: ['5200'],
          category: 'home-appliances',
          referencePrice: { min: 200, max: 260, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-09') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', shipFrom: 'ES', ...extra });
}

function obfuscated(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_obfuscated');
}

function nickname(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_nickname');
}

describe('seventeenth round (r17-names): letters as symbols and invisible characters', () => {
  it('a circled letter or a Roman numeral inside the name is a look-alike', () => {
    for (const title of ['VEⓁLARO Luna Figure porcelana', 'VeⅬⅬaro Luna Figure blanco']) {
      const v = scan(title, { category: 'furniture', price: 60, currency: 'EUR' });
      assert.equal(obfuscated(v)?.brandId, 'vellaro', title);
      assert.equal(v.flagged, true, title);
    }
  });

  it('an invisible character inside the first doubled letters, or between a space and a word', () => {
    const vase = scan('O\u00adosterling Dune Vase 20 cm', {
      category: 'kitchenware',
      price: 30,
      currency: 'EUR',
    });
    assert.equal(obfuscated(vase)?.brandId, 'oosterling');
    assert.equal(vase.flagged, true);
    const hoodie = scan('Nordi \u200cHavn Otter Hoodie kids', {
      category: 'apparel',
      price: 20,
      currency: 'EUR',
    });
    assert.equal(obfuscated(hoodie)?.brandId, 'nordi-havn');
    assert.equal(hoodie.flagged, true);
  });

  it('guards: the name in capitals, a numeral after the name, emoji with variation selectors', () => {
    const plain = { category: 'furniture', price: 350, currency: 'EUR' };
    for (const title of ['VELLARO Luna Figure porcelana', 'Vellaro Luna Figure serie Ⅴ']) {
      const v = scan(title, plain);
      assert.equal(obfuscated(v), undefined, title);
      assert.equal(v.flagged, false, title);
    }
    for (const title of [
      '⭐\ufe0f Nordi Havn Otter Hoodie',
      'Nordi Havn ❤\ufe0f Otter Hoodie',
      'Nordi Havn\u200b Otter Hoodie',
    ]) {
      const v = scan(title, { category: 'apparel', price: 80, currency: 'EUR' });
      assert.equal(obfuscated(v), undefined, title);
      assert.equal(v.flagged, false, title);
    }
  });
});

describe('seventeenth round (r17-names): Chinese names read by how they are made', () => {
  it('a name of several Latin words transliterated whole, before one of its lines', () => {
    const v = scan('达马罗萨 aros coral 耳环 银色', { category: 'jewellery', price: 12, currency: 'USD' });
    assert.equal(nickname(v)?.brandId, 'dalma-y-rosa');
    assert.equal(nickname(v)?.span?.text, '达马罗萨');
  });

  it('a Chinese mark the brand protects, cut short like its names (星弈 for 星弈牌)', () => {
    const v = scan('星弈 NBB 补充包盒', { category: 'toys', price: 30, currency: 'USD' });
    assert.equal(nickname(v)?.brandId, 'corvane');
    assert.equal(nickname(v)?.span?.text, '星弈');
    assert.equal(v.flagged, true);
  });

  it('a name after a word that says "brand", with characters of the same sound (老牌闻华)', () => {
    const v = scan('老牌闻华 5200 缝纫机 重型', { category: 'home-appliances', price: 40, currency: 'USD' });
    assert.equal(nickname(v)?.brandId, 'wenhart');
    assert.equal(nickname(v)?.span?.text, '闻华');
    assert.equal(v.flagged, true);
  });

  it('guards: the words in another category, the word alone before a line, the name written plainly', () => {
    assert.equal(
      nickname(scan('星弈 保温杯 500ml', { category: 'kitchenware', price: 5, currency: 'USD' })),
      undefined,
    );
    // the mark written in full is the mark, not the mark cut short
    for (const title of ['星弈牌官方授权卡盒 正版周边', '星弈牌 NBB 补充包盒'])
      assert.equal(nickname(scan(title, { category: 'toys', price: 25, currency: 'USD' })), undefined, title);
    assert.equal(
      nickname(scan('老牌 5200 缝纫机', { category: 'home-appliances', price: 40, currency: 'USD' })),
      undefined,
    );
    const plain = scan('老牌文华 5200 缝纫机', { category: 'home-appliances', price: 230, currency: 'USD' });
    assert.equal(nickname(plain), undefined);
    assert.equal(plain.flagged, false);
  });
});
