/**
 * Capabilities of the twenty-third round, helper `vocab`: the cue families in the languages
 * cross-border sellers write (`data/cue-languages.ts` and the families it widened). For each family,
 * several languages flag a listing naming a brand, and their innocent twins do not: the same words
 * without a brand, denied, or in their ordinary sense (an alternative take of a song, a maker's own
 * factory since its founding, an activator of curls, a used item that passed the authentication,
 * "legit check" as a service). Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twentythird-vocab-1',
  brands: [
    {
      id: 'valdur',
      name: 'Valdur',
      categories: ['audio'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Valdur Stage 12',
          shortNames: ['Stage 12'],
          category: 'audio',
          referencePrice: { min: 400, max: 520, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kestrela',
      name: 'Kestrela',
      categories: ['handbags'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Kestrela Arc Tote',
          shortNames: ['Arc Tote'],
          category: 'handbags',
          referencePrice: { min: 900, max: 1400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'zorvex',
      name: 'Zorvex',
      categories: ['video-games', 'software'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Zorvex Pocket',
          shortNames: ['Pocket'],
          category: 'video-games',
          referencePrice: { min: 150, max: 220, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2027-01-18') });
const scan = (listing: Omit<ListingInput, 'id'>): Verdict => detector.scan({ id: 'x', ...listing });
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);
const why = (v: Verdict) => JSON.stringify(v.signals.map((s) => [s.kind, s.span?.text ?? s.normalized]));

/** A fair price for each brand: the cue alone decides. */
const speaker = { price: 460, currency: 'USD', condition: 'new' as const };
const bag = { price: 1100, currency: 'USD', condition: 'new' as const };
const game = { price: 180, currency: 'USD', condition: 'new' as const };

function flags(titles: string[], rest: Omit<ListingInput, 'id' | 'title'>, kind: string) {
  for (const title of titles) {
    it(`flags: ${title}`, () => {
      const v = scan({ title, ...rest });
      assert.ok(kinds(v).includes(kind as Verdict['signals'][number]['kind']), why(v));
      assert.equal(v.flagged, true, why(v));
    });
  }
}
function clean(titles: string[], rest: Omit<ListingInput, 'id' | 'title'>) {
  for (const title of titles) {
    it(`innocent: ${title}`, () => {
      const v = scan({ title, ...rest });
      assert.equal(v.flagged, false, why(v));
    });
  }
}

describe('the shop grade of a copy ("retail / store / boutique quality")', () => {
  flags(
    [
      'Kestrela Arc Tote calidad retail',
      'Kestrela Arc Tote qualité boutique',
      'Kestrela Arc Tote bolti minőség',
      'Kestrela Arc Tote bolti minoseg',
      'Kestrela Arc Tote магазинна якість',
      'Kestrela Arc Tote pang-mall quality',
      'Kestrela Arc Tote kvalita jako z obchodu',
      'Kestrela Arc Tote mağaza kalitesi',
      'Kestrela Arc Tote جودة الوكالة',
      'Kestrela Arc Tote 매장급',
      'Kestrela Arc Tote เกรดห้าง',
    ],
    bag,
    'coded',
  );
  clean(['Tote bag calidad retail, sin marca', 'Canvas tote, qualité boutique, fait main'], bag);
});

describe('a copy said to pass the authentication', () => {
  flags(
    [
      'Kestrela Arc Tote проходит проверку на подлинность',
      'Kestrela Arc Tote περνάει έλεγχο γνησιότητας',
      'Kestrela Arc Tote περναει ελεγχο γνησιοτητας',
      'Kestrela Arc Tote pasado sa legit check',
      'Kestrela Arc Tote przechodzi legit check',
      'Kestrela Arc Tote legit checkten geçer',
      'Kestrela Arc Tote 정품 대조 완료',
      'Kestrela Arc Tote pasa la verificación de autenticidad',
    ],
    bag,
    'coded',
  );
  // a used item that was authenticated; a check offered as a service
  clean(
    [
      'Kestrela Arc Tote прошел проверку на подлинность',
      'Kestrela Arc Tote, authenticity check passed, receipt',
    ],
    { ...bag, condition: 'used', price: 800 },
  );
  clean(['Legit check service for Kestrela bags, 24 h'], { price: 15, currency: 'USD' });
});

describe('an alternative version of the same material, or the same material with another label', () => {
  flags(
    [
      'Kestrela Arc Tote Alternativversion, gleiches Material',
      'Kestrela Arc Tote alternativní verze, stejný materiál',
      'Kestrela Arc Tote version alternative, même matière',
      'Kestrela Arc Tote альтернативная версия, тот же материал',
      'Kestrela Arc Tote same material, different logo',
    ],
    bag,
    'coded',
  );
  // each part alone is ordinary: an alternative take, the same material as the last model
  clean(
    [
      'Kestrela Arc Tote – alternative version in navy',
      'Kestrela Arc Tote, gleiches Material wie das Vorgängermodell, neu',
      'Valdur Stage 12 - alternative version of the song on the demo disc',
    ],
    bag,
  );
});

