/**
 * Families of the trade's coded words, composed from their parts so that a seller's variant of one
 * is covered with the others, and contact handles that move the sale off the platform.
 */
import type { KeywordRule } from '../types.ts';
import { cross } from './composed-phrases.ts';
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
 * WeChat as sellers disguise it (vx, v信, 薇信, wx) with an offer to add, look or talk there ("加vx",
 * "vx看细节"), and handles of other messengers in words ("LINEで", "line id", "on my ig"). Symbols
 * are separators to the normalizer ("tg @x", "WA +852" read as "tg", "wa"), so handles written with
 * them are not patterns: "TG-7" is a camera.
 */
const WECHAT_ZH = ['vx', 'v信', '薇信', 'wx', '微x'];
const REACH_ZH = ['加', '私', '联系', '找', '添加'];
const LOOK_ZH = ['看细节', '看实拍', '看图', '看实物', '看视频', '详聊', '聊', '咨询', '发图'];
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

/** Japanese says "not a copy" after the word: コピー品ではありません. */
const JAPANESE_NEGATED = cross(
  ['コピー品', 'コピー商品', 'スーパーコピー', '偽物', 'ニセモノ', 'レプリカ品'],
  ['ではありません', 'ではない', 'じゃない', 'ではございません', 'なし', '無し'],
  '',
);

export const CODED_FAMILY_RULES: KeywordRule[] = [
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
];
