/**
 * Capabilities of the twenty-third round (tuned on the retired test-v17): false positives of
 * sellers' ordinary words.
 * - Function words of running text that spell a name between them ("… and is ready", for a brand
 *   named Andis) are no mention of it, disguised or plain; letters pulled apart still are.
 * - "Compatible with", "for", "replacement for" and "not by the maker" in the languages of
 *   cross-border sellers (Russian, Korean, Arabic, Greek, Tagalog, Romanian, Lithuanian, …) are
 *   nominative use, as in English.
 * - A term with a regional innocent sense (Taiwan's 公司貨, the distributor's stock) is innocent in
 *   a listing shipped from that country (`innocentShipFrom`).
 * - A description that denies being a copy ("ce n'est pas une réplique") makes its other copy nouns
 *   talk of copies, as a title's denial does.
 * Guards: the counterfeit twin of each fixed false positive stays flagged. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';
import { validateKeywordRuleSet } from './validate.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twentythird-1',
  brands: [
    {
      id: 'andis-like',
      name: 'Oris',
      categories: ['home-appliances'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Trimline Pro',
          shortNames: ['Trimline'],
          category: 'home-appliances',
          referencePrice: { min: 70, max: 110, currency: 'USD' },
        },
      ],
    },
    {
      id: 'valdur',
      name: 'Valdur',
      categories: ['audio'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Valdur Stage 12',
          shortNames: ['Stage 12', 'VS12'],
          category: 'audio',
          referencePrice: { min: 400, max: 520, currency: 'USD' },
        },
      ],
    },
    {
      id: 'fenwick',
      name: 'Kestrela',
      aliases: ['凯斯特'],
      categories: ['sports-equipment'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Kestrela Arc 3000',
          shortNames: ['Arc 3000'],
          category: 'sports-equipment',
          referencePrice: { min: 90, max: 140, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2027-01-18') });
const scan = (listing: Omit<ListingInput, 'id'>): Verdict => detector.scan({ id: 'x', ...listing });
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);
const why = (v: Verdict) => JSON.stringify(v.signals.map((s) => [s.kind, s.span?.text ?? s.normalized]));

describe('function words that spell a brand between them', () => {
  // "Oris" spelled by "… or is …"
  const description =
    'The charger is included. It has been reset or is ready to pair, and ships in two days. Tracked post.';
  it('running text is no mention of the brand', () => {
    const v = scan({
      title: 'Wi-Fi smart plug, no-name, 10 A',
      description,
      price: 6.5,
      currency: 'USD',
      quantity: 40,
      condition: 'new',
      category: 'home-appliances',
      shipFrom: 'NG',
    });
    assert.equal(v.flagged, false, why(v));
    assert.deepEqual(v.brands, [], why(v));
  });
  it('the letters pulled apart are still a disguise', () => {
    const v = scan({
      title: 'O r i s Trimline Pro hair clipper',
      price: 9,
      currency: 'USD',
      condition: 'new',
    });
    assert.ok(kinds(v).includes('brand_obfuscated'), why(v));
    assert.equal(v.flagged, true);
  });
});

describe('nominative use in the languages of cross-border sellers', () => {
  const accessory = { price: 19, currency: 'USD', quantity: 25, condition: 'new' as const, shipFrom: 'KZ' };
  for (const title of [
    'чехол для Valdur Stage 12 - аналог, не от производителя',
    'пылезащитный чехол совместим с Valdur Stage 12',
    'dust cover 호환 Valdur Stage 12 - 비정품',
    'غطاء متوافق مع Valdur Stage 12',
    'κάλυμμα συμβατό με Valdur Stage 12',
    'dust cover para sa Valdur Stage 12',
    'Husă compatibil Valdur Stage 12, nu e original',
    'dangtis suderinama su Valdur Stage 12',
    'Funda de repuesto para Valdur Stage 12',
  ]) {
    it(title, () => {
      const v = scan({ title, ...accessory, category: 'audio' });
      assert.equal(v.flagged, false, why(v));
    });
  }
  it("the brand's goods themselves at that price, in bulk, stay flagged", () => {
    const v = scan({ title: 'Valdur Stage 12 новый, в наличии', ...accessory, category: 'audio' });
    assert.equal(v.flagged, true, why(v));
  });
  it('an admission after a cue word still counts when it names the brand as the item', () => {
    const v = scan({ title: 'Valdur Stage 12 копия 1:1', ...accessory, category: 'audio' });
    assert.equal(v.flagged, true, why(v));
  });
});

describe("a term's regional innocent sense", () => {
  const listing = {
    title: 'Kestrela 凯斯特 Arc 3000 纺车轮 全新公司貨',
    price: 120,
    currency: 'USD',
    condition: 'new' as const,
    category: 'sports-equipment',
  };
  it('公司貨 shipped from Taiwan is the distributor stock', () => {
    const v = scan({ ...listing, shipFrom: 'TW' });
    assert.equal(v.flagged, false, why(v));
    assert.ok(
      v.suppressed.some((s) => s.includes('(TW)')),
      JSON.stringify(v.suppressed),
    );
  });
  it('the same words shipped from elsewhere are copy-trade slang', () => {
    const v = scan({ ...listing, shipFrom: 'CN' });
    assert.equal(v.flagged, true, why(v));
  });
  it('a rule set refuses a country that is not an ISO code, naming the field', () => {
    const { errors } = validateKeywordRuleSet({
      version: 'r1',
      rules: [{ id: 'r', pattern: '公司货', kind: 'coded', severity: 0.8, innocentShipFrom: ['Taiwan'] }],
    });
    assert.ok(
      errors.some((e) => e.pointer.endsWith('/innocentShipFrom')),
      JSON.stringify(errors),
    );
  });
});

describe('a description that denies being a copy', () => {
  const base = {
    title: 'Kestrela Arc 3000 spinning reel',
    price: 115,
    currency: 'USD',
    condition: 'new' as const,
    category: 'sports-equipment',
    shipFrom: 'JP',
  };
  it('its other copy nouns talk of copies', () => {
    const v = scan({
      ...base,
      description:
        "On me demande souvent si c'est une copie parce que le prix est bas : non, ce n'est pas une réplique, facture jointe.",
    });
    assert.equal(v.flagged, false, why(v));
  });
  it('an admission without a denial still counts', () => {
    const v = scan({ ...base, description: "C'est une copie, très bonne qualité, facture non fournie." });
    assert.equal(v.flagged, true, why(v));
  });
});
