#!/usr/bin/env node
'use strict';
// Validates test-v3: brands.json against the schema, listings.ndjson fields, label/kind agreement,
// language, prices, categories, authorized sellers, excluded brands, counts and kind-specific rules.
// Usage: node check.js   (needs `npm install` in _build for ajv)
const fs = require('fs');
const path = require('path');
const B = path.join(__dirname, '_build');
const Ajv2020 = require(path.join(B, 'node_modules/ajv/dist/2020'));
const addFormats = require(path.join(B, 'node_modules/ajv-formats'));
const lib = require(path.join(B, 'lib.js'));
const S = require(path.join(B, 'pools_seller.js'));

const errors = [], warnings = [];
const err = (m) => errors.push(m), warn = (m) => warnings.push(m);

// ---------------------------------------------------------------- brands.json
const schemaPath = fs.existsSync('/work/main/docs/brand-knowledge.schema.json') ? '/work/main/docs/brand-knowledge.schema.json' : path.join(B, 'brand-knowledge.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false }); addFormats(ajv);
const validate = ajv.compile(schema);
const K = JSON.parse(fs.readFileSync(path.join(__dirname, 'brands.json'), 'utf8'));
if (!validate(K)) for (const e of validate.errors) err(`brands.json schema: ${e.instancePath} ${e.message}`);
const brands = K.brands;
lib.setVocab(brands);
const CATS = new Set(schema.$defs.category.enum);
if (brands.length < 45 || brands.length > 55) err(`brand count ${brands.length} not in 45-55`);
const ids = new Set();
for (const b of brands) {
  if (ids.has(b.id)) err(`duplicate brand id ${b.id}`); ids.add(b.id);
  if (b.nicknames) err(`${b.id}: nicknames present (seller slang must not be in brand knowledge)`);
  for (const cp of b.categoryPrices || []) if (cp.referencePrice.max < cp.referencePrice.min) err(`${b.id}: categoryPrice max<min`);
  for (const l of b.productLines || []) {
    if (l.referencePrice && l.referencePrice.max < l.referencePrice.min) err(`${b.id}/${l.name}: max<min`);
    if (l.category && !(b.categories || []).includes(l.category)) err(`${b.id}/${l.name}: line category ${l.category} not in brand categories`);
  }
  for (const list of [b.aliases || [], b.protectedTerms || []]) for (const a of list)
    for (const [nid, nicks] of [[b.id, (S.ZH_NICK[b.id] || []).concat(S.MISSPELL[b.id] || [])]]) if (nicks.includes(a)) err(`${nid}: seller-invented name "${a}" filed as official`);
}
const studios = brands.filter((b) => (b.works || []).length && (b.categories || []).includes('film-tv'));
const labels = brands.filter((b) => (b.works || []).length && (b.categories || []).includes('music'));
for (const [what, arr] of [['film studio', studios], ['music label', labels]]) {
  if (!arr.length) err(`no invented ${what} with works`);
  for (const b of arr) {
    const after = b.works.filter((w) => w.discReleaseDate > lib.ASSUMED_DATE).length, before = b.works.length - after;
    if (!after || !before) err(`${b.id}: works need disc dates both before and after ${lib.ASSUMED_DATE}`);
  }
}

// ---------------------------------------------------------------- excluded brands
const EXCLUDED_EN = ['Balenciaga', 'Bottega Veneta', 'Loewe', 'Goyard', 'Longchamp', 'Stone Island', 'Supreme', 'Diesel', 'Patek Philippe', 'Audemars Piguet', 'Tudor', 'Casio', 'Fossil',
  'Tiffany', 'Van Cleef', 'Chow Tai Fook', 'Oakley', 'New Balance', 'Li-Ning', 'Li Ning', "Arc'teryx", 'Arcteryx', 'lululemon', 'Huawei', 'Xiaomi', 'Samsung', 'Sony', 'PlayStation', 'Nintendo', 'DJI', 'Canon', 'Fujifilm',
  'Bose', 'LEGO', 'Pop Mart', 'Estée Lauder', 'Estee Lauder', 'SK-II', 'Creed', 'Continental', 'Brembo', 'Makita', 'Milwaukee', 'Dyson', 'Ninja', 'Versace', 'Saint Laurent', 'YSL', 'Valentino',
  'Celine', 'Miu Miu', 'Michael Kors', 'Montblanc', 'Bvlgari', 'Bulgari', 'Breitling', 'TAG Heuer', 'Swarovski', 'Puma', 'Vans', 'Timberland', 'Dr. Martens', 'Crocs', 'Champion',
  'Columbia', 'Beats', 'JBL', 'Logitech', 'Garmin', 'GoPro', 'Marshall', 'Anker', 'Xbox', 'Valve', 'Steam Deck', 'SEGA', 'DeWalt', 'Hilti', 'Lancôme', 'Lancome', 'MAC Cosmetics', 'La Mer',
  'Shiseido', "Kiehl's", 'Hot Wheels', 'Bandai', 'Jellycat', 'NGK', 'Castrol', 'Pirelli', 'Midea', 'Honor', 'Lenovo', 'Bosideng', 'Proya', 'Lao Feng Xiang', 'Gucci',
  'Louis Vuitton', 'Chanel', 'Rolex', 'Nike', 'Adidas', 'Prada', 'Hermès', 'Hermes', 'Apple', 'iPhone', 'Coach', 'Burberry', 'Dior', 'Omega', 'Cartier', 'Moncler', 'Canada Goose', 'Ray-Ban',
  'Pandora', 'Fendi', 'Lacoste', 'The North Face', 'Converse', 'Onitsuka Tiger', 'Anta', 'Gentle Monster', 'Jo Malone', 'Florasis', 'Michelin', 'Bosch', 'Shark', 'RIMOWA',
  'MCM', 'Furla', 'Longines', 'Seiko', 'Seagull', 'FIYTA', 'Birkenstock', 'Salomon', 'Warrior', 'UGREEN', 'Benefit', 'Perfect Diary', 'Clinique', 'Tamiya', 'Bilstein', 'K&N',
  'Thule', 'KNIPEX', 'STANLEY', 'PEAK', 'Velmora', 'Velora', 'Copperleaf', 'Ironbark', 'Lanternfish', 'Aurora Vale', 'Harborlight', 'Harbourlight', 'Silver Pagoda', 'Northwind',
  'Kestrel Audio', 'Golden Crane', 'Korvana', 'Halvard', 'Dewdrop', 'Lanting', 'Northgate', 'Red Kite', 'Switch', 'Wii', 'Game Boy'];
const EXCLUDED_ZH = ['巴黎世家', '葆蝶家', '罗意威', '戈雅', '珑骧', '石头岛', '迪赛', '百达翡丽', '爱彼', '帝舵', '卡西欧', '化石', '蒂芙尼', '梵克雅宝', '周大福', '欧克利', '新百伦',
  '李宁', '始祖鸟', '露露乐蒙', '华为', '小米', '三星', '索尼', '任天堂', '大疆', '佳能', '富士', '博士音响', '乐高', '泡泡玛特', '雅诗兰黛', '马牌', '布雷博', '牧田', '米沃奇', '戴森',
  '范思哲', '圣罗兰', '华伦天奴', '思琳', '缪缪', '迈克高仕', '万宝龙', '宝格丽', '百年灵', '泰格豪雅', '施华洛世奇', '彪马', '添柏岚', '马丁靴', '卡骆驰', '冠军', '哥伦比亚', '罗技', '佳明',
  '兰蔻', '魅可', '海蓝之谜', '资生堂', '科颜氏', '风火轮', '万代', '倍耐力', '美的', '荣耀', '联想', '波司登', '珀莱雅', '老凤祥', '古驰', '路易威登', '香奈儿', '劳力士', '耐克', '阿迪达斯',
  '普拉达', '爱马仕', '苹果', '蔻驰', '博柏利', '巴宝莉', '迪奥', '欧米茄', '卡地亚', '盟可睐', '加拿大鹅', '雷朋', '潘多拉', '芬迪', '鳄鱼', '北面', '匡威', '鬼冢虎', '安踏', '祖玛珑',
  '花西子', '米其林', '博世', '鲨客', '日默瓦', '芙拉', '浪琴', '精工', '海鸥', '飞亚达', '勃肯', '萨洛蒙', '回力', '绿联', '贝玲妃', '完美日记', '倩碧', '田宫', '拓乐', '凯尼派克', '史丹利', '匹克',
  '新秀丽', '希捷', '斯凯奇'];
function excludedHit(text) {
  const t = text.normalize('NFKC');
  for (const n of EXCLUDED_EN) if (new RegExp('(^|[^A-Za-z])' + n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '($|[^A-Za-z])', 'i').test(t)) return n;
  for (const n of EXCLUDED_ZH) if (t.includes(n)) return n;
  return null;
}
for (const b of brands) { const h = excludedHit([b.id, b.name, ...(b.aliases || []), ...(b.protectedTerms || []), ...(b.productLines || []).map((l) => l.name)].join(' | ')); if (h) err(`brand ${b.id} uses excluded name ${h}`); }

// ---------------------------------------------------------------- listings
const KINDS_POS = ['pos.marker_en', 'pos.marker_zh', 'pos.coded_language', 'pos.oem_leak', 'pos.dm_real_pics', 'pos.brand_nickname_zh', 'pos.brand_abbrev_emoji', 'pos.brand_misspelled',
  'pos.brand_homoglyph', 'pos.extreme_price', 'pos.weak_cues', 'pos.product_line_seller_style', 'pos.description_only', 'pos.circumvention', 'pos.prerelease_disc', 'pos.mixed_language'];
const KINDS_NEG = ['neg.plain', 'neg.generic_marker', 'neg.nominative', 'neg.common_word_brand', 'neg.authorized_seller', 'neg.second_hand', 'neg.promotion', 'neg.gray_market',
  'neg.negated_marker', 'neg.colour_words', 'neg.model_codes', 'neg.licensed_repro', 'neg.used_console', 'neg.cheap_unbranded'];
const CURS = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'HKD', 'CAD', 'AUD']);
const MKS = new Set(['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall', 'ebay', 'amazon', 'facebook-marketplace', 'mercari', 'depop', 'vinted', 'aliexpress', 'shopee', 'carousell', 'wish', 'lazada']);
const ISO = new Set('AD AE AF AG AI AL AM AO AR AT AU AZ BA BB BD BE BG BH BN BO BR BS BT BW BY BZ CA CH CL CN CO CR CU CY CZ DE DK DO DZ EC EE EG ES ET FI FJ FR GB GE GH GR GT HK HN HR HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KR KW KZ LA LB LK LT LU LV MA MC MD ME MG MK MM MN MO MT MU MV MX MY MZ NG NI NL NO NP NZ OM PA PE PG PH PK PL PR PT PY QA RO RS RU RW SA SE SG SI SK SN SV TH TJ TN TR TW TZ UA UG US UY UZ VE VN YE ZA ZM ZW'.split(' '));
const AUTH = new Map(); for (const b of brands) for (const s of b.authorizedSellers || []) AUTH.set(s, b);
const lines = fs.readFileSync(path.join(__dirname, 'listings.ndjson'), 'utf8').split('\n').filter((l) => l.trim());
const L = [];
lines.forEach((l, i) => { try { L.push(JSON.parse(l)); } catch (e) { err(`line ${i + 1}: bad JSON`); } });
const seenIds = new Set();
const official = (b) => [b.name, ...(b.aliases || [])];
const rawMention = (text, term) => { // no Unicode folding: homoglyph/fullwidth spellings must NOT match
  if (lib.CJK.test(term)) return text.includes(term);
  return new RegExp('(^|[^A-Za-z0-9])' + term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '($|[^A-Za-z0-9])', 'i').test(text);
};
const brandsIn = (text) => brands.filter((b) => official(b).some((n) => lib.mentions(text, n)));
const ALLCUES = [...S.MARK_EN, ...S.MARK_ZH, ...S.CODED_ZH.filter((c) => c.length > 2), ...S.OEM_EN, ...S.OEM_ZH, ...S.DM_EN, ...S.DM_ZH, 'replica', '高仿', '复刻', '1:1'];
function lineRetail(text, cat) {
  for (const b of brandsIn(text).concat(brands)) {
    const line = lib.findLine(b, text);
    if (line && line.referencePrice) return { b, line, usd: lib.mid(line.referencePrice) };
  }
  return null;
}
L.forEach((r, i) => {
  const at = `${r.id || 'line ' + (i + 1)}`;
  const expectId = 'tv3-' + String(i + 1).padStart(5, '0');
  if (r.id !== expectId) err(`${at}: id should be ${expectId}`);
  if (seenIds.has(r.id)) err(`${at}: duplicate id`); seenIds.add(r.id);
  for (const f of ['id', 'title', 'label', 'kind', 'lang', 'price', 'currency', 'quantity', 'condition', 'category', 'shipFrom', 'sellerId', 'marketplace']) if (r[f] == null || r[f] === '') err(`${at}: missing ${f}`);
  const allowed = new Set(['id', 'title', 'label', 'kind', 'lang', 'description', 'price', 'currency', 'quantity', 'condition', 'category', 'shipFrom', 'sellerId', 'marketplace']);
  for (const f of Object.keys(r)) if (!allowed.has(f)) err(`${at}: unexpected field ${f}`);
  if (!['counterfeit', 'legit'].includes(r.label)) err(`${at}: bad label`);
  if (KINDS_POS.includes(r.kind)) { if (r.label !== 'counterfeit') err(`${at}: ${r.kind} must be counterfeit`); }
  else if (KINDS_NEG.includes(r.kind)) { if (r.label !== 'legit') err(`${at}: ${r.kind} must be legit`); }
  else err(`${at}: unknown kind ${r.kind}`);
  if (!['en', 'zh', 'mixed'].includes(r.lang)) err(`${at}: bad lang`);
  const lg = lib.langOf(r.title, r.description);
  if (lg !== r.lang) err(`${at}: lang ${r.lang} but text looks ${lg}`);
  if (typeof r.price !== 'number' || !(r.price > 0)) err(`${at}: price must be positive number`);
  if (!CURS.has(r.currency)) err(`${at}: bad currency ${r.currency}`);
  if (!Number.isInteger(r.quantity) || r.quantity < 1) err(`${at}: bad quantity`);
  if (!['new', 'used', 'refurbished'].includes(r.condition)) err(`${at}: bad condition`);
  if (!CATS.has(r.category)) err(`${at}: category ${r.category} not in enum`);
  if (!ISO.has(r.shipFrom)) err(`${at}: shipFrom ${r.shipFrom} not ISO alpha-2`);
  if (!MKS.has(r.marketplace)) err(`${at}: bad marketplace ${r.marketplace}`);
  if (r.description != null && (typeof r.description !== 'string' || !r.description.trim())) err(`${at}: empty description`);
  if (r.description && Buffer.byteLength(r.description) > 3000) err(`${at}: description over 3000 bytes`);
  const text = r.title + ' ' + (r.description || '');
  const h = excludedHit(text); if (h) err(`${at}: mentions excluded brand "${h}"`);
  // authorized sellers
  if (r.label === 'counterfeit' && AUTH.has(r.sellerId)) err(`${at}: counterfeit listing from authorized seller ${r.sellerId}`);
  if (r.kind === 'neg.authorized_seller') {
    if (!AUTH.has(r.sellerId)) err(`${at}: neg.authorized_seller from non-authorized seller ${r.sellerId}`);
    else { const b = AUTH.get(r.sellerId); if (!brandsIn(r.title).includes(b) && !lib.findLine(b, r.title)) err(`${at}: authorized seller ${r.sellerId} lists a product not of ${b.id}`); }
  }
  // kind-specific rules
  const fr = () => { const lr = lineRetail(r.title, r.category); return lr ? lib.toUSD(r.price, r.currency) / r.quantity ** 0 / lr.usd : null; };
  if (r.kind === 'pos.extreme_price') { const f = fr(); if (f == null) err(`${at}: extreme_price without a recognisable line`); else if (f < 0.025 || f > 0.11) err(`${at}: extreme_price at ${(f * 100).toFixed(1)}% of retail`); if (r.condition !== 'new') err(`${at}: extreme_price must be new`); }
  if (r.kind === 'pos.weak_cues') { const f = fr(); if (f == null) err(`${at}: weak_cues without a recognisable line`); else if (f < 0.28 || f > 0.62) err(`${at}: weak_cues at ${(f * 100).toFixed(1)}% of retail`); }
  if (r.kind === 'pos.description_only') {
    if (!r.description) err(`${at}: description_only without description`);
    const hit = ALLCUES.find((c) => r.title.toLowerCase().includes(c.toLowerCase())); if (hit) err(`${at}: description_only title carries cue "${hit}"`);
    const f = fr(); if (f != null && f < 0.5) err(`${at}: description_only priced at ${(f * 100).toFixed(0)}% (price would be a cue)`);
  }
  if (['pos.brand_nickname_zh', 'pos.brand_abbrev_emoji', 'pos.brand_misspelled', 'pos.brand_homoglyph'].includes(r.kind)) {
    for (const b of brands) for (const n of official(b)) if (n.length >= 2 && rawMention(r.title, n)) err(`${at}: ${r.kind} title contains official name "${n}"`);
  }
  if (r.kind === 'pos.brand_nickname_zh' && r.lang !== 'zh') err(`${at}: nickname kind must be zh`);
  if (r.kind === 'pos.marker_en' && r.lang !== 'en') err(`${at}: marker_en must be en`);
  if (r.kind === 'pos.marker_zh' && r.lang === 'en') err(`${at}: marker_zh must contain Chinese`);
  if (r.kind === 'pos.mixed_language' && r.lang !== 'mixed') err(`${at}: mixed_language must be mixed`);
  if (r.kind === 'pos.circumvention' && !['game-consoles', 'video-games'].includes(r.category)) err(`${at}: circumvention category`);
  if (r.kind === 'pos.prerelease_disc' || r.kind === 'neg.licensed_repro') {
    const works = brands.flatMap((b) => (b.works || []).map((w) => [b, w]));
    const hit = works.filter(([, w]) => [w.title, ...(w.aliases || [])].some((t) => r.title.toLowerCase().includes(t.toLowerCase())));
    if (r.kind === 'pos.prerelease_disc') {
      if (!hit.length) err(`${at}: prerelease_disc names no known work`);
      else if (!hit.every(([, w]) => w.discReleaseDate > lib.ASSUMED_DATE)) err(`${at}: prerelease_disc names a work already released on disc`);
      if (!['film-tv', 'music'].includes(r.category)) err(`${at}: prerelease_disc category`);
    } else if (hit.some(([, w]) => w.discReleaseDate > lib.ASSUMED_DATE) && !AUTH.has(r.sellerId)) err(`${at}: unreleased work offered by a non-authorized seller in a legit kind`);
  }
  if (r.kind === 'neg.second_hand' && r.condition !== 'used') err(`${at}: second_hand must be used`);
  if (r.kind === 'neg.used_console' && r.condition === 'new') err(`${at}: used_console must be used/refurbished`);
  if (r.kind === 'neg.promotion') { const f = fr(); if (f != null && (f < 0.45 || f > 0.95)) err(`${at}: promotion at ${(f * 100).toFixed(0)}% of retail`); }
  if (['neg.cheap_unbranded', 'neg.generic_marker', 'neg.model_codes'].includes(r.kind)) {
    const bs = brandsIn(r.title); if (bs.length) err(`${at}: ${r.kind} names brand ${bs[0].id}`);
  }
});

