// Generators for the test-v9 corpus: one function per kind, each returns a listing spec (or null to retry).
// Vocabulary written fresh for this set.

import { currencyFor, EN_MARKETS, MARKET_SHIPS, priceAt } from './lib.js';
import {
  CHEAP_EN,
  CHEAP_ZH,
  CIRC_EN,
  CIRC_ZH,
  COMMON_WORD,
  COMMON_WORD_ZH,
  CONSOLES,
  CONSOLES_ZH,
  GENERIC_MARKER_EN,
  GENERIC_MARKER_ZH,
  MODEL_CODES,
  MODEL_CODES_ZH,
  NOMINATIVE,
  NOMINATIVE_ZH,
} from './negdata.js';
import { NICK } from './nick-data.js';

const HAN = /[\u4e00-\u9fff]/;

// what the goods of a line are called
const NOUN = {
  honeycomb: ['kettle', '电水壶'],
  distinctions: ['toaster', '多士炉'],
  satisfry: ['air fryer', '空气炸锅'],
  duo: ['multi-cooker', '电压力锅'],
  vortex: ['air fryer', '空气炸锅'],
  duocrisp: ['pressure cooker + air fryer', '压力炸锅'],
  wok: ['wok', '炒锅'],
  ricecooker: ['rice cooker', '电饭煲'],
  blender: ['blender', '破壁机'],
  naturalfeeling: ['baby bottle', '奶瓶'],
  next2me: ['bedside crib', '床边床'],
  keyfit: ['infant car seat', '提篮安全座椅'],
  ctn: ['baby bottles', '奶瓶'],
  perfectprep: ['formula maker', '冲奶机'],
  tripptrapp: ['high chair', '成长椅'],
  xplory: ['stroller', '婴儿推车'],
  pcto150: ['feeding bottle', '奶瓶'],
  pcto240: ['feeding bottle', '奶瓶'],
  gregorypeck: ['glasses frame', '眼镜框'],
  omalley: ['optical frame', '眼镜架'],
  finley: ['glasses', '眼镜'],
  lessrim: ['rimless glasses', '无框眼镜'],
  studio: ['titanium glasses', '眼镜'],
  fantail: ['polarized sunglasses', '偏光太阳镜'],
  reefton: ['fishing sunglasses', '偏光墨镜'],
  cosmolite: ['suitcase', '拉杆箱'],
  proxis: ['carry-on spinner', '登机箱'],
  prodlx: ['laptop backpack', '电脑双肩包'],
  search: ['backpack', '双肩包'],
  brief: ['briefcase', '公文包'],
  wallet: ['wallet', '钱包'],
  certate: ['spinning reel', '纺车轮'],
  bgmq: ['saltwater reel', '海钓渔轮'],
  saltiga: ['jigging reel', '慢摇轮'],
  original: ['minnow lure', '米诺路亚'],
  xrap: ['jerkbait', '路亚饵'],
  flexhose: ['garden hose', '花园水管'],
  sileno: ['robot mower', '割草机器人'],
  connector: ['hose connector', '水管接头'],
  h440: ['chainsaw', '油锯'],
  automower310: ['robotic lawn mower', '割草机器人'],
  h135: ['chainsaw', '油锯'],
  f2: ['pruning shears', '修枝剪'],
  f8: ['secateurs', '修枝剪'],
  leap: ['office chair', '办公椅'],
  gesture: ['ergonomic chair', '人体工学椅'],
  series2: ['task chair', '电脑椅'],
  a5: ['dotted notebook', '点阵本'],
  bujo: ['bullet journal', '子弹笔记本'],
  gsw: ['whey protein', '乳清蛋白粉'],
  mass: ['mass gainer', '增肌粉'],
  optimen: ['multivitamin', '复合维生素'],
  nitrotech: ['whey protein', '蛋白粉'],
  masstech: ['mass gainer', '增肌粉'],
  naxos: ['eau de parfum', '香水'],
  erbapura: ['eau de parfum', '香水'],
  alexandria: ['parfum', '香水'],
  interlude: ['eau de parfum', '香水'],
  reflection: ['eau de parfum', '香水'],
  jubilation: ['eau de parfum', '香水'],
  santal33: ['eau de parfum', '香水'],
  another13: ['eau de parfum', '香水'],
  rose31: ['eau de parfum', '香水'],
  mia: ['earrings', '耳环'],
  rivaah: ['bridal necklace set', '婚嫁项链套装'],
  charm: ['charm', '串珠'],
  rebel: ['skull ring', '骷髅戒指'],
  floorliner: ['floor mats', '汽车脚垫'],
  deflector: ['wind deflectors', '晴雨挡'],
  dr970x: ['dash cam', '行车记录仪'],
  dr590x: ['dash cam', '行车记录仪'],
  a810: ['4K dash cam', '行车记录仪'],
  m500: ['dash cam', '行车记录仪'],
  tp03: ['tyre inflator', '车载充气泵'],
  pro5s: ['security camera', '监控摄像头'],
  doorbell: ['video doorbell', '可视门铃'],
  hubm3: ['smart home hub', '智能网关'],
  u200: ['smart lock', '智能门锁'],
  p2: ['door sensor', '门窗传感器'],
  hs720g: ['GPS drone', '航拍无人机'],
  hs175d: ['foldable drone', '折叠无人机'],
  vdpro2: ['video doorbell', '可视门铃'],
  stickup: ['battery camera', '电池摄像头'],
  t502: ['ink bottles', '墨水'],
  t603xl: ['ink cartridges', '墨盒'],
  et2850: ['printer', '打印机'],
  base: ['board game', '桌游'],
  seafarers: ['expansion', '扩展'],
  ck: ['expansion', '扩展'],
  combatpatrol: ['miniatures box', '模型套装'],
  citadelpaint: ['paint pot', '模型漆'],
  starter: ['starter set', '入门套装'],
  boosterbox: ['booster box', '补充包盒'],
  etb: ['trainer box', '卡盒'],
  plush: ['plush', '公仔'],
  artfxj: ['statue', '手办'],
  fag: ['model kit', '拼装模型'],
  airdopes141: ['earbuds', '蓝牙耳机'],
  rockerz450: ['headphones', '头戴耳机'],
  neem: ['face wash', '洗面奶'],
  liv52: ['liver tablets', '护肝片'],
  ashwagandha: ['supplement tablets', '南非醉茄片'],
  jake: ['jeans', '牛仔裤'],
  tess: ['skinny jeans', '紧身牛仔裤'],
  wtl: ['washing machine', '洗衣机'],
  cfg: ['fridge freezer', '冰箱'],
  timeless: ['tumblers', '玻璃杯'],
  caybardak: ['tea glasses', '茶杯'],
  triply: ['cookware set', '锅具套装'],
  churrasco: ['steak knives', '牛排刀'],
  ekos: ['body cream', '身体乳'],
  essencial: ['parfum', '香水'],
  kaiak: ['eau de toilette', '淡香水'],
  iconbag: ['shoulder bag', '单肩包'],
  derby: ['derby shoes', '德比鞋'],
  cardigan: ['knit cardigan', '针织开衫'],
  scarf: ['knit scarf', '针织围巾'],
  pureaero: ['tennis racket', '网球拍'],
  puredrive: ['tennis racket', '网球拍'],
  rpm: ['tennis string', '网球线'],
  speedmp: ['tennis racket', '网球拍'],
  radical: ['tennis racket', '网球拍'],
  techo: ['planner', '手帐本'],
  cousin: ['A5 planner', '手帐'],
  dfp14: ['food processor', '料理机'],
  dgb: ['coffee maker', '咖啡机'],
};

