'use strict';
const { R } = require('./lib');
const { C } = require('./catalog');
const brands = require('../brands.json').brands;
const BR = Object.fromEntries(brands.map((b) => [b.id, b]));

const items = (f) => C.filter(f || (() => true));
const anyItem = (f) => R.pick(items(f));

// brand written in a title, English-ish
function bEn(it) {
  const v = [it.be, it.be, it.be.toUpperCase()];
  if (it.b === 'tiffany') v.push('Tiffany & Co', 'Tiffany&Co.', 'TIFFANY & CO.');
  if (it.b === 'arcteryx') v.push('Arcteryx', "ARC'TERYX");
  if (it.b === 'estee-lauder') v.push('Estee Lauder');
  if (it.b === 'jo-malone') v.push('Jo Malone', 'JO MALONE');
  if (it.b === 'van-cleef-arpels') v.push('Van Cleef', 'Van Cleef and Arpels');
  if (it.b === 'the-north-face') v.push('North Face', 'TNF');
  return R.pick(v);
}
// brand as a Chinese seller writes it: Chinese name, or "English/中文", or English
function bZh(it) {
  const z = it.bz;
  const e = it.be;
  return R.wpick([[z, 4], [`${e}/${z}`, 2], [`${z} ${e}`, 1], [`${e.toUpperCase()}`, 1], [`${z}${e.toUpperCase()}`, 1]]);
}
const colour = (it) => { if (!it.col || !it.col.length) return ''; const a = it.col.filter((c) => !/[\u3400-\u9fff]/.test(c)); return a.length && R.chance(0.85) ? R.pick(a) : (a.length ? R.pick(a) : ''); };
const colourZh = (it) => (it.col && it.col.length ? R.pick(it.col) : '');

function sizes(it, lang) {
  if (it.sz === 'shoe') return R.pick(lang === 'en' ? ['US 7-12', 'EU 36-46', 'Size 36-45', 'UK 6-11', 'all sizes', 'men & women sizes', 'US5.5-US11'] : ['36-45码', '35-46', '男女码', '全码', '36-44码 现货']);
  if (it.sz === 'app') return R.pick(lang === 'en' ? ['S-XXL', 'S M L XL', 'XS-3XL', 'all sizes', 'M-4XL'] : ['S-XXL', 'M-3XL', '全码', '男女同款 S-2XL']);
  return '';
}

