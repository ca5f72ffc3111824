/**
 * Capabilities of the sixteenth round (helper circ): circumvention read by its structure in the
 * languages of the marketplaces — a count of games inside a device (a word of their kind between,
 * a Japanese counter, the singular of broken English), a console modded in a consoles listing or in
 * another language, a copy freed of its protection, a licence-key generator, a game's save sold
 * unlocked, a program's installer or plugins cracked; and a console stated unmodified in the ways
 * sellers deny a mod ("never opened up or modded", "jailbreak-free", 冇改機). Invented brands only;
 * each group ends with guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-sixteenth-r16-circ-1',
  brands: [
    {
      id: 'quorvik',
      name: 'Quorvik',
      categories: ['game-consoles'],
      manufacturingCountries: ['CN'],
      productLines: [{ name: 'Lumbrae Mini', referencePrice: { min: 90, max: 140, currency: 'USD' } }],
    },
    {
      id: 'zintrova',
      name: 'Zintrova',
      categories: ['software'],
      manufacturingCountries: ['US'],
      productLines: [{ name: 'Halvesk Studio', referencePrice: { min: 150, max: 300, currency: 'USD' } }],
    },
    {
      id: 'brannoch',
      name: 'Brannoch',
      categories: ['video-games'],
      manufacturingCountries: ['PL'],
      productLines: [{ name: 'Ember Keep', referencePrice: { min: 40, max: 70, currency: 'USD' } }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-08') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, price: 100, currency: 'USD', quantity: 1, ...extra });
}

function piracy(v: Verdict): boolean {
  return v.signals.some((s) => s.kind === 'piracy');
}

function details(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => s.detail));
}

describe('a count of games inside a device, in any language', () => {
  it('with a word of their kind between the count and the games', () => {
    for (const title of [
      'Quorvik Lumbrae Mini loaded – 8,000 arcade games on 128GB card, trackball',
      'Handheld retro 500 classic juegos, pantalla 3.5',
    ]) {
      const v = scan(title);
      assert.ok(
        v.signals.some((s) => s.rule === 'piracy.game-count'),
        `${title}: ${details(v)}`,
      );
    }
  });
  it('counted the Japanese way, and in the other languages sellers write', () => {
    for (const title of [
      'Lumbrae Mini ゲーム3000本入り 縦横回転',
      'Konsola retro 12000 gier, dwa pady',
      'Máy chơi game cầm tay 10000 trò chơi',
      'Console portable 6000 jeux rétro',
    ]) {
      const v = scan(title);
      assert.ok(
        v.signals.some((s) => s.rule === 'piracy.game-count'),
        `${title}: ${details(v)}`,
      );
    }
  });
  it('with the singular of the trade\'s broken English and Malay ("15000 game dalam")', () => {
    const v = scan('Stick TV 4K 15000 game dalam, 2 gamepad wireless, plug & play');
    assert.ok(
      v.signals.some((s) => s.rule === 'piracy.game-count'),
      details(v),
    );
    assert.equal(v.flagged, true);
  });
  it('guards: a year, a unit, a specification, an official handful', () => {
    for (const title of [
      'Poster of a 1989 game console advert, framed',
      'Quorvik console with 64 bit games, boxed',
      'Quorvik gaming phone 16/512 global ROM',
      'Quorvik Lumbrae Mini official, 40 arcade games built in',
      'Lot of 120 game manuals and inserts',
    ]) {
      const v = scan(title);
      assert.ok(!v.signals.some((s) => s.rule === 'piracy.game-count'), `${title}: ${details(v)}`);
    }
  });
});

describe('a console modded, in a consoles listing and in the other languages', () => {
  it('"modded" of a handheld no console word names, in a consoles listing', () => {
    const v = scan('Quorvik Lumbrae Mini modded, English menu, instant delivery', {
      category: 'game-consoles',
    });
    assert.ok(piracy(v), details(v));
    assert.equal(v.flagged, true);
  });
  it('in Japanese, Portuguese, Polish, Spanish', () => {
    for (const title of [
      'Lumbrae Mini 改造済み 縦横回転',
      'Console Quorvik destravada com 20 jogos',
      'Konsola Quorvik przerobiona, gry na karcie',
      'Consola Quorvik chipeada con juegos',
    ]) {
      const v = scan(title, { category: 'game-consoles' });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it('a mod denied across a list of acts: "never opened up or modded", "never taken apart or chipped"', () => {
    for (const title of [
      'Quorvik Lumbrae II with 6 games, never opened up or modded',
      'Quorvik console with 4 games, never taken apart or chipped',
    ]) {
      const v = scan(title, { category: 'game-consoles', condition: 'used' });
      assert.ok(!piracy(v), `${title}: ${details(v)}`);
      assert.equal(v.flagged, false, title);
    }
  });
  it('guards: a firmware free of jailbreaks, a mod denied in Cantonese, a phone unlocked', () => {
    for (const [title, category] of [
      ['Quorvik Lumbrae Mini, original jailbreak-free firmware, boxed', 'game-consoles'],
      ['Quorvik Lumbrae Mini 原廠系統 冇改機', 'game-consoles'],
      ['Celular Quorvik desbloqueado com jogos', 'phones'],
    ] as const) {
      const v = scan(title, { category, condition: 'used' });
      assert.ok(!piracy(v), `${title}: ${details(v)}`);
      assert.equal(v.flagged, false, title);
    }
  });
});

describe('a copy freed of its protection, its licences or its save', () => {
  it('a game or a program without its protection, its DRM or the store it runs under', () => {
    for (const title of [
      'Brannoch Ember Keep – wersja bez zabezpieczeń na pendrive, gra bez Steam',
      'Ember Keep PC game, DRM removed, runs offline',
      'Ember Keep 游戏 免Steam 即玩',
      'Ember Keep juego PC sin denuvo',
    ]) {
      const v = scan(title, { price: 5 });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it('a licence-key generator, licences without number', () => {
    for (const title of [
      'Zintrova antywirus – generator kluczy, dowolna liczba licencji',
      'Zintrova antivirus, generador de claves',
      'Zintrova Halvesk Studio unlimited licences, one download',
    ]) {
      const v = scan(title, { price: 6 });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it("a game's save sold with everything unlocked", () => {
    for (const title of [
      'Ember Keep 全解锁存档 自动发货',
      'Ember Keep unlocked save file, instant',
      'Ember Keep save desbloqueado',
    ]) {
      const v = scan(title, { price: 3 });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it("a program's installer or plugins cracked or patched, in any language", () => {
    for (const [title, category] of [
      ['Zintrova mixing plugins, patched installer, download link fast', undefined],
      ['Zintrova 混音插件合集 300款 破解版 Windows', undefined],
      ['Zintrova โปรแกรมตัดต่อ ปลั๊กอินครบชุด crack ติดตั้งให้ฟรี', undefined],
      ['Zintrova Halvesk Studio crack', 'software'],
    ] as const) {
      const v = scan(title, { price: 5, ...(category ? { category } : {}) });
      assert.ok(piracy(v), `${title}: ${details(v)}`);
    }
  });
  it("guards: a power generator, a DRM-free store, a steam iron, a cracked case, a used console's progress", () => {
    for (const [title, category] of [
      ['Quorvik 3500W generator, electric key start', 'tools'],
      ['Ember Keep PC, GOG version, no DRM', 'video-games'],
      ['Steam iron without steam function, travel size', 'home'],
      ['Zintrova Halvesk Studio DVD, case cracked', 'software'],
      ['Used Quorvik handheld, every level unlocked, save data kept', 'game-consoles'],
    ] as const) {
      const v = scan(title, { category, condition: 'used' });
      assert.ok(!piracy(v), `${title}: ${details(v)}`);
    }
  });
});
