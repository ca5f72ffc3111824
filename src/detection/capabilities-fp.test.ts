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
