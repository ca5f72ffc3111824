// Checks the test-v18 corpus: node check.js   (exit code 1 on any failure)
// Independent of the build scripts except for _build/meta.ndjson (which line / work a listing is about,
// which cue the generator placed) and the optional ajv/ajv-formats in _build/node_modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const B = join(HERE, '_build');
const LISTING_DATE = '2027-02-01';
const RATES = { USD: 1, EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, HKD: 7.8, CAD: 1.37, AUD: 1.52 };
const MARKETS = [
  'taobao',
  'xianyu',
  'pinduoduo',
  'jd',
  'douyin',
  'weidian',
  'tmall',
  'ebay',
  'amazon',
  'facebook-marketplace',
  'mercari',
  'depop',
  'vinted',
  'aliexpress',
  'shopee',
  'carousell',
  'temu',
  'lazada',
  'rakuten',
];
const ZH_MARKETS = new Set(MARKETS.slice(0, 7));
const KINDS_POS = [
  'pos.marker_en',
  'pos.marker_zh',
  'pos.coded_language',
  'pos.oem_leak',
  'pos.dm_real_pics',
  'pos.brand_nickname_zh',
  'pos.brand_abbrev_emoji',
  'pos.brand_misspelled',
  'pos.brand_homoglyph',
  'pos.extreme_price',
  'pos.weak_cues',
  'pos.product_line_seller_style',
  'pos.description_only',
  'pos.circumvention',
  'pos.prerelease_disc',
  'pos.mixed_language',
];
const KINDS_NEG = [
  'neg.plain',
  'neg.generic_marker',
  'neg.nominative',
  'neg.common_word_brand',
  'neg.authorized_seller',
  'neg.second_hand',
  'neg.promotion',
  'neg.gray_market',
  'neg.negated_marker',
  'neg.colour_words',
  'neg.model_codes',
  'neg.licensed_repro',
  'neg.used_console',
  'neg.cheap_unbranded',
];
const DISGUISE = new Set([
  'pos.brand_nickname_zh',
  'pos.brand_abbrev_emoji',
  'pos.brand_misspelled',
  'pos.brand_homoglyph',
  'pos.product_line_seller_style',
]);
// Chinese names of the excluded brands (the excluded list itself is English)
const EXCLUDED_ZH = [
  '古驰',
  '路易威登',
  '香奈儿',
  '劳力士',
  '耐克',
  '阿迪达斯',
  '普拉达',
  '爱马仕',
  '苹果',
  '蔻驰',
  '博柏利',
  '迪奥',
  '欧米茄',
  '卡地亚',
  '盟可睐',
  '加拿大鹅',
  '雷朋',
  '潘多拉',
  '芬迪',
  '巴黎世家',
  '葆蝶家',
  '罗意威',
  '戈雅',
  '珑骧',
  '石头岛',
  '迪赛',
  '百达翡丽',
  '爱彼',
  '帝舵',
  '卡西欧',
  '化石',
  '蒂芙尼',
  '梵克雅宝',
  '周大福',
  '欧克利',
  '新百伦',
  '李宁',
  '始祖鸟',
  '露露乐蒙',
  '华为',
  '小米',
  '三星',
  '索尼',
  '任天堂',
  '大疆',
  '佳能',
  '富士',
  '乐高',
  '泡泡玛特',
  '雅诗兰黛',
  '海蓝之谜',
  '米其林',
  '马牌',
  '布雷博',
  '牧田',
  '米沃奇',
  '戴森',
  '范思哲',
  '圣罗兰',
  '华伦天奴',
  '思琳',
  '缪缪',
  '迈克高仕',
  '万宝龙',
  '宝格丽',
  '百年灵',
  '泰格豪雅',
  '施华洛世奇',
  '彪马',
  '范斯',
  '添柏岚',
  '马丁靴',
  '卡骆驰',
  '哥伦比亚',
  '魔声',
  '罗技',
  '佳明',
  '马歇尔',
  '安克',
  '世嘉',
  '得伟',
  '喜利得',
  '兰蔻',
  '魅可',
  '资生堂',
  '科颜氏',
  '风火轮',
  '万代',
  '嘉实多',
  '倍耐力',
  '美的',
  '荣耀',
  '联想',
  '波司登',
  '珀莱雅',
  '老凤祥',
  '纪梵希',
  '蔻依',
  '汤丽柏琦',
  '麦昆',
  '拉夫劳伦',
  '周仰杰',
  '鲁布托',
  '安德玛',
  '亚瑟士',
  '锐步',
  '霍卡',
  '巴塔哥尼亚',
  '鸿星尔克',
  '飞跃',
  '万国',
  '沛纳海',
  '宇舶',
  '理查德米勒',
  '天梭',
  '西铁城',
  '萧邦',
  '周生生',
  '阿玛尼',
  '薇诺娜',
  '一加',
  '谷歌',
  '森海塞尔',
  '雷蛇',
  '尼康',
  '适马',
  '影石',
  '华硕',
  '卡普空',
  '森贝儿',
  '普利司通',
  '电装',
  '美孚',
  '费斯托',
  '莱泽曼',
  '飞利浦',
  '凯膳怡',
  '石头科技',
  '马吉拉',
  '猿人头',
  '金鹅',
  '李维斯',
  '斐乐',
  '泰特利斯',
  '禧玛诺',
  '江诗丹顿',
  '积家',
  '斯沃琪',
  '尚美',
  '汤姆福特',
  '娇兰',
  '雪花秀',
  '惠普',
  '铁三角',
  '徕卡',
  '理光',
  '腾龙',
  '松下',
  '福禄克',
  '维氏',
  '孩之宝',
  '北极狐',
  '德龙',
  '酷彩',
  '奈斯派索',
  '横滨',
  '微软',
  '奥多比',
  '雅达利',
  '史克威尔',
  '杜嘉班纳',
  '美津浓',
  '真力时',
  '汉米尔顿',
  '宝诗龙',
  '娇韵诗',
  '馥蕾诗',
  '兰芝',
  '摩托罗拉',
  '戴尔',
  '闪迪',
  '奥林巴斯',
  '宝丽来',
  '舒尔',
  '漫步者',
  '科乐美',
  '三丽鸥',
  '好微笑',
  '固特异',
  '摩特',
  '实耐宝',
  '维他密斯',
  '斯麦格',
  '象印',
  '土拨鼠',
  '金霸王',
  '兄弟',
  '贝亲',
  '赫曼米勒',
  '双立人',
  '拉科斯特',
  '北面',
  '匡威',
  '鬼冢虎',
  '安踏',
  '祖玛珑',
  '花西子',
  '博世',
  '日默瓦',
  '芙拉',
  '浪琴',
  '精工',
  '海鸥表',
  '飞亚达',
  '勃肯',
  '萨洛蒙',
  '绿联',
  '贝玲妃',
  '完美日记',
  '倩碧',
  '田宫',
  '倍适登',
  '拓乐',
  '凯尼派克',
  '史丹利',
  '匹克',
  // added for test-v7
  '巴宝莉',
  '斯凯奇',
  '索康尼',
  '爱步',
  '御木本',
  '捷波朗',
  '水月雨',
  '科沃斯',
  '捷安特',
  '诺悠翩雅',
  '美诺',
  // added for test-v8
  '九阳',
  '追觅',
  '七工匠',
  '老蛙',
  '玲珑轮胎',
  '凯乐石',
  '石头扫地机',
  '卡骆驰',
  '健伍',
  '锐玩',
  // added for test-v9
  '夏普',
  '膳魔师',
  '乐扣乐扣',
  '小熊电器',
  '虎牌',
  '尚科宁',
  '红翼',
  '欧舒丹',
  // added for test-v10
  '芬达',
  '罗兰',
  '崔克',
  '闪电',
  '速联',
  '比安奇',
  '布鲁克斯',
  '世文',
  '菲斯卡',
  '具良治',
  '黑钻',
  '科勒曼',
  '小鹰',
  '多特',
  '猛犸象',
  '尤尼克斯',
  '百保力',
  '罗西尼',
  '豪利时',
  '蕾蒙威',
  '珐宝',
  '特福',
  '苏泊尔',
  '悦诗风吟',
  '珂丝艾丝',
  '朝鲜美女',
  '肌研',
  '理肤泉',
  '自然堂',
  '纳斯',
  '伊索',
  '蒂普提克',
  '百瑞德',
  '潘海利根',
  '玛丽之香',
  '多美卡',
  '摩比世界',
  '史泰福',
  '睿思',
  '卡坦岛',
  '宝可梦',
  '寿屋',
  '战锤',
  '安伯尼克',
  '米哈游',
  '网易',
  '育碧',
  '欧特克',
  '万兴',
  '斯坦伯格',
  '和来',
  '拜亚动力',
  '劲浪',
  '铂傲',
  '飞傲',
  '神牛',
  '蔡司',
  '麦太保',
  '良明',
  '斯蒂尔',
  '富世华',
  '百固',
  '嘉丁拿',
  // added for test-v11
  '雅马哈',
  '吉普森',
  '吉布森',
  '依班娜',
  '科音',
  '坎帕',
  '美利达',
  '贝德玛',
  '欧缇丽',
  '宝玑',
  '三叉',
  '藤次郎',
  '赫伦',
  '海菲曼',
  '太东',
  '康斯登',
  '梦倍路',
  '挪客',
  '攀索',
  '比乐蒂',
  '铂富',
  '小布',
  '大行',
  '魔音',
  '搜诺思',
  '蒂佳婷',
  '井田',
  '安海',
  '琢美',
  '东方双狮',
  '瑞士国铁',
  '欧皮耐尔',
  '梅丽莎',
  '高壹',
  // added for test-v12
  '百乐',
  '凌美',
  '诗乐',
  '思多嘉儿',
  '智高',
  '汤美天地',
  '克雷德',
  '卡雷拉',
  '帕索',
  '拉塔法',
  '欧拉裴',
  '鲨客',
  '温柔怪兽',
  '赫根',
  '魔力斯奇那',
  // added for test-v13
  '新秀丽',
  '途明',
  '欧姆龙',
  '博朗',
  '东方表',
  '雷达表',
  '辛恩',
  '微星',
  '宏碁',
  '海盗船',
  '韩泰',
  '罗德麦克风',
  '欧米伽',
  '迪桑特',
  '三宅一生',
  '阿迪',
  '科尔曼',
  // added for test-v14
  '达亿瓦',
  '乐伯乐',
  '车乐美',
  '胜家',
  '伯尔尼纳',
  '好璃奥',
  '摩洛哥油',
  '道通',
  '绿米',
  '思乐',
  '诺基亚',
  '欧珀',
  '维沃',
  // added for test-v17
  '九号',
  '纳恩博',
  '博士',
  '帕尼尼',
  '威世智',
  '蓝宝石',
  // added for test-v17
  '蝴蝶牌',
  '胜利',
  '泰摩',
  '福库',
  '重机',
  '百福',
  '圣石',
  '派诺特',
  '博格步',
  '赛百斯',
  '斑马牌',
  '派通',
  '峰力',
  '超级细胞',
  '威尔乌',
  // added for test-v17
  '锦湖',
  '伊罕',
  '爱慕',
  '玛黑兄弟',
  '沐瞳',
  '奥亚',
  '巴比丽丝',
  '华尔',
  '先锋',
  '阿布加西亚',
  '新井',
  // added for test-v18
  '哈博森',
  '拓竹',
  '创想三维',
  '倍思',
  '爱普生',
  '电小二',
  '正浩',
  '皇家',
  '渴望',
  '巅峰',
  '戴乐世',
  '福维克',
  '颂拓',
  '卡诗',
  '高丝',
  '谜尚',
  '卡巴斯基',
  '利优比',
  '凯驰',
  '泛音',
  '美膳雅',
  '领豪',
  '小佩',
  '百灵达',
  '托普斯',
  '好孩子',
  '拓峰',
  '玛吉斯',
  '拳头游戏',
  '游戏科学',
  '鹰角',
  '库洛',
  '魁匠',
];

