/**
 * Capabilities of the twentieth round (helper q20-fp): false positives of words with an innocent
 * sense beside their copy sense.
 * - A colour word that is the product noun (a category phrase "face cream", the head of the line's
 *   own name "… Cream") or names a substance ("lavender fragrance", "charcoal powder", "cream
 *   cleanser") is no colour of the product.
 * - 原版 before a device or medium (原版主机, 原版卡带, 原版光盘) is the original edition; 没有拆过 is
 *   未拆机 said the long way.
 * - A market's retail version ("Japanese retail version") and Taiwan distributor stock (台灣公司貨,
 *   原廠公司貨, 公司貨 with 保固 or Taiwan) are gray-market words, not copy grades.
 * - A licensed or official reissue/recreation is another product than the past line: the line's
 *   price and origin are not applied.
 * - Bare "compatible" (and Dutch "compatibel", Polish "kompatybilny z") before the brand is
 *   nominative use.
 * - "1:1 replica/copy" beside the scale of a teaching model or a cut key is no copy marker.
 * Guards: the counterfeit twin of each fixed false positive stays flagged. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twentieth-q20-fp-1',
  brands: [
    {
      id: 'velmora',
      name: 'Velmora',
      categories: ['cosmetics', 'fragrance'],
      manufacturingCountries: ['GR'],
      productLines: [
        {
          name: 'Silk Dew Cream',
          shortNames: ['Silk Dew'],
          category: 'cosmetics',
          referencePrice: { min: 24, max: 42, currency: 'EUR' },
          colours: ['white'],
        },
      ],
      colours: ['white'],
    },
    {
      id: 'korvex',
      name: 'Korvex',
      categories: ['game-consoles'],
      manufacturingCountries: ['GB'],
      productLines: [
        {
          name: 'Korvex KX-100',
          shortNames: ['KX-100'],
          category: 'game-consoles',
          referencePrice: { min: 160, max: 240, currency: 'GBP' },
          colours: ['black'],
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-21') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);
const COSMETIC = {
  price: 33,
  currency: 'EUR',
  condition: 'new' as const,
  category: 'cosmetics',
  shipFrom: 'US',
};
const CONSOLE = {
  price: 1700,
  currency: 'CNY',
  condition: 'used' as const,
  category: 'game-consoles',
  shipFrom: 'CN',
};
const CONSOLE_NEW = {
  price: 220,
  currency: 'GBP',
  condition: 'new' as const,
  category: 'game-consoles',
  shipFrom: 'US',
};

describe('a colour word that is the product or a substance is no colour of it', () => {
  for (const title of [
    'Velmora Silk Dew face cream white',
    'Velmora Silk Dew hydrating cream, white',
    'Velmora eye cream white jar',
    'Velmora lavender fragrance',
    'Velmora Silk Dew charcoal powder',
    'Velmora cream cleanser white',
  ])
    it(title, () => {
      const v = scan({ title, ...COSMETIC });
      assert.ok(!kinds(v).includes('colour_not_produced'), JSON.stringify(v.signals));
    });
  it('guard: a real colour never produced still counts', () => {
    const v = scan({ title: 'Velmora Silk Dew Cream purple', ...COSMETIC });
    assert.ok(kinds(v).includes('colour_not_produced'), JSON.stringify(v.signals));
  });
});

describe('原版 of a device or medium is its original edition', () => {
  for (const title of [
    'Korvex KX-100 自用闲置 原版主机 没有拆过',
    'Korvex KX-100 原版卡带 自用',
    'Korvex KX-100 原版 没拆过 九成新',
  ])
    it(title, () => assert.equal(scan({ title, ...CONSOLE }).flagged, false));
  it('guard: 原版 as a copy grade is still coded', () => {
    const v = scan({ title: 'Korvex KX-100 原版 全新 手柄', ...CONSOLE, condition: 'new' });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
});

describe('a market retail version and Taiwan distributor stock are gray-market words', () => {
  for (const title of [
    'Korvex KX-100 console, Japanese retail version',
    'Korvex KX-100 console, EU retail version',
    'Korvex KX-100 HK retail-version',
    'Korvex KX-100 台灣公司貨 (Taiwan market)',
    'Korvex KX-100 原廠公司貨 保固一年',
    'Korvex KX-100 公司貨 保固',
  ])
    it(title, () => assert.ok(!kinds(scan({ title, ...CONSOLE_NEW })).includes('coded')));
  it('guard: "1:1 retail version" is still coded', () =>
    assert.ok(
      kinds(scan({ title: 'Korvex KX-100 top retail version copy', ...CONSOLE_NEW })).includes('coded'),
    ));
  it('guard: 公司货 as a copy grade is still coded', () =>
    assert.ok(kinds(scan({ title: 'Korvex KX-100 公司货 顶级', ...CONSOLE_NEW })).includes('coded')));
});

describe('a licensed reissue is not judged against the past line', () => {
  const CHEAP = {
    price: 89,
    currency: 'USD',
    condition: 'new' as const,
    category: 'game-consoles',
    shipFrom: 'US',
  };
  for (const title of [
    'Korvex KX-100 reissue, licensed recreation, HDMI',
    'Korvex KX-100 officially licensed re-release, HDMI',
    'Korvex KX-100 authorised reissue with HDMI',
  ])
    it(title, () => {
      const v = scan({ title, ...CHEAP });
      assert.ok(!kinds(v).includes('price_low'), JSON.stringify(v.signals));
      assert.equal(v.flagged, false);
    });
  it('guard: an unlicensed "reissue" at that price is still judged', () =>
    assert.ok(kinds(scan({ title: 'Korvex KX-100 reissue, HDMI', ...CHEAP })).includes('price_low')));
  it('guard: a licence denied is no licence', () =>
    assert.ok(
      kinds(scan({ title: 'Korvex KX-100 reissue, not a licensed recreation', ...CHEAP })).includes(
        'price_low',
      ),
    ));
});

describe('bare "compatible" before the brand is nominative use', () => {
  const CHEAP = {
    price: 13.99,
    currency: 'USD',
    condition: 'new' as const,
    category: 'game-consoles',
    shipFrom: 'US',
  };
  for (const title of [
    'Accessoire compatible Korvex KX-100, non officiel',
    'compatible Korvex KX-100 charging dock',
    'Dock compatibel Korvex KX-100',
  ])
    it(title, () => assert.equal(scan({ title, ...CHEAP }).flagged, false));
  it('guard: the console itself at that price is still judged', () =>
    assert.ok(kinds(scan({ title: 'Korvex KX-100 console', ...CHEAP })).includes('price_low')));
});

describe('1:1 as the scale of a teaching model or a cut key', () => {
  const TOY = { price: 34.99, currency: 'USD', condition: 'new' as const, category: 'toys', shipFrom: 'US' };
  for (const title of [
    'Human skull model, a 1:1 replica for teaching',
    'Anatomical heart 1:1 replica, life size',
    '1:1 copy keys cutting service',
  ])
    it(title, () => assert.equal(scan({ title, ...TOY }).flagged, false));
  it('guard: a 1:1 replica of a branded item is still a marker', () =>
    assert.equal(scan({ title: 'Korvex KX-100 1:1 replica', ...CONSOLE_NEW }).flagged, true));
  it('guard: a bare 1:1 replica is still a marker', () =>
    assert.equal(scan({ title: '1:1 replica watch, best quality', ...TOY }).flagged, true));
});
