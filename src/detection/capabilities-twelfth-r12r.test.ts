/**
 * Capabilities of the twelfth round of issue 11 (recall, helper r12r), each with the miss it is for:
 * an innocent word the seller denies clears nothing ("复刻款，非官方渠道"); admissions said as a
 * predicate ("这批货是仿的", "本款是仿照…做的"); circumvention named by its function (aim assistance,
 * seeing through walls, ban evasion, shared accounts activated offline, pre-activated software);
 * weak cues that add up (a gift or hurried sale of which the seller has several; several on hand
 * right after "no receipt"); nicknames with 记 derived from initials ("K记").
 * Invented brands and games only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-twelfth-r12r-1',
  brands: [
    {
      id: 'kestrova',
      name: 'Kestrova',
      aliases: ['凯思卓'],
      categories: ['watches'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Harbour 40',
          category: 'watches',
          colours: ['blue', 'black', '蓝色'],
          referencePrice: { min: 1800, max: 2600, currency: 'USD' },
        },
      ],
    },
    {
      id: 'vorn',
      name: 'Vorn',
      categories: ['computers'],
      manufacturingCountries: ['TW'],
      productLines: [
        { name: 'Halden 14', category: 'computers', referencePrice: { min: 700, max: 900, currency: 'USD' } },
      ],
    },
    {
      id: 'marrowgate',
      name: 'Marrowgate Games',
      aliases: ['马洛盖特'],
      categories: ['video-games', 'software'],
      manufacturingCountries: ['SE'],
      productLines: [
        {
          name: 'Hollowfen Tactics',
          category: 'video-games',
          referencePrice: { min: 40, max: 70, currency: 'USD' },
        },
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

/** A fair price, shipped from the brand's country, new: only the text can flag these. */
const WATCH = {
  category: 'watches',
  price: 2100,
  currency: 'USD',
  shipFrom: 'CH',
  condition: 'new' as const,
};
const GAME = {
  category: 'video-games',
  price: 55,
  currency: 'USD',
  shipFrom: 'SE',
  condition: 'new' as const,
};

describe('twelfth round (r12r): a denied innocent word clears nothing', () => {
  it('复刻款 with 非官方渠道 is an admission; 官方复刻 still clears', () => {
    const denied = scan({
      ...WATCH,
      title: '凯思卓 Harbour 40 蓝色 手表',
      description: '全新未使用。本店所售均为工厂复刻款，非官方渠道，价格自然不一样。',
    });
    assert.equal(denied.flagged, true, JSON.stringify(denied.signals));
    const named = scan({
      ...WATCH,
      title: '凯思卓 Harbour 40 蓝色 手表',
      description: '这是高配复刻版，不是凯思卓官方原装，细节做得很好。',
    });
    assert.equal(named.flagged, true, JSON.stringify(named.signals));
    const official = scan({
      ...WATCH,
      title: '凯思卓 Harbour 40 蓝色 手表',
      description: '这款是官方复刻版，正品保证，支持专柜验货。',
    });
    assert.equal(official.flagged, false, JSON.stringify(official.signals));
  });
});

describe('twelfth round (r12r): admissions said as a predicate', () => {
  it('这批货是仿的 and 本款是仿照…做的 admit a copy', () => {
    const batch = scan({
      ...WATCH,
      title: '凯思卓 Harbour 40 手表',
      description: '实物拍摄。这批货是仿的，细节做得很到位，不支持专柜验货。顺丰发货。',
    });
    assert.ok(kinds(batch).includes('marker'), JSON.stringify(batch.signals));
    const after = scan({
      ...WATCH,
      title: '凯思卓 Harbour 40 手表',
      description: '提前说明，本款是仿照 Harbour 系列做的同款手表，并非凯思卓官方出品，本店自己保修一年。',
    });
    assert.equal(after.flagged, true, JSON.stringify(after.signals));
  });

  it('keine Originalware … nachgebaut admits a copy in German', () => {
    const verdict = scan({
      ...WATCH,
      title: 'Kestrova Harbour 40 blau',
      description: 'Hinweis: Die Uhr ist keine Originalware, sie wird von einem Zulieferer nachgebaut.',
    });
    assert.equal(verdict.flagged, true, JSON.stringify(verdict.signals));
  });

  it('an ordinary description with the brand is not an admission', () => {
    const verdict = scan({
      ...WATCH,
      title: '凯思卓 Harbour 40 手表',
      description: '这批货是今年新到的，全新未拆封，官方渠道购入，附发票和保卡。',
    });
    assert.equal(verdict.flagged, false, JSON.stringify(verdict.signals));
  });
});

