/**
 * Capabilities of the nineteenth round (helper q19-weak): weak cues that add up with a 30-60 % price,
 * and an extreme price with one more cue.
 * - a proof said to be left out after its noun ("box not included", "caja no incluida", "Rechnung
 *   nicht dabei"), the original box in Chinese (不带原盒, 无原包装);
 * - a gift received twice ("double present, selling one"), an unwanted item ("gifted, not my
 *   style", "pas mon style"), a gift passed on in Chinese (礼品转让, 转让礼物) and Spanish ("regalo que
 *   no uso");
 * - a hurry with a deadline (这周必须清掉, 本周一定要出掉, "need gone this week", "must sell by friday");
 * - several on sale (多件在售, 几件在售, 手上有几件, 手里还有好几台);
 * - a missing proof, a story or stock on hand as an item of a short list sentence of the
 *   description ("Also: quick sale, no packaging."), never in a bulleted spec line;
 * - at an extreme price of a new item: a copy colourway anywhere in the title ("camo sparkling
 *   water maker"), a plain colour when the line's record names only finishes.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-nineteenth-q19-weak-1',
  brands: [
    {
      id: 'varrowen',
      name: 'Varrowen',
      aliases: ['瓦罗文'],
      categories: ['kitchenware'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Loomfield Kettle',
          shortNames: ['Loomfield'],
          category: 'kitchenware',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
          colours: ['black', 'white'],
        },
        {
          name: 'Brisa Carbonator',
          shortNames: ['Brisa'],
          category: 'home-appliances',
          referencePrice: { min: 140, max: 170, currency: 'USD' },
          colours: ['black', 'white'],
        },
        {
          name: 'Ostel Gong 20',
          shortNames: ['Ostel'],
          category: 'music',
          referencePrice: { min: 500, max: 580, currency: 'USD' },
          colours: ['brilliant finish'],
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-14') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const kinds = (verdict: Verdict) => verdict.signals.map((s) => s.kind);
/** A kettle at about half its typical price, from its maker's country: only the words can add up. */
const MILD = {
  category: 'kitchenware',
  price: 105,
  currency: 'USD',
  shipFrom: 'PT',
  condition: 'new' as const,
};
const MILD_CNY = { ...MILD, price: 760, currency: 'CNY' };
/** The same kettle at its full price. */
const FULL = { ...MILD, price: 199 };
const FULL_CNY = { ...MILD, price: 1420, currency: 'CNY' };

