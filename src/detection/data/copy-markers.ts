/**
 * Copy markers of the nineteenth round, composed as grammar rather than phrases: Chinese 仿
 * ("imitation") as a predicate or after a grade word (仿的, 高端仿, 顶级仿), "not the genuine"
 * with what the genuine is (非原厂正品, 不是专柜正品), the claim that the copy passes an
 * authentication (过鉴定版, 可过验货, 专柜验不出, 细节全对), grade codes of the genuine (ZP级 "zheng
 * pin", 正品级别), "first tier" / "tier 1" copies and letter-digit grades in the marketplaces'
 * languages ("calidad G5", "qualidade G3"). Each family carries its innocent twins: 仿真 (realistic),
 * 仿古 (antique-style), 仿皮 (faux leather), 相仿 (alike), 已过鉴定 (a used item authenticated), the
 * first tier of a cake stand or a plan.
 */

import type { KeywordRule } from '../types.ts';
import { QUALITY_WORDS_ABROAD } from './coded-families.ts';
import { cross } from './composed-phrases.ts';
import { rules } from './default-rules-more.ts';

/**
 * What 仿 imitates when it is a material or a style, not a brand's goods: 仿真 (realistic), 仿古
 * (antique-style), 仿生 (bionic), 仿皮 / 仿木 / 仿瓷 / 仿大理石 (faux leather, wood, porcelain, marble),
 * 仿宋 (a typeface), 仿手工 (hand-made look), 仿包浆 (a faked patina of the antiques trade).
 */
const IMITATED_MATERIALS_ZH = [
  '仿真',
  '仿古',
  '仿生',
  '仿皮',
  '仿木',
  '仿瓷',
  '仿石',
  '仿玉',
  '仿金',
  '仿银',
  '仿铜',
  '仿大理石',
  '仿竹',
  '仿藤',
  '仿麻',
  '仿丝',
  '仿毛',
  '仿羊',
  '仿鹿',
  '仿鳄',
  '仿蛇',
  '仿水晶',
  '仿珍珠',
  '仿钻',
  '仿宋',
  '仿手工',
  '仿实木',
  '仿布',
  '仿砖',
  '仿包浆',
  '仿旧',
  '仿麂',
];

/** Grade words said before 仿 of a copy ("高端仿", "顶级仿", "原版仿"); 高仿, 精仿 are rules of their own. */
const GRADE_BEFORE_FANG_ZH = [
  '高端',
  '顶级',
  '顶',
  '超',
  '高档',
  '精品',
  '原版',
  '完美',
  '极致',
  '大牌',
  '高级',
];
const GRADED_FANG_ZH = cross(GRADE_BEFORE_FANG_ZH, ['仿']);
/** The copy grades written with 仿 that are rules of their own: inside them 仿的, 仿鞋 are theirs. */
const COPY_GRADES_ZH = ['高', '精', '超', '顶', '模'];

/** "Not the genuine", with what the genuine is: 非原厂正品, 不是专柜正品, 并非官方正版. */
const GENUINE_SOURCES_ZH = [
  '原厂',
  '原装',
  '官方',
  '专柜',
  '正规',
  '品牌',
  '官网',
  '正规渠道',
  '专卖店',
  '原版',
];
const NOT_THE_GENUINE_ZH = cross(
  ['非', '不是', '并非', '并不是'],
  cross(GENUINE_SOURCES_ZH, ['正品', '正版', '真品']),
);
/** A promise, not an admission: "非原厂正品包退" (refunded if it is not the genuine), 假一赔十. */
const REFUND_PROMISE_ZH = ['包退', '假一赔', '假一罚', '全额退', '退款', '保真', '怕', '担心', '如果', '如'];

/**
 * The copy said to pass an authentication: 过鉴定版, 可过鉴定, 稳过验货, 能过专柜验, 包过鉴定; and said
 * to be beyond telling apart: 专柜验不出, 鉴定不出来, 分辨不出真假, 真假难辨. A used item "已过鉴定",
 * "通过鉴定", "经过鉴定" (it was authenticated) is its innocent twin, and so is the existing 过验.
 */
const CHECKS_ZH = ['鉴定', '鉴别', '验货', '专柜验', '专柜鉴定', '得物鉴定', '毒鉴定', '机构鉴定'];
const PASSES_CHECK_ZH = [
  ...cross(['可过', '能过', '稳过', '包过', '保过', '随便过', '轻松过'], [...CHECKS_ZH, '验']),
  // the check first: 鉴定可过, 验货稳过, 专柜验能过
  ...cross(CHECKS_ZH, ['可过', '能过', '稳过', '包过', '保过', '随便过', '轻松过']),
  ...cross(['过'], cross(CHECKS_ZH, ['版', '级', '款', '货', '版本'])),
  '过验级',
  '过验款',
  '过验货',
];
const AUTHENTICATED_ZH = [
  ...cross(['已', '已经', '已经过', '通', '经', '均已', '都已'], cross(['过'], [...CHECKS_ZH, '验'])),
  ...cross(['通过', '经过'], [...CHECKS_ZH]),
];
const BEYOND_TELLING_ZH = [
  ...cross(['验', '鉴定', '鉴别', '专柜验', '柜姐验', '分辨', '辨别', '区分'], ['不出', '不出来']),
  '真假难辨',
  '难辨真假',
  '以假乱真',
];
/** Every detail right: 细节全对, 字体都对, 钢印全对 (of a copy; a genuine item is not said to be right). */
const DETAILS_RIGHT_ZH = cross(
  ['细节', '字体', '钢印', '走线', '五金', '芯片', '标', '标签', '包装'],
  ['全对', '都对', '全部对', '全部正确', '全都对'],
);