describe('twelfth round (r12r): circumvention named by its function', () => {
  it('game cheats by what they do, in Chinese and English, with or without the brand', () => {
    for (const title of [
      '空洞沼泽 辅助 自瞄透视 稳定不封号 月卡 秒发',
      'Hollowfen Tactics external ESP + no-recoil, undetected, HWID spoofer',
      'Hollowfen Tactics undetected aimbot, monthly key',
    ]) {
      const verdict = scan({ ...GAME, title });
      assert.equal(verdict.flagged, true, `${title}: ${JSON.stringify(verdict.signals)}`);
      assert.ok(kinds(verdict).includes('piracy'), title);
    }
  });

  it('shared accounts activated offline, pre-activated software, a game without its account check', () => {
    for (const title of [
      'Hollowfen Tactics 共享账号 离线激活 秒发',
      'Marrowgate Games Hollowfen Tactics full version, pre-activated, fast delivery',
      'Hollowfen Tactics PC version craquée, pas besoin de compte',
    ]) {
      const verdict = scan({ ...GAME, title });
      assert.equal(verdict.flagged, true, `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });

  it('the ordinary senses of ESP, 透视 and 辅助 are not cheats', () => {
    for (const [title, category] of [
      ['儿童自行车 16寸 带辅助轮 包邮', 'bicycles'],
      ['ESP LTD EC-256 electric guitar black', 'musical-instruments'],
      ['绘画 透视 辅助线 尺子 学生用', 'office-supplies'],
      ['电钻 主机+辅助手柄+说明书', 'tools'],
    ] as const) {
      const verdict = scan({ title, category, price: 30, currency: 'USD' });
      assert.equal(verdict.flagged, false, `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });
});

describe('twelfth round (r12r): weak cues that add up', () => {
  it('a gift passed on, of which the seller has several, does not hold', () => {
    const verdict = scan({ ...WATCH, title: 'Kestrova Harbour 40 blue gifted, never used, have several' });
    assert.equal(verdict.flagged, true, JSON.stringify(verdict.signals));
    const story = verdict.signals.find((s) => s.kind === 'seller_story');
    assert.match(story?.detail ?? '', /has several/);
    const hurry = scan({ ...WATCH, title: 'Kestrova Harbour 40 blue more sizes in stock, must go today' });
    assert.equal(hurry.flagged, true, JSON.stringify(hurry.signals));
  });

  it('several on hand right after "no receipt" is not negated by its "no"', () => {
    for (const title of [
      'Kestrova Harbour 40 no receipt have several',
      '凯思卓 Harbour 40 手表 没有发票 多件可拍',
      '凯思卓 Harbour 40 手表 还有四只 无外盒',
      'Kestrova Harbour 40, 8 Stück da, ohne Verpackung',
    ]) {
      const verdict = scan({ ...WATCH, title });
      assert.equal(verdict.flagged, true, `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });

  it('one weak cue alone still never flags', () => {
    for (const title of [
      'Kestrova Harbour 40 blue gifted, never used',
      'Kestrova Harbour 40 blue have several',
      '凯思卓 Harbour 40 手表 裸机',
      'Kestrova Harbour 40 blue, multiple sizes',
    ]) {
      const verdict = scan({ ...WATCH, title });
      assert.equal(verdict.flagged, false, `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });
});

describe('twelfth round (r12r): nicknames with 记', () => {
  it('the initial with 记 names the brand in its category, not elsewhere', () => {
    const verdict = scan({ ...WATCH, title: 'K记 Harbour 40 蓝色 机械表' });
    assert.ok(kinds(verdict).includes('brand_nickname'), JSON.stringify(verdict.signals));
    const han = scan({ ...WATCH, title: '凯记 蓝色 机械表 男士' });
    assert.ok(kinds(han).includes('brand_nickname'), JSON.stringify(han.signals));
    const elsewhere = scan({ title: 'K记 烧腊 双拼饭', category: 'groceries', price: 5, currency: 'USD' });
    assert.equal(elsewhere.flagged, false, JSON.stringify(elsewhere.signals));
  });
});

describe('twelfth round (r12r): the pictures shown off the platform', () => {
  it('"add me / QQ me to see the video" and "Viber for video" are invitations off the platform', () => {
    for (const title of [
      '凯思卓 Harbour 40 蓝色 加我看视频 机械表',
      '凯思卓 Harbour 40 扣扣看细节图 机械表',
      'Kestrova Harbour 40 blue, Viber for video',
    ]) {
      const verdict = scan({ ...WATCH, title });
      assert.ok(kinds(verdict).includes('contact_offsite'), `${title}: ${JSON.stringify(verdict.signals)}`);
      assert.equal(verdict.flagged, true, title);
    }
  });

  it('a video in the listing itself is no invitation', () => {
    const verdict = scan({ ...WATCH, title: '凯思卓 Harbour 40 蓝色 机械表 详情页有视频' });
    assert.equal(verdict.flagged, false, JSON.stringify(verdict.signals));
  });
});

describe("twelfth round (r12r): the copy trade's words for labels, moulds and leaks", () => {
  it("a true label, the original's mould opened, an OEM run, export goods turned home", () => {
    for (const title of [
      '凯思卓 Harbour 40 真标 蓝色 机械表',
      '凯思卓 Harbour 40 原装开模 机械表',
      'Kestrova Harbour 40 blue unbranded OEM run',
      '凯思卓 Harbour 40 大货余量 机械表',
      '凯思卓 Harbour 40 出口转内销',
    ]) {
      const verdict = scan({ ...WATCH, title });
      assert.equal(verdict.flagged, true, `${title}: ${JSON.stringify(verdict.signals)}`);
    }
  });

  it('the same words without a brand are a generic product', () => {
    const verdict = scan({
      title: '公模 机械表 蓝色 男士 开模定制',
      category: 'watches',
      price: 30,
      currency: 'USD',
    });
    assert.equal(verdict.flagged, false, JSON.stringify(verdict.signals));
  });
});

describe('twelfth round (r12r): a short name misspelled right before one of its lines', () => {
  it('"Varn Halden 14", "Voorn Halden 14" name Vorn; "Vorn Halden 14" is the name itself', () => {
    const laptop = { category: 'computers', price: 800, currency: 'USD', shipFrom: 'TW' };
    for (const title of ['Varn Halden 14 laptop', 'Voorn Halden 14 laptop', 'Vron Halden 14 laptop']) {
      const verdict = scan({ ...laptop, title });
      assert.ok(kinds(verdict).includes('brand_misspelled'), `${title}: ${JSON.stringify(verdict.signals)}`);
    }
    const named = scan({ ...laptop, title: 'Vorn Halden 14 laptop' });
    assert.equal(named.flagged, false, JSON.stringify(named.signals));
  });

  it('a short word one letter from the name is no misspelling without the line after it', () => {
    const verdict = scan({
      title: 'Varn laptop sleeve 14 inch grey',
      category: 'computers',
      price: 20,
      currency: 'USD',
    });
    assert.equal(verdict.flagged, false, JSON.stringify(verdict.signals));
  });
});
