/**
 * Capabilities of the sixteenth round (helper nick): a Chinese word in the brand's place right before
 * one of its lines, sounding like the brand's name, wherever the title puts it (after a category or
 * sales word, glued to the goods, in brackets): its sounds (a t between n and a consonant lost), its
 * syllables when the name is short (凯科 for Kaiko), its first two syllables, a two-character Chinese
 * name written with characters of the same sound; and the second word of a four-character Chinese
 * name alone (双鹿 for 北方双鹿). Guards: other words before the line, the word in another category,
 * a name's generic second word, the brand written plainly. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-sixteenth-nick-1',
  brands: [
    {
      id: 'kestro',
      name: 'Kestro',
      categories: ['bicycles'],
      manufacturingCountries: ['PL'],
      productLines: [
        {
          name: 'Ridgeway 3',
          category: 'bicycles',
          referencePrice: { min: 1200, max: 1400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kaiko',
      name: 'Kaiko',
      categories: ['game-consoles'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Pocket Arcade',
          category: 'game-consoles',
          referencePrice: { min: 140, max: 160, currency: 'USD' },
        },
      ],
    },
    {
      id: 'fontvell',
      name: 'Fontvell',
      categories: ['apparel', 'outdoor-gear'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Glacier 900',
          category: 'apparel',
          referencePrice: { min: 300, max: 360, currency: 'USD' },
        },
      ],
    },
    {
      id: 'dravik',
      name: 'Dravik',
      aliases: ['琢威'],
      categories: ['tools'],
      manufacturingCountries: ['MX'],
      productLines: [
        { name: 'Rotor 2200', category: 'tools', referencePrice: { min: 60, max: 80, currency: 'USD' } },
      ],
    },
    {
      id: 'eastling',
      name: 'Eastling',
      aliases: ['北方双鹿', '小蓝电器'],
      categories: ['watches'],
      manufacturingCountries: ['JP'],
      productLines: [
        { name: 'Marlin', category: 'watches', referencePrice: { min: 250, max: 300, currency: 'USD' } },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-08') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', shipFrom: 'JP', ...extra });
}

function disguise(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_nickname');
}

const CHEAP = { price: 40, currency: 'USD' };

describe("sixteenth round (nick): a name in Chinese sounds in the brand's place before its line", () => {
  it('after a sales or category word, glued to the goods: its sounds, flagged at a low price', () => {
    for (const title of ['正品 凯斯特罗砾石车 Ridgeway 3', '公路车 凯斯特罗 Ridgeway 3 秒发']) {
      const v = scan(title, { category: 'bicycles', price: 300, currency: 'USD' });
      assert.equal(disguise(v)?.brandId, 'kestro', title);
      assert.equal(disguise(v)?.span?.text, '凯斯特罗', title);
      assert.equal(v.flagged, true, title);
    }
  });

  it('a short name by its syllables, in brackets (凯科 for Kaiko)', () => {
    const v = scan('【凯科】Pocket Arcade 迷你街机 当天发', { category: 'game-consoles', ...CHEAP });
    assert.equal(disguise(v)?.brandId, 'kaiko');
    assert.equal(disguise(v)?.span?.text, '凯科');
    assert.equal(v.flagged, true);
  });

  it('a t between n and a consonant lost (丰维尔 for Fontvell), or its first two syllables', () => {
    const jacket = { category: 'apparel', ...CHEAP };
    assert.equal(disguise(scan('羽绒服 丰维尔 Glacier 900 秒发', jacket))?.brandId, 'fontvell');
    assert.equal(disguise(scan('丰维羽绒服 Glacier 900', jacket))?.span?.text, '丰维');
    assert.equal(scan('羽绒服 丰维尔 Glacier 900 秒发', jacket).flagged, true);
    // no line needed where the title names no brand and begins with the name
    assert.equal(disguise(scan('丰维尔羽绒服 超轻', jacket))?.brandId, 'fontvell');
  });

  it('a two-character Chinese name written with characters of the same sound, glued to the goods', () => {
    const v = scan('秒发 卓威电磨 Rotor 2200', { category: 'tools', price: 15, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'dravik');
    assert.equal(disguise(v)?.span?.text, '卓威');
    assert.equal(v.flagged, true);
  });

  it('the second word of a four-character Chinese name, alone (双鹿 for 北方双鹿)', () => {
    const v = scan('双鹿 Marlin 潜水表 蓝宝石镜面', { category: 'watches', ...CHEAP });
    assert.equal(disguise(v)?.brandId, 'eastling');
    assert.equal(v.flagged, true);
  });
});

describe('sixteenth round (nick): false-positive guards', () => {
  it('other words before the line name no brand, nor the start of a longer word', () => {
    for (const title of [
      '正品 山地车 Ridgeway 3',
      '全新 Ridgeway 3 公路车',
      '张伟 Ridgeway 3',
      '凯斯沁 Ridgeway 3',
    ]) {
      const v = scan(title, { category: 'bicycles', price: 300, currency: 'USD' });
      assert.equal(disguise(v), undefined, title);
    }
  });

  it('the second word in another category, or a generic second word, is no nickname', () => {
    assert.equal(disguise(scan('双鹿 保温杯 500ml', { category: 'kitchenware', ...CHEAP })), undefined);
    assert.equal(disguise(scan('电器 Marlin 潜水表', { category: 'watches', ...CHEAP })), undefined);
  });

  it('the brand written plainly before its line is no disguise', () => {
    const v = scan('北方双鹿 Marlin 潜水表', { category: 'watches', price: 280, currency: 'USD' });
    assert.equal(disguise(v), undefined);
    assert.equal(v.flagged, false);
  });
});
