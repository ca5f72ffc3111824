/**
 * Capabilities of the nineteenth round (helper q19-markers): copy markers read as grammar and as
 * families. Chinese 仿 as a predicate or after a grade word (仿的, 顶级仿, 超仿), "not the genuine" with
 * what the genuine is (非原廠正品, 不是专柜正品), a copy said to pass an authentication or to be beyond
 * telling apart (过鉴定版, 可过专柜验, 验不出来, 细节都对), the genuine's grade (ZP级), the trade's
 * "first tier" and letter-digit grades ("calidad G3"), copy words in titles in the marketplaces'
 * other languages (copie conforme, copia exacta, lustrzana jakość, çakma, taroccato, like auth), and
 * leak stories from a workshop (workshop seconds, 厂里偷跑的, 车间流出) or with the logo put on after
 * ("logo engraved afterwards", logo是后加的) or the serial missing. Each with its innocent twin: 仿古,
 * 相仿的, 非高仿的, 已过鉴定 of a used item, a cake stand's first tier, "çakma değil", a certified copy
 * of an invoice, imitation leather, a kettle that boils in seconds in a workshop. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-nineteenth-q19-markers-1',
  brands: [
    {
      id: 'tolvaren',
      name: 'Tolvaren',
      aliases: ['TOLVAREN', '托尔瓦'],
      categories: ['kitchenware'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Corvine Kettle',
          shortNames: ['Corvine'],
          category: 'kitchenware',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-14') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

/** A kettle at its genuine price, from its maker's country: only the words can flag it. */
const FAIR = {
  category: 'kitchenware',
  price: 199,
  currency: 'USD',
  shipFrom: 'PT',
  condition: 'new' as const,
};
const FAIR_CN = { ...FAIR, price: 1399, currency: 'CNY' };

function flags(titles: readonly string[], base: Omit<ListingInput, 'id' | 'title'> = FAIR): void {
  for (const title of titles) {
    const v = scan({ title, ...base });
    assert.ok(v.flagged, `${title}: ${v.score} ${JSON.stringify(v.signals)}`);
  }
}
function clean(titles: readonly string[], base: Omit<ListingInput, 'id' | 'title'> = FAIR): void {
  for (const title of titles) {
    const v = scan({ title, ...base });
    assert.ok(!v.flagged, `${title}: ${v.score} ${JSON.stringify(v.signals)}`);
  }
}

describe('nineteenth round (q19-markers): Chinese 仿 grammar', () => {
  it('reads 仿 as a predicate and after a grade word', () => {
    flags(
      ['托尔瓦 Corvine 水壶 仿的，手感好', '托尔瓦 Corvine 水壶 顶级仿 包邮', '托尔瓦 Corvine 超仿 水壶'],
      FAIR_CN,
    );
  });
  it('leaves 仿 of a material or style, 相仿的 and a negated 高仿 alone', () => {
    clean(
      [
        '托尔瓦 Corvine 水壶 高端仿古铜色',
        '托尔瓦 Corvine 水壶 容量与老款相仿的',
        '托尔瓦 Corvine 水壶 非高仿的 包邮',
      ],
      FAIR_CN,
    );
  });
});

describe('nineteenth round (q19-markers): "not the genuine" with what the genuine is', () => {
  it('reads 非/不是/并非 + the maker, counter or official + 正品/正版, Traditional too', () => {
    flags(
      [
        '托尔瓦 Corvine 水壶 非原廠正品',
        '托尔瓦 Corvine 水壶 不是专柜正品',
        '托尔瓦 Corvine 并非官方正版 水壶',
      ],
      FAIR_CN,
    );
  });
  it('leaves the refund promise alone', () => {
    clean(['托尔瓦 Corvine 水壶 正品保证 非原厂正品包退'], FAIR_CN);
  });
});

describe('nineteenth round (q19-markers): passes an authentication, beyond telling apart', () => {
  it('reads 过鉴定版, 可过专柜验, 验不出来 and every detail right', () => {
    flags(
      [
        '托尔瓦 Corvine 水壶 过鉴定版',
        '托尔瓦 Corvine 水壶 可过专柜验',
        '托尔瓦 Corvine 水壶 柜姐验不出来',
        '托尔瓦 Corvine 水壶 细节都对',
        '托尔瓦 Corvine 水壶 字体全对',
      ],
      FAIR_CN,
    );
  });
  it('leaves a used item that was authenticated (已过鉴定, 已过验) alone', () => {
    const used = { ...FAIR_CN, price: 900, condition: 'used' as const };
    clean(['二手 托尔瓦 Corvine 水壶 已过鉴定 2024年购入', '二手 托尔瓦 Corvine 水壶 已过验 保卡在'], used);
  });
});

describe('nineteenth round (q19-markers): the grades of a copy', () => {
  it('reads ZP级, first tier / tier 1 and a letter-digit grade after the word for quality', () => {
    flags(['托尔瓦 Corvine 水壶 ZP级'], FAIR_CN);
    flags([
      'Tolvaren Corvine kettle 1st tier',
      'Tolvaren Corvine kettle - tier 1',
      'Hervidor Tolvaren Corvine – calidad G3',
      'Chaleira Tolvaren Corvine qualidade G5',
    ]);
  });
  it('leaves a tier of a cake stand and an English "quality" before a model code alone', () => {
    clean([
      'Tolvaren Corvine kettle with 3 tier cake stand, first tier only',
      'Tolvaren Corvine kettle, high quality G5 steel',
    ]);
  });
});

describe('nineteenth round (q19-markers): copy words in titles in the other languages', () => {
  it('reads the faithful copy, the mirror grade and the fake in French, Spanish, Polish, Turkish, Italian, Vietnamese', () => {
    flags([
      'Tolvaren Corvine bouilloire copie conforme',
      'Hervidor Tolvaren Corvine – copia exacta',
      'Czajnik Tolvaren Corvine – lustrzana jakość',
      'Tolvaren Corvine çaydanlık çakma ama kaliteli',
      'Bollitore Tolvaren Corvine taroccato',
      'Ấm đun Tolvaren Corvine hàng like auth',
    ]);
  });
  it('leaves the negated fake, a certified copy of the invoice and imitation leather alone', () => {
    clean([
      'Tolvaren Corvine çaydanlık çakma değil, orijinal',
      'Bouilloire Tolvaren Corvine + copie conforme de la facture',
      'Hervidor Tolvaren Corvine, asa de imitación cuero',
    ]);
  });
});

describe('nineteenth round (q19-markers): leaks from a workshop, the mark put on later', () => {
  it('reads workshop seconds, 厂里偷跑的, 车间流出, a logo put on afterwards and no serial beside a side door', () => {
    flags([
      'Tolvaren Corvine kettle – Porto workshop seconds',
      'Tolvaren Corvine kettle, atelier leftovers',
      'Tolvaren Corvine kettle – logo engraved afterwards',
      'Tolvaren Corvine kettle, overstock, no serial number',
    ]);
    flags(
      [
        '托尔瓦 Corvine 水壶 义乌厂里偷跑的',
        '托尔瓦 Corvine 水壶 车间流出',
        '托尔瓦 Corvine 水壶 logo是后加的',
      ],
      FAIR_CN,
    );
  });
  it('leaves a kettle that boils in seconds in a workshop and a name engraved on request alone', () => {
    clean([
      'Tolvaren Corvine kettle – boils in 90 seconds, great for the workshop',
      'Tolvaren Corvine kettle, your name engraved later on request',
    ]);
  });
});
