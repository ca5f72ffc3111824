// Generators for the 30 kinds of test-v14. Each returns a listing spec (or null to retry).
// Vocabulary written fresh for this set; see README "How it was written".
import { FAMILY } from './boilerplate.js';
import { priceAt } from './lib.js';

// ---------------- vocabulary ----------------
const MARKER_EN = [
  '1:1 replica',
  'mirror replica',
  'AAA copy',
  'super copy',
  'high copy',
  'replica version',
  'unauthorised replica',
  'reps',
  'clone edition',
  'knockoff',
  'imitation',
  'first copy',
  'master copy',
  'A1 copy',
  'dupe 1:1',
  'replique 1:1',
  'replica AAA+',
  'imitazione perfetta',
  'Kopie 1:1',
  'Nachbau',
  'podrobka',
  'replika 1:1',
  'birebir kopya',
  'hang fake loai 1',
  'barang tiruan',
  'replica perfecta',
  'copia identica',
  'copia de primera',
  'replica premium',
  'fake (looks real)',
  'not genuine, replica',
  'counterfeit copy',
  'high-grade copy',
  'mirror copy',
  'copy item',
];
const MARKER_ZH = [
  '高仿',
  '一比一复刻',
  'A货',
  '精仿',
  '超A货',
  '仿品',
  '复刻版',
  '高仿货',
  '1:1复刻',
  '顶级复刻',
  '仿款',
  '仿大牌',
  '非正品',
  '高仿版本',
  '原版复刻',
  '顶级高仿',
  '一比一',
  '精仿版',
  '高端复刻',
  '复刻货',
  '莆田版',
  '仿牌',
  '高仿精品',
  '1比1高仿',
  '复刻款',
];
const CODED_EN = [
  'top batch',
  'OG batch',
  'M batch',
  'tier 0 version',
  'AAAAA grade',
  'UA quality',
  'W2C inside',
  'QC pics available',
  'in-hand QC',
  'passes LC',
  'legit-check approved',
  'nobody can tell',
  'counter quality',
  'retail-grade materials',
  'boutique grade',
  'highest version on market',
  'V5 final version',
  'god version',
  'auth-grade',
  'hang like auth',
  'kualitas ori',
  'ori premium',
  'KW super',
  'best version 2026',
  'same materials as retail',
  'identical to retail',
  'GL on QC guaranteed',
  'S-tier rep',
];
const CODED_ZH = [
  '顶级版本',
  '纯原',
  '原厂皮料',
  '专柜品质',
  '过验版',
  '正品开模',
  '细节对版',
  '市场最高版本',
  '放心对比',
  '可过验',
  '顶配版',
  '原单',
  '公司级',
  '天花板版本',
  '独家对版',
  '同厂同料',
  '区别在于价格',
  '懂货的来',
  '原版开模',
  '专柜验不出',
  '鉴定可过',
  '对比正品无差',
  '原厂同款料',
  '得物可过',
];
const OEM_EN = [
  'factory overrun',
  'OEM surplus, same factory',
  'leftover stock from the supplier',
  'cancelled export order',
  'same production line as the shop ones',
  'B-grade from the contract factory',
  'Putian workshop batch',
  'Dongguan OEM leftovers',
  'Jinjiang factory extra run',
  'Yiwu export surplus',
  'Guangzhou Baiyun workshop',
  'Tiruppur export surplus',
  'Sialkot factory extras',
  'Bursa atelye fazlasi',
  'export reject, unbranded then logo added',
  'night-shift run from the OEM',
  'contract factory leftovers',
  'ex-factory, no brand markup',
];
const OEM_ZH = [
  '工厂尾单',
  '外贸原单',
  '代工厂流出',
  '原厂余货',
  '出口转内销',
  '同一生产线',
  '代工厂私货',
  '原厂尾货',
  '品牌代工厂出',
  '厂里多做的',
  '同厂出品',
  '东莞代工',
  '晋江工厂货',
  '义乌外贸尾货',
  '代工厂夜班货',
  '外贸订单取消',
];
const DM_EN = [
  'DM for real pics',
  'WhatsApp for more photos',
  'Telegram for price list',
  'inbox for real pics',
  'real pics on Telegram',
  'add my Line for catalogue',
  'Viber for video',
  'Signal me for QC photos',
  'WA +852 for real photos',
  'msg on IG for more pics',
  'real photos via WhatsApp only',
  'contact on WeChat for details',
  'Snap me for live pics',
  'TG channel for catalogue',
  'pm po for actual pics',
];
const DM_ZH = [
  '加微信看实拍',
  '实拍图私聊',
  '加V看实物',
  '加威信看细节',
  '私信要实拍视频',
  '扣扣看图',
  '看实拍加薇',
  '实物图加QQ',
  '加我vx看视频',
  '更多图加微',
  '实拍视频加飞机',
  '卫星联系看实物',
];
const WEAK = {
  several: {
    en: (q) => [`have ${q}`, `${q} available`, `x${q} left`, `${q} units`],
    zh: (q) => [`还有${q}个`, `有${q}件`, `${q}个可出`],
  },
  nobox: { en: ['no box', 'without box', 'box not included'], zh: ['无盒', '不带盒子', '没有盒子'] },
  noreceipt: {
    en: ['no receipt', 'no invoice', 'no proof of purchase'],
    zh: ['无小票', '没发票', '无购买凭证'],
  },
  gift: {
    en: ['unwanted gift', 'got it as a present', 'gift, never used'],
    zh: ['别人送的用不上', '朋友送的闲置', '礼物不需要'],
  },
  today: { en: ['must go today', 'quick sale', 'moving, must sell'], zh: ['今天必须出', '急出', '搬家急售'] },
};
const OFF_COLOURS = {
  en: [
    'neon pink',
    'camo',
    'rainbow',
    'gold chrome',
    'glow-in-the-dark',
    'leopard print',
    'tie-dye',
    'holographic',
  ],
  zh: ['荧光粉', '迷彩', '彩虹色', '土豪金', '夜光', '豹纹'],
};
const QUALITY = {
  en: ['top quality', 'high quality', 'premium quality'],
  zh: ['质量很好', '品质保证', '做工好'],
};
const FACTORY = {
  en: ['factory direct', 'from the manufacturer', 'factory price'],
  zh: ['厂家直销', '工厂直发', '厂家直供'],
};
const BULK = {
  en: (q) => [`wholesale lot ${q}`, `bulk ${q} units`, `${q} pcs lot`],
  zh: (q) => [`批发${q}件`, `${q}个起批`, `一手货源${q}件`],
};
const ADMIT_EN = [
  'To be clear, this is a copy and not made by the brand.',
  'It is a high-end replica, identical to the real one at a glance.',
  'Not original; it is a reproduction with the logo.',
  'Sold as a replica, so please do not expect authenticity papers.',
  'These come from a workshop that copies the design, they are not authorised.',
  'Honest note: it is an imitation of the original, priced accordingly.',
  'This is the mirror version, only an expert would see the difference.',
  'Before buying, know that it is a fake of very good level, not the genuine item.',
];
const ADMIT_ZH = [
  '说明一下：这是高仿，不是正品。',
  '本款为复刻版，介意慎拍。',
  '非专柜正品，一比一做工。',
  '实话说是仿的，但细节都对。',
  '这个是精仿版本，懂的朋友直接拍。',
  '不是原装正品，是同款仿制，价格也对应。',
];
const PROMO = {
  en: [
    'Black Friday',
    'Cyber Monday',
    'Boxing Day sale',
    'end of season sale',
    'Click Frenzy',
    'Singles Day deal',
    'winter sale',
    'members week',
    '12.12 sale',
    'Black Week',
    'spring clearance',
  ],
  zh: [
    '双12',
    '年终大促',
    '满减',
    '会员日',
    '百亿补贴',
    '国家补贴',
    '以旧换新',
    '店庆',
    '限时折扣',
    '跨店满减',
  ],
};
const GRAY = {
  en: [
    'EU version',
    'Japan domestic version',
    'imported from Thailand',
    'HK stock',
    'AU stock, parallel import',
    'grey import',
    'Korean market version',
    'duty-free purchase',
  ],
  zh: ['港版', '日版', '欧版', '海外直邮', '澳洲代购', '免税店购入', '平行进口', '泰国代购'],
};
const NEGATED = {
  en: [
    'not a replica',
    'genuine, not a copy',
    '100% authentic, not fake',
    'no es replica',
    'nie podrobka',
    'den einai antigrafo',
    'non e una copia',
    'kein Fake',
    'bukan KW',
    'not a dupe',
  ],
  zh: ['正品非仿', '假一赔十', '不是高仿', '非复刻', '保证正品', '拒绝仿品', '正品可验'],
};
const USED_EN = [
  'used',
  'pre-owned',
  'second hand',
  'lightly used',
  'used twice',
  'gently worn',
  'opened, used once',
];
const USED_ZH = ['二手', '闲置', '九成新', '自用闲置', '八成新', '用过几次'];

