'use strict';
// Generators for counterfeit kinds. Each phrasing pool is hand-written; the generator only combines.
const H = require('./h.js');
const { R, bEn, bZh, lEn, lZh, mn, colourOf, attrEn, attrZh, catStr, YEAR_ZH, YEAR_EN, priceAt, pickLang, pickProduct, shipFor, sizesTxt, tj, rec, descMode, ld, market, sellerId, isCJK, brandById, physical } = H;

function cfFrac() {
  return R.wpick([[() => R.f(0.03, 0.12), 0.2], [() => R.f(0.12, 0.35), 0.47], [() => R.f(0.35, 0.6), 0.25], [() => R.f(0.9, 1.0), 0.08]])();
}
function cfQty() { return R.wpick([[() => R.int(1, 5), 0.3], [() => R.int(10, 99), 0.4], [() => R.int(100, 9999), 0.3]])(); }
function base(kind, lang, p, frac, extra = {}) {
  const m = market(lang, { noTmall: true });
  return {
    kind, label: 'counterfeit', lang,
    price: priceAt(p, frac ?? cfFrac(), m.currency), currency: m.currency, marketplace: m.marketplace,
    quantity: cfQty(), condition: 'new', category: catStr(p, lang), shipFrom: shipFor('counterfeit', p, lang), sellerId: sellerId(lang),
    ...extra,
  };
}
// produce description: long with buried cue, short, or none. cueShort may be '' (cue only in title)
function addDesc(o, p, lang, cueLong, cueShort, introEn, introZh, pLong = 0.3, pShort = 0.3) {
  const mode = descMode(pLong, pShort);
  const dl = lang === 'zh' ? 'zh' : lang === 'mixed' ? 'mixed' : 'en';
  if (mode === 'long') o.description = H.ldS(o.shipFrom, dl, p, dl === 'zh' ? introZh : introEn, cueLong, { brand: R.chance(0.6) ? p.b.name : null, brandZh: R.chance(0.6) ? bZh(p) : null, model: mn(p), colour: colourOf(p, dl) });
  else if (mode === 'short' && cueShort) o.description = cueShort;
  return o;
}

// ---------------- pos.marker_en ----------------
const MK_EN = ['Replica', 'REPLICA', '1:1', '1:1 Replica', 'Mirror Quality', 'Mirror Replica', 'Super Clone', 'Superclone', 'AAA+', 'AAA Quality', 'AAA', 'Top Grade Copy', 'UA', 'Rep', 'Reps', 'Knockoff', 'knock off', 'Fake', 'non-genuine', 'Same as Original', 'Original Quality', '1:1 copy', 'Super Copy', 'Clone', 'Best Replica', '5A Quality', 'Grade AAAAA', 'High End Copy', 'Unauthorized Authentic', 'Perfect Replica', 'Copy', 'Premium Replica', '1to1', 'mirror 1:1'];
const CUE_EN_LONG = [
  'Please note: this is a 1:1 mirror replica, not a retail item. Same materials and same weight as the real one.',
  'IMPORTANT: Super clone version. Engravings, serial and packaging copied from the retail piece.',
  'This item is UA (unauthorized authentic) - same leather supplier, sold without the brand\'s authorization.',
  'AAA+ quality, looks exactly the same as original, nobody will tell the difference.',
  'Non-genuine item sold as a replica for collectors. The price reflects that. No refunds for "not authentic".',
  'Top grade copy, 99% same as retail. Compare with the real one side by side.',
  'It is a rep, please do not ask if it is real. Quality is the best on the market.',
  'Replica product. Buyer understands this is not the original brand product.',
  'Grade 5A replica with full accessories (box, card, dust bag) just like the boutique.',
  'Original quality - same as the boutique version, at a fraction of the price. Yes it is a copy.',
  'Knockoff but honestly better stitching than some originals lol.',
  'Mirror quality copy. Same hardware weight, same font, same stitch count per inch.',
];
const CUE_EN_SHORT = [
  'Mirror replica, high quality. Ships fast.', '1:1 copy, same as the retail one. Full set.', 'This is a replica, not original. Price says it all.', 'AAA quality reps. Message for sizes.',
  'Super clone, best version available.', 'Not genuine - good copy for the price.', 'UA quality. Comes with box and papers.', 'Top copy, 1:1 details.', 'rep, very good quality',
];
function markerEn(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.82], ['mixed', 0.18]]);
    const p = pickProduct();
    const M = R.pick(MK_EN);
    const inTitle = R.chance(0.72);
    const B = bEn(p), P = lEn(p), A = attrEn(p, R.int(1, 2)), Y = R.chance(0.35) ? R.pick(YEAR_EN) : '';
    const zhBit = lang === 'mixed' ? R.pick([bZh(p), lZh(p), attrZh(p)]) : '';
    const forms = inTitle
      ? [[B, P, M, A, Y], [M, B, P, A], [B, P, '(' + M + ')', A], [Y, M, B, P, zhBit], [P, M, '-', B, A], [B, M, P, A, sizesTxt(p, 'en')], [M + ' ' + B, P, colourOf(p, 'en') || '', A]]
      : [[B, P, A, Y], [B, P, colourOf(p, 'en') || '', A], [Y, B, P, A, zhBit]];
    let parts = R.pick(forms);
    if (lang === 'mixed' && !parts.includes(zhBit)) parts = [...parts, zhBit];
    const o = base('pos.marker_en', lang, p);
    o.title = tj(parts, 'en');
    if (inTitle) addDesc(o, p, lang, R.pick(CUE_EN_LONG), R.pick(CUE_EN_SHORT), '', '', 0.25, 0.3);
    else {
      // cue only in description
      if (R.chance(0.6)) o.description = H.ldS(o.shipFrom, lang === 'mixed' ? 'mixed' : 'en', p, '', R.pick(CUE_EN_LONG), { brand: p.b.name, model: mn(p), colour: colourOf(p, 'en') });
      else o.description = R.pick(CUE_EN_SHORT);
    }
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.marker_zh ----------------
const MK_ZH = ['高仿', 'A货', '复刻', '精仿', '原单', '仿品', '一比一', '1比1', '顶级版本', '莆田', '超A', '顶级复刻', '高仿原版', '1:1复刻', '仿版', '莆田货', '超A级', '原版复刻', '顶级A货', '精仿版', '复刻版', '高仿真皮', '高仿正品级', '精仿原版', '顶级高仿', '1比1复刻', 'A货精品'];
const CUE_ZH_LONG = [
  '【说明】本店所售均为顶级复刻，与专柜对比几乎无差别，介意勿拍。',
  '一比一开模，五金、走线、字体细节完美还原，懂货的来。',
  '莆田纯原工厂出品，品质可放心，非专柜正品。',
  '本款为高仿A货，价格透明，不接受以"不是正品"为由的退货。',
  '原单货，跟专柜对比过，几乎一样，喜欢的亲放心拍。',
  '精仿版本，皮料用的是进口头层皮，做工不输正品。',
  '温馨提示：此为仿品，非品牌官方出品，介意的亲请绕道。',
  '超A级复刻，全套包装配件，送人自用都有面子。',
  '1比1复刻，市面最高版本，细节图可对比官网。',
];
const CUE_ZH_SHORT = ['顶级复刻 细节到位', '高仿 非正品 介意勿拍', '一比一 原版开模', 'A货 品质保证 支持验货', '莆田原产 全码现货', '精仿 做工细致', '复刻版 市面最高版本'];
function markerZh(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['zh', 0.85], ['mixed', 0.15]]);
    const p = pickProduct();
    const M = R.pick(p.cat === 'shoes' ? MK_ZH : MK_ZH.filter((m) => !m.includes('莆田')));
    const inTitle = R.chance(0.75);
    const B = R.chance(0.75) ? bZh(p) : bEn(p), P = lZh(p), A = attrZh(p, R.int(1, 3)), Y = R.chance(0.5) ? R.pick(YEAR_ZH) : '';
    const en = lang === 'mixed' ? R.pick([bEn(p), lEn(p), attrEn(p)]) : '';
    const forms = inTitle
      ? [[M, B, P, A, Y], [B, P, M, A], [Y, B, P, M + '版', A], [B, M, P, sizesTxt(p, 'zh'), A], ['【' + M + '】', B, P, A], [P, M, B, Y, A]]
      : [[B, P, A, Y], [Y, B, P, A], [B, P, colourOf(p, 'zh') || '', A]];
    let parts = R.pick(forms);
    if (en) parts = R.chance(0.5) ? [en, ...parts] : [...parts, en];
    const o = base('pos.marker_zh', lang, p);
    o.title = tj(parts, 'zh');
    const cl = p.cat === 'shoes' ? CUE_ZH_LONG : CUE_ZH_LONG.filter((c) => !c.includes('莆田'));
    const cs = p.cat === 'shoes' ? CUE_ZH_SHORT : CUE_ZH_SHORT.filter((c) => !c.includes('莆田'));
    if (inTitle) addDesc(o, p, lang, R.pick(cl), R.pick(cs), '', '', 0.25, 0.3);
    else if (R.chance(0.6)) o.description = H.ldS(o.shipFrom, lang === 'mixed' ? 'mixed' : 'zh', p, '', R.pick(cl), { brandZh: bZh(p), model: mn(p), colour: colourOf(p, 'zh') });
    else o.description = R.pick(cs);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.coded_language ----------------
