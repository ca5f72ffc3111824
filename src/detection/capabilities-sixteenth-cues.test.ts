/**
 * Capabilities of the sixteenth round (helper cues): an OEM story read as two parts near each other
 * (where it was made, how it left: "plant overstock", "Überproduktion vom Zulieferer", 取消订单货),
 * real photos with an off-platform channel ("fotos reais no WhatsApp", 绿泡泡), goods made like the
 * brand's without its name ("white-label twin", "misma fórmula"), "fake" in the marketplaces'
 * languages with its negations, weak cues in more languages (a bare "gift" as a phrase of its own, a
 * hurry, "számla nélkül", "3 db van", 有4台), papers and packaging both missing as two cues, and a
 * word of a line's own name that is no accessory noun. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-sixteenth-cues-1',
  brands: [
    {
      id: 'varnholt',
      name: 'Varnholt',
      aliases: ['瓦恩霍特'],
      categories: ['audio'],
      manufacturingCountries: ['DE'],
      productLines: [
        {
          name: 'Strata Monitor',
          shortNames: ['Strata'],
          category: 'audio',
          referencePrice: { min: 200, max: 240, currency: 'USD' },
        },
      ],
    },
    {
      id: 'mirelle',
      name: 'Mirelle',
      aliases: ['米瑞尔'],
      categories: ['cosmetics'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'Velour Skin Shield Cream',
          shortNames: ['Velour'],
          category: 'cosmetics',
          referencePrice: { min: 40, max: 50, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-08') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const kinds = (verdict: Verdict) => verdict.signals.map((s) => s.kind);
/** A monitor at a third of its price (strong), at half (mild) and at its price (fair). */
const LOW = { category: 'audio', price: 75, currency: 'USD', shipFrom: 'DE', condition: 'new' as const };
const MILD = { ...LOW, price: 115 };
const FAIR = { ...LOW, price: 219 };
const CREAM_LOW = {
  category: 'cosmetics',
  price: 12,
  currency: 'USD',
  shipFrom: 'FR',
  condition: 'new' as const,
};

