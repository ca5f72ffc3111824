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

describe('fourteenth round (nick2): false-positive guards (misspellings still read)', () => {
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