const fails = [];
const warn = [];
const fail = (m) => fails.push(m);
const readJSON = (p) => JSON.parse(readFileSync(p, 'utf8'));
const readNd = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch {
        fail(`${p}:${i + 1}: bad JSON`);
        return {};
      }
    });

const schema = readJSON(join(B, 'brand-knowledge.schema.json'));
const brandsJson = readJSON(join(HERE, 'brands.json'));
const listings = readNd(join(HERE, 'listings.ndjson'));
const meta = readNd(join(B, 'meta.ndjson'));
const metaById = new Map(meta.map((m) => [m.id, m]));

// ---------------- 1. schema ----------------
function miniValidate(root, data) {
  const errs = [];
  const resolve = (ref) =>
    ref
      .replace('#/', '')
      .split('/')
      .reduce((o, k) => o[k], root);
  const v = (s, d, path) => {
    if (s.$ref) return v(resolve(s.$ref), d, path);
    if (s.enum && !s.enum.includes(d)) errs.push(`${path}: not in enum`);
    if (s.type) {
      const t = Array.isArray(d) ? 'array' : d === null ? 'null' : typeof d;
      const ok =
        s.type === t ||
        (s.type === 'number' && t === 'number') ||
        (s.type === 'integer' && Number.isInteger(d));
      if (!ok) return errs.push(`${path}: expected ${s.type}`);
    }
    if (typeof d === 'string') {
      if (s.minLength && d.length < s.minLength) errs.push(`${path}: too short`);
      if (s.pattern && !new RegExp(s.pattern).test(d)) errs.push(`${path}: pattern`);
      if (s.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(d)) errs.push(`${path}: date format`);
    }
    if (typeof d === 'number' && s.exclusiveMinimum !== undefined && !(d > s.exclusiveMinimum))
      errs.push(`${path}: <= ${s.exclusiveMinimum}`);
    if (Array.isArray(d) && s.items) {
      for (const [i, x] of d.entries()) v(s.items, x, `${path}/${i}`);
    }
    if (d && typeof d === 'object' && !Array.isArray(d)) {
      for (const r of s.required ?? []) if (!(r in d)) errs.push(`${path}: missing ${r}`);
      for (const [k, val] of Object.entries(d)) {
        if (s.properties?.[k]) v(s.properties[k], val, `${path}/${k}`);
        else if (s.additionalProperties === false) errs.push(`${path}: extra property ${k}`);
      }
    }
  };
  v(root, data, '');
  return errs;
}
for (const e of miniValidate(schema, brandsJson)) fail(`schema: ${e}`);
const req = createRequire(join(B, 'package.json'));
let ajvUsed = false;
try {
  const Ajv = req('ajv/dist/2020').default;
  const addFormats = req('ajv-formats').default ?? req('ajv-formats');
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(brandsJson)) for (const e of validate.errors) fail(`ajv: ${e.instancePath} ${e.message}`);
  ajvUsed = true;
} catch (e) {
  warn.push(`ajv not available (${e.code ?? e.message}); used the built-in validator only`);
}
if (brandsJson.version !== 'test-v18-2027-02-01') fail('brands.json version');
const brands = brandsJson.brands;
if (brands.length < 45 || brands.length > 55) fail(`brand count ${brands.length} outside 45-55`);
const invented = brands.filter((b) => b.works?.length);
if (invented.length !== 3) fail(`expected 3 invented rights holders with works, got ${invented.length}`);
for (const b of invented) {
  const before = b.works.filter((w) => w.discReleaseDate <= LISTING_DATE).length;
  const after = b.works.filter((w) => w.discReleaseDate > LISTING_DATE).length;
  if (!before || !after) fail(`${b.id}: needs works released before and after ${LISTING_DATE}`);
}
const ids = new Set();
for (const b of brands) {
  if (ids.has(b.id)) fail(`duplicate brand id ${b.id}`);
  ids.add(b.id);
  if ('nicknames' in b || 'commonWordTerms' in b)
    fail(`${b.id}: nicknames/commonWordTerms must not be filed`);
  for (const l of b.productLines ?? []) {
    if (l.referencePrice && l.referencePrice.max < l.referencePrice.min) fail(`${b.id}/${l.name}: max < min`);
    if (l.referencePrice && !RATES[l.referencePrice.currency])
      fail(`${b.id}/${l.name}: currency without rate`);
    if ('models' in l) fail(`${b.id}/${l.name}: deprecated models field`);
  }
  for (const c of b.categoryPrices ?? [])
    if (c.referencePrice.max < c.referencePrice.min) fail(`${b.id}: categoryPrices max < min`);
  for (const s of b.manufacturingCountries ?? []) if (!/^[A-Z]{2}$/.test(s)) fail(`${b.id}: country ${s}`);
}
const realBrands = brands.filter((b) => !b.works?.length);
const cats = new Set(realBrands.flatMap((b) => b.categories ?? []));
if (cats.size < 20) fail(`only ${cats.size} categories covered`);

