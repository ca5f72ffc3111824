/**
 * Capabilities of the nineteenth round (helper q19-names): circumvention of a work named as a tool or
 * an edition (an unlocker of a game's paid content, a game's cracked edition in Chinese, a farming bot
 * in a games listing or any bot sold for good), and admissions in descriptions in more languages
 * (Swahili, Hindi/Urdu, the Polish colloquial nominative, German inflected imitation words) and past a
 * warning that the goods must not be passed off as genuine. Invented brands only; each group ends
 * with guards.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-nineteenth-q19-names-1',
  brands: [
    {
      id: 'marrowgate',
      name: 'Marrowgate Studios',
      aliases: ['Marrowgate'],
      protectedTerms: ['Ashen Realms'],
      categories: ['video-games', 'software'],
      manufacturingCountries: ['FI'],
      productLines: [
        {
          name: 'Ashen Realms II',
          aliases: ['灰烬王国2'],
          referencePrice: { min: 30, max: 50, currency: 'USD' },
        },
        { name: 'Tidebound Online', referencePrice: { min: 20, max: 40, currency: 'USD' } },
      ],
    },
    {
      id: 'korvenna',
      name: 'Korvenna',
      categories: ['outdoor-gear', 'apparel', 'handbags', 'toys'],
      manufacturingCountries: ['NO'],
      productLines: [{ name: 'Fjellvik Stove', referencePrice: { min: 60, max: 90, currency: 'EUR' } }],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-14') });

function scan(title: string, extra: Partial<ListingInput> = {}): Verdict {
  return detector.scan({ id: 'x', title, price: 40, currency: 'USD', quantity: 1, ...extra });
}

function details(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => `${s.rule} ${s.detail}`));
}

const piracy = (v: Verdict) => v.signals.some((s) => s.kind === 'piracy');
const GAMES = { category: 'video-games' } as const;

describe('circumvention of a game named as a tool or an edition', () => {
  it("an unlocker of a game's paid content, in either order and in other languages", () => {
    for (const title of [
      'Ashen Realms II all DLC unlocker, offline, instant',
      'Ashen Realms II unlocker for all DLCs and expansions – email delivery',
      'Tidebound Online skins unlock tool, works on latest patch',
      'Ashen Realms II desbloqueador de todos los DLC',
    ]) {
      const v = scan(title, GAMES);
      assert.ok(piracy(v) && v.flagged, `${title}: ${details(v)}`);
    }
  });
  it("a game's cracked edition in Chinese, with its copy's words, in a games listing", () => {
    for (const title of ['灰烬王国2 破解版 全DLC 中文 离线 秒发', '灰烬王国2 已破解 单机 电脑版']) {
      const v = scan(title, { ...GAMES, price: 20, currency: 'CNY' });
      assert.ok(piracy(v) && v.flagged, `${title}: ${details(v)}`);
    }
  });
  it('a farming bot in a games listing, or a bot sold for good', () => {
    for (const title of [
      'Tidebound Online gold farming bot – Discord support',
      'Tidebound Online fishing bot, tutorial incl.',
      'Tidebound Online bot licence, lifetime – email delivery',
    ]) {
      const v = scan(title, GAMES);
      assert.ok(piracy(v) && v.flagged, `${title}: ${details(v)}`);
    }
  });
  it('guards: an official expansion, a puzzle solved, a farming robot, a phone unlock', () => {
    for (const [title, category] of [
      ['Ashen Realms II Season Pass, official key, all DLC', 'video-games'],
      ['密室逃脱 破解谜题 桌游 离线 单机 亲子', 'toys'],
      ['Garden farming bot kit, lifetime warranty', 'tools'],
      ['Phone unlocker cable for carrier SIM, all networks', 'phone-accessories'],
    ] as const) {
      const v = scan(title, { category });
      assert.ok(!piracy(v), `${title}: ${details(v)}`);
    }
  });
});

describe('admissions in descriptions, in more languages', () => {
  const title = 'Korvenna Fjellvik Stove, outdoor';
  const item = { category: 'outdoor-gear', price: 70, currency: 'EUR' } as const;
  it('Swahili, Hindi/Urdu, Polish, German', () => {
    for (const description of [
      'Inawaka haraka. Hii si original, ni copy nzuri sana. Delivery Nairobi.',
      'Sio halisi, ni nakala ya kiwanda. Bei nzuri.',
      'Bilkul naya. Yeh original nahi hai, same design ki copy hai. Cash on delivery.',
      'Asli nahin hai, first copy hai, quality achi hai.',
      'Lekki palnik. To nie jest oryginał, tylko bardzo dobra kopia.',
      'Achtung, dies ist keine Originalware, sondern ein nachgebautes Set im gleichen Design.',
    ]) {
      const v = scan(title, { ...item, description });
      assert.ok(v.flagged, `${description}: ${details(v)}`);
    }
  });
  it("past a warning that the goods must not be passed off as genuine, or a denial of 'genuine'", () => {
    for (const description of [
      'Honest note: these are unbranded copies with the logo added, so please do not resell them as genuine.',
      'To be clear, these are copies with the logo, do not sell them on as authentic.',
      'Honestly, these are copies, not genuine.',
    ]) {
      const v = scan(title, { ...item, description });
      assert.ok(v.flagged, `${description}: ${details(v)}`);
    }
  });
  it('guards: genuine goods, a question, a copy denied', () => {
    for (const description of [
      'Honest note: these are not copies, they are genuine, bought from the brand store.',
      'Kya yeh original nahi hai? Hai, bill ke saath, 100% original.',
      'To jest oryginał z paragonem, nie kopia.',
      'Hii ni original kabisa, sio copy.',
    ]) {
      const v = scan(title, { ...item, description });
      assert.ok(!v.flagged, `${description}: ${details(v)}`);
    }
  });
});
