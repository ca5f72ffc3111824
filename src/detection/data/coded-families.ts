/**
 * Families of the trade's coded words, composed from their parts so that a seller's variant of one
 * is covered with the others, and contact handles that move the sale off the platform.
 */
import type { KeywordRule } from '../types.ts';
import { cross } from './composed-phrases.ts';
import { COUNTRY_NAMES_ZH } from './countries-zh.ts';
import { rules } from './default-rules-more.ts';

/**
 * Made without the brand's leave, said of a version or a production run: "unauthorized version",
 * "unofficial production", "unlicensed copy" (a licence holder would not call its goods so).
 */
const WITHOUT_LEAVE = [
  'unauthorized',
  'unauthorised',
  'unofficial',
  'unlicensed',
  'unlicenced',
  'non-licensed',
];
const RUN_WORDS = [
  'version',
  'versions',
  'production',
  'copy',
  'copies',
  'edition',
  'batch',
  'run',
  'replica',
];

/** The rebuilt or recast copy in German, the garage-kit trade and Japanese. */
const COPY_TRADE_WORDS = [
  'nachbau-version',
  'nachbau version',
  'nachbauversion',
  'recast',
  'recasts',
  're-cast',
  'recast kit',
  // Japanese: コピー品 / コピー商品 (copy goods), スーパーコピー (super copy), 偽物 (fake), レプリカ品
  'コピー品',
  'コピー商品',
  'スーパーコピー',
  '偽物',
  'ニセモノ',
  'レプリカ品',
];

/**
 * Chinese: said to differ from the genuine (区别正品, 有别于正品: "to be told apart from the
 * genuine", a seller's way of saying it is not; not 区分正品, which is also how guides to spotting
 * fakes begin) and goods of the wholesale stalls (档口货, 档口版).
 */
const NOT_THE_GENUINE_ZH = [
  ...cross(['区别', '区别于', '有别于', '不同于'], ['正品', '专柜', '原版', '官方'], ''),
  '档口货',
  '档口版',
  '档口款',
  '档口出',
];

/**
 * WeChat as sellers disguise it (vx, v信, 薇信, wx; 绿泡泡 "the green bubble", its icon) with an offer to add, look or talk there ("加vx",
 * "vx看细节"), and handles of other messengers in words ("LINEで", "line id", "on my ig"). Symbols
 * are separators to the normalizer ("tg @x", "WA +852" read as "tg", "wa"), so handles written with
 * them are not patterns: "TG-7" is a camera.
 */
const WECHAT_ZH = ['vx', 'v信', '薇信', 'wx', '微x', '绿泡泡', '绿色泡泡', '威信', '维信'];
const REACH_ZH = ['加', '加我', '私', '联系', '找', '添加'];
const LOOK_ZH = ['看细节', '看实拍', '看图', '看实物', '看视频', '详聊', '聊', '咨询', '发图', '看货'];
const HANDLES = [
  'line id',
  'lineで',
  'line で',
  'lineにて',
  'lineまで',
  'kakaotalk',
  'kakao id',
  'on my ig',
  'my insta',
  'dm b4',
];

/**
 * The trade's words for a copy as good as the maker's, read with a brand or one of its lines in the
 * listing (a line's model number alone is enough: "<model> 同模"): made in the same mould or on the
 * same line (同模, 同产线), by a big workshop (大厂货, 大厂出品), of the genuine's materials (对版料,
 * 原版料), a high version (高版, 高货) or "the version to insist on" (认准版本), a cheap stand-in at
 * the top of its range (平替顶配).
 */