const CODE_EN = ['same factory', 'budget version', 'unbranded but identical', 'LJR batch', 'PK batch', 'GET batch', 'OG batch', 'M batch', 'best batch', 'top batch', 'VSF', 'Clean factory', 'ZF version', '3KF', 'APS factory', 'TW factory', 'Noob V4', 'ARF', 'GX batch', 'H12 batch', 'retail-grade batch', 'counter grade', 'god version', 'highest tier', 'V3 batch (latest)', 'authentic-grade', 'with logo version', 'logo version', 'boutique version'];
const CODE_ZH = ['公司级', '纯原', '过验版', '专柜品质', '同厂', '原厂同线', '顶级纯原', '纯原版本', '正确版本', '细节版', '终端版', '原鞋开发', '原楦头', '代购级', '原单级', '过毒版', '可过验', '品质对标专柜', 'VS厂', 'ZF厂', 'C厂', '3K厂', 'N厂', 'APS厂', '同厂出品', '渠道品质', '官方同款带标', '柜台品质', '最高版本', '原版开模', 'LJR版', 'PK版', 'OG版'];
const INSPIRED_EN = ['inspired by', 'in the style of', 'style', 'vibes', 'lookalike', 'homage to'];
const CODE_CUE_EN = [
  'Made in the same factory as the brand, just sold without the tag price. Logo and box included.',
  'This is the budget version of the {P}. Honestly nobody can tell - logo, hardware and strap are identical.',
  'Unbranded but identical to the {B} one, and yes it comes with the logo plate.',
  '{BATCH}: the newest one this season, all the small flaws of the old version are fixed.',
  'Inspired by {B} {P} - with the full logo, box and cards.',
  'Boutique version with logo. Compare with retail pics, same same.',
  'Highest tier on the market right now, much better than cheap versions.',
];
const CODE_CUE_ZH = [
  '{C}，细节全部对版，支持任何平台对比。',
  '同厂出货，只是没有专柜的价格，包装配件齐全。',
  '本批次为{C}，修正了鞋标字体和车线问题。',
  '品质对标专柜，懂的直接拍，不懂的别问。',
  '{C}，可过各大鉴定平台（得物、识货），放心入手。',
  '原厂同线生产，带完整logo和包装盒。',
];
const CODE_SHOE_EN = ['LJR batch', 'PK batch', 'GET batch', 'OG batch', 'M batch', 'H12 batch', 'GX batch', 'best batch', 'top batch', 'V3 batch (latest)'];
const CODE_WATCH_EN = ['VSF', 'Clean factory', 'ZF version', '3KF', 'APS factory', 'Noob V4', 'ARF', 'BV factory', 'ZF factory', 'TW factory'];
const CODE_GEN_EN = ['same factory', 'budget version', 'unbranded but identical', 'counter grade', 'god version', 'highest tier', 'authentic-grade', 'with logo version', 'logo version', 'boutique version', 'retail-grade batch', 'top batch'];
const CODE_SHOE_ZH = ['纯原', '顶级纯原', '原鞋开发', '原楦头', '过毒版', 'LJR版', 'PK版', 'OG版', '公司级', '碳板版'];
const CODE_WATCH_ZH = ['VS厂', 'ZF厂', 'C厂', '3K厂', 'N厂', 'APS厂', 'clean厂', '独家机芯版'];
const CODE_GEN_ZH = ['公司级', '过验版', '专柜品质', '同厂', '原厂同线', '正确版本', '细节版', '终端版', '代购级', '原单级', '可过验', '品质对标专柜', '同厂出品', '柜台品质', '最高版本', '原版开模', '官方同款带标'];
function codesFor(p, zh) {
  if (p.cat === 'shoes') return zh ? [...CODE_SHOE_ZH, ...CODE_GEN_ZH.slice(0, 6)] : [...CODE_SHOE_EN, ...CODE_GEN_EN.slice(0, 4)];
  if (p.cat === 'watches' && p.ref[0] > 1000) return zh ? [...CODE_WATCH_ZH, '过验版', '专柜品质', '最高版本'] : [...CODE_WATCH_EN, 'highest tier', 'god version'];
  return zh ? CODE_GEN_ZH : CODE_GEN_EN;
}
function codedLanguage(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.4], ['mixed', 0.1]]);
    const p = pickProduct();
    const o = base('pos.coded_language', lang, p, R.chance(0.15) ? R.f(0.9, 1.0) : R.f(0.08, 0.45));
    let parts;
    let C;
    if (lang === 'en' || (lang === 'mixed' && R.chance(0.5))) {
      C = R.pick(codesFor(p, false));
      const style = R.r();
      if (style < 0.25) parts = [R.pick(INSPIRED_EN), bEn(p), lEn(p), 'with logo', attrEn(p)];
      else if (style < 0.5) parts = [lEn(p), C, attrEn(p), R.chance(0.5) ? bEn(p) : ''];
      else parts = [bEn(p), lEn(p), C, attrEn(p, 2)];
      if (lang === 'mixed') parts.push(R.pick([lZh(p), attrZh(p), bZh(p)]));
    } else {
      C = R.pick(codesFor(p, true));
      const style = R.r();
      if (style < 0.5) parts = [C, R.chance(0.7) ? bZh(p) : '', lZh(p), attrZh(p, 2), R.pick(YEAR_ZH)];
      else parts = [bZh(p), lZh(p), C, attrZh(p)];
      if (lang === 'mixed') parts.unshift(R.pick([bEn(p), lEn(p)]));
    }
    o.title = tj(parts, lang === 'en' ? 'en' : 'zh');
    const fill = (s) => s.replaceAll('{P}', p.l.name).replaceAll('{B}', p.b.name).replaceAll('{BATCH}', C).replaceAll('{C}', C);
    const cue = fill(R.pick(lang === 'zh' ? CODE_CUE_ZH : CODE_CUE_EN));
    addDesc(o, p, lang, cue, R.chance(0.5) ? cue : '', '', '', 0.3, 0.3);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.oem_leak ----------------
