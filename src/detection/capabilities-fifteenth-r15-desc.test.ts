/**
 * Capabilities of the fifteenth round (helper r15-desc): admissions in the middle of a long
 * description under a clean title. The goods said to come out of a town the trade knows for copies
 * (是莆田出来的, "from the Putian factories"); a licence named only to be denied (这是复刻卡，不是官方
 * 正版) no longer makes a licensed reproduction; "not genuine" in the marketplaces' languages (Turkish
 * "orijinal değil", "kendi ürünü değil" with "birebir kopya", Indonesian "bukan ori"); "a replica of
 * the <line>"; "not a <Brand> chair" after a sentence that says the item copies it. Guards: genuine
 * sellers denying the hub or a copy, a shop's Putian address, an accessory "not made by" the brand,
 * a replica of a landmark, a licence affirmed. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-r15-desc-1',
  brands: [
    {
      id: 'varnholt',
      name: 'Varnholt',
      categories: ['furniture'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Arc Task',
          category: 'furniture',
          referencePrice: { min: 900, max: 1100, currency: 'USD' },
        },
      ],
    },
    {
      id: 'feyloc',
      name: 'Feyloc',
      aliases: ['斐洛克'],
      categories: ['home-appliances'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Aero 300',
          category: 'home-appliances',
          referencePrice: { min: 2800, max: 3200, currency: 'CNY' },
        },
      ],
    },
    {
      id: 'korvan',
      name: 'Korvan',
      categories: ['apparel'],
      manufacturingCountries: ['TR'],
      productLines: [
        {
          name: 'Lina Skinny',
          category: 'apparel',
          referencePrice: { min: 80, max: 95, currency: 'USD' },
        },
      ],
    },
    {
      id: 'mirabo',
      name: 'Mirabo',
      aliases: ['米拉波'],
      categories: ['toys'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Star Deck Box',
          category: 'toys',
          referencePrice: { min: 320, max: 360, currency: 'CNY' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-07') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

/** Fair prices, shipped from where the goods are made: only the description's words can flag. */
const FRYER = {
  title: '斐洛克 Aero 300 空气炸锅 全新',
  category: 'home-appliances',
  price: 2990,
  currency: 'CNY',
  shipFrom: 'DE',
  condition: 'new' as const,
};
const CHAIR = {
  title: 'Varnholt Arc Task office chair, black',
  category: 'furniture',
  price: 999,
  currency: 'USD',
  shipFrom: 'US',
  condition: 'new' as const,
};
const JEANS = {
  title: 'Korvan Lina Skinny yüksek bel jean',
  category: 'apparel',
  price: 85,
  currency: 'USD',
  shipFrom: 'TR',
  condition: 'new' as const,
};
const CARDS = {
  title: '米拉波 Star Deck Box 礼盒',
  category: 'toys',
  price: 339,
  currency: 'CNY',
  shipFrom: 'JP',
  condition: 'new' as const,
};

/** A long shop description with the statement in its middle. */
function amid(statement: string): string {
  return [
    '内胆可以进洗碗机，底座只能擦拭。电源线约一米长。',
    '请核对收货地址，偏远地区需要补运费。',
    statement,
    '个人闲置，不退不换，有问题请拍前咨询。感谢浏览，祝生活愉快。',
  ].join('\n\n');
}

describe('the goods said to come out of a town known for copies', () => {
  for (const statement of [
    '老实讲是莆田出来的，价格摆在这里。',
    '这批是石狮工厂的货，做工没得说。',
    '说实话，产自广州白云，皮面摸着很舒服。',
  ]) {
    it(statement, () => {
      const v = scan({ ...FRYER, description: amid(statement) });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
    });
  }
  for (const statement of [
    'Honest note: these come from the Putian factories, great value for the money.',
    'Sin rodeos: fabricado en Putian, calidad muy buena.',
  ]) {
    it(statement, () => {
      const v = scan({
        ...CHAIR,
        description: `Adjustable lumbar and arms.\n\n${statement}\n\nLocal pickup.`,
      });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
    });
  }

  it('not a genuine seller who denies it (不是莆田货)', () => {
    const v = scan({ ...FRYER, description: amid('专柜正品，不是莆田货，支持验货。') });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
  it('not a branded item shipped from a Putian shop', () => {
    const v = scan({ ...FRYER, description: amid('店铺在福建莆田，从莆田发货，顺丰包邮。') });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
  it('not unbranded goods made in a Putian factory', () => {
    const v = scan({
      title: '无品牌 实木收纳箱 大号',
      category: 'home-appliances',
      price: 89,
      currency: 'CNY',
      shipFrom: 'CN',
      description: '莆田工厂直发，莆田出来的实木，做工扎实。',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});

describe('a licence named only to be denied makes no licensed reproduction', () => {
  it('这是复刻卡，不是官方正版', () => {
    const v = scan({
      ...CARDS,
      description: '礼盒内含补充包。\n\n直说了：这是复刻卡，不是官方正版，闪卡效果很好。\n\n下单后发货。',
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('a reissue under the brand’s own licence stays innocent (官方正版 复刻版)', () => {
    const v = scan({ ...CARDS, description: '官方正版授权，复刻版礼盒，全新未拆。' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});

describe('"not genuine" in the marketplaces’ languages', () => {
  it("Turkish: bunlar <Brand>'ın kendi ürünü değil, birebir kopya", () => {
    const v = scan({
      ...JEANS,
      description:
        "Yüksek bel, dar paça.\n\nAçık konuşayım: bunlar Korvan'ın kendi ürünü değil, birebir kopya.\n\nKargo ücretsiz.",
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('Turkish: orijinal değil, etiketi çok iyi yapılmış', () => {
    const v = scan({
      ...JEANS,
      description: 'Dikişler ve etiketi çok iyi yapılmış ama orijinal değil.\n\nKargo ücretsiz.',
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('Indonesian: jujur, ini bukan ori, logo sama persis', () => {
    const v = scan({
      ...JEANS,
      description: 'Bahan stretch.\n\nJujur, ini bukan ori, tapi logo sama persis.\n\nTerima kasih.',
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('Turkish guard: bu ürün orijinaldir, kopya değildir', () => {
    const v = scan({ ...JEANS, description: 'Bu ürün orijinaldir, kopya değildir. Faturalı.' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
  it('English guard: 100% original, not a copy', () => {
    const v = scan({
      ...CHAIR,
      description: 'This is 100% original, not a copy. Bought at the Varnholt store.',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});

describe('a replica of the brand’s own line, and "not a <Brand> chair"', () => {
  it('this chair is a replica of the Arc Task', () => {
    const v = scan({
      ...CHAIR,
      description:
        'Adjustable lumbar.\n\nNot going to pretend: this chair is a replica of the Arc Task. Built well.',
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('not a <Brand> chair, after a sentence that says it copies the design', () => {
    const v = scan({
      ...CHAIR,
      description:
        'Built to the same design, with the same mesh and the same levers. Very solid, but it is not a Varnholt chair.\n\nPickup only.',
    });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('not a replica of a landmark beside a genuine chair', () => {
    const v = scan({
      ...CHAIR,
      description: 'Genuine Varnholt chair. Shown next to a replica of the old lighthouse my father built.',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
  it('not an accessory "not made by" the brand that fits it', () => {
    const v = scan({
      title: 'Armrest pads for Varnholt Arc Task',
      category: 'furniture',
      price: 25,
      currency: 'USD',
      shipFrom: 'US',
      condition: 'new',
      description: 'Same shape as the originals. Not made by Varnholt, fits the Arc Task armrests.',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});
