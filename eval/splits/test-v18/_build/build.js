// Builds brands.json, listings.ndjson and _build/meta.ndjson for test-v18. Deterministic: node _build/build.js
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longBoiler, shortDesc } from './boilerplate.js';
import { BRANDS } from './brands-data.js';
import { makeContext } from './context.js';
import { EXCLUDED_ZH } from './excluded-zh.js';
import { makeGenerators } from './gen.js';
import { makeLangDeriver } from './langrule.js';
import { byteLen, currencyFor, HAN_RE, makeRng, priceAt, ZH_MARKETS } from './lib.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..');
const VERSION = 'test-v18-2027-02-01';

// ---------------- brands.json ----------------
function toBrandJson(b) {
  const o = { id: b.id, name: b.name };
  if (b.aliases?.length) o.aliases = b.aliases;
  if (b.protectedTerms?.length) o.protectedTerms = b.protectedTerms;
  if (b.categories?.length) o.categories = b.categories;
  if (b.manufacturingCountries?.length) o.manufacturingCountries = b.manufacturingCountries;
  o.authorizedSellers = b.sellers.map((s) => s.id);
  if (b.lines?.length) {
    o.productLines = b.lines.map((l) => {
      const p = { name: l.name };
      if (l.aliases?.length) p.aliases = l.aliases;
      if (l.shortNames?.length) p.shortNames = l.shortNames;
      if (l.modelNumbers?.length) p.modelNumbers = l.modelNumbers;
      p.category = l.category;
      p.referencePrice = l.referencePrice;
      if (l.colours?.length) p.colours = l.colours;
      if (l.manufacturingCountries?.length) p.manufacturingCountries = l.manufacturingCountries;
      return p;
    });
  }
  if (b.categoryPrices?.length) o.categoryPrices = b.categoryPrices;
  if (b.works?.length) o.works = b.works;
  return o;
}
const brandsJson = { version: VERSION, brands: BRANDS.map(toBrandJson) };
// display width as the formatter measures it: East Asian wide characters count twice
const textWidth = (s) =>
  [...s].reduce(
    (w, c) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c)
        ? 2
        : 1),
    0,
  );
// JSON in the repository's formatter style: objects expanded, arrays of scalars on one line when they fit in 110
function fmtJson(v, ind = '', lead = 0) {
  if (Array.isArray(v)) {
    if (v.length && v.every((x) => x === null || typeof x !== 'object')) {
      const one = `[${v.map((x) => JSON.stringify(x)).join(', ')}]`;
      if (lead + textWidth(one) + 1 <= 110) return one;
    }
    if (!v.length) return '[]';
    const inner = `${ind}  `;
    return `[\n${v.map((x) => inner + fmtJson(x, inner, inner.length)).join(',\n')}\n${ind}]`;
  }
  if (v && typeof v === 'object') {
    const inner = `${ind}  `;
    const rows = Object.entries(v).map(([k, x]) => {
      const head = `${inner}${JSON.stringify(k)}: `;
      return head + fmtJson(x, inner, head.length);
    });
    return `{\n${rows.join(',\n')}\n${ind}}`;
  }
  return JSON.stringify(v);
}
writeFileSync(join(OUT, 'brands.json'), `${fmtJson(brandsJson)}\n`);

const { derive } = makeLangDeriver(brandsJson);
const rng = makeRng(VERSION);
const ctx = makeContext(BRANDS, rng);
const G = makeGenerators(ctx, rng);

// ---------------- targets ----------------
const TARGET = {
  'pos.marker_en': 102,
  'pos.marker_zh': 98,
  'pos.coded_language': 103,
  'pos.oem_leak': 97,
  'pos.dm_real_pics': 99,
  'pos.brand_nickname_zh': 101,
  'pos.brand_abbrev_emoji': 98,
  'pos.brand_misspelled': 100,
  'pos.brand_homoglyph': 102,
  'pos.extreme_price': 99,
  'pos.weak_cues': 101,
  'pos.product_line_seller_style': 100,
  'pos.description_only': 104,
  'pos.circumvention': 98,
  'pos.prerelease_disc': 96,
  'pos.mixed_language': 100,
  'neg.plain': 296,
  'neg.generic_marker': 110,
  'neg.nominative': 114,
  'neg.common_word_brand': 112,
  'neg.authorized_seller': 110,
  'neg.second_hand': 115,
  'neg.promotion': 111,
  'neg.gray_market': 109,
  'neg.negated_marker': 112,
  'neg.colour_words': 111,
  'neg.model_codes': 110,
  'neg.licensed_repro': 113,
  'neg.used_console': 106,
  'neg.cheap_unbranded': 112,
};

