// Lookups over the brand data and the seller-id maker for the test-v11 build.
import { MARKET_SHIPS, RATES } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// syllables for seller handles; Latin ones for international marketplaces, pinyin-like ones for Chinese ones
const LATIN = [
  'mar',
  'lo',
  'ki',
  'ta',
  'ren',
  'sol',
  'vi',
  'na',
  'del',
  'ja',
  'bu',
  'ro',
  'mi',
  'zen',
  'ka',
  'lu',
  'te',
  'fo',
  'ri',
  'sa',
];
const WORDS = [
  'deals',
  'finds',
  'closet',
  'outlet',
  'corner',
  'trading',
  'store',
  'goods',
  'hub',
  'market',
  'attic',
  'stock',
  'house',
  'bazaar',
  'depot',
  'picks',
];
const PINYIN = [
  'xiao',
  'mei',
  'hao',
  'jia',
  'le',
  'an',
  'xin',
  'yue',
  'tian',
  'ming',
  'feng',
  'qi',
  'lan',
  'chen',
  'bo',
  'rui',
  'shan',
  'yun',
  'jin',
  'hua',
];
const ZH_SUFFIX = ['shop', 'dian', 'hang', 'jia', 'fang', 'ge', 'wu', 'store', 'mall', 'tang'];

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const AUTH = new Set();
  const authBy = {};
  for (const b of BRANDS) {
    authBy[b.id] = b.sellers;
    for (const s of b.sellers) AUTH.add(s.id);
  }
  const retailOf = (l) =>
    (l.referencePrice.min + l.referencePrice.max) / 2 / RATES[l.referencePrice.currency];
  const lines = [];
  for (const b of BRANDS) for (const l of b.lines ?? []) lines.push({ b, l, retail: retailOf(l) });
  const lineIdx = new Map(lines.map((e) => [`${e.b.id}/${e.l.key}`, e]));
  const lineOf = (brandId, key) => {
    const e = lineIdx.get(`${brandId}/${key}`);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const mfgOf = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];
  const zhName = (b) => b.aliases?.find((a) => HAN.test(a)) ?? b.name;
  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
    );
  const containsOfficial = (b, title) =>
    officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

  const used = new Set();
  function sellerFor(kind, market) {
    for (let i = 0; i < 50; i++) {
      let id;
      if (['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall'].includes(market)) {
        id = `${rng.pick(PINYIN)}${rng.pick(PINYIN)}${rng.chance(0.5) ? rng.int(10, 999) : ''}_${rng.pick(ZH_SUFFIX)}`;
      } else if (kind === 'cf' && rng.chance(0.3)) {
        id = `${rng.pick(LATIN)}${rng.pick(LATIN)}.${rng.pick(WORDS)}${rng.int(1, 99)}`;
      } else {
        const sep = rng.pick(['', '_', '-', '.']);
        id = `${rng.pick(LATIN)}${rng.pick(LATIN)}${sep}${rng.pick(WORDS)}${rng.chance(0.4) ? rng.int(1, 2026) : ''}`;
      }
      if (!used.has(id) && !AUTH.has(id)) {
        used.add(id);
        return id;
      }
    }
    throw new Error('seller ids exhausted');
  }
  const shipsFrom = (market) => MARKET_SHIPS[market] ?? ['US'];
  return {
    brandById,
    AUTH,
    authBy,
    lines,
    lineOf,
    mfgOf,
    zhName,
    containsOfficial,
    sellerFor,
    shipsFrom,
    BRANDS,
  };
}
