/**
 * Capabilities of the thirteenth round of issue 11 (recall, helper r13), each with the miss it is for:
 * a new branded item at 45-60 % of its genuine price whose listing tells weak cues of its own ("must
 * go today" and shipped from abroad, "several available" and shipped from abroad: 0.36, just under
 * the line) is a mildly low price that tips them over; never with shop metadata alone, never for
 * second-hand goods, never when the shop states a discount (members' price, limited-time offer,
 * 到手价), which now also explains a moderate discount. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-thirteenth-r13-1',
  brands: [
    {
      id: 'tallowmere',
      name: 'Tallowmere',
      aliases: ['塔洛米尔'],
      categories: ['audio'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Aria 7',
          category: 'audio',
          referencePrice: { min: 200, max: 300, currency: 'USD' },
        },
      ],
    },
    {
      id: 'quennick',
      name: 'Quennick',
      categories: ['home-appliances'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Forno Duo',
          category: 'home-appliances',
          referencePrice: { min: 400, max: 500, currency: 'EUR' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

/** Aria 7 at about half its genuine price (the line's typical price is about 245 USD), shipped from outside Japan. */
const HALF = {
  category: 'audio',
  price: 125,
  currency: 'USD',
  shipFrom: 'CN',
  condition: 'new' as const,
};