// ---------------- 2. brand exclusion ----------------
// the copy kept with the corpus (identical to /work/briefs/excluded-brands.txt when the set was written)
const exclPath = join(B, 'excluded-brands.txt');
const excluded = [
  ...new Set(
    readFileSync(exclPath, 'utf8')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];
const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
const wordRe = (n) =>
  new RegExp(`(?<![a-z0-9])${norm(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
// "On" (the shoe brand) is also the English preposition; it is checked only in brand data, not in listing text.
const TEXT_SKIP = new Set(['On']);
const exclRes = excluded.map((n) => [n, wordRe(n)]);
const exclTextRes = exclRes.filter(([n]) => !TEXT_SKIP.has(n));
for (const b of brands) {
  for (const n of [b.name, ...(b.aliases ?? [])]) {
    for (const [x, re] of exclRes) {
      if (TEXT_SKIP.has(x)) {
        if (norm(n) === norm(x)) fail(`brand ${b.id} is excluded brand ${x}`);
        continue;
      }
      if (re.test(norm(n)) || re.test(norm(b.id.replace(/-/g, ' '))))
        fail(`brand ${b.id} matches excluded brand ${x} (${n})`);
    }
    for (const z of EXCLUDED_ZH)
      if (n.includes(z)) fail(`brand ${b.id} alias ${n} contains excluded Chinese name ${z}`);
  }
}
for (const l of listings) {
  const text = `${l.title}\n${l.description ?? ''}`;
  const t = norm(text);
  for (const [x, re] of exclTextRes) if (re.test(t)) fail(`${l.id}: mentions excluded brand ${x}`);
  for (const z of EXCLUDED_ZH) if (text.includes(z)) fail(`${l.id}: mentions excluded Chinese name ${z}`);
}

// ---------------- 3. fields, ids, labels ----------------
const CATS = new Set(schema.$defs.category.enum);
const allowedCur = (m, sf) => {
  if (ZH_MARKETS.has(m)) return ['CNY'];
  if (m === 'ebay') return ['USD', 'GBP', 'EUR', 'AUD', 'CAD'];
  if (m === 'amazon') return ['USD', 'GBP', 'EUR', 'JPY', 'CAD', 'AUD'];
  if (m === 'facebook-marketplace') return ['USD', 'CAD', 'GBP', 'AUD'];
  if (m === 'mercari') return sf === 'JP' ? ['JPY'] : ['USD'];
  if (m === 'depop') return ['GBP', 'USD'];
  if (m === 'vinted') return ['EUR', 'GBP'];
  if (m === 'carousell') return sf === 'HK' ? ['HKD'] : ['USD'];
  if (m === 'rakuten') return ['JPY'];
  return ['USD'];
};
const kindSet = new Set([...KINDS_POS, ...KINDS_NEG]);
listings.forEach((l, i) => {
  const want = `tv18-${String(i + 1).padStart(5, '0')}`;
  if (l.id !== want) fail(`line ${i + 1}: id ${l.id} != ${want}`);
  if (!metaById.has(l.id)) fail(`${l.id}: no meta`);
  if (!kindSet.has(l.kind)) fail(`${l.id}: unknown kind ${l.kind}`);
  const wantLabel = l.kind?.startsWith('pos.') ? 'counterfeit' : 'legit';
  if (l.label !== wantLabel) fail(`${l.id}: label ${l.label} for ${l.kind}`);
  for (const f of [
    'title',
    'label',
    'kind',
    'lang',
    'price',
    'currency',
    'quantity',
    'condition',
    'category',
    'shipFrom',
    'sellerId',
    'marketplace',
  ]) {
    if (l[f] === undefined || l[f] === null || l[f] === '') fail(`${l.id}: missing ${f}`);
  }
  if (!(typeof l.price === 'number' && l.price > 0)) fail(`${l.id}: price`);
  if (!RATES[l.currency]) fail(`${l.id}: currency ${l.currency}`);
  if (!Number.isInteger(l.quantity) || l.quantity < 1) fail(`${l.id}: quantity`);
  if (!['new', 'used', 'refurbished'].includes(l.condition)) fail(`${l.id}: condition`);
  if (!CATS.has(l.category)) fail(`${l.id}: category ${l.category}`);
  if (!/^[A-Z]{2}$/.test(l.shipFrom)) fail(`${l.id}: shipFrom`);
  if (!MARKETS.includes(l.marketplace)) fail(`${l.id}: marketplace ${l.marketplace}`);
  else if (!allowedCur(l.marketplace, l.shipFrom).includes(l.currency))
    fail(`${l.id}: currency ${l.currency} does not follow ${l.marketplace}/${l.shipFrom}`);
  if (ZH_MARKETS.has(l.marketplace) && !['CN', 'HK'].includes(l.shipFrom))
    fail(`${l.id}: ${l.marketplace} ships from ${l.shipFrom}`);
  if (l.description !== undefined && typeof l.description !== 'string') fail(`${l.id}: description`);
});

// ---------------- 4. lang, re-derived ----------------
const UNITS = new Set([
  'ml',
  'mm',
  'cm',
  'kg',
  'mah',
  'gb',
  'tb',
  'oz',
  'qt',
  'hz',
  'ghz',
  'mg',
  'xs',
  'xl',
  'xxl',
  'xxxl',
]);
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const names = new Set();
const addName = (s) => typeof s === 'string' && /[A-Za-z]/.test(s) && names.add(s);
for (const b of brands) {
  [b.name, ...(b.aliases ?? []), ...(b.protectedTerms ?? [])].forEach(addName);
  for (const l of b.productLines ?? [])
    [l.name, ...(l.aliases ?? []), ...(l.shortNames ?? []), ...(l.modelNumbers ?? [])].forEach(addName);
  for (const w of b.works ?? []) [w.title, ...(w.aliases ?? [])].forEach(addName);
}
const nameRes = [...names]
  .sort((a, b) => b.length - a.length)
  .map((n) => new RegExp(`(?<![A-Za-z0-9])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'gi'));
