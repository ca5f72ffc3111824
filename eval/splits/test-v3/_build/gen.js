'use strict';
// Deterministic generator for test-v3. `node gen.js` writes ../brands.json and ../listings.ndjson.
const fs = require('fs');
const path = require('path');
const { brands, version } = require('./brands.js');
const lib = require('./lib.js');
const T = require('./pools_text.js');
const S = require('./pools_seller.js');
const N = require('./pools_neg.js');
const HAND = require('./hand_pos.js');

lib.setVocab(brands);
const rnd = lib.mulberry32(20261206);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const uni = (a, b) => a + rnd() * (b - a);
const B = Object.fromEntries(brands.map((b) => [b.id, b]));
const AUTH = new Set(brands.flatMap((b) => b.authorizedSellers || []));
const WITH_LINES = brands.filter((b) => (b.productLines || []).length);
const isCJK = (s) => lib.CJK.test(s);
const isLatin = (s) => /^[\u0000-\u024f\u2000-\u206f]+$/.test(s);

// ---------------------------------------------------------------- marketplaces, money
const MK_ZH_NEW = ['taobao', 'taobao', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall', 'xianyu'];
const MK_ZH_USED = ['xianyu', 'xianyu', 'xianyu', 'taobao'];
const MK_EN_NEW = ['ebay', 'ebay', 'amazon', 'amazon', 'aliexpress', 'wish', 'shopee', 'lazada', 'facebook-marketplace', 'carousell'];
const MK_EN_USED = ['ebay', 'ebay', 'mercari', 'depop', 'vinted', 'facebook-marketplace', 'carousell'];
const MK_MIXED = ['aliexpress', 'shopee', 'carousell', 'lazada', 'xianyu', 'weidian', 'taobao'];
const MK_CUR = {
  taobao: ['CNY'], xianyu: ['CNY'], pinduoduo: ['CNY'], jd: ['CNY'], douyin: ['CNY'], weidian: ['CNY'], tmall: ['CNY'],
  ebay: ['USD', 'USD', 'GBP', 'EUR', 'AUD', 'CAD'], amazon: ['USD', 'USD', 'GBP', 'EUR', 'JPY', 'CAD'], 'facebook-marketplace': ['USD', 'CAD', 'AUD'],
  mercari: ['JPY', 'USD'], depop: ['GBP', 'USD'], vinted: ['EUR', 'GBP'], aliexpress: ['USD', 'USD', 'EUR'], shopee: ['USD'], lazada: ['USD'],
  carousell: ['HKD'], wish: ['USD'],
};
const CUR_MK = { CNY: MK_ZH_NEW, USD: ['ebay', 'amazon', 'aliexpress', 'wish', 'shopee', 'lazada', 'facebook-marketplace', 'mercari'], GBP: ['ebay', 'depop', 'vinted', 'amazon'],
  EUR: ['ebay', 'vinted', 'amazon', 'aliexpress'], JPY: ['mercari', 'amazon'], HKD: ['carousell'], CAD: ['ebay', 'facebook-marketplace', 'amazon'], AUD: ['ebay', 'facebook-marketplace'] };
function shipDefault(mk, cur) {
  if (['aliexpress', 'wish'].includes(mk)) return 'CN';
  if (mk === 'shopee' || mk === 'lazada') return pick(['SG', 'MY', 'PH', 'TH', 'CN']);
  return { CNY: 'CN', USD: 'US', GBP: 'GB', EUR: pick(['DE', 'FR', 'IT', 'ES', 'NL']), JPY: 'JP', HKD: 'HK', CAD: 'CA', AUD: 'AU' }[cur];
}
function money(usd, cur) {
  let v = usd * lib.RATES[cur];
  if (cur === 'JPY') return Math.max(100, Math.round(v / 100) * 100);
  if (cur === 'CNY') { if (v < 20) return Math.max(1, Math.round(v * 10) / 10); return Math.round(v) - (chance(0.5) ? (Math.round(v) % 10 === 9 ? 0 : 1) : 0) || 1; }
  if (v < 1) return Math.max(0.05, Math.round(v * 100) / 100);
  if (v < 20) return Math.round((Math.round(v * 10) / 10 - (chance(0.6) ? 0.01 : 0)) * 100) / 100;
  return chance(0.5) ? Math.round(v) : Math.round(v) - 0.01;
}
const ADJ = ['blue', 'lucky', 'happy', 'north', 'urban', 'sunny', 'quick', 'prime', 'golden', 'little', 'city', 'smart', 'retro', 'daily', 'star', 'good', 'silver', 'maple', 'coastal', 'bright'];
const NOUN = ['finch', 'deals', 'closet', 'store', 'outlet', 'trader', 'market', 'shop', 'corner', 'bazaar', 'finds', 'goods', 'hub', 'wardrobe', 'box', 'lane', 'house', 'stall'];
const ZH_PREFIX = ['tb', 'xy', 'pdd', 'dy', 'wd', 'shop', 'jd'];
function sellerId(mk) {
  let id;
  do {
    if (MK_ZH_NEW.includes(mk) || mk === 'xianyu') id = chance(0.25) ? pick(['小鹿', '阿杰', '木子', '星河', '晴天', '老王', '甜心', '潮人']) + pick(['优选', '好物', '小店', '精品店', '二手铺', '百货']) + int(1, 99)
      : pick(ZH_PREFIX) + '_' + (int(100000, 9999999)).toString(36) + int(10, 99);
    else id = pick(ADJ) + pick(['_', '.', '', '-']) + pick(NOUN) + (chance(0.7) ? int(1, 999) : '');
  } while (AUTH.has(id));
  return id;
}

// ---------------------------------------------------------------- names and nouns
const zhName = (b) => (b.aliases || []).find((a) => isCJK(a) && !/[\u3040-\u30ff]/.test(a)) || b.name;
const enName = (b) => { const alts = [b.name, ...(b.aliases || []).filter((a) => isLatin(a) && a.length > 3)]; return chance(0.75) ? b.name : pick(alts); };
const officialNames = (b) => [b.name, ...(b.aliases || [])];
function containsOfficial(b, s) { return officialNames(b).some((n) => lib.mentions(s, n)); }
const bp = (b, lbl, name) => (lbl && containsOfficial(b, lbl) ? '' : name);
function lineLabel(line, lang, b, safe) {
  let c = lang === 'zh' ? (line.aliases || []).filter(isCJK) : [line.name, ...(line.shortNames || []).filter(isLatin)];
  if (!c.length) c = [line.name];
  if (safe) c = c.concat(line.shortNames || [], line.modelNumbers || []).filter((x) => !containsOfficial(b, x));
  LAST_LABEL = c.length ? pick(c) : '';
  return LAST_LABEL;
}
const NOUN_EN = { handbags: ['bag', 'handbag', 'shoulder bag', 'tote', 'crossbody'], 'small-leather-goods': ['wallet', 'card holder'], apparel: ['shirt', 'hoodie', 'jacket', 'top'], shoes: ['sneakers', 'shoes', 'trainers', 'heels'],
  watches: ['watch', 'wristwatch', 'automatic watch'], jewellery: ['bracelet', 'necklace', 'pendant'], eyewear: ['sunglasses', 'glasses'], fragrance: ['perfume', 'EDP', 'fragrance'], cosmetics: ['makeup', 'cosmetic'],
  phones: ['phone', 'smartphone'], 'phone-accessories': ['accessory'], audio: ['headphones', 'earbuds'], cameras: ['camera', 'camera body'], 'camera-lenses': ['lens'], 'game-consoles': ['console', 'headset'],
  'video-games': ['game'], toys: ['toy', 'playset'], tyres: ['tyre', 'tire'], 'auto-parts': ['spark plug', 'engine oil'], tools: ['tool'], 'home-appliances': ['appliance'], kitchenware: ['mixer', 'kitchen machine'],
  'computer-accessories': ['mouse', 'keyboard'], computers: ['laptop'], 'outdoor-gear': ['duffel', 'gear'], 'sports-equipment': ['gear'], 'film-tv': ['DVD'], music: ['CD'] };
const NOUN_ZH = { handbags: ['包包', '手提包', '斜挎包', '女包', '单肩包'], 'small-leather-goods': ['钱包', '卡包'], apparel: ['上衣', '卫衣', '外套', 'T恤'], shoes: ['运动鞋', '鞋子', '跑鞋', '高跟鞋'],
  watches: ['手表', '腕表', '机械表', '男表'], jewellery: ['手链', '项链', '吊坠'], eyewear: ['墨镜', '太阳镜'], fragrance: ['香水', '淡香精'], cosmetics: ['彩妆', '美妆'],
  phones: ['手机', '智能手机'], 'phone-accessories': ['配件'], audio: ['耳机', '头戴耳机'], cameras: ['相机', '微单'], 'camera-lenses': ['镜头'], 'game-consoles': ['掌机', '游戏机'],
  'video-games': ['游戏'], toys: ['玩具', '套装'], tyres: ['轮胎'], 'auto-parts': ['火花塞', '机油'], tools: ['工具', '电动工具'], 'home-appliances': ['家电', '扫地机'], kitchenware: ['厨师机', '厨房电器'],
  'computer-accessories': ['鼠标', '键盘'], computers: ['笔记本'], 'outdoor-gear': ['旅行包', '户外装备'], 'sports-equipment': ['运动装备'], 'film-tv': ['碟片'], music: ['CD'] };
const LINE_NOUNS = [
  [/pump|So Kate|Romy/i, ['heels', 'pumps'], ['高跟鞋']], [/sandal|Miller|Azia/i, ['sandals'], ['凉鞋']],
  [/sneaker|Club C|Classic Leather|Curry|HOVR|GEL-|NOVABLAST|Clifton|Bondi|Speedgoat|Nano X4|跑鞋|帆布鞋/i, ['sneakers', 'trainers', 'running shoes'], ['运动鞋', '跑鞋']],
  [/scarf/i, ['scarf'], ['围巾']], [/sweater/i, ['sweater', 'jumper'], ['毛衣']], [/polo/i, ['polo shirt', 'polo'], ['Polo衫', '短袖']],
  [/jacket|Retro-X|Nano Puff/i, ['jacket', 'fleece'], ['外套', '夹克']], [/hoodie/i, ['hoodie'], ['卫衣']], [/suit/i, ['suit'], ['西装']],
  [/compression|HeatGear/i, ['compression shirt', 'tee'], ['紧身衣', '运动T恤']], [/bracelet|Charme|bangle|手镯|串珠/i, ['bracelet', 'bangle'], ['手链', '手镯']],
  [/pendant/i, ['pendant', 'necklace'], ['项链', '吊坠']], [/Sonicare/i, ['electric toothbrush'], ['电动牙刷']], [/OneBlade/i, ['shaver', 'trimmer'], ['剃须刀']],
  [/Airfryer/i, ['air fryer'], ['空气炸锅']], [/spark plug/i, ['spark plugs'], ['火花塞']], [/Mobil 1/i, ['engine oil', 'motor oil'], ['机油', '全合成机油']],
  [/Duffle|Duffel/i, ['duffel bag'], ['旅行包']], [/card holder/i, ['card holder', 'wallet'], ['卡包']], [/Parfum|Toilette|perfume|Gypsy|Mojave|Blanche|Baccarat|Grand Soir|Acqua|香水/i, ['perfume', 'EDP', 'fragrance'], ['香水']],
  [/特护霜|防晒|Magic Cream/i, ['skincare', 'cream'], ['护肤品', '面霜']], [/Saros|Qrevo|MaxV/i, ['robot vacuum'], ['扫地机器人', '扫地机']],
  [/Mixer/i, ['stand mixer', 'mixer'], ['厨师机']], [/DOMINO|saw|MIDI|Wave|Charge|Skeletool/i, ['tool', 'power tool'], ['工具']],
];
function nounFor(line, cat, lang) {
  if (line) for (const [re, en, zh] of LINE_NOUNS) if (re.test(line.name) || (line.aliases || []).some((a) => re.test(a))) return pick(lang === 'zh' ? zh : en);
  return pick((lang === 'zh' ? NOUN_ZH : NOUN_EN)[cat] || (lang === 'zh' ? ['商品'] : ['item']));
}
let CUR_LINE = null; // set by pickBase so noun() can follow the chosen line
let LAST_LABEL = '';
const noun = (cat, lang) => { const n = nounFor(CUR_LINE, cat, lang); const w = n.toLowerCase().split(' ')[0]; return LAST_LABEL && LAST_LABEL.toLowerCase().includes(w) ? '' : n; };
function producedColour(b, line, lang) {
  const cs = (line && line.colours) || b.colours || [];
  const f = cs.filter((c) => (lang === 'zh') === isCJK(c));
  return f.length ? pick(f) : '';
}
function oddColour(b, line, lang) {
  const cs = ((line && line.colours) || b.colours || []).map((c) => c.toLowerCase());
  const pool = (lang === 'zh' ? S.ODD_COLOURS_ZH : S.ODD_COLOURS_EN).filter((o) => !cs.some((c) => o.includes(c) || c.includes(o) || o.split(' ').some((w) => c.split(/[ /]/).includes(w))));
  return pick(pool);
}
function retailUSD(b, line, cat) {
  if (line && line.referencePrice) return lib.mid(line.referencePrice);
  const cp = (b.categoryPrices || []).find((c) => c.category === cat) || (b.categoryPrices || [])[0];
  return cp ? lib.mid(cp.referencePrice) : 100;
}
let POS_MODE = false; // counterfeit generators skip video-game publishers (their infringement is piracy, covered by circumvention)
function pickBase(filter) {
  const pool = WITH_LINES.filter((b) => (!filter || filter(b)) && !(POS_MODE && b.id === 'capcom'));
  const b = pick(pool); const line = pick(b.productLines);
  const cat = line.category || b.categories[0];
  CUR_LINE = line; LAST_LABEL = '';
  return { b, line, cat, retail: retailUSD(b, line, cat) };
}
const mfgOf = (b, line) => (line && line.manufacturingCountries) || b.manufacturingCountries || [];
const NON_MFG = ['CN', 'HK', 'TR', 'TH', 'AE', 'VN', 'MY', 'ID', 'IN', 'PK'];
const nonMfg = (b, line) => pick(NON_MFG.filter((c) => !mfgOf(b, line).includes(c)));

// ---------------------------------------------------------------- styling
const SEPS = [' ', ' ', ' ', ' | ', ' - ', ' – ', ' / ', ' · ', ', ', '  '];
const EMOJI = ['🔥', '✨', '💯', '⭐', '🎁', '✅', '💎', '🆕', '❤️', '⚡'];
const BRACKETS = [(x) => `[${x}]`, (x) => `(${x})`, (x) => `【${x}】`, (x) => `{${x}}`, (x) => `*${x}*`, (x) => `~${x}~`, (x) => `<${x}>`, (x) => `「${x}」`, (x) => x, (x) => x, (x) => x, (x) => `**${x}**`, (x) => `-${x}-`];
function join(parts, lang) {
  parts = parts.filter((p) => p !== '' && p != null);
  const sep = lang === 'zh' && chance(0.3) ? '' : pick(SEPS);
  const lat = /[A-Za-z0-9]/;
  let t = parts.reduce((acc, p) => (acc === '' ? p : acc + (sep === '' && lat.test(acc.slice(-1)) && lat.test(p[0]) ? ' ' : sep) + p), '').replace(/\s+/g, (m) => (m.length > 2 ? '  ' : m)).trim();
  if (lang !== 'zh') { const r = rnd(); if (r < 0.08) t = t.toUpperCase(); else if (r < 0.14) t = t.toLowerCase(); }
  if (chance(0.18)) t = chance(0.5) ? pick(EMOJI) + ' ' + t : t + ' ' + pick(EMOJI);
  return t;
}
const bracket = (x) => pick(BRACKETS)(x);

// ---------------------------------------------------------------- descriptions
function boiler(lang, cue, { long = true, innocent = false } = {}) {
  const paras = lang === 'zh' ? T.BOILER_ZH.slice() : T.BOILER_EN.slice();
  for (let i = paras.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [paras[i], paras[j]] = [paras[j], paras[i]]; }
  if (!long) return cue ? (chance(0.5) ? cue : paras[0] + (lang === 'zh' ? '' : ' ') + cue) : paras[0];
  const target = int(800, 2800);
  const out = []; let bytes = 0;
  for (const p of paras) { const b = Buffer.byteLength(p) + 2; if (bytes + b > 2900) continue; out.push(p); bytes += b; if (bytes >= target) break; }
  if (cue) {
    const pos = out.length > 2 ? int(1, out.length - 1) : out.length;
    const lead = lang === 'zh' ? pick(['【商品说明】', '【特别说明】', '【关于商品】', '']) : pick(['ITEM NOTES: ', 'ABOUT THIS ITEM: ', 'Please read: ', '']);
    out.splice(pos, 0, lead + cue);
    while (Buffer.byteLength(out.join('\n\n')) > 3000) { const k = out.findIndex((p) => !p.includes(cue)); out.splice(k, 1); }
  }
  return out.join('\n\n');
}
function sizeLine(lang) { return lang === 'zh' ? pick(['尺码齐全', '均码', '35-45码', 'S-XXL', '']) : pick(['all sizes', 'size M', 'EU 38', 'US 9', '']); }

// ---------------------------------------------------------------- listing factory
const out = [];
function push(kind, label, o) {
  const lang0 = o.lang || (isCJK(o.title) ? 'zh' : 'en');
  let mk = o.mk, cur = o.cur;
  const used = o.cond === 'used';
  if (!mk) {
    if (cur) mk = pick(CUR_MK[cur].filter((m) => !used || !['aliexpress', 'wish', 'amazon', 'tmall', 'jd'].includes(m)).concat(cur === 'CNY' && used ? ['xianyu'] : []));
    else mk = pick(lang0 === 'en' ? (used ? MK_EN_USED : MK_EN_NEW) : lang0 === 'mixed' ? MK_MIXED : (used ? MK_ZH_USED : MK_ZH_NEW));
  }
  if (!cur) cur = pick(MK_CUR[mk]);
  const price = o.price != null ? o.price : money(o.usd, cur);
  const rec = {
    id: null, title: o.title, label, kind, lang: null,
  };
  if (o.description) rec.description = o.description;
  Object.assign(rec, {
    price, currency: cur, quantity: o.qty || 1, condition: o.cond || 'new', category: o.cat,
    shipFrom: o.ship || shipDefault(mk, cur), sellerId: o.seller || sellerId(mk), marketplace: mk,
  });
  rec.lang = lib.langOf(rec.title, rec.description);
  if (o.lang && o.lang !== rec.lang) throw new Error(`lang mismatch ${kind}: wanted ${o.lang} got ${rec.lang}: ${rec.title}`);
  if (o.hand) rec._hand = true;
  out.push(rec);
  return rec;
}
const POS = 'counterfeit', NEG = 'legit';

// ---------------------------------------------------------------- hand-written counterfeits
for (const [kind, rows] of Object.entries(HAND)) {
  for (const [bid, title, price, opts = {}] of rows) {
    const b = bid ? B[bid] : null;
    const line = b ? lib.findLine(b, title) : null;
    const cat = opts.cat || (line && line.category) || (b ? b.categories[0] : 'game-consoles');
    const zh = isCJK(title);
    const cur = opts.cur || (zh ? 'CNY' : 'USD');
    let description;
    if (opts.desc) {
      const dl = isCJK(opts.desc) ? 'zh' : 'en';
      description = kind === 'pos.description_only' ? boiler(dl, opts.desc, { long: chance(0.85) }) : boiler(dl, opts.desc, { long: chance(0.4) });
    } else if (chance(0.35) && kind !== 'pos.extreme_price') description = boiler(zh ? 'zh' : 'en', null, { long: chance(0.7) });
    let ship = opts.ship;
    if (!ship && kind === 'pos.extreme_price') ship = pick(mfgOf(b, line));
    if (!ship && kind === 'pos.description_only' && b) ship = chance(0.5) ? pick(mfgOf(b, line)) : undefined;
    let mk = opts.mk;
    if (!mk && kind === 'pos.extreme_price' && !zh) mk = pick(['ebay', 'amazon', 'facebook-marketplace', 'mercari', 'shopee']);
    if (mk && !MK_CUR[mk].includes(cur)) mk = undefined;
    push(kind, POS, { title, description, price, cur, qty: opts.qty, ship, mk, cat, cond: opts.cond, hand: true });
  }
}

for (const [kind, rows] of Object.entries(require('./hand_neg.js'))) {
  for (const [bid, title, price, opts = {}] of rows) {
    const b = B[bid]; const line = lib.findLine(b, title);
    const cat = opts.cat || (line && line.category) || b.categories[0];
    const zh = isCJK(title); const cur = opts.cur || (zh ? 'CNY' : 'USD');
    let mk = opts.mk;
    if (!mk && opts.seller) mk = /tmall/.test(opts.seller) ? 'tmall' : /_jd/.test(opts.seller) ? 'jd' : /douyin/.test(opts.seller) ? 'douyin' : undefined;
    if (!mk && opts.cond === 'used') mk = zh ? 'xianyu' : pick(CUR_MK[cur].filter((m) => ['ebay', 'mercari', 'facebook-marketplace', 'depop', 'vinted'].includes(m)));
    if (!mk) mk = pick(CUR_MK[cur].filter((m) => !['wish', 'aliexpress'].includes(m)));
    const ship = kind === 'neg.gray_market' ? (cur === 'JPY' ? 'JP' : /港版|HK/.test(title) ? 'HK' : pick(['HK', 'JP', 'DE', 'US', 'KR'])) : undefined;
    const description = chance(0.5) ? boiler(zh ? 'zh' : 'en', null, { long: chance(0.7) }) : undefined;
    push(kind, NEG, { title, description, price, cur, qty: opts.qty, ship, mk, cat, cond: opts.cond, seller: opts.seller, hand: true });
  }
}

// ---------------------------------------------------------------- generated counterfeits
const WATCH_CODE = /factory|厂/i, SHOE_CODE = /batch|莆田|LJR/i;
const codedFor = (pool, cat) => pool.filter((c) => (cat === 'watches' || !WATCH_CODE.test(c) || /^(工厂|原厂)/.test(c)) && (cat === 'shoes' || !SHOE_CODE.test(c) || /^(best batch|budget batch|OG batch)$/.test(c)));
const langPick = (pEn = 0.5) => (chance(pEn) ? 'en' : 'zh');
const optDesc = (lang, p = 0.55) => (chance(p) ? boiler(lang, null, { long: chance(0.75) }) : undefined);
const GEN = {};
GEN['pos.marker_en'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = 'en';
  const m = bracket(pick(S.MARK_EN));
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, enName(b)), ll, chance(0.4) ? producedColour(b, line, lang) : '', chance(0.6) ? noun(cat, lang) : ''];
  const r = rnd(); if (r < 0.4) parts.unshift(m); else if (r < 0.85) parts.push(m); else parts.splice(2, 0, m);
  if (chance(0.25)) parts.push(pick(['free shipping', 'fast ship', 'cheap', 'wholesale', 'w/ box', 'full set', sizeLine(lang)]));
  return { title: join(parts, lang), usd: retail * uni(0.03, 0.3), cat, description: optDesc(lang), lang };
};
GEN['pos.marker_zh'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = 'zh';
  const m = chance(0.7) ? pick(S.MARK_ZH) : bracket(pick(S.MARK_ZH));
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, chance(0.8) ? zhName(b) : b.name), ll, chance(0.4) ? producedColour(b, line, 'zh') : '', noun(cat, lang)];
  const r = rnd(); if (r < 0.3) parts.unshift(m); else if (r < 0.8) parts.push(m); else parts.splice(2, 0, m);
  if (chance(0.3)) parts.push(pick(['包邮', '现货', '批发', '全新', '送礼盒', sizeLine(lang)]));
  return { title: join(parts, lang), usd: retail * uni(0.03, 0.3), cat, description: optDesc(lang), lang };
};
GEN['pos.coded_language'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = langPick();
  let parts;
  if (lang === 'en') {
    const c = pick(codedFor(S.CODED_EN, cat));
    const soft = /inspired|dupe|lookalike|same style|alternative|homage/.test(c);
    const t = rnd();
    if (t < 0.3) parts = [`Same style as ${enName(b)} ${lineLabel(line, lang, b)}`, noun(cat, lang), pick(['with logo', 'full logo & box', 'same hardware', 'logo + packaging'])];
    else { const ll = lineLabel(line, lang, b); parts = [bp(b, ll, enName(b)), ll, t < 0.65 ? bracket(c) : `"${c}"`, soft ? pick(['w/ logo', 'full logo', 'logo + box', 'identical logo']) : '']; }
  } else {
    const c = pick(codedFor(S.CODED_ZH, cat));
    const ll = lineLabel(line, lang, b); parts = [bp(b, ll, zhName(b) + (chance(0.4) ? '同款' : '')), ll, c, noun(cat, lang), chance(0.3) ? pick(['配件齐全', '细节到位', '原盒', '']) : ''];
  }
  return { title: join(parts, lang), usd: retail * uni(0.04, 0.3), cat, description: optDesc(lang), lang };
};
GEN['pos.oem_leak'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = langPick();
  const c = pick(lang === 'en' ? S.OEM_EN : S.OEM_ZH);
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, lang === 'en' ? enName(b) : zhName(b)), ll, noun(cat, lang)];
  if (chance(0.5)) parts.unshift(bracket(c)); else parts.push(c);
  const bulk = chance(0.25);
  const q = bulk ? pick([10, 20, 30, 50, 80]) : 1;
  if (bulk) parts.push(lang === 'en' ? pick([`lot of ${q}`, 'bulk', `${q} pcs available`]) : pick(['批发', '大量现货', `${q}件起批`]));
  return { title: join(parts, lang), usd: retail * uni(0.06, 0.35), cat, qty: q, description: optDesc(lang), lang };
};
GEN['pos.dm_real_pics'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = langPick();
  const c = pick(lang === 'en' ? S.DM_EN : S.DM_ZH);
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, lang === 'en' ? enName(b) : zhName(b)), ll, chance(0.5) ? noun(cat, lang) : '', chance(0.5) ? (lang === 'en' ? 'cheap' : '价格美丽') : ''];
  if (chance(0.3)) parts.unshift(bracket(c)); else parts.push(c);
  return { title: join(parts, lang), usd: retail * uni(0.05, 0.3), cat, description: optDesc(lang), lang };
};
GEN['pos.brand_nickname_zh'] = () => {
  const { b, line, cat, retail } = pickBase((x) => S.ZH_NICK[x.id]); const lang = 'zh';
  const parts = [pick(S.ZH_NICK[b.id]), chance(0.6) ? lineLabel(line, 'zh', b, true) : '', chance(0.3) ? producedColour(b, line, 'zh') : '', noun(cat, lang), pick(['全新', '特价', '清仓', '包邮', '现货', '便宜出', '低价', ''])];
  return { title: join(parts, lang), usd: retail * uni(0.04, 0.25), cat, description: optDesc(lang), lang };
};
GEN['pos.brand_abbrev_emoji'] = () => {
  const { b, line, cat, retail } = pickBase((x) => S.ABBREV[x.id]); const lang = chance(0.8) ? 'en' : 'zh';
  const usd = retail * uni(0.03, 0.2);
  const ab = pick(S.ABBREV[b.id]); const parts = [ab, (ab.startsWith('the ') || ab.length <= 4 || chance(0.6)) ? lineLabel(line, 'en', b, true) : '', noun(cat, lang), lang === 'en' ? pick(['new', 'brand new', 'new in box', 'NWT']) : pick(['全新', '未拆']), lang === 'en' ? pick([`$${Math.round(usd)}`, `only $${Math.round(usd)}`, `${Math.round(usd)} USD`, '']) : `${Math.round(usd * 7.2)}元`];
  if (parts[1] && containsOfficial(b, parts[1])) parts[1] = '';
  return { title: join(parts, lang), usd, cat, cur: lang === 'en' ? 'USD' : 'CNY', description: optDesc(lang, 0.3), lang };
};
GEN['pos.brand_misspelled'] = () => {
  const { b, line, cat, retail } = pickBase((x) => S.MISSPELL[x.id]); const lang = 'en';
  const bulk = chance(0.25);
  const parts = [pick(S.MISSPELL[b.id]), lineLabel(line, lang, b, true), chance(0.6) ? noun(cat, lang) : '', pick(['new', 'brand new', '']), bulk ? pick(['wholesale', 'bulk lot', '20 pcs']) : pick(['cheap', 'best price', 'top quality', 'low price', 'good copy', 'clearance price'])];
  return { title: join(parts, lang), usd: retail * uni(0.04, 0.25), cat, qty: bulk ? int(10, 60) : 1, description: optDesc(lang, 0.35), lang };
};
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', s: 'ѕ', A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };
const GRK = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', Y: 'Υ', X: 'Χ', Z: 'Ζ', o: 'ο', v: 'ν', u: 'υ' };
const DIG = { o: '0', O: '0', i: '1', I: '1', l: '1', e: '3', E: '3', a: '4', A: '4', s: '5', S: '5', t: '7', T: '7' };
const SYM = { a: '@', s: '$', S: '$', i: '!', e: '€', E: '€', o: '°' };
const ACC = { a: 'á', e: 'é', o: 'ö', i: 'í', u: 'ü', n: 'ñ', c: 'ç', A: 'Á', E: 'É', O: 'Ö', I: 'Í', U: 'Ü' };
function subst(name, map, n) {
  const idx = [...name].map((ch, i) => (map[ch] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length) return null;
  const chars = [...name];
  const k = Math.min(idx.length, n);
  for (let j = 0; j < k; j++) { const i = idx.splice(Math.floor(rnd() * idx.length), 1)[0]; chars[i] = map[chars[i]]; }
  return chars.join('');
}
function homoglyphBrand(b) {
  const names = [b.name, ...(b.aliases || [])].filter((n) => !isCJK(n));
  for (let k = 0; k < 30; k++) {
    const base = pick(names.filter((n) => n.length >= 3).concat([b.name]));
    const h = homoglyph(base);
    if (!names.some((n) => rawHas(h, n))) return h;
  }
  return [...b.name].join('\u200b');
}
const rawHas = (text, term) => new RegExp('(^|[^A-Za-z0-9])' + term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '($|[^A-Za-z0-9])', 'i').test(text);
function homoglyph(name) {
  for (let tries = 0; tries < 10; tries++) {
    const t = int(0, 8); let r = null;
    const base = chance(0.5) ? name.toUpperCase() : name;
    if (t === 0) r = subst(base, CYR, int(1, 2));
    else if (t === 1) r = subst(base, GRK, int(1, 3));
    else if (t === 2) r = subst(base, DIG, int(1, 2));
    else if (t === 3) r = subst(base, SYM, int(1, 2));
    else if (t === 4) r = [...base].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c === ' ' ? '\u3000' : c)).join('');
    else if (t === 5) r = subst(base, ACC, int(1, 2));
    else if (t === 6) r = [...base].join(pick(['\u200b', '\u200c', '\u200d', '\u2060']));
    else if (t === 7) r = [...base.replace(/\s+/g, '')].join(pick([' ', '.', '-', '_', '·', '*']));
    else r = [...base].map((c, i) => (i % 2 ? c : (CYR[c] || GRK[c] || c))).join('');
    if (r && r !== name && r !== base) return r;
  }
  return [...name].join('.');
}
GEN['pos.brand_homoglyph'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = chance(0.8) ? 'en' : 'zh';
  const usd = retail * uni(0.04, 0.25);
  const parts = [homoglyphBrand(b), chance(0.6) ? lineLabel(line, 'en', b, true) : '', noun(cat, lang), lang === 'en' ? pick(['new', 'brand new', 'NIB', 'cheap', 'top quality']) : pick(['全新', '特价', '便宜']), lang === 'en' ? (chance(0.5) ? `$${Math.round(usd)}` : '') : ''];
  return { title: join(parts, lang), usd, cat, cur: lang === 'en' ? 'USD' : undefined, description: optDesc(lang, 0.3), lang };
};
GEN['pos.extreme_price'] = () => {
  const { b, line, cat, retail } = pickBase((x) => x.manufacturingCountries && x.manufacturingCountries.length); const lang = langPick(0.55);
  const cue = pick(['qty', 'ship', 'vague', 'factory', ...(line.colours ? ['colour', 'colour'] : [])]);
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, lang === 'en' ? enName(b) : zhName(b)), ll];
  let description, qty = 1, ship = pick(mfgOf(b, line));
  if (cue === 'colour') parts.push(oddColour(b, line, lang)); else if (chance(0.3)) parts.push(producedColour(b, line, lang));
  const sealable = ['phones', 'audio', 'cameras', 'camera-lenses', 'fragrance', 'cosmetics', 'game-consoles', 'auto-parts', 'kitchenware', 'home-appliances'].includes(cat);
  parts.push(noun(cat, lang), lang === 'en' ? pick(['new', 'brand new', 'new in box', ...(sealable ? ['sealed'] : [])]) : pick(['全新', ...(sealable ? ['全新未拆'] : ['全新带吊牌'])]));
  if (cue === 'qty') { qty = pick([12, 20, 25, 30, 50, 100, 200]); if (chance(0.5)) parts.push(lang === 'en' ? `${qty} available` : `${qty}件现货`); }
  if (cue === 'ship') ship = nonMfg(b, line);
  if (cue === 'vague' || cue === 'factory') {
    const ph = pick(cue === 'vague' ? (lang === 'en' ? S.VAGUE_EN : S.VAGUE_ZH) : (lang === 'en' ? S.FACTORY_EN : S.FACTORY_ZH));
    if (chance(0.5)) parts.push(ph); else description = boiler(lang, lang === 'en' ? ph.charAt(0).toUpperCase() + ph.slice(1) + '.' : ph + '。', { long: chance(0.6) });
  } else if (chance(0.3)) description = boiler(lang, null, { long: true });
  const mk = lang === 'en' ? pick(['ebay', 'amazon', 'facebook-marketplace', 'mercari', 'shopee', 'vinted']) : pick(MK_ZH_NEW);
  return { title: join(parts, lang), usd: retail * uni(0.035, 0.095), cat, qty, ship, mk, description, lang };
};
GEN['pos.weak_cues'] = () => {
  const { b, line, cat, retail } = pickBase((x) => x.manufacturingCountries && x.manufacturingCountries.length); const lang = langPick(0.55);
  const cues = ['qty', 'ship', 'vague', 'nobox', 'noreceipt', ...(line.colours ? ['colour'] : []), ...(['apparel', 'shoes', 'handbags'].includes(cat) ? ['notags'] : [])];
  for (let i = cues.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [cues[i], cues[j]] = [cues[j], cues[i]]; }
  const chosen = cues.slice(0, int(2, 3));
  const en = lang === 'en';
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, en ? enName(b) : zhName(b)), ll];
  let qty = 1, ship = pick(mfgOf(b, line));
  if (chosen.includes('colour')) parts.push(oddColour(b, line, lang));
  parts.push(noun(cat, lang), en ? pick(['new', 'brand new', 'new, unworn']) : '全新');
  for (const c of chosen) {
    if (c === 'qty') { qty = int(5, 30); parts.push(en ? pick(['several available', 'multiple in stock', `${qty} pcs ready`]) : pick(['多个现货', '大量有货', `${qty}件现货`])); }
    if (c === 'ship') ship = nonMfg(b, line);
    if (c === 'vague') parts.push(pick(en ? S.VAGUE_EN : S.VAGUE_ZH));
    if (c === 'nobox') parts.push(en ? pick(['no box', 'without box', 'no papers']) : pick(['无盒', '无包装', '无保卡']));
    if (c === 'noreceipt') parts.push(en ? pick(['no receipt', 'no proof of purchase']) : pick(['无小票', '无发票']));
    if (c === 'notags') parts.push(en ? pick(['no tags', 'tags removed']) : pick(['无吊牌', '剪标']));
  }
  return { title: join(parts, lang), usd: retail * uni(0.33, 0.57), cat, qty, ship, description: optDesc(lang, 0.4), lang };
};
GEN['pos.product_line_seller_style'] = () => {
  let base, lbl;
  do { base = pickBase(); lbl = lineLabel(base.line, 'en', base.b, true); } while (!lbl || lbl.length < 3);
  const { b, line, cat, retail } = base; const lang = langPick(0.55);
  const cue = lang === 'en' ? pick([...S.MARK_EN, ...codedFor(S.CODED_EN, cat).filter((c) => !/inspired|dupe|alternative|same style|lookalike|homage/.test(c))]) : pick([...S.MARK_ZH, ...codedFor(S.CODED_ZH, cat).filter((c) => c !== '同款' && c !== '版本' && c !== '平替同款')]);
  const parts = [lbl, chance(0.4) ? producedColour(b, line, lang) : '', chance(0.4) ? noun(cat, lang) : '', chance(0.6) ? bracket(cue) : cue];
  return { title: join(parts, lang), usd: retail * uni(0.04, 0.3), cat, description: optDesc(lang, 0.35), lang };
};
GEN['pos.description_only'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = langPick();
  const ll = lineLabel(line, lang, b); const parts = [bp(b, ll, lang === 'en' ? enName(b) : zhName(b)), ll, chance(0.5) ? producedColour(b, line, lang) : '', noun(cat, lang)];
  const cue = pick(lang === 'en' ? T.CUE_DESC_EN : T.CUE_DESC_ZH);
  return { title: join(parts, lang), usd: retail * uni(0.72, 1.0), cat, ship: chance(0.5) ? pick(mfgOf(b, line)) : undefined, description: boiler(lang, cue, { long: chance(0.85) }), lang };
};
const DEV_EN = [['meta', 'Meta Quest 3'], ['meta', 'Quest 3S'], ['asus', 'ROG Ally X'], ['asus', 'ROG Ally'], [null, 'retro handheld'], [null, 'handheld emulator console'], [null, 'TV game stick'], [null, 'mini arcade cabinet'], [null, 'retro console'], [null, 'portable game console'], [null, 'game box']];
const DEV_ZH = [['meta', 'Meta Quest 3'], ['asus', 'ROG Ally X 掌机'], [null, '掌上游戏机'], [null, '怀旧游戏机'], [null, '电视游戏盒'], [null, '街机 月光宝盒'], [null, '家用游戏机'], [null, '复古掌机']];
GEN['pos.circumvention'] = () => {
  const lang = langPick(0.55);
  const [bid, dev] = pick(lang === 'en' ? DEV_EN : DEV_ZH);
  const n = pick([120, 200, 500, 1500, 6000, 10000, 15000, 20000, 35000, 50000]);
  let title, cat = 'game-consoles';
  const t = rnd();
  if (lang === 'en') {
    if (t < 0.55) title = join([dev, pick(['jailbroken', 'softmodded', 'modded', 'hacked', 'with custom firmware', 'unlocked (CFW)', 'cracked']), `${n} games ${pick(['preloaded', 'pre-installed', 'included free', 'sideloaded', 'built in'])}`], 'en');
    else if (t < 0.75) { title = join([pick(['Modchip', 'Mod chip install', 'Drive-bypass chip', 'Jailbreak dongle', 'Softmod service']), `for ${pick(['any home console', 'older consoles', 'your handheld', 'retro consoles'])}`, pick(['play backups', 'run downloaded games', 'no disc check', 'region + copy protection removed'])], 'en'); }
    else { cat = 'video-games'; title = join([pick(['Flash cart', 'Multicart', 'SD flash cartridge']), `${n}-in-1`, pick(['all ROMs loaded', 'full romset on card', 'every game included', 'ROM pack preinstalled'])], 'en'); }
  } else {
    if (t < 0.6) title = join([dev, pick(['破解版', '已破解', '软破', '硬破', '改机']), `内置${n}款游戏`], 'zh');
    else if (t < 0.8) title = join([pick(['改机芯片', '直读芯片', '破解芯片', '软破服务']), pick(['安装', '包教包会', '远程']), pick(['可玩D版', '免光盘', '解除区域锁'])], 'zh');
    else { cat = 'video-games'; title = join([pick(['烧录卡', '合卡', '烧录卡带']), `${n}合1`, pick(['全套游戏', '游戏全部拷好', '内置全部ROM'])], 'zh'); }
  }
  const b = bid && dev && title.includes(dev.split(' ')[0]) ? B[bid] : null;
  const usd = b ? retailUSD(b, lib.findLine(b, title), cat) * uni(0.4, 0.9) : uni(12, 150);
  return { title, usd, cat, description: optDesc(lang, 0.35), lang };
};
const WORKS_AFTER = [], WORKS_BEFORE = [];
for (const bid of ['quillmoor', 'tidewell']) for (const w of B[bid].works) (w.discReleaseDate > lib.ASSUMED_DATE ? WORKS_AFTER : WORKS_BEFORE).push([bid, w]);
const FILM_FMT = ['DVD', 'Blu-ray', '4K UHD Blu-ray', 'BD50', 'Blu-ray steelbook', 'DVD box set', '1080p Blu-ray'];
const MUSIC_FMT = ['CD', '2CD deluxe', 'CD album', 'CD + bonus disc', 'digipak CD'];
GEN['pos.prerelease_disc'] = () => {
  const [bid, w] = pick(WORKS_AFTER); const lang = langPick(0.55); const film = bid === 'quillmoor';
  const name = lang === 'en' ? w.title : pick(w.aliases.filter(isCJK));
  const fmt = lang === 'en' ? (film ? pick(FILM_FMT) : pick(MUSIC_FMT)) : (film ? pick(['DVD', '蓝光碟', '4K蓝光', 'BD50', '蓝光铁盒版']) : pick(['CD', 'CD专辑', '2CD豪华版', '实体专辑 CD']));
  const avail = lang === 'en' ? pick(['in stock', 'ships today', 'ready to ship', 'dispatched within 24h', 'new sealed, in hand', 'available now', 'fast shipping']) : pick(['现货', '现货秒发', '全新现货', '24小时发货', ...(film ? ['国语中字 现货', '中英字幕 现货'] : ['签名版 现货'])]);
  const parts = [name, fmt, avail, chance(0.3) ? (lang === 'en' ? pick(film ? ['region free', 'full movie', 'English subs'] : ['bonus tracks', 'full album']) : pick(['高清', '收藏版'])) : ''];
  return { title: join(parts, lang), usd: uni(5, 25), cat: film ? 'film-tv' : 'music', description: optDesc(lang, 0.35), lang };
};
function shuffled(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const MIX_EN = ['top quality', 'free shipping', 'best price', 'new arrival', 'hot sale', 'ready stock', 'fast delivery', 'good price', 'limited stock'];
GEN['pos.mixed_language'] = () => {
  const { b, line, cat, retail } = pickBase(); const lang = 'mixed';
  const cue = pick([...S.MARK_ZH, ...codedFor(S.CODED_ZH, cat), ...S.OEM_ZH, ...S.DM_ZH, ...S.MARK_EN.filter((m) => !/^[\d:\s-]+$/.test(m))]);
  const ll = lineLabel(line, 'en', b); const parts = [bp(b, ll, enName(b)), bp(b, ll, chance(0.5) ? zhName(b) : ''), ll, noun(cat, 'zh'), cue, ...shuffled(MIX_EN).slice(0, chance(0.5) ? 2 : 1)];
  return { title: join(parts, 'en'), usd: retail * uni(0.04, 0.3), cat, description: optDesc(chance(0.5) ? 'zh' : 'en', 0.35), lang };
};

// ---------------------------------------------------------------- generated legit
const LEGIT_MK_EN = ['ebay', 'ebay', 'amazon', 'amazon', 'facebook-marketplace', 'mercari', 'carousell', 'shopee', 'lazada'];
function branded(lang, { line: forceLine } = {}) {
  const { b, line, cat, retail } = pickBase();
  const ll = lineLabel(line, lang === 'en' ? 'en' : 'zh', b); const parts = [bp(b, ll, lang === 'en' ? enName(b) : zhName(b)), ll, chance(0.5) ? producedColour(b, line, lang === 'en' ? 'en' : 'zh') : '', chance(0.6) ? noun(cat, lang === 'en' ? 'en' : 'zh') : ''];
  return { b, line, cat, retail, parts };
}
const VARY_EN = ['', '', '', ' — new', ' (new)', ', free shipping', ' | fast dispatch', ' ✨', ', gift idea', ' *', ' 2026'];
const VARY_ZH = ['', '', '', ' 包邮', ' 新款', ' 热卖', ' 实拍', ' 现货', ' 送礼'];
function vary(title, used) { const zh = isCJK(title); let v = pick(zh ? VARY_ZH : VARY_EN); if (used && /new/.test(v)) v = ''; return title + v; }
function fromPool(entry) {
  const [title, cat, [a, b2], o = {}] = entry;
  const t = chance(0.7) ? vary(title, o.cond === 'used') : title;
  const lang = isCJK(t) ? 'zh' : 'en';
  return { title: t, cat, usd: uni(a, b2), cond: o.cond, description: optDesc(lang, 0.45), lang: lib.langOf(t) };
}
GEN['neg.plain'] = () => {
  if (chance(0.25)) return fromPool(pick(N.UNBRANDED_PLAIN));
  const lang = langPick(); const { b, line, cat, retail, parts } = branded(lang);
  if (chance(0.3)) parts.push(lang === 'en' ? pick(['new', 'brand new', 'new with tags', sizeLine('en')]) : pick(['全新', '新款', sizeLine('zh')]));
  return { mk: lang === 'en' ? pick(LEGIT_MK_EN) : undefined,  title: join(parts, lang), usd: retail * uni(0.88, 1.08), cat, description: optDesc(lang), lang };
};
GEN['neg.generic_marker'] = () => fromPool(pick(N.GENERIC_MARKER));
const NOM_EN = {
  phones: ['Case for {B} {L}', 'Tempered glass screen protector for {B} {L}, 2 pack', '65W USB-C charger compatible with {B} {L} (third-party)', 'Camera lens protector for {L} ({B})'],
  audio: ['Replacement ear pads for {B} {L}', 'Hard carrying case for {B} {L}', 'Silicone cover compatible with {B} {L}'],
  watches: ['20mm rubber strap compatible with {B} {L} (aftermarket, not made by {B})', 'Watch winder for automatic watches, fits {B} {L}', 'Sapphire screen protector film for {B} {L}', 'Travel watch roll, holds {B} {L} and others'],
  cameras: ['Camera cage for {B} {L}', 'Battery grip compatible with {B} {L} (third-party)', 'Silicone skin for {B} {L}', 'Screen protector for {B} {L}'],
  'camera-lenses': ['Lens hood for {B} {L}', 'UV filter 82mm for {B} {L}', 'Lens cap compatible with {B} {L}'],
  'game-consoles': ['Carrying case for {B} {L}', 'Silicone face cover for {B} {L}', 'Charging dock compatible with {B} {L}'],
  kitchenware: ['Dust cover for {B} {L}', 'Silicone liner compatible with {B} {L} (third-party)', 'Replacement part compatible with {B} {L}, generic'],
  'home-appliances': ['Replacement filters compatible with {B} {L}, generic 4 pack', 'Charging stand for {B} {L} (third-party)', 'Wall mount for {B} {L}', 'Travel case for {B} {L}'],
  handbags: ['Bag organiser insert for {B} {L}', 'Felt purse organiser fits {B} {L}', 'Twilly scarf for bag handles, fits {B} {L}'],
  shoes: ['Sole protector for {B} {L}', 'Cedar shoe trees for {B} {L}', 'Replacement laces for {B} {L}', 'Crease protectors for {B} {L}'],
  apparel: ['Garment bag for {B} {L}', 'Replacement buttons for {B} {L}'],
  fragrance: ['Refillable travel atomiser 5ml (empty), for {B} {L} and others', 'Perfume display stand fits {B} {L} bottle'],
  cosmetics: ['Acrylic organiser for {B} {L}', 'Makeup bag sized for {B} {L}'],
  'auto-parts': ['Spark plug gap tool for {B} iridium plugs', 'Oil drain pan for {B} {L} changes'],
  tyres: ['Tyre dust caps for {B} {L}', 'Tyre storage bags, fits {B} {L} sizes'],
  tools: ['Holster for {B} {L}', 'Replacement bit kit compatible with {B} {L}', 'Foam insert for {B} {L} case'],
  'computer-accessories': ['Grip tape for {B} {L}', 'PTFE mouse skates for {B} {L}', 'Wrist rest for {B} {L}'],
  computers: ['Laptop sleeve 16" for {B} {L}', 'Keyboard cover for {B} {L}'],
  toys: ['Acrylic display case for {B} {L}', 'Storage box for {B} {L} pieces'],
};
const NOM_ZH = {
  phones: ['适用于{B} {L} 手机壳 防摔', '{L} 钢化膜 适用{B} 两片装', '适用{B} {L} 充电器 第三方 非原装'], audio: ['适用{B} {L} 耳机套 替换耳罩 第三方', '{B} {L} 收纳盒 兼容'],
  watches: ['适用{B} {L} 表带 非原厂 第三方', '{B} {L} 表膜 保护膜 兼容'], cameras: ['适用{B} {L} 兔笼 第三方', '{B} {L} 硅胶保护套 兼容'], 'camera-lenses': ['适用{B} {L} 遮光罩', '{L} UV镜 适配{B}'],
  'game-consoles': ['适用{B} {L} 收纳包 保护套', '{B} {L} 兼容 充电底座 第三方'], shoes: ['适配{B} {L} 防皱鞋撑', '{B} {L} 鞋底贴 防滑 兼容'], handbags: ['适用{B} {L} 包中包 内胆', '{B} {L} 收纳内衬 定型'],
  'home-appliances': ['适用{B} {L} 替换滤网 第三方', '{B} {L} 配件 兼容 非原装'], kitchenware: ['适用{B} {L} 防尘罩', '{B} {L} 兼容配件 非原装'],
};
const NOM_ZH_DEFAULT = ['适用{B} {L} 收纳包', '{B} {L} 兼容配件 非原装 第三方'];
GEN['neg.nominative'] = () => {
  const lang = langPick(0.6);
  const { b, line, cat, retail } = pickBase();
  const L = lineLabel(line, 'en', b);
  let title, ocat = cat;
  if (lang === 'en') { const tpl = pick(NOM_EN[cat] || ['Protective case for {B} {L}']); title = tpl.replace(/\{B\} /g, bp(b, L, enName(b) + ' ')).replace(/\{B\}/g, enName(b)).replace(/\{L\}/g, L).replace(/\s+/g, ' '); }
  else { const tpl = pick(NOM_ZH[cat] || NOM_ZH_DEFAULT); title = tpl.replace(/\{B\}/g, bp(b, L, zhName(b))).replace(/\{L\}/g, L).replace(/ +/g, ' ').replace(/([\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '$1').trim(); }
  const accCat = { phones: 'phone-accessories', audio: 'audio', cameras: 'cameras', 'camera-lenses': 'camera-lenses', watches: 'watches', 'game-consoles': 'game-consoles', computers: 'computer-accessories' };
  ocat = accCat[cat] || cat;
  return { title: vary(title), usd: Math.min(uni(5, 40), retail * 0.5), cat: ocat, description: optDesc(lang, 0.35), lang: lib.langOf(title) };
};
GEN['neg.common_word_brand'] = () => fromPool(pick(N.COMMON_WORD));
GEN['neg.authorized_seller'] = () => {
  const lang = langPick(); const { b, line, cat, retail, parts } = branded(lang);
  const seller = pick(b.authorizedSellers);
  const mk = /tmall/.test(seller) ? 'tmall' : /_jd/.test(seller) ? 'jd' : /douyin/.test(seller) ? 'douyin' : /amazon/.test(seller) ? 'amazon' : lang === 'en' ? pick(['amazon', 'ebay', 'shopee', 'lazada']) : 'tmall';
  const t = rnd(); let usd, qty = 1;
  if (t < 0.35) { usd = retail * uni(0.95, 1.05); if (chance(0.5)) parts.push(lang === 'en' ? pick(['official store', 'authorised retailer']) : pick(['官方旗舰店', '官方正品'])); }
  else if (t < 0.65) { usd = retail * uni(0.3, 0.65); parts.push(lang === 'en' ? pick(['outlet', 'official outlet', 'clearance', 'last season', 'archive sale']) : pick(['奥莱', '清仓', '过季特卖', '官方折扣'])); }
  else if (t < 0.85) { usd = retail * uni(0.45, 0.85); qty = pick([24, 50, 100, 200, 500]); parts.push(lang === 'en' ? pick([`wholesale case of ${qty}`, 'B2B bulk order', `trade pack x${qty}`]) : pick([`企业采购 ${qty}件`, '批发 官方', '团购整箱'])); }
  else { usd = retail * uni(0.6, 0.9); parts.push(lang === 'en' ? pick(['Black Friday', 'members sale', 'holiday offer']) : pick(['双12', '会员日', '年终大促'])); }
  const cur = MK_CUR[mk].includes(lang === 'en' ? 'USD' : 'CNY') ? (lang === 'en' ? 'USD' : 'CNY') : MK_CUR[mk][0];
  return { title: join(parts, lang), usd, cat, qty, seller, mk, cur, ship: chance(0.5) ? pick(mfgOf(b, line)) : undefined, description: optDesc(lang), lang };
};
GEN['neg.second_hand'] = () => {
  const lang = langPick(); const { b, line, cat, retail, parts } = branded(lang);
  const premium = ['richard-mille', 'hublot', 'off-white', 'panerai', 'iwc', 'christian-louboutin', 'saffrane'].includes(b.id);
  parts.unshift(lang === 'en' ? pick(['Pre-owned', 'Used', 'Vintage', 'Preloved', 'Second hand']) : pick(['二手', '闲置', '自用闲置', '中古']));
  parts.push(lang === 'en' ? pick(['good condition', 'light wear', 'with receipt', 'some scratches', 'worn twice', 'full set', 'box and papers']) : pick(['九成新', '九五新', '八成新', '有小票', '轻微使用痕迹', '盒子齐全']));
  const usd = retail * (premium && chance(0.5) ? uni(1.05, 1.6) : uni(0.3, 0.9));
  return { title: join(parts, lang), usd, cat, cond: 'used', description: optDesc(lang), lang };
};
GEN['neg.promotion'] = () => {
  const lang = langPick(); const { b, line, cat, retail, parts } = branded(lang);
  const off = int(10, 50);
  parts.push(lang === 'en' ? pick([`${off}% off`, `Black Friday -${off}%`, 'Cyber Monday deal', 'end of season sale', `save ${off}%`, 'holiday sale', 'clearance']) : pick([`${10 - Math.round(off / 10)}折`, '双12 大促', '年终特惠', '满减', `立减${off}%`, '限时秒杀']));
  parts.push(lang === 'en' ? 'new' : '全新');
  return { mk: lang === 'en' ? pick(LEGIT_MK_EN) : undefined,  title: join(parts, lang), usd: retail * (1 - off / 100) * uni(0.98, 1.02), cat, seller: undefined, description: optDesc(lang), lang };
};
GEN['neg.gray_market'] = () => {
  const lang = langPick(0.45); const { b, line, cat, retail, parts } = branded(lang);
  const g = lang === 'en' ? pick([['parallel import', 'HK'], ['EU import', 'DE'], ['grey import from Japan', 'JP'], ['HK version', 'HK'], ['international version', 'HK'], ['duty-free purchase', 'KR'], ['imported from Korea', 'KR'], ['overseas version', 'SG']])
    : pick([['港版', 'HK'], ['海外版', 'HK'], ['日版', 'JP'], ['美版', 'US'], ['欧版', 'DE'], ['免税店购入', 'KR'], ['国际版', 'HK'], ['澳门免税店', 'MO']]);
  parts.push(g[0], lang === 'en' ? pick(['new', 'brand new, sealed', 'new with receipt']) : pick(['全新', '全新带小票', '正品']));
  return { title: join(parts, lang), usd: retail * uni(0.78, 1.05), cat, ship: g[1], description: optDesc(lang), lang };
};
GEN['neg.negated_marker'] = () => {
  const lang = langPick(); const { b, line, cat, retail, parts } = branded(lang);
  const ph = pick(lang === 'en' ? ['100% authentic, not a replica', 'no fakes', 'genuine — NOT 1:1', 'not a copy', 'authentic, no reps', 'real not replica', 'no replicas, receipt included'] : ['非高仿', '假一赔十', '拒绝A货', '正品 非复刻', '正品保证 非原单', '专柜正品 假一赔十', '非仿品']);
  let description;
  if (chance(0.5)) parts.push(bracket(ph)); else description = boiler(lang, pick(lang === 'en' ? T.NEG_DESC_EN : T.NEG_DESC_ZH), { long: chance(0.8) });
  return { mk: lang === 'en' ? pick(LEGIT_MK_EN) : undefined,  title: join(parts, lang), usd: retail * uni(0.85, 1.05), cat, description: description || optDesc(lang), lang };
};
GEN['neg.colour_words'] = () => fromPool(pick(N.COLOUR_WORDS));
GEN['neg.model_codes'] = () => fromPool(pick(N.MODEL_CODES));
GEN['neg.licensed_repro'] = () => {
  const t = rnd();
  if (t < 0.45) {
    const [bid, w] = pick(WORKS_BEFORE); const lang = langPick(0.6); const film = bid === 'quillmoor';
    const parts = [lang === 'en' ? w.title : pick(w.aliases.filter(isCJK)), film ? pick(FILM_FMT) : pick([...MUSIC_FMT, 'vinyl LP']), lang === 'en' ? pick(['new sealed', 'official release', 'used, like new', 'region B', '']) : pick(['正版', '全新', '官方发行'])];
    return { title: join(parts, lang), usd: uni(9, 35), cat: film ? 'film-tv' : 'music', description: optDesc(lang, 0.3), lang };
  }
  if (t < 0.75) {
    const [bid, title, cat, [a, c]] = pick(N.LICENSED_MERCH);
    return { title: vary(title), usd: uni(a, c), cat, description: optDesc(isCJK(title) ? 'zh' : 'en', 0.3), lang: lib.langOf(title) };
  }
  const [bid, w] = pick(WORKS_AFTER); const film = bid === 'quillmoor'; const lang = chance(0.7) ? 'en' : 'zh';
  const seller = pick(B[bid].authorizedSellers);
  const d = w.discReleaseDate;
  const title = lang === 'en' ? join([`Pre-order: ${w.title}`, film ? pick(FILM_FMT) : pick(MUSIC_FMT), pick([`releases ${d}`, `ships on release day (${d})`, `out ${d}`])], 'en')
    : join([`预售 ${pick(w.aliases.filter(isCJK))}`, film ? '蓝光碟' : 'CD', `${d} 发行后发货`, '官方'], 'zh');
  return { title, usd: uni(14, 45), cat: film ? 'film-tv' : 'music', seller, mk: /amazon/.test(seller) ? 'amazon' : pick(['ebay', 'amazon']), cur: 'USD', ship: 'US', description: optDesc(lang, 0.3), lang: lib.langOf(title) };
};
GEN['neg.used_console'] = () => {
  const [bid, title, cat, f] = pick(N.USED_CONSOLE);
  const t = chance(0.6) ? vary(title, true) : title;
  let usd;
  if (Array.isArray(f)) usd = uni(f[0], f[1]); else { const b = B[bid]; const line = lib.findLine(b, t); usd = retailUSD(b, line, cat) * f * uni(0.9, 1.1); }
  return { title: t, usd, cat, cond: chance(0.85) ? 'used' : 'refurbished', description: optDesc(isCJK(t) ? 'zh' : 'en', 0.35), lang: lib.langOf(t) };
};
GEN['neg.cheap_unbranded'] = () => fromPool(pick(N.CHEAP_UNBRANDED));

// ---------------------------------------------------------------- quotas
const QUOTA = {
  'pos.marker_en': 100, 'pos.marker_zh': 100, 'pos.coded_language': 100, 'pos.oem_leak': 95, 'pos.dm_real_pics': 95, 'pos.brand_nickname_zh': 95,
  'pos.brand_abbrev_emoji': 95, 'pos.brand_misspelled': 95, 'pos.brand_homoglyph': 95, 'pos.extreme_price': 100, 'pos.weak_cues': 95,
  'pos.product_line_seller_style': 95, 'pos.description_only': 100, 'pos.circumvention': 90, 'pos.prerelease_disc': 90, 'pos.mixed_language': 95,
  'neg.plain': 300, 'neg.generic_marker': 110, 'neg.nominative': 115, 'neg.common_word_brand': 110, 'neg.authorized_seller': 115, 'neg.second_hand': 115,
  'neg.promotion': 110, 'neg.gray_market': 110, 'neg.negated_marker': 115, 'neg.colour_words': 110, 'neg.model_codes': 110, 'neg.licensed_repro': 110,
  'neg.used_console': 110, 'neg.cheap_unbranded': 110,
};
const seen = new Set(out.map((r) => r.title));
for (const [kind, q] of Object.entries(QUOTA)) {
  const label = kind.startsWith('pos.') ? POS : NEG;
  let have = out.filter((r) => r.kind === kind).length, guard = 0;
  while (have < q && guard++ < q * 50) {
    POS_MODE = kind.startsWith('pos.');
    const o = GEN[kind]();
    if (!o || !o.title || seen.has(o.title)) continue;
    if (o.lang === 'en' && isCJK(o.title + (o.description || ''))) continue;
    const lang = lib.langOf(o.title, o.description);
    if (o.lang && lang !== o.lang) continue; // regenerate rather than mislabel
    seen.add(o.title);
    push(kind, label, { ...o, lang });
    have++;
  }
  if (have < q) console.warn('short', kind, have, q);
}

// ---------------------------------------------------------------- shuffle, ids, write
for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
const handIds = [];
out.forEach((r, i) => { r.id = 'tv3-' + String(i + 1).padStart(5, '0'); if (r._hand) { handIds.push(r.id); delete r._hand; } });
const root = path.join(__dirname, '..');
fs.writeFileSync(path.join(root, 'brands.json'), JSON.stringify({ version, brands }, null, 2) + '\n');
fs.writeFileSync(path.join(root, 'listings.ndjson'), out.map((r) => JSON.stringify(r)).join('\n') + '\n');
fs.writeFileSync(path.join(__dirname, 'hand_ids.json'), JSON.stringify(handIds) + '\n');
console.log('wrote', out.length, 'listings;', handIds.length, 'hand-written');
