/**
 * Capabilities of the fourteenth round of issue 11 (helper cues), each with the miss it is for:
 * an admission in a long description that names the brand it disowns ("not made in Sweden by
 * Brannvik", "kein Brannvik-Gerät … mit Brannvik-Logo", "不是布兰维克官方渠道的 … 印了一样的标"),
 * also when the imitation is said in the next sentence; the candour frames' siblings (老实讲, 这把)
 * and copy nouns of the other languages (imitaciones, Nachfertigung). Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fourteenth-cues-1',
  brands: [
    {
      id: 'brannvik',
      name: 'Brannvik',
      aliases: ['布兰维克'],
      categories: ['kitchenware'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'Ostra Kettle',
          category: 'kitchenware',
          referencePrice: { min: 80, max: 120, currency: 'EUR' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const FAIR = {
  category: 'kitchenware',
  price: 99,
  currency: 'EUR',
  shipFrom: 'SE',
  condition: 'new' as const,
};
const PAD =
  'Heats a litre in about three minutes. Posted within two working days with tracking.\n\nOffers considered, lowball offers ignored.';

function withDescription(title: string, admission: string): Verdict {
  return scan({ ...FAIR, title, description: `${PAD}\n\n${admission}\n\n${PAD}` });
}

function marker(v: Verdict) {
  return v.signals.find((s) => s.kind === 'marker');
}

describe('an admission naming the brand it disowns', () => {
  it('English, the imitation in the next sentence', () => {
    const v = withDescription(
      'Brannvik Ostra Kettle 1.7 l steel',
      'I want to be upfront: these are not made in Sweden by Brannvik. They come from a plant that makes the same kettle for many sellers and puts the logo on.',
    );
    assert.equal(v.flagged, true);
    assert.match(marker(v)!.span!.text, /not made in Sweden by Brannvik/);
  });

  it('German, the brand in a compound', () => {
    const v = withDescription(
      'Brannvik Ostra Kettle Wasserkocher',
      'Damit es klar ist: Das ist kein Brannvik-Gerät aus Schweden, sondern ein baugleiches Gerät eines Zulieferers mit Brannvik-Logo.',
    );
    assert.equal(v.flagged, true);
  });

  it('Chinese, a qualifier between the negation and the origin word', () => {
    const v = withDescription(
      '布兰维克 Ostra Kettle 电水壶 1.7升',
      '实话实说，这批不是布兰维克官方渠道的，是别的厂照着做的，印了一样的标。',
    );
    assert.equal(v.flagged, true);
    assert.match(marker(v)!.span!.text, /不是布兰维克官方/);
  });

  it('not when the goods are said to be genuine anyway, or only to fit', () => {
    const gray = withDescription(
      'Brannvik Ostra Kettle 1.7 l steel',
      'These are not bought from a Brannvik store but from a wholesaler abroad. They are 100% genuine, logo and serial as usual.',
    );
    assert.equal(marker(gray), undefined);
    const fits = withDescription(
      'Replacement lid seal 1.7 l kettle',
      'This seal is not made by Brannvik, it is a third-party part compatible with the Ostra Kettle.',
    );
    assert.equal(marker(fits), undefined);
    assert.equal(fits.flagged, false);
  });

  it('not a denial without a likeness ("not sold through Brannvik stores" alone)', () => {
    const v = withDescription(
      'Brannvik Ostra Kettle 1.7 l steel',
      'Please note this unit is not sold through Brannvik stores, so register it yourself. Works perfectly.',
    );
    assert.equal(marker(v), undefined);
  });
});

describe('siblings of the candour frames and copy nouns', () => {
  it('老实讲 (to tell the truth) before 是仿的', () => {
    const v = withDescription('布兰维克 Ostra Kettle 电水壶', '老实讲是仿的，细节对比过，基本一样。');
    assert.equal(v.flagged, true);
  });

  it('Spanish imitaciones, said of the seller’s goods', () => {
    const v = withDescription(
      'Hervidor Brannvik Ostra Kettle acero',
      'Os lo cuento antes de que preguntéis: no son originales, son imitaciones muy buenas con el mismo logo.',
    );
    assert.equal(v.flagged, true);
  });

  it('not 说真的 about something else', () => {
    const v = withDescription('布兰维克 Ostra Kettle 电水壶', '说真的，这个水壶烧水很快，家里人都喜欢。');
    assert.equal(v.flagged, false);
  });
});

describe('a gift passed on and a hurry to sell are two stories', () => {
  /** About half the Ostra Kettle's genuine price (a mild discount), shipped from its home country. */
  const HALF = {
    category: 'kitchenware',
    price: 55,
    currency: 'EUR',
    shipFrom: 'SE',
    condition: 'new' as const,
  };

  it('"unwanted gift, must go today" at half price flags', () => {
    const v = scan({ ...HALF, title: 'Brannvik Ostra Kettle 1.7 l, unwanted gift, must go today' });
    assert.equal(v.flagged, true);
    assert.match(v.signals.find((s) => s.kind === 'seller_story')!.detail, /two stories/);
  });

  it('别人送的 + 今天必须出 at half price flags', () => {
    const v = scan({
      ...HALF,
      price: 430,
      currency: 'CNY',
      title: '布兰维克 Ostra Kettle 电水壶 别人送的 今天必须出',
    });
    assert.equal(v.flagged, true);
  });

  it('one story alone at half price does not, nor both for second-hand goods', () => {
    assert.equal(scan({ ...HALF, title: 'Brannvik Ostra Kettle 1.7 l, unwanted gift' }).flagged, false);
    const used = scan({
      ...HALF,
      condition: 'used',
      title: 'Brannvik Ostra Kettle 1.7 l, unwanted gift, must go today',
    });
    assert.equal(used.flagged, false);
  });
});
