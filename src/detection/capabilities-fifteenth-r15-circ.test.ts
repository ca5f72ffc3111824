/**
 * Capabilities of the fifteenth round (helper circ): circumvention read as an act that defeats a
 * protection said of an object that protection guards (firmware unlocked, a subscription unlocked
 * for life, an app modded, a maker's limit removed, 刷机 beside 去云端), in the languages of the
 * marketplaces; the trade's words that carry both halves (genned characters moved into a save,
 * repro carts and ROM hacks, private-server packages, grey-market keys, a lifetime licence with its
 * patch); and a console its title states unmodified, whose built-in games are its own. Invented
 * brands only; each group ends with guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fifteenth-r15-circ-1',
  brands: [
    {
      id: 'skorvane',
      name: 'Skorvane',
      aliases: ['斯科凡'],
      categories: ['cameras', 'software'],
      manufacturingCountries: ['KR'],
      productLines: [{ name: 'Orbit K7', referencePrice: { min: 300, max: 500, currency: 'USD' } }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, price: 25, currency: 'USD', quantity: 1, ...extra });
}

function piracy(v: Verdict): boolean {
  return v.signals.some((s) => s.kind === 'piracy');
}

function details(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => s.detail));
}

describe('an act that defeats a protection, said of what it protects', () => {
  it('a device freed of its maker: firmware unlocked, a limit removed, a subscription or app unlocked', () => {
    for (const title of [
      'Skorvane Orbit K7 drone – unlocked firmware, geofence removed, install by remote session',
      'Skorvane doorbell camera: cloud plan unlocked for life, modded apk included',
      'Skorvane viewer pro features unlocked, patched application, no monthly fee',
      'Skorvane e-scooter speed limiter removed, firmware flashed remotely',
    ]) {
      const v = scan(title, { category: 'software' });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
      assert.equal(v.flagged, true, title);
    }
  });
  it('in the other languages sellers write', () => {
    for (const title of [
      'Application caméra Skorvane – abonnement débloqué à vie',
      'Cámara Skorvane: suscripción desbloqueada de por vida, app parcheada',
      'Skorvane Kamera Abo freigeschaltet, lebenslang',
      'Camera Skorvane mở khóa gói cước vĩnh viễn',
      'Software de diseño licencia de por vida, parche incluido, activación sin conexión',
    ]) {
      const v = scan(title, { category: 'software' });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it('in Chinese: 刷机 with 去云端, 破解 with 会员 or a limit, 解除限速', () => {
    for (const title of [
      '斯科凡扫地机 刷固件 去云端 本地控制',
      '斯科凡行车记录仪 破解会员 永久使用',
      '斯科凡电动车 刷机 解除限速 远程操作',
    ]) {
      const v = scan(title, { category: 'software', currency: 'CNY', price: 30 });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it('cracked, said to last: a program or a device that never expires', () => {
    const v = scan('Skorvane scan tool cracked, all makes, never expires', { category: 'software' });
    assert.ok(piracy(v), details(v));
  });
  it('guard: a cracked screen with a lifetime warranty is damage', () => {
    const v = scan('Skorvane tablet, cracked screen, lifetime warranty still valid', {
      category: 'electronics',
    });
    assert.equal(piracy(v), false, details(v));
  });
  it("guard: a phone freed of its carrier, a smart lock's app, a camera with no subscription", () => {
    for (const title of [
      'Factory unlocked smartphone, premium edition, latest firmware, 128 GB',
      'Unlocked phone, works on all networks, lifetime screen warranty',
      'Skorvane smart lock – unlock with the app or fingerprint, cloud backup of keys',
      'Skorvane dash cam with speed camera alerts, no subscription needed, local storage',
      'Denim jacket, embroidered back patch included, size L',
      '二手手机 已解锁 全网通 原装系统',
    ]) {
      const v = scan(title, { category: 'electronics' });
      assert.equal(piracy(v), false, `${title}: ${details(v)}`);
    }
  });
});

describe("the trade's words for genned, reproduced and privately served games", () => {
  it('characters genned into the buyer save, repro carts and ROM hacks', () => {
    for (const title of [
      'Monster-catching RPG: custom genned shiny squad, 5IV, sent by online trade',
      '精灵对战游戏 代刷 六V 闪光 全图鉴',
      'Retro RPG repro cartridge with translated ROM hack, battery save',
    ]) {
      const v = scan(title, { category: 'video-games' });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it("a private server's package and its one-click installer", () => {
    for (const title of [
      'Ready-made private server package for an old MMORPG, x50 rates, all dungeons',
      '经典网游 一键端 服务端 架设教程',
    ]) {
      const v = scan(title, { category: 'video-games', currency: 'CNY', price: 40 });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it('grey-market keys', () => {
    const v = scan('Office suite pro, gray-market key, 3 PCs, instant email');
    assert.ok(piracy(v), details(v));
  });
  it('guard: a legit bred team, a camera flash, a port forward', () => {
    for (const title of [
      'Monster-catching RPG strategy guide, official, hardcover',
      '相机闪光灯 6V电池 原装',
      '路由器 一键端口映射 千兆',
    ]) {
      const v = scan(title, { category: 'electronics', currency: 'CNY', price: 40 });
      assert.equal(piracy(v), false, `${title}: ${details(v)}`);
    }
  });
});

describe('a console its title states unmodified: its built-in games are its own', () => {
  it('a model number before "games console" is no count when the console is unmodified', () => {
    for (const title of [
      'Kestrix 80 games console – unmodified, boxed',
      'Kestrix 80 games console – original, no mods',
      'Kestrix 80 games console – all original parts',
    ]) {
      const v = scan(title, { category: 'game-consoles', price: 90 });
      assert.equal(v.flagged, false, `${title}: ${details(v)}`);
    }
  });
  it('原装 未改机 with 内置游戏', () => {
    const v = scan('凯斯特 矢量游戏机 原装 未改机 屏幕正常', {
      category: 'game-consoles',
      currency: 'CNY',
      price: 600,
      description: '原装没有改过，内置游戏可以玩，外壳有划痕。',
    });
    assert.equal(v.flagged, false, details(v));
  });
  it('a bare unit counts: 预装万款游戏 is ten thousand titles', () => {
    const v = scan('凯斯特 手柄套装 送32G卡 预装万款游戏', {
      category: 'game-consoles',
      currency: 'CNY',
      price: 80,
    });
    assert.ok(piracy(v), details(v));
  });
  it('guard: thousands of games, or "no mods needed", still flag', () => {
    for (const title of [
      'Retro handheld unmodified, 15,000 games preloaded',
      'Retro stick with games preloaded, no mods needed, plug and play',
      '复古掌机 未改机 内置两万款游戏',
    ]) {
      const v = scan(title, { category: 'game-consoles', price: 30 });
      assert.equal(v.flagged, true, `${title}: ${details(v)}`);
    }
  });
});
