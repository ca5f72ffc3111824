'use strict';
// Shared helpers for the generators: naming, attributes, prices, listing skeletons.
const { R, fromUSD, retailUSD, physical, market, sellerId, noiseTitle, finalize, brandById } = require('./lib.js');
const { longDesc, bytes } = require('./blocks.js');

const isCJK = (s) => /[\u3400-\u9fff]/.test(s);
const NOT_BRAND_ALIAS = new Set(['PlayStation', 'PS5', 'Galaxy', 'Mi', 'Redmi', 'G-SHOCK', 'G-Shock', 'Harborlight', 'Silver Pagoda', 'SharkNinja', 'Ninja Kitchen', 'Milwaukee Tool', 'DJI Innovations', 'House of Creed', 'Maison Goyard']);
const latinAliases = (b) => (b.aliases || []).filter((a) => !isCJK(a) && a.length > 1 && !NOT_BRAND_ALIAS.has(a));

function bEn(p) {
  const opts = [p.b.name, p.b.name, p.b.name, ...latinAliases(p.b)];
  let s = R.pick(opts);
  if (R.chance(0.2)) s = s.toUpperCase();
  return s;
}
function bZh(p) {
  const zh = (p.b.aliases || []).filter(isCJK);
  if (!zh.length) return p.b.name;
  return R.chance(0.85) ? zh[0] : R.pick(zh.slice(0, 2));
}
function stripBrand(name, b) {
  for (const n of [b.name, ...latinAliases(b)]) {
    if (name.toLowerCase().startsWith(n.toLowerCase() + ' ')) { const rest = name.slice(n.length + 1); if (/[A-Za-z\u4e00-\u9fff]/.test(rest) && rest.length >= 3) return rest; }
  }
  return name;
}
function lEn(p) {
  const l = p.l;
  const nm = stripBrand(l.name, p.b);
  const opts = [nm, nm];
  if (l.shortNames) opts.push(...l.shortNames.filter((s) => !isCJK(s)));
  return R.pick(opts);
}
function lZh(p) {
  const l = p.l;
  const opts = [l.g.zh, l.g.zh];
  if (l.shortNames) opts.push(...l.shortNames);
  return stripBrand(R.pick(opts), p.b);
}
// per-listing memo so that model number and colour stay consistent between title and description
let MEMO = {};
function resetMemo() { MEMO = {}; }
function mn(p) {
  if (!p.l.modelNumbers) return null;
  const k = 'mn:' + p.l.name;
  if (!(k in MEMO)) MEMO[k] = R.pick(p.l.modelNumbers);
  return MEMO[k];
}
function colourOf(p, lang) {
  const cs = p.l.colours || p.b.colours || [];
  if (!cs.length) return null;
  const k = 'c:' + p.l.name + ':' + (lang === 'zh' ? 'zh' : 'en');
  if (!(k in MEMO)) {
    const want = cs.filter((c) => (lang === 'zh' ? isCJK(c) : !isCJK(c)));
    MEMO[k] = R.pick(want.length ? want : cs);
  }
  return MEMO[k];
}

