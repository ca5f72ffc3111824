/**
 * Capabilities of the nineteenth round (helper q19-codes): lines recognised without the brand, and
 * brand-like words that are something else.
 * - A line read only through its model code, in a title naming goods of another kind (a measuring
 *   instrument, craft sheets: goods the taxonomy has no category for) is not the line; a container
 *   before "of <count>" ("bag of 200") is packaging, not goods of the line's category.
 * - A catalogue name cut after a count ("Lawn 3" of "Lawn 3 Piece Unstitched") is only as
 *   distinctive as its own words.
 * - A Latin name's last consonant is lost in Chinese sounds only at its end or before a mute e: a
 *   consonant that opens a sounded last syllable ("-ma") is written (a goods word is not the name).
 * - A count's digits inside a line's name stay the name's even where the line is of another
 *   category ("Zentra 64 Games System"); a grade code beside a board revision word is the revision.
 * - Seller style: "no logo issue" is no unbranded claim; "GL from QC" is a copy marker; a dare to
 *   authenticate (随便验, 不怕验) is coded, not beside proof of purchase.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-nineteenth-q19-codes-1',
  brands: [
    {
      id: 'brovena',
      name: 'Brovena',
      categories: ['home-appliances', 'kitchenware'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Brovena Espresso Machine Duo',
          aliases: ['Duo Espresso Maker'],
          modelNumbers: ['BVX-418'],
          category: 'home-appliances',
          referencePrice: { min: 150, max: 200, currency: 'USD' },
          manufacturingCountries: ['CN'],
        },
      ],
    },
    {
      id: 'quillmark',
      name: 'Quillmark Games',
      protectedTerms: ['Rail Baron Quest'],
      categories: ['toys'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Rail Baron Quest',
          modelNumbers: ['QM5310'],
          category: 'toys',
          referencePrice: { min: 45, max: 55, currency: 'USD' },
          manufacturingCountries: ['CN'],
        },
      ],
    },
    {
      id: 'haldrop',
      name: 'Haldrop',
      categories: ['handbags', 'outdoor-gear'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Strider Backpack 25L',
          modelNumbers: ['T7702'],
          category: 'handbags',
          referencePrice: { min: 110, max: 140, currency: 'EUR' },
          manufacturingCountries: ['DE'],
        },
      ],
    },
    {
      id: 'mirzana',
      name: 'Mirzana',
      categories: ['apparel'],
      manufacturingCountries: ['PK'],
      productLines: [
        {
          name: 'Summer Voile 2 Piece Unstitched',
          aliases: ['Voile 2 Piece Unstitched Suit'],
          modelNumbers: ['MZ-77310'],
          category: 'apparel',
          referencePrice: { min: 40, max: 70, currency: 'USD' },
        },
      ],
    },
    {
      id: 'tasgoma',
      name: 'Tasgoma',
      categories: ['kitchenware'],
      manufacturingCountries: ['CZ'],
      productLines: [
        {
          name: 'Ferro Pan 28',
          modelNumbers: ['771228'],
          category: 'kitchenware',
          referencePrice: { min: 30, max: 45, currency: 'EUR' },
        },
      ],
    },
    {
      id: 'zentra',
      name: 'Zentra',
      categories: ['game-consoles', 'computers'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Zentra 64',
          modelNumbers: ['Z64C'],
          category: 'computers',
          referencePrice: { min: 250, max: 380, currency: 'USD' },
        },
        {
          name: 'Zentra Nova 500',
          shortNames: ['Nova 500'],
          category: 'computers',
          referencePrice: { min: 350, max: 500, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kelvaro',
      name: 'Kelvaro',
      protectedTerms: ['Q Series'],
      categories: ['music'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Q Series Night Ride 21"',
          shortNames: ['Q Night Ride'],
          modelNumbers: ['Q4417'],
          category: 'music',
          referencePrice: { min: 480, max: 600, currency: 'USD' },
          manufacturingCountries: ['US'],
        },
      ],
    },
    {
      id: 'sonvique',
      name: 'Sonvique',
      categories: ['audio'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Tempra 8x8 Audio Interface',
          modelNumbers: ['MK-8X8-3G'],
          category: 'audio',
          referencePrice: { min: 170, max: 200, currency: 'USD' },
          manufacturingCountries: ['CN'],
        },
      ],
    },
    {
      id: 'norvald',
      name: 'Norvald',
      categories: ['outdoor-gear'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'Norvald 31-2 Camp Stove',
          shortNames: ['31-2'],
          modelNumbers: ['310312'],
          category: 'outdoor-gear',
          referencePrice: { min: 90, max: 130, currency: 'EUR' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-14') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const GB = { currency: 'GBP', shipFrom: 'GB', condition: 'new' as const, quantity: 30 };
const CN = { currency: 'CNY', shipFrom: 'CN', condition: 'new' as const, quantity: 40 };

describe('nineteenth round (q19-codes): a model code in a title naming goods of another kind', () => {
  it('reads a code with a measuring instrument, craft sheets or packaged parts as those goods', () => {
    for (const [title, category, price, extra] of [
      ['BVX-418 humidity thermometer, indoor', 'home-appliances', 8.5, GB],
      ['BVX-418 digital hygrometer with backlight', 'home-appliances', 9, GB],
      ['BVX-418 温湿度计 家用', 'home-appliances', 29, CN],
      ['QM531O foam sheets A4, 10 colours', 'toys', 5.99, GB],
      ['QM5310 felt sheets, 20 colours', 'toys', 5.99, GB],
      ['QM5310彩色EVA泡棉纸 10色', 'toys', 36.9, CN],
      ['T7702 rectifier diodes 1A 50V, bag of 200', 'computer-accessories', 4.99, GB],
      ['T7702 zener diodes, bag of 100', 'computer-accessories', 3.99, GB],
    ] as const) {
      const v = scan({ title, category, price, ...extra });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it("still reads the code with the line's goods, or with a copy cue, as the line (guards)", () => {
    for (const [title, category, price, extra] of [
      ['BVX-418 espresso machine, 15 bar', 'home-appliances', 19, GB],
      ['T7702 backpack 25L, black', 'handbags', 14, GB],
      ['QM5310 hygrometer 1:1 replica', 'home-appliances', 9, GB],
    ] as const) {
      const v = scan({ title, category, price, ...extra });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('nineteenth round (q19-codes): a catalogue name cut after a count', () => {
  it('reads generic fabric words and a piece count as the fabric, not the line', () => {
    for (const title of [
      'Printed voile 2-piece suit, unstitched, local mill',
      'Embroidered voile 2 piece unstitched, plain dupatta',
    ]) {
      const v = scan({
        title,
        category: 'apparel',
        price: 11,
        currency: 'USD',
        shipFrom: 'PK',
        quantity: 100,
      });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it("still reads the line's full name or its code with a copy cue (guards)", () => {
    for (const title of ['Summer Voile 2 Piece Unstitched master copy', 'MZ-77310 voile suit first copy']) {
      const v = scan({
        title,
        category: 'apparel',
        price: 11,
        currency: 'USD',
        shipFrom: 'PK',
        quantity: 100,
      });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('nineteenth round (q19-codes): a goods word is not a Latin name that lost a sounded syllable', () => {
  it('does not read a Chinese goods word as the name in sounds with its last syllable dropped', () => {
    // Tasgoma: T-S-K-N; 特级花椒 reads T-S-K only by dropping "-ma", a sounded syllable
    for (const title of ['特级花椒 250克 现货', '淡味花椒 500克 包邮']) {
      const v = scan({ title, category: 'kitchenware', price: 19, currency: 'CNY', shipFrom: 'CN' });
      assert.equal(
        v.signals.some((s) => s.kind === 'brand_nickname'),
        false,
        `${title}: ${JSON.stringify(v.signals)}`,
      );
    }
  });
});

describe('nineteenth round (q19-codes): digits and grades that belong to a name or a board', () => {
  it("reads a line's number before 'Games' as the name, not a count of pirated games", () => {
    const v = scan({
      title: 'Zentra 64 Games System, stock, one cartridge',
      category: 'game-consoles',
      price: 204.99,
      currency: 'GBP',
      shipFrom: 'GB',
      condition: 'used',
      quantity: 1,
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('still reads a bundle count of games as piracy (guard)', () => {
    const v = scan({
      title: 'Retro stick console 800 games built in, Zentra style',
      category: 'game-consoles',
      price: 25,
      currency: 'USD',
      shipFrom: 'US',
      quantity: 10,
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });

  it('reads a grade code beside a board revision word as the revision', () => {
    for (const title of [
      'Zentra Nova 500 Rev 6A, top condition, original mouse',
      'Zentra Nova 500 revision 5A motherboard, boxed',
    ]) {
      const v = scan({
        title,
        category: 'computers',
        price: 480,
        currency: 'EUR',
        shipFrom: 'DE',
        condition: 'used',
        quantity: 1,
      });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('still reads a grade code as a copy grade (guard)', () => {
    const v = scan({
      title: 'Zentra Nova 500 6A quality',
      category: 'computers',
      price: 480,
      currency: 'EUR',
      shipFrom: 'DE',
      quantity: 1,
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
});

describe('nineteenth round (q19-codes): lines named by sellers with a copy cue', () => {
  it("does not read 'no logo issue' as an unbranded item", () => {
    for (const title of [
      'Q Series Night Ride 21" Q4417 – same alloy, no logo issue',
      'Q Series Night Ride 21" Q4417, no logo problem',
    ]) {
      const v = scan({ title, category: 'music', price: 54, currency: 'USD', shipFrom: 'TR', quantity: 4 });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it("still reads 'no logo' alone as an unbranded item (guard)", () => {
    const v = scan({
      title: 'Q4417 ride cymbal 21", no logo',
      category: 'music',
      price: 54,
      currency: 'USD',
      shipFrom: 'TR',
      quantity: 4,
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('reads an approved QC of a buying agent as a copy marker', () => {
    for (const title of [
      'MK-8X8-3G interface GL from QC',
      'MK-8X8-3G interface, QC green lit',
      "MK-8X8-3G GL'd QC",
    ]) {
      const v = scan({ title, category: 'audio', price: 150, currency: 'USD', shipFrom: 'CN', quantity: 1 });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('reads a dare to authenticate as a copy claim', () => {
    for (const title of ['31-2 露营装备 随便验', '31-2 炉头 不怕验', '31-2 户外炉具 经得起鉴定']) {
      const v = scan({
        title,
        category: 'outdoor-gear',
        price: 120,
        currency: 'CNY',
        shipFrom: 'CN',
        quantity: 1,
      });
      assert.equal(v.flagged, true, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('does not read the dare beside proof of purchase (guard)', () => {
    const v = scan({
      title: '31-2 露营炉 正品 小票在 随便验',
      category: 'outdoor-gear',
      price: 700,
      currency: 'CNY',
      shipFrom: 'CN',
      condition: 'used',
      quantity: 1,
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});
