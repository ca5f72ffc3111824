// Generators for counterfeit kinds. Each returns a partial listing; finalize() in assemble.js fills the rest.
'use strict';
const { R } = require('./lib');
const G = require('./genutil');
const { anyItem, bEn, bZh, colour, sizes, caseVar, join, zjoin, clip, NICK, MISS, LINE_MISS, homoglyph, fullwidth, ABBR, BR, snEn, snAny, cat2, grp, emoFor, isAscii } = G;

const cfFactor = () => R.wpick([[[0.03, 0.1], 30], [[0.1, 0.3], 38], [[0.3, 0.6], 27], [[0.92, 1.05], 5]]);
const fac = (r) => R.real(r[0], r[1]);
const notMade = (it) => R.pick(['CN', 'HK', 'TR', 'TH', 'VN', 'ID', 'MY', 'PK', 'AE'].filter((c) => !it.made.includes(c)).concat(['TR', 'AE']).filter((c) => !it.made.includes(c)));
const langPick = (pz = 0.35, pm = 0.06) => R.wpick([['en', 1 - pz - pm], ['zh', pz], ['mixed', pm]]);
const cond = () => R.wpick([['new', 8], [undefined, 2]]);
const ZEXTRA = ['男女同款', '情侣款', 'ins潮', '网红同款', '2025新款', '明星同款', '现货速发', '包邮', '送礼', '全套包装', '顺丰包邮', '支持验货', '爆款', '小众设计', '百搭', '潮流', '高级感', '当天发', '限量', '秋冬新款', '夏季新款', '经典款', '现货'];
const ZX_G = { bag: ['送防尘袋', '大容量', '通勤', '腋下包', '斜挎'], shoe: ['增高', '学生', '运动休闲', '防滑'], apparel: ['宽松', '加厚', '情侣装', '外套'], watch: ['男表', '商务', '防水', '夜光'], jewel: ['锁骨链', '送女友', '礼盒装', '不掉色'], elec: ['降噪', '长续航', '蓝牙', '全网通'], beauty: ['持久', '控油', '保湿', '礼盒装'], toy: ['收藏', '送礼', '摆件'], auto: ['静音', '耐磨', '包安装'], tool: ['无刷', '大扭力', '家用'], home: ['家用', '小型', '多功能'], console: ['游戏机', '便携'], eyewear: ['防紫外线', '偏光', '开车'], generic: ['新款'] };
const zx = (it, n = 2) => R.some(ZEXTRA.concat(ZX_G[grp(it)] || []), R.int(1, n));
const EEXTRA = ['with box', 'full set', 'free shipping', 'fast shipping', '2025 new', 'hot sale', 'in stock', 'limited', 'new season', 'ready to ship', 'free gift'];
const EX_G = { bag: ['w/ dust bag', 'gift for her', 'with card'], shoe: ['unisex', 'men women', 'all sizes'], apparel: ['w/ tags', 'unisex', 'all sizes'], watch: ['box & papers', 'gift for him'], jewel: ['gift box', 'gift for her'], elec: ['sealed box', 'global version'], beauty: ['gift set', 'sealed'], toy: ['sealed box'], generic: [] };
const ex = (it, n = 1) => R.some(EEXTRA.concat(EX_G[grp(it)] || []), R.int(0, n));
const PFX = (it) => (['bag', 'shoe', 'apparel', 'jewel', 'watch'].includes(grp(it)) ? R.pick(['Mens', 'Womens', 'Unisex', 'New', 'Hot', '2025']) : R.pick(['New', 'Hot', '2025', 'Latest']));

function introEn(it, br) {
  return R.pick([
    `${br} ${it.en}.`,
    `You are looking at a ${br} ${it.en}${colour(it) ? ' in ' + colour(it) : ''}.`,
    `Item: ${br} ${it.en}\nCondition: new`,
    `${br} ${it.en} — ${R.pick(['a classic', 'best seller', 'hot item this season', 'perfect gift'])}.`,
    `Welcome to our store! This listing is for one ${br} ${it.en}.`,
  ]);
}
function introZh(it, br) {
  return R.pick([
    `${cat2(br, it.zh)}，${R.pick(['经典款', '今年爆款', '百搭实用', '送礼首选', '性价比超高'])}。`,
    `【品牌】${br}\n【名称】${it.zh}`,
    `亲，欢迎光临本店！本链接为${cat2(br, it.zh)}${colour(it) ? '（' + colour(it) + '）' : ''}。`,
    `宝贝名称：${it.zh}\n品牌：${br}`,
  ]);
}
const P = {};

// ---------------- explicit English markers
const MK_EN = ['replica', 'Replica', 'REPLICA', '1:1', '1:1 mirror', 'mirror quality', 'super clone', 'AAA', 'AAA+', 'AAAAA', 'top grade copy', 'UA', 'rep', 'REPS', 'knockoff', 'fake', 'non-genuine', 'same as original', 'original quality', 'high copy', '7A', 'master copy', 'clone', '1to1', '1 to 1 copy', 'perfect replica', 'high-end replica', 'mirror copy', 'copy', 'imitation', 'replica grade', 'best rep'];
const MK_EN_DESC = {
  any: [(m) => `Please note this is a ${m} item, not the original.`, (m) => `${m} — every detail same as original, comes with full packaging.`, () => 'Rep, not retail. Buy with that in mind.', () => 'this is a knockoff but very good quality for the price', () => 'Non-genuine product, sold as is.', () => 'Quality is the same as original. You cannot tell the difference side by side.', () => 'We sell high quality replicas. Pictures are of the actual product.', () => 'FYI: it is a fake, but a really good one. Price reflects that.', () => 'Copy product. Not authentic. Packaging 1:1 with the original box.', () => 'Mirror quality replica. Logos and labels copied from the retail piece.'],
  bag: [() => 'AAA quality copy, made with real leather, hard to tell from authentic.', () => 'Top grade copy — stitch count matches the authentic one.', () => 'Replica bag with date code and heat stamp copied from retail.'],
  shoe: [() => 'original quality, 1 to 1 with the retail pair', () => 'UA version, same materials, no receipt.', () => 'Super clone pair, passes most legit checks.'],
  watch: [() => 'Replica watch, Swiss-style automatic movement, sapphire glass, case back engraved like the original.', () => 'Super clone, 1:1 dial and bezel, comes with replica box and papers.'],
  elec: [() => 'Copy version. Looks and connects like the original, app shows the model name.', () => '1:1 clone with the same packaging and accessories, not made by the brand.'],
};
const mkDescEn = (it, m) => R.pick(MK_EN_DESC.any.concat(MK_EN_DESC[grp(it)] || []))(m);
P['pos.marker_en'] = () => {
  const it = anyItem(); const lang = R.wpick([['en', 9], ['mixed', 1]]);
  const br = bEn(it); const m = R.pick(MK_EN); const c = colour(it);
  const inDesc = R.chance(0.3);
  const core = [br, R.chance(0.6) ? it.en : (it.ln || it.en), R.chance(0.4) ? c : ''];
  let title;
  if (inDesc) title = join([...core, R.pick(['new', 'brand new', 'NWT', 'new with box', '']), ...ex(it, 1), sizes(it, 'en')]);
  else {
    const t = R.int(0, 6);
    if (t === 0) title = join([...core, m, ...ex(it, 1)]);
    else if (t === 1) title = join([m, ...core, ...ex(it, 2)]);
    else if (t === 2) title = `[${m}] ${join(core)} ${R.pick(['with box', 'full set', ''])}`;
    else if (t === 3) title = `${br} ${snEn(it)} - ${m} - ${R.pick(EEXTRA)}`;
    else if (t === 4) title = `${join(core)} ${m} version ${sizes(it, 'en')}`;
    else if (t === 5) title = `${PFX(it)} ${br} ${it.en} ${m} ${emoFor(it, 0.5)}`;
    else title = `${m} ${br} ${it.ln || it.en} ${R.pick(['best quality', 'top version', 'factory price', 'cheap'])}`;
  }
  if (lang === 'mixed') title += ' ' + R.pick(['高仿', '复刻', '包邮', '现货', '顶级']);
  const cue = mkDescEn(it, m);
  return { lang, it, title: caseVar(title), usd: it.usd * fac(cfFactor()), shortDesc: inDesc ? cue : (R.chance(0.5) ? mkDescEn(it, m) : null), intro: introEn(it, br), cue, mustDesc: inDesc, condition: cond() };
};

