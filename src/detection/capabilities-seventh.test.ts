/**
 * Capabilities of the seventh round of issue 11, each with the false positive or miss it is for:
 * brand names that are English function words, capitals spelling one, innocent phrases in the
 * plural, phrases running across a sentence end, a marker word a brand registered as its own
 * name, a colour word inside a registered name, 原版 of an unmodified device, nominative cues of
 * European marketplaces, and composed weak cues (plain praise, units on hand, "straight from the
 * manufacturer", proofs missing in other languages). Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pluralOf } from './compile.ts';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-seventh-1',
  brands: [
    {
      // a brand whose name is a preposition
      id: 'up-athletics',
      name: 'Up',
      aliases: ['Up Athletics'],
      categories: ['shoes', 'apparel'],
      manufacturingCountries: ['VN'],
      categoryPrices: [
        { category: 'shoes', referencePrice: { min: 130, max: 200, currency: 'USD' } },
        { category: 'apparel', referencePrice: { min: 40, max: 250, currency: 'USD' } },
      ],
      productLines: [
        {
          name: 'Skyline Trainer',
          shortNames: ['Skyline'],
          category: 'shoes',
          referencePrice: { min: 140, max: 170, currency: 'USD' },
        },
      ],
    },
    {
      // a brand whose name is a pronoun, with lines that begin with its letters
      id: 'nobody',
      name: 'Nobody',
      aliases: ['None'],
      categories: ['phones', 'audio'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Handset (4)',
          shortNames: ['Handset 4'],
          category: 'phones',
          referencePrice: { min: 400, max: 500, currency: 'USD' },
        },
      ],
    },
    {
      // a perfume house with a line named like a marker, and colour words in registered names
      id: 'maison-orvane',
      name: 'Maison Orvane',
      aliases: ['Orvane'],
      protectedTerms: ['CLONE by Orvane', 'Tiger Camo'],
      categories: ['fragrance', 'apparel'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'CLONE Eau de Parfum',
          shortNames: ['Rainy Harbour', 'Cedar Attic'],
          category: 'fragrance',
          referencePrice: { min: 90, max: 160, currency: 'USD' },
        },
        {
          name: 'Tiger Camo Hoodie',
          shortNames: ['Camo Hoodie'],
          category: 'apparel',
          colours: ['green', 'grey'],
          referencePrice: { min: 300, max: 400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'quellwerk',
      name: 'Quellwerk',
      categories: ['auto-parts', 'cosmetics'],
      manufacturingCountries: ['SI'],
      productLines: [
        {
          name: 'Quellwerk Slip-On Titan',
          shortNames: ['Slip-On Titan'],
          category: 'auto-parts',
          referencePrice: { min: 900, max: 1400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'retrobox',
      name: 'Retrobox',
      aliases: ['锐宝'],
      categories: ['game-consoles'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Retrobox 64',
          shortNames: ['RB64'],
          category: 'game-consoles',
          referencePrice: { min: 150, max: 200, currency: 'USD' },
        },
      ],
    },
    {
      id: 'lindqvist',
      name: 'Lindqvist',
      aliases: ['林德'],
      categories: ['kitchenware'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'Lindqvist Brewmaster 9',
          shortNames: ['Brewmaster 9'],
          category: 'kitchenware',
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

describe('seventh round: function words, sentences and registered names', () => {
  it('a brand named like a function word is the word in running text, the brand with one of its lines', () => {
    const socks = scan({
      title: 'Cotton crew socks, 12 pairs',
      description: 'Please try items on indoors. Size up if in doubt.',
      category: 'apparel',
      price: 6,
      currency: 'USD',
      quantity: 500,
      shipFrom: 'GB',
    });
    assert.deepEqual(socks.brands, [], JSON.stringify(socks.signals));
    assert.equal(socks.flagged, false);
    const trainer = scan({
      title: 'Up Skyline Trainer white US 9',
      category: 'shoes',
      price: 12,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.equal(trainer.brands[0]?.brandId, 'up-athletics');
    assert.ok(kinds(trainer).includes('price_low'), JSON.stringify(trainer.signals));
  });

  it('capitals spelling a function word are not a brand name cut short', () => {
    const v = scan({
      title: 'Handset 4 black phone NOT a replica',
      category: 'phones',
      price: 450,
      currency: 'USD',
    });
    assert.ok(!kinds(v).includes('brand_nickname'), JSON.stringify(v.signals));
    // dotted initials are spelled out as letters, so the function-word rule does not apply to them
    assert.equal(pluralOf('batch code'), 'batch codes');
    assert.equal(pluralOf('usb type a'), null);
    assert.equal(pluralOf('replica of the'), null);
    assert.equal(pluralOf('fake eyelash'), 'fake eyelashes');
  });

  it('an innocent phrase counts in the plural ("Batch codes are printed on the base")', () => {
    const v = scan({
      title: 'Orvane Rainy Harbour Eau de Parfum 100ml',
      description: 'Batch codes are printed on the base of the packaging.',
      category: 'fragrance',
      price: 120,
      currency: 'USD',
      shipFrom: 'FR',
    });
    assert.ok(!kinds(v).includes('coded'), JSON.stringify(v.signals));
    assert.ok(
      v.suppressed.some((s) => s.includes('batch codes')),
      v.suppressed.join('\n'),
    );
  });

  it('a keyword phrase does not run across the end of a sentence', () => {
    const listing = (description: string) =>
      scan({
        title: 'Quellwerk Slip-On Titan exhaust',
        description,
        category: 'auto-parts',
        price: 1100,
        currency: 'USD',
        shipFrom: 'SI',
      });
    const across = listing('Unpaid orders may be cancelled. Orders are sent with tracking.');
    assert.ok(!kinds(across).includes('oem_leak'), JSON.stringify(across.signals));
    assert.ok(
      across.suppressed.some((s) => s.includes('end of a sentence')),
      across.suppressed.join('\n'),
    );
    const within = listing('These come from cancelled orders of the factory.');
    assert.ok(kinds(within).includes('oem_leak'), JSON.stringify(within.signals));
  });

  it('a marker word that a named brand registered as its own name is the name', () => {
    for (const title of [
      "Maison Orvane 'CLONE' Rainy Harbour Eau de Parfum 100ml",
      'Orvane Clone Cedar Attic EDP 30ml',
    ]) {
      const v = scan({ title, category: 'fragrance', price: 130, currency: 'USD', shipFrom: 'FR' });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
    // another brand that did not register the word: a marker as before
    const copy = scan({
      title: 'Lindqvist Brewmaster 9 clone',
      category: 'kitchenware',
      price: 350,
      currency: 'USD',
    });
    assert.ok(kinds(copy).includes('marker'), JSON.stringify(copy.signals));
    // and the house's own fragrance with a second marker is still a copy
    const fake = scan({
      title: 'Orvane Clone Rainy Harbour 1:1 replica',
      category: 'fragrance',
      price: 130,
      currency: 'USD',
    });
    assert.ok(fake.flagged, JSON.stringify(fake.signals));
  });

  it('a colour word inside a registered name is no colour of the product', () => {
    const v = scan({
      title: 'Maison Orvane Tiger Camo Hoodie XL',
      category: 'apparel',
      price: 350,
      currency: 'USD',
      shipFrom: 'FR',
    });
    assert.ok(!kinds(v).includes('colour_not_produced'), JSON.stringify(v.signals));
    const pink = scan({
      title: 'Maison Orvane Tiger Camo Hoodie, pink',
      category: 'apparel',
      price: 350,
      currency: 'USD',
      shipFrom: 'FR',
    });
    assert.ok(kinds(pink).includes('colour_not_produced'), JSON.stringify(pink.signals));
  });

  it('原版 of an unmodified device is the original, not a copy claim', () => {
    for (const title of ['锐宝 RB64 主机 原版未改 带手柄', '锐宝 RB64 原版未改装 出厂状态']) {
      const v = scan({
        title,
        category: 'game-consoles',
        price: 900,
        currency: 'CNY',
        condition: 'used',
        shipFrom: 'CN',
      });
      assert.ok(!kinds(v).includes('coded'), `${title}: ${JSON.stringify(v.signals)}`);
    }
    const copy = scan({
      title: '锐宝 RB64 原版 高品质',
      category: 'game-consoles',
      price: 900,
      currency: 'CNY',
    });
    assert.ok(kinds(copy).includes('coded'), JSON.stringify(copy.signals));
  });
});

describe('seventh round: nominative cues and composed weak cues', () => {
  it('nominative cues of European marketplaces, "sized for" and 适合 make a mention nominative', () => {
    for (const title of [
      'Dämpfer 60mm passend für Quellwerk Slip-On Titan, Zubehör',
      'Brewmaster 9 kompatible Dichtung, 3 Stück',
      'Joint de rechange pour Lindqvist Brewmaster 9',
      'Kussens voor Lindqvist Brewmaster 9, niet origineel',
      'Empty pump bottles, sized for serums like Quellwerk, 3 pack',
    ]) {
      const v = scan({ title, price: 9, currency: 'EUR', quantity: 40, shipFrom: 'DE' });
      assert.ok(
        v.brands.every((b) => b.nominative),
        `${title}: ${JSON.stringify(v.brands)} ${JSON.stringify(v.signals)}`,
      );
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
    const zh = scan({
      title: '分装瓶 适合林德Brewmaster 9 三个',
      price: 20,
      currency: 'CNY',
      quantity: 100,
      shipFrom: 'CN',
    });
    assert.ok(
      zh.brands.every((b) => b.nominative),
      JSON.stringify(zh.brands),
    );
  });

  it('"not original" in other languages is a marker, like the English one', () => {
    const v = scan({
      title: 'Lindqvist Brewmaster 9 niet origineel',
      category: 'kitchenware',
      price: 80,
      currency: 'EUR',
    });
    assert.ok(kinds(v).includes('marker'), JSON.stringify(v.signals));
  });

  it('plain praise, units on hand, "straight from the manufacturer" and missing proofs are composed', () => {
    const praise = scan({
      title: '林德Brewmaster 9 咖啡机 做工好',
      category: 'kitchenware',
      price: 150,
      currency: 'CNY',
    });
    assert.ok(kinds(praise).includes('weak_quality_claim'), JSON.stringify(praise.signals));
    assert.ok(praise.flagged, 'extreme price plus a quality claim flags');
    for (const title of ['林德Brewmaster 9 咖啡机 不止一台', 'Lindqvist Brewmaster 9 have a few of these']) {
      const v = scan({ title, category: 'kitchenware', price: 350, currency: 'USD' });
      assert.ok(kinds(v).includes('stock_variety'), `${title}: ${JSON.stringify(v.signals)}`);
    }
    const direct = scan({
      title: "Lindqvist Brewmaster 9, sent straight from the manufacturer's warehouse",
      category: 'kitchenware',
      price: 30,
      currency: 'USD',
    });
    assert.ok(kinds(direct).includes('factory_direct'), JSON.stringify(direct.signals));
    assert.ok(direct.flagged);
    const sans = scan({
      title: 'Lindqvist Brewmaster 9, neuf, sans boîte, sans facture',
      category: 'kitchenware',
      price: 350,
      currency: 'USD',
      condition: 'new',
    });
    assert.ok(kinds(sans).includes('provenance_missing'), JSON.stringify(sans.signals));
  });
});
