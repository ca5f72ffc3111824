// Build context: brand/line index, market + seller selection, title helpers shared by generators and hand-written parsing.
import { MARKET_SHIPS, ZH_MARKETS, currencyFor, toUSD, priceAt, HAN_RE } from './lib.js';
export { currencyFor };
import { ZH_COLOUR, LINE_NOUN, SIZES, LINE_SIZE_GROUP } from './vocab.js';

const FASHION = new Set(['apparel', 'shoes', 'handbags', 'small-leather-goods', 'jewellery', 'eyewear', 'watches', 'fragrance', 'cosmetics']);

const W = {
  cf: {
    en: { ebay: 3, aliexpress: 3, wish: 1.5, 'facebook-marketplace': 3, shopee: 2, lazada: 1.2, carousell: 2, depop: 1.5, vinted: 1.5, mercari: 1.5, amazon: 0.8 },
    zh: { taobao: 3, xianyu: 4, pinduoduo: 3, weidian: 3, douyin: 2.5, jd: 0.2, tmall: 0.1 },
  },
  legit: {
    en: { ebay: 4, amazon: 4, 'facebook-marketplace': 2, mercari: 2, depop: 1, vinted: 2, carousell: 1.5, shopee: 1, lazada: 1, aliexpress: 0.3, wish: 0.1 },
    zh: { tmall: 2.5, jd: 2.5, taobao: 3, xianyu: 3, pinduoduo: 1, douyin: 1.5, weidian: 0.6 },
  },
};

function marketFits(m, cat) {
  if (m === 'depop') return FASHION.has(cat);
  if (m === 'vinted') return cat !== 'tyres' && cat !== 'auto-parts' && cat !== 'software';
  return true;
}

