// Generators for test-v7: one function per kind that returns a listing spec (or null to retry).
// Written fresh for this set. Generated rows fill each kind up to its quota after the hand-written rows.

import { currencyFor, MARKET_SHIPS, priceAt } from './lib.js';
import { CHEAP_UNBRANDED, COMMON_WORD, GENERIC_MARKER, MODEL_CODES, OTHER_CONSOLES } from './negdata.js';

const OFF_COLOURS = [
  ['lime green', '荧光绿'],
  ['hot pink', '芭比粉'],
  ['neon orange', '荧光橙'],
  ['purple camo', '紫色迷彩'],
  ['rainbow', '彩虹色'],
  ['leopard print', '豹纹'],
  ['glitter gold', '闪粉金'],
];
const CAT_EN = {
  apparel: ['hoodie', 'jacket', 'top', 'sweatshirt'],
  shoes: ['sneakers', 'boots', 'shoes', 'trainers'],
  handbags: ['bag', 'handbag', 'shoulder bag'],
  watches: ['watch', 'wristwatch'],
  jewellery: ['earrings', 'necklace', 'ring', 'pendant'],
  eyewear: ['glasses', 'frames', 'optical frame'],
  fragrance: ['perfume', 'EDP 100ml', 'fragrance'],
  cosmetics: ['blush', 'makeup', 'serum'],
  phones: ['phone', 'mobile', 'handset'],
  computers: ['laptop', 'notebook'],
  'computer-accessories': ['keyboard', 'RAM kit', 'headset', 'controller'],
  audio: ['speakers', 'headphones', 'DAC'],
  cameras: ['cinema camera', 'camera body'],
  'camera-lenses': ['lens', 'prime lens'],
  'game-consoles': ['handheld', 'console'],
  'video-games': ['game', 'PC game'],
  software: ['licence', 'software'],
  toys: ['playset', 'diecast car', 'toy'],
  'auto-parts': ['horn', 'lamp', 'engine oil', 'scanner'],
  tyres: ['tyre', 'tire'],
  tools: ['drill', 'pliers', 'tester', 'scan tool'],
  'home-appliances': ['machine', 'appliance', 'robot vacuum'],
  kitchenware: ['set'],
  'sports-equipment': ['racket', 'racquet', 'rubber', 'club'],
  'outdoor-gear': ['camping gear', 'mug', 'tent'],
};
const CAT_ZH = {
  apparel: ['卫衣', '外套', '上衣'],
  shoes: ['运动鞋', '靴子', '跑鞋'],
  handbags: ['包包', '单肩包', '斜挎包'],
  watches: ['手表', '腕表'],
  jewellery: ['耳环', '项链', '戒指'],
  eyewear: ['眼镜框', '镜架'],
  fragrance: ['香水', '淡香精'],
  cosmetics: ['腮红', '精华', '化妆品'],
  phones: ['手机', '老人机'],
  computers: ['笔记本电脑', '游戏本'],
  'computer-accessories': ['键盘', '内存条', '耳机'],
  audio: ['音箱', '耳机', '解码器'],
  cameras: ['摄影机', '相机'],
  'camera-lenses': ['镜头', '定焦镜头'],
  'game-consoles': ['掌机', '游戏机'],
  'video-games': ['游戏', '光盘'],
  software: ['软件', '激活码'],
  toys: ['玩具', '合金车', '拼装玩具'],
  'auto-parts': ['汽车配件', '喇叭', '机油'],
  tyres: ['轮胎'],
  tools: ['电动工具', '钳子', '诊断仪'],
  'home-appliances': ['家电', '咖啡机', '扫地机'],
  kitchenware: ['厨具'],
  'sports-equipment': ['球拍', '羽毛球拍', '胶皮'],
  'outdoor-gear': ['露营装备', '户外用品'],
};
const EN_SIZE = {
  apparel: ['S', 'M', 'L', 'XL', 'XXL'],
  shoes: ['EU 40', 'EU 41', 'EU 42', 'EU 43', 'US 8', 'US 9', 'UK 7', 'UK 10'],
};
const ZH_SIZE = {
  apparel: ['S码', 'M码', 'L码', 'XL'],
  shoes: ['39码', '40码', '41码', '42码', '43码', '44码'],
};

