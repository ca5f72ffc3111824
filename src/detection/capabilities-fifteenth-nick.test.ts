/**
 * Capabilities of the fifteenth round (helper nick): a brand named by the country it is made in and a
 * word for its goods ("瑞典油锯", country-nicknames.ts), a disguised name followed by likeness talk
 * (同款, 一样的, 对比看), a disguised name before another brand's line naming that brand, and a Latin
 * name in Chinese sounds after Latin words. Guards: a country as the origin of unbranded goods, a
 * country two brands of the category are made in, China, another category, marketing 同款.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-nick-1',
  brands: [
    {
      id: 'torvanger',
      name: 'Torvanger',
      categories: ['tools'],
      manufacturingCountries: ['SE', 'CN'],
      productLines: [
        {
          name: 'Skogmaster 460',
          category: 'tools',
          referencePrice: { min: 400, max: 500, currency: 'USD' },
        },
      ],
    },
    {
      id: 'brennick',
      name: 'Brennick',
      categories: ['tools'],
      manufacturingCountries: ['DE', 'CN'],
      productLines: [
        { name: 'Hoseline 20', category: 'tools', referencePrice: { min: 60, max: 80, currency: 'USD' } },
      ],
    },
    {
      id: 'keltmann',
      name: 'Keltmann',
      categories: ['tools'],
      manufacturingCountries: ['DE'],
      productLines: [
        { name: 'Torqline 3', category: 'tools', referencePrice: { min: 90, max: 120, currency: 'USD' } },
      ],
    },
    {
      id: 'lunavik',
      name: 'Lunavik',
      categories: ['baby-products'],
      manufacturingCountries: ['SG', 'CN'],
      productLines: [
        {
          name: 'Cubo Bottle',
          category: 'baby-products',
          referencePrice: { min: 25, max: 35, currency: 'USD' },
        },
      ],
    },
    {
      id: 'vireon',
      name: 'Vireon',
      aliases: ['强力肌能'],
      categories: ['health-supplements'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Mass Forge',
          category: 'health-supplements',
          referencePrice: { min: 50, max: 60, currency: 'USD' },
        },
      ],
    },
    {
      id: 'pedrani',
      name: 'Pedrani',
      categories: ['handbags'],
      manufacturingCountries: ['CN'],
      productLines: [
        { name: 'Arco Tote', category: 'handbags', referencePrice: { min: 80, max: 100, currency: 'USD' } },
      ],
    },
    {
      id: 'orvanta',
      name: 'Orvanta',
      categories: ['home-appliances'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Brewmaster 12',
          category: 'home-appliances',
          referencePrice: { min: 90, max: 110, currency: 'USD' },
        },
      ],
    },
    {
      id: 'sundelle',
      name: 'Sundelle',
      categories: ['home-appliances'],
      manufacturingCountries: ['US', 'MX'],
      productLines: [
        {
          name: 'Airwave Fan',
          category: 'home-appliances',
          referencePrice: { min: 40, max: 60, currency: 'USD' },
        },
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

const CHEAP_TOOL = { category: 'tools', price: 30, currency: 'USD' };

describe('fifteenth round (nick): a brand named by its country and its goods', () => {
  it('the one brand of the category made in the country, flagged at a low price', () => {
    const v = scan('瑞典油锯 伐木 超低价', CHEAP_TOOL);
    assert.equal(disguise(v)?.brandId, 'torvanger');
    assert.equal(disguise(v)?.span?.text.startsWith('瑞典'), true);
    assert.equal(v.flagged, true);
  });

  it('in brackets, with Latin letters glued, after a model code', () => {
    const bottle = { category: 'baby-products', price: 3, currency: 'USD' };
    assert.equal(disguise(scan('【新加坡方瓶】宽口奶瓶', bottle))?.brandId, 'lunavik');
    assert.equal(disguise(scan('新加坡LV家 奶瓶 三个装', bottle))?.brandId, 'lunavik');
    assert.equal(disguise(scan('SK-460 瑞典红锯 十件起批', CHEAP_TOOL))?.brandId, 'torvanger');
  });

  it('a line of another brand in the title names that brand instead', () => {
    const v = scan('美国咖啡机 Brewmaster 12 量大从优', {
      category: 'home-appliances',
      price: 10,
      currency: 'USD',
    });
    assert.equal(disguise(v)?.brandId, 'orvanta');
    assert.match(disguise(v)!.detail, /before one of its lines/);
  });
});

describe('fifteenth round (nick): likeness talk and sounds after Latin words', () => {
  it('a name cut short, then 同款 or 一样的: a nickname that flags at a fair price', () => {
    const fair = { category: 'health-supplements', price: 55, currency: 'USD' };
    const v = scan('【强肌】增肌粉 同款', fair);
    assert.equal(disguise(v)?.brandId, 'vireon');
    assert.match(disguise(v)!.detail, /likeness/);
    assert.equal(v.flagged, true);
    assert.equal(scan('强肌 增肌粉 一样的', fair).flagged, true);
  });

  it('a Latin name in Chinese sounds after English words of the title', () => {
    const v = scan('Classic Tote 佩德拉尼单肩包 便宜出', { category: 'handbags', price: 8, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'pedrani');
    assert.equal(v.flagged, true);
  });
});

describe('fifteenth round (nick): false-positive guards', () => {
  it('a country as the origin, craft or material of unbranded goods', () => {
    for (const title of [
      '瑞典进口木柄锯 超低价',
      '瑞典工艺 油锯 超低价',
      '瑞典钢锯条 超低价',
      '瑞典直邮 油锯 特价',
    ]) {
      const v = scan(title, CHEAP_TOOL);
      assert.equal(disguise(v), undefined, title);
      assert.equal(v.flagged, false, title);
    }
  });

  it('a country two brands of the category are made in, or China, names none', () => {
    assert.equal(disguise(scan('德国花园管 超低价', CHEAP_TOOL)), undefined);
    assert.equal(disguise(scan('中国油锯 超低价', CHEAP_TOOL)), undefined);
  });

  it('not in another category, not a country with a space after it', () => {
    assert.equal(
      disguise(scan('瑞典面膜 超低价', { category: 'cosmetics', price: 1, currency: 'USD' })),
      undefined,
    );
    assert.equal(disguise(scan('瑞典 油锯 超低价', CHEAP_TOOL)), undefined);
  });

  it('marketing 同款 (as worn by an influencer) is no likeness talk', () => {
    const v = scan('强肌 增肌粉 网红同款', { category: 'health-supplements', price: 55, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'vireon');
    assert.equal(v.flagged, false);
  });
});