const OEM_EN = ['Factory Overrun', 'OEM leftover', 'Cancelled Order', 'Tail Goods', 'Excess Production', 'OEM surplus', 'factory seconds', 'Export Overrun', 'leftover stock from OEM factory', 'cut label overrun', 'B-grade from factory', 'production surplus'];
const OEM_ZH = ['尾单', '原厂尾货', '外贸原单', '工厂尾单', '外贸剪标', '跟单', '代工厂流出', '原厂余单', '出口转内销', '外贸尾货', '原单剪标', '厂家多做的', '撤单货', '代工厂尾货', '外单'];
const OEM_CUE_EN = [
  'These come from the OEM factory that produces for {B}. Order was cancelled so the factory sells the surplus. Labels may be cut.',
  'Factory overrun - same line, same materials, no retail packaging. Limited quantity.',
  'Leftover stock from the manufacturer in {CITY}. They make them for {B} and these are the extras.',
  'Tail goods from a cancelled export order, brand tags intact on most pieces.',
  'OEM production surplus. Not from the brand\'s stores, hence the price.',
];
const OEM_CUE_ZH = [
  '代工厂流出，同一条生产线，只是没有吊牌和包装，数量有限先到先得。',
  '外贸原单尾货，品牌方撤单后工厂清仓，部分有剪标。',
  '工厂给{B}代工多出来的货，面料辅料完全一样。',
  '出口转内销，原厂尾货，介意剪标的勿拍。',
  '跟单货，做工与专柜一致，价格只要零头。',
];
function oemLeak(n) {
  const out = [];
  const cats = ['apparel', 'shoes', 'handbags', 'small-leather-goods', 'eyewear', 'watches', 'audio', 'cosmetics', 'fragrance', 'tools', 'batteries', 'toys', 'outdoor-gear', 'jewellery'];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.45], ['zh', 0.45], ['mixed', 0.1]]);
    const p = pickProduct((x) => cats.includes(x.cat));
    const o = base('pos.oem_leak', lang, p, R.f(0.08, 0.4));
    const city = R.pick(['Guangzhou', 'Dongguan', 'Putian', 'Jinjiang', 'Ho Chi Minh City', 'Shenzhen', 'Quanzhou']);
    if (lang === 'en' || lang === 'mixed') {
      const K = R.pick(OEM_EN);
      o.title = tj(R.pick([[bEn(p), lEn(p), K, attrEn(p)], [K, '-', bEn(p), lEn(p), sizesTxt(p, 'en')], [bEn(p), attrEn(p, 2), '(' + K + ')'], [lEn(p), K, attrEn(p), R.chance(0.5) ? bEn(p) : '']]), 'en');
      if (lang === 'mixed') o.title += ' ' + R.pick(OEM_ZH);
    } else {
      const K = R.pick(OEM_ZH);
      o.title = tj(R.pick([[K, bZh(p), lZh(p), attrZh(p, 2)], [bZh(p), lZh(p), K, attrZh(p), R.pick(YEAR_ZH)], [R.chance(0.5) ? bEn(p) : bZh(p), K, attrZh(p, 2), sizesTxt(p, 'zh')]]), 'zh');
    }
    const cue = R.pick(lang === 'zh' ? OEM_CUE_ZH : OEM_CUE_EN).replaceAll('{B}', lang === 'zh' ? bZh(p) : p.b.name).replaceAll('{CITY}', city);
    addDesc(o, p, lang, cue, cue, '', '', 0.3, 0.35);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.dm_real_pics ----------------
const DM_EN = ['DM for real pics', 'ask for QC photos', 'contact for more styles', 'message for real photos', 'DM before ordering', 'QC pics on request', 'WhatsApp for catalog', 'check my Yupoo for full catalog', 'more colors DM', 'inbox for real pictures', 'DM for in-hand pics', 'Telegram for more'];
const DM_ZH = ['加微信看实拍', '私聊看实物图', '加V看图', '联系客服看实物', '更多款式加薇', '+vx', '实拍图私信', '需要其他款私聊', '主页有联系方式', '看实物找客服', '加q看细节', '拍前私聊', '实物视频私信要'];
const DM_CUE_EN = [
  'Pictures here are catalog photos. DM me for real pictures and QC photos before you pay.',
  'More styles and colours available - contact me on WhatsApp +86 13{NUM} for the full catalog.',
  'Ask for QC pics, I send real photos of your exact pair before shipping.',
  'Message me for the price of other models. Do not ask about authenticity in the chat, the platform blocks it.',
  'For the catalog search my store name on Yupoo, or DM here.',
];
const DM_CUE_ZH = [
  '图片为官网图，实拍图和细节视频请加微信：{WX}（平台不让发）。',
  '更多款式私聊客服，下单前可要实物图，确认满意再发货。',
  '需要看细节的亲私聊，发实拍视频，拍下备注尺码颜色。',
  '其他颜色型号加V咨询，朋友圈每天上新。',
  '私聊看实物，价格好商量，量大从优。',
];
function dmRealPics(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.45], ['zh', 0.45], ['mixed', 0.1]]);
    const p = pickProduct();
    const o = base('pos.dm_real_pics', lang, p, R.f(0.05, 0.4));
    const num = String(R.int(100000000, 999999999));
    const wx = R.pick(['lux', 'xiao', 'vip', 'zz', 'mm', 'a']) + R.int(100, 99999);
    if (lang === 'zh') {
      const K = R.pick(DM_ZH);
      o.title = tj(R.pick([[bZh(p), lZh(p), attrZh(p, 2), K], [K, bZh(p), lZh(p), R.pick(YEAR_ZH)], [lZh(p), attrZh(p), K, R.chance(0.5) ? bZh(p) : '']]), 'zh');
    } else {
      const K = R.pick(DM_EN);
      o.title = tj(R.pick([[bEn(p), lEn(p), attrEn(p), K], [K, '-', bEn(p), lEn(p), attrEn(p, 2)], [lEn(p), attrEn(p), '(' + K + ')', R.chance(0.5) ? bEn(p) : '']]), 'en');
      if (lang === 'mixed') o.title += ' ' + R.pick(DM_ZH);
    }
    const cue = R.pick(lang === 'zh' ? DM_CUE_ZH : DM_CUE_EN).replaceAll('{NUM}', num).replaceAll('{WX}', wx);
    addDesc(o, p, lang, cue, cue, '', '', 0.3, 0.45);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.brand_nickname_zh ----------------