// ---------------------------------------------------------------- counts
const count = (f) => L.filter(f).length;
const byKind = {}; for (const r of L) byKind[r.kind] = (byKind[r.kind] || 0) + 1;
const handIds = new Set(JSON.parse(fs.readFileSync(path.join(B, 'hand_ids.json'), 'utf8')));
if (L.length < 3000) err(`only ${L.length} listings`);
const pos = count((r) => r.label === 'counterfeit') / L.length;
if (pos < 0.4 || pos > 0.5) err(`counterfeit share ${(pos * 100).toFixed(1)}% not ~45%`);
for (const k of KINDS_POS) {
  const n = byKind[k] || 0; if (n < 85 || n > 115) err(`${k}: ${n} listings, want ~100`);
  const h = L.filter((r) => r.kind === k && handIds.has(r.id)).length; if (h < 25) err(`${k}: only ${h} hand-written`);
}
for (const k of KINDS_NEG) { const n = byKind[k] || 0; const [lo, hi] = k === 'neg.plain' ? [270, 330] : [100, 125]; if (n < lo || n > hi) err(`${k}: ${n} listings`); }
const en = count((r) => r.lang === 'en') / L.length;
if (en < 0.4 || en > 0.6) err(`English share ${(en * 100).toFixed(1)}% not ~50%`);
const withDesc = L.filter((r) => r.description);
const long = withDesc.filter((r) => { const n = Buffer.byteLength(r.description); return n >= 800 && n <= 3000; });
if (withDesc.length / L.length < 0.4 || withDesc.length / L.length > 0.65) err(`description share ${(withDesc.length / L.length * 100).toFixed(1)}%`);
if (long.length / withDesc.length < 0.5) err(`long boilerplate share among described ${(long.length / withDesc.length * 100).toFixed(1)}%`);
const dupTitles = L.length - new Set(L.map((r) => r.title)).size; if (dupTitles > 0) warn(`${dupTitles} duplicate titles`);

const summary = {
  listings: L.length, counterfeit: count((r) => r.label === 'counterfeit'), legit: count((r) => r.label === 'legit'),
  lang: { en: count((r) => r.lang === 'en'), zh: count((r) => r.lang === 'zh'), mixed: count((r) => r.lang === 'mixed') },
  withDescription: withDesc.length, longDescription800to3000: long.length, handWritten: handIds.size, brands: brands.length, byKind,
};
if (process.argv.includes('--summary')) console.log(JSON.stringify(summary, null, 2));
for (const w of warnings) console.log('WARN', w);
if (errors.length) { for (const e of errors.slice(0, 80)) console.log('ERROR', e); console.log(`${errors.length} error(s)`); process.exit(1); }
console.log(`OK: ${L.length} listings (${summary.counterfeit} counterfeit / ${summary.legit} legit), ${brands.length} brands, en/zh/mixed ${summary.lang.en}/${summary.lang.zh}/${summary.lang.mixed}, ${withDesc.length} with description (${long.length} long)`);