const ATTR_EN = {
  shoes: ['Size 36-45', 'US 7-12', 'Men Women Unisex', 'EU 39-46', 'Sneakers', 'Trainers', 'Casual Shoes', 'Running Shoes', 'Lifestyle', 'Low Top'],
  handbags: ['Women Shoulder Bag', 'Tote Bag', 'Crossbody', 'Leather Handbag', 'with Dust Bag', 'Large Capacity', 'Top Handle', 'Small', 'Medium', 'Purse'],
  'small-leather-goods': ['Card Holder', 'Wallet', 'Men', 'Slim Wallet', 'Gift Box', 'Leather'],
  apparel: ['Hoodie', 'Jacket', 'Sweatshirt', 'Size S-XXL', 'Men Women', 'Unisex', 'Oversized', 'Windbreaker', 'Pants', 'Top'],
  watches: ['Automatic', 'Mens Watch', '40mm', '41mm', 'Sapphire Glass', 'Stainless Steel', 'Waterproof', 'Mechanical', 'Wristwatch', 'Luxury Watch'],
  jewellery: ['Necklace', 'Pendant', '18K Gold', '925 Sterling Silver', 'Bracelet', 'Gift for Her', 'Women', 'Chain', 'Ring'],
  eyewear: ['Polarized', 'Sunglasses', 'UV400', 'Cycling Glasses', 'Men Women', 'Sports Sunglasses'],
  fragrance: ['EDP 100ml', 'Eau de Parfum', 'Spray 3.3 oz', 'Cologne for Men', 'Perfume', '100 ml'],
  cosmetics: ['50ml', 'Serum', 'Skincare', '100ml', 'Face Essence', 'Anti-Aging'],
  phones: ['5G', '256GB', '512GB', 'Dual SIM', 'Unlocked', 'Smartphone', '12GB RAM'],
  audio: ['Noise Cancelling', 'Wireless Headphones', 'Bluetooth', 'Earbuds', 'ANC', 'Over-Ear'],
  cameras: ['4K', 'Camera', 'Drone', 'Vlog Camera', 'Body Only', 'Kit', 'Gimbal'],
  'camera-lenses': ['Lens', 'Full Frame', 'Zoom Lens', 'Prime Lens', 'Mirrorless'],
  'game-consoles': ['Console', 'Controller', 'Handheld', 'Gaming', 'Wireless'],
  'video-games': ['Game', 'Cartridge', 'Physical Edition'],
  toys: ['Building Blocks', 'Building Set', 'Kids Gift', 'Collectible', 'Blind Box', 'Figure', 'Toy'],
  tyres: ['225/45 R17', '205/55 R16', '245/40 R18', 'Summer Tyre', 'All Season', 'Car Tire', '235/45R18'],
  'auto-parts': ['Brake Caliper', 'Front Brake Kit', 'Brake Pads', 'Racing', 'Big Brake Kit', 'Performance'],
  tools: ['Cordless Drill', '18V', 'Brushless', 'Tool Only', 'Power Tool', 'Kit'],
  batteries: ['18V Battery', '6.0Ah', '5.0Ah', 'Li-ion', 'Power Tool Battery'],
  'home-appliances': ['Hair Dryer', 'Hair Styler', 'Vacuum Cleaner', 'Cordless', 'Styling Set', 'Straightener'],
  kitchenware: ['Ice Cream Maker', 'Air Fryer', 'Blender', 'Multi Cooker', 'Kitchen'],
  'printer-supplies': ['Ink Cartridge', 'Black Ink', 'XL', 'Twin Pack'],
  'outdoor-gear': ['Waist Pack', 'Belt Bag', 'Hiking', 'Crossbody'],
};
const ATTR_ZH = {
  shoes: ['男女同款', '36-45码', '情侣款', '运动鞋', '休闲鞋', '跑步鞋', '老爹鞋', '板鞋', '透气', '增高'],
  handbags: ['女包', '单肩包', '斜挎包', '手提包', '托特包', '大容量', '真皮', '百搭', '通勤'],
  'small-leather-goods': ['卡包', '钱包', '男士', '短款', '礼盒装'],
  apparel: ['卫衣', '外套', '夹克', '男女同款', 'S-XXL', '宽松', '冲锋衣', '连帽', '情侣装'],
  watches: ['自动机械', '男表', '40mm', '41mm', '蓝宝石镜面', '精钢', '防水', '夜光', '机械表'],
  jewellery: ['项链', '吊坠', '18K金', '925银', '手链', '女款', '送女友', '锁骨链', '戒指'],
  eyewear: ['偏光', '太阳镜', '防紫外线', '骑行眼镜', '男女款', '墨镜'],
  fragrance: ['100ml', '浓香水', '男士香水', '持久留香', '中性香'],
  cosmetics: ['50ml', '精华液', '面霜', '护肤', '修护', '抗老'],
  phones: ['5G', '256G', '512G', '双卡', '全网通', '智能手机', '12+256'],
  audio: ['降噪', '无线耳机', '蓝牙', '头戴式', '入耳式', '主动降噪'],
  cameras: ['4K', '相机', '无人机', 'vlog', '单机身', '套机', '云台'],
  'camera-lenses': ['镜头', '全画幅', '变焦', '定焦', '微单'],
  'game-consoles': ['游戏机', '手柄', '掌机', '主机', '无线'],
  'video-games': ['游戏卡带', '实体版', '中文'],
  toys: ['积木', '拼装', '儿童礼物', '收藏', '盲盒', '手办', '摆件'],
  tyres: ['225/45R17', '205/55R16', '245/40R18', '静音', '四季胎', '汽车轮胎', '防爆'],
  'auto-parts': ['刹车卡钳', '改装', '刹车片', '大六活塞', '大四活塞', '套件'],
  tools: ['锂电钻', '18V', '无刷', '单机', '电动工具', '套装'],
  batteries: ['18V电池', '6.0Ah', '5.0Ah', '锂电池', '大容量'],
  'home-appliances': ['吹风机', '卷发棒', '吸尘器', '无线', '美发', '直发器'],
  kitchenware: ['冰淇淋机', '空气炸锅', '破壁机', '多功能锅', '家用'],
  'printer-supplies': ['墨盒', '黑色', '大容量', '套装'],
  'outdoor-gear': ['腰包', '胸包', '户外', '斜挎'],
};
// attribute pools refined per line so that attributes do not contradict the product
function attrPool(p, zh) {
  const name = p.l.name;
  const A = zh ? ATTR_ZH : ATTR_EN;
  if (p.cat === 'watches') {
    if (p.ref[0] > 1000) return zh ? ['自动机械', '男表', '蓝宝石镜面', '精钢', '防水', '夜光', '机械表'] : ['Automatic', 'Mens Watch', 'Sapphire Glass', 'Stainless Steel', 'Waterproof', 'Mechanical', 'Luxury Watch'];
    return zh ? ['男表', '手表', '防水', '学生', '运动表', '礼物'] : ['Mens Watch', 'Wristwatch', 'Watch', 'Unisex', 'Waterproof', 'Gift'];
  }
  if (p.cat === 'jewellery') return zh ? ['女款', '送女友', '礼物', '经典款', '情人节礼物'] : ['Gift for Her', 'Women', 'Classic', 'Gift Box', 'Jewelry'];
  if (p.cat === 'cameras') return p.b.id === 'dji' ? (zh ? ['无人机', '4K', '云台', 'vlog', '航拍'] : ['Drone', '4K', 'Gimbal', 'Vlog', 'Aerial']) : (zh ? ['相机', '单机身', '套机', '4K', 'vlog'] : ['Camera', 'Body Only', 'Kit', '4K', 'Vlog Camera']);
  if (p.cat === 'audio') return zh ? ['无线', '蓝牙', '降噪', '主动降噪'] : ['Wireless', 'Bluetooth', 'Noise Cancelling', 'ANC'];
  if (p.cat === 'toys') return p.b.id === 'pop-mart' ? (zh ? ['盲盒', '手办', '潮玩', '摆件', '收藏'] : ['Blind Box', 'Figure', 'Collectible', 'Art Toy']) : (zh ? ['积木', '拼装', '儿童礼物', '收藏', '摆件'] : ['Building Blocks', 'Building Set', 'Kids Gift', 'Collectible']);
  if (p.cat === 'home-appliances') {
    if (/Airwrap|Supersonic|Airstrait/.test(name)) return zh ? ['美发', '吹风机', '卷发棒', '负离子', '造型'] : ['Hair Styler', 'Hair Dryer', 'Styling', 'Hair Tool'];
    return zh ? ['无线', '吸尘器', '家用', '大吸力'] : ['Cordless', 'Vacuum Cleaner', 'Home', 'Stick Vacuum'];
  }
  if (p.cat === 'game-consoles') {
    if (/Switch/.test(name) && !/Controller/.test(name)) return zh ? ['掌机', '游戏机', '主机', '便携'] : ['Handheld', 'Console', 'Gaming', 'Portable'];
    if (/Controller|DualSense/.test(name)) return zh ? ['手柄', '无线', '游戏手柄'] : ['Controller', 'Wireless', 'Gamepad'];
    return zh ? ['主机', '游戏机', '4K', '光驱版'] : ['Console', 'Gaming', '4K', 'Disc Edition'];
  }
  if (p.cat === 'kitchenware') return zh ? ['家用', '厨房电器', '多功能', '小家电'] : ['Kitchen', 'Home', 'Countertop', 'Appliance'];
  if (p.cat === 'handbags') return zh ? ['女包', '包包', '真皮', '百搭', '通勤', '大容量'] : ['Women Bag', 'Handbag', 'Leather', 'Purse', 'with Dust Bag', 'Bag'];
  if (p.cat === 'apparel' && p.b.id === 'lululemon') return zh ? ['瑜伽', '运动', '女款', '健身'] : ['Yoga', 'Activewear', 'Women', 'Gym'];
  if (p.cat === 'apparel' && /Jean/.test(name)) return zh ? ['牛仔裤', '男款', '修身'] : ['Jeans', 'Denim', 'Men', 'Slim'];
  if (p.cat === 'apparel' && /Tee|T-Shirt/.test(name)) return zh ? ['短袖', 'T恤', '男女同款', '宽松'] : ['T-Shirt', 'Tee', 'Unisex', 'Short Sleeve'];
  if (p.cat === 'apparel' && /Hood|Sweatshirt/.test(name)) return zh ? ['卫衣', '连帽', '男女同款', '宽松'] : ['Hoodie', 'Sweatshirt', 'Unisex', 'Oversized'];
  if (p.cat === 'apparel') return zh ? ['外套', '夹克', '男女同款', '冲锋衣', '户外'] : ['Jacket', 'Outerwear', 'Men Women', 'Windbreaker', 'Shell'];
  return A[p.cat] || (zh ? ['新款'] : ['New']);
}
function attrEn(p, n = 1) { return R.pickN(attrPool(p, false), n).join(' '); }
function attrZh(p, n = 1) { return R.pickN(attrPool(p, true), n).join(' '); }