describe('the same factory and export leftovers', () => {
  flags(
    [
      'Kestrela Arc Tote ugyanabból a gyárból',
      'Kestrela Arc Tote même usine que l’original',
      'Kestrela Arc Tote نفس المصنع',
      'Kestrela Arc Tote 공장 잉여 재고',
      'Kestrela Arc Tote segunda escolha da fábrica',
      'Kestrela Arc Tote فائض مصنع',
      'Kestrela Arc Tote stoc de export',
      'Kestrela Arc Tote بواقي تصدير',
    ],
    bag,
    'oem_leak',
  );
  clean(
    [
      'Kestrela Arc Tote - mesma fábrica desde 1950, nova',
      'Leather tote, stoc de export, fără marcă',
      'Tote bag, فائض مصنع, بدون علامة تجارية',
    ],
    bag,
  );
});

describe('off-platform contact in the languages and scripts of the marketplaces', () => {
  flags(
    [
      'Valdur Stage 12 扣扣详谈',
      'Valdur Stage 12 加賴詳談',
      'Valdur Stage 12 详情加企鹅',
      'Valdur Stage 12 napište na Messenger',
      'Valdur Stage 12 عکس واقعی در واتساپ',
      'Valdur Stage 12 пишите в вайбер',
      'Valdur Stage 12 me chama no zap',
      'Valdur Stage 12 реальные фото в телеграм',
      'Valdur Stage 12 whatsapp 傾',
    ],
    speaker,
    'contact_offsite',
  );
  // a messenger bag is no messenger; lysine added to feed is no LINE; words alone without a brand
  clean(
    [
      'Kestrela Arc Tote messenger strap, napište mi o rozměry',
      'Valdur Stage 12 添加赖氨酸',
      'Bluetooth speaker 扣扣详谈',
      'Valdur Stage 12, fotky v inzerátu, osobní převzetí',
    ],
    speaker,
  );
});

describe('piracy in the marketplaces languages', () => {
  flags(
    [
      'Zorvex Pocket 12 000 játékkal feltöltve',
      'Zorvex Pocket 10000 игр',
      'Zorvex Pocket cu jocuri piratate instalate',
      'Zorvex Pocket 全遊戲懶人包',
      'Zorvex Pocket 共享号 离线登录',
      'Zorvex Pocket aktywator windows',
      'Πακέτο προγραμμάτων Zorvex με ενεργοποιητή, χωρίς άδεια',
    ],
    game,
    'piracy',
  );
  flags(
    ['Zorvex Pocket top-up 低价代充 黑卡充值', 'Zorvex Pocket universal serial list for every version'],
    {
      ...game,
      category: 'software',
    },
    'piracy',
  );
  // an official handheld's own games, an activator of curls, a serial bus, games denied
  clean(
    [
      'Zorvex Pocket, 30 játékkal, hivatalos',
      'Zorvex Pocket fără jocuri piratate, original',
      'Zorvex Pocket - USB universal serial bus cable',
    ],
    game,
  );
  clean(['Activador de rizos Kestrela, 250 ml', 'Kestrela aktivator za kosu'], bag);
});

describe('weak cues in the marketplaces languages', () => {
  for (const title of [
    'Valdur Stage 12 brand new, walang box',
    'Valdur Stage 12 nueva, sin boleta',
    'Valdur Stage 12 جديد بدون فاتورة',
    'Valdur Stage 12 미개봉 영수증 없음',
    'Valdur Stage 12 new, bina bill',
  ]) {
    it(`no proof of provenance: ${title}`, () => {
      assert.ok(kinds(scan({ title, ...speaker })).includes('provenance_missing'), title);
    });
  }
  for (const title of [
    'Valdur Stage 12 neu, schnell weg',
    'Valdur Stage 12 regalo lang',
    'Valdur Stage 12 felesleges ajándék',
    'Valdur Stage 12 بيعة مستعجلة',
    'Valdur Stage 12 rush sale',
  ]) {
    it(`seller story: ${title}`, () => {
      assert.ok(kinds(scan({ title, ...speaker })).includes('seller_story'), title);
    });
  }
  it('two weak cues together add up, one alone does not flag', () => {
    const both = scan({
      title: 'Valdur Stage 12 brand new, walang box, regalo lang',
      ...speaker,
      price: 300,
    });
    assert.equal(both.flagged, true, why(both));
    const one = scan({ title: 'Valdur Stage 12 brand new, walang box', ...speaker });
    assert.equal(one.flagged, false, why(one));
  });
});

describe('copy nouns and their denials', () => {
  flags(
    ['Kestrela Arc Tote های کپی', 'Kestrela Arc Tote רפליקה', 'Kestrela Arc Tote απομίμηση'],
    bag,
    'marker',
  );
  flags(['Kestrela Arc Tote original jaisa', 'Kestrela Arc Tote mirip ori'], bag, 'coded');
  clean(
    [
      'Kestrela Arc Tote si fake, original',
      'Kestrela Arc Tote sio feki',
      'Kestrela Arc Tote nije falsifikat',
      'Kestrela Arc Tote לא רפליקה, מקורי',
      'Kestrela Arc Tote δεν είναι απομίμηση',
      'Kestrela Arc Tote bez podróbek, oryginał z salonu',
    ],
    bag,
  );
});
