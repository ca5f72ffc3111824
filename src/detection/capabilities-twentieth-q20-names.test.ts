/**
 * Capabilities of the twentieth round (helper q20-names): brand names with digits read as
 * themselves (a number set apart from a word, a spelling inside a longer registered one), and Chinese
 * renderings of Latin names: through a doubled consonant before h, of a brand's one-word protected
 * mark, glued to goods that end in a category word or are a goods noun's head; a two-character
 * sound-alike of a Chinese name glued to a category word of the brand. Invented brands only; each
 * group ends with guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twentieth-q20-names-1',
  brands: [
    {
      id: 'ninevolt',
      name: '9 volt works',
      aliases: ['9volt'],
      protectedTerms: ['Ember Vale'],
      categories: ['video-games', 'software'],
      manufacturingCountries: ['PL'],
      productLines: [{ name: 'Ember Vale 3', referencePrice: { min: 40, max: 50, currency: 'USD' } }],
    },
    {
      id: 'fivekettle',
      name: '5Kettle',
      categories: ['kitchenware'],
      manufacturingCountries: ['DE'],
      productLines: [{ name: 'Brewline KX-500', referencePrice: { min: 40, max: 50, currency: 'USD' } }],
    },
    {
      id: 'oxfive',
      name: 'Ox 5 Labs',
      aliases: ['Ox5'],
      categories: ['tools'],
      manufacturingCountries: ['US'],
      productLines: [{ name: 'Torque Driver TD-40', referencePrice: { min: 40, max: 50, currency: 'USD' } }],
    },
    {
      id: 'zapphira',
      name: 'Zapphira',
      categories: ['apparel'],
      manufacturingCountries: ['PK'],
      productLines: [{ name: 'Lawn Kurta', referencePrice: { min: 30, max: 40, currency: 'USD' } }],
    },
    {
      id: 'corvane',
      name: 'Corvane Glass',
      protectedTerms: ['Belmore'],
      categories: ['kitchenware'],
      manufacturingCountries: ['IE'],
      productLines: [{ name: 'Belmore Tumbler', referencePrice: { min: 100, max: 150, currency: 'USD' } }],
    },
    {
      id: 'dorrigan',
      name: 'Dorrigan',
      categories: ['cosmetics'],
      manufacturingCountries: ['KR'],
      productLines: [{ name: 'Aqua Serum', referencePrice: { min: 20, max: 30, currency: 'USD' } }],
    },
    {
      id: 'kestrelfit',
      name: 'Kestrel Fit',
      aliases: ['瓦胡'],
      categories: ['bicycles', 'sports-equipment'],
      manufacturingCountries: ['TW'],
      productLines: [{ name: 'Spinrig Trainer', referencePrice: { min: 500, max: 900, currency: 'USD' } }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-21') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, price: 40, currency: 'USD', quantity: 1, ...extra });
}

function details(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => `${s.kind} ${s.detail}`));
}

const disguised = (v: Verdict) => v.signals.some((s) => s.kind === 'brand_obfuscated');
const named = (v: Verdict, brand: string) =>
  v.signals.some(
    (s) => (s.kind === 'brand_nickname' || s.kind === 'brand_misspelled') && s.brandId === brand,
  );

describe('brand names with digits are read as themselves', () => {
  it('a registered name with a number set apart from a word is no disguise', () => {
    for (const [title, category] of [
      ['自用闲置 9 volt works Ember Vale 3 游戏', 'video-games'],
      ['Ember Vale: The Board Game, licensed by 9 volt works', 'toys'],
      ['9-volt works Ember Vale 3 game, used', 'video-games'],
      ['5 Kettle Brewline KX-500 kettle, spare lid', 'kitchenware'],
    ] as const) {
      const v = scan(title, { category });
      assert.ok(!disguised(v) && !v.flagged, `${title}: ${details(v)}`);
    }
  });
  it('a registered alias inside a longer registered name, written as registered', () => {
    const v = scan('Ox 5 Labs Torque Driver TD-40, boxed', { category: 'tools' });
    assert.ok(!disguised(v) && !v.flagged, details(v));
  });
  it('guards: letters pulled apart or written with digits are still a disguise', () => {
    for (const [title, category] of [
      ['9 v o l t works Ember Vale 3 game', 'video-games'],
      ['9vo1t Ember Vale 3 game key', 'video-games'],
      ['5Kett1e Brewline kettle', 'kitchenware'],
      ['O x 5 Torque Driver TD-40', 'tools'],
    ] as const) {
      const v = scan(title, { category });
      assert.ok(disguised(v) && v.flagged, `${title}: ${details(v)}`);
    }
  });
});

describe('Chinese renderings of Latin names', () => {
  it('a doubled consonant before h sounds once (萨菲拉 for Zapphira)', () => {
    for (const title of ['萨菲拉｜连衣裙｜女装｜量大', '萨菲拉 女装 长袖']) {
      const v = scan(title, { category: 'apparel', price: 59, currency: 'CNY' });
      assert.ok(named(v, 'zapphira'), `${title}: ${details(v)}`);
    }
  });
  it("a brand's one-word protected mark in Chinese sounds, glued to a goods noun's head", () => {
    for (const title of ['贝尔莫尔杯 水晶 一对', '贝尔莫尔杯子 一套']) {
      const v = scan(title, { category: 'kitchenware', price: 199, currency: 'CNY' });
      assert.ok(named(v, 'corvane'), `${title}: ${details(v)}`);
    }
  });
  it('a name glued to goods words that end in a category word', () => {
    for (const title of ['多里根玻尿酸精华 补水', '多里根烟酰胺面霜 保湿']) {
      const v = scan(title, { category: 'cosmetics', price: 39, currency: 'CNY' });
      assert.ok(named(v, 'dorrigan'), `${title}: ${details(v)}`);
    }
  });
  it('a two-character sound-alike glued to a category word of the brand', () => {
    for (const title of ['哇呼骑行台 直驱 静音', '哇呼骑行 训练台 第六代']) {
      const v = scan(title, { category: 'sports-equipment', price: 989, currency: 'CNY' });
      assert.ok(named(v, 'kestrelfit'), `${title}: ${details(v)}`);
    }
  });
  it('guards: other words and other goods stay clean', () => {
    for (const [title, category] of [
      ['多里根据说很好用 补水', 'cosmetics'],
      ['哇呼哈哈 直驱 静音', 'sports-equipment'],
      ['简约石英表 皮表带 学生手表', 'watches'],
    ] as const) {
      const v = scan(title, { category, price: 89, currency: 'CNY' });
      assert.ok(!v.flagged && !v.signals.some((s) => s.kind === 'brand_nickname'), `${title}: ${details(v)}`);
    }
  });
});
