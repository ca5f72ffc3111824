// Lookups over the brand data and a seller-id maker for test-v9.
import { EN_MARKETS, MARKET_SHIPS, ZH_MARKETS } from './lib.js';

const SYL = [
  'ka',
  'lo',
  'mi',
  'ren',
  'zhu',
  'tan',
  'bel',
  'vo',
  'sha',
  'qi',
  'dor',
  'nu',
  'pax',
  'yue',
  'lin',
  'ko',
];
const TAIL_CF = [
  'deals',
  'outlet',
  'lux',
  'hub',
  'mall',
  'trade',
  'store',
  'stock',
  'house',
  'shop88',
  'goods',
  'world',
];
const TAIL_OK = [
  'home',
  'family',
  'co',
  'living',
  'closet',
  'finds',
  'supply',
  'corner',
  'garage',
  'attic',
  'and-sons',
];
const ZH_PRE = ['tb', 'pdd', 'xy', 'dy', 'wd', 'jd', 'tm'];

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const lines = [];
  for (const b of BRANDS)
    for (const l of b.lines ?? [])
      lines.push({ b, l, retail: (l.referencePrice.min + l.referencePrice.max) / 2 });
  const lineOf = (brandId, key) => {
    const e = lines.find((x) => x.b.id === brandId && x.l.key === key);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const realBrands = BRANDS.filter((b) => !b.works);
  const workBrands = BRANDS.filter((b) => b.works);
  const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]/;
  const containsOfficial = (b, title) =>
    [b.name, ...(b.aliases ?? [])].some((n) =>
      HAN.test(n)
        ? title.includes(n)
        : new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`).test(title.toLowerCase()),
    );
  const used = new Set();
  const sellerFor = (kind, market) => {
    for (let i = 0; i < 50; i++) {
      let id;
      if (ZH_MARKETS.includes(market)) {
        id = `${rng.pick(ZH_PRE)}_${rng.pick(SYL)}${rng.pick(SYL)}${rng.int(10, 9999)}`;
      } else {
        const tail = kind === 'cf' ? rng.pick(TAIL_CF) : rng.pick(TAIL_OK);
        id = `${rng.pick(SYL)}${rng.pick(SYL)}-${tail}${rng.chance(0.5) ? rng.int(1, 99) : ''}`;
      }
      if (!AUTH.has(id) && (!used.has(id) || rng.chance(0.15))) {
        used.add(id);
        return id;
      }
    }
    return `seller-${rng.int(100000, 999999)}`;
  };
  const marketFor = (lang) => {
    if (lang === 'zh') {
      const m = rng.weighted([
        ['taobao', 5],
        ['xianyu', 4],
        ['pinduoduo', 3],
        ['jd', 2],
        ['douyin', 2],
        ['weidian', 2],
        ['tmall', 1],
        ['carousell', 1],
      ]);
      return { market: m, shipFrom: m === 'carousell' ? 'HK' : 'CN' };
    }
    const m = rng.pick(EN_MARKETS);
    return { market: m, shipFrom: rng.pick(MARKET_SHIPS[m]) };
  };
  return { brandById, AUTH, lines, lineOf, realBrands, workBrands, containsOfficial, sellerFor, marketFor };
}