const NICK_CUE = ['顶级品质 细节完美', '做工精细 和专柜一样', '性价比之王', '懂的来', '支持对比', '品质保证 放心拍', '市面最好的版本', '', '', ''];
function brandNicknameZh(n) {
  const out = [];
  const pool = physical.filter((p) => p.b.g.nick && p.b.g.nick.length);
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['zh', 0.85], ['mixed', 0.15]]);
    const p = R.pick(pool);
    const nick = R.pick(p.b.g.nick);
    const o = base('pos.brand_nickname_zh', lang, p, R.f(0.04, 0.35));
    const generic = R.chance(0.5) ? lZh(p) : (p.l.g.zh.replace(/^[A-Za-z0-9 .\-']+/, '') || p.l.g.zh);
    const extra = R.pick(NICK_CUE);
    o.title = tj(R.pick([[nick, generic, attrZh(p, 2), extra], [nick + '同款', attrZh(p, 2), R.pick(YEAR_ZH)], [R.pick(YEAR_ZH), nick, lZh(p), attrZh(p), extra], [nick + '家', generic, sizesTxt(p, 'zh'), extra]]), 'zh');
    if (lang === 'mixed') o.title += ' ' + R.pick([lEn(p), attrEn(p), 'high quality', 'free ship']);
    const cue = R.pick(['{N}的经典款，细节做得很好，跟官网图一样。', '知道{N}的都懂，价格美丽，数量有限。', '{N}家今年爆款，全套包装。', '非专柜渠道，{N}同款，品质杠杠的。']).replaceAll('{N}', nick);
    addDesc(o, p, lang, cue, cue, '', '', 0.25, 0.35);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.brand_abbrev_emoji ----------------
const LOGO_EN = {
  'bottega-veneta': ['woven leather pillow bag', 'intrecciato-style knotted bag'],
  goyard: ['chevron Y-print tote', 'dog-tooth pattern shopping tote'],
  'stone-island': ['compass patch sweatshirt', 'jacket with the compass badge'],
  arcteryx: ['bird fossil logo hardshell', 'jacket with the dinosaur bird logo'],
  'van-cleef-arpels': ['four leaf clover necklace with beaded edge', 'clover motif bracelet 5 motifs'],
  'new-balance': ['N logo grey suede runner', 'big N dad sneakers'],
  tiffany: ['blue box heart tag necklace', 'please return to T heart tag'],
  diesel: ['Oval D plaque shoulder bag', 'big D logo bag'],
  'audemars-piguet': ['octagon bezel 8 screws steel watch', 'tapisserie dial octagon watch'],
  'patek-philippe': ['porthole style steel sport watch blue dial', 'calatrava cross automatic'],
  loewe: ['anagram logo geometric puzzle-style bag', 'curled-L logo bag'],
  longchamp: ['horse jockey logo foldable nylon tote', 'dumpling bag with the horse'],
  balenciaga: ['BB logo dad shoes', 'chunky 3-layer sole sneakers'],
  lululemon: ['omega-style logo align leggings', 'lemon logo belt bag'],
  tudor: ['shield logo snowflake hand diver', 'rose logo black bay style'],
};
function brandAbbrevEmoji(n) {
  const out = [];
  const pool = physical.filter((p) => p.b.g.abbr && p.b.g.abbr.length);
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.55], ['zh', 0.3], ['mixed', 0.15]]);
    let p = R.pick(pool);
    const useLogo = LOGO_EN[p.b.id] && R.chance(0.35);
    const o = base('pos.brand_abbrev_emoji', lang, p, R.f(0.04, 0.3));
    const ab = R.pick(p.b.g.abbr);
    const EMC = { watches: ['⌚', '⏱️', '💎'], handbags: ['👜', '👛', '🛍️'], 'small-leather-goods': ['👛', '💳'], shoes: ['👟', '🥾'], apparel: ['🧥', '👕', '🧢'], jewellery: ['💎', '📿', '💍', '🍀'], eyewear: ['🕶️', '😎'], audio: ['🎧', '🎵'], cameras: ['📷', '🎥', '🚁'], 'camera-lenses': ['📷', '🔭'], phones: ['📱'], 'game-consoles': ['🎮', '🕹️'], toys: ['🧸', '🎁', '🧱'], fragrance: ['🌸', '💐'], cosmetics: ['✨', '💧'], tools: ['🔧', '🛠️', '🔩'], batteries: ['🔋'], tyres: ['🛞', '🚗'], 'auto-parts': ['🏎️', '🚗'], 'home-appliances': ['💨', '💇'], kitchenware: ['🍦', '🍳'], 'outdoor-gear': ['🏔️', '🎒'] };
    const e = R.pick([...(EMC[p.cat] || ['✨']), '🔥', '⭐']);
    const Ps = (p.l.shortNames || []).filter((s) => !isCJK(s));
    const P = Ps.length ? R.pick(Ps) : lEn(p);
    if (lang === 'zh') {
      o.title = tj(R.pick([[ab, e, lZh(p), attrZh(p, 2)], [e + ab + e, P, attrZh(p, 2), R.pick(YEAR_ZH)], [ab + '家', lZh(p), attrZh(p), '顶级品质'], [R.pick(YEAR_ZH), ab, P, attrZh(p)]]), 'zh');
    } else if (useLogo) {
      o.title = tj([R.pick(LOGO_EN[p.b.id]), attrEn(p), R.chance(0.5) ? e : '', R.chance(0.5) ? R.pick(['top quality', 'perfect details', 'best price', 'hot sale']) : ''], 'en');
    } else {
      o.title = tj(R.pick([[ab, e, P, attrEn(p, 2)], [e + ' ' + ab + ' ' + P, attrEn(p)], [ab + ' ' + e, attrEn(p, 2), R.pick(['top quality', 'high quality', 'perfect', 'best version', 'free shipping'])], [P, ab, e, attrEn(p), sizesTxt(p, 'en')]]), 'en');
      if (lang === 'mixed') o.title += ' ' + attrZh(p);
    }
    const cue = lang === 'zh' ? R.pick(['懂的都懂，不解释。', '细节跟专柜一样，带全套logo。', '大牌平替，带标。', '顶级品质，绝对物超所值。']) : R.pick(['You know the brand :) full logo and packaging.', 'Same details as the boutique piece, comes with box.', 'Cannot write the name here, you know what it is.', 'Premium quality, all logos correct.']);
    addDesc(o, p, lang, cue, cue, '', '', 0.25, 0.35);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.brand_misspelled ----------------
function misspell(word) {
  const w = word;
  const letters = [...w];
  const idxs = letters.map((c, i) => (/[A-Za-z]/.test(c) ? i : -1)).filter((i) => i > 0 && i < letters.length - 1);
  if (!idxs.length) return w + w.slice(-1);
  const i = R.pick(idxs);
  const op = R.int(0, 4);
  if (op === 0 && /[A-Za-z]/.test(letters[i + 1] || '')) { [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]]; }
  else if (op === 1) letters.splice(i, 0, letters[i]);
  else if (op === 2) letters.splice(i, 1);
  else if (op === 3) {
    const sub = { a: 'e', e: 'a', i: 'y', o: 'u', u: 'o', c: 'k', k: 'c', s: 'z', v: 'w', l: 'll', n: 'm', m: 'n', g: 'q', y: 'i' };
    const c = letters[i].toLowerCase();
    letters[i] = sub[c] || letters[i];
  } else letters.splice(i, 0, R.pick(['a', 'e', 'i', 'o', 'r', 'n']));
  const r = letters.join('');
  return r === w ? w + 'e' : r;
}
function misspellName(name) {
  const words = name.split(' ');
  const cand = words.map((w, i) => (w.length > 3 && /^[A-Za-z'&.]+$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (!cand.length) return misspell(name);
  const i = R.pick(cand);
  words[i] = misspell(words[i]);
  return words.join(' ');
}
function brandMisspelled(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.7], ['zh', 0.15], ['mixed', 0.15]]);
    const p = pickProduct();
    const o = base('pos.brand_misspelled', lang, p, R.f(0.04, 0.4));
    const bm = R.chance(0.8) ? misspellName(p.b.name) : p.b.name;
    const lm = bm === p.b.name || R.chance(0.4) ? misspellName(lEn(p)) : lEn(p);
    const q = R.pick(['top quality', 'high quality', 'best quality', 'premium', 'same as pic', 'perfect details', '', '']);
    if (lang === 'zh') o.title = tj([bm, lm, attrZh(p, 2), R.pick(['顶级品质', '高品质', '细节完美', '性价比高', '', '']), R.pick(YEAR_ZH)], 'zh');
    else o.title = tj(R.pick([[bm, lm, attrEn(p, 2), q], [q, bm, lm, attrEn(p)], [lm, '-', bm, attrEn(p), sizesTxt(p, 'en')], [R.pick(YEAR_EN), bm, lm, attrEn(p, 2)]]), 'en');
    if (lang === 'mixed') o.title += ' ' + attrZh(p, 2);
    const cue = lang === 'zh' ? R.pick(['品质保证，细节和专柜一样。', '做工精细，支持对比。']) : R.pick(['Quality is same as the boutique one.', 'Looks exactly like the original. Great gift.', 'Premium materials, all details correct.']);
    addDesc(o, p, lang, cue, R.chance(0.5) ? cue : '', '', '', 0.25, 0.3);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.brand_homoglyph ----------------
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', B: 'В', H: 'Н', K: 'К', M: 'М', T: 'Т', A: 'А', O: 'О', P: 'Р', C: 'С', E: 'Е', X: 'Х', S: 'Ѕ', I: 'І', j: 'ј', s: 'ѕ' };
const GRK = { A: 'Α', B: 'Β', E: 'Ε', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Y: 'Υ', Z: 'Ζ', o: 'ο', v: 'ν' };
const DIG = { o: '0', O: '0', l: '1', i: '1', I: '1', e: '3', E: '3', a: '4', A: '4', s: '5', S: '5', t: '7', B: '8', g: '9' };
const SYM = { a: '@', s: '$', S: '$', i: '!', o: '°', l: '|', c: '¢', e: '€', E: '€' };
const ACC = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', n: 'ñ', c: 'ç', A: 'Á', E: 'É', O: 'Ö', U: 'Ü' };
function homoglyph(name) {
  const mode = R.int(0, 8);
  const chars = [...name];
  const swap = (map, maxN) => {
    const idx = chars.map((c, i) => (map[c] ? i : -1)).filter((i) => i >= 0);
    for (const i of R.pickN(idx, Math.max(1, Math.min(maxN, idx.length)))) chars[i] = map[chars[i]];
    return chars.join('');
  };
  switch (mode) {
    case 0: return swap(CYR, 2);
    case 1: return swap(GRK, 2) === name ? swap(CYR, 1) : chars.join('');
    case 2: return swap(DIG, 2);
    case 3: return swap(SYM, 1);
    case 4: return chars.map((c) => (c === ' ' ? '\u3000' : c.charCodeAt(0) >= 33 && c.charCodeAt(0) <= 126 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
    case 5: return swap(ACC, 2);
    case 6: { const i = R.int(1, Math.max(1, chars.length - 2)); chars.splice(i, 0, R.pick(['\u200b', '\u200c', '\u200d', '\u00ad'])); return chars.join(''); }
    case 7: return chars.filter((c) => c !== ' ').join(R.pick([' ', '.', '·', '-', '_', '*']));
    default: return swap(CYR, 1).toUpperCase() === name.toUpperCase() ? swap(DIG, 1) : chars.join('');
  }
}
function brandHomoglyph(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.65], ['zh', 0.2], ['mixed', 0.15]]);
    const p = pickProduct();
    const o = base('pos.brand_homoglyph', lang, p, R.f(0.04, 0.45));
    let hb = homoglyph(p.b.name);
    if (hb === p.b.name) hb = homoglyph(p.b.name.toUpperCase());
    const lineH = R.chance(0.3) ? homoglyph(lEn(p)) : lEn(p);
    if (lang === 'zh') o.title = tj([hb, lZh(p), attrZh(p, 2), R.pick(YEAR_ZH), R.pick(['高品质', '顶级', '', '包邮'])], 'zh');
    else o.title = tj(R.pick([[hb, lineH, attrEn(p, 2)], [R.pick(YEAR_EN), hb, lineH, attrEn(p)], [lineH, 'by', hb, attrEn(p), sizesTxt(p, 'en')], [hb, attrEn(p, 2), lineH, R.pick(['top quality', 'AAA', 'high grade', '', ''])]]), 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick([bZh(p), attrZh(p, 2), lZh(p)]);
    const cue = lang === 'zh' ? R.pick(['搜索不到的请收藏店铺，随时下架。', '名字打不全见谅，懂的都懂。', '品质同专柜。']) : R.pick(['Spelling is on purpose, the platform removes the normal name. Same quality.', 'Please save this listing, it may be removed soon.', 'Same as the retail piece. Full set.']);
    addDesc(o, p, lang, cue, R.chance(0.6) ? cue : '', '', '', 0.25, 0.3);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.extreme_price ----------------
function extremePrice(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.55], ['zh', 0.35], ['mixed', 0.1]]);
    const p = pickProduct((x) => x.ref[0] > 60);
    const o = base('pos.extreme_price', lang, p, R.f(0.03, 0.1));
    const cue = R.int(0, 4);
    let extraTitle = '';
    let extraDesc = '';
    const made = p.l.manufacturingCountries || p.b.manufacturingCountries || [];
    if (cue === 0) { o.quantity = R.int(200, 5000); extraTitle = lang === 'zh' ? R.pick(['批发', '大量现货', '一件代发', '量大从优']) : R.pick(['wholesale', 'bulk lot', 'in stock 500+', 'dropshipping']); }
    else if (cue === 1) { const notMade = ['CN', 'HK', 'TR', 'TH', 'AE', 'VN', 'ID'].filter((c) => !made.includes(c)); o.shipFrom = R.pick(notMade.length ? notMade : ['TR']); extraDesc = lang === 'zh' ? `${o.shipFrom === 'CN' ? '国内' : '海外'}仓直发。` : `Ships from our ${o.shipFrom} warehouse.`; }
    else if (cue === 2) { extraTitle = lang === 'zh' ? R.pick(['高品质', '品质保证', '顶级质量', '超高品质']) : R.pick(['High Quality', 'Top Quality', 'Premium Quality', 'best quality']); }
    else if (cue === 3) { o.condition = 'new'; extraTitle = lang === 'zh' ? R.pick(['全新', '全新未拆封', '全新带盒']) : R.pick(['Brand New', 'BNIB', 'New in Box', 'NEW sealed']); }
    else { extraTitle = lang === 'zh' ? R.pick(['多色可选', '全码现货', '各尺码有货', '多款可选']) : R.pick(['all colors', 'all sizes in stock', 'many colours', 'multiple styles']); o.quantity = R.int(50, 999); }
    if (lang === 'zh') o.title = tj(R.pick([[bZh(p), lZh(p), attrZh(p), extraTitle], [extraTitle, bZh(p), lZh(p), attrZh(p, 2)], [R.pick(YEAR_ZH), bZh(p), lZh(p), extraTitle]]), 'zh');
    else o.title = tj(R.pick([[bEn(p), lEn(p), attrEn(p), extraTitle], [extraTitle, bEn(p), lEn(p), attrEn(p)], [bEn(p), lEn(p), mn(p) || '', extraTitle, attrEn(p)]]), 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick([lZh(p), attrZh(p), '包邮']);
    const mode = descMode(0.25, 0.3);
    if (mode === 'long') o.description = H.ldS(o.shipFrom, lang === 'zh' ? 'zh' : lang === 'mixed' ? 'mixed' : 'en', p, '', extraDesc || (lang === 'zh' ? '全新正装，数量有限。' : 'Brand new, limited stock at this price.'), { brand: p.b.name, brandZh: bZh(p), model: mn(p) });
    else if (mode === 'short') o.description = extraDesc || (lang === 'zh' ? R.pick(['清仓价，先到先得', '全新', '限时秒杀']) : R.pick(['Clearance price, first come first served.', 'New. Fast shipping.', 'Flash deal']));
    out.push(rec({ ...o, keep: ['price', 'quantity', 'shipFrom', 'condition'] }));
  }
  return out;
}

