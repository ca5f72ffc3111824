// Template generators, one per kind. Each returns a listing spec or null (the caller retries).
import { LISTING_DATE, toUSD, priceAt, fromUSD } from './lib.js';
import * as V from './vocab.js';
import * as N from './negdata.js';

export function makeGenerators(ctx) {
  const { rng, LINES, BRANDS, brandById, sellerFor, chooseMarket, hasHan, containsOfficial } = ctx;
  const { brandEn, brandZh, lineEn, lineZh, colourEn, colourZh, nounEn, nounZh, sizeFor, joinEn, joinZh, price, scoped } = ctx;

  const pickLE = (filter = () => true) => {
    const c = LINES.filter(filter);
    if (!c.length) return null;
    const bids = [...new Set(c.map((x) => x.b.id))];
    const bid = rng.pick(bids);
    return rng.pick(c.filter((x) => x.b.id === bid));
  };
  const langPick = (pairs) => rng.weighted(pairs);
  const placeCue = (parts, cue, wStart = 0.25) => {
    const r = rng.next();
    if (r < wStart) return [cue, ...parts];
    if (r < wStart + 0.15 && parts.length > 2) {
      const i = rng.int(1, parts.length - 1);
      return [...parts.slice(0, i), cue, ...parts.slice(i)];
    }
    return [...parts, cue];
  };
  const zhDeco = (label) => rng.pick(label === 'legit'
    ? ['', '', '', '包邮', '顺丰包邮', '当天发', '新款', '热卖', '经典款', '送礼', '正品']
    : ['', '', '', '包邮', '顺丰包邮', '当天发', '新款', '热卖', '经典款', '现货', '正品', '特价']);
  const enDeco = (label) => rng.pick(label === 'legit'
    ? ['', '', '', '', 'Free shipping', 'Fast dispatch', 'NEW', 'Brand New', 'Gift idea', 'Free P&P']
    : ['', '', '', '', 'Free shipping', 'Fast dispatch', 'NEW', 'Brand New', 'Hot', 'Free P&P', 'Best price']);


  const EXTRA = {
    en: ['', '', 'NEW', 'Free shipping', 'Brand new', 'Fast dispatch', 'Gift idea', 'In stock', 'Top seller', 'Free P&P', 'UK stock', 'US seller', 'Quick ship', '2026'],
    zh: ['', '', '包邮', '现货', '新款', '热卖', '顺丰包邮', '当天发', '送礼', '家用', '二零二六新款', '店长推荐'],
    consoleEn: ['boxed', 'tested and working', 'PAL', 'NTSC', 'with original cables', 'clean', 'collector owned', 'smoke-free home', 'includes manual', 'light wear'],
    consoleZh: ['带盒', '已测试', '原装线材', '成色好', '收藏自用', '附说明书', '无烟家庭', '功能正常'],
  };
  const vary = (title, lang, set = null) => {
    const zh = lang !== 'en';
    const pool = set ?? (zh ? EXTRA.zh : EXTRA.en);
    const n = rng.weighted([[0, 3], [1, 5], [2, 2]]);
    const adds = rng.pickN(pool.filter(Boolean), n);
    if (!adds.length) return title;
    if (zh) return rng.chance(0.3) ? `【${adds[0]}】${title}${adds[1] ? ` ${adds[1]}` : ''}` : `${title} ${adds.join(' ')}`;
    const sep = rng.pick([' - ', ' | ', ', ', ' ']);
    return `${title}${sep}${adds.join(rng.pick([', ', ' ', ' | ']))}`;
  };

  // product words: brand (optional), line, colour, noun, size
  function product(e, lang, o = {}) {
    const { b, l } = e;
    const parts = [];
    if (lang === 'en') {
      const ln = lineEn(b, l, !!o.noBrand);
      if (!ln && o.noBrand) return null;
      if (o.brandText) parts.push(o.brandText);
      else if (!o.noBrand && !(ln && containsOfficial(b, ln))) parts.push(brandEn(b));
      if (ln) parts.push(ln);
      const c = o.colour === false ? null : o.colour ?? (rng.chance(0.45) ? colourEn(l) : null);
      if (c) parts.push(c);
      const noun = nounEn(l);
      if (rng.chance(o.nounP ?? 0.55) && ln && !ln.toLowerCase().includes(noun.split(' ').pop())) parts.push(noun);
      if (rng.chance(o.sizeP ?? 0.3)) parts.push(sizeFor(l.category, 'en', l.key));
    } else {
      const ln = lineZh(b, l, !!o.noBrand);
      if (!ln && o.noBrand) return null;
      if (o.brandText) parts.push(o.brandText);
      else if (!o.noBrand && !(ln && containsOfficial(b, ln))) parts.push(brandZh(b));
      if (ln) parts.push(ln);
      const c = o.colour === false ? null : o.colour ?? (rng.chance(0.45) ? colourZh(l) : null);
      if (c) parts.push(c);
      const noun = nounZh(l);
      if (rng.chance(o.nounP ?? 0.7) && ln && !ln.includes(noun)) parts.push(noun);
      if (rng.chance(o.sizeP ?? 0.3)) parts.push(sizeFor(l.category, 'zh', l.key));
    }
    return parts.filter(Boolean);
  }

  function base(kind, label, e, lang, extra = {}) {
    return { kind, label, brandId: e?.b.id ?? null, lineKey: e?.l.key ?? null, category: e?.l.category ?? extra.category, lang, meta: { hand: false, cues: [] }, ...extra };
  }
  const mkt = (lang, label, cat, opts = {}) => chooseMarket({ lang, label, cat, ...opts });
  const finish = (spec, m, priceVal, qty, cond) => {
    if (!m) return null;
    return {
      ...spec,
      market: m.market,
      shipFrom: m.sf,
      currency: m.currency,
      price: priceVal(m.currency),
      quantity: qty,
      condition: cond,
      sellerId: spec.sellerId ?? sellerFor(spec.label, m.market),
    };
  };
  const lowQty = () => rng.weighted([[1, 6], [2, 1.5], [3, 1], [rng.int(4, 9), 1]]);
  const bulkQty = () => rng.pick([20, 24, 30, 48, 50, 60, 80, 100, 120, 150, 200, 300, 500, 999]);
  const anyQty = () => (rng.chance(0.25) ? bulkQty() : lowQty());

  // ---------------- counterfeit kinds ----------------
  const G = {};

  G['pos.marker_en'] = () => {
    const e = pickLE();
    let parts = product(e, 'en');
    const cue = rng.pick(V.MARKER_EN);
    parts = placeCue(parts, cue);
    parts.push(enDeco('cf'));
    const spec = base('pos.marker_en', 'counterfeit', e, 'en', { title: joinEn(parts), insert: rng.chance(0.6) ? rng.pick(V.MARKER_EN_SENT) : null });
    spec.meta.cues.push(`marker:${cue}`);
    return finish(spec, mkt('en', 'cf', e.l.category), (c) => price(e.retail, 0.04, 0.35, c), anyQty(), 'new');
  };

  G['pos.marker_zh'] = () => {
    const e = pickLE((x) => !!ctx.colourZh(x.l) || !x.l.colours.length);
    let parts = product(e, 'zh');
    const cue = rng.pick(V.MARKER_ZH);
    parts = placeCue(parts, cue, 0.35);
    parts.push(zhDeco('cf'));
    const spec = base('pos.marker_zh', 'counterfeit', e, 'zh', { title: joinZh(parts), insert: rng.chance(0.6) ? rng.pick(V.MARKER_ZH_SENT) : null });
    spec.meta.cues.push(`marker:${cue}`);
    return finish(spec, mkt('zh', 'cf', e.l.category), (c) => price(e.retail, 0.03, 0.3, c), anyQty(), 'new');
  };

  const codedGroup = (cat) => {
    if (cat === 'shoes') return 'shoes';
    if (cat === 'watches') return 'watches';
    if (cat === 'handbags' || cat === 'small-leather-goods' || cat === 'jewellery') return 'handbags';
    if (cat === 'fragrance' || cat === 'cosmetics') return 'fragrance';
    if (['audio', 'phones', 'phone-accessories', 'cameras', 'computers'].includes(cat)) return 'electronics';
    return 'default';
  };
  G['pos.coded_language'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const e = pickLE((x) => !['software', 'video-games', 'tyres'].includes(x.l.category));
    const g = codedGroup(e.l.category);
    const cue = lang === 'en' ? rng.pick(V.CODED_EN[g] ?? V.CODED_EN.default) : rng.pick(V.CODED_ZH[g] ?? V.CODED_ZH.default);
    let parts = product(e, lang);
    parts = placeCue(parts, cue, 0.2);
    if (lang === 'en' && rng.chance(0.3)) parts.push(rng.pick(['W2C', 'QC on request', 'agent friendly', 'QC pics']));
    const title = lang === 'en' ? joinEn(parts) : joinZh([...parts, zhDeco('cf')]);
    const spec = base('pos.coded_language', 'counterfeit', e, lang, { title, insert: rng.chance(0.55) ? rng.pick(lang === 'en' ? V.CODED_EN_SENT : V.CODED_ZH_SENT) : null });
    spec.meta.cues.push(`coded:${cue}`);
    return finish(spec, mkt(lang, 'cf', e.l.category), (c) => price(e.retail, 0.04, 0.3, c), anyQty(), 'new');
  };

  G['pos.oem_leak'] = () => {
    const lang = langPick([['en', 50], ['zh', 50]]);
    const e = pickLE((x) => !['software', 'video-games'].includes(x.l.category));
    const cue = lang === 'en' ? rng.pick(V.OEM_EN) : rng.pick(V.OEM_ZH);
    let parts = product(e, lang);
    parts = placeCue(parts, lang === 'en' ? rng.pick([cue, `(${cue})`, `- ${cue}`]) : rng.pick([cue, `【${cue}】`]), 0.3);
    const title = lang === 'en' ? joinEn([...parts, enDeco('cf')]) : joinZh([...parts, zhDeco('cf')]);
    const spec = base('pos.oem_leak', 'counterfeit', e, lang, { title, insert: rng.chance(0.6) ? rng.pick(lang === 'en' ? V.OEM_EN_SENT : V.OEM_ZH_SENT) : null });
    spec.meta.cues.push(`oem:${cue}`);
    return finish(spec, mkt(lang, 'cf', e.l.category), (c) => price(e.retail, 0.06, 0.4, c), anyQty(), 'new');
  };

  const handle = () => `@${rng.pick(V.HANDLE_PARTS)}${rng.pick(['_', '.', ''])}${rng.pick(V.HANDLE_PARTS)}${rng.chance(0.5) ? rng.int(1, 99) : ''}`;
  G['pos.dm_real_pics'] = () => {
    const lang = langPick([['en', 50], ['zh', 50]]);
    const e = pickLE((x) => !['software', 'video-games', 'tyres'].includes(x.l.category));
    let cue = lang === 'en' ? rng.pick(V.DM_EN) : rng.pick(V.DM_ZH);
    if (lang === 'en' && rng.chance(0.35) && /Telegram|IG|insta|Snap|Kik/.test(cue)) cue = `${cue} ${handle()}`;
    let parts = product(e, lang);
    parts = placeCue(parts, lang === 'en' ? rng.pick([cue, `(${cue})`, `** ${cue} **`]) : rng.pick([cue, `【${cue}】`, `${cue}～`]), 0.15);
    const title = lang === 'en' ? joinEn(parts) : joinZh(parts);
    const spec = base('pos.dm_real_pics', 'counterfeit', e, lang, { title, insert: rng.chance(0.6) ? rng.pick(lang === 'en' ? V.DM_EN_SENT : V.DM_ZH_SENT) : null });
    spec.meta.cues.push(`dm:${cue}`);
    return finish(spec, mkt(lang, 'cf', e.l.category), (c) => price(e.retail, 0.05, 0.4, c), anyQty(), 'new');
  };

  G['pos.brand_nickname_zh'] = () => {
    const e = pickLE((x) => scoped(x.b.nick, x.l.key).length > 0);
    const nick = rng.pick(scoped(e.b.nick, e.l.key));
    const parts = product(e, 'zh', { noBrand: true, brandText: nick, nounP: nick.length > 3 ? 0.2 : 0.7 });
    if (!parts) return null;
    const far = rng.chance(0.85);
    if (!far) parts.push(rng.pick(V.BULK_ZH));
    parts.push(rng.pick(['', '', '特价', '清仓', '捡漏', '白菜价', '便宜出', '低价']));
    const spec = base('pos.brand_nickname_zh', 'counterfeit', e, 'zh', { title: joinZh(parts), insert: null });
    spec.meta.cues.push(`nickname:${nick}`, far ? 'price:far-below' : 'bulk');
    return finish(spec, mkt('zh', 'cf', e.l.category), (c) => (far ? price(e.retail, 0.03, 0.3, c) : price(e.retail, 0.3, 0.5, c)), far ? anyQty() : bulkQty(), 'new');
  };

  G['pos.brand_abbrev_emoji'] = () => {
    const lang = langPick([['en', 82], ['zh', 18]]);
    const e = pickLE((x) => scoped(x.b.abbr, x.l.key).length > 0);
    const ab = rng.pick(scoped(e.b.abbr, e.l.key));
    if (lang === 'zh' && (ab.match(/[A-Za-z]{2,}/g) ?? []).length > 1) return null;
    const parts = product(e, lang, { noBrand: true, brandText: ab });
    if (!parts) return null;
    const mode = rng.weighted([['price', 70], ['bulk', 18], ['stated', 12]]);
    if (mode === 'bulk') parts.push(lang === 'en' ? rng.pick(V.BULK_EN) : rng.pick(V.BULK_ZH));
    if (mode === 'stated') parts.push(lang === 'en' ? rng.pick(['not original', 'good copy', 'copy', 'inspired piece']) : rng.pick(['非原版', '仿款', '高仿']));
    const title = lang === 'en' ? joinEn(parts) : joinZh(parts);
    const spec = base('pos.brand_abbrev_emoji', 'counterfeit', e, lang, { title, insert: null });
    spec.meta.cues.push(`abbrev:${ab}`, mode);
    spec.meta.statedCue = mode === 'stated';
    const pr = mode === 'price' ? (c) => price(e.retail, 0.03, 0.2, c) : (c) => price(e.retail, 0.1, 0.45, c);
    return finish(spec, mkt(lang, 'cf', e.l.category), pr, mode === 'bulk' ? bulkQty() : lowQty(), 'new');
  };

  G['pos.brand_misspelled'] = () => {
    const lang = langPick([['en', 85], ['zh', 15]]);
    const e = pickLE((x) => x.b.missp && x.b.missp.length);
    const ms = rng.pick(e.b.missp.filter((m) => !containsOfficial(e.b, m)));
    if (!ms) return null;
    const parts = product(e, lang, { noBrand: true, brandText: ms });
    if (!parts) return null;
    const mode = rng.weighted([['price', 55], ['bulk', 15], ['stated', 30]]);
    if (mode === 'bulk') parts.push(lang === 'en' ? rng.pick(V.BULK_EN) : rng.pick(V.BULK_ZH));
    if (mode === 'stated') parts.push(lang === 'en' ? rng.pick(['good copy', 'cheap', 'cheap!!', 'copy', 'very cheap', 'budget version']) : rng.pick(['便宜', '低价', '仿款']));
    const title = lang === 'en' ? joinEn(parts) : joinZh(parts);
    const spec = base('pos.brand_misspelled', 'counterfeit', e, lang, { title, insert: null });
    spec.meta.cues.push(`missp:${ms}`, mode);
    spec.meta.statedCue = mode === 'stated';
    const pr = mode === 'price' ? (c) => price(e.retail, 0.03, 0.25, c) : (c) => price(e.retail, 0.06, 0.4, c);
    return finish(spec, mkt(lang, 'cf', e.l.category), pr, mode === 'bulk' ? bulkQty() : lowQty(), 'new');
  };

  // ---- homoglyphs ----
  const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', s: 'ѕ', S: 'Ѕ', I: 'І', j: 'ј' };
  const GRK = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Y: 'Υ', Z: 'Ζ', o: 'ο', v: 'ν', k: 'κ', u: 'υ' };
  const DIG = { o: '0', O: '0', i: '1', I: '1', l: '1', L: '1', e: '3', E: '3', a: '4', A: '4', s: '5', S: '5', t: '7', T: '7', b: '8', B: '8', g: '9' };
  const SYM = { a: '@', A: '@', s: '$', S: '$', i: '!', o: '°', O: '0', e: '€', l: '|', c: '¢' };
  const ACC = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç', A: 'Á', E: 'É', O: 'Ö', U: 'Ü', y: 'ÿ', r: 'ř', s: 'š', z: 'ž' };
  const fullwidth = (s) => [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
  const subst = (s, map, p) => {
    let changed = false;
    const out = [...s].map((ch) => {
      if (map[ch] && rng.chance(p)) {
        changed = true;
        return map[ch];
      }
      return ch;
    });
    if (!changed) {
      const idx = [...s].map((ch, i) => (map[ch] ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) return null;
      const i = rng.pick(idx);
      out[i] = map[[...s][i]];
    }
    return out.join('');
  };
  const homoglyph = (name) => {
    const method = rng.pick(['cyr', 'cyr', 'grk', 'dig', 'sym', 'acc', 'full', 'zw', 'spaced', 'dotted', 'mix']);
    let r = null;
    switch (method) {
      case 'cyr': r = subst(name, CYR, 0.4); break;
      case 'grk': r = subst(name.toUpperCase(), GRK, 0.5); break;
      case 'dig': r = subst(name, DIG, 0.4); break;
      case 'sym': r = subst(name, SYM, 0.5); break;
      case 'acc': r = subst(name, ACC, 0.5); break;
      case 'full': r = fullwidth(name); break;
      case 'zw': {
        const ch = [...name];
        const z = rng.pick(['\u200b', '\u200c', '\u200d', '\u2060']);
        const i = rng.int(1, Math.max(1, ch.length - 1));
        ch.splice(i, 0, z);
        r = ch.join('');
        break;
      }
      case 'spaced': r = [...name].filter((c) => c !== ' ').join(rng.pick([' ', ' ', '  ', '\u00a0'])); break;
      case 'dotted': r = [...name.replace(/\s+/g, '')].join(rng.pick(['.', '·', '-', '_', '*'])); break;
      case 'mix': r = subst(subst(name, CYR, 0.3) ?? name, DIG, 0.3); break;
    }
    return r ? { text: r, method } : null;
  };
  G['pos.brand_homoglyph'] = () => {
    const lang = langPick([['en', 85], ['zh', 15]]);
    const e = pickLE((x) => x.b.name.length >= 3);
    const hg = homoglyph(rng.pick(e.b.disp.filter((d) => d.length >= 3)) ?? e.b.name);
    if (!hg) return null;
    const parts = product(e, lang, { noBrand: true, brandText: hg.text });
    if (!parts) return null;
    const mode = rng.weighted([['price', 55], ['bulk', 15], ['marker', 30]]);
    if (mode === 'bulk') parts.push(lang === 'en' ? rng.pick(V.BULK_EN) : rng.pick(V.BULK_ZH));
    if (mode === 'marker') parts.push(lang === 'en' ? rng.pick(V.MARKER_EN) : rng.pick(['高仿', '复刻', '精仿', '一比一']));
    const title = lang === 'en' ? joinEn(parts) : joinZh(parts);
    if (containsOfficial(e.b, title)) return null;
    const spec = base('pos.brand_homoglyph', 'counterfeit', e, lang, { title, insert: null });
    spec.meta.cues.push(`homoglyph:${hg.method}`, mode);
    spec.meta.statedCue = mode === 'marker';
    const pr = mode === 'price' ? (c) => price(e.retail, 0.03, 0.25, c) : (c) => price(e.retail, 0.06, 0.4, c);
    return finish(spec, mkt(lang, 'cf', e.l.category), pr, mode === 'bulk' ? bulkQty() : lowQty(), 'new');
  };

  // ---- price-led kinds ----
  const inMfg = (e) => (sf) => e.mfg.includes(sf);
  const outMfg = (e) => (sf) => e.mfg.length > 0 && !e.mfg.includes(sf);
  const SHIP_EN = { CN: 'China', HK: 'Hong Kong', TH: 'Thailand', MY: 'Malaysia', TR: 'Turkey', US: 'the US', GB: 'the UK', SG: 'Singapore', PH: 'the Philippines', VN: 'Vietnam', ID: 'Indonesia', DE: 'Germany', FR: 'France', IT: 'Italy', JP: 'Japan', AU: 'Australia', CA: 'Canada', ES: 'Spain', NL: 'the Netherlands', BE: 'Belgium', PL: 'Poland', LT: 'Lithuania' };
  const SHIP_ZH = { CN: '国内', HK: '香港' };

  G['pos.extreme_price'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const e = pickLE((x) => x.mfg.length && !['software', 'video-games'].includes(x.l.category));
    const zh = lang === 'zh';
    const options = ['bulk', 'ship', 'quality', 'factory'];
    const offs = (e.l.off ?? []).filter((c) => (zh ? V.ZH_COLOUR[c] : true));
    if (offs.length) options.push('colour', 'colour');
    const cue = rng.pick(options);
    // where it ships from
    let m;
    if (cue === 'ship') m = mkt(lang, 'cf', e.l.category, { sfOk: outMfg(e), allowHK: zh, sfPrefer: ['CN', 'HK', 'TH', 'TR', 'MY'] });
    else m = mkt(lang, 'cf', e.l.category, { sfOk: inMfg(e), sfPrefer: e.mfg });
    if (!m) return null;
    const colour = cue === 'colour' ? rng.pick(offs) : null;
    const parts = product(e, lang, { colour: colour ? (zh ? V.ZH_COLOUR[colour] : colour) : rng.chance(0.3) ? undefined : false });
    let insert = null;
    if (cue === 'bulk') {
      if (rng.chance(0.6)) parts.push(zh ? rng.pick(V.BULK_ZH) : rng.pick(V.BULK_EN));
      else insert = zh ? '大量现货，可以批发。' : 'We have a large quantity in stock, bulk orders welcome.';
    }
    if (cue === 'quality') parts.push(zh ? rng.pick(V.QUALITY_ZH) : rng.pick(V.QUALITY_EN));
    if (cue === 'factory') parts.push(zh ? rng.pick(V.FACTORY_ZH) : rng.pick(V.FACTORY_EN));
    if (cue === 'ship' && rng.chance(0.4)) {
      if (zh) parts.push(`${SHIP_ZH[m.sf] ?? ''}发货`.replace(/^发货$/, ''));
      else parts.push(`ships from ${SHIP_EN[m.sf] ?? m.sf}`);
    }
    if (!insert && rng.chance(0.5)) insert = zh ? rng.pick(V.NEG_ZH.plain) : rng.pick(V.NEG_EN.plain);
    const title = zh ? joinZh(parts) : joinEn(parts);
    const spec = base('pos.extreme_price', 'counterfeit', e, lang, { title, insert });
    spec.meta.cues.push(`extreme:${cue}`);
    spec.meta.extremeCue = cue;
    if (colour) spec.meta.offColour = colour;
    return finish(spec, m, (c) => price(e.retail, 0.03, 0.1, c), cue === 'bulk' ? bulkQty() : rng.pick([1, 1, 1, 2]), 'new');
  };

  G['pos.weak_cues'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const e = pickLE((x) => x.mfg.length && !['software', 'video-games', 'tyres'].includes(x.l.category));
    const pool = ['several', 'ship', 'quality', 'nobox', 'noreceipt'];
    if (['apparel', 'shoes', 'handbags', 'small-leather-goods'].includes(e.l.category)) pool.push('notags');
    const offs = (e.l.off ?? []).filter((c) => (zh ? V.ZH_COLOUR[c] : true));
    if (offs.length) pool.push('colour');
    const n = rng.chance(0.5) ? 2 : 3;
    const cues = rng.pickN(pool, n);
    const m = cues.includes('ship')
      ? mkt(lang, 'cf', e.l.category, { sfOk: outMfg(e), allowHK: zh, sfPrefer: ['CN', 'HK', 'TH', 'TR'] })
      : mkt(lang, 'cf', e.l.category, { sfOk: inMfg(e), sfPrefer: e.mfg });
    if (!m) return null;
    const colour = cues.includes('colour') ? rng.pick(offs) : null;
    const parts = product(e, lang, { colour: colour ? (zh ? V.ZH_COLOUR[colour] : colour) : false });
    const descBits = [];
    const W = zh ? V.WEAK_ZH : V.WEAK_EN;
    for (const c of cues) {
      if (c === 'ship' || c === 'colour') continue;
      const phrase = rng.pick(W[c]);
      if (rng.chance(0.65)) parts.push(phrase);
      else descBits.push(phrase);
    }
    if (cues.includes('ship') && rng.chance(0.35) && !zh) parts.push(`ships from ${SHIP_EN[m.sf] ?? m.sf}`);
    const insert = descBits.length ? (zh ? `${descBits.join('，')}。` : `${ctx.cap(descBits.join(', '))}.`) : null;
    const title = zh ? joinZh(parts) : joinEn(parts);
    const spec = base('pos.weak_cues', 'counterfeit', e, lang, { title, insert, forceDesc: !!insert });
    spec.meta.cues.push(...cues.map((c) => `weak:${c}`));
    spec.meta.weakCues = cues;
    if (colour) spec.meta.offColour = colour;
    return finish(spec, m, (c) => price(e.retail, 0.3, 0.6, c), cues.includes('several') ? rng.int(3, 15) : 1, 'new');
  };

  // line named as sellers name it, no brand
  const GENERIC_SHORT = new Set(['tail pipes', 'Evolution', 'Slip-On', 'slip-on titanium', 'Pocket', '3D', 'Duo', 'Gent', 'EX', 'HX', 'Monster', 'Nova', 'Trucker',
    'Lily', 'Alexa', 'Stella', 'Climber', 'Braiser', 'Stoneware Mug', 'Greenland', 'INOX', 'Original capsules', 'Ear 3', 'Ear (a)', 'Ear a', 'Phone 2', 'Phone (2)',
    'STA', 'Tabi', 'Francy', 'Whitney', 'Super-Star', 'Hi Star', 'Ball Star', 'Zip Around', 'Watery Oil', 'Lip Color', 'Black Series', 'Legacy Leader',
    'Studio Series Voyager', '1000%', '100%+400%', '100% & 400%', 'SERIES 48', 'SERIES 49', 'PAK', 'XT derailleur', 'Lightroom', 'Photoshop 2025', 'CC All Apps',
    'full zip hoodie', 'College tee', 'One Point tee', 'Ape Head tee', 'Manuela', 'Bayswater', 'Huntsman', 'Meteorites', 'Shalimar', 'Layton', 'Delina', 'Pegasus',
    'Baies', 'Tam Dao', 'Do Son', 'Philosykos', 'Glam Slam', 'Tabi flats', 'Tabi ballerinas', 'Nano Solitaire', 'pearl choker', 'Aigrette', 'Jeux de Liens']);
  const styleName = (e, lang) => {
    const { b, l } = e;
    const opts = [...(l.shortNames ?? []).filter((x) => !GENERIC_SHORT.has(x)), ...(l.modelNumbers ?? []).filter((x) => /[A-Za-z]/.test(x) && x.length <= 10)]
      .filter((x) => !containsOfficial(b, x) && x.length >= 2);
    const extra = {
      tabiboot: ['Tabi', '分趾 Tabi'], cloudmonster: ['Cloudmonster 2', 'Monster 二代'], disruptor: ['Disruptor 2', 'Disruptor 二代'],
      gr3: ['GR3', 'GRIII', 'GR三代'], gr3x: ['GR3x', 'GR3X 40mm'], a063: ['28-75 G2', '28-75 二代', '2875 G2'], a065: ['70-180 G2', '70180 二代'],
      b070: ['17-70 2.8'], summilux35: ['35 lux', '35 1.4 ASPH'], summicron50: ['50 cron', '50 f2'], m50x: ['M50x', 'M50X'],
      moonswatch: ['MoonSwatch', 'SO33M100', 'Mission to the Moon'], overseas: ['4500V', 'Overseas 41 blue', '纵横四海 4500V'],
      reversotribute: ['Reverso Tribute', 'Q713854J'], te37saga: ['TE37 SAGA', 'TE37SL', 'TE37'], ce28: ['CE28N', 'CE28'],
      kanken: ['Kanken', 'Kånken 16L', 'Kanken Classic'], rambler20: ['Rambler 20oz', '20 oz Rambler'], prov1: ['Pro V1', 'ProV1 2025'],
      '87v': ['87V', '87-V', '87V MAX'], huntsman: ['Huntsman 91mm'], dedica: ['EC685', 'Dedica 685'], h95: ['H95'], x200pro: ['X200 Pro'],
      phone3a: ['Phone (3a)', 'Phone 3a'], bayswater: ['Bayswater'], '101801': ['101801'], teddy: ['Teddy Bear Icon Coat', '泰迪熊大衣'],
      superstar: ['Super-Star', 'SuperStar'], bapesta: ['BAPESTA', 'STA'], lostcherry: ['Lost Cherry'], layton: ['Layton 125ml', 'Layton'],
      delina: ['Delina 75ml', 'Delina'], firstcare: ['润燥精华', 'First Care Serum'], abeilleoil: ['帝皇蜂姿', 'Watery Oil'],
    }[l.key] ?? [];
    const all = [...opts, ...extra].filter((x) => !containsOfficial(b, x) && (lang !== 'en' || !hasHan(x)));
    return all.length ? rng.pick(all) : null;
  };
  G['pos.product_line_seller_style'] = () => {
    const lang = langPick([['en', 50], ['zh', 50]]);
    const e = pickLE((x) => (x.l.shortNames?.length || x.l.modelNumbers?.length) && !['software', 'tyres'].includes(x.l.category));
    const name = styleName(e, lang);
    if (!name) return null;
    const zh = lang === 'zh';
    const parts = [name];
    const c = zh ? (rng.chance(0.4) ? colourZh(e.l) : null) : rng.chance(0.4) ? colourEn(e.l) : null;
    if (c) parts.push(c);
    parts.push(zh ? nounZh(e.l) : nounEn(e.l));
    if (rng.chance(0.25)) parts.push(sizeFor(e.l.category, lang));
    const kindCue = rng.pick(['marker', 'coded']);
    const g = codedGroup(e.l.category);
    const cue = kindCue === 'marker' ? (zh ? rng.pick(V.MARKER_ZH) : rng.pick(V.MARKER_EN)) : zh ? rng.pick(V.CODED_ZH[g] ?? V.CODED_ZH.default) : rng.pick(V.CODED_EN[g] ?? V.CODED_EN.default);
    const p2 = placeCue(parts, cue, 0.3);
    const title = zh ? joinZh(p2) : joinEn(p2);
    if (containsOfficial(e.b, title)) return null;
    const spec = base('pos.product_line_seller_style', 'counterfeit', e, lang, { title, insert: null });
    spec.meta.cues.push(`line:${name}`, `${kindCue}:${cue}`);
    return finish(spec, mkt(lang, 'cf', e.l.category), (cur) => price(e.retail, 0.04, 0.35, cur), anyQty(), 'new');
  };

  G['pos.description_only'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const e = pickLE((x) => !['software', 'video-games'].includes(x.l.category));
    const parts = product(e, lang);
    parts.push(zh ? rng.pick(['', '', '包邮', '新款', '经典款', '顺丰包邮']) : rng.pick(['', '', 'Free shipping', 'Brand New', 'New']));
    const sents = zh ? [...V.MARKER_ZH_SENT, ...V.CODED_ZH_SENT, ...V.OEM_ZH_SENT, ...V.DM_ZH_SENT] : [...V.MARKER_EN_SENT, ...V.CODED_EN_SENT, ...V.OEM_EN_SENT, ...V.DM_EN_SENT];
    const insert = rng.pick(sents);
    const title = zh ? joinZh(parts) : joinEn(parts);
    const spec = base('pos.description_only', 'counterfeit', e, lang, { title, insert, forceDesc: true, longP: 0.88 });
    spec.meta.cues.push('description');
    const hi = rng.chance(0.78);
    const markets = zh ? ['xianyu', 'taobao', 'weidian', 'douyin', 'xianyu'] : ['ebay', 'facebook-marketplace', 'mercari', 'carousell', 'depop', 'vinted', 'shopee', 'ebay'];
    return finish(spec, mkt(lang, 'cf', e.l.category, { markets }), (c) => (hi ? price(e.retail, 0.72, 1.0, c) : price(e.retail, 0.5, 0.72, c)), lowQty(), 'new');
  };

  const CIRC_CONSOLE_EN = ['with 5,000 games preloaded', 'modded, 10,000 ROMs included', 'jailbroken, all games installed', 'custom firmware + 128GB game pack',
    'flash cart included, full library', '20,000 retro games built in', 'modded with extra games', 'ROM pack SD card 256GB included', 'hacked, plays everything, games included'];
  const CIRC_CONSOLE_ZH = ['内置5000款游戏', '破解版 送全套游戏', '改机 内置游戏', '烧录卡 全游戏', '刷机版 内置一万款', '软破 整合包', '已破解 送两万款游戏', '改机芯片 可玩全部游戏'];
  const CIRC_SOFT_EN = ['cracked', 'pre-activated, no subscription', 'lifetime activation (crack included)', 'KMS activator USB', 'patched version, works offline forever',
    'full version crack, Win/Mac', 'activator + all plugins, permanent', 'portable pre-cracked'];
  const CIRC_SOFT_ZH = ['破解版', '永久激活', '学习版', '绿色版 免激活', '激活工具', '直装版 免破解', '永久使用 送激活工具', '破解补丁 一键激活'];
  const CIRC_GAME_EN = ['cracked PC copy, all DLC', 'repack, no activation needed', 'pre-cracked download', 'PC crack + all updates'];
  const CIRC_GAME_ZH = ['破解版 全DLC', '学习版 免安装', '单机破解 送修改器', '免激活 中文版 解压即玩'];
  G['pos.circumvention'] = () => {
    const lang = langPick([['en', 50], ['zh', 50]]);
    const zh = lang === 'zh';
    const type = rng.weighted([['console', 45], ['soft', 35], ['game', 12], ['stick', 8]]);
    if (type === 'stick') {
      const title = zh ? rng.pick(['复古游戏棒 四K 内置两万款游戏 双手柄', '怀旧掌机 内置一万五千款游戏 街机', '电视游戏机 家用 内置三万款游戏'])
        : rng.pick(['Retro Game Stick 4K, 20,000 Games Preloaded, 2 Wireless Controllers', 'Handheld Retro Console 15000 Games Built In', 'Arcade Box 3D, 10000 Games Preloaded, HDMI']);
      const spec = { kind: 'pos.circumvention', label: 'counterfeit', brandId: null, lineKey: null, category: 'game-consoles', lang, title, insert: null, meta: { hand: false, cues: ['circ:preloaded'] } };
      return finish(spec, mkt(lang, 'cf', 'game-consoles'), (c) => priceAt(rng.float(18, 60), 1, c, rng), anyQty(), 'new');
    }
    let e;
    let cue;
    let ratio;
    if (type === 'console') {
      e = pickLE((x) => x.l.category === 'game-consoles' && x.l.key !== 'cx40');
      cue = zh ? rng.pick(CIRC_CONSOLE_ZH) : rng.pick(CIRC_CONSOLE_EN);
      ratio = [0.8, 1.8];
    } else if (type === 'soft') {
      e = pickLE((x) => x.l.category === 'software');
      cue = zh ? rng.pick(CIRC_SOFT_ZH) : rng.pick(CIRC_SOFT_EN);
      ratio = [0.01, 0.15];
    } else {
      e = pickLE((x) => x.l.category === 'video-games');
      cue = zh ? rng.pick(CIRC_GAME_ZH) : rng.pick(CIRC_GAME_EN);
      ratio = [0.03, 0.25];
    }
    let parts;
    if (type === 'console') parts = product(e, lang, { sizeP: 0 });
    else {
      const SOFT = {
        ccall: ['Adobe Creative Cloud 2025 All Apps', 'Adobe CC 2025 Master Collection', 'Adobe 全家桶 2025'], ps: ['Adobe Photoshop 2025', 'Photoshop 2025', 'Photoshop 2025 中文版'],
        acrobat: ['Adobe Acrobat Pro DC', 'Acrobat Pro 2024', 'Acrobat Pro 中文版'], lightroom: ['Lightroom Classic 2025', 'Adobe Lightroom Classic', 'Lightroom Classic 中文版'],
        pse: ['Photoshop Elements 2025'], win11pro: ['Windows 11 Pro', 'Win11 Pro', 'Windows 11 专业版'], win11home: ['Windows 11 Home', 'Windows 11 家庭版'],
        officehb: ['Office 2024 Pro Plus', 'Microsoft Office 2024', 'Office 2024 专业增强版'], m365: ['Microsoft 365', 'Office 365 Pro Plus', 'Microsoft 365 全家桶'],
        ff7rebirth: ['Final Fantasy VII Rebirth PC', 'FF7 Rebirth', '最终幻想VII 重生'], dq3: ['Dragon Quest III HD-2D Remake', 'DQ3 HD-2D', '勇者斗恶龙III HD-2D 重制版'],
        ff14: ['Final Fantasy XIV', 'FF14'], atari50: ['Atari 50 Anniversary Celebration', 'Atari 50'],
      }[e.l.key] ?? [e.l.name];
      const names = SOFT.filter((x) => (zh ? true : !hasHan(x)));
      const nm = rng.pick(zh ? names.filter(hasHan).concat(names.filter((x) => !/ [a-z]/.test(x))) : names);
      parts = [nm, zh ? rng.pick(['', '软件', '电脑版', '中文版']) : rng.pick(['', 'software', 'PC', 'Win/Mac', 'full version'])];
    }
    const p2 = placeCue(parts, cue, 0.1);
    const title = zh ? joinZh(p2) : joinEn(p2);
    const spec = base('pos.circumvention', 'counterfeit', e, lang, { title, insert: null });
    spec.meta.cues.push(`circ:${cue}`);
    return finish(spec, mkt(lang, 'cf', e.l.category), (c) => price(e.retail, ratio[0], ratio[1], c), type === 'console' ? lowQty() : anyQty(), 'new');
  };

  const FILM_FMT_EN = ['Blu-ray', 'DVD', '4K UHD Blu-ray', 'Blu-ray + DVD', '4K UHD + Blu-ray Steelbook', 'DVD (Region Free)'];
  const FILM_FMT_ZH = ['蓝光碟', '高清DVD', '4K蓝光', '蓝光 高清碟片', 'DVD碟片', '蓝光 收藏版'];
  const MUS_FMT_EN = ['CD', 'CD Album', 'Vinyl LP', '2LP Vinyl', 'CD (Deluxe Edition)'];
  const MUS_FMT_ZH = ['CD专辑', '黑胶唱片', 'CD 正式专辑', '黑胶 双碟'];
  const futureWorks = () => {
    const out = [];
    for (const b of BRANDS) for (const w of b.works ?? []) if (w.discReleaseDate > LISTING_DATE) out.push({ b, w });
    return out;
  };
  const pastWorks = () => {
    const out = [];
    for (const b of BRANDS) for (const w of b.works ?? []) if (w.discReleaseDate <= LISTING_DATE) out.push({ b, w });
    return out;
  };
  G['pos.prerelease_disc'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const { b, w } = rng.pick(futureWorks());
    const film = b.id === 'cinderhill-pictures';
    const name = zh ? rng.pick(w.aliases.filter(hasHan)) : w.title;
    const fmt = zh ? rng.pick(film ? FILM_FMT_ZH : MUS_FMT_ZH) : rng.pick(film ? FILM_FMT_EN : MUS_FMT_EN);
    const stock = zh ? rng.pick(['现货', '现货秒发', '现货 当天发', '全新现货', '抢先版 现货', '正在热映 现货'].filter((s) => film || !s.includes('热映')))
      : rng.pick(['in stock', 'ships today', 'available now', 'in stock, ships same day', 'now in stock', 'out now', 'brand new in stock']);
    const extra = film ? (zh ? rng.pick(['', '', '电影', '高清']) : rng.pick(['', '', '(2026)', 'new movie', 'now in cinemas'])) : (zh ? rng.pick(['', '', '新专辑']) : rng.pick(['', '', 'new album']));
    const artist = !film && b.artists ? b.artists[w.title] : null;
    const parts = zh ? [name, extra, fmt, stock] : [artist && rng.chance(0.5) ? `${artist} - ${name}` : name, extra, fmt, stock];
    const title = zh ? joinZh(parts) : joinEn(parts);
    const spec = { kind: 'pos.prerelease_disc', label: 'counterfeit', brandId: b.id, lineKey: null, work: w.title, category: film ? 'film-tv' : 'music', lang, title, insert: null, meta: { hand: false, cues: [`prerelease:${w.discReleaseDate}`] } };
    return finish(spec, mkt(lang, 'cf', spec.category), (c) => priceAt(rng.float(6, 28), 1, c, rng), anyQty(), 'new');
  };

  const MIXED_EN = ['top quality', 'mirror copy', 'best version', 'factory overrun', 'DM for pics', 'super clone', 'high copy', 'same factory', 'real pics inbox',
    'free shipping', 'good copy', 'god batch', 'export leftovers', 'AAA grade copy', 'perfect replica', 'best batch'];
  G['pos.mixed_language'] = () => {
    const e = pickLE((x) => !['software', 'video-games'].includes(x.l.category));
    const parts = product(e, 'zh', { sizeP: 0.2 });
    const en = rng.pick(MIXED_EN);
    const zhCue = rng.pick([...V.MARKER_ZH.slice(0, 12), ...V.OEM_ZH.slice(0, 6), '加微信看实拍', '同款', '莆田', '纯原', '']);
    let p2 = placeCue(parts, en, 0.2);
    if (zhCue) p2 = placeCue(p2, zhCue, 0.1);
    if (rng.chance(0.5)) p2.push(rng.pick(['new arrival', 'limited stock', 'hot sale', 'cheap price', 'fast shipping']));
    const title = joinZh(p2);
    const spec = base('pos.mixed_language', 'counterfeit', e, 'mixed', { title, insert: rng.chance(0.4) ? rng.pick(V.MARKER_ZH_SENT) : null });
    spec.meta.cues.push(`mixed:${en}`, zhCue ? `zh:${zhCue}` : 'zh:none');
    return finish(spec, mkt('mixed', 'cf', e.l.category), (c) => price(e.retail, 0.04, 0.35, c), anyQty(), 'new');
  };

  // ---------------- legit kinds ----------------
  G['neg.plain'] = () => {
    const lang = langPick([['en', 55], ['zh', 42], ['mixed', 3]]);
    const e = pickLE();
    const l2 = lang === 'mixed' ? 'zh' : lang;
    const parts = product(e, l2);
    if (lang === 'mixed') parts.push(rng.pick(['brand new sealed', 'new in box', 'full set', 'gift box']));
    parts.push(l2 === 'zh' ? zhDeco('legit') : enDeco('legit'));
    const title = l2 === 'zh' ? joinZh(parts) : joinEn(parts);
    const spec = base('neg.plain', 'legit', e, lang, { title, insert: rng.chance(0.5) ? rng.pick(l2 === 'zh' ? V.NEG_ZH.plain : V.NEG_EN.plain) : null });
    return finish(spec, mkt(lang, 'legit', e.l.category), (c) => price(e.retail, 0.8, 1.15, c), rng.chance(0.2) ? rng.int(2, 20) : 1, 'new');
  };

  G['neg.generic_marker'] = () => {
    if (rng.chance(0.12)) {
      // the brand's own product line whose name happens to be a marker word
      const e = ctx.lineOf('maison-margiela', 'replica');
      const lang = langPick([['en', 65], ['zh', 35]]);
      const sn = rng.pick(e.l.shortNames);
      const size = rng.pick(['100ml', '30ml', '100 ml']);
      const band = size.startsWith('30') ? [0.62, 0.78] : [1.05, 1.25];
      const title = lang === 'en'
        ? joinEn([rng.pick(['Maison Margiela', 'Margiela']), rng.pick(["'REPLICA'", 'REPLICA', 'Replica']), sn, rng.pick(['Eau de Toilette', 'EDT']), size])
        : joinZh([rng.pick(['梅森马吉拉', 'Maison Margiela']), 'REPLICA', sn, '淡香水', size]);
      const spec = base('neg.generic_marker', 'legit', e, lang, { title, insert: rng.chance(0.4) ? rng.pick(lang === 'en' ? V.NEG_EN.plain : V.NEG_ZH.plain) : null });
      return finish(spec, mkt(lang, 'legit', 'fragrance'), (c) => price(e.retail, band[0], band[1], c), rng.int(1, 6), 'new');
    }
    const t = rng.pick(N.GENERIC_MARKER);
    const lang = t.en ? 'en' : 'zh';
    const title = (t.en ?? t.zh)
      .replace('{car}', rng.pick(N.CARS)).replace('{col}', rng.pick(N.GM_COL)).replace('{colz}', rng.pick(N.GM_COLZ))
      .replace('{sz}', rng.pick(['S', 'M', 'L', 'XL']));
    const spec = { kind: 'neg.generic_marker', label: 'legit', brandId: null, lineKey: null, category: t.cat, lang, title: vary(title, lang), insert: null, meta: { hand: false, cues: [] } };
    return finish(spec, mkt(lang, 'legit', t.cat), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), rng.int(t.q[0], t.q[1]), 'new');
  };

  G['neg.nominative'] = () => {
    const t = rng.pick(N.NOMINATIVE);
    const lang = t.z && (!t.t || rng.chance(0.45)) ? 'zh' : 'en';
    const tpl = rng.pick(lang === 'en' ? t.t : t.z);
    const title = tpl.replace('{col}', rng.pick(N.NOM_COL)).replace('{colz}', rng.pick(N.NOM_COLZ)).replace('{sz}', rng.pick(['EU 40', 'EU 42', 'US 9', 'UK 8']));
    const spec = { kind: 'neg.nominative', label: 'legit', brandId: t.b, lineKey: t.l, category: t.cat, lang, title: vary(title, lang), insert: null, meta: { hand: false, cues: [] } };
    return finish(spec, mkt(lang, 'legit', t.cat), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), rng.chance(0.6) ? rng.int(10, 300) : rng.int(1, 9), 'new');
  };

  G['neg.common_word_brand'] = () => {
    const t = rng.pick(N.COMMON_WORD);
    const lang = t.t ? 'en' : 'zh';
    const title = (t.t ?? t.z).replace('{col}', rng.pick(N.GM_COL)).replace('{colz}', rng.pick(N.GM_COLZ)).replace('{sz}', rng.pick(['38', '39', '40', '41', '7', '8']));
    const spec = { kind: 'neg.common_word_brand', label: 'legit', brandId: null, lineKey: null, category: t.cat, lang, title: vary(title, lang), insert: null, meta: { hand: false, cues: [] } };
    return finish(spec, mkt(lang, 'legit', t.cat), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), rng.chance(0.3) ? rng.int(5, 100) : rng.int(1, 4), rng.chance(0.85) ? 'new' : 'used');
  };

  G['neg.authorized_seller'] = () => {
    const b = rng.pick(BRANDS.filter((x) => x.lines.length));
    const s = rng.pick(b.sellers);
    const e = rng.pick(LINES.filter((x) => x.b.id === b.id));
    const zhMarket = ['tmall', 'jd', 'taobao', 'xianyu', 'pinduoduo', 'douyin', 'weidian'].includes(s.mp);
    const lang = zhMarket ? (rng.chance(0.1) ? 'mixed' : 'zh') : 'en';
    const l2 = lang === 'mixed' ? 'zh' : lang;
    const mode = rng.weighted([['full', 55], ['outlet', 30], ['b2b', 15]]);
    const parts = product(e, l2);
    const tag = {
      full: l2 === 'zh' ? ['官方旗舰店', '品牌直营', '官方正品', '旗舰店'] : ['Official Store', 'Sold by the brand', 'Official', ''],
      outlet: l2 === 'zh' ? ['官方奥莱', '过季特卖', '官方清仓', '奥莱折扣'] : ['Official Outlet', 'Outlet - previous season', 'Brand outlet clearance', 'Last season, official outlet'],
      b2b: l2 === 'zh' ? ['企业采购', '团购专享', '批量采购 开发票'] : ['Trade pack', 'Business bulk order', 'Wholesale for registered retailers'],
    }[mode];
    parts.push(rng.pick(tag));
    if (lang === 'mixed') parts.push(rng.pick(['official store', 'brand new sealed']));
    const title = l2 === 'zh' ? joinZh(parts) : joinEn(parts);
    const ins = { full: 0, outlet: 2, b2b: 3 }[mode];
    const insert = rng.chance(0.6) ? (l2 === 'zh' ? V.NEG_ZH.authorized : V.NEG_EN.authorized)[ins === 0 ? rng.int(0, 1) : ins] : null;
    const spec = base('neg.authorized_seller', 'legit', e, lang, { title, insert, sellerId: s.id });
    spec.meta.mode = mode;
    const m = { market: s.mp, sf: s.sf, currency: ctx.currencyFor(s.mp, s.sf) };
    const pr = { full: [0.85, 1.05], outlet: [0.3, 0.65], b2b: [0.5, 0.85] }[mode];
    const q = mode === 'b2b' ? rng.pick([24, 48, 50, 100, 200, 500]) : e.retail > 2000 ? rng.int(1, 8) : rng.int(5, 300);
    return finish(spec, m, (c) => price(e.retail, pr[0], pr[1], c), q, 'new');
  };

  G['neg.second_hand'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const e = pickLE((x) => !['software', 'printer-supplies'].includes(x.l.category) && x.l.key !== 'capsules');
    const parts = product(e, lang);
    const above = rng.chance(0.14);
    const w = zh ? rng.pick(['二手', '自用闲置', '九五新', '九成新', '99新', '闲置转让', '个人闲置'])
      : rng.pick(['Used', 'Pre-owned', 'Worn twice', 'Excellent condition', 'Gently used', 'Second hand', 'Like new (used)']);
    const p2 = placeCue(parts, w, 0.5);
    if (above) p2.push(zh ? rng.pick(['绝版', '限量', '停产款', '稀有配色']) : rng.pick(['rare', 'discontinued', 'sold out everywhere', 'limited run']));
    const title = zh ? joinZh(p2) : joinEn(p2);
    const spec = base('neg.second_hand', 'legit', e, lang, { title, insert: rng.chance(0.6) ? rng.pick(zh ? V.NEG_ZH.second : V.NEG_EN.second) : null });
    const cond = ['phones', 'computers', 'cameras', 'audio', 'game-consoles'].includes(e.l.category) && rng.chance(0.25) ? 'refurbished' : 'used';
    const markets = zh ? ['xianyu', 'xianyu', 'taobao', 'pinduoduo'] : ['ebay', 'mercari', 'vinted', 'depop', 'facebook-marketplace', 'carousell', 'ebay'];
    return finish(spec, mkt(lang, 'legit', e.l.category, { markets }), (c) => (above ? price(e.retail, 1.05, 1.6, c) : price(e.retail, 0.2, 0.9, c)), 1, cond);
  };

  G['neg.promotion'] = () => {
    const e = pickLE();
    const auth = rng.chance(0.5);
    let m;
    let lang;
    let sellerId;
    if (auth) {
      const s = rng.pick(e.b.sellers);
      m = { market: s.mp, sf: s.sf, currency: ctx.currencyFor(s.mp, s.sf) };
      lang = ['tmall', 'jd'].includes(s.mp) ? 'zh' : 'en';
      sellerId = s.id;
    } else {
      lang = langPick([['en', 55], ['zh', 45]]);
      m = mkt(lang, 'legit', e.l.category, { markets: lang === 'zh' ? ['tmall', 'jd', 'taobao', 'douyin'] : ['amazon', 'ebay', 'amazon', 'lazada', 'shopee'] });
    }
    const zh = lang === 'zh';
    const ratio = rng.float(0.5, 0.9);
    const off = Math.round((1 - ratio) * 100);
    const parts = product(e, lang);
    const tag = zh ? rng.pick([`双十二 限时${Math.round(ratio * 10)}折`, '年终大促', `直降${off}%`, '限时折扣', '店庆特惠', '黑五活动价'])
      : rng.pick([`${off}% OFF`, `Black Friday -${off}%`, 'Cyber Monday deal', 'Holiday Sale', `Sale: ${off}% off`, 'Limited-time offer', 'Christmas Sale']);
    const p2 = placeCue(parts, tag, 0.4);
    const title = zh ? joinZh(p2) : joinEn(p2);
    const spec = base('neg.promotion', 'legit', e, lang, { title, insert: rng.chance(0.6) ? rng.pick(zh ? V.NEG_ZH.promo : V.NEG_EN.promo) : null, sellerId });
    return finish(spec, m, (c) => priceAt(e.retail, ratio, c, rng, 0.5, 0.9), e.retail > 2000 ? rng.int(1, 6) : rng.int(3, 200), 'new');
  };

  G['neg.gray_market'] = () => {
    const lang = langPick([['en', 50], ['zh', 50]]);
    const zh = lang === 'zh';
    const e = pickLE((x) => !['software', 'video-games'].includes(x.l.category));
    const parts = product(e, lang);
    const tag = zh ? rng.pick(['港版', '日版', '海外版', '免税店购入', '港行', '欧版', '美版 带票', '韩国免税店']) : rng.pick(['Parallel import', 'HK version', 'JP version', 'EU import', 'International version', 'Duty-free purchase', 'Grey import, sealed', 'Asian version']);
    const p2 = placeCue(parts, tag, 0.4);
    const title = zh ? joinZh(p2) : joinEn(p2);
    const spec = base('neg.gray_market', 'legit', e, lang, { title, insert: rng.chance(0.6) ? rng.pick(zh ? V.NEG_ZH.gray : V.NEG_EN.gray) : null });
    const m = zh ? mkt('zh', 'legit', e.l.category, { allowHK: true, sfOk: (sf) => sf === 'HK' || rng.chance(0.5), markets: ['taobao', 'xianyu', 'douyin', 'weidian', 'pinduoduo'] })
      : mkt('en', 'legit', e.l.category, { sfOk: (sf) => ['HK', 'JP', 'US', 'DE', 'FR', 'GB', 'IT', 'SG', 'MY', 'AU'].includes(sf), markets: ['ebay', 'amazon', 'carousell', 'shopee', 'lazada', 'mercari'] });
    return finish(spec, m, (c) => price(e.retail, 0.78, 1.05, c), rng.int(1, 12), 'new');
  };

  G['neg.negated_marker'] = () => {
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const e = pickLE((x) => !['software'].includes(x.l.category));
    const parts = product(e, lang);
    const inTitle = rng.chance(0.6);
    let cueNote = 'negation:description';
    if (inTitle) {
      const neg = zh ? rng.pick(['非高仿', '假一赔十', '保真', '非复刻', '拒绝A货', '非原单 正品', '不是一比一', '绝非仿品']) : rng.pick(['NOT a replica', '100% authentic, no fakes', 'not a dupe', 'no reps', 'not UA, real', 'genuine, not a copy', 'not 1:1, the real one', 'Authentic - not mirror quality', 'no super clone here']);
      parts.push(neg);
      cueNote = `negation:${neg}`;
    }
    const title = zh ? joinZh(parts) : joinEn(parts);
    const spec = base('neg.negated_marker', 'legit', e, lang, { title, insert: rng.pick(zh ? V.NEG_ZH.negated : V.NEG_EN.negated), forceDesc: !inTitle, longP: inTitle ? 0.7 : 0.85 });
    spec.meta.cues.push(cueNote);
    const cond = rng.chance(0.7) ? 'new' : 'used';
    return finish(spec, mkt(lang, 'legit', e.l.category), (c) => (cond === 'new' ? price(e.retail, 0.75, 1.05, c) : price(e.retail, 0.5, 0.95, c)), 1, cond);
  };

  G['neg.colour_words'] = () => {
    const t = rng.pick(N.COLOUR_WORDS);
    const lang = t.t ? 'en' : 'zh';
    const title = (t.t ?? t.z).replace('{sz}', rng.pick(['S', 'M', 'L', '38', '40', '42', '9']));
    const spec = { kind: 'neg.colour_words', label: 'legit', brandId: null, lineKey: null, category: t.cat, lang, title: vary(title, lang), insert: null, meta: { hand: false, cues: [] } };
    return finish(spec, mkt(lang, 'legit', t.cat), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), rng.chance(0.4) ? rng.int(5, 200) : rng.int(1, 4), rng.chance(0.85) ? 'new' : 'used');
  };

  G['neg.model_codes'] = () => {
    const t = rng.pick(N.MODEL_CODES);
    const lang = t.t ? 'en' : 'zh';
    const title = (t.t ?? t.z).replace('{col}', rng.pick(['Black', 'White', 'Pink'])).replace('{colz}', rng.pick(['黑色', '白色', '粉色']));
    const spec = { kind: 'neg.model_codes', label: 'legit', brandId: null, lineKey: null, category: t.cat, lang, title: vary(title, lang), insert: null, meta: { hand: false, cues: [] } };
    return finish(spec, mkt(lang, 'legit', t.cat), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), rng.chance(0.6) ? rng.int(10, 500) : rng.int(1, 9), 'new');
  };

  G['neg.licensed_repro'] = () => {
    const lang = langPick([['en', 60], ['zh', 40]]);
    const zh = lang === 'zh';
    const type = rng.weighted([['released', 55], ['preorder', 25], ['merch', 20]]);
    if (type === 'merch') {
      const items = zh
        ? [['雅达利 官方授权 复古印花短袖', 'apparel', 'atari'], ['Funko Pop! 电影 玻璃果园 官方授权 公仔', 'toys', 'funko'], ['最终幻想VII 重生 官方原声 黑胶唱片', 'music', 'square-enix'],
          ['勇者斗恶龙 官方授权 史莱姆 马克杯', 'kitchenware', 'square-enix'], ['变形金刚 官方授权 擎天柱 保温杯', 'kitchenware', 'hasbro']]
        : [['Atari Officially Licensed Fuji Logo Retro T-Shirt', 'apparel', 'atari'], ['Funko Pop! Movies: Glass Orchard – The Gardener (officially licensed)', 'toys', 'funko'],
          ['Final Fantasy VII Rebirth Original Soundtrack Vinyl (Square Enix Music)', 'music', 'square-enix'], ['Monopoly: Glass Orchard Edition, licensed by Cinderhill Pictures', 'toys', 'hasbro'],
          ['Atari 2600+ 10-in-1 Game Cartridge (official re-release)', 'video-games', 'atari'], ['Paper Kingdoms Official Poster 24x36, licensed print', 'film-tv', 'cinderhill-pictures'],
          ['Nadia Fenwick – Quiet Engines tour T-shirt (official merch)', 'apparel', 'larkspur-hall-records']];
      const [title, cat, bid] = rng.pick(items);
      const spec = { kind: 'neg.licensed_repro', label: 'legit', brandId: bid, lineKey: null, category: cat, lang, title, insert: null, meta: { hand: false, cues: ['licensed-merch'] } };
      return finish(spec, mkt(lang, 'legit', cat), (c) => priceAt(rng.float(14, 45), 1, c, rng), rng.int(1, 60), 'new');
    }
    if (type === 'released') {
      const { b, w } = rng.pick(pastWorks());
      const film = b.id === 'cinderhill-pictures';
      const name = zh ? rng.pick(w.aliases.filter(hasHan)) : w.title;
      const fmt = zh ? rng.pick(film ? FILM_FMT_ZH : MUS_FMT_ZH) : rng.pick(film ? FILM_FMT_EN : MUS_FMT_EN);
      const cond = rng.chance(0.35) ? 'used' : 'new';
      const tail = zh ? rng.pick(['', '正版', '正版 已发行', cond === 'used' ? '二手 正版' : '全新正版']) : rng.pick(['', 'official release', cond === 'used' ? 'used, plays perfectly' : 'sealed', 'UK release']);
      const artist = !film && b.artists ? b.artists[w.title] : null;
      const title = zh ? joinZh([name, fmt, tail]) : joinEn([artist && rng.chance(0.5) ? `${artist} - ${name}` : name, fmt, tail]);
      const spec = { kind: 'neg.licensed_repro', label: 'legit', brandId: b.id, lineKey: null, work: w.title, category: film ? 'film-tv' : 'music', lang, title, insert: null, meta: { hand: false, cues: ['released'] } };
      return finish(spec, mkt(lang, 'legit', spec.category), (c) => priceAt(rng.float(cond === 'used' ? 5 : 12, cond === 'used' ? 18 : 38), 1, c, rng), cond === 'used' ? 1 : rng.int(1, 40), cond);
    }
    // official pre-order by the authorised store, stating the release date
    const { b, w } = rng.pick(futureWorks());
    const film = b.id === 'cinderhill-pictures';
    const s = rng.pick(b.sellers.filter((x) => (zh ? x.mp === 'tmall' : x.mp !== 'tmall')));
    const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
    const dEn = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const dZh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    const name = zh ? rng.pick(w.aliases.filter(hasHan)) : w.title;
    const fmt = zh ? rng.pick(film ? FILM_FMT_ZH : MUS_FMT_ZH) : rng.pick(film ? FILM_FMT_EN : MUS_FMT_EN);
    const title = zh ? joinZh(['预售', name, fmt, `${dZh}发行 发行后发货`]) : joinEn([`Pre-order: ${name}`, fmt, `- releases ${dEn}, ships on release day`]);
    const spec = { kind: 'neg.licensed_repro', label: 'legit', brandId: b.id, lineKey: null, work: w.title, category: film ? 'film-tv' : 'music', lang, title,
      insert: zh ? `本商品为预售，官方发行日期${dZh}，发行当天统一发货。` : `This is a pre-order. Official release date ${dEn}; orders ship on release day.`, forceDesc: rng.chance(0.7), sellerId: s.id,
      meta: { hand: false, cues: ['preorder'] } };
    const m = { market: s.mp, sf: s.sf, currency: ctx.currencyFor(s.mp, s.sf) };
    return finish(spec, m, (c) => priceAt(rng.float(14, 40), 1, c, rng), rng.int(50, 2000), 'new');
  };

  G['neg.used_console'] = () => {
    const t = rng.pick(N.USED_CONSOLES);
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const title = vary(zh ? t.z : t.t, lang, zh ? EXTRA.consoleZh : EXTRA.consoleEn);
    const spec = { kind: 'neg.used_console', label: 'legit', brandId: t.b, lineKey: null, category: 'game-consoles', lang, title,
      insert: rng.pick(zh ? N.USED_CONSOLE_ZH_EXTRA : N.USED_CONSOLE_EN_EXTRA), meta: { hand: false, cues: [] } };
    const markets = zh ? ['xianyu', 'xianyu', 'taobao'] : ['ebay', 'mercari', 'facebook-marketplace', 'carousell', 'vinted', 'ebay'];
    return finish(spec, mkt(lang, 'legit', 'game-consoles', { markets }), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), 1, 'used');
  };

  G['neg.cheap_unbranded'] = () => {
    const t = rng.pick(N.CHEAP_UNBRANDED);
    const lang = langPick([['en', 55], ['zh', 45]]);
    const zh = lang === 'zh';
    const title = (zh ? t.z : t.t).replace('{sz}', rng.pick(['EU 36-45', 'US 5-11', 'mixed sizes']));
    const spec = { kind: 'neg.cheap_unbranded', label: 'legit', brandId: null, lineKey: null, category: t.cat, lang, title: vary(title, lang), insert: null, meta: { hand: false, cues: [] } };
    const markets = zh ? ['pinduoduo', 'taobao', 'pinduoduo', 'douyin'] : ['aliexpress', 'wish', 'shopee', 'lazada', 'amazon', 'ebay'];
    return finish(spec, mkt(lang, 'legit', t.cat, { markets }), (c) => priceAt(rng.float(t.p[0], t.p[1]), 1, c, rng), rng.int(t.q[0], t.q[1]), 'new');
  };

  return G;
}
