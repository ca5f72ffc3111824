/**
 * Capabilities of the fifteenth round (helper cues), each with the kind of miss it is for: the
 * trade's words for a copy as good as the maker's after a line or a model number (同模, 大厂货, 对版料,
 * 认准版本, 高版), "just the same" (一样的) as a weak claim beside a line, the wholesaler's price (拿货价,
 * prix de gros), the details shown off the platform (+V看细节, 实拍加群看, "sur Insta pour les vraies
 * photos"), mirror quality, KW grades and réplique in the European and Indonesian spellings, weak cues
 * in Turkish, Italian and English (elimde 6 tane var, faturasız, ne ho 5, got it as a present), a
 * leak from a workshop named by its place (印尼厂流出), and Chinese words holding a nominative cue's
 * characters (顶配 is no 配 "for", 男女通用 no 通用 "fits"). Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-cues-1',
  brands: [
    {
      id: 'ostrevik',
      name: 'Ostrevik',
      aliases: ['欧斯特维'],
      categories: ['home-appliances'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'Brisa Kettle',
          modelNumbers: ['OK-4410'],
          category: 'home-appliances',
          referencePrice: { min: 110, max: 130, currency: 'USD' },
        },
      ],
    },
    {
      id: 'quillane',
      name: 'Quillane',
      aliases: ['奎兰'],
      categories: ['fragrance'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'Ember Nine',
          category: 'fragrance',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-07') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

/** A kettle at about a quarter of its price, shipped from a country where the line is made. */
const KETTLE_LOW = {
  category: 'home-appliances',
  price: 30,
  currency: 'USD',
  shipFrom: 'SE',
  condition: 'new' as const,
};
/** A kettle at about half its price: mildly low, flagged only beside cues in the seller's words. */
const KETTLE_MILD = { ...KETTLE_LOW, price: 60 };
const KETTLE_FAIR = { ...KETTLE_LOW, price: 119 };
const PERFUME_LOW = {
  category: 'fragrance',
  price: 50,
  currency: 'USD',
  shipFrom: 'FR',
  condition: 'new' as const,
};

function kinds(v: Verdict): string[] {
  return v.signals.map((s) => s.kind);
}

describe('copies as good as the maker’s, said after a line or its model number', () => {
  for (const title of [
    'OK-4410 电水壶 同模',
    'Ostrevik Brisa Kettle 大厂货',
    'Brisa Kettle 对版料 认准版本',
    'OK-4410 电水壶 高版',
    '欧斯特维电水壶 大厂出品',
  ]) {
    it(title, () => {
      const v = scan({ ...KETTLE_LOW, title });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
      assert.ok(kinds(v).includes('coded'));
    });
  }

  it('高货 of jade is its finest grade, not a copy', () => {
    const v = scan({ ...KETTLE_LOW, title: 'Ostrevik Brisa Kettle 送冰种翡翠 高货挂件' });
    assert.ok(!v.signals.some((s) => s.kind === 'coded' && s.span?.text === '高货'));
  });
});

describe('"just the same" beside a line is a weak claim', () => {
  it('flags with a low price', () => {
    const v = scan({ ...KETTLE_LOW, title: 'OK-4410 电水壶 一样的' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('not alone at a fair price', () => {
    assert.equal(scan({ ...KETTLE_FAIR, title: 'Ostrevik Brisa Kettle 一样的' }).flagged, false);
  });
  it('not two cups alike with no brand or line', () => {
    assert.equal(scan({ ...KETTLE_LOW, title: '陶瓷马克杯 两个一样的' }).flagged, false);
  });
});

describe('the wholesaler’s price', () => {
  for (const title of ['OK-4410 电水壶 拿货价', 'Ostrevik Brisa Kettle prix de gros']) {
    it(title, () => {
      const v = scan({ ...KETTLE_LOW, title });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
      assert.ok(kinds(v).includes('factory_direct'));
    });
  }
});

describe('details shown off the platform', () => {
  for (const title of [
    'Ostrevik OK-4410 电水壶 +V看细节',
    'Ostrevik Brisa Kettle 实拍加群看',
    '欧斯特维电水壶 进粉丝群看细节',
    'Ostrevik Brisa Kettle écris-moi sur Insta pour les vraies photos',
  ]) {
    it(title, () => {
      const v = scan({ ...KETTLE_LOW, title });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
      assert.ok(kinds(v).includes('contact_offsite'));
    });
  }
});

describe('mirror quality, KW grades and réplique as the marketplaces spell them', () => {
  for (const title of [
    'Quillane Ember Nine 100ml qualità specchio',
    'qualité miroir | Quillane Ember Nine',
    'Quillane Ember Nine KW super',
    'Quillane Ember Nine réplique',
  ]) {
    it(title, () => {
      const v = scan({ ...PERFUME_LOW, title });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
      assert.ok(kinds(v).includes('marker'));
    });
  }
});

describe('the same words negated are no marker', () => {
  for (const title of [
    'Quillane Ember Nine, pas une réplique, facture du parfumeur',
    'Quillane Ember Nine bukan KW super',
  ]) {
    it(title, () => {
      assert.ok(!kinds(scan({ ...PERFUME_LOW, title })).includes('marker'));
    });
  }
});

describe('weak cues in other languages add up with a mildly low price', () => {
  for (const title of [
    'Ostrevik Brisa Kettle – elimde 6 tane var, faturasız',
    'Ostrevik Brisa Kettle – ne ho 5, senza scatola',
    'Ostrevik Brisa Kettle – got it as a present, have several',
  ]) {
    it(title, () => {
      const v = scan({ ...KETTLE_MILD, title });
      assert.equal(v.flagged, true, JSON.stringify(v.signals));
    });
  }
  it('"ne ho 5" alone at a fair price stays allowed', () => {
    assert.equal(scan({ ...KETTLE_FAIR, title: 'Ostrevik Brisa Kettle – ne ho 5' }).flagged, false);
  });
});

describe('a leak from a workshop named by its place', () => {
  it('印尼厂流出机', () => {
    const v = scan({ ...KETTLE_LOW, title: '欧斯特维 OK-4410 印尼厂流出机 没有保修' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
    assert.ok(kinds(v).includes('oem_leak'));
  });
});

describe('Chinese words holding a nominative cue’s characters', () => {
  it('顶配 before the brand is "top spec", not "for"', () => {
    const v = scan({ ...PERFUME_LOW, title: '平替顶配 Quillane香水' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
    assert.equal(v.brands[0]?.nominative, false);
  });
  it('男女通用 after the line is "unisex", not "fits"', () => {
    const v = scan({ ...PERFUME_LOW, title: 'Quillane Ember Nine 精仿版 100ml 男女通用' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals));
  });
  it('配 standing alone still says what an accessory fits', () => {
    const v = scan({ ...KETTLE_LOW, title: '水垢滤网 配Ostrevik Brisa Kettle 同款' });
    assert.equal(v.brands[0]?.nominative, true);
  });
});