// ---------------- explicit Chinese markers
const MK_ZH = ['高仿', 'A货', '复刻', '精仿', '原单', '仿品', '一比一', '1比1', '顶级版本', '超A', '顶级复刻', '原版开模', '高版本', '精仿版', '1:1复刻', '顶级A货', '仿款', '高仿正品级', '一比一复刻', '超A货', '精高仿'];
const MK_ZH_SHOE = ['莆田货', '莆田纯原', '莆田鞋'];
const MK_ZH_DESC = {
  any: [(m) => `本店所售均为${m}，品质对标专柜，介意勿拍。`, () => 'A货，非正品，只追求性价比的来。', (m) => `${m}，肉眼看不出区别，送全套包装。`, () => '说明：仿品，和正品放一起基本分不出来。', () => '高仿版本，logo刻字全部对版。', () => '顶级复刻版本 做工细节与正品一致 支持任意验货（专柜除外）。'],
  bag: [() => '1比1开模，五金刻字细节完美，对比图私聊。', () => '精仿款，皮料用的是进口头层，做工经得起对比。', () => '一比一复刻，原厂五金 原版皮料 细节到位。'],
  shoe: [() => '莆田纯手工 原厂材料 品质保证 不是正品 请理性购买。', () => '莆田高版本，鞋型楦型对版，送正确鞋盒。'],
  watch: [() => '精仿腕表，机芯稳定，表盘刻度对版，送原装款表盒。', () => '一比一复刻，钢带重量和正品一样，夜光对版。'],
  elec: [() => '高仿版本，外观包装一比一，可连接原厂APP。', () => '华强北一比一，功能齐全，非原装，介意勿拍。'],
};
const mkDescZh = (it, m) => R.pick(MK_ZH_DESC.any.concat(MK_ZH_DESC[grp(it)] || []))(m);
P['pos.marker_zh'] = () => {
  const it = anyItem(); const lang = R.wpick([['zh', 9], ['mixed', 1]]);
  const br = bZh(it); const m = R.pick(grp(it) === 'shoe' && R.chance(0.4) ? MK_ZH_SHOE : MK_ZH); const inDesc = R.chance(0.25);
  const tail = R.shuffle([inDesc ? '' : m, ...zx(it, 3), sizes(it, 'zh'), R.chance(0.3) ? colour(it) : '']);
  let title = zjoin(R.chance(0.25) && !inDesc ? [m, cat2(br, it.zh), ...tail.filter((x) => x !== m)] : [cat2(br, it.zh), ...tail]);
  if (inDesc) title = zjoin([cat2(br, it.zh), R.pick(['新款', '专柜款', '全新', '正品盒子']), ...zx(it, 2), sizes(it, 'zh')]);
  if (lang === 'mixed') title += ' ' + R.pick(['top quality', 'free shipping', 'new arrival', 'best price', 'hot sale']);
  const cue = mkDescZh(it, m);
  return { lang, it, title: emoFor(it, 0.2) + title, usd: it.usd * fac(cfFactor()), shortDesc: inDesc ? cue : (R.chance(0.5) ? mkDescZh(it, m) : null), intro: introZh(it, br), cue, mustDesc: inDesc, condition: cond() };
};

