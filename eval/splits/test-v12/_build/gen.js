// Generators for the machine-written rows of test-v12 (the hand-written rows are in hand/*.txt).
// Each generator returns one listing spec; build.js adds descriptions, seller ids and checks.
import { FAMILY_OF_BRAND } from './boilerplate.js';
import { currencyFor, HAN_RE, MARKET_SHIPS, priceAt, ZH_MARKETS } from './lib.js';
import * as N from './negdata.js';
import { EN_NOUN, NICK, ZH_NOUN } from './nick-data.js';
import * as V from './vocab.js';

const EN_M = [
  ['ebay', 30],
  ['amazon', 16],
  ['facebook-marketplace', 7],
  ['mercari', 6],
  ['depop', 3],
  ['vinted', 6],
  ['aliexpress', 7],
  ['shopee', 9],
  ['carousell', 4],
  ['temu', 3],
  ['lazada', 6],
  ['rakuten', 3],
];
const ZH_CF = [
  ['taobao', 30],
  ['xianyu', 22],
  ['pinduoduo', 16],
  ['weidian', 12],
  ['douyin', 10],
];
const ZH_LEGIT = [
  ['taobao', 24],
  ['xianyu', 14],
  ['pinduoduo', 10],
  ['jd', 14],
  ['tmall', 14],
  ['douyin', 8],
  ['weidian', 4],
];
const EN_USED = [
  ['ebay', 30],
  ['mercari', 10],
  ['facebook-marketplace', 10],
  ['vinted', 8],
  ['depop', 3],
  ['carousell', 6],
  ['rakuten', 3],
];
const ZH_USED = [
  ['xianyu', 60],
  ['taobao', 10],
];
const CAT_FAMILY = {
  toys: 'hobby',
  tools: 'stationery',
  furniture: 'furniture',
  apparel: 'fashion',
  cosmetics: 'hair',
  kitchenware: 'kitchen',
  'home-appliances': 'bath',
  'sports-equipment': 'sport',
  'auto-parts': 'moto',
  'baby-products': 'baby',
  audio: 'hearing',
  books: 'disc',
  'film-tv': 'disc',
  music: 'disc',
  software: 'digital',
  'video-games': 'digital',
  'game-consoles': 'digital',
};
const SUFFIX_EN = [
  '',
  '',
  '',
  ' - new',
  ' (new)',
  ' free shipping',
  ' fast dispatch',
  ' 2026',
  ' | in stock',
  ' ✔',
  ' *sale*',
  ' UK',
  ' EU',
  ' US seller',
  ' 🔥',
];
const SUFFIX_USED_EN = [
  '',
  '',
  ' - tested',
  ' (works)',
  ' collection only',
  ' UK',
  ' EU',
  ' US seller',
  ' ✔',
];
const SUFFIX_USED_ZH = ['', '', ' 自提优先', ' 可小刀', ' 包邮', ' 同城'];
const SUFFIX_ZH = ['', '', '', ' 包邮', ' 现货', ' 新款', ' 热卖', ' 当天发', ' 顺丰', ' 速发', ' 🔥'];
const HG = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  i: 'і',
  h: 'һ',
  d: 'ԁ',
  s: 'ѕ',
  j: 'ј',
  A: 'А',
  B: 'В',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
  S: 'Ѕ',
  I: 'І',
  N: 'Ν',
};
const INVIS = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];