const SAME_SOURCE_ZH = ['同模', '同模具', '同开模', '同款模具', '同产线', '同生产线', '同工厂', '同厂出'];
const BIG_WORKSHOP_ZH = cross(['大厂'], ['货', '出品', '做工', '品质', '工艺', '原料'], '');
const GENUINE_STUFF_ZH = cross(['对版', '原版', '同版', '原装'], ['料', '用料', '面料', '材料', '皮料'], '');
const HIGH_VERSION_ZH = [
  '高版',
  '高货',
  '高版货',
  ...cross(['认准'], ['版本', '版', '此版本', '这个版本', '本店版本'], ''),
  ...cross(['平替', '国产平替'], ['顶配', '版', '款', '顶配版'], ''),
];
/** 高货 is also the jade trade's word for fine jadeite. */
const JADE_ZH = ['翡翠', '玉', '玉石', '和田玉', '冰种', '种水', 'jade'];

/**
 * "Just the same" said after a line or the brand in a title ("<model> 奶瓶 一样的", "<line> same same
 * but different"): alone a weak claim (a buyer's two cups may be "一样的"), so it weighs like a weak
 * cue and only beside the brand or line.
 */
const JUST_THE_SAME = ['一样的', '一模一样的', '一样滴', 'same same', 'same same but different'];

/**
 * The English winks of the trade with a brand: "best batch", "top batch" (the replica trade's
 * production runs), an "Asia reprint" of trading cards, "alternative sourcing"; and "mirror quality"
 * as the European marketplaces write it (qualité miroir, qualità specchio, calidad espejo,
 * Spiegelqualität); Indonesian "KW" grades (KW super, KW1, barang KW); replica in French, German,
 * Turkish, Polish and Indonesian spelling (réplique, Replika).
 */
const BATCH_WINKS_EN = cross(['best', 'top', 'newest', 'latest', 'premium'], ['batch', 'batches'], ' ');
const REPRINT_EN = cross(
  ['asia', 'asian', 'chinese', 'china', 'overseas', 'unofficial'],
  ['reprint', 'reprints', 'print run'],
  ' ',
);
const SOURCING_EN = cross(
  ['alternative', 'alternate', 'alt', 'grey', 'gray', 'side'],
  ['sourcing', 'sourced', 'source'],
  ' ',
);
const MIRROR_EU = [
  'qualité miroir',
  'qualite miroir',
  'copie miroir',
  'qualità specchio',
  'copia specchio',
  'calidad espejo',
  'copia espejo',
  'qualidade espelho',
  'cópia espelho',
  'spiegelqualität',
  'spiegel qualität',
  'spiegelkopie',
  'kualitas mirror',
  'ayna kalite',
  'ayna kalitesi',
];
const KW_GRADES_ID = [
  ...cross(['kw'], ['super', 'premium', 'ori', 'original', 'grade a', 'top', 'mirror'], ' '),
  'kw1',
  'super kw',
  'barang kw',
  'kualitas kw',
  'grade kw',
];
/** Said negated in the same languages ("pas une réplique", "keine Replika", "bukan KW", "replika değil"). */
const NOT_A_COPY_EU = [
  ...cross(
    ['pas une', 'pas de', 'pas des', 'aucune', 'jamais une'],
    ['réplique', 'répliques', 'copie miroir'],
    ' ',
  ),
  ...cross(['keine', 'kein', 'nicht'], ['replika', 'replikat', 'spiegelkopie'], ' '),
  ...cross(['bukan', 'tidak', 'bukan barang'], ['kw', 'replika', 'kw super'], ' '),
  ...cross(['replika', 'kw'], ['değil', 'değildir'], ' '),
];
const REPLICA_EU = ['réplique', 'répliques', 'replika', 'replikas', 'replike', 'replikat', 'replikate'];

/** The price a reseller pays the wholesaler (拿货价, 进货价, 批发价), in the marketplaces' languages. */
const TRADE_PRICE = [
  ...cross(['拿货', '进货', '批发', '代理', '档口', '出货'], ['价', '价格'], ''),
  'trade price',
  'reseller price',
  'prix de gros',
  'prix grossiste',
  'großhandelspreis',
  'händlerpreis',
  'precio mayorista',
  'precio de mayoreo',
  "prezzo all'ingrosso",
  'prezzo ingrosso',
  'preço de atacado',
  'toptan fiyat',
  'toptan fiyatına',
  'harga grosir',
  'harga reseller',
];