// ---------------- pos.weak_cues ----------------
const WRONG_COL_EN = ['rainbow', 'camo', 'leopard print', 'purple glitter', 'neon green', 'pink camo', 'tie-dye', 'galaxy print', 'gold glitter', 'hot pink snakeskin'];
const WRONG_COL_ZH = ['迷彩', '豹纹', '彩虹色', '荧光绿', '星空紫', '扎染', '亮片金', '粉色迷彩'];
const Q_EN = ['top quality', 'perfect details', 'premium quality', 'excellent workmanship', 'high quality materials', 'flawless', 'best quality on the market'];
const Q_ZH = ['顶级品质', '细节完美', '做工精细', '品质超好', '高品质', '专柜级做工', '品质无敌'];
function weakCues(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.4], ['mixed', 0.1]]);
    const p = pickProduct();
    const made = p.l.manufacturingCountries || p.b.manufacturingCountries || [];
    const o = base('pos.weak_cues', lang, p, R.f(0.3, 0.6));
    // choose 2-4 cues, always including the price (30-60% of retail)
    const cues = R.pickN(p.l.colours && p.l.colours.length ? ['quality', 'bulk', 'ship', 'factory', 'colour'] : ['quality', 'bulk', 'ship', 'factory'], R.int(2, 3));
    const t = [];
    const d = [];
    const zh = lang === 'zh';
    for (const c of cues) {
      if (c === 'quality') { const q = zh ? R.pick(Q_ZH) : R.pick(Q_EN); t.push(q); }
      if (c === 'bulk') { o.quantity = R.int(120, 3000); d.push(zh ? `现货${o.quantity}件，量大可议价。` : `${o.quantity} pcs in stock, bulk discount available.`); }
      if (c === 'ship') { const notMade = ['CN', 'HK', 'TR', 'TH', 'VN', 'AE', 'ID', 'PK'].filter((x) => !made.includes(x)); if (notMade.length) { o.shipFrom = R.pick(notMade); d.push(zh ? '本地仓库直发。' : `Dispatched from our warehouse in ${o.shipFrom}.`); } else { const q = zh ? R.pick(Q_ZH) : R.pick(Q_EN); t.push(q); } }
      if (c === 'factory') t.push(zh ? R.pick(['工厂直销', '厂家直供', '源头工厂', '工厂价']) : R.pick(['factory direct', 'direct from factory', 'factory price', 'manufacturer direct']));
      if (c === 'colour') t.push(zh ? R.pick(WRONG_COL_ZH) : R.pick(WRONG_COL_EN));
    }
    if (zh) o.title = tj(R.shuffle([bZh(p), lZh(p), attrZh(p), ...t]), 'zh');
    else o.title = tj([bEn(p), lEn(p), ...R.shuffle([attrEn(p), ...t])], 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick([lZh(p), attrZh(p), R.pick(Q_ZH)]);
    if (d.length || R.chance(0.5)) {
      const cue = d.join(' ') || (zh ? R.pick(Q_ZH) + '。' : R.pick(Q_EN) + '.');
      if (R.chance(0.45)) o.description = H.ldS(o.shipFrom, zh ? 'zh' : lang === 'mixed' ? 'mixed' : 'en', p, '', cue, { brand: p.b.name, brandZh: bZh(p), model: mn(p) });
      else o.description = cue;
    }
    out.push(rec({ ...o, keep: ['price', 'quantity', 'shipFrom'] }));
  }
  return out;
}

