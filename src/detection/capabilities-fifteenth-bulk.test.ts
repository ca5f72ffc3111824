/**
 * Capabilities of the fifteenth round (helper bulk): bulk and wholesale offers written in a title
 * (bulk-offer.ts) feed the weak bulk cue: wholesale terms in Chinese, English and the marketplaces'
 * languages ("十件起批", "量大从优", "lot de 12", "Großhandel", "toptan", "giá sỉ"), counts of units
 * offered or on hand ("– 25 boxes", "ne ho 5", "elimde 6 tane var"), the seller's number over a smaller
 * quantity field. Guards: pack and set sizes, measurements, model codes, a minimum order of one, an
 * authorized seller, second-hand lots. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readBulkOffer } from './bulk-offer.ts';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-bulk-1',
  brands: [
    {
      id: 'quarrow',
      name: 'Quarrow',
      categories: ['fragrance'],
      manufacturingCountries: ['FR'],
      authorizedSellers: ['quarrow-maison'],
      productLines: [
        {
          name: 'Nocturne Ambre',
          category: 'fragrance',
          referencePrice: { min: 240, max: 280, currency: 'EUR' },
        },
      ],
    },
    {
      id: 'brisvane',
      name: 'Brisvane',
      aliases: ['布瑞文'],
      categories: ['home-appliances'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Brewline 9',
          category: 'home-appliances',
          referencePrice: { min: 150, max: 170, currency: 'USD' },
        },
        {
          name: 'Vantor x360',
          category: 'home-appliances',
          referencePrice: { min: 150, max: 170, currency: 'USD' },
        },
      ],
    },
    {
      id: 'feldmark',
      name: 'Feldmark',
      categories: ['toys'],
      manufacturingCountries: ['GB'],
      productLines: [
        { name: 'Skirmish Box', category: 'toys', referencePrice: { min: 90, max: 110, currency: 'GBP' } },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, condition: 'new', quantity: 1, ...extra });
}

const bulk = (v: Verdict) => v.signals.find((s) => s.kind === 'bulk_quantity');
const stock = (v: Verdict) => v.signals.find((s) => s.kind === 'stock_variety');

/** A coffee maker at 30 % of its genuine price (strongly low alone: 0.3, below the flag line). */
const LOW_APPLIANCE = { category: 'home-appliances', price: 48, currency: 'USD', shipFrom: 'CN' };
/** A fair price and an origin the brand makes in: no other cue. */
const FAIR_APPLIANCE = { category: 'home-appliances', price: 160, currency: 'USD', shipFrom: 'CN' };

describe('fifteenth round (bulk): wholesale terms in the title feed the bulk cue', () => {
  it('a minimum order, a price for quantity or a trade price beside a low price flags', () => {
    for (const title of [
      '布瑞文 Brewline 9 咖啡机 十件起批',
      '布瑞文 Brewline 9 咖啡机 5台起订',
      '布瑞文 Brewline 9 咖啡机 量大从优',
      '布瑞文 Brewline 9 咖啡机 整箱更便宜',
      '布瑞文 Brewline 9 咖啡机 拿货价',
      'Brisvane Brewline 9 coffee maker, trade price',
    ]) {
      const v = scan(title, LOW_APPLIANCE);
      assert.equal(bulk(v)?.weight, 0.3, title);
      assert.equal(v.flagged, true, title);
    }
  });

  it('wholesale words of the marketplaces’ languages, with a quantity field of one', () => {
    for (const title of [
      'Brisvane Brewline 9 – job lot',
      'Brisvane Brewline 9 Kaffeemaschine Großhandel',
      'Brisvane Brewline 9 cafetière, prix de gros',
      'Brisvane Brewline 9 cafetera al por mayor',
      'Brisvane Brewline 9 cafeteira por atacado',
      'Brisvane Brewline 9 macchina da caffè all’ingrosso',
      'Brisvane Brewline 9 kahve makinesi toptan',
      'Brisvane Brewline 9 ekspres hurtowo',
      'Brisvane Brewline 9 mesin kopi grosir',
      'Brisvane Brewline 9 máy pha cà phê giá sỉ',
      'Brisvane Brewline 9 コーヒーメーカー まとめ売り',
    ]) {
      assert.equal(bulk(scan(title, FAIR_APPLIANCE))?.weight, 0.3, title);
    }
  });

  it('a lot of a dozen at an extreme price flags, in French, Italian and Spanish', () => {
    for (const lot of ['lot de 12', 'lotto di 12', 'lote de 12']) {
      const v = scan(`Quarrow Nocturne Ambre 100ml – 27 €, ${lot}`, {
        category: 'fragrance',
        price: 27,
        currency: 'EUR',
        shipFrom: 'FR',
      });
      assert.equal(bulk(v)?.normalized, '12', lot);
      assert.equal(v.flagged, true, lot);
    }
  });

  it('a wholesale word with a count or a price per unit is an offer; the seller’s number beats the field', () => {
    const counted = bulk(scan('布瑞文 Brewline 9 咖啡机 批发47台', FAIR_APPLIANCE));
    assert.equal(counted?.normalized, '47');
    assert.equal(counted?.weight, 0.3);
    assert.equal(bulk(scan('布瑞文 Brewline 9 咖啡机 一元一个 批发', FAIR_APPLIANCE))?.weight, 0.3);
    assert.equal(bulk(scan('Brisvane Brewline 9, 300 Stück Großhandel', FAIR_APPLIANCE))?.normalized, '300');
    // many units as a phrase of their own feed the quantity, at its ordinary weight
    const boxes = bulk(scan('Brisvane Brewline 9 – 40 boxes, clearance', FAIR_APPLIANCE));
    assert.equal(boxes?.normalized, '40');
    assert.equal(boxes?.weight, 0.2);
  });
});

