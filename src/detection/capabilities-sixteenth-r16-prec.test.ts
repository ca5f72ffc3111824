/**
 * Capabilities of the sixteenth round (helper r16-prec), each against a kind of false positive on
 * hard negatives: a short keyword read through a doubled letter ("rooms" as "roms"); a shop's
 * assurance that its pictures are real (实物图自然光拍摄) and a pointer into its own picture (查看图中)
 * read as an offer off the platform; the singular the brand builds its own names from ("Plumie" of
 * "plumies", whose box is the "Plumiebox") read as a misspelling; a maker's reissue named by the
 * year it revives (1958复刻版) or bought with an invoice (带票) read as a copy; an accented word on goods
 * of a category near the brand's read as a disguised name; a collector's condition grade ("boxed
 * mint") read as a colour. And one for recall: units a maker's inspection turned away ("QC reject
 * from the line"). Invented brands only; each group ends with guards that must still flag.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-sixteenth-r16-prec-1',
  brands: [
    {
      id: 'stavelo',
      name: 'Stavelo',
      categories: ['audio'],
      manufacturingCountries: ['DE'],
      productLines: [
        { name: 'Fennic 7', category: 'audio', referencePrice: { min: 300, max: 360, currency: 'USD' } },
      ],
    },
    {
      id: 'pixolta',
      name: 'Pixolta',
      categories: ['game-consoles', 'video-games'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Pixolta Mini',
          category: 'game-consoles',
          referencePrice: { min: 90, max: 110, currency: 'USD' },
        },
      ],
    },
    {
      id: 'veltrano',
      name: 'Veltrano',
      aliases: ['维特拉诺'],
      categories: ['music'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'VT-200',
          category: 'music',
          referencePrice: { min: 2000, max: 2600, currency: 'CNY' },
        },
      ],
    },
    {
      id: 'plumies',
      name: 'plumies',
      aliases: ['Plumies'],
      protectedTerms: ['Plumiebox'],
      categories: ['toys'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Plumiebox Starter',
          category: 'toys',
          referencePrice: { min: 90, max: 110, currency: 'USD' },
        },
      ],
    },
    {
      id: 'morvens',
      name: 'Morvens',
      categories: ['shoes'],
      manufacturingCountries: ['VN'],
      productLines: [
        { name: 'Glide Knit', category: 'shoes', referencePrice: { min: 80, max: 100, currency: 'USD' } },
      ],
    },
    {
      id: 'valdrin',
      name: 'Valdrin',
      aliases: ['瓦德林'],
      categories: ['watches'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Sea Captain',
          aliases: ['海船长'],
          category: 'watches',
          referencePrice: { min: 14000, max: 16000, currency: 'CNY' },
        },
      ],
    },
    {
      id: 'solen',
      name: 'Solen',
      categories: ['sports-equipment'],
      manufacturingCountries: ['AT'],
      productLines: [
        {
          name: 'Carve 80',
          category: 'sports-equipment',
          referencePrice: { min: 500, max: 600, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kestrelle',
      name: 'Kestrelle',
      categories: ['kitchenware'],
      manufacturingCountries: ['HU'],
      colours: ['white', 'blue', 'gold'],
      productLines: [
        {
          name: 'Aviary Cup',
          category: 'kitchenware',
          referencePrice: { min: 120, max: 150, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-08') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

function why(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => `${s.kind}:${s.span?.text ?? s.detail}`));
}

function has(v: Verdict, kind: string): boolean {
  return v.signals.some((s) => s.kind === kind);
}

const MIC = {
  category: 'audio',
  condition: 'new' as const,
  currency: 'USD',
  price: 329,
  quantity: 1,
  shipFrom: 'DE',
};

describe('a doubled letter in a short keyword makes another word', () => {
  it('"rehearsal rooms" and "games rooms" are not ROMs', () => {
    for (const description of [
      'Brand new. Suitable for home recording, streaming, voice-overs and rehearsal rooms.',
      'Sounds great in small rooms and large halls alike.',
    ]) {
      const v = scan({ ...MIC, title: 'Stavelo Fennic 7 studio monitor', description });
      assert.ok(!has(v, 'piracy'), `${description}: ${why(v)}`);
      assert.equal(v.flagged, false, `${description}: ${why(v)}`);
    }
  });

  it('guards: ROMs as written, and a keyword with a letter repeated three times, still count', () => {
    const base = {
      category: 'game-consoles',
      condition: 'new' as const,
      currency: 'USD',
      price: 95,
      quantity: 1,
      shipFrom: 'JP',
    };
    for (const title of ['Pixolta Mini handheld with all ROMs', 'Pixolta Mini handheld with all rooooms']) {
      const v = scan({ ...base, title });
      assert.ok(has(v, 'piracy'), `${title}: ${why(v)}`);
    }
  });
});

const GUITAR = {
  category: 'music',
  condition: 'new' as const,
  currency: 'CNY',
  price: 2300,
  quantity: 1,
  shipFrom: 'CN',
};

describe('real pictures are an offer off the platform only with a way to reach the seller', () => {
  it('"实物图自然光拍摄" (the photos are real, taken in daylight) is a shop\'s assurance', () => {
    const v = scan({
      ...GUITAR,
      title: '维特拉诺 VT-200 电吉他',
      description: '全新未拆封。实物图自然光拍摄，无滤镜。琴颈已调过弓度，上手好弹。',
    });
    assert.ok(!has(v, 'contact_offsite'), why(v));
    assert.equal(v.flagged, false, why(v));
  });

  it('"查看图中的尺码表" points into the listing\'s own picture', () => {
    const v = scan({
      ...GUITAR,
      title: '维特拉诺 VT-200 电吉他',
      description: '购买前请查看图中的尺码表。琴颈已调过弓度。',
    });
    assert.ok(!has(v, 'contact_offsite'), why(v));
  });

  it('guards: real pictures through WeChat, a private message or because the platform forbids them', () => {
    for (const [title, description] of [
      ['维特拉诺 VT-200 电吉他 实物图加V', ''],
      ['维特拉诺 VT-200 电吉他 实物图私聊', ''],
      ['维特拉诺 VT-200 电吉他 实物图见朋友圈', ''],
      ['维特拉诺 VT-200 电吉他', '平台不让发实物图，看实物找我。'],
    ] as const) {
      const v = scan({ ...GUITAR, title, description });
      assert.ok(has(v, 'contact_offsite'), `${title} ${description}: ${why(v)}`);
    }
  });
});

const TOY = {
  category: 'toys',
  condition: 'new' as const,
  currency: 'USD',
  price: 15,
  quantity: 1,
  shipFrom: 'CN',
};

describe('the singular a brand builds its own names from is its name', () => {
  it('"Plumie" of a brand "plumies" (whose box is the "Plumiebox") is not a misspelling', () => {
    const v = scan({ ...TOY, title: 'Plumie – Dragon audio figure, licensed, sealed' });
    assert.ok(!has(v, 'brand_misspelled'), why(v));
    assert.equal(v.flagged, false, why(v));
  });

  it('guard: an inflection the brand never writes ("Morven" of "Morvens") stays a misspelling', () => {
    const v = scan({
      category: 'shoes',
      condition: 'new',
      currency: 'USD',
      price: 12,
      quantity: 1,
      shipFrom: 'CN',
      title: 'Morven Glide Knit trainers size 42',
    });
    assert.ok(has(v, 'brand_misspelled'), why(v));
  });
});

const WATCH = {
  category: 'watches',
  condition: 'new' as const,
  currency: 'CNY',
  price: 14800,
  quantity: 1,
  shipFrom: 'CH',
};

describe("a maker's reissue is not a copy", () => {
  it('a reissue named by the year it revives (1958复刻版, 1958年复刻) or bought with an invoice', () => {
    for (const title of [
      '瓦德林 海船长 1958复刻版 box and papers 全新',
      '瓦德林 海船长 1958年复刻 全新',
      '瓦德林 海船长 复刻版 带票 全新',
      '瓦德林 海船长 复刻版 专柜购入',
    ]) {
      const v = scan({ ...WATCH, title });
      assert.ok(!has(v, 'coded'), `${title}: ${why(v)}`);
      assert.equal(v.flagged, false, `${title}: ${why(v)}`);
    }
  });

  it("guards: a copy named after the brand, this season's year, and the copy grades beside a year still flag", () => {
    for (const title of [
      '瓦德林 海船长 复刻版 手表',
      '瓦德林 海船长 2025复刻版',
      '瓦德林 海船长 1958复刻 顶级复刻',
    ]) {
      const v = scan({ ...WATCH, title });
      assert.ok(has(v, 'coded'), `${title}: ${why(v)}`);
      assert.ok(v.flagged, `${title}: ${why(v)}`);
    }
  });
});

describe('an accented word on goods of a near category is a word, not a disguised name', () => {
  it('"Sólen" on a slogan T-shirt (apparel, near a ski maker\'s sports equipment)', () => {
    const v = scan({
      category: 'apparel',
      condition: 'new',
      currency: 'USD',
      price: 19.99,
      quantity: 1,
      shipFrom: 'JP',
      title: '"Sólen" slogan T-shirt white',
    });
    assert.ok(!has(v, 'brand_obfuscated'), why(v));
    assert.equal(v.flagged, false, why(v));
  });

  it("guard: the same accent on goods of the brand's own category is a disguise", () => {
    const v = scan({
      category: 'sports-equipment',
      condition: 'new',
      currency: 'USD',
      price: 540,
      quantity: 1,
      shipFrom: 'AT',
      title: 'Sólen Carve 80 skis 170 cm',
    });
    assert.ok(has(v, 'brand_obfuscated'), why(v));
  });
});

describe("a collector's grade is not a colour", () => {
  const CUP = {
    category: 'kitchenware',
    condition: 'new' as const,
    currency: 'USD',
    price: 135,
    quantity: 1,
    shipFrom: 'HU',
  };

  it('"boxed mint", "mint in box", "near mint" describe the condition', () => {
    for (const title of [
      'Kestrelle Aviary Cup anniversary edition, official, boxed mint',
      'Kestrelle Aviary Cup mint in box',
      'Kestrelle Aviary Cup, near mint',
    ]) {
      const v = scan({ ...CUP, title });
      assert.ok(!has(v, 'colour_not_produced'), `${title}: ${why(v)}`);
    }
  });

  it('guard: mint as the colour of the product is still a colour the brand never made', () => {
    const v = scan({ ...CUP, title: 'Kestrelle Aviary Cup mint' });
    assert.ok(has(v, 'colour_not_produced'), why(v));
  });
});

describe("units a maker's inspection turned away are an OEM leak", () => {
  it('"QC reject from the line", "rejected at QC", "factory reject" beside the brand', () => {
    for (const title of [
      'Stavelo Fennic 7 headphones (QC reject from the line)',
      'Stavelo Fennic 7 studio monitor, rejected at QC, works fine',
      'Stavelo Fennic 7 factory reject, minor marks',
    ]) {
      const v = scan({ ...MIC, title });
      assert.ok(has(v, 'oem_leak'), `${title}: ${why(v)}`);
      assert.ok(v.flagged, `${title}: ${why(v)}`);
    }
  });

  it('guard: a unit that passed QC is no reject', () => {
    const v = scan({ ...MIC, title: 'Stavelo Fennic 7 studio monitor, passed QC, sealed' });
    assert.ok(!has(v, 'oem_leak'), why(v));
  });
});
