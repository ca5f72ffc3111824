/**
 * Capabilities of the fifth round of issue 11, as sellers write listings nobody tuned on: Chinese
 * names written with sound-alike characters (beyond the hand-kept groups), a seller stressing an
 * extreme price, a brand's name cut short before one of its lines, replica workshops named by
 * their codes, off-platform contact for real pictures, and the false positives each must not cause
 * (shop boilerplate, registered spellings with spaces, ordinary words touching a name). Invented
 * brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HOMOPHONE_TO_REPRESENTATIVE } from './data/homophones.ts';
import { PINYIN_TABLE } from './data/pinyin.ts';
import { Detector } from './detector.ts';
import { normalizeText } from './skeleton.ts';
import { soundKeyOf } from './sound-alike.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-sellers-1',
  brands: [
    {
      id: 'jingchuan',
      name: 'Jingchuan',
      aliases: ['镜川'],
      categories: ['watches'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Tidewalker Diver',
          shortNames: ['Tidewalker'],
          category: 'watches',
          referencePrice: { min: 300, max: 500, currency: 'USD' },
        },
      ],
    },
    {
      id: 'saramond',
      name: 'Saramond',
      aliases: ['萨拉蒙德'],
      categories: ['phones'],
      manufacturingCountries: ['KR'],
      productLines: [
        {
          name: 'Nebula Fold 6',
          shortNames: ['Nebula Fold6'],
          category: 'phones',
          referencePrice: { min: 1600, max: 2000, currency: 'USD' },
        },
      ],
    },
    {
      id: 'ferrovia',
      name: 'Ferrovia',
      aliases: ['飞洛维亚'],
      categories: ['kitchenware'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Ferrovia Cuoco Pan',
          shortNames: ['Cuoco'],
          category: 'kitchenware',
          referencePrice: { min: 150, max: 250, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-01') });
const scan = (listing: Partial<ListingInput>): Verdict =>
  detector.scan({ id: 'x', title: '', ...listing } as ListingInput);
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);

/** Characters of the table that share a sound key with `ch` and fold to themselves. */
function soundAlikesOf(ch: string): string[] {
  const key = soundKeyOf(ch.codePointAt(0)!);
  const out: string[] = [];
  for (const line of PINYIN_TABLE.split('\n'))
    for (const c of line.slice(line.indexOf(' ') + 1)) {
      const code = c.codePointAt(0)!;
      if (c !== ch && soundKeyOf(code) === key && !HOMOPHONE_TO_REPRESENTATIVE.has(code)) out.push(c);
    }
  return out;
}

describe('Chinese names written with sound-alike characters', () => {
  it('gives characters of one reading one key, blurring zh/z, ch/c, sh/s and -ng/-n', () => {
    const key = (c: string) => soundKeyOf(c.codePointAt(0)!);
    assert.equal(key('工'), key('功'));
    assert.equal(key('明'), key('敏'));
    assert.equal(key('川'), key('窜'));
    assert.notEqual(key('工'), key('明'));
    assert.equal(key('a'), 0);
  });

  const first = soundAlikesOf('镜');
  const second = soundAlikesOf('川');
  const variant = fc
    .tuple(
      fc.option(fc.constantFrom(...first), { nil: '镜' }),
      fc.option(fc.constantFrom(...second), { nil: '川' }),
    )
    .filter(([a, b]) => a !== '镜' || b !== '川')
    .map(([a, b]) => a + b);

  it('reads a two-character name with any sound-alike characters, standing alone before one of its lines, as the brand', () => {
    fc.assert(
      fc.property(variant, (name) => {
        const v = scan({ title: `${name} Tidewalker 潜水表`, category: 'watches' });
        const misspelled = v.signals.find((s) => s.kind === 'brand_misspelled');
        assert.equal(misspelled?.brandId, 'jingchuan', `${name}: ${JSON.stringify(v.signals)}`);
        assert.ok(v.flagged);
      }),
      { numRuns: 150 },
    );
  });

  it('never reads one inside a longer Chinese word, nor without a line (ordinary words sound like names)', () => {
    fc.assert(
      fc.property(variant, (name) => {
        const inside = scan({ title: `新${name}表 Tidewalker`, category: 'watches' });
        assert.ok(!kinds(inside).includes('brand_misspelled'), `${name}: ${JSON.stringify(inside.signals)}`);
        const alone = scan({ title: `${name} 机械表 潜水`, category: 'watches', price: 20, currency: 'USD' });
        assert.deepEqual(alone.signals, [], `${name}: ${JSON.stringify(alone.signals)}`);
      }),
      { numRuns: 150 },
    );
  });

  it('reads a longer name with two sound-alike characters, and not the exact name', () => {
    const v = scan({ title: '沙拉盟德 Nebula Fold6 手机', category: 'phones' });
    assert.ok(kinds(v).includes('brand_misspelled'), JSON.stringify(v.signals));
    const exact = scan({
      title: '萨拉蒙德 Nebula Fold6 手机',
      category: 'phones',
      price: 1800,
      currency: 'USD',
    });
    assert.deepEqual(exact.signals, []);
  });

  it('reads a name written with the first characters of the sound-alike groups as disguised', () => {
    // 飞 and 洛 fold to 菲 and 罗, the first of their groups: a seller writing those writes no registered spelling
    const v = scan({
      title: '菲罗维亚 Cuoco 煎锅 28cm',
      category: 'kitchenware',
      price: 190,
      currency: 'USD',
    });
    assert.ok(kinds(v).includes('brand_obfuscated'), JSON.stringify(v.signals));
  });

  it('takes a registered name written with spaces for a spelling, not a look-alike', () => {
    const v = scan({
      title: '飞洛维亚 Cuoco 煎锅 28cm',
      category: 'kitchenware',
      price: 190,
      currency: 'USD',
    });
    assert.deepEqual(v.signals, [], JSON.stringify(v.signals));
    const spaced = scan({
      title: '飞洛 维亚 Cuoco 煎锅 28cm',
      category: 'kitchenware',
      price: 190,
      currency: 'USD',
    });
    assert.ok(!kinds(spaced).includes('brand_obfuscated'), JSON.stringify(spaced.signals));
  });
});

