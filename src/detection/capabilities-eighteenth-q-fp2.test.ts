/**
 * Capabilities of the eighteenth round (helper q-fp2): fewer hard negatives flagged.
 * - 仿 ("imitation") before a material or a look names what the goods imitate, not a maker: 仿皮
 *   ("faux leather") is no name written in Chinese sounds, and 仿 before a line named in goods
 *   words (仿珍珠耳钉, "imitation-pearl studs") is not that line; the copy grade 高仿 still is.
 * - Ordinary Chinese words that a derived nickname also spells (国家 "state" of 国家补贴, the
 *   state's trade-in subsidy) are read as those words.
 * - A bare "fit" right before the name is the verb of a part ("domes, fit <brand>"); after a word
 *   of its own ("Slim Fit <line>") it is the cut of a garment.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eighteenth-q-fp2-1',
  brands: [
    {
      id: 'fanpiro',
      name: 'Fanpiro',
      categories: ['furniture'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'Cordane lounge chair',
          category: 'furniture',
          referencePrice: { min: 95, max: 400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'orvanne',
      name: 'Orvanne',
      aliases: ['奥凡妮'],
      categories: ['jewellery'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Selune pearl stud earrings',
          shortNames: ['珍珠耳钉'],
          category: 'jewellery',
          referencePrice: { min: 550, max: 1600, currency: 'USD' },
        },
      ],
    },
    {
      id: 'guoyuan',
      name: 'GUOYUAN',
      aliases: ['国元'],
      categories: ['tools'],
      manufacturingCountries: ['JP'],
    },
    {
      id: 'pellucor',
      name: 'Pellucor',
      aliases: ['佩卢可'],
      categories: ['tools'],
      manufacturingCountries: ['JP'],
    },
    {
      id: 'kelvaro',
      name: 'Kelvaro',
      categories: ['audio'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Quintal 90 hearing aid',
          shortNames: ['Quintal 90'],
          category: 'audio',
          referencePrice: { min: 2200, max: 2600, currency: 'USD' },
        },
      ],
    },
    {
      id: 'dunmere',
      name: 'Dunmere',
      categories: ['apparel'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Harbour Mesh Polo',
          category: 'apparel',
          referencePrice: { min: 110, max: 160, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const CN = { currency: 'CNY', shipFrom: 'CN', condition: 'new' as const };

describe('eighteenth round (q-fp2): 仿 before a material or a look', () => {
  it('reads 仿皮 as faux leather, not a name in Chinese sounds', () => {
    const v = scan({ title: '仿皮沙发套 防猫抓 三人位', category: 'furniture', price: 219, ...CN });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('reads 仿 before a line named in goods words as the look imitated', () => {
    const v = scan({
      title: '仿珍珠耳钉 6对装 9.9元',
      category: 'jewellery',
      price: 6.8,
      quantity: 700,
      ...CN,
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('still flags the line without 仿, and the copy grade 高仿 (guards)', () => {
    for (const title of ['珍珠耳钉 6对装 9.9元', '高仿珍珠耳钉 6对装 9.9元']) {
      const v = scan({ title, category: 'jewellery', price: 6.8, quantity: 700, ...CN });
      assert.equal(v.flagged, true, title);
    }
  });
});

describe('eighteenth round (q-fp2): ordinary words a nickname also spells', () => {
  it('reads 国家补贴 as the state subsidy, not a nickname of 国元', () => {
    const v = scan({
      title: '佩卢可净味 乳胶漆 5L 国家补贴 以旧换新',
      category: 'tools',
      price: 349,
      quantity: 500,
      ...CN,
    });
    assert.ok(!v.signals.some((s) => s.kind === 'brand_nickname'), JSON.stringify(v.signals));
    assert.equal(v.flagged, false);
  });

  it('still reads a derived nickname that is no word (guard)', () => {
    const v = scan({ title: '元家 乳胶漆 5L 以旧换新', category: 'tools', price: 349, quantity: 500, ...CN });
    assert.ok(
      v.signals.some((s) => s.kind === 'brand_nickname'),
      JSON.stringify(v.signals),
    );
  });
});

describe('eighteenth round (q-fp2): a bare "fit" before the name', () => {
  const PARTS = {
    category: 'audio',
    price: 9.99,
    currency: 'USD',
    shipFrom: 'SG',
    quantity: 40,
    condition: 'new' as const,
  };
  it('reads "fit <brand>" after a break as what the part fits', () => {
    for (const title of [
      'Open domes 8 mm, fit Kelvaro Quintal 90 receivers, 10 pcs',
      'Fit Kelvaro Quintal 90 - open domes, 10 pcs',
    ]) {
      const v = scan({ title, ...PARTS });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
      assert.equal(v.brands[0]?.nominative, true, title);
    }
  });

  it('still reads "Slim Fit <line>" as the garment itself (guard)', () => {
    const v = scan({
      title: 'Slim Fit Harbour Mesh Polo by Dunmere, new, no tags, 30 pcs',
      category: 'apparel',
      price: 45,
      currency: 'USD',
      shipFrom: 'TH',
      quantity: 30,
      condition: 'new',
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
    assert.equal(v.brands[0]?.nominative, false);
  });
});

describe('eighteenth round (q-fp2): an official replica in Romance word order', () => {
  const SHIRT = {
    category: 'apparel',
    price: 89,
    currency: 'EUR',
    shipFrom: 'IT',
    condition: 'new' as const,
  };
  it('reads the licence after the noun as a licensed reproduction', () => {
    for (const title of [
      'Dunmere Harbour Mesh Polo - replica ufficiale, con certificato',
      'Dunmere Harbour Mesh Polo - réplica oficial con certificado',
    ]) {
      const v = scan({ title, ...SHIRT });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('still flags an unlicensed replica (guard)', () => {
    const v = scan({
      title: 'Dunmere Harbour Mesh Polo - replica perfetta, qualità AAA',
      ...SHIRT,
    });
    assert.equal(v.flagged, true);
  });
});