function catStr(p, lang) {
  const g = p.l.g;
  if (lang === 'zh') return R.pick(g.catZh || ['其他']);
  if (lang === 'mixed') return R.chance(0.5) ? R.pick(g.catZh || ['其他']) : R.pick(g.catEn || ['Other']);
  return R.pick(g.catEn || ['Other']);
}

const YEAR_ZH = ['2026新款', '2025新款', '2026秋冬', '新款', '爆款', '热销款', '网红同款', '明星同款', 'ins风', '官网款', '秋冬新品'];
const YEAR_EN = ['2026', 'New 2026', 'New', 'Hot', 'Trending', 'Free Shipping', 'Fast Ship', 'Brand New', 'NWT', 'BNIB'];

function priceAt(p, frac, cur) { return fromUSD(retailUSD(p) * frac, cur); }

// distribution of languages for a kind
function pickLang(weights = [['en', 0.55], ['zh', 0.33], ['mixed', 0.12]]) { return R.wpick(weights); }

function pickProduct(filter) {
  const pool = filter ? physical.filter(filter) : physical;
  return R.pick(pool);
}

function shipFor(label, p, lang) {
  if (label === 'counterfeit') return R.wpick([['CN', 0.62], ['HK', 0.12], ['US', 0.05], ['TR', 0.04], ['TH', 0.03], ['MY', 0.03], ['GB', 0.03], ['DE', 0.02], ['AE', 0.02], ['VN', 0.02], ['KR', 0.02]]);
  if (lang === 'zh') return R.wpick([['CN', 0.85], ['HK', 0.1], ['JP', 0.05]]);
  const made = p ? (p.l.manufacturingCountries || p.b.manufacturingCountries || []) : ['CN'];
  const pool = [['US', 0.35], ['GB', 0.15], ['DE', 0.12], ['JP', 0.06], ['FR', 0.05], ['IT', 0.05], ['AU', 0.05], ['CA', 0.05]];
  if (made.includes('CN')) pool.push(['CN', 0.12]);
  return R.wpick(pool);
}