const englishWords = (text) => {
  let t = text;
  for (const re of nameRes) t = t.replace(re, ' ');
  return t
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !/\d/.test(w) && w.length >= 2 && !UNITS.has(w.toLowerCase()));
};
const deriveLang = (text) => (!HAN.test(text) ? 'en' : englishWords(text).length >= 2 ? 'mixed' : 'zh');
for (const l of listings) {
  const got = deriveLang(l.description ? `${l.title}\n${l.description}` : l.title);
  if (got !== l.lang) fail(`${l.id}: lang ${l.lang} but derived ${got}`);
  if (l.kind === 'pos.mixed_language' && deriveLang(l.title) !== 'mixed')
    fail(`${l.id}: mixed_language title is not mixed`);
  if (l.kind === 'pos.marker_zh' && l.lang === 'en') fail(`${l.id}: marker_zh in English`);
  if (l.kind === 'pos.marker_en' && l.lang !== 'en') fail(`${l.id}: marker_en not English`);
  if (l.kind === 'pos.brand_nickname_zh' && l.lang === 'en') fail(`${l.id}: nickname_zh in English`);
}

// ---------------- 5. brand knowledge lookups ----------------
const brandById = new Map(brands.map((b) => [b.id, b]));
const authorized = new Map();
for (const b of brands) for (const s of b.authorizedSellers ?? []) authorized.set(s, b.id);
const toUSD = (p, c) => p / RATES[c];
const lineRetail = (m) => {
  if (!m?.brandId || !m.lineName) return null;
  const l = brandById.get(m.brandId)?.productLines?.find((x) => x.name === m.lineName);
  if (!l) return null;
  return {
    line: l,
    brand: brandById.get(m.brandId),
    usd: toUSD((l.referencePrice.min + l.referencePrice.max) / 2, l.referencePrice.currency),
  };
};
const officialRes = (b) =>
  [b.name, ...(b.aliases ?? [])].map((n) =>
    HAN.test(n)
      ? { zh: n }
      : {
          re: new RegExp(
            `(?<![a-z0-9])${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`,
          ),
        },
  );
