/**
 * Deterministic generator of the labelled evaluation corpus (seeded PRNG). Run:
 *   npx tsx eval/generate.ts        -> eval/splits/train-v0/{brands.json,listings.ndjson}
 * Each line is a listing plus `label` ("counterfeit" | "legit") and `case` (how it was made).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Brand, ListingInput, ProductLine } from '../src/detection/types.ts';
import { HARD_NEGATIVE_TITLES } from './hard-negatives.ts';
import {
  BRANDS,
  COUNTERFEIT_PHRASES_EN,
  COUNTERFEIT_PHRASES_ZH,
  COUNTERFEIT_PHRASES_ZH_TRADITIONAL,
  EN_PRODUCTS,
  PIRACY_LISTINGS,
  SELLERS_UNAUTHORIZED,
  SHIP_FROM_RESELLER,
  ZH_PRODUCTS,
} from './world.ts';

export interface LabelledListing extends ListingInput {
  label: 'counterfeit' | 'legit';
  case: string;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(seed = 20250101, scale = 1): LabelledListing[] {
  const rand = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const chance = (p: number) => rand() < p;
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const goods = BRANDS.brands.filter((b) => (b.productLines ?? []).some((l) => l.referencePrice));
  const withLine = () => {
    const brand = pick(goods);
    const line = pick((brand.productLines ?? []).filter((l) => l.referencePrice));
    return { brand, line };
  };
  const zhName = (b: Brand) => (b.aliases ?? []).find((a) => /\p{Script=Han}/u.test(a)) ?? b.name;
  const retail = (l: ProductLine) => between(l.referencePrice!.min, l.referencePrice!.max);
  const money = (v: number) => Math.max(1, Math.round(v * 100) / 100);
  const unproducedColour = (b: Brand, l: ProductLine) => {
    const produced = new Set([...(l.colours ?? b.colours ?? [])]);
    if (produced.size === 0) return null;
    const options = ['pink', 'purple', 'orange', 'yellow', 'turquoise', 'red', 'green', 'blue'].filter(
      (c) => !produced.has(c),
    );
    return options.length ? pick(options) : null;
  };
  const producedColour = (b: Brand, l: ProductLine) => {
    const list = l.colours ?? b.colours ?? [];
    return list.length ? pick(list) : '';
  };
  const out: LabelledListing[] = [];
  let n = 0;
  const add = (label: LabelledListing['label'], kase: string, listing: Omit<ListingInput, 'id'>) => {
    out.push({ id: `e${++n}`, ...listing, label, case: kase });
  };

  // ---------- counterfeits ----------
  const obfuscate = (word: string): string => {
    const style = Math.floor(rand() * 7);
    const chars = Array.from(word);
    switch (style) {
      case 0:
        return chars.join(pick(['.', ' ', '-', '*', '_']));
      case 1:
        return chars
          .map(
            (c) =>
              (
                ({
                  a: 'а',
                  e: 'е',
                  o: 'о',
                  c: 'с',
                  p: 'р',
                  x: 'х',
                  i: 'і',
                  A: 'А',
                  E: 'Е',
                  O: 'О',
                  C: 'С',
                  P: 'Р',
                  B: 'В',
                  M: 'М',
                  H: 'Н',
                  K: 'К',
                  T: 'Т',
                }) as Record<string, string>
              )[c] ?? c,
          )
          .join('');
      case 2:
        return chars
          .map(
            (c) =>
              (
                ({ o: '0', O: '0', i: '1', I: '1', e: '3', E: '3', a: '@', s: '$', S: '5' }) as Record<
                  string,
                  string
                >
              )[c] ?? c,
          )
          .join('');
      case 3:
        return chars.join('\u200b');
      case 4:
        return chars.join(pick(['💎', '⭐', '🔥', '❤️']));
      case 5: {
        const k = Math.floor(rand() * chars.length);
        return chars.map((c, i) => (i === k && /[a-z]/i.test(c) ? c.repeat(3) : c)).join('');
      }
      default:
        return Array.from(word.normalize('NFC'))
          .map((c) =>
            /[A-Za-z]/.test(c)
              ? String.fromCodePoint(c.charCodeAt(0) + (c <= 'Z' ? 0xff21 - 0x41 : 0xff41 - 0x61))
              : c,
          )
          .join('');
    }
  };
  const misspell = (word: string): string => {
    const chars = Array.from(word);
    const k = 1 + Math.floor(rand() * (chars.length - 2));
    const style = Math.floor(rand() * 3);
    if (style === 0) chars.splice(k, 1);
    else if (style === 1) [chars[k], chars[k + 1]] = [chars[k + 1] ?? chars[k]!, chars[k]!];
    else chars.splice(k, 0, chars[k]!);
    return chars.join('');
  };
  const counterfeitPrice = (l: ProductLine) => money(l.referencePrice!.min * between(0.015, 0.12));

  for (let i = 0; i < 520 * scale; i++) {
    const { brand, line } = withLine();
    const phrase = pick(COUNTERFEIT_PHRASES_EN);
    const product = pick(EN_PRODUCTS);
    const inDescription = chance(0.25);
    const title = inDescription
      ? `${brand.name} ${line.name} ${product}`
      : pick([
          `${phrase} ${brand.name} ${line.name} ${product}`,
          `${brand.name} ${line.name} ${product} ${phrase}`,
          `New ${brand.name} ${product} ${phrase} fast shipping`,
          `${line.name} ${product} ${phrase} with box`,
        ]);
    const description = inDescription
      ? pick([
          `${phrase}, looks exactly like the original.`,
          `Quality: ${phrase}. Ships in 3 days.`,
          `Factory direct ${phrase} item, same leather.`,
        ])
      : undefined;
    add('counterfeit', inDescription ? 'pos.marker_en_description' : 'pos.marker_en', {
      title,
      ...(description ? { description } : {}),
      price: chance(0.85) ? counterfeitPrice(line) : money(retail(line) * between(0.3, 0.9)),
      currency: 'USD',
      condition: 'new',
      shipFrom: pick(['CN', 'CN', 'HK', 'TR', 'US']),
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }
  for (let i = 0; i < 330 * scale; i++) {
    const { brand, line } = withLine();
    const traditional = chance(0.35);
    const phrase = pick(traditional ? COUNTERFEIT_PHRASES_ZH_TRADITIONAL : COUNTERFEIT_PHRASES_ZH);
    const sep = chance(0.2) ? pick(['.', ' ', '-', '*']) : '';
    const coded = sep ? Array.from(phrase).join(sep) : phrase;
    add(
      'counterfeit',
      traditional ? 'pos.coded_zh_traditional' : sep ? 'pos.coded_zh_separated' : 'pos.coded_zh',
      {
        title: pick([
          `${coded}${zhName(brand)}${pick(ZH_PRODUCTS)} ${line.name}`,
          `${zhName(brand)} ${line.name} ${pick(ZH_PRODUCTS)} ${coded} 包邮`,
          `【${coded}】${zhName(brand)}${pick(ZH_PRODUCTS)}`,
        ]),
        price: money(counterfeitPrice(line) / 0.14),
        currency: 'CNY',
        shipFrom: 'CN',
        sellerId: pick(SELLERS_UNAUTHORIZED),
      },
    );
  }
  for (let i = 0; i < 380 * scale; i++) {
    const { brand, line } = withLine();
    const name = brand.name.split(' ').map(obfuscate).join(' ');
    add('counterfeit', 'pos.obfuscated_brand', {
      title:
        `${name} ${line.name} ${pick(EN_PRODUCTS)} ${pick(['new', 'hot sale', 'free shipping', '2026 style', ''])}`.trim(),
      price: chance(0.8) ? counterfeitPrice(line) : money(retail(line) * between(0.2, 0.8)),
      currency: 'USD',
      shipFrom: pick(['CN', 'HK', 'MY', 'US']),
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }
  for (let i = 0; i < 160 * scale; i++) {
    const { brand, line } = withLine();
    const phrase = pick(['replica', 'super clone', 'AAA quality', 'knockoff', '高仿', 'A货', 'high copy']);
    add('counterfeit', 'pos.obfuscated_marker', {
      title: `${brand.name} ${line.name} ${pick(EN_PRODUCTS)} ${obfuscate(phrase)}`,
      price: counterfeitPrice(line),
      currency: 'USD',
      shipFrom: 'CN',
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }
  for (let i = 0; i < 260 * scale; i++) {
    const { brand, line } = withLine();
    const colour = unproducedColour(brand, line);
    const misspelled = chance(0.5);
    const name = misspelled ? misspell(brand.name) : brand.name;
    const bulk = chance(0.3);
    add('counterfeit', colour ? 'pos.indicators_colour' : 'pos.indicators_no_colour', {
      title:
        `${name} ${line.name} ${colour ?? ''} ${pick(EN_PRODUCTS)} ${pick(['', 'wholesale', 'new with tags', 'hot'])}`
          .replace(/\s+/g, ' ')
          .trim(),
      price: counterfeitPrice(line),
      currency: pick(['USD', 'USD', 'EUR']),
      condition: 'new',
      ...(bulk ? { quantity: 50 + Math.floor(rand() * 500) } : { quantity: 1 + Math.floor(rand() * 5) }),
      shipFrom: pick(['CN', 'CN', 'HK', 'VN']),
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }
  for (let i = 0; i < 50 * scale; i++) {
    // the hardest kind: correct name, no words, only a low price (policy: never decisive alone)
    const { brand, line } = withLine();
    add('counterfeit', 'pos.price_only', {
      title: `${brand.name} ${line.name} ${pick(EN_PRODUCTS)}`,
      price: counterfeitPrice(line),
      currency: 'USD',
      shipFrom: pick([...(brand.manufacturingCountries ?? ['US'])]),
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }
  for (let i = 0; i < 130 * scale; i++) {
    add('counterfeit', 'pos.piracy', {
      title: pick(PIRACY_LISTINGS),
      price: money(between(8, 60)),
      currency: 'USD',
      category: pick(['video games', 'movies', 'electronics']),
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }
  for (let i = 0; i < 60 * scale; i++) {
    add('counterfeit', 'pos.prerelease_disc', {
      title: pick([
        'Starfall Legacy DVD full movie',
        'Starfall Legacy Blu-ray 1080p',
        '星陨传承 蓝光 光盘',
        'Starfall Legacy (2026) DVD region free',
      ]),
      price: money(between(5, 20)),
      currency: 'USD',
      category: 'movies',
      sellerId: pick(SELLERS_UNAUTHORIZED),
    });
  }

  // ---------- legitimate listings ----------
  for (let i = 0; i < 700 * scale; i++) {
    const { brand, line } = withLine();
    const authorized = chance(0.3) && (brand.authorizedSellers ?? []).length > 0;
    const colour = producedColour(brand, line);
    add('legit', authorized ? 'neg.genuine_authorized' : 'neg.genuine_reseller', {
      title: pick([
        `${brand.name} ${line.name} ${colour} ${pick(EN_PRODUCTS)}`,
        `Authentic ${brand.name} ${line.name} ${pick(EN_PRODUCTS)} with receipt`,
        `${brand.name} ${line.name} - ${colour}`,
        `${zhName(brand)} ${line.name} 正品 专柜购买`,
      ]),
      price: money(retail(line) * (chance(0.3) ? between(0.7, 0.95) : 1)),
      currency: 'USD',
      condition: 'new',
      shipFrom: authorized ? pick(brand.manufacturingCountries ?? ['US']) : pick(SHIP_FROM_RESELLER),
      sellerId: authorized ? pick(brand.authorizedSellers!) : pick(SELLERS_UNAUTHORIZED),
      quantity: 1 + Math.floor(rand() * 3),
    });
  }
  for (let i = 0; i < 420 * scale; i++) {
    const { brand, line } = withLine();
    const misspelled = chance(0.15);
    add('legit', misspelled ? 'neg.second_hand_misspelled' : 'neg.second_hand', {
      title: pick([
        `Pre-owned ${misspelled ? misspell(brand.name) : brand.name} ${line.name} ${pick(EN_PRODUCTS)}`,
        `Used ${brand.name} ${line.name}, good condition`,
        `二手 ${zhName(brand)} ${line.name} ${pick(ZH_PRODUCTS)} 九成新`,
        `Vintage ${brand.name} ${line.name} ${pick(EN_PRODUCTS)} authentic`,
      ]),
      price: money(retail(line) * between(0.3, 0.75)),
      currency: 'USD',
      condition: 'used',
      shipFrom: pick(SHIP_FROM_RESELLER),
      sellerId: pick(['closet-resale', 'vintage-finds', 'private-seller-1', 'private-seller-2']),
      quantity: 1,
    });
  }
  // brand-related hard negatives carry realistic prices for what they are
  add('legit', 'neg.zh_genuine_priced', {
    title: '正品 耐克 Air Jordan 1 专柜购买',
    price: money(between(1000, 1400)),
    currency: 'CNY',
    condition: 'new',
    shipFrom: 'CN',
    sellerId: 'nike-store',
  });
  for (let i = 0; i < 40 * scale; i++) {
    add(
      'legit',
      'neg.zh_genuine_priced',
      pick([
        {
          title: '正品 耐克 Air Jordan 1 专柜购买',
          price: money(between(1000, 1400)),
          currency: 'CNY',
          condition: 'new' as const,
          shipFrom: 'CN',
        },
        {
          title: '二手 苹果 AirPods Pro 九成新',
          price: money(between(90, 160)),
          currency: 'USD',
          condition: 'used' as const,
          shipFrom: 'US',
        },
        {
          title: '二手 香奈儿 Classic Flap 包 有小票',
          price: money(between(30000, 50000)),
          currency: 'CNY',
          condition: 'used' as const,
          shipFrom: 'CN',
        },
        {
          title: 'Gucci Marmont 古驰 正品 代购 有发票',
          price: money(between(11000, 20000)),
          currency: 'CNY',
          condition: 'new' as const,
          shipFrom: 'IT',
        },
      ]),
    );
  }
  const hardNegatives = Object.entries(HARD_NEGATIVE_TITLES);
  for (let i = 0; i < 900 * scale; i++) {
    const [kase, titles] = pick(hardNegatives);
    add('legit', kase, {
      title: pick(titles),
      price: money(between(3, 120)),
      currency: pick(['USD', 'EUR', 'GBP']),
      shipFrom: pick(SHIP_FROM_RESELLER),
      sellerId: pick(SELLERS_UNAUTHORIZED),
      quantity: 1 + Math.floor(rand() * 50),
    });
  }
  for (let i = 0; i < 300 * scale; i++) {
    // generic goods, no brand at all
    add('legit', 'neg.generic', {
      title: `${pick(['Handmade', 'Leather', 'Canvas', 'Minimalist', 'Vintage style', 'Kids', 'Waterproof'])} ${pick(EN_PRODUCTS)} ${pick(['black', 'pink', 'brown', 'red', 'blue'])}`,
      price: money(between(5, 300)),
      currency: 'USD',
      shipFrom: pick(['CN', 'US', 'VN', 'IN']),
      sellerId: pick(SELLERS_UNAUTHORIZED),
      quantity: 1 + Math.floor(rand() * 200),
    });
  }
  // shuffle deterministically
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = dirname(fileURLToPath(import.meta.url));
  const corpus = generateCorpus();
  const folder = join(here, 'splits', 'train-v0');
  writeFileSync(join(folder, 'listings.ndjson'), `${corpus.map((l) => JSON.stringify(l)).join('\n')}\n`);
  writeFileSync(join(folder, 'brands.json'), `${JSON.stringify(BRANDS, null, 2)}\n`);
  const positives = corpus.filter((l) => l.label === 'counterfeit').length;
  process.stdout.write(
    `wrote ${corpus.length} listings (${positives} counterfeit, ${corpus.length - positives} legit)\n`,
  );
}