describe('a mildly low price beside weak cues the listing tells', () => {
  it('tips a hurried sale shipped from abroad over the line', () => {
    const v = scan({ ...HALF, title: 'Tallowmere Aria 7 headphones - must go today' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
    const price = v.signals.find((s) => s.kind === 'price_low');
    assert.ok(price, 'a price signal');
    assert.equal(price.weight, 0.1);
    assert.match(price.detail, /mildly low: 5\d(\.\d)?% of the typical genuine new Aria 7/);
    assert.match(price.detail, /seller_story/);
  });

  it('tips several on hand shipped from abroad over the line, in Chinese too', () => {
    const v = scan({ ...HALF, title: '塔洛米尔 Aria 7 耳机 还有几件' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
    const w = scan({
      ...HALF,
      title: 'Quennick Forno Duo oven, several available',
      category: 'home-appliances',
      price: 230,
      currency: 'EUR',
    });
    assert.equal(w.flagged, true, JSON.stringify(w.signals));
  });

  it('is not told with shop metadata alone (a quantity field and a warehouse abroad)', () => {
    const v = scan({ ...HALF, title: 'Tallowmere Aria 7 wireless headphones black', quantity: 60 });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
    assert.ok(!v.signals.some((s) => s.kind === 'price_low'));
  });

  it('is not told for second-hand goods', () => {
    const v = scan({ ...HALF, condition: 'used', title: 'Tallowmere Aria 7 headphones - must go today' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('is not told at 70 % of the genuine price', () => {
    const v = scan({ ...HALF, price: 172, title: 'Tallowmere Aria 7 headphones - must go today' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('is not told when the shop states a discount', () => {
    for (const title of [
      'Limited-time offer Tallowmere Aria 7 headphones - must go today',
      '会员价 塔洛米尔 Aria 7 耳机 还有几件',
      'Tallowmere Aria 7 member price, last sizes, several available',
    ]) {
      const v = scan({ ...HALF, title });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('a discount the shop states explains a moderate price', () => {
  it('members’ prices, prices after coupons and limited-time offers at 40 % of retail', () => {
    for (const title of [
      'Limited-time offer Tallowmere Aria 7 headphones',
      '塔洛米尔 Aria 7 耳机 到手价',
      '塔洛米尔 Aria 7 耳机 会员专享',
      'Tallowmere Aria 7 headphones, members price',
    ]) {
      const v = scan({ ...HALF, price: 98, title });
      assert.equal(v.flagged, false, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('while the same price without a stated discount still counts', () => {
    const v = scan({ ...HALF, price: 98, title: 'Tallowmere Aria 7 headphones' });
    assert.ok(
      v.signals.some((s) => s.kind === 'price_low' && s.weight === 0.25),
      JSON.stringify(v.signals),
    );
    assert.equal(v.flagged, true);
  });
});

describe('"off" alone states no sale', () => {
  const SHOP =
    'Feedback matters to a small shop, so tell us first if anything is off. Colour: off-white box.';
  it('a moderate price still counts beside a shop\'s "if anything is off"', () => {
    const v = scan({ ...HALF, price: 98, title: 'Tallowmere Aria 7 headphones', description: SHOP });
    assert.ok(
      v.signals.some((s) => s.kind === 'price_low' && s.weight === 0.25),
      JSON.stringify(v.signals),
    );
    assert.equal(v.flagged, true);
  });

  it('while a share off the price explains it', () => {
    for (const description of ['Now 20% off for the holidays.', 'Black week: 35 %OFF everything.']) {
      const v = scan({ ...HALF, price: 98, title: 'Tallowmere Aria 7 headphones', description });
      assert.equal(v.flagged, false, `${description}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe("a hurried sale is a seller story, not a shop's sale", () => {
  it('"urgent sale" leaves a moderate price counted', () => {
    for (const title of ['Tallowmere Aria 7 headphones - urgent sale', 'Tallowmere Aria 7 quick sale']) {
      const v = scan({ ...HALF, price: 98, title });
      assert.ok(
        v.signals.some((s) => s.kind === 'price_low' && s.weight === 0.25),
        `${title}: ${JSON.stringify(v.signals)}`,
      );
      assert.ok(v.signals.some((s) => s.kind === 'seller_story'));
      assert.equal(v.flagged, true);
    }
  });

  it('while a sale stated beside it still explains the price', () => {
    const v = scan({ ...HALF, price: 98, title: 'Tallowmere Aria 7 headphones, clearance - urgent sale' });
    assert.ok(!v.signals.some((s) => s.kind === 'price_low'), JSON.stringify(v.signals));
  });
});

describe('factory-direct and quality claims in the languages of European marketplaces', () => {
  /** Quennick's Forno Duo at 5 % of its genuine price: extreme, which flags with any second cue. */
  const EXTREME = {
    category: 'home-appliances',
    price: 22,
    currency: 'EUR',
    shipFrom: 'IT',
    condition: 'new' as const,
  };
  it('a factory sale or price in German, French, Spanish, Italian, Polish or Dutch is a second cue', () => {
    for (const title of [
      'Quennick Forno Duo Backofen, Werksverkauf',
      'Quennick Forno Duo four, prix usine',
      'Quennick Forno Duo horno, precio de fábrica',
      'Quennick Forno Duo forno, prezzo di fabbrica',
      'Quennick Forno Duo piekarnik, cena fabryczna',
      'Quennick Forno Duo oven, fabrieksprijs',
    ]) {
      const v = scan({ ...EXTREME, title });
      assert.ok(
        v.signals.some((s) => s.kind === 'factory_direct'),
        `${title}: ${JSON.stringify(v.signals)}`,
      );
      assert.equal(v.flagged, true, title);
    }
  });

  it('a quality claim in those languages is one too', () => {
    for (const title of [
      'Quennick Forno Duo, Top-Qualität',
      'Quennick Forno Duo, haute qualité',
      'Quennick Forno Duo alta calidad',
    ]) {
      const v = scan({ ...EXTREME, title });
      assert.ok(
        v.signals.some((s) => s.kind === 'weak_quality_claim'),
        `${title}: ${JSON.stringify(v.signals)}`,
      );
      assert.equal(v.flagged, true, title);
    }
  });

  it('"from the manufacturer" weighs little: with an extreme price it flags, at a fair price it does not', () => {
    const cheap = scan({ ...EXTREME, title: 'Quennick Forno Duo oven, new from the manufacturer' });
    assert.equal(cheap.flagged, true, JSON.stringify(cheap.signals));
    const fair = scan({
      ...EXTREME,
      price: 440,
      title: 'Quennick Forno Duo oven, new from the manufacturer',
    });
    assert.equal(fair.flagged, false, JSON.stringify(fair.signals));
  });
});

describe("a sale is stated in the title, not in a shop's policies", () => {
  it('"no offers on items already reduced" in the description leaves the price counted', () => {
    const v = scan({
      ...HALF,
      price: 98,
      title: 'Tallowmere Aria 7 headphones',
      description: 'We do not accept offers on items that are already reduced. Sale items are final.',
    });
    assert.ok(
      v.signals.some((s) => s.kind === 'price_low' && s.weight === 0.25),
      JSON.stringify(v.signals),
    );
    assert.equal(v.flagged, true);
  });

  it('while a sale in the title explains it', () => {
    const v = scan({ ...HALF, price: 98, title: 'Tallowmere Aria 7 headphones - clearance' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });
});
