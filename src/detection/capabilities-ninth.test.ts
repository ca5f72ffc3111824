/**
 * Capabilities of the ninth round of issue 11, each with the false positive or miss it is for:
 * a number in a pattern is the whole number of the text ("0.1-1.5 s" holds no "1-1") and a word
 * written wholly in digits is a number, not a disguised word (七 of 七天 is no "T").
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-ninth-1',
  brands: [
    {
      id: 'lumaro',
      name: 'Lumaro',
      aliases: ['鲁玛罗'],
      protectedTerms: ['T*', 'Flashline'],
      categories: ['cameras', 'eyewear'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'LX900 II',
          aliases: ['LX900II'],
          category: 'cameras',
          referencePrice: { min: 120, max: 180, currency: 'USD' },
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

describe('numbers are whole numbers', () => {
  it('a range of decimals in a spec line is no "1-1" marker', () => {
    const verdict = scan({
      title: 'Lumaro LX900 II flash',
      description: 'Guide number 60.\nRecycle time 0.1-1.5 s.\n回电时间0.1-1.5秒。',
      category: 'cameras',
      price: 150,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.ok(!kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
    assert.equal(verdict.flagged, false);
  });

  it('"1-1" written as a whole number pair still counts with a brand', () => {
    const verdict = scan({
      title: 'Lumaro LX900 II 1-1 flash',
      category: 'cameras',
      price: 150,
      currency: 'USD',
    });
    assert.ok(kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
  });

  it('a Chinese numeral in boilerplate is no letter of a protected term', () => {
    const verdict = scan({
      title: '偏光太阳镜 无品牌 黑色',
      description: '支持七天无理由退换。',
      category: 'eyewear',
      price: 13.6,
      currency: 'CNY',
    });
    assert.ok(!kinds(verdict).includes('brand_obfuscated'), JSON.stringify(verdict.signals));
  });

  it('digits among letters still disguise a name', () => {
    const verdict = scan({
      title: 'Lum4r0 LX900 II flash',
      category: 'cameras',
      price: 150,
      currency: 'USD',
    });
    assert.ok(kinds(verdict).includes('brand_obfuscated'), JSON.stringify(verdict.signals));
  });
});
