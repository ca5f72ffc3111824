// Generators for the test-v11 kinds. Each returns a listing spec (or null to retry); build.js adds descriptions,
// seller ids and the checks.
import { currencyFor, priceAt } from './lib.js';
import {
  ABOVE_RETAIL,
  CHEAP,
  COMMON_WORD,
  COMMON_WORD_ZH,
  CONSOLES_EN,
  CONSOLES_ZH,
  GENERIC_MARKER_EN,
  GENERIC_MARKER_ZH,
  LICENSED,
  LICENSED_MISC,
  MODEL_CODES,
  MODEL_CODES_ZH,
  NEGATED_EN,
  NEGATED_ZH,
  NOMINATIVE,
  NOMINATIVE_JP,
  PROMO_EN,
  PROMO_ZH,
  USED_EN,
  USED_ZH,
} from './negdata.js';
import { GLYPH, INVISIBLE, NICK } from './nick-data.js';
import {
  ADMIT_EN,
  ADMIT_ZH,
  CHEAT_EN,
  CHEAT_ZH,
  CIRC_EN,
  CIRC_ZH,
  CODED_EN,
  CODED_ZH,
  CONTACTS,
  DM_EN,
  DM_ZH,
  FACTORY,
  MARKER_EN,
  MARKER_ZH,
  OEM_EN,
  OEM_ZH,
  OFF_COLOURS,
  OFF_COLOURS_ZH,
  QUALITY,
  WEAK,
} from './vocab.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const ZH_W = [
  ['taobao', 30],
  ['xianyu', 20],
  ['pinduoduo', 12],
  ['jd', 7],
  ['douyin', 10],
  ['weidian', 8],
  ['tmall', 5],
];
const EN_W = [
  ['ebay', 25],
  ['amazon', 14],
  ['facebook-marketplace', 8],
  ['mercari', 6],
  ['depop', 4],
  ['vinted', 8],
  ['aliexpress', 10],
  ['shopee', 11],
  ['carousell', 5],
  ['temu', 4],
  ['lazada', 7],
  ['rakuten', 3],
];
const ZH_COLOUR = {
  black: '黑色',
  white: '白色',
  red: '红色',
  grey: '灰色',
  blue: '蓝色',
  pink: '粉色',
  green: '绿色',
  yellow: '黄色',
  orange: '橙色',
  navy: '藏青色',
  silver: '银色',
  gold: '金色',
  brass: '黄铜色',
  copper: '铜色',
  clear: '透明',
  khaki: '卡其色',
  beige: '米色',
  brown: '棕色',
  purple: '紫色',
  cream: '奶油色',
  transparent: '透明',
  'matte black': '哑光黑',
  'matte white': '哑光白',
  'dark grey': '深灰',
  charcoal: '炭灰',
  olive: '橄榄绿',
  lavender: '薰衣草紫',
  teal: '青色',
  mint: '薄荷绿',
  chrome: '铬色',
  crystal: '透明',
  smoke: '烟灰',
  platinum: '铂金色',
  'moss green': '苔绿',
  honey: '蜜糖色',
  turquoise: '绿松石色',
};
const SIZE_ZH = {
  apparel: ['S码', 'M码', 'L码', '均码', '120码', '130码'],
  shoes: ['40码', '42码', '44码', '38码'],
  tyres: ['205/55 R16 91V', '225/45 R17 94Y', '235/65 R17', '195/65 R15 91H'],
  furniture: ['50厘米', '小号', '大号'],
  tools: ['极细', '细字', '中字'],
  kitchenware: ['02号', '600毫升', '两只装', '四件套'],
  handbags: ['中号', '小号', '迷你款'],
};
const COUNTRY = {
  IT: ['Italy', 'Italian', '意大利'],
  DK: ['Denmark', 'Danish', '丹麦'],
  CH: ['Switzerland', 'Swiss', '瑞士'],
  DE: ['Germany', 'German', '德国'],
  PL: ['Poland', 'Polish', '波兰'],
  JP: ['Japan', 'Japanese', '日本'],
  KR: ['Korea', 'Korean', '韩国'],
  TW: ['Taiwan', 'Taiwan', '台湾'],
  TH: ['Thailand', 'Thai', '泰国'],
  VN: ['Vietnam', 'Vietnamese', '越南'],
  BR: ['Brazil', 'Brazilian', '巴西'],
  HU: ['Hungary', 'Hungarian', '匈牙利'],
  ID: ['Indonesia', 'Indonesian', '印尼'],
  US: ['the US', 'US', '美国'],
  FR: ['France', 'French', '法国'],
  ES: ['Spain', 'Spanish', '西班牙'],
  CZ: ['Czechia', 'Czech', '捷克'],
  MX: ['Mexico', 'Mexican', '墨西哥'],
  BE: ['Belgium', 'Belgian', '比利时'],
  FI: ['Finland', 'Finnish', '芬兰'],
  AT: ['Austria', 'Austrian', '奥地利'],
  SK: ['Slovakia', 'Slovak', '斯洛伐克'],
  AR: ['Argentina', 'Argentine', '阿根廷'],
  PT: ['Portugal', 'Portuguese', '葡萄牙'],
  IN: ['India', 'Indian', '印度'],
  TR: ['Turkey', 'Turkish', '土耳其'],
  CO: ['Colombia', 'Colombian', '哥国'],
  NG: ['Nigeria', 'Nigerian', '尼日利亚'],
  ZA: ['South Africa', 'South African', '南非'],
  EG: ['Egypt', 'Egyptian', '埃及'],
  PK: ['Pakistan', 'Pakistani', '巴基斯坦'],
  BD: ['Bangladesh', 'Bangladeshi', '孟加拉'],
  PH: ['the Philippines', 'Philippine', '菲律宾'],
  KE: ['Kenya', 'Kenyan', '肯尼亚'],
};
const EXTRA_EN = [
  'new',
  'brand new',
  'in stock',
  'free shipping',
  'fast dispatch',
  'tracked postage',
  '2025 model',
  'latest version',
  'with warranty',
  'ready to ship',
  'same day dispatch',
  'UK stock',
  'EU stock',
  'sealed',
  'NEW',
  'fast shipping',
];
const EXTRA_ZH = [
  '新款',
  '现货',
  '包邮',
  '顺丰包邮',
  '当天发',
  '全新',
  '今年新款',
  '速发',
  '现货秒发',
  '热卖',
];
const SIZE = {
  apparel: ['size S', 'size M', 'size L', 'size XL', 'S-XL', 'M', 'L', 'age 6', 'age 8-9'],
  shoes: ['EU 40', 'EU 42', 'EU 44', 'US 9', 'size 38', 'talla 41', 'tam 40'],
  tyres: ['205/55 R16 91V', '225/45 R17 94Y', '235/65 R17', '195/65 R15 91H', '245/40 R18 97Y'],
  furniture: ['50 cm', 'small', 'large', 'set of 2'],
  tools: ['EF nib', 'F nib', 'M nib', 'B nib'],
  kitchenware: ['size 02', '600 ml', '1 L', '2 pcs', 'set of 4'],
  handbags: ['medium', 'small', 'mini', '35 L'],
  cosmetics: ['EU plug', 'US version'],
};

