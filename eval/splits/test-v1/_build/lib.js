'use strict';
const { brands } = require('./catalog.js');

// ---------- deterministic randomness ----------
let seed = 20261201;
function rnd() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const R = {
  r: rnd,
  int: (a, b) => a + Math.floor(rnd() * (b - a + 1)),
  f: (a, b) => a + rnd() * (b - a),
  pick: (arr) => arr[Math.floor(rnd() * arr.length)],
  chance: (p) => rnd() < p,
  shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  pickN: (arr, n) => R.shuffle(arr).slice(0, n),
  wpick: (pairs) => { const tot = pairs.reduce((s, p) => s + p[1], 0); let x = rnd() * tot; for (const [v, w] of pairs) { x -= w; if (x <= 0) return v; } return pairs[pairs.length - 1][0]; },
};

// ---------- money ----------
const RATE = { USD: 1, EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, HKD: 7.8, CAD: 1.37, AUD: 1.52 };
function toUSD(v, cur) { return v / RATE[cur]; }
function fromUSD(usd, cur) {
  let v = usd * RATE[cur];
  if (cur === 'JPY') return Math.max(1, Math.round(v / 10) * 10);
  if (cur === 'CNY' || cur === 'HKD') {
    if (v > 200) return Math.round(v) - (R.chance(0.5) ? 1 : 0);
    return Math.round(v * 10) / 10;
  }
  if (v > 100) return Math.round(v) - (R.chance(0.6) ? 0.01 : 0);
  const cents = R.pick([0.99, 0.99, 0.49, 0.0, 0.95, 0.5, 0.88]);
  return Math.max(0.5, Math.floor(v) + cents);
}
function refUSD(line, brand) {
  const rp = line.referencePrice;
  if (!rp) return null;
  return [toUSD(rp.min, rp.currency), toUSD(rp.max, rp.currency)];
}
function retailUSD(p) { const [a, b] = p.ref; return R.f(a, b); }

// ---------- products ----------
const products = [];
for (const b of brands) {
  for (const l of b.productLines || []) {
    if (!l.referencePrice) continue;
    products.push({ b, l, ref: refUSD(l, b), cat: l.category });
  }
}
const byBrand = (id) => products.filter((p) => p.b.id === id);
const brandById = (id) => brands.find((b) => b.id === id);
const physical = products.filter((p) => p.cat !== 'film-tv');

// ---------- marketplaces / currencies ----------
const MKT_EN = [['amazon.com', 'USD'], ['amazon.co.uk', 'GBP'], ['amazon.de', 'EUR'], ['ebay.com', 'USD'], ['ebay.co.uk', 'GBP'], ['ebay.de', 'EUR'], ['ebay.com.au', 'AUD'], ['aliexpress', 'USD'], ['aliexpress', 'EUR'], ['amazon.ca', 'CAD'], ['dhgate', 'USD'], ['wish', 'USD'], ['etsy', 'USD'], ['mercari', 'USD'], ['ebay.ca', 'CAD'], ['carousell.hk', 'HKD'], ['amazon.co.jp', 'JPY']];
const MKT_ZH = [['taobao', 'CNY'], ['taobao', 'CNY'], ['taobao', 'CNY'], ['tmall', 'CNY'], ['pinduoduo', 'CNY'], ['xianyu', 'CNY'], ['1688', 'CNY'], ['jd', 'CNY'], ['douyin', 'CNY'], ['xiaohongshu', 'CNY'], ['carousell.hk', 'HKD']];
const MKT_MIX = [['aliexpress', 'USD'], ['taobao', 'CNY'], ['dhgate', 'USD'], ['ebay.com', 'USD'], ['1688', 'CNY'], ['carousell.hk', 'HKD'], ['xianyu', 'CNY'], ['shopee', 'USD']];
function market(lang, opts = {}) {
  let pool = lang === 'en' ? MKT_EN : lang === 'zh' ? MKT_ZH : MKT_MIX;
  if (opts.used) pool = lang === 'en' ? [['ebay.com', 'USD'], ['ebay.co.uk', 'GBP'], ['mercari', 'USD'], ['ebay.de', 'EUR'], ['vinted', 'EUR'], ['vinted', 'GBP'], ['mercari.jp', 'JPY'], ['carousell.hk', 'HKD'], ['ebay.com.au', 'AUD'], ['kijiji', 'CAD']] : lang === 'zh' ? [['xianyu', 'CNY'], ['xianyu', 'CNY'], ['zhuanzhuan', 'CNY'], ['taobao', 'CNY'], ['carousell.hk', 'HKD']] : [['xianyu', 'CNY'], ['carousell.hk', 'HKD'], ['ebay.com', 'USD']];
  if (opts.noTmall) pool = pool.filter((m) => m[0] !== 'tmall' && m[0] !== 'jd');
  if (opts.legit) pool = pool.filter((m) => !['dhgate', 'wish'].includes(m[0]));
  const [m, c] = R.pick(pool);
  return { marketplace: m, currency: c };
}