describe('nineteenth round (q19-weak): weak-cue families', () => {
  it('reads a proof left out after its noun, in several languages', () => {
    for (const title of [
      'Varrowen Loomfield Kettle - receipt not included, quick sale',
      'Varrowen Loomfield Kettle - caja no incluida, venta urgente',
      'Varrowen Loomfield Kettle - Rechnung nicht dabei, muss weg',
      'Varrowen Loomfield Kettle - boîte non incluse, vente urgente',
    ]) {
      const v = scan({ title, ...MILD });
      assert.ok(kinds(v).includes('provenance_missing'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('reads the original box missing in Chinese (不带原盒, 无原包装)', () => {
    for (const title of [
      '瓦罗文 Loomfield 电水壶 不带原盒 急出',
      '瓦罗文 Loomfield 电水壶 无原包装 多件现货',
    ]) {
      const v = scan({ title, ...MILD_CNY });
      assert.ok(kinds(v).includes('provenance_missing'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('reads a gift received twice and an unwanted item as the gift story', () => {
    for (const title of [
      'Varrowen Loomfield Kettle - duplicate present, selling one, no receipt',
      'Varrowen Loomfield Kettle - gifted, not my taste, no receipt',
      'Varrowen Loomfield Kettle – regalo que no uso, sin ticket',
      'Varrowen Loomfield Kettle - pas mon style, sans facture',
    ]) {
      const v = scan({ title, ...MILD });
      assert.ok(kinds(v).includes('seller_story'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('reads a gift passed on and a deadline in Chinese (转让礼物, 本周一定要出掉)', () => {
    for (const title of [
      '瓦罗文 Loomfield 电水壶 转让礼物 没有发票',
      '瓦罗文 Loomfield 电水壶 本周一定要出掉 没有发票',
    ]) {
      const v = scan({ title, ...MILD_CNY });
      assert.ok(kinds(v).includes('seller_story'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('reads several on sale in Chinese (几件在售, 手里还有好几台)', () => {
    for (const title of [
      '瓦罗文 Loomfield 电水壶 几件在售 没有发票',
      '瓦罗文 Loomfield 电水壶 手里还有好几台 没有发票',
    ]) {
      const v = scan({ title, ...MILD_CNY });
      assert.ok(kinds(v).includes('stock_variety'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('reads a hurry with its deadline ("must sell by friday") beside a missing proof', () => {
    const v = scan({
      title: 'Varrowen Loomfield Kettle - no invoice',
      description: 'Boils fast. Also: must sell by friday. Thanks.',
      ...MILD,
    });
    assert.ok(kinds(v).includes('seller_story'), JSON.stringify(v.signals));
    assert.ok(v.flagged, String(v.score));
  });
  it('guard: the same cues at the full price stay clean', () => {
    for (const title of [
      'Varrowen Loomfield Kettle - receipt not included',
      'Varrowen Loomfield Kettle - double present, selling one',
    ]) {
      const v = scan({ title, ...FULL });
      assert.ok(!v.flagged, `${title}: ${v.score}`);
    }
    const zh = scan({ title: '瓦罗文 Loomfield 电水壶 礼品转让', ...FULL_CNY });
    assert.ok(!zh.flagged, String(zh.score));
  });
  it('guard: a second-hand item without its box at half price stays clean', () => {
    const v = scan({
      title: 'Varrowen Loomfield Kettle - box not included, gifted',
      ...MILD,
      condition: 'used',
    });
    assert.ok(!v.flagged, String(v.score));
  });
});

describe('nineteenth round (q19-weak): cues as items of a short list of the description', () => {
  it('reads "Also: quick sale, no packaging." beside stock on hand of the title', () => {
    for (const description of [
      'Boils a litre in three minutes.\n\nAlso: quick sale, no packaging. Thank you for looking.',
      'Boils a litre in three minutes. Note: never used, no proof of purchase; must go.',
      '一分钟烧开。另外：不带原盒，没有发票。谢谢。',
    ]) {
      const v = scan({ title: 'Varrowen Loomfield Kettle - multiple available', description, ...MILD });
      assert.ok(kinds(v).includes('provenance_missing'), `${description}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${description}: ${v.score}`);
    }
  });
  it('weighs stock on hand told as a statement of its own like a title', () => {
    const v = scan({
      title: 'Varrowen Loomfield Kettle - no receipt',
      description: 'Also: got a few of these. The lid opens with one hand.',
      ...MILD,
      price: 120,
    });
    const stock = v.signals.find((s) => s.kind === 'stock_variety');
    assert.equal(stock?.weight, 0.2, JSON.stringify(v.signals));
  });
  it('guard: a bulleted spec line and a long policy sentence are not read', () => {
    for (const description of [
      'Details:\n- Packaging: bagged, no box\n- Weight: 1 kg',
      'Returns are accepted within 30 days, no receipt, no questions asked, as long as the item is unused and clean.',
    ]) {
      const v = scan({ title: 'Varrowen Loomfield Kettle - multiple available', description, ...MILD });
      assert.ok(!kinds(v).includes('provenance_missing'), `${description}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('nineteenth round (q19-weak): an extreme price and one colour cue', () => {
  const EXTREME = { price: 9, currency: 'USD', shipFrom: 'PT', condition: 'new' as const };
  it('reads a copy colourway anywhere in the title at an extreme price', () => {
    for (const title of [
      'Varrowen Brisa camo sparkling water maker',
      'Varrowen Brisa neon soda machine for home',
    ]) {
      const v = scan({ title, category: 'home-appliances', ...EXTREME });
      assert.ok(kinds(v).includes('colour_not_produced'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('reads a plain colour when the line names only finishes, at an extreme price', () => {
    for (const title of ['hot pink Varrowen Ostel gong', 'lime green Varrowen Ostel Gong 20']) {
      const v = scan({ title, category: 'music', ...EXTREME, price: 45 });
      assert.ok(kinds(v).includes('colour_not_produced'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, `${title}: ${v.score}`);
    }
  });
  it('guard: the same titles at the full price stay clean', () => {
    const a = scan({
      title: 'Varrowen Brisa camo sparkling water maker',
      category: 'home-appliances',
      ...EXTREME,
      price: 155,
    });
    assert.ok(!a.flagged, String(a.score));
    const b = scan({ title: 'hot pink Varrowen Ostel gong', category: 'music', ...EXTREME, price: 540 });
    assert.ok(!b.flagged, String(b.score));
  });
  it('guard: an extreme price alone stays under the line', () => {
    const v = scan({
      title: 'Varrowen Brisa sparkling water maker',
      category: 'home-appliances',
      ...EXTREME,
    });
    assert.ok(!v.flagged, String(v.score));
  });
});
