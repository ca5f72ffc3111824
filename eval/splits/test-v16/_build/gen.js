// The 30 generators of test-v16 (16 counterfeit kinds, 14 legit kinds). Each returns a listing spec or null.
import { COUNTRY_LANGS, LANG_PLACES } from './context.js';
import { HAN_RE } from './lib.js';
import {
  CAT_NOUN,
  CODED,
  CODED_ZH,
  DM,
  DM_ZH,
  HOMO,
  INVIS,
  LINE_NOUN,
  MARK_EN,
  MARK_ZH,
  MARK_ZHT,
  OEM,
  OEM_ZH,
} from './vocab.js';

const ZH_CF_MARKETS = ['taobao', 'xianyu', 'pinduoduo', 'weidian', 'douyin', 'xianyu', 'taobao'];
const ZH_OK_MARKETS = ['taobao', 'jd', 'tmall', 'xianyu', 'pinduoduo', 'douyin', 'taobao', 'jd'];
const COUNTRY_NAME = {
  AU: 'Australia',
  GB: 'the UK',
  IN: 'India',
  PK: 'Pakistan',
  CN: 'China',
  JP: 'Japan',
  BR: 'Brazil',
  MX: 'Mexico',
  TR: 'Turkey',
  US: 'the USA',
  VN: 'Vietnam',
  SI: 'Slovenia',
  TH: 'Thailand',
  NO: 'Norway',
  IT: 'Italy',
  RO: 'Romania',
  SE: 'Sweden',
  PL: 'Poland',
  FI: 'Finland',
  IL: 'Israel',
  GR: 'Greece',
  NL: 'the Netherlands',
  ID: 'Indonesia',
  CO: 'Colombia',
  LT: 'Lithuania',
  FR: 'France',
};
const OTHER_LANGS = ['hi', 'pt', 'es', 'pl', 'tr', 'id', 'vi', 'th', 'ar', 'he', 'ja'];