// off colours (never produced by any line here)
const OFF_COLOURS = [
  ['lime', 'lime green', '荧光绿'],
  ['lilac', 'lilac', '香芋紫'],
  ['leopard', 'leopard print', '豹纹'],
  ['camo', 'camo', '迷彩'],
  ['holographic', 'holographic', '幻彩'],
  ['neon pink', 'neon pink', '荧光粉'],
  ['tiffany blue', 'robin egg blue', '蒂芙尼蓝'],
];

export function makeGenerators(ctx, rng) {
  const { lines, brandById, workBrands, sellerFor } = ctx;
  const pick = (a) => rng.pick(a);
  const chance = (p) => rng.chance(p);
  const realLines = lines.filter((e) => !e.b.works);

  // join title parts: drop a part already contained in another (brand inside line name, noun inside line name),
  // put a space only between two Latin/digit ends (J) or always (S)
  const dedupe = (parts) => {
    const out = [];
    for (const x of parts.filter(Boolean)) {
      const low = x.toLowerCase();
      if (out.some((o) => o.toLowerCase().includes(low))) continue;
      for (let i = out.length - 1; i >= 0; i--) if (low.includes(out[i].toLowerCase())) out.splice(i, 1);
      out.push(x);
    }
    return out;
  };
  const J = (...parts) =>
    dedupe(parts).reduce(
      (a, b) => (/[A-Za-z0-9)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b),
      '',
    );
  const S = (...parts) => dedupe(parts).join(' ');

  const zhAliases = (b) => (b.aliases ?? []).filter((a) => HAN.test(a));
  const brandName = (b, lang) => {
    if (lang !== 'en' && zhAliases(b).length && chance(0.5)) return pick(zhAliases(b));
    if (b.id === 'pokemon') return pick(['Pokémon', 'Pokemon', 'Pokémon TCG']);
    return b.name;
  };
  const lineLabel = (e, lang, noBrand = false) => {
    const opts = [e.l.name, ...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? []).slice(0, 1)];
    for (const a of e.l.aliases ?? []) if ((lang === 'en') === !HAN.test(a)) opts.push(a);
    let c = opts.filter((o) => (lang === 'en' ? !HAN.test(o) : true));
    if (noBrand) c = c.filter((o) => !ctx.containsOfficial(e.b, o));
    if (!c.length) return null;
    return pick(c);
  };
  const noun = (e, lang) => (NOUN[e.l.key] ?? ['item', '商品'])[lang === 'en' ? 0 : 1];
  const colourOf = (e, lang) => {
    const c = (e.l.colours ?? []).filter((x) => (lang === 'en' ? !HAN.test(x) : true));
    return c.length ? pick(c) : null;
  };

  // ---------- markets ----------
  function market(lang) {
    if (lang === 'en') {
      const m = pick(EN_MARKETS);
      return { market: m, shipFrom: pick(MARKET_SHIPS[m]) };
    }
    const m = rng.weighted([
      ['taobao', 5],
      ['xianyu', 4],
      ['pinduoduo', 3],
      ['jd', 1],
      ['douyin', 2],
      ['weidian', 2],
      ['tmall', 1],
    ]);
    return { market: m, shipFrom: 'CN' };
  }
  // a market shipping from one of `countries` (inside=true) or from none of them (inside=false)
  function marketShip(lang, countries, inside) {
    const ok = (c) => (inside ? countries.includes(c) : !countries.includes(c));
    if (lang !== 'en' && ok('CN')) return market(lang);
    const cands = [];
    for (const m of EN_MARKETS) for (const c of MARKET_SHIPS[m]) if (ok(c)) cands.push([m, c]);
    if (!cands.length) return null;
    const [m, c] = pick(cands);
    return { market: m, shipFrom: c };
  }
  const mfgOf = (e) => e.l.manufacturingCountries ?? e.b.manufacturingCountries ?? [];

  function base(kind, lang, e, mk, extra = {}) {
    const m = mk ?? market(lang);
    if (!m) return null;
    const currency = currencyFor(m.market, m.shipFrom);
    const label = kind.startsWith('pos.') ? 'counterfeit' : 'legit';
    return {
      kind,
      label,
      lang,
      brandId: e?.b.id ?? null,
      lineKey: e?.l.key ?? null,
      work: null,
      category: e?.l.category ?? null,
      market: m.market,
      shipFrom: m.shipFrom,
      currency,
      price: null,
      quantity: 1,
      condition: 'new',
      sellerId: sellerFor(label === 'counterfeit' ? 'cf' : 'legit', m.market),
      meta: { hand: false, cues: [] },
      ...extra,
    };
  }
  const setPrice = (s, e, lo, hi) => {
    const r = rng.float(lo, hi);
    s.price = priceAt(e.retail, r, s.currency, rng, lo, hi);
    return s;
  };
  const setUsd = (s, usd) => {
    s.price = priceAt(usd, rng.float(0.85, 1.2), s.currency, rng);
    return s;
  };
  const lang3 = (en, zh, mixed = 0) =>
    rng.weighted([
      ['en', en],
      ['zh', zh],
      ['mixed', mixed],
    ]);
  const qtyShop = () =>
    rng.weighted([
      [1, 5],
      [2, 2],
      [3, 2],
      [5, 1],
      [10, 1],
      [rng.int(4, 30), 1],
    ]);

  // ---------- vocab ----------
  const MARK_EN = [
    'replica',
    '1:1 replica',
    'mirror copy',
    'AAA copy',
    'super clone',
    'knockoff',
    'imitation',
    'copy version',
    'high-end replica',
    'fake (looks real)',
    'réplique',
    'copie 1:1',
    'Nachbau',
    'Kopie',
    'réplica',
    'copia exacta',
    'imitação',
    'podróbka',
    'replika',
    'çakma',
    'KW super',
    'tiruan gred AAA',
    'hàng fake loại 1',
  ];
  const MARK_ZH = [
    '高仿',
    '一比一',
    '1:1复刻',
    '精仿',
    'A货',
    '超A',
    '顶级复刻',
    '仿款',
    '原版开模',
    '仿品',
    '高版本复刻',
    '精仿版',
  ];
  const CODED_EN = [
    'W2C in bio',
    'best batch on the market',
    'QC pics before shipping',
    'UA (unauthorised authentic)',
    'tier-1 batch, iykyk',
    'same quality as retail, no receipt ;)',
    'PK batch',
    'budget batch',
    'god tier batch',
    'retail-grade rep',
    'if you know you know',
    'ask for the "special version"',
    '"inspired" 1to1',
    'versión AAA',
    'qualité miroir',
    'Spiegelqualität',
    'grade ori',
    'kw premium sama kayak ori',
    'first copy',
    'master copy',
  ];
  const CODED_ZH = [
    '纯原版本',
    '莆田货',
    '原单品质',
    '公司级',
    '顶级版本 懂的来',
    '细节对版',
    '专柜同款非正品',
    '高货',
    '渠道版 非专柜',
    '过验版本',
    '平替顶配',
    '对版料',
    '放心冲 懂货的来',
    '大厂货',
  ];
  const OEM_EN = [
    'factory overrun',
    'OEM surplus, same line',
    'leftover from the contract factory',
    'cancelled export order',
    'factory B-stock, no tags',
    'straight from the factory that makes them',
    'OEM unbranded box, same product',
    'overproduction stock',
    'surplus de production',
    'Überproduktion vom Werk',
    'excedente de fábrica',
    'sisa ekspor pabrik',
    'hàng dư xuất khẩu',
  ];
  const OEM_ZH = [
    '代工厂尾货',
    '工厂流出',
    '外贸原单',
    '同厂出货',
    '原厂余单',
    '工厂直出无吊牌',
    '出口转内销',
    '代工厂多做的',
    '厂里剪标货',
  ];
  const DM_EN = [
    'DM for real pics',
    'message me on WhatsApp for more photos',
    'Telegram @deal_room for live pics',
    'real photos via WeChat',
    'more colours on my IG, link in profile',
    'text me for the catalogue',
    'contact on Line for video',
    'escríbeme por WhatsApp',
    'écris-moi sur Insta pour les vraies photos',
    'chat WA untuk foto asli',
  ];
  const DM_ZH = [
    '加微信看实拍',
    '私聊看实物图',
    '+V看细节',
    '实拍图找客服',
    '详情加薇',
    '扣扣群里有实拍',
    '小红书同名看实拍',
    '进粉丝群看细节',
  ];
  const BORING_EN = [
    'brand new',
    'new in box',
    'sealed',
    'NEW',
    'unused',
    'fast shipping',
    'free post',
    'great gift',
  ];

  const G = {};

  // ---------------- counterfeit kinds ----------------
  G['pos.marker_en'] = () => {
    const e = pick(realLines);
    const s = base('pos.marker_en', 'en', e);
    const B = e.b.name;
    const Ln = lineLabel(e, 'en') ?? '';
    const N = noun(e, 'en');
    const X = pick(MARK_EN);
    s.title = pick([
      () => `${S(B, Ln, N)} ${X}`,
      () => `${X.toUpperCase()} ${S(B, Ln)}`,
      () => `${S(B, N)} – ${X} – ${pick(BORING_EN)}`,
      () => `${S(Ln, N)} (${B} ${X})`,
      () => `${S(B, Ln)} ${X}, ${pick(['cheap', 'fast ship', 'bulk ok', 'looks identical'])}`,
      () => `${X} ${S(B, Ln, N)} ${pick(['x2', 'lot', 'new', '2025'])}`,
    ])();
    setPrice(s, e, 0.07, 0.4);
    s.quantity = qtyShop();
    s.insert = pick([
      `This is a ${X}, not an original.`,
      `Please note: ${X}, sold as such.`,
      `It is a ${X} made to look exactly like the shop version.`,
    ]);
    return s;
  };

  G['pos.marker_zh'] = () => {
    const e = pick(realLines);
    const lang = chance(0.95) ? 'zh' : 'mixed';
    const s = base('pos.marker_zh', lang, e);
    const B = brandName(e.b, 'zh');
    const Ln = lineLabel(e, 'zh') ?? '';
    const N = noun(e, 'zh');
    const X = pick(MARK_ZH);
    s.title = pick([
      () => `${J(X, B, Ln, N)}`,
      () => `${S(B, Ln)} ${X}${N} 细节到位`,
      () => `【${X}】${J(B, N)} ${Ln}`,
      () => `${J(B, N)}${X}版 ${pick(['包邮', '现货', '当天发', '批发'])}`,
      () => `${J(Ln, N)} ${B}${X} ${pick(['对比专柜', '拿货价', '清仓'])}`,
    ])();
    if (lang === 'mixed')
      s.title += ` ${pick(['super copy, same as retail', 'top copy best price', 'mirror copy fast ship'])}`;
    setPrice(s, e, 0.05, 0.35);
    s.quantity = qtyShop();
    s.insert = pick([
      `本款是${X}，不是正品，介意勿拍。`,
      `${X}，和正品放一起看不出来。`,
      `说明一下：这是${X}。`,
    ]);
    return s;
  };

  G['pos.coded_language'] = () => {
    const e = pick(realLines);
    const lang = lang3(34, 61, 5);
    const s = base('pos.coded_language', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'mixed' ? 'zh' : lang) ?? '';
    if (lang === 'en') {
      const X = pick(CODED_EN);
      s.title = pick([
        () => `${S(B, Ln)} ${X}`,
        () => `${Ln} ${noun(e, 'en')} – ${X}`,
        () => `${X} | ${B} ${noun(e, 'en')}`,
        () => `${B} ${noun(e, 'en')} ${Ln} [${X}]`,
      ])();
      s.insert = `${pick(['Serious buyers only.', 'No questions about the box.', 'You know what this is.'])} ${X}.`;
    } else {
      const X = pick(CODED_ZH);
      s.title = pick([
        () => `${J(B, Ln, noun(e, 'zh'))} ${X}`,
        () => `${X} ${J(B, noun(e, 'zh'))}`,
        () => `${Ln} ${X} ${pick(['细节图私', '随便对比', '认准版本'])}`,
      ])();
      if (lang === 'mixed') s.title += ` ${pick(['best batch', 'tier one version', 'same as retail'])}`;
      s.insert = `${X}，懂的自然懂，不懂的别问。`;
    }
    setPrice(s, e, 0.1, 0.45);
    s.quantity = qtyShop();
    return s;
  };

  G['pos.oem_leak'] = () => {
    const e = pick(realLines);
    const lang = lang3(33, 60, 7);
    const s = base('pos.oem_leak', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    if (lang === 'en') {
      const X = pick(OEM_EN);
      s.title = pick([
        () => `${S(B, Ln)} ${noun(e, 'en')} – ${X}`,
        () => `${X}: ${B} ${noun(e, 'en')}`,
        () =>
          `${Ln} ${noun(e, 'en')} ${X}, ${pick(['no box', 'unbranded bag', 'label cut', 'plain carton'])}`,
      ])();
      s.insert = `These come from ${pick(['the same line in Dongguan', 'a supplier of the brand', 'the contract maker'])}; ${X}.`;
    } else {
      const X = pick(OEM_ZH);
      s.title = pick([
        () => `${X} ${J(B, Ln, noun(e, 'zh'))}`,
        () => `${J(B, noun(e, 'zh'))} ${X} ${pick(['无盒', '剪标', '数量有限'])}`,
        () => `${J(Ln, noun(e, 'zh'))} ${X}`,
      ])();
      if (lang === 'mixed')
        s.title += ` ${pick(['factory leftover stock', 'OEM same line', 'export surplus no tag'])}`;
      s.insert = `${X}，和专柜同一条线出来的，只是没有吊牌。`;
    }
    setPrice(s, e, 0.12, 0.45);
    s.quantity = qtyShop();
    return s;
  };

  G['pos.dm_real_pics'] = () => {
    const e = pick(realLines);
    const lang = lang3(33, 60, 7);
    const s = base('pos.dm_real_pics', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    if (lang === 'en') {
      const X = pick(DM_EN);
      s.title = pick([
        () => `${S(B, Ln)} ${noun(e, 'en')} – ${X}`,
        () => `${B} ${noun(e, 'en')} all colours, ${X}`,
        () => `${Ln} ${pick(['cheap', 'wholesale', 'big discount'])} ${X}`,
      ])();
      s.insert = `Platform photos are from the catalogue, ${X}.`;
    } else {
      const X = pick(DM_ZH);
      s.title = pick([
        () => `${J(B, Ln, noun(e, 'zh'))} ${X}`,
        () => `${J(B, noun(e, 'zh'))} 多色可选 ${X}`,
        () => `${Ln} ${pick(['低价', '批发', '清仓'])} ${X}`,
      ])();
      if (lang === 'mixed')
        s.title += ` ${pick(['add my WeChat for real pics', 'DM for real photos', 'WhatsApp for catalogue'])}`;
      s.insert = `平台图片是网图，${X}。`;
    }
    setPrice(s, e, 0.1, 0.5);
    s.quantity = qtyShop();
    return s;
  };

  G['pos.brand_nickname_zh'] = () => {
    const e = pick(realLines);
    const nicks = NICK[e.b.id]?.zh;
    if (!nicks) return null;
    const s = base('pos.brand_nickname_zh', 'zh', e);
    const nk = pick(nicks);
    const Ln = chance(0.6) ? (lineLabel(e, 'zh', true) ?? '') : '';
    const N = noun(e, 'zh');
    s.title = pick([
      () => `${nk}${J(Ln, N)} ${pick(['超低价', '清仓', '包邮', '现货秒发'])}`,
      () => `${nk} ${N} ${Ln}`.trim(),
      () => `【${nk}】${J(Ln, N)} ${pick(['同款', '一样的', '对比看'])}`,
      () => `${Ln} ${nk}${N} ${pick(['十件起批', '量大从优', '便宜出'])}`,
    ])();
    if (chance(0.85)) setPrice(s, e, 0.08, 0.32);
    else setPrice(s, e, 0.4, 0.7);
    s.quantity = qtyShop();
    s.insert = pick([`懂的都知道是哪家，${nk}。`, `${nk}，价格美丽。`, null]);
    return s;
  };

  G['pos.brand_abbrev_emoji'] = () => {
    const e = pick(realLines);
    const abs = NICK[e.b.id]?.ab;
    if (!abs) return null;
    const lang = chance(0.45) ? 'en' : 'zh';
    const s = base('pos.brand_abbrev_emoji', lang, e);
    const ab = pick(abs);
    const Ln = lineLabel(e, lang, true) ?? '';
    const N = noun(e, lang);
    s.title =
      lang === 'en'
        ? pick([
            () => `${ab} ${S(Ln, N)} 🔥🔥`,
            () => `✨ ${ab} ${N} ✨ ${pick(['crazy price', 'steal', 'must go', 'wholesale'])}`,
            () => `${ab} ${Ln} ${pick(['💯', '👀', '🤫', '🚚💨'])}`,
            () => `${N} ${ab} ${pick(['lot', 'x10', 'bundle', 'job lot'])}`,
          ])()
        : pick([
            () => `${ab} ${J(Ln, N)} 🔥超值`,
            () => `✨${ab}✨${N} ${pick(['白菜价', '捡漏', '批发'])}`,
            () => `${J(ab, N)} ${pick(['🤫', '💯', '👀'])} ${Ln}`,
          ])();
    if (chance(0.75)) setPrice(s, e, 0.05, 0.19);
    else {
      setPrice(s, e, 0.3, 0.6);
      s.quantity = rng.int(10, 80);
      return s;
    }
    s.quantity = qtyShop();
    return s;
  };

  // look-alike letters and invisible characters
  const HOMO = {
    a: 'а',
    e: 'е',
    o: 'о',
    p: 'р',
    c: 'с',
    x: 'х',
    i: 'і',
    y: 'у',
    A: 'Α',
    B: 'Β',
    E: 'Ε',
    H: 'Η',
    K: 'Κ',
    M: 'Μ',
    O: 'Ο',
    P: 'Ρ',
    T: 'Τ',
    X: 'Χ',
    N: 'Ν',
  };
  const INVIS = ['\u200b', '\u200c', '\u2060', '\u00ad', '\u200d'];
  function disguiseName(name) {
    const chars = [...name];
    const mode = rng.int(0, 3);
    if (mode === 0 || mode === 3) {
      const idx = chars.map((c, i) => (HOMO[c] ? i : -1)).filter((i) => i >= 0);
      if (idx.length)
        for (const i of rng.pickN(idx, Math.min(idx.length, rng.int(1, 2)))) chars[i] = HOMO[chars[i]];
    }
    if (mode === 1 || mode === 3) {
      const at = rng.int(1, Math.max(1, chars.length - 1));
      chars.splice(at, 0, pick(INVIS));
    }
    if (mode === 2) {
      // fullwidth letters
      return chars
        .map((c) => (/[A-Za-z]/.test(c) && chance(0.6) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
        .join('');
    }
    return chars.join('');
  }

  G['pos.brand_misspelled'] = () => {
    const e = pick(realLines);
    const ms = NICK[e.b.id]?.ms;
    if (!ms) return null;
    const lang = chance(0.55) ? 'en' : 'zh';
    const s = base('pos.brand_misspelled', lang, e);
    const m = pick(ms);
    const Ln = lineLabel(e, lang, true) ?? '';
    const N = noun(e, lang);
    s.title =
      lang === 'en'
        ? pick([
            () => `${m} ${S(Ln, N)}`,
            () => `${m} ${N} ${pick(['new', 'bundle', 'great price', 'sale'])}`,
            () => `${S(Ln, N)} by ${m}`,
            () => `${pick(['Genuine-look', 'Premium', 'Deluxe'])} ${m} ${N}`,
          ])()
        : pick([() => `${m} ${J(Ln, N)} 特价`, () => `${J(m, N)} ${pick(['清仓', '包邮', '现货'])}`])();
    if (chance(0.8)) setPrice(s, e, 0.06, 0.28);
    else {
      setPrice(s, e, 0.35, 0.7);
      s.quantity = rng.int(10, 60);
      return s;
    }
    s.quantity = qtyShop();
    return s;
  };

  G['pos.brand_homoglyph'] = () => {
    const e = pick(realLines);
    const lang = chance(0.65) ? 'en' : 'zh';
    const s = base('pos.brand_homoglyph', lang, e);
    const d = disguiseName(e.b.name);
    if (ctx.containsOfficial(e.b, d)) return null;
    const Ln = lineLabel(e, lang, true) ?? '';
    const N = noun(e, lang);
    s.title =
      lang === 'en'
        ? pick([
            () => `${d} ${S(Ln, N)}`,
            () => `${d} ${N} – ${pick(['sale', 'clearance', 'new'])}`,
            () => `NEW ${d} ${Ln}`,
            () => `${S(Ln, N)} ${d}`,
          ])()
        : pick([() => `${d} ${J(Ln, N)} 清仓`, () => `${J(d, N)} 特价 ${Ln}`])();
    if (chance(0.8)) setPrice(s, e, 0.05, 0.28);
    else {
      setPrice(s, e, 0.35, 0.7);
      s.quantity = rng.int(10, 50);
      return s;
    }
    s.quantity = qtyShop();
    return s;
  };

  G['pos.extreme_price'] = () => {
    const e = pick(realLines);
    const lang = chance(0.45) ? 'en' : 'zh';
    const cue = pick(['bulk', 'ship', 'colour', 'quality', 'factory']);
    const mfg = mfgOf(e);
    const mk = marketShip(lang, mfg, cue !== 'ship');
    if (!mk) return null;
    const s = base('pos.extreme_price', lang, e, mk);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang) ?? '';
    const N = noun(e, lang);
    let tail = '';
    if (cue === 'bulk') {
      s.quantity = rng.int(20, 300);
      tail =
        lang === 'en'
          ? pick(['- 200 in stock', 'wholesale lot', 'bulk available'])
          : pick(['大量现货', '批发', '库存充足']);
    } else {
      s.quantity = rng.int(1, 2);
    }
    if (cue === 'colour') {
      const oc = pick(OFF_COLOURS);
      s.meta.offColour = oc[0];
      tail = lang === 'en' ? oc[1] : oc[2];
    }
    if (cue === 'quality')
      tail =
        lang === 'en'
          ? pick(['top quality', 'high quality', 'premium quality'])
          : pick(['品质保证', '做工好', '质量上乘']);
    if (cue === 'factory')
      tail =
        lang === 'en' ? pick(['factory direct', 'direct from manufacturer']) : pick(['工厂直销', '厂家直供']);
    if (cue === 'ship') tail = lang === 'en' ? pick(['', 'fast dispatch', '']) : pick(['', '']);
    s.title = lang === 'en' ? `${S(B, Ln, N)} ${tail}`.trim() : `${J(B, Ln, N)} ${tail}`.trim();
    s.meta.extremeCue = cue;
    setPrice(s, e, 0.04, 0.09);
    s.insert = null;
    return s;
  };

  const WEAK = {
    several: ['have several', 'more available', '有好几个'],
    nobox: ['no box', 'without box', '无盒'],
    noreceipt: ['no receipt', 'no proof of purchase', '无小票'],
    gift: ['unwanted gift', 'got it as a present', '别人送的用不上'],
    urgent: ['must go today', 'moving, need gone', '今天必须出'],
  };
  G['pos.weak_cues'] = () => {
    const e = pick(realLines);
    const lang = chance(0.42) ? 'en' : 'zh';
    const n = rng.int(2, 3);
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'urgent', 'ship'], n);
    const mk = marketShip(lang, mfgOf(e), !cues.includes('ship'));
    if (!mk) return null;
    const s = base('pos.weak_cues', lang, e, mk);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang) ?? '';
    const N = noun(e, lang);
    const words = cues
      .filter((c) => c !== 'ship')
      .map((c) => (lang === 'en' ? pick(WEAK[c].slice(0, 2)) : WEAK[c][2]));
    s.quantity = cues.includes('several') ? rng.int(3, 8) : 1;
    s.title = lang === 'en' ? `${S(B, Ln, N)} – ${words.join(', ')}` : `${J(B, Ln, N)} ${words.join(' ')}`;
    s.meta.weakCues = cues;
    setPrice(s, e, 0.3, 0.6);
    return s;
  };

  const LINE_CUE_EN = [
    'same mould',
    'top grade',
    'cheap',
    'wholesale',
    'x20 lot',
    'identical',
    '1:1 detail',
    'mirror',
  ];
  const LINE_CUE_ZH = ['同模', '顶级', '超低价', '批发', '一样的', '对版', '拿货价', '高版'];
  G['pos.product_line_seller_style'] = () => {
    const e = pick(realLines);
    const lang = chance(0.4) ? 'en' : 'zh';
    const s = base('pos.product_line_seller_style', lang, e);
    const Ln = lineLabel(e, lang, true);
    if (!Ln) return null;
    const N = noun(e, lang);
    const X = lang === 'en' ? pick(LINE_CUE_EN) : pick(LINE_CUE_ZH);
    const model = (e.l.modelNumbers ?? [])[0];
    s.title =
      lang === 'en'
        ? pick([
            () => `${S(Ln, N)} ${X}`,
            () => `${model ?? Ln} ${N} – ${X}`,
            () => `${Ln}${model ? ` ${model}` : ''} ${X}`,
          ])()
        : pick([() => `${J(Ln, N)} ${X}`, () => `${model ?? Ln} ${N} ${X}`])();
    setPrice(s, e, 0.06, 0.3);
    s.quantity = qtyShop();
    return s;
  };

  const ADMIT_EN = [
    "To be completely upfront: this is not from the brand, it's a very good replica made to the same measurements.",
    'I should say it plainly – these are copies, the best ones I have found, and you will not be able to tell.',
    'Honest disclosure: unauthorised copy, bought from a supplier in Guangzhou, no paperwork.',
    'Not original. High-grade copy, sold as a copy, no refunds for "it is fake" claims.',
    'The item is an imitation of the shop version; logo and stitching are reproduced exactly.',
    'Ehrlich gesagt: Es ist eine Kopie, aber eine sehr gute.',
    "Pour être honnête : c'est une réplique, pas un article de la marque.",
    'Para ser sincero: es una réplica de muy buena calidad, no es original.',
  ];
  const ADMIT_ZH = [
    '说实话这不是正品，是高仿，但做工和专柜几乎一样。',
    '先说清楚：非原装，一比一复刻，介意的别拍。',
    '这是仿的，外观和正品放一起分不出来。',
    '坦白讲是莆田出来的，不是专柜货，价格摆在这里。',
    '声明：本品为复刻版，非品牌授权，不接受假货投诉。',
  ];
  G['pos.description_only'] = () => {
    const e = pick(realLines);
    const lang = chance(0.45) ? 'en' : 'zh';
    const s = base('pos.description_only', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang) ?? '';
    const N = noun(e, lang);
    s.title =
      lang === 'en'
        ? `${S(B, Ln, N)}${chance(0.4) ? `, ${pick(['new', 'boxed', 'unused'])}` : ''}`
        : `${J(B, Ln, N)}${chance(0.4) ? ` ${pick(['全新', '现货', '未拆'])}` : ''}`;
    if (chance(0.75)) setPrice(s, e, 0.73, 0.99);
    else setPrice(s, e, 0.52, 0.7);
    s.insert = lang === 'en' ? pick(ADMIT_EN) : pick(ADMIT_ZH);
    s.forceDesc = true;
    s.longP = 1;
    return s;
  };

  G['pos.circumvention'] = () => {
    const lang = chance(0.5) ? 'en' : 'zh';
    const [t, brandId, cat] = pick(lang === 'en' ? CIRC_EN : CIRC_ZH);
    const b = brandId ? brandById[brandId] : null;
    const s = base('pos.circumvention', lang, null);
    s.brandId = b?.id ?? null;
    s.category = cat;
    const extra =
      lang === 'en'
        ? pick(['', ' – instant delivery', ' (remote install)', ' 2026', ' 🔓', ' – works 100%'])
        : pick(['', ' 秒发', ' 远程', ' 2026新版', ' 🔓']);
    s.title = `${t}${extra}`;
    setUsd(s, pick([3, 5, 9, 15, 25, 39, 60]));
    s.quantity = rng.int(1, 999);
    s.condition = 'new';
    return s;
  };

  const futureWorks = () =>
    workBrands.flatMap((b) => b.works.filter((w) => w.discReleaseDate > '2026-12-07').map((w) => ({ b, w })));
  G['pos.prerelease_disc'] = () => {
    const { b, w } = pick(futureWorks());
    const zhWork = HAN.test(w.title);
    const lang = zhWork ? (chance(0.8) ? 'zh' : 'en') : chance(0.75) ? 'en' : 'zh';
    const s = base('pos.prerelease_disc', lang, null);
    s.brandId = b.id;
    s.work = w.title;
    s.category = b.categories[0];
    const T = lang === 'en' ? (zhWork ? w.aliases[0] : pick([w.title, ...(w.aliases ?? [])])) : w.title;
    const music = s.category === 'music';
    const fmtEn = music
      ? [
          'CD',
          'full album CD',
          'vinyl LP',
          '2LP test pressing',
          'CD-R all tracks',
          'cassette',
          'deluxe 2CD',
          'FLAC on USB + CD',
        ]
      : [
          'Blu-ray',
          'DVD',
          '4K UHD disc',
          'Blu-ray 1080p',
          'DVD full movie',
          'screener DVD',
          'BD50 disc',
          'Blu-ray + DVD combo',
        ];
    const xEn = [
      'in stock now',
      'ships today',
      'region free',
      'English subs',
      'early copy',
      'before release!',
      'limited',
      'fast post',
      'collectors',
      'HD',
      'with cover art',
      'bulk 10+ available',
    ];
    const fmtZh = music
      ? ['CD', '全专辑CD', '黑胶', '专辑光盘', '无损音质CD', '磁带']
      : ['蓝光', 'DVD', '蓝光碟', '4K碟', '高清DVD', '蓝光1080P'];
    const xZh = [
      '现货',
      '秒发',
      '抢先版',
      '国语中字',
      '收藏版',
      '包邮',
      '未上映先睹',
      '高清',
      '多买优惠',
      '带封面',
    ];
    s.title =
      lang === 'en'
        ? pick([
            () => `${T} ${pick(fmtEn)} – ${pick(xEn)}`,
            () => `${T} (${pick(fmtEn)}) ${pick(xEn)}, ${pick(xEn)}`,
            () => `${pick(fmtEn)}: ${T} ${pick(xEn)}`,
          ])()
        : pick([
            () => `${T} ${pick(fmtZh)} ${pick(xZh)}`,
            () => `${pick(fmtZh)} ${T} ${pick(xZh)} ${pick(xZh)}`,
            () => `${music ? '专辑' : '电影'}《${T}》${pick(fmtZh)} ${pick(xZh)}`,
          ])();
    setUsd(s, pick([6, 9, 12, 15, 20]));
    s.quantity = rng.int(1, 40);
    return s;
  };

  G['pos.mixed_language'] = () => {
    const e = pick(realLines);
    const s = base('pos.mixed_language', 'mixed', e);
    const B = brandName(e.b, 'zh');
    const Ln = lineLabel(e, 'zh') ?? '';
    const N = noun(e, 'zh');
    const X = pick(MARK_ZH);
    const EN = pick([
      'top copy same as original',
      'super mirror version',
      'best fake cheap price',
      'replica high grade',
      'clone version fast ship',
      'AAA copy for sale',
    ]);
    s.title = pick([
      () => `${J(B, Ln, N)} ${X} ${EN}`,
      () => `${EN} ${J(B, N)} ${X}`,
      () => `${X}${S(B, Ln)} ${EN}`,
    ])();
    setPrice(s, e, 0.06, 0.35);
    s.quantity = qtyShop();
    return s;
  };

  // ---------------- legit kinds ----------------
  const PLAIN_EN = [
    '',
    'new',
    'brand new',
    'sealed',
    'new in box',
    'UK stock',
    'free delivery',
    'with receipt',
  ];
  const PLAIN_ZH = ['', '全新', '正品', '官方', '包邮', '现货', '未拆封'];
  G['neg.plain'] = () => {
    const e = pick(realLines);
    const lang = lang3(38, 54, 8);
    const s = base('neg.plain', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    const N = noun(e, lang === 'en' ? 'en' : 'zh');
    const col = chance(0.3) ? colourOf(e, lang === 'en' ? 'en' : 'zh') : null;
    if (lang === 'en') s.title = `${S(B, Ln, N)}${col ? ` ${col}` : ''} ${pick(PLAIN_EN)}`.trim();
    else if (lang === 'zh') s.title = `${J(B, Ln, N)}${col ? ` ${col}` : ''} ${pick(PLAIN_ZH)}`.trim();
    else
      s.title = `${S(B, Ln, N)} ${pick(['brand new sealed', 'official box new', 'new with warranty card', 'in stock ready to ship'])}`;
    setPrice(s, e, 0.82, 1.18);
    s.quantity = qtyShop();
    return s;
  };

  G['neg.generic_marker'] = () => {
    const lang = chance(0.5) ? 'en' : 'zh';
    const [t, cat, usd] = pick(lang === 'en' ? GENERIC_MARKER_EN : GENERIC_MARKER_ZH);
    const s = base('neg.generic_marker', lang, null);
    s.category = cat;
    s.title = `${t}${pick(lang === 'en' ? ['', '', ' – new', ' (2 pack)', ', fast post'] : ['', '', ' 包邮', ' 两件装'])}`;
    setUsd(s, usd);
    s.quantity = qtyShop();
    return s;
  };

  G['neg.nominative'] = () => {
    const lang = chance(0.58) ? 'en' : 'zh';
    const [t, brandId, cat, usd] = pick(lang === 'en' ? NOMINATIVE : NOMINATIVE_ZH);
    const s = base('neg.nominative', lang, null);
    s.brandId = brandId;
    s.category = cat;
    s.title = `${t}${pick(lang === 'en' ? ['', '', ' – new', ', 2 pack', ' (black)'] : ['', '', ' 两个装', ' 黑色'])}`;
    setUsd(s, usd);
    s.quantity = qtyShop();
    return s;
  };

  G['neg.common_word_brand'] = () => {
    const lang = chance(0.7) ? 'en' : 'zh';
    const [t, brandId, cat, usd] = pick(lang === 'en' ? COMMON_WORD : COMMON_WORD_ZH);
    const s = base('neg.common_word_brand', lang, null);
    s.brandId = brandId;
    s.category = cat;
    s.title = `${t}${pick(lang === 'en' ? ['', '', ' – new', ', gift idea', ', as pictured'] : ['', '', ' 包邮', ' 新款'])}`;
    setUsd(s, usd);
    s.quantity = qtyShop();
    return s;
  };

  G['neg.authorized_seller'] = () => {
    const e = pick(realLines);
    const lang = lang3(45, 53, 2);
    const s = base('neg.authorized_seller', lang, e);
    s.sellerId = pick(e.b.sellers).id;
    if (s.sellerId.includes('tmall') || s.sellerId.includes('jd-')) {
      if (lang === 'en') return null;
      s.market = s.sellerId.includes('tmall') ? 'tmall' : 'jd';
      s.shipFrom = 'CN';
      s.currency = 'CNY';
    } else if (lang !== 'en') {
      return null;
    }
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    const N = noun(e, lang === 'en' ? 'en' : 'zh');
    s.title =
      lang === 'en'
        ? `${S(B, Ln, N)} ${pick(['– official store', '| outlet price', '(official)', '– authorised retailer', '– ex-display, full warranty', '- factory outlet', '- 1:1 exchange warranty'])}`
        : `${J(B, Ln, N)} ${pick(['官方旗舰店', '官方正品 假一赔十', '品牌直营', '官方清仓 特价', '门店同款 官方授权'])}`;
    if (lang === 'mixed') s.title += ' official flagship store';
    setPrice(s, e, chance(0.3) ? 0.45 : 0.8, 1.05);
    s.quantity = rng.int(1, 200);
    return s;
  };

  G['neg.second_hand'] = () => {
    const e = pick(realLines);
    const lang = lang3(51, 46, 3);
    const s = base('neg.second_hand', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    const N = noun(e, lang === 'en' ? 'en' : 'zh');
    const above = chance(0.08);
    s.condition = chance(0.85) ? 'used' : 'refurbished';
    s.title =
      lang === 'en'
        ? `${pick(['Used', 'Pre-owned', 'Second hand', 'Gently used', 'Ex-demo'])} ${S(B, Ln, N)}${above ? `, ${pick(['discontinued', 'sold out everywhere', 'rare first run'])}` : `, ${pick(['good condition', 'light wear', 'works perfectly', 'with original box', 'some scratches'])}`}`
        : `${pick(['二手', '闲置', '自用'])}${J(B, Ln, N)} ${above ? pick(['已停产', '绝版', '全网断货']) : pick(['九成新', '八成新', '功能正常', '有使用痕迹', '带原盒'])}`;
    if (lang === 'mixed') s.title += ' used good condition';
    setPrice(s, e, above ? 1.05 : 0.3, above ? 1.6 : 0.75);
    s.quantity = 1;
    return s;
  };

  const PROMO_EN = [
    'Black Friday deal',
    'Cyber Monday',
    'Boxing Day sale',
    'Prime Day price',
    'end of season sale',
    'Diwali offer',
    'Ramadan kampanyası',
    'Hari Raya sale',
    'Singles Day',
    'Buen Fin',
    'Liquidación de verano',
    'Soldes d’hiver',
  ];
  const PROMO_ZH = [
    '双十二预热',
    '年货节',
    '百亿补贴',
    '以旧换新 国家补贴',
    '会员日',
    '店庆',
    '限时秒杀',
    '满减',
  ];
  G['neg.promotion'] = () => {
    const e = pick(realLines);
    const lang = lang3(47, 51, 2);
    const s = base('neg.promotion', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    const N = noun(e, lang === 'en' ? 'en' : 'zh');
    const pct = rng.int(15, 45);
    s.title =
      lang === 'en'
        ? `${pick(PROMO_EN)}: ${S(B, Ln, N)} ${pick([`-${pct}%`, `${pct}% off`, 'lowest price this year', 'save big'])}`
        : `${pick(PROMO_ZH)} ${J(B, Ln, N)} ${pick([`立减${pct}%`, '到手价', '券后价', '限量'])}`;
    if (lang === 'mixed') s.title += ' big sale limited time';
    setPrice(s, e, 0.55, 0.88);
    s.quantity = rng.int(1, 300);
    return s;
  };

  const GRAY_EN = [
    'Japan import',
    'EU version',
    'imported from Turkey',
    'Indian market version',
    'US import',
    'Asia version, English manual',
    'Importación',
    'Import aus Japan',
    'version export',
    'grey import',
  ];
  const GRAY_ZH = ['日版', '港版', '欧版', '海外直邮', '平行进口', '美国代购', '土耳其直邮', '印度版'];
  G['neg.gray_market'] = () => {
    const e = pick(realLines);
    const lang = lang3(45, 48, 7);
    const s = base('neg.gray_market', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang === 'en' ? 'en' : 'zh') ?? '';
    const N = noun(e, lang === 'en' ? 'en' : 'zh');
    s.title =
      lang === 'en'
        ? `${S(B, Ln, N)} – ${pick(GRAY_EN)}${chance(0.4) ? `, ${pick(e.l.category === 'home-appliances' ? ['no local warranty', 'foreign plug', 'foreign-language box'] : ['no local warranty', 'foreign-language box'])}` : ''}`
        : `${pick(GRAY_ZH)} ${J(B, Ln, N)}${chance(0.4) ? ` ${pick(e.l.category === 'home-appliances' ? ['无国内保修', '外文包装', '需转换插头'] : ['无国内保修', '外文包装'])}` : ''}`;
    if (lang === 'mixed') s.title += ' parallel import genuine';
    setPrice(s, e, 0.8, 1.03);
    s.quantity = rng.int(1, 20);
    return s;
  };

  const NEG_EN = [
    'not a replica',
    'no fakes, no copies',
    '100% genuine, not a copy',
    'NOT a dupe',
    'real one, not a clone',
    'keine Fälschung',
    'pas une copie',
    'no es réplica',
    'não é réplica',
    'bukan KW',
    'çakma değildir',
    'nie podróbka',
  ];
  const NEG_ZH = ['假一赔十', '非高仿', '拒绝仿品', '不是复刻', '专柜验货', '非A货', '支持鉴定 假一罚十'];
  G['neg.negated_marker'] = () => {
    const e = pick(realLines);
    const lang = chance(0.5) ? 'en' : 'zh';
    const s = base('neg.negated_marker', lang, e);
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang) ?? '';
    const N = noun(e, lang);
    s.title = lang === 'en' ? `${S(B, Ln, N)} – ${pick(NEG_EN)}` : `${J(B, Ln, N)} ${pick(NEG_ZH)}`;
    setPrice(s, e, 0.7, 1.08);
    s.quantity = qtyShop();
    s.insert =
      lang === 'en' ? 'Bought from an authorised shop, receipt in the photos.' : '专柜购入，小票见图。';
    return s;
  };

  G['neg.colour_words'] = () => {
    const e = pick(realLines.filter((x) => (x.l.colours ?? []).some((c) => !HAN.test(c))));
    const lang = chance(0.6) ? 'en' : 'zh';
    const s = base('neg.colour_words', lang, e);
    const col = pick(e.l.colours.filter((c) => !HAN.test(c)));
    const B = brandName(e.b, lang);
    const Ln = lineLabel(e, lang) ?? '';
    const N = noun(e, lang);
    s.title =
      lang === 'en'
        ? pick([
            () => `${S(B, Ln, N)} in ${col}`,
            () => `${S(B, Ln)} – ${col}`,
            () => `${col} ${S(B, N, Ln)}`,
          ])()
        : `${J(B, Ln, N)} 配色${col}`;
    setPrice(s, e, 0.82, 1.12);
    s.quantity = qtyShop();
    return s;
  };

  G['neg.model_codes'] = () => {
    const lang = chance(0.72) ? 'en' : 'zh';
    const [t, brandId, cat, usd] = pick(lang === 'en' ? MODEL_CODES : MODEL_CODES_ZH);
    const s = base('neg.model_codes', lang, null);
    s.brandId = brandId;
    s.category = cat;
    s.title = `${t}${pick(lang === 'en' ? ['', '', ' – UK seller', ' (new)', ', bulk'] : ['', '', ' 包邮', ' 现货'])}`;
    setUsd(s, usd);
    s.quantity = qtyShop();
    return s;
  };

  const LICENSED_EN = [
    ['pokemon', 'toys', 'Officially licensed Pikachu bucket hat, Pokémon Center tag', 30],
    ['pokemon', 'toys', 'Pokémon TCG Classic collection box, official reprint of the 1999 cards', 400],
    ['games-workshop', 'books', 'Warhammer 40,000 novel, Black Library hardback, official', 28],
    ['catan', 'toys', 'CATAN 3D Collector’s Edition, official licensed resin tiles', 350],
    ['kotobukiya', 'toys', 'Kotobukiya ARTFX J licensed anime statue, 1/8 scale, re-release', 170],
    ['epson', 'printer-supplies', 'Epson genuine 502 ink multipack, retail box, reissued packaging', 50],
    ['hobonichi', 'books', 'Hobonichi Techo x licensed artist cover, official collaboration', 60],
    ['rapala', 'sports-equipment', 'Rapala 80th anniversary re-issue Original Floater, official', 15],
  ];
  G['neg.licensed_repro'] = () => {
    const lang = chance(0.6) ? 'en' : 'zh';
    const r = rng.int(0, 9);
    if (r <= 3) {
      // released works on disc, or authorised pre-orders with the release date stated
      const b = pick(workBrands);
      const w = pick(b.works);
      const future = w.discReleaseDate > '2026-12-07';
      const s = base('neg.licensed_repro', lang, null);
      s.brandId = b.id;
      s.work = w.title;
      s.category = b.categories[0];
      const zhWork = HAN.test(w.title);
      const T = lang === 'en' && zhWork ? w.aliases[0] : w.title;
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const dateEn = d.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const dateZh = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      if (future) {
        s.sellerId = pick(b.sellers).id;
        if (s.sellerId.includes('jd') || s.sellerId.includes('tmall')) {
          if (lang === 'en') return null;
          s.market = s.sellerId.includes('jd') ? 'jd' : 'tmall';
          s.shipFrom = 'CN';
          s.currency = 'CNY';
        } else if (lang !== 'en') return null;
        s.title =
          lang === 'en'
            ? `Pre-order: ${T} ${s.category === 'music' ? 'CD / vinyl' : 'Blu-ray'} – ships on release ${dateEn}`
            : `预售 ${T} ${s.category === 'music' ? '专辑' : '蓝光碟'} ${dateZh}发售 官方`;
      } else {
        s.title =
          lang === 'en'
            ? `${T} ${s.category === 'music' ? pick(['CD', 'vinyl LP', 'deluxe CD']) : pick(['Blu-ray', 'DVD', '4K UHD + Blu-ray'])} – ${pick(['official release', 'sealed', 'first pressing', 'collector’s slipcase'])}`
            : `${T} ${s.category === 'music' ? pick(['CD', '黑胶']) : pick(['蓝光', 'DVD'])} ${pick(['正版', '全新未拆', '首版'])}`;
      }
      setUsd(s, future ? 22 : 18);
      s.quantity = rng.int(1, 30);
      return s;
    }
    if (lang === 'zh') {
      const s = base('neg.licensed_repro', 'zh', null);
      const items = [
        ['pokemon', 'toys', '宝可梦中心正版授权 皮卡丘渔夫帽', 30],
        ['pokemon', 'toys', '宝可梦卡牌 官方复刻 经典合集礼盒', 380],
        ['kotobukiya', 'toys', '寿屋正版授权手办 再版 1/8', 170],
        ['catan', 'toys', '卡坦岛 官方授权中文版 25周年纪念', 70],
        ['games-workshop', 'books', '战锤40K小说 官方中文授权版 精装', 25],
      ];
      const [bid, cat, t, usd] = pick(items);
      s.brandId = bid;
      s.category = cat;
      s.title = `${t} ${pick(['', '现货', '预定', '包邮'])}`.trim();
      setUsd(s, usd);
      return s;
    }
    const s = base('neg.licensed_repro', 'en', null);
    const [bid, cat, t, usd] = pick(LICENSED_EN);
    s.brandId = bid;
    s.category = cat;
    s.title = `${t}${pick(['', ' – new', ', sealed', ' (in stock)'])}`;
    setUsd(s, usd);
    return s;
  };

  G['neg.used_console'] = () => {
    const lang = chance(0.55) ? 'en' : 'zh';
    const s = base('neg.used_console', lang, null);
    s.category = 'game-consoles';
    s.condition = 'used';
    const c = pick(lang === 'en' ? CONSOLES : CONSOLES_ZH);
    s.title =
      lang === 'en'
        ? `${c} – ${pick(['unmodified', 'stock, never opened', 'original, no mods', 'all original parts', 'untouched, tested'])}${chance(0.5) ? `, ${pick(['working', 'cables included', 'some yellowing', 'boxed'])}` : ''}`
        : `${c} ${pick(['原装未改', '未拆修 未改机', '原版无改装', '成色一般 功能正常'])}`;
    setUsd(s, pick([40, 60, 90, 120, 180, 250]));
    s.quantity = 1;
    return s;
  };

  G['neg.cheap_unbranded'] = () => {
    const lang = chance(0.45) ? 'en' : 'zh';
    const [t, cat, usd] = pick(lang === 'en' ? CHEAP_EN : CHEAP_ZH);
    const s = base('neg.cheap_unbranded', lang, null);
    s.category = cat;
    s.title = `${t}${pick(lang === 'en' ? ['', '', ' – bargain', ' (clearance)', ', free post'] : ['', '', ' 包邮', ' 清仓', ' 特价'])}`;
    setUsd(s, usd);
    s.quantity = qtyShop();
    return s;
  };

  // every generator: drop lang used only for boilerplate selection; category default from line
  const out = {};
  for (const [k, f] of Object.entries(G)) {
    out[k] = () => {
      const s = f();
      if (!s) return null;
      if (!s.category) return null;
      if (s.title) s.title = s.title.replace(/\s+/g, ' ').trim();
      return s;
    };
  }
  return out;
}
