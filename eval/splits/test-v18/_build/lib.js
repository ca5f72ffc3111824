// Shared helpers for the test-v18 build: seeded PRNG, currencies, marketplaces, price formatting.

export const RATES = { USD: 1, EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, HKD: 7.8, CAD: 1.37, AUD: 1.52 };
export const LISTING_DATE = '2027-02-01';

export const toUSD = (amount, cur) => amount / RATES[cur];
export const fromUSD = (usd, cur) => usd * RATES[cur];

// xmur3 + sfc32: small, deterministic, good enough for sampling.
function xmur3(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) {
    h = Math.imul(h ^ str.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return h >>> 0;
  };
}

export function makeRng(seed) {
  const s = xmur3(String(seed));
  let a = s();
  let b = s();
  let c = s();
  let d = s();
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  const rng = {
    next,
    float: (lo, hi) => lo + (hi - lo) * next(),
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => {
      if (!arr || arr.length === 0) throw new Error('pick from empty array');
      return arr[Math.floor(next() * arr.length)];
    },
    pickN: (arr, n) => rng.shuffle(arr.slice()).slice(0, n),
    weighted: (pairs) => {
      // pairs: [[value, weight], ...]
      const total = pairs.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [v, w] of pairs) {
        r -= w;
        if (r < 0) return v;
      }
      return pairs[pairs.length - 1][0];
    },
    shuffle: (arr) => {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [arr[i], arr[j]] = [arr[j], arr[i]];
      }
      return arr;
    },
  };
  return rng;
}

// ---- marketplaces ----
export const ZH_MARKETS = ['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall'];
export const EN_MARKETS = [
  'ebay',
  'amazon',
  'facebook-marketplace',
  'mercari',
  'depop',
  'vinted',
  'aliexpress',
  'shopee',
  'carousell',
  'temu',
  'lazada',
  'rakuten',
];
export const ALL_MARKETS = [...ZH_MARKETS, ...EN_MARKETS];

export const MARKET_SHIPS = {
  taobao: ['CN'],
  xianyu: ['CN'],
  pinduoduo: ['CN'],
  jd: ['CN'],
  douyin: ['CN'],
  weidian: ['CN'],
  tmall: ['CN'],
  ebay: [
    'US',
    'GB',
    'DE',
    'FR',
    'IT',
    'AU',
    'CA',
    'HK',
    'CN',
    'JP',
    'CH',
    'PL',
    'KR',
    'TW',
    'BR',
    'HU',
    'SI',
    'AE',
    'IL',
    'MX',
    'FI',
    'AT',
    'DK',
    'SE',
    'ES',
    'NL',
    'BE',
    'CZ',
    'TH',
    'PH',
    'PK',
    'BD',
    'EG',
    'ZA',
    'NG',
    'KE',
    'CO',
    'AR',
    'VN',
    'ID',
    'SA',
    'IN',
    'CL',
    'PE',
    'GH',
    'ET',
    'MY',
    'SG',
    'PT',
    'RS',
    'BG',
    'RO',
    'LK',
    'LV',
    'TR',
    'NO',
    'GR',
    'IE',
    'NZ',
    'UA',
    'EC',
    'MN',
    'IS',
    'HR',
    'SK',
    'GE',
    'KZ',
    'JO',
    'LB',
    'UY',
    'LT',
    'MA',
    'UZ',
    'EE',
  ],
  amazon: [
    'US',
    'GB',
    'DE',
    'FR',
    'IT',
    'ES',
    'JP',
    'CA',
    'AU',
    'CN',
    'MX',
    'BR',
    'AE',
    'SA',
    'IN',
    'SG',
    'SE',
    'TR',
    'PL',
    'NL',
  ],
  'facebook-marketplace': ['US', 'CA', 'GB', 'AU'],
  mercari: ['US', 'JP'],
  depop: ['GB', 'US'],
  vinted: [
    'FR',
    'DE',
    'IT',
    'ES',
    'NL',
    'BE',
    'GB',
    'PL',
    'LT',
    'CZ',
    'FI',
    'SE',
    'PT',
    'RO',
    'HU',
    'GR',
    'AT',
    'LV',
    'EE',
  ],
  aliexpress: ['CN', 'HK'],
  temu: ['CN'],
  rakuten: ['JP'],
  shopee: ['SG', 'MY', 'PH', 'TH', 'VN', 'ID', 'CN', 'BR', 'CO', 'MX', 'TW'],
  lazada: ['MY', 'SG', 'PH', 'TH', 'VN', 'ID', 'CN'],
  carousell: ['HK', 'SG', 'MY', 'PH'],
};

