// Assemble listings.ndjson from hand-written files (hand/*.txt) and generators.
'use strict';
const fs = require('fs');
const path = require('path');
const { R, money, pickMarket, MKT_GEO, ZH_MKT, sellerId, detectLang, reseed } = require('./lib');
const { longDesc } = require('./desc');
const { dedupe } = require('./genutil');
const INFER = [
  [/blu-?ray|dvd|4k uhd|蓝光|光盘|碟|steelbook/i, 'film-tv'], [/switch|ps[45]|playstation|3ds|psv|vita|wii|console|游戏机|joy-?con|dualsense|卡带|game boy|psp|r4/i, 'game-consoles'],
  [/sneaker|trainer|shoe|chuck|mexico 66|鞋|kicks|\b550\b|9060|2002r|990v6|wade/i, 'shoes'], [/\bbag\b|tote|pouch|clutch|hobo|crossbody|包|baguette|peekaboo|jodie|cassette|saint louis|anjou|card holder|卡包/i, 'handbags'],
  [/watch|nautilus|aquanaut|royal oak|black bay|pelagos|calatrava|g-?shock|表|5711|5167|5811|15510|15202|16202|26240|bb58|手雷|鹦鹉螺|橡树|碧湾|帝舵|爱彼|百达/i, 'watches'], [/necklace|bracelet|bangle|ring\b|earring|pendant|alhambra|项链|手链|手镯|戒指|耳钉|吊坠|t1/i, 'jewellery'],
  [/sunglass|holbrook|radar|sutro|frogskins|墨镜|眼镜|lang 01/i, 'eyewear'], [/jacket|hoodie|sweatshirt|polo|parka|puffer|nuptse|overshirt|crewneck|羽绒|冲锋衣|卫衣|polo衫|棉服|外套/i, 'apparel'],
  [/headphone|earbud|buds|xm[56]|quietcomfort|qc ?ultra|qc45|soundlink|耳机|音箱/i, 'audio'], [/phone|galaxy s|mate ?\d|pura|fold|flip|手机|15 ultra/i, 'phones'], [/drone|mavic|mini 4|无人机|御3/i, 'cameras'],
  [/lens|rf 24|24-70|70-200|镜头/i, 'camera-lenses'], [/camera|eos|alpha 7|a7|pocket 3|g7 ?x|相机|微单/i, 'cameras'], [/lego|积木|labubu|拉布布|盲盒|blind box|plush|毛绒|千年隼|75192/i, 'toys'],
  [/serum|cologne|perfume|parfum|精华|香水|口红|lipstick|蜜粉|powder|foundation|粉底|anr|小棕瓶/i, 'cosmetics'], [/tyre|tire|轮胎|ps4s|pilot sport|wiper|雨刮|spark plug|火花塞/i, 'tyres'],
  [/drill|impact driver|packout|sawzall|m18|电钻|冲击|工具箱|battery|电池/i, 'tools'], [/air fryer|creami|blender|vacuum|flexstyle|吹风|冰淇淋机|吸尘器|空气炸锅/i, 'kitchenware'],
];
const { CAT } = require('./catalog');
const CAT_OF_LC = { handbags: CAT.bag, shoes: CAT.shoes, watches: CAT.watch, jewellery: CAT.jewel, eyewear: CAT.sun, apparel: CAT.jacket, audio: CAT.headph, phones: CAT.phone, cameras: CAT.camera, 'camera-lenses': CAT.lens, toys: CAT.toy, cosmetics: CAT.skincare, tyres: CAT.tyre, tools: CAT.tool, kitchenware: CAT.appliance, 'game-consoles': CAT.console, 'film-tv': ['Movies & TV > DVDs & Blu-ray Discs', '音像/影视光盘'] };
function inferLc(t) { for (const [re, lc] of INFER) if (re.test(t)) return lc; return 'generic'; }
const SHORT_EN = ['Ships within 24 hours.', 'Please check all photos before buying.', 'Message me with any questions.', 'Fast dispatch, tracked shipping.', 'Smoke-free home.', 'Bundle discounts available.'];
const SHORT_ZH = ['现货 当天发', '有问题请咨询客服', '拍前请看清图片', '包邮 顺丰可补差价', '默认快递随机'];
const PAD_EN = ['- fast shipping', 'new', '- in stock', 'free delivery', '- ships today'];
const PAD_ZH = ['现货速发', '包邮', '当天发货', '量大优惠', '现货 包邮', '欢迎选购'];
function pad(title, lang) { let t = title; let g = 0; while (t.length < 15 && g++ < 4) t += ' ' + R.pick(lang === 'en' ? PAD_EN : PAD_ZH); return t; }
const POS = require('./gen_pos');
const NEG = require('./gen_neg');
const brands = require('../brands.json').brands;
const AUTH = new Set(brands.flatMap((b) => b.authorizedSellers || []));

