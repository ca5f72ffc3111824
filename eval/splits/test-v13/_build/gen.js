// Generators for test-v13: one function per kind, each returning a listing spec (or null to retry).
import { famOf } from './boilerplate.js';
import { LISTING_DATE } from './lib.js';
import {
  ACCESSORY,
  CHEAP,
  COMMON_WORD,
  GENERIC_MARKER,
  LICENSED,
  MODEL_CODES,
  NOMINATIVE_EN,
  NOMINATIVE_ZH,
  USED_CONSOLES,
} from './negdata.js';
import { HOMO, INVIS, NICK } from './nick-data.js';
import {
  ADMIT_EN,
  ADMIT_ZH,
  CODED_EN,
  CODED_ZH,
  DM_EN,
  DM_ZH,
  EXTREME_EN,
  EXTREME_ZH,
  GRAY_EN,
  GRAY_ZH,
  MARK_EN,
  MARK_ZH,
  NEGATED_EN,
  NEGATED_ZH,
  OEM_EN,
  OEM_PLACES_EN,
  OEM_PLACES_ZH,
  OEM_ZH,
  OFF_COLOURS,
  PROMO_EN,
  PROMO_ZH,
  SECOND_EN,
  SECOND_ZH,
  WEAK_EN,
  WEAK_ZH,
} from './vocab.js';

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

const NOUN = {
  kitchenware: [
    ['kitchen', '厨房用品'],
    ['', '厨具'],
  ],
  'home-appliances': [
    ['machine', '家用机'],
    ['appliance', '小家电'],
  ],
  apparel: [
    ['', '服装'],
    ['women', '女装'],
    ['set', '套装'],
  ],
  shoes: [
    ['boots', '靴子'],
    ['', '鞋'],
  ],
  handbags: [
    ['bag', '包'],
    ['luggage', '箱包'],
  ],
  'small-leather-goods': [
    ['leather', '皮具'],
    ['', '钱包'],
  ],
  watches: [
    ['watch', '手表'],
    ['men watch', '男表'],
    ['', '腕表'],
  ],
  eyewear: [
    ['glasses', '眼镜'],
    ['frame', '镜架'],
  ],
  cosmetics: [
    ['skincare', '护肤品'],
    ['', '化妆品'],
  ],
  'outdoor-gear': [
    ['camping', '露营装备'],
    ['outdoor', '户外装备'],
  ],
  'sports-equipment': [
    ['', '运动装备'],
    ['training', '训练器材'],
  ],
  bicycles: [
    ['bike', '自行车'],
    ['cycling', '骑行装备'],
  ],
  phones: [
    ['phone', '手机'],
    ['smartphone', '智能手机'],
  ],
  'phone-accessories': [['', '手机配件']],
  audio: [
    ['audio interface', '声卡'],
    ['earbuds', '耳机'],
    ['', '音频设备'],
  ],
  'computer-accessories': [['', '电脑配件']],
  computers: [['computer', '电脑']],
  music: [
    ['', '乐器'],
    ['instrument', '乐器'],
  ],
  toys: [
    ['toy', '玩具'],
    ['', '玩具'],
  ],
  'baby-products': [['baby', '婴儿用品']],
  books: [['', '书']],
  tools: [
    ['power tool', '电动工具'],
    ['tool', '工具'],
  ],
  'pet-supplies': [
    ['dog', '狗狗用品'],
    ['', '宠物用品'],
  ],
};
const nounFor = (cat, lang, rng) => {
  const n = rng.pick(NOUN[cat] ?? [['', '']]);
  return lang === 'zh' ? n[1] : n[0];
};

