/**
 * Capabilities added for the second round of issue 11 (trade vocabulary as sellers write it, bulk
 * stock as a weak cue, model-number stems, lines that stand for their brand), each with the false
 * positives it must not cause. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_KEYWORD_RULES } from './data/default-rules.ts';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';
import { validateKeywordRuleSet } from './validate.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-trade-1',
  brands: [
    {
      id: 'orvella',
      name: 'Orvella',
      aliases: ['奥维莱'],
      categories: ['handbags', 'small-leather-goods'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Lumen Tote',
          aliases: ['Lumen PM'],
          category: 'handbags',
          referencePrice: { min: 2000, max: 3000, currency: 'USD' },
        },
      ],
      authorizedSellers: ['orvella-official'],
    },
    {
      id: 'kestor',
      name: 'Kestor Genève',
      aliases: ['Kestor'],
      categories: ['watches'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Meridian',
          modelNumbers: ['4821/1A-010', '4822/1A-001'],
          category: 'watches',
          referencePrice: { min: 30000, max: 60000, currency: 'USD' },
        },
      ],
    },
    {
      id: 'sonique',
      name: 'Sonique',
      categories: ['audio'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'AirWave Pro',
          category: 'audio',
          referencePrice: { min: 220, max: 260, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-01') });
let sequence = 0;
const scan = (title: string, extra: Partial<ListingInput> = {}): Verdict =>
  detector.scan({ id: `t${++sequence}`, title, ...extra });
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);

describe('grade codes and copy words', () => {
  it('reads "7A" and a bare "copy" next to a brand as markers', () => {
    assert.ok(scan('[7A] Sonique AirWave Pro earbuds full set').flagged);
    assert.ok(scan('Orvella Lumen Tote - copy').flagged);
    assert.ok(scan('Sonique AirWave Pro copy version, same menu').flagged);
  });

  it('does not read a price, a discount or a decimal as a grade code', () => {
    for (const title of [
      'Sonique AirWave Pro 双十一 5.4折 官方',
      'Sonique AirWave Pro 6.4 inch case',
      'Orvella Lumen Tote 7 4 days delivery',
    ])
      assert.ok(!kinds(scan(title)).includes('marker'), title);
  });

  it('a copy of a book, a receipt or a game is not a copy of the brand', () => {
    for (const title of [
      'Orvella: the story of a brand, signed copy, hardcover',
      'Sonique AirWave Pro with copy of receipt',
      'copy of the manual for Sonique AirWave Pro',
    ])
      assert.ok(!scan(title).flagged, title);
  });
});

describe('same-as-original claims', () => {
  it('factory versions, factory-filled goods and claimed original materials are coded language', () => {
    for (const title of [
      'Sonique AirWave Pro factory version',
      'factory filled Orvella perfume',
      'Orvella Lumen Tote 专柜级 正确标',
      'Sonique AirWave Pro same shell as original',
    ])
      assert.ok(kinds(scan(title)).includes('coded'), title);
  });

  it('needs a brand: the same words about an unbranded item are not signals', () => {
    assert.ok(!scan('factory version cotton tote bag').flagged);
  });
});

describe('off-platform pictures', () => {
  it('"DM for in-hand pics" for a branded item flags on its own', () => {
    assert.ok(scan('Orvella Lumen Tote (stock pics, DM for in-hand)').flagged);
    assert.ok(scan('奥维莱 托特包 主页有联系方式').flagged);
  });
});

describe('bulk stock', () => {
  it('bulk stock from an unauthorized seller is a weak cue even at a normal price', () => {
    const v = scan('Sonique AirWave Pro factory direct', {
      price: 200,
      currency: 'USD',
      quantity: 400,
      condition: 'new',
    });
    assert.ok(kinds(v).includes('bulk_quantity'));
    assert.ok(v.flagged);
  });

  it('bulk stock shipped from abroad at a normal price is not enough alone (shops hold stock)', () => {
    const v = scan('Sonique AirWave Pro earbuds', {
      price: 230,
      currency: 'USD',
      quantity: 400,
      shipFrom: 'US',
      condition: 'new',
    });
    assert.equal(v.flagged, false);
  });

  it('an authorized seller with bulk stock gets no brand signal', () => {
    const v = scan('Orvella Lumen Tote', {
      price: 2500,
      currency: 'USD',
      quantity: 400,
      sellerId: 'orvella-official',
    });
    assert.ok(!kinds(v).includes('bulk_quantity'));
  });
});

describe('model numbers and line names as sellers write them', () => {
  it('a reference number without its case and dial codes names the line in its category', () => {
    const v = scan('4821 blue dial 40mm automatic watch 一比一');
    assert.ok(v.flagged, JSON.stringify(v.suppressed));
  });

  it('the same digits outside the category, or a year, are not the line', () => {
    assert.ok(!scan('4821 piece puzzle 1:1 scale').flagged);
    assert.ok(!scan('Orvella 1996 archive book, signed copy').flagged);
  });

  it('"St" for "Saint" and a distinctive line name alone in a listing of unknown category', () => {
    const brands: BrandKnowledge = {
      version: 'abbrev-1',
      brands: [
        {
          id: 'maisonx',
          name: 'Maison Xerlane',
          categories: ['handbags'],
          productLines: [{ name: 'Saint Honoré Riviera', category: 'handbags' }],
        },
      ],
    };
    const d = new Detector(brands, undefined, undefined, { now: new Date('2026-12-01') });
    assert.ok(d.scan({ id: 'a', title: 'St Honoré Riviera black - 1:1 hand painted' }).flagged);
    // a category that is not the line's: the words are not the line
    assert.ok(
      !d.scan({ id: 'b', title: 'St Honoré Riviera: a novel, 1:1 edition', category: 'Books > Fiction' })
        .flagged,
    );
  });
});

describe('Chinese disguises of short names', () => {
  const brands: BrandKnowledge = {
    version: 'zh-1',
    brands: [
      { id: 'anpa', name: 'Anpa', aliases: ['安踏'], categories: ['shoes'], manufacturingCountries: ['CN'] },
      { id: 'kuangwei', name: 'Kwai', aliases: ['匡威'], categories: ['shoes'] },
      { id: 'shizu', name: 'Shizu', aliases: ['始祖鸟'], categories: ['outdoor-gear', 'apparel'] },
    ],
  };
  const d = new Detector(brands, undefined, undefined, { now: new Date('2026-12-01') });
  const z = (title: string, category?: string) =>
    d.scan(category === undefined ? { id: 'z', title } : { id: 'z', title, category });

  it('a sound-alike of a two-character name in the brand category reads like a misspelling', () => {
    const v = z('案踏 C202 竞速跑鞋', '运动鞋/跑步鞋');
    assert.deepEqual(
      v.brands.map((b) => b.brandId),
      ['anpa'],
    );
    assert.ok(v.signals.some((s) => s.kind === 'brand_misspelled'));
    assert.ok(z('框威 高帮帆布鞋').flagged);
  });

  it('the same sound-alike outside the category is an ordinary word', () => {
    assert.ok(!z('岸边 案踏 书法 字帖', '图书').flagged);
  });

  it('the registered spelling is never a disguise', () => {
    assert.ok(!z('安踏 跑鞋 官方', '运动鞋').signals.some((s) => s.kind.startsWith('brand_')));
  });

  it('one character of the Chinese name with 牌 is a nickname in the brand category', () => {
    assert.ok(z('鸟牌 冲锋衣 户外 连帽').signals.some((s) => s.kind === 'brand_nickname'));
    assert.ok(!z('鸟牌 鸟笼 挂钩', '宠物用品').signals.some((s) => s.kind === 'brand_nickname'));
  });
});

describe('the default keyword rules', () => {
  it('validate without errors (ids unique, patterns usable)', () => {
    const { errors } = validateKeywordRuleSet(JSON.parse(JSON.stringify(DEFAULT_KEYWORD_RULES)));
    assert.deepEqual(errors, []);
  });
});

describe('abbreviations the brand did not register', () => {
  const brands: BrandKnowledge = {
    version: 'abbr-1',
    brands: [
      {
        id: 'pertek',
        name: 'Pertek Philon',
        categories: ['watches'],
        productLines: [{ name: 'Nautica', modelNumbers: ['5722/1A-010'], category: 'watches' }],
      },
      {
        id: 'sorny',
        name: 'Sorny',
        categories: ['audio'],
        productLines: [{ name: 'WH-2000XM6', category: 'audio' }],
      },
    ],
  };
  const d = new Detector(brands, undefined, undefined, { now: new Date('2026-12-01') });
  const s = (title: string, category?: string) =>
    d.scan(category === undefined ? { id: 'x', title } : { id: 'x', title, category });

  it('initials next to an emoji, or in place of the name before one of its lines, are a disguise', () => {
    assert.ok(s('PP ⌚ 5722 steel automatic watch').signals.some((x) => x.kind === 'brand_nickname'));
    assert.ok(s('SRNY WH-2000XM6 降噪耳机').signals.some((x) => x.kind === 'brand_nickname'));
  });

  it('in lower case, or without emoji or line, they are not', () => {
    assert.ok(!s('pp ⌚ strap for watch 20mm').flagged);
    assert.equal(s('PP watch box, cardboard').signals.length, 0);
    // a unit: "5 mW laser" is not the initials of anything
    assert.equal(s('PP 5 mW laser pointer', 'tools').signals.length, 0);
  });
});

describe('"style" right after a brand', () => {
  it('"<brand> style" in a title is a lookalike claim', () => {
    assert.ok(scan('Orvella style tote bag black').signals.some((s) => s.kind === 'marker'));
  });

  it('not as a hyphenated compound, not before the brand, not in a description', () => {
    for (const v of [
      scan('Orvella-style leather care kit'),
      scan('style tips: Orvella Lumen Tote outfit ideas'),
      scan('Orvella Lumen Tote', { description: 'Lens: Orvella style tinted' }),
    ])
      assert.ok(!v.signals.some((s) => s.kind === 'marker'), JSON.stringify(v.signals));
  });
});
