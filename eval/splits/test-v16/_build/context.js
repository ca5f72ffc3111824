// Lookups, market placement and seller ids for the test-v16 generators.
import { currencyFor, MARKET_SHIPS, priceAt, toUSD, ZH_MARKETS } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

// languages a seller in a country writes in (besides English on the global marketplaces)
export const COUNTRY_LANGS = {
  IN: ['en', 'hi', 'hi'],
  PK: ['en', 'hi'],
  BD: ['en'],
  LK: ['en'],
  BR: ['pt', 'pt', 'en'],
  PT: ['pt'],
  MX: ['es', 'es', 'en'],
  CO: ['es'],
  AR: ['es'],
  PE: ['es'],
  CL: ['es'],
  ES: ['es'],
  PL: ['pl', 'pl', 'en'],
  TR: ['tr', 'tr', 'en'],
  ID: ['id', 'id', 'en'],
  VN: ['vi', 'vi', 'en'],
  TH: ['th', 'th', 'en'],
  AE: ['ar', 'en', 'en'],
  SA: ['ar', 'ar', 'en'],
  EG: ['ar', 'ar', 'en'],
  JO: ['ar', 'en'],
  IL: ['he', 'he', 'en'],
  JP: ['ja', 'ja', 'en'],
  NO: ['en', 'no'],
  SE: ['en', 'sv'],
  FI: ['en', 'fi'],
  SI: ['en', 'sl'],
  RS: ['en', 'sl'],
  HR: ['en', 'sl'],
  NG: ['en'],
  GH: ['en'],
  KE: ['en'],
  ZA: ['en'],
  PH: ['en'],
  MY: ['en', 'id'],
  SG: ['en'],
};
export const LANG_PLACES = {
  en: [
    ['ebay', 'US'],
    ['ebay', 'GB'],
    ['amazon', 'US'],
    ['ebay', 'AU'],
    ['ebay', 'IN'],
    ['ebay', 'NG'],
    ['ebay', 'KE'],
    ['ebay', 'ZA'],
    ['shopee', 'PH'],
    ['lazada', 'PH'],
    ['carousell', 'SG'],
    ['ebay', 'PK'],
    ['facebook-marketplace', 'US'],
    ['facebook-marketplace', 'CA'],
    ['aliexpress', 'CN'],
    ['temu', 'CN'],
    ['ebay', 'IE'],
    ['depop', 'GB'],
  ],
  hi: [
    ['amazon', 'IN'],
    ['ebay', 'IN'],
    ['ebay', 'PK'],
  ],
  pt: [
    ['shopee', 'BR'],
    ['amazon', 'BR'],
    ['ebay', 'BR'],
    ['ebay', 'PT'],
  ],
  es: [
    ['amazon', 'MX'],
    ['ebay', 'MX'],
    ['shopee', 'MX'],
    ['shopee', 'CO'],
    ['ebay', 'CO'],
    ['ebay', 'AR'],
    ['ebay', 'PE'],
    ['ebay', 'CL'],
    ['vinted', 'ES'],
  ],
  pl: [
    ['ebay', 'PL'],
    ['amazon', 'PL'],
    ['vinted', 'PL'],
  ],
  tr: [
    ['ebay', 'TR'],
    ['amazon', 'TR'],
  ],
  id: [
    ['shopee', 'ID'],
    ['lazada', 'ID'],
    ['ebay', 'ID'],
  ],
  vi: [
    ['shopee', 'VN'],
    ['lazada', 'VN'],
  ],
  th: [
    ['lazada', 'TH'],
    ['shopee', 'TH'],
  ],
  ar: [
    ['amazon', 'AE'],
    ['amazon', 'SA'],
    ['ebay', 'EG'],
    ['ebay', 'JO'],
  ],
  he: [['ebay', 'IL']],
  ja: [
    ['mercari', 'JP'],
    ['rakuten', 'JP'],
    ['amazon', 'JP'],
  ],
  no: [['ebay', 'NO']],
  sv: [
    ['ebay', 'SE'],
    ['vinted', 'SE'],
  ],
  fi: [
    ['ebay', 'FI'],
    ['vinted', 'FI'],
  ],
  sl: [
    ['ebay', 'SI'],
    ['ebay', 'HR'],
  ],
};