// ---------------- coded language (category aware)
const CODE = {
  watch: { en: ['Clean factory', 'ZF factory', '3K factory', 'VSF', 'APS factory', 'ZF 904L', 'noob V3', 'BV factory', 'top version 3235 clone', 'super clone movement'], zh: ['ZF厂', 'VS厂', '3K厂', 'APS厂', 'Clean厂', 'N厂', 'C厂', 'V4版本', '原装开模'] },
  shoe: { en: ['LJR batch', 'PK batch', 'GET batch', 'OG batch', 'M batch', 'budget batch', 'best batch on the market', 'passes legit check', 'retail-grade materials'], zh: ['纯原', '公司级', '过验版', '可过得物', '得物版', '原鞋开发', '原楦头', '正确版型', 'LJR版', 'OG版', 'PK版', 'M版', 'H12版'] },
  bag: { en: ['same factory as retail', 'top version', 'mirror batch', 'retail-grade leather', 'authentic materials', '1st tier', 'dupe', 'unbranded but identical', 'factory version'], zh: ['专柜品质', '同厂同料', '原厂皮', '原版皮', '专柜级', '代购级', '对版', '顶级版本', '原厂原料'] },
  apparel: { en: ['same factory', 'retail version with NFC', 'budget version', 'tier 1 factory', 'correct tags', '1st tier', 'dupe', 'unbranded but identical'], zh: ['专柜品质', '原厂面料', '代购级', '正确洗标', '同厂同料', '公司级', '对版'] },
  phone: { en: ['top version', 'clone with original UI', 'same shell as original', 'high-end clone'], zh: ['高配版', '原厂外壳', '仿原生系统', '顶配版', '高端机'] },
  elec: { en: ['top version 1562 chip', 'same PCB as original', 'factory version', 'retail-grade', 'app recognises as genuine', 'Huaqiangbei top edition'], zh: ['华强北顶配', '洛达1562', '顶配版', '原厂方案', '可连原厂APP', '支持弹窗', '华强北版本'] },
  jewel: { en: ['V gold version', 'same factory', 'top version', 'retail weight', 'correct hallmark', 'dupe'], zh: ['V金版本', '专柜同料', '顶级版本', '对版刻字', '一眼正', '专柜品质'] },
  beauty: { en: ['factory filled', 'same formula', 'original formula dupe', 'OEM filled', 'tester version'], zh: ['原厂原料', '代工厂灌装', '原液', '同厂', '专柜品质'] },
  other: { en: ['factory version', 'same factory', 'top version', 'dupe', 'retail-grade', 'unbranded but identical'], zh: ['同厂同料', '原厂', '顶级版本', '专柜品质', '公司级'] },
};
const CODE_DESC = {
  watch: { en: ['Clean factory V3, clone movement, 1:1 dial. Comes with box and warranty card.', 'ZF version, the most accurate bezel on the market. Weight same as retail.'], zh: ['ZF厂最新V4版本，3135机芯，表盘刻度对版。', '顶级厂出品，对比正品无差，附全套包装。'] },
  shoe: { en: ['Best batch currently available, upgraded version with correct font on the tongue.', 'GL/RL pictures available before shipping.'], zh: ['原鞋开发，原楦头原纸板，鞋型一致。', '纯原版本，正确鞋盒，正确钢印，可上脚对比。', '支持得物验货，不过包退（仅限本店渠道）。'] },
  bag: { en: ['Same factory that produces for the brand, just without the retail box.', 'Unbranded packaging but the bag is identical, logo stamped inside.', 'Dupe of the designer piece, same hardware and same monogram.'], zh: ['同厂同料，只是没有专柜小票，介意慎拍。', '专柜品质，五金logo刻字一比一。'] },
  apparel: { en: ['Same factory, correct tags and labels. Compare with retail, identical.', 'Budget version, for the top version message us.'], zh: ['原厂面料，正确洗标吊牌，细节对比无差。', '公司级版本，市面最高版本，一眼正。'] },
  phone: { en: ['Same shell and UI as the original, runs Android underneath. Not from the brand.'], zh: ['外观和原装一模一样，系统仿原生界面，非原装机，介意勿拍。'] },
  elec: { en: ['Top version, shows up in the app like the original. Not from the brand.', 'Huaqiangbei top edition, pop-up window and rename supported.'], zh: ['华强北顶配，支持弹窗改名定位，非原装。', '原厂方案，音质降噪接近原装，介意勿拍。'] },
  jewel: { en: ['V gold plating 3 microns, same factory as the boutique pieces, correct serial engraving.'], zh: ['V金版本，刻字编号对版，专柜同款贝母。'] },
  beauty: { en: ['Factory filled from the same formula, no outer box.'], zh: ['代工厂灌装，原厂原料，无外盒。'] },
  other: { en: ['Same factory as retail, sold without the brand box.', 'Factory version, identical to retail.'], zh: ['同厂同料，没有专柜包装。', '顶级版本，细节对比无差。'] },
};
const cg = (it) => (it.lc === 'phones' ? 'phone' : it.lc === 'audio' ? 'elec' : grp(it) === 'elec' ? 'other' : CODE[grp(it)] ? grp(it) : 'other');
P['pos.coded_language'] = () => {
  const it = anyItem(); const lang = langPick(0.45, 0.05); const g = cg(it);
  let title; let cue; let intro;
  if (lang === 'en') {
    const br = bEn(it); const c = R.pick(CODE[g].en);
    if (R.chance(0.2) && ['bag', 'apparel', 'jewel', 'shoe', 'watch'].includes(grp(it))) title = join([R.pick(['Inspired by', 'Style of', 'Dupe for', 'Look-alike']), br, it.ln || it.en, R.pick(['with logo', 'w/ logo hardware', 'logo engraved', 'full logo', 'with logo tags']), ...ex(it, 1)]);
    else title = R.chance(0.5) ? join([br, it.en, c, ...ex(it, 1), sizes(it, 'en')]) : join([c, br, it.ln || it.en, R.chance(0.4) ? colour(it) : '', ...ex(it, 1)]);
    cue = R.pick(CODE_DESC[g].en); intro = introEn(it, br);
  } else {
    const br = bZh(it); const c = R.pick(CODE[g].zh);
    title = zjoin(R.chance(0.5) ? [cat2(br, it.zh), c, ...zx(it, 2), sizes(it, 'zh')] : [c, cat2(br, it.zh), ...zx(it, 2)]);
    if (lang === 'mixed') title = title + ' ' + R.pick(['top batch', 'best version', 'QC pics', 'retail quality']);
    cue = R.pick(CODE_DESC[g].zh); intro = introZh(it, br);
  }
  return { lang, it, title, usd: it.usd * fac(cfFactor()), shortDesc: R.chance(0.55) ? cue : null, intro, cue, condition: cond() };
};

// ---------------- OEM leak / overrun
const OEM_EN = ['factory overrun', 'cancelled order', 'OEM leftover', 'tail goods', 'export surplus', 'factory surplus', 'overstock from the OEM factory', 'B-grade from the official factory', 'unreleased factory sample', 'factory second', 'production overrun', 'leftover stock from the brand\'s factory', 'cut-label factory stock'];
const OEM_ZH = ['尾单', '原厂尾货', '外贸原单', '工厂渠道', '代工厂流出', '出口转内销', '原单尾货', '剪标', '外贸尾单', '厂家余单', '代工厂尾货', '工厂直供 原单', '原厂剪标', '外单'];
const OEM_DESC_EN = ['These come directly from the factory that produces for the brand. Cancelled order, no retail tags.', 'Overrun stock, same line, same materials. Labels may be cut to prevent return to store.', 'Factory leftover. Minor flaws possible. Sold as is, no brand warranty.', 'OEM unit from the same assembly line, sold without official warranty or retail packaging.', 'Export surplus from our partner factory. Limited quantity.'];
const OEM_DESC_ZH = ['代工厂流出的尾单，和专柜同一条生产线，只是没有吊牌。', '外贸原单，剪标处理，介意勿拍，数量有限卖完即止。', '原厂尾货，可能有轻微瑕疵，不影响使用。', '工厂渠道货，无专柜小票，不支持专柜验货。', '出口转内销，同厂同批次，价格只有专柜零头。'];
P['pos.oem_leak'] = () => {
  const it = anyItem(); const lang = langPick(0.45, 0.05);
  let title; let cue; let intro;
  if (lang === 'en') {
    const br = bEn(it); const o = R.pick(OEM_EN);
    title = R.chance(0.5) ? `${br} ${it.en} (${o}) ${ex(it, 1).join(' ')}` : join([o, br, it.ln || it.en, R.chance(0.5) ? colour(it) : '', sizes(it, 'en')]);
    cue = R.pick(OEM_DESC_EN); intro = introEn(it, br);
  } else {
    const br = bZh(it); const o = R.pick(OEM_ZH);
    title = zjoin(R.shuffle([cat2(br, it.zh), o, ...zx(it, 2), sizes(it, 'zh')]));
    if (lang === 'mixed') title += ' ' + R.pick(['factory overrun', 'OEM', 'export quality']);
    cue = R.pick(OEM_DESC_ZH); intro = introZh(it, br);
  }
  return { lang, it, title, usd: it.usd * fac(R.wpick([[[0.05, 0.2], 4], [[0.2, 0.5], 5], [[0.5, 0.6], 1]])), shortDesc: R.chance(0.6) ? cue : null, intro, cue, condition: R.wpick([['new', 7], [undefined, 3]]), quantity: R.chance(0.4) ? R.int(20, 500) : undefined };
};