export function makeContext(BRANDS, rng) {
  const real = BRANDS.filter((b) => b.lines && b.lines.length);
  const LINES = [];
  for (const b of real) {
    for (const l of b.lines) {
      const mid = (l.referencePrice.min + l.referencePrice.max) / 2;
      LINES.push({ b, l, retail: toUSD(mid, l.referencePrice.currency), mfg: l.manufacturingCountries ?? b.manufacturingCountries ?? [] });
    }
  }
  const brandById = Object.fromEntries(BRANDS.map((b) => [b.id, b]));
  const lineOf = (bid, key) => {
    const e = LINES.find((x) => x.b.id === bid && x.l.key === key);
    if (!e) throw new Error(`unknown line ${bid}/${key}`);
    return e;
  };
  const AUTH = new Set(BRANDS.flatMap((b) => b.sellers.map((s) => s.id)));

  // ---- seller ids ----
  const FIRST = ['emma', 'liam', 'olivia', 'noah', 'ava', 'mia', 'leo', 'zoe', 'jack', 'sam', 'ruby', 'finn', 'isla', 'theo', 'nina', 'oscar', 'ella',
    'kai', 'maya', 'omar', 'ivy', 'luca', 'rosa', 'ben', 'tara', 'jade', 'dan', 'kim', 'raj', 'ana', 'lena', 'marco', 'sofia', 'yuki', 'chen', 'wei',
    'jun', 'mei', 'arjun', 'priya', 'diego', 'lucia', 'tom', 'ellie', 'amir', 'nora', 'felix', 'hana', 'ravi', 'sara'];
  const NOUN = ['closet', 'finds', 'deals', 'store', 'shop', 'vintage', 'resale', 'picks', 'market', 'goods', 'trading', 'corner', 'depot', 'haul',
    'threads', 'kicks', 'tech', 'gear', 'home', 'collect', 'curated', 'wardrobe', 'boutique', 'emporium', 'exchange', 'bazaar', 'supply', 'co', 'lane', 'loft'];
  const ADJ = ['north', 'urban', 'bright', 'blue', 'little', 'happy', 'lucky', 'smart', 'daily', 'prime', 'fresh', 'royal', 'rapid', 'swift', 'cozy',
    'retro', 'modern', 'classic', 'metro', 'coastal', 'sunny', 'wild', 'quiet', 'east', 'west', 'red', 'green', 'silverline', 'maple', 'harbour'];
  const PY = ['xiaomei', 'ahua', 'lele', 'tongtong', 'dada', 'jiajia', 'meimei', 'xiaoyu', 'chenchen', 'haohao', 'linlin', 'yoyo', 'guoguo', 'qiqi', 'nana',
    'kaikai', 'tiantian', 'mumu', 'ruirui', 'fangfang', 'xiaoxin', 'jingjing', 'pengpeng', 'yangyang', 'huanhuan', 'dongdong', 'beibei', 'lanlan', 'ziyi',
    'xiaobai', 'aqiang', 'laowang', 'xiaozhang', 'mingming', 'shanshan', 'wenwen', 'feifei', 'jiayi', 'zihan', 'yutong'];
  const PYS = ['_haowu', 'de_xiaodian', '_shop', '_jia', '_youxuan', '_2019', '_88', '_666', '_life', '_xianzhi', '_zhijia', '_tao', '_mall', '_dian', '_store', ''];
  const PREFIX = { taobao: 'tb_', xianyu: 'xy_', pinduoduo: 'pdd_', douyin: 'dy_', weidian: 'wd_', jd: 'jd_', tmall: 'tm_' };
  const made = new Set();
  const mkId = (market) => {
    for (let i = 0; i < 100; i++) {
      let id;
      if (ZH_MARKETS.includes(market)) {
        const n = rng.chance(0.6) ? String(rng.int(1, 9999)) : '';
        id = `${PREFIX[market]}${rng.pick(PY)}${rng.pick(PYS)}${n}`;
      } else {
        const f = rng.pick(FIRST);
        const a = rng.pick(ADJ);
        const n = rng.pick(NOUN);
        const num = rng.int(2, 998);
        id = rng.pick([`${f}.${n}`, `${a}_${n}`, `${f}${n}${num}`, `${a}-${n}-${num}`, `${n}by${f}`, `the${a}${n}`, `${f}_${a}${num}`, `${f}s.${n}`]);
      }
      if (!AUTH.has(id) && !made.has(id)) {
        made.add(id);
        return id;
      }
    }
    throw new Error('seller id space exhausted');
  };
  // separate reusable pools for counterfeit and legit sellers, so repeat sellers exist
  const pools = { cf: {}, legit: {} };
  const sellerFor = (label, market) => {
    const key = label === 'counterfeit' ? 'cf' : label;
    const p = (pools[key][market] ??= []);
    if (p.length > 3 && rng.chance(0.22)) return rng.pick(p);
    const id = mkId(market);
    p.push(id);
    return id;
  };

  // ---- markets ----
  function chooseMarket({ lang, label, cat, sfOk = () => true, allowHK = false, sfPrefer = null, markets = null }) {
    const zh = lang !== 'en';
    const table = W[label][zh ? 'zh' : 'en'];
    let cands = Object.entries(table).filter(([m]) => marketFits(m, cat) && (!markets || markets.includes(m)));
    if (lang === 'mixed' && !markets) cands.push(['carousell', 0.8]);
    const options = [];
    for (const [m, w] of cands) {
      let ships = MARKET_SHIPS[m];
      if (ZH_MARKETS.includes(m)) ships = allowHK ? ['CN', 'HK'] : ['CN'];
      if (m === 'carousell' && zh) ships = ['HK'];
      const ok = ships.filter(sfOk);
      if (ok.length) options.push([{ m, ok }, w]);
    }
    if (!options.length) {
      if (zh) return null;
      const sf = rng.pick((sfPrefer ?? []).filter(sfOk));
      if (!sf) return null;
      return { market: 'ebay', sf, currency: currencyFor('ebay', sf) };
    }
    const { m, ok } = rng.weighted(options);
    const sf = rng.pick(ok);
    return { market: m, sf, currency: currencyFor(m, sf) };
  }

  // ---- text helpers ----
  const hasHan = (s) => HAN_RE.test(s);
  const brandEn = (b) => rng.pick(b.disp);
  const brandZh = (b) => (rng.chance(0.75) && b.zh ? b.zh : rng.pick(b.disp));
  const officialNames = (b) => [b.name, ...(b.aliases ?? [])];
  const containsOfficial = (b, s) => {
    const low = s.toLowerCase();
    return officialNames(b).some((n) => {
      if (hasHan(n)) return s.includes(n);
      const re = new RegExp(`(?<![a-z0-9])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
      return re.test(low);
    });
  };
  const lineEn = (b, l, noBrand = false) => {
    let opts = [l.name, ...(l.shortNames ?? [])].filter((x) => !hasHan(x));
    if (noBrand) opts = opts.filter((x) => !containsOfficial(b, x));
    return opts.length ? rng.pick(opts) : null;
  };
  const lineZh = (b, l, noBrand = false) => {
    let opts = [...(l.aliases ?? []).filter(hasHan), ...(l.shortNames ?? []), l.name];
    if (noBrand) opts = opts.filter((x) => !containsOfficial(b, x));
    return opts.length ? rng.pick(opts) : null;
  };
  const colourEn = (l, list = null) => {
    const c = (list ?? l.colours ?? []).filter((x) => !hasHan(x));
    return c.length ? rng.pick(c) : null;
  };
  const colourZh = (l, list = null) => {
    const c = (list ?? l.colours ?? []).map((x) => (hasHan(x) ? x : ZH_COLOUR[x])).filter(Boolean);
    return c.length ? rng.pick(c) : null;
  };
  const nounEn = (l) => (LINE_NOUN[l.key] ?? ['item', '商品'])[0];
  const nounZh = (l) => (LINE_NOUN[l.key] ?? ['item', '商品'])[1];
  const sizeFor = (cat, lang, lineKey = null) => {
    const grp = LINE_SIZE_GROUP[lineKey];
    const s = grp ? SIZES[grp] : SIZES[cat];
    if (!s) return null;
    return rng.pick(s[lang === 'en' ? 'en' : 'zh']);
  };
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const joinEn = (parts) => {
    const p = parts.filter(Boolean);
    const sep = rng.weighted([[' ', 6], [' - ', 2], [' | ', 1.2], [' / ', 0.6], [' · ', 0.5], [', ', 0.7]]);
    // keep the first two parts together most of the time
    let out = p[0] ?? '';
    for (let i = 1; i < p.length; i++) out += (i === 1 || rng.chance(0.5) ? ' ' : sep) + p[i];
    return out.replace(/\s+/g, ' ').trim();
  };
  const joinZh = (parts) => {
    const p = parts.filter(Boolean);
    const sep = rng.weighted([[' ', 5], ['', 3]]);
    let out = '';
    for (const x of p) {
      if (!out) out = x;
      else if (sep === '' && /[A-Za-z0-9%+)]$/.test(out) && /^[A-Za-z0-9(]/.test(x)) out += ` ${x}`;
      else out += sep + x;
    }
    return out.replace(/\s+/g, ' ').trim();
  };
  // nick / abbr entries are strings or [string, [lineKeys]]
  const scoped = (list, lineKey) => (list ?? []).filter((x) => typeof x === 'string' || x[1].includes(lineKey)).map((x) => (typeof x === 'string' ? x : x[0]));
  const price = (retailUSD, lo, hi, cur) => {
    const r = rng.float(lo + (hi - lo) * 0.04, hi - (hi - lo) * 0.04);
    return priceAt(retailUSD, r, cur, rng, lo, hi);
  };

  return {
    rng, BRANDS, LINES, currencyFor, brandById, lineOf, AUTH, sellerFor, chooseMarket, hasHan, brandEn, brandZh, containsOfficial, officialNames,
    lineEn, lineZh, colourEn, colourZh, nounEn, nounZh, sizeFor, cap, joinEn, joinZh, price, scoped,
  };
}