export function makeGenerators(ctx, rng) {
  const LINES = ctx.allLines;
  const mfgOf = (e) =>
    e.l.manufacturingCountries.length ? e.l.manufacturingCountries : e.b.manufacturingCountries;
  const zhName = (b) => b.aliases.find((a) => HAN_RE.test(a)) ?? b.name;
  const latinAliases = (b) => [b.name, ...b.aliases.filter((a) => /^[\x20-\x7e\u00c0-\u00ff]+$/.test(a))];
  const enName = (b) => (rng.chance(0.75) ? b.name : rng.pick(latinAliases(b)));
  const sfx = (lang) => rng.pick(lang === 'en' ? SUFFIX_EN : SUFFIX_ZH);
  const sfxUsed = (lang) => rng.pick(lang === 'en' ? SUFFIX_USED_EN : SUFFIX_USED_ZH);
  const fam = (e, cat) => (e ? FAMILY_OF_BRAND[e.b.id] : (CAT_FAMILY[cat] ?? 'kitchen'));
  const anyLine = (pred = () => true) => rng.pick(LINES.filter(pred));
  const hasColours = (e) => e.l.colours.length > 0;

  // how a seller names the line: catalogue name, short name or model number
  const lineLabel = (e, disguise = false) => {
    const c = [e.l.name, ...e.l.aliases, ...e.l.shortNames, ...e.l.modelNumbers].filter(
      (s) => !HAN_RE.test(s) && (!disguise || !ctx.containsOfficial(e.b, s)),
    );
    return c.length ? rng.pick(c) : rng.pick(EN_NOUN[e.l.category] ?? ['item']);
  };
  const named = (e, label) => (ctx.containsOfficial(e.b, label) ? label : `${enName(e.b)} ${label}`);
  const zhLine = (e) => {
    // the brand is always named or disguised next to it, so short names that repeat it are left out
    const c = e.l.shortNames.filter((s) => !ctx.containsOfficial(e.b, s));
    const short = c.length && rng.chance(0.6) ? ` ${rng.pick(c)} ` : '';
    return `${short}${ZH_NOUN[`${e.b.id}/${e.l.key}`] ?? ''}`;
  };

  // marketplace and ship-from country, optionally within or outside a set of countries
  const place = (lang, { within = null, outside = null, legit = false, used = false } = {}) => {
    const okCountry = (c) => (!within || within.includes(c)) && (!outside || !outside.includes(c));
    if (lang !== 'en' && okCountry('CN') && rng.chance(0.92)) {
      const market = used ? rng.weighted(ZH_USED) : rng.weighted(legit ? ZH_LEGIT : ZH_CF);
      return { market, shipFrom: 'CN' };
    }
    for (let i = 0; i < 40; i++) {
      const market = rng.weighted(used ? EN_USED : EN_M);
      const c = MARKET_SHIPS[market].filter(okCountry);
      if (c.length) return { market, shipFrom: rng.pick(c) };
    }
    return null;
  };
  const priced = (e, lo, hi, market, sf) => {
    const cur = currencyFor(market, sf);
    return { currency: cur, price: priceAt(e.retail, rng.float(lo, hi), cur, rng, lo, hi) };
  };
  const pricedUsd = (usd, market, sf) => {
    const cur = currencyFor(market, sf);
    return { currency: cur, price: priceAt(usd, rng.float(0.85, 1.15), cur, rng) };
  };

  const make = (kind, e, lang, title, where, money, o = {}) => ({
    kind,
    label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
    brandId: e?.b.id ?? o.brandId ?? null,
    lineKey: e?.l.key ?? null,
    work: o.work ?? null,
    category: o.category ?? e?.l.category,
    title: title.replace(/\s+/g, ' ').trim(),
    market: where.market,
    shipFrom: where.shipFrom,
    currency: money.currency,
    price: money.price,
    quantity: o.quantity ?? 1,
    condition: o.condition ?? 'new',
    sellerId: o.sellerId ?? null,
    lang: lang === 'en' ? 'en' : 'any',
    insert: o.insert ?? null,
    family: o.family ?? fam(e, o.category),
    forceDesc: o.forceDesc ?? false,
    longP: o.longP,
    meta: { hand: false, cues: [], ...(o.meta ?? {}) },
  });

  const fill = (s) =>
    s
      .replace('{h}', rng.pick(V.HANDLES))
      .replace('{n}', `${rng.pick(['60', '62', '63', '971', '234', '55'])}${rng.int(100000000, 999999999)}`);
  const insertOf = (type, lang) =>
    rng.chance(0.7) ? rng.pick(V.INSERT[type][lang === 'en' ? 'en' : 'zh']) : null;

  // brand-named counterfeit with a stated cue (marker, coded, oem, dm)
  const cueRow = (kind, type, enList, zhList, zhShare) => () => {
    const e = anyLine();
    const lang = rng.chance(zhShare) ? 'zh' : 'en';
    const where = place(lang);
    const cue = fill(rng.pick(lang === 'en' ? enList : zhList));
    let title;
    if (lang === 'en') {
      const t = [
        `${named(e, lineLabel(e))} ${cue}`,
        `${cue} ${named(e, lineLabel(e))}`,
        `${named(e, lineLabel(e))} - ${cue}${sfx('en')}`,
        `${named(e, lineLabel(e))} (${cue})`,
      ];
      title = rng.pick(t);
    } else {
      const t = [
        `${zhName(e.b)} ${zhLine(e)} ${cue}`,
        `${cue}${zhName(e.b)}${zhLine(e)}${sfx('zh')}`,
        `【${cue}】${zhName(e.b)} ${zhLine(e)}`,
        `${e.b.name} ${zhLine(e)} ${cue}${sfx('zh')}`,
      ];
      title = rng.pick(t);
    }
    const money = priced(e, 0.08, 0.45, where.market, where.shipFrom);
    return make(kind, e, lang, title, where, money, {
      quantity: rng.int(1, 12),
      insert: insertOf(type, lang),
      meta: { statedCue: true },
    });
  };

  const homoglyph = (name) => {
    const chars = [...name];
    const idx = chars.map((ch, i) => (HG[ch] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length || rng.chance(0.22)) {
      const at = rng.int(1, Math.max(1, chars.length - 1));
      chars.splice(at, 0, rng.pick(INVIS));
      return chars.join('');
    }
    for (const i of rng.pickN(idx, rng.chance(0.7) ? 1 : 2)) chars[i] = HG[chars[i]];
    return chars.join('');
  };

  // disguised brand + line + low price or bulk
  const disguiseRow = (kind, nameFn, zhShare, maxRatio) => () => {
    const e = anyLine((x) => NICK[x.b.id]);
    const lang = rng.chance(zhShare) ? 'zh' : 'en';
    const where = place(lang);
    const n = nameFn(e, lang);
    if (!n) return null;
    const far = rng.chance(0.8);
    const quantity = far ? rng.int(1, 4) : rng.int(10, 80);
    const title =
      lang === 'en'
        ? rng.pick([
            `${n} ${lineLabel(e, true)}${sfx('en')}`,
            `${n} ${lineLabel(e, true)} ${rng.pick(e.l.colours.length ? e.l.colours : [''])}`,
            `NEW ${n} ${lineLabel(e, true)}`,
            `${lineLabel(e, true)} by ${n}${far ? '' : ' - wholesale'}`,
          ])
        : rng.pick([
            `${n}${zhLine(e)}${sfx('zh')}`,
            `${n} ${zhLine(e)} ${far ? '' : '批发'}`,
            `【${n}】${zhLine(e)}`,
          ]);
    const money = far
      ? priced(e, Math.max(0.05, maxRatio - 0.22), maxRatio - 0.01, where.market, where.shipFrom)
      : priced(e, 0.4, 0.65, where.market, where.shipFrom);
    return make(kind, e, lang, title, where, money, { quantity });
  };

  const G = {};
  G['pos.marker_en'] = cueRow('pos.marker_en', 'marker', V.MARKER_EN, V.MARKER_EN, 0);
  G['pos.marker_zh'] = cueRow('pos.marker_zh', 'marker', V.MARKER_ZH, V.MARKER_ZH, 1);
  G['pos.coded_language'] = cueRow('pos.coded_language', 'coded', V.CODED_EN, V.CODED_ZH, 0.6);
  G['pos.oem_leak'] = cueRow('pos.oem_leak', 'oem', V.OEM_EN, V.OEM_ZH, 0.6);
  G['pos.dm_real_pics'] = cueRow('pos.dm_real_pics', 'dm', V.DM_EN, V.DM_ZH, 0.55);
  G['pos.brand_nickname_zh'] = () => {
    const spec = disguiseRow('pos.brand_nickname_zh', (e) => rng.pick(NICK[e.b.id].zh), 1, 0.34)();
    return spec;
  };
  G['pos.brand_abbrev_emoji'] = disguiseRow(
    'pos.brand_abbrev_emoji',
    (e) => rng.pick(NICK[e.b.id].ab),
    0.4,
    0.19,
  );
  G['pos.brand_misspelled'] = disguiseRow(
    'pos.brand_misspelled',
    (e) => rng.pick(NICK[e.b.id].ms),
    0.15,
    0.29,
  );
  G['pos.brand_homoglyph'] = disguiseRow(
    'pos.brand_homoglyph',
    (e) => homoglyph(rng.pick(latinAliases(e.b))),
    0.15,
    0.29,
  );

  G['pos.extreme_price'] = () => {
    const e = anyLine();
    const mfg = mfgOf(e);
    const cue = rng.weighted([
      ['bulk', 2],
      ['ship', 2],
      ['colour', 1.5],
      ['quality', 1.5],
      ['factory', 1.5],
    ]);
    const lang = mfg.includes('CN') && cue !== 'ship' ? (rng.chance(0.4) ? 'zh' : 'en') : 'en';
    const where = cue === 'ship' ? place(lang, { outside: mfg }) : place(lang, { within: mfg });
    if (!where) return null;
    const quantity = cue === 'bulk' ? rng.int(20, 200) : rng.int(1, 2);
    const L = lang === 'en' ? 'en' : 'zh';
    let cueText = '';
    let offColour;
    if (cue === 'bulk')
      cueText = L === 'en' ? rng.pick(['wholesale lot', `lot of ${quantity}`, 'bulk stock']) : '批发';
    if (cue === 'colour') {
      offColour = rng.pick(V.OFF_COLOURS[L]);
      cueText = offColour;
    }
    if (cue === 'quality') cueText = rng.pick(V.QUALITY[L]);
    if (cue === 'factory') cueText = rng.pick(V.FACTORY[L]);
    const title =
      L === 'en'
        ? rng.pick([
            `${named(e, lineLabel(e))} ${cueText}`,
            `${cueText} ${named(e, lineLabel(e))}`.trim(),
            `Brand new ${named(e, lineLabel(e))} ${cueText}`,
          ])
        : `${zhName(e.b)} ${zhLine(e)} ${cueText}`;
    const money = priced(e, 0.035, 0.095, where.market, where.shipFrom);
    return make('pos.extreme_price', e, lang, title, where, money, {
      quantity,
      meta: { extremeCue: cue, ...(offColour ? { offColour } : {}) },
    });
  };

  G['pos.weak_cues'] = () => {
    const e = anyLine();
    const mfg = mfgOf(e);
    const n = rng.chance(0.6) ? 2 : 3;
    let cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'urgent', 'ship'], n);
    if (cues.includes('several') && cues.includes('gift')) cues = cues.filter((c) => c !== 'gift');
    if (cues.length < 2) return null;
    const lang = !cues.includes('ship') && mfg.includes('CN') && rng.chance(0.45) ? 'zh' : 'en';
    const where = cues.includes('ship') ? place(lang, { outside: mfg }) : place(lang, { within: mfg });
    if (!where) return null;
    const L = lang === 'en' ? 'en' : 'zh';
    const words = cues.filter((c) => c !== 'ship').map((c) => rng.pick(V.WEAK[c][L]));
    const title =
      L === 'en'
        ? `${named(e, lineLabel(e))} - ${words.join(', ')}`
        : `${zhName(e.b)} ${zhLine(e)} ${words.join(' ')}`;
    const money = priced(e, 0.32, 0.58, where.market, where.shipFrom);
    return make('pos.weak_cues', e, lang, title, where, money, {
      quantity: cues.includes('several') ? rng.int(3, 8) : 1,
      meta: { weakCues: cues },
    });
  };

  G['pos.product_line_seller_style'] = () => {
    const e = anyLine((x) =>
      [...x.l.shortNames, ...x.l.modelNumbers].some((s) => !ctx.containsOfficial(x.b, s)),
    );
    const lang = rng.chance(0.6) ? 'zh' : 'en';
    const where = place(lang);
    const code = rng.pick(
      [...e.l.shortNames, ...e.l.modelNumbers].filter((s) => !ctx.containsOfficial(e.b, s)),
    );
    const how = rng.pick(['price', 'marker', 'coded']);
    const L = lang === 'en' ? 'en' : 'zh';
    const cue =
      how === 'marker'
        ? rng.pick(L === 'en' ? V.MARKER_EN : V.MARKER_ZH)
        : how === 'coded'
          ? rng.pick(L === 'en' ? V.CODED_EN : V.CODED_ZH)
          : '';
    const noun = L === 'en' ? '' : (ZH_NOUN[`${e.b.id}/${e.l.key}`] ?? '');
    const title =
      L === 'en'
        ? rng.pick([`${code} ${cue}${sfx('en')}`, `${cue} ${code} same as shop`, `${code} ${cue} cheap`])
        : rng.pick([`${code} ${noun} ${cue}`, `${cue} ${code}${noun}${sfx('zh')}`]);
    const money =
      how === 'price'
        ? priced(e, 0.06, 0.25, where.market, where.shipFrom)
        : priced(e, 0.15, 0.45, where.market, where.shipFrom);
    return make('pos.product_line_seller_style', e, lang, title, where, money, {
      quantity: rng.int(1, 6),
      meta: { statedCue: how !== 'price' },
    });
  };

  G['pos.description_only'] = () => {
    const e = anyLine();
    const lang = rng.chance(0.5) ? 'zh' : 'en';
    const where = place(lang);
    const high = rng.chance(0.72);
    const money = high
      ? priced(e, 0.73, 0.99, where.market, where.shipFrom)
      : rng.chance(0.6)
        ? priced(e, 0.52, 0.71, where.market, where.shipFrom)
        : priced(e, 1.01, 1.15, where.market, where.shipFrom);
    const title =
      lang === 'en'
        ? rng.pick([
            `${named(e, lineLabel(e))}${sfx('en')}`,
            `${named(e, e.l.name)} ${rng.pick(e.l.colours.length ? e.l.colours : ['new'])}`,
            `New ${named(e, lineLabel(e))}`,
          ])
        : `${zhName(e.b)} ${zhLine(e)}${sfx('zh')}`;
    return make('pos.description_only', e, lang, title, where, money, {
      quantity: rng.int(1, 3),
      insert: rng.pick(V.INSERT.admission[lang === 'en' ? 'en' : 'zh']),
      forceDesc: true,
      longP: 0.9,
    });
  };

  G['pos.circumvention'] = () => {
    const [t, category, usd, lang, brandId] = rng.pick(N.CIRCUMVENTION);
    const where = place(lang);
    const extra =
      lang === 'en'
        ? rng.pick(['', ' ✅', ' instant delivery', ' 2026', ' lifetime', ' updated', ' 🎮'])
        : rng.pick(['', ' 秒发', ' 2026', ' 包更新', ' 自动发货']);
    return make(
      'pos.circumvention',
      null,
      lang,
      `${t}${extra}`,
      where,
      pricedUsd(usd, where.market, where.shipFrom),
      {
        brandId,
        category,
        quantity: rng.int(1, 50),
      },
    );
  };

  const futureWorks = () =>
    ctx.brands.flatMap((b) =>
      (b.works ?? []).filter((w) => w.discReleaseDate > '2026-12-10').map((w) => ({ b, w })),
    );
  G['pos.prerelease_disc'] = () => {
    const { b, w } = rng.pick(futureWorks());
    const name = rng.pick([w.title, ...w.aliases]);
    const zh = HAN_RE.test(name) || (b.id === 'baihua' && rng.chance(0.5));
    const film = b.categories.includes('film-tv');
    const lang = zh ? 'zh' : 'en';
    const where = place(lang);
    let title;
    if (film)
      title = zh
        ? rng.pick([
            `《${name}》蓝光碟 BD50 高清`,
            `${name} DVD光盘 国语中字`,
            `《${name}》1080P 蓝光 收藏版`,
            `${name} 4K UHD 碟片 现货`,
          ])
        : rng.pick([
            `${name} (2027) Blu-ray region free`,
            `${name} DVD full movie HD`,
            `${name} 4K UHD disc`,
            `${name} Blu-ray + DVD combo, ships now`,
          ]);
    else
      title = zh
        ? rng.pick([`${name} CD 专辑 全新`, `${name} 黑胶唱片 LP`])
        : rng.pick([
            `${name} CD album, out now`,
            `${name} vinyl LP 180g`,
            `Saltbarrow ${name} CD full album`,
            `${name} - CD, ships today`,
          ]);
    return make(
      'pos.prerelease_disc',
      null,
      lang,
      `${title}${sfx(lang)}`,
      where,
      pricedUsd(rng.pick([4, 6, 8, 12, 15]), where.market, where.shipFrom),
      {
        brandId: b.id,
        work: w.title,
        category: film ? 'film-tv' : 'music',
        quantity: rng.int(1, 30),
      },
    );
  };

  const MIXED_EN = [
    'super copy',
    'high copy',
    'mirror quality',
    'AAA grade replica',
    'same as original',
    'top replica',
    'copy version',
    'one to one copy',
    'best fake',
  ];
  G['pos.mixed_language'] = () => {
    const e = anyLine();
    const where = place('zh');
    const cueZh = rng.pick(V.MARKER_ZH);
    const cueEn = rng.pick(MIXED_EN);
    const title = rng.pick([
      `${zhName(e.b)} ${zhLine(e)} ${cueZh} ${cueEn}`,
      `${cueEn} ${e.b.name} ${zhLine(e)}${sfx('zh')}`,
      `${cueZh} ${named(e, lineLabel(e))} ${cueEn} 包邮`,
    ]);
    return make(
      'pos.mixed_language',
      e,
      'any',
      title,
      where,
      priced(e, 0.08, 0.4, where.market, where.shipFrom),
      {
        quantity: rng.int(1, 10),
      },
    );
  };

  // ---------------- legit ----------------
  const brandTitle = (e, lang, extra = '', used = false) =>
    lang === 'en'
      ? rng.pick([
          `${named(e, e.l.name)}${extra}`,
          `${named(e, lineLabel(e))}${extra}${used ? sfxUsed('en') : sfx('en')}`,
          ctx.containsOfficial(e.b, e.l.name) ? `${e.l.name}${extra}` : `${e.l.name} by ${e.b.name}${extra}`,
        ])
      : rng.pick([
          `${zhName(e.b)} ${zhLine(e)}${extra}${used ? sfxUsed('zh') : sfx('zh')}`,
          `${e.b.name} ${zhLine(e)}${extra}`,
        ]);

  G['neg.plain'] = () => {
    const e = anyLine();
    const lang = rng.chance(0.65) ? 'zh' : 'en';
    const where = place(lang, { legit: true });
    return make(
      'neg.plain',
      e,
      lang,
      brandTitle(e, lang),
      where,
      priced(e, 0.82, 1.18, where.market, where.shipFrom),
      {
        quantity: rng.int(1, 20),
      },
    );
  };

  const listRow = (kind, list) => () => {
    const [t, category, usd, lang] = rng.pick(list);
    const where = place(lang, { legit: true });
    return make(kind, null, lang, `${t}${sfx(lang)}`, where, pricedUsd(usd, where.market, where.shipFrom), {
      category,
      quantity: rng.int(1, 30),
    });
  };
  G['neg.generic_marker'] = listRow('neg.generic_marker', N.GENERIC_MARKER);
  G['neg.cheap_unbranded'] = listRow('neg.cheap_unbranded', N.CHEAP_UNBRANDED);
  G['neg.model_codes'] = listRow('neg.model_codes', N.MODEL_CODES);
  G['neg.common_word_brand'] = listRow('neg.common_word_brand', N.COMMON_WORD);

  G['neg.nominative'] = () => {
    const [t, category, usd, lang, ref] = rng.pick(N.NOMINATIVE);
    const [bid, key] = ref.split('/');
    const e = ctx.lineOf(bid, key);
    const short = e.l.shortNames.find((s) => !ctx.containsOfficial(e.b, s)) ?? e.l.name;
    const title = t
      .replaceAll('{B} {L}', named(e, rng.chance(0.5) ? e.l.name : lineLabel(e)))
      .replaceAll('{B}', e.b.name)
      .replaceAll('{Z}', zhName(e.b))
      .replaceAll('{S}', short)
      .replaceAll('{M}', e.l.modelNumbers[0] ?? '');
    const where = place(lang, { legit: true });
    const spec = make(
      'neg.nominative',
      e,
      lang,
      `${title}${sfx(lang)}`,
      where,
      pricedUsd(usd, where.market, where.shipFrom),
      {
        category,
        quantity: rng.int(1, 40),
      },
    );
    spec.lineKey = null; // the listing is about an accessory, not the line itself
    return spec;
  };

  G['neg.authorized_seller'] = () => {
    const b = rng.pick(ctx.brands.filter((x) => x.lines.length));
    const s = rng.pick(b.sellers);
    const e = { b, l: rng.pick(b.lines) };
    e.retail = e.l.retail;
    const market = s.market;
    const shipFrom = ZH_MARKETS.includes(market) ? 'CN' : rng.pick(MARKET_SHIPS[market]);
    const lang = ZH_MARKETS.includes(market) ? 'zh' : 'en';
    const [tag, lo, hi] = rng.pick(
      lang === 'en'
        ? [
            [' - official store', 0.92, 1.05],
            [' clearance, end of line', 0.35, 0.7],
            [' demo unit, full warranty', 0.5, 0.8],
            [' outlet price', 0.6, 0.85],
            [' authorised dealer', 0.9, 1.05],
          ]
        : [
            [' 官方旗舰店', 0.92, 1.05],
            [' 清仓 断码', 0.35, 0.7],
            [' 样机 全国联保', 0.5, 0.8],
            [' 官方授权', 0.9, 1.05],
          ],
    );
    return make(
      'neg.authorized_seller',
      e,
      lang,
      brandTitle(e, lang, tag),
      { market, shipFrom },
      priced(e, lo, hi, market, shipFrom),
      {
        sellerId: s.id,
        quantity: rng.int(1, 40),
      },
    );
  };

  G['neg.second_hand'] = () => {
    const e = anyLine();
    const lang = rng.chance(0.6) ? 'zh' : 'en';
    const where = place(lang, { legit: true, used: true });
    const above = rng.chance(0.08);
    const word = rng.pick(V.USEDW[lang === 'en' ? 'en' : 'zh']);
    const extra = above ? (lang === 'en' ? ' - discontinued, hard to find' : ' 停产款 稀有') : '';
    const title =
      lang === 'en'
        ? `${word} ${brandTitle(e, 'en', '', true)}${extra}`
        : `${word} ${brandTitle(e, 'zh', '', true)}${extra}`;
    const money = above
      ? priced(e, 1.05, 1.45, where.market, where.shipFrom)
      : priced(e, 0.25, 0.85, where.market, where.shipFrom);
    return make('neg.second_hand', e, lang, title, where, money, {
      condition: rng.chance(0.85) ? 'used' : 'refurbished',
    });
  };

  const taggedRow = (kind, list, lo, hi) => () => {
    const e = anyLine();
    const lang = rng.chance(0.62) ? 'zh' : 'en';
    const where = place(lang, { legit: true });
    const tag = rng.pick(list[lang === 'en' ? 'en' : 'zh']);
    const title = rng.chance(0.5) ? `${tag} ${brandTitle(e, lang)}` : brandTitle(e, lang, ` ${tag}`);
    return make(kind, e, lang, title, where, priced(e, lo, hi, where.market, where.shipFrom), {
      quantity: rng.int(1, 10),
    });
  };
  G['neg.promotion'] = taggedRow('neg.promotion', V.PROMO, 0.55, 0.88);
  G['neg.gray_market'] = taggedRow('neg.gray_market', V.GRAY, 0.8, 1.03);
  G['neg.negated_marker'] = taggedRow('neg.negated_marker', V.NEGATED, 0.6, 1.05);

  G['neg.colour_words'] = () => {
    const e = anyLine(hasColours);
    const lang = rng.chance(0.85) ? 'en' : 'zh';
    const where = place(lang, { legit: true });
    const c = rng.pick(e.l.colours);
    const title =
      lang === 'en'
        ? rng.pick([
            `${named(e, lineLabel(e))} ${c}`,
            `${named(e, e.l.name)} in ${c}`,
            `${lineLabel(e)} ${enName(e.b)} - colour ${c}`,
          ])
        : `${zhName(e.b)} ${zhLine(e)} ${c}`;
    return make(
      'neg.colour_words',
      e,
      lang,
      title,
      where,
      priced(e, 0.85, 1.15, where.market, where.shipFrom),
      {
        quantity: rng.int(1, 6),
      },
    );
  };

  G['neg.licensed_repro'] = () => {
    if (rng.chance(0.55)) {
      const [t, category, usd, lang, brandId] = rng.pick(N.LICENSED);
      const where = place(lang, { legit: true });
      return make(
        'neg.licensed_repro',
        null,
        lang,
        `${t}${sfx(lang)}`,
        where,
        pricedUsd(usd, where.market, where.shipFrom),
        {
          brandId,
          category,
          quantity: rng.int(1, 12),
        },
      );
    }
    const { b, w } = rng.pick(futureWorks());
    const s = b.sellers[0];
    const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
    const zh = b.id === 'baihua' && rng.chance(0.7);
    const dateText = zh
      ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
      : rng.chance(0.5)
        ? w.discReleaseDate
        : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const film = b.categories.includes('film-tv');
    const fmt = film ? rng.pick(['Blu-ray', 'DVD', '4K UHD']) : rng.pick(['CD', 'vinyl LP']);
    const title = zh
      ? `预售《${w.title}》${rng.pick(['蓝光', 'DVD'])} ${dateText}发行 官方正版`
      : rng.pick([
          `Pre-order: ${w.title} ${fmt}, releases ${dateText}`,
          `${w.title} ${fmt} pre-order - ships on release day ${dateText}`,
          `PRE-ORDER ${w.title} (${fmt}) out ${dateText}, official`,
        ]);
    const shipFrom = ZH_MARKETS.includes(s.market) ? 'CN' : rng.pick(MARKET_SHIPS[s.market]);
    return make(
      'neg.licensed_repro',
      null,
      zh ? 'zh' : 'en',
      title,
      { market: s.market, shipFrom },
      pricedUsd(film ? 24 : 16, s.market, shipFrom),
      {
        brandId: b.id,
        work: w.title,
        category: film ? 'film-tv' : 'music',
        sellerId: s.id,
        quantity: rng.int(1, 200),
      },
    );
  };

  G['neg.used_console'] = () => {
    const [t, ref, lang] = rng.pick(N.USED_CONSOLE);
    const e = ref ? ctx.lineOf(...ref.split('/')) : null;
    const label = e ? rng.pick(e.l.shortNames.filter((s) => !HAN_RE.test(s))) : '';
    const where = place(lang, { legit: true, used: true });
    const money = e
      ? priced(e, 0.6, 1.6, where.market, where.shipFrom)
      : pricedUsd(rng.pick([90, 140, 180, 260]), where.market, where.shipFrom);
    return make('neg.used_console', e, lang, `${t.replace('{L}', label)}${sfxUsed(lang)}`, where, money, {
      category: 'game-consoles',
      condition: 'used',
    });
  };

  return G;
}