// ---------------- DM for real pictures
const DM_EN = ['DM for real pics', 'message me for QC photos', 'ask for QC pics', 'contact for more styles', 'WhatsApp for catalogue', 'W/A for real photos', 'QC pics on request', 'more pics in DM', 'stock pics, DM for in-hand', 'telegram for more', 'msg for real photos', 'DM 4 pics', 'IG for more', 'chat for detailed pics'];
const DM_ZH = ['加微信看实拍', '私聊看实物图', '加V看更多款', '实拍图找客服', '看图加VX', '联系客服要细节图', '私信发视频', '主页有联系方式', '扫码进群看货', '+V看实拍', '薇❤看图', '详情咨询客服 有实拍', '加企鹅看图', '需要实拍视频的私聊'];
const DM_DESC_EN = [
  () => 'Pictures are for reference only. DM for real pictures and QC before you pay.',
  () => 'We have many more styles not listed here, WhatsApp +86 1' + R.int(3, 9) + R.int(100000000, 999999999) + ' for the full catalogue.',
  () => 'Ask for QC photos, we send before shipping. Telegram @' + R.pick(['luxe', 'best', 'top', 'vip']) + R.pick(['pick', 'factory', 'store', 'dealer']) + R.int(1, 99),
  () => 'Message me for in-hand pics. Bulk price available.',
  () => 'Stock photos. Real photos sent on request. Contact before ordering.',
];
const DM_DESC_ZH = [
  () => '图片仅供参考，实物图请加微信：' + R.pick(['lux', 'xx', 'vip', 'hao']) + R.int(100, 9999) + R.pick(['a', 'b', 'x', '']),
  () => '店铺只展示部分款式，更多款式私聊客服发图册。',
  () => '需要实拍视频和细节图的亲私信，工厂实拍不修图。',
  () => '加V：' + R.pick(['aa', 'bb', 'cc', 'lx', 'hm']) + R.int(1000, 99999) + ' 看每日上新。',
  () => '实物比图片还要好看，看实拍找客服。',
];
P['pos.dm_real_pics'] = () => {
  const it = anyItem(); const lang = langPick(0.45, 0.07);
  if (lang === 'en') {
    const br = bEn(it); const d = R.pick(DM_EN); const inT = R.chance(0.6);
    const title = join([br, it.en, R.chance(0.5) ? colour(it) : '', inT ? `(${d})` : '', ...ex(it, 1), sizes(it, 'en')], ' ');
    const cue = R.pick(DM_DESC_EN)();
    return { lang, it, title, usd: it.usd * fac(inT ? [0.05, 0.55] : [0.1, 0.5]), shortDesc: inT ? (R.chance(0.5) ? cue : null) : cue, intro: introEn(it, br), cue, mustDesc: !inT, condition: cond() };
  }
  const br = bZh(it); const d = R.pick(DM_ZH);
  let title = zjoin([cat2(br, it.zh), ...zx(it, 2), d, sizes(it, 'zh')]);
  if (lang === 'mixed') title += ' ' + R.pick(['DM for pics', 'real pics', 'more styles']);
  const cue = R.pick(DM_DESC_ZH)();
  return { lang, it, title, usd: it.usd * fac([0.05, 0.55]), shortDesc: R.chance(0.5) ? cue : null, intro: introZh(it, br), cue, condition: cond() };
};

// ---------------- brand by Chinese nickname / homophone
const LABUBU_NICK = ['拉家', '布布', 'Lafufu', '拉布'];
P['pos.brand_nickname_zh'] = () => {
  const it = anyItem((x) => NICK[x.b] && !x.zh.includes(x.bz)); const lang = R.wpick([['zh', 9], ['mixed', 1]]);
  let pool = NICK[it.b];
  if (it.b === 'pop-mart') pool = /LABUBU/.test(it.en) ? pool : pool.filter((n) => !LABUBU_NICK.includes(n));
  const n = R.pick(pool); const zh = it.zh;
  const t = R.int(0, 4); let title;
  if (t === 0) title = zjoin([n, zh, ...zx(it, 3)]);
  else if (t === 1) title = zjoin([R.pick(['大牌', '轻奢', '潮牌', '奢品']), n, zh, R.pick(['同款', '经典款', '新款']), ...zx(it, 2)]);
  else if (t === 2) title = zjoin([...zx(it, 1), cat2(n + R.pick(['', '的', '家的']), zh), R.pick(['高品质', '顶级', '细节满分', '质量超好', '性价比之王']), sizes(it, 'zh')]);
  else if (t === 3) { const sn = snAny(it); title = zjoin([n, zh.includes(sn) ? '' : sn, zh, ...zx(it, 2)]); }
  else title = zjoin([zh, `(${n})`, ...zx(it, 3)]);
  if (lang === 'mixed') title += ' ' + R.pick(['top quality', 'best version', 'hot sale', 'new']);
  const cue = R.pick([`${n}的经典款，懂的都懂。`, `${n}这款卖爆了，品质放心。`, '不要问是不是正品，看价格就知道。', `只做${n}高品质，细节对比图找客服。`, '懂货的来，不懂的勿扰。', '所有图片均为实拍，与专柜一致。']);
  return { lang, it, title, usd: it.usd * fac(R.wpick([[[0.03, 0.15], 5], [[0.15, 0.4], 4], [[0.4, 0.6], 1]])), shortDesc: R.chance(0.5) ? cue : null, intro: introZh(it, n), cue, condition: cond() };
};