export function makeGenerators(ctx, rng) {
  const R = rng;
  const LINES = ctx.allLines.filter((e) => !e.b.works);
  // vintage machines are not sold new
  const LINES_NEW = LINES.filter((e) => e.b.id !== 'magnavox');
  const WORK_BRANDS = ctx.BRANDS.filter((b) => b.works);
  const key = (e) => `${e.b.id}/${e.l.key}`;
  const nounEn = (e) => LINE_NOUN[key(e)]?.[0] ?? '';
  const nounZh = (e) => LINE_NOUN[key(e)]?.[1] ?? '';
  const nounIn = (lang, e) =>
    lang === 'zh' ? nounZh(e) : (CAT_NOUN[lang]?.[e.l.category] ?? (R.chance(0.5) ? nounEn(e) : ''));
  const latin = (s) => !HAN_RE.test(s);
  const lineForm = (e, noBrand = false, allowHan = false) => {
    let o = [e.l.name, ...e.l.shortNames, ...e.l.shortNames, ...e.l.modelNumbers.slice(0, 1)];
    if (!allowHan) o = o.filter(latin);
    if (noBrand) o = o.filter((x) => !ctx.containsOfficial(e.b, x));
    return o.length ? R.pick(o) : null;
  };
  const zhLine = (e, noBrand = false) => {
    const z = [...e.l.aliases, ...e.l.shortNames].filter((a) => HAN_RE.test(a));
    if (z.length && R.chance(0.55)) return R.pick(z);
    return lineForm(e, noBrand);
  };
  const ASCII = /^[\u0020-\u024f\s]+$/;
  const SCRIPT = { ja: /[\u30a0-\u30ff]/, he: /[\u0590-\u05ff]/, th: /[\u0e00-\u0e7f]/ };
  const brandEn = (b, lang = 'en') => {
    const al = (b.aliases ?? []).filter((a) => ASCII.test(a) || SCRIPT[lang]?.test(a));
    return R.pick([b.name, b.name, ...al]);
  };
  const pad = (s) => (s && !HAN_RE.test(s) ? ` ${s} ` : s);
  const brandZh = (b) => {
    const z = (b.aliases ?? []).filter((a) => HAN_RE.test(a));
    return z.length && R.chance(0.7) ? R.pick(z) : b.name;
  };
  const brandInLine = (b, L) =>
    !!L && [b.name, ...(b.aliases ?? [])].some((n) => L.toLowerCase().includes(n.toLowerCase()));
  const nounDup = (L, N) =>
    !!N &&
    !!L &&
    N.toLowerCase()
      .split(/\s+/)
      .some((w) => w.length >= 3 && L.toLowerCase().includes(w));
  const vEn = (e, lang) => {
    const B = brandEn(e.b, lang);
    const L = lineForm(e) ?? '';
    const N = nounIn(lang, e);
    return { B: brandInLine(e.b, L) ? '' : B, L, N: nounDup(L, N) ? '' : N };
  };
  const zhParts = (e) => {
    const B = brandZh(e.b);
    const L = zhLine(e) ?? '';
    const N = nounZh(e);
    return { B: brandInLine(e.b, L) ? '' : pad(B), L: pad(L), N: N && L.includes(N) ? '' : N };
  };
  const clean = (s) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.!)])/g, '$1')
      .trim();
  const lineWhere = (f) => {
    const c = LINES_NEW.filter(f);
    return c.length ? R.pick(c) : null;
  };
  const qty = (lo, hi) => R.int(lo, hi);
  const ban = (m) => (/[版货品款]$/.test(m) ? m : `${m}版`);
  // small wording variations for the fixed legit lists
  const vary = (t, zh) => {
    if (zh) {
      const pre = R.pick(['', '', '', '新款 ', '现货 ', '【包邮】', '家用 ', '热卖 ']);
      const suf = R.pick([
        '',
        '',
        ' 包邮',
        ' 现货',
        ' 新款',
        ' 当天发',
        ' 顺丰',
        ' 满两件减五元',
        ' 实拍',
        ' 批发价',
      ]);
      return `${pre}${t}${suf}`;
    }
    const pre = R.pick(['', '', '', 'New: ', 'NEW ', 'Brand new ', 'Lot of 2: ', '']);
    const suf = R.pick([
      '',
      '',
      ' - new',
      ', fast post',
      ' (new)',
      ', free postage',
      ' - ships in 24h',
      ', boxed',
      ' | in stock',
      ' - local seller',
      ', tracked shipping',
    ]);
    return `${pre}${t}${suf}`;
  };
  const varyUsed = (t, zh) =>
    zh
      ? `${t}${R.pick(['', ' 同城可面交', ' 包邮', ' 自用', ' 成色见图'])}`
      : `${t}${R.pick(['', '', ' - collection only', ', read description', ' - tested', ', photos of the actual unit', ' - pickup or post', ', smoke-free home'])}`;

  // where a listing sits: {market, sf, lang}
  function placeEn(e, { langs = null, noEnglish = false } = {}) {
    for (let i = 0; i < 20; i++) {
      let m;
      let sf;
      let lang;
      const r = R.next();
      if (r < 0.45) {
        [m, sf] = R.pick(e.b.priv.home);
        lang = R.pick(COUNTRY_LANGS[sf] ?? ['en']);
      } else if (r < 0.8) {
        lang = R.pick(OTHER_LANGS);
        [m, sf] = R.pick(LANG_PLACES[lang]);
      } else {
        lang = 'en';
        [m, sf] = R.pick(LANG_PLACES.en);
      }
      if (['no', 'sv', 'fi', 'sl'].includes(lang) && R.chance(0.6)) lang = 'en';
      if (langs && !langs.includes(lang)) continue;
      if (noEnglish && lang === 'en') continue;
      return { market: m, sf, lang };
    }
    return { market: 'ebay', sf: 'US', lang: 'en' };
  }
  function placeZh(legit = false) {
    const r = R.next();
    if (r < 0.85) return { market: R.pick(legit ? ZH_OK_MARKETS : ZH_CF_MARKETS), sf: 'CN', lang: 'zh' };
    if (r < 0.93) return { market: 'carousell', sf: 'HK', lang: 'zht' };
    return { market: R.pick(['shopee', 'ebay']), sf: 'TW', lang: 'zht' };
  }
  function spec(kind, e, pl, pr, o) {
    const b = e?.b ?? o.brand ?? null;
    const s = {
      kind,
      label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
      brandId: b?.id ?? null,
      lineKey: e?.l.key ?? null,
      work: o.work ?? null,
      category: o.category ?? e?.l.category ?? b?.categories?.[0],
      title: clean(o.title),
      market: pl.market,
      shipFrom: pl.sf,
      currency: pr.currency,
      price: pr.price,
      quantity: o.quantity ?? 1,
      condition: o.condition ?? 'new',
      lang: o.lang ?? (HAN_RE.test(o.title) ? 'zh' : 'en'),
      meta: { cues: o.cues ?? [], ...(o.meta ?? {}) },
      insert: o.insert ?? null,
      forceDesc: o.forceDesc ?? false,
      longP: o.longP,
      family: o.family,
    };
    if (o.sellerId) s.sellerId = o.sellerId;
    return s;
  }
  const ratioIn = (lo, hi) => R.float(lo, hi);
  const price = (e, pl, lo, hi) => ctx.priceFor(e, ratioIn(lo, hi), pl.market, pl.sf);

  // ---------------------------------------------------------------- counterfeit kinds
  const markerTitle = {
    en: (v) =>
      R.pick([
        `${v.B} ${v.L} ${v.N} ${v.M}`,
        `${v.M} ${v.B} ${v.L} ${v.N}`,
        `${v.B} ${v.L} - ${v.M} - ${v.N}`,
        `${v.B} ${v.L} ${v.M} | fast dispatch`,
        `${v.M}: ${v.B} ${v.L} ${v.N}, new`,
        `${v.B} ${v.N} (${v.L}) ${v.M} wholesale`,
      ]),
    hi: (v) =>
      R.pick([
        `${v.B} ${v.L} ${v.N} ${v.M} - COD available`,
        `${v.M} ${v.B} ${v.L} ekdum original jaisa`,
        `${v.B} ${v.L} ${v.M} best price bhai`,
        `${v.B} ${v.L} ${v.N} ${v.M}, sasta aur tikau`,
      ]),
    es: (v) =>
      R.pick([
        `${v.N} ${v.B} ${v.L} ${v.M}`,
        `${v.B} ${v.L} ${v.M} envío gratis`,
        `${v.M} ${v.B} ${v.L} nuevo`,
      ]),
    pt: (v) =>
      R.pick([
        `${v.N} ${v.B} ${v.L} ${v.M}`,
        `${v.B} ${v.L} ${v.M} pronta entrega`,
        `${v.M} ${v.B} ${v.L} frete grátis`,
      ]),
    pl: (v) =>
      R.pick([
        `${v.B} ${v.L} ${v.N} ${v.M}`,
        `${v.M} ${v.B} ${v.L} nowy`,
        `${v.B} ${v.L} ${v.M} wysyłka 24h`,
      ]),
    tr: (v) =>
      R.pick([
        `${v.B} ${v.L} ${v.N} ${v.M}`,
        `${v.M} ${v.B} ${v.L} sıfır`,
        `${v.B} ${v.L} ${v.M} hızlı kargo`,
      ]),
    id: (v) =>
      R.pick([
        `${v.N} ${v.B} ${v.L} ${v.M}`,
        `${v.B} ${v.L} ${v.M} murah`,
        `${v.M} ${v.B} ${v.L} ready stok`,
      ]),
    vi: (v) =>
      R.pick([`${v.N} ${v.B} ${v.L} ${v.M}`, `${v.B} ${v.L} ${v.M} giá rẻ`, `${v.M} ${v.B} ${v.L} freeship`]),
    th: (v) => R.pick([`${v.B} ${v.L} ${v.M}`, `${v.M} ${v.B} ${v.L} ส่งฟรี`, `${v.B} ${v.L} ${v.M} ราคาถูก`]),
    ar: (v) =>
      R.pick([`${v.B} ${v.L} ${v.M}`, `${v.M} ${v.B} ${v.L} جديد`, `${v.B} ${v.L} ${v.M} توصيل سريع`]),
    he: (v) =>
      R.pick([`${v.B} ${v.L} ${v.M}`, `${v.M} ${v.B} ${v.L} חדש`, `${v.B} ${v.L} ${v.M} משלוח מהיר`]),
    ja: (v) => R.pick([`${v.B} ${v.L} ${v.M}`, `【${v.M}】${v.B} ${v.L}`, `${v.B} ${v.L} ${v.M} ほぼ新品`]),
    no: (v) => `${v.B} ${v.L} ${v.M} ny`,
    sv: (v) => `${v.B} ${v.L} ${v.M} ny`,
    fi: (v) => `${v.B} ${v.L} ${v.M} uusi`,
    sl: (v) => `${v.B} ${v.L} ${v.M} nov`,
  };

  function pos_marker_en() {
    const e = R.pick(LINES_NEW);
    const pl = placeEn(e);
    const v = { ...vEn(e, pl.lang), M: R.pick(MARK_EN[pl.lang] ?? MARK_EN.en) };
    const t = (markerTitle[pl.lang] ?? markerTitle.en)(v);
    const ins = R.chance(0.5)
      ? R.pick([
          'Sold as a replica; it does not come with the original papers.',
          'This is a copy made to look like the original.',
          'Replica item, priced accordingly.',
        ])
      : null;
    return spec('pos.marker_en', e, pl, price(e, pl, 0.06, 0.45), {
      title: t,
      quantity: R.chance(0.3) ? qty(5, 60) : qty(1, 3),
      insert: ins,
      lang: 'en',
    });
  }

  const zhTitle = {
    marker: (v) =>
      R.pick([
        `${v.B}${v.L}${v.N} ${v.M}`,
        `${v.M} ${v.B} ${v.L} ${v.N} 包邮`,
        `${v.B} ${v.L} ${ban(v.M)} ${v.N}`,
        `【${v.M}】${v.B}${v.L}${v.N} 现货秒发`,
        `${v.B}同款 ${v.L} ${v.N} ${v.M} 细节到位`,
        `${v.L}${v.N} ${v.B} ${v.M} 支持验货`,
      ]),
    markerT: (v) =>
      R.pick([
        `${v.B} ${v.L} ${v.N} ${v.M}`,
        `${v.M} ${v.B}${v.L} 平價出`,
        `${v.B} ${v.L} ${v.M} 現貨`,
        `${v.M}${v.B} ${v.L} 即買即送`,
      ]),
  };
  function pos_marker_zh() {
    const e = R.pick(LINES_NEW);
    const pl = placeZh();
    const trad = pl.lang === 'zht';
    const v = { ...zhParts(e), M: R.pick(trad ? MARK_ZHT : MARK_ZH) };
    const t = trad ? zhTitle.markerT(v) : zhTitle.marker(v);
    const ins = R.chance(0.5)
      ? R.pick(['高仿版本，介意勿拍。', '这是仿款，不是专柜货。', '复刻款，做工对比图可以私聊要。'])
      : null;
    return spec('pos.marker_zh', e, pl, price(e, pl, 0.05, 0.35), {
      title: t,
      quantity: R.chance(0.3) ? qty(10, 200) : qty(1, 5),
      insert: ins,
      lang: 'zh',
    });
  }

  function pos_coded_language() {
    const e = R.pick(LINES_NEW);
    if (R.chance(0.55)) {
      const pl = placeZh();
      const v = { ...zhParts(e), C: R.pick(CODED_ZH) };
      const t = R.pick([
        `${v.B} ${v.L} ${v.N} ${v.C}`,
        `${v.C} ${v.B}${v.L}${v.N} 细节对比`,
        `${v.B}${v.L} ${v.C} 懂货的来`,
        `${v.L}${v.N} ${v.C} ${v.B} 现货`,
        `${v.B} ${v.L} ${v.C.endsWith('版本') ? v.C : `${v.C}版本`} 支持鉴定`,
      ]);
      return spec('pos.coded_language', e, pl, price(e, pl, 0.1, 0.4), {
        title: t,
        quantity: qty(1, 30),
        lang: 'zh',
        insert: R.chance(0.4)
          ? R.pick([
              '和专柜同料，只是不走专柜渠道。',
              '懂的都懂，细节图私聊。',
              '版本号见图，别问是不是正品。',
            ])
          : null,
      });
    }
    const pl = placeEn(e);
    const C = R.pick(CODED[pl.lang] ?? CODED.en);
    const v = vEn(e, pl.lang);
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} ${C}`,
      `${v.B} ${v.L} (${C})`,
      `${C} - ${v.B} ${v.L} ${v.N}`,
      `${v.B} ${v.L} ${C}, ships fast`,
    ]);
    return spec('pos.coded_language', e, pl, price(e, pl, 0.12, 0.45), {
      title: t,
      quantity: qty(1, 25),
      lang: 'en',
      insert: R.chance(0.4)
        ? R.pick([
            'Batch details and QC photos on request before you pay.',
            'Not from the official channel; same look, better price.',
            'If you know, you know. Compare the stitching yourself.',
          ])
        : null,
    });
  }

  function pos_oem_leak() {
    const e = R.pick(LINES_NEW);
    if (R.chance(0.55)) {
      const pl = placeZh();
      const O = R.pick(OEM_ZH);
      const v = zhParts(e);
      const t = R.pick([
        `${v.B} ${v.L} ${v.N} ${O}`,
        `${O} ${v.B}${v.L}${v.N} 数量有限`,
        `${v.B}${v.L} ${O} 无吊牌`,
        `${v.L}${v.N} ${O} ${v.B}`,
      ]);
      return spec('pos.oem_leak', e, pl, price(e, pl, 0.12, 0.4), {
        title: t,
        quantity: qty(1, 80),
        lang: 'zh',
        insert: R.chance(0.4)
          ? R.pick(['同一条生产线出来的，没有走品牌的质检。', '外贸订单取消剩下的，标签剪掉了。'])
          : null,
      });
    }
    const pl = placeEn(e);
    const O = R.pick(OEM[pl.lang] ?? OEM.en);
    const v = vEn(e, pl.lang);
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} - ${O}`,
      `${O}: ${v.B} ${v.L} ${v.N}`,
      `${v.B} ${v.L} ${O}, no tags`,
      `${v.B} ${v.N} ${v.L} ${O} limited pcs`,
    ]);
    return spec('pos.oem_leak', e, pl, price(e, pl, 0.12, 0.45), {
      title: t,
      quantity: qty(1, 60),
      lang: 'en',
      insert: R.chance(0.4)
        ? R.pick([
            'These came out of the plant that makes them for the brand; no brand paperwork.',
            'Extra run from the contract workshop, sold without the retail box.',
          ])
        : null,
    });
  }

  function pos_dm_real_pics() {
    const e = R.pick(LINES_NEW);
    if (R.chance(0.5)) {
      const pl = placeZh();
      const D = R.pick(DM_ZH);
      const v = zhParts(e);
      const t = R.pick([
        `${v.B} ${v.L} ${v.N} ${D}`,
        `${v.B}${v.L} 实物图${D.includes('私') ? '' : '请'}${D}`,
        `${D} ${v.B} ${v.L}${v.N} 特价`,
        `${v.L}${v.N} ${v.B} 图片不全 ${D}`,
      ]);
      return spec('pos.dm_real_pics', e, pl, price(e, pl, 0.12, 0.5), {
        title: t,
        quantity: qty(1, 20),
        lang: 'zh',
      });
    }
    const pl = placeEn(e);
    const D = R.pick(DM[pl.lang] ?? DM.en);
    const v = vEn(e, pl.lang);
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} - ${D}`,
      `${v.B} ${v.L} ${D}`,
      `${D} | ${v.B} ${v.L} ${v.N}`,
      `${v.B} ${v.L} ${v.N} cheap, ${D}`,
    ]);
    return spec('pos.dm_real_pics', e, pl, price(e, pl, 0.12, 0.5), {
      title: t,
      quantity: qty(1, 20),
      lang: 'en',
    });
  }

  function pos_brand_nickname_zh() {
    const e = lineWhere((x) => x.b.priv.nick?.length);
    const pl = placeZh();
    const nick = R.pick(e.b.priv.nick);
    const L = zhLine(e, true) ?? '';
    if (ctx.containsOfficial(e.b, L)) return null;
    const N = nounZh(e);
    const t = R.pick([
      `${nick} ${L} ${N} 清仓`,
      `${nick}${N} ${L} 全新`,
      `${L} ${N} ${nick} 特价处理`,
      `${nick} ${L}${N} 亏本出`,
      `${nick}同款 ${L} ${N}`,
      `${N} ${nick} ${L} 现货`,
    ]);
    const far = R.chance(0.85);
    return spec('pos.brand_nickname_zh', e, pl, price(e, pl, far ? 0.06 : 0.36, far ? 0.3 : 0.55), {
      title: t,
      quantity: qty(1, 20),
      lang: 'zh',
    });
  }

  const cueText = {
    en: ['wholesale lot', 'copy', 'replica', 'same as original', 'AAA grade'],
    zh: ['批发', '高仿', '仿款', '一比一'],
  };
  function disguised(kind, nameFn) {
    const e = R.pick(LINES_NEW);
    const nm = nameFn(e);
    if (!nm) return null;
    const L = lineForm(e, true) ?? '';
    const pl = placeEn(e, { langs: ['en', 'en', 'hi', 'es', 'pt', 'id', 'vi', 'tr', 'pl', 'th'] });
    const N = nounIn(pl.lang, e);
    const mode = R.weighted([
      ['price', 0.5],
      ['bulk', 0.3],
      ['stated', 0.2],
    ]);
    const farMax = kind === 'pos.brand_abbrev_emoji' ? 0.18 : 0.27;
    let cue = '';
    let meta = {};
    let q = qty(1, 3);
    if (mode === 'bulk') {
      q = qty(12, 150);
      cue = R.pick(['lot', 'wholesale', 'bulk', '']);
    }
    if (mode === 'stated') {
      cue = R.pick(cueText.en);
      meta = { statedCue: true };
    }
    const t = R.pick([
      `${nm} ${L} ${N} ${cue}`,
      `${N} ${nm} ${L} ${cue}`,
      `${nm} ${L} ${cue} new`,
      `${cue} ${nm} ${L} ${N}`,
    ]);
    const pr = mode === 'price' ? price(e, pl, 0.05, farMax) : price(e, pl, 0.3, 0.6);
    return spec(kind, e, pl, pr, { title: t, quantity: q, meta, lang: 'en' });
  }
  const pos_brand_abbrev_emoji = () =>
    disguised('pos.brand_abbrev_emoji', (e) => R.pick(e.b.priv.emoji ?? []));
  const pos_brand_misspelled = () => disguised('pos.brand_misspelled', (e) => R.pick(e.b.priv.miss ?? []));
  const homoglyph = (name) => {
    if (R.chance(0.3)) {
      // invisible characters inside the name
      const i = R.int(1, name.length - 1);
      return name.slice(0, i) + R.pick(INVIS) + name.slice(i);
    }
    const chars = [...name];
    const idx = chars.map((c, i) => (HOMO[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return null;
    for (const i of R.pickN(idx, R.int(1, Math.min(2, idx.length)))) chars[i] = R.pick(HOMO[chars[i]]);
    return chars.join('');
  };
  const pos_brand_homoglyph = () =>
    disguised('pos.brand_homoglyph', (e) => {
      const h = homoglyph(R.chance(0.8) ? e.b.name : brandEn(e.b));
      return h && !ctx.containsOfficial(e.b, h) ? h : null;
    });

  // colours sellers could name that no line here was produced in
  const OFF_COLOURS = [
    'lime',
    'neon pink',
    'gold chrome',
    'camo',
    'rainbow',
    'lavender',
    'turquoise',
    'leopard',
  ];
  function pos_extreme_price() {
    const e = lineWhere((x) => x.retail >= 45 && x.l.category !== 'software');
    const mfg = ctx.mfgOf(e);
    const cue = R.weighted([
      ['bulk', 0.22],
      ['ship', 0.22],
      ['colour', 0.18],
      ['quality', 0.2],
      ['factory', 0.18],
    ]);
    let p;
    if (cue === 'ship') {
      const others = [
        'CN',
        'HK',
        'TR',
        'IN',
        'PK',
        'VN',
        'TH',
        'ID',
        'AE',
        'US',
        'GB',
        'MY',
        'PH',
        'NG',
      ].filter((c) => !mfg.includes(c));
      p = ctx.placeIn(others);
    } else p = ctx.placeIn(mfg);
    if (!p) return null;
    const [market, sf, lang0] = p;
    const pl = {
      market,
      sf,
      lang: ['en', 'hi', 'es', 'pt', 'pl', 'tr', 'id', 'vi'].includes(lang0) ? lang0 : 'en',
    };
    const v = vEn(e, pl.lang);
    let extra = '';
    let meta = { extremeCue: cue };
    let q = R.int(1, 2);
    if (cue === 'bulk') {
      q = qty(20, 300);
      extra = R.pick(['lot of 50', 'wholesale', 'bulk stock', 'x100 available', '']);
    } else if (cue === 'colour') {
      const c = R.pick(OFF_COLOURS.filter((x) => !(e.l.colours ?? []).includes(x)));
      extra = c;
      meta = { ...meta, offColour: c };
    } else if (cue === 'quality') extra = R.pick(['high quality', 'top quality', 'premium quality']);
    else if (cue === 'factory') extra = R.pick(['factory direct', 'direct from factory', 'factory price']);
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} ${extra}`,
      `${extra} ${v.B} ${v.L} ${v.N}`,
      `${v.B} ${v.L} ${extra} new`,
    ]);
    return spec('pos.extreme_price', e, pl, price(e, pl, 0.04, 0.09), {
      title: t,
      quantity: q,
      meta,
      lang: 'en',
    });
  }

  const WEAK = {
    several: ['have several', 'multiple available', '5 in stock'],
    nobox: ['no box', 'without box'],
    noreceipt: ['no receipt', 'no bill'],
    gift: ['unwanted gift', 'gift, never used'],
    mustgo: ['must go today', 'quick sale'],
  };
  function pos_weak_cues() {
    const e = lineWhere((x) => x.retail >= 25 && !['software'].includes(x.l.category));
    const mfg = ctx.mfgOf(e);
    const n = R.int(2, 3);
    const cues = R.pickN(['several', 'nobox', 'noreceipt', 'gift', 'mustgo', 'ship'], n);
    let p;
    if (cues.includes('ship'))
      p = ctx.placeIn(
        ['US', 'GB', 'AU', 'IN', 'AE', 'HK', 'MY', 'PH', 'NG', 'KE', 'TR', 'MX'].filter(
          (c) => !mfg.includes(c),
        ),
      );
    else p = ctx.placeIn(mfg);
    if (!p) return null;
    const [market, sf] = p;
    const pl = { market, sf, lang: 'en' };
    const v = vEn(e, 'en');
    const words = cues.filter((c) => c !== 'ship').map((c) => R.pick(WEAK[c]));
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} - ${words.join(', ')}`,
      `${v.B} ${v.L} ${words.join(' / ')}`,
      `New ${v.B} ${v.L} ${v.N}, ${words.join(', ')}`,
    ]);
    return spec('pos.weak_cues', e, pl, price(e, pl, 0.34, 0.56), {
      title: t,
      quantity: cues.includes('several') ? qty(3, 8) : 1,
      meta: { weakCues: cues },
      lang: 'en',
    });
  }

  function pos_product_line_seller_style() {
    const e = lineWhere((x) =>
      [...x.l.shortNames, ...x.l.modelNumbers].some((s) => !ctx.containsOfficial(x.b, s)),
    );
    const forms = [e.l.name, ...e.l.shortNames, ...e.l.modelNumbers].filter(
      (s) => !ctx.containsOfficial(e.b, s),
    );
    const mode = R.pick(['marker', 'price', 'bulk']);
    if (R.chance(0.5)) {
      const pl = placeZh();
      const L = R.pick([
        ...forms,
        ...e.l.aliases.filter((a) => HAN_RE.test(a) && !ctx.containsOfficial(e.b, a)),
      ]);
      const N = nounZh(e);
      const c =
        mode === 'marker' ? R.pick(MARK_ZH) : mode === 'bulk' ? '批发价' : R.pick(['清仓', '特价', '']);
      const t = R.pick([`${L} ${N} ${c}`, `${c} ${L}${N}`, `${L}同款${N} ${c} 现货`]);
      return spec(
        'pos.product_line_seller_style',
        e,
        pl,
        price(e, pl, mode === 'price' ? 0.05 : 0.1, mode === 'price' ? 0.2 : 0.4),
        {
          title: t,
          quantity: mode === 'bulk' ? qty(20, 200) : qty(1, 3),
          lang: 'zh',
        },
      );
    }
    const pl = placeEn(e, { langs: ['en', 'en', 'hi', 'es', 'pt', 'id', 'tr', 'pl'] });
    const L = R.pick(forms);
    const N = nounIn(pl.lang, e);
    const c =
      mode === 'marker'
        ? R.pick(MARK_EN[pl.lang] ?? MARK_EN.en)
        : mode === 'bulk'
          ? R.pick(['wholesale', 'lot x50', 'bulk'])
          : '';
    const t = R.pick([`${L} ${N} ${c}`, `${c} ${L} ${N}`, `${L} ${N} ${c} new in bag`]);
    return spec(
      'pos.product_line_seller_style',
      e,
      pl,
      price(e, pl, mode === 'price' ? 0.05 : 0.1, mode === 'price' ? 0.2 : 0.4),
      {
        title: t,
        quantity: mode === 'bulk' ? qty(20, 200) : qty(1, 3),
        lang: 'en',
      },
    );
  }

  const ADMIT_EN = [
    'To be clear, this is a high-grade replica and not the original product.',
    'It is a copy made to the same pattern; the price reflects that.',
    'Not genuine: a 1:1 reproduction, sold as such.',
    'The logo is printed by us; the item itself is an unbranded copy.',
    'These are made in the same workshop that copies the original, and they are very close.',
    'Please note it is not an official product but a faithful imitation.',
  ];
  const ADMIT_ZH = [
    '说明一下：这是高仿版本，不是正品。',
    '这款是复刻款，做工对版，介意勿拍。',
    '非专柜正品，是一比一仿制的，价格也说明了。',
    '标是后加的，本身是无牌仿款。',
    '仿的，但是细节做得很到位。',
  ];
  function pos_description_only() {
    const e = R.pick(LINES_NEW);
    const high = R.chance(0.78);
    const [lo, hi] = high ? [0.74, 0.98] : R.chance(0.5) ? [0.52, 0.7] : [1.02, 1.15];
    if (R.chance(0.4)) {
      const pl = placeZh();
      const zp = zhParts(e);
      const t = R.pick([
        `${zp.B} ${zp.L} ${zp.N}`,
        `${zp.B}${zp.L}${zp.N} 全新`,
        `${zp.L} ${zp.N} ${zp.B} 现货`,
      ]);
      return spec('pos.description_only', e, pl, price(e, pl, lo, hi), {
        title: t,
        insert: R.pick(ADMIT_ZH),
        forceDesc: true,
        longP: 0.85,
        lang: 'zh',
      });
    }
    const pl = placeEn(e, { langs: ['en', 'en', 'en', 'hi', 'es', 'pt', 'pl'] });
    const v = vEn(e, pl.lang);
    const t = R.pick([
      `${v.B} ${v.L} ${v.N}`,
      `${v.B} ${v.L} ${v.N} - new`,
      `New ${v.B} ${v.L}`,
      `${v.B} ${v.N} ${v.L}`,
    ]);
    return spec('pos.description_only', e, pl, price(e, pl, lo, hi), {
      title: t,
      insert: R.pick(ADMIT_EN),
      forceDesc: true,
      longP: 0.85,
      lang: 'en',
    });
  }

  const CIRC = [
    [
      'rosetta-stone',
      'lifetime',
      [
        '{L} cracked, lifetime activation, no subscription',
        '{B} {L} keygen + offline installer',
        '{B} all languages unlocked, patched version',
      ],
    ],
    [
      'rosetta-stone',
      '12month',
      ['{B} premium account unlocked (shared), 12 months', '{B} licence bypass patch, works forever'],
    ],
    [
      'celsys',
      'pro',
      ['{L} full version crack, lifetime', '{L} 1.x portable, pre-activated', '{L} serial key generator'],
    ],
    [
      'celsys',
      'ex',
      [
        '{L} cracked + all brushes, Windows',
        '{L} activation patch, no account needed',
        '{L} permanent licence bypass',
      ],
    ],
    [
      'game-science',
      'wukong',
      [
        '{L} PC trainer: infinite health, 200+ options',
        '{L} save editor + all spells unlocked',
        '{L} Steam offline activation, shared account',
      ],
    ],
    [
      'game-science',
      'deluxe',
      ['{L} DLC unlocker, all bonus items', '{L} full unlock save file, PS5 jailbreak needed'],
    ],
    ['remedy', 'aw2', ['{L} DLC unlocker for PC', '{L} trainer + save editor', '{L} cracked PC copy on USB']],
    ['remedy', 'controlue', ['{L} PC crack, no launcher', '{L} trainer, god mode']],
    [
      'ayn',
      'odin2',
      [
        '{L} with 512GB card loaded with 12,000 games',
        '{L} preloaded full retro library, PS2/GC/3DS',
        '{L} + 1TB game pack, every console up to PS2',
      ],
    ],
    ['ayn', 'thor', ['{L} dual screen, 256GB card full of DS and 3DS games', '{L} preloaded 8000 games']],
    [
      'hyperkin',
      'retron5',
      [
        '{L} with 5000-in-1 flash cartridge',
        '{L} + everdrive-style flash cart loaded with all NES/SNES games',
      ],
    ],
    ['hyperkin', 'retron77', ['{L} modded, 2600 full ROM set on SD', '{L} preloaded entire 2600 library']],
    [
      'magnavox',
      'odyssey2',
      [
        '{L} multicart, every game on one cartridge',
        '{L} 200-in-1 flash cart',
        'all {L} games on one cart, copied library',
      ],
    ],
  ];
  const CIRC_ZH = [
    ['celsys', 'pro', ['{L} 破解版 永久激活', '{L} 注册机 送笔刷', '{L} 免激活绿色版']],
    ['celsys', 'ex', ['{L} 破解 永久使用 送教程', '{L} 激活补丁 不用登录']],
    [
      'game-science',
      'wukong',
      ['{L} 修改器 无限血 一键全收集', '{L} 存档修改 全法术解锁', '{L} 离线激活 共享账号'],
    ],
    ['game-science', 'deluxe', ['{L} 豁免补丁 全部豪华版内容解锁', '{L} 破解补丁 免正版']],
    ['remedy', 'aw2', ['{L} 破解版 免安装', '{L} 修改器 全收集']],
    ['ayn', 'odin2', ['{L} 512G卡 一万二千款游戏 全部装好', '{L} 送1T游戏包 开箱即玩']],
    ['ayn', 'thor', ['{L} 双屏 内置八千款游戏']],
    ['hyperkin', 'retron5', ['{L} 送五千合一烧录卡']],
    ['rosetta-stone', 'lifetime', ['{L} 破解 全语言 永久', '{L} 激活码生成器']],
  ];
  function pos_circumvention() {
    const zh = R.chance(0.4);
    const [bid, lk, tmpls] = R.pick(zh ? CIRC_ZH : CIRC);
    const e = ctx.lineOf(bid, lk);
    const pl = zh ? placeZh() : placeEn(e, { langs: ['en', 'en', 'en', 'hi', 'es', 'pt', 'id'] });
    const L = zh
      ? R.pick([e.l.name, ...e.l.aliases.filter((a) => HAN_RE.test(a)), ...e.l.shortNames])
      : R.pick([e.l.name, ...e.l.shortNames.filter(latin)]);
    const t = R.pick(tmpls).replace('{L}', L).replace('{B}', brandEn(e.b));
    const ratio = ['game-consoles'].includes(e.l.category) ? [0.8, 1.6] : [0.05, 0.3];
    return spec('pos.circumvention', e, pl, price(e, pl, ratio[0], ratio[1]), {
      title: t,
      quantity: qty(1, 30),
      condition: e.l.category === 'game-consoles' && R.chance(0.4) ? 'used' : 'new',
      lang: zh ? 'any' : 'en',
    });
  }

  const LISTING_DATE = '2027-01-04';
  function pos_prerelease_disc() {
    const b = R.pick(WORK_BRANDS);
    const w = R.pick(b.works.filter((x) => x.discReleaseDate > LISTING_DATE));
    const music = b.categories.includes('music');
    const zhWork = HAN_RE.test(w.title);
    const zh = zhWork ? R.chance(0.75) : R.chance(0.2);
    const pl = zh
      ? placeZh()
      : {
          ...(() => {
            const [m, sf] = R.pick(b.priv.home);
            return { market: m, sf };
          })(),
          lang: 'en',
        };
    const name =
      zhWork && !zh
        ? R.chance(0.5)
          ? w.title
          : w.aliases[0]
        : zh
          ? w.title
          : R.pick([w.title, ...(w.aliases ?? [])]);
    const fmt = music
      ? zh
        ? R.pick(['CD', '实体CD', '2CD', 'CD 全专辑', '无损CD', 'CD 带歌词本'])
        : R.pick(['CD', 'CD album', '2CD', 'CD + booklet', 'audio CD', 'CD full album'])
      : zh
        ? R.pick(['DVD', '蓝光', 'BD50', '4K蓝光', 'DVD 碟片', '高清DVD', '蓝光碟'])
        : R.pick(['Blu-ray', 'DVD', '4K UHD', 'BD50 disc', 'Blu-ray + DVD', 'DVD (PAL)', 'Blu-ray region B']);
    const extra = zh
      ? R.pick([
          '现货',
          '秒发',
          '国语中字',
          '完整版',
          '抢先版',
          '包邮',
          '现货速发',
          '收藏版',
          '中英字幕',
          '两碟装',
        ])
      : R.pick([
          'in stock',
          'fast post',
          'region free',
          'full movie',
          'early copy',
          'sealed',
          'ships today',
          'English subs',
          'limited',
          'HD',
          'new',
          'bonus disc',
        ]);
    const extra2 = R.chance(0.4)
      ? zh
        ? R.pick(['', '正版包装', '高清', '限量'])
        : R.pick(['', 'free shipping', 'cheap', 'last copies'])
      : '';
    const t = R.pick([
      `${name} ${fmt} ${extra} ${extra2}`,
      `${name} - ${fmt}, ${extra} ${extra2}`,
      zh ? `《${name}》${fmt} ${extra}` : `${fmt}: ${name} (${extra})`,
    ]);
    const pr = ctx.usdPrice(R.float(6, 22), pl.market, pl.sf);
    return spec('pos.prerelease_disc', null, pl, pr, {
      brand: b,
      work: w.title,
      category: music ? 'music' : 'film-tv',
      title: t,
      quantity: qty(1, 40),
      lang: 'any',
    });
  }

  function pos_mixed_language() {
    const e = R.pick(LINES_NEW);
    const pl = R.chance(0.7)
      ? placeZh()
      : { market: R.pick(['aliexpress', 'ebay', 'shopee']), sf: 'CN', lang: 'en' };
    if (pl.market === 'shopee') pl.sf = 'CN';
    const B = R.chance(0.5) ? pad(brandZh(e.b)) : e.b.name;
    const L = lineForm(e) ?? '';
    const enM = R.pick([
      'replica',
      'mirror copy',
      'super clone',
      'AAA copy',
      'top quality replica',
      'factory copy',
      'high copy',
    ]);
    const zhM = R.pick(MARK_ZH);
    const t = R.pick([
      `${B} ${L} ${nounZh(e)} ${enM} ${zhM}`,
      `${enM} ${B} ${L} ${nounDup(L, nounEn(e)) ? '' : nounEn(e)} ${ban(zhM)}`,
      `${B} ${L} ${zhM} ${enM} free shipping`,
      `${nounZh(e)} ${B} ${L} ${enM} 现货 fast ship`,
    ]);
    return spec('pos.mixed_language', e, pl, price(e, pl, 0.06, 0.4), {
      title: t,
      quantity: qty(1, 50),
      lang: 'any',
    });
  }

  // ---------------------------------------------------------------- legit kinds
  function neg_plain() {
    const e = R.pick(LINES_NEW);
    if (R.chance(0.9)) {
      const pl = placeZh(true);
      const trad = pl.lang === 'zht';
      const { B, L } = zhParts(e);
      const N = nounZh(e);
      const t = trad
        ? R.pick([`${B} ${L} ${N} 全新`, `${B}${L}${N} 現貨`, `全新 ${B} ${L}`])
        : R.pick([
            `${B} ${L} ${N}`,
            `${B}${L}${N} 全新正品`,
            `${B} ${L} ${N} 官方标配`,
            `${L} ${N} ${B} 现货速发`,
            `【现货】${B}${L}${N}`,
            `${B} ${L} ${N} 顺丰包邮`,
          ]);
      return spec('neg.plain', e, pl, price(e, pl, 0.85, 1.15), {
        title: t,
        quantity: qty(1, 5),
        lang: 'zh',
      });
    }
    const pl = placeEn(e);
    const v = vEn(e, pl.lang);
    const t = R.pick([`${v.B} ${v.L} ${v.N}`, `${v.B} ${v.L} ${v.N} - new`, `${v.B} ${v.L}`]);
    return spec('neg.plain', e, pl, price(e, pl, 0.85, 1.15), { title: t, quantity: qty(1, 4), lang: 'en' });
  }

  const GENERIC_EN = [
    ['1:1 scale human heart model, 4 parts, for biology class', 'toys', 28],
    ['Replica Aztec sun stone calendar, resin, 30 cm wall plaque', 'furniture', 35],
    ['Replica Ottoman brass coffee grinder, decorative', 'kitchenware', 24],
    ['A4 copy paper 80 gsm, 5 reams', 'printer-supplies', 22],
    ['Mirror-polished brass diya set of 5, for Diwali', 'kitchenware', 18],
    ['AAA rechargeable batteries 1100 mAh, pack of 8', 'batteries', 16],
    ['USB Type-A to Type-C cable, 2 m braided', 'phone-accessories', 8],
    ['PU leather Kolhapuri-style flat sandals, unbranded, sizes 36-41', 'shoes', 15],
    ['Kundan imitation jewellery set with earrings, bridal', 'jewellery', 30],
    ['Artificial jewellery jhumka earrings, oxidised silver finish', 'jewellery', 9],
    ['Document copy stand with two LED lamps', 'cameras', 65],
    ['Key duplicate blanks, 20 pcs, brass', 'tools', 12],
    ['Replica fossil trilobite cast for classroom', 'toys', 14],
    ['Reproduction 1950s enamel kitchen scale, unbranded', 'kitchenware', 38],
    ['Copycat recipes cookbook: restaurant dishes at home', 'books', 17],
    ['Replica Viking drinking horn with stand', 'kitchenware', 26],
    ['Clone stamp rubber set for card making, 24 pcs', 'tools', 11],
    ['Grade A English willow cleft, unbranded, for bat makers', 'sports-equipment', 70],
    ['Vegan leather tote bag, unbranded, black', 'handbags', 29],
    ['3-star training table tennis balls, 100 pcs, unbranded', 'sports-equipment', 25],
    ['Replica Roman oil lamp, terracotta, museum shop style', 'furniture', 19],
    ['Mirror tiles self-adhesive, 30x30 cm, 4 pcs', 'furniture', 21],
    ['Glass bead necklace in the style of antique trade beads, reproduction', 'jewellery', 14],
  ];
  const GENERIC_ZH = [
    ['高仿真仿生鱼饵 软虫路亚 10条装', 'sports-equipment', 15],
    ['高仿真绿植 仿真琴叶榕 1.5米 客厅摆件', 'furniture', 45],
    ['A4复印纸 70克 500张 5包', 'printer-supplies', 18],
    ['镜面不锈钢托盘 酒店餐具', 'kitchenware', 9],
    ['仿古青花瓷碗 饭碗 4只装', 'kitchenware', 12],
    ['仿木纹墙贴 自粘 10米', 'furniture', 11],
    ['1:1人体骨骼模型 教学用 170厘米', 'toys', 160],
    ['仿真水果模型 教具 一套20件', 'toys', 14],
    ['复刻版老式搪瓷杯 怀旧 无品牌', 'kitchenware', 6],
    ['仿皮凉鞋 女款 平底 无品牌', 'shoes', 12],
    ['五号七号电池 AAA 碱性 20节', 'batteries', 7],
    ['仿搪瓷铁皮收纳罐 三件套 厨房', 'kitchenware', 10],
    ['1:64 合金车模 老式公交车 无品牌', 'toys', 25],
    ['仿真草坪地毯 阳台 2米×3米', 'furniture', 28],
  ];
  function neg_generic_marker() {
    const zh = R.chance(0.45);
    const [t, cat, usd] = R.pick(zh ? GENERIC_ZH : GENERIC_EN);
    const pl = zh
      ? placeZh(true)
      : (() => {
          const [m, sf] = R.pick(LANG_PLACES.en.filter(([mm]) => mm !== 'temu'));
          return { market: m, sf, lang: 'en' };
        })();
    const pr = ctx.usdPrice(usd * R.float(0.85, 1.2), pl.market, pl.sf);
    return spec('neg.generic_marker', null, pl, pr, {
      category: cat,
      title: vary(t, zh),
      quantity: qty(1, 40),
      lang: zh ? 'zh' : 'en',
    });
  }

  // third-party accessories naming what they fit
  const FITS = [
    [
      'polar',
      'v3',
      'sports-equipment',
      'Silicone strap for {B} {L}, 22 mm, third-party',
      12,
      '适用于{B} {L} 硅胶表带 第三方',
    ],
    [
      'polar',
      'h10',
      'sports-equipment',
      'Replacement chest strap compatible with {B} {L} (not {B} original)',
      14,
      '适配{B} {L}心率带 替换绑带 非原厂',
    ],
    [
      'polar',
      'pacer',
      'phone-accessories',
      'Screen protector for {B} {L}, 3 pack, aftermarket',
      7,
      '{B} {L} 钢化膜 三片 第三方',
    ],
    [
      'bambu-lab',
      'x1c',
      'computer-accessories',
      'Hardened steel nozzle 0.4 mm fits {B} {L} - aftermarket',
      19,
      '适用于{B} {L} 硬化钢喷嘴 副厂',
    ],
    [
      'bambu-lab',
      'p1s',
      'computer-accessories',
      'Textured PEI build plate for {B} {L}, third-party',
      25,
      '适配{B} {L} 纹理打印板 第三方',
    ],
    [
      'creality',
      'ender3v3se',
      'computer-accessories',
      'Nozzle kit compatible with {B} {L}, 10 pcs, not original',
      9,
      '{B} {L} 兼容喷嘴 10个 非原厂',
    ],
    [
      'creality',
      'k1max',
      'computer-accessories',
      'Enclosure top cover for {B} {L} (aftermarket)',
      35,
      '适用于{B} {L} 顶盖 第三方',
    ],
    [
      'aeropress',
      'original',
      'kitchenware',
      'Stainless steel filter disc for {B} {L}, reusable, third-party',
      11,
      '适配{B}不锈钢滤片 可重复使用 第三方',
    ],
    [
      'aeropress',
      'go',
      'kitchenware',
      'Paper filters 350 pcs, fit {B} {L}, not made by {B}',
      8,
      '{B}适用 滤纸350张 非原厂',
    ],
    [
      'kalita',
      'wave',
      'kitchenware',
      'Wave-style paper filters size 185, fits {B} {L}, 100 pcs, generic',
      9,
      '适用{B} 185波浪滤纸 100张 通用',
    ],
    [
      'hawkins',
      'classic',
      'kitchenware',
      'Sealing ring gasket for {B} {L} 3 L, aftermarket, not {B} brand',
      5,
      null,
    ],
    ['prestige', 'popular', 'kitchenware', 'Gasket fits {B} {L} 5 L, third-party spare', 4, null],
    ['vasconia', 'express', 'kitchenware', 'Empaque compatible con {B} {L} 6 L, no original', 6, null],
    [
      'usha',
      'wonder',
      'home-appliances',
      'Presser feet set 11 pcs compatible with {B} {L}, third-party',
      14,
      null,
    ],
    [
      'gorenje',
      'retro',
      'home-appliances',
      'Door shelf compatible with {B} {L} {M}, aftermarket part',
      28,
      null,
    ],
    [
      'uppababy',
      'vista',
      'baby-products',
      'Rain cover fits {B} {L}, universal, not {B} brand',
      22,
      '{B} {L}适用 防雨罩 第三方',
    ],
    ['uppababy', 'minu', 'baby-products', 'Cup holder compatible with {B} {L}, third-party', 12, null],
    [
      'goodbaby',
      'pockit',
      'baby-products',
      'Footmuff for {B} {L}, aftermarket, grey',
      30,
      '适配{B} {L} 脚套 第三方',
    ],
    [
      'ayn',
      'odin2',
      'game-consoles',
      'Carrying case for {B} {L}, hard shell, third-party',
      18,
      '适用于{B} {L} 收纳包 硬壳 第三方',
    ],
    [
      'ayn',
      'odin2',
      'game-consoles',
      'Tempered glass screen protector for {L}, 2 pcs, not {B} original',
      9,
      null,
    ],
    ['hyperkin', 'retron5', 'game-consoles', 'HDMI cable and power adapter for {B} {L}, generic', 13, null],
    [
      'magnavox',
      'odyssey2',
      'game-consoles',
      'RF switch box replacement for {B} {L}, reproduction part',
      15,
      null,
    ],
    [
      'scarpa',
      'instinct',
      'shoes',
      'Resoling service for {B} {L} climbing shoes (we are an independent cobbler)',
      55,
      null,
    ],
    [
      'billabong',
      'furnace',
      'sports-equipment',
      'Neoprene repair glue for wetsuits like {B} {L}, not affiliated',
      10,
      null,
    ],
    ['izipizi', 'readingc', 'eyewear', 'Replacement case for {B} {L} glasses, third-party', 9, null],
    [
      'tombow',
      'abt',
      'tools',
      'Blender pen refill compatible with {B} {L}, not {B}',
      6,
      '适用于{B} {L} 替换笔芯 非原厂',
    ],
    [
      'paizo',
      'playercore',
      'books',
      'Dice set and condition cards for {B} {L} players (fan made, unofficial)',
      15,
      null,
    ],
    ['free-league', 'dragonbane', 'toys', 'Insert organiser for {L}, laser cut, third-party', 24, null],
    ['morakniv', 'companion', 'outdoor-gear', 'Leather sheath fits {B} {L}, handmade, not {B}', 20, null],
    [
      'hubsan',
      'zinominipro',
      'cameras',
      'Propeller set for {B} {L}, aftermarket, 8 pcs',
      9,
      '{B} {L}适用 桨叶8片 副厂',
    ],
    [
      'dhs',
      'h3',
      'sports-equipment',
      'Rubber cleaner spray for tacky rubbers like {B} {L}, generic',
      7,
      '{B}狂飙等粘性胶皮适用 清洁剂 通用款',
    ],
    [
      'kookaburra',
      'kahuna',
      'sports-equipment',
      'Bat grip and toe guard for bats like {B} {L}, unbranded',
      8,
      null,
    ],
    ['swix', 'vwax', 'sports-equipment', 'Wax cork for grip waxes such as {B} {L}, generic', 6, null],
  ];
  const FITS_LOC = {
    es: (s) => s.replace('third-party', 'de terceros').replace('aftermarket', 'compatible, no original'),
    pt: (s) => s.replace('third-party', 'de terceiros').replace('aftermarket', 'compatível, não original'),
    pl: (s) => s.replace('third-party', 'zamiennik').replace('aftermarket', 'zamiennik'),
  };
  function neg_nominative() {
    const f = R.pick(FITS);
    const [bid, lk, cat, tEn, usd, tZh] = f;
    const e = ctx.lineOf(bid, lk);
    const zh = tZh && R.chance(0.55);
    let pl;
    let t;
    const L = lineForm(e, false) ?? e.l.name;
    if (zh) {
      pl = placeZh(true);
      t = tZh.replace(/\{B\}/g, pad(brandZh(e.b))).replace(/\{L\}/g, pad(zhLine(e) ?? L));
    } else {
      pl = placeEn(e, { langs: ['en', 'en', 'es', 'pt', 'pl', 'hi'] });
      t = tEn
        .replace(/\{B\}/g, e.b.name)
        .replace(/\{L\}/g, L)
        .replace('{M}', e.l.modelNumbers[0] ?? '');
      if (FITS_LOC[pl.lang]) t = FITS_LOC[pl.lang](t);
    }
    const pr = ctx.usdPrice(usd * R.float(0.8, 1.25), pl.market, pl.sf);
    return spec('neg.nominative', null, pl, pr, {
      brand: e.b,
      category: cat,
      title: t,
      quantity: qty(1, 30),
      lang: zh ? 'zh' : 'en',
    });
  }

  // brand words used as ordinary words outside the brand's categories
  const COMMON = [
    ['polar', 'Polar fleece blanket 150x200 cm, navy', 'apparel', 18],
    ['polar', 'Polar expedition diaries 1910-1930, hardcover', 'books', 24],
    ['polar', 'Polar fleece neck warmer, unisex', 'apparel', 7],
    ['compass', 'Orienteering compass with lanyard and mirror sight', 'outdoor-gear', 14],
    ['compass', 'Drafting compass set, 8 pcs, for school', 'tools', 9],
    ['compass', 'Brass compass pendant, vintage style', 'jewellery', 12],
    ['prestige', 'The Prestige - novel, paperback', 'books', 11],
    ['prestige', 'Prestige edition art print, numbered, 50x70', 'furniture', 40],
    ['remedy', 'Herbal Remedy handbook for beginners', 'books', 15],
    ['remedy', 'Remedy: a crime novel, hardcover first edition', 'books', 20],
    ['ipanema', 'The Girl from Ipanema - bossa nova songbook, piano', 'books', 16],
    ['ipanema', 'Ipanema beach poster, retro print A3', 'furniture', 12],
    ['kookaburra', 'Kookaburra plush toy 25 cm, realistic bird', 'toys', 18],
    ['kookaburra', "Kookaburra sits in the old gum tree - children's picture book", 'books', 10],
    ['hatari', 'Hatari! (1962) DVD, John Wayne safari classic', 'film-tv', 9],
    ['morakniv', 'Mora clock, Swedish longcase style, painted pine', 'furniture', 480],
    ['morakniv', 'Vestido color mora, talla M', 'apparel', 25],
    ['billabong', 'Billabong at sunset - framed photo print', 'furniture', 45],
    ['billabong', 'Bush ballads: Waltzing by the billabong, songbook', 'books', 13],
    ['ayn', 'Ayn Rand - The Fountainhead, paperback', 'books', 12],
    ['rosetta-stone', 'Rosetta Stone replica, museum shop resin copy, 28 cm', 'toys', 39],
    ['rosetta-stone', 'Rosetta Stone decoding kit for kids: hieroglyph stamps', 'toys', 16],
    ['game-science', 'Game science for kids: 30 physics experiments with toys', 'books', 14],
    ['free-league', 'Free league darts board and 6 darts, pub set', 'sports-equipment', 30],
    ['bambu-lab', 'Talenan bambu 40 cm, alas potong dapur', 'kitchenware', 8],
    ['bambu-lab', 'Sumpit bambu 20 pasang, natural', 'kitchenware', 5],
    ['vasconia', 'Historia de Vasconia: de los vascones a la Edad Media', 'books', 22],
    ['arcelik', 'Telve falı rehberi: kahve falı nasıl bakılır', 'books', 9],
    ['hawkins', 'Futura: the typeface that shaped modern design, book', 'books', 32],
    ['paizo', 'Pathfinder R51 front brake pads, ceramic', 'auto-parts', 35],
    ['usha', 'Usha: a novel of dawn (English translation)', 'books', 12],
    ['naot', 'מגבות מטבח במחיר נאות, סט של 6', 'kitchenware', 12],
    ['naot', 'ספר בישול צמחוני במחיר נאות, כריכה קשה', 'books', 15],
  ];
  const COMMON_ZH = [
    ['dhs', '红双喜搪瓷脸盆 婚庆用 怀旧款 40厘米', 'kitchenware', 9],
    ['dhs', '红双喜窗花剪纸 婚房布置 20张', 'furniture', 4],
    ['goodbaby', '做个好孩子 儿童习惯养成绘本 全10册', 'books', 12],
    ['game-science', '亲子游戏科学实验套装 儿童物理小实验', 'toys', 15],
    ['ipanema', '伊帕内玛姑娘 波萨诺瓦精选 黑胶唱片', 'music', 30],
  ];
  function neg_common_word_brand() {
    const zh = R.chance(0.1);
    const [bid, t, cat, usd] = R.pick(zh ? COMMON_ZH : COMMON);
    const b = ctx.brandById[bid];
    let pl;
    if (zh) pl = placeZh(true);
    else if (/[\u0590-\u05ff]/.test(t)) pl = { market: 'ebay', sf: 'IL', lang: 'he' };
    else if (/bambu/i.test(t)) pl = { market: R.pick(['shopee', 'lazada']), sf: 'ID', lang: 'id' };
    else if (/Vestido|Historia/.test(t)) pl = { market: R.pick(['ebay', 'amazon']), sf: 'MX', lang: 'es' };
    else if (/Telve/.test(t)) pl = { market: 'ebay', sf: 'TR', lang: 'tr' };
    else {
      const [m, sf] = R.pick(LANG_PLACES.en.filter(([mm]) => !['temu', 'aliexpress'].includes(mm)));
      pl = { market: m, sf, lang: 'en' };
    }
    const pr = ctx.usdPrice(usd * R.float(0.8, 1.2), pl.market, pl.sf);
    return spec('neg.common_word_brand', null, pl, pr, {
      brand: b,
      category: cat,
      title:
        pl.lang === 'en' || zh
          ? vary(t, zh)
          : t +
            R.pick(
              {
                he: ['', ' - חדש', ' במלאי'],
                id: ['', ' murah', ' ready stok'],
                es: ['', ' - nuevo', ' envío gratis'],
                tr: ['', ' - sıfır', ' hızlı kargo'],
              }[pl.lang] ?? [''],
            ),
      quantity: qty(1, 10),
      condition: 'new',
      lang: zh ? 'zh' : 'en',
    });
  }

  function neg_authorized_seller() {
    const e = lineWhere((x) => x.b.sellers.length);
    const s = R.pick(e.b.sellers);
    const pl = { market: s.market, sf: s.sf, lang: ['tmall', 'jd'].includes(s.market) ? 'zh' : 'en' };
    const mode = R.pick(['clearance', 'seconds', 'exdisplay', 'refurb', 'regular', 'regular']);
    const [lo, hi] = {
      clearance: [0.4, 0.7],
      seconds: [0.35, 0.6],
      exdisplay: [0.55, 0.8],
      refurb: [0.5, 0.75],
      regular: [0.9, 1.05],
    }[mode];
    let t;
    if (pl.lang === 'zh') {
      const { B, L } = zhParts(e);
      t = {
        clearance: `${B} ${L} ${nounZh(e)} 官方清仓 库存有限`,
        seconds: `${B} ${L} ${nounZh(e)} 官方瑕疵品 外观小瑕疵`,
        exdisplay: `${B} ${L} 门店展示样机 官方质保`,
        refurb: `${B} ${L} 官方翻新 质保一年`,
        regular: `${B} ${L} ${nounZh(e)} 官方旗舰店`,
      }[mode];
    } else {
      const v = vEn(e, 'en');
      t = {
        clearance: `${v.B} ${v.L} ${v.N} - official clearance, ${['shoes', 'apparel'].includes(e.l.category) ? 'last sizes' : 'last units'}`,
        seconds: `${v.B} ${v.L} ${v.N} factory seconds, cosmetic marks, sold by ${v.B}`,
        exdisplay: `${v.B} ${v.L} ex-display from our showroom`,
        refurb: `${v.B} ${v.L} certified refurbished by ${v.B}`,
        regular: `${v.B} ${v.L} ${v.N} - official store`,
      }[mode];
    }
    const cond = mode === 'refurb' ? 'refurbished' : mode === 'exdisplay' && R.chance(0.5) ? 'used' : 'new';
    return spec('neg.authorized_seller', e, pl, price(e, pl, lo, hi), {
      title: t,
      quantity: mode === 'regular' ? qty(5, 200) : qty(1, 40),
      condition: cond,
      sellerId: s.id,
      lang: pl.lang === 'zh' ? 'zh' : 'en',
    });
  }

  function neg_second_hand() {
    const e = R.pick(LINES.filter((x) => x.l.category !== 'software'));
    const cond = R.chance(0.8) ? 'used' : 'refurbished';
    const above = R.chance(0.07);
    if (R.chance(0.6)) {
      const pl = { market: R.pick(['xianyu', 'xianyu', 'taobao', 'pinduoduo']), sf: 'CN', lang: 'zh' };
      const { B, L } = zhParts(e);
      const works = [
        'books',
        'toys',
        'apparel',
        'shoes',
        'handbags',
        'small-leather-goods',
        'video-games',
      ].includes(e.l.category)
        ? '成色很好'
        : '功能正常';
      const t = R.pick([
        `自用${B} ${L} ${nounZh(e)} 九成新`,
        `${B}${L} 二手 ${nounZh(e)} 有发票`,
        `闲置 ${B} ${L} 用过几次 成色好`,
        `${B} ${L} ${nounZh(e)} 二手转让 ${works}`,
      ]);
      return spec('neg.second_hand', e, pl, price(e, pl, above ? 1.05 : 0.3, above ? 1.4 : 0.75), {
        title: t,
        condition: cond,
        quantity: 1,
        lang: 'zh',
      });
    }
    const pl = placeEn(e);
    const v = vEn(e, pl.lang);
    const used = {
      en: ['used', 'pre-owned', 'second hand, good condition', 'lightly used'],
      hi: ['used, achhi condition', 'second hand, bill ke saath'],
      es: ['usado', 'de segunda mano, buen estado'],
      pt: ['usado', 'seminovo'],
      pl: ['używany', 'stan bardzo dobry'],
      tr: ['ikinci el', 'az kullanılmış'],
      id: ['bekas', 'second mulus'],
      vi: ['đã qua sử dụng', 'hàng cũ còn đẹp'],
      th: ['มือสอง สภาพดี', 'มือสอง'],
      ar: ['مستعمل بحالة جيدة', 'مستعمل'],
      he: ['יד שנייה', 'משומש במצב טוב'],
      ja: ['ちゅうこ', 'USED'],
    }[pl.lang] ?? ['used'];
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} - ${R.pick(used)}`,
      `${R.pick(used)} ${v.B} ${v.L}`,
      `${v.B} ${v.L} ${R.pick(used)}`,
    ]);
    return spec('neg.second_hand', e, pl, price(e, pl, above ? 1.05 : 0.3, above ? 1.4 : 0.75), {
      title: t,
      condition: cond,
      quantity: 1,
      lang: 'en',
    });
  }

  const PROMO_EN = [
    'New Year sale',
    'January sale',
    'Winter sale',
    'New Year deal',
    'Boxing week clearance',
    'January clearance',
  ];
  const PROMO_LOC = {
    es: ['Rebajas de enero', 'Oferta de Año Nuevo', 'Promoción de Reyes'],
    pt: ['Liquida de janeiro', 'Promoção de Ano Novo', 'Saldão de verão'],
    pl: ['Wyprzedaż noworoczna', 'Promocja styczniowa'],
    tr: ['Yılbaşı indirimi', 'Kış indirimi', 'Ocak kampanyası'],
    id: ['Promo Tahun Baru', 'Diskon awal tahun'],
    vi: ['Sale Tết', 'Khuyến mãi đầu năm'],
    th: ['โปรปีใหม่', 'ลดราคาต้นปี'],
    ar: ['تخفيضات رأس السنة', 'عرض العام الجديد'],
    he: ['מבצע ינואר', 'מבצע שנה חדשה'],
    hi: ['New Year sale', 'Republic Day sale early deal', 'Makar Sankranti offer'],
  };
  function neg_promotion() {
    const e = R.pick(LINES_NEW);
    if (R.chance(0.66)) {
      const pl = placeZh(true);
      const { B, L } = zhParts(e);
      const p = R.pick([
        '年货节',
        '元旦特惠',
        '新年大促',
        '跨店满减',
        '国家补贴',
        '以旧换新',
        '年货节限时直降',
        '新春特惠',
        '会员日',
      ]);
      const t = R.pick([`${p} ${B} ${L} ${nounZh(e)}`, `${B}${L}${nounZh(e)} ${p}`, `【${p}】${B} ${L}`]);
      return spec('neg.promotion', e, pl, price(e, pl, 0.58, 0.86), {
        title: t,
        quantity: qty(5, 300),
        lang: 'zh',
      });
    }
    const pl = placeEn(e);
    const v = vEn(e, pl.lang);
    const p = R.pick(PROMO_LOC[pl.lang] ?? PROMO_EN);
    const pct = R.pick([10, 15, 20, 25, 30, 35]);
    const t = R.pick([
      `${p}: ${v.B} ${v.L} ${v.N} -${pct}%`,
      `${v.B} ${v.L} ${v.N} - ${p}`,
      `${p} ${v.B} ${v.L}`,
    ]);
    return spec('neg.promotion', e, pl, price(e, pl, 0.6, 0.86), {
      title: t,
      quantity: qty(3, 120),
      lang: 'en',
    });
  }

  function neg_gray_market() {
    const e = R.pick(LINES_NEW.filter((x) => x.l.category !== 'software'));
    if (R.chance(0.6)) {
      const pl = placeZh(true);
      const { B, L } = zhParts(e);
      const g = R.pick([
        '海外直邮',
        '日版',
        '港版',
        '欧版',
        '美版',
        '海外版 无中文说明书',
        '平行进口',
        '跨境购 保税仓发货',
      ]);
      const t = R.pick([`${B} ${L} ${nounZh(e)} ${g}`, `${g} ${B}${L}`, `${B}${L}${nounZh(e)} ${g} 正品`]);
      return spec('neg.gray_market', e, pl, price(e, pl, 0.82, 1.0), {
        title: t,
        quantity: qty(1, 10),
        lang: 'zh',
      });
    }
    const pl = placeEn(e);
    const v = vEn(e, pl.lang);
    const home = COUNTRY_NAME[ctx.mfgOf(e)[0]] ?? 'abroad';
    const g = R.pick([
      `imported from ${home}`,
      `${home} import`,
      'import, foreign manual',
      'parallel import',
      'international version',
      'export version, foreign plug',
      `${home} market version`,
    ]);
    const t = R.pick([`${v.B} ${v.L} ${v.N} (${g})`, `${v.B} ${v.L} - ${g}`, `${g}: ${v.B} ${v.L}`]);
    return spec('neg.gray_market', e, pl, price(e, pl, 0.82, 1.0), {
      title: t,
      quantity: qty(1, 10),
      lang: 'en',
    });
  }

  const NEG_EN = {
    en: ['not a replica', '100% genuine, not a copy', 'original, no fakes', 'authentic - not a knock-off'],
    hi: ['original hai, first copy nahi', '100% original, duplicate nahi'],
    es: ['no es réplica', 'original, no imitación'],
    pt: ['não é réplica', 'original, não é cópia'],
    pl: ['oryginał, nie podróbka', 'to nie replika'],
    tr: ['replika değildir', 'orijinal, çakma değil'],
    id: ['bukan KW', 'original bukan replika'],
    vi: ['không phải hàng fake', 'hàng chính hãng, không phải rep'],
    th: ['ไม่ใช่ของก๊อป', 'ของแท้ ไม่ใช่งานก๊อป'],
    ar: ['ليس تقليد', 'أصلي وليس كوبي'],
    he: ['לא חיקוי', 'מקורי, לא העתק'],
  };
  function neg_negated_marker() {
    const e = R.pick(LINES_NEW);
    if (R.chance(0.66)) {
      const pl = placeZh(true);
      const { B, L } = zhParts(e);
      const n = R.pick([
        '正品非仿',
        '假一赔十',
        '不是高仿',
        '拒绝仿品',
        '非A货',
        '非复刻',
        '支持专柜验货 不是仿品',
      ]);
      const t = R.pick([`${B} ${L} ${nounZh(e)} ${n}`, `${n} ${B}${L}`, `${B}${L}${nounZh(e)} ${n} 可验`]);
      return spec('neg.negated_marker', e, pl, price(e, pl, 0.75, 1.05), {
        title: t,
        quantity: qty(1, 6),
        lang: 'zh',
      });
    }
    const pl = placeEn(e);
    const v = vEn(e, pl.lang);
    const n = R.pick(NEG_EN[pl.lang] ?? NEG_EN.en);
    const t = R.pick([`${v.B} ${v.L} ${v.N} - ${n}`, `${v.B} ${v.L} (${n})`, `${n}: ${v.B} ${v.L}`]);
    return spec('neg.negated_marker', e, pl, price(e, pl, 0.75, 1.05), {
      title: t,
      quantity: qty(1, 6),
      lang: 'en',
    });
  }

  function neg_colour_words() {
    const e = lineWhere((x) => (x.l.colours ?? []).filter(latin).length);
    const c = R.pick(e.l.colours.filter(latin));
    const pl = placeEn(e, { langs: ['en'] });
    const v = vEn(e, 'en');
    const t = R.pick([
      `${v.B} ${v.L} ${v.N} ${c}`,
      `${v.B} ${v.L} - ${c}`,
      `${v.B} ${v.L} in ${c}, new`,
      `${c} ${v.B} ${v.L} ${v.N}`,
    ]);
    return spec('neg.colour_words', e, pl, price(e, pl, 0.85, 1.1), {
      title: t,
      quantity: qty(1, 5),
      lang: 'en',
    });
  }

  const CODES_EN = [
    ['H3 halogen bulb 12V 55W, pair', 'auto-parts', 6],
    ['O2 sensor, universal 4-wire, downstream', 'auto-parts', 22],
    ['Furnace filter 16x25x1 MERV 8, 6 pack', 'home-appliances', 30],
    ['Thor hammer toy, foam, 30 cm', 'toys', 12],
    ['Companion planting guide for small gardens', 'books', 14],
    ['Mojito glasses set of 4, 350 ml', 'kitchenware', 19],
    ['Mermaid tail blanket for kids, knitted', 'apparel', 21],
    ['Pixie cut thinning scissors 6 inch', 'tools', 15],
    ['Retrograde motion astronomy poster A2', 'furniture', 10],
    ['V40 V-belt for garden tillers', 'tools', 9],
    ['F41 shelf brackets, steel, pair', 'tools', 7],
    ['HC30 hydraulic bottle jack 3 t', 'tools', 28],
    ['K1 kayak paddle 220 cm, aluminium', 'sports-equipment', 40],
    ['X1C aluminium project box 100x60x25 mm', 'computer-accessories', 6],
    ['P1S pressure switch for air compressors', 'tools', 16],
    ['A1 mini poster frame 594x841 mm', 'furniture', 25],
    ['G-1 bar clamp 300 mm', 'tools', 11],
    ['23B 12V battery, pack of 5', 'batteries', 5],
    ['D40 mm hole saw, bi-metal', 'tools', 8],
    ['Iris diaphragm for microscope, 1-12 mm', 'cameras', 24],
  ];
  const CODES_ZH = [
    ['H3 卤素灯泡 12V 55W 两只装', 'auto-parts', 5],
    ['O2 氧传感器 通用四线', 'auto-parts', 20],
    ['D40 开孔器 双金属 40毫米', 'tools', 6],
    ['V3 同步带轮 铝合金', 'tools', 4],
    ['K1 拼装积木小车 儿童', 'toys', 8],
    ['X1C 铝合金外壳 电子盒 100x60', 'computer-accessories', 5],
    ['23B 12V 电池 门铃遥控器用 5粒', 'batteries', 3],
    ['G-1 快速夹 木工F夹 300毫米', 'tools', 9],
    ['A1 mini 画框 594x841', 'furniture', 20],
  ];
  function neg_model_codes() {
    const zh = R.chance(0.35);
    const [t, cat, usd] = R.pick(zh ? CODES_ZH : CODES_EN);
    const pl = zh
      ? placeZh(true)
      : (() => {
          const [m, sf] = R.pick(LANG_PLACES.en.filter(([mm]) => mm !== 'temu'));
          return { market: m, sf, lang: 'en' };
        })();
    const pr = ctx.usdPrice(usd * R.float(0.85, 1.2), pl.market, pl.sf);
    return spec('neg.model_codes', null, pl, pr, {
      category: cat,
      title: vary(t, zh),
      quantity: qty(1, 50),
      lang: zh ? 'zh' : 'en',
    });
  }

  function neg_licensed_repro() {
    const r = R.next();
    if (r < 0.6) {
      // released discs, or pre-orders from the label with the date stated
      const b = R.pick(WORK_BRANDS);
      const released = b.works.filter((w) => w.discReleaseDate <= LISTING_DATE);
      const future = b.works.filter((w) => w.discReleaseDate > LISTING_DATE);
      const music = b.categories.includes('music');
      const pre = R.chance(0.3);
      const w = R.pick(pre ? future : released);
      const zhWork = HAN_RE.test(w.title);
      const zh = zhWork && R.chance(0.7);
      let pl;
      let sellerId;
      if (pre) {
        const s = b.sellers[0];
        pl = { market: s.market, sf: s.sf, lang: zh ? 'zh' : 'en' };
        sellerId = s.id;
      } else if (zh) pl = placeZh(true);
      else {
        const [m, sf] = R.pick(b.priv.home);
        pl = { market: m, sf, lang: 'en' };
      }
      if (pre && ['tmall'].includes(pl.market) && !zh) return null;
      const name = zh ? w.title : zhWork ? w.aliases[0] : R.pick([w.title, ...(w.aliases ?? [])]);
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const dEn = d.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const dZh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      const fmt = music
        ? zh
          ? R.pick(['CD', '正版CD', 'CD 带歌词本'])
          : R.pick(['CD', 'CD album', 'audio CD', 'CD + booklet'])
        : zh
          ? R.pick(['蓝光', 'DVD', '正版DVD', '蓝光碟', '4K蓝光'])
          : R.pick(['Blu-ray', 'DVD', '4K UHD', 'Blu-ray + DVD', 'DVD (PAL)']);
      let t;
      if (pre)
        t = zh
          ? R.pick([
              `${name} ${fmt} 预售 ${dZh}发行 官方店`,
              `【预售】${name} ${fmt} ${dZh}上市`,
              `${name} ${fmt} 官方预售 ${dZh}发货`,
            ])
          : R.pick([
              `${name} ${fmt} - pre-order, released ${dEn}`,
              `Pre-order: ${name} ${fmt} (out ${dEn})`,
              `${name} ${fmt}, official pre-order, ships ${dEn}`,
              `${name} - ${fmt} pre-order from the label, release date ${w.discReleaseDate}`,
            ]);
      else
        t = zh
          ? R.pick([
              `${name} ${fmt} 全新未拆`,
              `${name} ${fmt} 二〇二六年发行`,
              `${name} ${fmt} 带海报`,
              `${name} ${fmt} 正版 现货`,
              `${name} ${fmt} 收藏`,
            ])
          : R.pick([
              `${name} - ${fmt}, new sealed`,
              `${name} ${fmt} (official release)`,
              `${name} ${fmt}, like new`,
              `${name} ${fmt} with slipcover`,
              `${name} ${fmt} - first pressing`,
              `${name} ${fmt} - new`,
              `${fmt} ${name}, official`,
            ]);
      if (!pre && zh && /二〇二六/.test(t) && w.discReleaseDate.slice(0, 4) !== '2026') return null;
      const pr = ctx.usdPrice(R.float(14, 32), pl.market, pl.sf);
      const s = spec('neg.licensed_repro', null, pl, pr, {
        brand: b,
        work: w.title,
        category: music ? 'music' : 'film-tv',
        title: t,
        quantity: qty(1, 30),
        lang: 'any',
      });
      if (sellerId) s.sellerId = sellerId;
      return s;
    }
    // licensed merchandise and official reissues
    const L = [
      [
        'game-science',
        'wukong',
        'Black Myth: Wukong official artbook, licensed edition',
        'books',
        45,
        '黑神话：悟空 官方设定集 正版授权',
      ],
      [
        'game-science',
        'wukong',
        'Black Myth: Wukong original soundtrack vinyl, licensed',
        'music',
        40,
        '黑神话悟空 原声黑胶 官方授权',
      ],
      ['remedy', 'aw2', 'Alan Wake 2 soundtrack on vinyl, officially licensed', 'music', 38, null],
      ['remedy', 'aw2', 'Alan Wake 2 official art book, licensed', 'books', 40, null],
      ['paizo', 'playercore', 'Pathfinder licensed pre-painted miniatures, booster', 'toys', 18, null],
      ['free-league', 'dragonbane', 'Dragonbane official dice set, licensed', 'toys', 20, null],
      [
        'magnavox',
        'odyssey2',
        'Odyssey² homebrew cartridge, original game with author licence',
        'video-games',
        45,
        null,
      ],
      [
        'celsys',
        'pro',
        'Clip Studio Paint official guidebook (licensed Japanese translation)',
        'books',
        28,
        '优动漫PAINT 官方教程书 正版',
      ],
    ];
    const [bid, lk, tEn, cat, usd, tZh] = R.pick(L);
    const e = ctx.lineOf(bid, lk);
    const zh = tZh && R.chance(0.6);
    const pl = zh
      ? placeZh(true)
      : (() => {
          const [m, sf] = R.pick(e.b.priv.home);
          return { market: m, sf, lang: 'en' };
        })();
    const pr = ctx.usdPrice(usd * R.float(0.9, 1.15), pl.market, pl.sf);
    return spec('neg.licensed_repro', null, pl, pr, {
      brand: e.b,
      category: cat,
      title: vary(zh ? tZh : tEn, zh),
      quantity: qty(1, 20),
      lang: zh ? 'zh' : 'en',
    });
  }

  const USED_CONSOLES = [
    [
      'magnavox',
      'odyssey',
      [
        'Magnavox Odyssey 1972, boxed, overlays included, unmodified',
        'Magnavox Odyssey 1TL200 with 6 cartridges, working',
        'Magnavox Odyssey console only, tested, original condition',
      ],
    ],
    [
      'magnavox',
      'odyssey2',
      [
        'Magnavox Odyssey² with 2 joysticks and 5 games, unmodified',
        'Odyssey 2 console, tested on CRT, original RF box',
        'Magnavox Odyssey2 boxed, all original',
      ],
    ],
    [
      'hyperkin',
      'retron5',
      ['Hyperkin RetroN 5 used, stock firmware, one controller', 'RetroN 5 used, works, no games included'],
    ],
    [
      'hyperkin',
      'retron77',
      ['Hyperkin RetroN 77 used, stock, no SD card', 'RetroN 77 used with original joystick'],
    ],
    ['hyperkin', 'retronsq', ['Hyperkin RetroN Sq used, works with original carts only']],
    [
      'ayn',
      'odin2',
      [
        'AYN Odin 2 Max used, factory reset, empty storage',
        'Odin 2 Pro used, box and charger, no games installed',
      ],
    ],
    ['ayn', 'thor', ['AYN Thor used, light wear, factory reset']],
  ];
  const USED_ZH = [
    ['ayn', 'odin2', ['奥丁 Odin 2 二手 已恢复出厂 无游戏', 'AYN Odin2 Max 二手自用 盒说全']],
    ['hyperkin', 'retron5', ['RetroN 5 二手 原版系统 只带一个手柄']],
  ];
  const UNBRANDED_USED = [
    ['Videopac G7000 console, used, with two games, unmodified', 60],
    ['1977 TV game (Pong type) unbranded, used, working', 35],
    ['Vintage handheld LCD game, 1980s, used, works', 20],
    ['Famiclone 8-bit console, used, original cartridge port, no built-in games', 18],
  ];
  function neg_used_console() {
    const r = R.next();
    if (r < 0.18) {
      const [t, usd] = R.pick(UNBRANDED_USED);
      const [m, sf] = R.pick([
        ['ebay', 'GB'],
        ['ebay', 'DE'],
        ['ebay', 'US'],
        ['vinted', 'NL'],
        ['facebook-marketplace', 'US'],
      ]);
      const pl = { market: m, sf, lang: 'en' };
      return spec('neg.used_console', null, pl, ctx.usdPrice(usd * R.float(0.8, 1.3), m, sf), {
        category: 'game-consoles',
        title: varyUsed(t, false),
        condition: 'used',
        lang: 'en',
      });
    }
    const zh = r > 0.78;
    const [bid, lk, ts] = R.pick(zh ? USED_ZH : USED_CONSOLES);
    const e = ctx.lineOf(bid, lk);
    const pl = zh
      ? { market: 'xianyu', sf: 'CN', lang: 'zh' }
      : (() => {
          const [m, sf] = R.pick(e.b.priv.home);
          return { market: m, sf, lang: 'en' };
        })();
    const vintage = bid === 'magnavox';
    const ratio = vintage ? [0.9, 3.5] : [0.35, 0.8];
    return spec('neg.used_console', e, pl, price(e, pl, ratio[0], ratio[1]), {
      title: varyUsed(R.pick(ts), zh),
      condition: 'used',
      lang: zh ? 'any' : 'en',
    });
  }

  const CHEAP_EN = [
    ['Tennis balls for tape-ball cricket, 6 pcs, unbranded', 'sports-equipment', 6],
    ['Table tennis bats set, 2 bats + 3 balls, generic', 'sports-equipment', 9],
    ['Sitar mizrab picks, 3 pcs, steel wire', 'audio', 4],
    ['Harmonium bellows strap, leather, unbranded', 'audio', 5],
    ['Steel tiffin box 3 tier, unbranded', 'kitchenware', 7],
    ['Pressure cooker whistle weight, universal', 'kitchenware', 3],
    ['Plain cotton kurta, white, unbranded', 'apparel', 9],
    ['3D printer nozzles 0.4 mm brass, 10 pcs', 'computer-accessories', 4],
    ['PLA filament 1 kg, white, generic', 'printer-supplies', 13],
    ['Beekeeping gloves, goatskin, one size', 'tools', 8],
    ['Reading glasses +1.5, pack of 3, assorted', 'eyewear', 6],
    ['Pencil case canvas, zip, plain', 'tools', 3],
    ['Polyhedral dice set 7 pcs, marbled', 'toys', 4],
    ['Plain rubber flip flops, unbranded, size 40', 'shoes', 4],
    ['Batik cotton fabric 2 m, floral', 'apparel', 8],
    ['Phin coffee filter, aluminium, single cup', 'kitchenware', 3],
    ['Turkish coffee cups set of 6, porcelain, no brand', 'kitchenware', 14],
    ['Ski wax scraper, plastic, generic', 'sports-equipment', 3],
    ['Folding knife sheath, nylon, unbranded', 'outdoor-gear', 4],
    ['Wetsuit hanger, plastic, heavy duty', 'sports-equipment', 5],
    ['Stroller hooks, 2 pcs, black', 'baby-products', 3],
    ['Jigsaw puzzle mat, roll-up, 1500 pcs', 'toys', 9],
    ['Brush pen set 24 colours, generic', 'tools', 6],
    ['Rice cooker measuring cup, replacement', 'kitchenware', 2],
    ['Desk fan 6 inch USB, unbranded', 'home-appliances', 7],
  ];
  const CHEAP_ZH = [
    ['乒乓球训练球 100个装 无品牌', 'sports-equipment', 6],
    ['通用高压锅密封圈 22厘米', 'kitchenware', 2],
    ['3D打印机喷嘴 0.4毫米 黄铜 10个', 'computer-accessories', 3],
    ['老花镜 一百五十度 三副装', 'eyewear', 5],
    ['软头笔 24色 学生用', 'tools', 5],
    ['多面骰子套装 7个', 'toys', 3],
    ['人字拖 男女同款 无品牌', 'shoes', 3],
    ['不锈钢饭盒 三层 无品牌', 'kitchenware', 6],
    ['小风扇 桌面 静音 无品牌', 'home-appliances', 6],
    ['养蜂手套 羊皮 加长', 'tools', 5],
    ['拼图收纳垫 可卷 1500片', 'toys', 7],
    ['婴儿推车挂钩 两个装', 'baby-products', 2],
  ];
  function neg_cheap_unbranded() {
    const zh = R.chance(0.5);
    const [t, cat, usd] = R.pick(zh ? CHEAP_ZH : CHEAP_EN);
    const pl = zh
      ? placeZh(true)
      : (() => {
          const [m, sf] = R.pick([...LANG_PLACES.en, ['shopee', 'ID'], ['lazada', 'VN'], ['amazon', 'IN']]);
          return { market: m, sf, lang: 'en' };
        })();
    const pr = ctx.usdPrice(usd * R.float(0.8, 1.3), pl.market, pl.sf);
    return spec('neg.cheap_unbranded', null, pl, pr, {
      category: cat,
      title: vary(t, zh),
      quantity: qty(1, 200),
      lang: zh ? 'zh' : 'en',
    });
  }

  return {
    'pos.marker_en': pos_marker_en,
    'pos.marker_zh': pos_marker_zh,
    'pos.coded_language': pos_coded_language,
    'pos.oem_leak': pos_oem_leak,
    'pos.dm_real_pics': pos_dm_real_pics,
    'pos.brand_nickname_zh': pos_brand_nickname_zh,
    'pos.brand_abbrev_emoji': pos_brand_abbrev_emoji,
    'pos.brand_misspelled': pos_brand_misspelled,
    'pos.brand_homoglyph': pos_brand_homoglyph,
    'pos.extreme_price': pos_extreme_price,
    'pos.weak_cues': pos_weak_cues,
    'pos.product_line_seller_style': pos_product_line_seller_style,
    'pos.description_only': pos_description_only,
    'pos.circumvention': pos_circumvention,
    'pos.prerelease_disc': pos_prerelease_disc,
    'pos.mixed_language': pos_mixed_language,
    'neg.plain': neg_plain,
    'neg.generic_marker': neg_generic_marker,
    'neg.nominative': neg_nominative,
    'neg.common_word_brand': neg_common_word_brand,
    'neg.authorized_seller': neg_authorized_seller,
    'neg.second_hand': neg_second_hand,
    'neg.promotion': neg_promotion,
    'neg.gray_market': neg_gray_market,
    'neg.negated_marker': neg_negated_marker,
    'neg.colour_words': neg_colour_words,
    'neg.model_codes': neg_model_codes,
    'neg.licensed_repro': neg_licensed_repro,
    'neg.used_console': neg_used_console,
    'neg.cheap_unbranded': neg_cheap_unbranded,
  };
}