// ---------------- pos.product_line_seller_style ----------------
const PLS_CUE_EN = ['1:1', 'rep', 'UA', 'super clone', 'AAA', 'mirror', 'best batch', 'GET batch', 'clean factory', 'VSF', 'budget version', 'same factory'];
const PLS_CUE_ZH = ['高仿', '复刻', '纯原', '公司级', '一比一', '顶级版本', '莆田', 'A货', '原单', 'VS厂', '过验版', '尾单'];
function productLineSellerStyle(n) {
  const out = [];
  const pool = physical.filter((p) => (p.l.shortNames && p.l.shortNames.length) || (p.l.modelNumbers && p.l.modelNumbers.length));
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.4], ['mixed', 0.1]]);
    const p = R.pick(pool);
    const o = base('pos.product_line_seller_style', lang, p, R.chance(0.1) ? R.f(0.9, 1) : R.f(0.04, 0.35));
    const names = [...(p.l.shortNames || []), ...(p.l.modelNumbers || [])];
    const nm = R.pick(names);
    const withBrand = R.chance(0.3);
    const col = colourOf(p, lang === 'zh' ? 'zh' : 'en') || '';
    const cz = R.chance(0.5) ? R.pick(codesFor(p, true)) : R.pick(['高仿', '复刻', '一比一', 'A货', '原单', '精仿', '顶级复刻', '尾单']);
    const ce = R.chance(0.5) ? R.pick(codesFor(p, false)) : R.pick(['1:1', 'rep', 'UA', 'super clone', 'AAA', 'mirror', 'replica', 'copy']);
    if (lang === 'zh') o.title = tj(R.shuffle([nm, cz, attrZh(p, 2), col, withBrand ? bZh(p) : '']), 'zh');
    else o.title = tj([withBrand ? bEn(p) : '', nm, ...R.shuffle([ce, attrEn(p), col])], 'en');
    if (lang === 'mixed') o.title += ' ' + R.pick([cz, attrZh(p)]);
    const cue = lang === 'zh' ? R.pick(['细节跟正品对比无差', '支持任何验证', '顶级版本 做工好']) : R.pick(['Best version out there, matches retail.', 'Compare to retail, all details correct.', 'Latest batch, fixed flaws.']);
    addDesc(o, p, lang, cue, cue, '', '', 0.25, 0.3);
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.circumvention ----------------
const CIRC_EN = [
  (x) => `Nintendo Switch OLED modded ${x.gb}GB + ${x.games} games preloaded, dual boot CFW`,
  (x) => `Switch V1 unpatched with Atmosphere custom firmware installed, ${x.games}+ games on SD`,
  (x) => `PS5 jailbroken firmware ${x.fw} - ${x.games} games installed, ready to play`,
  (x) => `PS4 Pro 9.00 jailbreak GoldHEN with ${x.games} games ${x.gb}GB`,
  (x) => `Picofly RP2040 modchip for Switch OLED / Lite, installation service available`,
  (x) => `SX Core modchip for Nintendo Switch Lite, pre-flashed`,
  (x) => `R4i Gold 3DS card with ${x.games} games, plug and play for DS / 3DS`,
  (x) => `RCM jig + payload injector dongle for Switch, boot custom firmware`,
  (x) => `Game backup device for Switch - copy your cartridges to SD, load backups`,
  (x) => `Switch 2 modchip "MIG" style cartridge with ${x.gb}GB, play backups`,
  (x) => `${x.games} Games Preloaded Retro Console 4K HDMI - Nintendo Sony Sega games built in`,
  (x) => `Modded Switch Lite, ${x.gb}GB SD card, all Zelda + Mario Kart + Pokemon included`,
  (x) => `Wii U / Switch / PS Vita hacked bundle, homebrew + ${x.games} games`,
  (x) => `MIG Switch flash cart with ${x.gb}GB microSD, load XCI backups, latest firmware`,
];
const CIRC_ZH = [
  (x) => `Switch OLED 硬破 双系统 大气层 ${x.gb}G 内置${x.games}款游戏`,
  (x) => `任天堂switch 续航版 软破 可玩破解游戏 送${x.games}款`,
  (x) => `PS5 破解版 ${x.fw}系统 内置${x.games}个游戏 即插即玩`,
  (x) => `switch lite 硬破装机服务 TX芯片 大气层 16.0`,
  (x) => `NS 破解 烧录卡 ${x.gb}G 全游戏 免卡带`,
  (x) => `3DS R4 烧录卡 送${x.games}款游戏 即插即用`,
  (x) => `PS4 Pro 9.00 破解 金手指 内置${x.games}游戏 1T`,
  (x) => `Switch 2 烧录卡 MIG 支持备份游戏 ${x.gb}G`,
  (x) => `任天堂switch 大气层 硬破 OLED 日版 含${x.games}游戏 可联机`,
  (x) => `psp 破解 6.61 内存卡 ${x.gb}G 送${x.games}个游戏`,
];
function circumvention(n) {
  const out = [];
  const ns = physical.filter((p) => p.b.id === 'nintendo' && p.cat === 'game-consoles');
  const ps = physical.filter((p) => p.b.id === 'sony' && p.cat === 'game-consoles');
  for (let i = 0; i < n; i++) {
    const lang = pickLang([['en', 0.5], ['zh', 0.42], ['mixed', 0.08]]);
    const x = { gb: R.pick([128, 256, 512, 1000]), games: R.pick([30, 50, 80, 120, 200, 500, 3000, 10000]), fw: R.pick(['4.03', '4.51', '5.05', '3.20']) };
    const tpl = lang === 'zh' ? R.pick(CIRC_ZH) : R.pick(CIRC_EN);
    let title = tpl(x);
    if (lang === 'mixed') title += ' ' + R.pick(['硬破', '大气层', '破解', '免卡带']);
    const isPS = /PS|psp/i.test(title);
    const p = R.pick(isPS ? ps : ns);
    const m = market(lang, { noTmall: true });
    const chip = /chip|芯片|jig|dongle|烧录|R4|MIG|backup|cart/i.test(title);
    const retro = /Retro|psp|PS Vita|3DS/i.test(title);
    const price = chip ? H.fromUSD(R.f(8, 90), m.currency) : retro ? H.fromUSD(R.f(20, 75), m.currency) : H.fromUSD(R.f(0.6, 1.3) * H.retailUSD(p) + (x.games > 100 ? 40 : 0), m.currency);
    const o = { kind: 'pos.circumvention', label: 'counterfeit', lang, title, price, currency: m.currency, marketplace: m.marketplace, quantity: R.int(1, 60), condition: R.pick(['new', 'new', 'used', 'refurbished']), category: lang === 'zh' ? R.pick(['电玩/游戏机', '电玩/配件', '游戏机/掌机']) : R.pick(['Video Games & Consoles > Consoles', 'Video Games & Consoles > Accessories', 'Gaming > Mods']), shipFrom: shipFor('counterfeit', p, lang), sellerId: sellerId(lang) };
    const cueEN = R.pick(['Games are backups, no cartridges included. Do not update the firmware or connect to Nintendo online.', 'Custom firmware (CFW) installed, emuMMC set up. Stay offline to avoid a ban.', 'Comes with a guide to add more games. Dual boot: original system + custom system.', 'Chip installation by our technician, 6-month warranty on the chip.']);
    const cueZH = R.pick(['游戏为破解版，请勿联网、勿升级系统，否则会被封机。', '双系统：正版系统+破解系统，一键切换。', '硬破装机，芯片保修半年，终身免费加游戏。', '送教程，自己可以下载游戏拷贝到内存卡。']);
    const cue = lang === 'zh' ? cueZH : cueEN;
    const mode = descMode(0.22, 0.45);
    if (mode === 'long') o.description = H.ldS(o.shipFrom, lang === 'zh' ? 'zh' : lang === 'mixed' ? 'mixed' : 'en', p, '', cue, { brand: p.b.name, brandZh: bZh(p) });
    else if (mode === 'short') o.description = cue;
    out.push(rec(o));
  }
  return out;
}