function sizesTxt(p, lang) {
  if (p.cat === 'shoes') return lang === 'zh' ? R.pick(['36-46码', '39-45', '35-44码全', '尺码齐全']) : R.pick(['EU36-46', 'US 5-12', 'All sizes', 'size 7-13']);
  if (p.cat === 'apparel') return lang === 'zh' ? R.pick(['S-3XL', 'M-4XL', '尺码齐全']) : R.pick(['S-XXL', 'XS-3XL', 'all sizes']);
  return '';
}

// join title parts with varied separators
function tj(parts, lang) {
  const seps = lang === 'zh' ? ['', ' ', ' ', '  '] : [' ', ' ', ' ', ' | ', ' - ', ', ', ' / '];
  const sep = R.pick(seps);
  let xs = parts.filter((x) => x && String(x).trim()).map((x) => String(x).trim());
  if (sep.trim() !== '') xs = xs.filter((x) => x !== '-');
  let out = '';
  xs.forEach((x, i) => {
    if (i === 0) { out = x; return; }
    let s = sep;
    // never glue two Latin/digit tokens together
    if (s === '' && /[A-Za-z0-9%+)\]]$/.test(out) && /^[A-Za-z0-9(\[]/.test(x)) s = ' ';
    out += s + x;
  });
  return out.replace(/\s+/g, (m) => (m.length > 2 ? '  ' : m));
}

