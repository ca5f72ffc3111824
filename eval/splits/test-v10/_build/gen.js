// Generators for test-v10: one function per kind, each returning a listing spec (or null to retry).
// Written fresh for this set; the vocabulary is the sellers' language as this helper imagines it today.
import { currencyFor, LISTING_DATE, MARKET_SHIPS, priceAt } from './lib.js';
import * as ND from './negdata.js';
import { EMOJI, NICK } from './nick-data.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

const W_CF_EN = {
  ebay: 3,
  amazon: 1.5,
  'facebook-marketplace': 1.5,
  mercari: 1,
  depop: 0.8,
  vinted: 1.2,
  aliexpress: 2,
  shopee: 1.5,
  carousell: 1,
  temu: 0.8,
  lazada: 1,
  rakuten: 0.3,
};
const W_OK_EN = {
  ebay: 3,
  amazon: 3,
  'facebook-marketplace': 1.2,
  mercari: 1,
  depop: 0.6,
  vinted: 1.2,
  aliexpress: 0.8,
  shopee: 1.2,
  carousell: 0.8,
  temu: 0.4,
  lazada: 0.8,
  rakuten: 0.8,
};
const W_CF_ZH = { taobao: 3, xianyu: 3, pinduoduo: 2, weidian: 2, douyin: 1.5, jd: 0.2, tmall: 0.1 };
const W_OK_ZH = { taobao: 3, xianyu: 2, pinduoduo: 1.2, weidian: 0.6, douyin: 1, jd: 1.5, tmall: 1.5 };

const EN_X = [
  'brand new',
  'new in box',
  'BNIB',
  'sealed',
  'free shipping',
  'fast dispatch',
  'ships today',
  'gift idea',
  'free gift wrap',
  'in stock',
  'next day delivery',
  'tracked post',
  'collection or post',
  'NIB',
  'new with tags',
  'free returns',
  '2026 stock',
  'boxed',
];
const ZH_X = [
  '现货',
  '包邮',
  '当天发',
  '顺丰包邮',
  '全新',
  '送礼',
  '秒发',
  '热卖',
  '新款',
  '2026新款',
  '正品',
  '全国包邮',
  '极速发货',
  '可开票',
  '七天无理由',
];

const MARK_EN = [
  'Replica',
  '1:1 Replica',
  'Mirror Copy',
  'AAA Replica',
  'Super Clone',
  'Clone',
  'Copy',
  'Fake',
  'Knockoff',
  'Knock-off',
  '1to1 copy',
  'High Copy',
  'Top Replica',
  'Imitation',
  'Counterfeit',
  'Réplica',
  'Réplique',
  'Nachbau',
  'Podróbka',
  'Imitación',
  'Replika',
  'Kopya',
  'Cópia',
  'Imitasi',
  'Tiruan',
  'Namaak',
  'Kopia',
  'hàng fake 1:1',
  'çakma',
  'Fälschung',
  'contraffatto',
  'falsificado',
];
const MARK_ZH = [
  '高仿',
  '一比一',
  '1:1',
  '复刻',
  '精仿',
  'A货',
  '超A',
  '顶级复刻',
  '仿品',
  '高仿版',
  '原版复刻',
  '仿款',
  '复刻版',
  '顶配复刻',
  '精仿版本',
  '高版本仿',
  '1:1复刻',
  '高仿款',
];
const CODE_EN = [
  'rep',
  'W2C',
  'top batch',
  'best batch',
  'budget batch',
  'GL batch',
  'OG batch',
  'H-batch',
  'S-tier rep',
  'mirror grade',
  'counter-grade',
  'Yupoo album',
  'QC pics on request',
  'TW version',
  'Guangzhou version',
  'non-retail version',
  'same-mould version',
  'studio twin',
  'AAA+ tier',
  '1:1 tier',
  'unbranded twin',
  'G5 spec',
  'super dupe',
  'identical dupe',
  'lookalike',
  'inspired edition',
  'LJ version',
  'PK spec',
  'M-grade',
  'retail-grade twin',
];
const CODE_ZH = [
  '纯原',
  '公司级',
  '顶级版本',
  '原厂模具',
  '高端版',
  '正品开模',
  '细节对版',
  '档口货',
  '原厂料',
  '顶配版',
  '莆田版',
  '广州版',
  '深圳版',
  '主推版本',
  '过验版',
  '专柜级',
  '原装同料',
  '代购级',
  '私模版',
  '原单版',
  '同源版',
  '顶级工艺版',
  '平替天花板',
];
const OEM_EN = [
  'factory overrun',
  'OEM overrun',
  'production surplus',
  'OEM leftover stock',
  'cancelled export order',
  'QC reject from the line',
  'B-grade from the contract plant',
  'unlabelled OEM stock',
  'straight from the OEM plant',
  'line surplus, no retail box',
  'shift-end stock from the assembly plant',
  'contract-maker excess run',
  'overproduction lot',
  'sample run from the supplier',
];
const OEM_ZH = [
  '代工厂尾货',
  '原厂尾单',
  '工厂流出',
  '外贸原单',
  '订单取消货',
  '剪标货',
  '厂里流出',
  '代工厂余量',
  '出口转内销尾单',
  '品控瑕疵流出',
  '厂内员工渠道',
  '工厂库存清仓',
  '代工厂多做的',
  '同厂同料尾货',
];
const DM_EN = [
  'DM for real pics',
  'WhatsApp for real photos',
  'real pics on Telegram',
  'msg me on WhatsApp',
  'Telegram @{h}',
  'Line ID {h} for live photos',
  'KakaoTalk {h} for more pics',
  'Zalo {p} xem ảnh thật',
  'Viber for actual photos',
  'IG DM for the real ones',
  'Signal me for QC video',
  'WeChat {h} for real pics',
  'email me for real photos, cheaper off site',
  'text me for price and real pics',
  'Discord {h} for live pics',
  'Snap {h} for video',
];
const DM_ZH = [
  '加V看实拍',
  '私聊看实拍',
  '加微信看细节图',
  '+V {h}',
  '加q看实物',
  '主页有联系方式',
  '实拍图私信',
  '扣扣{n}看实物',
  '小红书同名看实拍',
  '抖音私信看视频',
  '加薇{h}',
  '威信看图',
  '进群看实拍',
  '加我绿泡泡看货',
];
const STATED_EN = ['1:1', 'AAA', 'high copy', 'mirror', 'same as original', 'top version'];
const STATED_ZH = ['高仿', '一比一', '复刻', '对版', '顶级版本'];
const OFF_COLOURS = [
  'Lime',
  'Hot Pink',
  'Neon Orange',
  'Lavender',
  'Gold Chrome',
  'Turquoise',
  'Burgundy',
  'Mint',
  'Rainbow',
  'Camo',
  'Baby Blue',
  'Coral',
  'Glitter Purple',
  'Rose Pink',
];
const OFF_COLOURS_ZH = {
  Lime: '荧光绿',
  'Hot Pink': '玫红',
  'Neon Orange': '荧光橙',
  Lavender: '薰衣草紫',
  Turquoise: '湖蓝',
  Mint: '薄荷绿',
  Rainbow: '彩虹色',
  Camo: '迷彩',
  Coral: '珊瑚色',
};
const QUALITY_EN = ['high quality', 'premium quality', 'top quality', 'great quality'];
const QUALITY_ZH = ['品质好', '质量很好', '做工好', '质量上乘', '品质保证'];
const FACTORY_EN = ['factory direct', 'direct from the factory', 'factory price', 'from the manufacturer'];
const FACTORY_ZH = ['厂家直销', '工厂直供', '厂家直发', '源头工厂'];
const WEAK = {
  several: {
    en: ['have several', 'multiple available', 'more in stock', 'x{q} available'],
    zh: ['有多件', '好几个', '多只可拍', '有{q}个'],
  },
  nobox: {
    en: ['no box', 'without box', 'no packaging', 'loose, no box'],
    zh: ['无盒', '无包装', '裸货', '没有盒子'],
  },
  noreceipt: {
    en: ['no receipt', 'no proof of purchase', 'no paperwork'],
    zh: ['无小票', '没有发票', '无购买凭证'],
  },
  gift: {
    en: ['unwanted gift', 'gift, never used', 'received as a present'],
    zh: ['别人送的', '礼品闲置', '朋友送的用不上'],
  },
  urgent: {
    en: ['must go today', 'moving, quick sale', 'need gone this week'],
    zh: ['急出', '今天必须出', '搬家急出'],
  },
};

