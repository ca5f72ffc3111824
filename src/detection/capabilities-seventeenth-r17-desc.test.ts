/**
 * Capabilities of the seventeenth round (helper desc): admissions in more shapes and languages. A
 * plain Chinese "not genuine" with the buyer's warning that follows a disclosed flaw (不是正品 介意勿拍,
 * 非官方正品，买前请想清楚), a likeness said in Chinese (做得很像), the brand's channel bypassed by goods
 * from the same subcontractor, copy words and "not genuine" in Nordic languages, Finnish, Korean,
 * Thai and Tagalog, and copy nouns standing beside the brand in a title (Nachbau, レプリカ, 레플리카,
 * نسخة طبق الأصل). Guards: a promise that the goods are genuine, a worry about fakes, a gray-market
 * note, an official fan jersey, Indonesian coffee. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-seventeenth-r17-desc-1',
  brands: [
    {
      id: 'torvenna',
      name: 'Torvenna',
      aliases: ['托文纳'],
      categories: ['handbags'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Calla Tote',
          shortNames: ['Calla'],
          category: 'handbags',
          referencePrice: { min: 300, max: 360, currency: 'USD' },
        },
      ],
    },
    {
      id: 'kestrum',
      name: 'Kestrum',
      aliases: ['凯斯特'],
      categories: ['kitchenware'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Mahl Grinder',
          shortNames: ['Mahl'],
          category: 'kitchenware',
          referencePrice: { min: 250, max: 300, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-09') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const markers = (verdict: Verdict) => verdict.signals.filter((s) => s.kind === 'marker');
/** A tote at its usual price, new, shipped from where it is made: nothing but the words counts. */
const BAG = { category: 'handbags', price: 320, currency: 'USD', shipFrom: 'IT', condition: 'new' as const };
const GRINDER = {
  category: 'kitchenware',
  price: 270,
  currency: 'USD',
  shipFrom: 'DE',
  condition: 'new' as const,
};

describe('a plain Chinese denial with the buyer warning', () => {
  it('counts 不是正品 with 介意勿拍 in a title', () => {
    const v = scan({ ...BAG, title: '不是正品 介意勿拍 托文纳 Calla 托特包' });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts 非官方正品 with 买前请想清楚 in a description', () => {
    const v = scan({
      ...BAG,
      title: '托文纳 Calla 托特包 米色',
      description: '容量很大，通勤够用。非官方正品，买前请想清楚。同城可以自提。',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts 假的 with 介意别拍', () => {
    const v = scan({ ...BAG, title: '托文纳 Calla 托特包 假的 介意别拍' });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts 不是正品 said with a likeness (做得很像的版本)', () => {
    const v = scan({
      ...BAG,
      title: '托文纳 Calla 托特包',
      description: '全新。实话实说，不是正品，是做得很像的版本。本店商品均为现货。',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('does not count a promise that the goods are genuine (不是正品包退)', () => {
    const v = scan({
      ...BAG,
      title: '托文纳 Calla 托特包',
      description: '专柜购入，不是正品包退，介意勿拍。',
    });
    assert.deepEqual(markers(v), []);
  });
  it('does not count a worry about fakes (怕是假的勿拍)', () => {
    const v = scan({ ...BAG, title: '托文纳 Calla 托特包', description: '怕是假的勿拍，本人自用闲置。' });
    assert.deepEqual(markers(v), []);
  });
});

describe('the brand bypassed by its own subcontractor', () => {
  it('counts "same subcontractor, but it never went through the brand"', () => {
    const v = scan({
      ...BAG,
      title: 'Torvenna Calla tote, sand',
      description:
        'Roomy and light. Made by the same subcontractor, but it never went through the brand. Ships in two days.',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('does not count a gray-market note that the goods are genuine', () => {
    const v = scan({
      ...BAG,
      title: 'Torvenna Calla tote, sand',
      description: 'Not sold through the brand store in this country, but 100% genuine, bought in Milan.',
    });
    assert.deepEqual(markers(v), []);
  });
});

describe('admissions in more languages', () => {
  it('counts a Danish "er en kopi, ikke købt hos"', () => {
    const v = scan({
      ...GRINDER,
      title: 'Kestrum Mahl Grinder, stål',
      description: 'Kværnen er en kopi, ikke købt hos forhandleren, men den maler fint.',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts a Finnish "se on kopio"', () => {
    const v = scan({
      ...GRINDER,
      title: 'Kestrum Mahl Grinder',
      description: 'Mylly on hankittu ulkomailta ja se on kopio, siksi edullinen hinta.',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts a Korean "정품은 아니고 미러급"', () => {
    const v = scan({
      ...BAG,
      title: 'Torvenna Calla tote',
      description: '솔직히 말씀드리면 정품은 아니고 미러급 제품이에요.',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts a Thai "งานก๊อป ไม่ใช่ของจากช็อป"', () => {
    const v = scan({
      ...BAG,
      title: 'Torvenna Calla tote',
      description: 'ร้านขอบอกตามตรงว่าเป็นงานก๊อป ไม่ใช่ของจากช็อป Torvenna จึงราคาถูกกว่า',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts a Tagalog "hindi po ito original, class A"', () => {
    const v = scan({
      ...BAG,
      title: 'Torvenna Calla tote',
      description: 'Hindi po ito original, class A po ito.',
    });
    assert.equal(markers(v).length > 0, true);
  });
  it('does not read Indonesian coffee as a copy ("ini kopi")', () => {
    const v = scan({
      ...GRINDER,
      title: 'Kestrum Mahl Grinder',
      description: 'Ini kopi arabika favorit saya, gilingan Kestrum sangat halus.',
    });
    assert.deepEqual(markers(v), []);
  });
});

describe('copy nouns beside the brand in a title', () => {
  it('counts a German Nachbau', () => {
    const v = scan({ ...GRINDER, title: 'Kestrum Mahl Nachbau Handmühle - gleiche Maße' });
    assert.equal(markers(v).length > 0, true);
  });
  it('counts replica in Japanese and Korean script', () => {
    assert.equal(markers(scan({ ...BAG, title: 'Torvenna Calla レプリカ トートバッグ' })).length > 0, true);
    assert.equal(markers(scan({ ...BAG, title: 'Torvenna Calla tote 레플리카 beige' })).length > 0, true);
  });
  it('counts an Arabic "نسخة طبق الأصل"', () => {
    const v = scan({ ...BAG, title: 'Torvenna Calla tote - نسخة طبق الأصل - beige' });
    assert.equal(markers(v).length > 0, true);
  });
  it('does not count a denied copy ("kein Nachbau") or a fan jersey sold as a replica', () => {
    assert.deepEqual(
      markers(scan({ ...GRINDER, title: 'Kestrum Mahl Handmühle, kein Nachbau, Original' })),
      [],
    );
    assert.deepEqual(markers(scan({ ...BAG, title: 'Torvenna レプリカユニフォーム 2026' })), []);
  });
});