// ---------------- hand-written listings ----------------
// line format: kind ¦ ref ¦ market ¦ price ¦ qty ¦ condition ¦ title [¦ description]
//   ref: brandId/lineKey | brandId | brandId@Work Title | -   with optional #category
//   market: name[:shipFrom][@sellerId]    price: r0.06 (ratio of the line's retail) | $12.5 (USD) | 129 (market currency)
//   every hand description is typed in full (there is no bury-in-boilerplate option).
//   A last field that starts with { is a JSON object merged into meta (e.g. {"extremeCue":"ship"},
//   {"weakCues":["several","nobox"]}, {"statedCue":true}, {"offColour":"lime"}).
//   Invisible characters are written as placeholders: {ZWSP} U+200B, {ZWNJ} U+200C, {ZWJ} U+200D, {WJ} U+2060, {SHY} U+00AD.
const INVISIBLE = { ZWSP: '\u200b', ZWNJ: '\u200c', ZWJ: '\u200d', WJ: '\u2060', SHY: '\u00ad' };
const unplace = (s) => s.replace(/\{(ZWSP|ZWNJ|ZWJ|WJ|SHY)\}/g, (_, k) => INVISIBLE[k]).replace(/\\n/g, '\n');
function parseHand() {
  const dir = join(HERE, 'hand');
  const out = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const parts = line.split('¦').map((s) => s.trim());
      let ann = {};
      if (
        parts.length > 7 &&
        /^\{.*\}$/.test(parts[parts.length - 1]) &&
        !/^\{(ZWSP|ZWNJ|ZWJ|WJ|SHY)\}/.test(parts[parts.length - 1])
      ) {
        try {
          ann = JSON.parse(parts.pop());
        } catch (e) {
          throw new Error(`${f}:${i + 1}: bad annotation JSON: ${e.message}`);
        }
      }
      if (parts.length < 7 || parts.length > 8)
        throw new Error(`${f}:${i + 1}: expected 7 or 8 fields, got ${parts.length}`);
      const [kind, refRaw, mRaw, pRaw, qRaw, cond] = parts;
      const title = unplace(parts[6]);
      const desc = parts[7] === undefined || parts[7] === '' ? undefined : unplace(parts[7]);
      if (!TARGET[kind]) throw new Error(`${f}:${i + 1}: unknown kind ${kind}`);
      let [ref, catOverride] = refRaw.split('#');
      let work = null;
      if (ref.includes('@')) [ref, work] = ref.split('@');
      let brandId = null;
      let lineKey = null;
      if (ref !== '-') [brandId, lineKey] = ref.split('/');
      const e = lineKey ? ctx.lineOf(brandId, lineKey) : null;
      if (brandId && !ctx.brandById[brandId]) throw new Error(`${f}:${i + 1}: unknown brand ${brandId}`);
      const category =
        catOverride || e?.l.category || (brandId ? ctx.brandById[brandId].categories[0] : null);
      if (!category) throw new Error(`${f}:${i + 1}: no category`);
      const [mk, sellerId] = mRaw.split('@');
      let [market, sf] = mk.split(':');
      if (!sf)
        sf =
          ZH_MARKETS.includes(market) || market === 'temu' || market === 'aliexpress'
            ? 'CN'
            : market === 'rakuten'
              ? 'JP'
              : null;
      if (!sf) throw new Error(`${f}:${i + 1}: shipFrom missing for ${market}`);
      const currency = currencyFor(market, sf);
      let price;
      if (pRaw.startsWith('r')) {
        if (!e) throw new Error(`${f}:${i + 1}: ratio price needs a line`);
        const r = Number(pRaw.slice(1));
        price = priceAt(e.retail, r, currency, rng, r * 0.93, r * 1.07);
      } else if (pRaw.startsWith('$')) price = priceAt(Number(pRaw.slice(1)), 1, currency, rng);
      else price = Number(pRaw);
      if (!(price > 0)) throw new Error(`${f}:${i + 1}: bad price ${pRaw}`);
      const label = kind.startsWith('pos.') ? 'counterfeit' : 'legit';
      out.push({
        kind,
        label,
        brandId,
        lineKey,
        work,
        category,
        title,
        market,
        shipFrom: sf,
        currency,
        price,
        quantity: Number(qRaw),
        condition: cond,
        sellerId: sellerId ?? null,
        handDesc: desc ?? null,
        meta: { hand: true, file: f, line: i + 1, cues: [], ...ann },
      });
    });
  }
  return out;
}