// ---------------- abbreviations, initials, emoji, logo descriptions
P['pos.brand_abbrev_emoji'] = () => {
  const it = anyItem((x) => ABBR[x.b]); const lang = langPick(0.3, 0.06);
  const a = R.pick(ABBR[it.b]);
  const susp = R.pick(['top quality', 'best version', 'cheap', 'AAA', 'wholesale', 'perfect copy of the original', 'no box', 'factory price', '💯 quality', 'luxury look for less', 'high end', 'looks real']);
  const noun = it.ln && it.en.startsWith(it.ln) ? it.en.slice(it.ln.length).trim() || it.en : it.en;
  let title;
  if (lang === 'en') {
    const t = R.int(0, 4);
    if (t === 0) title = join([a, it.ln || it.en, susp, emoFor(it, 0.6)]);
    else if (t === 1) title = join([emoFor(it, 0.8), a, R.pick(['style', '']), noun, susp, sizes(it, 'en')], ' ');
    else if (t === 2) title = `${R.pick(['Luxury', 'Designer', 'Trending', 'Hot'])} ${a} ${it.en} ${susp}`;
    else if (t === 3) title = `${it.en} with ${a} ${R.pick(['logo', 'detail', 'print', ''])} - ${susp}`;
    else title = join([a, snEn(it), R.chance(0.5) ? colour(it) : '', susp]);
  } else {
    const zs = R.pick(['顶级品质', '高品质', '工厂价', '批发', '一件代发', '细节完美', '低价', '质量超好']);
    title = zjoin([a, it.zh, zs, ...zx(it, 2)]);
    if (lang === 'mixed') title += ' ' + susp;
  }
  const cue = lang === 'en' ? R.pick(['Logo exactly like the original.', 'You know the brand 😉', 'Comes with the logo box.', 'Looks 100% like the real thing.', 'Logo on the hardware and the tag.']) : R.pick(['懂的都懂😉', 'logo和专柜一样', '带原版包装', '看不出区别']);
  return { lang, it, title: clip(title.replace(/\s+/g, ' ')), usd: it.usd * fac(R.wpick([[[0.03, 0.15], 5], [[0.15, 0.45], 4], [[0.45, 0.6], 1]])), shortDesc: R.chance(0.45) ? cue : null, intro: lang === 'en' ? introEn(it, a) : introZh(it, a), cue, condition: cond() };
};

// ---------------- misspelled brand or line names
P['pos.brand_misspelled'] = () => {
  const it = anyItem((x) => MISS[x.b]); const lang = langPick(0.3, 0.06);
  const mb = R.pick(MISS[it.b]);
  const lm = it.ln && LINE_MISS[it.ln] && R.chance(0.5) ? R.pick(LINE_MISS[it.ln]) : null;
  const brandStr = lm && R.chance(0.4) ? bEn(it) : mb;
  const noun = lm ? it.en.replace(it.ln, lm) : it.en;
  const cueW = R.pick(['high quality', 'top quality', 'best quality', 'AAA', 'cheap', 'perfect details', 'luxury', 'best price', 'wholesale', '']);
  let title;
  if (lang === 'en') title = R.chance(0.5) ? join([brandStr, noun, cueW, ...ex(it, 1), sizes(it, 'en')]) : join([cueW, brandStr, lm || it.ln || it.en, R.chance(0.5) ? colour(it) : '', ...ex(it, 1)]);
  else { title = zjoin([brandStr, lm || '', it.zh, R.pick(['高品质', '顶级', '细节完美', '低价', '质量好']), ...zx(it, 2)]); if (lang === 'mixed') title += ' ' + R.pick(['top quality', 'cheap', 'free ship']); }
  const cue = lang === 'en' ? R.pick(['Same as the original one.', 'Very good quality, looks real.', 'Cheapest on the site!', 'Great copy quality.', 'Perfect details, nobody will know.']) : R.pick(['和专柜一模一样', '品质超好 看不出来', '全网最低价', '细节做工完美']);
  return { lang, it, title: caseVar(title), usd: it.usd * fac(cueW ? R.wpick([[[0.03, 0.12], 4], [[0.12, 0.4], 5], [[0.4, 0.6], 1]]) : [0.03, 0.3]), shortDesc: R.chance(0.45) ? cue : null, intro: lang === 'en' ? introEn(it, brandStr) : introZh(it, brandStr), cue, condition: cond() };
};

// ---------------- homoglyphs / symbols / zero-width / spacing
P['pos.brand_homoglyph'] = () => {
  const it = anyItem(); const lang = langPick(0.25, 0.06);
  const useLine = it.ln && isAscii(it.ln) && (it.ln.match(/[A-Za-z]/g) || []).length >= 4 && R.chance(0.2);
  const base = useLine ? it.ln : it.be;
  const h = homoglyph(base).s;
  const rest = useLine ? it.en.replace(it.ln, '').trim() : it.en;
  const susp = R.pick(['top quality', 'AAA', 'best version', 'cheap', 'high end', 'perfect', 'luxury', 'wholesale', 'factory price', 'original quality', '']);
  let title;
  if (lang === 'en') title = R.chance(0.5) ? join([h, rest || it.en, susp, ...ex(it, 1), sizes(it, 'en')]) : join([susp, h, !useLine && it.ln ? it.ln : rest, R.chance(0.4) ? colour(it) : '', ...ex(it, 1)]);
  else { title = zjoin([h, it.zh, R.pick(['顶级', '高品质', '细节完美', '工厂价', '质量好']), ...zx(it, 2)]); if (lang === 'mixed') title += ' ' + R.pick(['top quality', 'AAA', 'cheap']); }
  const cue = lang === 'en' ? R.pick(['Exactly like the original.', 'High quality, low price.', 'Best version available.', 'All logos correct.']) : R.pick(['和正品一样', '品质保证', '高版本 细节对版']);
  return { lang, it, title, usd: it.usd * fac(R.wpick([[[0.03, 0.15], 5], [[0.15, 0.45], 4], [[0.45, 0.6], 1]])), shortDesc: R.chance(0.4) ? cue : null, intro: lang === 'en' ? introEn(it, h) : introZh(it, h), cue, condition: cond() };
};