const TARGET = {
  'pos.marker_en': 115, 'pos.marker_zh': 105, 'pos.coded_language': 110, 'pos.oem_leak': 90, 'pos.dm_real_pics': 90,
  'pos.brand_nickname_zh': 100, 'pos.brand_abbrev_emoji': 90, 'pos.brand_misspelled': 100, 'pos.brand_homoglyph': 90,
  'pos.extreme_price': 95, 'pos.weak_cues': 110, 'pos.product_line_seller_style': 100, 'pos.circumvention': 80,
  'pos.prerelease_disc': 75, 'pos.mixed_language': 100,
  'neg.plain': 330, 'neg.generic_marker': 120, 'neg.nominative': 140, 'neg.common_word_brand': 120, 'neg.authorized_seller': 110,
  'neg.second_hand': 140, 'neg.promotion': 120, 'neg.gray_market': 100, 'neg.negated_marker': 100, 'neg.colour_words': 90,
  'neg.model_codes': 100, 'neg.licensed_repro': 90, 'neg.used_console': 90, 'neg.cheap_unbranded': 110,
};
const KINDS = Object.keys(TARGET);
const LC_OF = { bag: 'handbags', shoe: 'shoes', apparel: 'apparel', watch: 'watches', jewel: 'jewellery', eyewear: 'eyewear', elec: 'audio', console: 'game-consoles', toy: 'toys', beauty: 'cosmetics', auto: 'tyres', tool: 'tools', home: 'kitchenware', media: 'film-tv', generic: 'generic', sport: 'sports-equipment' };

function geoFor(m, cur) {
  if (ZH_MKT.has(m) || cur === 'CNY') return [R.chance(0.95) ? 'CN' : 'HK', cur || 'CNY'];
  const opts = (MKT_GEO[m] || [['US', 'USD', 1]]).filter((g) => !cur || g[1] === cur);
  if (!opts.length) return [R.pick(['US', 'CN', 'GB']), cur];
  const g = R.wpick(opts.map((o) => [o, o[2]]));
  return [g[0], g[1]];
}
function qty() { return R.wpick([[1, 45], [R.int(2, 10), 25], [R.int(11, 200), 15], [undefined, 15]]); }

// ---------- hand-written files
function parseHand(file) {
  const out = []; let kind = null; let cur = null;
  const lines = fs.readFileSync(file, 'utf8').replace(/\{ZW\}/g, '\u200b').replace(/\{ZWNJ\}/g, '\u200c').replace(/\{ZWJ\}/g, '\u200d').replace(/\{WJ\}/g, '\u2060').replace(/\{SHY\}/g, '\u00ad').split('\n');
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    if (line.startsWith('# kind ')) { kind = line.slice(7).trim(); if (!TARGET[kind]) throw new Error('bad kind ' + kind + ' in ' + file); continue; }
    if (line.startsWith('#')) continue;
    if (line.startsWith('= ')) {
      for (const tok of line.slice(2).split(';').map((t) => t.trim()).filter(Boolean)) {
        const pm = tok.match(/^([\d.]+)\s+([A-Z]{3})$/);
        if (pm) { cur.price = Number(pm[1]); cur.currency = pm[2]; continue; }
        if (tok === 'long' || tok.startsWith('long=')) { cur.long = tok.includes('=') ? tok.split('=')[1] : 'generic'; continue; }
        const k = tok.indexOf('='); if (k < 0) throw new Error('bad attr ' + tok + ' in ' + file);
        const key = tok.slice(0, k).trim(); const val = tok.slice(k + 1).trim();
        const map = { c: 'category', s: 'shipFrom', q: 'quantity', n: 'condition', u: 'sellerId', m: 'marketplace', l: 'lang' };
        if (!map[key]) throw new Error('bad key ' + key + ' in ' + file);
        cur[map[key]] = key === 'q' ? Number(val) : val;
      }
      continue;
    }
    if (line.startsWith('>')) { cur.description = (cur.description ? cur.description + '\n' : '') + line.replace(/^>\s?/, ''); continue; }
    if (!kind) throw new Error('no kind before ' + line);
    cur = { kind, title: line.trim(), hand: true, src: path.basename(file) }; out.push(cur);
  }
  return out;
}

