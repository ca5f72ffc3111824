/**
 * Capabilities of the fourteenth round (helper nick2): a misspelling is read from how the title is
 * written. A word in lower case in a title that capitalizes other words is an ordinary word an edit
 * away from a name ("3 tier" beside Tiger), not the name misspelled; the name glued to a model letter
 * or a product word by a change of case ("BromptonC", "metaBOX") is the name, not a misspelling.
 * A title all in lower case, a first word, or a capitalized word stay misspellings. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fourteenth-nick2-1',
  brands: [
    {
      id: 'tamber',
      name: 'Tamber',
      categories: ['furniture'],
      productLines: [
        {
          name: 'Oslo Shelf',
          category: 'furniture',
          referencePrice: { min: 300, max: 400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'quorvan',
      name: 'Quorvan',
      categories: ['bicycles'],
      productLines: [
        { name: 'Fold Six', category: 'bicycles', referencePrice: { min: 1500, max: 2000, currency: 'USD' } },
      ],
    },
    {
      id: 'rivand',
      name: 'Rivand',
      categories: ['music'],
      productLines: [
        { name: 'Stage Kit', category: 'music', referencePrice: { min: 700, max: 900, currency: 'USD' } },
      ],
    },
    {
      id: 'corvantis',
      name: 'Corvantis',
      categories: ['tools'],
      productLines: [
        { name: 'Lock 50', category: 'tools', referencePrice: { min: 20, max: 30, currency: 'USD' } },
      ],
    },
    {
      id: 'bentrix',
      name: 'Bentrix',
      aliases: ['BENTRIX'],
      categories: ['music'],
      productLines: [
        { name: 'Solo Six', category: 'music', referencePrice: { min: 800, max: 1200, currency: 'USD' } },
      ],
    },
    {
      id: 'crestor',
      name: 'Crestor Peaks',
      aliases: ['鹰峰'],
      categories: ['outdoor-gear'],
      productLines: [
        {
          name: 'Trail Pole',
          category: 'outdoor-gear',
          referencePrice: { min: 80, max: 120, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', category: 'furniture', ...extra });
}

function misspelled(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_misspelled');
}

describe('fourteenth round (nick2): an ordinary word is not a misspelled name', () => {
  it('a lower-case word in a title that capitalizes others is an ordinary word', () => {
    const v = scan('Nordic wall shelf, solid timber, 3 tier', { price: 40, currency: 'USD' });
    assert.equal(misspelled(v), undefined);
    assert.equal(v.flagged, false);
    const pair = scan('IKEA-style rack in a timber finish', { price: 40, currency: 'USD' });
    assert.equal(misspelled(pair), undefined);
  });

  it('the name glued to a model letter or word by a change of case is the name, not a misspelling', () => {
    const bike = { category: 'bicycles', price: 1600, currency: 'USD' };
    assert.equal(misspelled(scan('QuorvanC 折叠车 全新', bike)), undefined);
    assert.equal(misspelled(scan('Fold Six im quorvanBOX', bike)), undefined);
  });
});

function disguise(verdict: Verdict) {
  return verdict.signals.find((s) => s.kind === 'brand_nickname');
}

describe('fourteenth round (nick2): disguised names', () => {
  it('consonants the brand did not register are read as its name disguised, not a mere mention', () => {
    const v = scan('RVND 电子鼓 现货50个', { category: 'music', price: 150, currency: 'USD', quantity: 50 });
    assert.equal(disguise(v)?.brandId, 'rivand');
    assert.equal(disguise(v)?.span?.text, 'RVND');
    assert.equal(v.flagged, true);
  });

  it('a disguised name beside an emoji is a disguise of its own', () => {
    const v = scan('🔵🧴 CRVN 螺纹锁固剂 50ml', { category: 'tools', price: 20, currency: 'USD' });
    assert.equal(disguise(v)?.brandId, 'corvantis');
    assert.match(disguise(v)!.detail, /emoji/);
    assert.ok(disguise(v)!.weight >= 0.4);
  });
});

describe('fourteenth round (nick2): a Latin name written in Chinese sounds', () => {
  it('characters that sound like the Latin name, first in a title of its category, at a low price', () => {
    const v = scan('本特里斯 电吉他 便宜出', { category: 'music', price: 600, currency: 'CNY' });
    assert.equal(disguise(v)?.brandId, 'bentrix');
    assert.equal(disguise(v)?.span?.text, '本特里斯');
    assert.match(disguise(v)!.detail, /Chinese sounds/);
    assert.equal(v.flagged, true);
  });
});

describe('fourteenth round (nick2): an emoji for a word of the name', () => {
  it('the emoji and the rest of the Chinese name make the registered name', () => {
    const v = scan('🦅峰 登山杖 特价', { category: 'outdoor-gear', price: 40, currency: 'CNY' });
    assert.equal(disguise(v)?.brandId, 'crestor');
    assert.equal(disguise(v)?.span?.text, '🦅峰');
    assert.equal(v.flagged, true);
  });
});

describe('fourteenth round (nick2): false-positive guards (misspellings still read)', () => {
  it('an emoji alone is a picture, not the name', () => {
    const v = scan('🦅 登山杖 特价', { category: 'outdoor-gear', price: 40, currency: 'CNY' });
    assert.equal(disguise(v), undefined);
    assert.equal(
      disguise(scan('🐯峰 登山杖', { category: 'outdoor-gear', price: 40, currency: 'CNY' })),
      undefined,
    );
  });

  it('a Latin name in Chinese sounds: not after other words, not in another category, not too short', () => {
    const music = { category: 'music', price: 600, currency: 'CNY' };
    assert.equal(disguise(scan('电吉他 本特里斯 便宜出', music)), undefined);
    assert.equal(
      disguise(scan('本特里斯 手机壳', { category: 'phone-accessories', price: 1, currency: 'CNY' })),
      undefined,
    );
    assert.equal(disguise(scan('本地 电吉他 便宜出', music)), undefined);
  });

  it('without an emoji, at a fair price, the disguised name stays weak and does not flag', () => {
    const v = scan('CRVN 螺纹锁固剂 50ml', { category: 'tools', price: 20, currency: 'USD' });
    assert.equal(disguise(v)?.weight, 0.2);
    assert.equal(v.flagged, false);
    assert.equal(
      disguise(scan('RVND 手机壳', { category: 'phone-accessories', price: 1, currency: 'USD' })),
      undefined,
    );
  });

  it('a capitalized misspelling, a first word, a title all in lower case', () => {
    assert.equal(misspelled(scan('Tambr Oslo shelf', { price: 40, currency: 'USD' }))?.brandId, 'tamber');
    assert.equal(
      misspelled(scan('tambre oslo shelf, Nordic', { price: 40, currency: 'USD' }))?.brandId,
      'tamber',
    );
    assert.equal(
      misspelled(scan('solid oak shelf tambre copy', { price: 40, currency: 'USD' }))?.brandId,
      'tamber',
    );
    assert.equal(
      misspelled(scan('HOT tambre oslo shelf', { price: 40, currency: 'USD' }))?.brandId,
      'tamber',
    );
  });

  it('a misspelling that is not the name plus a glued word', () => {
    const bike = { category: 'bicycles', price: 300, currency: 'USD' };
    assert.equal(misspelled(scan('Quorvann Fold Six', bike))?.brandId, 'quorvan');
  });
});