const VARY_EN = [
  '',
  '',
  ' - new',
  ' (new)',
  ', 2 pack',
  ', 3 pack',
  ' | fast shipping',
  ' - ships from stock',
  ', free postage',
  ' x2',
  ' – local pickup ok',
  ', bundle of 5',
  ' (assorted)',
  ', large',
  ', small',
  ' - as pictured',
  ', spare',
  ' for workshop',
  ' for home use',
];
const VARY_ZH = [
  '',
  '',
  ' 新品',
  ' 两个装',
  ' 三件套',
  ' 包邮',
  ' 现货',
  ' 大号',
  ' 小号',
  ' 如图',
  ' 家用',
  ' 实拍',
  ' 批发价',
  ' 可自提',
];
const vary = (rng, lang, t) => `${t}${rng.pick(lang === 'zh' ? VARY_ZH : VARY_EN)}`;

// ---------------- generators ----------------
export function makeGenerators(ctx, rng) {
  const { lines, place, mfgOf, containsOfficial } = ctx;
  const pick = rng.pick;
  const chance = rng.chance;
  const R = (e, lo, hi, cur) => priceAt(e.retail, rng.float(lo, hi), cur, rng, lo, hi);
  const anyLine = (f = () => true) => pick(lines.filter(f));
  const zhAlias = (b) => (b.aliases ?? []).find((a) => /[\u4e00-\u9fff]/.test(a));
  const brandWord = (e, lang) => (lang === 'zh' && zhAlias(e.b) && chance(0.55) ? zhAlias(e.b) : e.b.name);
  const lineWord = (e) => pick([e.l.name, ...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? [])]);
  const colour = (e) => ((e.l.colours ?? []).length ? pick(e.l.colours) : '');
  const noun = (e, lang) => (lang === 'zh' ? e.l.zhNoun : e.l.noun);
  // Chinese sellers often write Han words without spaces; Latin words keep a space on both sides
  const HANC = /[\u4e00-\u9fff]/;
  const join = (parts, lang) => {
    const xs = parts.filter(Boolean);
    const tight = lang === 'zh' && chance(0.4);
    let out = xs[0] ?? '';
    for (const x of xs.slice(1)) {
      const both = HANC.test(out.slice(-1)) && HANC.test(x[0]);
      out += tight && both ? '' : ' ';
      out += x;
    }
    return out.replace(/\s+/g, ' ').trim();
  };
  const brandLine = (e, lang) => {
    const lw = lineWord(e);
    return lw.toLowerCase().includes(e.b.name.toLowerCase()) ? [lw] : [brandWord(e, lang), lw];
  };
  const shuffleMid = (head, rest) => [head, ...rng.shuffle(rest.slice())];
  const base = (kind, e, lang, where, extra = {}) => {
    if (!where) return null;
    return {
      kind,
      label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
      brandId: e?.b.id ?? null,
      lineKey: e?.l.key ?? null,
      work: null,
      category: e?.l.category ?? null,
      market: where.market,
      shipFrom: where.shipFrom,
      currency: where.currency,
      quantity: 1,
      condition: 'new',
      sellerId: null,
      lang,
      family: e ? FAMILY[e.l.category] : null,
      meta: { hand: false, cues: [] },
      ...extra,
    };
  };
  const brandTitle = (e, lang, cue, { brand = true, col = chance(0.4) } = {}) => {
    const lw = lineWord(e);
    const parts = [
      brand && !lw.toLowerCase().includes(e.b.name.toLowerCase()) ? brandWord(e, lang) : null,
      lw,
      noun(e, lang),
      col ? colour(e) : null,
    ];
    const c = Array.isArray(cue) ? cue : [cue];
    return chance(0.5) ? join([...parts, ...c], lang) : join([...c, ...parts], lang);
  };
  const posSimple = (kind, enPool, zhPool, zhP, insertEn, insertZh) => () => {
    const lang = chance(zhP) ? 'zh' : 'en';
    const e = anyLine();
    const where = place(lang);
    const s = base(kind, e, lang, where);
    if (!s) return null;
    s.price = R(e, 0.12, 0.45, s.currency);
    s.quantity = chance(0.3) ? rng.int(2, 30) : 1;
    s.title = brandTitle(e, lang, pick(lang === 'zh' ? zhPool : enPool));
    s.insert = lang === 'zh' ? pick(insertZh) : pick(insertEn);
    return s;
  };
  const disguisedName = (e, how) => {
    const b = e.b;
    if (how === 'miss') return pick(b.miss);
    if (how === 'abbr') return pick(b.abbr);
    if (how === 'homo') return homoglyph(b.name, rng);
    return pick(b.nickZh);
  };
  const disguise = (kind, how, zhP, priceMax) => () => {
    const lang = how === 'nick' ? 'zh' : chance(zhP) ? 'zh' : 'en';
    const e = anyLine();
    const where = place(lang);
    const s = base(kind, e, lang, where);
    if (!s) return null;
    const name = disguisedName(e, how);
    const mode = rng.weighted([
      ['price', 6],
      ['bulk', 2],
      ['stated', 2],
    ]);
    const far = how === 'nick' ? chance(0.82) : mode === 'price';
    s.price = far ? R(e, 0.06, priceMax, s.currency) : R(e, 0.35, 0.7, s.currency);
    let cue = null;
    if (how !== 'nick') {
      if (mode === 'bulk' || (!far && mode !== 'stated')) {
        s.quantity = rng.int(10, 120);
        cue =
          lang === 'zh'
            ? `现货${s.quantity}件`
            : pick([`${s.quantity} in stock`, `lot of ${s.quantity}`, `qty ${s.quantity}`]);
      } else if (mode === 'stated') {
        s.meta.statedCue = true;
        cue = lang === 'zh' ? pick([...MARKER_ZH, ...OEM_ZH]) : pick([...MARKER_EN, ...CODED_EN]);
      }
    } else if (chance(0.5)) cue = pick([...MARKER_ZH, ...CODED_ZH, ...OEM_ZH]);
    const parts = [
      name,
      chance(0.7) ? lineWord(e) : null,
      noun(e, lang),
      chance(0.3) ? colour(e) : null,
      cue,
    ];
    s.title = join(chance(0.3) ? [parts[2], parts[0], parts[1], parts[3], parts[4]] : parts, lang);
    if (containsOfficial(e.b, s.title)) return null;
    return s;
  };

  const G = {};
  G['pos.marker_en'] = posSimple('pos.marker_en', MARKER_EN, MARKER_EN, 0, ADMIT_EN, ADMIT_EN);
  G['pos.marker_zh'] = posSimple('pos.marker_zh', MARKER_ZH, MARKER_ZH, 1, ADMIT_ZH, ADMIT_ZH);
  G['pos.coded_language'] = posSimple(
    'pos.coded_language',
    CODED_EN,
    CODED_ZH,
    0.5,
    CODED_EN.map((c) => `Version: ${c}.`),
    CODED_ZH.map((c) => `版本：${c}。`),
  );
  G['pos.oem_leak'] = posSimple(
    'pos.oem_leak',
    OEM_EN,
    OEM_ZH,
    0.52,
    OEM_EN.map((c) => `Source: ${c}.`),
    OEM_ZH.map((c) => `货源：${c}。`),
  );
  G['pos.dm_real_pics'] = posSimple(
    'pos.dm_real_pics',
    DM_EN,
    DM_ZH,
    0.45,
    DM_EN.map((c) => `${c}.`),
    DM_ZH.map((c) => `${c}。`),
  );
  G['pos.brand_nickname_zh'] = disguise('pos.brand_nickname_zh', 'nick', 1, 0.3);
  G['pos.brand_abbrev_emoji'] = disguise('pos.brand_abbrev_emoji', 'abbr', 0.18, 0.18);
  G['pos.brand_misspelled'] = disguise('pos.brand_misspelled', 'miss', 0.1, 0.28);
  G['pos.brand_homoglyph'] = disguise('pos.brand_homoglyph', 'homo', 0.06, 0.28);

  G['pos.extreme_price'] = () => {
    const lang = chance(0.14) ? 'zh' : 'en';
    const e = anyLine((x) => mfgOf(x).length > 0);
    const cue = pick(['bulk', 'ship', 'colour', 'quality', 'factory']);
    const mfg = mfgOf(e);
    const where = cue === 'ship' ? place(lang, { avoid: mfg }) : place(lang, { ships: mfg });
    const s = base('pos.extreme_price', e, lang, where);
    if (!s) return null;
    s.price = R(e, 0.035, 0.095, s.currency);
    s.meta.extremeCue = cue;
    let extra = null;
    let col = chance(0.3);
    if (cue === 'bulk') {
      s.quantity = rng.int(20, 400);
      extra = pick((lang === 'zh' ? BULK.zh : BULK.en)(s.quantity));
    } else if (cue === 'colour') {
      const c = pick(OFF_COLOURS[lang]);
      if ((e.l.colours ?? []).some((x) => x.toLowerCase() === c)) return null;
      s.meta.offColour = c;
      extra = c;
      col = false;
    } else if (cue === 'quality') extra = pick(QUALITY[lang]);
    else if (cue === 'factory') extra = pick(FACTORY[lang]);
    s.title = brandTitle(e, lang, extra ? [extra] : [], { col });
    s.insert = null;
    s.noLongCue = true;
    return s;
  };

  G['pos.weak_cues'] = () => {
    const lang = chance(0.18) ? 'zh' : 'en';
    const e = anyLine((x) => mfgOf(x).length > 0);
    const names = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'today', 'ship'], rng.int(2, 3));
    const mfg = mfgOf(e);
    const where = names.includes('ship') ? place(lang, { avoid: mfg }) : place(lang, { ships: mfg });
    const s = base('pos.weak_cues', e, lang, where);
    if (!s) return null;
    s.price = R(e, 0.32, 0.58, s.currency);
    s.meta.weakCues = names;
    const phrases = [];
    for (const n of names) {
      if (n === 'ship') continue;
      if (n === 'several') {
        s.quantity = rng.int(3, 9);
        phrases.push(pick(WEAK.several[lang](s.quantity)));
      } else phrases.push(pick(WEAK[n][lang]));
    }
    s.title = brandTitle(e, lang, phrases.join(lang === 'zh' ? '，' : ', '));
    s.insert = null;
    return s;
  };

  G['pos.product_line_seller_style'] = () => {
    const lang = chance(0.4) ? 'zh' : 'en';
    const e = anyLine();
    const terms = [e.l.name, ...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? [])].filter(
      (t) => !containsOfficial(e.b, t) && /[A-Za-z]/.test(t),
    );
    if (!terms.length) return null;
    const where = place(lang);
    const s = base('pos.product_line_seller_style', e, lang, where);
    if (!s) return null;
    s.price = R(e, 0.1, 0.4, s.currency);
    const cue = pick(
      lang === 'zh' ? [...MARKER_ZH, ...CODED_ZH, ...OEM_ZH] : [...MARKER_EN, ...CODED_EN, ...OEM_EN],
    );
    const parts = [pick(terms), chance(0.6) ? noun(e, lang) : null, chance(0.5) ? colour(e) : null];
    s.title = join(chance(0.5) ? [...parts, cue] : [cue, ...parts], lang);
    if (containsOfficial(e.b, s.title)) return null;
    return s;
  };

  G['pos.description_only'] = () => {
    const lang = chance(0.36) ? 'zh' : 'en';
    const e = anyLine();
    const where = place(lang);
    const s = base('pos.description_only', e, lang, where);
    if (!s) return null;
    s.price = chance(0.7) ? R(e, 0.74, 0.99, s.currency) : R(e, 0.52, 0.7, s.currency);
    s.title = join([...brandLine(e, lang), noun(e, lang), chance(0.5) ? colour(e) : null], lang);
    s.insert = pick(lang === 'zh' ? ADMIT_ZH : ADMIT_EN);
    s.forceDesc = true;
    s.longP = 0.8;
    return s;
  };

  const GAMES = [
    ['larian', 'dos2'],
    ['larian', 'dos1'],
    ['elevenbit', 'frostpunk2'],
    ['elevenbit', 'twom'],
  ];
  const CIRC_EN = [
    (g) => `${g} mod menu + trainer, unlimited resources`,
    (g) => `${g} PC cracked version, no account needed`,
    (g) => `${g} save editor + keygen`,
    (g) => `${g} offline activation bypass`,
    (g) => `${g} key generator works 2026`,
    (g) => `${g} all DLC unlocker`,
    (g) => `${g} pre-activated portable, no install`,
    (g) => `${g} speed hack + god mode`,
  ];
  const CIRC_ZH = [
    (g) => `${g} 破解版 免激活 直接玩`,
    (g) => `${g} 修改器 无限资源`,
    (g) => `${g} 离线激活 绕过验证`,
    (g) => `${g} 全内容解锁补丁`,
    (g) => `${g} 免安装绿色版 送修改器`,
    (g) => `${g} 注册机`,
  ];
  const CONSOLE_EN = [
    (c) => `${c} with 128-in-1 multicart, all games loaded`,
    (c) => `${c} + SD loader with 2000 ROMs preinstalled`,
    (c) => `${c} ROM pack, every tape ever released on one card`,
    (c) => `${c} copied cartridges set of 20`,
  ];
  const CONSOLE_ZH = [
    (c) => `${c} 内置2000款游戏 插卡即玩`,
    (c) => `${c} 烧录卡 全游戏合集`,
    (c) => `${c} 游戏卡带 盗版合集`,
  ];
  G['pos.circumvention'] = () => {
    const lang = chance(0.3) ? 'zh' : 'en';
    const consoleRow = chance(0.35);
    const [bid, key] = consoleRow
      ? pick([
          ['amstrad', 'gx4000'],
          ['amstrad', 'cpc464'],
          ['sinclair', 'spectrum48'],
          ['sinclair', 'spectrum128'],
        ])
      : pick(GAMES);
    const e = ctx.lineOf(bid, key);
    const where = place(lang);
    const s = base('pos.circumvention', e, lang, where);
    if (!s) return null;
    const g = lineWord(e);
    s.title = consoleRow
      ? pick(lang === 'zh' ? CONSOLE_ZH : CONSOLE_EN)(g)
      : pick(lang === 'zh' ? CIRC_ZH : CIRC_EN)(g);
    s.category = consoleRow ? 'game-consoles' : pick(['video-games', 'software']);
    s.price = priceAt(rng.float(2, consoleRow ? 90 : 12), 1, s.currency, rng);
    s.quantity = chance(0.4) ? rng.int(5, 99) : 1;
    return s;
  };

  const workRefs = () => {
    const out = [];
    for (const b of ctx.brandById ? Object.values(ctx.brandById) : [])
      for (const w of b.works ?? []) out.push({ b, w });
    return out;
  };
  const WORKS = workRefs();
  const FUTURE = WORKS.filter((x) => x.w.discReleaseDate > '2026-12-21');
  const PAST = WORKS.filter((x) => x.w.discReleaseDate <= '2026-12-21');
  const DISC = {
    'film-tv': {
      en: ['Blu-ray 1080p full movie', 'DVD disc region free', 'BD50 disc', '4K UHD disc', 'DVD boxed'],
      zh: ['蓝光碟 1080P', 'DVD光盘 高清', 'BD50 蓝光', '4K 蓝光碟', '碟片 国语中字'],
    },
    music: {
      en: ['CD full album', 'vinyl LP', 'CD + bonus tracks', 'cassette edition', 'CD digipak'],
      zh: ['CD专辑 全曲', '黑胶唱片', 'CD 附赠曲目', '磁带版', 'CD 光盘'],
    },
  };
  G['pos.prerelease_disc'] = () => {
    const { b, w } = pick(FUTURE);
    const cat = b.categories[0];
    const han = /[\u4e00-\u9fff]/.test(w.title);
    const lang = han ? (chance(0.85) ? 'zh' : 'en') : chance(0.2) ? 'zh' : 'en';
    const where = place(lang);
    if (!where) return null;
    const t = lang === 'en' ? (han ? w.aliases[0] : pick([w.title, ...(w.aliases ?? [])])) : w.title;
    const s = {
      ...base('pos.prerelease_disc', null, lang, where),
      brandId: b.id,
      work: w.title,
      category: cat,
      family: 'media',
    };
    s.title = chance(0.5) ? `${t} ${pick(DISC[cat][lang])}` : `${pick(DISC[cat][lang])} ${t}`;
    s.price = priceAt(rng.float(4, 25), 1, s.currency, rng);
    s.quantity = chance(0.3) ? rng.int(5, 50) : 1;
    return s;
  };

  const MIXED_EN = [
    'replica',
    'mirror copy',
    'top batch',
    'AAA copy',
    'first copy',
    'clone version',
    'factory overrun',
    'DM for pics',
    'super copy',
    'best batch',
  ];
  const MIXED_ZH = ['高仿', '复刻', '精仿', '一比一', '原单', '尾单', '纯原', 'A货'];
  G['pos.mixed_language'] = () => {
    const e = anyLine();
    const where = place(chance(0.6) ? 'zh' : 'en');
    const s = base('pos.mixed_language', e, 'mixed', where);
    if (!s) return null;
    s.price = R(e, 0.1, 0.45, s.currency);
    const fill = pick([
      'hot sale',
      'ready stock',
      'free shipping',
      'best price',
      'new arrival',
      'limited stock',
      'cheap price',
    ]);
    const [bw, lw2] = brandLine(e, 'en');
    const parts = [
      lw2 ? `${bw} ${lw2}` : bw,
      e.l.zhNoun,
      pick(MIXED_ZH),
      pick(MIXED_EN),
      chance(0.5) ? e.l.noun : fill,
    ];
    s.title = join(shuffleMid(parts[0], parts.slice(1)), 'en');
    s.lang = 'any';
    s.insert = chance(0.5) ? pick(ADMIT_ZH) : null;
    s.descLang = 'zh';
    return s;
  };

  // ---------------- negatives ----------------
  const negBrand =
    (kind, zhP, lo, hi, { cond = 'new', words = null, insertEn = null, insertZh = null } = {}) =>
    () => {
      const lang = chance(zhP) ? 'zh' : 'en';
      const e = anyLine();
      const where = place(lang);
      const s = base(kind, e, lang, where);
      if (!s) return null;
      s.price = R(e, lo, hi, s.currency);
      s.condition = typeof cond === 'function' ? cond() : cond;
      const w = words ? pick(words[lang]) : null;
      s.title = brandTitle(e, lang, w ? [w] : []);
      if (insertEn && chance(0.6)) s.insert = lang === 'zh' ? pick(insertZh) : pick(insertEn);
      return s;
    };
  const PLAIN_WORDS = {
    en: [
      'new',
      'brand new',
      'sealed',
      'in stock',
      'free shipping',
      'fast dispatch',
      'latest model',
      'size guide in photos',
      '',
    ],
    zh: ['新品', '全新', '现货', '包邮', '顺丰包邮', '当天发', '专柜同价', '官方正品', ''],
  };
  G['neg.plain'] = negBrand('neg.plain', 0.78, 0.82, 1.18, { words: PLAIN_WORDS });
  G['neg.promotion'] = negBrand('neg.promotion', 0.7, 0.56, 0.88, { words: PROMO });
  G['neg.gray_market'] = negBrand('neg.gray_market', 0.6, 0.8, 1.03, { words: GRAY });
  G['neg.negated_marker'] = negBrand('neg.negated_marker', 0.7, 0.62, 1.05, {
    words: NEGATED,
    insertEn: [
      'Bought from the brand shop; this is not a copy and I can show the order.',
      'Genuine item, happy for you to verify it anywhere.',
    ],
    insertZh: ['专柜购入，不是仿品，可以提供订单截图。', '正品，支持任何渠道验货。'],
  });
  G['neg.colour_words'] = () => {
    const lang = chance(0.14) ? 'zh' : 'en';
    const e = anyLine(
      (x) => (x.l.colours ?? []).some((c) => c.includes(' ') || c.includes('-')) || chance(0.15),
    );
    const s = base('neg.colour_words', e, lang, place(lang));
    if (!s) return null;
    s.price = R(e, 0.85, 1.12, s.currency);
    const c = pick(e.l.colours?.length ? e.l.colours : ['black']);
    s.title = join(
      [
        ...brandLine(e, lang),
        c,
        noun(e, lang),
        pick(['', 'colour as pictured', 'new colourway', 'full size']),
      ],
      lang,
    );
    return s;
  };
  G['neg.second_hand'] = () => {
    const lang = chance(0.5) ? 'zh' : 'en';
    const e = anyLine();
    const s = base('neg.second_hand', e, lang, place(lang));
    if (!s) return null;
    const vintage =
      ['amstrad', 'sinclair', 'pelikan', 'abu-garcia', 'delvaux', 'waterford', 'juki'].includes(e.b.id) &&
      chance(0.6);
    s.price = vintage ? R(e, 1.05, 1.8, s.currency) : R(e, 0.25, 0.75, s.currency);
    s.condition = chance(0.85) ? 'used' : 'refurbished';
    const w =
      s.condition === 'used'
        ? pick(lang === 'zh' ? USED_ZH : USED_EN)
        : lang === 'zh'
          ? '翻新'
          : 'refurbished';
    s.title = brandTitle(e, lang, [
      w,
      vintage
        ? lang === 'zh'
          ? '早期版本'
          : pick(['1980s', 'early production', 'collector condition'])
        : null,
    ]);
    return s;
  };
  G['neg.authorized_seller'] = () => {
    const e = anyLine();
    const sel = pick(e.b.sellers);
    const lang = ['tmall', 'jd'].includes(sel.market) ? 'zh' : chance(0.05) ? 'zh' : 'en';
    const s = base('neg.authorized_seller', e, lang, place(lang, { market: sel.market }));
    if (!s) return null;
    s.sellerId = sel.id;
    const mode = pick(['full', 'full', 'clear', 'bstock', 'refurb']);
    s.price = mode === 'full' ? R(e, 0.9, 1.08, s.currency) : R(e, 0.35, 0.8, s.currency);
    if (mode === 'refurb') s.condition = 'refurbished';
    const w = {
      full:
        lang === 'zh'
          ? '官方旗舰店'
          : pick(['official store', 'authorised retailer', 'direct from the brand']),
      clear:
        lang === 'zh'
          ? '官方清仓'
          : pick(['official clearance', 'end of line, official store', 'warehouse clearance (official)']),
      bstock:
        lang === 'zh'
          ? '官方瑕疵品 外观小划痕'
          : pick(['B-stock, cosmetic marks', 'display model, official outlet']),
      refurb:
        lang === 'zh' ? '官方翻新' : pick(['official refurbished', 'certified refurbished by the brand']),
    }[mode];
    s.title = brandTitle(e, lang, [w]);
    return s;
  };
  G['neg.nominative'] = () => {
    const lang = chance(0.3) ? 'zh' : 'en';
    const e = anyLine();
    const s = base('neg.nominative', e, lang, place(lang));
    if (!s) return null;
    const fam = NOMI_FAMILY[FAMILY[e.l.category]] ?? [];
    const acc = lang === 'zh' ? pick(NOMI_ZH) : pick([...NOMI_EN, ...fam, ...fam]);
    const lw = lineWord(e);
    const target = lw.toLowerCase().includes(e.b.name.toLowerCase()) ? lw : `${e.b.name} ${lw}`;
    s.title = acc(target);
    s.price = priceAt(Math.min(e.retail * rng.float(0.05, 0.3), 60), 1, s.currency, rng);
    s.lineKey = null;
    s.quantity = chance(0.3) ? rng.int(5, 200) : 1;
    s.meta.accessory = true;
    return s;
  };
  G['neg.common_word_brand'] = () => {
    const [bid, lang, title, cat] = pick(COMMON);
    const where = place(lang);
    const s = base('neg.common_word_brand', null, lang, where);
    if (!s) return null;
    Object.assign(s, { brandId: bid, category: cat, family: FAMILY[cat] ?? 'kids' });
    s.title = vary(rng, lang, title(rng));
    s.price = priceAt(rng.float(5, 45), 1, s.currency, rng);
    return s;
  };
  G['neg.generic_marker'] = () => {
    const [lang, title, cat, usd] = pick(GENERIC);
    const s = base('neg.generic_marker', null, lang, place(lang));
    if (!s) return null;
    Object.assign(s, { category: cat, family: FAMILY[cat] ?? 'tools' });
    s.title = vary(rng, lang, title(rng));
    s.price = priceAt(usd * rng.float(0.8, 1.3), 1, s.currency, rng);
    s.quantity = chance(0.5) ? rng.int(2, 300) : 1;
    return s;
  };
  G['neg.model_codes'] = () => {
    const [lang, title, cat, usd] = pick(CODES);
    const s = base('neg.model_codes', null, lang, place(lang));
    if (!s) return null;
    Object.assign(s, { category: cat, family: FAMILY[cat] ?? 'tools' });
    s.title = vary(rng, lang, title(rng));
    s.price = priceAt(usd * rng.float(0.7, 1.4), 1, s.currency, rng);
    s.quantity = chance(0.6) ? rng.int(2, 500) : 1;
    return s;
  };
  G['neg.cheap_unbranded'] = () => {
    const [lang, title, cat, usd] = pick(CHEAP);
    const s = base('neg.cheap_unbranded', null, lang, place(lang));
    if (!s) return null;
    Object.assign(s, { category: cat, family: FAMILY[cat] ?? 'tools' });
    s.title = vary(rng, lang, title(rng));
    s.price = priceAt(usd * rng.float(0.6, 1.3), 1, s.currency, rng);
    s.quantity = chance(0.5) ? rng.int(2, 80) : 1;
    return s;
  };
  G['neg.used_console'] = () => {
    const lang = chance(0.2) ? 'zh' : 'en';
    const branded = chance(0.6);
    let e = null;
    let name;
    if (branded) {
      e = ctx.lineOf(
        ...pick([
          ['amstrad', 'gx4000'],
          ['amstrad', 'cpc464'],
          ['sinclair', 'spectrum48'],
          ['sinclair', 'spectrum128'],
        ]),
      );
      name = `${e.b.name} ${lineWord(e)}`;
    } else
      name = pick([
        'Vectrex',
        'Intellivision II',
        'ColecoVision',
        'Magnavox Odyssey 2',
        'Dragon 32',
        'Oric Atmos',
        'Acorn Electron',
        'BBC Micro Model B',
      ]);
    const s = base(
      'neg.used_console',
      e,
      lang,
      place(lang, { ships: lang === 'zh' ? null : ['GB', 'US', 'DE', 'FR', 'NL', 'AU', 'CA', 'ES', 'IT'] }),
    );
    if (!s) return null;
    s.category = 'game-consoles';
    s.family = 'game';
    s.condition = 'used';
    const note =
      lang === 'zh'
        ? pick(['原装未改', '无改装 正常开机', '原版主机 没有拆过', '原机 带原装电源'])
        : pick([
            'original, unmodified',
            'untouched, no mods',
            'stock board, never opened',
            'unmodded, with original PSU',
            'tested, original ROM',
          ]);
    s.title = join(
      [name, lang === 'zh' ? pick(USED_ZH) : pick(['used', 'working', 'boxed', 'loose']), note],
      lang,
    );
    s.price = e ? R(e, 0.4, 1.2, s.currency) : priceAt(rng.float(60, 250), 1, s.currency, rng);
    return s;
  };
  G['neg.licensed_repro'] = () => {
    const r = rng.next();
    if (r < 0.35) {
      const { b, w } = pick(PAST);
      const cat = b.categories[0];
      const han = /[\u4e00-\u9fff]/.test(w.title);
      const lang = han ? 'zh' : 'en';
      const s = {
        ...base('neg.licensed_repro', null, lang, place(lang)),
        brandId: b.id,
        work: w.title,
        category: cat,
        family: 'media',
      };
      if (!s.market) return null;
      s.title = `${w.title} ${pick(DISC[cat][lang])} ${lang === 'zh' ? pick(['正版', '官方发行', '再版']) : pick(['official release', 'repress', 'second pressing', 'standard edition'])}`;
      s.price = priceAt(rng.float(12, 35), 1, s.currency, rng);
      return s;
    }
    if (r < 0.55) {
      const { b, w } = pick(FUTURE);
      const sel = b.sellers[0];
      const cat = b.categories[0];
      const han = /[\u4e00-\u9fff]/.test(w.title);
      const lang = han ? 'zh' : 'en';
      const s = {
        ...base('neg.licensed_repro', null, lang, place(lang, { market: sel.market })),
        brandId: b.id,
        work: w.title,
        category: cat,
        family: 'media',
      };
      if (!s.market) return null;
      s.sellerId = sel.id;
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const dateStr =
        lang === 'zh'
          ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
          : pick([
              w.discReleaseDate,
              d.toLocaleDateString('en-GB', {
                day: 'numeric',
                month: 'long',
                year: 'numeric',
                timeZone: 'UTC',
              }),
            ]);
      s.title =
        lang === 'zh'
          ? `预售 ${w.title} ${pick(DISC[cat].zh)} ${dateStr}发行`
          : `Pre-order ${w.title} ${pick(DISC[cat].en)}, ships ${dateStr}`;
      s.price = priceAt(rng.float(15, 30), 1, s.currency, rng);
      return s;
    }
    const [lang, title, cat, usd, bid] = pick(LICENSED);
    const s = base('neg.licensed_repro', null, lang, place(lang));
    if (!s) return null;
    Object.assign(s, { brandId: bid, category: cat, family: FAMILY[cat] ?? 'kids' });
    s.title = vary(rng, lang, title(rng));
    s.price = priceAt(usd * rng.float(0.85, 1.15), 1, s.currency, rng);
    return s;
  };
  return G;
}