describe('fifteenth round (bulk): a few units on hand stated in the title', () => {
  const TOY = { category: 'toys', price: 59, currency: 'GBP', shipFrom: 'GB' };
  it('counts of units the seller has, in the marketplaces’ languages, are stock on hand', () => {
    for (const [title, units] of [
      ['Feldmark Skirmish Box – 5 boxes', '5'],
      ['Feldmark Skirmish Box – elimde 6 tane var', '6'],
      ['Feldmark Skirmish Box – ne ho 5', '5'],
      ['Feldmark Skirmish Box – tengo 10', '10'],
      ['Feldmark Skirmish Box – mam 8 sztuk', '8'],
      ['Feldmark Skirmish Box – ada 6 pcs', '6'],
      ['Feldmark Skirmish Box sealed bags x5', '5'],
    ] as const) {
      assert.equal(stock(scan(title, TOY))?.normalized, units, title);
    }
  });

  it('with no receipt and a mildly low price, several boxes flag', () => {
    const v = scan('Feldmark Skirmish Box – 5 boxes, no receipts', TOY);
    assert.equal(v.flagged, true);
  });
});

describe('fifteenth round (bulk): guards', () => {
  it('pack and set sizes, measurements, years and model codes are no units offered', () => {
    for (const title of [
      'socks 2 pack',
      '棉袜 3个装',
      'set of 6 glasses',
      '100张 卡套',
      '12件套 锅具套装',
      '补充包盒 36包 原装',
      'building set 1200 pcs',
      'spark plugs x4',
      'serum 150ml x3',
      'serum 100ml x3 bundle',
      'whey 5lb, 2026 edition',
      'baby bottle 240ml',
      'tengo 10 años de garantía',
      'headphones Enco X3 · black',
      'camera X100 silver',
      '咖啡机 1件起订',
    ]) {
      assert.equal(readBulkOffer(title), null, title);
    }
  });

  it('a bare wholesale word without a count says no offer of its own', () => {
    assert.equal(readBulkOffer('布瑞文 咖啡机 批发'), null);
    assert.equal(bulk(scan('布瑞文 Brewline 9 咖啡机 批发', FAIR_APPLIANCE)), undefined);
  });

  it('an authorized seller’s lot, a second-hand lot and a count in the line’s name', () => {
    const fragrance = { category: 'fragrance', price: 27, currency: 'EUR', shipFrom: 'FR' };
    assert.equal(
      bulk(scan('Quarrow Nocturne Ambre 100ml, lot de 12', { ...fragrance, sellerId: 'quarrow-maison' })),
      undefined,
    );
    assert.equal(
      bulk(scan('Brisvane Brewline 9 job lot', { ...FAIR_APPLIANCE, condition: 'used' })),
      undefined,
    );
    const line = scan('Brisvane Vantor x360', FAIR_APPLIANCE);
    assert.equal(bulk(line), undefined);
    assert.equal(stock(line), undefined);
  });
});
