/**
 * Capabilities of the sixth round of issue 11: a category field holding the taxonomy's own id,
 * weak cues composed from their parts (quality praise, several units on hand, missing proof of
 * provenance, a stock count in the title, invented colourways), claims of likeness to the genuine
 * article and of a copy's "version", off-platform contact in a description, and the false
 * positives each must not cause (a registered short spelling read through a digit, words that 家
 * begins, a doubled letter folded with I/l, a brand whose name is a colour, an unbranded item,
 * a returns policy). Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { QUALITY_CLAIM_PHRASES, STOCK_ON_HAND_PHRASES } from './data/composed-phrases.ts';
import { Detector } from './detector.ts';
import { stockCountInTitle } from './indicators.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-composed-1',
  brands: [
    {
      id: 'corvane',
      name: 'Corvane',
      aliases: ['科凡'],
      categories: ['audio'],
      colours: ['black', 'white'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'Corvane Pulse 4',
          shortNames: ['Pulse 4'],
          category: 'audio',
          colours: ['black', 'white'],
          referencePrice: { min: 120, max: 160, currency: 'USD' },
        },
      ],
    },
    {
      id: 'velorine',
      name: 'Velorine',
      aliases: ['维洛琳'],
      categories: ['watches'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Velorine Tide 40',
          shortNames: ['Tide 40'],
          category: 'watches',
          colours: ['black', 'blue'],
          referencePrice: { min: 900, max: 1100, currency: 'USD' },
        },
      ],
    },
    {
      id: 'playnova',
      name: 'Playnova',
      aliases: ['PN5', '普雷诺'],
      categories: ['game-consoles'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'Playnova 5',
          shortNames: ['PN5'],
          category: 'game-consoles',
          referencePrice: { min: 450, max: 550, currency: 'USD' },
        },
      ],
    },
    {
      id: 'ivory-white',
      name: 'Ivory-White',
      categories: ['shoes', 'apparel'],
      manufacturingCountries: ['IT'],
      categoryPrices: [{ category: 'shoes', referencePrice: { min: 400, max: 900, currency: 'USD' } }],
      productLines: [
        {
          name: 'Runway Arrow Sneaker',
          shortNames: ['Runway Arrow'],
          category: 'shoes',
          referencePrice: { min: 500, max: 700, currency: 'USD' },
        },
      ],
    },
    {
      id: 'lumbrix',
      name: 'Lumbrix',
      aliases: ['朗布里'],
      categories: ['apparel'],
      manufacturingCountries: ['IT'],
      categoryPrices: [{ category: 'apparel', referencePrice: { min: 300, max: 900, currency: 'USD' } }],
    },
    {
      id: 'jingneng',
      name: 'Jingneng',
      aliases: ['精能'],
      protectedTerms: ['小能'],
      categories: ['cameras'],
      manufacturingCountries: ['JP'],
    },
    {
      id: 'zhoulele',
      name: 'Zhou Lele',
      aliases: ['周乐乐'],
      categories: ['jewellery'],
      manufacturingCountries: ['HK'],
    },
    {
      id: 'harbor',
      name: 'Harbor',
      commonWordTerms: ['Harbor'],
      categories: ['watches'],
      manufacturingCountries: ['CH'],
      productLines: [
        {
          name: 'Deepline GMT',
          modelNumbers: ['H79830RB'],
          category: 'watches',
          referencePrice: { min: 4000, max: 4500, currency: 'USD' },
        },
      ],
    },
    {
      id: 'phelips',
      name: 'Philix',
      categories: ['home-appliances'],
      manufacturingCountries: ['NL'],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });
const scan = (listing: Partial<ListingInput>): Verdict =>
  detector.scan({ id: 'x', title: '', ...listing } as ListingInput);
const kinds = (v: Verdict) => v.signals.map((s) => s.kind);

describe('a category field holding the taxonomy id', () => {
  it('reads ids no seller writes as words ("audio", "small-leather-goods") exactly', () => {
    for (const id of ['audio', 'small-leather-goods', 'film-tv', 'home-appliances', 'outdoor-gear']) {
      assert.deepEqual(scan({ title: 'thing', category: id }).categories, [id]);
    }
    // one id, not the words inside it: camera-lenses is not also cameras
    assert.deepEqual(scan({ title: 'thing', category: 'camera-lenses' }).categories, ['camera-lenses']);
    assert.deepEqual(scan({ title: 'thing', category: 'Electronics > audio' }).categories, ['audio']);
  });

  it('so a brand with its line in that category gets its indicators', () => {
    const v = scan({
      title: 'Corvane Pulse 4 purple, lots of 50',
      category: 'audio',
      price: 50,
      currency: 'USD',
      condition: 'new',
    });
    assert.ok(kinds(v).includes('price_low'), JSON.stringify(v.signals));
    assert.ok(kinds(v).includes('bulk_quantity'));
    assert.ok(kinds(v).includes('colour_not_produced'));
    assert.equal(v.flagged, true);
  });
});

describe('weak cues composed from their parts', () => {
  it('praise of quality in any of its shapes is a weak quality claim', () => {
    for (const phrase of [
      '品质超好',
      '质量过硬',
      '做工杠杠的',
      'flawless quality',
      'excellent workmanship',
    ]) {
      assert.ok(QUALITY_CLAIM_PHRASES.includes(phrase), phrase);
      const v = scan({ title: `Corvane Pulse 4 ${phrase}`, category: 'audio' });
      assert.deepEqual(kinds(v), ['weak_quality_claim'], phrase);
      assert.equal(v.flagged, false, 'one weak cue alone is not enough');
    }
  });

  it('several units on hand is a stock cue; with a quality claim the two flag', () => {
    assert.ok(STOCK_ON_HAND_PHRASES.includes('多个现货'));
    const v = scan({ title: '科凡 Pulse 4 全新 质量很好 多个现货', category: 'audio' });
    assert.deepEqual(kinds(v).sort(), ['stock_variety', 'weak_quality_claim']);
    assert.equal(v.flagged, true);
  });

  it('"new" as a phrase of its own states the condition: with an extreme price it flags', () => {
    const v = scan({
      title: 'Velorine / Tide 40 / black / new',
      category: 'watches',
      price: 60,
      currency: 'USD',
    });
    assert.deepEqual(kinds(v).sort(), ['price_low', 'stated_new']);
    assert.equal(v.flagged, true);
    const word = scan({
      title: 'Velorine Tide 40 new arrival',
      category: 'watches',
      price: 60,
      currency: 'USD',
    });
    assert.deepEqual(kinds(word), ['price_low'], 'price never decides alone');
  });

  it('a brand name that is an ordinary word, with one of its lines, gets its indicators', () => {
    const v = scan({
      title: 'Harbor Deepline GMT H79830RB - New Unworn',
      price: 320,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.ok(kinds(v).includes('price_low'), JSON.stringify(v.signals));
    assert.equal(v.flagged, true);
    // the word alone is still a word
    assert.deepEqual(
      scan({ title: 'Harbor view poster', price: 5, currency: 'USD', shipFrom: 'CN' }).signals,
      [],
    );
  });

  it('a stock count in the title is bulk stock when the quantity field is absent', () => {
    assert.equal(stockCountInTitle('Corvane Pulse 4, 186 units ready'), 186);
    assert.equal(stockCountInTitle('科凡 Pulse 4 现货100台'), 100);
    assert.equal(stockCountInTitle('lots of 50'), 50);
    assert.equal(stockCountInTitle('screwdriver set 6 pcs magnetic'), undefined, 'a pack, not stock');
    assert.equal(stockCountInTitle('火花塞 4支装'), undefined);
    const v = scan({ title: 'Corvane Pulse 4, black, 186 units ready', category: 'audio' });
    assert.ok(kinds(v).includes('bulk_quantity'));
    assert.match(v.signals.find((s) => s.kind === 'bulk_quantity')!.detail, /stated in the title/);
  });

  it('a new item without receipt, papers or box is a weak cue; a second-hand one is not', () => {
    const fresh = scan({
      title: 'Velorine Tide 40 new, several available, no receipt',
      category: 'watches',
      shipFrom: 'MY',
    });
    assert.deepEqual(kinds(fresh).sort(), [
      'provenance_missing',
      'ship_from_not_manufacturing',
      'stock_variety',
    ]);
    assert.equal(fresh.flagged, true, 'three weak cues reach the threshold');
    const used = scan({ title: 'Velorine Tide 40 pre-owned, no box no papers', category: 'watches' });
    assert.ok(!kinds(used).includes('provenance_missing'));
    const zh = scan({ title: '维洛琳 Tide 40 全新 无保卡 无发票', category: 'watches' });
    assert.ok(kinds(zh).includes('provenance_missing'));
  });

  it('returns policies in a description are not missing provenance', () => {
    const v = scan({
      title: 'Velorine Tide 40 blue',
      category: 'watches',
      description: 'Returns: items returned without receipt or without box are not accepted.',
    });
    assert.ok(!kinds(v).includes('provenance_missing'));
  });
});

describe('colourways a line never had', () => {
  it('camo, neon, leopard and glitter are colours of the product', () => {
    for (const title of [
      'Corvane Pulse 4 camo',
      'Corvane Pulse 4 neon yellow',
      '科凡 Pulse 4 迷彩 顶级品质',
      '科凡 Pulse 4 荧光橙',
    ]) {
      const v = scan({ title, category: 'audio' });
      assert.ok(kinds(v).includes('colour_not_produced'), title);
    }
    assert.ok(
      !kinds(scan({ title: 'Corvane Pulse 4 black', category: 'audio' })).includes('colour_not_produced'),
    );
  });
});

describe('claims about a copy', () => {
  it('likeness to the genuine article is coded, with a brand', () => {
    for (const text of [
      '和正品放一起分不出来',
      '与正品无差别',
      'identical to the original',
      'the bag itself is a copy',
    ]) {
      const v = scan({ title: 'Velorine Tide 40', category: 'watches', description: `About: ${text}.` });
      assert.ok(
        v.signals.some((s) => s.kind === 'coded' || s.kind === 'marker'),
        `${text}: ${JSON.stringify(v.signals)}`,
      );
    }
    // closeness of a price is no likeness
    const price = scan({
      title: '维洛琳 Tide 40',
      category: 'watches',
      description: '代购，价格与专柜接近。',
    });
    assert.ok(!kinds(price).includes('coded'));
    // no brand, no claim
    assert.ok(
      !kinds(scan({ title: 'plain cotton tee', description: 'identical to the original' })).includes('coded'),
    );
  });

  it('a superlative version or grade is coded; an official edition is not', () => {
    assert.ok(kinds(scan({ title: '维洛琳 Tide 40 神版', category: 'watches' })).includes('coded'));
    assert.ok(
      kinds(scan({ title: 'Velorine Tide 40 counter version', category: 'watches' })).includes('coded'),
    );
    assert.ok(!kinds(scan({ title: '维洛琳 Tide 40 专业版', category: 'watches' })).includes('coded'));
  });

  it('an off-platform offer weighs the same in a description as in a title', () => {
    const v = scan({
      title: 'Velorine Tide 40',
      category: 'watches',
      description: 'Shipping: 3-5 days.\nMessage me on WhatsApp before buying for real photos.',
    });
    const contact = v.signals.find((s) => s.kind === 'contact_offsite');
    assert.equal(contact?.weight, 0.42);
    assert.equal(v.flagged, true);
    const boilerplate = scan({
      title: '维洛琳 Tide 40',
      category: 'watches',
      description: '【宝贝详情】以实物图片为准',
    });
    assert.ok(!kinds(boilerplate).includes('contact_offsite'));
  });
});

describe('trade wording composed from its parts', () => {
  it('goods leaked from production, by source and way out', () => {
    for (const title of [
      'Corvane Pulse 4 production line leak',
      'Corvane Pulse 4 OEM leftovers',
      'Corvane Pulse 4 factory rejects',
      '科凡 Pulse 4 流水线流出',
    ]) {
      assert.ok(kinds(scan({ title, category: 'audio' })).includes('oem_leak'), title);
    }
    assert.ok(
      !kinds(scan({ title: 'garden hose production line leak fix kit' })).includes('oem_leak'),
      'no brand',
    );
  });

  it('an invitation off the platform, by what to do and what for', () => {
    for (const title of [
      'Corvane Pulse 4 message me for actual photos',
      'Corvane Pulse 4 contact me off-app',
      '科凡 Pulse 4 实拍+v',
    ]) {
      assert.ok(kinds(scan({ title, category: 'audio' })).includes('contact_offsite'), title);
    }
  });

  it('a word of a pattern is not its innocent context ("grade" of "grade AAA")', () => {
    assert.ok(kinds(scan({ title: 'Corvane Pulse 4 / grade AAA', category: 'audio' })).includes('marker'));
    assert.ok(!kinds(scan({ title: 'AAA grade pearls necklace, Corvane gift box' })).includes('marker'));
  });

  it('bundled games counted the multicart way are a pirated collection', () => {
    for (const title of ['Multicart · 10000-in-1', '合卡 | 200合1', 'Playnova 5 预装 50款 模拟器游戏']) {
      assert.ok(kinds(scan({ title })).includes('piracy'), title);
    }
    assert.ok(
      !kinds(scan({ title: '双人 2合1 游戏 手柄' })).includes('piracy'),
      'two games in one is a bundle',
    );
  });
});

describe('names sellers mark as names', () => {
  it('letters for the brand before its line count when only the description writes the brand', () => {
    const v = scan({
      title: 'V.L ~ 💥 · Tide 40 blue',
      category: 'watches',
      description: 'Velorine Tide 40, blue dial. Ships in 3 days.',
    });
    assert.ok(kinds(v).includes('brand_nickname'), JSON.stringify(v.signals));
    const named = scan({ title: 'Velorine V.L Tide 40 blue', category: 'watches' });
    assert.ok(!kinds(named).includes('brand_nickname'), 'the title writes the brand: letters are a code');
  });

  it('a two-character name written by its sound counts before 同款 or 家, standing alone', () => {
    // 井 and 精 share the reading jing, 嫩 and 能 neng/nen
    for (const title of ['井嫩同款 相机 套机', '精嫩家 微单 相机']) {
      const v = scan({ title });
      assert.ok(kinds(v).includes('brand_misspelled'), `${title}: ${JSON.stringify(v.signals)}`);
    }
    // not without the mark (ordinary words and names sound like many), nor inside a longer word
    assert.ok(!kinds(scan({ title: '井嫩 相机 套机' })).includes('brand_misspelled'));
    assert.ok(!kinds(scan({ title: '水井嫩同款 相机' })).includes('brand_misspelled'));
  });

  it('a name with a doubled character is compared character by character (周乐勒 for 周乐乐)', () => {
    for (const title of ['周乐勒 手镯', '周勒乐 手镯']) {
      assert.ok(kinds(scan({ title, category: 'jewellery' })).includes('brand_misspelled'), title);
    }
    assert.deepEqual(scan({ title: '周乐乐 手镯', category: 'jewellery' }).signals, []);
  });

  it('"the same style as" right after the brand is a lookalike claim; unisex and star styles are not', () => {
    assert.ok(kinds(scan({ title: '精能同款 微单 相机' })).includes('coded'));
    assert.ok(!kinds(scan({ title: '精能 男女同款 相机包' })).includes('coded'));
    assert.ok(!kinds(scan({ title: '精能 相机 明星同款' })).includes('coded'));
    // a protected term is not the brand's name: "小能 同款" may be a cartoon's
    assert.ok(!kinds(scan({ title: '小能 同款 蜡笔 绘画套装' })).includes('coded'));
  });
});

describe('false positives of this round', () => {
  it('a guide or service about spotting fakes sells neither the brand nor a fake', () => {
    const guide = scan({
      title: 'How to Spot a Fake Velorine: An Illustrated Guide',
      price: 15,
      currency: 'USD',
      quantity: 200,
      description: 'Learn what replicas get wrong.',
    });
    assert.equal(guide.flagged, false, JSON.stringify(guide.signals));
    const service = scan({ title: '维洛琳 鉴定服务 如何辨别 复刻', category: 'watches' });
    assert.equal(service.flagged, false, JSON.stringify(service.signals));
    // a copy's boast is no guide
    assert.equal(
      scan({ title: 'Velorine Tide 40 replica, passes legit checks', category: 'watches' }).flagged,
      true,
    );
  });

  it('a negation reaches every item of the list it heads', () => {
    for (const title of [
      'Velorine Tide 40, authentic, not mirror/clone',
      'Velorine Tide 40 - Not a Clone or "Inspired By"',
    ]) {
      assert.ok(!kinds(scan({ title, category: 'watches' })).includes('marker'), title);
    }
    assert.ok(
      kinds(scan({ title: 'Velorine Tide 40, no box, clone', category: 'watches' })).includes('marker'),
    );
  });

  it('an accessory noun in the next sentence does not make the brand nominative', () => {
    const v = scan({
      title: 'Velorine Tide 40 new',
      category: 'watches',
      price: 60,
      currency: 'USD',
      description: 'You are buying: Velorine Tide 40. Strap length fits wrists 15-21 cm.',
    });
    assert.equal(v.brands[0]?.nominative, false, JSON.stringify(v.brands));
    assert.ok(kinds(v).includes('price_low'));
    const strap = scan({ title: 'Velorine Tide 40 strap, leather', category: 'watches' });
    assert.equal(strap.brands[0]?.nominative, true, 'a strap for the watch is still nominative');
  });

  it('a short spelling the brand registered is no disguise, though its digit reads as a letter', () => {
    const v = scan({ title: 'PN5 主机 全新', category: 'game-consoles' });
    assert.ok(!kinds(v).includes('brand_obfuscated'), JSON.stringify(v.signals));
  });

  it('a nickname running on into a word that 家 or 牌 begins is that word', () => {
    const family = scan({ title: '普雷诺家族 周边', category: 'game-consoles' });
    assert.ok(!kinds(family).includes('brand_nickname'), JSON.stringify(family.signals));
    const nickname = scan({ title: '普家 主机 便宜出', category: 'game-consoles' });
    assert.ok(kinds(nickname).includes('brand_nickname'), JSON.stringify(nickname.signals));
  });

  it('one letter more than the name has, where I and l fold together, is doubled, not repeated', () => {
    const v = scan({ title: 'Phillix air fryer', category: 'home-appliances' });
    assert.ok(!kinds(v).includes('brand_obfuscated'), JSON.stringify(v.signals));
    assert.ok(
      kinds(scan({ title: 'Phiiiilix air fryer', category: 'home-appliances' })).includes('brand_obfuscated'),
    );
  });

  it('a brand whose name is a colour is the brand only with one of its lines', () => {
    const colour = scan({
      title: 'Ivory-white wedding shoes, low heel',
      price: 40,
      currency: 'USD',
      shipFrom: 'US',
    });
    assert.deepEqual(colour.signals, []);
    const brand = scan({
      title: 'IVORY-WHITE Runway Arrow sneakers',
      price: 40,
      currency: 'USD',
      shipFrom: 'US',
    });
    assert.ok(kinds(brand).includes('price_low'));
    const marker = scan({ title: 'Ivory-White hoodie 1:1' });
    assert.ok(kinds(marker).includes('marker'), 'a generic marker still has its brand');
  });

  it('an item said to be unbranded gets no brand indicators; "no brand name in title" does', () => {
    const plain = scan({
      title: 'Lumbrix-style linen shirt, no brand',
      category: 'apparel',
      price: 20,
      currency: 'USD',
    });
    assert.ok(!kinds(plain).includes('price_low'), JSON.stringify(plain.signals));
    const hidden = scan({
      title: 'Lumbrix linen shirt, no brand name in title',
      category: 'apparel',
      price: 20,
      currency: 'USD',
    });
    assert.ok(kinds(hidden).includes('price_low'));
  });

  it('a returns policy about cut labels and a licensed prop replica are innocent', () => {
    const returns = scan({
      title: '朗布里 衬衫',
      category: 'apparel',
      description: '七天无理由退换。人为损坏、洗涤后、剪标后不予退换。',
    });
    assert.ok(!kinds(returns).includes('oem_leak'));
    const cut = scan({ title: '朗布里 衬衫 外贸 剪标', category: 'apparel' });
    assert.ok(kinds(cut).includes('oem_leak'));
    assert.equal(cut.flagged, true, 'an OEM claim alone now asks the brand to verify');
  });
});
