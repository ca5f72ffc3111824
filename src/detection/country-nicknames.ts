/**
 * A brand named by its country and its goods (fifteenth round): "瑞典油锯" (the Swedish chainsaw),
 * "比利时贝壳箱" (the Belgian shell suitcase), "意大利XJ家". A seller who avoids the name writes the
 * country glued to a word for the goods or a nickname; the brand knowledge says which brands of the
 * listing's category are made in that country, and when one alone is, the words name it. A country
 * followed by a word of origin, trade route, craft, standard or material says where unbranded goods
 * come from ("瑞典进口木柄锯", "德国工艺水管", "日本钢菜刀"), and names no brand.
 */
import { COUNTRY_NAMES_ZH } from './data/countries-zh.ts';

/**
 * Words after a country that make it the origin of the goods, not a brand's nickname: import and
 * buying routes, made-in, edition, craft, style and standard, material, the people or team of the
 * country. Simplified and Traditional.
 */
const ORIGIN_WORDS = [
  // import, buying and shipping routes
  '进口',
  '進口',
  '原装',
  '原裝',
  '原产',
  '原產',
  '代购',
  '代購',
  '直邮',
  '直郵',
  '直发',
  '直發',
  '直采',
  '直採',
  '直营',
  '直營',
  '免税',
  '免稅',
  '专柜',
  '專櫃',
  '购',
  '購',
  '买',
  '買',
  '带回',
  '帶回',
  '回流',
  '采购',
  '採購',
  '海淘',
  '本土',
  '当地',
  '當地',
  '发货',
  '發貨',
  '仓',
  '倉',
  '站',
  '官网',
  '官網',
  '版',
  '行货',
  '行貨',
  '水货',
  '水貨',
  '订单',
  '訂單',
  '外贸',
  '外貿',
  '出口',
  // made in, craft, style, standard, brand in general ("a German brand")
  '产',
  '產',
  '制',
  '製',
  '造',
  '生产',
  '生產',
  '工艺',
  '工藝',
  '技术',
  '技術',
  '工业',
  '工業',
  '工匠',
  '手工',
  '传统',
  '傳統',
  '设计',
  '設計',
  '风',
  '風',
  '式',
  '口味',
  '标准',
  '標準',
  '认证',
  '認證',
  '品质',
  '品質',
  '质量',
  '質量',
  '品牌',
  '牌子',
  '名牌',
  '老牌',
  '百年',
  '大牌',
  // material of the country
  '钢',
  '鋼',
  '不锈钢',
  '不鏽鋼',
  '木',
  '皮',
  '牛皮',
  '羊毛',
  '羊绒',
  '羊絨',
  '棉',
  '陶瓷',
  '瓷',
  '玻璃',
  '水晶',
  '原料',
  '材料',
  '材质',
  '材質',
  '面料',
  '配方',
  '奶源',
  // people, teams and places of the country
  '人',
  '籍',
  '队',
  '隊',
  '国家',
  '國家',
  '留学',
  '留學',
  '旅游',
  '旅遊',
];

const HAN = /\p{Script=Han}/u;
/** What a nickname glued to the country is made of: Chinese characters or Latin letters ("XJ家"). */
const NAME_CHAR = /[\p{Script=Han}A-Za-z]/u;

/** Country names by their first character, longest first (印度尼西亚 before 印度). */
const COUNTRIES_BY_FIRST = new Map<string, Array<{ name: string; code: string }>>();
for (const [code, names] of Object.entries(COUNTRY_NAMES_ZH))
  for (const name of names) {
    const list = COUNTRIES_BY_FIRST.get(name[0]!) ?? [];
    list.push({ name, code });
    COUNTRIES_BY_FIRST.set(name[0]!, list);
  }
for (const list of COUNTRIES_BY_FIRST.values()) list.sort((a, b) => b.name.length - a.name.length);

export interface CountryNickname {
  brand: number;
  start: number;
  end: number;
  text: string;
}

/**
 * The first country in `title` written at the start of a run of Chinese characters and glued to a
 * nickname that is no word of origin, when exactly one of `brands` is made in that country. A
 * brand made in China is never named so: 中国 before goods is where most goods come from.
 */
export function countryNickname(
  title: string,
  brands: readonly number[],
  countriesOf: (brand: number) => readonly string[],
  coversListing?: (brand: number) => boolean,
): CountryNickname | null {
  for (let i = 0; i < title.length; i++) {
    const countries = COUNTRIES_BY_FIRST.get(title[i]!);
    if (countries === undefined || (i > 0 && HAN.test(title[i - 1]!))) continue;
    const country = countries.find((c) => title.startsWith(c.name, i));
    if (country === undefined || country.code === 'CN') continue;
    const after = i + country.name.length;
    if (!NAME_CHAR.test(title[after] ?? '')) continue;
    if (ORIGIN_WORDS.some((w) => title.startsWith(w, after))) continue;
    let found = -1;
    let others = 0;
    for (const brand of brands) {
      if (!countriesOf(brand).includes(country.code)) continue;
      if (found < 0) found = brand;
      else others++;
    }
    if (found < 0) continue;
    // two brands of the listing's categories are made there: the one whose categories hold every
    // category of the listing (its field and its title's goods words: "韩国…电饭煲" filed under
    // appliances, a cooker maker of both), when one alone does; else neither is named
    if (others > 0) {
      if (coversListing === undefined) return null;
      found = -1;
      for (const brand of brands) {
        if (!countriesOf(brand).includes(country.code) || !coversListing(brand)) continue;
        if (found >= 0) return null;
        found = brand;
      }
      if (found < 0) return null;
    }
    let end = after;
    while (end < title.length && end - after < 6 && NAME_CHAR.test(title[end]!)) end++;
    return { brand: found, start: i, end, text: title.slice(i, end) };
  }
  return null;
}
