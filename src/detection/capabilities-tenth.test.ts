/**
 * Capabilities of the tenth round of issue 11, each with the miss or false positive it is for:
 * admissions in a description read as statements (a copy noun said of the seller's own goods; the
 * brand disowned as the item's origin with a word of imitation in the same sentence; the seller's own
 * making with the brand's design followed), in several languages, and not a gray-market note or a
 * book; a negated list reaching items with their article ("NOT a replica or a dupe"); coded families
 * (unauthorized/unofficial × version/production, recast, コピー品, 区别正品, 档口货) and WeChat disguised
 * as vx / v信 with an offer, LINEで.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-tenth-1',
  brands: [
    {
      id: 'quorvane',
      name: 'Quorvane',
      aliases: ['阔梵'],
      categories: ['handbags', 'shoes'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Selma Tote',
          category: 'handbags',
          referencePrice: { min: 900, max: 1400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'veltrix',
      name: 'Veltrix',
      aliases: ['维特瑞'],
      categories: ['audio'],
      manufacturingCountries: ['DK'],
      productLines: [
        { name: 'Arc 7', category: 'audio', referencePrice: { min: 180, max: 260, currency: 'USD' } },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

function kinds(verdict: Verdict): string[] {
  return verdict.signals.map((s) => s.kind);
}

/** A fair price, shipped from the brand's country: only the text can flag these. */
const TOTE = { category: 'handbags', price: 1100, currency: 'USD', shipFrom: 'IT' } as const;
const EARBUDS = { category: 'audio', price: 220, currency: 'USD', shipFrom: 'DK' } as const;

describe('admissions in a description are statements about the item', () => {
  it('a copy noun said of the seller own goods, far from the brand', () => {
    const verdict = scan({
      title: 'Quorvane Selma Tote, black',
      description:
        'Welcome to our store.\nDimensions 35 x 28 x 14 cm.\nTo be clear, all of these are premium factory copies made to order.\nShipping in 2 days.',
      ...TOTE,
    });
    assert.ok(kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
    assert.ok(verdict.flagged);
  });

  it('the same in French and German', () => {
    for (const description of [
      "Jamais porté. Pour être honnête, c'est une très belle copie achetée en voyage.",
      'Neu. Ehrlich gesagt ist es eine Kopie vom Markt, aber sehr gut gemacht.',
    ]) {
      const verdict = scan({ title: 'Quorvane Selma Tote noir', description, ...TOTE });
      assert.ok(verdict.flagged, `${description}: ${JSON.stringify(verdict.signals)}`);
    }
  });

  it('the brand disowned as the origin, with its marks reproduced in the same sentence', () => {
    const verdict = scan({
      title: 'Veltrix Arc 7 earbuds',
      description:
        'Battery 6 h.\nThese units come from an independent line and carry the Veltrix logo; they are not supplied by Veltrix and have no warranty.\nPostage 2 days.',
      ...EARBUDS,
    });
    assert.ok(kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
  });

  it('不是正品 with a likeness in the same sentence, and the seller own making with the genuine matched', () => {
    for (const description of [
      '宝贝如图。\n说实话这款不是正品，但是和正品几乎一样。\n包邮。',
      '宝贝如图。\n包装和吊牌都是我们自己做的，和正品一模一样。\n包邮。',
    ]) {
      const verdict = scan({
        title: '阔梵 Selma Tote 托特包',
        description,
        category: 'handbags',
        price: 7800,
        currency: 'CNY',
        shipFrom: 'IT',
      });
      assert.ok(verdict.flagged, `${description}: ${JSON.stringify(verdict.signals)}`);
    }
  });

  it('a gray-market note is no admission: not from an authorized dealer, but genuine', () => {
    const verdict = scan({
      title: 'Quorvane Selma Tote, black',
      description:
        'Bought in Milan. Not purchased from an authorized dealer, but 100% genuine with the original logo dust bag.\nShipping in 2 days.',
      ...TOTE,
    });
    assert.ok(!kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
    assert.equal(verdict.flagged, false);
  });

  it('a copy of a receipt or a manual is no copy of the goods', () => {
    const verdict = scan({
      title: 'Veltrix Arc 7 earbuds',
      description: 'This is a used pair. A copy of the receipt is included.\nPostage 2 days.',
      ...EARBUDS,
    });
    assert.ok(!kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
  });

  it('a negated list reaches items with their own article', () => {
    const verdict = scan({
      title: 'Quorvane Selma Tote, black',
      description:
        'Please read: this Quorvane is NOT a knockoff or a replica. Bought at the boutique last month.',
      ...TOTE,
    });
    assert.ok(!kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
    assert.equal(verdict.flagged, false);
  });
});

describe('coded families and off-platform handles', () => {
  it('made without the brand leave, said of a version or a production run', () => {
    for (const title of [
      'Quorvane Selma Tote [unauthorised version]',
      'Quorvane Selma Tote - "unlicensed production"',
      'Quorvane Selma Tote コピー商品',
      '阔梵 Selma Tote 有别于正品',
      '阔梵 Selma Tote 档口货',
    ]) {
      const verdict = scan({ title, ...TOTE });
      assert.ok(kinds(verdict).includes('coded'), `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });

  it('Japanese says "not a copy" after the word', () => {
    const verdict = scan({ title: 'Quorvane Selma Tote 正規品 コピー品ではありません', ...TOTE });
    assert.ok(!kinds(verdict).includes('coded'), JSON.stringify(verdict.signals));
  });

  it('WeChat written vx or v信 with an offer, and LINE in Japanese', () => {
    for (const title of [
      '维特瑞 Arc 7 耳机 v信看实拍',
      '维特瑞 Arc 7 耳机 加vx',
      'Veltrix Arc 7 実物写真はLINEで',
    ]) {
      const verdict = scan({ title, ...EARBUDS });
      assert.ok(kinds(verdict).includes('contact_offsite'), `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });
});