const hasOfficial = (b, title) =>
  officialRes(b).some((o) => (o.zh ? title.includes(o.zh) : o.re.test(title.toLowerCase())));

// ---------------- 6. per-kind rules ----------------
const band = (l, m, lo, hi, what) => {
  const r = lineRetail(m);
  if (!r) return fail(`${l.id}: ${l.kind} needs a known product line for the price band`);
  const ratio = toUSD(l.price, l.currency) / r.usd;
  if (ratio < lo - 1e-9 || ratio > hi + 1e-9)
    fail(`${l.id}: ${what} price ratio ${ratio.toFixed(3)} outside ${lo}-${hi}`);
  return ratio;
};
const ratioOf = (l, m) => {
  const r = lineRetail(m);
  return r ? toUSD(l.price, l.currency) / r.usd : null;
};
const stats = { descOnlyHigh: 0, descOnly: 0, nickFar: 0, nick: 0, secondAbove: 0 };
for (const l of listings) {
  const m = metaById.get(l.id) ?? {};
  const text = `${l.title}\n${l.description ?? ''}`;
  if (l.label === 'counterfeit' && authorized.has(l.sellerId))
    fail(`${l.id}: counterfeit listing from authorized seller ${l.sellerId}`);
  if (DISGUISE.has(l.kind)) {
    const b = brandById.get(m.brandId);
    if (!b) fail(`${l.id}: disguise kind without brand`);
    else if (hasOfficial(b, l.title)) fail(`${l.id}: official brand name or alias in ${l.kind} title`);
  }
  const r = lineRetail(m);
  switch (l.kind) {
    case 'pos.extreme_price': {
      band(l, m, 0.03, 0.1, 'extreme_price');
      if (l.condition !== 'new') fail(`${l.id}: extreme_price not new`);
      const cue = m.extremeCue; // generated rows and hand-written rows (annotated in _build/hand) alike
      {
        if (!['bulk', 'ship', 'colour', 'quality', 'factory'].includes(cue))
          fail(`${l.id}: extreme_price cue ${cue}`);
        const mfg = r?.line.manufacturingCountries ?? r?.brand.manufacturingCountries ?? [];
        if (cue !== 'bulk' && l.quantity > 2)
          fail(`${l.id}: extreme_price has a second cue (quantity ${l.quantity})`);
        if (cue === 'bulk' && l.quantity < 20) fail(`${l.id}: bulk cue with quantity ${l.quantity}`);
        if (cue !== 'ship' && !mfg.includes(l.shipFrom))
          fail(`${l.id}: extreme_price has a second cue (ships from ${l.shipFrom})`);
        if (cue === 'ship' && mfg.includes(l.shipFrom))
          fail(`${l.id}: ship cue but ships from a manufacturing country`);
        if (
          cue !== 'quality' &&
          /\b(good|high|premium|top|great) quality\b|品质好|质量很好|品质保证|质量上乘|做工好/i.test(text)
        )
          fail(`${l.id}: extreme_price has a quality claim too`);
        let noLine = text;
        if (r)
          for (const n of [r.line.name, ...(r.line.aliases ?? []), ...(r.line.shortNames ?? [])])
            noLine = noLine.split(n).join(' ');
        if (cue !== 'factory' && /factory|manufacturer|工厂|厂家/i.test(noLine))
          fail(`${l.id}: extreme_price has a factory claim too`);
        if (cue === 'colour' && r && (r.line.colours ?? []).some((c) => c.toLowerCase() === m.offColour))
          fail(`${l.id}: colour cue uses a produced colour`);
      }
      break;
    }
    case 'pos.weak_cues': {
      band(l, m, 0.3, 0.6, 'weak_cues');
      if (l.condition !== 'new') fail(`${l.id}: weak_cues not new`);
      {
        const n = m.weakCues?.length ?? 0;
        if (n < 2 || n > 3) fail(`${l.id}: weak_cues has ${n} cues`);
        const mfg = r?.line.manufacturingCountries ?? r?.brand.manufacturingCountries ?? [];
        if (m.weakCues?.includes('ship') && mfg.includes(l.shipFrom))
          fail(`${l.id}: ship cue but ships from a manufacturing country`);
        if (!m.weakCues?.includes('ship') && !mfg.includes(l.shipFrom)) fail(`${l.id}: undeclared ship cue`);
        if (m.weakCues?.includes('several') && l.quantity < 3)
          fail(`${l.id}: several cue with quantity ${l.quantity}`);
      }
      break;
    }
    case 'pos.description_only': {
      const ratio = band(l, m, 0.5, 1.2, 'description_only');
      stats.descOnly++;
      if (ratio >= 0.72 && ratio <= 1.0) stats.descOnlyHigh++;
      if (!l.description) fail(`${l.id}: description_only without description`);
      // the line's own names (e.g. a fragrance line called "REPLICA") are product names, not cues
      let cleanTitle = l.title;
      if (r)
        for (const n of [r.line.name, ...(r.line.aliases ?? []), ...(r.line.shortNames ?? [])])
          cleanTitle = cleanTitle.split(n).join(' ');
      if (
        /1:1|replica|copy|clone|\brep\b|\bUA\b|AAA|mirror(?!less)|dupe|batch|factory|OEM|overrun|whatsapp|telegram|wechat|\bDM\b|高仿|复刻|原单|精仿|一比一|莆田|纯原|尾单|微信|加V/i.test(
          cleanTitle,
        )
      )
        fail(`${l.id}: description_only title carries a cue`);
      break;
    }
    case 'pos.brand_nickname_zh': {
      stats.nick++;
      const ratio = ratioOf(l, m);
      if (ratio !== null && ratio <= 0.35) stats.nickFar++;
      break;
    }
    case 'pos.brand_abbrev_emoji': {
      const ratio = ratioOf(l, m);
      if (!(ratio !== null && ratio <= 0.2 + 1e-9) && l.quantity < 10 && !m.statedCue)
        fail(`${l.id}: abbrev_emoji without price/bulk/stated cue`);
      break;
    }
    case 'pos.brand_misspelled':
    case 'pos.brand_homoglyph': {
      const ratio = ratioOf(l, m);
      if (!(ratio !== null && ratio <= 0.3) && l.quantity < 10 && !m.statedCue)
        fail(`${l.id}: ${l.kind} without price/bulk/stated cue`);
      break;
    }
    case 'pos.prerelease_disc': {
      const b = brandById.get(m.brandId);
      const w = b?.works?.find((x) => x.title === m.work);
      if (!w) fail(`${l.id}: prerelease without a known work`);
      else if (!(w.discReleaseDate > LISTING_DATE)) fail(`${l.id}: work ${w.title} already released`);
      if (w && ![w.title, ...(w.aliases ?? [])].some((a) => l.title.toLowerCase().includes(a.toLowerCase())))
        fail(`${l.id}: work title not in listing title`);
      if (!['film-tv', 'music'].includes(l.category)) fail(`${l.id}: prerelease category ${l.category}`);
      break;
    }
    case 'pos.circumvention':
      if (!['game-consoles', 'software', 'video-games'].includes(l.category))
        fail(`${l.id}: circumvention category ${l.category}`);
      break;
    case 'neg.plain':
      if (r) band(l, m, 0.75, 1.25, 'plain');
      if (l.condition !== 'new') fail(`${l.id}: plain not new`);
      break;
    case 'neg.gray_market':
      band(l, m, 0.78, 1.05, 'gray_market');
      break;
    case 'neg.promotion':
      band(l, m, 0.5, 0.9, 'promotion');
      if (l.condition !== 'new') fail(`${l.id}: promotion not new`);
      break;
    case 'neg.authorized_seller': {
      if (authorized.get(l.sellerId) !== m.brandId)
        fail(`${l.id}: seller ${l.sellerId} not authorized for ${m.brandId}`);
      if (r) band(l, m, 0.3, 1.1, 'authorized');
      break;
    }
    case 'neg.negated_marker':
      if (r) band(l, m, 0.5, 1.1, 'negated');
      break;
    case 'neg.second_hand': {
      if (!['used', 'refurbished'].includes(l.condition))
        fail(`${l.id}: second_hand condition ${l.condition}`);
      const ratio = ratioOf(l, m);
      if (ratio !== null && ratio > 1) stats.secondAbove++;
      break;
    }
    case 'neg.used_console':
      if (l.condition !== 'used' || l.category !== 'game-consoles')
        fail(`${l.id}: used_console must be used game-consoles`);
      break;
    case 'neg.licensed_repro': {
      const b = brandById.get(m.brandId);
      const w = m.work ? b?.works?.find((x) => x.title === m.work) : null;
      if (m.work && !w) fail(`${l.id}: unknown work ${m.work}`);
      if (w && w.discReleaseDate > LISTING_DATE) {
        if (authorized.get(l.sellerId) !== b.id)
          fail(`${l.id}: pre-order of unreleased work from unauthorized seller`);
        const d = new Date(`${w.discReleaseDate}T00:00:00Z`);
        const stated = [
          w.discReleaseDate,
          `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`,
          d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
        ].some((s) => text.includes(s));
        if (!stated) fail(`${l.id}: pre-order does not state the release date`);
      }
      break;
    }
    default:
  }
  if (m.cueOffset === 0) fail(`${l.id}: inserted sentence is first in the boilerplate`);
}
if (stats.descOnly && stats.descOnlyHigh / stats.descOnly < 0.6)
  fail(`description_only: only ${stats.descOnlyHigh}/${stats.descOnly} at 72-100 % of retail`);
