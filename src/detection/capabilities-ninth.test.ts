/**
 * Capabilities of the ninth round of issue 11, each with the false positive or miss it is for:
 * a number in a pattern is the whole number of the text ("0.1-1.5 s" holds no "1-1") and a word
 * written wholly in digits is a number, not a disguised word (七 of 七天 is no "T"); the name proper
 * of a Chinese name registered with a generic word behind it or a country in front (小熊 of 小熊电器,
 * 后 of 韩国后) is the brand's own name, and a character swapped outside it is no misspelling; the
 * singular or plural of a line name or protected term is the ordinary word ("seahorse" of "Seahorses");
 * a licence circumvented (破解, "hack" near licence, update or function words; modified firmware), of
 * any software or device, and a game's private server; counts of bundled games given as titles, ROMs
 * or blockbusters, or after 送 and 预载.
 * Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-ninth-1',
  brands: [
    {
      id: 'lumaro',
      name: 'Lumaro',
      aliases: ['鲁玛罗'],
      protectedTerms: ['T*', 'Flashline'],
      categories: ['cameras', 'eyewear'],
      manufacturingCountries: ['CN'],
      productLines: [
        {
          name: 'LX900 II',
          aliases: ['LX900II'],
          category: 'cameras',
          referencePrice: { min: 120, max: 180, currency: 'USD' },
        },
      ],
    },
    {
      id: 'heron-home',
      name: 'Lumin Heron',
      aliases: ['鹭鸣电器'],
      categories: ['home-appliances'],
      manufacturingCountries: ['CN'],
      productLines: [{ name: 'yogurt maker', aliases: ['酸奶机', 'YG-K30'], category: 'home-appliances' }],
    },
    {
      id: 'jichuan',
      name: 'JICHUAN',
      aliases: ['霁川包'],
      categories: ['handbags'],
      manufacturingCountries: ['JP'],
      productLines: [{ name: 'RANGER', aliases: ['Ranger shoulder bag'], category: 'handbags' }],
    },
    {
      id: 'seolhwa',
      name: 'Seolhwa',
      aliases: ['韩国雪', '澜珀斯'],
      categories: ['cosmetics'],
      manufacturingCountries: ['KR'],
    },
    {
      id: 'trovellis',
      name: 'Trovellis',
      protectedTerms: ['Seahorses'],
      categories: ['toys'],
      manufacturingCountries: ['DE'],
    },
    {
      id: 'torqline',
      name: 'Torqline',
      aliases: ['拓科'],
      categories: ['tools', 'auto-parts'],
      manufacturingCountries: ['CN'],
      productLines: [{ name: 'ScanPad 9', aliases: ['SP9'], category: 'tools' }],
    },
    {
      id: 'moonvale',
      name: 'Moonvale Games',
      categories: ['video-games'],
      manufacturingCountries: ['US'],
      works: [
        { title: 'Starfall Saga', discReleaseDate: '2020-01-01' },
        { title: '星落传说', discReleaseDate: '2020-01-01' },
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

describe('numbers are whole numbers', () => {
  it('a range of decimals in a spec line is no "1-1" marker', () => {
    const verdict = scan({
      title: 'Lumaro LX900 II flash',
      description: 'Guide number 60.\nRecycle time 0.1-1.5 s.\n回电时间0.1-1.5秒。',
      category: 'cameras',
      price: 150,
      currency: 'USD',
      shipFrom: 'CN',
    });
    assert.ok(!kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
    assert.equal(verdict.flagged, false);
  });

  it('"1-1" written as a whole number pair still counts with a brand', () => {
    const verdict = scan({
      title: 'Lumaro LX900 II 1-1 flash',
      category: 'cameras',
      price: 150,
      currency: 'USD',
    });
    assert.ok(kinds(verdict).includes('marker'), JSON.stringify(verdict.signals));
  });

  it('a Chinese numeral in boilerplate is no letter of a protected term', () => {
    const verdict = scan({
      title: '偏光太阳镜 无品牌 黑色',
      description: '支持七天无理由退换。',
      category: 'eyewear',
      price: 13.6,
      currency: 'CNY',
    });
    assert.ok(!kinds(verdict).includes('brand_obfuscated'), JSON.stringify(verdict.signals));
  });

  it('digits among letters still disguise a name', () => {
    const verdict = scan({
      title: 'Lum4r0 LX900 II flash',
      category: 'cameras',
      price: 150,
      currency: 'USD',
    });
    assert.ok(kinds(verdict).includes('brand_obfuscated'), JSON.stringify(verdict.signals));
  });
});

describe('the name proper of a Chinese name', () => {
  it('the name without its generic word is the brand, not a nickname', () => {
    const verdict = scan({
      title: '鹭鸣 YG-K30 酸奶机',
      category: 'home-appliances',
      price: 109,
      currency: 'CNY',
    });
    assert.ok(!kinds(verdict).includes('brand_nickname'), JSON.stringify(verdict.signals));
    assert.deepEqual(
      verdict.brands.map((b) => b.brandId),
      ['heron-home'],
    );
  });

  it('a character swapped in the generic word is no misspelling', () => {
    const verdict = scan({
      title: '霁川官方复刻 经典款 单肩包',
      category: 'handbags',
      price: 1759,
      currency: 'CNY',
    });
    assert.ok(!kinds(verdict).includes('brand_misspelled'), JSON.stringify(verdict.signals));
  });

  it('a country left after the name proper is swapped away is no misspelling', () => {
    const verdict = scan({
      title: '韩国免税店购入 面霜 套盒',
      category: 'cosmetics',
      price: 1789,
      currency: 'CNY',
    });
    assert.ok(!kinds(verdict).includes('brand_misspelled'), JSON.stringify(verdict.signals));
  });

  it('a character swapped in a name with no generic part is still a misspelling', () => {
    const verdict = scan({ title: '澜珀达 面霜 套盒', category: 'cosmetics', price: 1789, currency: 'CNY' });
    assert.ok(kinds(verdict).includes('brand_misspelled'), JSON.stringify(verdict.signals));
  });
});

describe('inflections of line names', () => {
  it('the singular of a protected term that is an English word is no misspelling', () => {
    const verdict = scan({
      title: 'Kids plastic seahorse figures, 24 pcs',
      category: 'toys',
      price: 5,
      currency: 'USD',
    });
    assert.ok(!kinds(verdict).includes('brand_misspelled'), JSON.stringify(verdict.signals));
  });

  it("a brand's name without its final s is still a misspelling", () => {
    const verdict = scan({ title: 'Trovelli plush bear', category: 'toys', price: 5, currency: 'USD' });
    assert.ok(kinds(verdict).includes('brand_misspelled'), JSON.stringify(verdict.signals));
  });
});

describe('licences circumvented and pirated game servers', () => {
  it('破解 near licence words is piracy, for any device', () => {
    const verdict = scan({
      title: '拓科 SP9 破解版 全功能开通 终身免费',
      category: 'tools',
      price: 300,
      currency: 'CNY',
    });
    assert.ok(kinds(verdict).includes('piracy'), JSON.stringify(verdict.signals));
  });

  it('"hack" near update words, and modified firmware, are piracy', () => {
    const hack = scan({
      title: 'Torqline ScanPad 9 lifetime free update hack, no subscription',
      price: 90,
      currency: 'USD',
    });
    assert.ok(kinds(hack).includes('piracy'), JSON.stringify(hack.signals));
    const firmware = scan({
      title: 'Torqline ScanPad 9 modified firmware, all functions',
      price: 90,
      currency: 'USD',
    });
    assert.ok(kinds(firmware).includes('piracy'), JSON.stringify(firmware.signals));
  });

  it("a game's private server is piracy", () => {
    const english = scan({
      title: 'Starfall Saga private server - unlimited gems, all characters',
      price: 9,
      currency: 'USD',
    });
    assert.ok(kinds(english).includes('piracy'), JSON.stringify(english.signals));
    const chinese = scan({ title: '星落传说私服 永久 无限钻石 全角色', price: 30, currency: 'CNY' });
    assert.ok(kinds(chinese).includes('piracy'), JSON.stringify(chinese.signals));
  });

  it("a star's off-duty clothes (私服) and a life hack are not piracy", () => {
    assert.ok(
      !kinds(scan({ title: '明星私服同款 卫衣 宽松', price: 89, currency: 'CNY' })).includes('piracy'),
    );
    assert.ok(
      !kinds(
        scan({ title: 'Kitchen life hack set, lifetime warranty', price: 12, currency: 'USD' }),
      ).includes('piracy'),
    );
  });

  it('games counted as blockbusters or ROMs, or given away, are a pirated bundle', () => {
    const blockbusters = scan({ title: '掌机 预装500款3A大作 开箱即玩', price: 3000, currency: 'CNY' });
    assert.ok(kinds(blockbusters).includes('piracy'), JSON.stringify(blockbusters.signals));
    const roms = scan({ title: 'Handheld 满载游戏 送2万款ROM', price: 300, currency: 'CNY' });
    assert.ok(kinds(roms).includes('piracy'), JSON.stringify(roms.signals));
  });
});
