/**
 * Capabilities of the eighteenth round (helper q-fp3): a model code shared by goods of another kind.
 * - A line read only through its model code ("QX27", "RH40"), the brand's name not written, in a
 *   title that names goods of another kind than the line (a relay board, a pressure sensor, a fuse,
 *   an LED strip: parts the taxonomy has no category for) is not the line: the brand's price, origin
 *   and quantity do not apply.
 * - Guards: the same code with the line's own goods, or with the brand's name, stays the line.
 * - A brand's name in a listing filed under goods of another department, whose category is read only
 *   from a title word of goods none of the brand's lines is ("robot chassis kit, mecanum wheels" filed
 *   under toys, the brand a helmet maker), is the ordinary word. Guards: with one of its lines, or
 *   filed under its own category, it stays the brand.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eighteenth-q-fp3-1',
  brands: [
    {
      id: 'quorvex',
      name: 'Quorvex',
      categories: ['tools'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Lumora 0.5 gel pen 10-pack',
          shortNames: ['Lumora'],
          modelNumbers: ['QX27'],
          category: 'tools',
          referencePrice: { min: 11, max: 15, currency: 'USD' },
        },
      ],
    },
    {
      id: 'taldrin',
      name: 'Taldrin',
      categories: ['tools', 'batteries'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'RH 40-B Cordless Rotary Hammer',
          shortNames: ['RH40', 'RH 40'],
          category: 'tools',
          referencePrice: { min: 600, max: 900, currency: 'USD' },
        },
      ],
    },
    {
      id: 'velmisto',
      name: 'Velmisto',
      categories: ['home-appliances'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'V30 Ultra',
          shortNames: ['V30'],
          category: 'home-appliances',
          referencePrice: { min: 900, max: 1200, currency: 'USD' },
        },
      ],
    },
    {
      id: 'torvane',
      name: 'TRV',
      categories: ['auto-parts'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Strada RR helmet',
          shortNames: ['Strada RR'],
          category: 'auto-parts',
          referencePrice: { min: 900, max: 1300, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kestrum',
      name: 'Kestrum',
      categories: ['outdoor-gear'],
      manufacturingCountries: ['ID'],
      productLines: [
        {
          name: 'Alto 40 pack',
          category: 'outdoor-gear',
          referencePrice: { min: 90, max: 140, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const US = { currency: 'USD', shipFrom: 'US', condition: 'new' as const, quantity: 40 };

describe('eighteenth round (q-fp3): a model code in a title naming goods of another kind', () => {
  it('reads a code with parts of another kind as those parts, not the line', () => {
    for (const [title, category, price] of [
      ['QX27 relay board 12V, 4 channel', 'tools', 4.5],
      ['RH40 pressure sensor 0-10 bar, M12 connector', 'tools', 19],
      ['V30 LED strip 5 m, warm white', 'home-appliances', 12],
    ] as const) {
      const v = scan({ title, category, price, ...US });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('reads Chinese part words the same way', () => {
    const v = scan({
      title: 'RH40 保险管 5x20 二十个装',
      category: 'tools',
      price: 39,
      currency: 'CNY',
      shipFrom: 'CN',
      quantity: 300,
      condition: 'new',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it("still reads the code with the line's own goods as the line (guard)", () => {
    for (const [title, category, price] of [
      ['QX27 gel pen 10-pack, black ink', 'tools', 2.5],
      ['RH40 cordless rotary hammer, bare tool', 'tools', 60],
      ['V30 robot vacuum, self-emptying', 'home-appliances', 90],
    ] as const) {
      const v = scan({ title, category, price, ...US });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it("still flags the code with the brand's name, even beside other goods (guard)", () => {
    const v = scan({
      title: 'Quorvex QX27 relay board 12V, 4 channel',
      category: 'tools',
      price: 2.5,
      ...US,
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
});

describe('eighteenth round (q-fp3): a brand word where the goods filed are of another department', () => {
  const TOY = { currency: 'USD', shipFrom: 'US', condition: 'new' as const, quantity: 30 };
  it('reads the name as the ordinary word when only a title word of goods it does not sell reads its category', () => {
    for (const [title, category, price] of [
      ['TRV robot chassis kit, mecanum wheels, new', 'toys', 49],
      ['Kestrum face: a climbing history, 2nd edition', 'books', 18],
    ] as const) {
      const v = scan({ title, category, price, ...TOY });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('still reads the brand with one of its lines, or filed under its own category (guards)', () => {
    for (const [title, category, price] of [
      ['TRV Strada RR helmet, mecanum wheels sticker', 'toys', 49],
      ['TRV robot chassis kit, mecanum wheels, new', 'auto-parts', 49],
      ['Kestrum climbing pack 40 l', 'outdoor-gear', 18],
    ] as const) {
      const v = scan({ title, category, price, ...TOY });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});
