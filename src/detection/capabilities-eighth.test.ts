/**
 * Capabilities of the eighth round of issue 11, each with the miss or false positive it is for:
 * counts of bundled games in Chinese numerals; software and games sold cracked, activated for good
 * or preloaded, in both languages; an invitation to authenticate is no quality claim; a negation
 * reaches past a short Chinese qualifier ("不是第三方仿制") and a quantifier ("NOT one of the fake
 * ones"); "new" as European marketplaces write it ("neu", "nuovo imballato"); emoji written in place
 * of the brand before one of its lines; copy words built on 仿 and the trade's words for replica
 * workshops (莆田, 清洁厂, 得物版); accessories that hold or replace a brand's goods ("holds", 可装,
 * 收纳包, "to replace", "fan-made"); a count of units on hand stated in the title ("x5 available",
 * 四台现货); a code continued by a hyphen and digits is another code ("TTX-2" is not "TTX"); export-order
 * claims of goods the title says are unbranded. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import { unitsOnHandInTitle } from './indicators.ts';
import { readCount } from './numerals.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-eighth-1',
  brands: [
    {
      id: 'pixelforge',
      name: 'Pixelforge',
      aliases: ['像素锻造'],
      categories: ['game-consoles'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Pixelforge PF40',
          shortNames: ['PF40'],
          category: 'game-consoles',
          referencePrice: { min: 60, max: 90, currency: 'USD' },
        },
      ],
    },
    {
      id: 'velocor',
      name: 'Velocor',
      aliases: ['维洛克'],
      protectedTerms: ['VLX'],
      categories: ['shoes'],
      manufacturingCountries: ['JP', 'VN'],
      productLines: [
        {
          name: 'Stride Runner 7',
          shortNames: ['Stride Runner'],
          category: 'shoes',
          referencePrice: { min: 120, max: 160, currency: 'USD' },
        },
      ],
    },
    {
      id: 'quillsoft',
      name: 'Quillsoft',
      aliases: ['奎尔软件'],
      categories: ['software'],
      manufacturingCountries: ['US'],
      productLines: [
        {
          name: 'Quillsoft Studio',
          shortNames: ['QStudio'],
          category: 'software',
          referencePrice: { min: 200, max: 400, currency: 'USD' },
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

describe('eighth round: counts written in Chinese numerals', () => {
  it('reads Chinese and Arabic counts', () => {
    assert.equal(readCount('三万'), 30_000);
    assert.equal(readCount('一万五千'), 15_000);
    assert.equal(readCount('两百八十'), 280);
    assert.equal(readCount('二百五十六'), 256);
    assert.equal(readCount('一百零五'), 105);
    assert.equal(readCount('十二'), 12);
    assert.equal(readCount('2.5万'), 25_000);
    assert.equal(readCount('20,000'), 20_000);
    assert.equal(readCount('万'), undefined);
    assert.equal(readCount('掌机'), undefined);
  });

  it('a handheld with tens of thousands of games written in Chinese numerals is a pirated bundle', () => {
    for (const title of [
      'PF40 掌机 内置一万五千款游戏 插卡即玩',
      '复古游戏机 家用 内置三万款游戏',
      '像素锻造 PF40 送128G游戏卡 内置两万款 街机全集',
      '怀旧游戏机 4K 内置三万款 经典 游戏',
    ]) {
      const v = scan({ title, price: 40, currency: 'USD' });
      assert.ok(v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(kinds(v).includes('piracy'), title);
    }
  });

  it('an official console with tens of games, or a few games, is not', () => {
    for (const title of [
      '像素锻造 PF40 官方正版 内置四十款游戏',
      '掌机 送三款游戏',
      'PF40 handheld, official, 60 games built in',
    ]) {
      const v = scan({ title, price: 70, currency: 'USD' });
      assert.ok(!kinds(v).includes('piracy'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('eighth round: cracked, activated for good, preloaded', () => {
  it('software or games sold cracked or activated for good are piracy, in both languages', () => {
    for (const title of [
      'Quillsoft Studio 2026 学习版 永久激活 Win/Mac',
      'Quillsoft Studio PC crack, delivery by link',
      'Fantasy saga PC, cracked edition, all DLC unlocked, no launcher',
      'handheld with cracked game library installed (200+ titles)',
      'Clé USB avec tous les jeux PC cracks, prêt à installer',
      'Quillsoft Studio offline activation, lifetime',
      'PF40 掌机 已越狱 游戏全装好 插卡即玩',
    ]) {
      const v = scan({ title, price: 20, currency: 'USD' });
      assert.ok(kinds(v).includes('piracy'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, title);
    }
  });

  it('a cracked screen or case is damage, a learning tablet is no pirated edition', () => {
    for (const title of [
      'Pixelforge PF40 handheld, used, cracked screen, games work fine',
      'Gaming PC case with a small crack in the side glass',
      '英语学习机 学习版 点读 课本同步',
      'Pixelforge PF40 官方正版 数字版 装好游戏 账号转让',
    ]) {
      const v = scan({ title, price: 60, currency: 'USD' });
      assert.ok(!kinds(v).includes('piracy'), `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('eighth round: an invitation to authenticate', () => {
  it('支持鉴定 / 支持验货 is no quality claim: second-hand and authorized sellers say it too', () => {
    for (const title of [
      'Pixelforge PF40 九成新 支持鉴定',
      '像素锻造 PF40 全套附件 【支持验货】',
      'Quillsoft Studio 盒装 可验货',
    ]) {
      const v = scan({ title });
      assert.ok(!kinds(v).includes('weak_quality_claim'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(!v.flagged, title);
    }
  });
});

describe('eighth round: negations that reach past a qualifier', () => {
  it('"不是第三方仿制" and "NOT one of the fake ones" deny a copy', () => {
    for (const [title, description] of [
      ['像素锻造 PF40 官方联名款 现货', '品牌官方复刻，不是第三方仿制。门店购入有小票。'],
      ['像素锻造 PF40 并非一般高仿 正品', undefined],
      ['Pixelforge PF40 genuine UK stock - NOT one of the fake ones floating around', undefined],
      ['Pixelforge PF40, none of those clones, bought in store', undefined],
    ] as const) {
      const v = scan(description === undefined ? { title } : { title, description });
      assert.ok(!v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('a copy claim after a negated other word still counts', () => {
    for (const title of ['像素锻造 PF40 高仿 不是正品', 'Pixelforge PF40 not cheap, 1:1 replica']) {
      assert.ok(scan({ title }).flagged, title);
    }
  });
});

describe('eighth round: the condition stated in European languages', () => {
  it('"neu", "neuf", "nuovo imballato" state a new item: with an extreme price it flags', () => {
    for (const title of [
      'Pixelforge PF40 Handheld schwarz, neu',
      'Pixelforge PF40 console noire neuf',
      'Pixelforge PF40 nero, nuovo imballato',
    ]) {
      const v = scan({ title, price: 5, currency: 'EUR' });
      assert.ok(kinds(v).includes('stated_new'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, title);
    }
  });

  it('an extreme price alone still does not flag', () => {
    const v = scan({ title: 'Pixelforge PF40 Handheld schwarz', price: 5, currency: 'EUR' });
    assert.ok(!v.flagged, JSON.stringify(v.signals));
  });
});

describe('eighth round: emoji in place of the brand', () => {
  it('emoji right before a line whose brand the title leaves out is a weak disguise: with a low price it flags', () => {
    for (const title of ['🌊🏃 Stride Runner 7 runners navy', '🖤💎Stride Runner 7 跑鞋 四十二码']) {
      const v = scan({ title, price: 30, currency: 'USD', category: 'shoes' });
      assert.ok(
        v.signals.some((s) => s.kind === 'brand_nickname' && s.brandId === 'velocor'),
        `${title}: ${JSON.stringify(v.signals)}`,
      );
      assert.ok(v.flagged, title);
      // alone, at a fair price, it asks for nothing
      assert.ok(!scan({ title, price: 139, currency: 'USD', category: 'shoes' }).flagged, title);
    }
  });

  it('not when the brand is written, nor in another category', () => {
    const written = scan({
      title: 'Velocor 🔥 Stride Runner 7 navy',
      price: 130,
      currency: 'USD',
      category: 'shoes',
    });
    assert.ok(!written.signals.some((s) => s.kind === 'brand_nickname'), JSON.stringify(written.signals));
    const other = scan({
      title: '🔥 Stride Runner 7 poster print A3',
      price: 9,
      currency: 'USD',
      category: 'art',
    });
    assert.ok(!other.signals.some((s) => s.kind === 'brand_nickname'), JSON.stringify(other.signals));
  });
});

describe('eighth round: 仿 words and replica-workshop slang', () => {
  it('仿货, 仿版, 仿原装, 莆田, 清洁厂, 得物版 with a brand are copy claims', () => {
    for (const title of [
      '维洛克 Stride Runner 7 仿货 四十二码',
      '仿版 Velocor Stride Runner 7',
      'Velocor Stride Runner 7 仿原装 鞋盒',
      '维洛克 跑鞋 莆田',
      'Velocor Stride Runner 7 〖清洁厂〗',
      '维洛克 Stride Runner 7 得物版',
      'Velocor Stride Runner 7 clean factory, inspired version',
    ]) {
      const v = scan({ title, category: 'shoes' });
      assert.ok(kinds(v).includes('coded'), `${title}: ${JSON.stringify(v.signals)}`);
      assert.ok(v.flagged, title);
    }
  });

  it('not negated, not without a brand, not in a description, not inside 高仿', () => {
    for (const [title, description] of [
      ['维洛克 Stride Runner 7 专柜正品 非莆田', undefined],
      ['维洛克 Stride Runner 7 正品 非高仿版 专柜购入', undefined],
      ['莆田荔枝 新鲜 五斤装', undefined],
      ['仿真 模型 仿版 手办 无品牌', undefined],
      ['维洛克 Stride Runner 7 跑鞋 正品', '发货地：福建莆田，顺丰包邮。'],
    ] as const) {
      const v = scan(
        description === undefined ? { title, category: 'shoes' } : { title, description, category: 'shoes' },
      );
      assert.ok(!v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });
});

describe('eighth round: accessories that hold or replace the brand', () => {
  it("what holds, carries or replaces a brand's goods names the brand nominatively: no price or origin cues", () => {
    for (const [title, category] of [
      ['Travel watch roll, holds Pixelforge PF40 and others, gift idea', undefined],
      ['化妆包 可放维洛克 Stride Runner 7 黑色', undefined],
      ['分装空瓶 可装维洛克 两件装', undefined],
      ['Pixelforge PF40 收纳包 硬壳 防摔', 'game-consoles'],
      ['Remanufactured cartridge to replace Pixelforge PF40 battery, 3,000 cycles', undefined],
      ['Quillsoft Studio keyboard shortcut stickers - fan-made, not Quillsoft', undefined],
    ] as const) {
      const listing = { title, price: 5, currency: 'USD', quantity: 200, shipFrom: 'CN' };
      const v = scan(category === undefined ? listing : { ...listing, category });
      assert.ok(!v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it("the brand's own goods at the same price still flag", () => {
    const v = scan({
      title: 'Pixelforge PF40 handheld 全新',
      price: 5,
      currency: 'USD',
      quantity: 200,
      shipFrom: 'US',
    });
    assert.ok(v.flagged, JSON.stringify(v.signals));
  });
});

describe('eighth round: units on hand counted in the title', () => {
  it('reads counts of units on hand, not sizes', () => {
    assert.equal(unitsOnHandInTitle('steering wheel hot pink x5 available'), 5);
    assert.equal(unitsOnHandInTitle('office chair, new in plain carton, 12 available'), 12);
    assert.equal(unitsOnHandInTitle('笔记本 全新 无包装 四台现货'), 4);
    assert.equal(unitsOnHandInTitle('跑鞋 现货五双'), 5);
    assert.equal(unitsOnHandInTitle('boots UK 8 in stock'), undefined);
    assert.equal(unitsOnHandInTitle('boots, all sizes in stock'), undefined);
  });

  it('several units of a new branded item add up with another weak cue', () => {
    const v = scan({ title: 'Velocor Stride Runner 7 全新 无包装 四双现货', category: 'shoes' });
    assert.ok(kinds(v).includes('stock_variety'), JSON.stringify(v.signals));
    assert.ok(v.flagged, JSON.stringify(v.signals));
    // alone, a count on hand asks for nothing; second-hand goods are not stock
    assert.ok(!scan({ title: 'Velocor Stride Runner 7, x5 available', category: 'shoes' }).flagged);
    const used = scan({
      title: 'Velocor Stride Runner 7 used, x5 available',
      condition: 'used',
      category: 'shoes',
    });
    assert.ok(!kinds(used).includes('stock_variety'), JSON.stringify(used.signals));
  });
});

describe('eighth round: a code continued is another code', () => {
  it('capitals of a protected term or line code followed by a hyphen and digits name something else', () => {
    for (const title of ['VLX-2 shoe lace lock clips x2', 'VLX-2 鞋带扣 五个装']) {
      const v = scan({ title, price: 5, currency: 'USD', quantity: 150, shipFrom: 'CN', category: 'shoes' });
      assert.deepEqual(v.brands, [], `${title}: ${JSON.stringify(v.brands)}`);
      assert.ok(!v.flagged, title);
    }
  });

  it('the code written alone still names the brand', () => {
    const v = scan({ title: 'VLX running shoes', price: 130, currency: 'USD', category: 'shoes' });
    assert.equal(v.brands[0]?.brandId, 'velocor', JSON.stringify(v.brands));
  });
});

describe('eighth round: export orders of unbranded goods', () => {
  it('原单 / 尾单 / 外贸原单 of goods the title says are unbranded, naming no brand, are no copy claim', () => {
    for (const title of [
      '原单 外贸 尾单 纯棉 袜子 50双 无品牌',
      '外贸原单 纯棉白T恤 无品牌 宽松 男女',
      'export surplus cotton socks, no brand',
    ]) {
      const v = scan({ title });
      assert.ok(!v.flagged, `${title}: ${JSON.stringify(v.signals)}`);
    }
  });

  it('with a brand named, or without the unbranded statement, they still count', () => {
    for (const title of ['维洛克 Stride Runner 7 原单 跑鞋 无logo', '原单 纯棉 T恤 宽松 男女']) {
      assert.ok(scan({ title, category: 'shoes' }).flagged, title);
    }
  });
});