// ---------- sellers ----------
const S1 = ['lucky', 'golden', 'best', 'star', 'happy', 'top', 'joy', 'sunny', 'dragon', 'phoenix', 'ocean', 'vivi', 'coco', 'mango', 'tiger', 'smart', 'zhen', 'xin', 'hui', 'jia', 'mei', 'long', 'fashion', 'style', 'urban', 'trendy', 'daily', 'global', 'easy', 'fast', 'prime', 'royal', 'hype', 'kick', 'luxe', 'nova', 'orbit', 'pixel', 'maple', 'river', 'cloud', 'bloom'];
const S2 = ['store', 'shop', 'trade', 'mall', 'house', 'outlet', 'boutique', 'studio', 'official', 'factory', 'deals', 'goods', 'direct', 'market', 'co', 'online', 'world', 'hub', 'zone', 'closet', 'lab', 'corner'];
const CITY = ['shenzhen', 'guangzhou', 'yiwu', 'putian', 'dongguan', 'hangzhou', 'shanghai', 'xiamen', 'quanzhou', 'jinjiang', 'hk', 'ningbo', 'wenzhou', 'foshan', 'chengdu', 'suzhou'];
const ZHSHOP = ['小鹿精品店', '阿梅的小店', '潮流前线', '好运来百货', '星辰数码', '老王五金', '晴天小铺', '优品汇', '时尚衣橱', '鑫源贸易', '米粒生活馆', '潮鞋仓库', '开心电玩', '佳佳美妆', '云端数码', '一品轩', '东东小店', '拾光二手', '小明闲置', '半岛优选', '橙子家', '可乐潮品', '麦田户外', '大力工具城', '小熊玩具屋'];
function sellerId(lang) {
  const t = R.r();
  if (lang === 'zh' && t < 0.5) return (R.chance(0.5) ? 'tb_' : '') + R.pick(ZHSHOP) + (R.chance(0.4) ? R.int(1, 99) : '');
  if (t < 0.35) return `${R.pick(CITY)}_${R.pick(S1)}_${R.pick(S2)}`;
  if (t < 0.6) return `${R.pick(S1)}${R.pick(S2)}${R.int(1, 2024)}`;
  if (t < 0.8) return `${R.pick(S1)}-${R.pick(S1)}-${R.pick(S2)}`;
  return `${R.pick(['a', 'b', 'c', 'd', 'j', 'k', 'm', 's', 'x', 'y', 'z'])}${R.pick(['li', 'wang', 'chen', 'zhang', 'liu', 'huang', 'zhao', 'lin', 'tom', 'mike', 'amy', 'lisa', 'kev', 'dan'])}${R.int(10, 9999)}`;
}

// ---------- noise ----------
const EMO = ['🔥', '✨', '💯', '✅', '⭐', '🎁', '💥', '❤️', '👍', '🚚', '📦', '⚡', '🌟', '💎', '🆕', '‼️'];
function emo() { return R.pick(EMO); }
function noiseTitle(t, lang) {
  let s = t;
  const r = R.r();
  if (r < 0.08) s = s.toUpperCase();
  else if (r < 0.12) s = s.toLowerCase();
  if (R.chance(0.15)) s = emo() + s;
  if (R.chance(0.12)) s = s + ' ' + emo();
  if (R.chance(0.06)) s = s.replace(/ /g, '  ').replace(/  (\S+)$/, ' $1');
  if (R.chance(0.08)) s = s + R.pick(['!!!', '!!', ' !', '~', '~~', ' ...', '。']);
  if (lang !== 'en' && R.chance(0.15)) { const br = R.pick([['【', '】'], ['[', ']'], ['★', '★'], ['▲', ' '], ['●', ' '], ['', ' ']]); s = br[0] + R.pick(['现货', '包邮', '新款', '热卖', '特价', '速发', '当天发']) + br[1] + s; }
  return s.replace(/\s+$/, '').slice(0, 200);
}

// ---------- field assembly ----------
function clampTitle(t) {
  t = t.replace(/\s{3,}/g, '  ').trim();
  if (t.length > 200) t = t.slice(0, 198).trim();
  return t;
}

let counter = 0;
function makeId(prefix) { counter++; return `${prefix}-${String(counter).padStart(5, '0')}`; }

function finalize(o, keep = []) {
  // drop optional fields to mimic real feeds, except those relevant to the label
  const opt = { quantity: 0.25, condition: 0.2, category: 0.12, shipFrom: 0.2, sellerId: 0.05, marketplace: 0.05, currency: 0, price: 0.03, description: 0 };
  const out = { id: o.id, title: clampTitle(o.title) };
  for (const k of ['description', 'price', 'currency', 'quantity', 'condition', 'category', 'shipFrom', 'sellerId', 'marketplace']) {
    if (o[k] === undefined || o[k] === null || o[k] === '') continue;
    if (!keep.includes(k) && opt[k] && R.chance(opt[k])) continue;
    out[k] = o[k];
  }
  if (out.price === undefined) delete out.currency;
  if (out.currency === undefined) delete out.price;
  out.label = o.label; out.kind = o.kind; out.lang = o.lang;
  return out;
}

module.exports = { R, RATE, toUSD, fromUSD, retailUSD, products, physical, byBrand, brandById, brands, market, sellerId, emo, noiseTitle, finalize, makeId, clampTitle };