if (stats.nick && stats.nickFar / stats.nick < 0.7)
  fail(`nickname_zh: only ${stats.nickFar}/${stats.nick} far below retail`);
if (stats.secondAbove < 5) fail(`second_hand: only ${stats.secondAbove} above retail`);

// ---------------- 7. counts ----------------
const count = (f) => listings.filter(f).length;
const N = listings.length;
if (N < 3000) fail(`only ${N} listings`);
const perKind = {};
const handPerKind = {};
for (const l of listings) {
  perKind[l.kind] = (perKind[l.kind] ?? 0) + 1;
  if (metaById.get(l.id)?.hand) handPerKind[l.kind] = (handPerKind[l.kind] ?? 0) + 1;
}
for (const k of KINDS_POS) {
  if (!(perKind[k] >= 85 && perKind[k] <= 115)) fail(`${k}: ${perKind[k]} not in 85-115`);
  if (!((handPerKind[k] ?? 0) >= 25)) fail(`${k}: only ${handPerKind[k] ?? 0} hand-written`);
}
for (const k of KINDS_NEG) {
  const [lo, hi] = k === 'neg.plain' ? [270, 330] : [100, 125];
  if (!(perKind[k] >= lo && perKind[k] <= hi)) fail(`${k}: ${perKind[k]} not in ${lo}-${hi}`);
  if (!((handPerKind[k] ?? 0) >= 10)) fail(`${k}: only ${handPerKind[k] ?? 0} hand-written (want >= 10)`);
}
const handTotal = Object.values(handPerKind).reduce((a, b) => a + b, 0);
if (handTotal < 620) fail(`only ${handTotal} hand-written rows (want >= 620)`);
const handDescs = listings.filter((l) => metaById.get(l.id)?.hand && l.description).length;
if (handDescs < 120) fail(`only ${handDescs} hand-written descriptions (want >= 120)`);
const handLong = listings.filter(
  (l) => metaById.get(l.id)?.hand && l.description && Buffer.byteLength(l.description) >= 600,
).length;
if (handLong < 10) fail(`only ${handLong} hand-written descriptions of 600+ bytes (want >= 10)`);
const en = count((l) => l.lang === 'en') / N;
const cf = count((l) => l.label === 'counterfeit') / N;
const withDesc = listings.filter((l) => l.description);
const longDesc = withDesc.filter((l) => {
  const n = Buffer.byteLength(l.description);
  return n >= 800 && n <= 3000;
});
if (en < 0.52 || en > 0.62) fail(`English share ${en.toFixed(3)}`);
const zhShare = count((l) => l.lang === 'zh') / N;
if (zhShare < 0.35 || zhShare > 0.42) fail(`Chinese share ${zhShare.toFixed(3)}`);
if (cf < 0.45 || cf > 0.5) fail(`counterfeit share ${cf.toFixed(3)}`);
if (withDesc.length / N < 0.42 || withDesc.length / N > 0.58)
  fail(`description share ${(withDesc.length / N).toFixed(3)}`);