const SELLER_A = [
  'sky',
  'mega',
  'best',
  'shop',
  'trade',
  'global',
  'smart',
  'daily',
  'star',
  'happy',
  'lucky',
  'rapid',
  'north',
  'metro',
  'urban',
  'casa',
  'loja',
  'tienda',
  'sklep',
  'dukan',
  'toko',
  'kedai',
  'bazaar',
  'souk',
  'hikari',
  'sakura',
  'nova',
  'blue',
  'green',
  'red',
  'golden',
  'silver',
  'prime',
  'top',
  'royal',
  'sunny',
  'ocean',
  'river',
  'maple',
  'cedar',
];
const SELLER_B = [
  'deals',
  'store',
  'outlet',
  'mart',
  'traders',
  'goods',
  'hub',
  'corner',
  'market',
  'finds',
  'supply',
  'depot',
  'express',
  'house',
  'collective',
  'world',
  'point',
  'line',
  'emporium',
  'place',
  'box',
  'cart',
  'bazar',
  'ya',
  'online',
];
const ZH_SELLER_A = [
  'xiaolan',
  'haowu',
  'jiajia',
  'meimei',
  'dongfang',
  'chenxi',
  'yunduan',
  'lanshan',
  'qingfeng',
  'mingyue',
  'jinxiu',
  'xingchen',
  'anan',
  'lele',
  'taotao',
  'doudou',
  'youpin',
  'tianxia',
  'huaxia',
  'shunfeng',
];
const ZH_SELLER_B = [
  'haowu',
  'shop',
  'youxuan',
  'jiaju',
  'shangcheng',
  'tiyu',
  'zhijia',
  'xiaopu',
  'baihuo',
  'jingxuan',
  'mall',
  'gongfang',
  'hang',
  'dian',
];

export function makeContext(BRANDS, rng) {
  const brandById = {};
  const allLines = [];
  for (const b of BRANDS) {
    brandById[b.id] = b;
    for (const l of b.lines ?? []) {
      const retail = toUSD((l.referencePrice.min + l.referencePrice.max) / 2, l.referencePrice.currency);
      allLines.push({ b, l, retail });
    }
  }
  const real = BRANDS.filter((b) => !b.works);
  const lineOf = (bid, key) => {
    const e = allLines.find((x) => x.b.id === bid && x.l.key === key);
    if (!e) throw new Error(`unknown line ${bid}/${key}`);
    return e;
  };
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n)
        ? { zh: n }
        : {
            re: new RegExp(
              `(?<![a-z0-9])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`,
            ),
          },
    );
  const containsOfficial = (b, title) =>
    officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));
  const mfgOf = (e) =>
    e.l.manufacturingCountries?.length ? e.l.manufacturingCountries : e.b.manufacturingCountries;

  const usedIds = new Set();
  function sellerFor(_kind, market) {
    for (let i = 0; i < 50; i++) {
      let id;
      if (ZH_MARKETS.includes(market)) {
        id = `${rng.pick(ZH_SELLER_A)}${rng.pick(['_', '', '-'])}${rng.pick(ZH_SELLER_B)}${rng.int(1, 999)}`;
      } else {
        id = `${rng.pick(SELLER_A)}${rng.pick(['_', '', '.', '-'])}${rng.pick(SELLER_B)}${rng.chance(0.6) ? rng.int(1, 9999) : ''}`;
      }
      if (!AUTH.has(id) && (!usedIds.has(id) || rng.chance(0.3))) {
        usedIds.add(id);
        return id;
      }
    }
    return `seller${rng.int(10000, 99999)}`;
  }

  // a place [market, shipFrom] in a language; pred filters the ship-from country
  function placeFor(lang, pred = () => true) {
    const opts = (LANG_PLACES[lang] ?? LANG_PLACES.en).filter(([, sf]) => pred(sf));
    return opts.length ? rng.pick(opts) : null;
  }
  // a place that ships from one of `countries` (any language the country writes in, or English)
  function placeIn(countries, langs = null) {
    const opts = [];
    for (const c of countries) {
      for (const [m, ships] of Object.entries(MARKET_SHIPS)) {
        if (ZH_MARKETS.includes(m) || !ships.includes(c)) continue;
        if (m === 'temu' || m === 'aliexpress') {
          if (c !== 'CN') continue;
        }
        const cl = COUNTRY_LANGS[c] ?? ['en'];
        for (const lg of cl) if (!langs || langs.includes(lg)) opts.push([m, c, lg]);
      }
    }
    return opts.length ? rng.pick(opts) : null;
  }
  function priceFor(e, ratio, market, sf, spread = 0.03) {
    const cur = currencyFor(market, sf);
    return {
      currency: cur,
      price: priceAt(e.retail, ratio, cur, rng, ratio * (1 - spread), ratio * (1 + spread)),
    };
  }
  function usdPrice(usd, market, sf) {
    const cur = currencyFor(market, sf);
    return { currency: cur, price: priceAt(usd, 1, cur, rng) };
  }
  return {
    BRANDS,
    real,
    brandById,
    allLines,
    lineOf,
    AUTH,
    containsOfficial,
    mfgOf,
    sellerFor,
    placeFor,
    placeIn,
    priceFor,
    usdPrice,
  };
}