// what each product line is, in the words sellers use (English, Chinese); the category noun is only a fallback
const LINE_NOUN = {
  'kenzo/tiger': ['sweatshirt', '卫衣'],
  'kenzo/bokeT': ['tee', '短袖T恤'],
  'kenzo/tigerbag': ['crossbody bag', '斜挎包'],
  'fear-of-god/esshoodie': ['hoodie', '连帽卫衣'],
  'fear-of-god/esspants': ['sweatpants', '卫裤'],
  'fear-of-god/californian': ['sneakers', '板鞋'],
  'barbour/bedale': ['wax jacket', '油蜡夹克'],
  'barbour/beaufort': ['wax jacket', '油蜡夹克'],
  'barbour/ashby': ['wax jacket', '油蜡夹克'],
  'charles-keith/koa': ['shoulder bag', '单肩包'],
  'charles-keith/gabine': ['saddle bag', '马鞍包'],
  'veja/v10': ['sneakers', '小白鞋'],
  'veja/campo': ['sneakers', '板鞋'],
  'veja/esplar': ['trainers', '小白鞋'],
  'red-wing/ironranger': ['boots', '工装靴'],
  'red-wing/moc': ['moc toe boots', '工装靴'],
  'red-wing/blacksmith': ['boots', '皮靴'],
  'xtep/160x': ['racing shoes', '竞速跑鞋'],
  'xtep/360x': ['running shoes', '跑鞋'],
  'clarks/wallabee': ['moccasins', '袋鼠鞋'],
  'clarks/desert': ['desert boots', '沙漠靴'],
  'sinn/556': ['watch', '手表'],
  'sinn/u1': ['dive watch', '潜水表'],
  'sinn/104': ['pilot watch', '飞行表'],
  'raymond-weil/freelancer': ['automatic watch', '机械表'],
  'raymond-weil/tango': ['watch', '腕表'],
  'raymond-weil/toccata': ['dress watch', '石英表'],
  'rossini/qidi': ['watch', '手表'],
  'rossini/xunzhang': ['watch', '机械表'],
  'georg-jensen/daisy': ['ring', '戒指'],
  'georg-jensen/fusion': ['ring', '戒指'],
  'georg-jensen/offspring': ['ring', '戒指'],
  'apm-monaco/meteorites': ['earrings', '耳环'],
  'apm-monaco/croisette': ['necklace', '项链'],
  'moscot/lemtosh': ['frames', '眼镜框'],
  'moscot/miltzen': ['frames', '镜架'],
  'lindberg/air': ['rimless frames', '无框镜架'],
  'lindberg/spirit': ['frames', '钛架'],
  'rare-beauty/blush': ['blush', '腮红'],
  'rare-beauty/luminizer': ['highlighter', '高光液'],
  'penhaligons/halfeti': ['perfume', '香水'],
  'penhaligons/duchess': ['perfume', '香水'],
  'penhaligons/luna': ['eau de toilette', '香水'],
  'chando/bingji': ['toner', '爽肤水'],
  'chando/xiaozi': ['serum', '精华'],
  'nokia/3310': ['phone', '直板机'],
  'nokia/xr21': ['rugged phone', '三防手机'],
  'nokia/g42': ['smartphone', '手机'],
  'acer/helios': ['gaming laptop', '游戏本'],
  'acer/swiftgo': ['laptop', '轻薄本'],
  'acer/nitro': ['gaming laptop', '游戏本'],
  'corsair/k70': ['keyboard', '机械键盘'],
  'corsair/vengeance': ['RAM kit', '内存条'],
  'corsair/hs80': ['headset', '耳机'],
  'laowa/macro100': ['macro lens', '微距镜头'],
  'laowa/zerod12': ['wide lens', '广角镜头'],
  'laowa/probe': ['probe lens', '微距镜头'],
  'seven-artisans/35f14': ['lens', '定焦镜头'],
  'seven-artisans/50f105': ['lens', '人像镜头'],
  'seven-artisans/fisheye': ['fisheye lens', '鱼眼镜头'],
  'blackmagic/pocket6k': ['cinema camera', '摄影机'],
  'blackmagic/resolve': ['licence', '软件'],
  'kef/ls50w': ['speakers', '音箱'],
  'kef/lsx2': ['speakers', '无线音箱'],
  'kef/q150': ['bookshelf speakers', '书架音箱'],
  'beyerdynamic/dt770': ['headphones', '监听耳机'],
  'beyerdynamic/dt990': ['headphones', '耳机'],
  'beyerdynamic/t1': ['headphones', '旗舰耳机'],
  'fiio/k7': ['DAC amp', '解码耳放'],
  'fiio/m11s': ['music player', '播放器'],
  'fiio/btr5': ['bluetooth amp', '蓝牙耳放'],
  'playmobil/pirate': ['playset', '玩具套装'],
  'playmobil/hospital': ['playset', '玩具套装'],
  'playmobil/ghostbusters': ['playset', '玩具车'],
  'tomica/premium': ['diecast car', '合金车'],
  'tomica/tlv': ['diecast car', '合金车'],
  'tomica/regular': ['diecast car', '小车'],
  'ubisoft/popcrown': ['game', '游戏'],
  'ubisoft/farcry6': ['game', '游戏'],
  'ubisoft/r6': ['game', '游戏'],
  'ableton/suite': ['licence', '软件'],
  'ableton/standard': ['licence', '软件'],
  'ableton/push3': ['controller', '控制器'],
  'retroid/rp5': ['handheld', '掌机'],
  'retroid/rpmini': ['handheld', '掌机'],
  'retroid/rpclassic': ['handheld', '掌机'],
  'playdate/console': ['handheld', '掌机'],
  'playdate/dock': ['dock', '底座音箱'],
  'hella/supertone': ['horns', '喇叭'],
  'hella/rallye': ['driving lamps', '射灯'],
  'hella/comet': ['fog lamp', '雾灯'],
  'liqui-moly/toptec4200': ['engine oil', '机油'],
  'liqui-moly/molygen': ['engine oil', '机油'],
  'liqui-moly/ceratec': ['oil additive', '机油添加剂'],
  'autel/ms906': ['scan tool', '诊断仪'],
  'autel/mk808': ['scan tool', '诊断仪'],
  'autel/update': ['software update', '软件升级'],
  'linglong/sportmaster': ['tyre', '轮胎'],
  'linglong/crosswind': ['tyre', '轮胎'],
  'ryobi/drill': ['drill', '电钻'],
  'ryobi/battery': ['battery', '电池'],
  'klein-tools/d2000': ['pliers', '钢丝钳'],
  'klein-tools/ncvt': ['voltage tester', '测电笔'],
  'klein-tools/32500': ['screwdriver', '螺丝刀'],
  'breville/bes870': ['espresso machine', '咖啡机'],
  'breville/bambino': ['espresso machine', '咖啡机'],
  'breville/bov900': ['air fryer oven', '空气炸烤箱'],
  'dreame/x40': ['robot vacuum', '扫地机器人'],
  'dreame/l20': ['robot vacuum', '扫拖机器人'],
  'dreame/h14': ['wet dry vacuum', '洗地机'],
  'joyoung/k1': ['soymilk maker', '豆浆机'],
  'joyoung/y1': ['blender', '破壁机'],
  'yonex/ax88d': ['racket', '羽毛球拍'],
  'yonex/ax100': ['racket', '羽毛球拍'],
  'yonex/nf800': ['racket', '羽毛球拍'],
  'yonex/65z3': ['badminton shoes', '羽毛球鞋'],
  'butterfly/tenergy05': ['rubber', '胶皮'],
  'butterfly/dignics09c': ['rubber', '套胶'],
  'butterfly/viscaria': ['blade', '底板'],
  'ping/g430': ['driver', '一号木'],
  'ping/anser': ['putter', '推杆'],
  'ping/blueprint': ['irons', '铁杆'],
  'victor/ryuga': ['racket', '羽毛球拍'],
  'victor/ars90k': ['racket', '羽毛球拍'],
  'victor/bs12': ['racket', '羽毛球拍'],
  'helinox/chairone': ['camp chair', '露营椅'],
  'helinox/chairzero': ['camp chair', '月亮椅'],
  'helinox/sunset': ['camp chair', '高背椅'],
  'kailas/fugadu': ['trail shoes', '越野跑鞋'],
  'kailas/montx': ['hardshell jacket', '冲锋衣'],
};