describe('sixteenth round (cues): OEM stories as where-made and how-it-left', () => {
  it('reads a plant and its overstock with a place between', () => {
    const v = scan({ title: 'Varnholt Strata Monitor – Kranj plant overstock, no serial', ...LOW });
    assert.ok(kinds(v).includes('oem_leak'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });
  it('reads German and Czech (Überproduktion vom Zulieferer, přebytek z továrny)', () => {
    for (const title of [
      'Varnholt Strata Monitor Überproduktion vom Zulieferer',
      'Varnholt Strata Monitor – přebytek z továrny v Brně',
    ]) {
      const v = scan({ title, ...LOW });
      assert.ok(kinds(v).includes('oem_leak'), title);
    }
  });
  it('reads goods of a cancelled order and a factory that made more (取消订单货, 工厂多生产的)', () => {
    assert.ok(kinds(scan({ title: '瓦恩霍特 Strata 音箱 取消订单货', ...LOW })).includes('oem_leak'));
    assert.ok(kinds(scan({ title: '瓦恩霍特 Strata 音箱 工厂多生产的', ...LOW })).includes('oem_leak'));
  });
  it('reads unmarked OEM goods', () => {
    assert.ok(
      kinds(scan({ title: 'Varnholt Strata Monitor – unmarked OEM goods', ...LOW })).includes('oem_leak'),
    );
  });
  it('guard: a factory seal or reset beside the words is no side door', () => {
    const v = scan({ title: 'Varnholt Strata Monitor factory sealed, surplus to my needs', ...FAIR });
    assert.ok(!kinds(v).includes('oem_leak'), JSON.stringify(v.signals));
    const w = scan({ title: 'Varnholt Strata Monitor, factory reset in seconds', ...FAIR });
    assert.ok(!kinds(w).includes('oem_leak'));
  });
});

describe('sixteenth round (cues): real photos off the platform', () => {
  it('reads real photos with a messenger in Portuguese and Romanian', () => {
    for (const title of [
      'Varnholt Strata Monitor – fotos reais no WhatsApp',
      'Varnholt Strata Monitor, poze reale pe Telegram',
    ]) {
      const v = scan({ title, ...FAIR });
      assert.ok(kinds(v).includes('contact_offsite'), title);
      assert.ok(v.flagged, title);
    }
  });
  it('reads a video on Snapchat and WeChat by its nickname (绿泡泡)', () => {
    assert.ok(
      kinds(scan({ title: 'Varnholt Strata Monitor (Snapchat me for a video)', ...FAIR })).includes(
        'contact_offsite',
      ),
    );
    assert.ok(
      kinds(scan({ title: '瓦恩霍特 Strata 音箱 加绿泡泡看细节', ...FAIR })).includes('contact_offsite'),
    );
  });
  it('guard: real photos with no channel, a video word with no messenger', () => {
    assert.ok(
      !kinds(scan({ title: 'Varnholt Strata Monitor – fotos reais, sem filtro', ...FAIR })).includes(
        'contact_offsite',
      ),
    );
    assert.ok(
      !kinds(scan({ title: 'Varnholt Strata Monitor for video editing, line out', ...FAIR })).includes(
        'contact_offsite',
      ),
    );
  });
});

describe('sixteenth round (cues): made like the brand without its name; fake in other languages', () => {
  it('reads a white-label twin, an OEM-spec copy and the same formula in Spanish', () => {
    for (const title of [
      'Varnholt Strata Monitor white-label twin',
      'Varnholt Strata Monitor OEM-spec copy',
      'Mirelle Velour crema – misma fórmula que la original',
    ]) {
      const v = scan({ title, ...(title.startsWith('Mirelle') ? CREAM_LOW : LOW) });
      assert.ok(kinds(v).includes('coded'), title);
    }
  });
  it('reads fake in German and Hungarian as a marker', () => {
    assert.ok(
      kinds(scan({ title: 'Varnholt Strata Monitor – Fälschung, klingt gut', ...LOW })).includes('marker'),
    );
    assert.ok(kinds(scan({ title: 'Varnholt Strata Monitor hamisítvány', ...LOW })).includes('marker'));
  });
  it('guard: fake denied (nem hamisítvány, keine Fälschung) is no marker', () => {
    assert.ok(
      !kinds(scan({ title: 'Varnholt Strata Monitor, eredeti, nem hamisítvány', ...FAIR })).includes(
        'marker',
      ),
    );
    assert.ok(
      !kinds(scan({ title: 'Varnholt Strata Monitor – keine Fälschung', ...FAIR })).includes('marker'),
    );
  });
});

describe('sixteenth round (cues): weak cues in more languages', () => {
  it('reads a bare gift word as a phrase of its own, with a missing proof', () => {
    const v = scan({ title: 'Varnholt Strata Monitor – Geschenk, ohne Rechnung', ...FAIR });
    assert.ok(kinds(v).includes('seller_story'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });
  it('guard: gift inside a phrase ("gift set", "perfect gift") is no story', () => {
    assert.ok(
      !kinds(scan({ title: 'Varnholt Strata Monitor gift set, no box', ...FAIR })).includes('seller_story'),
    );
    assert.ok(
      !kinds(scan({ title: 'Varnholt Strata Monitor perfect gift', ...FAIR })).includes('seller_story'),
    );
  });
  it('reads a hurry and a missing receipt in Polish, Hungarian counts and a missing invoice', () => {
    assert.ok(scan({ title: 'Varnholt Strata Monitor – pilnie sprzedam, bez faktury', ...FAIR }).flagged);
    const v = scan({ title: 'Varnholt Strata Monitor – 3 db van, számla nélkül', ...FAIR });
    assert.ok(
      kinds(v).includes('stock_variety') && kinds(v).includes('provenance_missing'),
      JSON.stringify(v.signals),
    );
    assert.ok(v.flagged);
  });
  it('reads units on hand stated with 有 as a phrase of its own (有4台)', () => {
    const v = scan({ title: '瓦恩霍特 Strata 音箱 有4台 无盒', ...FAIR });
    assert.ok(kinds(v).includes('stock_variety'), JSON.stringify(v.signals));
    assert.ok(v.flagged);
  });
  it('guard: 有3个 of a part of the item is no stock', () => {
    assert.ok(!kinds(scan({ title: '瓦恩霍特 Strata 音箱 有3个按键', ...FAIR })).includes('stock_variety'));
  });
  it('counts papers and packaging both missing as two cues: flagged beside a mild price', () => {
    const v = scan({ title: '瓦恩霍特 Strata 音箱 无盒 无小票', ...MILD });
    assert.ok(v.flagged, JSON.stringify(v.signals));
  });
  it('guard: papers and packaging both missing at a fair price stay under the line', () => {
    assert.ok(!scan({ title: '瓦恩霍特 Strata 音箱 无盒 无小票', ...FAIR }).flagged);
  });
});

describe("sixteenth round (cues): a word of a line's own name is no accessory noun", () => {
  it('reads "Skin" of "Velour Skin Shield Cream" as the line, not a skin for it', () => {
    const v = scan({ title: '米瑞尔Velour Skin Shield Cream 代工厂余量', ...CREAM_LOW });
    assert.equal(v.brands[0]?.nominative, false);
    assert.ok(kinds(v).includes('oem_leak'));
  });
});