const isAscii = (x) => !/[\u3400-\u9fff]/.test(x);
const snEn = (it) => { const a = (it.sn || []).filter(isAscii); return a.length ? R.pick(a) : (it.ln || ''); };
const snAny = (it) => (it.sn && it.sn.length ? R.pick(it.sn) : (it.ln || ''));
// concatenate two title chunks, inserting a space when both sides are Latin/digits
const cat2 = (a, b) => (!a ? b : !b ? a : (/[A-Za-z0-9)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? a + ' ' + b : a + b));
// collapse accidental repetitions ("Xiaomi Xiaomi 15", "小米 小米充电宝", "SEL2470GM2 SEL2470GM2")
function dedupe(t) {
  let s = t;
  for (let i = 0; i < 3; i++) s = s.replace(/(^|[\s/|·,~-])([^\s/|·,~-]{2,})([\s/|·,~-]+)\2(?=$|[\s/|·,~-])/gi, '$1$2');
  s = s.replace(/([\u3400-\u9fff]{2,4})\s*\1/g, '$1');
  return s.replace(/\s+/g, ' ').trim();
}
const EMO_G = { bag: ['👜', '👛', '✨', '💖'], shoe: ['👟', '🔥', '⚡'], apparel: ['🧥', '🔥', '❄️'], watch: ['⌚', '💎', '⏱️'], jewel: ['💎', '✨', '💍'], eyewear: ['🕶️', '😎'], elec: ['🎧', '📱', '⚡', '📷'], console: ['🎮', '🕹️'], toy: ['🧸', '🎁', '🧱'], beauty: ['💄', '🌸', '✨'], auto: ['🚗', '🛞'], tool: ['🔧', '🛠️', '⚡'], home: ['🏠', '🍦', '✨'], generic: ['🔥', '✨', '💯'] };
const grp = (it) => ({ handbags: 'bag', 'small-leather-goods': 'bag', shoes: 'shoe', apparel: 'apparel', 'outdoor-gear': 'apparel', watches: 'watch', jewellery: 'jewel', eyewear: 'eyewear', phones: 'elec', audio: 'elec', 'phone-accessories': 'elec', cameras: 'elec', 'camera-lenses': 'elec', batteries: 'elec', 'game-consoles': 'console', toys: 'toy', cosmetics: 'beauty', fragrance: 'beauty', tyres: 'auto', 'auto-parts': 'auto', bicycles: 'auto', tools: 'tool', kitchenware: 'home', 'home-appliances': 'home' }[it && it.lc] || 'generic');
const emoFor = (it, p = 0.3) => (R.chance(p) ? R.pick(EMO_G[grp(it)]) : '');
const EMO = ['🔥', '✨', '💯', '⚡', '🎁', '👟', '👜', '⌚', '💎', '🚚', '✅', '❤️', '⭐', '🆕', '📦', '💥', '🌟', '👀'];
const emo = (p = 0.3) => (R.chance(p) ? R.pick(EMO) : '');
function caseVar(s) {
  const t = R.f();
  if (t < 0.08) return s.toUpperCase();
  if (t < 0.12) return s.toLowerCase();
  if (t < 0.16) return s.replace(/\b([a-z])/g, (m) => m.toUpperCase());
  return s;
}
const SEP = [' ', ' ', ' ', ' - ', ' | ', ', ', ' / ', '  ', ' ~ ', ' · '];
function join(parts, sep) { const s = sep || R.pick(SEP); return parts.filter((x) => x !== '' && x != null).join(s).replace(/\s+/g, ' ').trim(); }
function zjoin(parts) { // Chinese keyword stacking: spaces or nothing between chunks (always a space between two Latin/digit ends)
  return parts.filter((x) => x !== '' && x != null).map((p) => p.trim()).filter(Boolean).reduce((acc, p) => {
    if (!acc) return p;
    const need = /[A-Za-z0-9)]$/.test(acc) && /^[A-Za-z0-9(]/.test(p);
    return acc + (need || R.chance(0.6) ? ' ' : '') + p;
  }, '');
}
function clip(t, max = 200) { if (t.length <= max) return t; return t.slice(0, max).replace(/\s+\S*$/, ''); }

