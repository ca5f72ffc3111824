/**
 * False-positive classes of the second round of issue 11: ordinary ways of writing that looked like
 * disguises or markers. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'fp-1',
  brands: [
    {
      id: 'montvert',
      name: 'Montvert',
      categories: ['fragrance', 'watches'],
      manufacturingCountries: ['DE'],
    },
    { id: 'kandn', name: 'K&N', aliases: ['K&N Filters'], categories: ['auto-parts'] },
    { id: 'jbx', name: 'JBX', categories: ['audio'], productLines: [{ name: 'Flare', category: 'audio' }] },
    { id: 'fansi', name: 'Fansi', aliases: ['范斯'], categories: ['shoes', 'apparel'] },
    { id: 'versa', name: 'Versano', aliases: ['范思哲'], categories: ['apparel'] },
    { id: 'retro', name: 'Retrobox', categories: ['game-consoles'], manufacturingCountries: ['JP'] },
    { id: 'jadeco', name: 'Jadeco', aliases: ['玉和'], categories: ['jewellery'] },
  ],
};
const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-05') });
let n = 0;
const scan = (title: string, extra: Partial<ListingInput> = {}) =>
  detector.scan({ id: `f${++n}`, title, ...extra });

describe('ordinary spellings are not disguises', () => {
  it('a name split once at a syllable ("Mont Vert") is a spelling', () => {
    assert.ok(!scan('MONT VERT ~ eau de toilette 100ml').flagged);
    // split into letters it is still a disguise
    assert.ok(scan('M O N T V E R T eau de toilette').signals.some((s) => s.kind === 'brand_obfuscated'));
  });

  it('"|" separates fields of a title; it is not a letter', () => {
    assert.ok(!scan('新款 JBX|Flare 蓝牙音箱|灰色|礼物').flagged);
  });

  it('the brand’s own name written with a symbol is not an abbreviation of it', () => {
    assert.ok(!scan('[NEW] K&N cold air intake 57 series').signals.some((s) => s.kind === 'brand_nickname'));
  });

  it('a sound-alike of a two-character name inside another brand’s name is not a mention', () => {
    assert.ok(!scan('范思哲 Barocco 真丝衬衫 双11').signals.some((s) => s.kind === 'brand_misspelled'));
  });
});

describe('trade words with an innocent meaning', () => {
  it('"A货" of jade is natural jadeite', () => {
    assert.ok(!scan('玉和 缅甸翡翠 A货 手镯 带国检证书').flagged);
  });

  it('"原版系统" of a used console is its unmodified firmware', () => {
    assert.ok(!scan('Retrobox 游戏机 二手 原版系统 成色好').flagged);
  });

  it('warnings about fakes on the market are not fakes', () => {
    assert.ok(
      !scan('Montvert 香水 正品', { description: '品牌:Montvert\n市面高仿很多,请认准正品小票。' }).flagged,
    );
    assert.ok(
      !scan('Montvert Legend EDT - fake Montvert are common, this one is from an authorized dealer').flagged,
    );
  });

  it('wholesale and "message us" in shop boilerplate need more than each other', () => {
    const v = scan('Montvert 淡香水 100ml', {
      description: '新老客户都欢迎咨询,批发请私聊报数量,量大价格另议。',
      shipFrom: 'CN',
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals));
  });

  it('an official mini console with tens of games built in is not a pirated bundle', () => {
    assert.ok(!scan('Retrobox Mini 2, official, 60 games built in').flagged);
    assert.ok(scan('retro handheld game console with 20,000 games built in').flagged);
  });
});

describe('more trade language (train-v2)', () => {
  it('OEM and surplus claims, winks and circumvention by burned backups', () => {
    for (const title of [
      'Montvert Legend EDT from the OEM producer',
      'Montvert 淡香水 出口剩余',
      'Montvert Legend EDT, you know what this is',
      'Montvert 香水 懂的拍',
    ])
      assert.ok(scan(title).flagged, title);
    assert.ok(scan('Sega Saturn boot cart, plays burned backups').flagged);
  });

  it('the same words without a brand or a console are not signals', () => {
    assert.ok(!scan('export surplus cotton t-shirts 出口剩余 纯棉').flagged);
    assert.ok(!scan('you know what this is: a vintage wooden toy').flagged);
    assert.ok(!scan('burned backups of family photos on DVD-R').flagged);
  });

  it('an album on CD before its release is a pre-release copy', () => {
    const knowledge: BrandKnowledge = {
      version: 'music-1',
      brands: [
        {
          id: 'label',
          name: 'Kite Records',
          works: [{ title: 'Orchard Lights', aliases: ['果园之光'], discReleaseDate: '2027-01-29' }],
        },
      ],
    };
    const d = new Detector(knowledge, undefined, undefined, { now: new Date('2026-12-05') });
    assert.ok(d.scan({ id: 'm1', title: 'Orchard Lights lossless CD, ships today' }).flagged);
    assert.ok(d.scan({ id: 'm2', title: '果园之光 唱片 现货' }).flagged);
  });

  it('a Chinese line name split by a separator is a spelling', () => {
    const knowledge: BrandKnowledge = {
      version: 'zh-line-1',
      brands: [
        {
          id: 'meiri',
          name: 'Meiri',
          aliases: ['美日'],
          categories: ['cosmetics'],
          productLines: [{ name: 'Antigravity Lip Glaze', aliases: ['反重力唇釉'], category: 'cosmetics' }],
        },
      ],
    };
    const d = new Detector(knowledge, undefined, undefined, { now: new Date('2026-12-05') });
    assert.ok(!d.scan({ id: 'z1', title: '美日/反重力/唇釉 新款' }).flagged);
  });
});

describe('contact as sellers abbreviate it', () => {
  it('"加Q看细节", "DM before buying" name off-platform contact for a branded item', () => {
    assert.ok(scan('Montvert 香水 加Q看细节').flagged);
    assert.ok(scan('Montvert Legend EDT - real shots on IG, DM before buying').flagged);
  });

  it('"微单" (a mirrorless camera) and years are not contact', () => {
    assert.ok(!scan('Montvert 全画幅微单 机身 七天无理由', { shipFrom: 'CN' }).flagged);
    assert.ok(!scan('Montvert vintage 1999 print, pre-loved').flagged);
  });
});

describe('look-alikes added to a Latin name', () => {
  const d = new Detector(
    {
      version: 'acc-1',
      brands: [
        { id: 'lonvel', name: 'Lonvel', categories: ['watches'] },
        { id: 'hermil', name: 'Hermèl', aliases: ['Hermel'], categories: ['handbags'] },
        { id: 'salvo', name: 'Salvor', categories: ['shoes'] },
        { id: 'maison', name: 'Maison Lumère', aliases: ['Lumere'], categories: ['handbags'] },
      ],
    },
    undefined,
    undefined,
    { now: new Date('2026-12-05') },
  );
  const kinds = (title: string) => d.scan({ id: 'a', title }).signals.map((s) => s.kind);

  it('an accent the brand never wrote, or a capital I for an l, is a disguise', () => {
    assert.ok(kinds('Lónvel Zulu GMT watch').includes('brand_obfuscated'));
    assert.ok(kinds('SaIvor trail shoes').includes('brand_obfuscated'));
    assert.ok(
      kinds('Lumére tote bag').includes('brand_obfuscated'),
      'an accent no spelling of the brand has',
    );
  });

  it('the brand’s own accent, no accent, or capitals are not', () => {
    for (const title of [
      'Hermèl tote bag',
      'Hermel tote bag',
      'SALVOR trail shoes',
      'Lonvel GMT watch',
      // the accent of the brand's name, on a word matched through its unaccented alias
      'Lumère tote bag',
      'LUMÈRE tote bag',
    ])
      assert.ok(!kinds(title).includes('brand_obfuscated'), title);
  });
});
