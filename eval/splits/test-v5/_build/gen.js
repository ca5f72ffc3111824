// Template generators for test-v5: one function per kind, each returns a listing spec (or null to retry).
import { priceAt, currencyFor, ZH_MARKETS, MARKET_SHIPS, toUSD, LISTING_DATE } from './lib.js';
import * as V from './vocab.js';
import { NOMINATIVE, COMMON_WORD, MODEL_CODES, LICENSED, GENERIC_MARKER, CHEAP } from './negdata.js';
import { ARTISTS } from './brands-data.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const latin = (s) => !HAN.test(s);

export function makeGenerators(ctx, rng) {
  const R = rng;
  const lineEntries = ctx.entries;
  const CAT_EXCLUDE_FOR_FASHION = new Set(['software', 'video-games']);

  // ---------- markets ----------
  const EN_CF_MARKETS = [['aliexpress', 5], ['ebay', 4], ['facebook-marketplace', 4], ['wish', 2], ['shopee', 2], ['depop', 1], ['mercari', 1], ['carousell', 2], ['lazada', 1], ['vinted', 1], ['amazon', 1]];
  const EN_LEGIT_MARKETS = [['ebay', 5], ['amazon', 5], ['facebook-marketplace', 2], ['mercari', 2], ['depop', 1], ['vinted', 2], ['shopee', 1], ['carousell', 1], ['lazada', 1]];
  const ZH_CF_MARKETS = [['taobao', 4], ['xianyu', 5], ['pinduoduo', 4], ['weidian', 3], ['douyin', 2]];
  const ZH_LEGIT_MARKETS = [['tmall', 4], ['jd', 4], ['taobao', 3], ['xianyu', 3], ['douyin', 1], ['pinduoduo', 1]];
  function market(lang, role, opts = {}) {
    let m;
    if (lang === 'en') m = R.weighted(role === 'cf' ? EN_CF_MARKETS : EN_LEGIT_MARKETS);
    else if (lang === 'mixed' && R.chance(0.35)) m = R.pick(['aliexpress', 'shopee', 'carousell', 'lazada']);
    else m = R.weighted(role === 'cf' ? ZH_CF_MARKETS : ZH_LEGIT_MARKETS);
    let sf;
    if (opts.sf) sf = opts.sf;
    else if (ZH_MARKETS.includes(m)) sf = R.chance(0.06) ? 'HK' : 'CN';
    else if (role === 'cf' && (MARKET_SHIPS[m].includes('CN') || MARKET_SHIPS[m].includes('HK')) && R.chance(0.7)) sf = MARKET_SHIPS[m].includes('CN') ? 'CN' : 'HK';
    else sf = R.pick(MARKET_SHIPS[m]);
    return { market: m, shipFrom: sf, currency: currencyFor(m, sf) };
  }
  const realLines = (filter = () => true) => lineEntries.filter((e) => !e.b.works?.length && filter(e));
  const pickLine = (filter) => R.pick(realLines(filter));

  // ---------- naming ----------
  const zhAlias = (b) => (b.aliases ?? []).filter((a) => HAN.test(a) && !/[ぁ-んァ-ン]/.test(a));
  const latAlias = (b) => (b.aliases ?? []).filter((a) => latin(a) && !/[가-힣ぁ-んァ-ン]/.test(a));
  function brandName(b, lang) {
    if (lang === 'en') return R.chance(0.7) ? b.name : R.pick([b.name, ...latAlias(b)]);
    const zh = zhAlias(b);
    if (zh.length && R.chance(0.8)) return R.chance(0.35) ? `${R.pick([b.name, ...latAlias(b)])}${R.pick(['', ' ', '/'])}${R.pick(zh)}` : R.pick(zh);
    return b.name;
  }
  function lineName(e, lang, style = 'any') {
    const l = e.l;
    const zhA = (l.aliases ?? []).filter((a) => HAN.test(a));
    const laA = (l.aliases ?? []).filter(latin);
    const sn = l.shortNames ?? [];
    const mn = l.modelNumbers ?? [];
    const pool = [l.name, l.name];
    if (style !== 'official') pool.push(...sn.filter((s) => lang !== 'en' || latin(s)), ...mn.slice(0, 1));
    pool.push(...laA);
    if (lang !== 'en') pool.push(...zhA, ...zhA);
    let s = R.pick(pool);
    if (style === 'full' && mn.length && R.chance(0.35) && !s.includes(mn[0])) s = `${s} ${mn[0]}`;
    return s;
  }
  const dupName = (a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return y.includes(x) || x.includes(y) || y.split(/\s+/)[0] === x.split(/\s+/)[0];
  };
  const bl = (e, lang, style) => {
    const ln = lineName(e, lang, style);
    const bn = brandName(e.b, lang);
    return dupName(bn, ln) ? [ln] : [bn, ln];
  };
  const noun = (cat, lang, e = null) => {
    const ln = e ? V.LINE_NOUN[`${e.b.id}/${e.l.key}`] : null;
    if (ln) return R.pick(lang === 'en' ? ln.en : ln.zh);
    const n = V.NOUN[cat];
    if (!n) return lang === 'en' ? 'item' : '宝贝';
    return R.pick(lang === 'en' ? n.en : n.zh);
  };
  const size = (cat, lang) => {
    const t = lang === 'en' ? V.SIZE[cat] : V.SIZE_ZH[cat];
    return t && R.chance(0.45) ? R.pick(t) : '';
  };
  const colour = (e, lang) => {
    const cs = (e.l.colours ?? e.b.colours ?? []).filter((c) => (lang === 'en' ? latin(c) : true));
    return cs.length && R.chance(0.4) ? R.pick(cs) : '';
  };
  const j = (parts, lang) => {
    const ps = parts.filter((p) => p !== '' && p !== null && p !== undefined);
    if (lang === 'en') return ps.join(' ').replace(/\s+/g, ' ').trim();
    const out = [];
    for (const p of ps) {
      const prev = out[out.length - 1];
      const needSpace = prev !== undefined && (/[A-Za-z0-9)\]]$/.test(prev) && /^[A-Za-z0-9(\[]/.test(p) ? true : R.chance(0.3));
      out.push(needSpace ? ` ${p}` : p);
    }
    return out.join('').replace(/\s+/g, ' ').trim();
  };
  const zhWrap = (s) => {
    const l = R.pick(V.ZH_DECOR_L);
    return `${l}${s}${V.ZH_DECOR_R[l]}`;
  };
  const enCase = (s) => (R.chance(0.12) ? s.toUpperCase() : s);
  const emo = () => (R.chance(0.3) ? R.pick(V.EMOJI_DECOR) : '');
  const EN_FILL = ['new', 'brand new', 'NWT', 'BNIB', 'sealed', '2026', 'hot', 'free shipping', 'fast ship', 'unisex', "men's", "women's", 'gift', 'in stock', 'latest'];
  const ZH_FILL = ['新款', '2026新款', '现货', '包邮', '热卖', '男女同款', '送礼', '正品', '爆款', '经典款', '秋冬', '百搭', '当天发', '顺丰包邮', '特价'];
  const fill = (lang) => (R.chance(0.6) ? R.pick(lang === 'en' ? EN_FILL : ZH_FILL) : '');
  const fillNoAuth = (lang) => {
    const f = fill(lang);
    return f === '正品' ? '' : f;
  };

  function basic(kind, lang, e, role, extra = {}) {
    const mk = market(lang, role, extra);
    return {
      kind, label: kind.startsWith('pos.') ? 'counterfeit' : 'legit', brandId: e?.b.id ?? null, lineKey: e?.l.key ?? null, work: null, category: e?.l.category ?? extra.category,
      market: mk.market, shipFrom: mk.shipFrom, currency: mk.currency, quantity: 1, condition: 'new', sellerId: ctx.sellerFor(role, mk.market), lang, meta: { hand: false, cues: [] },
    };
  }
  const USED_SWAP = { tmall: 'xianyu', jd: 'xianyu', pinduoduo: 'xianyu', douyin: 'xianyu', taobao: 'xianyu', amazon: 'ebay', aliexpress: 'ebay', wish: 'ebay', lazada: 'carousell', shopee: 'carousell' };
  const usedMarket = (s) => {
    const to = USED_SWAP[s.market];
    if (!to || R.chance(0.15)) return;
    s.market = to;
    if (!MARKET_SHIPS[to].includes(s.shipFrom)) s.shipFrom = R.pick(MARKET_SHIPS[to]);
    s.currency = currencyFor(to, s.shipFrom);
    s.sellerId = ctx.sellerFor('legit', to);
  };
  const setPrice = (s, e, lo, hi) => {
    const r = R.float(lo, hi);
    s.price = priceAt(e.retail, r, s.currency, R, lo, hi);
    if (toUSD(s.price, s.currency) / e.retail < lo - 1e-9 || toUSD(s.price, s.currency) / e.retail > hi + 1e-9) s.price = Math.round(((lo + hi) / 2) * e.retail * (s.currency === 'USD' ? 1 : toUSD(1, 'USD') / toUSD(1, s.currency)) * 100) / 100;
  };
  const usdPrice = (s, usd, jitter = 0.15) => {
    s.price = priceAt(usd, R.float(1 - jitter, 1 + jitter), s.currency, R);
  };
  const langOf = (enShare) => (R.chance(enShare) ? 'en' : 'zh');
  const qtyCF = () => R.weighted([[1, 3], [R.int(2, 9), 3], [R.int(10, 99), 3], [R.int(100, 999), 1]]);

  // generic "brand + line + noun + extras" title
  function productTitle(e, lang, opts = {}) {
    const b = e.b;
    const cat = e.l.category;
    let bn = opts.noBrand ? '' : brandName(b, lang);
    const ln = lineName(e, lang, opts.lineStyle ?? 'any');
    if (bn && dupName(bn, ln)) bn = '';
    const parts = [bn, ln, R.chance(0.6) ? noun(cat, lang, e) : '', colour(e, lang), size(cat, lang)];
    if (!opts.noFill) parts.push(opts.fillFn ? opts.fillFn(lang) : fill(lang));
    if (R.chance(0.25)) parts.reverse();
    return parts;
  }
  function place(parts, cue, lang) {
    const i = R.int(0, parts.length);
    const p = parts.slice();
    p.splice(i, 0, lang === 'en' ? cue : R.chance(0.4) ? zhWrap(cue) : cue);
    return p;
  }

  // ---------------- positives ----------------
  const cueKind = (kind, enList, zhList, enSent, zhSent, enShare) => () => {
    const lang = langOf(enShare);
    const e = pickLine((x) => x.l.category !== 'software');
    const s = basic(kind, lang, e, 'cf');
    setPrice(s, e, 0.04, R.chance(0.8) ? 0.3 : 0.45);
    s.quantity = qtyCF();
    const cue = R.pick(lang === 'en' ? enList : zhList);
    let t = j(place(productTitle(e, lang, { fillFn: fillNoAuth }), cue, lang), lang);
    if (lang === 'en') t = enCase(t);
    if (R.chance(0.3)) t = lang === 'en' ? `${emo()} ${t} ${emo()}`.trim() : `${emo()}${t}`;
    s.title = t;
    s.insert = R.pick(lang === 'en' ? enSent : zhSent);
    s.meta.cues = [cue];
    return s;
  };

  const G = {};
  G['pos.marker_en'] = cueKind('pos.marker_en', V.MARKER_EN, V.MARKER_EN, V.MARKER_EN_SENT, V.MARKER_EN_SENT, 1);
  G['pos.marker_zh'] = cueKind('pos.marker_zh', V.MARKER_ZH, V.MARKER_ZH, V.MARKER_ZH_SENT, V.MARKER_ZH_SENT, 0);
  G['pos.coded_language'] = cueKind('pos.coded_language', V.CODED_EN, V.CODED_ZH, V.CODED_EN_SENT, V.CODED_ZH_SENT, 0.55);
  G['pos.oem_leak'] = cueKind('pos.oem_leak', V.OEM_EN, V.OEM_ZH, V.OEM_EN_SENT, V.OEM_ZH_SENT, 0.45);
  const dmBase = cueKind('pos.dm_real_pics', V.DM_EN, V.DM_ZH, V.DM_EN_SENT, V.DM_ZH_SENT, 0.55);
  G['pos.dm_real_pics'] = () => {
    const s = dmBase();
    if (s.title.endsWith('WA +86 13') || s.title.includes('WA +86 13')) s.title = s.title.replace('WA +86 13', `WA +86 13${R.int(100000000, 999999999)}`.slice(0, 18));
    if (s.title.includes('tg @')) s.title = s.title.replace('tg @', `tg @${R.pick(['luxe', 'rep', 'best', 'top', 'vip'])}${R.pick(['store', 'deals', 'plug', 'hub'])}${R.int(1, 99)}`);
    return s;
  };

  G['pos.brand_nickname_zh'] = () => {
    const e = pickLine((x) => x.b.zhNick?.length);
    const s = basic('pos.brand_nickname_zh', 'zh', e, 'cf');
    setPrice(s, e, 0.04, R.chance(0.82) ? 0.33 : 0.6);
    s.quantity = qtyCF();
    const nick = R.pick(e.b.zhNick);
    const parts = [nick, lineName(e, 'zh', 'any'), noun(e.l.category, 'zh', e), colour(e, 'zh'), size(e.l.category, 'zh'), fillNoAuth('zh')];
    if (R.chance(0.35)) parts.push(R.pick(['懂的来', '你懂的', '不解释', '看图', '品质保证', '细节看图', '对版']));
    s.title = j(R.chance(0.5) ? parts : [parts[0], ...parts.slice(1).reverse()], 'zh');
    s.insert = R.pick(['不多解释，懂的朋友直接拍。', '价格只有专柜零头，数量有限。', '和专柜款一模一样，只是没有专柜的价格。', '大牌同款做工，看图就知道。']);
    s.meta.cues = [nick];
    return s;
  };

  G['pos.brand_abbrev_emoji'] = () => {
    const lang = R.chance(0.88) ? 'en' : 'zh';
    const e = pickLine((x) => x.b.abbr?.length || x.b.emoji?.length);
    const s = basic('pos.brand_abbrev_emoji', lang, e, 'cf');
    const mode = R.weighted([['price', 6], ['bulk', 2], ['stated', 2]]);
    if (mode === 'price') setPrice(s, e, 0.04, 0.2);
    else setPrice(s, e, 0.12, 0.45);
    s.quantity = mode === 'bulk' ? R.int(10, 300) : R.int(1, 5);
    const tag = R.chance(0.5) && e.b.emoji?.length ? R.pick(e.b.emoji) : R.pick(e.b.abbr ?? e.b.emoji);
    const parts = [tag, lineName(e, lang, 'any'), noun(e.l.category, lang, e), colour(e, lang), size(e.l.category, lang)];
    if (mode === 'stated') {
      parts.push(lang === 'en' ? R.pick(['(not original)', '- alt version', '- no logo on listing for obvious reasons', 'reps', '*not boutique*', 'inspired version']) : R.pick(['非原版', '不是原版', '复刻', '同款非原']));
      s.meta.statedCue = true;
    }
    if (R.chance(0.5)) parts.push(emo());
    s.title = j(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Brand name hidden to avoid the filters, you know which one.', 'Cannot write the name here, check the pictures.', 'Same logo as in the photos, priced way below the store.']) : R.pick(['品牌名不能写，看图。', '平台限制不能打品牌，懂的都懂。']);
    s.meta.cues = [tag];
    return s;
  };

  const cuedDisguise = (kind, render, enShare) => () => {
    const lang = R.chance(enShare) ? 'en' : 'zh';
    const e = pickLine((x) => x.b.misspell?.length);
    const s = basic(kind, lang, e, 'cf');
    const mode = R.weighted([['price', 6], ['bulk', 2], ['stated', 2]]);
    if (mode === 'price') setPrice(s, e, 0.04, 0.3);
    else setPrice(s, e, 0.2, 0.55);
    s.quantity = mode === 'bulk' ? R.int(10, 500) : R.int(1, 4);
    const name = render(e.b, lang);
    if (!name) return null;
    const parts = [name, lineName(e, lang, 'any'), noun(e.l.category, lang, e), colour(e, lang), size(e.l.category, lang), fillNoAuth(lang)];
    if (mode === 'stated') {
      parts.push(lang === 'en' ? R.pick(['copy', 'replica', 'AAA', 'mirror', 'not authentic', 'UA']) : R.pick(['高仿', '复刻', 'A货', '一比一']));
      s.meta.statedCue = true;
    }
    s.title = j(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Very cheap compared to the shops, limited stock.', 'Spelling on the listing is on purpose.', 'Good copy, priced to sell quickly.']) : R.pick(['价格便宜，懂的来。', '名字故意写错的，怕被屏蔽。']);
    s.meta.cues = [name];
    return s;
  };
  G['pos.brand_misspelled'] = cuedDisguise('pos.brand_misspelled', (b) => R.pick(b.misspell), 0.92);

  const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', s: 'ѕ', j: 'ј' };
  const GRK = { o: 'ο', A: 'Α', B: 'Β', E: 'Ε', Z: 'Ζ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', v: 'ν', u: 'υ', i: 'ι' };
  const ARM = { o: 'օ', u: 'ս', h: 'հ', n: 'ո', g: 'ց', q: 'զ' };
  const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];
  function homoglyph(name) {
    const mode = R.weighted([['cyr', 4], ['grk', 2], ['arm', 1], ['zw', 2], ['full', 2], ['bold', 1], ['mix', 2], ['accent', 1]]);
    const chars = [...name];
    const swap = (map, n) => {
      const idx = chars.map((c, i) => (map[c] ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) return false;
      for (const i of R.pickN(idx, Math.min(n, idx.length))) chars[i] = map[chars[i]];
      return true;
    };
    let ok = true;
    if (mode === 'cyr') ok = swap(CYR, R.int(1, 3));
    else if (mode === 'grk') ok = swap(GRK, R.int(1, 2));
    else if (mode === 'arm') ok = swap(ARM, R.int(1, 2));
    else if (mode === 'mix') ok = swap(CYR, 1) && swap(GRK, 1);
    else if (mode === 'zw') {
      const i = R.int(1, chars.length - 1);
      chars.splice(i, 0, R.pick(ZW));
    } else if (mode === 'full') {
      for (let i = 0; i < chars.length; i++) if (/[!-~]/.test(chars[i])) chars[i] = String.fromCodePoint(chars[i].codePointAt(0) + 0xfee0);
    } else if (mode === 'bold') {
      for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (/[A-Z]/.test(c)) chars[i] = String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65);
        else if (/[a-z]/.test(c)) chars[i] = String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97);
      }
    } else if (mode === 'accent') {
      const ACC = { a: 'á', e: 'ë', o: 'ö', i: 'ï', u: 'ü', n: 'ñ' };
      ok = swap(ACC, 1);
      if (ok && (name === 'Öhlins' || name.includes('Hermès'))) ok = false;
    }
    const out = chars.join('');
    return ok && out !== name ? out : null;
  }
  G['pos.brand_homoglyph'] = cuedDisguise('pos.brand_homoglyph', (b) => homoglyph(R.chance(0.8) ? b.name : R.pick(latAlias(b).length ? latAlias(b) : [b.name])), 0.95);

  const EXTREME_CUES = ['bulk', 'ship', 'colour', 'quality', 'factory'];
  const OFF_COLOURS = ['lime', 'neon yellow', 'hot pink', 'rainbow', 'camo', 'galaxy purple', 'tie-dye', 'glitter gold', 'leopard print', 'fluorescent green'];
  const OFF_COLOURS_ZH = { lime: '青柠色', 'neon yellow': '荧光黄', 'hot pink': '亮粉色', rainbow: '彩虹色', camo: '迷彩', 'galaxy purple': '星空紫', 'tie-dye': '扎染', 'glitter gold': '闪金色', 'leopard print': '豹纹', 'fluorescent green': '荧光绿' };
  const mfgOf = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];
  G['pos.extreme_price'] = () => {
    const lang = langOf(0.65);
    const e = pickLine((x) => x.retail >= 25 && x.l.category !== 'software');
    const cue = R.pick(EXTREME_CUES);
    if (cue === 'colour' && !(e.l.colours ?? []).length) return null;
    const mfg = mfgOf(e);
    let s;
    if (cue === 'ship') {
      s = basic('pos.extreme_price', lang, e, 'cf');
      if (mfg.includes(s.shipFrom)) return null;
    } else {
      // ship from a manufacturing country through a market that ships from there
      const opts = mfg.flatMap((c) => Object.entries(MARKET_SHIPS).filter(([m, l]) => l.includes(c) && (lang === 'en' ? !ZH_MARKETS.includes(m) : ZH_MARKETS.includes(m))).map(([m]) => [m, c]));
      if (!opts.length) return null;
      const [m, c] = R.pick(opts);
      s = basic('pos.extreme_price', lang, e, 'cf', { sf: c });
      s.market = m;
      s.shipFrom = c;
      s.currency = currencyFor(m, c);
      s.sellerId = ctx.sellerFor('cf', m);
    }
    setPrice(s, e, 0.03, 0.1);
    s.quantity = cue === 'bulk' ? R.int(20, 500) : R.int(1, 2);
    const parts = [...bl(e, lang, 'full'), noun(e.l.category, lang, e), size(e.l.category, lang)];
    s.meta.extremeCue = cue;
    if (cue === 'colour') {
      const offs = OFF_COLOURS.filter((c) => !(e.l.colours ?? e.b.colours ?? []).some((x) => x.toLowerCase() === c));
      const oc = R.pick(offs);
      s.meta.offColour = oc;
      parts.push(lang === 'en' ? oc : OFF_COLOURS_ZH[oc]);
    }
    if (cue === 'quality') parts.push(lang === 'en' ? R.pick(['high quality', 'top quality', 'premium quality', 'great quality']) : R.pick(['品质好', '质量很好', '品质保证', '做工好']));
    if (cue === 'factory') parts.push(lang === 'en' ? R.pick(['factory direct', 'from manufacturer', 'factory price']) : R.pick(['厂家直销', '工厂直供', '厂家批发']));
    if (cue === 'bulk') parts.push(lang === 'en' ? R.pick(['wholesale lot', 'bulk price', 'lot available', 'reseller price']) : R.pick(['批发', '量大从优', '一手货源', '可批发']));
    parts.push(lang === 'en' ? R.pick(['new', 'brand new', 'NEW', '']) : R.pick(['全新', '新款', '']));
    s.title = j(R.chance(0.3) ? parts.reverse() : parts, lang);
    s.insert = lang === 'en' ? R.pick(['Brand new, never used.', 'New item, ready to ship.', 'Limited quantity at this price.']) : R.pick(['全新商品，拍下即发。', '这个价格数量有限。']);
    return s;
  };

  G['pos.weak_cues'] = () => {
    const lang = langOf(0.65);
    const e = pickLine((x) => x.retail >= 40 && x.l.category !== 'software');
    const cues = R.pickN(['ship', 'several', 'nobox', 'quality', ...((e.l.colours ?? []).length ? ['offcolour'] : []), 'newseller'], R.int(2, 3));
    const mfg = mfgOf(e);
    let s = basic('pos.weak_cues', lang, e, 'cf');
    if (cues.includes('ship')) {
      if (mfg.includes(s.shipFrom)) return null;
    } else {
      const opts = mfg.flatMap((c) => Object.entries(MARKET_SHIPS).filter(([m, l]) => l.includes(c) && (lang === 'en' ? !ZH_MARKETS.includes(m) : ZH_MARKETS.includes(m))).map(([m]) => [m, c]));
      if (!opts.length) return null;
      const [m, c] = R.pick(opts);
      s = basic('pos.weak_cues', lang, e, 'cf', { sf: c });
      s.market = m;
      s.shipFrom = c;
      s.currency = currencyFor(m, c);
      s.sellerId = ctx.sellerFor('cf', m);
    }
    setPrice(s, e, 0.3, 0.6);
    s.quantity = cues.includes('several') ? R.int(3, 15) : 1;
    const parts = [...bl(e, lang, 'full'), noun(e.l.category, lang, e)];
    if (cues.includes('nobox')) parts.push(lang === 'en' ? R.pick(['no box', 'no tags', 'no box no papers', 'without packaging']) : R.pick(['无盒', '无吊牌', '无包装', '裸货']));
    if (cues.includes('quality')) parts.push(lang === 'en' ? R.pick(['high quality', 'top quality']) : R.pick(['品质好', '做工好']));
    if (cues.includes('offcolour')) {
      const oc = R.pick(OFF_COLOURS.filter((c) => !(e.l.colours ?? []).includes(c)));
      s.meta.offColour = oc;
      parts.push(lang === 'en' ? oc : OFF_COLOURS_ZH[oc]);
    }
    const sized = ['shoes', 'apparel'].includes(e.l.category);
    if (cues.includes('several')) parts.push(lang === 'en' ? R.pick(sized ? ['several available', 'multiple in stock', 'all sizes'] : ['several available', 'multiple in stock', 'x5 available']) : R.pick(sized ? ['多件现货', '全码有货', '多个库存'] : ['多件现货', '多个库存']));
    if (cues.includes('newseller')) parts.push(lang === 'en' ? R.pick(['new seller, cheap to start', 'new shop opening price']) : R.pick(['新店开业冲量', '新店低价']));
    s.title = j(parts, lang);
    s.meta.weakCues = cues;
    s.insert = lang === 'en' ? R.pick(['Item is new. Does not come with the original receipt.', 'New, unworn. Packaging not included to save on postage.', 'Sold as new.']) : R.pick(['全新，不带原装小票。', '全新未使用，为节省运费不带包装。']);
    return s;
  };

  const PLS_EN = ['V2 best batch', 'clean factory', 'GD batch', '1:1', 'rep', 'PK version', 'UA', 'top batch', 'mirror', 'AAA', 'super clone', 'OG batch', 'ZF', 'VSF'];
  const PLS_ZH = ['纯原', '顶级版本', '复刻', 'Z厂', 'VS厂', '一比一', '莆田', '高版本', '过验版', '原版开模', '精仿', 'PK版'];
  G['pos.product_line_seller_style'] = () => {
    const lang = langOf(0.55);
    const e = pickLine((x) => (x.l.shortNames?.length || x.l.modelNumbers?.length) && x.l.category !== 'software');
    const s = basic('pos.product_line_seller_style', lang, e, 'cf');
    setPrice(s, e, 0.04, 0.35);
    s.quantity = qtyCF();
    const GENERIC_CODES = new Set(['shopper bag', 'tailored coat', 'socket set', 'Ace', 'Origins', '556', '5200', '7100', '2032', 'CR2032', 'DL2032', 'LR6', 'C4', 'AES', 'figma', 'PUP', 'MMS', '300V', 'Seductive', 'No 3', 'No.3', 'No.4', 'No.7', '3号', '4号', '7号油', '奶嘴', 'PPSU奶瓶', '宽口奶瓶', 'Allez', 'I2', 'I-2', 'Nendo', '1/7 scale', '1/7比例', 'Camalot', 'Ventura', 'Serpent', '蛇形', 'Quatre', 'Keeper', '唇油', '唇膜', 'Tasman', '爵士', '炒锅32', 'E310', 'Now Plus', 'Now+', 'Mini II', 'Classic Mini', 'Ultra Mini', 'Light Blue', '浅蓝', '淡蓝', 'Skyline', 'Open Heart', 'Ghost16', 'Cosbi', 'TTX', 'DFV', 'R&T', 'ELC', 'Embody', 'F360', 'ACAD', 'Maya 2026']);
    const codes = [...(e.l.shortNames ?? []).filter((x) => lang !== 'en' || latin(x)), ...(e.l.modelNumbers ?? [])].filter((c) => c && !GENERIC_CODES.has(c) && c.length >= 3);
    if (!codes.length) return null;
    const code = R.pick(codes);
    const cue = R.pick(lang === 'en' ? PLS_EN : PLS_ZH);
    const parts = [code, R.chance(0.5) ? noun(e.l.category, lang, e) : '', colour(e, lang), size(e.l.category, lang), cue];
    if (R.chance(0.4)) parts.push(lang === 'en' ? R.pick(['w/ box', 'full set', 'fast ship', 'QC pics', '']) : R.pick(['带盒', '全套', '现货', '']));
    s.title = j(R.chance(0.3) ? [parts[0], parts[4], ...parts.slice(1, 4), ...parts.slice(5)] : parts, lang);
    s.insert = R.pick(lang === 'en' ? [...V.MARKER_EN_SENT, ...V.CODED_EN_SENT] : [...V.MARKER_ZH_SENT, ...V.CODED_ZH_SENT]);
    s.meta.cues = [code, cue];
    return s;
  };

  const DESC_ONLY_EN = [
    'Just to be clear for everyone: this is a high-grade replica, not a boutique piece, which is why the price is what it is.', 'Small print: item is a 1:1 copy of the original and is sold as such.',
    'Note: made in the same style as the original, it is an AAA replica with all logos.', 'Honesty first - these are factory copies, very close to the real ones.',
    'Please be aware it is not genuine; it is a mirror-quality reproduction with the brand markings.', 'Disclaimer: replica item for collectors who want the look without the boutique price.',
    'FYI these come from the OEM factory overrun, not from the brand\'s own stores, and have no receipt or warranty.', 'For real pictures and other colours add me on WhatsApp, the platform deletes them.',
    'Reminder: UA version (unauthorised), made with the same materials but not sold by the brand.',
  ];
  const DESC_ONLY_ZH = ['说明一下：本款是高仿一比一，不是专柜正品，所以价格是这个价。', '温馨提示：此为顶级复刻版本，做工细节还原度很高。', '友情提醒，这是代工厂流出的原单货，不是品牌直营，没有发票和保修。',
    '介意的别拍：这是精仿，非正品。', '备注：莆田纯原版本，鞋盒配件齐全，和正品对比几乎一样。', '实拍图和其他颜色请加微信看，平台不让发。', '本店商品均为高版本复刻，品质有保障。'];
  G['pos.description_only'] = () => {
    const lang = langOf(0.65);
    const e = pickLine((x) => x.l.category !== 'software');
    const s = basic('pos.description_only', lang, e, R.chance(0.5) ? 'cf' : 'legit');
    setPrice(s, e, ...(R.chance(0.75) ? [0.72, 1.0] : R.pick([[0.5, 0.72], [1.0, 1.2]])));
    s.quantity = R.weighted([[1, 6], [R.int(2, 6), 3], [R.int(7, 30), 1]]);
    s.title = j(productTitle(e, lang, { fillFn: fillNoAuth, lineStyle: 'official' }), lang);
    s.insert = R.pick(lang === 'en' ? DESC_ONLY_EN : DESC_ONLY_ZH);
    s.forceDesc = true;
    s.longP = 1;
    s.meta.cues = ['description'];
    return s;
  };

  // circumvention
  const CIRC = {
    en: [
      ['anbernic', 'rg35xx', '{L} 64GB + 128GB card with 8000+ retro games preloaded, plug and play'],
      ['anbernic', 'rg406h', '{B} {L} loaded 256GB, PS2/GameCube ROMs installed, all games ready'],
      ['anbernic', 'rg556', '{B} {L} with 15,000 games preinstalled full set ROMs BIOS included'],
      ['pico', 'pico4', '{B} {L} VR jailbroken, 300 paid games sideloaded free, no account needed'],
      ['pico', 'pico4ultra', '{L} with cracked game library installed (200+ titles), lifetime updates via our server'],
      ['snk', 'neogeomini', '{L} modded - 3000 arcade games added, hacked firmware'],
      ['konami', 'pcenginemini', '{L} hacked with 200 extra games, custom firmware, HDMI'],
      ['autodesk', 'autocad', '{L} 2026 full version lifetime activation - cracked, instant download'],
      ['autodesk', 'revit', '{L} 2026 permanent licence patch for Windows, no subscription ever'],
      ['autodesk', 'maya', '{B} {L} 2026 cracked + keygen, works offline forever'],
      ['autodesk', 'fusion', '{L} commercial unlocked, lifetime, pre-activated installer'],
      ['rockstar-games', 'gtav', '{L} PC offline activation, cracked edition, all DLC, no launcher'],
      ['rockstar-games', 'rdr2', '{L} PC full game pre-cracked USB stick, just copy and play'],
      ['konami', 'silenthillf', '{L} PC repack, crack included, no online check'],
      ['konami', 'mgsdelta', '{L} offline account shared, play without buying, instant'],
      ['snk', 'kofxv', '{L} all DLC characters unlocked PC crack, delivery by link'],
      ['snk', 'aes', '{L} multi-cart with 160 games burned on flash, MVS conversion'],
    ],
    zh: [
      ['anbernic', 'rg35xx', '{L} 掌机 内置一万款游戏 已装好 插卡即玩'],
      ['anbernic', 'rg406h', '{L} 安卓掌机 256G 整合包 模拟器加游戏全装好'],
      ['anbernic', 'rg556', '{L} 送128G游戏卡 内置两万款 街机全集'],
      ['pico', 'pico4', '{B} {L} 破解版 已装三百款游戏 免账号 终身更新'],
      ['pico', 'pico4ultra', '{L} 已越狱 送游戏全家桶 付费游戏免费玩'],
      ['snk', 'neogeomini', '{L} 改机 加装三千款街机游戏 刷机版'],
      ['konami', 'pcenginemini', '{L} 破解 加游戏两百款 固件已改'],
      ['autodesk', 'autocad', '{L} 2026 学习版 永久激活 远程安装 支持Mac系统'],
      ['autodesk', 'revit', '{L} 2026 破解版 永久使用 送插件 远程安装'],
      ['autodesk', 'maya', '{L} 2026 中文版 永久激活码 注册机 安装包'],
      ['autodesk', '3dsmax', ''],
      ['rockstar-games', 'gtav', '{L} 电脑版 学习版 全DLC 送修改器 免激活'],
      ['rockstar-games', 'rdr2', '{L} 单机学习版 中文 免安装 解压即玩'],
      ['konami', 'silenthillf', '{L} 电脑单机 学习版 豪华版 送存档'],
      ['konami', 'mgsdelta', '{L} 离线共享账号 不花钱畅玩'],
      ['snk', 'kofxv', '{L} 全角色解锁 破解补丁 单机版'],
      ['snk', 'kofxv', '月光宝盒 拳皇全系列 街机 三千合一 家用摇杆'],
      ['snk', 'neogeomini', '{L} 改装 烧录卡 一百六十合一'],
    ],
  };
  G['pos.circumvention'] = () => {
    const lang = langOf(0.55);
    const row = R.pick(CIRC[lang].filter((r) => r[2]));
    const e = ctx.lineOf(row[0], row[1]);
    const s = basic('pos.circumvention', lang, e, 'cf');
    if (e.l.category === 'software' || e.l.category === 'video-games') setPrice(s, e, 0.01, 0.15);
    else setPrice(s, e, 0.7, 1.5);
    s.quantity = R.weighted([[1, 4], [R.int(2, 20), 3], [R.int(50, 999), 1]]);
    const lnm = lineName(e, lang, 'any');
    const bnm = brandName(e.b, lang);
    let t = row[2].replace('{L}', lnm).replace('{B} ', dupName(bnm, lnm) ? '' : `${bnm} `);
    t = t.replace(/(\b2026\b)(.*?)\b2026\b ?/, '$1$2');
    if (R.chance(0.3)) t = lang === 'en' ? `${emo()} ${t}`.trim() : `${zhWrap(R.pick(['现货', '秒发', '包教会', '永久']))}${t}`;
    s.title = t;
    s.insert = lang === 'en' ? R.pick(['Everything installed and tested before shipping, just turn it on.', 'No licence needed, activation never expires.', 'Games are already on the card - no need to buy anything.']) : R.pick(['全部装好测试后发货，开机即玩。', '不需要购买正版，永久可用。', '游戏已经装在卡里，不用再花钱。']);
    s.meta.cues = ['circumvention'];
    return s;
  };

  // prerelease discs
  const futureWorks = () => ctx.workBrands.flatMap((b) => b.works.filter((w) => w.discReleaseDate > LISTING_DATE).map((w) => ({ b, w })));
  const pastWorks = () => ctx.workBrands.flatMap((b) => b.works.filter((w) => w.discReleaseDate <= LISTING_DATE).map((w) => ({ b, w })));
  G['pos.prerelease_disc'] = () => {
    const lang = langOf(0.6);
    const { b, w } = R.pick(futureWorks());
    const cat = b.categories[0];
    const mk = market(lang, 'cf');
    const s = { kind: 'pos.prerelease_disc', label: 'counterfeit', brandId: b.id, lineKey: null, work: w.title, category: cat, market: mk.market, shipFrom: mk.shipFrom, currency: mk.currency,
      quantity: R.int(1, 200), condition: 'new', sellerId: ctx.sellerFor('cf', mk.market), lang, meta: { hand: false, cues: ['prerelease'] } };
    usdPrice(s, R.float(4, 25), 0.2);
    const title = lang === 'en' ? (HAN.test(w.title) ? R.pick(w.aliases.filter(latin)) : w.title) : (HAN.test(w.title) ? w.title : R.pick(w.aliases.filter((a) => HAN.test(a))));
    const artist = ARTISTS[w.title];
    if (cat === 'music') {
      s.title = lang === 'en'
        ? j([artist && R.chance(0.6) ? `${artist} -` : '', title, R.pick(['CD album', 'full album CD', 'vinyl LP', 'CD']), R.pick(['in stock now', 'ships today', 'new sealed', 'early copy', 'leaked tracks CD-R', 'advance copy']), R.chance(0.3) ? '2027' : ''], 'en')
        : j([artist && R.chance(0.5) ? artist : '', `《${title}》`, R.pick(['CD专辑', '黑胶', '实体专辑', '光盘']), R.pick(['现货', '抢先版', '提前发货', '内部版', '现货速发']), R.chance(0.3) ? '全新' : ''], 'zh');
    } else {
      s.title = lang === 'en'
        ? j([title, R.chance(0.4) ? '(2027)' : '', R.pick(['DVD', 'Blu-ray', 'BluRay 1080p', '4K disc', 'DVD-R', 'DVD region free']), R.pick(['in stock', 'ships now', 'screener copy', 'new', 'full movie', 'HD quality', 'sealed']), R.chance(0.3) ? R.pick(['english subs', 'all regions', 'fast post']) : ''], 'en')
        : j([`《${title}》`, R.pick(['DVD', '蓝光', '高清碟片', '电影光盘', '碟']), R.pick(['现货', '国语中字', '高清完整版', '枪版', '抢先版', '院线同步']), R.chance(0.4) ? R.pick(['包邮', '当天发', '车载']) : ''], 'zh');
    }
    s.insert = lang === 'en' ? R.pick(['Disc in hand and posted the same day.', 'Full film, good picture, plays on any player.', 'Available now, before everyone else.']) : R.pick(['现货当天发出。', '完整版，画质清晰，普通影碟机都能放。', '抢先看，别人还没有。']);
    return s;
  };

  G['pos.mixed_language'] = () => {
    const e = pickLine((x) => x.l.category !== 'software' && zhAlias(x.b).length);
    const s = basic('pos.mixed_language', 'mixed', e, 'cf');
    setPrice(s, e, 0.04, 0.35);
    s.quantity = qtyCF();
    const en = R.pick([...V.MARKER_EN, ...V.CODED_EN, ...V.OEM_EN].filter((x) => /[A-Za-z]{2,}.*[ ]?[A-Za-z]{2,}/.test(x) && x.split(/[^A-Za-z]+/).filter((w) => w.length >= 2).length >= 2));
    const zh = R.pick([...V.MARKER_ZH, ...V.CODED_ZH, ...V.OEM_ZH]);
    const lnMixed = lineName(e, 'en', 'any');
    const parts = [R.pick(zhAlias(e.b)), R.chance(0.5) && !dupName(e.b.name, lnMixed) ? e.b.name : '', lnMixed, noun(e.l.category, 'zh', e), zh, en, R.chance(0.4) ? R.pick(['free shipping', 'fast ship', 'best quality', 'new arrival', 'hot sale']) : ''];
    const order = R.chance(0.5) ? parts : [parts[0], parts[2], parts[5], parts[4], parts[3], parts[1], parts[6]];
    s.title = j(order, 'mixed');
    s.insert = R.pick([...V.MARKER_ZH_SENT, ...V.OEM_ZH_SENT]);
    s.meta.cues = [zh, en];
    return s;
  };

  // ---------------- negatives ----------------
  const NEG_LANG = (p = 0.6) => (R.chance(0.02) ? 'mixed' : R.chance(p) ? 'en' : 'zh');
  const mixedTail = () => R.pick(['free shipping new arrival', 'official store fast delivery', 'brand new sealed', 'limited stock hot sale']);
  const negTitle = (parts, lang) => (lang === 'mixed' ? j([...parts, mixedTail()], 'mixed') : j(parts, lang));

  G['neg.plain'] = () => {
    const lang = NEG_LANG(0.6);
    if (R.chance(0.18)) {
      const [cat, en, zh, usd] = R.pick(CHEAP);
      const s = basic('neg.plain', lang === 'mixed' ? 'zh' : lang, null, 'legit', { category: cat });
      s.lang = lang === 'mixed' ? 'zh' : lang;
      usdPrice(s, usd * R.float(1.2, 2.2));
      const base = lang === 'en' ? en : zh;
      s.title = j([base, s.lang === 'en' ? R.pick(['', 'new', '- new', '(new)']) : R.pick(['', '新品', '全新'])], s.lang);
      s.quantity = R.int(1, 50);
      return s;
    }
    const e = pickLine();
    const s = basic('neg.plain', lang, e, 'legit');
    setPrice(s, e, 0.8, 1.2);
    s.quantity = R.weighted([[1, 5], [R.int(2, 10), 3], [R.int(11, 60), 1]]);
    s.title = negTitle(productTitle(e, lang === 'mixed' ? 'zh' : lang), lang);
    if (lang === 'en') s.title = enCase(s.title);
    s.insert = null;
    return s;
  };

  G['neg.generic_marker'] = () => {
    const lang = NEG_LANG(0.62) === 'en' ? 'en' : 'zh';
    const [cat, en, zh, usd] = R.pick(GENERIC_MARKER);
    const s = basic('neg.generic_marker', lang, null, 'legit', { category: cat });
    usdPrice(s, usd);
    s.quantity = R.int(1, 200);
    const deco = lang === 'en' ? R.pick(['', '', 'new', '- UK seller', '| free P&P', 'NEW']) : R.pick(['', '', '包邮', '新品', '现货']);
    s.title = j([lang === 'en' ? en : zh, deco], lang);
    if (seenGeneric.has(s.title)) s.title = j([s.title, lang === 'en' ? R.pick(['(pack)', 'x1', 'set', 'qty 1', '- quick dispatch', 'restocked']) : R.pick(['一件', '款式一', '热卖', '补货到'])], lang);
    seenGeneric.add(s.title);
    s.insert = null;
    return s;
  };
  const seenGeneric = new Set();

  G['neg.nominative'] = () => {
    const lang = NEG_LANG(0.6) === 'en' ? 'en' : 'zh';
    const [bid, lk, cat, en, zh, usd] = R.pick(NOMINATIVE);
    const e = lk ? ctx.lineOf(bid, lk) : null;
    const s = basic('neg.nominative', lang, null, 'legit', { category: cat });
    s.brandId = bid;
    s.lineKey = null;
    usdPrice(s, usd, 0.25);
    s.quantity = R.int(1, 300);
    const tail = lang === 'en' ? R.pick(['', '', 'UK stock', 'fast dispatch', '- 1 year warranty', 'new', 'free shipping', '2-pack', 'black', 'grey']) : R.pick(['', '', '包邮', '现货', '质保一年', '黑色', '两件装']);
    s.title = j([lang === 'en' ? en : zh, tail], lang);
    s.insert = lang === 'en' ? R.pick(['This is an independent third-party product; brand names are used only to show compatibility.', 'Not affiliated with or endorsed by the brand mentioned; compatible accessory only.', 'All trademarks belong to their owners and are used to describe fit.']) : R.pick(['本品为第三方兼容产品，品牌名称仅用于说明适用型号。', '与所提及品牌无关联，仅为兼容配件。']);
    s.meta.ref = e ? e.l.name : null;
    return s;
  };

  G['neg.common_word_brand'] = () => {
    const lang = NEG_LANG(0.7) === 'en' ? 'en' : 'zh';
    const [bid, cat, en, zh, usd] = R.pick(COMMON_WORD);
    const s = basic('neg.common_word_brand', lang, null, 'legit', { category: cat });
    s.brandId = bid;
    usdPrice(s, usd, 0.2);
    s.quantity = R.int(1, 40);
    const isUsed = /used|二手/.test(lang === 'en' ? en : zh);
    if (isUsed) s.condition = 'used';
    const tail = lang === 'en' ? R.pick(isUsed ? ['', '', 'free postage', 'local pickup', 'cash on collection'] : ['', '', 'new', 'free postage', 'gift idea', 'fast ship', 'UK', 'local pickup']) : R.pick(['', '', '包邮', '现货', '送礼']);
    s.title = j([lang === 'en' ? en : zh, tail], lang);
    s.insert = null;
    return s;
  };

  G['neg.authorized_seller'] = () => {
    const lang0 = NEG_LANG(0.5);
    const b = R.pick(ctx.realBrands.filter((x) => x.sellers?.length && x.lines?.length));
    const seller = R.pick(b.sellers);
    const zhMarket = ZH_MARKETS.includes(seller.market);
    const lang = zhMarket ? (lang0 === 'mixed' ? 'mixed' : 'zh') : 'en';
    const e = R.pick(realLines((x) => x.b.id === b.id));
    const sf = seller.sf ?? (zhMarket ? 'CN' : R.pick(MARKET_SHIPS[seller.market]));
    const s = basic('neg.authorized_seller', lang, e, 'legit', { sf });
    s.market = seller.market;
    s.shipFrom = sf;
    s.currency = currencyFor(seller.market, sf);
    s.sellerId = seller.id;
    setPrice(s, e, ...(R.chance(0.7) ? [0.85, 1.05] : [0.4, 0.85]));
    s.quantity = R.int(1, 500);
    const tag = lang === 'en' ? R.pick(['Official Store', 'Authorised Retailer', 'official', 'Brand Store', '| Official', 'with manufacturer warranty']) : R.pick(['官方旗舰店', '品牌直营', '官方正品', '自营', '旗舰店', '官方授权']);
    const parts = productTitle(e, lang === 'mixed' ? 'zh' : lang, { noFill: true });
    parts.push(tag);
    s.title = negTitle(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Sold and shipped by the brand\'s official store.', 'Authorised retailer - full manufacturer warranty applies.']) : R.pick(['品牌官方直营，全国联保。', '官方授权店铺，提供正规发票。']);
    return s;
  };

  G['neg.second_hand'] = () => {
    const lang = NEG_LANG(0.55) === 'en' ? 'en' : 'zh';
    const e = pickLine((x) => !['software', 'batteries', 'baby-products', 'cosmetics', 'printer-supplies'].includes(x.l.category));
    const s = basic('neg.second_hand', lang, e, 'legit', { sf: undefined });
    if (lang === 'en' && ['aliexpress', 'wish'].includes(s.market)) return null;
    s.condition = R.chance(0.85) ? 'used' : 'refurbished';
    if (s.condition === 'used') usedMarket(s);
    setPrice(s, e, ...(R.chance(0.08) ? [1.02, 1.5] : [0.25, 0.85]));
    s.quantity = 1;
    const wear = lang === 'en' ? R.pick(V.WEAR_EN) : R.pick(V.WEAR_ZH);
    const parts = productTitle(e, lang, { noFill: true });
    parts.push(s.condition === 'refurbished' ? (lang === 'en' ? R.pick(['refurbished', 'certified refurbished', 'serviced']) : R.pick(['官翻', '翻新机', '已保养'])) : wear);
    s.title = j(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Bought new from an authorised store, receipt available.', 'My own item, selling because I no longer use it.', 'Genuine, purchased in 2023, see photos for wear.', 'Comes with the original box and paperwork.']) : R.pick(['专柜购入，有小票。', '自用闲置，保证正品，介意使用痕迹勿拍。', '二三年购入，实物拍摄，可验。']);
    return s;
  };

  G['neg.promotion'] = () => {
    const lang = NEG_LANG(0.55);
    const e = pickLine();
    const s = basic('neg.promotion', lang, e, 'legit');
    setPrice(s, e, 0.5, 0.9);
    s.quantity = R.int(1, 400);
    const promo = lang === 'en' ? R.pick(V.PROMO_EN) : R.pick(V.PROMO_ZH);
    const parts = productTitle(e, lang === 'mixed' ? 'zh' : lang, { fillFn: fillNoAuth });
    parts.unshift(lang === 'en' ? promo : zhWrap(promo));
    if (R.chance(0.4)) parts.push(lang === 'en' ? `${R.pick([20, 25, 30, 35, 40, 45])}% off` : R.pick(['直降', '到手价', '券后价']));
    s.title = negTitle(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Seasonal sale on genuine stock, while sizes last.', 'Discount applies until 31 December or while stock lasts.', 'Clearance of last season\'s colours - all genuine, full warranty.']) : R.pick(['年终清仓，正品保障，断码不补。', '活动价截止到十二月十二日。', '旗舰店活动，正品行货，价格保护。']);
    return s;
  };

  G['neg.gray_market'] = () => {
    const lang = NEG_LANG(0.55) === 'en' ? 'en' : 'zh';
    const e = pickLine((x) => x.l.category !== 'software');
    const s = basic('neg.gray_market', lang, e, 'legit');
    setPrice(s, e, 0.8, 1.03);
    s.quantity = R.int(1, 20);
    const g = lang === 'en' ? R.pick(V.GRAY_EN) : R.pick(V.GRAY_ZH);
    const parts = productTitle(e, lang, { noFill: true });
    parts.splice(R.int(0, parts.length), 0, lang === 'en' ? g : R.chance(0.5) ? zhWrap(g) : g);
    s.title = j(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Genuine product imported from overseas; manufacturer warranty may not apply in your country.', 'Parallel import, 100% genuine, local language manual may differ.']) : R.pick(['海外正品，非国行，不享受国内联保。', '平行进口，正品保证，说明书为外文。']);
    return s;
  };

  G['neg.negated_marker'] = () => {
    const lang = NEG_LANG(0.55) === 'en' ? 'en' : 'zh';
    const e = pickLine((x) => x.l.category !== 'software');
    const s = basic('neg.negated_marker', lang, e, 'legit');
    const used = R.chance(0.4);
    s.condition = used ? 'used' : 'new';
    if (used) usedMarket(s);
    setPrice(s, e, used ? 0.5 : 0.85, used ? 0.85 : 1.08);
    s.quantity = 1;
    const n = lang === 'en' ? R.pick(V.NEGATED_EN) : R.pick(V.NEGATED_ZH);
    const parts = productTitle(e, lang, { noFill: true });
    if (used) parts.push(lang === 'en' ? R.pick(V.WEAR_EN) : R.pick(V.WEAR_ZH));
    parts.push(lang === 'en' ? n : R.chance(0.5) ? zhWrap(n) : n);
    s.title = j(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Proof of purchase from an authorised dealer included; happy for you to authenticate it.', 'Serial number matches the paperwork. We never sell replicas.']) : R.pick(['有购买凭证，可以去专柜验货。', '支持任何第三方鉴定，假一赔十。']);
    return s;
  };

  G['neg.colour_words'] = () => {
    const lang = NEG_LANG(0.65) === 'en' ? 'en' : 'zh';
    const e = pickLine((x) => (x.l.colours ?? []).some((c) => (lang === 'en' ? latin(c) : true)));
    const s = basic('neg.colour_words', lang, e, 'legit');
    setPrice(s, e, 0.82, 1.1);
    s.quantity = R.int(1, 10);
    const cs = (e.l.colours ?? []).filter((c) => (lang === 'en' ? latin(c) : true));
    const c1 = R.pick(cs);
    const parts = [...bl(e, lang, 'official'), lang === 'en' ? R.pick([`in ${c1}`, `${c1}`, `colour: ${c1}`, `(${c1})`]) : R.pick([c1, `颜色：${c1}`, `${c1}款`]), noun(e.l.category, lang, e), size(e.l.category, lang)];
    if (cs.length > 1 && R.chance(0.35)) parts.push(lang === 'en' ? `also ${R.pick(cs.filter((x) => x !== c1))}` : `另有${R.pick(cs.filter((x) => x !== c1))}`);
    s.title = j(parts, lang);
    s.meta.colour = c1;
    s.insert = null;
    return s;
  };

  G['neg.model_codes'] = () => {
    const lang = NEG_LANG(0.65) === 'en' ? 'en' : 'zh';
    const [cat, en, zh, usd] = R.pick(MODEL_CODES);
    const s = basic('neg.model_codes', lang, null, 'legit', { category: cat });
    usdPrice(s, usd, 0.2);
    s.quantity = R.int(1, 500);
    const tail = lang === 'en' ? R.pick(['', '', 'new', 'fast ship', 'x2', 'x5', 'bulk pack', 'in stock']) : R.pick(['', '', '现货', '包邮', '两个', '五个装']);
    s.title = j([lang === 'en' ? en : zh, tail], lang);
    if (/x2|x5|两个|五个装|bulk/.test(tail)) s.quantity = Math.max(s.quantity, 2);
    s.insert = null;
    return s;
  };

  G['neg.licensed_repro'] = () => {
    const lang = NEG_LANG(0.6) === 'en' ? 'en' : 'zh';
    if (R.chance(0.3)) {
      // official disc releases of the invented works: released ones from any legit seller, future ones as pre-orders from the rights holder
      const b = R.pick(ctx.workBrands);
      const w = R.pick(b.works);
      const future = w.discReleaseDate > LISTING_DATE;
      const sellers = b.sellers.filter((x) => (lang === 'en' ? !ZH_MARKETS.includes(x.market) : ZH_MARKETS.includes(x.market)));
      if (future && !sellers.length) return null;
      let mk;
      let sellerId;
      if (future) {
        const se = R.pick(sellers);
        const sf = se.sf ?? 'CN';
        mk = { market: se.market, shipFrom: sf, currency: currencyFor(se.market, sf) };
        sellerId = se.id;
      } else {
        mk = market(lang, 'legit');
        sellerId = ctx.sellerFor('legit', mk.market);
      }
      const cat = b.categories[0];
      const s = { kind: 'neg.licensed_repro', label: 'legit', brandId: b.id, lineKey: null, work: w.title, category: cat, market: mk.market, shipFrom: mk.shipFrom, currency: mk.currency,
        quantity: R.int(1, 50), condition: 'new', sellerId, lang, meta: { hand: false, cues: [] } };
      usdPrice(s, cat === 'music' ? R.float(12, 30) : R.float(15, 35), 0.1);
      const title = lang === 'en' ? (HAN.test(w.title) ? R.pick(w.aliases.filter(latin)) : w.title) : (HAN.test(w.title) ? w.title : R.pick(w.aliases.filter((a) => HAN.test(a))));
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const dateEn = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const dateZh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      if (future) {
        s.title = lang === 'en'
          ? j([title, R.pick(['Blu-ray', 'official Blu-ray', 'CD', 'LP']), `PRE-ORDER - releases ${dateEn}`], 'en')
          : j([`《${title}》`, R.pick(['官方正版', '正版']), R.pick(['蓝光', '光盘', '专辑']), `预售 ${dateZh}发行`], 'zh');
        s.insert = lang === 'en' ? `Official pre-order from the label. Ships on the release date, ${dateEn}.` : `官方预售，${dateZh}正式发行后统一发货。`;
        s.forceDesc = R.chance(0.5);
      } else {
        s.title = lang === 'en'
          ? j([title, R.pick(['- official remastered edition', '4K restoration, official release', '- licensed collector\'s edition', 'anniversary reissue (official)']), R.pick(['Blu-ray', 'DVD', 'CD', 'LP'])], 'en')
          : j([`《${title}》`, R.pick(['官方修复版', '正版收藏版', '纪念版 正版', '正版再版']), R.pick(['蓝光', '光盘', '黑胶', 'DVD'])], 'zh');
        s.insert = lang === 'en' ? `Official release, first published on disc on ${dateEn}.` : `正版发行，首发于${dateZh}。`;
      }
      return s;
    }
    const [bid, lk, cat, en, zh, usd] = R.pick(LICENSED);
    const e = ctx.lineOf(bid, lk);
    const s = basic('neg.licensed_repro', lang, e, 'legit');
    s.category = cat;
    const r = usd / e.retail;
    s.price = priceAt(usd, R.float(0.92, 1.06), s.currency, R);
    void r;
    s.quantity = R.int(1, 8);
    const tail = lang === 'en' ? R.pick(['', '', 'new', 'full set', 'UK seller', 'sealed']) : R.pick(['', '', '现货', '全新', '包邮']);
    s.title = j([lang === 'en' ? en : zh, tail], lang);
    s.insert = lang === 'en' ? R.pick(['Official product, made under licence by the rights holder.', 'This is the brand\'s own re-edition, not a third-party copy.']) : R.pick(['官方授权产品，正版保证。', '品牌官方复刻，不是第三方仿制。']);
    return s;
  };

  const CONSOLE_LINES = [['anbernic', 'rg35xx'], ['anbernic', 'rg406h'], ['anbernic', 'rg556'], ['pico', 'pico4'], ['pico', 'pico4ultra'], ['snk', 'neogeomini'], ['snk', 'aes'], ['konami', 'pcenginemini']];
  const UNMOD_EN = ['stock firmware', 'not modded', 'original firmware', 'no games added', 'factory reset', 'unmodified', 'official OS only', 'no custom firmware'];
  const UNMOD_ZH = ['原装未改', '没刷机', '原版系统', '未破解', '已恢复出厂', '无拆无修', '官方系统'];
  G['neg.used_console'] = () => {
    const lang = NEG_LANG(0.55) === 'en' ? 'en' : 'zh';
    const [bid, lk] = R.pick(CONSOLE_LINES);
    const e = ctx.lineOf(bid, lk);
    const s = basic('neg.used_console', lang, e, 'legit');
    if (lang === 'en' && ['aliexpress', 'wish'].includes(s.market)) return null;
    s.condition = 'used';
    usedMarket(s);
    setPrice(s, e, ...(lk === 'aes' ? [0.6, 1.6] : [0.35, 0.8]));
    s.quantity = 1;
    const parts = [...bl(e, lang, 'any'), noun(e.l.category, lang, e), lang === 'en' ? R.pick(V.WEAR_EN) : R.pick(V.WEAR_ZH)];
    if (R.chance(0.6)) parts.push(lang === 'en' ? R.pick(UNMOD_EN) : R.pick(UNMOD_ZH));
    if (R.chance(0.3)) parts.push(lang === 'en' ? R.pick(['with box', 'boxed', 'console only', 'w/ charger', 'with 2 controllers']) : R.pick(['带盒', '裸机', '配件齐全', '带充电器']));
    s.title = j(parts, lang);
    s.insert = lang === 'en' ? R.pick(['Genuine console, never opened or modified, runs the official firmware.', 'Selling my own unit, works perfectly, only the software it shipped with.']) : R.pick(['正品主机，未拆未改，官方系统。', '自用出，功能正常，没有装任何东西。']);
    return s;
  };

  G['neg.cheap_unbranded'] = () => {
    const lang = NEG_LANG(0.6) === 'en' ? 'en' : 'zh';
    const [cat, en, zh, usd] = R.pick(CHEAP);
    const s = basic('neg.cheap_unbranded', lang, null, 'legit', { category: cat });
    usdPrice(s, usd, 0.3);
    s.quantity = R.int(1, 999);
    const tail = lang === 'en' ? R.pick(['', '', 'cheap', 'budget', 'value pack', 'new', 'free shipping', 'wholesale ok', 'black', 'white', 'grey', 'blue']) : R.pick(['', '', '便宜', '平价', '包邮', '批发', '黑色', '白色', '灰色']);
    s.title = j([lang === 'en' ? en : zh, tail], lang);
    s.insert = null;
    return s;
  };

  void CAT_EXCLUDE_FOR_FASHION;
  return G;
}
