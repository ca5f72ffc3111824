'use strict';
// Assemble listings.ndjson: hand-written listings from hand/*.txt + generated listings up to quotas.
const fs = require('fs');
const path = require('path');
const { R, market, sellerId, fromUSD } = require('./lib.js');
const { longDesc } = require('./blocks.js');
const POS = require('./gen_pos.js');
const NEG = require('./gen_neg.js');

const KINDS_POS = ['pos.marker_en', 'pos.marker_zh', 'pos.coded_language', 'pos.oem_leak', 'pos.dm_real_pics', 'pos.brand_nickname_zh', 'pos.brand_abbrev_emoji', 'pos.brand_misspelled', 'pos.brand_homoglyph', 'pos.extreme_price', 'pos.weak_cues', 'pos.product_line_seller_style', 'pos.circumvention', 'pos.prerelease_disc', 'pos.mixed_language'];
const KINDS_NEG = ['neg.plain', 'neg.generic_marker', 'neg.nominative', 'neg.common_word_brand', 'neg.authorized_seller', 'neg.second_hand', 'neg.promotion', 'neg.gray_market', 'neg.negated_marker', 'neg.colour_words', 'neg.model_codes', 'neg.licensed_repro', 'neg.used_console', 'neg.cheap_unbranded'];
const QUOTA = {};
for (const k of KINDS_POS) QUOTA[k] = 100;
for (const k of KINDS_NEG) QUOTA[k] = 116;
QUOTA['neg.plain'] = 300;

const CURS = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'HKD', 'CAD', 'AUD'];
const MKT_CUR = { taobao: 'CNY', tmall: 'CNY', jd: 'CNY', pinduoduo: 'CNY', xianyu: 'CNY', '1688': 'CNY', douyin: 'CNY', xiaohongshu: 'CNY', zhuanzhuan: 'CNY', vmall: 'CNY', 'amazon.com': 'USD', 'ebay.com': 'USD', aliexpress: 'USD', dhgate: 'USD', wish: 'USD', etsy: 'USD', mercari: 'USD', shopee: 'USD', 'amazon.co.uk': 'GBP', 'ebay.co.uk': 'GBP', 'amazon.de': 'EUR', 'ebay.de': 'EUR', vinted: 'EUR', 'amazon.co.jp': 'JPY', 'mercari.jp': 'JPY', 'carousell.hk': 'HKD', 'amazon.ca': 'CAD', 'ebay.ca': 'CAD', kijiji: 'CAD', 'ebay.com.au': 'AUD', 'amazon.com.au': 'AUD' };
const CAT_ENUM = ['apparel', 'shoes', 'handbags', 'small-leather-goods', 'watches', 'jewellery', 'eyewear', 'fragrance', 'cosmetics', 'phones', 'phone-accessories', 'computers', 'computer-accessories', 'audio', 'cameras', 'camera-lenses', 'game-consoles', 'video-games', 'toys', 'sports-equipment', 'outdoor-gear', 'bicycles', 'auto-parts', 'tyres', 'home-appliances', 'kitchenware', 'furniture', 'tools', 'books', 'film-tv', 'music', 'software', 'health-supplements', 'baby-products', 'pet-supplies', 'batteries', 'printer-supplies'];

