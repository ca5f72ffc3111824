/**
 * Capabilities of the twentieth round (helper q20-recall): test-v14's misses outside disguised names.
 * - units on hand counted with a word for pieces ("5 units", "3 Stück", "6 pezzi", "4 bucăți") when the
 *   count is the listing's quantity, and "have N" as a phrase: stock on hand, with a story or a
 *   missing proof it adds up;
 * - Greek and Cyrillic gift words and missing proofs (δώρο, χωρίς κουτί, без чека);
 * - game trainers (修改器, "trainer" with what it cheats), portable cracked editions (绿色版, 解压即玩),
 *   Russian and Ukrainian cracks (кряк, кейген), "cracked" in a games listing, "all content" unlockers;
 * - "like the original" in the European languages, "the only difference is the price", "original
 *   quality" in the European languages, boutique grade, the check before the pass (验货稳过);
 * - factory surplus in the European languages, export leftovers, "no brand markup";
 * - glow-in-the-dark as a colourway copies are made in.
 * Each with its innocent twin. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twentieth-q20-recall-1',
  brands: [
    {
      id: 'quellmoor',
      name: 'Quellmoor',
      aliases: ['奎尔摩'],
      categories: ['kitchenware', 'home-appliances', 'handbags', 'apparel'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Tarnvik Kettle',
          shortNames: ['Tarnvik'],
          category: 'kitchenware',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
          colours: ['black', 'white'],
        },
        {
          name: 'Brenlow Serger',
          shortNames: ['Brenlow'],
          category: 'home-appliances',
          referencePrice: { min: 380, max: 420, currency: 'USD' },
          colours: ['white'],
        },
        {
          name: 'Harrowgate Pack',
          shortNames: ['Harrowgate'],
          category: 'handbags',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
          colours: ['black', 'grey'],
        },
      ],
    },
    {
      id: 'velmstrand',
      name: 'Velmstrand Games',
      aliases: ['Velmstrand'],
      categories: ['video-games', 'software'],
      manufacturingCountries: ['FI'],
      productLines: [
        {
          name: 'Emberfall',
          category: 'video-games',
          referencePrice: { min: 30, max: 40, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-21') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}
const kinds = (verdict: Verdict) => verdict.signals.map((s) => s.kind);
/** A kettle at about half its typical price, from its maker's country. */
const MILD = {
  category: 'kitchenware',
  price: 105,
  currency: 'USD',
  shipFrom: 'PT',
  condition: 'new' as const,
};
const FULL = { ...MILD, price: 199 };
const GAME = {
  category: 'video-games',
  price: 9,
  currency: 'USD',
  shipFrom: 'FI',
  condition: 'new' as const,
};
const BAG = { category: 'handbags', price: 40, currency: 'USD', shipFrom: 'PT', condition: 'new' as const };