export function makeGenerators(ctx, rng) {
  const { brandById } = ctx;
  const join = (...xs) =>
    xs
      .filter((x) => x !== null && x !== undefined && x !== '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const zhJoin = (...xs) =>
    xs
      .filter((x) => x !== null && x !== undefined && x !== '')
      .join(rng.pick(['', ' ', ' ', '｜']))
      .trim();

  // ---- names ----
  const brandName = (b, lang) => {
    if (lang === 'zh') {
      const zh = (b.aliases ?? []).filter((a) => HAN.test(a));
      if (zh.length && rng.chance(0.6)) return rng.pick(zh);
    }
    const latin = [b.name, ...(b.aliases ?? []).filter((a) => /^[\x20-\x7e\u00c0-\u024f]+$/.test(a))];
    return rng.chance(0.75) ? b.name : rng.pick(latin);
  };
  const lineLabel = (e, lang, disguise = false) => {
    const { b, l } = e;
    let opts = [l.name, ...l.shortNames, ...l.aliases, ...l.modelNumbers];
    if (lang === 'zh') {
      const zh = l.aliases.filter((a) => HAN.test(a));
      if (zh.length && rng.chance(0.5)) opts = zh;
    } else opts = opts.filter((x) => !HAN.test(x) && !/[\u3040-\u30ff]/.test(x));
    if (disguise) opts = opts.filter((x) => !ctx.containsOfficial(b, x));
    if (!opts.length) return null;
    // a line name that already carries the brand name is used on its own
    return rng.pick(opts);
  };
  const withBrand = (e, lang, label) => {
    const bn = brandName(e.b, lang);
    if (label && ctx.containsOfficial(e.b, label)) return label;
    if (lang !== 'zh') return join(bn, label);
    const gap = /[A-Za-z0-9]$/.test(bn) && /^[A-Za-z0-9]/.test(label ?? '') ? ' ' : rng.pick(['', ' ']);
    return `${bn}${gap}${label ?? ''}`.trim();
  };

  // ---- spec skeleton ----
  function spec(kind, e, lang, pl, price, extra = {}) {
    return {
      kind,
      label: kind.startsWith('pos.') ? 'counterfeit' : 'legit',
      brandId: e?.b.id ?? null,
      lineKey: e?.l?.key ?? null,
      work: null,
      category: e?.l?.category ?? extra.category,
      title: '',
      market: pl.market,
      shipFrom: pl.sf,
      currency: pl.currency,
      price,
      quantity: 1,
      condition: 'new',
      lang,
      insert: null,
      family: null,
      meta: { cues: [] },
      ...extra,
    };
  }
  const zhOr = (p) => (rng.chance(p) ? 'zh' : 'en');
  const pickE = (f) => ctx.pickEntry(f);
  const qtyBulk = () => rng.pick([20, 30, 50, 60, 100, 120, 200]);

  // ================= counterfeit kinds =================
  function markerEn() {
    const e = pickE();
    const pl = ctx.place('en');
    const s = spec('pos.marker_en', e, 'en', pl, ctx.price(e.retail, rng.float(0.06, 0.45), pl.currency));
    const m = rng.pick(MARK_EN);
    const base = withBrand(e, 'en', lineLabel(e, 'en'));
    const noun = nounFor(e.l.category, 'en', rng);
    s.title = rng.pick([
      join(base, noun, m),
      join(m, '–', base, noun),
      join(base, `(${m})`),
      join(base, noun, '|', m),
    ]);
    s.quantity = rng.chance(0.3) ? rng.int(5, 40) : rng.int(1, 3);
    return s;
  }
  function markerZh() {
    const e = pickE();
    const pl = ctx.place('zh');
    const s = spec('pos.marker_zh', e, 'zh', pl, ctx.price(e.retail, rng.float(0.05, 0.4), pl.currency));
    const m = rng.pick(MARK_ZH);
    const base = withBrand(e, 'zh', lineLabel(e, 'zh'));
    s.title = rng.pick([
      zhJoin(base, nounFor(e.l.category, 'zh', rng), m),
      zhJoin(m, base),
      zhJoin(base, m, '包邮'),
    ]);
    s.quantity = rng.int(1, 20);
    return s;
  }
  function coded() {
    const lang = zhOr(0.5);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec('pos.coded_language', e, lang, pl, ctx.price(e.retail, rng.float(0.12, 0.5), pl.currency));
    const base = withBrand(e, lang, lineLabel(e, lang));
    if (lang === 'zh') s.title = zhJoin(base, nounFor(e.l.category, 'zh', rng), rng.pick(CODED_ZH));
    else
      s.title = rng.pick([
        join(base, rng.pick(CODED_EN)),
        join(rng.pick(CODED_EN), '·', base),
        join(base, '-', rng.pick(CODED_EN)),
      ]);
    s.quantity = rng.int(1, 12);
    return s;
  }
  function oem() {
    const lang = zhOr(0.6);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec('pos.oem_leak', e, lang, pl, ctx.price(e.retail, rng.float(0.1, 0.45), pl.currency));
    const base = withBrand(e, lang, lineLabel(e, lang));
    if (lang === 'zh')
      s.title = zhJoin(
        base,
        rng.pick(OEM_ZH).replace('{p}', rng.pick(OEM_PLACES_ZH)),
        nounFor(e.l.category, 'zh', rng),
      );
    else s.title = join(base, '–', rng.pick(OEM_EN).replace('{p}', rng.pick(OEM_PLACES_EN)));
    s.quantity = rng.int(2, 60);
    return s;
  }
  function dm() {
    const lang = zhOr(0.45);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec('pos.dm_real_pics', e, lang, pl, ctx.price(e.retail, rng.float(0.1, 0.5), pl.currency));
    const base = withBrand(e, lang, lineLabel(e, lang));
    if (lang === 'zh') s.title = zhJoin(base, nounFor(e.l.category, 'zh', rng), rng.pick(DM_ZH));
    else
      s.title = rng.pick([
        join(base, '–', rng.pick(DM_EN)),
        join(base, nounFor(e.l.category, 'en', rng), `(${rng.pick(DM_EN)})`),
      ]);
    s.quantity = rng.int(1, 10);
    return s;
  }
  function nickZh() {
    const e = pickE((x) => NICK[x.b.id]?.zh?.length);
    const pl = ctx.place('zh');
    const far = rng.chance(0.82);
    const ratio = far ? rng.float(0.05, 0.33) : rng.float(0.4, 0.6);
    const s = spec('pos.brand_nickname_zh', e, 'zh', pl, ctx.price(e.retail, ratio, pl.currency));
    const nick = rng.pick(NICK[e.b.id].zh);
    const line = lineLabel(e, 'zh', true);
    const cue = far ? rng.pick(['', '', '便宜出', '白菜价', '亏本']) : rng.pick(['量大', '批发', '同款']);
    s.title = zhJoin(nick, line, nounFor(e.l.category, 'zh', rng), cue);
    if (!far) s.quantity = rng.int(10, 50);
    return s;
  }
  // cue for the disguise kinds: far-below price, bulk, or a stated cue
  function disguiseCue(s, e, lang, priceMax) {
    const r = rng.next();
    if (r < 0.6) {
      s.price = ctx.price(e.retail, rng.float(0.05, priceMax * 0.9), s.currency, 0.02, priceMax * 0.98);
      return '';
    }
    s.price = ctx.price(e.retail, rng.float(0.35, 0.7), s.currency);
    if (r < 0.85) {
      s.quantity = rng.int(10, 80);
      return lang === 'zh'
        ? rng.pick(['批发', '量大价优', '现货多'])
        : rng.pick(['wholesale', 'bulk', 'lot of 10+', 'reseller price']);
    }
    s.meta.statedCue = true;
    return lang === 'zh' ? rng.pick(MARK_ZH) : rng.pick(MARK_EN);
  }
  function abbrev() {
    const lang = zhOr(0.2);
    const e = pickE((x) => NICK[x.b.id]?.ab?.length);
    const pl = ctx.place(lang);
    const s = spec('pos.brand_abbrev_emoji', e, lang, pl, 0);
    const cue = disguiseCue(s, e, lang, 0.2);
    const ab = rng.pick(NICK[e.b.id].ab);
    const line = lineLabel(e, lang, true);
    s.title =
      lang === 'zh'
        ? zhJoin(ab, line, nounFor(e.l.category, 'zh', rng), cue)
        : join(ab, line, nounFor(e.l.category, 'en', rng), cue);
    return s;
  }
  function misspelled() {
    const lang = zhOr(0.15);
    const e = pickE((x) => NICK[x.b.id]?.ms?.length);
    const pl = ctx.place(lang);
    const s = spec('pos.brand_misspelled', e, lang, pl, 0);
    const cue = disguiseCue(s, e, lang, 0.3);
    const ms = rng.pick(NICK[e.b.id].ms);
    const line = lineLabel(e, lang, true);
    s.title =
      lang === 'zh'
        ? zhJoin(ms, line, nounFor(e.l.category, 'zh', rng), cue)
        : join(ms, line, nounFor(e.l.category, 'en', rng), cue);
    return s;
  }
  const homoglyph = (name) => {
    const chars = [...name];
    const idx = chars.map((c, i) => (HOMO[c] ? i : -1)).filter((i) => i >= 0);
    if (!idx.length || rng.chance(0.2)) {
      const at = rng.int(1, Math.max(1, chars.length - 1));
      chars.splice(at, 0, rng.pick(INVIS));
      return chars.join('');
    }
    for (const i of rng.pickN(idx, rng.int(1, Math.min(2, idx.length)))) chars[i] = rng.pick(HOMO[chars[i]]);
    return chars.join('');
  };
  function homo() {
    const lang = zhOr(0.06);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec('pos.brand_homoglyph', e, lang, pl, 0);
    const cue = disguiseCue(s, e, lang, 0.3);
    const hb = homoglyph(e.b.name);
    const line = lineLabel(e, lang, true);
    s.title =
      lang === 'zh'
        ? zhJoin(hb, line, nounFor(e.l.category, 'zh', rng), cue)
        : join(hb, line, nounFor(e.l.category, 'en', rng), cue);
    if (ctx.containsOfficial(e.b, s.title)) return null;
    return s;
  }
  function extreme() {
    const e = pickE((x) => x.l.category !== 'toys' || x.retail > 30);
    const mfg = ctx.mfgOf(e.b, e.l);
    const cue = rng.weighted([
      ['bulk', 3],
      ['ship', 2],
      ['colour', e.l.colours.length ? 2 : 0],
      ['quality', 2],
      ['factory', 2],
    ]);
    const canZh = cue === 'ship' ? !mfg.includes('CN') : mfg.includes('CN');
    const lang = canZh && rng.chance(0.35) ? 'zh' : 'en';
    const pl = cue === 'ship' ? ctx.place(lang, { out: mfg }) : ctx.place(lang, { in: mfg });
    if (!pl) return null;
    const s = spec(
      'pos.extreme_price',
      e,
      lang,
      pl,
      ctx.price(e.retail, rng.float(0.035, 0.095), pl.currency, 0.03, 0.1),
    );
    s.meta.extremeCue = cue;
    s.quantity = 1;
    const base = withBrand(e, lang, lineLabel(e, lang));
    const noun = nounFor(e.l.category, lang, rng);
    let add = '';
    if (cue === 'bulk') {
      s.quantity = qtyBulk();
      add = rng.pick((lang === 'zh' ? EXTREME_ZH : EXTREME_EN).bulk);
    } else if (cue === 'quality' || cue === 'factory')
      add = rng.pick((lang === 'zh' ? EXTREME_ZH : EXTREME_EN)[cue]);
    else if (cue === 'colour') {
      const i = rng.int(0, OFF_COLOURS.en.length - 1);
      if (e.l.colours.some((c) => c.toLowerCase() === OFF_COLOURS.en[i])) return null;
      s.meta.offColour = OFF_COLOURS.en[i];
      add = lang === 'zh' ? OFF_COLOURS.zh[i] : OFF_COLOURS.en[i];
    }
    s.title =
      lang === 'zh'
        ? zhJoin(base, add, noun)
        : rng.chance(0.5)
          ? join(base, noun, add)
          : join(add, base, noun);
    if (cue !== 'bulk' && ['vinted', 'depop', 'mercari'].includes(s.market) && rng.chance(0.5)) return null;
    return s;
  }
  function weak() {
    const e = pickE();
    const mfg = ctx.mfgOf(e.b, e.l);
    const n = rng.int(2, 3);
    const cues = rng.pickN(['several', 'nobox', 'noreceipt', 'gift', 'urgent', 'ship'], n);
    if (cues.includes('gift') && cues.includes('several')) return null;
    const ship = cues.includes('ship');
    const canZh = ship ? !mfg.includes('CN') : mfg.includes('CN');
    const lang = canZh && rng.chance(0.45) ? 'zh' : 'en';
    const pl = ship ? ctx.place(lang, { out: mfg }) : ctx.place(lang, { in: mfg });
    if (!pl) return null;
    const s = spec(
      'pos.weak_cues',
      e,
      lang,
      pl,
      ctx.price(e.retail, rng.float(0.32, 0.58), pl.currency, 0.3, 0.6),
    );
    s.meta.weakCues = cues;
    s.quantity = cues.includes('several') ? rng.int(3, 8) : 1;
    const W = lang === 'zh' ? WEAK_ZH : WEAK_EN;
    const phrases = cues.filter((c) => c !== 'ship' || rng.chance(0.5)).map((c) => rng.pick(W[c]));
    const base = withBrand(e, lang, lineLabel(e, lang));
    const inTitle = phrases.slice(0, rng.int(1, phrases.length));
    const rest = phrases.slice(inTitle.length);
    s.title = lang === 'zh' ? zhJoin(base, ...inTitle) : join(base, '-', inTitle.join(', '));
    if (rest.length) {
      s.insert = lang === 'zh' ? `另外，${rest.join('，')}。` : `Also: ${rest.join(', ')}.`;
      s.forceDesc = true;
    }
    return s;
  }
  function lineStyle() {
    const lang = zhOr(0.45);
    const e = pickE((x) => lineLabel(x, lang, true));
    const label = lineLabel(e, lang, true);
    const pl = ctx.place(lang);
    const s = spec('pos.product_line_seller_style', e, lang, pl, 0);
    const r = rng.next();
    let cue;
    if (r < 0.45) {
      s.price = ctx.price(e.retail, rng.float(0.06, 0.3), pl.currency);
      cue =
        lang === 'zh'
          ? rng.pick(['同款', '一样的', '平替价', ''])
          : rng.pick(['same as retail', 'same spec', '']);
    } else if (r < 0.75) {
      s.price = ctx.price(e.retail, rng.float(0.15, 0.5), pl.currency);
      cue = lang === 'zh' ? rng.pick(CODED_ZH) : rng.pick(CODED_EN);
    } else {
      s.price = ctx.price(e.retail, rng.float(0.15, 0.5), pl.currency);
      s.quantity = rng.int(10, 60);
      cue = lang === 'zh' ? rng.pick(MARK_ZH) : rng.pick(MARK_EN);
    }
    s.meta.statedCue = r >= 0.45;
    s.title =
      lang === 'zh'
        ? zhJoin(label, nounFor(e.l.category, 'zh', rng), cue)
        : join(label, nounFor(e.l.category, 'en', rng), cue);
    return s;
  }
  function descOnly() {
    const lang = zhOr(0.35);
    const e = pickE();
    const pl = ctx.place(lang);
    const ratio = rng.chance(0.68)
      ? rng.float(0.73, 0.99)
      : rng.chance(0.5)
        ? rng.float(0.52, 0.7)
        : rng.float(1.01, 1.18);
    const s = spec('pos.description_only', e, lang, pl, ctx.price(e.retail, ratio, pl.currency, 0.5, 1.2));
    const base = withBrand(e, lang, lineLabel(e, lang));
    s.title =
      lang === 'zh'
        ? zhJoin(base, nounFor(e.l.category, 'zh', rng))
        : join(base, nounFor(e.l.category, 'en', rng));
    s.insert = lang === 'zh' ? rng.pick(ADMIT_ZH) : rng.pick(ADMIT_EN);
    s.forceDesc = true;
    s.longP = 0.8;
    return s;
  }
  const CIRC_EN = [
    ['supercell', 'coc', 'video-games', 'Clash of Clans private server APK – unlimited gems & gold'],
    ['supercell', 'coc', 'video-games', 'Clash of Clans mod APK, all troops maxed, no root'],
    ['supercell', 'brawl', 'video-games', 'Brawl Stars mod menu, all brawlers unlocked'],
    ['supercell', 'brawl', 'video-games', 'Brawl Stars gem generator tool, works 2026'],
    ['supercell', null, 'video-games', 'Clash Royale private server, instant chests, Android'],
    ['paradox', 'hoi4', 'video-games', 'Hearts of Iron IV all DLC unlocker, offline, instant'],
    ['paradox', 'ck3', 'video-games', 'Crusader Kings III cracked, all DLC, no Steam needed'],
    ['paradox', 'stellaris', 'video-games', 'Stellaris full DLC crack + mods pack, PC download'],
    ['paradox', null, 'software', 'Paradox launcher bypass patch, DLC unlocker'],
    ['ncsoft', 'lineage2', 'video-games', 'Lineage II private server x50, custom items, donate shop'],
    ['ncsoft', 'aion', 'video-games', 'Aion auto-farming bot, undetected, 30 days'],
    ['ncsoft', 'gw2', 'video-games', 'Guild Wars 2 gold farming bot licence, lifetime'],
    ['ncsoft', null, 'video-games', 'Blade & Soul NEO speed hack & wallhack, monthly key'],
    ['commodore', 'cd32', 'game-consoles', 'Amiga CD32 with 4,000 games preloaded on SD, plug & play'],
    ['commodore', 'a500', 'software', 'Amiga 500 Kickstart ROMs + 2,500 ADF games pack, download'],
    ['commodore', 'c64', 'game-consoles', 'C64 mini modded, full TOSEC games set installed'],
    [null, null, 'game-consoles', 'Retro handheld 3.5" with 15,000 games loaded, arcade + home computers'],
    [null, null, 'game-consoles', 'Raspberry Pi arcade cabinet, 12,000 ROMs installed'],
    [null, null, 'software', 'Pro audio plugin bundle, 200 VSTs, cracked, Win/Mac'],
    [null, null, 'software', 'DAW full version lifetime activation, keygen included'],
  ];
  const CIRC_ZH = [
    ['supercell', 'coc', 'video-games', '部落冲突私服 无限宝石金币 安卓iOS通用'],
    ['supercell', 'brawl', 'video-games', '荒野乱斗破解版 全英雄解锁 免费送宝石'],
    ['supercell', null, 'video-games', '皇室战争私服 开箱秒开 稳定不封'],
    ['paradox', 'hoi4', 'video-games', '钢铁雄心4 全DLC解锁补丁 免激活'],
    ['paradox', 'ck3', 'video-games', '王国风云3 破解版 全DLC 中文 离线'],
    ['paradox', 'stellaris', 'video-games', '群星 全DLC 学习版 送MOD整合包'],
    ['ncsoft', 'lineage2', 'video-games', '天堂2私服 高倍率 开服送装备'],
    ['ncsoft', 'aion', 'video-games', '永恒之塔 挂机脚本 自动打怪 包月'],
    ['ncsoft', null, 'video-games', '剑灵 加速外挂 卡刀辅助 稳定'],
    ['commodore', 'cd32', 'game-consoles', 'Amiga CD32 改机 内置四千游戏 即插即玩'],
    ['commodore', 'c64', 'game-consoles', 'C64 迷你 破解 全游戏合集已装'],
    [null, null, 'game-consoles', '怀旧掌机 内置一万五千款游戏 街机全集'],
    [null, null, 'software', '编曲插件全家桶 破解版 永久激活 送安装'],
    [null, null, 'software', '音频工作站 终身激活码 注册机'],
  ];
  function circumvention() {
    const lang = zhOr(0.35);
    const [bid, lk, cat, title] = rng.pick(lang === 'zh' ? CIRC_ZH : CIRC_EN);
    const pl = ctx.place(lang);
    const e = bid ? (lk ? ctx.lineOf(bid, lk) : { b: brandById[bid], l: null }) : null;
    const s = spec('pos.circumvention', e, lang, pl, ctx.price(rng.float(3, 60), 1, pl.currency), {
      category: cat,
    });
    s.category = cat;
    s.lineKey = lk;
    const tail =
      lang === 'zh'
        ? rng.pick(['', '', '秒发', '售后无忧', '自动发货', '教程包会', '永久使用', '不封号'])
        : rng.pick([
            '',
            '',
            'instant delivery',
            '100% working',
            'read description',
            'lifetime',
            'no ban',
            'tutorial incl.',
            'email delivery',
            'PC',
          ]);
    s.title = lang === 'zh' ? zhJoin(title, tail) : join(title, tail && `– ${tail}`);
    s.quantity = rng.int(1, 999);
    s.family = 'video-games';
    return s;
  }
  const FUTURE = [];
  for (const b of ctx.BRANDS)
    for (const w of b.works ?? []) if (w.discReleaseDate > LISTING_DATE) FUTURE.push({ b, w });
  function prerelease() {
    const { b, w } = rng.pick(FUTURE);
    const zhWork = HAN.test(w.title);
    const lang = zhWork ? (rng.chance(0.75) ? 'zh' : 'en') : rng.chance(0.2) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const cat = b.categories[0];
    const s = spec(
      'pos.prerelease_disc',
      { b, l: null },
      lang,
      pl,
      ctx.price(rng.float(4, 20), 1, pl.currency),
      { category: cat },
    );
    s.category = cat;
    s.work = w.title;
    const t = lang === 'en' && zhWork ? w.aliases[0] : lang === 'zh' && !zhWork ? w.title : w.title;
    const musicEn = [
      'full album CD',
      'CD-R, all tracks',
      'vinyl LP',
      'album on CD',
      'lossless CD',
      'CD + bonus tracks',
      'double LP',
      'cassette',
    ];
    const filmEn = [
      'DVD full movie',
      'Blu-ray',
      'DVD-R screener copy',
      'DVD 1080p',
      'BD25 disc',
      'DVD, cinema version',
      '4K disc',
      'DVD box',
    ];
    const tailEn = [
      '',
      'ships now',
      'in stock',
      'early copies',
      '(2027)',
      'all regions',
      'English subs',
      'fast post',
      'limited',
      'ready to ship',
    ];
    const musicZh = ['CD 整张专辑', '黑胶', '无损CD 全曲目', 'CD 首发', '专辑碟片', '磁带'];
    const filmZh = ['DVD 高清', '蓝光碟 1080P', '碟片', 'DVD 影院版', '蓝光原盘', 'DVD 国语中字'];
    const tailZh = ['', '现货', '提前发货', '包邮', '秒发', '全区', '收藏版', '清晰版'];
    if (lang === 'zh')
      s.title = zhJoin(`《${t}》`, rng.pick(cat === 'music' ? musicZh : filmZh), ...rng.pickN(tailZh, 2));
    else
      s.title = join(
        t,
        '–',
        rng.pick(cat === 'music' ? musicEn : filmEn),
        rng.pick(tailEn),
        rng.chance(0.4) ? `x${rng.int(1, 20)}` : '',
      );
    s.family = 'disc';
    s.quantity = rng.int(1, 50);
    return s;
  }
  function mixed() {
    const e = pickE();
    const pl = ctx.place('zh');
    const s = spec(
      'pos.mixed_language',
      e,
      'mixed',
      pl,
      ctx.price(e.retail, rng.float(0.06, 0.45), pl.currency),
    );
    const base = withBrand(e, 'zh', lineLabel(e, 'zh'));
    const en = rng.pick([...MARK_EN.slice(0, 12), ...CODED_EN.slice(0, 14)]);
    const zh = rng.pick([...MARK_ZH, ...CODED_ZH, nounFor(e.l.category, 'zh', rng)]);
    s.title = rng.pick([`${base} ${en} ${zh}`, `${zh} ${base} ${en}`, `【${en}】${base}${zh}`]);
    s.quantity = rng.int(1, 20);
    return s;
  }

  // ================= legit kinds =================
  function plain() {
    const lang = zhOr(0.7);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec(
      'neg.plain',
      e,
      lang,
      pl,
      ctx.price(e.retail, rng.float(0.85, 1.15), pl.currency, 0.8, 1.2),
    );
    const base = withBrand(e, lang, lineLabel(e, lang));
    const colour = e.l.colours.length && rng.chance(0.3) ? rng.pick(e.l.colours) : '';
    s.title =
      lang === 'zh'
        ? zhJoin(base, nounFor(e.l.category, 'zh', rng), rng.pick(['', '全新', '现货', '正品']))
        : join(base, colour, nounFor(e.l.category, 'en', rng), rng.pick(['', '', 'new', '– brand new']));
    s.quantity = rng.int(1, 5);
    return s;
  }
  const usdPrice = (usd, cur) => ctx.price(usd, rng.float(0.8, 1.2), cur);
  function genericMarker() {
    const [en, zh, cat, usd] = rng.pick(GENERIC_MARKER);
    const lang = zh && rng.chance(0.45) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const s = spec('neg.generic_marker', null, lang, pl, usdPrice(usd, pl.currency), { category: cat });
    s.title =
      lang === 'zh'
        ? zhJoin(zh, rng.pick(['', '现货', '包邮']))
        : join(en, rng.pick(['', '', 'new', '– free shipping']));
    s.quantity = rng.int(1, 20);
    return s;
  }
  function nominative() {
    const e = pickE((x) => ACCESSORY[x.l.category]);
    const lang = zhOr(0.35);
    const pl = ctx.place(lang);
    const [accEn, accZh] = rng.pick(ACCESSORY[e.l.category]);
    const line = lineLabel(e, lang) ?? e.l.name;
    const bn = brandName(e.b, lang);
    const fill = (t, acc) =>
      t
        .replace('{acc}', acc)
        .replaceAll('{brand}', bn)
        .replace(
          '{line}',
          ctx.containsOfficial(e.b, line) ? line.replace(new RegExp(`^${e.b.name}\\s*`, 'i'), '') : line,
        );
    const s = spec('neg.nominative', e, lang, pl, ctx.price(rng.float(5, 35), 1, pl.currency));
    s.lineKey = null;
    s.title = lang === 'zh' ? fill(rng.pick(NOMINATIVE_ZH), accZh) : fill(rng.pick(NOMINATIVE_EN), accEn);
    s.title = s.title.charAt(0).toUpperCase() + s.title.slice(1);
    s.quantity = rng.int(1, 30);
    return s;
  }
  function commonWord() {
    const [bid, en, zh, cat, usd] = rng.pick(COMMON_WORD);
    const lang = zh && rng.chance(0.4) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const s = spec(
      'neg.common_word_brand',
      { b: brandById[bid], l: null },
      lang,
      pl,
      usdPrice(usd, pl.currency),
      { category: cat },
    );
    s.category = cat;
    s.title = lang === 'zh' ? zh : join(en, rng.pick(['', '', '– new', '(used)']));
    if (s.title.endsWith('(used)')) s.condition = 'used';
    s.quantity = rng.int(1, 6);
    return s;
  }
  function authorized() {
    const e = pickE();
    const seller = rng.pick(e.b.sellers);
    const lang = ctx.ZH_MARKETS.includes(seller.market) ? 'zh' : 'en';
    const pl = { market: seller.market, sf: seller.sf, currency: null };
    pl.currency = ctx.place(lang, { in: [seller.sf], markets: [[seller.market, 1]] })?.currency;
    if (!pl.currency) return null;
    const clearance = rng.chance(0.25);
    const ratio = clearance ? rng.float(0.4, 0.7) : rng.float(0.85, 1.05);
    const s = spec('neg.authorized_seller', e, lang, pl, ctx.price(e.retail, ratio, pl.currency, 0.3, 1.1));
    s.sellerId = seller.id;
    const base = withBrand(e, lang, lineLabel(e, lang));
    const tag = clearance
      ? lang === 'zh'
        ? rng.pick(['官方清仓', '展示机 官方质保', '官方翻新'])
        : rng.pick([
            'official clearance',
            'ex-display, full warranty',
            'open-box return, official store',
            'demo unit',
          ])
      : lang === 'zh'
        ? rng.pick(['官方旗舰店', '品牌授权', '官方直营', ''])
        : rng.pick(['official store', 'authorised dealer', '', 'with warranty']);
    if (clearance && /翻新|open-box|demo|ex-display/.test(tag))
      s.condition = rng.pick(['refurbished', 'used', 'new']);
    s.title =
      lang === 'zh'
        ? zhJoin(base, nounFor(e.l.category, 'zh', rng), tag)
        : join(base, nounFor(e.l.category, 'en', rng), tag && `– ${tag}`);
    s.quantity = rng.int(1, 40);
    return s;
  }
  const COLLECTIBLE = new Set([
    'prim/orlik',
    'commodore/cd32',
    'commodore/a500',
    'commodore/c64',
    'zildjian/kconst',
    'takamine/ef341',
    'masunaga/since1905',
    'panini/prizmhobby',
    'mido/multifort',
    'pinarello/dogmaf',
    'misono/swedish',
    'trangia/t25',
    'kose/sekkisei',
  ]);
  function secondHand() {
    const lang = zhOr(0.5);
    const e = pickE();
    const pl = ctx.place(lang);
    const above = COLLECTIBLE.has(`${e.b.id}/${e.l.key}`) && rng.chance(0.75);
    const ratio = above ? rng.float(1.05, 1.8) : rng.float(0.3, 0.85);
    const s = spec('neg.second_hand', e, lang, pl, ctx.price(e.retail, ratio, pl.currency));
    s.condition = rng.chance(0.85) ? 'used' : 'refurbished';
    const base = withBrand(e, lang, lineLabel(e, lang));
    const tag = lang === 'zh' ? rng.pick(SECOND_ZH) : rng.pick(SECOND_EN);
    const extra = above
      ? lang === 'zh'
        ? rng.pick(['绝版', '早期款 收藏级'])
        : rng.pick(['rare, discontinued', 'collector piece', 'early production'])
      : '';
    s.title = lang === 'zh' ? zhJoin(base, tag, extra) : join(base, '–', tag, extra && `, ${extra}`);
    return s;
  }
  function promotion() {
    const lang = zhOr(0.55);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec(
      'neg.promotion',
      e,
      lang,
      pl,
      ctx.price(e.retail, rng.float(0.56, 0.88), pl.currency, 0.5, 0.9),
    );
    const base = withBrand(e, lang, lineLabel(e, lang));
    s.title =
      lang === 'zh'
        ? zhJoin(rng.pick(PROMO_ZH), base, nounFor(e.l.category, 'zh', rng))
        : join(rng.pick(PROMO_EN), '–', base, nounFor(e.l.category, 'en', rng));
    s.quantity = rng.int(1, 50);
    return s;
  }
  function gray() {
    const lang = zhOr(0.55);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec(
      'neg.gray_market',
      e,
      lang,
      pl,
      ctx.price(e.retail, rng.float(0.8, 1.03), pl.currency, 0.78, 1.05),
    );
    const base = withBrand(e, lang, lineLabel(e, lang));
    s.title = lang === 'zh' ? zhJoin(rng.pick(GRAY_ZH), base) : join(base, '–', rng.pick(GRAY_EN));
    s.quantity = rng.int(1, 10);
    return s;
  }
  function negated() {
    const lang = zhOr(0.6);
    const e = pickE();
    const pl = ctx.place(lang);
    const s = spec(
      'neg.negated_marker',
      e,
      lang,
      pl,
      ctx.price(e.retail, rng.float(0.62, 1.05), pl.currency, 0.5, 1.1),
    );
    const base = withBrand(e, lang, lineLabel(e, lang));
    const neg = lang === 'zh' ? rng.pick(NEGATED_ZH) : rng.pick(NEGATED_EN);
    if (rng.chance(0.75)) s.title = lang === 'zh' ? zhJoin(base, neg) : join(base, '–', neg);
    else {
      s.title =
        lang === 'zh'
          ? zhJoin(base, nounFor(e.l.category, 'zh', rng))
          : join(base, nounFor(e.l.category, 'en', rng));
      s.insert = lang === 'zh' ? `${neg}。` : `${neg.charAt(0).toUpperCase()}${neg.slice(1)}.`;
      s.forceDesc = true;
    }
    s.condition = rng.chance(0.8) ? 'new' : 'used';
    return s;
  }
  function colourWords() {
    const e = pickE((x) => x.l.colours.length);
    const lang = zhOr(0.2);
    const pl = ctx.place(lang);
    const s = spec('neg.colour_words', e, lang, pl, ctx.price(e.retail, rng.float(0.85, 1.1), pl.currency));
    const c = rng.pick(e.l.colours);
    const base = withBrand(e, lang, lineLabel(e, lang));
    s.title =
      lang === 'zh'
        ? zhJoin(base, c, nounFor(e.l.category, 'zh', rng))
        : rng.chance(0.5)
          ? join(base, '–', c)
          : join(base, c, nounFor(e.l.category, 'en', rng));
    return s;
  }
  function modelCodes() {
    const [en, zh, cat, usd] = rng.pick(MODEL_CODES);
    const lang = zh && rng.chance(0.3) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const s = spec('neg.model_codes', null, lang, pl, usdPrice(usd, pl.currency), { category: cat });
    s.title =
      lang === 'zh'
        ? zhJoin(zh, rng.pick(['', '现货', '工业级']))
        : join(en, rng.pick(['', '', 'new', 'UK stock']));
    s.quantity = rng.int(1, 100);
    return s;
  }
  const PREORDER = FUTURE;
  function licensed() {
    if (rng.chance(0.22)) {
      const { b, w } = rng.pick(PREORDER);
      const seller = b.sellers[0];
      const lang = ctx.ZH_MARKETS.includes(seller.market) ? 'zh' : 'en';
      const cur = ctx.place(lang, { in: [seller.sf], markets: [[seller.market, 1]] })?.currency;
      if (!cur) return null;
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const cat = b.categories[0];
      const s = spec(
        'neg.licensed_repro',
        { b, l: null },
        lang,
        { market: seller.market, sf: seller.sf, currency: cur },
        ctx.price(rng.float(12, 30), 1, cur),
        { category: cat },
      );
      s.category = cat;
      s.work = w.title;
      s.sellerId = seller.id;
      const zhDate = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
      const enDate = d.toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const fmt =
        cat === 'music'
          ? lang === 'zh'
            ? 'CD'
            : rng.pick(['CD', 'vinyl LP'])
          : lang === 'zh'
            ? '蓝光'
            : rng.pick(['Blu-ray', 'DVD']);
      s.title =
        lang === 'zh'
          ? `《${w.title}》${fmt} 官方预售 ${zhDate}发行`
          : rng.pick([
              `${w.title} ${fmt} – official pre-order, released ${enDate}`,
              `Pre-order: ${w.title} (${fmt}), out ${w.discReleaseDate}`,
            ]);
      s.family = 'disc';
      s.quantity = rng.int(1, 200);
      return s;
    }
    const [bid, lk, work, en, zh, cat, usd] = rng.pick(LICENSED);
    const lang = zh && (!en || rng.chance(0.35)) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const b = brandById[bid];
    const s = spec(
      'neg.licensed_repro',
      lk ? ctx.lineOf(bid, lk) : { b, l: null },
      lang,
      pl,
      usdPrice(usd, pl.currency),
      { category: cat },
    );
    s.category = cat;
    s.lineKey = lk;
    s.work = work;
    const lx = [
      '',
      '',
      'new',
      'sealed',
      'in stock',
      'official',
      'limited run',
      'UK stock',
      'EU stock',
      'fast shipping',
    ];
    const lxZh = ['', '', '全新', '现货', '正版', '官方', '包邮'];
    const sfx = rng.pick(lx);
    s.title = lang === 'zh' ? zhJoin(zh, rng.pick(lxZh)) : join(en, sfx && `– ${sfx}`);
    if (lk) {
      s.price = ctx.price(ctx.lineOf(bid, lk).retail, rng.float(0.9, 1.1), pl.currency);
    }
    if (cat === 'film-tv' || (cat === 'music' && work)) s.family = 'disc';
    s.quantity = rng.int(1, 8);
    return s;
  }
  function usedConsole() {
    const [en, zh, usd, bid, lk] = rng.pick(USED_CONSOLES);
    const lang = zh && rng.chance(0.5) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const e = bid ? (lk ? ctx.lineOf(bid, lk) : { b: brandById[bid], l: null }) : null;
    const s = spec('neg.used_console', e, lang, pl, usdPrice(usd, pl.currency), {
      category: 'game-consoles',
    });
    s.category = 'game-consoles';
    s.lineKey = lk ?? null;
    if (lk) s.price = ctx.price(e.retail, rng.float(0.6, 1.1), pl.currency);
    s.condition = 'used';
    const ex = [
      '',
      'PAL',
      'NTSC',
      'with AV cable',
      'with 2 games',
      'with 3 games',
      '+ original pad',
      'serviced & cleaned',
      'pick-up or post',
      'from my shelf',
      'collection sale',
      'with manual',
    ];
    const exZh = ['', '自用', '收藏出', '带原装线', '附两盘游戏', '功能正常', '可验货'];
    s.title =
      lang === 'zh'
        ? zhJoin(zh, rng.pick(exZh), rng.pick(exZh))
        : join(en, rng.chance(0.6) ? `– ${rng.pick(ex.slice(1))}` : '');
    s.quantity = 1;
    return s;
  }
  function cheap() {
    const [en, zh, cat, usd] = rng.pick(CHEAP);
    const lang = rng.chance(0.5) ? 'zh' : 'en';
    const pl = ctx.place(lang);
    const s = spec('neg.cheap_unbranded', null, lang, pl, usdPrice(usd, pl.currency), { category: cat });
    s.title =
      lang === 'zh'
        ? zhJoin(zh, rng.pick(['', '包邮', '实惠装', '现货']))
        : join(en, rng.pick(['', '', '– free postage', 'new']));
    s.quantity = rng.int(1, 50);
    return s;
  }

  const wrap = (f) => () => {
    const s = f();
    if (s && !s.family) s.family = famOf(s.category) ? s.category : s.category;
    return s;
  };
  return Object.fromEntries(
    Object.entries({
      'pos.marker_en': markerEn,
      'pos.marker_zh': markerZh,
      'pos.coded_language': coded,
      'pos.oem_leak': oem,
      'pos.dm_real_pics': dm,
      'pos.brand_nickname_zh': nickZh,
      'pos.brand_abbrev_emoji': abbrev,
      'pos.brand_misspelled': misspelled,
      'pos.brand_homoglyph': homo,
      'pos.extreme_price': extreme,
      'pos.weak_cues': weak,
      'pos.product_line_seller_style': lineStyle,
      'pos.description_only': descOnly,
      'pos.circumvention': circumvention,
      'pos.prerelease_disc': prerelease,
      'pos.mixed_language': mixed,
      'neg.plain': plain,
      'neg.generic_marker': genericMarker,
      'neg.nominative': nominative,
      'neg.common_word_brand': commonWord,
      'neg.authorized_seller': authorized,
      'neg.second_hand': secondHand,
      'neg.promotion': promotion,
      'neg.gray_market': gray,
      'neg.negated_marker': negated,
      'neg.colour_words': colourWords,
      'neg.model_codes': modelCodes,
      'neg.licensed_repro': licensed,
      'neg.used_console': usedConsole,
      'neg.cheap_unbranded': cheap,
    }).map(([k, f]) => [k, wrap(f)]),
  );
}