// ---------------- look-alike letters ----------------
const LOOK = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  o: '\u043e',
  i: '\u0456',
  p: '\u0440',
  x: '\u0445',
  y: '\u0443',
  A: '\u0391',
  B: '\u0392',
  E: '\u0395',
  H: '\u041d',
  I: '\u0406',
  K: '\u039a',
  M: '\u041c',
  O: '\u039f',
  P: '\u0420',
  T: '\u0422',
  X: '\u03a7',
  C: '\u0421',
  S: '\u0405',
};
export function homoglyph(name, rng) {
  const chars = [...name];
  const idx = chars.map((c, i) => (LOOK[c] ? i : -1)).filter((i) => i >= 0);
  if (!idx.length || rng.chance(0.2)) {
    const at = rng.int(1, Math.max(1, chars.length - 1));
    chars.splice(at, 0, rng.pick(['\u200b', '\u2060', '\u200c']));
    return chars.join('');
  }
  for (const i of rng.pickN(idx, rng.int(1, Math.min(2, idx.length)))) chars[i] = LOOK[chars[i]];
  return chars.join('');
}

// ---------------- negative data ----------------
const NOMI_FAMILY = {
  beauty: [
    (t) => `Travel pouch for ${t}, third-party`,
    (t) => `Refillable decant bottle, fits ${t} caps (not the brand)`,
  ],
  kids: [
    (t) => `Rain cover for ${t}, third-party accessory`,
    (t) => `Cup holder that fits ${t}, aftermarket`,
  ],
  bag: [
    (t) => `Bag organiser insert for ${t}, independent maker`,
    (t) => `Replacement strap compatible with ${t}, not original`,
  ],
  ride: [(t) => `Phone mount for ${t}, aftermarket`, (t) => `Wheel bolts and caps to fit ${t}, generic`],
  tech: [
    (t) => `Wall mount for ${t}, compatible, unofficial`,
    (t) => `Screen protector / cover for ${t}, third-party`,
  ],
  tools: [(t) => `Storage case for ${t}, generic`, (t) => `Replacement spring for ${t}, aftermarket`],
  kitchen: [
    (t) => `Silicone sleeve that fits ${t}, not from the brand`,
    (t) => `Spare lid compatible with ${t}, third-party`,
  ],
  wear: [(t) => `Insoles for ${t}, aftermarket`, (t) => `Cedar shoe trees for ${t}, generic`],
  sport: [
    (t) => `Protective bag for ${t}, compatible, unofficial`,
    (t) => `Spare parts pouch for ${t}, generic`,
  ],
  game: [
    (t) => `Dust cover for ${t}, third-party`,
    (t) => `Replacement cable for ${t}, new build, unofficial`,
  ],
};
const NOMI_EN = [
  (t) => `Protective case for ${t}, aftermarket`,
  (t) => `Spare parts kit fits ${t} - generic, not made by the brand`,
  (t) => `Leather sleeve fits ${t} | handmade, independent maker`,
  (t) => `Cleaning kit suitable for ${t} (non-OEM)`,
  (t) => `Repair guide and tools for ${t}, unofficial`,
  (t) => `Zubehor kompatibel mit ${t} (Drittanbieter)`,
  (t) => `Accessoire compatible ${t}, non officiel`,
  (t) => `Funda compatible con ${t}, no original`,
];
const NOMI_ZH = [
  (t) => `适用于${t}的替换配件 非原厂`,
  (t) => `${t}适配收纳包 第三方`,
  (t) => `适配${t}的保护套 非官方`,
  (t) => `${t}兼容配件 副厂`,
];
const COMMON = [
  [
    'arena',
    'en',
    (r) => r.pick(['Arena concert poster print A3', 'Reptile arena sand 5 kg', 'Arena rock live DVD']),
    'music',
  ],
  [
    'arena',
    'en',
    (r) => r.pick(['Gladiator arena playset, plastic figures', 'Battle arena spinning tops set of 4']),
    'toys',
  ],
  [
    'parrot',
    'en',
    (r) =>
      r.pick([
        'Parrot cage with stand, large',
        'Parrot food mix 2 kg',
        'Parrot perch rope toy',
        'Talking parrot plush toy',
      ]),
    'pet-supplies',
  ],
  ['parrot', 'zh', (r) => r.pick(['鹦鹉站架 原木', '鹦鹉饲料 2公斤']), 'pet-supplies'],
  [
    'cowboy',
    'en',
    (r) =>
      r.pick([
        'Cowboy hat felt, wide brim',
        'Cowboy boots western style, men',
        'Cowboy costume kids 4-6 years',
        'Cowboy Bebop poster',
      ]),
    'apparel',
  ],
  [
    'cowboy',
    'en',
    (r) => r.pick(['Cowboy western novels, lot of 6 paperbacks', 'The lonely cowboy songbook']),
    'books',
  ],
  [
    'atomic',
    'en',
    (r) =>
      r.pick([
        'Atomic Habits paperback',
        'Atomic model kit for chemistry class',
        'Atomic clock radio wall clock',
      ]),
    'books',
  ],
  ['atomic', 'zh', () => '原子习惯 Atomic Habits 中文版', 'books'],
  [
    'polygon',
    'en',
    (r) =>
      r.pick([
        'Polygon geometry puzzle for kids',
        'Low polygon wolf papercraft kit',
        'Polygon shape sorter wooden',
      ]),
    'toys',
  ],
  [
    'icebreaker',
    'en',
    (r) =>
      r.pick([
        'Icebreaker card game for team building',
        'Icebreaker questions book for classrooms',
        'Icebreaker ship model kit 1:400',
      ]),
    'toys',
  ],
  [
    'sinclair',
    'en',
    (r) =>
      r.pick([
        'Upton Sinclair The Jungle, 1946 printing',
        'Sinclair Lewis Main Street first UK edition',
        'Sinclair family history book',
      ]),
    'books',
  ],
  [
    'herschel',
    'en',
    (r) =>
      r.pick([
        'Herschel telescope history book',
        'William Herschel biography paperback',
        'Herschel space observatory poster',
      ]),
    'books',
  ],
  [
    'sherpa-gear',
    'en',
    (r) =>
      r.pick([
        'Sherpa fleece throw blanket 150x200',
        'Sherpa lined dog bed large',
        'Sherpa cushion cover set of 2',
      ]),
    'furniture',
  ],
  [
    'delvaux',
    'en',
    (r) => r.pick(['Paul Delvaux exhibition catalogue 1973', 'Delvaux surrealism art book']),
    'books',
  ],
  ['juki', 'en', () => 'Juki the little fox picture book', 'books'],
  ['mahle', 'en', () => 'Mahle river walking map', 'books'],
];
const GENERIC = [
  ['en', () => 'Replica anatomical tooth model 4x size for dental class', 'toys', 18],
  [
    'en',
    (r) => `1:1 scale ${r.pick(['fishing reel', 'camera', 'skull'])} display model, unbranded`,
    'toys',
    25,
  ],
  ['en', () => 'Faux leather pen roll for 12 pens', 'small-leather-goods', 15],
  ['en', (r) => `Fake succulents set of ${r.int(4, 12)}, artificial plants`, 'furniture', 14],
  ['en', () => 'Grade A linen fabric by the metre, natural', 'apparel', 12],
  ['en', () => 'Copy paper A4 80gsm, 500 sheets', 'printer-supplies', 7],
  ['en', () => 'AAA rechargeable batteries 4 pack 1100mAh', 'batteries', 9],
  ['en', () => 'Mirror-finish stainless tea tray', 'kitchenware', 16],
  ['en', () => 'Replica vintage tin sign, fishing tackle shop', 'furniture', 11],
  ['en', () => 'Imitation leather sewing machine dust cover', 'home-appliances', 13],
  ['en', () => '1:43 diecast tractor, generic farm series', 'toys', 9],
  ['en', () => 'Type-A to Type-C cable 2 m', 'computer-accessories', 6],
  ['en', () => 'Copy stand for photographing documents, 40 cm column', 'cameras', 45],
  ['en', () => 'Clone tool for garden grafting, 3 blades', 'tools', 12],
  ['en', () => 'Mirror polished pruning knife, folding', 'tools', 14],
  ['en', () => 'Dummy climbing holds for kids wall, set of 20 (imitation rock)', 'toys', 35],
  ['en', () => 'Bionic fishing lure 12 cm, lifelike imitation baitfish', 'sports-equipment', 6],
  ['en', () => 'Faux fur sherpa-look seat cover', 'auto-parts', 19],
  ['zh', () => '仿真绿植 龟背竹 客厅摆件', 'furniture', 10],
  ['zh', () => '仿古瓷茶杯 手绘青花', 'kitchenware', 8],
  ['zh', () => '仿皮钢笔收纳袋 12支装', 'small-leather-goods', 7],
  ['zh', () => '仿木纹地板贴 自粘', 'furniture', 9],
  ['zh', () => 'A级杉木板 手工材料', 'tools', 5],
  ['zh', () => '复印纸 A4 500张', 'printer-supplies', 5],
  ['zh', () => '高仿真假花 婚礼布置', 'furniture', 6],
  ['zh', () => '仿生鱼饵 软饵 10枚', 'sports-equipment', 4],
  ['zh', () => '仿真蛋糕模型 橱窗展示', 'toys', 12],
  ['zh', () => '仿石纹 收纳盒', 'furniture', 8],
  ['zh', () => '一比一 牙齿模型 教学用', 'toys', 15],
  ['zh', () => '镜面不锈钢茶盘', 'kitchenware', 12],
  ['zh', () => '五号 AAA 电池 充电款 4节', 'batteries', 6],
];
const CODES = [
  ['en', () => 'G9 LED bulb 3W warm white, 10 pack', 'home-appliances', 10],
  ['en', () => 'T8 LED tube 120 cm, 18W', 'home-appliances', 8],
  ['en', () => 'A5 dotted notebook, 160 pages', 'books', 6],
  ['en', () => '103 ceramic capacitors 100 pcs', 'computer-accessories', 3],
  ['en', () => 'S7 deep groove bearing 608ZZ', 'tools', 4],
  ['en', () => 'M200 hex bolts stainless, 50 pack', 'tools', 7],
  ['en', () => 'C3 class cable clips, 100 pieces', 'tools', 5],
  ['en', () => 'R5 fuse holder panel mount', 'auto-parts', 3],
  ['en', () => 'OC90 temperature sensor probe', 'auto-parts', 9],
  ['en', () => '2140 cabinet hinge soft close, 4 pcs', 'furniture', 12],
  ['en', () => '500 series relay 12V', 'auto-parts', 6],
  ['en', () => 'IDT clock buffer chip, generic', 'computer-accessories', 2],
  ['en', () => 'FP2 dust mask 20 pack', 'tools', 14],
  ['en', () => 'B650 pillow block bearing', 'tools', 11],
  ['en', () => 'TL2010 linear guide rail block', 'tools', 18],
  ['en', () => '580 solder tips set for T12 station', 'tools', 9],
  ['en', () => 'Hakko-style 217 tweezers'.replace('Hakko-style ', ''), 'tools', 5],
  ['en', () => 'ECO 5 L jerry can, plastic', 'outdoor-gear', 8],
  ['en', () => 'M800 wall anchors, 100 pieces', 'tools', 6],
  ['en', () => 'OC 90 oil cooler line fitting, generic', 'auto-parts', 13],
  ['zh', () => 'G9 灯泡 LED 暖光 十个装', 'home-appliances', 8],
  ['zh', () => 'T8 灯管 一米二', 'home-appliances', 5],
  ['zh', () => 'A5 笔记本 点阵 内页', 'books', 3],
  ['zh', () => '103 瓷片电容 一百只', 'computer-accessories', 1],
  ['zh', () => 'S7 轴承 608 十个', 'tools', 3],
  ['zh', () => 'M200 螺丝 不锈钢', 'tools', 4],
  ['zh', () => 'C3 线卡 扎线', 'tools', 2],
  ['zh', () => '2140 铰链 阻尼 四只', 'furniture', 9],
];
const CHEAP = [
  ['en', () => 'Stainless fishing pliers with lanyard', 'sports-equipment', 6],
  ['en', () => 'Sewing machine bobbins, set of 25', 'home-appliances', 4],
  ['en', () => 'Folding pruning saw 210 mm', 'tools', 9],
  ['en', () => 'Fountain pen converter, standard international', 'tools', 3],
  ['en', () => 'Tea infuser ball, mesh', 'kitchenware', 2],
  ['en', () => 'Hair claw clips matte, 6 pack', 'cosmetics', 4],
  ['en', () => 'Bike bell aluminium, loud', 'bicycles', 3],
  ['en', () => 'Car phone holder for air vent', 'auto-parts', 5],
  ['en', () => 'Baby bottle brush set', 'baby-products', 4],
  ['en', () => 'Climbing chalk bag with belt', 'outdoor-gear', 8],
  ['en', () => 'Swim cap silicone, plain', 'sports-equipment', 3],
  ['en', () => 'Meeple storage box for board games', 'toys', 7],
  ['en', () => 'Interdental brushes generic 30 pcs', 'cosmetics', 3],
  ['en', () => 'Wooden hair brush, boar-style bristles', 'cosmetics', 6],
  ['zh', () => '不锈钢钓鱼钳', 'sports-equipment', 3],
  ['zh', () => '缝纫机梭芯 二十五个装', 'home-appliances', 2],
  ['zh', () => '折叠修枝锯', 'tools', 5],
  ['zh', () => '钢笔吸墨器 通用', 'tools', 1],
  ['zh', () => '不锈钢滤茶器', 'kitchenware', 1],
  ['zh', () => '抓夹 发夹 六个装', 'cosmetics', 2],
  ['zh', () => '自行车铃铛 铝合金', 'bicycles', 2],
  ['zh', () => '车载手机支架 出风口', 'auto-parts', 3],
  ['zh', () => '奶瓶刷套装', 'baby-products', 2],
  ['zh', () => '攀岩粉袋 带腰带', 'outdoor-gear', 5],
  ['zh', () => '硅胶泳帽 纯色', 'sports-equipment', 2],
  ['zh', () => '桌游收纳盒 木制', 'toys', 5],
  ['zh', () => '牙间刷 三十支', 'cosmetics', 2],
];
const LICENSED = [
  ['en', () => 'ZX Spectrum Next Issue 2, officially licensed', 'game-consoles', 420, 'sinclair'],
  ['en', () => 'The Spectrum 48K reissue, licensed recreation, HDMI', 'game-consoles', 100, 'sinclair'],
  ['en', () => 'Codenames Pictures, official edition', 'toys', 22, 'cge'],
  ['en', () => 'Codenames Duet, sealed, official CGE release', 'toys', 22, 'cge'],
  ['en', () => 'Frostpunk: The Board Game, licensed by 11 bit studios', 'toys', 110, 'elevenbit'],
  ['en', () => 'This War of Mine: The Board Game, official licence', 'toys', 75, 'elevenbit'],
  ['en', () => 'Divinity Original Sin 2 official soundtrack vinyl', 'music', 40, 'larian'],
  [
    'en',
    () => 'Amstrad CPC 464 keyboard reproduction keycaps, licensed',
    'computer-accessories',
    35,
    'amstrad',
  ],
  ['zh', () => '机密代号 图片版 中文正版 授权', 'toys', 22, 'cge'],
  ['zh', () => '冰汽时代 桌游 官方授权中文版', 'toys', 110, 'elevenbit'],
  ['zh', () => '这是我的战争 桌游 正版授权', 'toys', 75, 'elevenbit'],
];
