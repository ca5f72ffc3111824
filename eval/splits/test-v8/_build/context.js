// Lookups over the brand data for the test-v8 build: lines, authorised sellers, seller-id maker, official-name test,
// and a marketplace that ships from a given country.
import { currencyFor, MARKET_SHIPS, RATES } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const lines = [];
  for (const b of BRANDS)
    for (const l of b.lines ?? []) {
      const rp = l.referencePrice;
      const retail = (rp.min + rp.max) / 2 / RATES[rp.currency];
      lines.push({ b, l, retail, mfg: l.manufacturingCountries ?? b.manufacturingCountries });
    }
  const lineOf = (brandId, key) => {
    const e = lines.find((x) => x.b.id === brandId && x.l.key === key);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const officialRes = (b) =>
    [b.name, ...(b.aliases ?? [])].map((n) =>
      HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
    );
  const containsOfficial = (b, title) =>
    officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

  // seller ids for unauthorised sellers: looks like what marketplaces show
  const A = [
    'lucky',
    'happy',
    'best',
    'top',
    'star',
    'sun',
    'blue',
    'golden',
    'quick',
    'urban',
    'daily',
    'smart',
    'north',
    'river',
    'maple',
    'coral',
    'pixel',
    'nova',
    'lotus',
    'panda',
  ];
  const B = [
    'trade',
    'deals',
    'shop',
    'store',
    'outlet',
    'goods',
    'mart',
    'corner',
    'finds',
    'hub',
    'house',
    'depot',
    'closet',
    'market',
    'box',
    'supply',
  ];
  const PY = [
    'xiaoli',
    'ahua',
    'dongge',
    'meimei',
    'laowang',
    'jiajia',
    'tongtong',
    'haoyun',
    'xingchen',
    'mumu',
    'yueyue',
    'afei',
    'dabao',
    'qiqi',
    'chenchen',
  ];
  const ZHM = new Set(['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall']);
  const sellerFor = (kind, market) => {
    let id;
    do {
      if (ZHM.has(market))
        id = `${rng.pick(PY)}_${rng.pick(['shop', 'haowu', 'xiaodian', 'jia', 'tao', 'store'])}${rng.int(1, 9999)}`;
      else if (market === 'vinted' || market === 'depop' || market === 'mercari')
        id = `${rng.pick(['marie', 'lukas', 'sofia', 'tom', 'jess', 'kasia', 'marco', 'ana', 'yuki', 'leo', 'emma', 'jonas'])}${rng.pick(['.', '_', ''])}${rng.pick(['k', 'm', 'b', 'wardrobe', 'closet', 'sells'])}${rng.int(1, 99)}`;
      else id = `${rng.pick(A)}${rng.pick(['-', '_', ''])}${rng.pick(B)}${rng.int(1, 999)}`;
      if (kind === 'cf' && rng.chance(0.15)) id += rng.pick(['_ws', '-direct', '_hk', '-global']);
    } while (AUTH.has(id));
    return id;
  };
  // a marketplace (and ship-from) that ships from one of `countries`, if any
  const MARKET_BY_COUNTRY = {};
  for (const [m, cs] of Object.entries(MARKET_SHIPS))
    for (const c of cs) {
      if (!MARKET_BY_COUNTRY[c]) MARKET_BY_COUNTRY[c] = [];
      MARKET_BY_COUNTRY[c].push(m);
    }
  const marketFrom = (countries, lang) => {
    const opts = [];
    for (const c of countries)
      for (const m of MARKET_BY_COUNTRY[c] ?? []) {
        if (lang === 'zh' && !ZHM.has(m)) continue;
        if (lang === 'en' && ZHM.has(m)) continue;
        opts.push([m, c]);
      }
    if (!opts.length) return null;
    const [market, shipFrom] = rng.pick(opts);
    return { market, shipFrom, currency: currencyFor(market, shipFrom) };
  };
  const marketNotFrom = (countries, lang) => {
    const opts = [];
    for (const [m, cs] of Object.entries(MARKET_SHIPS))
      for (const c of cs) {
        if (countries.includes(c)) continue;
        if (lang === 'zh' && !ZHM.has(m) && c !== 'HK') continue;
        if (lang === 'en' && ZHM.has(m)) continue;
        opts.push([m, c]);
      }
    if (!opts.length) return null;
    const [market, shipFrom] = rng.pick(opts);
    return { market, shipFrom, currency: currencyFor(market, shipFrom) };
  };
  return { brandById, AUTH, lines, lineOf, containsOfficial, sellerFor, marketFrom, marketNotFrom, ZHM };
}
