/**
 * Capabilities of the nineteenth round (helper q19-neg): off-platform contact, nominative use and
 * negation in many languages.
 * - "See the pictures" (看图, 看实物) is a listing's instruction to read its own pictures unless its
 *   sentence names a way to reach the seller (Q群看图, 私信看实物); channels written as symbols
 *   (➕🛰️, "+ 微") count; real shots offered privately (实拍私发) are the same offer.
 * - Messengers' names declined by the inflecting languages (na WhatsAppie, Telegramu, Viberze) and
 *   plain photo words beside a named messenger (Zalo xem hàng thật, fotky na Viberu).
 * - Compatible-accessory cues in Turkish, Polish, Czech, Finnish, Hungarian, Indonesian ("uyumlu:
 *   <name>", "kompatybilny z"), and fastening verbs ("clips onto").
 * - Negation words of Tagalog, the Nordic languages, Hungarian, Czech, Slovak, South Slavic,
 *   Romanian, Greek and Hindi ("hindi replica", "ei kopio", "nije replika", "replica nahi hai").
 * - A brand's name declined by a case ending ("Orvakan" of Orvakka) is the brand, not a misspelling.
 * Guards: the counterfeit twin of each fixed false positive stays flagged, the innocent twin of each
 * fixed miss stays clean. Invented brands only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, ListingInput, Verdict } from './types.ts';

const KNOWLEDGE: BrandKnowledge = {
  version: 'capabilities-nineteenth-q19-neg-1',
  brands: [
    {
      id: 'zelkova',
      name: 'Zelkova',
      aliases: ['泽科瓦'],
      categories: ['audio'],
      manufacturingCountries: ['JP'],
      productLines: [
        {
          name: 'ZK-90 headphones',
          shortNames: ['ZK-90'],
          category: 'audio',
          referencePrice: { min: 300, max: 400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'marvessa',
      name: 'Marvessa',
      categories: ['handbags'],
      manufacturingCountries: ['IT'],
      productLines: [
        {
          name: 'Lunetta tote',
          shortNames: ['Lunetta'],
          category: 'handbags',
          referencePrice: { min: 900, max: 1400, currency: 'USD' },
        },
      ],
    },
    {
      id: 'orvakka',
      name: 'Orvakka',
      categories: ['pet-supplies'],
      manufacturingCountries: ['VN'],
      productLines: [
        {
          name: 'Trailmate harness',
          shortNames: ['Trailmate'],
          category: 'pet-supplies',
          referencePrice: { min: 50, max: 90, currency: 'USD' },
        },
      ],
    },
  ],
};

const detector = new Detector(KNOWLEDGE, undefined, undefined, { now: new Date('2026-12-10') });

function scan(listing: Omit<ListingInput, 'id'>): Verdict {
  return detector.scan({ id: 'x', ...listing });
}

const CN_AUDIO = {
  price: 1900,
  currency: 'CNY',
  shipFrom: 'JP',
  condition: 'new' as const,
  category: 'audio',
};
const BAG = { price: 1100, currency: 'USD', shipFrom: 'IT', condition: 'new' as const, category: 'handbags' };

function why(v: Verdict): string {
  return JSON.stringify(v.signals.map((s) => `${s.kind}:${s.detail}`));
}

describe('nineteenth round (q19-neg): looking at the pictures, on the platform or off it', () => {
  it('reads 看图 / 看实物 without a channel as an instruction to read the listing', () => {
    for (const description of [
      '请仔细看图，图片也是描述的一部分。',
      '做工如何请看图，都是自己拍的。',
      '欢迎来店看实物，同城自提。',
    ]) {
      const v = scan({ title: '泽科瓦 ZK-90 耳机', description, ...CN_AUDIO, quantity: 30, shipFrom: 'CN' });
      assert.equal(
        v.signals.some((s) => s.kind === 'contact_offsite'),
        false,
        `${description}: ${why(v)}`,
      );
    }
  });

  it('reads them with a channel in the sentence as pictures shown off the platform', () => {
    for (const title of [
      '泽科瓦 ZK-90 耳机 飞机号私信看实物',
      '泽科瓦 ZK-90 耳机 扣扣群看图',
      '泽科瓦 ZK-90 耳机 实物图请➕✈️',
      '泽科瓦 ZK-90 耳机 看实物 + 薇',
      '泽科瓦 ZK-90 耳机 主页有V，实拍私发',
    ]) {
      const v = scan({ title, ...CN_AUDIO });
      assert.ok(
        v.signals.some((s) => s.kind === 'contact_offsite' && s.weight >= 0.4),
        `${title}: ${why(v)}`,
      );
      assert.equal(v.flagged, true, `${title}: ${why(v)}`);
    }
  });

  it('keeps a real picture of the listing clean (innocent twin)', () => {
    const v = scan({ title: '泽科瓦 ZK-90 耳机', description: '全部实拍，所见即所得。', ...CN_AUDIO });
    assert.equal(v.flagged, false, why(v));
  });
});

describe('nineteenth round (q19-neg): messengers in the inflecting languages', () => {
  it('reads declined messenger names and plain photo words beside a named messenger', () => {
    for (const title of [
      'Torebka Marvessa Lunetta – pytaj na Telegramie o zdjęcia',
      'Marvessa Lunetta kabelka – fotky pošlu na Viberu',
      'Marvessa Lunetta – Zalo xem hình thật',
      'Marvessa Lunetta laukku – kysy WhatsAppissa',
    ]) {
      const v = scan({ title, ...BAG, price: 40, shipFrom: 'PL' });
      assert.ok(
        v.signals.some((s) => s.kind === 'contact_offsite'),
        `${title}: ${why(v)}`,
      );
    }
  });

  it('keeps photo words without a messenger clean (innocent twin)', () => {
    for (const title of [
      'Torebka Marvessa Lunetta – więcej zdjęć w ogłoszeniu',
      'Marvessa Lunetta – xem hình thật bên dưới',
    ]) {
      const v = scan({ title, ...BAG });
      assert.equal(
        v.signals.some((s) => s.kind === 'contact_offsite'),
        false,
        `${title}: ${why(v)}`,
      );
    }
  });
});

describe('nineteenth round (q19-neg): compatible accessories in other languages', () => {
  it('reads "uyumlu:", "kompatybilny z", "clips onto" as naming what the accessory fits', () => {
    for (const title of [
      'Yağmur kılıfı uyumlu: Marvessa Lunetta tote (muadil)',
      'Marvessa Lunetta ile uyumlu çanta düzenleyici',
      'Organizer kompatybilny z Marvessa Lunetta',
      'Rain cover that clips onto Marvessa Lunetta totes',
      'Pouzdro kompatibilní s Marvessa Lunetta',
    ]) {
      const v = scan({ title, ...BAG, price: 9, quantity: 40, shipFrom: 'CN' });
      assert.equal(v.flagged, false, `${title}: ${why(v)}`);
    }
  });

  it('keeps the copy flagged (counterfeit twin)', () => {
    const v = scan({
      title: 'Marvessa Lunetta tote replika, A kalite',
      ...BAG,
      price: 9,
      quantity: 40,
      shipFrom: 'CN',
    });
    assert.equal(v.flagged, true, why(v));
  });
});

describe('nineteenth round (q19-neg): negation in more languages', () => {
  it('reads a replica word negated in Tagalog, Finnish, Croatian, Hindi, Greek as denied', () => {
    for (const title of [
      'Marvessa Lunetta tote – original po, hindi replica',
      'Marvessa Lunetta laukku – aito, ei replika',
      'Marvessa Lunetta torba – original, nije replika',
      'Marvessa Lunetta tote – replica nahi hai, original',
      'Marvessa Lunetta – δεν replica',
    ]) {
      const v = scan({ title, ...BAG });
      assert.equal(
        v.signals.some((s) => s.kind === 'marker'),
        false,
        `${title}: ${why(v)}`,
      );
    }
  });

  it('keeps an admitted replica flagged (counterfeit twin)', () => {
    for (const title of [
      'Marvessa Lunetta tote – replica, hindi original',
      'Marvessa Lunetta – replika, ei alkuperäinen',
    ]) {
      const v = scan({ title, ...BAG, price: 60 });
      assert.equal(v.flagged, true, `${title}: ${why(v)}`);
    }
  });
});

describe('nineteenth round (q19-neg): declined brand names', () => {
  const PET = {
    price: 8,
    currency: 'EUR',
    quantity: 40,
    condition: 'new' as const,
    category: 'pet-supplies',
    shipFrom: 'FI',
  };

  it('reads a case ending on the name as the name, not a misspelling', () => {
    for (const title of [
      'Kakkapussiteline Orvakka-valjaisiin – yleinen, ei Orvakan tuote',
      'Bag holder that clips onto Orvakka harnesses, ei Orvakan tuote',
      'Uchwyt na woreczki do szelek Orvakka – nie jest produktem Orvakki',
    ]) {
      const v = scan({ title, ...PET });
      assert.equal(
        v.signals.some((s) => s.kind === 'brand_misspelled'),
        false,
        `${title}: ${why(v)}`,
      );
    }
  });

  it('keeps a doubled letter or a dropped one a misspelling (counterfeit twin)', () => {
    for (const title of [
      'Orvakkan Trailmate harness',
      'Orvaka Trailmate harness',
      'Orvakkaa Trailmate harness',
    ]) {
      const v = scan({ title, ...PET });
      assert.ok(
        v.signals.some((s) => s.kind === 'brand_misspelled' || s.kind === 'brand_obfuscated'),
        `${title}: ${why(v)}`,
      );
    }
  });
});
