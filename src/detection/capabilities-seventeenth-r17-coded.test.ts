/**
 * Capabilities of the seventeenth round (helper coded): the trade's euphemisms for a copy in the
 * marketplaces' languages (the "market" version 市场版 and "market grade", grade marks with the word
 * for quality or line, N級品 and 미러급, 同料同版, printed proxies), how goods left the maker in more
 * languages (外贸余单, hàng xuất dư, หลุดโรงงาน) and the maker's mark taken off beside it, and real
 * photos offered on a messenger in Korean, Vietnamese, Arabic and English. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-seventeenth-r17-coded-1',
  brands: [
    {
      id: 'quellmar',
      name: 'Quellmar',
      aliases: ['奎尔玛', '퀠마', 'クェルマー'],
      categories: ['apparel'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Drift Parka',
          shortNames: ['Drift'],
          category: 'apparel',
          referencePrice: { min: 300, max: 340, currency: 'USD' },
        },
      ],
    },
    {
      id: 'ostrevik',
      name: 'Ostrevik Games',
      aliases: ['Ostrevik'],
      protectedTerms: ['Runebound Realms'],
      categories: ['toys'],
      manufacturingCountries: ['BE'],
      productLines: [
        {
          name: 'Runebound Realms Starter Deck',
          shortNames: ['Starter Deck'],
          category: 'toys',
          referencePrice: { min: 50, max: 56, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const kinds = (verdict: Verdict) => verdict.signals.map((s) => s.kind);
/** A parka at a quarter of its price (low) and at its price (fair). */
const LOW = { category: 'apparel', price: 80, currency: 'USD', shipFrom: 'PT', condition: 'new' as const };
const FAIR = { ...LOW, price: 320 };
const DECK = { category: 'toys', price: 16, currency: 'USD', shipFrom: 'BE', condition: 'new' as const };

describe('seventeenth round (coded): euphemisms for a copy', () => {
  it('reads the market version (市场版) and "market grade"', () => {
    for (const title of [
      '奎尔玛 Drift 派克大衣 市场版',
      'Quellmar Drift Parka - street market grade, same print',
    ]) {
      const v = scan({ title, ...LOW });
      assert.ok(kinds(v).includes('coded'), title);
      assert.ok(v.flagged, title);
    }
  });
  it('guard: a regional edition (欧洲市场版) is no market copy', () => {
    const v = scan({ title: '奎尔玛 Drift 派克大衣 欧洲市场版', ...FAIR });
    assert.ok(!kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
  it('reads grade marks with the word for quality or line, and "same as the shop"', () => {
    for (const title of [
      'Quellmar Drift Parka A1 quality, same as outlet piece',
      'Parka Quellmar Drift linha A importada, igual à da loja',
      'Chaqueta Quellmar Drift calidad 1.1 "tipo original"',
    ]) {
      const v = scan({ title, ...LOW });
      assert.ok(kinds(v).includes('coded'), title);
      assert.ok(v.flagged, title);
    }
  });
  it('reads the Japanese and Korean grades (N級品, 미러급, SA급) and 同料同版', () => {
    for (const title of [
      'クェルマー Drift パーカー N級品 黒',
      '퀠마 Drift 파카 미러급 SA급 블랙',
      '奎尔玛 Drift 派克大衣 同料同版',
    ]) {
      assert.ok(kinds(scan({ title, ...LOW })).includes('coded'), title);
    }
  });
  it('guard: S級品 beside a used item is its condition', () => {
    const v = scan({ title: 'クェルマー Drift パーカー 中古 S級品', ...FAIR, condition: 'used' });
    assert.ok(!kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
  it('reads printed proxies of a card game', () => {
    const v = scan({ title: 'Runebound Realms Starter Deck "printed proxies" sleeved and ready', ...DECK });
    assert.ok(kinds(v).includes('coded'), JSON.stringify(v.signals));
  });
});

describe('seventeenth round (coded): goods that left the maker', () => {
  it('reads export leftovers in Chinese, Vietnamese and Thai', () => {
    for (const title of [
      '奎尔玛 Drift 派克大衣 外贸余单',
      'Quellmar Drift Parka - hàng xuất dư',
      'เสื้อ Quellmar Drift Parka หลุดโรงงาน ไม่มีกล่อง',
    ]) {
      assert.ok(kinds(scan({ title, ...LOW })).includes('oem_leak'), title);
    }
  });
  it('reads a mark taken off beside how the goods left (excedente de maquila, B品 刻印なし)', () => {
    for (const title of [
      'Parka Quellmar Drift - excedente de maquila, sin marquilla',
      'クェルマー Drift パーカー B品 刻印なし',
      'Quellmar Drift Parka – stock de fábrica sin etiqueta',
    ]) {
      const v = scan({ title, ...LOW });
      assert.ok(kinds(v).includes('oem_leak'), title);
      assert.ok(v.flagged, title);
    }
  });
  it('guard: "sin etiqueta" alone is a worn item sold without its tag', () => {
    const v = scan({
      title: 'Parka Quellmar Drift usada, sin etiqueta, talla M',
      ...FAIR,
      condition: 'used',
    });
    assert.ok(!kinds(v).includes('oem_leak'), JSON.stringify(v.signals));
  });
});

describe('seventeenth round (coded): real photos on a messenger', () => {
  it('reads real photos with KakaoTalk, Zalo, WhatsApp in Arabic and a PM', () => {
    for (const title of [
      'Quellmar Drift Parka 실물사진 카톡으로 문의',
      '[Zalo nhắn xem ảnh thật] Quellmar Drift Parka',
      'Quellmar Drift Parka - الصور الحقيقية على الواتساب فقط',
      'Quellmar Drift Parka - PM for actual pictures, these are stock',
    ]) {
      const v = scan({ title, ...LOW });
      assert.ok(kinds(v).includes('contact_offsite'), title);
      assert.ok(v.flagged, title);
    }
  });
  it('guard: real pictures with no channel are what an honest listing shows', () => {
    const v = scan({ title: 'Quellmar Drift Parka - actual pictures of the item, worn twice', ...FAIR });
    assert.ok(!kinds(v).includes('contact_offsite'), JSON.stringify(v.signals));
  });
});
