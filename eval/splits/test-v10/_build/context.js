// Lookups over the brand data and a seller-id maker for test-v10.
import { toUSD } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const SELLER_EN_A = [
  'north',
  'lucky',
  'bargain',
  'urban',
  'riverside',
  'happy',
  'daily',
  'smart',
  'prime',
  'vintage',
  'studio',
  'corner',
  'sunny',
  'metro',
  'maple',
  'coastal',
  'redbrick',
  'quiet',
  'bluebird',
  'hilltop',
];
const SELLER_EN_B = [
  'deals',
  'finds',
  'outlet',
  'trading',
  'store',
  'goods',
  'supply',
  'market',
  'closet',
  'gear',
  'shop',
  'emporium',
  'depot',
  'wares',
  'picks',
];
const SELLER_ZH_A = [
  'xiaolin',
  'ajie',
  'dongdong',
  'meimei',
  'haoyun',
  'jinxiu',
  'xingchen',
  'lanlan',
  'dafu',
  'yueyue',
  'chenxi',
  'mumu',
  'tiantian',
  'xiaoyu',
  'laowang',
  'ahua',
];
const SELLER_ZH_B = [
  'haowu',
  'youpin',
  'shangmao',
  'jingxuan',
  'zhijia',
  'xianhuo',
  'shudian',
  'yuehang',
  'gongfang',
  'baihuo',
  'guan',
  'jia',
];

export function makeContext(BRANDS, rng) {
  const brandById = {};
  const entries = [];
  const AUTH = new Set();
  for (const b of BRANDS) {
    brandById[b.id] = b;
    for (const s of b.sellers) AUTH.add(s.id);
    for (const l of b.lines ?? []) {
      const rp = l.referencePrice;
      entries.push({ b, l, key: l.key, retail: toUSD((rp.min + rp.max) / 2, rp.currency) });
    }
  }
  const byKey = new Map(entries.map((e) => [`${e.b.id}/${e.key}`, e]));
  const lineOf = (brandId, key) => {
    const e = byKey.get(`${brandId}/${key}`);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const officialRes = new Map(
    BRANDS.map((b) => [
      b.id,
      [b.name, ...(b.aliases ?? [])].map((n) =>
        HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) },
      ),
    ]),
  );
  const containsOfficial = (b, text) =>
    officialRes.get(b.id).some((o) => (o.zh ? text.includes(o.zh) : o.re.test(text.toLowerCase())));
  const mfgOf = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];

  const used = new Set();
  function sellerFor(_kind, market) {
    const zh = ['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall'].includes(market);
    for (let i = 0; i < 50; i++) {
      const style = rng.int(0, 3);
      let id;
      if (zh) {
        const a = rng.pick(SELLER_ZH_A);
        const b = rng.pick(SELLER_ZH_B);
        id = [
          `${a}_${b}${rng.int(1, 999)}`,
          `tb${rng.int(10000000, 99999999)}`,
          `${a}${b}`,
          `${b}-${a}-${rng.int(10, 99)}`,
        ][style];
      } else {
        const a = rng.pick(SELLER_EN_A);
        const b = rng.pick(SELLER_EN_B);
        id = [`${a}${b}${rng.int(1, 99)}`, `${a}_${b}`, `${a}.${b}.${rng.int(100, 9999)}`, `${b}by${a}`][
          style
        ];
      }
      if (!AUTH.has(id) && (!used.has(id) || i > 40)) {
        used.add(id);
        return id;
      }
    }
    return `seller${rng.int(100000, 999999)}`;
  }

  const entriesWorks = BRANDS.flatMap((b) => (b.works ?? []).map((w) => ({ b, w })));
  return { brandById, entries, entriesWorks, lineOf, AUTH, containsOfficial, mfgOf, sellerFor };
}
