import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import { preOrderShippingFrom } from './pre-order.ts';
import type { BrandKnowledge } from './types.ts';

const RELEASE = Date.UTC(2027, 0, 12);

describe('official pre-orders', () => {
  it('reads shipping dates in the ways sellers write them', () => {
    for (const text of [
      'Pre-order: Paper Lanterns 4K UHD ships 2027-01-12',
      '预售 纸灯笼 4K UHD 2027-01-12 发货',
      '纸灯笼 蓝光 预售 2027年2月23日发货',
      'Preorder - ships 23 Feb 2027',
      'pre-order, shipping January 12, 2027',
    ])
      assert.ok(preOrderShippingFrom(text, RELEASE), text);
  });

  it('is not a pre-order without the word, a date, or with a date before the release', () => {
    assert.ok(!preOrderShippingFrom('Paper Lanterns dvd ships 2027-01-12', RELEASE));
    assert.ok(!preOrderShippingFrom('pre-order now, fast shipping', RELEASE));
    assert.ok(!preOrderShippingFrom('pre-order, ships 2026-12-20', RELEASE));
  });

  it('a disc sold before release flags; its official pre-order does not', () => {
    const knowledge: BrandKnowledge = {
      version: 'po-1',
      brands: [
        {
          id: 'studio',
          name: 'Lantern Pictures',
          works: [{ title: 'Paper Lanterns', discReleaseDate: '2027-01-12' }],
        },
      ],
    };
    const d = new Detector(knowledge, undefined, undefined, { now: new Date('2026-12-05') });
    assert.ok(d.scan({ id: 'a', title: 'Paper Lanterns Blu-ray disc, in stock' }).flagged);
    assert.ok(!d.scan({ id: 'b', title: 'Pre-order: Paper Lanterns Blu-ray, ships 2027-01-12' }).flagged);
  });
});
