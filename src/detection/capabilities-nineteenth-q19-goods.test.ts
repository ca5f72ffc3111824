/**
 * Capabilities of the nineteenth round (helper q19-goods): the goods lexicon.
 * - A brand word in a title naming only goods the brand does not make (words of goods the taxonomy
 *   has no category for: fishing tackle, lab glassware, electronic components, garden supplies) and
 *   none of its departments' goods nor one of its lines is the ordinary word, whatever the category
 *   field says: its price and origin are no sign of the brand's goods ("Tarpon spinnerbait", the
 *   brand a maker of bike trainers).
 * - A model code of a line in a title naming such goods is not the line ("KX20 potentiometer", the
 *   line a hammer drill).
 * Guards: the brand's own goods, or one of its lines, with a copy cue or an extreme price stay
 * flagged. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-nineteenth-q19-goods-1',
  brands: [
    {
      id: 'tarpon',
      name: 'Tarpon Cycling',
      aliases: ['Tarpon', '塔蓬'],
      categories: ['bicycles', 'sports-equipment'],
      manufacturingCountries: ['TW', 'CN'],
      productLines: [
        {
          name: 'Velox smart trainer',
          shortNames: ['Velox'],
          category: 'sports-equipment',
          referencePrice: { min: 900, max: 1200, currency: 'USD' },
        },
      ],
    },
    {
      id: 'beaker',
      name: 'Beaker',
      categories: ['audio'],
      manufacturingCountries: ['DK'],
      productLines: [
        {
          name: 'Beaker Nova earbuds',
          shortNames: ['Nova'],
          category: 'audio',
          referencePrice: { min: 250, max: 320, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kestrelia',
      name: 'Kestrelia',
      categories: ['tools'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'KX20 hammer drill',
          modelNumbers: ['KX20'],
          category: 'tools',
          referencePrice: { min: 300, max: 420, currency: 'USD' },
        },
      ],
    },
    {
      id: 'caravel',
      name: 'Caravel',
      categories: ['handbags'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Ondessa tote',
          shortNames: ['Ondessa'],
          category: 'handbags',
          referencePrice: { min: 1500, max: 2400, currency: 'EUR' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', sellerId: 'someone-1', ...listing });
}

function flagged(v: Verdict): boolean {
  return v.action !== 'allow';
}

describe('capabilities 19 (q19-goods): a brand word in a title of goods the brand does not make', () => {
  for (const [title, category, price, currency, shipFrom] of [
    ['Tarpon spinnerbait 3/8 oz, chartreuse/white', 'sports-equipment', 6, 'USD', 'US'],
    ['Tarpon crankbait, deep diver, 2 pcs', 'sports-equipment', 9, 'USD', 'US'],
    ['Tarpon Köder 12 cm, Hecht, neu', 'sports-equipment', 7, 'EUR', 'DE'],
    ['塔蓬 路亚假饵 亮片 5枚装', 'sports-equipment', 12, 'CNY', 'JP'],
  ] as const) {
    it(`"${title}" is not the brand's goods`, () => {
      const v = scan({ title, category, price, currency, shipFrom, condition: 'new' });
      assert.equal(flagged(v), false, JSON.stringify(v.signals));
    });
  }

  it('a line\'s model code in a title of an electronic component is not the line ("KX20 potentiometer")', () => {
    const v = scan({
      title: 'KX20 potentiometer 10k linear, 5 pcs',
      category: 'tools',
      price: 3,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.equal(flagged(v), false, JSON.stringify(v.signals));
  });
});

describe("capabilities 19 (q19-goods) guards: the brand's own goods stay flagged", () => {
  it("the brand's line at an extreme price, filed under the same category", () => {
    const v = scan({
      title: 'Tarpon Velox smart trainer, direct drive',
      category: 'sports-equipment',
      price: 99,
      currency: 'USD',
      shipFrom: 'US',
      condition: 'new',
    });
    assert.equal(flagged(v), true, JSON.stringify(v.signals));
  });

  it('the brand with a copy cue beside tackle words', () => {
    const v = scan({
      title: 'Tarpon smart trainer replica 1:1, with fishing lure gift',
      category: 'sports-equipment',
      price: 150,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.equal(flagged(v), true, JSON.stringify(v.signals));
  });

  it('the audio brand named beside its own goods', () => {
    const v = scan({ title: 'Beaker Nova earbuds 1:1 copy', price: 25, currency: 'USD', shipFrom: 'CN' });
    assert.equal(flagged(v), true, JSON.stringify(v.signals));
  });

  it("the handbag brand's own goods in Polish with a copy cue", () => {
    const v = scan({ title: 'Caravel torebka Ondessa replika', price: 60, currency: 'EUR', shipFrom: 'CN' });
    assert.equal(flagged(v), true, JSON.stringify(v.signals));
  });

  it('the tools line named by its words at an extreme price', () => {
    const v = scan({ title: 'Kestrelia KX20 hammer drill, new', price: 45, currency: 'USD', shipFrom: 'CN' });
    assert.equal(flagged(v), true, JSON.stringify(v.signals));
  });
});