// ---------------- pos.prerelease_disc ----------------
const CUT = '2026-12-01';
function prereleaseDisc(n) {
  const out = [];
  const works = [];
  for (const id of ['harborlight-studios', 'silver-pagoda-films']) {
    const b = brandById(id);
    for (const w of b.works) if (w.discReleaseDate > CUT) works.push({ b, w });
  }
  const fmtEN = ['Blu-ray', 'DVD', '4K UHD Blu-ray', 'BD50', 'DVD9', 'Blu-ray + DVD', 'HD DVD'];
  const fmtZH = ['蓝光碟', 'DVD', '4K蓝光', 'BD50', 'DVD9', '高清碟片', '光盘'];
  for (let i = 0; i < n; i++) {
    const { b, w } = R.pick(works);
    const lang = pickLang([['en', 0.45], ['zh', 0.45], ['mixed', 0.1]]);
    const zhTitle = isCJK(w.title) ? w.title : (w.aliases || []).find(isCJK) || w.title;
    const enTitle = !isCJK(w.title) ? w.title : (w.aliases || []).find((a) => !isCJK(a)) || w.title;
    const yr = w.discReleaseDate.slice(0, 4) === '2027' ? R.pick(['2026', '2026', '']) : '2026';
    let title;
    if (lang === 'zh') title = R.pick([
      `${zhTitle} ${R.pick(fmtZH)} 高清 国语中字 ${yr}新片`, `《${zhTitle}》${R.pick(fmtZH)} 1080P 全新 抢先版`, `${zhTitle} 电影 ${R.pick(fmtZH)} 正版盒装 中英字幕`, `${yr}院线新片 ${zhTitle} ${R.pick(fmtZH)} 高清收藏版`, `【现货】${zhTitle} ${R.pick(fmtZH)} 碟片 车载`, `${zhTitle} ${R.pick(fmtZH)}+${R.pick(fmtZH)} 双碟装`]);
    else title = R.pick([
      `${enTitle} (${yr}) ${R.pick(fmtEN)} Region Free New Sealed`, `${enTitle} ${R.pick(fmtEN)} 1080p Full Movie Disc`, `NEW ${enTitle} ${R.pick(fmtEN)} Collector\'s Edition - ships now`, `${enTitle} [${R.pick(fmtEN)}] English subtitles, all regions`, `${enTitle} ${R.pick(fmtEN)} brand new - ${R.pick(['in stock', 'fast dispatch', 'cinema release'])}`, `${b.name} ${enTitle} ${R.pick(fmtEN)} (${yr})`]);
    if (lang === 'mixed') title += ' ' + R.pick([zhTitle, '高清', '蓝光', '国语中字']);
    const m = market(lang, { noTmall: true });
    const o = { kind: 'pos.prerelease_disc', label: 'counterfeit', lang, title, price: H.fromUSD(R.f(2.5, 25), m.currency), currency: m.currency, marketplace: m.marketplace, quantity: R.int(5, 500), condition: 'new', category: lang === 'zh' ? R.pick(['音像/影视光盘', '影视/蓝光碟', 'DVD/电影']) : R.pick(['Movies & TV > Blu-ray', 'DVDs & Movies > DVDs & Blu-ray Discs', 'Movies > DVD']), shipFrom: shipFor('counterfeit', null, lang), sellerId: sellerId(lang) };
    const mode = descMode(0.2, 0.4);
    const cue = lang === 'zh' ? R.pick(['院线同步，画质清晰。', '影院版，无水印，车载家用DVD通用。', '全新现货，拍下即发。', '高清收藏，国语/英语双音轨。']) : R.pick(['Full movie, 1080p, plays on all players.', 'Cinema version, good picture quality.', 'Brand new, ships in 24h.', 'Region free disc, English audio and subtitles.']);
    if (mode === 'long') o.description = H.ldS(o.shipFrom, lang === 'zh' ? 'zh' : lang === 'mixed' ? 'mixed' : 'en', null, '', cue, { more: [lang === 'zh' ? `片名：${zhTitle}` : `Title: ${enTitle}`, lang === 'zh' ? '格式：' + R.pick(fmtZH) : 'Format: ' + R.pick(fmtEN)] });
    else if (mode === 'short') o.description = cue;
    out.push(rec({ ...o }));
  }
  return out;
}

