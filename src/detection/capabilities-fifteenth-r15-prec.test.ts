/**
 * Capabilities of the fifteenth round (helper r15-prec), each against a false positive kind of hard
 * negative: a warranty's one-for-one exchange ("1:1 exchange warranty", 1:1换新) and the shop's own
 * 门店同款 read as copy talk in an authorized seller's listing; a copy word denied in the languages of
 * the marketplaces ("não é réplica", "non è una replica", "replika değil"); a batch code that is a
 * quantity ("best batch of jars"); an export claim on goods the title says carry no print; a brand's
 * name cut short that the listing uses as an ordinary word ("Harbor" of a brand "Harbora"); a goods
 * word (卡牌) derived as a brand's nickname. Invented brands only; each group ends with guards that
 * must still flag.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-r15-prec-1',
  brands: [
    {
      id: 'quelmora',
      name: 'Quelmora',
      aliases: ['奎摩拉'],
      categories: ['kitchenware', 'baby-products'],
      manufacturingCountries: ['FR'],
      authorizedSellers: ['quelmora-flagship'],
      productLines: [
        {
          name: 'Cassole 24',
          category: 'kitchenware',
          referencePrice: { min: 200, max: 300, currency: 'EUR' },
        },
      ],
    },
    {
      id: 'harbora',
      name: 'Harbora',
      categories: ['outdoor-gear'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Glow Trek 3',
          category: 'outdoor-gear',
          referencePrice: { min: 30, max: 40, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kapuron',
      name: 'Kapuron Games',
      aliases: ['卡普伦'],
      categories: ['toys'],
      manufacturingCountries: ['DE'],
      productLines: [
        { name: 'Harbour Lords', category: 'toys', referencePrice: { min: 40, max: 50, currency: 'USD' } },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-07') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

function why(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => `${s.kind}:${s.span?.text ?? s.detail}`));
}

const KITCHEN = {
  category: 'kitchenware',
  condition: 'new' as const,
  currency: 'EUR',
  price: 250,
  quantity: 1,
};

describe('a one-for-one exchange is a warranty term', () => {
  it('"1:1 exchange warranty" and 1:1换新 beside the brand are not a copy grade', () => {
    for (const title of [
      'Quelmora Cassole 24 casserole - 1:1 exchange warranty',
      'Quelmora Cassole 24 - exchange 1:1 within 30 days',
      '奎摩拉 Cassole 24 铸铁锅 1:1换新',
      'Quelmora Cassole 24 – garantia de troca 1:1',
    ]) {
      const v = scan({ ...KITCHEN, title, shipFrom: 'FR' });
      assert.equal(v.flagged, false, `${title} ${why(v)}`);
    }
  });
  it('guard: "1:1" as a copy grade still flags, a warranty further on does not clear it', () => {
    for (const title of [
      'Quelmora Cassole 24 1:1 casserole',
      'Quelmora Cassole 24 1:1 quality, 2 year warranty',
    ]) {
      const v = scan({ ...KITCHEN, title, shipFrom: 'FR' });
      assert.equal(v.flagged, true, title);
    }
  });
});

describe("an authorized seller's generic trade words lean on no brand", () => {
  it("门店同款 in the brand's own authorized shop is not a lookalike claim", () => {
    const v = scan({
      ...KITCHEN,
      currency: 'CNY',
      price: 1900,
      title: '奎摩拉 Cassole 24 铸铁锅 门店同款 官方授权',
      shipFrom: 'CN',
      sellerId: 'quelmora-flagship',
    });
    assert.equal(v.flagged, false, why(v));
  });
  it('guard: the same title from a seller the brand has not authorized, at a low price, flags', () => {
    const v = scan({
      ...KITCHEN,
      currency: 'CNY',
      price: 260,
      title: '奎摩拉 Cassole 24 铸铁锅 门店同款 官方授权',
      shipFrom: 'CN',
      sellerId: 'someone-else',
    });
    assert.equal(v.flagged, true, why(v));
  });
});

describe('a copy word denied in the languages of the marketplaces', () => {
  it('Portuguese, Spanish, Italian, French and Turkish denials are not markers', () => {
    for (const title of [
      'Quelmora Cassole 24 – não é réplica',
      'Quelmora Cassole 24 – não é uma réplica',
      'Quelmora Cassole 24 – non è una replica',
      "Quelmora Cassole 24 – ce n'est pas une copie",
      'Quelmora Cassole 24 – replika değil',
      'Quelmora Cassole 24 – replika bir ürün değildir',
    ]) {
      const v = scan({ ...KITCHEN, title, shipFrom: 'FR' });
      assert.equal(v.flagged, false, `${title} ${why(v)}`);
    }
  });
  it('guard: the copy word itself, or a denial of something else, still flags', () => {
    for (const title of [
      'Quelmora Cassole 24 réplica',
      'Quelmora Cassole 24 replika',
      'Quelmora Cassole 24 réplica, não é original',
      "Quelmora Cassole 24 : ce n'est pas une Quelmora, copie fidèle",
    ]) {
      const v = scan({ ...KITCHEN, title, shipFrom: 'FR' });
      assert.equal(v.flagged, true, title);
    }
  });
});

describe('trade codes that are ordinary words with no brand', () => {
  it('"best batch of" is a quantity of goods', () => {
    const v = scan({
      title: 'Top batch of pickling jars, 6 glass jars with lids',
      category: 'kitchenware',
      price: 18,
      currency: 'USD',
      condition: 'new',
      quantity: 4,
    });
    assert.equal(v.flagged, false, why(v));
  });
  it('an export-order claim on goods the title says carry no print is unbranded stock', () => {
    const v = scan({
      title: '原单加厚帆布收纳袋 无图案 两件装',
      category: 'handbags',
      price: 29,
      currency: 'CNY',
      condition: 'new',
      quantity: 10,
    });
    assert.equal(v.flagged, false, why(v));
  });
  it('guard: a batch code before the goods, and 原单 with no such statement, still flag', () => {
    for (const title of ['Top batch jars, 6 glass jars with lids', '原单加厚帆布收纳袋 两件装']) {
      const v = scan({
        title,
        category: 'kitchenware',
        price: 18,
        currency: 'USD',
        condition: 'new',
        quantity: 4,
      });
      assert.equal(v.flagged, true, title);
    }
  });
});

describe("a brand's name cut short that the listing uses as a word", () => {
  const HOOK = {
    category: 'outdoor-gear',
    price: 6,
    currency: 'USD',
    condition: 'new' as const,
    quantity: 1,
    shipFrom: 'CN',
  };
  it('"Harbor" of Harbora, with "the harbor" in the description, is the word', () => {
    const v = scan({
      ...HOOK,
      title: 'Harbor rope hook, 4 pack, steel',
      description: 'Tested in the harbor all summer. Fits most poles.',
    });
    assert.equal(v.flagged, false, why(v));
    assert.ok(!v.signals.some((s) => s.kind === 'brand_misspelled'));
  });
  it('guard: the same title with no such use of the word is still a misspelling', () => {
    const v = scan({
      ...HOOK,
      title: 'Harbor rope hook, 4 pack, steel',
      description: 'Fits most poles.',
    });
    assert.ok(
      v.signals.some((s) => s.kind === 'brand_misspelled'),
      why(v),
    );
  });
  it("guard: the word beside one of the brand's lines still names the brand", () => {
    const v = scan({
      ...HOOK,
      title: 'Harbor Glow Trek 3 camping light',
      description: 'Tested in the harbor all summer.',
    });
    assert.ok(
      v.brands.some((b) => b.brandId === 'harbora'),
      why(v),
    );
    assert.equal(v.flagged, true, why(v));
  });
});

describe('a goods word is never a nickname', () => {
  it('卡牌 (cards) is not a nickname of a brand whose Chinese name begins with 卡', () => {
    const v = scan({
      title: '动漫卡牌卡套 100张 磨砂 黑色',
      category: 'toys',
      price: 12,
      currency: 'CNY',
      condition: 'new',
      quantity: 2,
      shipFrom: 'CN',
    });
    assert.ok(!v.signals.some((s) => s.kind === 'brand_nickname'), why(v));
    assert.equal(v.flagged, false, why(v));
  });
  it('guard: a nickname that is no goods word (卡家) still names the brand', () => {
    const v = scan({
      title: '卡家 Harbour Lords 桌游 特价',
      category: 'toys',
      price: 60,
      currency: 'CNY',
      condition: 'new',
      quantity: 1,
      shipFrom: 'CN',
    });
    assert.ok(
      v.signals.some((s) => s.kind === 'brand_nickname'),
      why(v),
    );
  });
});
