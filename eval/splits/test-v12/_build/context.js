// Lookups over the brand data and the seller-id maker for test-v12.
import { HAN_RE } from './lib.js';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Seller-id parts: marketplace handles as people write them. None contains a brand.
const SELLER_A = [
  'sunny',
  'lucky',
  'kedai',
  'tienda',
  'loja',
  'casa',
  'urban',
  'north',
  'blue',
  'happy',
  'mega',
  'daily',
  'star',
  'jade',
  'maple',
  'coral',
  'amber',
  'pixel',
  'nova',
  'bazaar',
  'souk',
  'baraka',
  'pura',
  'mimi',
  'koala',
  'panda',
  'tokki',
  'sakura',
];
const SELLER_B = [
  'deals',
  'store',
  'shop',
  'outlet',
  'corner',
  'trading',
  'mart',
  'hub',
  'finds',
  'closet',
  'goods',
  'house',
  'market',
  'emporium',
  'depot',
  'supply',
  'lab',
  'co',
];
const SELLER_ZH = [
  'xiaoyu',
  'ahua',
  'laowang',
  'meimei',
  'dongdong',
  'tiantian',
  'xinxin',
  'yiyi',
  'zizai',
  'manman',
];

export function makeContext(BRANDS, rng) {
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const lineIndex = new Map();
  const allLines = [];
  for (const b of BRANDS)
    for (const l of b.lines) {
      const e = { b, l, retail: l.retail };
      lineIndex.set(`${b.id}/${l.key}`, e);
      allLines.push(e);
    }
  const lineOf = (brandId, key) => {
    const e = lineIndex.get(`${brandId}/${key}`);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));
  const used = new Set(AUTH);
  const sellerFor = (kind, market) => {
    for (let i = 0; i < 50; i++) {
      const zh = ['taobao', 'xianyu', 'pinduoduo', 'weidian', 'douyin'].includes(market);
      const a = zh ? rng.pick(SELLER_ZH) : rng.pick(SELLER_A);
      const sep = rng.pick(['', '_', '-', '.']);
      const b = rng.pick(SELLER_B);
      const n = rng.chance(0.6) ? String(rng.int(2, 9999)) : '';
      const id = `${a}${sep}${b}${n}`;
      if (kind === 'cf' && AUTH.has(id)) continue;
      if (!used.has(id) || rng.chance(0.25)) {
        used.add(id);
        return id;
      }
    }
    return `seller${rng.int(10000, 99999)}`;
  };
  const officialNames = (b) => [b.name, ...(b.aliases ?? [])];
  const containsOfficial = (b, title) =>
    officialNames(b).some((n) =>
      HAN_RE.test(n)
        ? title.includes(n)
        : new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`).test(title.toLowerCase()),
    );
  const authSeller = (b, market) => b.sellers.find((s) => s.market === market) ?? b.sellers[0];
  return { brandById, lineOf, allLines, AUTH, sellerFor, containsOfficial, authSeller, brands: BRANDS };
}