export function makeGenerators(ctx, rng) {
  const { lines, brandById, mfgOf, zhName, containsOfficial, shipsFrom, authBy } = ctx;
  const realLines = lines.filter((e) => !e.b.works?.length);
  const by = (f) => realLines.filter(f);
  const SOFT = by((e) => ['software'].includes(e.l.category));
  const PHYS = by((e) => !['software', 'video-games'].includes(e.l.category));

  const j = (parts, lang) => {
    const p = parts.filter(Boolean);
    if (lang === 'zh') {
      const tight = rng.chance(0.35);
      return p.reduce((acc, x) => {
        if (!acc) return x;
        const glue = tight && HAN.test(acc.slice(-1)) && HAN.test(x[0]) ? '' : ' ';
        return acc + glue + x;
      }, '');
    }
    const sep = rng.pick([' ', ' ', ' ', ' - ', ' | ', ', ']);
    return p.join(sep);
  };
  const latin = (s) => !HAN.test(s) && !/[\u3040-\u30ff\uac00-\ud7af\u0600-\u06ff\u0980-\u09ff]/.test(s);
  const brandEn = (b) => {
    const alts = [b.name, ...(b.aliases ?? []).filter((a) => latin(a) && a.length > 2)];
    return rng.chance(0.7) ? b.name : rng.pick(alts);
  };
  const brandZh = (b) => (rng.chance(0.85) ? zhName(b) : b.name);
  const labels = (e, lang, noBrand) => {
    const all = [e.l.name, ...(e.l.shortNames ?? []), ...(e.l.aliases ?? [])];
    return all.filter((x) => (lang === 'zh' || latin(x)) && !(noBrand && containsOfficial(e.b, x)));
  };
  const label = (e, lang, noBrand = false) => {
    const ls = labels(e, lang, noBrand);
    return ls.length ? rng.pick(ls) : null;
  };
  // brand + line, without repeating a brand already in the line name
  const bl = (e, lang) => {
    const l = label(e, lang);
    if (containsOfficial(e.b, l)) return l;
    return `${lang === 'zh' ? brandZh(e.b) : brandEn(e.b)} ${l}`;
  };
  const colourEn = (e) => (e.l.colours?.length && rng.chance(0.45) ? rng.pick(e.l.colours) : null);
  const colourZh = (e) => {
    const c = (e.l.colours ?? []).filter((x) => ZH_COLOUR[x]);
    return c.length && rng.chance(0.45) ? ZH_COLOUR[rng.pick(c)] : null;
  };
  const sizeOf = (e) => (SIZE[e.l.category] && rng.chance(0.35) ? rng.pick(SIZE[e.l.category]) : null);
  const sizeZh = (e) => (SIZE_ZH[e.l.category] && rng.chance(0.3) ? rng.pick(SIZE_ZH[e.l.category]) : null);
  // the goods word, unless the line label already says it
  const noun = (e, lang, l) => {
    const n = lang === 'zh' ? e.l.zh : e.l.en;
    const a = (l ?? '').toLowerCase();
    return a.includes(n.toLowerCase()) || n.toLowerCase().includes(a) ? null : n;
  };
  const plainParts = (e, lang) => {
    const head = bl(e, lang === 'zh' ? 'zh' : 'en');
    return lang === 'zh'
      ? [head, noun(e, 'zh', head), colourZh(e), sizeZh(e)]
      : [head, noun(e, 'en', head), colourEn(e), sizeOf(e)];
  };

  function chooseMarket(lang, { inC = null, outC = null, pool = null } = {}) {
    const w = pool ?? (lang === 'zh' ? ZH_W : EN_W);
    for (let i = 0; i < 30; i++) {
      const market = rng.weighted(w);
      let ships = shipsFrom(market);
      if (inC) ships = ships.filter((c) => inC.includes(c));
      if (outC) ships = ships.filter((c) => !outC.includes(c));
      if (!ships.length) continue;
      const shipFrom = rng.pick(ships);
      return { market, shipFrom, currency: currencyFor(market, shipFrom) };
    }
    return null;
  }
  const pickLang = (pZh) => (rng.chance(pZh) ? 'zh' : 'en');
  const priceOf = (usd, lo, hi, cur) =>
    lo === hi
      ? priceAt(usd * rng.float(0.92, 1.08), 1, cur, rng)
      : priceAt(usd, rng.float(lo, hi), cur, rng, lo, hi);

  function base(kind, e, lang, m, ratioLo, ratioHi, extra = {}) {
    if (!m) return null;
    return {
      kind,
      label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
      brandId: e?.b.id ?? null,
      lineKey: e?.l.key ?? null,
      work: null,
      category: e?.l.category,
      market: m.market,
      shipFrom: m.shipFrom,
      currency: m.currency,
      price: e ? priceOf(e.retail, ratioLo, ratioHi, m.currency) : null,
      quantity: 1,
      condition: 'new',
      sellerId: null,
      lang,
      meta: { hand: false, cues: [] },
      ...extra,
    };
  }
  const place = (title, cue, lang) => {
    if (lang === 'zh') return rng.chance(0.6) ? `${title} ${cue}` : `${cue} ${title}`;
    const r = rng.next();
    if (r < 0.45) return `${title} ${rng.pick(['-', '|', '~', '*', ''])} ${cue}`.replace(/ {2}/g, ' ');
    if (r < 0.7) return `${title} (${cue})`;
    if (r < 0.85) return `[${cue}] ${title}`;
    return `${cue.toUpperCase()} ${title}`;
  };

  // ---------------- counterfeit kinds ----------------
  const G = {};
  G['pos.marker_en'] = () => {
    const e = rng.pick(PHYS);
    const s = base('pos.marker_en', e, 'en', chooseMarket('en'), 0.07, 0.4);
    if (!s) return null;
    s.title = place(j(plainParts(e, 'en'), 'en'), rng.pick(MARKER_EN), 'en');
    s.quantity = rng.chance(0.3) ? rng.int(2, 30) : 1;
    return s;
  };
  G['pos.marker_zh'] = () => {
    const e = rng.pick(PHYS);
    const s = base('pos.marker_zh', e, 'any', chooseMarket('zh'), 0.05, 0.35);
    if (!s) return null;
    s.title = place(j(plainParts(e, 'zh'), 'zh'), rng.pick(MARKER_ZH), 'zh');
    s.quantity = rng.chance(0.4) ? rng.int(2, 99) : 1;
    return s;
  };
  G['pos.coded_language'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.6);
    const s = base('pos.coded_language', e, 'any', chooseMarket(lang), 0.1, 0.45);
    if (!s) return null;
    s.title = place(j(plainParts(e, lang), lang), rng.pick(lang === 'zh' ? CODED_ZH : CODED_EN), lang);
    return s;
  };
  G['pos.oem_leak'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.62);
    const s = base('pos.oem_leak', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.15, 0.5);
    if (!s) return null;
    const story = rng.pick(lang === 'zh' ? OEM_ZH : OEM_EN);
    if (rng.chance(0.75)) s.title = place(j(plainParts(e, lang), lang), story, lang);
    else {
      // title says only "no logo" / "无标"; the story is in the description
      s.title = j(
        [
          ...plainParts(e, lang),
          lang === 'zh'
            ? rng.pick(['无标', '无吊牌', '无包装'])
            : rng.pick(['no logo card', 'unboxed', 'no tags']),
        ],
        lang,
      );
      s.insert =
        lang === 'zh'
          ? `这批是${story}，和专柜的同一条线出来的。`
          : `These are ${story}, made on the same line as the retail ones.`;
      s.forceDesc = true;
    }
    s.quantity = rng.chance(0.35) ? rng.int(3, 40) : 1;
    return s;
  };
  G['pos.dm_real_pics'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.55);
    const s = base('pos.dm_real_pics', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.1, 0.6);
    if (!s) return null;
    let dm = rng.pick(lang === 'zh' ? DM_ZH : DM_EN);
    if (lang === 'en' && rng.chance(0.35)) dm = `${dm} ${rng.pick(CONTACTS)}`;
    s.title = place(j(plainParts(e, lang), lang), dm, lang);
    return s;
  };
  const nickLine = (e, lang) => label(e, lang, true);
  G['pos.brand_nickname_zh'] = () => {
    const e = rng.pick(PHYS.filter((x) => NICK[x.b.id]));
    const l = nickLine(e, 'zh');
    if (!l) return null;
    const far = rng.chance(0.82);
    const s = base('pos.brand_nickname_zh', e, 'any', chooseMarket('zh'), far ? 0.06 : 0.4, far ? 0.33 : 0.7);
    if (!s) return null;
    const parts = [rng.pick(NICK[e.b.id].zh), l, noun(e, 'zh', l), colourZh(e)];
    if (!far || rng.chance(0.3)) parts.push(rng.pick([...MARKER_ZH, ...CODED_ZH]));
    s.title = j(parts, 'zh');
    if (!far) s.meta.statedCue = true;
    return s;
  };
  function disguised(kind, e, nameVariant) {
    const lang = pickLang(kind === 'pos.brand_misspelled' ? 0.3 : 0.4);
    const l = nickLine(e, lang);
    if (!l) return null;
    const mode = rng.weighted([
      ['price', 6],
      ['bulk', 2],
      ['stated', 2],
    ]);
    const cap = kind === 'pos.brand_abbrev_emoji' ? 0.18 : 0.28;
    const [lo, hi] = mode === 'price' ? [0.05, cap] : [0.32, 0.62];
    const s = base(kind, e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), lo, hi);
    if (!s) return null;
    const parts = [nameVariant, l, noun(e, lang, l), lang === 'zh' ? colourZh(e) : colourEn(e)];
    let title = j(parts, lang);
    if (mode === 'stated') {
      title = place(
        title,
        rng.pick(lang === 'zh' ? [...MARKER_ZH, ...CODED_ZH] : [...MARKER_EN, ...CODED_EN]),
        lang,
      );
      s.meta.statedCue = true;
    }
    if (mode === 'bulk') {
      s.quantity = rng.int(10, 120);
      title = j(
        [
          title,
          lang === 'zh'
            ? rng.pick(['批发', '大量现货', '可批发'])
            : rng.pick(['wholesale', 'bulk lot', 'reseller price']),
        ],
        lang,
      );
    }
    s.title = title;
    return s;
  }
  G['pos.brand_abbrev_emoji'] = () => {
    const e = rng.pick(PHYS.filter((x) => NICK[x.b.id]));
    return disguised('pos.brand_abbrev_emoji', e, rng.pick(NICK[e.b.id].abbr));
  };
  G['pos.brand_misspelled'] = () => {
    const e = rng.pick(PHYS.filter((x) => NICK[x.b.id]));
    return disguised('pos.brand_misspelled', e, rng.pick(NICK[e.b.id].miss));
  };
  const homoglyph = (name) => {
    const chars = [...name];
    const idx = chars.map((c, i) => (GLYPH[c] ? i : -1)).filter((i) => i >= 0);
    const mode = rng.weighted([
      ['glyph', 5],
      ['invisible', 3],
      ['both', 2],
    ]);
    if ((mode === 'glyph' || mode === 'both') && idx.length) {
      for (const i of rng.pickN(idx, rng.int(1, Math.min(2, idx.length))))
        chars[i] = rng.pick(GLYPH[chars[i]]);
    }
    if (mode === 'invisible' || mode === 'both' || !idx.length) {
      const at = rng.int(1, Math.max(1, chars.length - 1));
      chars.splice(at, 0, rng.pick(INVISIBLE));
    }
    return chars.join('');
  };
  G['pos.brand_homoglyph'] = () => {
    const e = rng.pick(PHYS);
    const name = rng.chance(0.8) ? e.b.name : rng.pick([e.b.name, ...(e.b.aliases ?? []).filter(latin)]);
    const v = homoglyph(name);
    if (containsOfficial(e.b, v)) return null;
    return disguised('pos.brand_homoglyph', e, v);
  };
  G['pos.extreme_price'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.35);
    const cue = rng.pick(['bulk', 'ship', 'colour', 'quality', 'factory']);
    const mfg = mfgOf(e);
    const m = chooseMarket(lang, cue === 'ship' ? { outC: mfg } : { inC: mfg });
    const s = base('pos.extreme_price', e, lang === 'zh' ? 'any' : 'en', m, 0.035, 0.095);
    if (!s) return null;
    const head = bl(e, lang);
    const parts = [head, noun(e, lang, head)];
    s.meta.extremeCue = cue;
    if (cue === 'bulk') {
      s.quantity = rng.int(20, 300);
      parts.push(
        lang === 'zh'
          ? rng.pick(['大量现货', '可批量', '库存充足'])
          : rng.pick([`${s.quantity} available`, 'bulk available', 'lot pricing']),
      );
    } else s.quantity = rng.int(1, 2);
    if (cue === 'colour') {
      const c = rng.pick(OFF_COLOURS.filter((x) => !(e.l.colours ?? []).includes(x)));
      s.meta.offColour = c;
      parts.push(lang === 'zh' && OFF_COLOURS_ZH[c] ? OFF_COLOURS_ZH[c] : c);
    }
    if (cue === 'quality') parts.push(rng.pick(QUALITY[lang]));
    if (cue === 'factory') parts.push(rng.pick(FACTORY[lang]));
    s.title = j(parts, lang);
    return s;
  };
  G['pos.weak_cues'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.4);
    const n = rng.int(2, 3);
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'mustgo', 'ship'], n);
    if (cues.includes('gift') && cues.includes('several')) return null;
    const mfg = mfgOf(e);
    const m = chooseMarket(lang, cues.includes('ship') ? { outC: mfg } : { inC: mfg });
    const s = base('pos.weak_cues', e, lang === 'zh' ? 'any' : 'en', m, 0.32, 0.58);
    if (!s) return null;
    s.meta.weakCues = cues;
    s.quantity = cues.includes('several') ? rng.int(3, 8) : 1;
    const wl =
      lang === 'zh'
        ? 'zh'
        : rng.weighted([
            ['en', 8],
            ['es', 1],
            ['de', 1],
          ]);
    const txt = cues.filter((c) => c !== 'ship').map((c) => rng.pick(WEAK[c][wl]));
    const inTitle = txt.length > 1 && rng.chance(0.4) ? txt.slice(0, 1) : txt;
    const inDesc = txt.slice(inTitle.length);
    s.title = j([...plainParts(e, lang), ...inTitle], lang);
    if (inDesc.length) {
      s.insert =
        lang === 'zh'
          ? `${inDesc.join('，')}。`
          : `${inDesc.join(', ')}.`.replace(/^./, (c) => c.toUpperCase());
      s.forceDesc = true;
    }
    return s;
  };
  G['pos.product_line_seller_style'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.65);
    const l = label(e, lang, true);
    if (!l) return null;
    const mode = rng.pick(['marker', 'coded', 'price']);
    const s = base(
      'pos.product_line_seller_style',
      e,
      'any',
      chooseMarket(lang),
      mode === 'price' ? 0.04 : 0.08,
      mode === 'price' ? 0.15 : 0.4,
    );
    if (!s) return null;
    const parts = [l, noun(e, lang, l), lang === 'zh' ? colourZh(e) : colourEn(e)];
    if (mode === 'marker') parts.push(rng.pick(lang === 'zh' ? MARKER_ZH : MARKER_EN));
    if (mode === 'coded') parts.push(rng.pick(lang === 'zh' ? CODED_ZH : CODED_EN));
    if (mode === 'price')
      parts.push(
        lang === 'zh'
          ? rng.pick(['同款', '平替', '同款不同价'])
          : rng.pick(['same design', 'lookalike', 'same style, fraction of the price']),
      );
    s.title = j(parts, lang);
    return s;
  };
  G['pos.description_only'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.48);
    const high = rng.chance(0.8);
    const s = base(
      'pos.description_only',
      e,
      lang === 'zh' ? 'any' : 'en',
      chooseMarket(lang),
      high ? 0.74 : 0.52,
      high ? 0.98 : 0.72,
    );
    if (!s) return null;
    s.title = j(plainParts(e, lang), lang);
    s.insert = rng.pick(lang === 'zh' ? ADMIT_ZH : ADMIT_EN);
    s.forceDesc = true;
    s.longP = 0.85;
    return s;
  };
  const GAME_NAMES = [
    ['krafton', ['PUBG', 'PUBG Mobile', 'BATTLEGROUNDS', 'BGMI'], ['绝地求生', '吃鸡', 'PUBG']],
    ['moonton', ['Mobile Legends', 'MLBB', 'Mobile Legends: Bang Bang'], ['无尽对决', 'MLBB']],
    ['wotc', ['MTG Arena'], ['万智牌竞技场']],
  ];
  const ROM_EN = [
    'Retro arcade stick console, 15000 games preloaded, HDMI',
    'Mini handheld 10000-in-1, all the classic games loaded',
    'Arcade box 8000 games in 1, two joysticks',
    'Game stick 4K with 20,000 retro games, plug and play',
    'Retro console 64 GB loaded with 12,000 ROMs',
    'SD card for retro handhelds, 256 GB, full romset',
    'Open-source handheld with 15k games on the card',
    'TV box with every 8-bit and 16-bit game preloaded',
    'Bartop arcade cabinet, 5000 games installed',
  ];
  const ROM_ZH = [
    '街机盒 8000合1 双摇杆',
    '怀旧掌机 一万款游戏内置',
    '游戏棒 两万款怀旧游戏 即插即玩',
    '内存卡 二百五十六G 全套游戏资源',
    '街机摇杆 一万五千款内置',
    '电视游戏机 内置八位十六位全部游戏',
  ];
  G['pos.circumvention'] = () => {
    const lang = pickLang(0.4);
    const r = rng.next();
    let s;
    if (r < 0.4) {
      const e = rng.pick(SOFT);
      s = base('pos.circumvention', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.01, 0.08);
      if (!s) return null;
      s.title = j(
        [
          bl(e, lang),
          rng.pick(lang === 'zh' ? CIRC_ZH : CIRC_EN),
          lang === 'zh' ? rng.pick(['Mac版', '视窗版', '']) : rng.pick(['Win/Mac', 'Windows', 'macOS', '']),
        ],
        lang,
      ).trim();
    } else if (r < 0.75) {
      const [bid, names, namesZh] = rng.pick(GAME_NAMES);
      const m = chooseMarket(lang);
      if (!m) return null;
      s = base('pos.circumvention', null, lang === 'zh' ? 'any' : 'en', m, 0, 0);
      s.brandId = bid;
      s.category = 'video-games';
      s.price = priceOf(rng.float(4, 45), 1, 1, m.currency);
      const game = rng.pick(lang === 'zh' ? namesZh : names);
      if (rng.chance(0.2))
        s.title = j(
          [
            game,
            lang === 'zh'
              ? rng.pick(['私服', '私服 无限钻石', '私人服务器'])
              : rng.pick([
                  'private server APK',
                  'private server, unlimited diamonds',
                  'private server access',
                ]),
          ],
          lang,
        );
      else
        s.title = j(
          [
            game,
            rng.pick(lang === 'zh' ? CHEAT_ZH : CHEAT_EN),
            lang === 'zh'
              ? rng.pick(['月卡', '周卡', '永久', ''])
              : rng.pick(['30 days', 'lifetime key', '7-day key', 'PC', 'Android', '']),
          ],
          lang,
        );
    } else {
      const m = chooseMarket(lang);
      if (!m) return null;
      s = base('pos.circumvention', null, lang === 'zh' ? 'any' : 'en', m, 0, 0);
      s.category = 'game-consoles';
      s.price = priceOf(rng.float(25, 90), 1, 1, m.currency);
      s.title = lang === 'zh' ? rng.pick(ROM_ZH) : rng.pick(ROM_EN);
      if (rng.chance(0.6))
        s.title = j([s.title, lang === 'zh' ? rng.pick(EXTRA_ZH) : rng.pick(EXTRA_EN)], lang);
    }
    return s;
  };
  const WORKS = ctx.BRANDS.filter((b) => b.works?.length);
  const FMT_FILM_EN = [
    'DVD',
    'Blu-ray',
    '4K UHD Blu-ray',
    'DVD region free',
    'Blu-ray + DVD',
    'DVD box',
    'BD50',
  ];
  const FMT_MUSIC_EN = ['CD', 'vinyl LP', '2LP', 'cassette', 'CD album', 'deluxe CD'];
  const FMT_ZH_FILM = ['DVD', '蓝光', '蓝光碟', '高清碟', 'DVD光盘'];
  const FMT_ZH_MUSIC = ['CD', '黑胶', '唱片', '专辑CD'];
  const DISC_EXTRA_EN = {
    film: [
      'in stock now',
      'ships today',
      'full movie',
      'English subtitles',
      'uncut',
      'collector edition',
      'early copy',
    ],
    music: ['in stock now', 'ships today', 'new album', 'all tracks', 'limited', 'early copy', 'sealed'],
  };
  const DISC_EXTRA_ZH = {
    film: ['现货', '国语中字', '高清', '完整版', '收藏版', '抢先版', '现货速发'],
    music: ['现货', '全新', '完整专辑', '收藏版', '抢先版', '现货速发'],
  };
  G['pos.prerelease_disc'] = () => {
    const b = rng.pick(WORKS);
    const w = rng.pick(b.works.filter((x) => x.discReleaseDate > '2026-12-09'));
    const music = b.categories.includes('music');
    const zhWork = HAN.test(w.title);
    const lang = zhWork ? (rng.chance(0.8) ? 'zh' : 'en') : rng.chance(0.2) ? 'zh' : 'en';
    const m = chooseMarket(lang);
    if (!m) return null;
    const s = base('pos.prerelease_disc', null, 'any', m, 0, 0);
    s.brandId = b.id;
    s.work = w.title;
    s.category = music ? 'music' : 'film-tv';
    s.family = 'disc';
    s.price = priceOf(rng.float(6, 28), 1, 1, m.currency);
    const name = lang === 'en' && zhWork ? rng.pick(w.aliases) : w.title;
    const fmt =
      lang === 'zh'
        ? rng.pick(music ? FMT_ZH_MUSIC : FMT_ZH_FILM)
        : rng.pick(music ? FMT_MUSIC_EN : FMT_FILM_EN);
    const kindOf = music ? 'music' : 'film';
    s.title = j(
      [name, fmt, lang === 'zh' ? rng.pick(DISC_EXTRA_ZH[kindOf]) : rng.pick(DISC_EXTRA_EN[kindOf])],
      lang,
    );
    s.quantity = rng.chance(0.3) ? rng.int(2, 20) : 1;
    return s;
  };
  const MIXED_EN = [
    'super copy',
    'high copy',
    'mirror quality',
    'replica version',
    'same as original',
    'copy grade',
    'top replica',
    '1:1 copy',
    'fast ship',
    'AAA copy',
  ];
  G['pos.mixed_language'] = () => {
    const e = rng.pick(PHYS);
    const s = base('pos.mixed_language', e, 'any', chooseMarket(rng.chance(0.7) ? 'zh' : 'en'), 0.06, 0.4);
    if (!s) return null;
    const head = bl(e, 'en');
    const parts = [head, e.l.zh, rng.pick(MARKER_ZH), rng.pick(MIXED_EN)];
    if (rng.chance(0.4)) parts.push(noun(e, 'en', head));
    s.title = j(rng.chance(0.5) ? parts : [parts[0], parts[3], parts[1], parts[2], parts[4]], 'zh');
    return s;
  };

  // ---------------- legit kinds ----------------
  G['neg.plain'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.6);
    const s = base('neg.plain', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.82, 1.18);
    if (!s) return null;
    const parts = plainParts(e, lang);
    if (rng.chance(0.5)) parts.push(rng.pick(lang === 'zh' ? EXTRA_ZH : EXTRA_EN));
    s.title = j(parts, lang);
    return s;
  };
  const VARY_EN = [
    '',
    ' - new',
    ' (new)',
    ', fast dispatch',
    ' | free P&P',
    ' - in stock',
    ', 2 available',
    ' NEW',
    ' - UK seller',
    ' - EU seller',
    ', tracked',
  ];
  const VARY_ZH = ['', ' 包邮', ' 现货', ' 新品', ' 当天发', ' 热卖', ' 特价', ' 两件起'];
  const VARY_USED_EN = [
    '',
    ' - pickup or post',
    ' (tested)',
    ', see photos',
    ' | ships tracked',
    ' - collection only',
    ', read description',
  ];
  const VARY_USED_ZH = ['', ' 可面交', ' 已测试', ' 看图', ' 同城自提'];
  const vary = (t, lang, used = false) =>
    `${t}${rng.pick(used ? (lang === 'zh' ? VARY_USED_ZH : VARY_USED_EN) : lang === 'zh' ? VARY_ZH : VARY_EN)}`;
  const unbranded = (kind, title, category, usd, lang, used = false) => {
    const m = chooseMarket(lang);
    if (!m) return null;
    const s = base(kind, null, lang === 'zh' ? 'any' : 'en', m, 0, 0);
    s.category = category;
    s.price = priceOf(usd, 0.8, 1.3, m.currency);
    s.title = vary(title, lang, used);
    return s;
  };
  G['neg.generic_marker'] = () => {
    const lang = pickLang(0.5);
    const [t, c, usd] = rng.pick(lang === 'zh' ? GENERIC_MARKER_ZH : GENERIC_MARKER_EN);
    return unbranded('neg.generic_marker', t, c, usd, lang);
  };
  G['neg.nominative'] = () => {
    const n = rng.pick(NOMINATIVE);
    const b = brandById[n.brands.length > 1 ? rng.pick(n.brands) : n.brands[0]];
    const cands = n.lines.filter((k) => b.lines.some((l) => l.key === k));
    if (!cands.length) return null;
    const e = ctx.lineOf(b.id, rng.pick(cands));
    const r = rng.next();
    const lang = r < 0.37 ? 'zh' : 'en';
    const m = chooseMarket(lang);
    if (!m) return null;
    const s = base('neg.nominative', e, lang === 'zh' ? 'any' : 'en', m, 0, 0);
    s.category = n.cat;
    s.price = priceOf(rng.float(n.usd[0], n.usd[1]), 1, 1, m.currency);
    let tpl = rng.pick(lang === 'zh' ? n.zh : n.en);
    if (lang === 'en' && r > 0.95) {
      tpl = rng.pick(NOMINATIVE_JP);
      s.lang = 'any';
    }
    const L = bl(e, lang === 'zh' ? 'zh' : 'en');
    s.title = vary(tpl.replaceAll('{L}', L).replaceAll('{B}', lang === 'zh' ? zhName(b) : b.name), lang);
    s.lineKey = null;
    s.meta.line = e.l.key;
    return s;
  };
  G['neg.common_word_brand'] = () => {
    const lang = pickLang(0.32);
    const [t, c, usd, bid] = rng.pick(lang === 'zh' ? COMMON_WORD_ZH : COMMON_WORD);
    const s = unbranded('neg.common_word_brand', t, c, usd, lang);
    if (s) s.brandId = bid === '-' ? null : bid;
    return s;
  };
  G['neg.authorized_seller'] = () => {
    const e = rng.pick(PHYS);
    const seller = rng.pick(authBy[e.b.id]);
    const lang = ['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall'].includes(seller.market)
      ? 'zh'
      : 'en';
    const m = {
      market: seller.market,
      shipFrom: seller.shipFrom,
      currency: currencyFor(seller.market, seller.shipFrom),
    };
    const clear = rng.chance(0.4);
    const s = base(
      'neg.authorized_seller',
      e,
      lang === 'zh' ? 'any' : 'en',
      m,
      clear ? 0.35 : 0.9,
      clear ? 0.75 : 1.05,
    );
    s.sellerId = seller.id;
    const tag = clear
      ? lang === 'zh'
        ? rng.pick(['官方清仓', '旗舰店清仓', '断码清仓', '样品特价', '官方奥莱'])
        : rng.pick([
            'official clearance',
            'outlet price',
            'last sizes',
            'ex-display, official store',
            'end of line',
          ])
      : lang === 'zh'
        ? rng.pick(['官方旗舰店', '品牌直营', '官方正品', '授权店'])
        : rng.pick(['official store', 'authorised dealer', 'official retailer', 'brand store']);
    s.title = j([...plainParts(e, lang), tag], lang);
    return s;
  };
  G['neg.second_hand'] = () => {
    if (rng.chance(0.12)) {
      const [ref, en, zh, ratio] = rng.pick(ABOVE_RETAIL);
      const [bid, key] = ref.split('/');
      const e = ctx.lineOf(bid, key);
      const lang = pickLang(0.5);
      const s = base(
        'neg.second_hand',
        e,
        lang === 'zh' ? 'any' : 'en',
        chooseMarket(lang),
        ratio * 0.9,
        ratio * 1.1,
      );
      if (!s) return null;
      s.condition = 'used';
      s.title = vary(lang === 'zh' ? zh : en, lang, true);
      return s;
    }
    const e = rng.pick(PHYS.filter((x) => !['software', 'video-games'].includes(x.l.category)));
    const lang = pickLang(0.58);
    const s = base(
      'neg.second_hand',
      e,
      lang === 'zh' ? 'any' : 'en',
      chooseMarket(lang, {
        pool:
          lang === 'zh'
            ? [
                ['xianyu', 6],
                ['taobao', 1],
              ]
            : [
                ['ebay', 5],
                ['facebook-marketplace', 3],
                ['mercari', 2],
                ['vinted', 3],
                ['carousell', 2],
                ['depop', 1],
              ],
      }),
      0.3,
      0.85,
    );
    if (!s) return null;
    s.condition = rng.chance(0.85) ? 'used' : 'refurbished';
    s.title = j([...plainParts(e, lang), rng.pick(lang === 'zh' ? USED_ZH : USED_EN)], lang);
    return s;
  };
  G['neg.promotion'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.52);
    const s = base('neg.promotion', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.55, 0.88);
    if (!s) return null;
    s.title = place(j(plainParts(e, lang), lang), rng.pick(lang === 'zh' ? PROMO_ZH : PROMO_EN), lang);
    return s;
  };
  G['neg.gray_market'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.52);
    const s = base('neg.gray_market', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.82, 1.03);
    if (!s) return null;
    const cs = mfgOf(e).filter((x) => COUNTRY[x]);
    const en = ['parallel import', 'grey import', 'international version', 'export version'];
    const zh = ['平行进口', '海外直邮', '海外版 非国行', '国际版', '出口转内销'];
    if (cs.length) {
      const c = rng.pick(cs);
      en.push(
        `imported from ${COUNTRY[c][0]}`,
        `${COUNTRY[c][0]} market version`,
        `${COUNTRY[c][1]} version`,
      );
      zh.push(`${COUNTRY[c][2]}版`, `${COUNTRY[c][2]}直邮`);
      if (c === 'JP')
        en.push('Japan domestic version, 100 V', 'JDM box', 'importado de Japón', 'Importware aus Japan');
    }
    s.title = place(j(plainParts(e, lang), lang), rng.pick(lang === 'zh' ? zh : en), lang);
    return s;
  };
  G['neg.negated_marker'] = () => {
    const e = rng.pick(PHYS);
    const lang = pickLang(0.6);
    const s = base('neg.negated_marker', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.62, 1.05);
    if (!s) return null;
    s.title = place(j(plainParts(e, lang), lang), rng.pick(lang === 'zh' ? NEGATED_ZH : NEGATED_EN), lang);
    return s;
  };
  G['neg.colour_words'] = () => {
    const e = rng.pick(PHYS.filter((x) => (x.l.colours ?? []).length >= 2));
    const c = rng.pick(e.l.colours);
    const mixed = rng.chance(0.35) && / /.test(c);
    const lang = mixed ? 'zh' : 'en';
    const s = base('neg.colour_words', e, 'any', chooseMarket(lang), 0.85, 1.1);
    if (!s) return null;
    s.title = mixed
      ? j([bl(e, 'zh'), c, e.l.zh], 'zh')
      : j([bl(e, 'en'), rng.chance(0.5) ? `in ${c}` : c, e.l.en], 'en');
    s.meta.colour = c;
    return s;
  };
  G['neg.model_codes'] = () => {
    const lang = pickLang(0.32);
    const [t, c, usd] = rng.pick(lang === 'zh' ? MODEL_CODES_ZH : MODEL_CODES);
    return unbranded('neg.model_codes', t, c, usd, lang);
  };
  const fmtDate = (d) => {
    const x = new Date(`${d}T00:00:00Z`);
    return rng.pick([
      d,
      x.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    ]);
  };
  const zhDate = (d) => {
    const x = new Date(`${d}T00:00:00Z`);
    return `${x.getUTCFullYear()}年${x.getUTCMonth() + 1}月${x.getUTCDate()}日`;
  };
  G['neg.licensed_repro'] = () => {
    const r = rng.next();
    if (r < 0.45) {
      const t = rng.pick(LICENSED);
      const [bid, key] = rng.pick(t.lines).split('/');
      const e = ctx.lineOf(bid, key);
      const lang = pickLang(0.35);
      const s = base('neg.licensed_repro', e, lang === 'zh' ? 'any' : 'en', chooseMarket(lang), 0.9, 1.3);
      if (!s) return null;
      const N = label(e, lang);
      s.title = vary(
        (lang === 'zh' ? t.zh : t.en)
          .replace('{B}', containsOfficial(e.b, N) ? '' : lang === 'zh' ? zhName(e.b) : e.b.name)
          .replace('{N}', N)
          .trim(),
        lang,
      );
      return s;
    }
    if (r < 0.7) {
      const [t, c, bid, usd] = rng.pick(LICENSED_MISC);
      const lang = HAN.test(t) ? 'zh' : 'en';
      const s = unbranded('neg.licensed_repro', t, c, usd, lang);
      if (s) s.brandId = bid;
      return s;
    }
    // pre-order of a future disc from the rights holder's own store, release date stated
    const b = rng.pick(WORKS);
    const w = rng.pick(b.works.filter((x) => x.discReleaseDate > '2026-12-09'));
    const seller = rng.pick(authBy[b.id]);
    const zhM = ['jd', 'tmall', 'taobao'].includes(seller.market);
    const m = {
      market: seller.market,
      shipFrom: seller.shipFrom,
      currency: currencyFor(seller.market, seller.shipFrom),
    };
    const s = base('neg.licensed_repro', null, 'any', m, 0, 0);
    s.brandId = b.id;
    s.work = w.title;
    s.sellerId = seller.id;
    const music = b.categories.includes('music');
    s.category = music ? 'music' : 'film-tv';
    s.family = 'disc';
    s.price = priceOf(rng.float(12, 30), 1, 1, m.currency);
    if (zhM) s.title = `${w.title} ${rng.pick(FMT_ZH_FILM)} 预售 ${zhDate(w.discReleaseDate)}发货 官方正版`;
    else {
      const name = HAN.test(w.title) ? w.aliases[0] : w.title;
      s.title = `${name} ${rng.pick(music ? FMT_MUSIC_EN : FMT_FILM_EN)} - pre-order, ${rng.pick(['release date', 'ships on', 'out'])} ${fmtDate(w.discReleaseDate)}`;
    }
    return s;
  };
  G['neg.used_console'] = () => {
    const lang = pickLang(0.28);
    const [t, usd] = rng.pick(lang === 'zh' ? CONSOLES_ZH : CONSOLES_EN);
    const s = unbranded('neg.used_console', t, 'game-consoles', usd, lang, true);
    if (s) s.condition = 'used';
    return s;
  };
  G['neg.cheap_unbranded'] = () => {
    const lang = pickLang(0.55);
    const [en, zh, c, usd] = rng.pick(CHEAP);
    return unbranded('neg.cheap_unbranded', lang === 'zh' ? zh : en, c, usd, lang);
  };
  return G;
}