// assemble a listing record (no id yet)
const PAD_ZH = ['包邮', '现货速发', '新品', '热卖', '当天发货', '品质好物', '店长推荐', '爆款', '送礼', '正常发货'];
const PAD_EN = ['Free Shipping', 'New', 'Fast Dispatch', 'In Stock', 'Great Gift', 'Top Seller', 'Ships Today'];
function fixTitle(t, lang) {
  t = t.replace(/\s{3,}/g, '  ').trim();
  t = t.replace(/\b([A-Za-z][\w'-]*)(\s+)\1\b/gi, '$1');
  t = t.replace(/(\s+[-|\/,](?=\s)){2,}/g, ' -').replace(/^\s*[-|\/,]\s+/, '').replace(/\s+[-|\/,]\s*$/, '').replace(/\(\s*\)/g, '');
  t = t.replace(/([\u4e00-\u9fff])家家/g, '$1家');
  let guard = 0;
  while ([...t.trim()].length < 15 && guard++ < 6) {
    const pad = R.pick(lang === 'zh' ? PAD_ZH : PAD_EN);
    t = R.chance(0.5) ? `${t} ${pad}` : `${pad} ${t}`;
  }
  return t;
}
const VAR_EN = ['New', '2026', 'Free Shipping', 'UK Seller', 'US Stock', 'Gift Idea', 'Bestseller', 'Fast Ship', 'Brand New', 'Top Rated', 'Ships Free', 'Free P&P', 'EU Stock', 'Quick Dispatch'];
const VAR_ZH = ['包邮', '现货', '2026新款', '新款', '特惠', '热销', '一件包邮', '实拍', '当天发', '顺丰', '现货速发', '店长推荐', '新品', '品质好物'];
function vary(t, lang) {
  const pool = lang === 'zh' ? VAR_ZH : VAR_EN;
  const k = R.wpick([[0, 0.2], [1, 0.5], [2, 0.3]]);
  for (let i = 0; i < k; i++) t = R.chance(0.7) ? `${t} ${R.pick(pool)}` : `${R.pick(pool)} ${t}`;
  return t;
}
function rec({ kind, label, lang, title, description, price, currency, quantity, condition, category, shipFrom, sellerId: sid, marketplace, keep = [] }) {
  const o = { id: 'x', title: fixTitle(noiseTitle(title, lang), lang), description, price, currency, quantity, condition, category, shipFrom, sellerId: sid, marketplace, label, kind, lang };
  const out = finalize(o, keep);
  delete out.id;
  resetMemo();
  return out;
}

// decide description type: long (with cue buried), short, none
function descMode(pLong = 0.28, pShort = 0.26) {
  const r = R.r();
  return r < pLong ? 'long' : r < pLong + pShort ? 'short' : 'none';
}

function ld(lang, p, intro, cue, extra = {}, legitNote = '', shipFrom = null) {
  return longDesc({ lang, p, intro, cue, extra, legitNote, shipFrom });
}

function ldS(ship, lang, p, intro, cue, extra = {}, legitNote = '') { return longDesc({ lang, p, intro, cue, extra, legitNote, shipFrom: ship }); }
module.exports = { ldS, vary, fixTitle, R, isCJK, bEn, bZh, lEn, lZh, mn, colourOf, attrEn, attrZh, catStr, YEAR_ZH, YEAR_EN, priceAt, pickLang, pickProduct, shipFor, sizesTxt, tj, rec, descMode, ld, market, sellerId, fromUSD, retailUSD, physical, brandById, bytes, ATTR_EN, ATTR_ZH };