/**
 * The real pictures or the details shown elsewhere: in the seller's group (进粉丝群看细节, 实拍加群看),
 * through customer service (实拍图找客服), WeChat as a bare "v" ("+V看细节": "+" is a separator), on
 * the seller's Instagram ("link in bio", "écris-moi sur Insta pour les vraies photos").
 */
const GROUP_ZH = cross(['进', '加', '入'], ['粉丝群', 'vip群', '微信群', 'qq群', '群'], '');
const PHOTOS_ZH = ['实拍', '实拍图', '实物图', '细节图', '真图', '实拍视频'];
const ELSEWHERE_ZH = ['找客服', '问客服', '私聊', '私信', ...GROUP_ZH, '群里看', '群看'];
const SOCIAL_EU = [
  'link in bio',
  'link in my bio',
  'link in profile',
  'link in my profile',
  'on my instagram',
  'check my ig',
  'sur insta',
  'sur instagram',
  'sur mon insta',
  'su insta',
  'su instagram',
  'en mi insta',
  'en instagram',
  'auf insta',
  'auf instagram',
  'no insta',
  'pour les vraies photos',
  'pour de vraies photos',
  'pour les photos réelles',
  'per le foto reali',
  'para fotos reales',
  'für echte fotos',
];

/** Japanese says "not a copy" after the word: コピー品ではありません. */
const JAPANESE_NEGATED = cross(
  ['コピー品', 'コピー商品', 'スーパーコピー', '偽物', 'ニセモノ', 'レプリカ品'],
  ['ではありません', 'ではない', 'じゃない', 'ではございません', 'なし', '無し'],
  '',
);

/**
 * The "market" version (市场版, 市场货): goods of the wholesale market, not the brand's counter, and
 * "market grade" as the English-writing markets say it. A region before it names a genuine regional
 * edition ("欧洲市场版", "国内市场版"), not a copy.
 */
const MARKET_VERSION_ZH = ['市场版', '市场货', '市场款', '市场版本'];
const MARKET_REGIONS_ZH = [
  ...Object.values(COUNTRY_NAMES_ZH).flat(),
  ...['国内', '海外', '国际', '欧洲', '欧美', '北美', '亚洲', '东南亚', '中东', '内地', '大陆', '全球'],
];
const MARKET_GRADE_EN = cross(['market', 'street'], ['grade', 'quality', 'copy'], ' ');

/**
 * A copy's grade as the trade writes it: a grade mark with the word for quality or for the line
 * ("A1 quality", "linha A", "calidad 1.1"), "of the original's type" (tipo original) and "the same
 * as the shop's" (igual à da loja, same as outlet piece): a genuine item is graded against no
 * original. Japanese and Korean grade copies by a letter with 級/급 (N級品, SA급) or call them
 * "mirror grade" and "genuine grade" (미러급, 정품급); not the bare S급 of used goods' condition.
 */
const GRADE_MARKS = ['a1', 'aa', 'aaa', '1.1', '1:1', 'triple a'];
/** The word for quality in the marketplaces' other languages (copy-markers.ts reads it too). */
export const QUALITY_WORDS_ABROAD = [
  'calidad',
  'qualidade',
  'calidade',
  'qualità',
  'qualité',
  'kalite',
  'kualitas',
];
const GRADE_WORDS = ['quality', 'grade', ...QUALITY_WORDS_ABROAD];
const GRADES = [
  ...cross(GRADE_MARKS, GRADE_WORDS, ' '),
  ...cross(GRADE_WORDS, GRADE_MARKS, ' '),
  ...cross(['linha', 'línea', 'linea'], ['a', 'aa', 'aaa', 'a1', '1.1', '1:1'], ' '),
  ...cross(['tipo', 'estilo'], ['original', 'originale'], ' '),
  ...cross(
    ['igual', 'idéntico', 'idêntico', 'idêntica', 'idéntica'],
    ['à da loja', 'ao da loja', 'da loja', 'a la de tienda', 'al de tienda', 'que en tienda', 'que na loja'],
    ' ',
  ),
  ...cross(['same as'], ['outlet piece', 'outlet', 'the outlet', 'the outlet one', 'outlet stock'], ' '),
  'n級',
  'n級品',
  's級品',
  'sa級',
  'sa級品',
  'sa급',
  '미러급',
  '정품급',
];
/** Condition grades of used goods in Japanese and Korean: beside them S級品 is a used item's grade. */
const USED_GOODS = ['中古', '美品', '使用感', '중고', '사용감', 'used'];