function finishHand(h) {
  const label = h.kind.startsWith('pos.') ? 'counterfeit' : 'legit';
  const lang = h.lang || (h.kind === 'pos.mixed_language' ? 'mixed' : detectLang(h.title, h.description));
  let m = h.marketplace; let geo;
  if (m) geo = geoFor(m, h.currency); else { const p = pickMarket(lang, h.currency); m = p.m; geo = p.geo; }
  const o = { id: null, title: h.title };
  let desc = h.description;
  const dl = lang === 'en' ? 'en' : (lang === 'mixed' ? R.pick(['en', 'zh']) : 'zh');
  const mkIntro = () => (dl === 'en' ? R.pick([`${h.title}.`, `Item: ${h.title}`, `You are buying: ${h.title}`]) : R.pick([`宝贝名称：${h.title}`, `【商品】${h.title}`]));
  const lc = h.long ? (LC_OF[h.long] || 'generic') : inferLc(h.title + ' ' + (h.category || ''));
  const spec = ['generic'].includes(lc) || /neg\.(generic_marker|common_word_brand|model_codes|cheap_unbranded|nominative)/.test(h.kind) ? false : undefined;
  if (h.long) desc = longDesc(dl, { lc, spec }, mkIntro(), desc || null);
  else if (!desc) { const x = R.f(); if (x < 0.34) desc = longDesc(dl, { lc, spec }, mkIntro(), null); else if (x < 0.5) desc = R.pick(dl === 'en' ? SHORT_EN : SHORT_ZH); }
  else if (R.chance(0.25)) desc = longDesc(dl, { lc, spec }, mkIntro(), desc);
  if (desc) o.description = desc;
  if (h.price != null) { o.price = h.price; o.currency = h.currency; }
  o.quantity = h.quantity != null ? h.quantity : qty();
  o.condition = h.condition || (R.chance(0.8) ? (label === 'legit' && /neg\.second_hand/.test(h.kind) ? 'used' : 'new') : undefined);
  if (h.category) o.category = h.category;
  else if (!/neg\.(generic_marker|common_word_brand|model_codes|cheap_unbranded|nominative|negated_marker)/.test(h.kind) && CAT_OF_LC[lc] && R.chance(0.75)) o.category = CAT_OF_LC[lc][ZH_MKT.has(m) ? 1 : 0];
  o.shipFrom = h.shipFrom || (R.chance(0.85) ? geo[0] : undefined);
  let s = h.sellerId || sellerId(); while (!h.sellerId && AUTH.has(s)) s = sellerId();
  o.sellerId = s; o.marketplace = m;
  o.label = label; o.kind = h.kind; o.lang = lang; o._hand = true;
  return o;
}