export function makeGenerators(ctx, rng) {
  const R = rng;
  const linesWith = (f) => ctx.allLines.filter(f);
  const anyLine = () => R.pick(ctx.allLines);
  const lineName = (e, lang) => {
    const l = e.l;
    const zhNames = [...(l.shortNames ?? []), ...(l.aliases ?? [])].filter((s) => /[\u4e00-\u9fff]/.test(s));
    if (lang === 'zh' && zhNames.length && R.chance(0.5)) return R.pick(zhNames);
    const opts = [
      l.name,
      l.name,
      ...(l.aliases ?? []).filter((s) => !/[\u4e00-\u9fff]/.test(s)),
      ...(l.shortNames ?? []).filter((s) => !/[\u4e00-\u9fff]/.test(s)),
    ];
    return R.pick(opts);
  };
  const brandName = (b, lang) => {
    if (lang === 'zh')
      return R.chance(0.6)
        ? b.zh
        : R.pick([b.name, ...b.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a)), b.zh]);
    return R.pick([b.name, b.name, ...b.aliases.filter((a) => !/[\u4e00-\u9fff]/.test(a))]);
  };
  const lnoun = (e, lang) => {
    const n = LINE_NOUN[`${e.b.id}/${e.l.key}`];
    const w = n ? n[lang === 'zh' ? 1 : 0] : noun(e.l.category, lang);
    // no second noun when the line's own names already say it ("Bedale Wax Jacket wax jacket")
    const own = [e.l.name, ...(e.l.aliases ?? []), ...(e.l.shortNames ?? [])].join(' ').toLowerCase();
    return own.includes(w.toLowerCase()) ? '' : w;
  };
  const noun = (cat, lang) =>
    R.pick((lang === 'zh' ? CAT_ZH : CAT_EN)[cat] ?? (lang === 'zh' ? ['商品'] : ['item']));
  const size = (cat, lang) => {
    const s = (lang === 'zh' ? ZH_SIZE : EN_SIZE)[cat];
    return s && R.chance(0.6) ? R.pick(s) : '';
  };
  // Chinese titles name a produced colour in Chinese; a colour the line was never made in would be a cue
  const ZH_OF = [
    ['black', '黑色'],
    ['white', '白色'],
    ['grey', '灰色'],
    ['gray', '灰色'],
    ['navy', '藏青'],
    ['blue', '蓝色'],
    ['red', '红色'],
    ['green', '绿色'],
    ['olive', '橄榄绿'],
    ['sage', '鼠尾草绿'],
    ['khaki', '卡其'],
    ['pink', '粉色'],
    ['silver', '银色'],
    ['gold', '金色'],
    ['yellow', '黄色'],
    ['brown', '棕色'],
    ['cream', '奶油色'],
    ['sand', '沙色'],
    ['chocolate', '巧克力色'],
    ['taupe', '灰褐色'],
    ['tortoise', '玳瑁'],
    ['purple', '紫色'],
    ['oatmeal', '燕麦色'],
    ['amber', '琥珀色'],
    ['copper', '铜色'],
    ['titanium', '钛色'],
    ['beeswax', '蜂蜡色'],
    ['maple', '枫叶棕'],
    ['natural', '原色'],
    ['carbon', '碳黑'],
  ];
  const colourZh = (c) => {
    if (/[\u4e00-\u9fff]/.test(c)) return c;
    const lc = c.toLowerCase();
    const hit = ZH_OF.find(([w]) => new RegExp(`\\b${w}\\b`).test(lc));
    return hit ? hit[1] : null;
  };
  const colourOf = (e, lang) => {
    const c = e.l.colours ?? [];
    if (!c.length || !R.chance(0.55)) return '';
    if (lang === 'zh') return colourZh(R.pick(c)) ?? '';
    return R.pick(c);
  };
  const join = (...p) => {
    const parts = p.filter(Boolean);
    // drop a word group that the next part repeats ("Retroid Retroid Pocket 5", "Playdate Playdate")
    const lastWord = (x) => x.toLowerCase().split(' ').pop();
    const kept = parts.filter((x, i) => {
      if (i + 1 >= parts.length) return true;
      const next = parts[i + 1].toLowerCase();
      return !(
        next.startsWith(x.toLowerCase()) ||
        (lastWord(x).length >= 4 && next.split(' ').includes(lastWord(x)))
      );
    });
    return kept.join(' ').replace(/\s+/g, ' ').trim();
  };
  const seller = (label, market) => ctx.sellerFor(label === 'counterfeit' ? 'cf' : 'legit', market);
  const mfgOf = (e) => e.mfg;

  function base(kind, e, lang, mk, price, extra = {}) {
    const label = kind.startsWith('pos.') ? 'counterfeit' : 'legit';
    return {
      kind,
      label,
      brandId: e?.b.id ?? extra.brandId ?? null,
      lineKey: e?.l.key ?? null,
      work: extra.work ?? null,
      category: extra.category ?? e?.l.category,
      title: extra.title,
      market: mk.market,
      shipFrom: mk.shipFrom,
      currency: mk.currency,
      price,
      quantity: extra.quantity ?? 1,
      condition: extra.condition ?? 'new',
      sellerId: extra.sellerId ?? seller(label, mk.market),
      lang,
      insert: extra.insert ?? null,
      forceDesc: extra.forceDesc ?? false,
      longP: extra.longP,
      meta: { hand: false, cues: extra.cues ?? [], ...(extra.meta ?? {}) },
    };
  }
  const pickLang = (pEn) => (R.chance(pEn) ? 'en' : 'zh');
  // Chinese sellers often tack an English phrase onto a Chinese title; such rows are 'mixed'
  const MIX_TAIL = [
    'free shipping',
    'new arrival',
    'hot sale',
    'gift box',
    'limited stock',
    'best seller',
    'fast delivery',
    'new season',
    'top pick',
    'daily wear',
  ];
  const maybeMix = (spec, p) => {
    if (!spec || spec.lang !== 'zh' || !R.chance(p)) return spec;
    spec.title = join(spec.title, R.pick(MIX_TAIL));
    spec.lang = 'mixed';
    return spec;
  };

  // ---------------- counterfeit kinds ----------------
  const MARK_EN = [
    'replica',
    '1:1 replica',
    'mirror copy',
    'AAA+ replica',
    'super clone',
    'top-grade copy',
    'rep 1:1',
    'high-end replica',
    'copy version',
    'knockoff',
    'fake but looks real',
    'réplique 1:1',
    'Nachbau',
    'copia perfecta',
    'replika',
    'kopia 1:1',
    'imitatie',
    'réplica premium',
  ];
  const MARK_ZH = [
    '高仿',
    '一比一',
    '复刻版',
    '精仿',
    'A货',
    '超A',
    '顶级复刻',
    '仿品',
    '原版复刻',
    '一比一复刻',
    '高仿版',
    '仿款',
    '同款复刻',
    '顶配复刻版',
  ];
  const gen = {};
  const gen0 = {};

  gen['pos.marker_en'] = () => {
    const e = anyLine();
    const mk = ctx.anyMarket('en');
    const price = ctx.priceFor(e, 0.06, 0.3, mk.currency);
    const title = join(
      brandName(e.b, 'en'),
      lineName(e, 'en'),
      R.pick(MARK_EN),
      colourOf(e, 'en'),
      size(e.l.category, 'en'),
      R.chance(0.5) ? lnoun(e, 'en') : '',
    );
    return base('pos.marker_en', e, 'en', mk, price, { title, quantity: R.int(1, 6) });
  };
  gen['pos.marker_zh'] = () => maybeMix(gen0['pos.marker_zh'](), 0.15);
  gen0['pos.marker_zh'] = () => {
    const e = anyLine();
    const mk = ctx.anyMarket('zh');
    const price = ctx.priceFor(e, 0.04, 0.25, mk.currency);
    const title = join(
      brandName(e.b, 'zh'),
      lineName(e, 'zh'),
      R.pick(MARK_ZH),
      colourOf(e, 'zh'),
      size(e.l.category, 'zh'),
      lnoun(e, 'zh'),
      R.pick(['', '现货', '包邮', '支持验货', '细节到位']),
    );
    return base('pos.marker_zh', e, 'zh', mk, price, { title, quantity: R.int(1, 30) });
  };

  const CODED_EN = [
    'rep',
    'UA',
    'batch',
    'W2C inside',
    'budget version',
    'unauthorized authentic',
    'same materials as retail',
    'mirror',
    'GX batch',
    'PK batch',
    'LJR-level',
    'retail-spec',
    '"inspired" version',
    'DHgate classic',
    'tier 1 alt',
    'non-retail pair',
  ];
  const CODED_ZH = [
    '莆田货',
    '档口货',
    '过验版',
    '真标',
    '纯原',
    '细节对版',
    '区别正品',
    '顶级版本',
    '得物可过',
    '渠道货',
    '原厂皮料',
    '对版纸格',
    '公司级',
    '真碳版',
    '原装开模',
  ];
  gen['pos.coded_language'] = () => maybeMix(gen0['pos.coded_language'](), 0.15);
  gen0['pos.coded_language'] = () => {
    const lang = pickLang(0.56);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.06, 0.3, mk.currency);
    const cue = R.pick(lang === 'zh' ? CODED_ZH : CODED_EN);
    const title =
      lang === 'zh'
        ? join(
            brandName(e.b, 'zh'),
            lineName(e, 'zh'),
            cue,
            colourOf(e, 'zh'),
            lnoun(e, 'zh'),
            size(e.l.category, 'zh'),
          )
        : join(brandName(e.b, 'en'), lineName(e, 'en'), cue, colourOf(e, 'en'), size(e.l.category, 'en'));
    return base('pos.coded_language', e, lang, mk, price, { title, quantity: R.int(1, 12) });
  };

  const OEM_EN = [
    'OEM overrun',
    'factory leftover stock',
    'same factory, no tags',
    'cancelled export order',
    'production surplus',
    'QC reject from the line',
    'factory seconds',
    'unbranded OEM run',
    'export overstock, no retail box',
  ];
  const OEM_ZH = [
    '尾单',
    '原厂尾货',
    '外贸原单',
    '工厂流出',
    '跟单货',
    '代工厂余单',
    '出口转内销',
    '原单剪标',
    '大货余量',
  ];
  gen['pos.oem_leak'] = () => maybeMix(gen0['pos.oem_leak'](), 0.2);
  gen0['pos.oem_leak'] = () => {
    const lang = pickLang(0.5);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.08, 0.35, mk.currency);
    const cue = R.pick(lang === 'zh' ? OEM_ZH : OEM_EN);
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      cue,
      colourOf(e, lang),
      lang === 'zh' ? lnoun(e, 'zh') : size(e.l.category, 'en'),
    );
    return base('pos.oem_leak', e, lang, mk, price, { title, quantity: R.int(1, 40) });
  };

  const DM_EN = [
    'DM for real pics',
    'WhatsApp for live photos',
    'real pics on Telegram @',
    'msg me on Signal for QC pics',
    'more pics on my IG, link in bio',
    'text me for factory pics',
    'ask for LINE id, real photos there',
    'Viber for video',
  ];
  const DM_ZH = [
    '加V看实拍',
    '私聊微信看实物',
    '看实拍加薇',
    '主页有联系方式',
    '实物图找客服',
    '扣扣看细节图',
    '加我看视频',
    '实拍在朋友圈',
  ];
  gen['pos.dm_real_pics'] = () => maybeMix(gen0['pos.dm_real_pics'](), 0.2);
  gen0['pos.dm_real_pics'] = () => {
    const lang = pickLang(0.5);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.08, 0.35, mk.currency);
    let cue = R.pick(lang === 'zh' ? DM_ZH : DM_EN);
    if (cue.endsWith('@')) cue += R.pick(['lux_plug', 'kicksdepot', 'tianhe_store', 'goodsvip']);
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      cue,
      lang === 'zh' ? lnoun(e, 'zh') : '',
    );
    return base('pos.dm_real_pics', e, lang, mk, price, { title, quantity: R.int(1, 10) });
  };

  gen['pos.brand_nickname_zh'] = () => {
    const e = R.pick(linesWith((x) => x.b.nickZh?.length));
    const mk = ctx.anyMarket('zh');
    const far = R.chance(0.85);
    const price = far ? ctx.priceFor(e, 0.05, 0.3, mk.currency) : ctx.priceFor(e, 0.4, 0.6, mk.currency);
    const ln = lineName(e, 'zh');
    const title = join(
      R.pick(e.b.nickZh),
      R.chance(0.7) ? ln : '',
      colourOf(e, 'zh'),
      lnoun(e, 'zh'),
      size(e.l.category, 'zh'),
      R.pick(['', '现货', '秒发', '同款', '清仓', '多色']),
    );
    // a nickname at a middling price needs another cue: here, stock in bulk
    return base('pos.brand_nickname_zh', e, 'zh', mk, price, {
      title,
      quantity: far ? R.int(1, 20) : R.int(10, 40),
    });
  };

  gen['pos.brand_abbrev_emoji'] = () => {
    const lang = pickLang(0.75);
    const e = R.pick(linesWith((x) => x.b.nickEn?.length));
    const mk = ctx.anyMarket(lang);
    const bulk = R.chance(0.3);
    const price = bulk ? ctx.priceFor(e, 0.2, 0.45, mk.currency) : ctx.priceFor(e, 0.04, 0.19, mk.currency);
    const title = join(
      R.pick(e.b.nickEn),
      lineName(e, lang),
      colourOf(e, lang),
      lnoun(e, lang),
      bulk ? R.pick(['lot of 20', 'x25 wholesale', '30 pcs', '批发20件']) : '',
    );
    if (lang === 'en' && /[\u4e00-\u9fff]/.test(title)) return null;
    return base('pos.brand_abbrev_emoji', e, lang, mk, price, {
      title,
      quantity: bulk ? R.int(20, 80) : R.int(1, 4),
    });
  };

  gen['pos.brand_misspelled'] = () => {
    const lang = pickLang(0.82);
    const e = R.pick(linesWith((x) => x.b.missp?.length));
    const mk = ctx.anyMarket(lang);
    const bulk = R.chance(0.25);
    const price = bulk ? ctx.priceFor(e, 0.3, 0.5, mk.currency) : ctx.priceFor(e, 0.05, 0.28, mk.currency);
    const title = join(
      R.pick(e.b.missp),
      lineName(e, lang),
      colourOf(e, lang),
      lnoun(e, lang),
      size(e.l.category, lang),
      bulk ? (lang === 'zh' ? '批发' : 'bulk') : '',
    );
    return base('pos.brand_misspelled', e, lang, mk, price, {
      title,
      quantity: bulk ? R.int(10, 60) : R.int(1, 3),
    });
  };

  const HOMO = {
    a: '\u0430',
    e: '\u0435',
    o: '\u043e',
    p: '\u0440',
    c: '\u0441',
    x: '\u0445',
    y: '\u0443',
    i: '\u0456',
    A: '\u0391',
    B: '\u0392',
    E: '\u0395',
    K: '\u039a',
    O: '\u039f',
    P: '\u03a1',
    T: '\u03a4',
    X: '\u03a7',
    N: '\u039d',
    M: '\u039c',
    H: '\u0397',
    C: '\u0421',
    S: '\u0405',
    I: '\u0406',
  };
  const homoglyph = (name) => {
    const style = R.int(0, 3);
    if (style === 0) {
      // one or two look-alike letters
      const idx = [...name].map((ch, i) => (HOMO[ch] ? i : -1)).filter((i) => i >= 0);
      if (!idx.length) return null;
      const pick = R.pickN(idx, Math.min(idx.length, R.int(1, 2)));
      return [...name].map((ch, i) => (pick.includes(i) ? HOMO[ch] : ch)).join('');
    }
    if (style === 1)
      return [...name]
        .map((ch) => (/[A-Za-z]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch))
        .join('');
    if (style === 2) {
      const k = R.int(1, Math.max(1, name.length - 1));
      return `${name.slice(0, k)}${R.pick(['\u200b', '\u200c', '\u00ad', '\u2060'])}${name.slice(k)}`;
    }
    return name.replace(/[A-Za-z]/g, (ch) => (R.chance(0.35) && HOMO[ch] ? HOMO[ch] : ch));
  };
  gen['pos.brand_homoglyph'] = () => {
    const lang = pickLang(0.95);
    const e = R.pick(linesWith((x) => !x.b.works && /^[A-Za-z ]+$/.test(x.b.name)));
    const g = homoglyph(e.b.name);
    if (!g || g === e.b.name) return null;
    const mk = ctx.anyMarket(lang);
    const bulk = R.chance(0.2);
    const price = bulk ? ctx.priceFor(e, 0.3, 0.5, mk.currency) : ctx.priceFor(e, 0.05, 0.28, mk.currency);
    const title = join(
      g,
      lineName(e, lang),
      colourOf(e, lang),
      lnoun(e, lang),
      bulk ? (lang === 'zh' ? '一手货源' : 'wholesale lot') : '',
    );
    return base('pos.brand_homoglyph', e, lang, mk, price, {
      title,
      quantity: bulk ? R.int(10, 50) : R.int(1, 3),
    });
  };

  const QUALITY = {
    en: ['top quality', 'premium quality', 'high quality'],
    zh: ['品质保证', '质量上乘', '做工好'],
  };
  const FACTORY = {
    en: ['factory direct', 'direct from the manufacturer', 'factory price'],
    zh: ['工厂直销', '厂家直供', '厂家直发'],
  };
  gen['pos.extreme_price'] = () => {
    const lang = pickLang(0.5);
    const e = anyLine();
    const cue = R.pick(['bulk', 'ship', 'colour', 'quality', 'factory']);
    const mk = ctx.marketFrom(lang, mfgOf(e), { exclude: cue === 'ship' });
    if (!mk) return null;
    const price = ctx.priceFor(e, 0.035, 0.095, mk.currency);
    const parts = [brandName(e.b, lang), lineName(e, lang)];
    let quantity = R.int(1, 2);
    const meta = { extremeCue: cue };
    if (cue === 'bulk') {
      quantity = R.int(20, 300);
      parts.push(
        lang === 'zh'
          ? R.pick(['现货充足', '大量现货', '可批发'])
          : R.pick(['lots available', 'wholesale', 'many in stock']),
      );
    } else if (cue === 'colour') {
      if (!e.l.colours?.length) return null;
      const [oe, oz] = R.pick(OFF_COLOURS);
      if (e.l.colours.some((c) => c.toLowerCase() === oe)) return null;
      parts.push(lang === 'zh' ? oz : oe);
      meta.offColour = oe;
    } else if (cue === 'quality') parts.push(R.pick(QUALITY[lang]));
    else if (cue === 'factory') parts.push(R.pick(FACTORY[lang]));
    else parts.push(lang === 'zh' ? '' : colourOf(e, 'en'));
    parts.push(lnoun(e, lang), size(e.l.category, lang));
    return base('pos.extreme_price', e, lang, mk, price, { title: join(...parts), quantity, meta });
  };

  const WEAK = {
    several: {
      en: ['have several', 'multiple available', 'more sizes in stock'],
      zh: ['多件可拍', '还有几件', '多码有货'],
    },
    nobox: { en: ['no box', 'without box', 'no original packaging'], zh: ['无盒', '没有盒子', '无包装'] },
    noreceipt: { en: ['no receipt', 'no proof of purchase'], zh: ['无小票', '没有发票'] },
    notags: { en: ['tags removed', 'no tags'], zh: ['剪标', '无吊牌'] },
    gift: { en: ['unwanted gift', 'gifted, never used'], zh: ['别人送的', '礼品闲置'] },
    quick: { en: ['quick sale', 'must go today'], zh: ['急出', '今天必出'] },
  };
  gen['pos.weak_cues'] = () => {
    const lang = pickLang(0.65);
    const e = anyLine();
    const cues = R.pickN(
      ['several', 'nobox', 'noreceipt', 'notags', 'gift', 'quick', 'ship', 'ship'],
      R.int(2, 3),
    );
    const uniq = [...new Set(cues)];
    if (uniq.length < 2) return null;
    const ship = uniq.includes('ship');
    const mk = ctx.marketFrom(lang, mfgOf(e), { exclude: ship });
    if (!mk) return null;
    const price = ctx.priceFor(e, 0.32, 0.58, mk.currency);
    const words = uniq.filter((c) => c !== 'ship').map((c) => R.pick(WEAK[c][lang]));
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      size(e.l.category, lang),
      ...words,
    );
    const quantity = uniq.includes('several') ? R.int(3, 8) : 1;
    return base('pos.weak_cues', e, lang, mk, price, { title, quantity, meta: { weakCues: uniq } });
  };

  gen['pos.product_line_seller_style'] = () => {
    const lang = pickLang(0.55);
    const e = R.pick(linesWith((x) => (x.l.shortNames?.length || x.l.modelNumbers?.length) && !x.b.works));
    const mk = ctx.anyMarket(lang);
    // distinctive codes only: a bare three- or four-digit number says little to a moderator
    const distinct = (c) => !/^[0-9.]{1,4}$/.test(c);
    const codes = [
      ...(e.l.shortNames ?? []),
      ...(e.l.modelNumbers ?? []),
      ...(ctx.containsOfficial(e.b, e.l.name) ? [] : [e.l.name]),
    ]
      .filter(distinct)
      .filter((c) => (lang === 'en' ? !/[\u4e00-\u9fff]/.test(c) : true));
    if (!codes.length) return null;
    const cue = R.pick(
      lang === 'zh'
        ? ['一比一', '高仿', '批发', '工厂货', '复刻']
        : ['1:1', 'replica', 'wholesale x20', 'copy', 'factory batch'],
    );
    const low = R.chance(0.7);
    const price = low ? ctx.priceFor(e, 0.05, 0.25, mk.currency) : ctx.priceFor(e, 0.3, 0.5, mk.currency);
    const title = join(R.pick(codes), colourOf(e, lang), lnoun(e, lang), size(e.l.category, lang), cue);
    return base('pos.product_line_seller_style', e, lang, mk, price, {
      title,
      quantity: R.int(1, 25),
      meta: { statedCue: true },
    });
  };

  const ADMIT_EN = [
    'To be clear and honest, this is not made by the brand; it is a very close copy from a private workshop and priced accordingly.',
    'Full disclosure for buyers: this is a high-grade replica, the logo and stitching match retail closely but it is not genuine.',
    'I will be upfront: these come from the same source the resellers use, they are unofficial copies, not retail stock.',
    'Please note this piece is an imitation made to the original pattern; if you need authentic go to the official store.',
    'Not original, I say this so nobody complains later: it is a mirror-grade reproduction and it passes most eye tests.',
    'For transparency: this is a super-clone version and will not pass an authentication service.',
  ];
  const ADMIT_ZH = [
    '说明一下，这款不是专柜正品，是高仿版本，做工对版，介意的请勿拍。',
    '实话实说，这是一比一复刻的，和正品放一起基本看不出来。',
    '本店所售均为工厂复刻款，非官方渠道，价格自然不一样。',
    '提前说清楚，这不是原装正品，是精仿货，懂的来。',
    '这批货是仿的，细节做得很到位，不支持专柜验货。',
  ];
  gen['pos.description_only'] = () => {
    const lang = pickLang(0.58);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const high = R.chance(0.75);
    const price = high ? ctx.priceFor(e, 0.74, 0.98, mk.currency) : ctx.priceFor(e, 0.52, 0.7, mk.currency);
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      size(e.l.category, lang),
      lang === 'zh' ? lnoun(e, 'zh') : R.pick(['', 'new', 'brand new', 'BNWT', 'sealed']),
    );
    return base('pos.description_only', e, lang, mk, price, {
      title,
      insert: R.pick(lang === 'zh' ? ADMIT_ZH : ADMIT_EN),
      forceDesc: true,
      longP: 1,
    });
  };

  const CIRC = {
    en: [
      [
        'retroid',
        'rp5',
        'Retroid Pocket 5 with 256GB card, 30,000 games preloaded, all ROMs ready',
        'game-consoles',
      ],
      [
        'retroid',
        'rpmini',
        'RP Mini V2 loaded with full PS2 and GameCube romsets, plug and play',
        'game-consoles',
      ],
      [
        'retroid',
        'rpclassic',
        'Retroid Pocket Classic + 512GB SD full of games, every system set up',
        'game-consoles',
      ],
      [
        'playdate',
        'console',
        'Playdate with every Season game and paid catalogue titles sideloaded free',
        'game-consoles',
      ],
      [
        'ableton',
        'suite',
        'Ableton Live 12 Suite full version lifetime, no subscription, pre-activated',
        'software',
      ],
      ['ableton', 'suite', 'Live 12 Suite keygen + installer, works offline forever', 'software'],
      ['blackmagic', 'resolve', 'DaVinci Resolve Studio 19 activation patch, Windows and Mac', 'software'],
      ['blackmagic', 'resolve', 'Resolve Studio cracked dongle-free version, lifetime', 'software'],
      [
        'autel',
        'update',
        'MaxiSys MS906 unlocked software, all brands, lifetime free updates, no subscription',
        'software',
      ],
      ['autel', 'update', 'Autel MaxiCOM full activation hack, renew expired tablet forever', 'software'],
      ['ubisoft', 'r6', 'Rainbow Six Siege undetected aimbot + ESP, monthly key', 'video-games'],
      [
        'ubisoft',
        'popcrown',
        'Prince of Persia The Lost Crown PC cracked, download link, no DRM',
        'video-games',
      ],
      ['ubisoft', 'farcry6', 'Far Cry 6 shared account offline activation, cheap', 'video-games'],
      ['ubisoft', 'r6', 'R6S private server with unlocked operators and skins', 'video-games'],
    ],
    zh: [
      ['retroid', 'rp5', 'RP5 掌机 内置三万款游戏 全套模拟器 开机即玩', 'game-consoles'],
      ['retroid', 'rpmini', 'Retroid Pocket Mini 破解版 带二百五十六G游戏卡', 'game-consoles'],
      ['ableton', 'suite', 'Ableton Live 12 完整版 永久激活 免订阅 远程安装', 'software'],
      ['blackmagic', 'resolve', '达芬奇调色 Studio 破解版 永久使用 送插件', 'software'],
      ['autel', 'update', '道通 MaxiSys 诊断软件 破解升级 永久免费 全车系', 'software'],
      ['autel', 'update', 'MaxiCOM 过期激活 刷机解锁 终身升级', 'software'],
      ['ubisoft', 'r6', '彩六 辅助 自瞄透视 稳定不封号 月卡', 'video-games'],
      ['ubisoft', 'popcrown', '波斯王子 失落的王冠 破解版 免激活 网盘下载', 'video-games'],
      ['ubisoft', 'farcry6', '孤岛惊魂6 共享账号 离线激活 秒发', 'video-games'],
      ['playdate', 'console', 'Playdate 小黄机 刷入全部付费游戏 免费', 'game-consoles'],
    ],
  };
  const CIRC_TAIL = {
    en: ['', 'instant delivery', 'tested', 'fast ship', 'read description', 'v2', 'latest'],
    zh: ['', '秒发', '包教会', '售后无忧', '最新版', '稳定'],
  };
  gen['pos.circumvention'] = () => {
    const lang = pickLang(0.5);
    const [bid, key, stem, cat] = R.pick(CIRC[lang]);
    const e = ctx.lineOf(bid, key);
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.05, 0.6, mk.currency);
    const title = join(
      stem,
      R.pick(CIRC_TAIL[lang]),
      R.chance(0.4)
        ? R.pick(
            lang === 'zh'
              ? ['二零二六版', '新版', '第二版', '更新版', '稳定版']
              : ['(2026 build)', 'v3', 'updated', 'new batch', 'Dec update'],
          )
        : '',
    );
    return base('pos.circumvention', e, lang, mk, price, { title, category: cat, quantity: R.int(1, 99) });
  };

  const DISC_EN = ['Blu-ray', '4K UHD Blu-ray', 'DVD', 'Blu-ray disc full HD', 'DVD box region free'];
  const MUSIC_EN = ['CD album', 'vinyl LP', 'CD + booklet', 'limited vinyl'];
  const unreleased = () => {
    const b = R.pick(ctx.workBrands);
    const ws = b.works.filter((w) => w.discReleaseDate > '2026-12-06');
    return { b, w: R.pick(ws) };
  };
  gen['pos.prerelease_disc'] = () => {
    const lang = pickLang(0.5);
    const { b, w } = unreleased();
    const cat = b.categories[0];
    const mk = ctx.anyMarket(lang);
    const usd = cat === 'music' ? R.float(6, 18) : R.float(4, 20);
    const price = priceAt(usd, 1, mk.currency, R);
    const name = lang === 'zh' ? (R.chance(0.7) ? w.aliases[0] : w.title) : w.title;
    const fmt =
      lang === 'zh'
        ? R.pick(
            cat === 'music'
              ? ['CD 专辑', '黑胶唱片', '实体专辑']
              : ['蓝光碟', '高清DVD', '蓝光 4K', '光盘 收藏版'],
          )
        : R.pick(cat === 'music' ? MUSIC_EN : DISC_EN);
    const tail =
      lang === 'zh'
        ? R.pick(['现货', '抢先版', '全新塑封', '国语中字', '秒发'])
        : R.pick(['in stock now', 'ships today', 'sealed', 'early copy', 'full movie', '']);
    return base('pos.prerelease_disc', null, lang, mk, price, {
      brandId: b.id,
      work: w.title,
      category: cat,
      title: join(name, fmt, tail),
      quantity: R.int(1, 40),
    });
  };

  const MIX_EN = [
    'top quality',
    'best version',
    'same as original',
    'mirror quality',
    'new arrival',
    'free shipping',
    'super fake',
    'high copy',
  ];
  gen['pos.mixed_language'] = () => {
    const e = anyLine();
    const mk = ctx.anyMarket(R.chance(0.7) ? 'zh' : 'en');
    const price = ctx.priceFor(e, 0.05, 0.3, mk.currency);
    const title = join(
      brandName(e.b, 'zh'),
      lineName(e, 'zh'),
      R.pick(MARK_ZH),
      R.pick(MIX_EN),
      lnoun(e, 'zh'),
      R.pick(['', 'fast ship', 'hot sale', 'good price']),
    );
    return base('pos.mixed_language', e, 'mixed', mk, price, { title, quantity: R.int(1, 20) });
  };

  // ---------------- legit kinds ----------------
  gen['neg.plain'] = () => maybeMix(gen0['neg.plain'](), 0.15);
  gen0['neg.plain'] = () => {
    const lang = pickLang(0.45);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.8, 1.2, mk.currency);
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      size(e.l.category, lang),
      lnoun(e, lang),
      lang === 'zh' ? R.pick(['', '新款', '现货', '正品']) : R.pick(['', 'new', 'brand new', 'in stock']),
    );
    return base('neg.plain', e, lang, mk, price, { title });
  };

  gen['neg.generic_marker'] = () => {
    const lang = pickLang(0.45);
    const [stem, cat, usd] = R.pick(GENERIC_MARKER[lang]);
    const mk = ctx.anyMarket(lang);
    const price = priceAt(usd, R.float(0.8, 1.3), mk.currency, R);
    const title = join(
      stem,
      lang === 'zh'
        ? R.pick(['', '包邮', '现货', '批发价', '热卖', `${R.int(2, 9)}件起`])
        : R.pick(['', 'new', 'fast dispatch', 'UK stock', 'gift idea', `pack ${R.int(2, 9)}`]),
    );
    return base('neg.generic_marker', null, lang, mk, price, {
      title,
      category: cat,
      quantity: R.int(1, 200),
    });
  };

  // accessories that say what they fit, by what the line is
  const FITS = {
    wear: {
      en: [
        'shoe cleaning kit for',
        'replacement laces for',
        'cedar shoe trees to fit',
        'garment cover for',
        'rain protector spray for',
        'dust bag suitable for',
      ],
      zh: ['适用于', '通用鞋撑 适配', '防尘袋 适配', '护理套装 适用'],
    },
    lux: {
      en: [
        'strap compatible with',
        'watch winder box for',
        'spare lens cloth and case for',
        'replacement nose pads for',
        'jewellery box fits',
        'polishing cloth suitable for',
      ],
      zh: ['替换表带 适配', '收纳盒 适用于', '替换鼻托 适配', '镜盒 适用'],
    },
    beauty: {
      en: ['travel atomiser for decanting', 'acrylic organiser fits', 'mini spatula set for'],
      zh: ['分装瓶 适用', '收纳架 适配'],
    },
    tech: {
      en: [
        'case for',
        'screen protector for',
        'replacement ear pads for',
        'stand for',
        'carrying bag fits',
        'charging dock for',
        'lens cap for',
        'silicone cover for',
        'USB cable compatible with',
      ],
      zh: ['保护套 适用于', '钢化膜 适配', '替换耳罩 适配', '收纳包 兼容', '支架 适用于'],
    },
    play: {
      en: ['display case for', 'storage box for', 'replacement stickers for', 'carry case for'],
      zh: ['展示盒 适用于', '收纳盒 兼容', '替换贴纸 适配'],
    },
    auto: {
      en: [
        'wiring harness for',
        'mounting bracket for',
        'oil filter wrench fits',
        'replacement battery clip for',
        'tool bag fits',
      ],
      zh: ['安装支架 适配', '线束 适用于', '收纳包 适配'],
    },
    home: {
      en: [
        'descaling tablets for',
        'milk jug suitable for',
        'replacement filters for',
        'brush kit for',
        'cover for',
      ],
      zh: ['替换滤网 适配', '除垢剂 适用于', '防尘罩 适配', '配件包 兼容'],
    },
    sport: {
      en: [
        'overgrip for',
        'racket bag fits',
        'edge tape for',
        'head cover for',
        'replacement feet for',
        'case for',
      ],
      zh: ['手胶 适用于', '拍套 适配', '护边带 适用', '杆头套 适配'],
    },
  };
  const FIT_GROUP = {
    apparel: 'wear',
    shoes: 'wear',
    handbags: 'wear',
    watches: 'lux',
    jewellery: 'lux',
    eyewear: 'lux',
    fragrance: 'beauty',
    cosmetics: 'beauty',
    phones: 'tech',
    computers: 'tech',
    'computer-accessories': 'tech',
    audio: 'tech',
    cameras: 'tech',
    'camera-lenses': 'tech',
    'game-consoles': 'tech',
    software: 'tech',
    toys: 'play',
    'video-games': 'play',
    'auto-parts': 'auto',
    tyres: 'auto',
    tools: 'auto',
    'home-appliances': 'home',
    kitchenware: 'home',
    'sports-equipment': 'sport',
    'outdoor-gear': 'sport',
  };
  const ACC_CAT = {
    wear: 'shoes',
    lux: 'jewellery',
    beauty: 'cosmetics',
    tech: 'phone-accessories',
    play: 'toys',
    auto: 'auto-parts',
    home: 'kitchenware',
    sport: 'sports-equipment',
  };
  gen['neg.nominative'] = () => {
    const lang = pickLang(0.6);
    const e = linesWith((x) => x.l.category !== 'software' && x.l.category !== 'video-games');
    const line = R.pick(e);
    const g = FIT_GROUP[line.l.category] ?? 'tech';
    const mk = ctx.anyMarket(lang);
    const price = priceAt(line.retail * R.float(0.02, 0.1) + 3, 1, mk.currency, R);
    const title =
      lang === 'zh'
        ? join(
            R.pick(FITS[g].zh),
            brandName(line.b, 'zh'),
            lineName(line, 'zh'),
            R.pick(['配件', '第三方', '非原装', '通用配件']),
          )
        : join(
            R.pick(['Generic', 'Third-party', 'Aftermarket', '']),
            R.pick(FITS[g].en),
            brandName(line.b, 'en'),
            lineName(line, 'en'),
            R.pick(['', '(not original)', '- accessory only', '- item not included']),
          );
    return base('neg.nominative', line, lang, mk, price, {
      title,
      category: R.chance(0.6) ? ACC_CAT[g] : line.l.category,
    });
  };

  gen['neg.common_word_brand'] = () => {
    const lang = pickLang(0.6);
    const [stem, cat, usd, bid] = R.pick(COMMON_WORD[lang]);
    const mk = ctx.anyMarket(lang);
    const price = priceAt(usd, R.float(0.8, 1.3), mk.currency, R);
    const title = join(
      stem,
      lang === 'zh'
        ? R.pick(['', '包邮', '九成新', '现货'])
        : R.pick(['', 'new', 'used', 'quick post', 'VGC']),
    );
    return base('neg.common_word_brand', null, lang, mk, price, {
      title,
      category: cat,
      brandId: bid,
      condition: R.chance(0.3) ? 'used' : 'new',
    });
  };

  gen['neg.authorized_seller'] = () => maybeMix(gen0['neg.authorized_seller'](), 0.12);
  gen0['neg.authorized_seller'] = () => {
    const b = R.pick(ctx.realBrands);
    const s = R.pick(b.sellers);
    const lang = ['taobao', 'xianyu', 'pinduoduo', 'jd', 'douyin', 'weidian', 'tmall'].includes(s.market)
      ? 'zh'
      : 'en';
    const e = R.pick(ctx.allLines.filter((x) => x.b === b));
    const sf = R.pick(MARKET_SHIPS[s.market]);
    const mk = { market: s.market, shipFrom: sf, currency: currencyFor(s.market, sf) };
    const price = ctx.priceFor(e, 0.35, 1.05, mk.currency);
    const tag =
      lang === 'zh'
        ? R.pick(['官方旗舰店', '品牌直营', '官方正品', '授权专卖', '年终清仓', '官方特价'])
        : R.pick([
            'official store',
            'authorised retailer',
            'outlet',
            'clearance',
            'direct from brand',
            'ex-display',
          ]);
    const title = join(
      brandName(b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      size(e.l.category, lang),
      tag,
    );
    return base('neg.authorized_seller', e, lang, mk, price, { title, sellerId: s.id });
  };

  gen['neg.second_hand'] = () => maybeMix(gen0['neg.second_hand'](), 0.12);
  gen0['neg.second_hand'] = () => {
    const lang = pickLang(0.5);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const above = R.chance(0.08);
    const price = above ? ctx.priceFor(e, 1.05, 1.6, mk.currency) : ctx.priceFor(e, 0.25, 0.75, mk.currency);
    const worn = ['apparel', 'shoes', 'handbags', 'eyewear', 'jewellery', 'watches'].includes(e.l.category);
    const tag =
      lang === 'zh'
        ? R.pick(['二手', '自用闲置', '九成新', '八成新', '成色好', '有使用痕迹'])
        : R.pick(
            worn
              ? ['used', 'pre-owned', 'worn twice', 'good condition', 'some wear', 'gently used']
              : ['used', 'pre-owned', 'good condition', 'light use', 'works perfectly', 'gently used'],
          );
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      size(e.l.category, lang),
      tag,
      above ? (lang === 'zh' ? '停产绝版' : 'discontinued, rare') : '',
    );
    return base('neg.second_hand', e, lang, mk, price, {
      title,
      condition: R.chance(0.8) ? 'used' : 'refurbished',
    });
  };

  const PROMO_EN = [
    'Black Friday deal',
    'Cyber Week price',
    'Boxing Day early offer',
    'Nikolaus sale',
    'end of season sale',
    'clearance price',
    'winter sale',
    'bundle offer',
    'flash sale today',
    'Christmas promo',
  ];
  const PROMO_ZH = [
    '双十二预热',
    '年终大促',
    '限时秒杀',
    '店庆特价',
    '满减活动',
    '清仓特价',
    '直播间专享',
    '国家补贴',
    '冬季促销',
    '新年预售价',
  ];
  gen['neg.promotion'] = () => maybeMix(gen0['neg.promotion'](), 0.15);
  gen0['neg.promotion'] = () => {
    const lang = pickLang(0.56);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.52, 0.88, mk.currency);
    const title = join(
      R.pick(lang === 'zh' ? PROMO_ZH : PROMO_EN),
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      size(e.l.category, lang),
    );
    return base('neg.promotion', e, lang, mk, price, { title });
  };

  const GRAY_EN = [
    'EU import',
    'Japanese import',
    'parallel import, no local warranty',
    'imported from HK',
    'UK version',
    'US import, international warranty',
    'grey import',
  ];
  const GRAY_ZH = ['港版', '日版', '海外直邮', '免税店购入', '欧版', '美版 平行进口', '海外代购'];
  gen['neg.gray_market'] = () => maybeMix(gen0['neg.gray_market'](), 0.2);
  gen0['neg.gray_market'] = () => {
    const lang = pickLang(0.55);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.8, 1.03, mk.currency);
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      R.pick(lang === 'zh' ? GRAY_ZH : GRAY_EN),
      colourOf(e, lang),
      size(e.l.category, lang),
    );
    return base('neg.gray_market', e, lang, mk, price, { title });
  };

  const NEG_EN = [
    '100% authentic, not a replica',
    'genuine, no fakes',
    'authentic with receipt, not a copy',
    'real deal, not a dupe',
    'original, no knockoffs',
    'keine Fälschung, original',
    'authentique, pas une copie',
    'legit, happy to verify',
  ];
  const NEG_ZH = [
    '假一赔十',
    '拒绝高仿',
    '非A货',
    '正品保证 假一罚十',
    '支持专柜验货',
    '绝非仿品',
    '可鉴定',
    '不卖复刻',
  ];
  gen['neg.negated_marker'] = () => {
    const lang = pickLang(0.5);
    const e = anyLine();
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.6, 1.05, mk.currency);
    const title = join(
      brandName(e.b, lang),
      lineName(e, lang),
      colourOf(e, lang),
      R.pick(lang === 'zh' ? NEG_ZH : NEG_EN),
    );
    return base('neg.negated_marker', e, lang, mk, price, {
      title,
      condition: R.chance(0.7) ? 'new' : 'used',
    });
  };

  gen['neg.colour_words'] = () => {
    const e = R.pick(
      linesWith((x) => x.l.colours?.length >= 2 && x.l.colours.some((c) => /[a-z] [A-Za-z]/.test(c))),
    );
    const lang = pickLang(0.7);
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.8, 1.1, mk.currency);
    const cols = R.pickN(e.l.colours, R.int(1, 2)).join(' / ');
    const title =
      lang === 'zh'
        ? join(brandName(e.b, 'zh'), lineName(e, 'zh'), '配色', cols)
        : join(
            brandName(e.b, 'en'),
            lineName(e, 'en'),
            'in',
            cols,
            size(e.l.category, 'en'),
            R.pick(['', 'colourway', 'new season']),
          );
    return base('neg.colour_words', e, lang, mk, price, { title });
  };

  gen['neg.model_codes'] = () => {
    const lang = pickLang(0.55);
    const [stem, cat, usd, bid] = R.pick(MODEL_CODES[lang]);
    const mk = ctx.anyMarket(lang);
    const price = priceAt(usd, R.float(0.8, 1.3), mk.currency, R);
    const title = join(
      stem,
      lang === 'zh'
        ? R.pick(['', '现货', '包邮', '批发', '工业用'])
        : R.pick(['', 'new', 'fast post', 'bulk', 'spare']),
    );
    return base('neg.model_codes', null, lang, mk, price, {
      title,
      category: cat,
      brandId: bid,
      quantity: R.int(1, 50),
    });
  };

  const PREORDER_EN = [
    'pre-order, release date',
    'pre-order: ships on release',
    'advance order, street date',
  ];
  gen['neg.licensed_repro'] = () => {
    if (R.chance(0.45)) {
      const b = R.pick(ctx.workBrands);
      const w = R.pick(b.works.filter((x) => x.discReleaseDate > '2026-12-06'));
      const s = R.pick(b.sellers);
      const lang = ['taobao', 'jd', 'tmall'].includes(s.market) ? 'zh' : 'en';
      const sf = R.pick(MARKET_SHIPS[s.market]);
      const mk = { market: s.market, shipFrom: sf, currency: currencyFor(s.market, sf) };
      const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
      const dateStr =
        lang === 'zh'
          ? `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
          : R.pick([
              w.discReleaseDate,
              d.toLocaleDateString('en-GB', {
                day: 'numeric',
                month: 'long',
                year: 'numeric',
                timeZone: 'UTC',
              }),
            ]);
      const cat = b.categories[0];
      const fmt =
        lang === 'zh'
          ? cat === 'music'
            ? '实体专辑'
            : '蓝光碟'
          : R.pick(cat === 'music' ? ['CD', 'vinyl LP'] : ['Blu-ray', '4K UHD', 'DVD']);
      const title =
        lang === 'zh'
          ? join(w.aliases[0], fmt, '官方预售', `${dateStr}发售`)
          : join(w.title, fmt, R.pick(PREORDER_EN), dateStr);
      const price = priceAt(cat === 'music' ? R.float(15, 35) : R.float(18, 40), 1, mk.currency, R);
      return base('neg.licensed_repro', null, lang, mk, price, {
        brandId: b.id,
        work: w.title,
        category: cat,
        title,
        sellerId: s.id,
      });
    }
    const lang = pickLang(0.55);
    const e = R.pick(
      linesWith((x) => ['toys', 'shoes', 'apparel', 'watches', 'eyewear', 'audio'].includes(x.l.category)),
    );
    const mk = ctx.anyMarket(lang);
    const price = ctx.priceFor(e, 0.85, 1.2, mk.currency);
    const tag =
      lang === 'zh'
        ? R.pick(['官方复刻版', '品牌授权重制', '官方再版', '周年纪念复刻 官方出品', '官方授权联名'])
        : R.pick([
            'official reissue',
            'licensed re-edition',
            'heritage re-release by the brand',
            'anniversary reissue, official',
            'officially licensed collab',
          ]);
    const title = join(brandName(e.b, lang), lineName(e, lang), tag, colourOf(e, lang));
    return base('neg.licensed_repro', e, lang, mk, price, { title });
  };

  gen['neg.used_console'] = () => {
    const lang = pickLang(0.5);
    const mk = ctx.anyMarket(lang);
    const tag =
      lang === 'zh'
        ? R.pick(['未改机', '原版系统 未刷机', '无任何游戏 原厂状态', '自用 无拆修', '正常使用痕迹 未破解'])
        : R.pick([
            'unmodified',
            'stock firmware, no mods',
            'never opened or modded',
            'factory reset, no games installed',
            'original OS, not flashed',
          ]);
    if (R.chance(0.55)) {
      const e = R.pick(linesWith((x) => x.l.category === 'game-consoles'));
      const price = ctx.priceFor(e, 0.45, 0.85, mk.currency);
      const title = join(
        brandName(e.b, lang),
        lineName(e, lang),
        colourOf(e, lang),
        lang === 'zh' ? '二手' : 'used',
        tag,
      );
      return base('neg.used_console', e, lang, mk, price, {
        title,
        condition: 'used',
        category: 'game-consoles',
      });
    }
    const [name, usd] = R.pick(OTHER_CONSOLES);
    const price = priceAt(usd, R.float(0.5, 1.1), mk.currency, R);
    const title = join(
      name,
      lang === 'zh'
        ? R.pick(['二手', '自用', '九成新'])
        : R.pick(['used', 'boxed', 'console only', 'with cables']),
      tag,
    );
    return base('neg.used_console', null, lang, mk, price, {
      title,
      condition: 'used',
      category: 'game-consoles',
    });
  };

  gen['neg.cheap_unbranded'] = () => {
    const lang = pickLang(0.45);
    const [stem, cat, usd] = R.pick(CHEAP_UNBRANDED[lang]);
    const mk = ctx.anyMarket(lang);
    const price = priceAt(usd, R.float(0.6, 1.4), mk.currency, R);
    const title = join(
      stem,
      lang === 'zh'
        ? R.pick(['', '包邮', '9.9元', '特价', '批发', `${R.int(2, 6)}件装`])
        : R.pick(['', 'cheap', 'bargain', 'new', 'bulk', `x${R.int(2, 6)}`]),
    );
    return base('neg.cheap_unbranded', null, lang, mk, price, {
      title,
      category: cat,
      quantity: R.int(1, 100),
    });
  };

  return gen;
}
