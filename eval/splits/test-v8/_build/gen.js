// Generators for test-v8: each returns one listing spec of its kind (or null to retry). Written fresh.

import { priceAt } from './lib.js';
import { negData } from './negdata.js';

const HOMO = {
  a: 'а',
  e: 'е',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  i: 'і',
  y: 'у',
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
  S: 'Ѕ',
  s: 'ѕ',
  j: 'ј',
  N: 'Ν',
  I: 'І',
  Z: 'Ζ',
};
const INVIS = ['\u200b', '\u200c', '\u2060', '\u00ad', '\u200d'];
const FULL = (s) => s.replace(/[A-Za-z0-9]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

export function makeGenerators(ctx, rng) {
  const { lines } = ctx;
  const ND = negData;
  const pick = rng.pick;
  const withLine = (pred = () => true) => pick(lines.filter(pred));
  const zhName = (b) => b.aliases?.find((a) => /[\u4e00-\u9fff]/.test(a)) ?? b.name;
  // a line name that repeats the brand ("Miyoo Mini Plus") loses it when the brand is written before it
  const strip = (e, s) => {
    const t = s.replace(new RegExp(`^${e.b.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`, 'i'), '');
    return t || s;
  };
  const short = (e) => strip(e, e.l.shortNames?.length && rng.chance(0.6) ? pick(e.l.shortNames) : e.l.name);
  const lineLabel = (e) => (rng.chance(0.5) ? strip(e, e.l.name) : short(e));
  const code = (e) => (e.l.modelNumbers?.length ? pick(e.l.modelNumbers) : short(e));
  const langPick = (w = [0.56, 0.4, 0.04]) =>
    rng.weighted([
      ['en', w[0]],
      ['zh', w[1]],
      ['mixed', w[2]],
    ]);
  const anyMarket = (lang) => {
    if (lang !== 'en') {
      if (rng.chance(0.92))
        return ctx.marketFrom(['CN'], 'zh') ?? { market: 'taobao', shipFrom: 'CN', currency: 'CNY' };
      const [m, sf] = pick([
        ['aliexpress', 'CN'],
        ['aliexpress', 'HK'],
        ['carousell', 'HK'],
        ['shopee', 'SG'],
        ['shopee', 'MY'],
        ['lazada', 'MY'],
        ['ebay', 'HK'],
      ]);
      return { market: m, shipFrom: sf, currency: m === 'carousell' ? 'HKD' : 'USD' };
    }
    const m = pick([
      'ebay',
      'ebay',
      'amazon',
      'amazon',
      'facebook-marketplace',
      'mercari',
      'vinted',
      'depop',
      'aliexpress',
      'shopee',
      'carousell',
      'lazada',
      'temu',
      'rakuten',
    ]);
    const sf = {
      ebay: pick(['US', 'GB', 'DE', 'FR', 'IT', 'AU', 'CA']),
      amazon: pick(['US', 'GB', 'DE', 'FR', 'ES', 'JP', 'CA']),
      'facebook-marketplace': pick(['US', 'CA', 'GB', 'AU']),
      mercari: pick(['US', 'JP']),
      vinted: pick(['FR', 'DE', 'IT', 'ES', 'NL', 'PL', 'GB']),
      depop: pick(['GB', 'US']),
      aliexpress: pick(['CN', 'HK']),
      shopee: pick(['SG', 'MY', 'PH', 'TH', 'VN', 'ID']),
      carousell: pick(['HK', 'SG', 'MY']),
      lazada: pick(['MY', 'SG', 'PH']),
      temu: 'CN',
      rakuten: 'JP',
    }[m];
    return ctx.marketFrom([sf], 'en') ?? { market: m, shipFrom: sf, currency: 'USD' };
  };
  const base = (kind, e, lang, mk, ratio, extra = {}) => {
    const label = kind.startsWith('pos.') ? 'counterfeit' : 'legit';
    const price = e ? priceAt(e.retail, ratio, mk.currency, rng, ratio * 0.93, ratio * 1.07) : ratio;
    return {
      kind,
      label,
      lang,
      brandId: e?.b.id ?? null,
      lineKey: e?.l.key ?? null,
      work: null,
      category: e?.l.category ?? 'toys',
      title: '',
      market: mk.market,
      shipFrom: mk.shipFrom,
      currency: mk.currency,
      price,
      quantity: 1,
      condition: 'new',
      sellerId: ctx.sellerFor(label === 'counterfeit' ? 'cf' : 'legit', mk.market),
      insert: null,
      meta: { hand: false, cues: [] },
      ...extra,
    };
  };
  const brandWord = (e, lang) => (lang === 'en' ? e.b.name : rng.chance(0.7) ? zhName(e.b) : e.b.name);
  const homoglyph = (name) => {
    const idx = [...name].map((ch, i) => (HOMO[ch] ? i : -1)).filter((i) => i >= 0);
    const mode = rng.int(0, 4);
    if (mode <= 2 && idx.length) {
      const chars = [...name];
      for (const i of rng.pickN(idx, Math.min(idx.length, rng.int(1, 2)))) chars[i] = HOMO[chars[i]];
      return chars.join('');
    }
    if (mode === 3) return FULL(name);
    const chars = [...name];
    const at = rng.int(1, chars.length - 1);
    chars.splice(at, 0, pick(INVIS));
    return chars.join('');
  };

  // ---------------- counterfeit kinds ----------------
  const MK_EN = [
    '1:1 replica',
    'mirror copy',
    'AAA replica',
    'super clone',
    'top grade copy',
    'rep',
    'high copy',
    'replica',
    'réplique',
    'Nachbau',
    'replika',
    'réplica',
    'copia identica',
    'namaak',
    'imitación',
  ];
  const MK_EN_INS = [
    'Please note this is a replica, not the original, priced accordingly.',
    'Copy version, looks the same as the real thing from a metre away.',
    'It is an imitation of the original design, made to the same size.',
    'Not genuine, this is a copy. Buy only if you are fine with that.',
  ];
  const MK_ZH = ['高仿', '一比一', '精仿', 'A货', '复刻版', '仿款', '顶级复刻', '超A货', '仿品', '高仿版'];
  const MK_ZH_INS = [
    '非正品，介意勿拍。',
    '高仿版本，细节和正品一致。',
    '一比一复刻，外观完全一样。',
    '仿款，价格便宜，懂的来。',
  ];
  const CODE_EN = [
    'W2C',
    'unauthorized authentic',
    'GX batch',
    'best batch',
    'budget batch',
    'same factory different label',
    'PK version',
    'Shenzhen edition',
    'UA',
    'LJR batch',
    'mirror grade',
  ];
  const CODE_ZH = [
    '莆田货',
    '纯原版本',
    '同厂不同标',
    '渠道货懂的来',
    '过验版',
    '顶级纯原',
    '原厂版本',
    '公司级',
    '对版',
    '头层货',
  ];
  const OEM_EN = [
    'factory overrun',
    'OEM leftover stock',
    'cancelled export order',
    'QC reject from the contract maker',
    'same production line, no logo card',
    'surplus from the OEM plant',
    'B-grade from the factory',
  ];
  const OEM_ZH = [
    '工厂尾单',
    '代工厂流出',
    '外贸原单剩余',
    '厂家内部货',
    '代工厂瑕疵品',
    '出口转内销尾货',
    '原厂剩余',
  ];
  const DM_EN = [
    'DM for real pics',
    'WhatsApp for more photos',
    'message on Telegram for prices',
    'ask for real pics on IG',
    'contact via WhatsApp +44',
    'Signal me for more',
    'DM for the catalogue',
  ];
  const DM_ZH = [
    '加微信看实拍',
    '私聊看实物图',
    '加V看更多',
    '扣扣聊',
    '实拍加薇',
    '朋友圈有实拍',
    '私信要图',
  ];
  const OFF_COLOURS = [
    'neon green',
    'rose gold',
    'camo',
    'hot pink',
    'leopard',
    'gold chrome',
    'rainbow',
    'glitter purple',
  ];

  const posLang = (w) => langPick(w);
  const SUF_EN = [
    '',
    '',
    ' - free postage',
    ' (tracked)',
    ' | ships fast',
    ' x2',
    ' 2 pack',
    ' 🔥',
    ' ✨',
    ' - see photos',
    ' UK',
    ' EU',
    ' last one',
    ' gift idea',
    ' + gift bag',
    ' ready stock',
    ' bundle',
  ];
  const SUF_ZH = [
    '',
    '',
    ' 包邮',
    ' 现货',
    ' 秒发',
    ' 两件',
    ' 特价',
    ' 热卖',
    ' 🔥',
    ' 送礼',
    ' 顺丰',
    ' 家用',
    ' 正在热销',
    ' 库存少',
  ];
  const vary = (t, lang) =>
    t.replace(/\{n\}/g, () => String(rng.int(2, 60))) +
    (rng.chance(0.55) ? pick(lang === 'en' ? SUF_EN : SUF_ZH) : '');
  const G = {};

  G['pos.marker_en'] = () => {
    const e = withLine();
    const mk = anyMarket('en');
    const s = base('pos.marker_en', e, 'en', mk, rng.float(0.08, 0.4));
    const m = pick(MK_EN);
    s.title = rng.chance(0.5)
      ? `${e.b.name} ${lineLabel(e)} ${e.l.noun} ${m}`
      : `${m.toUpperCase()} ${e.b.name} ${short(e)} ${e.l.noun}`;
    s.insert = pick(MK_EN_INS);
    s.quantity = rng.int(1, 20);
    return s;
  };
  G['pos.marker_zh'] = () => {
    const e = withLine();
    const lang = rng.chance(0.95) ? 'zh' : 'mixed';
    const mk = anyMarket('zh');
    const s = base('pos.marker_zh', e, lang, mk, rng.float(0.08, 0.4));
    const m = pick(MK_ZH);
    s.title =
      lang === 'zh'
        ? `${m} ${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}`
        : `${brandWord(e, 'zh')} ${e.l.nounZh} ${m} top grade replica`;
    s.insert = pick(MK_ZH_INS);
    s.quantity = rng.int(1, 50);
    return s;
  };
  G['pos.coded_language'] = () => {
    const e = withLine();
    const lang = posLang([0.5, 0.45, 0.05]);
    const mk = anyMarket(lang);
    const s = base('pos.coded_language', e, lang, mk, rng.float(0.12, 0.45));
    if (lang === 'en') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.noun} ${pick(CODE_EN)}`;
    else if (lang === 'zh') s.title = `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh} ${pick(CODE_ZH)}`;
    else s.title = `${brandWord(e, 'zh')} ${e.l.nounZh} ${pick(CODE_ZH)} best batch`;
    s.insert = lang === 'en' ? 'Those who know, know. Ask before ordering.' : '懂的来，不懂的别问。';
    return s;
  };
  G['pos.oem_leak'] = () => {
    const e = withLine();
    const lang = posLang([0.48, 0.47, 0.05]);
    const mk = anyMarket(lang);
    const s = base('pos.oem_leak', e, lang, mk, rng.float(0.15, 0.45));
    if (lang === 'en') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.noun} - ${pick(OEM_EN)}`;
    else if (lang === 'zh') s.title = `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh} ${pick(OEM_ZH)}`;
    else s.title = `${brandWord(e, 'zh')} ${e.l.nounZh} ${pick(OEM_ZH)} factory overrun`;
    s.insert =
      lang === 'en'
        ? 'Same materials as the retail version, just no official box or card.'
        : '和专柜同一条线出来的，没有吊牌和盒子。';
    s.quantity = rng.int(1, 30);
    return s;
  };
  G['pos.dm_real_pics'] = () => {
    const e = withLine();
    const lang = posLang([0.47, 0.43, 0.1]);
    const mk = anyMarket(lang);
    const s = base('pos.dm_real_pics', e, lang, mk, rng.float(0.12, 0.5));
    if (lang === 'en') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.noun} ${pick(DM_EN)}`;
    else if (lang === 'zh') s.title = `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh} ${pick(DM_ZH)}`;
    else s.title = `${brandWord(e, 'zh')} ${e.l.nounZh} ${pick(DM_ZH)} DM for real pics`;
    s.insert =
      lang === 'en'
        ? 'Listing photos are stock, real pictures and other versions by private message only.'
        : '图片是网图，实拍和其他版本私聊发。';
    return s;
  };
  G['pos.brand_nickname_zh'] = () => {
    const e = withLine((x) => x.b.nick);
    const mk = anyMarket('zh');
    const far = rng.chance(0.85);
    const s = base('pos.brand_nickname_zh', e, 'zh', mk, far ? rng.float(0.1, 0.33) : rng.float(0.4, 0.6));
    const n = pick(e.b.nick);
    s.title = far
      ? `${n} ${e.l.nounZh} ${pick(['特价', '清仓', '便宜出', '捡漏', '亏本'])}`
      : `${n} ${e.l.nounZh} ${pick(MK_ZH)}`;
    return s;
  };
  G['pos.brand_abbrev_emoji'] = () => {
    const e = withLine((x) => x.b.abbr);
    const lang = rng.chance(0.66) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const cheap = rng.chance(0.75);
    const s = base(
      'pos.brand_abbrev_emoji',
      e,
      lang,
      mk,
      cheap ? rng.float(0.06, 0.18) : rng.float(0.3, 0.55),
    );
    const a = pick(e.b.abbr);
    if (!cheap) s.quantity = rng.int(12, 80);
    s.title =
      lang === 'en'
        ? `${a} ${short(e)} ${e.l.noun}${cheap ? '' : ` ${s.quantity} pcs`}`
        : `${a} ${e.l.nounZh}${cheap ? ' 超低价' : ` 现货${s.quantity}个`}`;
    return s;
  };
  G['pos.brand_misspelled'] = () => {
    const e = withLine((x) => x.b.miss);
    const lang = rng.chance(0.72) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const cheap = rng.chance(0.78);
    const s = base('pos.brand_misspelled', e, lang, mk, cheap ? rng.float(0.08, 0.28) : rng.float(0.35, 0.6));
    if (!cheap) s.quantity = rng.int(10, 60);
    const m = pick(e.b.miss);
    s.title =
      lang === 'en'
        ? `${m} ${short(e)} ${e.l.noun}${cheap ? '' : ` x${s.quantity}`}`
        : `${m} ${e.l.nounZh}${cheap ? ' 特价' : ` ${s.quantity}件`}`;
    return s;
  };
  G['pos.brand_homoglyph'] = () => {
    const e = withLine();
    const lang = rng.chance(0.85) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const cheap = rng.chance(0.8);
    const s = base('pos.brand_homoglyph', e, lang, mk, cheap ? rng.float(0.08, 0.28) : rng.float(0.35, 0.6));
    if (!cheap) s.quantity = rng.int(10, 50);
    const h = homoglyph(e.b.name);
    s.title =
      lang === 'en'
        ? `${h} ${short(e)} ${e.l.noun}${cheap ? '' : ` lot of ${s.quantity}`}`
        : `${h} ${e.l.nounZh}${cheap ? ' 低价' : ` 批发${s.quantity}个`}`;
    return s;
  };
  G['pos.extreme_price'] = () => {
    const e = withLine();
    const lang = rng.chance(0.5) ? 'en' : 'zh';
    const cue = pick(['bulk', 'ship', 'colour', 'quality', 'factory']);
    if (cue === 'colour' && !e.l.colours?.length) return null;
    const mk = cue === 'ship' ? ctx.marketNotFrom(e.mfg, lang) : ctx.marketFrom(e.mfg, lang);
    if (!mk) return null;
    const s = base('pos.extreme_price', e, lang, mk, rng.float(0.04, 0.09));
    s.meta.extremeCue = cue;
    const nm =
      lang === 'en'
        ? `${e.b.name} ${lineLabel(e)} ${e.l.noun}`
        : `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}`;
    if (cue === 'bulk') {
      s.quantity = rng.int(20, 300);
      s.title = lang === 'en' ? `${nm} - ${s.quantity} units in stock` : `${nm} 现货${s.quantity}件`;
    } else if (cue === 'colour') {
      const c = pick(OFF_COLOURS.filter((x) => !e.l.colours.some((y) => y.toLowerCase() === x)));
      s.meta.offColour = c;
      s.title =
        lang === 'en'
          ? `${nm} ${c}`
          : `${nm} ${{ 'neon green': '荧光绿', 'rose gold': '玫瑰金', camo: '迷彩', 'hot pink': '亮粉', leopard: '豹纹', 'gold chrome': '电镀金', rainbow: '彩虹色', 'glitter purple': '闪粉紫' }[c]}`;
    } else if (cue === 'quality') s.title = lang === 'en' ? `${nm} top quality` : `${nm} 品质保证`;
    else if (cue === 'factory') s.title = lang === 'en' ? `${nm} factory direct` : `${nm} 工厂直供`;
    else s.title = nm;
    return s;
  };
  const WEAK = {
    several: ['several available', '有好几个'],
    nobox: ['no box', '无盒'],
    noreceipt: ['no receipt', '没有小票'],
    gift: ['unwanted gift', '别人送的用不上'],
    today: ['must go today', '今天必须出'],
  };
  G['pos.weak_cues'] = () => {
    const e = withLine();
    const lang = rng.chance(0.55) ? 'en' : 'zh';
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'today', 'ship'], rng.int(2, 3));
    const mk = cues.includes('ship') ? ctx.marketNotFrom(e.mfg, lang) : ctx.marketFrom(e.mfg, lang);
    if (!mk) return null;
    const s = base('pos.weak_cues', e, lang, mk, rng.float(0.33, 0.57));
    s.meta.weakCues = cues;
    const words = cues.filter((c) => c !== 'ship').map((c) => WEAK[c][lang === 'en' ? 0 : 1]);
    if (cues.includes('several')) s.quantity = rng.int(3, 9);
    s.title =
      lang === 'en'
        ? `${e.b.name} ${lineLabel(e)} ${e.l.noun}, ${words.join(', ')}`
        : `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh} ${words.join(' ')}`;
    return s;
  };
  G['pos.product_line_seller_style'] = () => {
    const e = withLine((x) => x.l.shortNames?.length || x.l.modelNumbers?.length);
    const lang = rng.chance(0.5) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const s = base('pos.product_line_seller_style', e, lang, mk, rng.float(0.1, 0.3));
    const c = rng.chance(0.5) ? code(e) : short(e);
    s.title =
      lang === 'en'
        ? `${c} ${e.l.noun} ${pick(['same as orig', 'mirror version', '1:1 quality', 'copy version', 'twin of the retail one', 'not orig but identical'])}`
        : `${c} ${e.l.nounZh} ${pick(['同款', '顶级版本', '原版品质', '一比一版本', '高仿同款'])}`;
    return s;
  };
  const ADMIT_EN = [
    'To be upfront: this is not an original, it is a well made copy bought from a supplier I use for my shop.',
    'I should say it is a replica. It looks identical and works fine, which is why the price is what it is.',
    'Honest listing: it is a high grade imitation, not from the brand, so please do not expect any warranty.',
    'These come from the same workshop that makes copies for market stalls, no official paperwork of course.',
  ];
  const ADMIT_ZH = [
    '说实话这不是正品，是高仿，但做工和正品看不出区别。',
    '这是复刻版本，不是专柜货，所以没有保修。',
    '老实讲是仿的，细节对比过，基本一样。',
    '非原装，渠道拿的高仿货，介意的不要拍。',
  ];
  G['pos.description_only'] = () => {
    const e = withLine();
    const lang = rng.chance(0.55) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const high = rng.chance(0.8);
    const s = base('pos.description_only', e, lang, mk, high ? rng.float(0.74, 0.98) : rng.float(0.52, 0.7));
    s.title =
      lang === 'en'
        ? `${e.b.name} ${lineLabel(e)} ${e.l.noun}`
        : `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}`;
    s.insert = pick(lang === 'en' ? ADMIT_EN : ADMIT_ZH);
    s.forceDesc = true;
    s.longP = 0.95;
    return s;
  };
  G['pos.circumvention'] = () => {
    const c = pick(ND.circumvention);
    const lang = c.lang;
    const mk = anyMarket(lang);
    const e = c.brand ? ctx.lineOf(c.brand, c.line) : null;
    const s = base('pos.circumvention', e, lang, mk, e ? rng.float(0.05, 0.3) : c.price);
    s.category = c.category;
    s.title = `${vary(pick(c.titles), lang === 'en' ? 'en' : 'zh')}${rng.chance(0.4) ? pick(lang === 'en' ? [' ✅', ' 🔥', ' (instant)', ' - lifetime'] : [' 秒发', ' 永久', ' 稳定不封', ' ✅']) : ''}`;
    s.insert = pick(c.inserts);
    return s;
  };
  G['pos.prerelease_disc'] = () => {
    const c = pick(ND.prerelease);
    const mk = anyMarket(c.lang);
    const s = base(
      'pos.prerelease_disc',
      null,
      c.lang,
      mk,
      priceAt(c.usd, rng.float(0.5, 1.1), mk.currency, rng),
    );
    s.brandId = c.brand;
    s.work = c.work;
    s.category = c.category;
    s.title =
      vary(pick(c.titles), c.lang === 'en' ? 'en' : 'zh') +
      (rng.chance(0.3)
        ? pick(
            c.lang === 'en' ? [' (region free)', ' - fast post', ' 2 disc'] : [' 现货', ' 包邮', ' 收藏版'],
          )
        : '');
    s.insert = c.lang === 'en' ? 'Ships in a plain sleeve, disc only.' : '只有光盘，简装发货。';
    return s;
  };
  G['pos.mixed_language'] = () => {
    const e = withLine();
    const mk = anyMarket('mixed');
    const s = base('pos.mixed_language', e, 'mixed', mk, rng.float(0.08, 0.4));
    const en = pick([
      '1:1 replica',
      'mirror copy',
      'top grade replica',
      'high copy version',
      'AAA quality copy',
      'super clone',
    ]);
    s.title = rng.chance(0.5)
      ? `${brandWord(e, 'zh')} ${e.l.nounZh} ${pick(MK_ZH)} ${en}`
      : `${en} ${e.b.name} ${short(e)} ${e.l.nounZh}`;
    return s;
  };

  // ---------------- legit kinds ----------------
  const enZh = (lang, en, zh) => (lang === 'en' ? en : zh);
  G['neg.plain'] = () => {
    const e = withLine();
    const lang = langPick([0.44, 0.48, 0.08]);
    const mk = anyMarket(lang);
    const s = base('neg.plain', e, lang, mk, rng.float(0.82, 1.15));
    if (lang === 'mixed') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.nounZh} brand new sealed`;
    else
      s.title = enZh(
        lang,
        `${e.b.name} ${lineLabel(e)} ${e.l.noun}${rng.chance(0.3) ? ' - new' : ''}`,
        `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}${rng.chance(0.3) ? ' 全新' : ''}`,
      );
    return s;
  };
  G['neg.generic_marker'] = () => {
    const g = pick(ND.genericMarker);
    const mk = anyMarket(g.lang);
    const s = base(
      'neg.generic_marker',
      null,
      g.lang,
      mk,
      priceAt(g.usd, rng.float(0.85, 1.2), mk.currency, rng),
    );
    s.category = g.category;
    s.title = vary(pick(g.titles), g.lang === 'en' ? 'en' : 'zh');
    s.quantity = rng.int(1, 20);
    return s;
  };
  G['neg.nominative'] = () => {
    const n = pick(ND.nominative);
    const mk = anyMarket(n.lang);
    const s = base(
      'neg.nominative',
      null,
      n.lang,
      mk,
      priceAt(n.usd, rng.float(0.85, 1.2), mk.currency, rng),
    );
    s.brandId = n.brand;
    s.category = n.category;
    s.title = vary(pick(n.titles), n.lang === 'en' ? 'en' : 'zh');
    s.quantity = rng.int(1, 30);
    return s;
  };
  G['neg.common_word_brand'] = () => {
    const n = pick(ND.commonWord);
    const mk = anyMarket(n.lang);
    const s = base(
      'neg.common_word_brand',
      null,
      n.lang,
      mk,
      priceAt(n.usd, rng.float(0.85, 1.2), mk.currency, rng),
    );
    s.brandId = n.brand;
    s.category = n.category;
    s.title = vary(pick(n.titles), n.lang === 'en' ? 'en' : 'zh');
    s.condition = n.used && rng.chance(0.5) ? 'used' : 'new';
    return s;
  };
  G['neg.authorized_seller'] = () => {
    const e = withLine();
    const lang = langPick([0.55, 0.4, 0.05]);
    const seller = pick(e.b.sellers).id;
    const zhSeller = /tmall|jd|taobao/.test(seller);
    if ((lang === 'en') === zhSeller) return null;
    const market = /tmall/.test(seller)
      ? 'tmall'
      : /jd/.test(seller)
        ? 'jd'
        : /rakuten/.test(seller)
          ? 'rakuten'
          : /ebay/.test(seller)
            ? 'ebay'
            : /shopee/.test(seller)
              ? 'shopee'
              : /aliexpress/.test(seller)
                ? 'aliexpress'
                : 'amazon';
    const sf = {
      tmall: 'CN',
      jd: 'CN',
      rakuten: 'JP',
      ebay: /ebay-de/.test(seller) ? 'DE' : /ebay-uk/.test(seller) ? 'GB' : 'US',
      shopee: 'SG',
      aliexpress: 'CN',
      amazon: 'US',
    }[market];
    const mk = ctx.marketFrom([sf], lang === 'en' ? 'en' : 'zh') ?? {
      market,
      shipFrom: sf,
      currency: market === 'rakuten' ? 'JPY' : 'USD',
    };
    mk.market = market;
    const s = base(
      'neg.authorized_seller',
      e,
      lang,
      {
        ...mk,
        currency: ['tmall', 'jd'].includes(market)
          ? 'CNY'
          : market === 'rakuten'
            ? 'JPY'
            : market === 'ebay' && sf === 'DE'
              ? 'EUR'
              : market === 'ebay' && sf === 'GB'
                ? 'GBP'
                : 'USD',
      },
      rng.float(0.55, 1.05),
    );
    s.sellerId = seller;
    s.quantity = rng.int(5, 500);
    if (lang === 'mixed') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.nounZh} official store 官方正品`;
    else
      s.title = enZh(
        lang,
        `${e.b.name} ${lineLabel(e)} ${e.l.noun}${rng.chance(0.5) ? ' | Official Store' : ''}`,
        `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}${rng.chance(0.5) ? ' 官方旗舰店' : ' 品牌直营'}`,
      );
    return s;
  };
  G['neg.second_hand'] = () => {
    const e = withLine();
    const lang = langPick([0.48, 0.48, 0.04]);
    const mk = anyMarket(lang);
    const above = rng.chance(0.08);
    const s = base('neg.second_hand', e, lang, mk, above ? rng.float(1.05, 1.4) : rng.float(0.3, 0.8), {
      condition: rng.chance(0.85) ? 'used' : 'refurbished',
    });
    const st = enZh(
      lang,
      pick(['used', 'pre-owned', 'second hand', 'lightly used', 'gebraucht', 'usato', "d'occasion"]),
      pick(['二手', '自用闲置', '九成新', '八成新', '用过几次']),
    );
    if (lang === 'mixed') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.nounZh} 二手 used good condition`;
    else
      s.title = enZh(
        lang,
        `${st} ${e.b.name} ${lineLabel(e)} ${e.l.noun}${above ? ' (discontinued, hard to find)' : ''}`,
        `${st} ${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}${above ? ' 已停产 难找' : ''}`,
      );
    return s;
  };
  G['neg.promotion'] = () => {
    const e = withLine();
    const lang = langPick([0.5, 0.47, 0.03]);
    const mk = anyMarket(lang);
    const s = base('neg.promotion', e, lang, mk, rng.float(0.55, 0.85));
    const p = enZh(
      lang,
      pick([
        'Black Friday',
        'Cyber Monday deal',
        'Winter sale',
        'Clearance -30%',
        'Nikolaus-Angebot',
        "Soldes d'hiver",
        'Rebajas',
        'Lightning deal',
        'Boxing Day early',
      ]),
      pick(['双十二预热', '年货节', '百亿补贴', '国家补贴', '限时秒杀', '店庆特惠', '满减活动']),
    );
    if (lang === 'mixed') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.nounZh} 双十二 holiday sale`;
    else
      s.title = enZh(
        lang,
        `${p}: ${e.b.name} ${lineLabel(e)} ${e.l.noun}`,
        `${p} ${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}`,
      );
    s.quantity = rng.int(1, 200);
    return s;
  };
  G['neg.gray_market'] = () => {
    const e = withLine();
    const lang = langPick([0.5, 0.44, 0.06]);
    const mk = anyMarket(lang);
    const s = base('neg.gray_market', e, lang, mk, rng.float(0.82, 0.98));
    const g = enZh(
      lang,
      pick([
        'Japan import',
        'EU version',
        'imported from Korea',
        'UK stock, import',
        'duty free purchase',
        'Asian market version',
        'Import aus Japan',
      ]),
      pick(['日版', '港版', '韩国免税店', '海外直邮', '德版', '欧版', '美版']),
    );
    if (lang === 'mixed') s.title = `${e.b.name} ${lineLabel(e)} ${e.l.nounZh} 日版 Japan import`;
    else
      s.title = enZh(
        lang,
        `${e.b.name} ${lineLabel(e)} ${e.l.noun} (${g})`,
        `${g} ${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh}`,
      );
    return s;
  };
  G['neg.negated_marker'] = () => {
    const e = withLine();
    const lang = rng.chance(0.42) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const s = base('neg.negated_marker', e, lang, mk, rng.float(0.8, 1.05));
    const n = enZh(
      lang,
      pick([
        'not a replica',
        'no fakes, receipt included',
        'genuine, not a copy',
        'keine Fälschung',
        'pas une copie',
        '100% authentic, no replica',
      ]),
      pick(['假一赔十', '非高仿', '不是仿品', '拒绝仿品', '正品保证 非复刻']),
    );
    s.title = enZh(
      lang,
      `${e.b.name} ${lineLabel(e)} ${e.l.noun} - ${n}`,
      `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh} ${n}`,
    );
    return s;
  };
  G['neg.colour_words'] = () => {
    const e = withLine((x) => x.l.colours?.length);
    const lang = rng.chance(0.78) ? 'en' : 'zh';
    const mk = anyMarket(lang);
    const s = base('neg.colour_words', e, lang, mk, rng.float(0.82, 1.1));
    const c = pick(e.l.colours);
    s.title = enZh(
      lang,
      `${e.b.name} ${lineLabel(e)} ${e.l.noun} in ${c}`,
      `${brandWord(e, 'zh')} ${short(e)} ${e.l.nounZh} ${c}`,
    );
    return s;
  };
  G['neg.model_codes'] = () => {
    const n = pick(ND.modelCodes);
    const mk = anyMarket(n.lang);
    const s = base(
      'neg.model_codes',
      null,
      n.lang,
      mk,
      priceAt(n.usd, rng.float(0.85, 1.2), mk.currency, rng),
    );
    s.category = n.category;
    s.title = vary(pick(n.titles), n.lang === 'en' ? 'en' : 'zh');
    s.quantity = rng.int(1, 100);
    return s;
  };
  G['neg.licensed_repro'] = () => {
    const n = pick(ND.licensed);
    const lang = n.lang;
    const mk = n.seller ? null : anyMarket(lang);
    let s;
    if (n.seller) {
      s = base('neg.licensed_repro', null, lang, n.mk, n.price);
      s.sellerId = n.seller;
    } else
      s = base('neg.licensed_repro', null, lang, mk, priceAt(n.usd, rng.float(0.9, 1.1), mk.currency, rng));
    s.brandId = n.brand;
    s.work = n.work ?? null;
    s.category = n.category;
    s.title = vary(pick(n.titles), n.lang === 'en' ? 'en' : 'zh');
    if (n.insert) s.insert = n.insert;
    if (n.forceDesc) s.forceDesc = true;
    return s;
  };
  G['neg.used_console'] = () => {
    const n = pick(ND.usedConsole);
    const mk = anyMarket(n.lang);
    const s = base(
      'neg.used_console',
      n.brand ? ctx.lineOf(n.brand, n.line) : null,
      n.lang,
      mk,
      n.brand ? rng.float(0.45, 0.85) : priceAt(n.usd, rng.float(0.8, 1.2), mk.currency, rng),
      { condition: 'used' },
    );
    s.category = 'game-consoles';
    s.title = vary(pick(n.titles), n.lang === 'en' ? 'en' : 'zh');
    s.insert =
      n.lang === 'en'
        ? 'Stock firmware, never modded, no extra games added.'
        : '原装系统，没有刷机，没有加游戏。';
    return s;
  };
  G['neg.cheap_unbranded'] = () => {
    const n = pick(ND.cheap);
    const mk = anyMarket(n.lang);
    const s = base(
      'neg.cheap_unbranded',
      null,
      n.lang,
      mk,
      priceAt(n.usd, rng.float(0.85, 1.2), mk.currency, rng),
    );
    s.category = n.category;
    s.title = vary(pick(n.titles), n.lang === 'en' ? 'en' : 'zh');
    s.quantity = rng.int(1, 500);
    return s;
  };
  return G;
}