// ---------------- pos.mixed_language ----------------
const PINYIN = ['gao fang', 'fu ke', 'yi bi yi', 'jing fang', 'yuan dan', 'chun yuan', 'gaofang', 'fuke', 'A huo', 'dingji fuke', 'gong si ji'];
const FW = ['ＲＥＰＬＩＣＡ', 'ＡＡＡ', '１：１', 'ＣＯＰＹ', 'ＵＡ', 'ＲＥＰ', 'ＭＩＲＲＯＲ'];
const SPACED = ['高 仿', 'A 货', '复 刻', '精 仿', '一 比 一', '原 单', '纯 原', '仿 品', '高·仿', '复-刻', '1 比 1'];
function mixedLanguage(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = pickProduct();
    const o = base('pos.mixed_language', 'mixed', p);
    const style = R.int(0, 5);
    const M = style === 0 ? R.pick(PINYIN) : style === 1 ? R.pick(FW) : style === 2 ? R.pick(SPACED) : style === 3 ? R.pick(['一比一', '1比1', '壹比壹', 'yi:yi', '一:一']) : style === 4 ? R.pick(['高仿 replica', 'A货 AAA', 'mirror 复刻', '1:1 精仿', 'rep 纯原']) : R.pick(['gao fang', 'fu ke', 'ＲＥＰ', '高 仿']);
    const parts = R.pick([[bEn(p), bZh(p), lEn(p), M, attrZh(p)], [M, bEn(p), lZh(p), attrEn(p)], [bZh(p), lEn(p), M, attrEn(p), attrZh(p)], [lEn(p), lZh(p), M, sizesTxt(p, 'en')], [R.pick(YEAR_ZH), bEn(p), lEn(p), M, R.pick(['free shipping', 'fast ship', '包邮'])]]);
    o.title = tj(parts, R.chance(0.5) ? 'en' : 'zh');
    const cue = R.pick(['Quality 一比一 same as original, 放心拍.', '细节 perfect, 和 original 对比 no difference.', 'This is ＲＥＰＬＩＣＡ 高品质, not original 正品.', 'gao fang 版本, materials 跟专柜一样.', '纯原 batch, best quality 市面最高.']);
    addDesc(o, p, 'mixed', cue, cue, '', '', 0.25, 0.35);
    out.push(rec(o));
  }
  return out;
}

module.exports = {
  'pos.marker_en': markerEn, 'pos.marker_zh': markerZh, 'pos.coded_language': codedLanguage, 'pos.oem_leak': oemLeak, 'pos.dm_real_pics': dmRealPics,
  'pos.brand_nickname_zh': brandNicknameZh, 'pos.brand_abbrev_emoji': brandAbbrevEmoji, 'pos.brand_misspelled': brandMisspelled, 'pos.brand_homoglyph': brandHomoglyph,
  'pos.extreme_price': extremePrice, 'pos.weak_cues': weakCues, 'pos.product_line_seller_style': productLineSellerStyle, 'pos.circumvention': circumvention,
  'pos.prerelease_disc': prereleaseDisc, 'pos.mixed_language': mixedLanguage, homoglyph, misspellName,
};
