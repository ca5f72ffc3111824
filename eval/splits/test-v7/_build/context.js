// Lookups over the brand data, seller-id maker and market pickers for the test-v7 generators.
import { currencyFor, EN_MARKETS, MARKET_SHIPS, priceAt, toUSD, ZH_MARKETS } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// seller-id pieces: two styles of handle, Chinese-market shops and person-to-person accounts
const HANDLE_A = [
  'north',
  'amber',
  'quiet',
  'lucky',
  'urban',
  'maple',
  'velvet',
  'harbor',
  'pixel',
  'copper',
  'misty',
  'sunny',
  'indigo',
  'cedar',
  'lotus',
  'rapid',
  'mellow',
  'zen',
  'nova',
  'cobalt',
  'birch',
  'pebble',
  'golden',
  'river',
];
const HANDLE_B = [
  'trader',
  'closet',
  'deals',
  'outlet',
  'finds',
  'corner',
  'depot',
  'market',
  'stock',
  'vault',
  'goods',
  'bazaar',
  'store',
  'shelf',
  'crate',
  'loft',
  'house',
  'hub',
];
const ZH_SHOP = [
  'xiaoyu',
  'ahua',
  'linlin',
  'dage',
  'meimei',
  'laowang',
  'tiantian',
  'xiaomeng',
  'ajie',
  'haohao',
  'nannan',
  'chenchen',
  'yoyo',
  'guoguo',
  'beibei',
  'dongdong',
];
const ZH_SUFFIX = [
  'haowu',
  'shop',
  'jia',
  'xiaopu',
  'youpin',
  'jingxuan',
  'huopu',
  'tao',
  'maimai',
  'zhenxuan',
];
const PERSON = [
  'anna',
  'lukas',
  'marta',
  'tomek',
  'jules',
  'elena',
  'sofia',
  'niko',
  'ben',
  'chloe_r',
  'kenji',
  'aiko',
  'mateo',
  'ines',
  'pieter',
  'rasa',
  'tuan',
  'dewi',
  'arjun',
  'lea',
  'oskar',
  'priya',
  'sam',
  'yuki',
];
const P2P = new Set(['vinted', 'depop', 'mercari', 'facebook-marketplace', 'xianyu', 'carousell']);

export function makeContext(BRANDS, rng) {
  const brandById = {};
  const lineIndex = {};
  const allLines = [];
  for (const b of BRANDS) {
    brandById[b.id] = b;
    for (const l of b.lines ?? []) {
      const retail = toUSD((l.p[0] + l.p[1]) / 2, l.p[2]);
      const e = { b, l, retail, mfg: l.manufacturingCountries ?? b.manufacturingCountries };
      lineIndex[`${b.id}/${l.key}`] = e;
      allLines.push(e);
    }
  }
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const lineOf = (brandId, key) => {
    const e = lineIndex[`${brandId}/${key}`];
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const realBrands = BRANDS.filter((b) => !b.works);
  const workBrands = BRANDS.filter((b) => b.works);

  // official names: brand name and aliases, matched as whole words (Latin) or substrings (Han)
  const officialRes = new Map(
    BRANDS.map((b) => [
      b.id,
      [b.name, ...(b.aliases ?? [])].map((n) =>
        HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
      ),
    ]),
  );
  const containsOfficial = (b, title) =>
    officialRes.get(b.id).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

  const used = new Set();
  function sellerFor(kind, market) {
    for (let i = 0; i < 50; i++) {
      let id;
      if (ZH_MARKETS.includes(market)) id = `${rng.pick(ZH_SHOP)}_${rng.pick(ZH_SUFFIX)}${rng.int(1, 999)}`;
      else if (P2P.has(market)) id = `${rng.pick(PERSON)}${rng.pick(['', '.', '_'])}${rng.int(10, 9999)}`;
      else id = `${rng.pick(HANDLE_A)}-${rng.pick(HANDLE_B)}${rng.chance(0.5) ? `-${rng.int(2, 99)}` : ''}`;
      if (kind === 'cf' && rng.chance(0.25)) id = `${id}${rng.pick(['x', 'z', 'hk', 'vip', '88', '168'])}`;
      if (!AUTH.has(id)) {
        used.add(id);
        return id;
      }
    }
    throw new Error('seller id space exhausted');
  }

  // where a market may ship from, restricted to (or excluding) a country list
  function marketFrom(lang, countries, { exclude = false, markets = null } = {}) {
    const pool = markets ?? (lang === 'zh' ? ZH_MARKETS : EN_MARKETS);
    const options = [];
    for (const m of pool)
      for (const c of MARKET_SHIPS[m])
        if (exclude ? !countries.includes(c) : countries.includes(c)) options.push([m, c]);
    if (!options.length) return null;
    const [market, shipFrom] = rng.pick(options);
    return { market, shipFrom, currency: currencyFor(market, shipFrom) };
  }
  function anyMarket(lang) {
    const pool = lang === 'zh' ? ZH_MARKETS : EN_MARKETS;
    const market = rng.pick(pool);
    const shipFrom = rng.pick(MARKET_SHIPS[market]);
    return { market, shipFrom, currency: currencyFor(market, shipFrom) };
  }
  const priceFor = (e, ratioLo, ratioHi, currency) => {
    const r = rng.float(ratioLo, ratioHi);
    return priceAt(e.retail, r, currency, rng, ratioLo, ratioHi);
  };

  return {
    brandById,
    lineOf,
    allLines,
    AUTH,
    realBrands,
    workBrands,
    containsOfficial,
    sellerFor,
    marketFrom,
    anyMarket,
    priceFor,
    P2P,
  };
}