function parseHand(file) {
  const text = fs.readFileSync(file, 'utf8');
  const out = [];
  let kind = null;
  let dflt = {};
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('//')) continue;
    if (line.startsWith('# kind ')) { kind = line.slice(7).trim(); dflt = {}; continue; }
    if (line.startsWith('@')) {
      const sp = line.indexOf(' ');
      const k = line.slice(1, sp).trim();
      const v = line.slice(sp + 1).trim();
      dflt[k] = v;
      continue;
    }
    const parts = line.split(' :: ');
    if (parts.length < 2) throw new Error(`${file}:${lineNo}: no ' :: ' separator`);
    let meta = parts[0].trim();
    const title = parts[1].trim();
    const desc = parts.slice(2).join(' :: ').trim().replace(/\\n/g, '\n');
    const o = { kind, label: kind.startsWith('pos.') ? 'counterfeit' : 'legit', title };
    let lang = dflt.lang || 'en';
    let mkt = dflt.mkt;
    let cur = dflt.cur;
    let cond = dflt.cond;
    let ship = dflt.ship;
    let cat = dflt.cat;
    let seller = dflt.seller;
    let qty = dflt.qty ? Number(dflt.qty) : undefined;
    let price;
    let long = null;
    const cm = meta.match(/\{([^}]*)\}/);
    if (cm) { cat = cm[1]; meta = meta.replace(cm[0], ' '); }
    for (const tok of meta.split(/\s+/).filter(Boolean)) {
      if (/^\d+(\.\d+)?$/.test(tok)) price = Number(tok);
      else if (CURS.includes(tok)) cur = tok;
      else if (['new', 'used', 'refurbished'].includes(tok)) cond = tok;
      else if (/^x\d+$/.test(tok)) qty = Number(tok.slice(1));
      else if (tok.startsWith('@')) ship = tok.slice(1);
      else if (tok.startsWith('#')) mkt = tok.slice(1);
      else if (tok.startsWith('$')) seller = tok.slice(1);
      else if (tok.startsWith('%')) lang = tok.slice(1);
      else if (tok === 'L' || tok.startsWith('L:')) long = tok.length > 1 ? tok.slice(2) : '';
      else if (tok === '-') { /* nothing */ }
      else throw new Error(`${file}:${lineNo}: unknown meta token '${tok}'`);
    }
    if (!mkt) { const m = market(lang === 'mixed' ? 'mixed' : lang); mkt = m.marketplace; if (!cur) cur = m.currency; }
    if (!cur && mkt) cur = MKT_CUR[mkt] || 'USD';
    o.lang = lang;
    if (desc) {
      if (long !== null) {
        const c = CAT_ENUM.includes(long) ? long : null;
        o.description = longDesc({ lang: lang === 'mixed' ? 'mixed' : lang, p: null, cat: c, intro: '', cue: desc, extra: {} });
      } else o.description = desc;
    }
    if (price !== undefined) { o.price = price; o.currency = cur; }
    if (qty !== undefined) o.quantity = qty;
    if (cond && cond !== '-') o.condition = cond;
    if (cat && cat !== '-') o.category = cat;
    if (ship && ship !== '-') o.shipFrom = ship;
    if (seller !== '-') o.sellerId = seller || sellerId(lang);
    if (mkt && mkt !== '-') o.marketplace = mkt;
    o._src = `${path.basename(file)}:${lineNo}`;
    out.push(o);
  }
  return out;
}

const hand = [];
const handDir = path.join(__dirname, 'hand');
for (const f of fs.readdirSync(handDir).filter((f) => f.endsWith('.txt')).sort()) hand.push(...parseHand(path.join(handDir, f)));

const all = [];
const handCount = {};
for (const h of hand) { handCount[h.kind] = (handCount[h.kind] || 0) + 1; all.push({ ...h, _hand: true }); }
for (const k of [...KINDS_POS, ...KINDS_NEG]) {
  const need = Math.max(0, QUOTA[k] - (handCount[k] || 0));
  const g = (POS[k] || NEG[k])(need);
  for (const x of g) all.push({ ...x, _hand: false });
}
const ORDER = ['id', 'title', 'description', 'price', 'currency', 'quantity', 'condition', 'category', 'shipFrom', 'sellerId', 'marketplace', 'label', 'kind', 'lang'];
const shuffled = R.shuffle(all);
const lines = [];
const prov = [];
shuffled.forEach((x, i) => {
  const id = `tv1-${String(i + 1).padStart(5, '0')}`;
  const o = { id };
  for (const k of ORDER.slice(1)) if (x[k] !== undefined) o[k] = x[k];
  lines.push(JSON.stringify(o));
  prov.push(`${id}\t${x._hand ? 'hand' : 'gen'}\t${x._src || ''}`);
});
fs.writeFileSync(path.join(__dirname, '..', 'listings.ndjson'), lines.join('\n') + '\n');
fs.writeFileSync(path.join(__dirname, 'provenance.tsv'), prov.join('\n') + '\n');
console.log('written', lines.length, 'hand', hand.length);
console.log(JSON.stringify(handCount));