// --- disguises -------------------------------------------------------------
const NICK = {
  fendi: ['F家', '芬家', 'FD家', '芬帝'], balenciaga: ['巴黎家', 'B家', '巴家', '巴黎丗家', 'BLCG'], 'bottega-veneta': ['BV家', '葆家', '宝家', '保蝶家', '编织家'],
  goyard: ['狗牙', '狗牙家', 'GY家', '戈雅家'], lacoste: ['小鳄鱼', '法鳄', '鳄鱼家', '法国小鳄鱼'], 'stone-island': ['石头', '石头家', '石岛', '指南针'],
  arcteryx: ['鸟家', '大鸟', '小鸟', '始祖乌', '鸟牌'], 'the-north-face': ['北脸', '北家', '北面家', '北麵'], converse: ['匡家', '匡威家', '框威'],
  'new-balance': ['N家', 'nb家', '新百仑', '新白伦'], 'onitsuka-tiger': ['鬼冢', '鬼塚虎', '虎家', '鬼家'], 'li-ning': ['宁家', '李家', '里宁'],
  anta: ['安家', '案踏'], 'patek-philippe': ['百达', 'PP家', '翡丽', 'P家', '百达菲丽', '百大'], 'audemars-piguet': ['AP家', '爱比', '橡树家', '爱家'],
  tudor: ['帝陀', '小帝', '帝家', '小红花'], casio: ['卡家', '卡西鸥'], tiffany: ['T家', '蒂家', '蒂凡尼', '缔芙尼', 'TF家'],
  'van-cleef-arpels': ['梵克', 'V家', '梵家', '四叶草家', '梵克雅堡'], oakley: ['欧家', 'O家', '奥克力'], 'gentle-monster': ['GM家', '怪兽家'],
  samsung: ['三家', '星家'], huawei: ['花家', '华家', '花为'], xiaomi: ['米系', '小米家'], dji: ['疆家', '大僵', '大J'], canon: ['佳家', '佳那'], sony: ['大法', '索家', '索泥'],
  bose: ['博家', 'B社'], nintendo: ['老任', '任家', '任天棠', '任社'], lego: ['乐家', '某高', '乐搞', 'L高', '积木大厂'], 'pop-mart': ['泡泡家', '泡家', '拉家', '布布', 'Lafufu', '泡泡玛持'],
  'estee-lauder': ['雅家', 'EL家', '兰黛家', '雅诗兰戴'], 'jo-malone': ['祖马龙', '祖家', 'JM家', '祖玛龙'], florasis: ['花家', '西子家', '花溪子'],
  michelin: ['米胎', '米奇林', '米其'], continental: ['马家', '马胎'], milwaukee: ['米沃奇', '美家', '红M', '美沃齐'], bosch: ['博家', '博士工具', '波世'],
  ninja: ['忍者家', '忍者牌'], shark: ['鲨家', '鲨鱼牌', '小鲨鱼'], 'kestrel-audio': ['隼家'], velmora: ['维家'],
};
const MISS = {
  fendi: ['Fendii', 'Fedni', 'Fendy', 'Fendl', 'Fenndi', 'Fnedi'], balenciaga: ['Balenciagga', 'Balanciaga', 'Balenciga', 'Balencaiga', 'Ballenciaga', 'Balenciage'],
  'bottega-veneta': ['Bottega Venetta', 'Botega Veneta', 'Bottegga Veneta', 'Bottega Venata', 'Bottega Vennetta'], goyard: ['Goyyard', 'Goyarde', 'Goyad', 'Goayrd', 'Goyardd'],
  lacoste: ['Lacost', 'Lacoste\'s', 'Lacosste', 'Lacotse', 'La Coste'], 'stone-island': ['Stone Islnd', 'Stone Iland', 'Stonne Island', 'Stone Islannd', 'Ston Island'],
  arcteryx: ['Arcteryks', 'Arcterix', 'Arcterxy', 'Arc teryxx', 'Arcterryx', 'Arc\'terix'], 'the-north-face': ['North Fase', 'The Nort Face', 'Nroth Face', 'The North Facе'.replace('е', 'e') + 's', 'Norht Face'],
  converse: ['Conversse', 'Convers', 'Covnerse', 'Converce'], 'new-balance': ['New Balence', 'New Ballance', 'Nwe Balance', 'New Balanse', 'Newbalanse'], 'onitsuka-tiger': ['Onitsuka Tigre', 'Onitzuka Tiger', 'Onitska Tiger', 'Onistuka Tiger', 'Onitsuka Tigar'],
  'li-ning': ['Li Nign', 'Lining', 'Li-Nig', 'Li Ming'], anta: ['Antta', 'Atna', 'Anat'], 'patek-philippe': ['Patek Phillipe', 'Patek Philipe', 'Pattek Philippe', 'Patek Philippee', 'Patec Philippe', 'Pateck Phillipe'],
  'audemars-piguet': ['Audemar Piguet', 'Audemars Piquet', 'Audermars Piguet', 'Audemars Pigeut', 'Audemar Piguett'], tudor: ['Tuder', 'Tudorr', 'Tduor', 'Tudro'],
  casio: ['Cassio', 'Casoi', 'Caiso'], tiffany: ['Tifany', 'Tiffanny', 'Tiffiny', 'Tiffnay & Co', 'Tifanny'], 'van-cleef-arpels': ['Van Cleef Arpel', 'Van Clef & Arpels', 'Van Cleef & Arples', 'Vancleef Arpels', 'Van Cleff'],
  oakley: ['Okley', 'Oakely', 'Oaklley', 'Oakly'], 'gentle-monster': ['Gentle Monstar', 'Gentel Monster', 'Gentle Monstre'], samsung: ['Samsumg', 'Samgsung', 'Sansung', 'Smasung'],
  huawei: ['Huawey', 'Hauwei', 'Huawie', 'Huwei'], xiaomi: ['Xiomi', 'Xaomi', 'Xiaomy', 'Xioami'], dji: ['DIJ', 'DJJ', 'Dji-i'], canon: ['Cannon', 'Canonn', 'Caonn'], sony: ['Sonny', 'Soni', 'Snoy'],
  bose: ['Bosee', 'Bsoe', 'Boose'], nintendo: ['Nintedo', 'Nitendo', 'Nintendoo', 'Ninendo'], lego: ['Legoo', 'Leggo', 'Lgeo'], 'pop-mart': ['Pop Mert', 'Popmrat', 'Pop Mrat'],
  'estee-lauder': ['Estee Lauter', 'Estee Lauderr', 'Este Lauder', 'Estée Luader'], 'jo-malone': ['Jo Malon', 'Jo Maloen', 'Joe Malone', 'Jo Mallone'], florasis: ['Florasiss', 'Florsis', 'Floraiss'],
  michelin: ['Michellin', 'Michlein', 'Micheline', 'Mischelin'], continental: ['Continetal', 'Contiental', 'Continantal'], milwaukee: ['Milwaulkee', 'Milwakee', 'Milwuakee', 'Millwaukee'],
  bosch: ['Bosh', 'Bocsh', 'Bossch'], ninja: ['Ninjja', 'Ninaj'], shark: ['Sharck', 'Shrak'], 'kestrel-audio': ['Kestral Audio', 'Kestrl'], velmora: ['Velmorra', 'Vlemora'],
};
const LINE_MISS = {
  Nautilus: ['Nautilis', 'Nautlius', 'Nautilous'], Aquanaut: ['Aquanut', 'Aquannaut'], 'Royal Oak': ['Royal Oke', 'Royl Oak', 'Royal Oack'], 'Royal Oak Offshore': ['Royal Oak Ofshore', 'Royal Oak Offshor'],
  Peekaboo: ['Peekabo', 'Peakaboo', 'Peek-a-boo'], Baguette: ['Baguete', 'Bagguette'], 'Triple S': ['Tripple S', 'Triple-Ss', 'Trple S'], Jodie: ['Jody', 'Joddie'], Cassette: ['Casette', 'Cassete'],
  'Chuck Taylor All Star': ['Chuck Tayler All Star', 'Chuk Taylor'], 'Chuck 70': ['Chuk 70', 'Chuck70s'], Holbrook: ['Holbroke', 'Hollbrook'], 'Vintage Alhambra': ['Vintage Alhambre', 'Vintage Alahmbra'],
  'Black Bay Fifty-Eight': ['Black Bey 58', 'Blackbay Fiftyeight'], Pelagos: ['Pelagus', 'Pellagos'], 'Saint Louis': ['Saint Luis', 'St Lous'], 'Beta LT Jacket': ['Betta LT', 'Beta-LTT'],
  'WH-1000XM5': ['WH-1000MX5', 'WH1000-XM5'], 'Galaxy S25 Ultra': ['Galaxi S25 Ultra', 'Galaxy S25 Ultar'], 'Mexico 66': ['Mexcio 66', 'Mexico 6 6'], 'Return to Tiffany': ['Retrun to Tiffany', 'Return To Tifany'],
  'QuietComfort Ultra Headphones': ['QuiteComfort Ultra', 'Quiet Confort Ultra'], 'Pilot Sport 4S': ['Pilot Sprot 4S', 'Pilot Sport 4SS'], 'Osmo Pocket 3': ['Osmo Poket 3', 'Osmo Pocket3'],
};
const CYR = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', S: 'Ѕ', s: 'ѕ', j: 'ј', I: 'І' };
const GRK = { A: 'Α', B: 'Β', E: 'Ε', Z: 'Ζ', H: 'Η', I: 'Ι', K: 'Κ', M: 'Μ', N: 'Ν', O: 'Ο', P: 'Ρ', T: 'Τ', X: 'Χ', Y: 'Υ', o: 'ο', v: 'ν', i: 'ι', u: 'υ' };
const DIG = { o: '0', O: '0', i: '1', I: '1', l: '1', e: '3', E: '3', a: '4', A: '4', s: '5', S: '5', t: '7', T: '7', b: '8', B: '8', g: '9' };
const SYM = { a: '@', A: '@', s: '$', S: '$', i: '!', o: '°', O: 'Ø', l: '|', c: '¢', e: '€' };
const ACC = { e: 'é', a: 'á', o: 'ö', u: 'ü', i: 'í', E: 'È', A: 'Å', O: 'Ô', n: 'ñ', c: 'ç' };
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad'];
function subst(s, map, n) {
  const idx = [...s].map((ch, i) => (map[ch] ? i : -1)).filter((i) => i >= 0);
  const pick = R.some(idx, Math.max(1, Math.min(n, idx.length)));
  return [...s].map((ch, i) => (pick.includes(i) ? map[ch] : ch)).join('');
}
function fullwidth(s) { return [...s].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch === ' ' ? '　' : ch)).join(''); }
function homoglyph(name) {
  const t = R.pick(['cyr', 'cyr', 'grk', 'dig', 'dig', 'sym', 'acc', 'zw', 'zw', 'spaced', 'dotted', 'full', 'mixcase']);
  const up = R.chance(0.4) ? name.toUpperCase() : name;
  switch (t) {
    case 'cyr': return { s: subst(up, CYR, R.int(1, 3)), t };
    case 'grk': return { s: subst(name.toUpperCase(), GRK, R.int(1, 3)), t };
    case 'dig': return { s: subst(up, DIG, R.int(1, 2)), t };
    case 'sym': return { s: subst(up, SYM, 1), t };
    case 'acc': return { s: subst(up, ACC, R.int(1, 2)), t };
    case 'zw': { const a = [...up]; const k = R.int(1, a.length - 1); a.splice(k, 0, R.pick(ZW)); if (R.chance(0.3) && a.length > 3) a.splice(R.int(1, a.length - 1), 0, R.pick(ZW)); return { s: a.join(''), t }; }
    case 'spaced': return { s: [...name.replace(/\s+/g, '').toUpperCase()].join(R.pick([' ', '  ', ' '])), t };
    case 'dotted': return { s: [...name.replace(/\s+/g, '').toUpperCase()].join(R.pick(['.', '·', '-', '_', '*', '•'])), t };
    case 'full': return { s: fullwidth(up), t };
    default: return { s: subst(up, R.chance(0.5) ? CYR : DIG, 1).split('').map((c, i) => (i % 2 ? c.toLowerCase() : c)).join(''), t };
  }
}
// logo descriptions / abbreviations / emoji for brands
const ABBR = {
  fendi: ['FF logo', 'F家 🅵', 'double F', 'interlocking FF', 'FF monogram', 'Ⓕ Ⓕ'], balenciaga: ['B logo', 'BB logo', 'BLCG', '🅱️'], 'bottega-veneta': ['BV', 'B.V.', 'BV woven', '🟩 BV'],
  goyard: ['GY', 'chevron Y print', '🐕 dog-tooth print', 'Goy*rd'], lacoste: ['🐊', '🐊 logo', 'croc logo', 'crocodile logo', 'green croc'], 'stone-island': ['SI', 'compass badge', '🧭 badge', 'S.I.'],
  arcteryx: ['🦅 bird logo', 'ARC', 'bird logo', 'dead bird', 'ARC bird 🐦'], 'the-north-face': ['TNF', 'half dome logo', '🏔️ logo', 'N.F.'], converse: ['⭐ chevron', 'star patch', 'CT ⭐'],
  'new-balance': ['NB', 'N logo', '🅽🅱', 'N-logo'], 'onitsuka-tiger': ['OT', '🐯 stripes', 'tiger stripes', '🐅'], 'patek-philippe': ['PP', '🅿️🅿️', 'Calatrava cross', 'P.P.'],
  'audemars-piguet': ['AP', 'A.P.', '🅰️🅿️', 'octagon bezel', '8-screw bezel'], tudor: ['🌹 rose logo', 'shield logo', 'TD'], tiffany: ['T&Co', 'T & CO', 'TCO', '💙 box'], 'van-cleef-arpels': ['VCA', 'V.C.A', '🍀', '🍀 clover'],
  oakley: ['O logo', '🅾️', 'O-icon'], samsung: ['SS', 'SAM', 'S-brand'], sony: ['SNY'], bose: ['B0'], nintendo: ['NS', '🎮 N'], lego: ['L3GO', '🧱 bricks'], 'pop-mart': ['LBB', 'lbb 🧸', 'PM', '🐰 monster'],
  'estee-lauder': ['EL', 'E.L.'], 'jo-malone': ['JM', 'J.M.', 'JML'], michelin: ['MCL', '⛄ man logo'], milwaukee: ['MW', 'M18 ⚡', '🔴 M18'], 'kestrel-audio': ['KA'], velmora: ['VM'],
};

module.exports = { isAscii, snEn, snAny, cat2, dedupe, grp, emoFor, BR, brands, C, items, anyItem, bEn, bZh, colour, colourZh, sizes, emo, EMO, caseVar, join, zjoin, clip, NICK, MISS, LINE_MISS, homoglyph, fullwidth, ABBR };