// ---------------- extreme price plus one more cue
P['pos.extreme_price'] = () => {
  const it = anyItem((x) => x.usd >= 60); const lang = langPick(0.35, 0.05);
  const f = R.real(0.03, 0.1);
  const extra = R.pick(['bulk', 'ship', 'quality', 'new', 'variety']);
  const br = lang === 'en' ? bEn(it) : bZh(it);
  let title; const o = { quantity: undefined, shipFrom: undefined, condition: 'new' };
  const variety = it.sz ? 'sizes' : it.col && it.col.length > 1 ? 'colours' : 'bulk';
  if (lang === 'en') {
    const base = [br, it.en, R.chance(0.4) ? colour(it) : ''];
    if (extra === 'bulk' || (extra === 'variety' && variety === 'bulk')) { o.quantity = R.int(50, 2000); title = join([...base, R.pick(['wholesale', 'lot', 'bulk available', ''])]); }
    else if (extra === 'ship') { o.shipFrom = notMade(it); title = join([...base, R.pick(['NEW', 'brand new', ''])]); }
    else if (extra === 'quality') title = join([...base, R.pick(['high quality', 'premium quality', 'top quality', 'excellent quality'])]);
    else if (extra === 'new') title = join([R.pick(['Brand New', 'NEW SEALED', 'New in box', 'BNIB', '100% new']), ...base]);
    else title = join([...base, variety === 'sizes' ? R.pick(['all sizes in stock', 'sizes 36-46 in stock', 'S-XXL in stock']) : R.pick(['all colours available', 'many colors in stock', 'every colour in stock'])]);
  } else {
    const base = [cat2(br, it.zh)];
    if (extra === 'bulk' || (extra === 'variety' && variety === 'bulk')) { o.quantity = R.int(50, 2000); title = zjoin([...base, R.pick(['批发', '量大从优', '一件代发', '大量现货'])]); }
    else if (extra === 'ship') { o.shipFrom = notMade(it); title = zjoin([...base, R.pick(['全新', '新品', '现货'])]); }
    else if (extra === 'quality') title = zjoin([...base, R.pick(['高品质', '品质保证', '质量超好', '顶级品质'])]);
    else if (extra === 'new') title = zjoin([R.pick(['全新未拆封', '全新', '全新原封']), ...base]);
    else title = zjoin([...base, variety === 'sizes' ? R.pick(['全码现货', '各尺码齐全', '36-45码 现货']) : R.pick(['多色可选', '颜色齐全 现货', '全色现货'])]);
    if (lang === 'mixed') title += ' ' + R.pick(['brand new', 'wholesale', 'in stock']);
  }
  return { lang, it, title, usd: it.usd * f, shortDesc: null, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: null, ...o, keep: ['price', 'quantity', 'shipFrom', 'condition'] };
};

// ---------------- weak cues (2-4 together)
const VAGUE_EN = ['top quality', 'perfect details', 'premium quality', 'best quality', 'high quality', 'excellent craftsmanship', 'quality guaranteed', 'premium materials'];
const VAGUE_ZH = ['顶级品质', '细节完美', '品质保证', '做工精细', '高品质', '质量超好'];
P['pos.weak_cues'] = () => {
  const it = anyItem((x) => x.usd >= 50); const lang = langPick(0.4, 0.05);
  const br = lang === 'en' ? bEn(it) : bZh(it);
  let cues = R.some(['vague', 'bulk', 'ship', 'factory', 'wrong'], R.int(2, 3)).filter((c) => c !== 'wrong' || it.bad.length);
  if (cues.length < 2) cues = ['vague', 'bulk', 'ship'];
  const o = { quantity: undefined, shipFrom: undefined };
  const tp = []; const dp = [];
  for (const c of new Set(cues)) {
    if (c === 'vague') (R.chance(0.6) ? tp : dp).push(lang === 'en' ? R.pick(VAGUE_EN) : R.pick(VAGUE_ZH));
    if (c === 'bulk') { o.quantity = R.int(30, 800); if (R.chance(0.5)) dp.push(lang === 'en' ? R.pick(['Large stock, wholesale welcome.', 'Bulk orders welcome.', '500+ in stock.']) : R.pick(['大量现货', '批发价优惠', '支持一件代发'])); }
    if (c === 'ship') o.shipFrom = notMade(it);
    if (c === 'factory') tp.push(lang === 'en' ? R.pick(['factory direct', 'direct from factory', 'factory outlet price']) : R.pick(['工厂直销', '厂家直发', '源头工厂']));
    if (c === 'wrong') tp.push(R.pick(it.bad));
  }
  let title;
  if (lang === 'en') title = join(R.chance(0.5) ? [br, it.en, ...tp] : [...tp.slice(0, 1), br, it.en, ...tp.slice(1)]);
  else { title = zjoin([cat2(br, it.zh), ...tp, ...zx(it, 1)]); if (lang === 'mixed') title += ' ' + R.pick(['top quality', 'factory direct']); }
  const d = dp.length ? dp.join(' ') : null;
  return { lang, it, title, usd: it.usd * R.real(0.3, 0.6), shortDesc: d, intro: lang === 'en' ? introEn(it, br) : introZh(it, br), cue: d, mustDesc: dp.length > 0 && R.chance(0.5), ...o, condition: 'new', keep: ['price', 'quantity', 'shipFrom', 'sellerId'] };
};

// ---------------- seller-style product line names without brand + cue
const PLS = {
  watch: { en: ['clean factory', 'ZF', '3K', 'APS', 'VSF', 'noob V3', 'super clone', '1:1', 'top version'], zh: ['ZF厂', 'VS厂', '3K厂', 'APS厂', 'Clean厂', '复刻', '一比一', '顶级版本'], nounEn: ['watch', 'automatic', 'steel watch', 'auto 40mm', 'blue dial', 'black dial'], nounZh: ['机械表', '男表', '自动机械', '腕表'] },
  shoe: { en: ['LJR', 'PK4.0', 'OG batch', 'GET batch', 'M batch', 'budget batch', 'best batch', 'rep', 'UA'], zh: ['纯原', '公司级', '莆田', '过验', '原鞋开发', 'OG版', 'LJR版'], nounEn: ['sneakers', 'kicks', 'trainers', 'shoes'], nounZh: ['男女鞋', '运动鞋', '休闲鞋', '跑鞋'] },
  bag: { en: ['mirror', '1:1', 'top version', 'rep', 'AAA', 'master copy'], zh: ['原版皮', '顶级复刻', '1:1', '高仿', '原单'], nounEn: ['bag', 'tote', 'handbag', 'shoulder bag'], nounZh: ['包包', '女包', '托特包', '斜挎包'] },
  elec: { en: ['1:1', 'copy version', 'top version', 'clone', 'rep', 'master copy'], zh: ['华强北', '华强北顶配', '洛达1562', '顶配版', '复刻', '高仿'], nounEn: ['headphones', 'earbuds', 'ANC', 'gadget'], nounZh: ['耳机', '蓝牙耳机', '降噪'] },
  other: { en: ['rep', '1:1', 'AAA', 'top version', 'UA', 'copy'], zh: ['高仿', '复刻', '1:1', 'A货', '原单', '顶级版本'], nounEn: [''], nounZh: [''] },
};
P['pos.product_line_seller_style'] = () => {
  const it = anyItem((x) => x.sn && x.sn.length); const lang = langPick(0.45, 0.08);
  const pg = it.lc === 'audio' ? 'elec' : grp(it) === 'elec' ? 'other' : PLS[grp(it)] ? grp(it) : 'other'; const bank = PLS[pg];
  const withBrand = R.chance(0.2);
  let title;
  if (lang === 'en') {
    const sn = snEn(it); const c = R.pick(bank.en);
    let noun = pg === 'other' || pg === 'elec' ? it.en.split(' ').filter((w) => !sn.includes(w) && !/\d/.test(w)).slice(-2).join(' ') : R.pick(bank.nounEn);
    if (pg === 'elec' && R.chance(0.5)) noun = R.pick(['headphones', 'earbuds', 'ANC']);
    const parts = [withBrand ? bEn(it) : '', sn, noun, R.chance(0.4) ? colour(it) : '', R.chance(0.5) ? sizes(it, 'en') : ''];
    title = R.chance(0.5) ? join([...parts, '-', c], ' ') : join([c, ...parts]);
  } else {
    const sn = snAny(it); const c = R.pick(bank.zh);
    const noun = pg === 'other' || pg === 'elec' ? it.zh.replace(sn, '').trim() : R.pick(bank.nounZh);
    title = zjoin([withBrand ? it.bz : '', sn, noun, c, ...zx(it, 2)]);
    if (lang === 'mixed') title += ' ' + R.pick(['top batch', 'best quality', '1:1 version', 'QC available']);
  }
  const cue = lang === 'en' ? R.pick(['Not retail. Top batch.', 'Replica, comes with box.', 'QC pics sent before shipping.', 'Same as retail 99%.']) : R.pick(['纯原版本，细节对比图找客服', '非原装，介意勿拍', '顶级复刻，支持验货', '高版本，和正品对比无差']);
  return { lang, it, title: clip(title.replace(/\s+/g, ' ').replace(/^-\s*/, '')), usd: it.usd * fac(R.wpick([[[0.03, 0.15], 6], [[0.15, 0.5], 4]])), shortDesc: R.chance(0.45) ? cue : null, intro: lang === 'en' ? `${snEn(it)} ${it.en.split(' ').slice(-2).join(' ')}.` : `${it.zh}`, cue, condition: cond() };
};

