// Lookups, marketplace placement and seller-id maker for the test-v13 generators.
import { currencyFor, EN_MARKETS, MARKET_SHIPS, priceAt, ZH_MARKETS } from './lib.js';

const SYL = [
  'ka',
  'ro',
  'mi',
  'ta',
  'ne',
  'lu',
  'zo',
  'pa',
  'vi',
  'se',
  'do',
  'ri',
  'an',
  'el',
  'ku',
  'ya',
  'ol',
  'be',
];
const EN_WORDS = [
  'corner',
  'harbor',
  'attic',
  'maple',
  'lantern',
  'urban',
  'sunday',
  'nomad',
  'cedar',
  'pocket',
  'north',
  'market',
  'tidy',
  'bright',
  'river',
  'outlet',
  'depot',
  'finds',
  'trade',
  'bazaar',
];
const ZH_PINYIN = [
  'xiaoyu',
  'ajie',
  'mumu',
  'dongdong',
  'lele',
  'haoyun',
  'jiajia',
  'tiantian',
  'xingchen',
  'nuannuan',
  'chengzi',
  'yiyi',
  'afei',
  'wenwen',
];
const ZH_TAIL = ['shop', 'haowu', 'xianzhi', 'jingxuan', 'baihuo', 'youpin', 'daigou', 'store', 'zhijia'];

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const lineOf = (bid, key) => {
    const b = brandById[bid];
    const l = b?.lines.find((x) => x.key === key);
    if (!l) throw new Error(`unknown line ${bid}/${key}`);
    return { b, l, retail: l.retail };
  };
  const mfgOf = (b, l) =>
    l?.manufacturingCountries?.length ? l.manufacturingCountries : b.manufacturingCountries;
  const entries = [];
  for (const b of BRANDS) {
    if (b.works) continue;
    for (const l of b.lines) entries.push({ b, l, retail: l.retail });
  }
  const goods = entries.filter((e) => e.l.category !== 'video-games');
  const pickEntry = (filter = () => true) => rng.pick(goods.filter(filter));

  const usedIds = new Set();
  function sellerFor(type, market) {
    for (let i = 0; i < 50; i++) {
      let id;
      if (ZH_MARKETS.includes(market)) {
        id = `${rng.pick(ZH_PINYIN)}${rng.chance(0.5) ? '_' : ''}${rng.pick(ZH_TAIL)}${rng.int(1, 999)}`;
      } else if (rng.chance(0.5)) {
        id = `${rng.pick(EN_WORDS)}-${rng.pick(EN_WORDS)}-${rng.int(10, 9999)}`;
      } else {
        id = `${rng.pick(SYL)}${rng.pick(SYL)}${rng.pick(SYL)}_${type === 'cf' ? rng.pick(['sale', 'deals', 'hub', 'mart']) : rng.pick(['home', 'closet', 'store', 'goods'])}${rng.int(1, 99)}`;
      }
      if (!AUTH.has(id) && !usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
    throw new Error('seller id space exhausted');
  }

  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff]/;
  function containsOfficial(b, title) {
    const t = title.toLowerCase();
    return [b.name, ...(b.aliases ?? [])].some((n) =>
      HAN.test(n)
        ? title.includes(n)
        : new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`).test(t),
    );
  }

  // ---- placement ----
  const ZH_W = [
    ['taobao', 5],
    ['xianyu', 4],
    ['pinduoduo', 3],
    ['jd', 2],
    ['douyin', 2],
    ['weidian', 2],
    ['tmall', 1],
  ];
  const EN_W = [
    ['ebay', 9],
    ['amazon', 4],
    ['facebook-marketplace', 2],
    ['mercari', 2],
    ['depop', 1],
    ['vinted', 2],
    ['aliexpress', 2],
    ['shopee', 2],
    ['carousell', 1],
    ['temu', 1],
    ['lazada', 1],
    ['rakuten', 1],
  ];
  /** A market and ship-from country. opts.in: ship from one of these; opts.out: ship from none of these. */
  function place(lang, opts = {}) {
    const ok = (sf) => (!opts.in || opts.in.includes(sf)) && (!opts.out || !opts.out.includes(sf));
    for (let i = 0; i < 80; i++) {
      const market = lang === 'zh' ? rng.weighted(ZH_W) : rng.weighted(opts.markets ?? EN_W);
      const ships = MARKET_SHIPS[market].filter(ok);
      if (!ships.length) continue;
      // prefer a ship-from in the wanted list when there is one
      const sf = rng.pick(ships);
      return { market, sf, currency: currencyFor(market, sf) };
    }
    return null;
  }
  const price = (retail, ratio, cur, lo = null, hi = null) => priceAt(retail, ratio, cur, rng, lo, hi);

  return {
    BRANDS,
    brandById,
    AUTH,
    lineOf,
    mfgOf,
    entries,
    goods,
    pickEntry,
    sellerFor,
    containsOfficial,
    place,
    price,
    EN_MARKETS,
    ZH_MARKETS,
  };
}