export function makeGenerators(ctx, rng) {
  const { entries, containsOfficial, mfgOf, sellerFor } = ctx;
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);

  // ---------------- placement ----------------
  function pairsFor(lang, label) {
    const out = [];
    const W =
      lang === 'en'
        ? label === 'counterfeit'
          ? W_CF_EN
          : W_OK_EN
        : label === 'counterfeit'
          ? W_CF_ZH
          : W_OK_ZH;
    for (const [m, w] of Object.entries(W)) {
      const ships = MARKET_SHIPS[m];
      for (const sf of ships) out.push({ market: m, sf, w: w / ships.length });
    }
    if (lang !== 'en')
      out.push({ market: 'carousell', sf: 'HK', w: 0.3 }, { market: 'ebay', sf: 'HK', w: 0.2 });
    return out;
  }
  /** mode: 'any' | 'in' (ships from a manufacturing country) | 'out' (ships from elsewhere) */
  function place(lang, label, e, mode = 'any') {
    let pairs = pairsFor(lang, label);
    if (e && mode !== 'any') {
      const mfg = mfgOf(e);
      pairs = pairs.filter((p) => (mode === 'in' ? mfg.includes(p.sf) : !mfg.includes(p.sf)));
    }
    if (!pairs.length) return null;
    const p = rng.weighted(pairs.map((x) => [x, x.w]));
    return { market: p.market, shipFrom: p.sf, currency: currencyFor(p.market, p.sf) };
  }
  const priceR = (e, lo, hi, cur) => priceAt(e.retail, rng.float(lo, hi), cur, rng, lo, hi);
  const priceU = ([a, b], cur) => priceAt(rng.float(a, b), 1, cur, rng);

  // ---------------- text pieces ----------------
  const asciiAliases = (b) => (b.aliases ?? []).filter((a) => !HAN.test(a) && !/[\u3040-\u30ff]/.test(a));
  const brandEn = (b) => (chance(0.7) ? b.name : pick([b.name, ...asciiAliases(b)]));
  const brandZh = (b) =>
    chance(0.75) ? b.zh : pick([b.zh, b.name, ...(b.aliases ?? []).filter((a) => HAN.test(a))]);
  const lineTxt = (l) =>
    pick([l.name, l.name, ...(l.aliases ?? []), ...(l.shortNames ?? []), ...(l.modelNumbers ?? [])]);
  const lineFree = (e) => {
    // a way of writing the line that does not contain the brand's own names
    const opts = [
      e.l.name,
      ...(e.l.aliases ?? []),
      ...(e.l.shortNames ?? []),
      ...(e.l.modelNumbers ?? []),
    ].filter((x) => !containsOfficial(e.b, x) && !HAN.test(x));
    return opts.length ? pick(opts) : null;
  };
  /** brand and line text for a title; the brand is dropped when the line text already names it */
  const BL = (e, en) => {
    const L = lineTxt(e.l);
    if (containsOfficial(e.b, L)) return { B: '', L };
    return { B: en ? brandEn(e.b) : brandZh(e.b), L };
  };
  const colourOf = (e) => (e.l.colours?.length ? pick(e.l.colours) : '');
  const nEn = (e) => e.l.noun.en;
  const nZh = (e) => e.l.noun.zh;
  const handle = () =>
    pick(['lux', 'best', 'top', 'vip', 'deal', 'shop', 'rep', 'mall']) +
    pick(['_', '.', '']) +
    pick(['hk', 'gz', 'sz', 'sg', 'my', 'vn', 'id', 'ae', 'pl', 'br']) +
    rng.int(10, 999);
  const phone = () =>
    `+${pick(['84', '62', '60', '971', '48', '55', '852'])} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
  function fill(t, v) {
    // adjacent placeholders are joined with a space only when both sides are Latin letters or digits
    let s = t
      .replace(/\}\{/g, '}\ue000{')
      .replace(/\{(\w+)\}/g, (_, k) => v[k] ?? '')
      .replace(/([A-Za-z0-9.+'])\ue000(?=[A-Za-z0-9])/g, '$1 ')
      .replace(/\ue000/g, '')
      .replace(/\b([A-Za-z]{3,}) \1\b/gi, '$1');
    s = s
      .replace(/\(\s*\)|【\s*】|\[\s*\]/g, '')
      .replace(/\s+([,，。)])/g, '$1')
      .replace(/\s{2,}/g, ' ')
      .replace(/[\s–,-]+$/g, '')
      .replace(/^[\s–,-]+/g, '')
      .trim();
    return s;
  }
  const xEn = () => (chance(0.6) ? pick(EN_X) : '');
  const xZh = () => (chance(0.7) ? pick(ZH_X) : '');
  const qty = (bulkP = 0.15) => (chance(bulkP) ? rng.int(10, 80) : chance(0.25) ? rng.int(2, 6) : 1);

  // ---------------- line choice ----------------
  const pickLine = (f = () => true) => {
    for (let i = 0; i < 200; i++) {
      const e = pick(entries);
      if (f(e)) return e;
    }
    return null;
  };
  const notCheap = (e) => e.retail >= 15;

  function base(kind, e, lang, pl, extra = {}) {
    const label = kind.startsWith('pos.') ? 'counterfeit' : 'legit';
    return {
      kind,
      label,
      brandId: e ? e.b.id : (extra.brandId ?? null),
      lineKey: e ? e.key : null,
      work: null,
      category: e ? e.l.category : extra.category,
      market: pl.market,
      shipFrom: pl.shipFrom,
      currency: pl.currency,
      quantity: 1,
      condition: 'new',
      sellerId: sellerFor(label === 'counterfeit' ? 'cf' : 'legit', pl.market),
      lang,
      meta: { cues: [] },
      ...extra,
    };
  }

  // ---------------- disguises ----------------
  const CYR = {
    a: 'а',
    e: 'е',
    o: 'о',
    p: 'р',
    c: 'с',
    x: 'х',
    y: 'у',
    i: 'і',
    A: 'А',
    B: 'В',
    E: 'Е',
    K: 'К',
    M: 'М',
    H: 'Н',
    O: 'О',
    P: 'Р',
    C: 'С',
    T: 'Т',
    X: 'Х',
  };
  const GRK = {
    A: 'Α',
    B: 'Β',
    E: 'Ε',
    Z: 'Ζ',
    H: 'Η',
    I: 'Ι',
    K: 'Κ',
    M: 'Μ',
    N: 'Ν',
    O: 'Ο',
    P: 'Ρ',
    T: 'Τ',
    Y: 'Υ',
    X: 'Χ',
    o: 'ο',
    v: 'ν',
  };
  const INVIS = ['\u200b', '\u200c', '\u2060', '\u00ad', '\u200d'];
  const fullwidth = (s) =>
    [...s].map((c) => (/[!-~]/.test(c) ? String.fromCodePoint(c.codePointAt(0) + 0xfee0) : c)).join('');
  const bold = (s) =>
    [...s]
      .map((c) =>
        /[A-Z]/.test(c)
          ? String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65)
          : /[a-z]/.test(c)
            ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)
            : c,
      )
      .join('');
  function swapSome(s, map, n) {
    const idx = [...s].map((c, i) => (map[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return null;
    const chars = [...s];
    for (const i of rng.pickN(idx, Math.min(n, idx.length))) chars[i] = map[chars[i]];
    return chars.join('');
  }
  function homoglyph(b) {
    const baseName = pick([b.name, ...asciiAliases(b)].filter((x) => /^[\x20-\x7e]+$/.test(x)));
    if (!baseName) return null;
    const how = pick(['cyr', 'cyr', 'grk', 'full', 'bold', 'zw', 'zw', 'mix']);
    let out = null;
    if (how === 'cyr') out = swapSome(baseName, CYR, rng.int(1, 2));
    else if (how === 'grk') out = swapSome(baseName, GRK, rng.int(1, 2)) ?? swapSome(baseName, CYR, 1);
    else if (how === 'full') out = fullwidth(baseName);
    else if (how === 'bold') out = bold(baseName);
    else {
      const chars = [...baseName];
      const at = rng.int(1, chars.length - 1);
      chars.splice(at, 0, pick(INVIS));
      out = chars.join('');
      if (how === 'mix') out = swapSome(out, CYR, 1) ?? out;
    }
    if (!out || out === baseName || containsOfficial(b, out)) return null;
    return out;
  }
  const EMO_LETTER = {
    O: ['🅾️', '⭕'],
    o: ['⭕', '🅾️'],
    A: ['🅰️'],
    a: ['🅰️'],
    B: ['🅱️'],
    I: ['ℹ️'],
    i: ['ℹ️'],
    X: ['❌'],
    M: ['Ⓜ️'],
    P: ['🅿️'],
    S: ['💲'],
    s: ['💲'],
  };
  function emojiName(b) {
    const name = pick([b.name, ...asciiAliases(b)].filter((x) => /^[\x20-\x7e]+$/.test(x)));
    if (!name) return null;
    const chars = [...name];
    const idx = chars.map((c, i) => (EMO_LETTER[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return null;
    const i = pick(idx);
    chars[i] = pick(EMO_LETTER[chars[i]]);
    const out = chars.join('');
    return containsOfficial(b, out) ? null : out;
  }
  const emo = (e) => pick(EMOJI[e.l.category] ?? ['✨', '🔥']);

  // ---------------- positives ----------------
  const G = {};

  G['pos.marker_en'] = () => {
    const e = pickLine(notCheap);
    const pl = place('en', 'counterfeit', e);
    const v = { ...BL(e, true), N: nEn(e), M: pick(MARK_EN), C: colourOf(e), X: xEn() };
    const t = pick([
      '{B} {L} {N} {M}',
      '{M} {B} {L} {N} – {X}',
      '{M} {B} {L} {C}',
      '{B} {L} ({M}) {N} {X}',
      '{N} {M} – {B} {L}',
      '{B} {L} {M}, same look for less',
      '{M}: {B} {L} {N}, {X}',
      '{B} {L} {C} {N} [{M}]',
      '{X} {B} {L} {M} {N}',
    ]);
    const s = base('pos.marker_en', e, 'en', pl, { title: fill(t, v) });
    s.price = priceR(e, 0.06, 0.35, pl.currency);
    s.quantity = qty(0.2);
    if (chance(0.4))
      s.insert = pick([
        'This is a replica, not the original brand item.',
        'Please note: copy version, sold as such.',
        'It is a high-grade copy; the differences are only visible up close.',
        'Replica made to the same measurements as the retail piece.',
      ]);
    return s;
  };

  G['pos.marker_zh'] = () => {
    const e = pickLine(notCheap);
    const pl = place('zh', 'counterfeit', e);
    const v = { ...BL(e, false), N: nZh(e), M: pick(MARK_ZH), X: xZh() };
    const t = pick([
      '{B}{L}{M}{N}{X}',
      '{M}{B} {L} {N} {X}',
      '{B}{L}{N}【{M}】{X}',
      '{X}{M}版{B}{L}{N}',
      '{N} {B}同款{M} {L}',
      '{B} {L} {N} {M} 细节到位',
      '{M}{N} {B}{L} 看图下单',
    ]);
    const s = base('pos.marker_zh', e, 'any', pl, { title: fill(t, v) });
    s.price = priceR(e, 0.05, 0.3, pl.currency);
    s.quantity = qty(0.2);
    if (chance(0.4))
      s.insert = pick([
        '这是高仿，不是专柜正品，介意勿拍。',
        '一比一复刻，做工细节见图。',
        '仿品，价格说明一切。',
      ]);
    return s;
  };

  G['pos.coded_language'] = () => {
    const e = pickLine(notCheap);
    const lang = chance(0.45) ? 'en' : 'zh';
    const pl = place(lang, 'counterfeit', e);
    let title;
    if (lang === 'en') {
      const v = { ...BL(e, true), N: nEn(e), K: pick(CODE_EN), C: colourOf(e), X: xEn() };
      title = fill(
        pick([
          '{B} {L} {N} {K}',
          '{K} {B} {L} {C} {X}',
          '{B} {L} – {K} – {X}',
          '{L} {N} {K} ({B})',
          '{K}: {B} {L}, {X}',
          '{B} {L} {C} | {K}',
        ]),
        v,
      );
    } else {
      const v = { ...BL(e, false), N: nZh(e), K: pick(CODE_ZH), X: xZh() };
      title = fill(
        pick([
          '{B}{L}{K}{N}{X}',
          '{K} {B} {L} {N}',
          '{B} {L}【{K}】{X}',
          '{N}{B}{L}{K}，{X}',
          '{X} {K}{B}{N} {L}',
        ]),
        v,
      );
    }
    const s = base('pos.coded_language', e, lang === 'en' ? 'en' : 'any', pl, { title });
    s.price = priceR(e, 0.08, 0.4, pl.currency);
    s.quantity = qty(0.15);
    return s;
  };

  G['pos.oem_leak'] = () => {
    const e = pickLine(notCheap);
    const lang = chance(0.45) ? 'en' : 'zh';
    const pl = place(lang, 'counterfeit', e);
    let title;
    if (lang === 'en') {
      const v = { ...BL(e, true), N: nEn(e), O: pick(OEM_EN), C: colourOf(e), X: xEn() };
      title = fill(
        pick([
          '{B} {L} {N} – {O}',
          '{O}: {B} {L} {C}',
          '{B} {L} {N} {O}, {X}',
          '{L} {N} by {B} ({O})',
          '{B} {L} {C} {N} | {O}',
        ]),
        v,
      );
    } else {
      const v = { ...BL(e, false), N: nZh(e), O: pick(OEM_ZH), X: xZh() };
      title = fill(
        pick(['{B}{L}{N}{O}{X}', '{O} {B} {L} {N}', '{B}{L}【{O}】{X}', '{N} {B}{L} {O} 数量有限']),
        v,
      );
    }
    const s = base('pos.oem_leak', e, lang === 'en' ? 'en' : 'any', pl, { title });
    s.price = priceR(e, 0.12, 0.45, pl.currency);
    s.quantity = qty(0.3);
    if (chance(0.4))
      s.insert =
        lang === 'en'
          ? pick([
              'These come out of the plant that makes them for the brand; same materials, just no retail packaging.',
              'Leftover units from a production run that was never shipped to the brand.',
            ])
          : pick([
              '同一个代工厂出来的，材料一样，只是没有专柜包装。',
              '这批是工厂多生产的，没有走品牌渠道。',
            ]);
    return s;
  };

  G['pos.dm_real_pics'] = () => {
    const e = pickLine(notCheap);
    const lang = chance(0.45) ? 'en' : 'zh';
    const pl = place(lang, 'counterfeit', e);
    let title;
    if (lang === 'en') {
      const d = fill(pick(DM_EN), { h: handle(), p: phone() });
      const v = { ...BL(e, true), N: nEn(e), D: d, C: colourOf(e), X: xEn() };
      title = fill(
        pick(['{B} {L} {N} – {D}', '{D} | {B} {L} {C}', '{B} {L} {X} ({D})', '{B} {L} {C} {N}, {D}']),
        v,
      );
    } else {
      const d = fill(pick(DM_ZH), { h: handle(), n: String(rng.int(10000000, 999999999)) });
      const v = { ...BL(e, false), N: nZh(e), D: d, X: xZh() };
      title = fill(pick(['{B}{L}{N} {D}', '{D} {B}{L}{N}{X}', '{B} {L} {N}【{D}】', '{X}{B}{N} {L} {D}']), v);
    }
    const s = base('pos.dm_real_pics', e, lang === 'en' ? 'en' : 'any', pl, { title });
    s.price = priceR(e, 0.1, 0.45, pl.currency);
    s.quantity = qty(0.15);
    if (chance(0.4))
      s.insert =
        lang === 'en'
          ? 'Photos here are from the catalogue; message me off the app for the real ones.'
          : '图片是官网图，实拍请站外联系。';
    return s;
  };

  G['pos.brand_nickname_zh'] = () => {
    const e = pickLine(notCheap);
    const nk = pick(NICK[e.b.id].zh);
    const L = lineFree(e) ?? '';
    const pl = place('zh', 'counterfeit', e);
    const v = { K: nk, L, N: nZh(e), X: xZh() };
    const s = base('pos.brand_nickname_zh', e, 'zh', pl, {
      title: fill(
        pick([
          '{K}{L}{N}{X}',
          '{K} {L} {N} 特价',
          '【{K}】{L} {N} {X}',
          '{N} {K} {L}款 {X}',
          '{K}同款{L}{N}',
          '{X} {K}{N} {L}',
        ]),
        v,
      ),
    });
    if (chance(0.78)) s.price = priceR(e, 0.06, 0.33, pl.currency);
    else {
      s.price = priceR(e, 0.38, 0.6, pl.currency);
      s.title = `${s.title} ${pick(['高版本', '顶级版', '对版'])}`;
      s.meta.statedCue = true;
    }
    s.quantity = qty(0.15);
    return s;
  };

  G['pos.brand_abbrev_emoji'] = () => {
    const e = pickLine(notCheap);
    const lang = chance(0.55) ? 'en' : 'zh';
    const ab = chance(0.6) ? pick(NICK[e.b.id].abbr) : emojiName(e.b);
    if (!ab) return null;
    const L = lineFree(e) ?? '';
    const pl = place(lang, 'counterfeit', e);
    const E1 = emo(e);
    const E2 = emo(e);
    let title;
    if (lang === 'en') {
      title = fill(
        pick([
          '{A}{E} {L} {N} {X}',
          '{E}{A} {L} {C} {E2}',
          '{A} {E} {L} – {X}',
          '{L} {N} {E} {A} {E2}',
          '{E}{E2} {A} {L} {N}',
        ]),
        { A: ab, E: E1, E2, L, N: nEn(e), C: colourOf(e), X: xEn() },
      );
    } else {
      title = fill(pick(['{A}{E}{L}{N}{X}', '{E}{A}家{N} {L}', '{A}{E} {L} {N}', '{X}{E}{A} {L}{N}']), {
        A: ab,
        E: E1,
        E2,
        L,
        N: nZh(e),
        X: xZh(),
      });
    }
    const s = base('pos.brand_abbrev_emoji', e, lang === 'en' ? 'en' : 'any', pl, { title });
    const r = rng.next();
    if (r < 0.7) s.price = priceR(e, 0.05, 0.19, pl.currency);
    else if (r < 0.85) {
      s.price = priceR(e, 0.25, 0.5, pl.currency);
      s.quantity = rng.int(10, 60);
    } else {
      s.price = priceR(e, 0.25, 0.5, pl.currency);
      s.title = `${s.title} ${lang === 'en' ? pick(STATED_EN) : pick(STATED_ZH)}`;
      s.meta.statedCue = true;
    }
    return s;
  };

  function disguisedPrice(s, e, pl, lang) {
    const r = rng.next();
    if (r < 0.7) s.price = priceR(e, 0.06, 0.28, pl.currency);
    else if (r < 0.85) {
      s.price = priceR(e, 0.32, 0.55, pl.currency);
      s.quantity = rng.int(10, 60);
    } else {
      s.price = priceR(e, 0.32, 0.55, pl.currency);
      s.title = `${s.title} ${lang === 'en' ? pick(STATED_EN) : pick(STATED_ZH)}`;
      s.meta.statedCue = true;
    }
  }

  G['pos.brand_misspelled'] = () => {
    const e = pickLine(notCheap);
    const lang = chance(0.75) ? 'en' : 'zh';
    const sp = pick(NICK[e.b.id].miss);
    const L = lineFree(e) ?? '';
    const pl = place(lang, 'counterfeit', e);
    const title =
      lang === 'en'
        ? fill(
            pick([
              '{S} {L} {N} {X}',
              '{S} {L} {C} {N}',
              'New {S} {L} {N} – {X}',
              '{N} {S} {L} {C}',
              '{S} {N} {L}',
            ]),
            { S: sp, L, N: nEn(e), C: colourOf(e), X: xEn() },
          )
        : fill(pick(['{S}{L}{N}{X}', '{S} {L} {N}', '{X}{S}{N} {L}']), { S: sp, L, N: nZh(e), X: xZh() });
    const s = base('pos.brand_misspelled', e, lang === 'en' ? 'en' : 'any', pl, { title });
    disguisedPrice(s, e, pl, lang);
    return s;
  };

  G['pos.brand_homoglyph'] = () => {
    const e = pickLine(notCheap);
    const lang = chance(0.8) ? 'en' : 'zh';
    const hg = homoglyph(e.b);
    if (!hg) return null;
    const L = lineFree(e) ?? '';
    const pl = place(lang, 'counterfeit', e);
    const title =
      lang === 'en'
        ? fill(pick(['{H} {L} {N} {X}', '{H} {L} {C}', '{N} {H} {L} – {X}', '{X} {H} {L} {N}']), {
            H: hg,
            L,
            N: nEn(e),
            C: colourOf(e),
            X: xEn(),
          })
        : fill(pick(['{H}{L}{N}{X}', '{H} {L} {N}', '{X} {H}{N}{L}']), { H: hg, L, N: nZh(e), X: xZh() });
    const s = base('pos.brand_homoglyph', e, lang === 'en' ? 'en' : 'any', pl, { title });
    disguisedPrice(s, e, pl, lang);
    return s;
  };

  G['pos.extreme_price'] = () => {
    const e = pickLine((x) => x.retail >= 40);
    const lang = chance(0.55) ? 'en' : 'zh';
    const cue = rng.weighted([
      ['bulk', 2],
      ['ship', 2],
      ['colour', e.l.colours?.length ? 1.5 : 0],
      ['quality', 1.5],
      ['factory', 1.5],
    ]);
    const pl = place(lang, 'counterfeit', e, cue === 'ship' ? 'out' : 'in');
    if (!pl) return null;
    const en = lang === 'en';
    const { B, L } = BL(e, en);
    const N = en ? nEn(e) : nZh(e);
    let extra = '';
    const meta = { cues: [], extremeCue: cue };
    if (cue === 'colour') {
      const off = pick(
        OFF_COLOURS.filter((c) => !(e.l.colours ?? []).some((p) => p.toLowerCase() === c.toLowerCase())),
      );
      meta.offColour = off.toLowerCase();
      extra = en ? off : (OFF_COLOURS_ZH[off] ?? null);
      if (!extra) return null;
    } else if (cue === 'quality') extra = en ? pick(QUALITY_EN) : pick(QUALITY_ZH);
    else if (cue === 'factory') extra = en ? pick(FACTORY_EN) : pick(FACTORY_ZH);
    const X = en
      ? pick(['brand new', 'new', 'in stock', 'free shipping', 'fast dispatch', ''])
      : pick(['全新', '现货', '包邮', '']);
    const t = extra
      ? en
        ? pick(['{B} {L} {N} {E} {X}', '{E} {B} {L} {N}', '{B} {L} – {E} – {X}', '{B} {L} {N}, {E}'])
        : pick(['{B}{L}{N}{E}{X}', '{E} {B}{L}{N}', '{B} {L} {N} {E} {X}'])
      : en
        ? pick(['{B} {L} {N} {X}', '{B} {L} – {N}, {X}', '{X} {B} {L} {N}', '{B} {L} {N}'])
        : pick(['{B}{L}{N}{X}', '{X} {B}{L}{N}', '{B} {L} {N} {X}']);
    const s = base('pos.extreme_price', e, lang, pl, { title: fill(t, { B, L, N, E: extra, X }), meta });
    s.price = priceR(e, 0.035, 0.095, pl.currency);
    s.quantity = cue === 'bulk' ? rng.int(20, 400) : rng.int(1, 2);
    return s;
  };

  G['pos.weak_cues'] = () => {
    const e = pickLine((x) => x.retail >= 25);
    const lang = chance(0.5) ? 'en' : 'zh';
    const n = rng.int(2, 3);
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'urgent', 'ship'], n);
    const pl = place(lang, 'counterfeit', e, cues.includes('ship') ? 'out' : 'in');
    if (!pl) return null;
    const en = lang === 'en';
    const q = cues.includes('several') ? rng.int(3, 9) : 1;
    const phrases = cues
      .filter((c) => c !== 'ship')
      .map((c) => fill(pick(WEAK[c][en ? 'en' : 'zh']), { q: String(q) }));
    if (cues.includes('ship') && chance(0.5)) phrases.push(en ? `ships from ${pl.shipFrom}` : '海外直发');
    const title = en
      ? fill('{B} {L} {N} – {P}', { ...BL(e, true), N: nEn(e), P: phrases.join(', ') })
      : fill('{B}{L}{N} {P}', { ...BL(e, false), N: nZh(e), P: phrases.join(' ') });
    const s = base('pos.weak_cues', e, en ? 'en' : 'any', pl, { title });
    s.meta.weakCues = cues;
    s.price = priceR(e, 0.32, 0.58, pl.currency);
    s.quantity = q;
    return s;
  };

  const PL_KEYS = new Set([
    'yamaha/pacifica',
    'yamaha/yas280',
    'gibson/lp50s',
    'gibson/es335',
    'gibson/j45',
    'ibanez/rg550',
    'ibanez/az2402',
    'ibanez/ts9',
    'korg/mlxd',
    'korg/volcakeys',
    'arturia/microfreak',
    'arturia/keystep37',
    'pearl/sensitone',
    'campagnolo/superrecord',
    'campagnolo/bora',
    'campagnolo/zonda',
    'merida/scultura',
    'merida/reacto',
    'canyon/aeroad',
    'hikoki/wh36dc',
    'hikoki/bsl36a18',
    'einhell/pxc',
    'anua/toner',
    'drjart/cicapair',
    'drjart/ceramidin',
    'canmake/mfp',
    'bioderma/sensibio',
    'bioderma/atoderm',
    'caudalie/vinoperfect',
    'inglot/amc77',
    'petzl/actikcore',
    'petzl/grigri',
    'montbell/plasma',
    'montbell/versalite',
    'naturehike/cloudup2',
    'juliusk9/idc',
    'ruffwear/frontrange',
    'ruffwear/griptrex',
    'orient/bambino',
    'orient/kamasu',
    'rado/captaincook',
    'rado/truesquare',
    'fc/classicsindex',
    'fc/highlife',
    'breguet/classique',
    'breguet/marine',
    'breguet/typexx',
    'wusthof/classic8',
    'wusthof/ikon',
    'shun/classic8',
    'tojiro/dpgyuto',
    'rode/nt1',
    'rode/podmic',
    'rode/wgo2',
    'hifiman/sundara',
    'hifiman/arya',
    'hifiman/he400se',
    'tonies/toniebox',
    'lattafa/khamrah',
    'taito/egret2',
    'herend/rothschild',
    'mondaine/stop2go',
    'elan/ripstick',
  ]);
  G['pos.product_line_seller_style'] = () => {
    const e = pickLine((x) => PL_KEYS.has(`${x.b.id}/${x.key}`));
    const L = lineFree(e);
    if (!L) return null;
    const lang = chance(0.42) ? 'en' : 'zh';
    const pl = place(lang, 'counterfeit', e);
    const en = lang === 'en';
    const how = rng.weighted([
      ['price', 5],
      ['bulk', 2],
      ['stated', 3],
    ]);
    const Q =
      how === 'stated'
        ? en
          ? pick([
              '1:1 version',
              'same as original',
              'AAA',
              'mirror spec',
              'identical to retail',
              'exact copy',
              'top version',
              'high copy',
            ])
          : pick(['一比一', '原版', '顶级版本', '高仿', '复刻', '对版', '原厂同款版本'])
        : '';
    const t = en
      ? pick(['{L} {N} {Q}', '{L} {C} {N} – {Q}', '{Q} {L} {N} {X}', '{L} {N} {C} {X} {Q}'])
      : pick(['{L}{N}{Q}', '{Q} {L} {N} {X}', '{L} {N}【{Q}】{X}', '{X}{L}{N} {Q}']);
    const s = base('pos.product_line_seller_style', e, en ? 'en' : 'any', pl, {
      title: fill(t, { L, N: en ? nEn(e) : nZh(e), C: en ? colourOf(e) : '', Q, X: en ? xEn() : xZh() }),
    });
    if (how === 'price') s.price = priceR(e, 0.05, 0.25, pl.currency);
    else s.price = priceR(e, 0.2, 0.5, pl.currency);
    if (how === 'bulk') s.quantity = rng.int(10, 80);
    if (how === 'stated') s.meta.statedCue = true;
    s.meta.plCue = how;
    return s;
  };

  const ADMIT_EN = [
    'To be honest with buyers: this is not an original, it is a very good copy made to the same measurements.',
    'Just so you know, it is a replica, which is why the price is what it is.',
    'Not genuine – it was made by a workshop that copies these, but you would not tell the difference.',
    'I bought it as a mirror copy on a trip abroad and never used it.',
    'It is a high-end copy from the same workshop that supplies many resellers; there is no serial inside.',
    'This one is a 1:1 reproduction, sold honestly as such.',
    'Ehrlich gesagt: es ist ein sehr guter Nachbau, kein Original.',
    'Pour être honnête, c’est une réplique très bien faite, pas l’original.',
    'Aviso: es una réplica, no es original, por eso el precio.',
    'Uczciwie mówię: to podróbka, ale wygląda jak oryginał.',
    'É réplica de primeira linha, não é original.',
    'Jujur ya kak, ini barang KW super, bukan ori.',
    'Hàng này là hàng fake loại 1, không phải chính hãng.',
    'Orijinal değildir, birebir çakmadır.',
  ];
  const ADMIT_ZH = [
    '实话说这个不是正品，是高仿的，细节很到位。',
    '说明一下：这是复刻版，不是专柜货，介意勿拍。',
    '本店只卖高版本仿品，不是原装，懂的来。',
    '非原厂出品，是一比一复刻的，外行看不出来。',
    '东西是A货，所以才这个价，请知悉。',
    '跟正品放一起基本分不出来，但确实是仿的。',
  ];
  G['pos.description_only'] = () => {
    const e = pickLine((x) => x.retail >= 20);
    const lang = chance(0.5) ? 'en' : 'zh';
    const pl = place(lang, 'counterfeit', e);
    const en = lang === 'en';
    const t = en
      ? pick(['{B} {L} {N} {C}', '{B} {L} – {N}, {X}', '{B} {L} {N} {X}', '{C} {B} {L}'])
      : pick(['{B}{L}{N}{X}', '{B} {L} {N}', '{X} {B}{L}{N}']);
    const s = base('pos.description_only', e, en ? 'en' : 'any', pl, {
      title: fill(t, {
        ...BL(e, en),
        N: en ? nEn(e) : nZh(e),
        C: en ? colourOf(e) : '',
        X: en ? xEn() : xZh(),
      }),
    });
    s.price = chance(0.7)
      ? priceR(e, 0.74, 0.98, pl.currency)
      : chance(0.5)
        ? priceR(e, 0.52, 0.7, pl.currency)
        : priceR(e, 1.02, 1.15, pl.currency);
    s.quantity = qty(0.05);
    s.insert = en ? pick(ADMIT_EN) : pick(ADMIT_ZH);
    s.forceDesc = true;
    s.longP = 0.8;
    return s;
  };

  G['pos.circumvention'] = () => {
    const c = pick(ND.CIRCUMVENT);
    const lang = c.zh.length && chance(0.45) ? 'zh' : 'en';
    const pl = place(lang, 'counterfeit', null);
    const tail =
      lang === 'en'
        ? pick([
            '',
            'instant delivery',
            'lifetime',
            'email delivery',
            'works 2026',
            'Win 11 ok',
            'no subscription',
            'fast',
            'read description',
          ])
        : pick(['', '秒发', '永久使用', '自动发货', '2026可用', '不限设备', '售后无忧']);
    const title = fill(`${pick(c[lang])} ${tail}`, { v: pick(c.v) });
    const s = base('pos.circumvention', null, lang === 'en' ? 'en' : 'any', pl, {
      title,
      brandId: c.brand,
      category: c.cat,
    });
    s.lineKey = c.line;
    s.price = priceU(c.usd, pl.currency);
    s.quantity = chance(0.5) ? rng.int(10, 999) : 1;
    return s;
  };

  const futureWorks = () => ctx.entriesWorks.filter((w) => w.w.discReleaseDate > LISTING_DATE);
  G['pos.prerelease_disc'] = () => {
    const { b, w } = pick(futureWorks());
    const isMusic = b.categories.includes('music');
    const zhTitle = HAN.test(w.title);
    const lang = zhTitle ? (chance(0.75) ? 'zh' : 'en') : chance(0.8) ? 'en' : 'zh';
    const W =
      lang === 'zh'
        ? zhTitle
          ? w.title
          : w.title
        : zhTitle
          ? pick(w.aliases)
          : pick([w.title, ...(w.aliases ?? [])]);
    const pl = place(lang, 'counterfeit', null);
    let title;
    if (lang === 'en')
      title = isMusic
        ? pick([
            `${W} CD album – full tracklist, ships now`,
            `${W} CD + bonus disc, in stock`,
            `${W} vinyl LP, available today`,
            `${W} – full album on CD-R, early copy`,
          ])
        : pick([
            `${W} Blu-ray 1080p, ships now`,
            `${W} DVD – full movie, region free`,
            `${W} (2026) DVD, English subs`,
            `${W} BD50 disc, in stock today`,
            `${W} DVD boxed, HD`,
          ]);
    else
      title = isMusic
        ? pick([`${W} 专辑CD 现货`, `《${W}》 CD 全曲目 现货`, `${W} 黑胶 现货速发`])
        : pick([
            `${W} 蓝光碟 BD50 现货`,
            `${W} DVD 高清 国语中字`,
            `《${W}》 碟片 收藏版 现货`,
            `《${W}》 光盘 完整版 速发`,
          ]);
    const tails =
      lang === 'en'
        ? [
            'region free',
            'English subs',
            'with slipcover',
            'sealed',
            'collector box',
            'lots of 10 available',
            'fast shipping',
            'Spanish/English audio',
            'hard case',
            'plays worldwide',
          ]
        : ['国粤双语', '中英字幕', '盒装', '包邮', '现货秒发', '全新塑封', '收藏级', '批发可议', '高清版'];
    title = `${title}${lang === 'en' ? ', ' : ' '}${rng.pickN(tails, rng.int(1, 2)).join(lang === 'en' ? ', ' : ' ')}`;
    const s = base('pos.prerelease_disc', null, lang === 'en' ? 'en' : 'any', pl, {
      title,
      brandId: b.id,
      category: isMusic ? 'music' : 'film-tv',
    });
    s.work = w.title;
    s.family = 'disc';
    s.price = priceU([4, 22], pl.currency);
    s.quantity = chance(0.4) ? rng.int(5, 60) : 1;
    return s;
  };

  G['pos.mixed_language'] = () => {
    const e = pickLine(notCheap);
    const pl = place('zh', 'counterfeit', e);
    const bl = BL(e, false);
    const v = {
      B: bl.B,
      Be: bl.B ? brandEn(e.b) : '',
      L: bl.L,
      N: nZh(e),
      Ne: nEn(e),
      M: pick(MARK_ZH),
      Me: pick([
        'replica',
        'mirror copy',
        'super clone',
        'high copy',
        'AAA replica',
        'top replica',
        'rep batch',
        'factory copy',
      ]),
      X: xZh(),
    };
    const t = pick([
      '{B}{L} {N} {M} {Me} best version',
      '{Me} {Be} {L} {N}{M} 现货',
      '{B} {L} {N} 1:1 {Me} same as original',
      '{M}{B}{L} {Ne} {Me} free shipping',
      '{Be} {L} {Me} {N} 包邮 fast delivery',
      '{B}{N} {L} {M} high quality {Me}',
    ]);
    const s = base('pos.mixed_language', e, 'mixed', pl, { title: fill(t, v) });
    s.price = priceR(e, 0.06, 0.35, pl.currency);
    s.quantity = qty(0.2);
    return s;
  };

  // ---------------- negatives ----------------
  G['neg.plain'] = () => {
    if (chance(0.15)) {
      const it = pick(ND.PLAIN_UNBRANDED);
      const lang = chance(0.5) ? 'en' : 'zh';
      const pl = place(lang, 'legit', null);
      const s = base('neg.plain', null, lang, pl, {
        title: fill(`${it[lang]} {X}`, { X: lang === 'en' ? xEn() : xZh() }),
        category: it.cat,
      });
      s.price = priceU(it.usd, pl.currency);
      return s;
    }
    const e = pick(entries);
    const lang = rng.weighted([
      ['en', 0.45],
      ['zh', 0.5],
      ['mixed', 0.05],
    ]);
    const pl = place(lang === 'en' ? 'en' : 'zh', 'legit', e);
    let title;
    if (lang === 'en')
      title = fill(
        pick([
          '{B} {L} {N} {C}',
          '{B} {L} – {N}, {X}',
          '{B} {L} {N} {X}',
          '{B} {N} {L} {C}',
          '{C} {B} {L}',
          '{B} {L}',
        ]),
        { ...BL(e, true), N: nEn(e), C: colourOf(e), X: xEn() },
      );
    else if (lang === 'zh')
      title = fill(pick(['{B}{L}{N}{X}', '{B} {L} {N}', '{X} {B}{L}{N}', '{B}{N} {L} {X}']), {
        ...BL(e, false),
        N: nZh(e),
        X: xZh(),
      });
    else
      title = fill(
        pick(['{B} {L} {N} brand new sealed', '{Be} {L} {Ne} {N} 现货', '{B}{L} {N} free shipping']),
        { ...BL(e, false), Be: brandEn(e.b), N: nZh(e), Ne: nEn(e) },
      );
    const s = base('neg.plain', e, lang, pl, { title });
    s.price = priceR(e, 0.82, 1.18, pl.currency);
    return s;
  };

  G['neg.generic_marker'] = () => {
    const it = pick(ND.GENERIC_MARKER);
    const lang = chance(0.58) ? 'en' : 'zh';
    const pl = place(lang, 'legit', null);
    const s = base('neg.generic_marker', null, lang, pl, {
      title: fill(`${it[lang]} {X}`, { X: lang === 'en' ? xEn() : xZh() }),
      category: it.cat,
    });
    s.price = priceU(it.usd, pl.currency);
    s.quantity = qty(0.1);
    return s;
  };

  const ACC = {
    music: {
      en: [
        'gig bag',
        'dust cover',
        'replacement knobs',
        'strap locks',
        'wall hanger',
        'pickguard',
        'power adapter 12V',
      ],
      zh: ['琴包', '防尘罩', '替换旋钮', '挂架', '电源适配器'],
    },
    audio: {
      en: [
        'replacement ear pads',
        'pop filter',
        'shock mount',
        'foam windscreen',
        'upgrade cable 3 m',
        'desk stand',
      ],
      zh: ['替换耳罩', '防喷罩', '防震架', '防风海绵套', '升级线'],
    },
    'computer-accessories': { en: ['dust cover', 'carry case', 'silicone skin'], zh: ['防尘罩', '收纳包'] },
    bicycles: {
      en: [
        'derailleur hanger',
        'brake pads',
        'chain checker',
        'frame protection film',
        'tubeless sealant kit',
        'bottle cage',
      ],
      zh: ['尾钩', '刹车皮', '车架保护贴', '水壶架'],
    },
    tools: {
      en: ['battery adapter', 'charger', 'wall mount for batteries', 'carry case', 'bit holder'],
      zh: ['电池转换器', '充电器', '电池挂架', '收纳箱'],
    },
    batteries: { en: ['battery adapter', 'charger', 'battery wall mount'], zh: ['电池转接座', '充电器'] },
    cosmetics: {
      en: ['travel pump bottle', 'refill dispenser', 'cotton pads 200 pcs', 'storage organiser'],
      zh: ['分装瓶', '化妆棉 200片', '收纳盒'],
    },
    fragrance: {
      en: ['travel atomiser (empty)', 'display stand', 'perfume organiser'],
      zh: ['香水分装瓶（空瓶）', '香水收纳架'],
    },
    'outdoor-gear': {
      en: [
        'footprint groundsheet',
        'replacement battery',
        'stuff sack',
        'silicone diffuser cap',
        'guy lines set',
      ],
      zh: ['地布', '替换电池', '收纳袋', '防风绳'],
    },
    'sports-equipment': {
      en: ['carabiner set', 'ski straps', 'gear bag'],
      zh: ['锁扣套装', '滑雪板绑带', '装备包'],
    },
    apparel: { en: ['replacement zip pullers', 'wash-in waterproofer'], zh: ['拉链头', '防水洗护剂'] },
    'pet-supplies': {
      en: ['name patches', 'replacement buckle', 'LED light clip', 'rain cover'],
      zh: ['名字贴', '替换卡扣', 'LED灯扣'],
    },
    watches: {
      en: [
        '20 mm leather strap',
        'rubber strap',
        'watch winder',
        'sapphire screen protector',
        'travel watch case',
      ],
      zh: ['20毫米皮表带', '橡胶表带', '摇表器', '表盒'],
    },
    kitchenware: {
      en: ['knife guard', 'magnetic knife strip', 'whetstone 1000/6000', 'saucer stand'],
      zh: ['刀套', '磁吸刀架', '磨刀石'],
    },
    toys: {
      en: ['LED light kit (set not included)', 'acrylic display case', 'wall shelf'],
      zh: ['灯光套件（不含积木）', '亚克力展示盒'],
    },
    shoes: { en: ['shoe charms', 'anti-slip insoles', 'shoe care kit'], zh: ['鞋花', '防滑鞋垫'] },
    software: {
      en: ['video course', 'preset pack (user-made)', 'printed manual'],
      zh: ['视频教程', '用户自制预设'],
    },
    'video-games': {
      en: ['strategy guide (unofficial)', 'controller thumb grips'],
      zh: ['攻略书（非官方）'],
    },
    'game-consoles': {
      en: ['joystick kit', 'trackball spinner', 'dust cover', 'carry case'],
      zh: ['摇杆套件', '防尘罩', '收纳包'],
    },
  };
  G['neg.nominative'] = () => {
    const e = pick(entries);
    const acc = ACC[e.l.category];
    if (!acc) return null;
    const lang = chance(0.74) ? 'en' : 'zh';
    const pl = place(lang, 'legit', null);
    const en = lang === 'en';
    const L = lineTxt(e.l);
    const A = en ? pick(acc.en) : pick(acc.zh);
    const B = en ? brandEn(e.b) : brandZh(e.b);
    const title = en
      ? fill(
          pick([
            '{A} for {B} {L} (not {B}), {X}',
            '{A} compatible with {B} {L} – third-party',
            'Fits {B} {L}: {A}, aftermarket',
            '{A} – fits {B} {L}, not made by {B}',
            'Compatible {A} for {B} {L}, unofficial',
          ]),
          { A, B, L, X: xEn() },
        )
      : fill(
          pick([
            '适用于{B}{L}的{A}（非原厂）',
            '{A} 适配{B} {L} 第三方',
            '{A} 兼容{B}{L} 不是原厂',
            '{B}{L}通用{A} 非官方配件',
          ]),
          { A, B, L },
        );
    const s = base('neg.nominative', null, lang, pl, { title, brandId: e.b.id, category: e.l.category });
    s.price = priceU([4, 35], pl.currency);
    s.quantity = qty(0.1);
    return s;
  };

  const CW = ND.COMMON_WORD.filter((c) => c.en.length || c.zh.length);
  G['neg.common_word_brand'] = () => {
    const c = pick(CW);
    const lang = c.zh.length && (!c.en.length || chance(0.3)) ? 'zh' : 'en';
    const pl = place(lang, 'legit', null);
    const title = fill(pick(c[lang]), { v: c.v.length ? pick(c.v) : '' });
    const s = base('neg.common_word_brand', null, lang, pl, { title, brandId: c.brand, category: c.cat });
    s.price = priceU(c.usd, pl.currency);
    s.quantity = qty(0.08);
    s.condition = chance(0.2) ? 'used' : 'new';
    return s;
  };

  G['neg.authorized_seller'] = () => {
    const e = pick(entries);
    const sel = pick(e.b.sellers);
    const lang = ['tmall', 'jd', 'taobao', 'douyin'].includes(sel.market) ? 'zh' : 'en';
    const ships = MARKET_SHIPS[sel.market];
    const mfg = mfgOf(e);
    const sf = ships.find((x) => mfg.includes(x) && chance(0.6)) ?? pick(ships);
    const pl = { market: sel.market, shipFrom: sf, currency: currencyFor(sel.market, sf) };
    const en = lang === 'en';
    const clear = chance(0.15);
    const title = en
      ? fill(
          pick([
            '{B} {L} {N} – official store',
            '{B} {L} {N} {C}, authorised dealer',
            '{B} {L} {N}, {X}',
            '{B} {L} {C} {N}',
          ]),
          { ...BL(e, true), N: nEn(e), C: colourOf(e), X: xEn() },
        )
      : fill(pick(['{B}官方旗舰店 {L}{N}', '{B}{L}{N} 官方正品{X}', '【官方】{B} {L} {N}', '{B}{L}{N}']), {
          ...BL(e, false),
          N: nZh(e),
          X: xZh(),
        });
    const tail = clear ? (en ? ' – outlet clearance' : ' 官方清仓') : '';
    const s = base('neg.authorized_seller', e, lang, pl, { title: `${title}${tail}` });
    s.sellerId = sel.id;
    s.price = clear ? priceR(e, 0.4, 0.7, pl.currency) : priceR(e, 0.85, 1.05, pl.currency);
    s.quantity = rng.int(1, 40);
    return s;
  };

  G['neg.second_hand'] = () => {
    const e = pick(entries);
    const lang = chance(0.58) ? 'en' : 'zh';
    const pl = place(lang, 'legit', e);
    const en = lang === 'en';
    const above = chance(0.1);
    const wear = en
      ? pick([
          'light wear',
          'a few marks',
          'barely used',
          'well loved',
          'works perfectly',
          'see photos',
          'with original box',
        ])
      : pick(['九成新', '八成新', '九五新', '有使用痕迹', '功能正常', '带原盒']);
    const why = above
      ? en
        ? pick(['discontinued', 'no longer made', 'first production run', 'sold out everywhere'])
        : pick(['已停产', '绝版', '首批', '全网断货'])
      : '';
    const title = en
      ? fill(
          pick([
            '{B} {L} {N} – used, {W} {Y}',
            'Pre-owned {B} {L} {C} {Y}',
            '{B} {L} {N}, {W}',
            '{Y} {B} {L} {N} used',
          ]),
          { ...BL(e, true), N: nEn(e), C: colourOf(e), W: wear, Y: why },
        )
      : fill(pick(['二手 {B}{L}{N} {W}{Y}', '{Y} 自用{B}{L}{N} {W}', '闲置 {B} {L} {N} {W}']), {
          ...BL(e, false),
          N: nZh(e),
          W: wear,
          Y: why,
        });
    const s = base('neg.second_hand', e, lang, pl, { title });
    s.condition = chance(0.85) ? 'used' : 'refurbished';
    s.price = above ? priceR(e, 1.05, 1.5, pl.currency) : priceR(e, 0.3, 0.85, pl.currency);
    return s;
  };

  G['neg.promotion'] = () => {
    const e = pick(entries);
    const lang = chance(0.52) ? 'en' : 'zh';
    const pl = place(lang, 'legit', e);
    const en = lang === 'en';
    const P = en ? pick(ND.PROMO.en) : pick(ND.PROMO.zh);
    const off = rng.int(12, 45);
    const title = en
      ? fill(
          pick([
            '{P}: {B} {L} {N} – {O}% off',
            '{B} {L} {N} {C} | {P}',
            '{B} {L} – {P}, was full price',
            '{P} {B} {L} {N}',
          ]),
          { P, ...BL(e, true), N: nEn(e), C: colourOf(e), O: String(off) },
        )
      : fill(pick(['{P} {B}{L}{N} 直降', '【{P}】{B} {L} {N}', '{B}{L}{N} {P}到手价', '{P}特惠 {B}{L}']), {
          P,
          ...BL(e, false),
          N: nZh(e),
        });
    const s = base('neg.promotion', e, lang, pl, { title });
    s.price = priceR(e, 0.55, 0.88, pl.currency);
    s.quantity = qty(0.1);
    return s;
  };

  G['neg.gray_market'] = () => {
    const e = pick(entries);
    const lang = chance(0.5) ? 'en' : 'zh';
    const pl = place(lang, 'legit', e);
    const en = lang === 'en';
    const Gm = en ? pick(ND.GRAY.en) : pick(ND.GRAY.zh);
    const title = en
      ? fill(pick(['{B} {L} {N} – {G}', '{G}: {B} {L} {C}', '{B} {L} {N} ({G})']), {
          G: Gm,
          ...BL(e, true),
          N: nEn(e),
          C: colourOf(e),
        })
      : fill(pick(['{G} {B}{L}{N}', '{B}{L}{N} {G}', '【{G}】{B} {L}']), {
          G: Gm,
          ...BL(e, false),
          N: nZh(e),
        });
    const s = base('neg.gray_market', e, lang, pl, { title });
    s.price = priceR(e, 0.8, 1.03, pl.currency);
    return s;
  };

  G['neg.negated_marker'] = () => {
    const e = pick(entries);
    const lang = chance(0.52) ? 'en' : 'zh';
    const pl = place(lang, 'legit', e);
    const en = lang === 'en';
    const Ng = en ? pick(ND.NEGATED.en) : pick(ND.NEGATED.zh);
    const title = en
      ? fill(pick(['{B} {L} {N} – {G}', '{G}: {B} {L} {C}', '{B} {L} {N}, {G}, receipt included']), {
          G: Ng,
          ...BL(e, true),
          N: nEn(e),
          C: colourOf(e),
        })
      : fill(pick(['{B}{L}{N} {G}', '【{G}】{B} {L} {N}', '{B} {L} {N} {G} 可验货']), {
          G: Ng,
          ...BL(e, false),
          N: nZh(e),
        });
    const s = base('neg.negated_marker', e, lang, pl, { title });
    s.price = priceR(e, 0.6, 1.05, pl.currency);
    s.condition = chance(0.25) ? 'used' : 'new';
    return s;
  };

  G['neg.colour_words'] = () => {
    const e = pickLine((x) => (x.l.colours ?? []).length > 1);
    const lang = chance(0.75) ? 'en' : 'mixed';
    const pl = place(lang === 'en' ? 'en' : 'zh', 'legit', e);
    const C = pick(e.l.colours);
    const title =
      lang === 'en'
        ? fill(
            pick([
              '{B} {L} in {C}',
              '{C} {B} {L} {N}',
              '{B} {L} {N} – colour: {C}',
              '{B} {L} {C} finish, {X}',
            ]),
            { ...BL(e, true), N: nEn(e), C, X: xEn() },
          )
        : fill(pick(['{B}{L}{N} {C} colour 现货', '{B} {L} {N} 颜色 {C} new']), {
            ...BL(e, false),
            N: nZh(e),
            C,
          });
    const s = base('neg.colour_words', e, lang === 'en' ? 'en' : 'any', pl, { title });
    s.price = priceR(e, 0.82, 1.1, pl.currency);
    return s;
  };

  G['neg.model_codes'] = () => {
    const it = pick(ND.MODEL_CODES);
    const lang = chance(0.78) ? 'en' : 'zh';
    const pl = place(lang, 'legit', null);
    const n = String(pick([2, 4, 5, 10, 20, 50, 100]));
    const s = base('neg.model_codes', null, lang, pl, {
      title: fill(`${it[lang]} {X}`, { n, X: lang === 'en' ? xEn() : xZh() }).replace('{n}', n),
      category: it.cat,
    });
    s.title = s.title.replace(/\{n\}/g, n);
    s.price = priceU(it.usd, pl.currency);
    s.quantity = qty(0.2);
    return s;
  };

  const REISSUE = [
    {
      b: 'gibson',
      cat: 'music',
      en: [
        'Custom Shop 1959 Les Paul Standard Reissue, VOS, {v}',
        '1960 Les Paul Special Double Cut reissue – official Custom Shop, {v}',
      ],
      zh: ['定制店 1959 Les Paul Standard 复刻版 官方出品 {v}'],
      v: ['with COA', 'case and certificate', 'Murphy Lab'],
      usd: [5500, 7500],
    },
    {
      b: 'ibanez',
      cat: 'music',
      en: ['TS808 Tube Screamer official reissue, {v}', 'Ibanez 1980s JEM reissue, licensed signature, {v}'],
      zh: ['TS808 官方复刻 过载效果器 {v}'],
      v: ['made in Japan', 'boxed'],
      usd: [150, 2500],
    },
    {
      b: 'yamaha',
      cat: 'music',
      en: ['FG180 50th Anniversary reissue acoustic, {v}', 'Yamaha SG1000 reissue, official, {v}'],
      zh: ['雅马哈 FG180 五十周年 官方复刻 {v}'],
      v: ['with hard case', 'limited run'],
      usd: [800, 2500],
    },
    {
      b: 'korg',
      cat: 'music',
      en: [
        'ARP 2600 M – official KORG-made ARP reissue, {v}',
        'KORG MS-20 mini, official reissue of the 1978 synth, {v}',
      ],
      zh: ['科音 MS-20 mini 官方复刻 {v}'],
      v: ['boxed', 'with patch cables'],
      usd: [500, 4000],
    },
    {
      b: 'orient',
      cat: 'watches',
      en: ['Orient 1964 King Diver re-edition, {v}', 'Orient Star 70th anniversary re-edition, {v}'],
      zh: ['东方双狮 复刻版 King Diver 官方 {v}'],
      v: ['limited 1,964 pcs', 'full set'],
      usd: [350, 900],
    },
    {
      b: 'rado',
      cat: 'watches',
      en: [
        'Captain Cook 1962 re-edition 37 mm, official, {v}',
        'Rado DiaStar Original 60-year anniversary edition, {v}',
      ],
      zh: ['雷达 库克船长 1962复刻版 {v}'],
      v: ['box and papers', 'boutique purchase'],
      usd: [1800, 2600],
    },
    {
      b: 'breguet',
      cat: 'watches',
      en: ['Type 20 Chronograph 2067 re-edition, {v}'],
      zh: ['宝玑 Type 20 复刻计时 {v}'],
      v: ['full set 2024'],
      usd: [17000, 20000],
    },
    {
      b: 'mondaine',
      cat: 'watches',
      en: ['Mondaine SBB 1944 Heritage edition, licensed railway design, {v}'],
      zh: ['瑞士国铁授权 铁路表 纪念款 {v}'],
      v: ['boxed'],
      usd: [250, 400],
    },
    {
      b: 'cobi',
      cat: 'toys',
      en: [
        'COBI officially licensed RMS Titanic Executive Edition, {v}',
        'COBI World War II licensed Sherman set, {v}',
      ],
      zh: ['COBI 官方授权 泰坦尼克 积木 {v}'],
      v: ['sealed', 'with certificate'],
      usd: [80, 400],
    },
    {
      b: 'tonies',
      cat: 'toys',
      en: [
        'Tonie figure – The Gruffalo, official licensed, {v}',
        'Tonie – Bluey audio figure, licensed, {v}',
      ],
      zh: ['tonies 正版授权 故事公仔 {v}'],
      v: ['new', 'sealed'],
      usd: [15, 20],
    },
    {
      b: 'techland',
      cat: 'music',
      en: ['Dying Light 2 official soundtrack vinyl, licensed pressing, {v}'],
      zh: ['消逝的光芒2 官方原声黑胶 {v}'],
      v: ['2LP', 'gatefold'],
      usd: [30, 50],
    },
    {
      b: 'taito',
      cat: 'toys',
      en: [
        'Space Invaders officially licensed tabletop arcade replica, {v}',
        'TAITO licensed Bubble Bobble plush, {v}',
      ],
      zh: ['太东 正版授权 太空侵略者 桌面街机 {v}'],
      v: ['boxed', '2026'],
      usd: [30, 120],
    },
    {
      b: 'campagnolo',
      cat: 'bicycles',
      en: ['Campagnolo Super Record 90th anniversary groupset, official limited, {v}'],
      zh: ['坎帕诺罗 90周年 官方纪念套件 {v}'],
      v: ['numbered'],
      usd: [4500, 6000],
    },
    {
      b: 'herend',
      cat: 'kitchenware',
      en: ['Herend Rothschild Bird bicentenary edition cup, official, {v}'],
      zh: ['海兰德 二百周年纪念 杯碟 {v}'],
      v: ['boxed'],
      usd: [350, 500],
    },
  ];
  G['neg.licensed_repro'] = () => {
    if (chance(0.35)) {
      // pre-orders and licensed editions of the invented works
      const all = ctx.entriesWorks;
      const { b, w } = pick(all);
      const future = w.discReleaseDate > LISTING_DATE;
      const isMusic = b.categories.includes('music');
      const zhT = HAN.test(w.title);
      const lang = zhT ? 'zh' : 'en';
      const sel = pick(b.sellers);
      const ships = MARKET_SHIPS[sel.market];
      const sf = pick(ships);
      const pl = { market: sel.market, shipFrom: sf, currency: currencyFor(sel.market, sf) };
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const dEn = d.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const dZh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      let title;
      if (future)
        title =
          lang === 'en'
            ? pick([
                `Pre-order: ${w.title} ${isMusic ? 'CD' : 'Blu-ray'} – releases ${dEn}`,
                `${w.title} ${isMusic ? 'vinyl LP' : 'DVD'} pre-order, ships on release day ${w.discReleaseDate}`,
              ])
            : pick([`预售 《${w.title}》 蓝光 ${dZh}发行`, `《${w.title}》 DVD 官方预售 ${dZh}上市`]);
      else
        title =
          lang === 'en'
            ? pick([
                `${w.title} ${isMusic ? 'CD, official release' : 'Blu-ray, official release'}`,
                `${w.title} ${isMusic ? 'limited vinyl reissue' : "collector's edition DVD"}`,
              ])
            : pick([`《${w.title}》 正版蓝光 官方发行`, `《${w.title}》 收藏版 DVD 正版`]);
      const wt =
        lang === 'en'
          ? [
              'official store',
              'limited run',
              'numbered',
              'with poster',
              'free delivery',
              'signed insert',
              'bundle with art cards',
              'standard edition',
            ]
          : ['官方店', '限量版', '附海报', '包邮', '首发特典', '普通版'];
      title = `${title}${lang === 'en' ? ' – ' : ' '}${pick(wt)}`;
      const s = base('neg.licensed_repro', null, lang === 'en' ? 'en' : 'any', pl, {
        title,
        brandId: b.id,
        category: isMusic ? 'music' : 'film-tv',
      });
      s.sellerId = sel.id;
      s.work = w.title;
      s.family = 'disc';
      s.price = priceU([12, 35], pl.currency);
      s.quantity = rng.int(1, 50);
      return s;
    }
    const r = pick(REISSUE);
    const lang = chance(0.7) ? 'en' : 'zh';
    const pl = place(lang, 'legit', null);
    const rt =
      lang === 'en'
        ? ['', 'boxed', 'mint', 'as new', 'shop stock', 'collector owned', 'gift receipt', 'ships insured']
        : ['', '全新', '收藏自用', '带票', '保价发货'];
    const title = fill(`${pick(r[lang])} ${pick(rt)}`, { v: pick(r.v) });
    const s = base('neg.licensed_repro', null, lang === 'en' ? 'en' : 'any', pl, {
      title,
      brandId: r.b,
      category: r.cat,
    });
    s.price = priceU(r.usd, pl.currency);
    s.condition = chance(0.25) ? 'used' : 'new';
    return s;
  };

  G['neg.used_console'] = () => {
    const lang = chance(0.78) ? 'en' : 'zh';
    const pl = place(lang, 'legit', null);
    if (chance(0.12)) {
      const e = ctx.lineOf('taito', 'egret2');
      const title =
        lang === 'en'
          ? `${pick(['TAITO', 'Taito'])} EGRET II mini, used, ${pick(['stock firmware', 'original, not modded', 'official games only', 'with the original cabinet card'])}`
          : `太东 EGRET II mini 迷你街机 二手 ${pick(['原版系统 未改', '官方游戏 未加装', '原装未改机'])}`;
      const s = base('neg.used_console', e, lang, pl, { title });
      s.condition = 'used';
      s.price = priceR(e, 0.5, 0.9, pl.currency);
      return s;
    }
    const c = pick(ND.CONSOLES);
    const tail =
      lang === 'en'
        ? pick(['', 'tested', 'cables included', 'some yellowing', 'collection only', 'from my childhood'])
        : pick(['', '已测试', '附线材', '轻微发黄', '自用']);
    const s = base('neg.used_console', null, lang, pl, {
      title: fill(`${c[lang]} ${tail}`, {}),
      category: 'game-consoles',
    });
    s.condition = 'used';
    s.price = priceU(c.usd, pl.currency);
    return s;
  };

  G['neg.cheap_unbranded'] = () => {
    const it = pick(ND.CHEAP);
    const lang = chance(0.55) ? 'en' : 'zh';
    const pl = place(lang, 'legit', null);
    const tag =
      lang === 'en'
        ? pick(['', 'generic', 'no brand', 'unbranded', 'value pack', 'budget'])
        : pick(['', '无品牌', '通用', '平价', '批发货']);
    const s = base('neg.cheap_unbranded', null, lang, pl, {
      title: fill(`${it[lang]} ${tag} {X}`, { X: lang === 'en' ? xEn() : xZh() }),
      category: it.cat,
    });
    s.price = priceU(it.usd, pl.currency);
    s.quantity = qty(0.3);
    return s;
  };

  return G;
}
