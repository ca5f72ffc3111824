// Shared helpers: seeded RNG, money, marketplaces, seller ids, field filling.
'use strict';
let seed = 20261201;
function rnd() { // mulberry32
  seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const R = {
  f: rnd,
  int: (a, b) => a + Math.floor(rnd() * (b - a + 1)),
  real: (a, b) => a + rnd() * (b - a),
  pick: (arr) => arr[Math.floor(rnd() * arr.length)],
  chance: (p) => rnd() < p,
  shuffle: (arr) => { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; },
  some: (arr, n) => R.shuffle(arr).slice(0, n),
  wpick: (pairs) => { const tot = pairs.reduce((s, p) => s + p[1], 0); let x = rnd() * tot; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; },
};

const RATE = { USD: 1, CNY: 7.2, EUR: 0.92, GBP: 0.79, JPY: 150, HKD: 7.8, CAD: 1.37, AUD: 1.52 };
function roundPrice(v, cur) {
  if (cur === 'JPY') { const s = R.pick([1, 10, 100]); return Math.max(1, Math.round(v / s) * s); }
  if (cur === 'CNY') {
    const st = R.pick(['int', 'int', 'x9', 'x8', 'dec']);
    if (v < 20) return Math.round(v * 10) / 10 || 0.9;
    if (st === 'int') return Math.round(v);
    if (st === 'x9') return Math.max(9, Math.round(v / 10) * 10 - 1);
    if (st === 'x8') return Math.max(8, Math.round(v / 10) * 10 - 2);
    return Math.round(v * 100) / 100;
  }
  const st = R.pick(['99', '99', '00', '95', 'dec', 'int']);
  if (v < 3) return Math.round(v * 100) / 100 || 0.99;
  if (st === '99') return Math.floor(v) + 0.99 - (Math.floor(v) === v ? 1 : 0);
  if (st === '95') return Math.floor(v) + 0.95;
  if (st === '00' || st === 'int') return Math.round(v);
  return Math.round(v * 100) / 100;
}
// convert a USD amount into currency and round like a seller would
function money(usd, cur) { return roundPrice(usd * RATE[cur], cur); }

// Marketplaces: name, currency choices, shipFrom choices, language
const MKT = {
  zh: [['Taobao', 30], ['淘宝', 8], ['Tmall', 6], ['JD.com', 7], ['京东', 3], ['Pinduoduo', 10], ['拼多多', 4], ['Xianyu', 8], ['闲鱼', 3], ['Douyin Shop', 6], ['抖音商城', 2], ['1688', 4], ['Weidian', 3], ['微店', 1]],
  en: [['Amazon', 18], ['eBay', 18], ['AliExpress', 14], ['DHgate', 8], ['Etsy', 3], ['Mercari', 5], ['Shopee', 4], ['Wish', 3], ['Facebook Marketplace', 4], ['Depop', 3], ['Vinted', 3], ['Lazada', 2], ['Rakuten', 2], ['Carousell', 3], ['Temu', 3], ['Walmart Marketplace', 3], ['Poshmark', 2], ['Grailed', 2]],
};
const ZH_MKT = new Set(['Huawei Vmall', 'Taobao', '淘宝', 'Tmall', 'JD.com', '京东', 'Pinduoduo', '拼多多', 'Xianyu', '闲鱼', 'Douyin Shop', '抖音商城', '1688', 'Weidian', '微店']);
const MKT_GEO = {
  Amazon: [['US', 'USD', 6], ['GB', 'GBP', 2], ['DE', 'EUR', 2], ['FR', 'EUR', 1], ['CA', 'CAD', 1], ['AU', 'AUD', 1], ['JP', 'JPY', 1], ['CN', 'USD', 2]],
  eBay: [['US', 'USD', 6], ['GB', 'GBP', 3], ['DE', 'EUR', 1], ['AU', 'AUD', 1], ['CA', 'CAD', 1], ['HK', 'USD', 1], ['CN', 'USD', 2], ['JP', 'USD', 1], ['IT', 'EUR', 1]],
  AliExpress: [['CN', 'USD', 10], ['CN', 'EUR', 2], ['HK', 'USD', 1], ['CN', 'GBP', 1], ['CN', 'AUD', 1], ['CN', 'CAD', 1]],
  DHgate: [['CN', 'USD', 10], ['HK', 'USD', 1]],
  Etsy: [['US', 'USD', 4], ['GB', 'GBP', 2], ['CA', 'CAD', 1], ['DE', 'EUR', 1], ['AU', 'AUD', 1]],
  Mercari: [['US', 'USD', 3], ['JP', 'JPY', 2]],
  Shopee: [['MY', 'USD', 1], ['SG', 'USD', 1], ['CN', 'USD', 2], ['TH', 'USD', 1], ['PH', 'USD', 1]],
  Wish: [['CN', 'USD', 5], ['CN', 'EUR', 1]],
  'Facebook Marketplace': [['US', 'USD', 3], ['GB', 'GBP', 1], ['CA', 'CAD', 1], ['AU', 'AUD', 1]],
  Depop: [['GB', 'GBP', 2], ['US', 'USD', 2], ['AU', 'AUD', 1]],
  Vinted: [['FR', 'EUR', 2], ['DE', 'EUR', 1], ['GB', 'GBP', 2], ['IT', 'EUR', 1], ['ES', 'EUR', 1]],
  Lazada: [['MY', 'USD', 1], ['CN', 'USD', 1], ['TH', 'USD', 1]],
  Rakuten: [['JP', 'JPY', 4]],
  Carousell: [['HK', 'HKD', 3], ['SG', 'USD', 1]],
  Temu: [['CN', 'USD', 3], ['CN', 'EUR', 1], ['CN', 'GBP', 1]],
  'Walmart Marketplace': [['US', 'USD', 3], ['CN', 'USD', 1]],
  'Huawei Vmall': [['CN', 'CNY', 1]],
  'Farfetch Marketplace': [['IT', 'EUR', 2], ['GB', 'GBP', 1], ['US', 'USD', 1]],
  'Sephora Marketplace': [['US', 'USD', 1]],
  Poshmark: [['US', 'USD', 3], ['CA', 'CAD', 1]],
  Grailed: [['US', 'USD', 3], ['GB', 'GBP', 1], ['JP', 'USD', 1]],
};
function zhGeo() { return R.wpick([[['CN', 'CNY'], 20], [['HK', 'CNY'], 1]]); }
function pickMarket(lang, cur) {
  // choose a marketplace compatible with the currency (if given) and language
  if (cur === 'CNY') { const m = R.wpick(MKT.zh); return { m, geo: zhGeo() }; }
  if (lang === 'zh' && !cur) { if (R.chance(0.94)) { const m = R.wpick(MKT.zh); return { m, geo: zhGeo() }; } const m = R.pick(['AliExpress', 'DHgate', 'Shopee', 'Lazada', 'Carousell']); const g = R.pick(MKT_GEO[m]); return { m, geo: [g[0], g[1]] }; }
  if (lang === 'mixed' && !cur) { if (R.chance(0.72)) { const m = R.wpick(MKT.zh); return { m, geo: zhGeo() }; } const m = R.pick(['AliExpress', 'AliExpress', 'DHgate', 'Shopee', 'Lazada', 'eBay', 'Amazon', 'Carousell', 'Wish']); const g = R.wpick(MKT_GEO[m].map((x) => [x, x[2]])); return { m, geo: [g[0], g[1]] }; }
  if (lang === 'zh' && cur && cur !== 'CNY') { const opts = ['AliExpress', 'DHgate', 'Shopee', 'Carousell', 'Lazada'].filter((m) => MKT_GEO[m].some((g) => g[1] === cur)); if (opts.length) { const m = R.pick(opts); return { m, geo: [MKT_GEO[m].find((g) => g[1] === cur)[0], cur] }; } }
  for (let i = 0; i < 60; i++) {
    const m = R.wpick(MKT.en);
    const opts = MKT_GEO[m].filter((g) => !cur || g[1] === cur);
    if (opts.length) { const g = R.wpick(opts.map((o) => [o, o[2]])); return { m, geo: [g[0], g[1]] }; }
  }
  // currency not matched: fallback
  const fb = { USD: ['eBay', 'US'], EUR: ['eBay', 'DE'], GBP: ['eBay', 'GB'], JPY: ['Mercari', 'JP'], HKD: ['Carousell', 'HK'], CAD: ['Amazon', 'CA'], AUD: ['eBay', 'AU'] }[cur] || ['eBay', 'US'];
  return { m: fb[0], geo: [fb[1], cur] };
}

// Seller ids: one shared generator for both labels so ids carry no label signal.
const SP = ['star', 'lucky', 'golden', 'happy', 'prime', 'urban', 'city', 'sun', 'moon', 'blue', 'red', 'east', 'north', 'king', 'best', 'top', 'smart', 'daily', 'mega', 'trendy', 'luxe', 'vintage', 'retro', 'hk', 'sz', 'gz', 'yiwu', 'tokyo', 'london', 'euro', 'asia', 'maple', 'oak', 'river', 'pearl', 'jade', 'silk', 'swift', 'honest', 'fair', 'good', 'fine', 'value', 'outlet', 'closet', 'attic', 'garage', 'studio', 'atelier', 'haus', 'nova', 'zen', 'lotus', 'panda', 'dragon', 'tiger', 'fox', 'owl', 'bee', 'wave', 'cloud', 'sky', 'peak', 'alpine', 'coastal', 'metro', 'harbor', 'summit', 'bright', 'clever', 'simple', 'pure', 'fresh'];
const SS = ['store', 'shop', 'mall', 'trading', 'deals', 'outlet', 'boutique', 'goods', 'supply', 'express', 'direct', 'market', 'house', 'co', 'ltd', 'finds', 'picks', 'buys', 'resale', 'emporium', 'depot', 'zone', 'hub', 'world', 'select', 'collective', 'corner', 'official', 'global', 'intl', 'electronics', 'digital', 'tech', 'fashion', 'style', 'wear', 'kicks', 'watches', 'beauty', 'home', 'tools', 'parts', 'toys', 'media'];
const PY = ['haowu', 'youpin', 'jingxuan', 'meimei', 'xiaoxiao', 'tiantian', 'lele', 'ahua', 'laowang', 'xiaoli', 'xingchen', 'mingxing', 'jiajia', 'chaopai', 'shishang', 'yangyang', 'fangfang', 'dadong', 'xiaomeng', 'wenwen', 'huahua', 'kaixin', 'shunfeng', 'jinpai', 'haoyun', 'fuxing', 'yuanyuan', 'lanlan', 'qiqi', 'beibei', 'tongtong', 'anan', 'feifei', 'jiayi', 'zhenpin', 'xiangxiang', 'dongdong'];
const PYS = ['de_dian', 'shangmao', 'jingpin', 'maoyi', 'xiaodian', 'shop', 'haowu', 'youxuan', 'jiaju', 'shuma', 'fushi', 'xiebao', 'zhongbiao', 'meizhuang', 'wanju', 'qipei', 'wujin', 'dianqi', 'xianzhi', 'ershou', 'guoji', 'daigou'];
const ZHN = ['小美的店', '阿华数码', '老王五金', '星辰潮牌', '悦己好物', '鹿小姐家', '二手闲置铺', '潮流前线', '品质生活馆', '优选百货', '街角杂货', '好运来商行', '淘淘乐', '花花家', '七七的衣橱', '安安母婴', '东东电器', '木木家居', '小熊玩具屋', '阿杰车品'];
function sellerId() {
  const t = R.f();
  if (t < 0.38) return R.pick(SP) + R.pick(['_', '-', '', '.']) + R.pick(SS) + (R.chance(0.55) ? R.int(1, 9999) : '');
  if (t < 0.7) return R.pick(PY) + R.pick(['_', '', '-']) + R.pick(PYS) + (R.chance(0.5) ? R.int(1, 999) : '');
  if (t < 0.82) return R.pick(ZHN) + (R.chance(0.3) ? R.int(1, 99) : '');
  if (t < 0.92) return 'u' + R.int(10000000, 99999999);
  return R.pick(['tb', 'jd', 'pdd', 'ae', 'eb']) + R.int(100000, 9999999) + R.pick(['', '_' + R.pick(PY)]);
}

// language detection for hand-written entries without explicit lang
function detectLang(title, desc) {
  const txt = title + ' ' + (desc || '');
  const cjk = (txt.match(/[\u3400-\u9fff]/g) || []).length;
  if (!cjk) return 'en';
  const words = (txt.replace(/[\u3400-\u9fff]/g, ' ').match(/[A-Za-z]{3,}/g) || []);
  const english = words.filter((w) => /^[a-z]+$/.test(w) || /^[A-Z][a-z]+$/.test(w)).length;
  if (english >= 4 && english * 3 >= cjk / 2) return 'mixed';
  return 'zh';
}

module.exports = { R, RATE, money, roundPrice, MKT, MKT_GEO, ZH_MKT, pickMarket, sellerId, detectLang, reseed: (s) => { seed = s; } };