/**
 * The same material and the same version as the genuine (同料同版, 同版同料, 原料原版): the claim of a
 * copy made to the original's pattern.
 */
const SAME_STUFF_SAME_VERSION_ZH = [
  ...cross(['同料', '原料', '同皮', '原皮', '同面料'], ['同版', '原版', '同模']),
  ...cross(['同版', '原版', '同模'], ['同料', '原料', '同皮', '原皮']),
];

/** Trading cards printed to stand in for the real ones ("printed proxies", "proxy deck"). */
const PROXY_CARDS = ['proxies', 'proxy card', 'proxy cards', 'proxy deck', 'proxy decks', 'proxy grade'];

export const CODED_FAMILY_RULES: KeywordRule[] = [
  ...rules('coded', 0.85, MARKET_VERSION_ZH, {
    needsBrand: true,
    innocentContexts: cross(MARKET_REGIONS_ZH, MARKET_VERSION_ZH),
  }),
  ...rules('coded', 0.85, [...MARKET_GRADE_EN, ...GRADES, ...SAME_STUFF_SAME_VERSION_ZH], {
    needsBrand: true,
    innocentNearby: USED_GOODS,
  }),
  ...rules('coded', 0.85, PROXY_CARDS, { needsBrand: true, categories: ['toys', 'video-games'] }),
  ...rules('coded', 0.85, cross(WITHOUT_LEAVE, RUN_WORDS, ' '), { needsBrand: true }),
  ...rules('coded', 0.85, COPY_TRADE_WORDS, { needsBrand: true, innocentContexts: JAPANESE_NEGATED }),
  ...rules('coded', 0.85, NOT_THE_GENUINE_ZH, { needsBrand: true }),
  ...rules(
    'contact_offsite',
    0.42,
    [...cross(REACH_ZH, WECHAT_ZH, ''), ...cross(WECHAT_ZH, LOOK_ZH, ''), ...HANDLES].filter(
      (p, i, all) => all.indexOf(p) === i,
    ),
    { needsBrand: true },
  ),
  ...rules(
    'coded',
    0.6,
    [...SAME_SOURCE_ZH, ...BIG_WORKSHOP_ZH, ...GENUINE_STUFF_ZH, ...HIGH_VERSION_ZH, ...BATCH_WINKS_EN],
    { needsBrand: true, innocentNearby: JADE_ZH },
  ),
  ...rules('coded', 0.2, JUST_THE_SAME, {
    needsBrand: true,
    brandWithin: 4,
    brandBefore: true,
    lineBefore: true,
    titleOnly: true,
    innocentContexts: ['不一样的', '不太一样的'],
  }),
  ...rules('coded', 0.6, [...REPRINT_EN, ...SOURCING_EN], { needsBrand: true }),
  ...rules('marker', 0.9, [...MIRROR_EU, ...KW_GRADES_ID, ...REPLICA_EU], {
    needsBrand: true,
    innocentContexts: NOT_A_COPY_EU,
  }),
  ...rules('factory_direct', 0.37, TRADE_PRICE),
  ...rules(
    'contact_offsite',
    0.42,
    [
      ...cross(['v'], LOOK_ZH, ''),
      ...GROUP_ZH.filter((g) => g !== '进群'),
      ...cross(PHOTOS_ZH, ELSEWHERE_ZH, ''),
      ...SOCIAL_EU,
    ],
    { needsBrand: true },
  ),
];