// ---------------- descriptions ----------------
function defaultInsert() {
  return null;
}

// person-to-person marketplaces rarely show big stock counts, unless the quantity is the cue
const PERSONAL = new Set(['vinted', 'depop', 'mercari', 'facebook-marketplace', 'xianyu', 'carousell']);
const keepQty = (s) =>
  s.meta?.extremeCue === 'bulk' ||
  s.meta?.cues?.includes('bulk') ||
  s.meta?.cues?.includes('cheapbulk') ||
  s.meta?.weakCues?.includes('several') ||
  (s.kind === 'pos.brand_abbrev_emoji' && s.quantity >= 10 && !s.meta.statedCue) ||
  ((s.kind === 'pos.brand_misspelled' || s.kind === 'pos.brand_homoglyph') && s.quantity >= 10);

// ---------------- assemble ----------------
const hand = parseHand();
const all = [];
const seenTitles = new Set();
const disguise = new Set([
  'pos.brand_nickname_zh',
  'pos.brand_abbrev_emoji',
  'pos.brand_misspelled',
  'pos.brand_homoglyph',
  'pos.product_line_seller_style',
]);
const problems = [];

function finalize(spec) {
  const l = {
    title: spec.title,
    label: spec.label,
    kind: spec.kind,
    lang: null,
    price: spec.price,
    currency: spec.currency,
    quantity: spec.quantity,
    condition: spec.condition,
    category: spec.category,
    shipFrom: spec.shipFrom,
    sellerId: spec.sellerId,
    marketplace: spec.market,
  };
  const lineName = spec.brandId && spec.lineKey ? ctx.lineOf(spec.brandId, spec.lineKey).l.name : null;
  const meta = {
    ...spec.meta,
    brandId: spec.brandId,
    lineKey: spec.lineKey,
    lineName,
    work: spec.work ?? null,
    descMode: 'none',
    cueOffset: -1,
  };
  return { l, meta, spec };
}

function addDescription(item, langForText) {
  const { spec, l, meta } = item;
  if (spec.meta.hand) {
    if (spec.handDesc) {
      l.description = spec.handDesc;
      meta.descMode = byteLen(spec.handDesc) >= 800 ? 'long-handwritten' : 'short-hand';
    }
    return;
  }
  if (spec.noDesc) return;
  const p = spec.forceDesc ? 1 : 0.5;
  if (!rng.chance(p)) return;
  const long = rng.chance(spec.longP ?? 0.84);
  const ins = spec.insert ?? defaultInsert();
  if (long) {
    const r = longBoiler(langForText, spec.family ?? l.category, ins, rng, l.condition);
    if (!r) return;
    l.description = r.text;
    meta.descMode = 'long';
    meta.cueOffset = r.cueOffset;
  } else {
    const d = shortDesc(langForText, spec.family ?? l.category, spec.insert, rng, l.condition);
    if (!d) return;
    l.description = d;
    meta.descMode = 'short';
  }
}

// ---------------- excluded brands (guard; check.js verifies independently) ----------------
const normEx = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
const EXCL_RES = [
  ...new Set(
    readFileSync(join(HERE, 'excluded-brands.txt'), 'utf8')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s && s !== 'On'),
  ),
].map((n) => [n, new RegExp(`(?<![a-z0-9])${normEx(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`)]);