/**
 * The genuine's grade: ZP级 (the initials of 正品, "zheng pin"), 正品级别, 官方级, as a copy's grade; a
 * genuine item is no grade of itself (专柜级 is a rule already).
 */
const GENUINE_GRADE_ZH = [...cross(['zp', 'z p'], ['级', '级别', '版', '级品质']), '正品级别', '正品级品质'];

/**
 * The top tier of the copy trade ("first tier", "1st tier", "tier 1", "tier one"; "top tier" is a rule
 * already), with the innocent tiers nearby: a cake stand, a shelf, a plan, a sponsor, a rank.
 */
const FIRST_TIER_EN = ['first tier', 'first-tier', '1st tier', 'tier 1', 'tier one', 'tier-1', 'tier i'];
const INNOCENT_TIERS = [
  'cake',
  'stand',
  'tiered',
  'tiers',
  'tray',
  'shelf',
  'shelves',
  'rack',
  'wedding',
  'layer',
  'layers',
  'bunk',
  'plan',
  'membership',
  'subscription',
  'sponsor',
  'supplier',
  'support',
  'reward',
  'rewards',
  'level',
  'rank',
  'ranked',
  'league',
  'account',
  'capital',
  'bank',
  'seat',
  'seats',
  'seating',
  'ticket',
  'tickets',
];

/**
 * A letter-digit copy grade after the word for quality in the marketplaces' other languages
 * ("calidad G5", "qualidade G3", "kalite G1"); English "quality" is not among them (a phone "G5").
 */
const QUALITY_WORDS_INTL = [...QUALITY_WORDS_ABROAD, 'jakość'];
const G_GRADES = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7', 'g8', 'g9', 'g10'];

export const COPY_MARKER_RULES: KeywordRule[] = [
  // 仿 as a predicate ("仿的，手感好"): not 模仿的, 效仿的 ("imitated"), 相仿的 ("alike")
  ...rules('coded', 0.85, ['仿的'], {
    needsBrand: true,
    // inside 高仿的 it is 高仿's, which reads its own negation ("非高仿的")
    innocentContexts: ['效仿的', '相仿的', ...cross(COPY_GRADES_ZH, ['仿的'])],
    innocentNearby: ['模型', '道具', '玩具枪', 'cosplay'],
  }),
  // a grade word before 仿 ("高端仿", "顶级仿"): not before a material or style (高端仿真, 超仿古)
  ...rules('coded', 0.9, GRADED_FANG_ZH, {
    needsBrand: true,
    innocentContexts: cross(GRADE_BEFORE_FANG_ZH, IMITATED_MATERIALS_ZH),
    innocentNearby: ['模型', '道具'],
  }),
  // 仿 + the goods copied: 仿鞋, 仿表 (not 仿表情 "mimic faces"; not 仿包, which spaces make of "高仿 包邮")
  ...rules('coded', 0.9, ['仿鞋', '仿表'], {
    needsBrand: true,
    innocentContexts: ['仿表情', '模仿表', ...cross(COPY_GRADES_ZH, ['仿鞋', '仿表'])],
  }),
  ...rules('coded', 0.9, NOT_THE_GENUINE_ZH, {
    needsBrand: true,
    innocentNearby: REFUND_PROMISE_ZH,
  }),
  // 过验 ("passes the check") of old, with the used item authenticated as its innocent twin (已过验)
  ...rules('coded', 0.95, ['过验'], { innocentContexts: AUTHENTICATED_ZH }),
  ...rules('coded', 0.9, [...PASSES_CHECK_ZH, ...BEYOND_TELLING_ZH, ...DETAILS_RIGHT_ZH], {
    needsBrand: true,
    innocentContexts: AUTHENTICATED_ZH,
  }),
  ...rules('coded', 0.85, GENUINE_GRADE_ZH, { needsBrand: true }),
  ...rules('coded', 0.85, FIRST_TIER_EN, { needsBrand: true, innocentNearby: INNOCENT_TIERS }),
  ...rules('coded', 0.85, cross(QUALITY_WORDS_INTL, G_GRADES, ' '), { needsBrand: true }),
];