// ---------- generated
function finalize(kind, g) {
  const label = kind.startsWith('pos.') ? 'counterfeit' : 'legit';
  const keep = new Set(g.keep || []);
  const pref = g.marketplace || g.marketplacePref;
  let m; let geo;
  if (pref) { m = pref; geo = geoFor(m); } else { const p = pickMarket(g.lang, g.cur); m = p.m; geo = p.geo; }
  if (g.shipFrom && g.shipFrom !== geo[0]) { // cross-border seller: use a marketplace where that is normal
    if (ZH_MKT.has(m)) { m = R.pick(['Taobao', 'Taobao', 'Tmall', 'Pinduoduo']); geo = [g.shipFrom, 'CNY']; }
    else { m = R.pick(['eBay', 'eBay', 'AliExpress', 'Amazon', 'DHgate', 'Wish', 'Etsy']); const gg = geoFor(m); geo = [g.shipFrom, gg[1]]; }
  }
  const cur = geo[1];
  const o = { id: null, title: pad(dedupe(g.title.replace(/\s+/g, ' ').trim()), g.lang) };
  // description
  const r = R.f();
  const mode = g.mustDesc ? (r < 0.45 ? 'long' : 'short') : (r < 0.46 ? 'none' : r < 0.73 ? 'short' : 'long');
  const dl = g.descLang || (g.lang === 'en' ? 'en' : g.lang === 'zh' ? 'zh' : R.pick(['en', 'zh']));
  if (mode === 'short') {
    const d = g.shortDesc || (R.chance(0.5) ? g.intro : null);
    if (d) o.description = d;
  } else if (mode === 'long') {
    let cue = null;
    if (label === 'counterfeit') cue = g.mustDesc ? g.cue : (g.cue && R.chance(0.55) ? g.cue : null);
    else cue = g.shortDesc && R.chance(0.6) ? g.shortDesc : null;
    o.description = longDesc(dl, g.it, g.intro || o.title, cue);
  }
  if (g.usd != null) o.price = money(g.usd, cur);
  if (o.price != null) o.currency = cur;
  o.quantity = g.quantity != null ? g.quantity : qty();
  if (g.condition) o.condition = g.condition;
  const catTxt = g.category || (g.it && g.it.cat ? (ZH_MKT.has(m) ? g.it.cat[1] : g.it.cat[0]) : undefined);
  if (catTxt) o.category = catTxt;
  o.shipFrom = g.shipFrom || geo[0];
  let s = g.sellerId || sellerId(); while (!g.sellerId && AUTH.has(s)) s = sellerId();
  o.sellerId = s; o.marketplace = m;
  // realistic missing fields
  const drop = (f, p) => { if (!keep.has(f) && R.chance(p)) delete o[f]; };
  drop('condition', 0.1); drop('category', 0.12); drop('shipFrom', 0.15); drop('sellerId', 0.03); drop('marketplace', 0.04);
  if (!keep.has('price') && R.chance(0.02)) { delete o.price; delete o.currency; }
  o.label = label; o.kind = kind; o.lang = g.lang;
  return o;
}

function main() {
  reseed(20261201);
  const handDir = path.join(__dirname, 'hand');
  const hand = fs.existsSync(handDir) ? fs.readdirSync(handDir).filter((f) => f.endsWith('.txt')).sort().flatMap((f) => parseHand(path.join(handDir, f))) : [];
  const out = hand.map(finishHand);
  const count = {}; for (const o of out) count[o.kind] = (count[o.kind] || 0) + 1;
  const seen = new Set(out.map((o) => o.title));
  for (const k of KINDS) {
    const gen = (POS[k] || NEG[k]); if (!gen) throw new Error('no generator ' + k);
    let n = Math.max(0, TARGET[k] - (count[k] || 0)); let guard = 0;
    while (n > 0 && guard++ < n * 50 + 500) {
      const g = gen(); const o = finalize(k, g);
      if (seen.has(o.title)) continue; seen.add(o.title);
      out.push(o); n--;
    }
    if (n > 0) console.error('could not fill', k, n);
  }
  const sh = R.shuffle(out);
  sh.forEach((o, i) => { o.id = 'trv1-' + String(i + 1).padStart(5, '0'); });
  const lines = sh.map((o) => { const c = { ...o }; delete c._hand; for (const k of Object.keys(c)) if (c[k] === undefined) delete c[k]; return JSON.stringify(c); });
  fs.writeFileSync(path.join(__dirname, '..', 'listings.ndjson'), lines.join('\n') + '\n');
  fs.writeFileSync(path.join(__dirname, 'hand_ids.json'), JSON.stringify(sh.filter((o) => o._hand).map((o) => o.id)));
  console.log('written', lines.length, 'hand', hand.length);
}
main();
