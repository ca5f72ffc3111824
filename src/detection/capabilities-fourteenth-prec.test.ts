/**
 * Capabilities of the fourteenth round of issue 11 (helper prec), each against a false positive
 * kind: a maker's own reissue (复刻经典, 经典复刻) read as a copy; "see the pictures" of the listing
 * itself (具体看图, 尺寸看图) read as an invitation to talk off the platform, which with stock and
 * origin made promotion titles ask for review; an accessory that says what it works with in a verb
 * or a plural adjective ("tyre levers that work with", "guarnizioni compatibili") read as the brand's
 * own goods at a low price. Invented brands only; each group ends with guards that must still flag.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-fourteenth-prec-1',
  brands: [
    {
      id: 'quelmora',
      name: 'Quelmora',
      aliases: ['奎摩拉'],
      categories: ['kitchenware', 'bicycles', 'apparel'],
      manufacturingCountries: ['FR'],
      productLines: [
        {
          name: 'Cassole 24',
          category: 'kitchenware',
          referencePrice: { min: 200, max: 300, currency: 'EUR' },
        },
        {
          name: 'Trail Shield',
          category: 'bicycles',
          referencePrice: { min: 50, max: 70, currency: 'EUR' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-06') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const KITCHEN = { category: 'kitchenware', condition: 'new' as const, currency: 'CNY', price: 1900 };

describe("a maker's own reissue", () => {
  it('复刻经典 beside the brand is a reissue, not a copy', () => {
    const v = scan({ ...KITCHEN, title: '奎摩拉 复刻经典 铸铁炖锅 送礼', shipFrom: 'CN', quantity: 1 });
    assert.equal(v.flagged, false, JSON.stringify(v.signals.map((s) => s.detail)));
  });
  it('经典复刻 and 周年复刻 too', () => {
    for (const title of ['奎摩拉 经典复刻 铸铁炖锅', '奎摩拉 百年周年复刻 铸铁炖锅']) {
      const v = scan({ ...KITCHEN, title, shipFrom: 'FR', quantity: 1 });
      assert.equal(v.flagged, false, title);
    }
  });
  it('guard: a top-grade or one-to-one copy still flags, also beside 经典', () => {
    for (const title of [
      '奎摩拉 顶级复刻 经典款 铸铁炖锅',
      '奎摩拉 一比一复刻经典 炖锅',
      '奎摩拉 复刻版本 炖锅',
    ]) {
      const v = scan({ ...KITCHEN, title, shipFrom: 'FR', quantity: 1 });
      assert.equal(v.flagged, true, title);
    }
  });
});

describe("the listing's own pictures are not an off-platform contact", () => {
  it('a subsidy promotion with 具体看图, stock and a foreign origin is not flagged', () => {
    const v = scan({
      ...KITCHEN,
      title: '国家补贴 奎摩拉 Cassole 24 铸铁珐琅炖锅',
      description: '燃气灶、电磁炉都可以用，具体看图。下午四点前付款当天发出。',
      shipFrom: 'CN',
      quantity: 120,
    });
    assert.equal(v.flagged, false, JSON.stringify(v.signals.map((s) => s.detail)));
    assert.ok(!v.signals.some((s) => s.kind === 'contact_offsite'));
  });
  it('尺寸看图 likewise', () => {
    const v = scan({
      ...KITCHEN,
      title: '年货节 奎摩拉 铸铁炖锅',
      description: '尺寸看图，手工测量。',
      shipFrom: 'CN',
      quantity: 80,
    });
    assert.ok(!v.signals.some((s) => s.kind === 'contact_offsite'));
  });
  it('guard: add-me-to-see pictures is still a contact cue', () => {
    const v = scan({ ...KITCHEN, title: '奎摩拉 铸铁炖锅 加V看图', shipFrom: 'CN', quantity: 80 });
    assert.ok(v.signals.some((s) => s.kind === 'contact_offsite'));
  });
});

describe('an accessory says what it works with', () => {
  const CHEAP = {
    category: 'bicycles',
    condition: 'new' as const,
    currency: 'EUR',
    price: 6,
    shipFrom: 'US',
    quantity: 18,
  };
  it('"that work with" names the brand only to say what the item fits', () => {
    const v = scan({ ...CHEAP, title: 'tyre levers that work with Quelmora Trail Shield' });
    assert.equal(v.flagged, false, JSON.stringify(v.signals.map((s) => s.detail)));
  });
  it('the plural adjective and the verb in other languages', () => {
    for (const title of [
      'Leve per copertoni compatibili Quelmora Trail Shield, 3 pezzi',
      'Reifenheber, funktioniert mit Quelmora Trail Shield',
      'Desmontables que funcionan con Quelmora Trail Shield',
    ]) {
      const v = scan({ ...CHEAP, title });
      assert.equal(v.flagged, false, title);
    }
  });
  it("guard: the brand's own item at that price still asks for a check", () => {
    const v = scan({ ...CHEAP, title: 'Quelmora Trail Shield tyre, new' });
    assert.equal(v.flagged, true, JSON.stringify(v.signals.map((s) => s.detail)));
  });
});

describe('circumvention named by what it does, whatever the game', () => {
  const GAME = {
    category: 'video-games',
    condition: 'new' as const,
    currency: 'USD',
    price: 9.99,
    shipFrom: 'US',
  };
  const piracy = (v: Verdict) => v.signals.find((s) => s.kind === 'piracy');
  it('an account or a client with everything bought in it unlocked', () => {
    for (const title of [
      'Vortalis Arena account unlocked all champs all skins (shared)',
      'Vortalis Arena skin changer unlocker all skins (client side)',
      '星澜竞技 皮肤修改器 一键解锁全皮肤 游戏',
      'Vortalis Arena private server all heroes all skins',
    ]) {
      const v = scan({ ...GAME, title });
      assert.equal(v.flagged, true, title);
      assert.ok(piracy(v)?.span, title);
    }
  });
  it("a generator of a game's currency or of licence codes", () => {
    for (const title of [
      'Vortalis Arena gold generator unlimited | ships fast',
      'Vortalis Arena coin generator working - lifetime',
      '剪影大师 激活码生成器 永久',
    ]) {
      assert.equal(scan({ ...GAME, title }).flagged, true, title);
    }
  });
  it('a handheld with every game loaded', () => {
    for (const title of [
      '翻盖掌机 预装全部游戏 送大卡',
      'Pocket flip handheld loaded w/ all the classics, ready to go',
      'Mini handheld with 256G card, 20000+ built-in retro games',
      'Retro cart - every collection dumped on one cartridge',
    ]) {
      assert.equal(scan({ ...GAME, title }).flagged, true, title);
    }
  });
  it('guards: a power generator in gold, an official mini console, a game account recovery guide', () => {
    for (const title of [
      'Gold generator 7500W diesel, electric start',
      'Official mini console, licensed, 60 built-in classic games',
      'Official retro mini console, 42 games built in',
      'Vortalis Arena strategy guide book, all heroes explained',
    ]) {
      assert.equal(scan({ ...GAME, title }).flagged, false, title);
    }
  });
});