function accept(item, wantLang) {
  const { l, meta } = item;
  const text = l.description ? `${l.title}\n${l.description}` : l.title;
  const n = normEx(text);
  for (const [x, re] of EXCL_RES) if (re.test(n)) return `excluded brand ${x}`;
  for (const z of EXCLUDED_ZH) if (text.includes(z)) return `excluded Chinese name ${z}`;
  const got = derive(text);
  if (wantLang && got !== wantLang) return `lang ${got} != ${wantLang}`;
  l.lang = got;
  if (l.kind === 'pos.mixed_language' && derive(l.title) !== 'mixed') return 'mixed title not mixed';
  if (seenTitles.has(l.title)) return 'duplicate title';
  if (disguise.has(l.kind) && meta.brandId) {
    const b = ctx.brandById[meta.brandId];
    if (ctx.containsOfficial(b, l.title)) return 'official name in disguise title';
  }
  if (l.label === 'counterfeit' && ctx.AUTH.has(l.sellerId)) return 'counterfeit from authorized seller';
  return null;
}

for (const spec of hand) {
  const item = finalize(spec);
  addDescription(item, /[\u4e00-\u9fff]/.test(spec.title) ? 'zh' : 'en');
  if (!item.l.sellerId)
    item.l.sellerId = ctx.sellerFor(spec.label === 'counterfeit' ? 'cf' : 'legit', spec.market);
  const err = accept(item, null);
  if (err) problems.push(`hand ${spec.meta.file}:${spec.meta.line}: ${err} :: ${spec.title}`);
  seenTitles.add(item.l.title);
  all.push(item);
}

const handCount = {};
for (const h of hand) handCount[h.kind] = (handCount[h.kind] ?? 0) + 1;

for (const [kind, target] of Object.entries(TARGET)) {
  let have = handCount[kind] ?? 0;
  let attempts = 0;
  const reasons = {};
  while (have < target) {
    if (++attempts > target * 60) throw new Error(`cannot fill ${kind}: ${JSON.stringify(reasons)}`);
    const spec = G[kind]();
    if (spec && PERSONAL.has(spec.market) && spec.quantity > 5 && !keepQty(spec))
      spec.quantity = rng.int(1, 3);
    if (!spec) {
      reasons.null = (reasons.null ?? 0) + 1;
      continue;
    }
    const item = finalize(spec);
    if (!item.l.sellerId)
      item.l.sellerId = ctx.sellerFor(spec.label === 'counterfeit' ? 'cf' : 'legit', spec.market);
    addDescription(item, spec.descLang ?? (spec.lang === 'en' || !HAN_RE.test(spec.title) ? 'en' : 'zh'));
    const err = accept(item, spec.lang === 'any' ? null : spec.lang);
    if (err) {
      reasons[err] = (reasons[err] ?? 0) + 1;
      continue;
    }
    if (process.env.DEBUG_REJECTS) for (const [r, n] of Object.entries(reasons)) console.error(kind, r, n);
    seenTitles.add(item.l.title);
    all.push(item);
    have++;
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}

// ---------------- shuffle, number, write ----------------
rng.shuffle(all);
const listOut = [];
const metaOut = [];
all.forEach((item, i) => {
  const id = `tv18-${String(i + 1).padStart(5, '0')}`;
  const l = item.l;
  const o = { id, title: l.title, label: l.label, kind: l.kind, lang: l.lang };
  if (l.description) o.description = l.description;
  Object.assign(o, {
    price: l.price,
    currency: l.currency,
    quantity: l.quantity,
    condition: l.condition,
    category: l.category,
    shipFrom: l.shipFrom,
    sellerId: l.sellerId,
    marketplace: l.marketplace,
  });
  listOut.push(JSON.stringify(o));
  metaOut.push(JSON.stringify({ id, ...item.meta }));
});
writeFileSync(join(OUT, 'listings.ndjson'), `${listOut.join('\n')}\n`);
writeFileSync(join(HERE, 'meta.ndjson'), `${metaOut.join('\n')}\n`);

const byKind = {};
for (const it of all) byKind[it.l.kind] = (byKind[it.l.kind] ?? 0) + 1;
console.log(`listings: ${all.length}, hand-written: ${hand.length}`);
console.log(
  Object.entries(byKind)
    .map(([k, v]) => `${k}=${v} (hand ${handCount[k] ?? 0})`)
    .join('\n'),
);