if (longDesc.length / withDesc.length < 0.68 || longDesc.length / withDesc.length > 0.82)
  fail(`long-description share ${(longDesc.length / withDesc.length).toFixed(3)}`);
for (const l of withDesc)
  if (Buffer.byteLength(l.description) > 3000) fail(`${l.id}: description over 3000 bytes`);
const titles = new Set();
for (const l of listings) {
  if (titles.has(l.title)) fail(`${l.id}: duplicate title`);
  titles.add(l.title);
}

// ---------------- report ----------------
const pct = (x) => `${(100 * x).toFixed(1)}%`;
console.log(
  `brands: ${brands.length} (${realBrands.length} real + ${invented.length} invented), categories: ${cats.size}, schema: ${ajvUsed ? 'ajv + built-in' : 'built-in'}`,
);
console.log(
  `listings: ${N}, counterfeit ${pct(cf)}, en ${pct(en)}, zh ${pct(count((l) => l.lang === 'zh') / N)}, mixed ${pct(count((l) => l.lang === 'mixed') / N)}`,
);
console.log(
  `with description: ${withDesc.length} (${pct(withDesc.length / N)}), of which 800-3000 bytes: ${longDesc.length} (${pct(longDesc.length / withDesc.length)})`,
);
console.log(
  `hand-written: ${handTotal}, with a hand-written description: ${handDescs} (${handLong} of 600+ bytes)`,
);
for (const k of [...KINDS_POS, ...KINDS_NEG])
  console.log(`  ${k.padEnd(32)} ${String(perKind[k] ?? 0).padStart(4)}  hand ${handPerKind[k] ?? 0}`);
for (const w of warn) console.log(`warning: ${w}`);
if (fails.length) {
  console.log(`\n${fails.length} FAILURES`);
  for (const f of fails.slice(0, 200)) console.log(`  ${f}`);
  process.exit(1);
}
console.log('\nall checks passed');
