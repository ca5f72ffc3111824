// Generators for the test-v15 kinds. All vocabulary here was written fresh for this set.
import { priceAt } from './lib.js';

export const HOMO = {
  a: 'а',
  e: 'е',
  o: 'о',
  i: 'і',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  E: 'Е',
  O: 'О',
  K: 'К',
  M: 'М',
  T: 'Т',
  H: 'Н',
  B: 'В',
  C: 'С',
  P: 'Р',
  X: 'Χ',
};
const INVIS = ['\u200b', '\u2060', '\u200c', '\u00ad'];

export function makeGenerators(ctx, rng) {
  const P = rng.pick;
  const ri = rng.int;
  const ch = rng.chance;
  const HAN = ctx.HAN;
  const ln = (e) => P([e.l.name, e.l.name, ...(e.l.shortNames ?? [])]);
  const bn = (e) => e.b.name;
  const bz = (e) => (ch(0.6) ? ctx.zhName(e.b) : e.b.name);
  const cat = (a, b) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b);
  // collapse spaces and an immediately repeated word ("Coleco Coleco Adam")
  const fill = (s) =>
    s
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/(?<![\p{L}\p{N}])([\p{L}\p{N}]{2,}) \1(?![\p{L}\p{N}])/giu, '$1');

  function make(kind, o) {
    const e = o.e ?? null;
    const pl = o.place;
    if (!pl) return null;
    let price = o.price;
    if (price === undefined) {
      const [lo, hi] = o.ratio;
      const r = rng.float(lo, hi);
      price = priceAt(e.retail, r, pl.currency, rng, lo, hi);
    }
    return {
      kind,
      label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
      brandId: o.brandId !== undefined ? o.brandId : (e?.b.id ?? null),
      lineKey: e?.l.key ?? null,
      work: o.work ?? null,
      category: o.category ?? e?.l.category,
      title: fill(o.title),
      market: pl.market,
      shipFrom: pl.shipFrom,
      currency: pl.currency,
      price,
      quantity: o.quantity ?? 1,
      condition: o.condition ?? 'new',
      sellerId: o.sellerId ?? null,
      lang: o.lang,
      family: o.family,
      insert: o.insert ?? null,
      forceDesc: o.forceDesc,
      longP: o.longP,
      meta: { cues: [], ...(o.meta ?? {}) },
    };
  }
  const usd = (amount, pl) => priceAt(amount, 1, pl.currency, rng);
  const hasLines = (b, _l) => !b.works?.length;

  // ---------------- vocab ----------------
  const MARK_EN = [
    (B, L) => `${B} ${L} 1:1 replica`,
    (B, L) => `Replica ${B} ${L} – mirror grade`,
    (B, L) => `${L} ${B} AAA copy, looks identical`,
    (B, L) => `First copy ${B} ${L} Dubai stock`,
    (B, L) => `Réplica ${B} ${L} calidad espejo`,
    (B, L) => `${B} ${L} kopia 1:1 wysoka jakość`,
    (B, L) => `Nep ${B} ${L} – niet van echt te onderscheiden`,
    (B, L) => `${B} ${L} kopi, ligner originalen`,
    (B, L) => `Imitación ${B} ${L} grado AAA`,
    (B, L) => `${B} ${L} super clone`,
    (B, L) => `fake ${B} ${L} tbh nobody can tell`,
    (B, L) => `${B} ${L} replika 1:1, ne razlikuje se`,
    (B, L) => `Replika ${B} ${L} – verná kópia`,
    (B, L) => `${B} ${L} copie fidelă, replica`,
    (B, L) => `${B} ${L} imitasyon A kalite`,
    (B, L) => `${B} ${L} hàng fake loại 1`,
    (B, L) => `${B} ${L} barang tiruan gred AAA`,
    (B, L) => `${B} ${L} imitation haut de gamme`,
    (B, L) => `Knock-off ${B} ${L}, same look for a fraction`,
    (B, L) => `${B} ${L} copy grade A+ 👌`,
    (B, L) => `${B} ${L} نسخة طبق الأصل 1:1`,
    (B, L) => `${B} ${L} ماستر كوبي`,
    (B, L) => `${B} ${L} реплика 1:1`,
    (B, L) => `${B} ${L} копие висок клас`,
    (B, L) => `${B} ${L} ასლი 1:1`,
    (B, L) => `${B} ${L} eftirlíking, lítur eins út`,
    (B, L) => `Mirror replica ${L} by ${B}`,
    (B, L) => `${B} ${L} [REPLICA] read desc`,
    (B, L) => `${L} – ${B} dupe replica`,
    (B, L) => `${B} ${L} nachgemacht, Top Nachbildung`,
    (B, L) => `${B} ${L} kopio, erittäin hyvä jäljitelmä`,
    (B, L) => `${B} ${L} falso de primera línea`,
    (B, L) => `${B} ${L} réplica premium 1.1`,
    (B, L) => `${B} ${L} counterfeit-grade lookalike, AAA`,
  ];
  const MARK_ZH = [
    '高仿',
    '顶级高仿',
    '一比一',
    '1:1复刻',
    'A货',
    '精仿',
    '超A',
    '仿款',
    '复刻版',
    '仿品',
    '高仿版',
    '顶配复刻',
    '原版复刻',
    '山寨版',
    '仿制',
    '複刻',
    '高仿貨',
    'A貨',
    '精仿版',
    '一比一复刻',
  ];
  const ZH_TAIL = [
    '细节到位',
    '专柜品质',
    '几乎看不出',
    '做工细',
    '包邮',
    '现货秒发',
    '随便验',
    '和正品放一起分不出',
    '懂的来',
    '',
    '',
    '低价出',
    '顺丰到付',
    '亏本冲量',
  ];
  const CODED_EN = [
    'top batch',
    'best batch on the market',
    'GX batch',
    'retail-grade batch',
    'QC pics before shipping',
    'budget batch',
    'premium batch',
    'tier 1 version',
    'for those who know 🤫',
    'passes the legit-check apps',
    'W2C in bio',
    'UA version',
    'unauthorized version',
    'P-batch',
    'S-tier rep',
    'rep batch 2.0',
    'H12 batch',
    'v3 batch, fixed logo',
    'LJ batch ✔',
    'batch flaws fixed',
    'QC photos on request',
    'versión alternativa',
    'batch superior',
    'beste batch',
    'batch B, sans défaut',
  ];
  const CODED_ZH = [
    '纯原版',
    '顶级版本',
    '对版',
    '过验版',
    '鉴定可过',
    '细节对比官方',
    '同料不同标',
    '懂货的来',
    '公司级',
    '天花板版本',
    '区别只在价格',
    '得物可过',
    '原厂同料',
    '高版本',
    '通货版',
    '性价比版',
    '版本：顶级',
    '最高版本',
    '原厂模具版',
    '专柜对版',
    '过毒app',
    '验货可过',
  ];
  const OEM_EN = [
    'factory overrun',
    'OEM surplus from the Shenzhen plant',
    'cancelled export order',
    'same factory, unlabelled',
    'contract-factory leftover from Ho Chi Minh City',
    'B-grade from the supplier',
    'made on the same line after hours',
    'excedente de fábrica',
    'fabrieksoverschot',
    'fabriksoverskud',
    'nadvýroba z továrne',
    'višak iz tvornice',
    'sobra de fábrica',
    'fason fazlası',
    'فائض مصنع',
    'overstock from the OEM',
    'Dongguan OEM leftovers',
    'export surplus, factory direct',
    'unbranded run from the original maker',
    'production overrun lot',
  ];
  const OEM_ZH = [
    '原厂尾单',
    '代工厂流出',
    '工厂多做的',
    '外贸原单',
    '跟单货',
    '剪标尾货',
    '出口转内销',
    '同厂同线',
    '大厂代工货',
    '工厂库存流出',
    '越南厂流出',
    '东莞代工厂尾货',
    '原单余货',
    '代工厂私货',
    '工厂直出同款',
  ];
  const DM_EN = [
    'DM for real pics',
    'WhatsApp for live photos +971 5X',
    'more pics on Telegram',
    'text me for actual photos, listing pic is stock',
    'IG dm for real shots',
    'Viber for pictures',
    'escríbeme por WhatsApp para fotos reales',
    'stuur een appje voor echte foto’s',
    'skriv på Messenger for rigtige billeder',
    'pišite na Viber za stvarne slike',
    'LINE me for real photos',
    'real pics on WA only',
    'snap me for the real ones 👻',
    'contact WhatsApp for photos and price',
    'Telegram @ in profile for pics',
    'KakaoTalk for real photos',
    'pm on Signal for pics',
  ];
  const DM_ZH = [
    '加微信看实拍',
    '实物图加V',
    '私聊发细节',
    'vx看图',
    '实拍加薇',
    '扣扣看货',
    '加我飞机看图',
    '威信看实物',
    '图片是官图，实拍私我',
    '加V：详聊',
    '加薇信看视频',
    '卫星看图',
  ];
  const DESC_ADMIT_EN = [
    'To be clear, this is a high-end replica, not the original.',
    'It is a copy, but honestly you cannot tell once it is in use.',
    'Not genuine: mirror version made by a partner workshop.',
    'Note: unofficial reproduction, logos identical to the real one.',
    'Just so you know it is a replica, which is why the price is like this.',
    'This is an AAA copy, same look, same weight, much lower price.',
    'Es una réplica de muy buena calidad, no es original.',
    'Dit is een namaakversie, maar van de beste soort.',
    'Det er en kopi, ikke original, men meget tæt på.',
    'Ovo je kopija visoke kvalitete, nije original.',
    'Made in the same style as the original, replica grade A.',
    'I have to say it: this is not authentic, it is a 1:1 clone.',
  ];
  const DESC_ADMIT_ZH = [
    '说明一下，这是高仿版本，不是正品。',
    '懂的都懂，此款为复刻，品质对标官方。',
    '非原装，是一比一复刻的版本。',
    '实话说是A货，但做工和正品差不多。',
    '价格这么低是因为是精仿版，介意勿拍。',
    '这是仿款，外观细节都对得上。',
    '不是官方正品，是工厂复刻货，请知悉。',
    '這是高仿，非正品，介意勿下單。',
  ];
  const OFF_COLOURS = [
    'lime green',
    'neon pink',
    'rose gold',
    'camo',
    'tiffany blue',
    'leopard print',
    'lilac',
    'fluorescent orange',
    'baby pink',
    'turquoise',
    'mint candy',
    'glitter purple',
  ];
  const QUALITY = ['top quality', 'high quality', 'premium quality', 'great quality'];
  const FACTORY = ['direct from the factory', 'factory price', 'from the manufacturer', 'factory direct'];
  const QUALITY_ZH = ['品质好', '质量很好', '品质保证', '做工好'];
  const FACTORY_ZH = ['工厂直销', '厂家直供', '工厂价', '厂家出货'];
  const WEAK = {
    several: ['have several', 'got 5 of these', 'multiple available', 'plenty more', 'tengo varios'],
    nobox: ['no box', 'without box', 'sin caja', 'zonder doos', 'bez kutije'],
    noreceipt: ['no receipt', 'no proof of purchase', 'sin ticket', 'geen bon'],
    gift: ['unwanted gift', 'got it as a present, never used', 'regalo no deseado', 'ongewenst cadeau'],
    today: ['must go today', 'quick sale', 'need gone asap', 'hoy mismo', 'vandaag weg'],
  };
  const WEAK_ZH = {
    several: '有好几个',
    nobox: '无盒',
    noreceipt: '无小票',
    gift: '别人送的用不上',
    today: '今天就要出',
  };

  const pickE = (f) => ctx.pickLine((b, l) => hasLines(b, l) && (!f || f(b, l)));
  const enPlace = (_e, opts = {}) => ctx.place('en', opts);
  const zhPlace = () => ctx.place('zh');
  const _cheap = [0.06, 0.38];

  const G = {};
  const TAIL_EN1 = [
    '',
    '',
    'as pictured',
    'as pictured',
    'fast post',
    'free shipping',
    'UK seller',
    'EU stock',
    'quick dispatch',
    'gift idea',
    'nuevo',
    'nieuw',
    'ny',
    'novo',
    'neu',
  ];
  const TAIL_EN2 = [
    '',
    '',
    '',
    '(1 pc)',
    '(2 pcs)',
    '– see photos',
    '– read description',
    '#home',
    '– collection ok',
    '✓',
    '★',
    '– offers welcome',
  ];
  const TAIL_ZH1 = [
    '',
    '',
    '包邮',
    '现货',
    '新款',
    '特价',
    '两件装',
    '顺丰',
    '批发',
    '次日达',
    '秒发',
    '热卖',
  ];
  const TAIL_ZH2 = ['', '', '', '实拍', '多规格', '可开票', '支持退换', '家用', '送礼', '办公室'];
  const vary = (t, zh) => (zh ? `${t} ${P(TAIL_ZH1)} ${P(TAIL_ZH2)}` : `${t} ${P(TAIL_EN1)} ${P(TAIL_EN2)}`);

  G['pos.marker_en'] = () => {
    const e = pickE();
    return make('pos.marker_en', {
      e,
      lang: 'en',
      title: P(MARK_EN)(bn(e), ln(e)),
      place: enPlace(e),
      ratio: [0.08, 0.45],
      quantity: ri(1, 4),
    });
  };
  G['pos.marker_zh'] = () => {
    const e = pickE();
    const m = P(MARK_ZH);
    const t = P([
      `${m}${bz(e)} ${ln(e)} ${P(ZH_TAIL)}`,
      `${bz(e)} ${ln(e)} ${m} ${P(ZH_TAIL)}`,
      `【${m}】${cat(bz(e), ln(e))}`,
      `${ln(e)} ${m}款 ${bz(e)} ${P(ZH_TAIL)}`,
    ]);
    return make('pos.marker_zh', {
      e,
      lang: 'zh',
      title: t,
      place: zhPlace(),
      ratio: [0.05, 0.4],
      quantity: ri(1, 30),
    });
  };
  G['pos.coded_language'] = () => {
    const e = pickE();
    if (ch(0.5)) {
      const c = P(CODED_EN);
      const t = P([
        `${bn(e)} ${ln(e)} – ${c}`,
        `${ln(e)} ${bn(e)} ${c}`,
        `${c.toUpperCase()} ${bn(e)} ${ln(e)}`,
      ]);
      return make('pos.coded_language', {
        e,
        lang: 'en',
        title: t,
        place: enPlace(e),
        ratio: [0.1, 0.45],
        quantity: ri(1, 6),
      });
    }
    const c = P(CODED_ZH);
    const t = P([`${bz(e)} ${ln(e)} ${c}`, `${c} ${cat(bz(e), ln(e))} ${P(ZH_TAIL)}`, `${ln(e)}【${c}】`]);
    return make('pos.coded_language', {
      e,
      lang: 'zh',
      title: t,
      place: zhPlace(),
      ratio: [0.08, 0.45],
      quantity: ri(1, 20),
    });
  };
  G['pos.oem_leak'] = () => {
    const e = pickE();
    if (ch(0.5)) {
      const c = P(OEM_EN);
      const t = P([
        `${bn(e)} ${ln(e)} (${c})`,
        `${c} – ${bn(e)} ${ln(e)}`,
        `${ln(e)} ${bn(e)}, ${c}, unboxed`,
      ]);
      return make('pos.oem_leak', {
        e,
        lang: 'en',
        title: t,
        place: enPlace(e),
        ratio: [0.12, 0.5],
        quantity: ri(1, 12),
      });
    }
    const c = P(OEM_ZH);
    const t = P([`${c} ${cat(bz(e), ln(e))}`, `${bz(e)} ${ln(e)} ${c} ${P(ZH_TAIL)}`, `${ln(e)} ${c}`]);
    return make('pos.oem_leak', {
      e,
      lang: 'zh',
      title: t,
      place: zhPlace(),
      ratio: [0.1, 0.5],
      quantity: ri(1, 20),
    });
  };
  G['pos.dm_real_pics'] = () => {
    const e = pickE();
    if (ch(0.62)) {
      const c = P(DM_EN);
      const t = P([`${bn(e)} ${ln(e)} – ${c}`, `${ln(e)} ${bn(e)} ${c}`, `${bn(e)} ${ln(e)} new, ${c}`]);
      return make('pos.dm_real_pics', {
        e,
        lang: 'en',
        title: t,
        place: enPlace(e),
        ratio: [0.15, 0.55],
        quantity: ri(1, 5),
      });
    }
    const c = P(DM_ZH);
    const t = P([`${bz(e)} ${ln(e)} ${c}`, `${ln(e)} ${bz(e)} 全新 ${c}`, `${c} ${cat(bz(e), ln(e))}`]);
    return make('pos.dm_real_pics', {
      e,
      lang: 'zh',
      title: t,
      place: zhPlace(),
      ratio: [0.12, 0.55],
      quantity: ri(1, 5),
    });
  };
  G['pos.brand_nickname_zh'] = () => {
    const e = pickE((b) => b.priv?.nick?.length);
    const n = P(e.b.priv.nick);
    const far = ch(0.82);
    const tail = far
      ? P(['', '特价', '清仓', '跳楼价', '白菜价', ''])
      : P(['工厂直出', '一比一', '批发价 十件起', '原单']);
    const t = P([`${n} ${ln(e)} ${tail}`, `${n}同款 ${ln(e)} ${tail}`, `${tail} ${n} ${ln(e)}`]);
    return make('pos.brand_nickname_zh', {
      e,
      lang: 'zh',
      title: t,
      place: zhPlace(),
      ratio: far ? [0.05, 0.33] : [0.4, 0.6],
      quantity: ri(1, 10),
    });
  };
  G['pos.brand_abbrev_emoji'] = () => {
    const e = pickE((b) => b.priv?.abbr?.length);
    const a = P(e.b.priv.abbr);
    const mode = P(['price', 'price', 'bulk', 'stated']);
    const stated = mode === 'stated' ? P([' inspired version', ' not og 🤫', ' rep', ' 1:1', ' dupe']) : '';
    const t = P([`${a} ${ln(e)}${stated}`, `${ln(e)} ${a}${stated}`, `🔥 ${a} ${ln(e)}${stated} 🔥`]);
    const zh = ch(0.12);
    const title = zh ? `${t} 全新 现货` : t;
    return make('pos.brand_abbrev_emoji', {
      e,
      lang: zh ? 'zh' : 'en',
      title,
      place: zh ? zhPlace() : enPlace(e),
      ratio: mode === 'price' ? [0.05, 0.19] : [0.25, 0.6],
      quantity: mode === 'bulk' ? ri(10, 80) : ri(1, 4),
      meta: mode === 'stated' ? { statedCue: true } : {},
    });
  };
  G['pos.brand_misspelled'] = () => {
    const e = pickE((b) => b.priv?.miss?.length);
    const m = P(e.b.priv.miss);
    const mode = P(['price', 'price', 'bulk', 'stated']);
    const stated = mode === 'stated' ? P([' (copy)', ' replica style', ' – AAA', ' look-alike version']) : '';
    const t = P([
      `${m} ${ln(e)}${stated}`,
      `${ln(e)} ${m}${stated}`,
      `NEW ${m} ${ln(e)}${stated}`,
      `${m} ${ln(e)} brand new${stated}`,
    ]);
    return make('pos.brand_misspelled', {
      e,
      lang: 'en',
      title: t,
      place: enPlace(e),
      ratio: mode === 'price' ? [0.05, 0.28] : [0.3, 0.6],
      quantity: mode === 'bulk' ? ri(10, 60) : ri(1, 3),
      meta: mode === 'stated' ? { statedCue: true } : {},
    });
  };
  const homoglyph = (name) => {
    const chars = [...name];
    const idx = chars.map((c, i) => (HOMO[c] ? i : -1)).filter((i) => i >= 0);
    if (idx.length && ch(0.75)) {
      for (const i of rng.pickN(idx, ri(1, Math.min(2, idx.length)))) chars[i] = HOMO[chars[i]];
      return chars.join('');
    }
    const at = ri(1, Math.max(1, chars.length - 1));
    chars.splice(at, 0, P(INVIS));
    return chars.join('');
  };
  G['pos.brand_homoglyph'] = () => {
    const e = pickE();
    const h = homoglyph(bn(e));
    const mode = P(['price', 'price', 'bulk', 'stated']);
    const stated = mode === 'stated' ? P([' 1:1', ' replica', ' copy']) : '';
    const t = P([`${h} ${ln(e)}${stated}`, `${h} ${ln(e)} new${stated}`, `${ln(e)} ${h}${stated}`]);
    return make('pos.brand_homoglyph', {
      e,
      lang: 'en',
      title: t,
      place: enPlace(e),
      ratio: mode === 'price' ? [0.05, 0.28] : [0.3, 0.6],
      quantity: mode === 'bulk' ? ri(10, 50) : ri(1, 3),
      meta: mode === 'stated' ? { statedCue: true } : {},
    });
  };
  G['pos.extreme_price'] = () => {
    const e = pickE((_b, l) => l.category !== 'software' && l.category !== 'video-games');
    const mfg = ctx.mfg(e);
    const cue = P(['bulk', 'ship', 'colour', 'quality', 'factory']);
    const zh = ch(0.15) && mfg.includes('CN') && cue !== 'ship';
    let place;
    if (zh) place = zhPlace();
    else if (cue === 'ship') place = ctx.place('en', { notIn: mfg });
    else place = ctx.place('en', { inCountries: mfg });
    if (!place) return null;
    let extra = '';
    let offColour;
    if (cue === 'colour') {
      offColour = P(OFF_COLOURS.filter((c) => !(e.l.colours ?? []).includes(c)));
      extra = zh ? offColour : offColour;
    } else if (cue === 'quality') extra = zh ? P(QUALITY_ZH) : P(QUALITY);
    else if (cue === 'factory') extra = zh ? P(FACTORY_ZH) : P(FACTORY);
    const B = zh ? bz(e) : bn(e);
    const t = P([`${B} ${ln(e)} ${extra}`, `${extra} ${B} ${ln(e)}`, `${B} ${ln(e)} new ${extra}`]);
    const lang = zh ? (HAN.test(extra) || HAN.test(B) ? 'any' : 'any') : 'en';
    return make('pos.extreme_price', {
      e,
      lang,
      title: zh && !HAN.test(t) ? `${t} 全新` : t,
      place,
      ratio: [0.035, 0.095],
      quantity: cue === 'bulk' ? ri(20, 200) : ri(1, 2),
      meta: { extremeCue: cue, ...(offColour ? { offColour } : {}) },
    });
  };
  G['pos.weak_cues'] = () => {
    const e = pickE((_b, l) => l.category !== 'software' && l.category !== 'video-games');
    const mfg = ctx.mfg(e);
    const n = ri(2, 3);
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'today', 'ship'], n);
    const zh = ch(0.14) && !cues.includes('ship') && mfg.includes('CN');
    let place;
    if (zh) place = zhPlace();
    else if (cues.includes('ship')) place = ctx.place('en', { notIn: mfg });
    else place = ctx.place('en', { inCountries: mfg });
    if (!place) return null;
    const words = cues.filter((c) => c !== 'ship').map((c) => (zh ? WEAK_ZH[c] : P(WEAK[c])));
    const B = zh ? bz(e) : bn(e);
    const t = zh
      ? `${B} ${ln(e)} 全新 ${words.join(' ')}`
      : `${B} ${ln(e)} new${words.length ? ` – ${words.join(', ')}` : ''}`;
    return make('pos.weak_cues', {
      e,
      lang: zh ? 'any' : 'en',
      title: t,
      place,
      ratio: [0.31, 0.59],
      quantity: cues.includes('several') ? ri(3, 8) : ri(1, 2),
      meta: { weakCues: cues },
    });
  };
  const LS_EN = [
    '1:1 version',
    'copy version',
    'OEM unit',
    'same as original, no logo',
    'replica build',
    'clone, all functions',
    'AAA version',
    'mirror edition',
  ];
  const LS_ZH = ['一比一版本', '复刻款', '同款无标', '高仿', '原厂代工无标版', '精仿', '顶级版本', '工厂货'];
  G['pos.product_line_seller_style'] = () => {
    const e = pickE((_b, l) => l.shortNames?.length || l.modelNumbers?.length);
    const code = P([...(e.l.shortNames ?? []), ...(e.l.modelNumbers ?? []), e.l.name]);
    if (ch(0.5)) {
      const t = P([
        `${code} ${P(LS_EN)}`,
        `${P(LS_EN)} ${code}`,
        `${code} ${e.l.category.replace('-', ' ')} ${P(LS_EN)}`,
      ]);
      return make('pos.product_line_seller_style', {
        e,
        lang: 'en',
        title: t,
        place: enPlace(e),
        ratio: [0.06, 0.4],
        quantity: ri(1, 10),
      });
    }
    const t = P([`${code} ${P(LS_ZH)}`, `${P(LS_ZH)} ${code} ${P(ZH_TAIL)}`, `${code}同款 ${P(LS_ZH)}`]);
    return make('pos.product_line_seller_style', {
      e,
      lang: 'zh',
      title: t,
      place: zhPlace(),
      ratio: [0.05, 0.4],
      quantity: ri(1, 30),
    });
  };
  const CLEAN_EN = [
    'new',
    'brand new',
    'sealed',
    'unused',
    'latest version',
    'fast shipping',
    '',
    'great price',
    'nuevo',
    'nieuw',
    'ny',
    'novo',
  ];
  const CLEAN_ZH = ['全新', '现货', '包邮', '新款', '', '顺丰'];
  G['pos.description_only'] = () => {
    const e = pickE();
    const high = ch(0.7);
    const zh = ch(0.28);
    const t = zh ? `${bz(e)} ${ln(e)} ${P(CLEAN_ZH)}` : `${bn(e)} ${ln(e)} ${P(CLEAN_EN)}`;
    return make('pos.description_only', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place: zh ? zhPlace() : enPlace(e),
      ratio: high ? [0.74, 0.98] : [0.52, 0.7],
      quantity: ri(1, 3),
      forceDesc: true,
      longP: 0.75,
      insert: zh ? P(DESC_ADMIT_ZH) : P(DESC_ADMIT_EN),
    });
  };
  const CIRC = [
    ['bitdefender', 'total', 'en', (L) => `Bitdefender ${L} keygen – lifetime activation`],
    ['bitdefender', 'premium', 'en', (L) => `Bitdefender ${L} cracked, no subscription ever`],
    ['bitdefender', 'gz', 'en', (L) => `${L} license bypass patch, unlimited endpoints`],
    ['bitdefender', 'total', 'zh', (L) => `比特梵德 ${L} 永久激活 破解版`],
    ['bitdefender', 'premium', 'zh', (L) => `Bitdefender ${L} 注册机 无限设备`],
    ['serato', 'djpro', 'en', (L) => `Serato ${L} full version cracked, lifetime`],
    ['serato', 'suite', 'en', (L) => `Serato ${L} all expansions unlocked (patched)`],
    ['serato', 'studio', 'en', (L) => `${L} crack + 20GB sample pack`],
    ['serato', 'djpro', 'zh', (L) => `Serato ${L} 破解版 永久使用 远程安装`],
    ['pioneer-dj', 'rekordbox', 'en', (L) => `${L} 7 crack – all Creative features unlocked`],
    ['pioneer-dj', 'rekordbox', 'zh', (L) => `${L} 破解版 全功能 永久`],
    ['warhorse', 'kcd2', 'en', (L) => `${L} trainer +30 unlimited groschen`],
    ['warhorse', 'kcd2', 'en', (L) => `${L} all DLC unlocker, PC`],
    ['warhorse', 'kcd1', 'en', (L) => `${L} cracked repack, offline`],
    ['warhorse', 'kcd2', 'zh', (L) => `${L} 修改器 无限金钱 无限体力`],
    ['warhorse', 'kcd2-gold', 'zh', (L) => `${L} 全DLC解锁补丁 免steam`],
    ['coleco', 'cv', 'en', (L) => `${L} flash cart, 150 ROMs preloaded`],
    ['coleco', 'cv', 'en', (L) => `${L} multicart 100-in-1 all classics`],
    ['coleco', 'adam', 'en', (L) => `${L} SD loader with full software library`],
    ['coleco', 'cv', 'zh', (L) => `${L} 烧录卡 内置150款游戏`],
    ['intellivision', 'master', 'en', (L) => `${L} multicart 200 games on one cartridge`],
    ['intellivision', 'ii', 'en', (L) => `${L} flash cartridge + every ROM dumped`],
    ['intellivision', 'master', 'en', (L) => `${L} modded, 300 games loaded internally`],
    ['intellivision', 'ii', 'zh', (L) => `${L} 烧录卡 全游戏合集`],
  ];
  G['pos.circumvention'] = () => {
    const [bid, key, lang, f] = P(CIRC);
    const e = ctx.lineOf(bid, key);
    const cat =
      e.l.category === 'software' || e.l.category === 'video-games' || e.l.category === 'game-consoles'
        ? e.l.category
        : 'software';
    return make('pos.circumvention', {
      e,
      lang: lang === 'zh' ? 'any' : 'en',
      category: cat,
      title:
        lang === 'zh'
          ? `${f(ln(e))}${P(['', ' 秒发', ' 永久', ' 远程安装', ' 包更新', ' 自动发货', ' 亲测可用', ' 教程'])}`
          : `${P(['', '', '⚡ ', 'NEW ', '[PC] ', '✅ '])}${f(ln(e))}${P(['', ' – instant delivery', ' (Windows)', ' for Mac & PC', ' 2026', ' working 100%', ' – email delivery', ' no online check', ' + guide'])}`,
      place: lang === 'zh' ? zhPlace() : enPlace(e),
      ratio: [0.03, 0.3],
      quantity: ri(1, 50),
    });
  };
  const WORKS_FUT = [];
  const WORKS_PAST = [];
  for (const b of Object.values(ctx.brandById))
    for (const w of b.works ?? []) (w.discReleaseDate > '2026-12-28' ? WORKS_FUT : WORKS_PAST).push({ b, w });
  const discTitle = (b, _w, t, zh) => {
    const music = b.categories[0] === 'music';
    if (zh) {
      const fmt = music
        ? P(['CD', '专辑CD', 'CD 双碟', '黑胶+CD', 'CD 首版'])
        : P(['蓝光', 'BD50', 'DVD', 'DVD9', '4K蓝光', '蓝光碟 收藏版', '高清DVD']);
      const ex = P([
        '现货',
        '全新',
        '抢先版',
        '秒发',
        '中字',
        '包邮',
        '国语',
        '首发',
        '提前出货',
        '全网首发',
      ]);
      return P([
        `${t} ${fmt} ${ex}`,
        `【${ex}】${t} ${fmt}`,
        `${fmt} ${t} ${ex}`,
        `${t}${fmt} ${ex} ${P(['', '两张', '带海报'])}`,
      ]);
    }
    const fmt = music
      ? P(['CD', 'CD album', 'CD (advance copy)', 'CD + bonus disc', 'promo CD', 'CD, full album'])
      : P([
          'Blu-ray',
          'DVD',
          'Blu-ray 1080p',
          'DVD region free',
          '4K UHD disc',
          'DVD screener',
          'Blu-ray steelbook',
        ]);
    const ex = P([
      'in stock now',
      'ships today',
      'early release',
      'before the shops',
      'ready to ship',
      'limited',
      'new',
      'sealed',
      'fast post',
      'EU/UK',
      'region 2',
      'all regions',
    ]);
    return P([`${t} ${fmt} – ${ex}`, `${t} (${fmt}) ${ex}`, `${fmt}: ${t}, ${ex}`, `${t} ${fmt} ${ex}`]);
  };
  G['pos.prerelease_disc'] = () => {
    const { b, w } = P(WORKS_FUT);
    const zh = b.id === 'taoxi' ? ch(0.85) : ch(0.3);
    const t =
      zh && b.id !== 'taoxi' ? P([w.title, ...(w.aliases ?? [])]) : P([w.title, ...(w.aliases ?? [])]);
    const title = discTitle(b, w, t, zh);
    const place = zh ? zhPlace() : ctx.place('en');
    if (!place) return null;
    return make('pos.prerelease_disc', {
      brandId: b.id,
      work: w.title,
      category: b.categories[0],
      lang: 'any',
      title,
      place,
      price: usd(rng.float(4, 18), place),
      quantity: ri(1, 40),
    });
  };
  const MIX = [
    (B, L) => `高仿 ${B} ${L} top quality mirror copy 包邮`,
    (_B, L) => `${L} 复刻版 same as original 超值`,
    (B, L) => `一比一 ${B} ${L} AAA replica free shipping`,
    (B, L) => `${B} ${L} 精仿 best version in stock`,
    (B, L) => `A货 ${B} ${L} looks real 现货`,
    (B, L) => `${B} ${L} replica 高品质 fast delivery`,
    (B, L) => `【超A】${B} ${L} mirror grade quality`,
    (B, L) => `${B} ${L} copy version 一比一 cheap price`,
    (B, L) => `仿款 ${B} ${L} nobody can tell 秒发`,
    (B, L) => `${B} ${L} 1:1 clone 工厂直发 wholesale price`,
  ];
  G['pos.mixed_language'] = () => {
    const e = pickE();
    const place = ch(0.6) ? zhPlace() : ctx.place('en', { inCountries: ['HK', 'SG', 'MY', 'CN', 'TW'] });
    return make('pos.mixed_language', {
      e,
      lang: 'mixed',
      title: P(MIX)(P([bn(e), ctx.zhName(e.b)]), ln(e)),
      place,
      ratio: [0.06, 0.4],
      quantity: ri(1, 20),
    });
  };

  // ---------------- negatives ----------------
  const PLAIN_EN = [
    '',
    'new',
    'brand new',
    'new in box',
    'UK stock',
    'EU model',
    'with warranty',
    'official retail',
    '2026 model',
    'sealed',
    'nuevo',
    'nieuw',
    'neu',
    'ny',
  ];
  const PLAIN_ZH = [
    '全新',
    '国行',
    '正品',
    '现货',
    '官方标配',
    '顺丰包邮',
    '新款',
    '',
    '全国联保',
    '支持验货',
  ];
  G['neg.plain'] = () => {
    const e = pickE();
    const zh = ch(0.9);
    const t = zh
      ? P([
          `${bz(e)} ${ln(e)} ${P(PLAIN_ZH)}`,
          `${ln(e)} ${bz(e)} ${P(PLAIN_ZH)}`,
          `【${P(PLAIN_ZH)}】${cat(bz(e), ln(e))}`,
        ])
      : `${bn(e)} ${ln(e)} ${P(PLAIN_EN)}`;
    return make('neg.plain', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place: zh ? zhPlace() : enPlace(e),
      ratio: [0.84, 1.16],
      quantity: ri(1, 5),
      sellerId: null,
    });
  };
  const GENERIC_EN = [
    ['1:1 scale human skull model, anatomy teaching', 'toys', 25],
    ['1:12 dollhouse kitchen set, wooden', 'toys', 18],
    ['1:64 diecast tuk-tuk, Bangkok taxi', 'toys', 9],
    ['Replica Viking longsword, display only', 'furniture', 89],
    ['Replica Roman oil lamp, terracotta', 'furniture', 22],
    ['Faux fur throw blanket 150x200', 'furniture', 35],
    ['Faux leather notebook cover A5', 'tools', 12],
    ['Artificial olive tree 120 cm', 'furniture', 60],
    ['Mirror-finish stainless tea tray', 'kitchenware', 19],
    ['AAA rechargeable batteries, 8 pack', 'batteries', 14],
    ['USB Type-A to Type-C cable 2 m', 'computer-accessories', 7],
    ['Carbonless copy book, duplicate receipts', 'tools', 6],
    ['Key copy blanks, brass, 20 pcs', 'tools', 10],
    ['HDD clone dock, dual bay', 'computer-accessories', 29],
    ['Grade A Egyptian cotton pillowcases', 'furniture', 24],
    ['Imitation pearlescent lure set for perch', 'sports-equipment', 11],
    ['Fake succulent trio in concrete pots', 'furniture', 15],
    ['Copy stand for book scanning', 'cameras', 45],
    ['Mirror for aquarium background, self-adhesive', 'pet-supplies', 13],
    ['Replica 1950s tin sign "Coffee"', 'furniture', 14],
    ['1:43 tractor model, red', 'toys', 16],
    ['Standalone clone station for SATA drives', 'computer-accessories', 35],
    ['Energy class A fridge thermometer', 'home-appliances', 8],
    ['Replica trilobite cast, resin', 'toys', 12],
    ['Faux suede saddle pad, navy', 'sports-equipment', 28],
    ['Imitation rattan lampshade', 'furniture', 26],
    ['A+ grade cork yoga block', 'sports-equipment', 9],
    ['Réplica de ánfora romana, cerámica', 'furniture', 40],
    ['Replika van een Delfts tegeltje', 'furniture', 12],
    ['Kopi af vikingeskib i træ, 1:50', 'toys', 55],
  ];
  const GENERIC_ZH = [
    ['1:1人体骨骼模型 教学用', 'toys', 30],
    ['仿真橄榄树 室内绿植', 'furniture', 45],
    ['仿瓷餐具套装 密胺', 'kitchenware', 18],
    ['仿生鱼饵 路亚软饵套装', 'sports-equipment', 8],
    ['仿古铜香炉摆件', 'furniture', 20],
    ['复刻版老式搪瓷杯', 'kitchenware', 6],
    ['1:32合金挖掘机模型', 'toys', 15],
    ['仿木纹墙贴 自粘', 'furniture', 9],
    ['镜面不锈钢茶盘', 'kitchenware', 16],
    ['五号七号电池 AAA 通用装', 'batteries', 4],
    ['Type-C数据线 快充 两米', 'computer-accessories', 3],
    ['复写纸 蓝色 一百张', 'tools', 2],
    ['仿真多肉盆栽三件套', 'furniture', 7],
    ['仿皮笔记本 A5', 'tools', 5],
    ['配钥匙胚 黄铜 二十把', 'tools', 4],
    ['一比一复原恐龙头骨模型 树脂', 'toys', 35],
    ['A类 纯棉婴儿口水巾', 'baby-products', 5],
    ['仿羊羔绒毛毯', 'furniture', 22],
    ['复古仿古台灯 黄铜色', 'furniture', 30],
  ];
  const genericPlace = (zh) => (zh ? zhPlace() : ctx.place('en'));
  G['neg.generic_marker'] = () => {
    const zh = ch(0.36);
    const [t, cat, p] = P(zh ? GENERIC_ZH : GENERIC_EN);
    const place = genericPlace(zh);
    if (!place) return null;
    const tail = zh ? P(['', ' 包邮', ' 现货', ' 新款']) : P(['', ' – new', ' (new)', '']);
    return make('neg.generic_marker', {
      brandId: null,
      lang: zh ? 'zh' : 'en',
      title: vary(t + tail, zh),
      category: cat,
      place,
      price: usd(p * rng.float(0.8, 1.25), place),
      quantity: ri(1, 20),
    });
  };
  const ACC_EN = [
    (B, L) => [`Replacement blade cover for ${B} ${L} – third-party, not made by ${B}`],
    (B, L) => [`Dust cover compatible with ${B} ${L} (aftermarket)`],
    (B, L) => [`Carry case fits ${B} ${L}, generic`],
    (B, L) => [`Silicone protector for ${L}, unofficial accessory, not ${B}`],
    (B, L) => [`Spare strap for ${B} ${L} – compatible, not original`],
    (B, L) => [`Wall mount for ${B} ${L} (third-party)`],
    (B, L) => [`Funda compatible con ${B} ${L}, no original`],
    (B, L) => [`Hoes geschikt voor ${B} ${L}, geen origineel`],
    (B, L) => [`Etui passer til ${B} ${L}, ikke original`],
    (B, L) => [`Stand for ${B} ${L} – designed to fit, not affiliated`],
  ];
  const ACC_ZH = [
    (B, L) => `适用于${B} ${L} 收纳包 第三方`,
    (B, L) => `${L} 防尘罩 适配${B} 非原厂`,
    (B, L) => `第三方 ${B} ${L} 替换配件 非官方`,
    (B, L) => `适配${B}${L}的支架 副廠`,
    (B, L) => `${B} ${L} 适用 保护套 非原装`,
  ];
  G['neg.nominative'] = () => {
    const e = pickE();
    const zh = ch(0.35);
    const B = zh ? bz(e) : bn(e);
    const t = zh ? P(ACC_ZH)(B, ln(e)) : P(ACC_EN)(B, ln(e))[0];
    const place = zh ? zhPlace() : ctx.place('en');
    return make('neg.nominative', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place,
      price: usd(rng.float(5, 35), place ?? { currency: 'USD' }),
      quantity: ri(1, 30),
    });
  };
  const COMMON = [
    ['camper', 'Camper van awning, 3 m, grey', 'auto-parts', 180],
    ['camper', 'Camper trailer jockey wheel', 'auto-parts', 45],
    ['camper', 'Camper roof vent 40x40, white', 'auto-parts', 60],
    ['camper', 'Vintage camper van money box, tin', 'toys', 15],
    ['camper', 'Pop-up camper curtains set', 'outdoor-gear', 40],
    ['camper', 'Camper stove, two burner, butane', 'outdoor-gear', 55],
    ['gazelle', 'Gazelle figurine, bronze, 18 cm', 'furniture', 35],
    ['gazelle', 'Thomson gazelle plush for kids', 'toys', 14],
    ['gazelle', 'Gazelle print throw pillow', 'furniture', 20],
    ['gazelle', 'Gazelle wall decal, safari nursery', 'furniture', 12],
    ['vortex', 'Vortex mixer, lab, 3000 rpm', 'tools', 90],
    ['vortex', 'Vortex tube air cooler, industrial', 'tools', 120],
    ['vortex', 'Vortex ring cannon toy', 'toys', 18],
    ['vortex', 'Vortex water bottle for shakes', 'sports-equipment', 12],
    ['dali', 'Dalí melting clocks poster, 50x70', 'furniture', 19],
    ['dali', 'Dali moustache wall art print', 'furniture', 15],
    ['dali', 'Dali surrealism art book, paperback', 'books', 22],
    ['wahl', 'Die Wahl 2025: Analyse und Ergebnisse (Buch)', 'books', 24],
    ['wahl', 'Qual der Wahl – Kartenspiel für Familien', 'toys', 14],
    ['elektron', 'Das Elektron – Physik Lehrbuch, gebraucht', 'books', 18],
    ['elektron', 'Elektron und Atomkern, Schulposter', 'books', 9],
    ['rega', 'Rega rescue helicopter model 1:72', 'toys', 39],
    ['manduca', 'Manduca sexta hornworm eggs for feeders', 'pet-supplies', 12],
    ['manduca', 'Manduca sexta hornworm cups x10, reptile food', 'pet-supplies', 25],
    ['vorwerk', 'Kobold Gartenfigur, Keramik', 'furniture', 19],
    ['vorwerk', 'Der kleine Kobold – Kinderbuch', 'books', 11],
    ['bodum', 'Château de Chambord 1000 piece jigsaw', 'toys', 17],
    ['camper', 'Pelotas de tenis, bote de 4', 'sports-equipment', 6],
    ['camper', 'Pelotas de pádel, pack 3', 'sports-equipment', 7],
    ['ecoflow', 'River stones for aquarium, 5 kg', 'pet-supplies', 15],
    ['ecoflow', 'River rafting helmet, adult', 'sports-equipment', 35],
    ['topps', 'Bowman archery target, straw 80 cm', 'sports-equipment', 95],
    ['winsor-newton', 'Cotman: watercolours of Norfolk, exhibition book', 'books', 30],
    ['gobi', 'Gobi desert travel map, 1:1,000,000', 'books', 12],
    ['gobi', 'Gobi manchurian spice mix 100 g', 'kitchenware', 4],
    ['gobi', 'Gobi desert photo book, hardcover', 'books', 38],
    ['flos', 'Flos campi: Latin plant names, botany primer', 'books', 16],
    ['arai', 'Arai Noriko essay collection, Japanese, used', 'books', 8],
    ['hoyt', 'Hoyt family history, genealogy book', 'books', 20],
  ];
  const COMMON_ZH = [
    ['gazelle', '瞪羚摆件 铜质 北欧风', 'furniture', 28],
    ['vortex', '实验室漩涡混匀器 Vortex 3000转', 'tools', 80],
    ['dali', '达利 超现实主义 画册 Dali', 'books', 26],
    ['camper', 'Camper 房车 遮阳篷 三米', 'auto-parts', 150],
    ['gobi', 'GOBI 戈壁徒步 地图册', 'books', 10],
    ['elektron', 'Elektron 德语 物理教材 二手', 'books', 9],
  ];
  G['neg.common_word_brand'] = () => {
    const zh = ch(0.11);
    const [bid, t, cat, p] = P(zh ? COMMON_ZH : COMMON);
    const place = zh ? zhPlace() : ctx.place('en');
    if (!place) return null;
    const tail = zh ? P(['', ' 包邮', ' 现货']) : P(['', '', ' – new', ' (pre-owned)', ' new']);
    return make('neg.common_word_brand', {
      brandId: bid,
      lang: zh ? 'zh' : 'en',
      title: vary(t + tail, zh),
      category: cat,
      place,
      price: usd(p * rng.float(0.8, 1.3), place),
      quantity: ri(1, 6),
      condition: tail.includes('pre-owned') ? 'used' : 'new',
    });
  };
  const AUTH_EN = [
    'official store',
    'clearance',
    'ex-demo',
    'outlet',
    'factory seconds, cosmetic marks',
    'official refurbished',
    'end of line',
    'last season colour',
    'authorised dealer',
  ];
  const AUTH_ZH = ['官方旗舰店', '清仓', '展示机', '官方翻新', '授权店', '断码清仓', '官方直营'];
  G['neg.authorized_seller'] = () => {
    const e = pickE();
    const zh = ch(0.14);
    const w = zh ? P(AUTH_ZH) : P(AUTH_EN);
    const refurb = /refurbished|翻新/.test(w);
    const lowish = /clearance|ex-demo|outlet|seconds|refurb|清仓|展示|翻新|end of line|last season/.test(w);
    const t = zh ? `${bz(e)} ${ln(e)} ${w}` : `${bn(e)} ${ln(e)} – ${w}`;
    return make('neg.authorized_seller', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place: zh ? zhPlace() : enPlace(e),
      ratio: lowish ? [0.35, 0.85] : [0.9, 1.08],
      quantity: ri(1, 10),
      condition: refurb ? 'refurbished' : 'new',
      sellerId: P(e.b.sellers).id,
    });
  };
  const VINTAGE = new Set([
    'moog/modeld',
    'coleco/cv',
    'coleco/adam',
    'intellivision/master',
    'rega/planar3',
    'homero-ortega/superfino',
    'flos/arco',
    'pentel/graphgear',
    'coleco/telstar',
    'topps/series1',
  ]);
  const USED_EN = [
    'used, works perfectly',
    'pre-owned, light wear',
    'second hand, see photos',
    'used twice',
    'gebraucht, guter Zustand',
    'usado, buen estado',
    'brugt, fin stand',
    'rabljeno, ispravno',
    'vintage, all original',
    'refurbished by me, tested',
  ];
  const USED_ZH = ['二手自用', '九成新', '闲置转让', '用过几次', '二手 功能正常', '个人闲置 有使用痕迹'];
  G['neg.second_hand'] = () => {
    const e = pickE();
    const vint = VINTAGE.has(`${e.b.id}/${e.l.key}`) && ch(0.5);
    const zh = ch(0.55);
    const w = zh ? P(USED_ZH) : P(USED_EN);
    const t = zh ? `${bz(e)} ${ln(e)} ${w}` : `${bn(e)} ${ln(e)} – ${w}`;
    const place = zh
      ? ctx.place('zh')
      : ctx.place('en', {
          personal: ['ebay', 'facebook-marketplace', 'vinted', 'mercari', 'depop', 'carousell'],
        });
    return make('neg.second_hand', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t + (vint ? (zh ? ' 早期收藏版' : ' (1980s/early run, collector)') : ''),
      place,
      ratio: vint ? [1.05, 1.6] : [0.3, 0.85],
      quantity: 1,
      condition: /refurbished/.test(w) ? 'refurbished' : 'used',
    });
  };
  const PROMO_EN = [
    'Black Friday deal',
    'Cyber Monday',
    'Boxing Day sale',
    'Black Week −25%',
    'Prime Big Deal Days',
    'Singles Day 11.11',
    'Rebajas de enero',
    'Koopjes – winteruitverkoop',
    'Mellemfest tilbud',
    'White Friday (Saudi)',
    'Yellow Friday UAE',
    'Ramadan offer',
    'Christmas sale',
  ];
  const PROMO_ZH = [
    '双12',
    '年货节',
    '跨店满减',
    '国家补贴',
    '以旧换新',
    '限时直降',
    '店庆',
    '会员日',
    '百亿补贴',
    '双旦特惠',
  ];
  G['neg.promotion'] = () => {
    const e = pickE();
    const zh = ch(0.7);
    const t = zh
      ? `${P(PROMO_ZH)} ${bz(e)} ${ln(e)} ${P(['', '到手价', '领券再减'])}`
      : `${bn(e)} ${ln(e)} – ${P(PROMO_EN)}`;
    return make('neg.promotion', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place: zh ? zhPlace() : enPlace(e),
      ratio: [0.56, 0.88],
      quantity: ri(1, 10),
    });
  };
  const GRAY_EN = [
    'EU version',
    'UK import',
    'JP domestic model 100V',
    'Korean domestic version',
    'US version, 110V',
    'grey import',
    'import from Japan',
    'export version, English manual',
    'parallel import, no local warranty',
    'versión europea importada',
  ];
  const GRAY_ZH = ['港版', '日版', '欧版', '海外版', '平行进口', '美版', '韩版', '海外直邮'];
  G['neg.gray_market'] = () => {
    const e = pickE((_b, l) => l.category !== 'software');
    const zh = ch(0.5);
    const t = zh
      ? `${P(GRAY_ZH)} ${bz(e)} ${ln(e)} ${P(['', '全新', '现货'])}`
      : `${bn(e)} ${ln(e)} (${P(GRAY_EN)})`;
    return make('neg.gray_market', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place: zh ? zhPlace() : enPlace(e),
      ratio: [0.8, 1.03],
      quantity: ri(1, 4),
    });
  };
  const NEG_EN = [
    'not a replica',
    '100% genuine, not a copy',
    'no fakes',
    'authentic, not a dupe',
    'no es réplica',
    'geen namaak',
    'ikke kopi',
    'nije kopija',
    'не е реплика',
    'não é réplica',
    'original, not counterfeit',
    'genuine – no copies sold here',
  ];
  const NEG_ZH = [
    '正品非仿',
    '假一赔十',
    '不是高仿',
    '非复刻',
    '正品保证 非A货',
    '支持专柜验货 非仿品',
    '拒绝仿品',
  ];
  G['neg.negated_marker'] = () => {
    const e = pickE();
    const zh = ch(0.72);
    const t = zh ? `${bz(e)} ${ln(e)} ${P(NEG_ZH)}` : `${bn(e)} ${ln(e)} – ${P(NEG_EN)}`;
    return make('neg.negated_marker', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place: zh ? zhPlace() : enPlace(e),
      ratio: [0.62, 1.05],
      quantity: ri(1, 3),
    });
  };
  G['neg.colour_words'] = () => {
    const e = pickE((_b, l) => (l.colours ?? []).length >= 2);
    const c = P(e.l.colours);
    const t = P([
      `${bn(e)} ${ln(e)} in ${c}`,
      `${bn(e)} ${ln(e)} – ${c}`,
      `${c} ${bn(e)} ${ln(e)}`,
      `${bn(e)} ${ln(e)}, colour: ${c}`,
    ]);
    return make('neg.colour_words', {
      e,
      lang: 'en',
      title: t,
      place: enPlace(e),
      ratio: [0.85, 1.12],
      quantity: ri(1, 3),
    });
  };
  const CODES_EN = [
    ['P3 filter cartridges for half mask, pair', 'tools', 14],
    ['P1 dust masks, box of 20', 'tools', 9],
    ['PS71 pressure switch for water pump', 'tools', 18],
    ['K5 cast iron kettlebell 5 kg', 'sports-equipment', 25],
    ['SC3 sanding cones, 10 pcs', 'tools', 8],
    ['Q2 LED bulb E27 9W', 'home-appliances', 4],
    ['DT2 digital probe thermometer', 'kitchenware', 11],
    ['IO8 relay board, 8 channel 5V', 'computer-accessories', 12],
    ['FX6 hose fitting 1/2 inch', 'tools', 5],
    ['XT connector pair, 60A, for RC batteries', 'toys', 6],
    ['VK7 kids balance bike, 12 inch', 'bicycles', 60],
    ['SR35 hinge, soft close, 2 pcs', 'furniture', 8],
    ['2213 bearing, self-aligning', 'auto-parts', 15],
    ['3612 LED strip driver 12V', 'home-appliances', 10],
    ['TM6 temperature module for 3D printer', 'computer-accessories', 9],
    ['K21 knitting needles 2.1 mm', 'tools', 4],
    ['Z6 zip ties, 300 mm, 100 pcs', 'tools', 5],
    ['E300 wall clock movement, silent', 'furniture', 7],
    ['A219 resistor kit', 'computer-accessories', 6],
    ['ECS 1.5 mm copper cable, 10 m', 'tools', 12],
    ['Kupid arrow charm, silver-plated', 'jewellery', 9],
    ['Model D magnetic whiteboard', 'tools', 35],
    ['PO33 paper organiser tray', 'tools', 7],
    ['OT MK2 office timer', 'home-appliances', 10],
  ];
  const CODES_ZH = [
    ['P3 防尘滤棉 一对', 'tools', 12],
    ['K5 铸铁壶铃 五公斤', 'sports-equipment', 20],
    ['Q2 LED灯泡 E27', 'home-appliances', 3],
    ['DT2 电子温度计 厨房', 'kitchenware', 8],
    ['IO8 继电器模块 八路', 'computer-accessories', 6],
    ['SC3 打磨头 十只装', 'tools', 4],
    ['2213 调心轴承', 'auto-parts', 9],
    ['SR35 阻尼铰链 两只', 'furniture', 5],
    ['XT 插头 航模电池用', 'toys', 3],
    ['E300 静音钟芯', 'furniture', 4],
  ];
  G['neg.model_codes'] = () => {
    const zh = ch(0.28);
    const [t, cat, p] = P(zh ? CODES_ZH : CODES_EN);
    const place = zh ? zhPlace() : ctx.place('en');
    if (!place) return null;
    const tail = zh ? P(['', ' 包邮', ' 现货', ' 批发']) : P(['', ' – new', '', ' (unbranded)']);
    return make('neg.model_codes', {
      brandId: null,
      lang: zh ? 'zh' : 'en',
      title: vary(t + tail, zh),
      category: cat,
      place,
      price: usd(p * rng.float(0.8, 1.3), place),
      quantity: ri(1, 50),
    });
  };
  const LIC = [
    [
      'intellivision',
      'master',
      'en',
      'Intellivision Flashback – officially licensed mini console, 60 games',
      'game-consoles',
      50,
    ],
    ['coleco', 'cv', 'en', 'ColecoVision Flashback, licensed, 60 built-in titles', 'game-consoles', 55],
    ['warhorse', 'kcd2', 'en', 'Kingdom Come: Deliverance II official soundtrack vinyl 2LP', 'music', 45],
    ['warhorse', 'kcd2', 'en', 'The Art of Kingdom Come: Deliverance II, official artbook', 'books', 40],
    ['warhorse', 'kcd2', 'zh', '天国拯救2 官方设定集 正版授权', 'books', 40],
    ['corvus-belli', 'startset', 'en', 'Infinity the Game official novel, paperback', 'books', 15],
    ['topps', 'series1', 'en', 'Topps Archives reprint set, officially issued', 'toys', 60],
    ['squishmallows', 'cam', 'en', 'Squishmallows official colouring book', 'books', 8],
    [
      'teenage-engineering',
      'po33',
      'en',
      'teenage engineering pocket operator silicone case, official',
      'audio',
      39,
    ],
  ];
  G['neg.licensed_repro'] = () => {
    if (ch(0.45)) {
      const past = ch(0.8);
      if (past) {
        const { b, w } = P(WORKS_PAST);
        const zh = b.id === 'taoxi' && ch(0.8);
        const t = zh
          ? `${w.title} ${P(['正版DVD', '正版蓝光', '官方发行 蓝光'])}`
          : `${P([w.title, ...(w.aliases ?? [])])} ${P(b.categories[0] === 'music' ? ['CD', 'vinyl LP', 'CD, official release'] : ['Blu-ray', 'DVD', 'Blu-ray, official release'])}`;
        const place = zh ? zhPlace() : ctx.place('en');
        return make('neg.licensed_repro', {
          brandId: b.id,
          work: w.title,
          category: b.categories[0],
          lang: 'any',
          title: vary(t, zh),
          place,
          price: usd(rng.float(12, 30), place),
          quantity: ri(1, 5),
        });
      }
      const { b, w } = P(WORKS_FUT);
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const zh = b.id === 'taoxi';
      const ds = zh
        ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
        : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      const t = zh
        ? `预售 ${w.title} 蓝光 ${ds}发行`
        : `PRE-ORDER ${w.title} ${b.categories[0] === 'music' ? 'CD' : 'Blu-ray'} – release ${ds}`;
      const place = zh ? zhPlace() : ctx.place('en', { inCountries: ['GB', 'IE', 'US'] });
      return make('neg.licensed_repro', {
        brandId: b.id,
        work: w.title,
        category: b.categories[0],
        lang: 'any',
        title: `${t}${P(['', ' (official store)', ' – pre-order', ' – ships on release day', ' 官方预售'].filter((x) => zh || !HAN.test(x)))}`,
        place,
        price: usd(rng.float(15, 28), place),
        quantity: ri(1, 3),
        sellerId: P(b.sellers).id,
      });
    }
    const [bid, key, lang, t, cat, p] = P(LIC);
    const e = ctx.lineOf(bid, key);
    const place = lang === 'zh' ? zhPlace() : ctx.place('en');
    const tail = lang === 'zh' ? P(['', ' 全新', ' 现货']) : P(['', ' – new', ' (sealed)', '']);
    return make('neg.licensed_repro', {
      e,
      lang: 'any',
      title: vary(t + tail, lang === 'zh'),
      category: cat,
      place,
      price: usd(p * rng.float(0.85, 1.15), place),
      quantity: ri(1, 5),
    });
  };
  const UC_EN = [
    'used, unmodified, original board',
    'tested, stock, no mods',
    'boxed, original, works',
    'loose console, original controllers',
    'untouched original, never opened',
    'works on RF, all original',
  ];
  const UC_ZH = [
    '二手原装 未改机',
    '原版主机 无改装 测试正常',
    '老主机收藏 原装',
    '二手 原装手柄 可正常开机',
  ];
  G['neg.used_console'] = () => {
    const e = ctx.pickLine((_b, l) => l.category === 'game-consoles');
    const zh = ch(0.15);
    const t = zh ? `${e.l.name} ${P(UC_ZH)}` : `${bn(e)} ${ln(e)} – ${P(UC_EN)}`;
    const place = zh
      ? ctx.place('zh')
      : ctx.place('en', { personal: ['ebay', 'facebook-marketplace', 'mercari', 'carousell'] });
    return make('neg.used_console', {
      e,
      lang: zh ? 'zh' : 'en',
      title: t,
      place,
      ratio: [0.45, 1.3],
      condition: 'used',
      category: 'game-consoles',
    });
  };
  const CHEAP_EN = [
    ['Plain cotton tote bag', 'apparel', 3],
    ['Enamel camping mug', 'outdoor-gear', 4],
    ['Bamboo cutlery set', 'kitchenware', 3],
    ['Kids watercolour set, 12 colours', 'tools', 2],
    ['Bike bell, aluminium', 'bicycles', 2],
    ['Phone stand, foldable', 'phone-accessories', 2],
    ['Dog poop bag dispenser', 'pet-supplies', 2],
    ['Microfibre car towels, 5 pack', 'auto-parts', 5],
    ['Wooden coffee scoop', 'kitchenware', 2],
    ['LED book light, clip-on', 'home-appliances', 4],
    ['Sponge aquarium filter', 'pet-supplies', 3],
    ['Silicone baby bib', 'baby-products', 2],
    ['Wool socks, 3 pairs', 'apparel', 6],
    ['Plastic chess set, travel', 'toys', 4],
    ['Reusable cable ties', 'tools', 2],
    ['Mini torch keychain', 'outdoor-gear', 1],
  ];
  const CHEAP_ZH = [
    ['纯棉帆布袋', 'apparel', 2],
    ['搪瓷杯 露营', 'outdoor-gear', 3],
    ['竹制餐具套装', 'kitchenware', 2],
    ['儿童水彩颜料十二色', 'tools', 2],
    ['自行车铃铛', 'bicycles', 1],
    ['手机支架 折叠', 'phone-accessories', 1],
    ['拾便袋盒', 'pet-supplies', 1],
    ['洗车毛巾五条装', 'auto-parts', 3],
    ['木质咖啡勺', 'kitchenware', 1],
    ['夹式阅读灯', 'home-appliances', 3],
    ['鱼缸生化棉过滤器', 'pet-supplies', 2],
    ['硅胶婴儿围兜', 'baby-products', 2],
    ['羊毛袜三双', 'apparel', 5],
    ['便携象棋', 'toys', 2],
  ];
  G['neg.cheap_unbranded'] = () => {
    const zh = ch(0.46);
    const [t, cat, p] = P(zh ? CHEAP_ZH : CHEAP_EN);
    const place = zh ? zhPlace() : ctx.place('en');
    if (!place) return null;
    const tail = zh
      ? P(['', ' 包邮', ' 现货', ' 新款', ' 两件装', ' 特价'])
      : P(['', ' – new', ' x2', ' (3 pack)', ' grey', ' blue', ' green']);
    return make('neg.cheap_unbranded', {
      brandId: null,
      lang: zh ? 'zh' : 'en',
      title: vary(t + tail, zh),
      category: cat,
      place,
      price: usd(p * rng.float(0.7, 1.6), place),
      quantity: ri(1, 100),
    });
  };
  return G;
}
