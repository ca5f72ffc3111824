/**
 * Capabilities of the eighteenth round (helper q-names): disguised names read by how they are built.
 * A country and a letter with 家 ("意大利S家") names the one brand of the category made there, even
 * when the letter is the initial of brands of other categories (their "S家" names none of them
 * here); a Chinese name with its first character written as the initial of its reading ("L邦" for
 * 立邦, as "浪Q" is written for 浪琴); the first word of a name of several words written with digits
 * for letters ("N1PP0N", "CHR1ST1E B"). Each still needs its second cue. Guards: the counterfeit twin
 * with the name written plainly, the same words in another category, model codes, the genuine price.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eighteenth-q-names-1',
  brands: [
    {
      id: 'orvietta',
      name: 'Orvietta',
      categories: ['eyewear'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Pavo sunglasses',
          category: 'eyewear',
          referencePrice: { min: 180, max: 240, currency: 'USD' },
        },
      ],
    },
    {
      id: 'hanmaru',
      name: 'Hanmaru',
      categories: ['home-appliances', 'kitchenware'],
      manufacturingCountries: ['KR'],
      productLines: [
        {
          name: 'Twin Steam rice cooker 10 cup',
          category: 'home-appliances',
          referencePrice: { min: 380, max: 520, currency: 'USD' },
        },
      ],
    },
    {
      id: 'jinpan',
      name: 'Jinpan',
      categories: ['kitchenware'],
      manufacturingCountries: ['KR'],
      productLines: [
        {
          name: 'Double Grill pan',
          category: 'kitchenware',
          referencePrice: { min: 55, max: 90, currency: 'USD' },
        },
      ],
    },
    {
      id: 'sablemoor',
      name: 'Sablemoor',
      categories: ['apparel'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Harbour coat',
          category: 'apparel',
          referencePrice: { min: 300, max: 400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'qiansen',
      name: 'Qoralin Coatings',
      aliases: ['立森'],
      categories: ['tools'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: '立森净白200 5L',
          shortNames: ['净白200'],
          category: 'tools',
          referencePrice: { min: 60, max: 90, currency: 'USD' },
        },
      ],
    },
    {
      id: 'marveen',
      name: 'Marveen Lacquers',
      categories: ['tools'],
      manufacturingCountries: ['JP'],
      productLines: [
        { name: 'Satin Wall 5L', category: 'tools', referencePrice: { min: 60, max: 90, currency: 'USD' } },
      ],
    },
    {
      id: 'adwoa-kell',
      name: 'Adwoa Kell',
      categories: ['handbags'],
      manufacturingCountries: ['GH'],
      productLines: [
        {
          name: 'Kente clutch',
          category: 'handbags',
          referencePrice: { min: 120, max: 180, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', shipFrom: 'CN', ...extra });
}

function nickname(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_nickname');
}

describe('eighteenth round (q-names): a country and a letter', () => {
  it('"意大利S家墨镜" names the one eyewear brand made in Italy, though S begins a brand of apparel', () => {
    for (const title of ['【意大利S家墨镜】方框太阳镜', '意大利S家墨镜 猫眼 玳瑁色']) {
      const v = scan(title, { category: 'eyewear', price: 320, currency: 'CNY' });
      assert.equal(nickname(v)?.brandId, 'orvietta', title);
      assert.equal(v.flagged, true, title);
    }
    // guards: a word of origin after the country, the letter alone in the S brand category
    const origin = scan('意大利进口墨镜 方框太阳镜', { category: 'eyewear', price: 320, currency: 'CNY' });
    assert.equal(nickname(origin), undefined);
    assert.equal(origin.flagged, false);
    // in its own category the S brand's "S家" still names it (the counterfeit twin)
    const twin = scan('S家 Harbour coat 羊毛大衣', { category: 'apparel', price: 300, currency: 'CNY' });
    assert.equal(nickname(twin)?.brandId, 'sablemoor');
    assert.equal(twin.flagged, true);
  });
});

describe('eighteenth round (q-names): a country with two makers of the title goods', () => {
  it('"韩国…电饭煲" filed under appliances names the Korean maker of both, not the pan maker', () => {
    const v = scan('韩国小鸟电饭煲 双压 10人份', {
      category: 'home-appliances',
      price: 260,
      currency: 'CNY',
    });
    assert.equal(nickname(v)?.brandId, 'hanmaru');
    assert.equal(v.flagged, true);
    // guards: in kitchenware alone both Korean makers fit, and neither is named
    const pan = scan('韩国小鸟煎锅 双面', { category: 'kitchenware', price: 60, currency: 'CNY' });
    assert.equal(nickname(pan), undefined);
    assert.equal(pan.flagged, false);
  });
});

describe('eighteenth round (q-names): a Chinese name with its first character as a letter', () => {
  it('"L森" for 立森 before one of its lines, with a bulk quantity', () => {
    const v = scan('【L森】 净白200 乳胶漆', {
      category: 'tools',
      price: 420,
      currency: 'CNY',
      quantity: 60,
    });
    assert.equal(nickname(v)?.brandId, 'qiansen');
    assert.equal(nickname(v)?.span?.text, 'L森');
    assert.equal(v.flagged, true);
    // guards: the same letters in another category, the name written plainly at its price
    const other = scan('L森 保温杯 500ml', {
      category: 'kitchenware',
      price: 30,
      currency: 'CNY',
      quantity: 60,
    });
    assert.equal(nickname(other), undefined);
    assert.equal(other.flagged, false);
    const plain = scan('立森 净白200 乳胶漆', { category: 'tools', price: 520, currency: 'CNY' });
    assert.equal(plain.flagged, false);
  });
});

describe('eighteenth round (q-names): the first word of a name with digits for letters', () => {
  it('"N1PP0N"-like first words beside an emoji, with a low price', () => {
    const paint = scan('set by M4RV33N 🖌️', { category: 'tools', price: 90, currency: 'HKD', shipFrom: 'HK' });
    assert.equal(nickname(paint)?.brandId, 'marveen');
    assert.equal(paint.flagged, true);
    const clutch = scan('【4DW0A K 👜】肯特布手拿包', { category: 'handbags', price: 139, currency: 'CNY' });
    assert.equal(nickname(clutch)?.brandId, 'adwoa-kell');
    assert.equal(nickname(clutch)?.span?.text, '4DW0A K');
    assert.equal(clutch.flagged, true);
    // guards: another category, model codes, the genuine price, the name written with digits in full
    assert.equal(
      nickname(scan('set by M4RV33N 🖌️', { category: 'audio', price: 90, currency: 'HKD' })),
      undefined,
    );
    assert.equal(
      nickname(scan('MV4100 刷墙滚筒 🖌️', { category: 'tools', price: 20, currency: 'CNY' })),
      undefined,
    );
    assert.equal(
      scan('M4RV33N Satin Wall 5L', { category: 'tools', price: 75, currency: 'USD' }).flagged,
      false,
    );
    // the whole name with digits is an obfuscation of its own (the counterfeit twin)
    const whole = scan('M4RV33N L4CQU3RS 5L', { category: 'tools', price: 10, currency: 'USD' });
    assert.equal(whole.flagged, true);
  });
});