// ---------------- circumvention devices: [title fn, usd range, spec group]
const CIRC_EN = [
  [() => `Nintendo Switch OLED modded ${R.pick(['Picofly chip', 'HWFLY chip', 'OLED chip'])} ${R.pick(['256GB', '512GB', '1TB'])} SD with ${R.int(30, 120)} games CFW Atmosphere`, [240, 420], 'console'],
  [() => `Switch V1 unpatched ${R.pick(['CFW', 'Atmosphere', 'dual boot emuMMC'])} + ${R.int(20, 80)} games on ${R.pick(['256GB', '400GB', '512GB'])} card`, [180, 300], 'console'],
  [() => `R4 ${R.pick(['3DS', 'gold pro', 'SDHC'])} card for DS / 3DS + ${R.pick(['32GB', '16GB'])} micro SD ${R.pick(['loaded', 'preloaded games', 'ready to play'])}`, [8, 25], 'generic'],
  [() => `PS4 ${R.pick(['9.00', '11.00', '6.72'])} jailbroken GoldHEN ${R.pick(['1TB', '2TB'])} ${R.int(20, 90)} games preloaded`, [180, 320], 'console'],
  [() => `Mig Switch flash cart + dumper, play your backups ${R.pick(['v2', '2025', 'latest firmware'])}`, [60, 110], 'generic'],
  [() => `RCM jig + payload injector dongle for Nintendo Switch ${R.pick(['(V1 only)', 'Atmosphere ready', 'boots CFW'])}`, [5, 18], 'generic'],
  [() => `3DS XL modded ${R.pick(['Luma3DS CFW', 'B9S', 'custom firmware'])} ${R.int(100, 500)} games 128GB`, [110, 220], 'console'],
  [() => `PS Vita ${R.pick(['HENkaku', 'Enso', 'modded'])} + SD2Vita ${R.pick(['128GB', '256GB'])} with ${R.int(50, 200)} games`, [120, 230], 'console'],
  [() => `Wii U modded Tiramisu/Aroma ${R.int(50, 150)} games preloaded ${R.pick(['1TB HDD', '500GB'])}`, [140, 260], 'console'],
  [() => `Retro game console ${R.pick(['4K HDMI stick', 'handheld', 'arcade box'])} ${R.int(10000, 60000)} games built-in incl. Nintendo & PlayStation titles`, [20, 90], 'generic'],
  [() => `Switch Lite ${R.pick(['modded', 'chipped', 'hacked'])} ${R.pick(['Picofly', 'HWFLY'])} ${R.pick(['with 50 games', 'emunand', 'full setup'])}`, [160, 260], 'console'],
  [() => `Game card backup device for Switch - plays ${R.pick(['XCI', 'NSP'])} files from microSD`, [40, 110], 'generic'],
  [() => `SNES Classic Mini hacked ${R.int(300, 800)} games ${R.pick(['Hakchi', 'modded', 'loaded'])}`, [60, 120], 'console'],
  [() => `Modchip install service for Switch OLED / Lite - ${R.pick(['Picofly', 'HWFLY'])}, CFW setup included`, [60, 120], 'generic'],
];
const CIRC_ZH = [
  [() => `任天堂Switch ${R.pick(['OLED', '续航版', 'Lite'])} ${R.pick(['破解版', '硬破'])} ${R.pick(['大气层', '双系统'])} ${R.pick(['256G', '512G', '1T'])} ${R.pick(['满载游戏', '装满游戏', '送' + R.int(30, 100) + '款游戏'])}`, [160, 330], 'console'],
  [() => `NS ${R.pick(['硬破', '破解'])} ${R.pick(['芯片', 'picofly芯片', '大气层'])} 代安装 ${R.pick(['可联网玩正版', '双系统', '送游戏'])}`, [25, 60], 'generic'],
  [() => `3DS ${R.pick(['破解', 'B9S破解', '大三'])} 中文游戏${R.int(100, 400)}款 ${R.pick(['送64G卡', '128G', '即插即玩'])}`, [70, 140], 'console'],
  [() => `R4卡 烧录卡 ${R.pick(['NDS', '3DS通用', '2DS'])} ${R.pick(['送32G卡', '内含游戏', '中文版'])}`, [4, 12], 'generic'],
  [() => `PS4 ${R.pick(['9.00', '11.00', '6.72'])} ${R.pick(['破解', '折腾版'])} 金手指 ${R.pick(['装满游戏', '1T 50款游戏', '送游戏'])}`, [140, 260], 'console'],
  [() => `Switch 短接器 注入器 RCM ${R.pick(['大气层', '破解必备', '一代机专用'])}`, [2, 6], 'generic'],
  [() => `PSV ${R.pick(['变革破解', '已破解', '3.65破解'])} ${R.pick(['128G', '256G'])} 满游戏`, [70, 140], 'console'],
  [() => `MIG卡带 Switch ${R.pick(['烧录卡', '游戏卡带'])} ${R.pick(['可玩备份', '读XCI', '支持最新系统'])}`, [55, 95], 'generic'],
  [() => `${R.pick(['月光宝盒', '街机', '怀旧游戏机'])} ${R.int(10000, 50000)}款游戏 含${R.pick(['任天堂', '索尼PS1', '宝可梦'])}游戏 ${R.pick(['4K', '双人', '掌机'])}`, [15, 60], 'generic'],
  [() => `Switch ${R.pick(['破解版', '软破'])} ${R.pick(['一代', '老款'])} 主机 ${R.pick(['二手', '95新'])} ${R.pick(['大气层双系统', '内置60款游戏'])}`, [130, 210], 'console'],
];
P['pos.circumvention'] = () => {
  const lang = langPick(0.45, 0.06);
  const [fn, pr, g] = lang === 'en' ? R.pick(CIRC_EN) : R.pick(CIRC_ZH);
  let title = fn();
  if (lang === 'mixed') title += ' ' + R.pick(['CFW', 'modded', 'games included', 'plug and play']);
  const it = g === 'console' ? { lc: 'game-consoles', cat: ['Video Games & Consoles > Consoles', '电玩/游戏机'] } : { lc: 'generic', spec: false, cat: ['Video Games > Accessories', '电玩/配件'] };
  const used = g === 'console' && R.chance(0.45);
  const cue = lang === 'en' ? R.pick(['Custom firmware installed, updated to the latest Atmosphere. Do not go online with CFW.', 'Games already on the card, just turn on and play.', 'Modchip installed by a technician, 6 months warranty on the mod.', 'Plays backups and homebrew.']) : R.pick(['已破解 大气层双系统 真实系统可联网 虚拟系统玩游戏', '游戏已装好 开机即玩 可代装新游戏', '芯片焊接 专业师傅操作 保修半年', '可玩所有游戏 不需要买卡带']);
  return { lang, it, title, usd: R.real(pr[0], pr[1]), shortDesc: R.chance(0.5) ? cue : null, intro: lang === 'en' ? R.pick(['Everything is set up and tested.', 'Ready to play out of the box.', 'Tested before shipping.']) : R.pick(['已设置好 开机即玩', '发货前已测试']), cue, condition: used ? 'used' : R.pick(['new', undefined, 'new']) };
};

