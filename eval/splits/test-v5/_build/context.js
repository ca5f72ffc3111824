// Lookups over the brand data used by the generators and the hand-row parser.
import { toUSD, ZH_MARKETS, MARKET_SHIPS } from './lib.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// seller-id fragments (pinyin / English handles); combined deterministically
const CN_A = ['xiaoyu', 'ahua', 'lele', 'dabao', 'meimei', 'tiantian', 'haohao', 'jiajia', 'xingchen', 'mumu', 'qiqi', 'laowang', 'azhen', 'yuanyuan', 'shanshan', 'kaixin', 'feifei', 'duoduo', 'xiaolu', 'chenchen'];
const CN_B = ['haowu', 'youxuan', 'jingpin', 'shangmao', 'baihuo', 'xianhuo', 'zhiying', 'tehui', 'shenghuo', 'xiaopu', 'dian', 'guan', 'jia', 'mall', 'wuyu', 'liangpin'];
const EN_A = ['blue', 'north', 'lucky', 'urban', 'prime', 'happy', 'river', 'silver', 'maple', 'coastal', 'retro', 'smart', 'daily', 'little', 'golden', 'sunny', 'iron', 'quiet', 'velvet', 'wild'];
const EN_B = ['deals', 'finds', 'goods', 'outlet', 'trading', 'store', 'closet', 'emporium', 'market', 'supply', 'hub', 'corner', 'depot', 'vault', 'shack', 'boutique'];

export function makeContext(BRANDS, rng) {
  const brandById = {};
  const AUTH = new Set();
  const authBrand = new Map();
  for (const b of BRANDS) {
    brandById[b.id] = b;
    for (const s of b.sellers ?? []) {
      AUTH.add(s.id);
      authBrand.set(s.id, b.id);
    }
  }
  const entries = [];
  for (const b of BRANDS) {
    for (const l of b.lines ?? []) {
      const rp = l.referencePrice;
      entries.push({ b, l, retail: toUSD((rp.min + rp.max) / 2, rp.currency) });
    }
  }
  const lineOf = (brandId, key) => {
    const e = entries.find((x) => x.b.id === brandId && x.l.key === key);
    if (!e) throw new Error(`unknown line ${brandId}/${key}`);
    return e;
  };
  const officialNames = (b) => [b.name, ...(b.aliases ?? [])];
  const officialRes = new Map();
  const containsOfficial = (b, text) => {
    if (!officialRes.has(b.id)) {
      officialRes.set(
        b.id,
        officialNames(b).map((n) => (HAN.test(n) ? { zh: n } : { re: new RegExp(`(?<![a-z0-9])${esc(n.toLowerCase())}(?![a-z0-9])`) })),
      );
    }
    const low = text.toLowerCase();
    return officialRes.get(b.id).some((o) => (o.zh ? text.includes(o.zh) : o.re.test(low)));
  };
  const used = new Set();
  const sellerFor = (role, market) => {
    for (let i = 0; i < 50; i++) {
      let id;
      if (ZH_MARKETS.includes(market)) {
        const a = rng.pick(CN_A);
        const b = rng.pick(CN_B);
        id = rng.pick([`${a}${b}${rng.int(1, 999)}`, `${a}_${b}`, `tb${rng.int(1000, 99999)}_${a}`, `${a}de${b}`, `${b}${a}${rng.int(10, 99)}`]);
      } else {
        const a = rng.pick(EN_A);
        const b = rng.pick(EN_B);
        id = rng.pick([`${a}${b}${rng.int(1, 99)}`, `${a}_${b}`, `${a}-${b}-${rng.int(100, 999)}`, `${b}by${a}`, `${a}${b}`]);
      }
      if (role === 'cf' && rng.chance(0.25)) id = `${id}${rng.pick(['_hk', '_sz', 'gz', '_88', 'x', '_vip'])}`;
      if (!AUTH.has(id)) {
        used.add(id);
        return id;
      }
    }
    return `seller${rng.int(100000, 999999)}`;
  };
  const shipsFor = (market) => MARKET_SHIPS[market];
  const realBrands = BRANDS.filter((b) => !b.works?.length);
  const workBrands = BRANDS.filter((b) => b.works?.length);
  return { brandById, AUTH, authBrand, entries, lineOf, containsOfficial, sellerFor, shipsFor, realBrands, workBrands, officialNames };
}