describe('twentieth round (q20-recall): units on hand', () => {
  it('reads a count with a word for pieces as stock when it is the quantity offered', () => {
    for (const [title, quantity] of [
      ['Quellmoor Tarnvik Kettle, 4 Stück, ohne Rechnung', 4],
      ['Quellmoor Tarnvik Kettle, 5 pezzi, senza scontrino', 5],
      ['no receipt, 6 units Quellmoor Tarnvik Kettle', 6],
      ['Quellmoor Tarnvik Kettle, 3 bucati, fara bon', 3],
      ['Quellmoor Tarnvik Kettle have 7, unwanted gift', 7],
    ] as const) {
      const v = scan({ title, ...MILD, quantity });
      assert.ok(kinds(v).includes('stock_variety'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('leaves a pack size (a count that is not the quantity) and a full price alone', () => {
    const pack = scan({ title: 'Quellmoor Tarnvik Kettle, 4 Stück, ohne Rechnung', ...MILD, quantity: 1 });
    assert.ok(!kinds(pack).includes('stock_variety'), JSON.stringify(pack.signals));
    const full = scan({ title: 'Quellmoor Tarnvik Kettle, 6 units', ...FULL, quantity: 6 });
    assert.equal(full.flagged, false, JSON.stringify(full.signals));
  });
});

describe('twentieth round (q20-recall): Greek and Cyrillic weak cues', () => {
  it('reads δώρο, χωρίς κουτί, без чека', () => {
    for (const title of [
      'Quellmoor Tarnvik Kettle, δώρο, χωρίς κουτί',
      'Quellmoor Tarnvik Kettle, подарок, без чека',
      'Quellmoor Tarnvik Kettle, подарунок, без коробки',
    ]) {
      const v = scan({ title, ...MILD });
      assert.ok(kinds(v).includes('provenance_missing'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(kinds(v).includes('seller_story'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('leaves one cue alone at the full price (a gift, never flagged by itself)', () => {
    const v = scan({ title: 'Quellmoor Tarnvik Kettle, δώρο', ...FULL });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});

describe('twentieth round (q20-recall): circumvention of games', () => {
  it('flags trainers, portable cracked editions, Cyrillic cracks, cracked copies and all-content unlockers', () => {
    for (const title of [
      'Emberfall 修改器 无限金钱',
      'Emberfall 绿色版 解压即玩',
      'Emberfall ключ + кряк',
      'Emberfall кейген',
      'Emberfall on SD card, cracked, ready to play',
      'Emberfall +14 trainer, unlimited health',
      'Emberfall 全内容解锁补丁',
      'Emberfall all content unlocker',
    ]) {
      const v = scan({ title, ...GAME });
      assert.ok(kinds(v).includes('piracy'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('leaves a damaged disc, a shoe trainer and an official game alone', () => {
    for (const [title, extra] of [
      ['Emberfall PS5 disc cracked, case fine', GAME],
      ['Emberfall PS5 case cracked, disc mint', GAME],
      ['Velmstrand Emberfall running trainers, unlimited comfort', { ...GAME, category: 'shoes', price: 35 }],
      ['Emberfall official soundtrack edition', { ...GAME, price: 35 }],
    ] as const) {
      const v = scan({ title, ...extra });
      assert.ok(!kinds(v).includes('piracy'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('twentieth round (q20-recall): coded claims', () => {
  it('flags likeness, price-only difference, original quality and passing the check', () => {
    for (const title of [
      'Quellmoor Harrowgate Pack, "come l\'originale", nuovo',
      "Quellmoor Harrowgate Pack, comme l'original, neuf",
      'Mochila Quellmoor Harrowgate, igual al original',
      '区别在于价格 奎尔摩 Harrowgate 背包',
      'Quellmoor Harrowgate Pack, the only difference is the price',
      'Mochila Quellmoor Harrowgate, calidad original, negra',
      'Zaino Quellmoor Harrowgate qualità originale',
      'boutique grade Quellmoor Harrowgate Pack',
      '奎尔摩 Harrowgate 背包 验货稳过',
    ]) {
      const v = scan({ title, ...BAG });
      assert.ok(v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
  it('leaves a used item that was authenticated and a plain bag alone', () => {
    for (const title of ['奎尔摩 Harrowgate 背包 已过鉴定 二手', 'Quellmoor Harrowgate Pack, original box']) {
      const v = scan({ title, ...BAG, price: 199 });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('twentieth round (q20-recall): factory surplus and copy colourways', () => {
  it('flags factory surplus in Spanish and Italian, export leftovers and the brand markup cut out', () => {
    for (const title of [
      'Quellmoor Harrowgate Pack, sobrante de fábrica',
      'Quellmoor Harrowgate Pack, eccedenze di fabbrica',
      'Quellmoor Harrowgate Pack export rejects',
      'Quellmoor Harrowgate Pack, same factory, no brand premium',
    ]) {
      const v = scan({ title, ...BAG, price: 199 });
      assert.ok(kinds(v).includes('oem_leak'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('leaves an exporter and a plain brand price alone', () => {
    for (const title of [
      'Quellmoor Harrowgate Pack, export packing',
      'Quellmoor Harrowgate Pack, brand new',
    ]) {
      const v = scan({ title, ...BAG, price: 199 });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
  it('reads glow-in-the-dark at an extreme price as a copy colourway, not at the full price', () => {
    const cheap = scan({
      title: 'Quellmoor Brenlow Serger glow-in-the-dark',
      category: 'home-appliances',
      price: 28,
      currency: 'USD',
      shipFrom: 'VN',
      condition: 'new',
    });
    assert.ok(kinds(cheap).includes('colour_not_produced'), JSON.stringify(cheap.signals));
    assert.ok(cheap.flagged, String(cheap.score));
    const full = scan({
      title: 'Quellmoor Brenlow Serger glow-in-the-dark thread guide',
      category: 'home-appliances',
      price: 399,
      currency: 'USD',
      shipFrom: 'PT',
      condition: 'new',
    });
    assert.equal(full.flagged, false, JSON.stringify(full.signals));
  });
});