describe('an extreme price stressed by the seller', () => {
  const base = { category: 'watches', currency: 'USD', shipFrom: 'JP' };
  it('flags an extreme price with "cheap" or 低价, and not a stressed fair price or an extreme one alone', () => {
    const cheap = scan({ ...base, title: 'Jingchuan Tidewalker diver watch cheap', price: 19 });
    assert.ok(kinds(cheap).includes('price_stressed'), JSON.stringify(cheap.signals));
    assert.ok(cheap.flagged);
    const zh = scan({ ...base, title: '镜川 Tidewalker 潜水表 低价', price: 19 });
    assert.ok(zh.flagged, JSON.stringify(zh.signals));
    const alone = scan({ ...base, title: 'Jingchuan Tidewalker diver watch', price: 19 });
    assert.ok(!alone.flagged, 'price never decides alone');
    const fair = scan({ ...base, title: 'Jingchuan Tidewalker diver watch best price', price: 380 });
    assert.deepEqual(fair.signals, []);
  });
  it('reads "100% new" as new', () => {
    const v = scan({ ...base, title: 'Jingchuan Tidewalker diver watch 100% new', price: 19 });
    assert.ok(kinds(v).includes('stated_new'), JSON.stringify(v.signals));
  });
});

describe('a brand cut short before one of its lines', () => {
  it('reads three capital letters that begin the name, before a line, as the brand', () => {
    const v = scan({ title: 'SARA Nebula Fold 6 512GB', category: 'phones', price: 1800, currency: 'USD' });
    assert.ok(kinds(v).includes('brand_nickname'), JSON.stringify(v.signals));
    const cjk = scan({ title: 'SRMD折叠屏 Nebula Fold 6', category: 'phones', price: 1800, currency: 'USD' });
    assert.ok(kinds(cjk).includes('brand_nickname'), JSON.stringify(cjk.signals));
  });
  it('does not read ordinary capitals, a word of the name or letters that do not begin it', () => {
    for (const title of ['NEW Nebula Fold 6 512GB', 'RAM 12GB Nebula Fold 6', 'SAMPLE Nebula Fold 6 case']) {
      const v = scan({ title, category: 'phones', price: 1800, currency: 'USD' });
      assert.ok(!kinds(v).includes('brand_nickname'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('replica workshops named by their codes', () => {
  it('reads Latin letters right before 厂 in a branded listing as coded language', () => {
    const v = scan({ title: '镜川 Tidewalker 潜水表 VSF厂 V3', category: 'watches' });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });
  it('not a manufacturer, an OEM claim, digits alone or a listing naming no brand', () => {
    for (const title of [
      '镜川 Tidewalker 潜水表 ABC厂家直供',
      '镜川 Tidewalker 潜水表 2号厂',
      '机械表 VSF厂 潜水',
    ]) {
      const v = scan({ title, category: 'watches' });
      assert.ok(!v.signals.some((s) => s.rule === 'factory-code'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('off-platform contact and shop boilerplate', () => {
  it('reads "real pictures on WeChat Moments" as off-platform contact for a branded item', () => {
    const v = scan({
      title: '镜川 Tidewalker 潜水表',
      category: 'watches',
      description: '全新未使用。\n图片仅供参考，实拍见朋友圈。',
      price: 120,
      currency: 'USD',
    });
    assert.ok(kinds(v).includes('contact_offsite'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });
  it('does not take "pictures for reference only" for a third-party disclosure', () => {
    const v = scan({
      title: '镜川 Tidewalker 潜水表',
      category: 'watches',
      description: '图片仅供参考，以实物为准。',
      price: 120,
      currency: 'USD',
    });
    assert.equal(v.brands[0]?.nominative, false, JSON.stringify(v.brands));
    const named = scan({ title: '表带 20mm', description: '适用型号仅供参考：镜川 Tidewalker' });
    assert.ok(!named.flagged);
  });
});

describe('misspellings confirmed by a line', () => {
  it('weighs a misspelled brand before one of its lines as in its category when the category is unknown', () => {
    const v = scan({ title: 'Saramnod Nebula Fold 6' });
    const s = v.signals.find((x) => x.kind === 'brand_misspelled');
    assert.ok(s && s.weight > 0.4, JSON.stringify(v.signals));
    const other = scan({ title: 'Saramnod Nebula Fold 6 sticker', category: 'toys' });
    assert.ok(!other.flagged, JSON.stringify(other.signals));
  });
});

describe('Chinese numerals between Latin words', () => {
  it('makes a Chinese numeral a word of its own next to Latin letters, and keeps numerals together', () => {
    const words = (text: string) => normalizeText(text).skeleton;
    // digits show as the letters they may stand for (1 as l), keeping their digit flag
    assert.equal(words('export overrun一比一Powerblend'), 'export overrun l 比 l powerblend');
    assert.equal(words('二〇二六年'), '2o26 年');
    const v = scan({ title: '镜川 Tidewalker 潜水表export overrun一比一', category: 'watches' });
    assert.ok(kinds(v).includes('oem_leak') && kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
});

describe('claims of identity with the store goods', () => {
  it('reads 专柜同款 and "same as counter" for a branded item as coded, not for an unbranded one', () => {
    const v = scan({ title: '镜川 Tidewalker 潜水表 专柜同款', category: 'watches' });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
    const en = scan({ title: 'Jingchuan Tidewalker diver, same as counter quality', category: 'watches' });
    assert.ok(en.flagged, JSON.stringify(en.signals));
    const plain = scan({ title: '潜水表 专柜同款 机械', category: 'watches' });
    assert.ok(!plain.flagged, JSON.stringify(plain.signals));
    const fits = scan({
      title: 'Replacement strap for Jingchuan Tidewalker, same as original',
      category: 'watches',
    });
    assert.ok(!fits.flagged, JSON.stringify(fits.signals));
  });
});

describe('a Chinese name with a character written as the initial of its reading', () => {
  it('reads "镜C" for 镜川 in the brand’s category as a nickname, and not elsewhere', () => {
    const v = scan({ title: '镜C 机械表 潜水', category: 'watches' });
    assert.ok(kinds(v).includes('brand_nickname'), JSON.stringify(v.signals));
    const other = scan({ title: '镜C 大米 5kg', category: 'groceries' });
    assert.deepEqual(other.signals, []);
  });
});

describe('faux Cyrillic and Greek letters', () => {
  it('reads Λ, Я, Σ and И for the Latin letters they stand for in a brand name', () => {
    for (const title of ['SΛRΛMOND Nebula Fold 6', 'SARAMOИD Nebula Fold 6', 'SAЯAMOND phone']) {
      const v = scan({ title, category: 'phones' });
      assert.ok(kinds(v).includes('brand_obfuscated'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('letters of a brand next to an emoji, with no line named', () => {
  it('reads two or three letters that begin the name or its consonants, glued to an emoji, in its category', () => {
    for (const title of ['SR📱 折叠屏 512GB', 'SRM📱 foldable phone', 'JNG⌚ diver watch']) {
      const category = title.includes('watch') ? 'watches' : 'phones';
      const v = scan({ title, category, price: 1800, currency: 'USD' });
      assert.ok(kinds(v).includes('brand_nickname'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
  it('not apart from the emoji, not words (a vowel after the first letter), outside the category, or with the brand written out', () => {
    for (const [title, category] of [
      ['SR foldable phone 512GB', 'phones'],
      ['SR 📱 foldable phone 512GB', 'phones'],
      ['SAR📱 foldable phone', 'phones'],
      ['SR📱 phone case', 'toys'],
      ['SR📱 Saramond Nebula Fold 6', 'phones'],
    ] as const) {
      const v = scan({ title, category, price: 1800, currency: 'USD' });
      assert.ok(!kinds(v).includes('brand_nickname'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('an accessory of a line named after the line’s own noun', () => {
  it('reads "Tidewalker watch strap" as a strap for the watch (nominative), not the watch', () => {
    const v = scan({
      title: 'Jingchuan Tidewalker watch strap cheap',
      category: 'watches',
      price: 9,
      currency: 'USD',
    });
    assert.ok(!v.flagged, JSON.stringify(v.signals));
    assert.equal(v.brands[0]?.nominative, true);
    const watch = scan({
      title: 'Jingchuan Tidewalker watch cheap',
      category: 'watches',
      price: 9,
      currency: 'USD',
    });
    assert.ok(watch.flagged, JSON.stringify(watch.signals));
  });
});
