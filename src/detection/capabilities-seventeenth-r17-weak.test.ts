/**
 * Capabilities of the seventeenth round (helper weak): a missing proof or a seller's story stated as a
 * sentence of its own in the description ("No invoice.", "Urgent sale.", 无购买凭证。) adds up with a
 * weak cue of the title and a mildly low price; the same words inside a longer sentence of a shop's
 * policy do not. Weak cues in more languages: Japanese and Korean gift and hurry stories (頂き物,
 * からの贈り物, 선물받은, 급처), German stock on hand and quick sale ("mehrfach vorhanden", "schneller
 * Verkauf"), Chinese stock words in either order (现货多件), Japanese papers missing (購入証明なし).
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-seventeenth-r17-weak-1',
  brands: [
    {
      id: 'quorrel',
      name: 'Quorrel',
      aliases: ['QUORREL', '夸瑞尔'],
      categories: ['kitchenware'],
      manufacturingCountries: ['PT'],
      productLines: [
        {
          name: 'Tidewell Kettle',
          shortNames: ['Tidewell'],
          category: 'kitchenware',
          referencePrice: { min: 180, max: 220, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-09') });

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
const MILD_JPY = { ...MILD, price: 15800, currency: 'JPY' };
const MILD_CNY = { ...MILD, price: 760, currency: 'CNY' };

describe('seventeenth round (weak): weak cues stated as a sentence of the description', () => {
  it('adds a missing proof said as a sentence of its own to a story of the title', () => {
    for (const description of [
      'The kettle boils a litre in three minutes. No invoice. Thank you for looking.',
      'Brand new, never used.\nNo receipt.\nCollection on weekends.',
    ]) {
      const v = scan({ title: 'Quorrel Tidewell Kettle, unwanted gift', description, ...MILD });
      assert.ok(kinds(v).includes('provenance_missing'), JSON.stringify(v.signals));
      assert.ok(v.flagged, `${description}: ${v.score}`);
    }
  });
  it('adds a hurry said as a sentence of its own to a missing proof of the title', () => {
    const v = scan({
      title: 'Quorrel Tidewell Kettle | steel | no packaging',
      description: 'Fits any hob. Urgent sale. Please check the photos.',
      ...MILD,
    });
    assert.ok(kinds(v).includes('seller_story'), JSON.stringify(v.signals));
    assert.ok(v.flagged, String(v.score));
  });
  it('reads a Chinese sentence of its own (无购买凭证。) beside stock on hand in the title', () => {
    const v = scan({
      title: '夸瑞尔 Tidewell 电水壶 还有几个',
      description: '全新未使用。无购买凭证。下午四点前付款当天发货。',
      ...MILD_CNY,
    });
    assert.ok(kinds(v).includes('provenance_missing'), JSON.stringify(v.signals));
    assert.ok(v.flagged, String(v.score));
  });
});

describe('seventeenth round (weak): weak cues in more languages', () => {
  it('reads a Japanese gift and hurry told together as two stories', () => {
    for (const title of [
      'Quorrel Tidewell Kettle 友人からの贈り物 早めに手放します',
      'Quorrel Tidewell 頂き物 急ぎで売ります',
    ]) {
      const v = scan({ title, ...MILD_JPY });
      assert.ok(v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
  it('reads a Korean gift and hurry (선물받았는데 급처합니다)', () => {
    const v = scan({ title: 'Quorrel Tidewell Kettle 선물받았는데 안 써서 급처합니다', ...MILD });
    assert.ok(kinds(v).includes('seller_story'), JSON.stringify(v.signals));
    assert.ok(v.flagged, String(v.score));
  });
  it('reads German stock on hand and quick sale', () => {
    const v = scan({ title: 'QUORREL Tidewell Kettle mehrfach vorhanden schneller Verkauf', ...MILD });
    assert.ok(kinds(v).includes('stock_variety'), JSON.stringify(v.signals));
    assert.ok(v.flagged, String(v.score));
  });
  it('reads Chinese stock words in either order (有现货多件) and Japanese papers missing (購入証明なし)', () => {
    const stock = scan({ title: '夸瑞尔 Tidewell 电水壶 有现货多件 无小票', ...MILD_CNY });
    assert.ok(kinds(stock).includes('stock_variety'), JSON.stringify(stock.signals));
    assert.ok(stock.flagged, String(stock.score));
    const papers = scan({ title: 'Quorrel Tidewell Kettle 箱なし 購入証明なし', ...MILD_JPY });
    assert.ok(papers.flagged, JSON.stringify(papers.signals));
  });
});

describe('seventeenth round (weak): guards', () => {
  it('does not read the words inside a longer sentence of a shop policy', () => {
    const v = scan({
      title: 'Quorrel Tidewell Kettle, unwanted gift',
      description:
        'Returns are not accepted with no receipt attached. Ideal for an urgent sale of kitchen gear.',
      ...MILD,
    });
    assert.ok(!kinds(v).includes('provenance_missing'), JSON.stringify(v.signals));
    assert.ok(!v.flagged, String(v.score));
  });
  it('never flags a description sentence with a title that carries no weak cue at a mild price', () => {
    const v = scan({
      title: 'Quorrel Tidewell Kettle steel',
      description: 'Brand new. No invoice.',
      ...MILD,
    });
    assert.ok(!v.flagged, JSON.stringify(v.signals));
  });
  it('does not flag the stories at the genuine price', () => {
    const v = scan({
      title: 'Quorrel Tidewell Kettle 友人からの贈り物 早めに手放します',
      ...MILD_JPY,
      price: 30000,
    });
    assert.ok(!v.flagged, JSON.stringify(v.signals));
  });
});
