/**
 * Capabilities of the seventeenth round (helper circ): circumvention sold as a service or a tool and
 * games counted the ways sellers count them — a figure with a word for a thousand ("12k", "5 mil",
 * "20 ribu"), titles counted with 款 and a word of their kind between, titles counted and said built
 * in on a console; a cheat or unlocker rented by the day or for good, a cheat's functions, a promise of
 * no ban, a private server's client, a game's currency farmed, items got through an exploit, a trial
 * reset without end, a drive sold with a game library, a cracked edition. Invented brands only; each
 * group ends with guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-seventeenth-r17-circ-1',
  brands: [
    {
      id: 'quelvaro',
      name: 'Quelvaro',
      categories: ['game-consoles'],
      manufacturingCountries: ['CN'],
      productLines: [{ name: 'Pexim Go', referencePrice: { min: 80, max: 130, currency: 'USD' } }],
    },
    {
      id: 'ostrevane',
      name: 'Ostrevane',
      categories: ['software'],
      manufacturingCountries: ['US'],
      productLines: [{ name: 'Draftmere Pro', referencePrice: { min: 200, max: 400, currency: 'USD' } }],
    },
    {
      id: 'hallowmark',
      name: 'Hallowmark',
      categories: ['video-games'],
      manufacturingCountries: ['SE'],
      productLines: [{ name: 'Cinder Vale', referencePrice: { min: 30, max: 60, currency: 'USD' } }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, price: 40, currency: 'USD', quantity: 1, ...extra });
}

function piracy(v: Verdict): boolean {
  return v.signals.some((s) => s.kind === 'piracy');
}

function details(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => s.detail));
}

function flagsPiracy(titles: readonly string[], extra: Partial<ListingInput> = {}): void {
  for (const title of titles) {
    const v = scan(title, extra);
    assert.ok(piracy(v) && v.flagged, `${title}: ${details(v)}`);
  }
}

function noPiracy(titles: readonly string[], extra: Partial<ListingInput> = {}): void {
  for (const title of titles) {
    const v = scan(title, extra);
    assert.ok(!piracy(v), `${title}: ${details(v)}`);
  }
}

describe('games counted the ways sellers count them', () => {
  it('a figure with a word for a thousand, in English, Portuguese, Malay', () => {
    for (const title of [
      'Quelvaro Pexim Go retro handheld, 12k games on the SD card',
      'Console retrô Pexim Go com 5 mil jogos e dois controles',
      'Konsol retro Pexim Go 20 ribu game siap main',
    ]) {
      const v = scan(title);
      assert.ok(
        v.signals.some((s) => s.rule === 'piracy.game-count'),
        `${title}: ${details(v)}`,
      );
    }
  });
  it('titles counted with 款 and a word of their kind between, or in Vietnamese shorthand', () => {
    for (const title of ['掌机 三万款街机游戏 双人对战', 'Máy game cầm tay 5.000 trò cài sẵn']) {
      const v = scan(title, { category: 'game-consoles' });
      assert.ok(
        v.signals.some((s) => s.rule === 'piracy.game-count'),
        `${title}: ${details(v)}`,
      );
    }
  });
  it('titles counted and said built in, with no word for games, of a console', () => {
    const v = scan('复古摇杆 八千款内置 双人', { category: 'game-consoles' });
    assert.ok(
      v.signals.some((s) => s.rule === 'piracy.game-count'),
      details(v),
    );
  });
  it('guards: a watch counts its faces, a distance is no thousand, an official mini its few games', () => {
    noPiracy(['智能手表 一百款内置表盘 心率'], { category: 'watches' });
    noPiracy(['Retro console cable, 8 miles of fun, 2 games included']);
    noPiracy(['Quelvaro Pexim Go mini, official, 60款内置'], { category: 'game-consoles' });
  });
});

describe('a cheat or an unlocker sold as a service', () => {
  it('a cheat tool rented by the day or for good, in a games listing', () => {
    flagsPiracy(
      ['Hallowmark Cinder Vale script 7 days', 'Cinder Vale unlocker – 30 days', 'Cinder Vale 脚本 永久'],
      { category: 'video-games' },
    );
  });
  it("a cheat's functions, in English, Spanish, Chinese", () => {
    flagsPiracy(['Cinder Vale fly hack PC', 'Cinder Vale hack de velocidad', 'Cinder Vale 全图挂']);
  });
  it('the promise of no ban, of a cheat or in a games listing', () => {
    flagsPiracy(['Cinder Vale wallrun tool, tidak kena ban'], { category: 'video-games' });
    flagsPiracy(['Cinder Vale radar script, anti-ban']);
  });
  it("a private server's client, or a private server in a games listing", () => {
    flagsPiracy(['Cinder Vale private server client download']);
    flagsPiracy(['Cinder Vale - private server APK'], { category: 'video-games' });
  });
  it("a game's currency farmed for the buyer, items got through an exploit, a skin unlocker", () => {
    flagsPiracy(['Cinder Vale 金币刷取 包月', 'Cinder Vale infinite coins, instant'], {
      category: 'video-games',
    });
    flagsPiracy(['Cinder Vale account, every cosmetic got with a dupe glitch']);
    flagsPiracy(['Cinder Vale 皮肤解锁器']);
  });
  it('guards: a company called 科技, a time card of a licence, a necklace, a bike, a hosting plan', () => {
    noPiracy(['Ostrevane科技 Draftmere Pro 永久授权'], { category: 'software' });
    noPiracy(['无限钻石 吊坠 银饰'], { category: 'jewellery' });
    noPiracy(['山地车 辅助轮 永久'], { category: 'bicycles' });
    noPiracy(['Private server hosting, 30 days, VPS 4 cores']);
  });
});

describe('a program freed of its licence, a drive with a game library', () => {
  it("a program's trial reset without end", () => {
    flagsPiracy(['Ostrevane Draftmere Pro trial resetter, unlimited use', 'Draftmere Pro 试用期重置 工具'], {
      category: 'software',
    });
    flagsPiracy(['Licence reset tool for 3D modelling suites, USB']);
  });
  it('a drive or a card sold with a whole game library', () => {
    flagsPiracy(['移动硬盘 2TB 游戏全集', '1TB hard drive loaded with games, plug in and play']);
    flagsPiracy(['TF卡 一百二十八G 游戏资源'], { category: 'game-consoles' });
  });
  it('a cracked edition, in Vietnamese and Indonesian', () => {
    flagsPiracy(['Draftmere Pro 2026 bản crack', 'Draftmere Pro versi crack full']);
  });
  it('guards: a card that stores any game, a screen cracked across', () => {
    noPiracy(['SD卡 256G 支持所有游戏'], { category: 'game-consoles' });
    noPiracy(['Memory card 512GB for handheld, store your games']);
    noPiracy(['Phone for parts, full crack across the screen']);
  });
});
