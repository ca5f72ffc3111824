// Lookups, market placement and seller ids for the test-v14 generators.
import { currencyFor, MARKET_SHIPS, RATES, ZH_MARKETS } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const EN_WEIGHTS = [
  ['ebay', 30],
  ['amazon', 14],
  ['facebook-marketplace', 6],
  ['mercari', 5],
  ['depop', 3],
  ['vinted', 6],
  ['aliexpress', 7],
  ['shopee', 8],
  ['carousell', 3],
  ['temu', 3],
  ['lazada', 4],
  ['rakuten', 3],
];
const ZH_WEIGHTS = [
  ['taobao', 24],
  ['xianyu', 18],
  ['pinduoduo', 14],
  ['jd', 9],
  ['douyin', 10],
  ['weidian', 10],
  ['tmall', 6],
];

const SELLER_A = [
  'north',
  'blue',
  'lucky',
  'happy',
  'urban',
  'quiet',
  'smart',
  'good',
  'daily',
  'green',
  'red',
  'sunny',
];
const SELLER_B = [
  'deals',
  'finds',
  'closet',
  'outlet',
  'corner',
  'traders',
  'market',
  'goods',
  'store',
  'hub',
  'mart',
];
const PINYIN_A = [
  'xiaoli',
  'ahua',
  'meimei',
  'dage',
  'laowang',
  'chenchen',
  'yueyue',
  'xiaoqi',
  'pangzi',
  'a-jie',
];
const PINYIN_B = [
  'haowu',
  'jingpin',
  'xianzhi',
  'shenghuo',
  'youxuan',
  'zhijia',
  'gongfang',
  'xiaopu',
  'tianxia',
];

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const real = BRANDS.filter((b) => !b.works);
  const lines = [];
  for (const b of real)
    for (const l of b.lines ?? []) {
      const rp = l.referencePrice;
      lines.push({ b, l, retail: (rp.min + rp.max) / 2 / RATES[rp.currency] });
    }
  const lineOf = (brandId, key) => {
    const e = lines.find((x) => x.b.id === brandId && x.l.key === key);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const mfgOf = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];

  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
    );
  const containsOfficial = (b, title) =>
    officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

  let serial = 0;
  const sellerFor = (kind, market) => {
    serial++;
    let id;
    do {
      id = ZH_MARKETS.includes(market)
        ? `${rng.pick(PINYIN_A)}_${rng.pick(PINYIN_B)}${rng.int(1, 999)}`
        : `${rng.pick(SELLER_A)}${rng.pick(SELLER_B)}${rng.int(10, 9999)}`;
    } while (AUTH.has(id));
    return kind === 'cf' && serial % 7 === 0 ? `${id}x` : id;
  };

  // market for a listing: lang decides the pool; ships (list) restricts shipFrom; avoid excludes shipFrom
  const place = (lang, { ships = null, avoid = null, market = null } = {}) => {
    const pool = lang === 'zh' ? ZH_WEIGHTS : EN_WEIGHTS;
    for (let tries = 0; tries < 40; tries++) {
      const m = market ?? (tries < 25 ? rng.weighted(pool) : rng.weighted([...EN_WEIGHTS, ...ZH_WEIGHTS]));
      let opts = MARKET_SHIPS[m];
      if (ships) opts = opts.filter((c) => ships.includes(c));
      if (avoid) opts = opts.filter((c) => !avoid.includes(c));
      if (!opts.length) continue;
      const sf =
        m === 'ebay' || m === 'amazon'
          ? rng.chance(0.5) && opts.includes('US')
            ? 'US'
            : rng.pick(opts)
          : rng.pick(opts);
      return { market: m, shipFrom: sf, currency: currencyFor(m, sf) };
    }
    return null;
  };

  return { brandById, real, lines, lineOf, AUTH, mfgOf, containsOfficial, sellerFor, place };
}