// ---------------- pre-release discs
const WORKS = BR['harbourlight-pictures'].works.concat(BR['golden-crane-pictures'].works).filter((w) => w.discReleaseDate > '2026-12-01');
P['pos.prerelease_disc'] = () => {
  const w = R.pick(WORKS); const lang = langPick(0.45, 0.08);
  const zhT = /[\u4e00-\u9fff]/.test(w.title) ? w.title : (w.aliases || []).find((a) => /[\u4e00-\u9fff]/.test(a)) || w.title;
  const enT = /[\u4e00-\u9fff]/.test(w.title) ? (w.aliases || []).find((a) => !/[\u4e00-\u9fff]/.test(a)) || w.title : w.title;
  let title;
  if (lang === 'en') title = join([enT, R.pick(['(2026)', '2026', '']), R.pick(['Blu-ray', 'DVD', '4K UHD', 'BD50', 'DVD box set', 'Blu-ray + DVD']), R.pick(['Region Free', 'NEW', 'All Region', '1080p', 'English subs', 'sealed', 'Full HD', '']), R.pick(['fast ship', 'in stock', '']), R.chance(0.2) ? 'screener' : '']);
  else { title = zjoin([`《${zhT}》`, R.pick(['蓝光', 'DVD', '4K', 'BD50', '高清碟', 'DVD光盘']), R.pick(['国语中字', '中英字幕', '高清', '正版', '收藏版', '现货']), R.pick(['现货', '包邮', '全区', '车载', '秒发'])]); if (lang === 'mixed') title += ' ' + R.pick(['Blu-ray', 'region free', 'new', 'HD']); }
  const it = { lc: 'film-tv', cat: ['Movies & TV > DVDs & Blu-ray Discs', '音像/影视光盘'] };
  const cue = lang === 'en' ? R.pick(['Region free, plays on all players.', 'Ships in 24h.', 'Full movie, English & Chinese subtitles.', 'Ships next day.']) : R.pick(['全区碟 所有播放器通用', '画质清晰 国语中字', '现货秒发', '收藏佳品']);
  return { lang, it, title, usd: lang === 'en' ? R.real(5, 24) : R.real(1.3, 7), shortDesc: R.chance(0.5) ? cue : null, intro: lang === 'en' ? `${enT} on disc.` : `《${zhT}》光盘`, cue, condition: 'new', quantity: R.chance(0.3) ? R.int(10, 300) : undefined };
};

// ---------------- mixed language counterfeit
const PINYIN = ['gao fang', 'fu ke', 'jing fang', 'yi bi yi', 'chun yuan', 'gong si ji', 'A huo', 'yuan dan', 'gaofang', 'fuke', 'putian', 'ding ji ban ben', 'chao A'];
P['pos.mixed_language'] = () => {
  const it = anyItem(); const br = bEn(it);
  const sn = snEn(it); const t = R.int(0, 6); let title;
  if (t === 0) title = join([br, it.ln || it.en, R.pick(PINYIN), R.pick(['1:1', 'top', 'quality', 'best']), R.pick(['高仿', '复刻', '精仿'])]);
  else if (t === 1) title = join([R.pick(['一比一', '1比1', '一 比 一']), br, it.en, R.pick(['yi bi yi', 'top version', 'mirror'])]);
  else if (t === 2) title = join([fullwidth(R.pick(['REPLICA', 'AAA', 'COPY', '1:1'])), br, it.ln || it.en, R.pick(['free ship', 'hot', 'new'])]);
  else if (t === 3) title = `${br} ${it.en} ${R.pick(['高 仿', '复 刻', '精 仿', '原 单', '莆 田'])} ${R.pick(['quality', 'version', 'best'])}`;
  else if (t === 4) title = `${it.zh} ${br} ${R.pick(['replica', 'rep', 'UA', 'super clone'])} ${R.pick(['顶级版本', '纯原', '公司级'])}`;
  else if (t === 5) title = join([br, it.zh.includes(sn) ? '' : sn, R.pick(PINYIN), it.zh]);
  else title = `${R.pick(['莆田', 'Putian', 'putian'])} ${br} ${it.en} ${R.pick(['chun yuan', '纯原', 'top batch'])} ${sizes(it, 'en')}`;
  const cue = R.pick(['质量 top, same as original 一模一样', 'gao fang quality, 细节完美', 'yi bi yi copy, 带全套包装', 'Factory direct 工厂直发 replica grade', 'ＲＥＰＬＩＣＡ，not original，介意勿拍']);
  return { lang: 'mixed', it, title: clip(title.replace(/\s+/g, ' ').trim()), usd: it.usd * fac(cfFactor()), shortDesc: R.chance(0.5) ? cue : null, intro: introEn(it, br) + ' ' + introZh(it, it.bz), cue, condition: cond(), descLang: R.pick(['en', 'zh']) };
};

module.exports = P;
