/**
 * Capabilities of the eighteenth round (helper q-cues): cues in the text or the price that were not
 * read. "Fake" and "copy" tagged after the item in a title in the marketplaces' other languages
 * (짝퉁, подделка, hàng nhái, تقليد, Kopie), denied by their negations (짝퉁 아님, không phải, مش, не);
 * a Chinese "X专用" glued to a word that is not the brand (美发店专用) is no compatibility tag; a game
 * bot sold as undetected is a cheat; a quality claim as one German word or borrowed from a nation
 * ("Spitzenqualität", "Swiss quality") and "direkt vom Hersteller" are weak cues that add up with an
 * extreme price; so is a colourway copies are made in (neon, camouflage) when the brand's colours are
 * not on record. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eighteenth-q-cues-1',
  brands: [
    {
      id: 'velmora',
      name: 'Velmora',
      aliases: ['VELMORA', '维摩拉'],
      categories: ['kitchenware'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Corvine Kettle',
          shortNames: ['Corvine'],
          category: 'kitchenware',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
        },
      ],
    },
    {
      id: 'quillmar',
      name: 'Quillmar',
      aliases: ['QUILLMAR'],
      categories: ['video-games'],
      manufacturingCountries: ['KR'],
      productLines: [
        {
          name: 'Starfen Online',
          category: 'video-games',
          referencePrice: { min: 20, max: 30, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const kinds = (verdict: Verdict) => verdict.signals.map((s) => s.kind);
/** A kettle at its genuine price, from its maker's country: only the words can flag it. */
const FAIR = {
  category: 'kitchenware',
  price: 199,
  currency: 'USD',
  shipFrom: 'PT',
  condition: 'new' as const,
};
/** The same kettle at 7 % of its price: extreme, yet alone under the line. */
const EXTREME = { ...FAIR, price: 14 };

describe('eighteenth round (q-cues): "fake" tagged in a title in the other languages', () => {
  it('reads the tag after the item', () => {
    for (const title of [
      'Velmora Corvine Kettle 1.7 L - 짝퉁 *sale*',
      'Velmora Corvine Kettle 1.7 L - подделка',
      'Velmora Corvine Kettle 1.7 L - hàng nhái',
      'Velmora Corvine Kettle - تقليد درجة أولى',
      'Velmora Corvine Wasserkocher Kopie',
    ]) {
      const v = scan({ title, ...FAIR });
      assert.ok(kinds(v).includes('marker'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('keeps the denied tag, a copy of a receipt and the tag with no brand clean', () => {
    for (const title of [
      'Velmora Corvine Kettle - 정품, 짝퉁 아님',
      'Velmora Corvine Kettle không phải hàng nhái',
      'أصلي مش تقليد Velmora Corvine Kettle',
      'Velmora Corvine Kettle - не подделка, оригинал',
      'Velmora Corvine Wasserkocher, Rechnung als Kopie dabei',
      'Kettle 1.7 L stainless - hàng nhái',
    ]) {
      const v = scan({ title, ...FAIR });
      assert.ok(!v.flagged, `${title}: ${v.score} ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('eighteenth round (q-cues): 专用 glued to a word that is not the brand', () => {
  it('does not make the brand nominative, so the copy word counts', () => {
    const v = scan({ title: '维摩拉 Corvine 电水壶 复刻 宿舍专用', ...FAIR, currency: 'CNY', price: 1400 });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
    assert.ok(v.flagged, String(v.score));
  });
  it('a tag standing apart still says what the item fits', () => {
    const v = scan({ title: '电水壶 滤网 复刻 维摩拉 Corvine 专用', ...FAIR, currency: 'CNY', price: 40 });
    assert.ok(!v.flagged, `${v.score} ${JSON.stringify(v.signals)}`);
  });
});

describe('eighteenth round (q-cues): a game bot sold as undetected', () => {
  const GAME = {
    category: 'video-games',
    price: 25,
    currency: 'USD',
    shipFrom: 'KR',
    condition: 'new' as const,
  };
  it('is a cheat', () => {
    for (const title of [
      'Starfen Online auto-farm bot, undetected, 30 days',
      'Starfen Online hunting macro - anti-ban, lifetime key',
    ]) {
      const v = scan({ title, ...GAME });
      assert.ok(kinds(v).includes('piracy'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('a bot or a macro with no cheat words is not', () => {
    for (const title of ['Starfen Online bot plush figure', 'Starfen Online macro keypad, 12 keys']) {
      const v = scan({ title, ...GAME });
      assert.ok(!v.flagged, `${title}: ${v.score} ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('eighteenth round (q-cues): weak cues that add up with an extreme price', () => {
  it('a quality claim as one German word or borrowed from a nation, and "direkt vom Hersteller"', () => {
    for (const title of [
      'Velmora Corvine Wasserkocher, Spitzenqualität',
      'Velmora Corvine Kettle, Swiss quality',
      'Velmora Corvine Wasserkocher direkt vom Hersteller',
    ]) {
      const v = scan({ title, ...EXTREME });
      assert.ok(v.flagged, `${title}: ${v.score} ${JSON.stringify(v.signals)}`);
      // the counterpart at the genuine price stays clean
      const fair = scan({ title, ...FAIR });
      assert.ok(!fair.flagged, `${title} at the genuine price: ${fair.score}`);
    }
  });
  it('a colourway copies are made in, the brand having no colours on record', () => {
    for (const title of [
      'Velmora Corvine Kettle neon green',
      'Velmora Corvine 电水壶 荧光绿',
      'camo Velmora Corvine Kettle',
    ]) {
      const v = scan({ title, ...EXTREME });
      assert.ok(kinds(v).includes('colour_not_produced'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
      const fair = scan({ title, ...FAIR });
      assert.ok(!fair.flagged, `${title} at the genuine price: ${fair.score}`);
      const used = scan({ title, ...EXTREME, condition: 'used' });
      assert.ok(!used.flagged, `${title} second-hand: ${used.score}`);
    }
  });
  it('an ordinary colour at an extreme price stays under the line', () => {
    const v = scan({ title: 'Velmora Corvine Kettle black', ...EXTREME });
    assert.ok(!v.flagged, `${v.score} ${JSON.stringify(v.signals)}`);
  });
});

describe('eighteenth round (q-cues): goods that left the maker by a side door, in more languages', () => {
  it('reads the side door with the maker in Bulgarian, Malay, Indonesian and a garment maker’s unit', () => {
    for (const title of [
      'Velmora Corvine Kettle - сток от фабриката, без етикет',
      'Velmora Corvine Kettle - lebihan kilang',
      'produk sisa ekspor Velmora Corvine Kettle',
      'Velmora Corvine Kettle - extra pieces from the sewing unit, tag removed',
    ]) {
      const v = scan({ title, ...FAIR });
      assert.ok(kinds(v).includes('oem_leak'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('keeps spare pieces, a removed tag and a maker named alone clean', () => {
    for (const title of [
      'Velmora Corvine Kettle with two extra pieces of filter',
      'Velmora Corvine Kettle, price tag removed, gift',
      'Velmora Corvine Kettle - гаранция от фабриката',
    ]) {
      const v = scan({ title, ...FAIR });
      assert.ok(!v.flagged, `${title}: ${v.score} ${JSON.stringify(v.signals)}`);
    }
  });
});
