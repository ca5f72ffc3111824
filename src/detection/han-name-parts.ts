/**
 * The name proper of a brand's Chinese name: what is left when a country in front ("韩国后" is Korea's
 * 后) and a generic word behind ("小熊电器" is 小熊 the appliance maker, "麒麟珠宝" 麒麟 the jeweller,
 * "吉田包" 吉田's bags) are taken off. Rights holders register such names whole; sellers and shops
 * write the name proper alone, which is the brand's own name, not a name cut short, and a character
 * swapped in the generic part, or a name proper swapped away, leaves no misspelling of the brand
 * ("吉田官方" is 吉田 + 官方, "韩国免税店" is Korea + duty-free).
 */
import { CATEGORY_IDS, CATEGORY_WORDS } from './data/categories.ts';
import { COUNTRY_ALIASES } from './data/vocabulary.ts';

/**
 * Words that say what kind of company or goods a name is, behind the name: the Chinese words of
 * every category (手表, 珠宝, 眼镜...) and the words of company names, in Simplified and Traditional
 * forms, with the one-character words of goods that end shop and brand names (包 bags, 表 watches).
 */
const COMPANY_WORDS = [
  '电器',
  '電器',
  '电子',
  '電子',
  '科技',
  '集团',
  '集團',
  '公司',
  '有限公司',
  '股份',
  '国际',
  '國際',
  '实业',
  '實業',
  '品牌',
  '官方',
  '旗舰店',
  '旗艦店',
  '专卖店',
  '專賣店',
  '工坊',
  '制衣',
  '製衣',
  '鞋业',
  '鞋業',
  '皮具',
  '箱包',
  '服饰',
  '服飾',
  '珠宝',
  '珠寶',
  '钟表',
  '鐘錶',
  '眼镜',
  '眼鏡',
  '包',
  '表',
  '錶',
  '鞋',
  '衣',
];

/** Countries and regions in Chinese, beyond the ones of COUNTRY_ALIASES, as shops put them in front. */
const MORE_COUNTRIES = [
  '美国',
  '美國',
  '英国',
  '英國',
  '德國',
  '法國',
  '韓國',
  '西班牙',
  '荷兰',
  '荷蘭',
  '瑞典',
  '丹麦',
  '丹麥',
  '挪威',
  '芬兰',
  '芬蘭',
  '比利时',
  '比利時',
  '奥地利',
  '奧地利',
  '澳洲',
  '澳大利亚',
  '澳大利亞',
  '新西兰',
  '新西蘭',
  '加拿大',
  '泰国',
  '泰國',
  '新加坡',
  '台灣',
  '港版',
  '日系',
  '韩系',
  '欧洲',
  '歐洲',
];

const HAN = /^\p{Script=Han}+$/u;

function hanWords(words: Iterable<string>): string[] {
  // longest first, so 有限公司 is taken before 公司
  return [...new Set([...words].filter((w) => HAN.test(w)))].sort((a, b) => b.length - a.length);
}

const GENERIC_TAILS = hanWords([...COMPANY_WORDS, ...CATEGORY_IDS.flatMap((id) => CATEGORY_WORDS[id].zh)]);
const COUNTRY_HEADS = hanWords([...Object.values(COUNTRY_ALIASES).flat(), ...MORE_COUNTRIES]);

/** Where the name proper of a Chinese name begins and how many characters it has. */
export interface NameProper {
  start: number;
  length: number;
}

/**
 * The name proper of `name` (an all-Han name; offsets in characters): a country in front and a
 * generic word behind taken off, one of each at most. The whole name when nothing is generic, and
 * length 0 when nothing but generic words is left.
 */
export function nameProperOf(name: string): NameProper {
  const chars = [...name];
  let start = 0;
  let end = chars.length;
  const text = chars.join('');
  for (const head of COUNTRY_HEADS) {
    if (text.startsWith(head)) {
      start = [...head].length;
      break;
    }
  }
  for (const tail of GENERIC_TAILS) {
    const tailLength = [...tail].length;
    if (end - tailLength >= start && text.endsWith(tail)) {
      end -= tailLength;
      break;
    }
  }
  return { start, length: end - start };
}

/**
 * The Chinese name `name` shortened to `short` (its first characters) is the name proper, not the
 * name cut short: "小熊" of 小熊电器, "麒麟" of 麒麟珠宝, "吉田" of 吉田包.
 */
export function isNameProper(name: string, short: string): boolean {
  const proper = nameProperOf(name);
  return proper.start === 0 && proper.length === [...short].length && name.startsWith(short);
}
