/**
 * Capabilities of the twelfth round of issue 11 on the precision side (helper r12p), each with the
 * false positive it is for and a guard that the counterfeit reading still holds: an offer kept on
 * the platform's own channel is not off-platform contact; a work's discs sold by a seller its owner
 * authorized, or as an advance order with a street date, are not pre-release copies; a copy marker
 * followed by the object it reproduces, naming no brand, is a reproduction; a term registered with
 * its closing "+" is not its bare word; 超A needs a brand outside the trade's categories; 原单位 and
 * "first batch" are ordinary words; 公式 and メーカー公式 by 復刻 say an official reissue; a Chinese
 * compatibility tag later in the title makes the mention nominative.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twelfth-r12p-1',
  brands: [
    {
      id: 'halvessa',
      name: 'Halvessa',
      aliases: ['哈维莎'],
      categories: ['handbags'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Orla Tote',
          category: 'handbags',
          colours: ['black', 'tan'],
          referencePrice: { min: 900, max: 1300, currency: 'USD' },
        },
      ],
    },
    {
      id: 'tovrel',
      name: 'Tovrel',
      categories: ['tools'],
      manufacturingCountries: ['DE'],
      protectedTerms: ['PRIME+'],
      productLines: [
        {
          name: 'PRIME+ 18V Drill Driver',
          category: 'tools',
          modelNumbers: ['TD18P'],
          referencePrice: { min: 120, max: 160, currency: 'USD' },
        },
      ],
    },
    {
      id: 'marrowline',
      name: 'Marrowline Records',
      categories: ['music'],
      manufacturingCountries: ['GB'],
      authorizedSellers: ['marrowline-store'],
      works: [{ title: 'Ember Tide', discReleaseDate: '2027-02-10' }],
    },
    {
      id: 'sonvik',
      name: 'Sonvik',
      aliases: ['松维克'],
      categories: ['audio'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'HX 880 PRO',
          category: 'audio',
          modelNumbers: ['HX880'],
          referencePrice: { min: 150, max: 180, currency: 'USD' },
        },
      ],
    },
    {
      id: 'tarnwick',
      name: 'Tarnwick Games',
      categories: ['video-games'],
      manufacturingCountries: ['JP'],
      works: [{ title: 'Neon Harbor 2099', aliases: ['霓虹港2099'], discReleaseDate: '2025-01-01' }],
    },
    {
      id: 'lumeva',
      name: 'Lumeva',
      categories: ['cosmetics'],
      manufacturingCountries: ['KR'],
      productLines: [
        {
          name: 'Night Lip Mask',
          category: 'cosmetics',
          referencePrice: { min: 20, max: 24, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kirimo',
      name: 'Kirimo',
      aliases: ['キリモ'],
      categories: ['toys'],
      manufacturingCountries: ['VN'],
      productLines: [{ name: 'Kirimo Heritage Cars', category: 'toys' }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

function kinds(v: Verdict): string[] {
  return v.signals.map((s) => s.kind);
}

describe('an offer kept on the platform is not off-platform contact', () => {
  const bag = { title: 'Halvessa Orla Tote black', price: 980, currency: 'USD', shipFrom: 'CN' };

  it('"photos on request through the marketplace chat" is a shop\'s boilerplate', () => {
    const v = scan({
      ...bag,
      description: 'Packed in a dust bag. Happy to send more photos on request through the marketplace chat.',
    });
    assert.ok(!kinds(v).includes('contact_offsite'), JSON.stringify(v.signals));
    assert.equal(v.flagged, false);
    assert.ok(
      v.suppressed.some((s) => s.includes("platform's own channel")),
      JSON.stringify(v.suppressed),
    );
  });

  it('平台内私聊 keeps the talk on the platform', () => {
    const v = scan({ ...bag, description: '正品保证。需要更多细节图可以在平台内私聊。' });
    assert.ok(!kinds(v).includes('contact_offsite'), JSON.stringify(v.signals));
  });

  it('"please message for a quote" on bulk orders is what any shop asks', () => {
    const v = scan({ ...bag, description: 'Bulk / trade enquiries welcome, please message for a quote.' });
    assert.ok(!kinds(v).includes('contact_offsite'), JSON.stringify(v.signals));
  });

  it('a shop inviting wholesale enquiries, or pointing to its pictures, offers no contact off the platform', () => {
    const zh = scan({
      ...bag,
      description: '新老客户都欢迎咨询,批发请私聊报数量,量大价格另议。详情请看图片。',
    });
    assert.ok(!kinds(zh).includes('contact_offsite'), JSON.stringify(zh.signals));
    assert.ok(!kinds(zh).includes('factory_direct'), JSON.stringify(zh.signals));
    const en = scan({ ...bag, description: 'Bulk orders welcome, ask for a quote.' });
    assert.ok(!kinds(en).includes('stock_variety'), JSON.stringify(en.signals));
  });

  it('guard: 私聊看实拍 and "bulk orders" in stock still count', () => {
    const zh = scan({ ...bag, description: '私聊看实拍。' });
    assert.ok(kinds(zh).includes('contact_offsite'), JSON.stringify(zh.signals));
    const en = scan({ ...bag, title: 'Halvessa Orla Tote black, bulk orders' });
    assert.ok(kinds(en).includes('stock_variety'), JSON.stringify(en.signals));
  });

  it('guard: "message for real pics" is the offer of a copy seller', () => {
    const v = scan({ ...bag, description: 'Please message for real pics before ordering.' });
    assert.ok(kinds(v).includes('contact_offsite'), JSON.stringify(v.signals));
  });

  it('guard: the same offer naming WhatsApp, or with no channel, still counts', () => {
    const off = scan({
      ...bag,
      description: 'Happy to send more photos on request through the marketplace chat or on WhatsApp.',
    });
    assert.ok(kinds(off).includes('contact_offsite'), JSON.stringify(off.signals));
    const bare = scan({ ...bag, description: 'Real photos on request.' });
    assert.ok(kinds(bare).includes('contact_offsite'), JSON.stringify(bare.signals));
  });
});

describe('pre-orders of a work before its release', () => {
  const disc = { price: 29.99, currency: 'USD', category: 'music', shipFrom: 'GB' };

  it('an advance order with its street date ships on release', () => {
    const v = scan({ ...disc, title: 'Ember Tide vinyl LP advance order, street date 10 February 2027' });
    assert.ok(!kinds(v).includes('prerelease_disc'), JSON.stringify(v.signals));
  });

  it("the label's own authorized shop sells its discs before release", () => {
    const v = scan({ ...disc, title: 'Ember Tide CD', sellerId: 'marrowline-store' });
    assert.ok(!kinds(v).includes('prerelease_disc'), JSON.stringify(v.signals));
  });

  it('guard: the disc before release from anyone else, or with an earlier date, is flagged', () => {
    assert.ok(
      kinds(scan({ ...disc, title: 'Ember Tide CD', sellerId: 'someone' })).includes('prerelease_disc'),
    );
    const early = scan({ ...disc, title: 'Ember Tide vinyl LP advance order, ships 2026-12-20' });
    assert.ok(kinds(early).includes('prerelease_disc'), JSON.stringify(early.signals));
  });
});

describe('a reproduction of an object, naming no brand', () => {
  it('"1:1 replica of a 17th-century sextant" is a museum piece', () => {
    const v = scan({
      title: '1:1 replica of a 17th-century sextant, brass, decorative',
      price: 80,
      currency: 'USD',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('"1:1 copy of a 1930s tram map" is a print', () => {
    const v = scan({ title: '1:1 copy of a 1930s tram map, framed print', price: 25, currency: 'USD' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('guard: a copy of "a famous" thing, or with the brand named, is still a marker', () => {
    const famous = scan({ title: '1:1 replica of a famous Italian tote bag', price: 80, currency: 'USD' });
    assert.ok(kinds(famous).includes('marker'), JSON.stringify(famous.signals));
    const named = scan({ title: 'Halvessa 1:1 replica of the Orla Tote', price: 80, currency: 'USD' });
    assert.ok(named.flagged);
  });
});

describe('a name whose "+" is part of it', () => {
  it('"prime" in running text is not the protected term "PRIME+"', () => {
    const v = scan({
      title: 'Mirror copy of an estate plan',
      description: 'Printed on prime cotton paper.',
      price: 30,
      currency: 'USD',
    });
    assert.deepEqual(
      v.brands.map((b) => b.brandId),
      [],
    );
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('guard: written with its "+", it names the brand', () => {
    const v = scan({ title: 'PRIME+ 18V drill driver', price: 130, currency: 'USD', category: 'tools' });
    assert.ok(
      v.brands.some((b) => b.brandId === 'tovrel'),
      JSON.stringify(v.brands),
    );
  });
});

describe('grades and ordinary words that look like the trade', () => {
  it('超A级 of rice names a grade, not a copy', () => {
    assert.equal(scan({ title: '超A级大米 五公斤 包邮', price: 59, currency: 'CNY' }).flagged, false);
  });

  it('guard: 超A with a brand, or in the trade categories, is a copy grade', () => {
    assert.ok(scan({ title: '哈维莎 托特包 超A', price: 400, currency: 'CNY' }).flagged);
    assert.ok(scan({ title: '托特包 黑色 超A', price: 400, currency: 'CNY', category: 'handbags' }).flagged);
  });

  it('原单位包装 is "packed as the maker packed it"', () => {
    assert.equal(scan({ title: '原单位包装 散装杏仁 一公斤', price: 39, currency: 'CNY' }).flagged, false);
  });

  it('guard: 原单 still counts', () => {
    assert.ok(scan({ title: '哈维莎 托特包 外贸原单', price: 400, currency: 'CNY' }).flagged);
  });

  it('"first batch" is what collectors ask for', () => {
    const v = scan({
      title: 'Tovrel TD18P first batch 2022, original box, collector',
      price: 140,
      currency: 'USD',
      category: 'tools',
      shipFrom: 'DE',
    });
    assert.ok(!kinds(v).includes('coded'), JSON.stringify(v.signals));
  });

  it('guard: "best batch" of the brand is the trade speaking', () => {
    const v = scan({ title: 'Tovrel TD18P best batch', price: 140, currency: 'USD', category: 'tools' });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
});

describe('official reissues in Japanese', () => {
  it("復刻版 メーカー公式 is the maker's own reissue", () => {
    const v = scan({
      title: 'Kirimo Heritage Cars 復刻版 メーカー公式',
      price: 30,
      currency: 'USD',
      category: 'toys',
    });
    assert.ok(!kinds(v).includes('coded'), JSON.stringify(v.signals));
  });

  it('guard: 復刻 of a bag with no word of an official source is a replica', () => {
    const v = scan({ title: '哈维莎 托特包 復刻', price: 400, currency: 'CNY', category: 'handbags' });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
});

describe('a Chinese compatibility tag later in the title', () => {
  const pads = { price: 49.9, currency: 'CNY', quantity: 45, shipFrom: 'CN', category: 'audio' };

  it('"HX880同规格 耳罩海绵套 通用" is a pad that fits the headphones', () => {
    const v = scan({ ...pads, title: 'HX880同规格 耳罩海绵套 通用 批发' });
    assert.ok(
      v.brands.some((b) => b.brandId === 'sonvik' && b.nominative),
      JSON.stringify(v.brands),
    );
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it("guard: without the tag the same listing is the brand's goods at a fraction of the price", () => {
    const v = scan({ ...pads, title: 'HX880 头戴耳机 批发' });
    assert.ok(
      v.brands.some((b) => b.brandId === 'sonvik' && !b.nominative),
      JSON.stringify(v.brands),
    );
    assert.ok(v.flagged, JSON.stringify(v.signals));
  });
});

describe('a number that belongs to a name is not a count of games', () => {
  it('"霓虹港2099 游戏" is the game, not 2,099 games', () => {
    const v = scan({ title: '霓虹港2099 游戏 送礼', price: 199, currency: 'CNY' });
    assert.ok(!kinds(v).includes('piracy'), JSON.stringify(v.signals));
  });

  it('guard: a count of built-in games is still read', () => {
    const v = scan({ title: '掌机 3000游戏 怀旧', price: 199, currency: 'CNY' });
    assert.ok(kinds(v).includes('piracy'), JSON.stringify(v.signals));
  });
});

describe("the shop's own brand", () => {
  const mask = { price: 3.99, currency: 'USD', shipFrom: 'DE', category: 'cosmetics' };

  it('"store brand" says the product is not the brand\'s, whose line shares its generic name', () => {
    const v = scan({ ...mask, title: 'Night lip mask berry scent 20g, store brand' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it("guard: without it the line's price and origin count", () => {
    const v = scan({ ...mask, title: 'Night lip mask berry scent 20g' });
    assert.ok(v.flagged, JSON.stringify(v.signals));
  });
});
