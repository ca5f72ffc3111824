/**
 * Behaviour of the detection capabilities of issue 11, one test per capability, on a small
 * knowledge base of invented brands (schema version 2) written for these tests.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';
import { validateBrandKnowledge } from './validate.ts';
import { verdictJson } from './verdict-json.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-1',
  brands: [
    {
      id: 'orvella',
      name: 'Orvella',
      aliases: ['奥维莱', 'OV'],
      categories: ['handbags', 'small-leather-goods', 'shoes'],
      manufacturingCountries: ['IT'],
      colours: ['black', 'brown'],
      categoryPrices: [
        { category: 'small-leather-goods', referencePrice: { min: 300, max: 600, currency: 'USD' } },
      ],
      productLines: [
        {
          name: 'Lumen Tote',
          shortNames: ['Lumen'],
          modelNumbers: ['OV-2231'],
          category: 'handbags',
          referencePrice: { min: 2000, max: 3000, currency: 'USD' },
          colours: ['black', 'brown'],
        },
      ],
      authorizedSellers: ['orvella-official'],
    },
    {
      id: 'sonique',
      name: 'Sonique',
      aliases: ['声妙'],
      categories: ['audio'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'AirWave Pro (2nd generation)',
          shortNames: ['AirWave Pro'],
          modelNumbers: ['SQ-1200A'],
          category: 'audio',
          referencePrice: { min: 220, max: 260, currency: 'USD' },
        },
      ],
    },
    {
      // a brand whose name is an ordinary word
      id: 'heron',
      name: 'Heron',
      categories: ['tools'],
      manufacturingCountries: ['DE'],
      categoryPrices: [{ category: 'tools', referencePrice: { min: 150, max: 400, currency: 'USD' } }],
    },
    {
      id: 'tigerline',
      name: 'Tigerline Studios',
      works: [{ title: 'Saltwater: Season 2', aliases: ['盐水 第二季'], discReleaseDate: '2027-03-01' }],
      categories: ['film-tv'],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-01') });
let sequence = 0;
const scan = (title: string, extra: Partial<ListingInput> = {}): Verdict =>
  detector.scan({ id: `c${++sequence}`, title, ...extra });
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);

describe('product lines as sellers write them', () => {
  it('recognises a line by a short name, a model number written loosely, or a generation', () => {
    assert.equal(scan('Orvella Lumen bag black').brands[0]?.productLine, 'Lumen Tote');
    assert.equal(scan('Orvella ov 2231 bag').brands[0]?.productLine, 'Lumen Tote');
    for (const title of [
      'Sonique AirWave Pro 2 earbuds',
      'Sonique AirWave Pro 二代 耳机',
      'Sonique AirWave Pro gen 2 earbuds',
    ])
      assert.equal(scan(title).brands[0]?.productLine, 'AirWave Pro (2nd generation)', title);
  });

  it('names the brand by a distinctive model number alone', () => {
    assert.deepEqual(
      scan('SQ-1200A wireless earbuds').brands.map((b) => b.brandId),
      ['sonique'],
    );
  });

  it('judges price against the category when no line is named, not the whole brand', () => {
    // a wallet at $250 is a normal price for the category, though a tenth of the brand's bags
    const wallet = scan('Orvella wallet brown', {
      price: 250,
      currency: 'USD',
      shipFrom: 'IT',
      condition: 'new',
    });
    assert.ok(!kinds(wallet).includes('price_low'), JSON.stringify(wallet.signals));
    const cheap = scan('Orvella Lumen Tote black', {
      price: 60,
      currency: 'USD',
      shipFrom: 'IT',
      condition: 'new',
    });
    assert.ok(kinds(cheap).includes('price_low'));
  });
});

describe('price strength', () => {
  it('an extreme price alone never decides, but with any second cue it flags', () => {
    const alone = scan('Orvella Lumen Tote black', { price: 100, currency: 'USD', shipFrom: 'IT' });
    assert.equal(alone.action, 'allow');
    const withOrigin = scan('Orvella Lumen Tote black', { price: 100, currency: 'USD', shipFrom: 'CN' });
    assert.ok(withOrigin.flagged, JSON.stringify(withOrigin.signals));
  });

  it('an extreme discount weighs more than a moderate one', () => {
    const extreme = scan('Orvella Lumen Tote', { price: 100, currency: 'USD' }).signals.find(
      (s) => s.kind === 'price_low',
    );
    const moderate = scan('Orvella Lumen Tote', { price: 900, currency: 'USD' }).signals.find(
      (s) => s.kind === 'price_low',
    );
    assert.ok(extreme && moderate && extreme.weight > moderate.weight);
  });
});

describe('weak cues add up', () => {
  it('one vague quality claim is not enough; with bulk stock from abroad it reaches review', () => {
    assert.equal(scan('Orvella Lumen Tote top quality').action, 'allow');
    const several = scan('Orvella Lumen Tote top quality factory direct', {
      price: 800,
      currency: 'USD',
      shipFrom: 'CN',
      quantity: 300,
    });
    assert.ok(['review', 'remove'].includes(several.action), JSON.stringify(several.signals));
  });
});

describe('vocabulary and normalisation', () => {
  it('reads Chinese and pinyin numerals, spaced CJK and fullwidth phrases', () => {
    for (const title of [
      '奥维莱 包 一比一',
      '奥维莱 包 1 比 1',
      '奥维莱 包 高 仿',
      'Orvella bag ＳＵＰＥＲ　ＣＬＯＮＥ',
      'Orvella bag yi bi yi',
    ])
      assert.ok(scan(title).flagged, title);
  });

  it('knows OEM-leak claims and off-platform contact as cues', () => {
    assert.ok(kinds(scan('Orvella Lumen Tote factory overrun')).includes('oem_leak'));
    assert.ok(kinds(scan('Orvella Lumen Tote, DM for real pictures')).includes('contact_offsite'));
  });

  it('sees consoles preloaded with games and custom firmware as circumvention', () => {
    assert.ok(kinds(scan('Retro handheld console, 15,000 games preloaded')).includes('piracy'));
    assert.ok(kinds(scan('Switch with custom firmware installed')).includes('piracy'));
    assert.ok(!scan('PS5 console with 2 games, backup battery included').flagged);
  });
});

describe('disguised brands are resolved', () => {
  it('resolves a nickname from initials with 家, a sound-alike Chinese name, symbols for letters', () => {
    assert.ok(kinds(scan('O家 托特包 新款')).includes('brand_nickname'));
    assert.ok(kinds(scan('奥维来 托特包')).includes('brand_obfuscated')); // 来 sounds like 莱
    assert.ok(kinds(scan('0rve11a Lumen Tote')).includes('brand_obfuscated'));
  });
});

describe('false positives', () => {
  it('a generic marker with no brand or protected work nearby is not a signal', () => {
    for (const title of [
      '1:1 scale model car',
      'AAA-grade pearls necklace',
      'Type A plug adapter',
      '1.1 mm guitar pick',
      '11.1 x 4 inches frame',
    ])
      assert.equal(scan(title).signals.length, 0, title);
  });

  it('text that is a registered spelling is never a disguise', () => {
    assert.ok(!kinds(scan('Orvella Lumen Tote')).includes('brand_obfuscated'));
    assert.ok(!kinds(scan('奥维莱 托特包')).includes('brand_obfuscated'));
  });

  it('a fold that turns a model code into a short alias is not a brand mention', () => {
    assert.deepEqual(scan('Lens hood for 5D 0V mount').brands, []);
    assert.deepEqual(scan('0V2 cable 2 m').brands, []);
  });

  it('a brand name that is an ordinary word counts only in the brand category', () => {
    assert.deepEqual(
      scan('Heron bird figurine, ceramic', { price: 12, currency: 'USD', shipFrom: 'CN' }).brands,
      [],
    );
    const tool = scan('Heron cordless drill', { price: 20, currency: 'USD', shipFrom: 'CN' });
    assert.deepEqual(
      tool.brands.map((b) => b.brandId),
      ['heron'],
    );
  });

  it('nominative cues after the brand and in Chinese suppress brand indicators', () => {
    for (const title of [
      'Orvella Lumen Tote compatible strap',
      '奥维莱 托特包 兼容 肩带',
      'Strap for Orvella Lumen Tote',
      'Orvella Lumen Tote strap, not made by Orvella',
    ])
      assert.ok(
        scan(title, { price: 15, currency: 'USD', shipFrom: 'CN' }).brands.every((b) => b.nominative),
        title,
      );
  });

  it('negated and discussed markers are not markers', () => {
    for (const title of [
      'Orvella Lumen Tote, not a replica',
      'Orvella Lumen Tote 绝非高仿',
      'How to spot a fake Orvella bag (guide book)',
    ])
      assert.ok(!scan(title).flagged, title);
  });

  it('colour words count only as colours of the product', () => {
    const colour = (title: string) => kinds(scan(title)).includes('colour_not_produced');
    assert.ok(colour('Orvella Lumen Tote pink'));
    assert.ok(!colour('Black Friday: Orvella Lumen Tote, ships in a pink gift box'));
    assert.ok(!colour('Orvella Lumen Tote with gold hardware'));
  });
});

describe('piracy before release', () => {
  it('recognises a season written the way sellers write it', () => {
    assert.ok(kinds(scan('Saltwater S2 Blu-ray complete')).includes('prerelease_disc'));
    assert.ok(kinds(scan('盐水 第2季 高清碟')).includes('prerelease_disc'));
  });
});

describe('brand knowledge version 2', () => {
  it('accepts the schema and names each unusable part with its pointer', () => {
    const { knowledge, errors } = validateBrandKnowledge({
      brands: [
        {
          id: 'a',
          name: 'A',
          categories: ['handbags', 'spaceships'],
          productLines: [{ name: 'X', category: 'nope', modelNumbers: ['X-1'] }],
        },
        {
          id: 'b',
          name: 'B',
          categoryPrices: [{ category: 'toys', referencePrice: { min: 5, max: 1, currency: 'USD' } }],
        },
      ],
    });
    assert.deepEqual(knowledge.brands[0]?.categories, ['handbags']);
    assert.deepEqual(
      errors.map((e) => e.pointer),
      [
        '/brands/0/productLines/0/category',
        '/brands/0/categories/1',
        '/brands/1/categoryPrices/0/referencePrice',
      ],
    );
  });
});

describe('verdict JSON', () => {
  it('writes exactly what JSON.stringify writes', () => {
    for (const title of ['Orvella Lumen Tote 1:1', 'plain mug', 'Sonique AirWave Pro 2', 'Heron drill'])
      for (const extra of [{}, { price: 10, currency: 'USD', shipFrom: 'CN', quantity: 50 }]) {
        const verdict = scan(title, extra);
        assert.equal(verdictJson(verdict), JSON.stringify(verdict));
      }
  });
});
