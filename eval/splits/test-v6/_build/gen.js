// Generators for test-v6: one function per kind, each returning a listing spec (or null to retry).
import { MARKET_SHIPS, ZH_MARKETS, currencyFor, priceAt, RATES } from './lib.js';
import * as V from './vocab.js';
import { GENERIC_MARKER, NOMINATIVE, COMMON_WORD, MODEL_CODES, CHEAP, LICENSED } from './negdata.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

export function makeGenerators(ctx, rng) {
  const { entries } = ctx;
  const pick = rng.pick;
  const latin = (l) => [l.name, ...(l.aliases ?? []).filter((a) => !HAN.test(a))];
  const zhNames = (l) => {
    const z = [...(l.aliases ?? []), ...(l.shortNames ?? [])].filter((a) => HAN.test(a));
    return z.length ? z : [l.name];
  };
  const has = (s, w) => s.toLowerCase().includes(w.toLowerCase());
  const nounEn = (e) => pick(V.LINE_NOUN[`${e.b.id}/${e.l.key}`]?.[0] ?? V.NOUN_EN[e.l.category] ?? ['item']);
  const nounZh = (e) => pick(V.LINE_NOUN[`${e.b.id}/${e.l.key}`]?.[1] ?? V.NOUN_ZH[e.l.category] ?? ['商品']);
  const extraEn = (e) => pick(V.EXTRA_EN[e.l.category] ?? V.EXTRA_EN.default);
  const extraZh = (e) => pick(V.EXTRA_ZH[e.l.category] ?? V.EXTRA_ZH.default);
  const brandEn = (b) => rng.weighted([[b.name, 6], [b.name.toUpperCase(), 1], [b.name.toLowerCase(), 1]]);
  const brandZh = (b) => rng.weighted([[b.zh, 5], [b.name, 2], [`${b.name}/${b.zh}`, 1]]);
  const prodEn = (e, withBrand = true) => {
    const ln = pick(latin(e.l));
    const b = withBrand ? `${brandEn(e.b)} ` : '';
    const lnFull = has(ln, e.b.name) ? ln : `${b}${ln}`;
    const words = ln.split(/\s+/).length;
    return words >= 3 || rng.chance(0.35) ? lnFull : `${lnFull} ${nounEn(e)}`;
  };
  const prodZh = (e, withBrand = true) => {
    const ln = rng.chance(0.6) ? pick(zhNames(e.l)) : pick(latin(e.l));
    const b = withBrand ? brandZh(e.b) : '';
    const sp = rng.chance(0.5) ? ' ' : '';
    const n = nounZh(e);
    return `${b}${sp}${ln}${sp}${rng.chance(0.7) && !ln.includes(n) && !ln.includes(n.slice(-2)) ? n : ''}`;
  };
  const tidy = (s) => s.replace(/\s+/g, ' ').replace(/\s+([,!])/g, '$1').trim();
  const lineColoursEn = (e) => (e.l.colours ?? []).filter((c) => !HAN.test(c));

  const entry = (f = () => true) => {
    const pool = entries.filter(f);
    return pool.length ? pick(pool) : null;
  };
  const shipsIn = (market, list) => MARKET_SHIPS[market].filter((c) => list.includes(c));
  const shipsOut = (market, list) => MARKET_SHIPS[market].filter((c) => !list.includes(c));
  const mk = (lang, flavour) => ctx.marketFor(lang === 'zh' || lang === 'mixed' ? 'zh' : 'en', flavour);
  const base = (kind, e, lang, market, sf, ratio, extra = {}) => {
    const cur = currencyFor(market, sf);
    const lo = extra.lo ?? null;
    const hi = extra.hi ?? null;
    const price = e ? priceAt(e.retail, ratio, cur, rng, lo, hi) : null;
    const flavour = kind.startsWith('pos.') ? 'cf' : 'legit';
    return {
      kind, label: kind.startsWith('pos.') ? 'counterfeit' : 'legit', lang, brandId: e?.b.id ?? null, lineKey: e?.l.key ?? null, category: e?.l.category ?? null,
      market, shipFrom: sf, currency: cur, price, quantity: 1, condition: 'new', sellerId: ctx.sellerFor(flavour, market), meta: { hand: false, cues: [] },
    };
  };
  const anyShip = (market) => pick(MARKET_SHIPS[market]);
  const qtyShop = () => rng.weighted([[1, 3], [rng.int(2, 9), 3], [rng.int(10, 80), 2], [rng.int(100, 999), 1]]);
  const ratioIn = (lo, hi) => rng.float(lo, hi);
  const langPick = (pEn) => (rng.chance(pEn) ? 'en' : 'zh');
  const fill = (t, e) => t.replace('{B}', e ? e.b.name : '').replace('{L}', e ? pick(latin(e.l)) : '').replace('{N}', String(rng.pick([2, 3, 4, 6, 8, 10, 12, 20, 24, 30, 40, 48, 50, 100])));
  const fillZh = (t, e) => t.replace('{B}', e ? pick([e.b.zh, e.b.name]) : '').replace('{L}', e ? pick([...zhNames(e.l), ...latin(e.l)]) : '').replace('{N}', String(rng.pick([2, 3, 4, 6, 10, 12, 20, 24, 30, 50, 100])));
  const usdPrice = (usd, market, sf) => {
    const cur = currencyFor(market, sf);
    return { currency: cur, price: priceAt(usd, rng.float(0.8, 1.25), cur, rng) };
  };

  // ---------------- counterfeit kinds ----------------
  const G = {};
  G['pos.marker_en'] = () => {
    const e = entry();
    const market = mk('en', 'cf');
    const s = base('pos.marker_en', e, 'en', market, anyShip(market), ratioIn(0.05, 0.3));
    const m = pick(V.MARKER_EN);
    const p = prodEn(e);
    s.title = tidy(pick([`${m} ${p} ${extraEn(e)}`, `${p} ${m}`, `${p} - ${m} ${extraEn(e)}`, `${m} | ${p}`, `${p} (${m})`, `NEW ${p} ${m} ${pick(['fast shipping', 'free ship', 'wholesale', 'hot sale', ''])}`]));
    s.quantity = qtyShop();
    s.insert = pick([`This is a ${m.toLowerCase()}, please understand before ordering.`, `Quality: ${m}.`, null]);
    return s;
  };
  G['pos.marker_zh'] = () => {
    const e = entry();
    const market = mk('zh', 'cf');
    const s = base('pos.marker_zh', e, 'zh', market, 'CN', ratioIn(0.04, 0.3));
    const m = pick(V.MARKER_ZH);
    const p = prodZh(e);
    s.title = tidy(pick([`${m}${p} ${extraZh(e)}`, `${p} ${m} ${extraZh(e)}`, `【${m}】${p}`, `${p}${m}版 ${pick(['包邮', '现货秒发', '细节到位', '品质保证', ''])}`, `${extraZh(e)} ${m} ${p}`]));
    s.quantity = qtyShop();
    s.insert = pick([`本店所售为${m}，介意勿拍。`, `品质说明：${m}，做工对版。`, null]);
    return s;
  };
  G['pos.coded_language'] = () => {
    const e = entry();
    const lang = langPick(0.6);
    const market = mk(lang, 'cf');
    const s = base('pos.coded_language', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.08, 0.4));
    if (lang === 'en') {
      const c = pick(V.CODED_EN);
      const p = prodEn(e);
      s.title = tidy(pick([`${p} ${c}`, `${c} ${p} ${extraEn(e)}`, `${p} [${c}]`, `${p} ${extraEn(e)} ${c} ${pick(['', 'ship fast', 'legit seller', 'best on market'])}`]));
    } else {
      const c = pick(V.CODED_ZH);
      const p = prodZh(e);
      s.title = tidy(pick([`${p} ${c}`, `${c} ${p}`, `【${c}】${p} ${extraZh(e)}`, `${p} ${extraZh(e)} ${c}`]));
    }
    s.quantity = qtyShop();
    return s;
  };
  G['pos.oem_leak'] = () => {
    const e = entry();
    const lang = langPick(0.5);
    const market = mk(lang, 'cf');
    const s = base('pos.oem_leak', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.08, 0.4));
    if (lang === 'en') {
      const c = pick(V.OEM_EN);
      const p = prodEn(e);
      s.title = tidy(pick([`${p} ${c}`, `${c} - ${p}`, `${p} (${c}, no tags)`, `${p} ${c} ${extraEn(e)}`]));
      s.insert = pick(['These come from the factory that makes them for the brand, extra units after the order was filled.', 'Same materials, same line, just sold without the store packaging.', null]);
    } else {
      const c = pick(V.OEM_ZH);
      const p = prodZh(e);
      s.title = tidy(pick([`${c}${p}`, `${p} ${c} ${extraZh(e)}`, `${p} ${c}货 ${pick(['无吊牌', '剪标', '数量不多', '断码'])}`, `${extraZh(e)}${c} ${p}`]));
      s.insert = pick(['代工厂多出来的货，和专柜同一条生产线，剪标处理。', '外贸订单余下的，品质一样，不带专柜包装。', null]);
    }
    s.quantity = qtyShop();
    return s;
  };
  G['pos.dm_real_pics'] = () => {
    const e = entry();
    const lang = langPick(0.55);
    const market = mk(lang, 'cf');
    const s = base('pos.dm_real_pics', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.06, 0.5));
    if (lang === 'en') {
      let c = pick(V.DM_EN);
      if (c.endsWith('6')) c += String(rng.int(1000000, 9999999));
      if (c.endsWith('@')) c += pick(['repkingdom', 'luxdeals88', 'best_batch', 'factory_hk', 'wholesale_gz']);
      const p = prodEn(e);
      s.title = tidy(pick([`${p} ${c}`, `${p} - ${c}`, `${c} | ${p} ${extraEn(e)}`, `${p} ${extraEn(e)} *${c}*`]));
      s.insert = pick(['Photos here are catalogue pictures, message me for the real ones.', 'We cannot show everything here, ask on WhatsApp for the full range.', null]);
    } else {
      let c = pick(V.DM_ZH);
      if (rng.chance(0.4)) c += `：${pick(['yp', 'lux', 'cc', 'hh', 'dd'])}${rng.int(10000, 99999)}`;
      const p = prodZh(e);
      s.title = tidy(pick([`${p} ${c}`, `${c} ${p}`, `${p}【${c}】`, `${p} ${extraZh(e)} ${c}`]));
      s.insert = pick(['平台图片不全，实拍图和更多款式请加微信。', '这里不方便多说，加V看细节。', null]);
    }
    s.quantity = qtyShop();
    return s;
  };
  G['pos.brand_nickname_zh'] = () => {
    const e = entry((x) => x.b.nick.length);
    const market = mk('zh', 'cf');
    const far = rng.chance(0.8);
    const s = base('pos.brand_nickname_zh', e, 'zh', market, 'CN', far ? ratioIn(0.05, 0.33) : ratioIn(0.38, 0.6), far ? { lo: 0.03, hi: 0.35 } : {});
    const n = pick(e.b.nick);
    const ln = pick([...zhNames(e.l), ...(e.l.shortNames ?? []), ...latin(e.l)]);
    const tail = far ? pick(['', '包邮', '现货', extraZh(e), '新款']) : pick(['懂的来', '同款', '细节图私', '同厂出']);
    s.title = tidy(pick([`${n} ${ln} ${nounZh(e)} ${tail}`, `${n}${ln}${tail}`, `${ln} ${n}同款 ${tail}`, `${tail} ${n} ${ln}`]));
    s.quantity = qtyShop();
    return s;
  };
  const emojiFor = { shoes: '👟', handbags: '👜', watches: '⌚', jewellery: '💎', eyewear: '🕶️', cosmetics: '💄', fragrance: '🌸', phones: '📱', audio: '🎧', toys: '🧸', bicycles: '🚲', 'pet-supplies': '🐶', apparel: '🧥', 'home-appliances': '🏠', 'outdoor-gear': '🏔️', tools: '🔧', 'auto-parts': '🏎️', 'camera-lenses': '📷', cameras: '📸', 'game-consoles': '🎮' };
  const cueTail = (stated) => (stated ? pick(V.STATED_EN) : pick(['', 'hot', 'new', 'sale', '🔥🔥', 'cheap']));
  G['pos.brand_abbrev_emoji'] = () => {
    const e = entry((x) => x.b.abbr.length);
    const lang = langPick(0.85);
    const market = mk(lang, 'cf');
    const mode = rng.weighted([['price', 5], ['bulk', 3], ['stated', 2]]);
    const s = base('pos.brand_abbrev_emoji', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), mode === 'price' ? ratioIn(0.04, 0.19) : ratioIn(0.1, 0.6), mode === 'price' ? { lo: 0.03, hi: 0.2 } : {});
    const a = pick(e.b.abbr);
    const em = emojiFor[e.l.category] ?? '✨';
    const ln = pick([...(e.l.shortNames ?? []).filter((x) => !HAN.test(x) || lang === 'zh'), ...latin(e.l)]);
    if (lang === 'en') s.title = tidy(pick([`${em} ${a} ${ln} ${nounEn(e)} ${cueTail(mode === 'stated')}`, `${a} ${em}${em} ${ln} ${cueTail(mode === 'stated')}`, `${ln} by ${a} ${em} ${cueTail(mode === 'stated')}`]));
    else s.title = tidy(pick([`${em}${a} ${ln}${nounZh(e)} ${mode === 'stated' ? pick(V.STATED_ZH) : '包邮'}`, `${a}家 ${ln} ${em} ${mode === 'stated' ? pick(V.STATED_ZH) : '现货'}`]));
    s.quantity = mode === 'bulk' ? rng.int(12, 500) : rng.int(1, 5);
    if (mode === 'stated') s.meta.statedCue = true;
    return s;
  };
  G['pos.brand_misspelled'] = () => {
    const e = entry((x) => x.b.missp.length);
    const lang = langPick(0.88);
    const market = mk(lang, 'cf');
    const mode = rng.weighted([['price', 6], ['bulk', 3], ['stated', 1]]);
    const s = base('pos.brand_misspelled', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), mode === 'price' ? ratioIn(0.05, 0.28) : ratioIn(0.15, 0.6), mode === 'price' ? { lo: 0.03, hi: 0.3 } : {});
    const w = pick(e.b.missp);
    const ln = pick(latin(e.l));
    const lnOk = e.b.missp.some((x) => has(w, x)) && !e.b.name.split(' ').some((t) => t.length > 3 && has(ln, t)) ? ln : '';
    if (lang === 'en') s.title = tidy(pick([`${w} ${lnOk} ${nounEn(e)} ${extraEn(e)}`, `NEW ${w} ${lnOk} ${nounEn(e)}`, `${w} ${nounEn(e)} ${lnOk} ${mode === 'stated' ? pick(V.STATED_EN) : ''}`]));
    else s.title = tidy(`${w} ${lnOk} ${nounZh(e)} ${mode === 'stated' ? pick(V.STATED_ZH) : pick(['包邮', '新款', '现货'])}`);
    s.quantity = mode === 'bulk' ? rng.int(10, 300) : rng.int(1, 4);
    if (mode === 'stated') {
      s.meta.statedCue = true;
      if (lang === 'en' && !V.STATED_EN.some((x) => s.title.includes(x))) s.title = `${s.title} (${pick(V.STATED_EN)})`;
    }
    return s;
  };
  const HOMO = {
    a: ['а', 'ɑ', 'α'], c: ['с', 'ϲ'], e: ['е', 'ё', 'ε'], i: ['і', 'ı', 'ί'], o: ['о', 'ο', '0', 'օ'], p: ['р', 'ρ'], s: ['ѕ'], x: ['х'], y: ['у', 'ү'],
    A: ['А', 'Α', 'Ａ'], B: ['В', 'Β'], C: ['С', 'Ϲ'], E: ['Е', 'Ε'], H: ['Н', 'Η'], I: ['І', 'Ι', 'Ӏ'], K: ['К', 'Κ'], M: ['М', 'Μ'], N: ['Ν'], O: ['О', 'Ο', 'Օ'],
    P: ['Р', 'Ρ'], S: ['Ѕ'], T: ['Т', 'Τ'], X: ['Х', 'Χ'], Y: ['Υ', 'Ү'], Z: ['Ζ'], l: ['ӏ', 'ℓ'], n: ['ո'], h: ['һ'], j: ['ј'], d: ['ԁ'], g: ['ɡ'], u: ['υ', 'ս'],
  };
  const homoglyph = (w) => {
    const chars = [...w];
    const idx = chars.map((c, i) => (HOMO[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return null;
    const n = Math.min(idx.length, rng.int(1, 3));
    for (const i of rng.pickN(idx, n)) chars[i] = pick(HOMO[chars[i]]);
    let out = chars.join('');
    if (rng.chance(0.25)) {
      const pos = rng.int(1, out.length - 1);
      out = out.slice(0, pos) + pick(['\u200b', '\u200c', '\u2060', '\u00ad']) + out.slice(pos);
    }
    return out;
  };
  G['pos.brand_homoglyph'] = () => {
    const e = entry((x) => x.b.homo);
    const lang = langPick(0.93);
    const market = mk(lang, 'cf');
    const mode = rng.weighted([['price', 6], ['bulk', 3], ['stated', 1]]);
    const s = base('pos.brand_homoglyph', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), mode === 'price' ? ratioIn(0.05, 0.28) : ratioIn(0.15, 0.6), mode === 'price' ? { lo: 0.03, hi: 0.3 } : {});
    const h = homoglyph(e.b.homo);
    if (!h) return null;
    const ln = has(e.b.homo, e.l.name) || latin(e.l).some((x) => has(x, e.b.name)) ? '' : pick(latin(e.l));
    if (lang === 'en') s.title = tidy(pick([`${h} ${ln} ${nounEn(e)} ${extraEn(e)}`, `${h} ${ln} ${mode === 'stated' ? pick(V.STATED_EN) : pick(['sale', 'new', 'hot', ''])}`, `${ln} ${h} ${nounEn(e)}`]));
    else s.title = tidy(`${h} ${ln} ${nounZh(e)} ${mode === 'stated' ? pick(V.STATED_ZH) : pick(['包邮', '特价'])}`);
    s.quantity = mode === 'bulk' ? rng.int(10, 400) : rng.int(1, 4);
    if (mode === 'stated') {
      s.meta.statedCue = true;
      if (lang === 'en' && !V.STATED_EN.some((x) => s.title.includes(x))) s.title = `${s.title} - ${pick(V.STATED_EN)}`;
    }
    return s;
  };
  const OFF_COLOURS = ['lime', 'neon pink', 'hot pink', 'fluorescent yellow', 'purple camo', 'rainbow', 'leopard print', 'glitter gold', 'tie-dye', 'neon green', 'baby blue glitter', 'orange camo'];
  G['pos.extreme_price'] = () => {
    const cue = rng.weighted([['bulk', 3], ['ship', 3], ['colour', 2], ['quality', 2], ['factory', 2]]);
    const lang = langPick(0.62);
    const e = entry((x) => (lang === 'zh' ? (cue === 'ship' ? !x.mfg.includes('CN') && !x.mfg.includes('HK') : x.mfg.includes('CN')) : true));
    if (!e) return null;
    let market = null;
    let sf = null;
    for (let t = 0; t < 20 && !sf; t++) {
      market = lang === 'zh' ? pick(['taobao', 'pinduoduo', 'xianyu', 'weidian', 'douyin']) : pick(['ebay', 'aliexpress', 'amazon', 'temu', 'shopee', 'facebook-marketplace', 'mercari', 'vinted', 'rakuten']);
      const opts = cue === 'ship' ? shipsOut(market, e.mfg) : shipsIn(market, e.mfg);
      if (lang === 'zh') sf = cue === 'ship' ? (e.mfg.includes('CN') ? null : 'CN') : e.mfg.includes('CN') ? 'CN' : null;
      else sf = opts.length ? pick(opts) : null;
    }
    if (!sf) return null;
    const s = base('pos.extreme_price', e, lang, market, sf, ratioIn(0.035, 0.095), { lo: 0.03, hi: 0.1 });
    s.quantity = cue === 'bulk' ? rng.int(20, 600) : rng.int(1, 2);
    s.meta.extremeCue = cue;
    const p = lang === 'en' ? prodEn(e) : prodZh(e);
    let t;
    if (lang === 'en') {
      if (cue === 'colour') {
        const offs = OFF_COLOURS.filter((c) => !(e.l.colours ?? []).some((x) => x.toLowerCase() === c));
        const c = pick(offs);
        s.meta.offColour = c;
        t = pick([`${p} ${c}`, `${p} - ${c} colourway`, `${c[0].toUpperCase()}${c.slice(1)} ${p}`]);
      } else if (cue === 'quality') t = pick([`${p} top quality`, `${p} high quality ${extraEn(e)}`, `Premium quality ${p}`]);
      else if (cue === 'factory') t = pick([`${p} factory direct`, `${p} direct from manufacturer`, `Factory price ${p}`]);
      else t = pick([`${p} ${extraEn(e)}`, `${p}`, `NEW ${p}`, `${p} in stock`]);
    } else if (cue === 'colour') {
      const c = pick(['荧光绿', '亮粉色', '彩虹色', '豹纹', '迷彩紫', '荧光黄', '闪粉金']);
      s.meta.offColour = c;
      t = pick([`${p} ${c}`, `${c} ${p}`]);
    } else if (cue === 'quality') t = pick([`${p} 品质好`, `${p} 质量很好`, `${p} 品质保证`]);
    else if (cue === 'factory') t = pick([`${p} 工厂直销`, `厂家直发 ${p}`, `${p} 厂家直供`]);
    else t = pick([`${p} ${extraZh(e)}`, `${p} 现货`, `${p}`]);
    s.title = tidy(t);
    return s;
  };
  const WEAK = {
    nobox: { en: ['no box', 'no tags', 'without box', 'no original packaging'], zh: ['无盒', '无吊牌', '无包装', '裸货'] },
    noreceipt: { en: ['no receipt', 'no proof of purchase'], zh: ['无小票', '无发票'] },
    urgent: { en: ['quick sale', 'must go today', 'urgent sale'], zh: ['急出', '今天必出', '急售'] },
    gift: { en: ['unwanted gift', 'gift, never used'], zh: ['朋友送的', '别人送的'] },
  };
  G['pos.weak_cues'] = () => {
    const lang = langPick(0.68);
    const e = entry((x) => lang !== 'zh' || x.mfg.includes('CN') || true);
    const n = rng.int(2, 3);
    const cueSet = rng.pickN(['nobox', 'noreceipt', 'urgent', 'gift', 'several', 'ship', 'ship'], 7).filter((v, i, a) => a.indexOf(v) === i).slice(0, n);
    let market;
    let sf = null;
    for (let t = 0; t < 20 && !sf; t++) {
      market = lang === 'zh' ? pick(['taobao', 'xianyu', 'pinduoduo', 'weidian']) : pick(['ebay', 'facebook-marketplace', 'mercari', 'vinted', 'depop', 'carousell', 'shopee', 'aliexpress']);
      if (lang === 'zh') sf = cueSet.includes('ship') ? (e.mfg.includes('CN') ? null : 'CN') : e.mfg.includes('CN') ? 'CN' : null;
      else {
        const opts = cueSet.includes('ship') ? shipsOut(market, e.mfg) : shipsIn(market, e.mfg);
        sf = opts.length ? pick(opts) : null;
      }
    }
    if (!sf) return null;
    const s = base('pos.weak_cues', e, lang, market, sf, ratioIn(0.32, 0.58), { lo: 0.3, hi: 0.6 });
    s.meta.weakCues = cueSet;
    s.quantity = cueSet.includes('several') ? rng.int(3, 12) : 1;
    const words = cueSet.filter((c) => WEAK[c]).map((c) => pick(WEAK[c][lang]));
    if (cueSet.includes('several')) words.push(lang === 'en' ? pick(['several available', 'multiple sizes', 'have more']) : pick(['多码', '有多件', '多个颜色']));
    const p = lang === 'en' ? prodEn(e) : prodZh(e);
    s.title = tidy(lang === 'en' ? `${p} ${words.length ? `- ${words.join(', ')}` : ''}` : `${p} ${words.join(' ')}`);
    s.longP = 0.5;
    return s;
  };
  G['pos.product_line_seller_style'] = () => {
    const e = entry((x) => [...(x.l.shortNames ?? []), ...(x.l.modelNumbers ?? [])].length || !x.l.name.includes(' '));
    const lang = langPick(0.55);
    const market = mk(lang, 'cf');
    const s = base('pos.product_line_seller_style', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.06, 0.35));
    const bits = rng.pickN([...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? []), e.l.name], rng.int(1, 2)).filter((b) => !HAN.test(b) || lang === 'zh');
    if (!bits.length) return null;
    if (lang === 'en') {
      const c = pick([...V.CODED_EN, ...V.MARKER_EN.slice(0, 8), ...V.OEM_EN.slice(0, 4)]);
      s.title = tidy(pick([`${bits.join(' ')} ${nounEn(e)} ${c}`, `${c} ${bits.join(' ')} ${extraEn(e)}`, `${bits.join(' / ')} - ${c}`]));
    } else {
      const c = pick([...V.CODED_ZH, ...V.MARKER_ZH.slice(0, 8), ...V.OEM_ZH.slice(0, 4)]);
      s.title = tidy(pick([`${bits.join(' ')} ${nounZh(e)} ${c}`, `${c} ${bits.join(' ')} ${extraZh(e)}`, `【${c}】${bits.join(' ')}`]));
    }
    s.quantity = qtyShop();
    return s;
  };
  const ADMIT_EN = [
    'Please note: this is a high quality replica, not the original, priced accordingly.', 'To be clear, these are factory copies made to the same pattern, not purchased from the brand.',
    'It is a 1:1 version of the original - most people cannot tell the difference.', 'Honest seller: not authentic, but the best copy I have found in years.',
    'This is what the community calls a top batch, made in Putian, not from a boutique.', 'We do not sell retail pieces; all our stock is premium-grade reproduction.',
    'Comes from the same factory line, but it is an unauthorised run sold without the brand\'s approval.', 'Not genuine - a mirror-grade copy with the logo and serial engraved.',
    'Some buyers ask if it is real: it is not, it is a very good replica for everyday use.', 'Made by our own workshop following the original design, logo included.',
    'Counterfeit-free? No - this is an inspired copy, please do not resell it as original.', 'Serial numbers on these are not registered with the brand, as they are replicas.',
  ];
  const ADMIT_ZH = [
    '说明一下：本款为高品质复刻版，非专柜正品，介意的亲勿拍。', '和正品同一模具开版，一比一还原，但不是官方渠道货。', '这是工厂货，不是专柜货，细节做到对版。',
    '本店所有商品均为高仿精品，价格透明，不接受以假货为由的退款。', '我们是源头工厂，做了十几年这个牌子的复刻。', '莆田纯原版本，懂的朋友直接拍。',
    '实话实说不是正品，但是品质秒杀市面上的A货。', '包装和防伪码都是我们自己做的，和正品几乎一样。', '此款非品牌授权生产，为原厂材料复刻。',
    '老客户都知道我们家是做高版本的，和专柜放在一起看不出来。',
  ];
  G['pos.description_only'] = () => {
    const e = entry();
    const lang = langPick(0.68);
    const market = lang === 'zh' ? pick(['taobao', 'weidian', 'xianyu', 'pinduoduo', 'douyin']) : pick(['ebay', 'amazon', 'aliexpress', 'shopee', 'lazada', 'facebook-marketplace', 'mercari', 'vinted']);
    const high = rng.chance(0.75);
    const s = base('pos.description_only', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), high ? ratioIn(0.75, 0.98) : ratioIn(0.52, 1.15), { lo: high ? 0.72 : 0.5, hi: high ? 1.0 : 1.2 });
    s.title = tidy(lang === 'en' ? pick([`${prodEn(e)} ${extraEn(e)}`, `${prodEn(e)}`, `Brand new ${prodEn(e)}`]) : pick([`${prodZh(e)} ${extraZh(e)}`, `${prodZh(e)}`, `全新 ${prodZh(e)}`]));
    s.insert = lang === 'en' ? pick(ADMIT_EN) : pick(ADMIT_ZH);
    s.forceDesc = true;
    s.longP = 1;
    s.quantity = rng.int(1, 6);
    return s;
  };
  const CIRC = [
    ['jetbrains', 'allpack', 'software', 'en', ['{L} lifetime activation key - works offline, no account needed', '{B} {L} crack + patch, permanent license, all IDEs', '{L} 2026.3 activation code (cracked), instant delivery']],
    ['jetbrains', 'idea', 'software', 'en', ['{L} 2026 cracked version + agent jar, lifetime', '{L} keygen license server, unlimited devices', '{L} "student license" activation for anyone, permanent']],
    ['jetbrains', 'pycharm', 'software', 'en', ['{L} patched installer, never expires', '{L} activation code that survives updates (crack)']],
    ['jetbrains', 'idea', 'software', 'zh', ['{L} 激活码 永久 破解 2026最新', '{B}全家桶 破解版 永久激活 支持最新版', '{L} 破解补丁 一键激活 终身可用']],
    ['cdpr', 'cp2077', 'video-games', 'en', ['{L} PC offline activation, cracked, all DLC unlocked', '{L} repack with Phantom Liberty - no DRM check, download link', '{L} + mods preinstalled, crack included, USB delivery']],
    ['cdpr', 'witcher3', 'video-games', 'en', ['{L} Complete Edition cracked repack on USB', '{L} full game + crack, plays offline forever']],
    ['cdpr', 'cp2077', 'video-games', 'zh', ['{L} 破解版 全DLC 免激活 下载即玩', '{L} 免安装 破解 学习版 网盘发货', '{L} 中文学习版 终极版 送修改器']],
    ['hoyoverse', 'crystals', 'video-games', 'en', ['Genshin Impact private server - unlimited primogems, all characters', 'Honkai Star Rail private server access, every 5-star unlocked', 'Genshin Impact modded client, unlimited wishes (private server)']],
    ['hoyoverse', 'crystals', 'video-games', 'zh', ['原神私服 无限原石 全角色满命', '星穹铁道 私服 无限星琼 一键全图鉴', '原神 破解版 私服 手机电脑通用', '绝区零 私服 无限菲林 永久']],
    ['ayaneo', 'pockets', 'game-consoles', 'en', ['{L} preloaded 30000 retro games, 512GB, all emulators set up', '{L} with 25000 ROMs installed - PS2/GC/arcade full sets', '{B} {L} loaded with 8000 games + box art, plug and play']],
    ['ayaneo', 'aya3', 'game-consoles', 'en', ['{L} 2TB with 300 PC games preinstalled, no accounts needed', '{B} {L} loaded with cracked AAA titles + 20k retro ROMs']],
    ['ayaneo', 'pockets', 'game-consoles', 'zh', ['{L} 预装3万款游戏 即开即玩 全模拟器', '{B} {L} 512G 内置海量游戏 破解版', '{L} 满载游戏 送2万款ROM 开箱即玩']],
    ['msi', 'claw', 'game-consoles', 'en', ['{L} with 500 cracked PC games on 2TB SSD', '{L} + 40000 retro games preloaded, full ROM sets']],
    ['msi', 'claw', 'game-consoles', 'zh', ['{L} 预装500款3A大作 破解免激活', '{B} {L} 掌机 内置4万款游戏 学习版']],
    ['8bitdo', 'ult2', 'game-consoles', 'en', ['{B} {L} bundle + 64GB card with 20000 games for emulator boxes', 'Retro game stick 20000 games + {B} {L} pads, arcade ROMs built in']],
    ['8bitdo', 'sn30', 'game-consoles', 'zh', ['{L} 手柄 + 游戏棒 内置2万款游戏 街机全套', '{B} 手柄套装 送64G游戏卡 预装万款游戏']],
    ['launch', 'pro3s', 'software', 'en', ['{B} {L} unlimited software activation - all car brands unlocked forever (cracked)', '{L} lifetime free update hack, no subscription needed', '{B} {L} cracked Diagzone full, all makes, never expires']],
    ['launch', 'pad7', 'software', 'en', ['{L} reset to unlimited: cracked licence, online coding unlocked', '{B} {L} modified firmware, all special functions unlocked']],
    ['launch', 'pro3s', 'software', 'zh', ['{B}{L} 破解 无限刷 永久使用 全车系', '{L} 解码器 破解版 免费升级 终身', '{B} X431 无限刷软件 一键激活 全车型', '{L} 破解 诊断软件 永久免费 包安装']],
    ['launch', 'crp129x', 'software', 'zh', ['{L} 破解版 全功能开通 终身免费', '{B} {L} 刷机 解锁全部特殊功能']],
  ];
  G['pos.circumvention'] = () => {
    const [bid, key, cat, lang, tpls] = pick(CIRC);
    const e = ctx.lineOf(bid, key);
    const market = mk(lang, 'cf');
    const sf = lang === 'zh' ? 'CN' : anyShip(market);
    const ratio = cat === 'game-consoles' ? ratioIn(0.8, 1.4) : ratioIn(0.02, 0.25);
    const s = base('pos.circumvention', e, lang, market, sf, ratio);
    s.category = cat;
    s.title = tidy(lang === 'en' ? fill(pick(tpls), e) : fillZh(pick(tpls), e));
    s.quantity = cat === 'game-consoles' ? rng.int(1, 8) : rng.int(10, 999);
    return s;
  };
  const futureWorks = () => ctx.withWorks.flatMap((b) => b.works.filter((w) => w.discReleaseDate > '2026-12-06').map((w) => ({ b, w })));
  const pastWorks = () => ctx.withWorks.flatMap((b) => b.works.filter((w) => w.discReleaseDate <= '2026-12-06').map((w) => ({ b, w })));
  G['pos.prerelease_disc'] = () => {
    const { b, w } = pick(futureWorks());
    const isMusic = b.categories.includes('music');
    const lang = langPick(0.52);
    const market = mk(lang, 'cf');
    const s = base('pos.prerelease_disc', null, lang, market, lang === 'zh' ? 'CN' : anyShip(market), 1);
    s.brandId = b.id;
    s.work = w.title;
    s.category = isMusic ? 'music' : 'film-tv';
    const cur = s.currency;
    s.price = priceAt(rng.float(3, 18), 1, cur, rng);
    const wt = lang === 'zh' ? pick([w.title, ...w.aliases].filter((a) => HAN.test(a))) : pick([w.title, ...w.aliases].filter((a) => !HAN.test(a)));
    const xe = pick(['', '', 'sealed', 'region free', 'limited', 'fast dispatch', 'collector', 'boxed', 'new', 'bulk ok', 'x1', 'UK seller', 'gift']);
    const xz = pick(['', '', '全新塑封', '收藏版', '包邮', '现货', '批发', '高清无损', '全区', '车载', '送海报']);
    if (lang === 'en') s.title = tidy(isMusic ? pick([`${wt} CD album full tracklist`, `${wt} - complete album on CD, ships now`, `${wt} vinyl LP + CD bundle`, `${wt} full album USB + CD`]) : pick([`${wt} Blu-ray 1080p full movie disc`, `${wt} (2027) DVD English subs`, `${wt} 4K UHD disc ships now`, `${wt} full movie DVD region free`, `${wt} Blu ray HD boxed`]));
    else s.title = tidy(isMusic ? pick([`${wt} 专辑 CD 全新 现货`, `${wt} 黑胶 CD 无损 车载`, `${wt} 新专辑 CD 提前发货`]) : pick([`${wt} 蓝光 1080P 高清 DVD 国语`, `${wt} DVD 正片 高清 全新`, `${wt} 电影 光盘 碟片 现货`, `${wt} 4K 蓝光碟 收藏版`]));
    s.title = tidy(`${s.title} ${lang === 'en' ? xe : xz}`);
    s.quantity = rng.int(1, 200);
    return s;
  };
  G['pos.mixed_language'] = () => {
    const e = entry();
    const market = mk('zh', 'cf');
    const s = base('pos.mixed_language', e, 'mixed', market, rng.chance(0.85) ? 'CN' : 'HK', ratioIn(0.05, 0.35));
    if (s.shipFrom === 'HK' && !['taobao', 'xianyu', 'weidian'].includes(market)) s.shipFrom = 'CN';
    const en = pick(['top quality', 'best version', 'mirror quality', 'free shipping', 'high copy', 'real pics', 'fast delivery', 'same as original', 'AAA quality', 'original factory', 'new arrival', 'hot sale']);
    const en2 = pick(['new', 'sale', 'limited', 'best', 'premium', 'ship fast', 'top batch', 'wholesale']);
    const zh = pick([...V.MARKER_ZH, ...V.CODED_ZH.slice(0, 10)]);
    const p = prodZh(e);
    s.title = tidy(pick([`${p} ${en} ${zh}`, `${zh} ${p} ${en} ${en2}`, `${en} ${p} ${zh} ${extraZh(e)}`, `${p} ${zh} ${en2} ${en}`]));
    s.quantity = qtyShop();
    return s;
  };

  // ---------------- legit kinds ----------------
  const SUF_EN = ['', '', '', 'new', 'NEW', 'in stock', 'fast dispatch', 'free postage', 'UK stock', 'US seller', 'gift idea', 'boxed', 'sealed', 'ships today', '2026', 'limited stock', 'quick ship', 'top seller', '(new)', '- new', 'last one'];
  const SUF_ZH = ['', '', '', '包邮', '现货', '新款', '当天发', '正品', '热卖', '限量', '现货速发', '2026款', '顺丰', '特价', '送礼'];
  const legitMarket = (lang) => mk(lang, 'legit');
  const plainTitleEn = (e) => tidy(pick([`${prodEn(e)} ${extraEn(e)}`, `${prodEn(e)}`, `${prodEn(e)} - ${pick(['new', 'brand new', 'BNIB', 'new with tags', 'sealed', 'in stock'])}`]));
  const plainTitleZh = (e) => tidy(pick([`${prodZh(e)} ${extraZh(e)}`, `${prodZh(e)}`, `全新 ${prodZh(e)}`, `${prodZh(e)} 正品`]));
  G['neg.plain'] = () => {
    const e = entry();
    const lang = langPick(0.53);
    const market = legitMarket(lang);
    const s = base('neg.plain', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.8, 1.2), { lo: 0.75, hi: 1.25 });
    s.title = lang === 'en' ? plainTitleEn(e) : plainTitleZh(e);
    s.quantity = rng.int(1, 20);
    return s;
  };
  G['neg.generic_marker'] = () => {
    const [t, cat, usd, lang] = pick(GENERIC_MARKER);
    const market = legitMarket(lang);
    const s = base('neg.generic_marker', null, lang, market, lang === 'zh' ? 'CN' : anyShip(market), 1);
    s.category = cat;
    s.title = tidy(`${fill(t, null)} ${lang === 'en' ? pick(SUF_EN) : pick(SUF_ZH)}`);
    Object.assign(s, usdPrice(usd, market, s.shipFrom));
    s.quantity = rng.int(1, 50);
    if (/refurbished/i.test(t)) s.condition = 'refurbished';
    return s;
  };
  G['neg.nominative'] = () => {
    const [t, cat, bid, key, usd, lang] = pick(NOMINATIVE);
    const e = ctx.lineOf(bid, key);
    const market = legitMarket(lang);
    const s = base('neg.nominative', null, lang, market, lang === 'zh' ? 'CN' : anyShip(market), 1);
    s.brandId = bid;
    s.category = cat;
    s.title = tidy(`${lang === 'en' ? fill(t, e) : fillZh(t, e)} ${lang === 'en' ? pick(SUF_EN) : pick(SUF_ZH)}`);
    Object.assign(s, usdPrice(usd, market, s.shipFrom));
    s.quantity = rng.int(1, 99);
    return s;
  };
  G['neg.common_word_brand'] = () => {
    const [t, cat, bid, usd, lang] = pick(COMMON_WORD);
    const market = legitMarket(lang);
    const s = base('neg.common_word_brand', null, lang, market, lang === 'zh' ? 'CN' : anyShip(market), 1);
    s.brandId = bid;
    s.category = cat;
    s.title = tidy(`${fill(t, null)} ${lang === 'en' ? pick([...SUF_EN, 'free UK post', '2 pack']) : pick(SUF_ZH)}`);
    Object.assign(s, usdPrice(usd, market, s.shipFrom));
    s.quantity = rng.int(1, 30);
    return s;
  };
  G['neg.authorized_seller'] = () => {
    const e = entry();
    const sel = pick(e.b.sellers);
    const market = sel.market;
    const lang = ZH_MARKETS.includes(market) ? 'zh' : 'en';
    const sf = sel.sf ?? (ZH_MARKETS.includes(market) ? 'CN' : market === 'rakuten' ? 'JP' : pick(MARKET_SHIPS[market]));
    const s = base('neg.authorized_seller', e, lang, market, sf, rng.chance(0.8) ? ratioIn(0.88, 1.05) : ratioIn(0.35, 0.85), { lo: 0.3, hi: 1.1 });
    s.sellerId = sel.id;
    s.title = lang === 'en' ? tidy(`${prodEn(e)} ${pick(['', '| Official Store', '- official', 'NEW', '(authorised retailer)', ''])}`) : tidy(`${prodZh(e)} ${pick(['官方旗舰店', '正品', '官方', '', '授权专卖'])}`);
    s.quantity = rng.int(1, 200);
    return s;
  };
  G['neg.second_hand'] = () => {
    const above = rng.chance(0.08);
    const e = above ? entry((x) => ['watches', 'jewellery', 'toys', 'bicycles', 'handbags'].includes(x.l.category)) : entry((x) => !['software', 'video-games'].includes(x.l.category));
    const lang = langPick(0.55);
    const market = lang === 'zh' ? pick(['xianyu', 'xianyu', 'taobao', 'pinduoduo']) : pick(['ebay', 'mercari', 'vinted', 'facebook-marketplace', 'depop', 'carousell', 'rakuten']);
    const s = base('neg.second_hand', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), above ? ratioIn(1.05, 1.6) : ratioIn(0.2, 0.8));
    s.condition = rng.chance(0.85) ? 'used' : 'refurbished';
    s.title = lang === 'en' ? tidy(`${pick(V.SECOND_EN)} ${prodEn(e)} ${pick(['', 'good condition', 'see photos', 'with box', 'discontinued', 'rare'])}`) : tidy(`${pick(V.SECOND_ZH)} ${prodZh(e)} ${pick(['', '成色好', '有盒', '自用', '可小刀'])}`);
    if (s.condition === 'refurbished') s.title = lang === 'en' ? s.title.replace(/^(\S+)/, 'Refurbished') : `官翻 ${s.title}`;
    return s;
  };
  G['neg.promotion'] = () => {
    const e = entry();
    const lang = langPick(0.53);
    const market = legitMarket(lang);
    const s = base('neg.promotion', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.52, 0.88), { lo: 0.5, hi: 0.9 });
    if (rng.chance(0.3)) {
      const sel = pick(e.b.sellers);
      if (ZH_MARKETS.includes(sel.market) === (lang === 'zh')) {
        s.market = sel.market;
        s.sellerId = sel.id;
        s.shipFrom = sel.sf ?? (ZH_MARKETS.includes(sel.market) ? 'CN' : sel.market === 'rakuten' ? 'JP' : pick(MARKET_SHIPS[sel.market]));
        s.currency = currencyFor(s.market, s.shipFrom);
        s.price = priceAt(e.retail, ratioIn(0.52, 0.88), s.currency, rng, 0.5, 0.9);
      }
    }
    s.title = lang === 'en' ? tidy(`${pick(V.PROMO_EN)}: ${prodEn(e)} ${pick(['', `${rng.int(2, 5)}0% off`, 'limited time', ''])}`) : tidy(`${pick(V.PROMO_ZH)} ${prodZh(e)} ${pick(['', `${rng.int(5, 8)}折`, '限量', '到手价'])}`);
    s.quantity = rng.int(1, 300);
    return s;
  };
  G['neg.gray_market'] = () => {
    const e = entry();
    const lang = langPick(0.5);
    const market = lang === 'zh' ? pick(['taobao', 'xianyu', 'pinduoduo', 'douyin', 'jd']) : pick(['ebay', 'amazon', 'rakuten', 'carousell', 'shopee', 'mercari']);
    const sf = lang === 'zh' ? pick(['CN', 'HK']) : anyShip(market);
    const s = base('neg.gray_market', e, lang, market, ['taobao', 'xianyu'].includes(market) ? sf : lang === 'zh' ? 'CN' : sf, ratioIn(0.8, 1.03), { lo: 0.78, hi: 1.05 });
    s.title = lang === 'en' ? tidy(`${prodEn(e)} - ${pick(V.GRAY_EN)} ${pick(['', 'genuine', 'sealed', 'warranty by seller'])}`) : tidy(`${pick(V.GRAY_ZH)} ${prodZh(e)} ${pick(['', '正品', '现货', '无中文标'])}`);
    s.quantity = rng.int(1, 15);
    return s;
  };
  G['neg.negated_marker'] = () => {
    const e = entry();
    const lang = langPick(0.56);
    const market = legitMarket(lang);
    const s = base('neg.negated_marker', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), rng.chance(0.8) ? ratioIn(0.85, 1.05) : ratioIn(0.55, 0.85), { lo: 0.5, hi: 1.1 });
    s.title = lang === 'en' ? tidy(pick([`${prodEn(e)} - ${pick(V.NEGATED_EN)}`, `${pick(V.NEGATED_EN)} ${prodEn(e)}`])) : tidy(pick([`${prodZh(e)} ${pick(V.NEGATED_ZH)}`, `【${pick(V.NEGATED_ZH)}】${prodZh(e)}`]));
    if (rng.chance(0.3)) s.condition = 'used';
    return s;
  };
  G['neg.colour_words'] = () => {
    const e = entry((x) => lineColoursEn(x).length >= 2);
    const lang = langPick(0.78);
    const market = legitMarket(lang);
    const s = base('neg.colour_words', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.82, 1.1), { lo: 0.75, hi: 1.2 });
    const zhc = (e.l.colours ?? []).filter((c) => HAN.test(c));
    if (lang === 'en') {
      const c = pick(lineColoursEn(e));
      s.title = tidy(pick([`${prodEn(e)} ${c}`, `${prodEn(e)} - ${c} ${extraEn(e)}`, `${c[0].toUpperCase()}${c.slice(1)} ${prodEn(e)}`]));
      s.meta.colour = c;
    } else {
      const c = zhc.length ? pick(zhc) : pick(lineColoursEn(e));
      s.title = tidy(`${prodZh(e)} ${c} ${extraZh(e)}`);
      s.meta.colour = c;
    }
    return s;
  };
  G['neg.model_codes'] = () => {
    const [t, cat, usd, lang] = pick(MODEL_CODES);
    const market = legitMarket(lang);
    const s = base('neg.model_codes', null, lang, market, lang === 'zh' ? 'CN' : anyShip(market), 1);
    s.category = cat;
    s.title = tidy(`${t} ${lang === 'en' ? pick([...SUF_EN, 'x2', 'fast post', 'pack of 2']) : pick([...SUF_ZH, '2个装'])}`);
    Object.assign(s, usdPrice(usd, market, s.shipFrom));
    s.quantity = rng.int(1, 200);
    return s;
  };
  G['neg.licensed_repro'] = () => {
    if (rng.chance(0.3)) {
      // official pre-order / released disc from the rights holder's store
      const fut = rng.chance(0.5);
      const { b, w } = pick(fut ? futureWorks() : pastWorks());
      const sel = pick(b.sellers);
      const lang = ZH_MARKETS.includes(sel.market) ? 'zh' : 'en';
      const sf = sel.sf ?? 'CN';
      const s = base('neg.licensed_repro', null, lang, sel.market, sf, 1);
      s.brandId = b.id;
      s.work = w.title;
      s.sellerId = sel.id;
      s.category = b.categories[0];
      const cp = b.categoryPrices[0].referencePrice;
      s.currency = currencyFor(sel.market, sf);
      s.price = priceAt((cp.min + cp.max) / 2 / RATES[cp.currency], rng.float(0.7, 1.1), s.currency, rng);
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const en = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const zd = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      const wt = lang === 'zh' ? pick([w.title, ...w.aliases].filter((a) => HAN.test(a))) : pick([w.title, ...w.aliases].filter((a) => !HAN.test(a)));
      const isMusic = s.category === 'music';
      if (fut) s.title = lang === 'en' ? tidy(`${wt} ${isMusic ? 'CD' : 'Blu-ray'} - official pre-order, released ${en}`) : tidy(`${wt} ${isMusic ? 'CD' : '蓝光'} 官方预售 ${zd}发售`);
      else s.title = lang === 'en' ? tidy(`${wt} ${isMusic ? 'CD + vinyl' : 'Blu-ray collector\'s edition'} - official release`) : tidy(`${wt} ${isMusic ? '正版CD' : '正版蓝光'} 官方发行`);
      s.quantity = rng.int(1, 500);
      return s;
    }
    const [t, cat, bid, key, ratio, lang] = pick(LICENSED);
    const e = ctx.lineOf(bid, key);
    const market = legitMarket(lang);
    const s = base('neg.licensed_repro', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratio * rng.float(0.9, 1.1));
    s.category = cat;
    s.title = tidy(`${lang === 'en' ? fill(t, e) : fillZh(t, e)} ${lang === 'en' ? pick(SUF_EN) : pick(SUF_ZH)}`);
    return s;
  };
  const CONSOLE_LINES = entries.filter((x) => x.l.category === 'game-consoles');
  G['neg.used_console'] = () => {
    const e = pick(CONSOLE_LINES);
    const lang = langPick(0.58);
    const market = lang === 'zh' ? pick(['xianyu', 'xianyu', 'taobao']) : pick(['ebay', 'mercari', 'facebook-marketplace', 'carousell', 'vinted']);
    const s = base('neg.used_console', e, lang, market, lang === 'zh' ? 'CN' : anyShip(market), ratioIn(0.4, 0.85));
    s.condition = 'used';
    s.category = 'game-consoles';
    s.title = lang === 'en'
      ? tidy(`${pick(['Used', 'Pre-owned', ''])} ${prodEn(e)} ${pick(['- stock firmware, never modded', '- factory reset, original software', 'unmodified, works perfectly', 'with box, no mods', '- nothing installed beyond the stock OS'.replace('nothing', 'no extras'), 'good condition, stock'])}`)
      : tidy(`${pick(['二手', '闲置', '自用'])} ${prodZh(e)} ${pick(['原版系统 未改装', '无拆无修 官方系统', '已恢复出厂', '成色好 未破解'])}`);
    return s;
  };
  G['neg.cheap_unbranded'] = () => {
    const [t, cat, usd, lang] = pick(CHEAP);
    const market = lang === 'zh' ? pick(['pinduoduo', 'taobao', 'douyin']) : pick(['temu', 'aliexpress', 'amazon', 'ebay', 'shopee', 'lazada']);
    const s = base('neg.cheap_unbranded', null, lang, market, lang === 'zh' ? 'CN' : anyShip(market), 1);
    s.category = cat;
    s.title = tidy(`${fill(t, null)} ${lang === 'en' ? pick([...SUF_EN, 'free shipping', 'bulk', 'value pack']) : pick([...SUF_ZH, '9.9元', '工厂价'])}`);
    Object.assign(s, usdPrice(usd, market, s.shipFrom));
    s.quantity = rng.int(1, 999);
    return s;
  };
  return G;
}