const EUR_COUNTRIES = new Set([
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'BE',
  'PT',
  'AT',
  'IE',
  'FI',
  'LT',
  'SI',
  'SK',
  'GR',
  'LV',
  'HR',
  'EE',
]);

export function currencyFor(market, sf) {
  if (ZH_MARKETS.includes(market)) return 'CNY';
  switch (market) {
    case 'ebay':
      if (sf === 'US') return 'USD';
      if (sf === 'GB') return 'GBP';
      if (sf === 'AU') return 'AUD';
      if (sf === 'CA') return 'CAD';
      if (EUR_COUNTRIES.has(sf)) return 'EUR';
      return 'USD';
    case 'amazon':
      if (sf === 'GB') return 'GBP';
      if (sf === 'JP') return 'JPY';
      if (sf === 'CA') return 'CAD';
      if (sf === 'AU') return 'AUD';
      if (EUR_COUNTRIES.has(sf)) return 'EUR';
      return 'USD';
    case 'facebook-marketplace':
      return { US: 'USD', CA: 'CAD', GB: 'GBP', AU: 'AUD' }[sf] ?? 'USD';
    case 'mercari':
      return sf === 'JP' ? 'JPY' : 'USD';
    case 'depop':
      return sf === 'GB' ? 'GBP' : 'USD';
    case 'vinted':
      return sf === 'GB' ? 'GBP' : 'EUR';
    case 'carousell':
      return sf === 'HK' ? 'HKD' : 'USD';
    case 'rakuten':
      return 'JPY';
    default:
      return 'USD';
  }
}

// ---- prices ----
function niceRound(v, cur, rng) {
  if (cur === 'JPY') {
    if (v < 1000) return Math.max(10, Math.round(v / 10) * 10);
    if (v < 100000) return Math.round(v / 100) * 100;
    return Math.round(v / 1000) * 1000;
  }
  if (cur === 'CNY') {
    if (v < 20) return Math.round(v * 10) / 10;
    if (v < 100) return rng.chance(0.5) ? Math.round(v) : Math.floor(v) + 0.9;
    if (v < 10000) {
      const r = Math.round(v);
      return rng.chance(0.55) ? Math.max(1, Math.round(r / 10) * 10 - 1) : r;
    }
    return Math.round(v / 100) * 100 - (rng.chance(0.5) ? 1 : 0);
  }
  if (cur === 'HKD') {
    if (v < 100) return Math.round(v);
    return rng.chance(0.5) ? Math.round(v / 10) * 10 - 2 : Math.round(v);
  }
  // USD EUR GBP CAD AUD
  if (v < 20) return rng.chance(0.6) ? Math.floor(v) + 0.99 : Math.round(v * 2) / 2 || 0.5;
  if (v < 1000) return rng.chance(0.55) ? Math.round(v) - 0.01 : Math.round(v);
  if (v < 10000) return rng.chance(0.5) ? Math.round(v / 5) * 5 : Math.round(v / 10) * 10 - 1;
  return Math.round(v / 50) * 50;
}

/**
 * Price in `cur` at `ratio` (fraction) of `retailUSD`, rounded as a seller would, kept inside [lo, hi] of ratio.
 */
export function priceAt(retailUSD, ratio, cur, rng, lo = null, hi = null) {
  const raw = fromUSD(retailUSD * ratio, cur);
  let p = niceRound(raw, cur, rng);
  const r = toUSD(p, cur) / retailUSD;
  if (p <= 0 || (lo !== null && r < lo) || (hi !== null && r > hi)) p = Math.round(raw * 100) / 100;
  if (p <= 0) p = 0.01;
  return p;
}

export const round2 = (x) => Math.round(x * 100) / 100;

export function byteLen(s) {
  return Buffer.byteLength(s, 'utf8');
}

export const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
