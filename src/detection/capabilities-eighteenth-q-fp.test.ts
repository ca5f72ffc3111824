/**
 * Capabilities of the eighteenth round (helper q-fp): fewer hard negatives flagged.
 * - A title that denies being a copy ("NOT a replica", Italian "non replica") makes the copy nouns of
 *   its description talk about copies elsewhere ("I keep seeing fakes listed", "tired of reps"); a
 *   grade claim in the description ("1:1 mirror quality") still counts, and so does an undenied copy.
 * - What a part fits, in more forms: "suits",
 *   Portuguese "compatível com", Scandinavian "till" / "passer til", Japanese "<name>対応",
 *   "<name>用", "社外品" (aftermarket goods).
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eighteenth-q-fp-1',
  brands: [
    {
      id: 'vantrelle',
      name: 'Vantrelle',
      aliases: ['VANTRELLE'],
      categories: ['handbags'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'Osmerie Tote',
          shortNames: ['Osmerie'],
          category: 'handbags',
          referencePrice: { min: 2400, max: 2900, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kelmory',
      name: 'Kelmory',
      aliases: ['KELMORY'],
      categories: ['audio'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Quillon 90 hearing aid',
          shortNames: ['Quillon 90'],
          category: 'audio',
          referencePrice: { min: 2200, max: 2600, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const BAG = {
  category: 'handbags',
  price: 2500,
  currency: 'USD',
  shipFrom: 'FR',
  condition: 'used' as const,
};
/** Ten small parts at a parts price, in bulk, from a country that is not the maker's. */
const PARTS = {
  category: 'audio',
  price: 9.99,
  currency: 'USD',
  shipFrom: 'SG',
  quantity: 40,
  condition: 'new' as const,
};

describe('eighteenth round (q-fp): a title that denies being a copy', () => {
  it('reads copy nouns of the description as talk about copies elsewhere', () => {
    for (const [title, description] of <Array<[string, string]>>[
      [
        'Vantrelle Osmerie Tote - bought at the boutique, NOT a replica',
        'I keep seeing fakes listed here, so: this one is genuine, receipt and dust bag included.',
      ],
      [
        'Vantrelle Osmerie Tote - 100% authentic, no fakes here',
        'Sick of reps ruining this market. Bought in Paris in 2024, happy to have it checked.',
      ],
    ]) {
      const v = scan({ title, description, ...BAG });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('reads Italian "non" before the copy word as a denial', () => {
    const v = scan({ title: 'Vantrelle Osmerie Tote originale, non replica, con scontrino', ...BAG });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
    // a "non-" prefix negates its own word only ("non-slip strap, 1:1 quality")
    const prefix = scan({ title: 'Vantrelle Osmerie Tote non-slip strap 1:1 quality', ...BAG });
    assert.equal(prefix.flagged, true);
  });

  it('still flags a grade claim in the description, and an undenied copy word (guards)', () => {
    const graded = scan({
      title: 'Vantrelle Osmerie Tote - NOT a replica',
      description: 'Top grade, 1:1 mirror quality, same leather as the boutique.',
      ...BAG,
    });
    assert.equal(graded.flagged, true);
    const plain = scan({
      title: 'Vantrelle Osmerie Tote - genuine leather',
      description: 'Top reps from our workshop, the same as the boutique.',
      ...BAG,
    });
    assert.equal(plain.flagged, true);
    assert.ok(plain.signals.some((s) => s.kind === 'marker'));
    const italian = scan({ title: 'Vantrelle Osmerie Tote replica perfetta', ...BAG });
    assert.equal(italian.flagged, true);
  });
});

describe('eighteenth round (q-fp): what a part fits, in more forms', () => {
  it('reads the brand as what the part fits', () => {
    for (const title of [
      'Dome set of 10 - suits Kelmory Quillon 90 and any receiver',
      'Domos abertos compatível com Kelmory Quillon 90, 10 un',
      'Öronproppar till Kelmory Quillon 90, 10 st',
      'Kelmory Quillon 90対応 交換ドーム 10個',
      'Kelmory Quillon 90用 ドーム 社外品 10個',
    ]) {
      const v = scan({ title, ...PARTS });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
      assert.equal(v.brands[0]?.nominative, true, title);
    }
  });

  it('still flags the device itself at a parts price (guard)', () => {
    const v = scan({ title: 'Kelmory Quillon 90 hearing aid, 10 pcs wholesale', ...PARTS });
    assert.equal(v.flagged, true);
    assert.equal(v.brands[0]?.nominative, false);
  });
});
