// Lookups over the brand data shared by the generators and the build: lines, retail prices, sellers.
import { RATES, MARKET_SHIPS, ZH_MARKETS, currencyFor, priceAt } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const real = BRANDS.filter((b) => !b.works);
  const withWorks = BRANDS.filter((b) => b.works);
  const entries = [];
  for (const b of real) {
    for (const l of b.lines) {
      const rp = l.referencePrice;
      const mid = (rp.min + rp.max) / 2 / RATES[rp.currency];
      entries.push({ b, l, retail: mid, mfg: l.manufacturingCountries ?? b.manufacturingCountries });
    }
  }
  const lineOf = (brandId, key) => {
    const e = entries.find((x) => x.b.id === brandId && x.l.key === key);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const AUTH = new Set();
  const authOf = {};
  for (const b of BRANDS) for (const s of b.sellers) {
    AUTH.add(s.id);
    authOf[s.id] = b.id;
  }
  // official names and aliases (the things a disguised title must not contain)
  const officialRes = (b) => [b.name, ...(b.aliases ?? [])].map((n) => (HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) }));
  const containsOfficial = (b, title) => officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

  // ---- seller ids ----
  const SYL = ['ming', 'hao', 'xin', 'yue', 'lin', 'jia', 'rui', 'feng', 'chen', 'tian', 'bo', 'kai', 'wen', 'li', 'an', 'qi', 'shun', 'long', 'mei', 'fu', 'xing', 'hui', 'yun', 'da'];
  const EN_A = ['urban', 'north', 'lucky', 'prime', 'happy', 'blue', 'silver', 'golden', 'daily', 'swift', 'cozy', 'bright', 'vintage', 'retro', 'coastal', 'metro', 'pixel', 'maple', 'cedar', 'river', 'sunny', 'quiet', 'bold', 'good'];
  const EN_B = ['deals', 'finds', 'closet', 'store', 'outlet', 'goods', 'trading', 'hub', 'market', 'co', 'supply', 'picks', 'corner', 'wardrobe', 'gear', 'depot', 'mart', 'bazaar', 'shop', 'house'];
  const FIRST = ['emma', 'liam', 'sofia', 'noah', 'mia', 'lucas', 'chloe', 'jonas', 'lena', 'marco', 'giulia', 'pierre', 'anna', 'tom', 'kasia', 'ruta', 'sam', 'jess', 'dan', 'aiko', 'kenji', 'yuki', 'mara', 'ines'];
  const ZH_SHOP = ['潮品', '优选', '好物', '百货', '严选', '小铺', '工作室', '旗舰', '专营', '仓库', '折扣', '精品', '生活馆', '数码', '潮流', '闲置'];
  const sellerFor = (flavour, market) => {
    const n = rng.int(10, 9999);
    if (ZH_MARKETS.includes(market)) {
      const s = `${rng.pick(SYL)}${rng.pick(SYL)}`;
      if (market === 'xianyu') return rng.pick([`xy_${s}${n}`, `tb${rng.int(100000, 999999)}_${rng.int(10, 99)}`, `闲鱼用户${s}${n}`]);
      if (market === 'weidian') return rng.pick([`wd_${s}${n}`, `vshop${n}`]);
      if (market === 'pinduoduo') return rng.pick([`pdd_${s}_${n}`, `${s}${rng.pick(ZH_SHOP)}${n}`]);
      if (market === 'douyin') return rng.pick([`dy_${s}${n}`, `${s}${rng.pick(ZH_SHOP)}的小店`]);
      return rng.pick([`${s}${rng.pick(ZH_SHOP)}${n}`, `tb_${s}${n}`, `${s}_${n}`]);
    }
    if (['vinted', 'mercari', 'facebook-marketplace', 'carousell'].includes(market)) {
      return rng.pick([`${rng.pick(FIRST)}${rng.pick(['_', '.', ''])}${rng.pick(EN_A)}${rng.int(1, 99)}`, `${rng.pick(FIRST)}${n}`, `${rng.pick(FIRST)}_${rng.pick(FIRST)}`]);
    }
    if (flavour === 'cf') return rng.pick([`${rng.pick(EN_A)}${rng.pick(EN_B)}${n}`, `${rng.pick(['gz', 'sz', 'xm', 'pt', 'hk'])}${rng.pick(EN_B)}${n}`, `${rng.pick(SYL)}${rng.pick(SYL)}-${rng.pick(EN_B)}`]);
    return rng.pick([`${rng.pick(EN_A)}-${rng.pick(EN_B)}`, `${rng.pick(EN_A)}${rng.pick(EN_B)}${rng.int(1, 99)}`, `${rng.pick(FIRST)}s-${rng.pick(EN_B)}`]);
  };

  const marketFor = (lang, flavour) => {
    if (lang === 'zh') return rng.weighted(flavour === 'cf'
      ? [['taobao', 4], ['xianyu', 4], ['pinduoduo', 3], ['weidian', 3], ['douyin', 2]]
      : [['taobao', 4], ['xianyu', 3], ['jd', 2], ['pinduoduo', 2], ['douyin', 1], ['tmall', 1]]);
    return rng.weighted(flavour === 'cf'
      ? [['ebay', 4], ['aliexpress', 4], ['temu', 2], ['facebook-marketplace', 2], ['shopee', 2], ['lazada', 1], ['mercari', 1], ['vinted', 1], ['depop', 1], ['carousell', 1]]
      : [['ebay', 5], ['amazon', 4], ['mercari', 2], ['vinted', 2], ['facebook-marketplace', 2], ['depop', 1], ['shopee', 1], ['carousell', 1], ['rakuten', 1], ['lazada', 1]]);
  };
  const shipFor = (market, allowed = null, banned = null) => {
    let opts = MARKET_SHIPS[market];
    if (allowed) opts = opts.filter((c) => allowed.includes(c));
    if (banned) opts = opts.filter((c) => !banned.includes(c));
    return opts.length ? rng.pick(opts) : null;
  };
  const price = (e, ratio, market, sf, lo, hi) => {
    const cur = currencyFor(market, sf);
    return { price: priceAt(e.retail, ratio, cur, rng, lo, hi), currency: cur };
  };
  return { brandById, real, withWorks, entries, lineOf, AUTH, authOf, containsOfficial, sellerFor, marketFor, shipFor, price };
}
