/**
 * Brand names disguised without any of the brand's words, lines or a mark of a disguise, in a title
 * of the brand's category that names no brand (fourteenth round): the name cut to its consonants
 * ("MTTY", "RLND", "D.H.N"), cut short with a period or spelled out in capitals ("Schw.", "INF",
 * "B-I-A-N"), two words as initials around "n" or "&" ("LnL" for Lock & Lock), a Chinese name of
 * three characters or more with characters left out (科曼 for 科勒曼, 悦诗 for 悦诗风吟), or a Chinese
 * name of three characters or more written with characters of the same sound. Each is a plausible
 * derivation of a registered spelling that keeps its first letter; it names the brand only in the
 * brand's category and when it fits no other brand of the listing's categories. A weak disguise
 * (DISGUISED_NAME_WEIGHT): with a low price or a bulk quantity it flags, alone it does not.
 */
import { countryNickname } from './country-nicknames.ts';
import { CATEGORY_IDS, CATEGORY_WORDS } from './data/categories.ts';
import { LIKE_ZH } from './data/composed-phrases.ts';
import { LIKENESS_INNOCENT_ZH } from './data/default-rules.ts';
import { FUNCTION_WORDS } from './data/vocabulary.ts';
import { isNameProper, nameProperOf } from './han-name-parts.ts';
import { soundKeyOf } from './sound-alike.ts';
import { hanFrames, latinFrames } from './sound-frames.ts';
import type { Brand } from './types.ts';

/** Weight of a disguised name: below the flag threshold alone, above it with a price or bulk cue. */
export const DISGUISED_NAME_WEIGHT = 0.2;

export interface DisguisedName {
  brand: number;
  start: number;
  end: number;
  text: string;
  /** How the text derives from the brand's name, for the signal's detail. */
  how: string;
  /** Letters beside an emoji only (see besideEmoji): weak even there, a price or bulk cue must back them. */
  weak?: boolean;
}

interface BrandForms {
  /** Latin names and aliases as lower-case letters only ("mitutoyo", "locknlock"). */
  latin: string[];
  /** Their words, lower case (a prefix that is a whole word is the word, not a name cut short). */
  words: Set<string>;
  /** Initials of two words around a connector, as written: "LnL", "L&L" (case kept). */
  connected: Set<string>;
  /** Chinese names of two characters or more, as arrays of characters. */
  han: string[][];
  /** Sound frames of its one-word Latin names of four characters or more (sound-frames.ts): "FNT" of Fender. */
  frames: Set<string>;
  /** Frames without its last consonant (see latinFrames), for Chinese words of three characters or more. */
  framesLastLost: Set<string>;
  /** Its frames and syllable frames (sound-frames.ts), read before one of its lines (see beforeLine). */
  slotFrames: string[];
  /**
   * Syllable frames of a name of several words written as one (比巴罗拉 for Bimba y Lola), read like
   * slotFrames for words of three characters or more: two syllables are its first word alone.
   */
  wholeFrames: string[];
  /**
   * First words of its Latin names of several words, of four letters or more ("nippon" of Nippon
   * Paint, "christie" of Christie Brown), each with the initial of the word after it.
   */
  firstWords: Array<{ word: string; next: string }>;
}

const HAN = /\p{Script=Han}/u;
const NO_FRAMES: readonly string[] = [];
/** Marks that open the title of a book, film or song. */
const TITLE_MARKS = '《〈';
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** What may stand between a name and the line after it: spaces and the brackets titles put a name in. */
const SLOT_GAP = ' \u3000【】[]()（）「」『』';
/** Latin letters, possibly split by dots or hyphens, or two capitals around "n"/"&"; a period may close it. */
const LATIN_TOKEN =
  /(?<![\p{Script=Latin}\p{N}&])([A-Za-z](?:[.\-&]?[A-Za-z]){1,11})(\.?)(?![\p{Script=Latin}\p{N}&])/gu;
const VOWEL = /[aeiou]/;
/** Two to four capitals standing alone (not touching letters, digits or a dot). */
const CAPITALS_BESIDE_EMOJI = /(?<![\p{L}\p{N}.&-])([A-Z]{2,4})(?![\p{L}\p{N}.&-])/gu;
/** An emoji right before, or after, a token: touching it or a space or two away. */
const EMOJI_BEFORE = /\p{Extended_Pictographic}\ufe0f?\s{0,2}$/u;
const EMOJI_AFTER = /^\s{0,2}\p{Extended_Pictographic}/u;
/**
 * Words sellers write right before a name, saying it is a brand: 老牌 ("old brand"), 大牌 and 名牌
 * ("big/famous brand"), 品牌 ("brand"), 正宗 ("the genuine"). Simplified and Traditional.
 */
const BRAND_PREFIXES = ['老牌', '大牌', '名牌', '品牌', '正宗', '國際大牌', '国际大牌'];
/** Words sellers write right after a name: 家 ("house of"), 牌 ("brand"), 同款 ("same style as"). */
const NAME_SUFFIXES = ['家', '牌', '同款', '款'];
/**
 * Words that open the description of goods, before the goods' own noun: a name followed by one is a
 * name before its goods even when the noun is no category word ("阿卡拉智能网关", "XX无线吸尘器").
 * Simplified and Traditional.
 */
const GOODS_OPENERS = [
  '智能',
  '智慧',
  '无线',
  '無線',
  '蓝牙',
  '藍牙',
  '电动',
  '電動',
  '便携',
  '便攜',
  '家用',
  '迷你',
  '全自动',
  '全自動',
  '多功能',
  '专业',
  '專業',
  '原装',
  '原裝',
  '新款',
  '升级',
  '升級',
  '大容量',
  '户外',
  '戶外',
  '儿童',
  '兒童',
  '男士',
  '女士',
  '复古',
  '復古',
  '经典',
  '經典',
];
/**
 * Emoji that stand for a word, with the word in English and Chinese: a seller writes a name's word as
 * its picture (🐯牌 for 虎牌). General words only; read only where they make a registered name.
 */
const EMOJI_WORD_TABLE: ReadonlyArray<[string, string, string]> = [
  ['🐯🐅', 'tiger', '虎|老虎'],
  ['🦁', 'lion', '狮|狮子'],
  ['🐻', 'bear', '熊'],
  ['🐼', 'panda', '熊猫'],
  ['🐦🐤', 'bird', '鸟|雀'],
  ['🦅', 'eagle', '鹰'],
  ['🕊', 'dove', '鸽'],
  ['🦢', 'swan', '天鹅|鹅'],
  ['🐧', 'penguin', '企鹅'],
  ['🐱🐈', 'cat', '猫'],
  ['🐶🐕', 'dog', '狗|犬'],
  ['🐺', 'wolf', '狼'],
  ['🦊', 'fox', '狐|狐狸'],
  ['🐴🐎', 'horse', '马'],
  ['🐂🐮', 'ox|bull', '牛'],
  ['🐑', 'sheep|lamb', '羊'],
  ['🐰🐇', 'rabbit|bunny', '兔'],
  ['🐉🐲', 'dragon', '龙'],
  ['🐍', 'snake', '蛇'],
  ['🐟🐠', 'fish', '鱼'],
  ['🐘', 'elephant', '象|大象'],
  ['🦌', 'deer', '鹿'],
  ['🐒🐵', 'monkey', '猴'],
  ['🐝', 'bee', '蜂|蜜蜂'],
  ['🦋', 'butterfly', '蝶|蝴蝶'],
  ['🍎🍏', 'apple', '苹果'],
  ['🍊', 'orange', '橙|橘'],
  ['🍵', 'tea', '茶'],
  ['☕', 'coffee', '咖啡'],
  ['⭐🌟', 'star', '星'],
  ['🌙', 'moon', '月'],
  ['☀', 'sun', '日|太阳'],
  ['👑', 'crown|king|royal', '皇|冠|王'],
  ['🌹', 'rose', '玫瑰'],
  ['🍀', 'clover', '四叶草'],
  ['❄', 'snow', '雪'],
  ['🔥', 'fire', '火'],
  ['💎', 'diamond', '钻|钻石'],
];
const EMOJI_WORDS = new Map<string, { en: string[]; zh: string[] }>();
for (const [emoji, en, zh] of EMOJI_WORD_TABLE)
  for (const e of emoji) EMOJI_WORDS.set(e, { en: en.split('|'), zh: zh.split('|') });
const EMOJI_ANY = /\p{Extended_Pictographic}/u;
/** An emoji (a variation selector after it is part of it). */
const EMOJI_WORD_AT = /(\p{Extended_Pictographic})\ufe0f?/gu;

const CATEGORY_HAN_WORDS = [
  ...new Set(CATEGORY_IDS.flatMap((id) => CATEGORY_WORDS[id].zh).filter((w) => HAN_ONLY.test(w))),
].sort((a, b) => b.length - a.length);

/** `rest` begins with a name suffix, a word that opens goods or a category word. */
function followsName(rest: string): boolean {
  return (
    NAME_SUFFIXES.some((s) => rest.startsWith(s)) ||
    GOODS_OPENERS.some((w) => rest.startsWith(w)) ||
    CATEGORY_HAN_WORDS.some((w) => rest.startsWith(w))
  );
}

/**
 * The last characters of two category words or more: the head noun of goods words (杯 of 马克杯 and
 * 水杯, 锅 of 炒锅 and 煎锅), a word for the goods alone when glued after a name (利斯莫尔杯).
 */
const GOODS_HEADS: ReadonlySet<string> = (() => {
  const counts = new Map<string, number>();
  for (const w of CATEGORY_HAN_WORDS)
    if (w.length >= 2) counts.set(w.at(-1)!, (counts.get(w.at(-1)!) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 2).map(([ch]) => ch));
})();

const LAST_LOST = 'its Latin name written in Chinese sounds, its last consonant lost';

/**
 * `rest`, after a word of three characters or more, is the goods even where followsName does not
 * say so: a goods noun's head alone (利斯莫尔杯), or a few words ending in a category word (多里顿玻尿酸精华: "<name> hyaluronic-acid serum").
 */
function goodsAfterLongName(rest: string): boolean {
  if (rest.length === 1) return GOODS_HEADS.has(rest);
  // one character between the word and the goods is most often the end of a word the reading cut
  // into (狗狗冬|季|棉衣: 冬季 is "winter"); a word of its own is two characters or more (玻尿酸)
  return (
    rest.length <= 6 &&
    CATEGORY_HAN_WORDS.some((w) => w.length >= 2 && rest.endsWith(w) && rest.length - w.length !== 1)
  );
}

function lettersOnly(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function formsOf(brand: Brand): BrandForms {
  const latin = new Set<string>();
  const words = new Set<string>();
  const connected = new Set<string>();
  const han: string[][] = [];
  const frames = new Set<string>();
  const framesLastLost = new Set<string>();
  const slotFrames = new Set<string>();
  const wholeFrames = new Set<string>();
  const firstWords: Array<{ word: string; next: string }> = [];
  for (const name of [brand.name, ...(brand.aliases ?? [])]) {
    if (/^[\p{Script=Latin}\s\-&'’.\d]+$/u.test(name)) {
      const letters = lettersOnly(name);
      const parts = name.split(/\s+/).map(lettersOnly);
      if (parts.length >= 2 && parts[0]!.length >= 4 && parts[1] !== '' && !FUNCTION_WORDS.has(parts[0]!))
        if (!firstWords.some((f) => f.word === parts[0]))
          firstWords.push({ word: parts[0]!, next: parts[1]![0]! });
      if (letters.length >= 4) latin.add(letters);
      // one word of letters, or of letters and digits ("70mai" is 七零迈)
      if (/^[A-Za-z0-9]{4,}$/.test(name) && letters.length > 0) {
        for (const f of latinFrames(name.toLowerCase())) frames.add(f);
        for (const f of latinFrames(name.toLowerCase(), true)) framesLastLost.add(f);
        for (const f of latinFrames(name.toLowerCase(), false, true)) slotFrames.add(f);
      }
      for (const w of name.toLowerCase().split(/[^a-z]+/)) if (w.length > 0) words.add(w);
      // two words joined by a connector: "Lock & Lock", "Lock&Lock", "Rock and Roll"
      const pair = /^([A-Za-z])[a-z]*\s*(?:&|and|n)\s*([A-Za-z])[a-z]*$/i.exec(name.replace(/'n'|’n’/g, 'n'));
      if (pair && /[&\s]/.test(name)) {
        const [a, b] = [pair[1]!.toUpperCase(), pair[2]!.toUpperCase()];
        connected.add(`${a}n${b}`);
        connected.add(`${a}&${b}`);
      }
      // a name of several words is transliterated whole (比巴罗拉 for Bimba y Lola): its syllable
      // frames, read only before one of its lines
      if (/[\s-]/.test(name) && letters.length >= 4)
        for (const f of latinFrames(letters, false, true)) wholeFrames.add(f);
    } else if (HAN_ONLY.test(name) && [...name].length >= 2) han.push([...name]);
  }
  // a Chinese mark it protects (万智牌) is cut short as its names are (万智)
  for (const term of brand.protectedTerms ?? [])
    if (HAN_ONLY.test(term) && [...term].length >= 3) han.push([...term]);
  // a one-word mark it protects (a line's name: "Lismore" 利斯莫尔) is transliterated as its names are;
  // four classes or more, as a mark is often a word of its own
  for (const term of brand.protectedTerms ?? [])
    if (/^[A-Za-z]{5,}$/.test(term))
      for (const f of latinFrames(term.toLowerCase())) if (f.length >= 4) frames.add(f);
  for (const f of frames) {
    framesLastLost.delete(f);
    slotFrames.add(f);
  }
  return {
    latin: [...latin],
    words,
    connected,
    han,
    frames,
    framesLastLost,
    slotFrames: [...slotFrames],
    wholeFrames: [...wholeFrames],
    firstWords,
  };
}

/** A digit written between two letters, as for a letter it looks like ("N1PP0N"). */
const DIGIT_IN_WORD = /[A-Za-z][0134579][A-Za-z]/;
/** A word of Latin letters and digits, four to fourteen long (a digit may begin it: "4DW0A"). */
const LETTERS_AND_DIGITS = /(?<![A-Za-z0-9])[A-Za-z0-9]{4,14}(?![A-Za-z0-9])/g;
/** The letters a digit is written for. */
const DIGIT_LETTERS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'il',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '9': 'g',
};

/** `token` (lower case) is `word` with digits written for some of its letters. */
function readsAs(token: string, word: string): boolean {
  if (token.length !== word.length) return false;
  for (let k = 0; k < token.length; k++) {
    const ch = token[k]!;
    if (ch === word[k]) continue;
    if (!(DIGIT_LETTERS[ch] ?? '').includes(word[k]!)) return false;
  }
  return true;
}

/** The token's letters are letters of the name in order, the first the name's first. */
function inOrder(name: string, letters: string): boolean {
  if (name[0] !== letters[0]) return false;
  let at = 1;
  for (let k = 1; k < letters.length; k++) {
    at = name.indexOf(letters[k]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The consonants of a name after its first letter, doubles kept ("mttyo" -> "mtty" of mitutoyo). */
function consonantCount(name: string): number {
  return 1 + name.slice(1).replace(/[aeiouy]/g, '').length;
}

/**
 * Likeness talk: "the same style" (同款), "the same" (一样的, 一模一样), "compare" (对比看), "a cheap
 * alternative" (平替), "same factory" (同厂). After a disguised name it says the name stands for the
 * brand the goods are compared with; not the marketing words around 同款 (男女同款, 网红同款).
 */
const LIKENESS_TALK = [
  ...new Set([...LIKE_ZH, '同款', '同款式', '平替', '对比', '對比', '同厂', '同廠', '一樣']),
];

/** The title talks of likeness after `from` (see LIKENESS_TALK). */
export function likenessTalkAfter(title: string, from: number): boolean {
  const rest = title.slice(from);
  for (const word of LIKENESS_TALK) {
    for (let at = rest.indexOf(word); at >= 0; at = rest.indexOf(word, at + 1)) {
      if (word !== '同款') return true;
      const around = rest.slice(Math.max(0, at - 3), at + 5);
      if (!LIKENESS_INNOCENT_ZH.some((innocent) => around.includes(innocent))) return true;
    }
  }
  return false;
}

export class DisguisedNameReader {
  private readonly forms: BrandForms[];
  /** Manufacturing countries of each brand, upper-case ISO codes. */
  private readonly countries: string[][];
  /** Brands by category index. */
  private readonly byCategory: number[][] = CATEGORY_IDS.map(() => []);
  /** Each brand's categories as bit masks (as in ListingContext). */
  private readonly categoryLo: number[];
  private readonly categoryHi: number[];

  constructor(brands: readonly Brand[]) {
    this.forms = brands.map(formsOf);
    this.countries = brands.map((brand) => (brand.manufacturingCountries ?? []).map((c) => c.toUpperCase()));
    this.categoryLo = brands.map(() => 0);
    this.categoryHi = brands.map(() => 0);
    brands.forEach((brand, index) => {
      for (const category of brand.categories ?? []) {
        const c = CATEGORY_IDS.indexOf(category as (typeof CATEGORY_IDS)[number]);
        if (c < 0) continue;
        this.byCategory[c]!.push(index);
        if (c < 32) this.categoryLo[index]! |= 1 << c;
        else this.categoryHi[index]! |= 1 << (c - 32);
      }
    });
  }

  /** Brands of the listing's categories (bit masks as in ListingContext). */
  private candidates(catLo: number, catHi: number): number[] {
    const out = new Set<number>();
    for (let c = 0; c < CATEGORY_IDS.length; c++) {
      const bit = c < 32 ? (catLo >>> c) & 1 : (catHi >>> (c - 32)) & 1;
      if (bit) for (const b of this.byCategory[c]!) out.add(b);
    }
    return [...out];
  }

  /**
   * The first disguised name in `title` that fits exactly one brand of the listing's categories
   * (none when it fits two), or null.
   */
  read(title: string, catLo: number, catHi: number): DisguisedName | null {
    const brands = this.candidates(catLo, catHi);
    if (brands.length === 0) return null;
    return (
      this.latin(title, brands) ??
      this.chinese(title, brands) ??
      this.countryNamed(title, brands, catLo, catHi) ??
      this.emojiWord(title, brands) ??
      this.digitsForLetters(title, brands)
    );
  }

  /**
   * The first word of a name of several words written with digits for letters ("N1PP0N" for Nippon
   * Paint, "CHR1ST1E B" for Christie Brown, the next word's initial after it): a name no one writes
   * so but to hide it. Each digit stands for a letter it looks like; a digit between two letters
   * (not a model code's digits at the end: "RF1400", "X15").
   */
  private digitsForLetters(title: string, brands: readonly number[]): DisguisedName | null {
    if (!DIGIT_IN_WORD.test(title)) return null;
    LETTERS_AND_DIGITS.lastIndex = 0;
    for (let m = LETTERS_AND_DIGITS.exec(title); m !== null; m = LETTERS_AND_DIGITS.exec(title)) {
      const token = m[0];
      if (!DIGIT_IN_WORD.test(token)) continue;
      const lower = token.toLowerCase();
      let found: DisguisedName | null = null;
      let count = 0;
      for (const brand of brands)
        for (const { word, next } of this.forms[brand]!.firstWords) {
          if (!readsAs(lower, word)) continue;
          // the next word's initial after it, a space away ("CHR1ST1E B")
          const initial = /^ ([A-Za-z])(?![A-Za-z0-9])/.exec(
            title.slice(m.index + token.length, m.index + token.length + 3),
          );
          const end =
            m.index + token.length + (initial !== null && initial[1]!.toLowerCase() === next ? 2 : 0);
          count++;
          found = {
            brand,
            start: m.index,
            end,
            text: title.slice(m.index, end),
            how: 'the first word of its name, digits for letters',
          };
          break;
        }
      if (count === 1) return found;
    }
    return null;
  }

  /** See country-nicknames.ts: "瑞典油锯", the one brand of the category made in Sweden. */
  private countryNamed(
    title: string,
    brands: readonly number[],
    catLo: number,
    catHi: number,
  ): DisguisedName | null {
    if (!HAN.test(title)) return null;
    const found = countryNickname(
      title,
      brands,
      (brand) => this.countries[brand]!,
      (brand) => (this.categoryLo[brand]! & catLo) === catLo && (this.categoryHi[brand]! & catHi) === catHi,
    );
    return found === null ? null : { ...found, how: 'the country it is made in and a word for its goods' };
  }

  /**
   * Two to four capital letters standing alone a space from an emoji, where sellers put a name they
   * hide ("SC 🪑", "BK 🧺", "HIM 🌿", "KOTO 🤖"): the name's consonants in order from its first
   * letter, or its first three or four letters (not a word of the name nor a function word). Letters
   * like these are also ordinary abbreviations ("SC", "BT 🎧"): weak, counted only beside a price or
   * bulk cue (judge.ts), and only when they fit one brand of the listing's categories.
   */
  besideEmoji(title: string, catLo: number, catHi: number): DisguisedName | null {
    if (!EMOJI_ANY.test(title)) return null;
    const brands = this.candidates(catLo, catHi);
    if (brands.length === 0) return null;
    CAPITALS_BESIDE_EMOJI.lastIndex = 0;
    for (let m = CAPITALS_BESIDE_EMOJI.exec(title); m !== null; m = CAPITALS_BESIDE_EMOJI.exec(title)) {
      const token = m[1]!;
      const start = m.index + m[0].indexOf(token);
      const end = start + token.length;
      if (
        !EMOJI_BEFORE.test(title.slice(Math.max(0, start - 4), start)) &&
        !EMOJI_AFTER.test(title.slice(end, end + 4))
      )
        continue;
      const letters = token.toLowerCase();
      // a function word is that word after another ("gift for HIM 🎁", "ON SALE"); after a noun
      // ("liver tablets HIM 🌿") it is letters put where a name goes
      if (FUNCTION_WORDS.has(letters)) {
        const previous = /([A-Za-z]+)[^A-Za-z]*$/.exec(title.slice(0, start))?.[1]?.toLowerCase();
        if (letters.length < 3 || previous === undefined || FUNCTION_WORDS.has(previous)) continue;
      }
      const consonantsOnly = !VOWEL.test(letters.slice(1));
      let found: DisguisedName | null = null;
      let count = 0;
      for (const brand of brands) {
        const forms = this.forms[brand]!;
        if (forms.words.has(letters)) continue;
        const fits = forms.latin.some((name) =>
          consonantsOnly ? inOrder(name, letters) : letters.length >= 3 && name.startsWith(letters),
        );
        if (!fits) continue;
        count++;
        found = {
          brand,
          start,
          end,
          text: token,
          how: consonantsOnly ? 'its consonants beside an emoji' : 'its first letters beside an emoji',
          weak: true,
        };
      }
      if (count === 1) return found;
    }
    return null;
  }

  /**
   * An emoji standing for a word of the name, the rest of the name written after it: "🐯牌" for
   * 虎牌, "⭐巴克" for 星巴克, "🍎jack" for Applejack. Never the emoji alone ("🐯 保温杯" is a tiger
   * print): the name must go on after the emoji's word.
   */
  private emojiWord(title: string, brands: readonly number[]): DisguisedName | null {
    if (!EMOJI_ANY.test(title)) return null;
    EMOJI_WORD_AT.lastIndex = 0;
    for (let m = EMOJI_WORD_AT.exec(title); m !== null; m = EMOJI_WORD_AT.exec(title)) {
      const words = EMOJI_WORDS.get(m[1]!);
      if (words === undefined) continue;
      const after = title.slice(m.index + m[0].length);
      const latinAfter = /^[A-Za-z]+/.exec(after)?.[0].toLowerCase() ?? '';
      let found: DisguisedName | null = null;
      let count = 0;
      for (const brand of brands) {
        const forms = this.forms[brand]!;
        let text: string | null = null;
        for (const name of forms.han) {
          const joined = name.join('');
          for (const w of words.zh) {
            const rest = joined.slice(w.length);
            if (rest !== '' && joined.startsWith(w) && after.startsWith(rest)) text = m[0] + rest;
          }
        }
        if (text === null && latinAfter !== '')
          for (const name of forms.latin)
            if (words.en.some((w) => name === w + latinAfter))
              text = m[0] + after.slice(0, latinAfter.length);
        if (text === null) continue;
        count++;
        found = {
          brand,
          start: m.index,
          end: m.index + text.length,
          text,
          how: 'an emoji for a word of its name',
        };
      }
      if (count === 1) return found;
    }
    return null;
  }

  /**
   * A Chinese word in the brand's place, right before one of its lines (`lineStart`), that sounds
   * like its name: "托尼斯 Creative Tonie", "【泰托】EGRET II", "克罗斯砾石车 Esker", "卓美电磨 3000".
   * The line says whose name the word stands for, so the word is read wherever the title puts it and
   * against that brand only, and shorter readings are taken than in a title that names no line: a
   * two-character Chinese name written with characters of the same sound (卓美 for 琢美), a word
   * whose sounds are its name's with one consonant left out (蒙贝尔 for Montbell), two syllables that
   * begin its name (蒙倍), and syllable frames (泰托 for Taito). The word begins the run of Chinese
   * characters before the line; what follows it in the run is the goods (砾石车, 电磨).
   */
  beforeLine(title: string, brand: number, lineStart: number): DisguisedName | null {
    let end = lineStart;
    while (end > 0 && SLOT_GAP.includes(title[end - 1]!) && lineStart - end < 3) end--;
    if (end === 0 || !HAN.test(title[end - 1]!)) return null;
    let start = end;
    while (start > 0 && HAN.test(title[start - 1]!)) start--;
    if (start > 0 && TITLE_MARKS.includes(title[start - 1]!)) return null;
    // a word that says "brand" before it ("老牌圣家": "the old brand 圣家") leaves the name after it
    const prefix = BRAND_PREFIXES.find((p) => title.startsWith(p, start) && end - start > p.length + 1);
    if (prefix !== undefined) start += prefix.length;
    const run = [...title.slice(start, end)];
    const forms = this.forms[brand]!;
    if (writesHanName(forms, run, 0)) return null;
    // the longest word that fits, unless it ends in a character that sounds no consonant (the 羽 of
    // 丰维羽绒服 is the goods' word): then the longest that does not
    let found: DisguisedName | null = null;
    for (let length = Math.min(4, run.length); length >= 2; length--) {
      // the goods after it are a word (砾石车, 电磨) or a word that follows names; one character left
      // over makes the word part of a longer one (科尔沁 is a place, not 科尔 of 科尔瓦娜)
      const rest = run.slice(length).join('');
      if (rest.length === 1 && !followsName(rest)) continue;
      const word = run.slice(0, length);
      const how = this.slotForm(forms, word);
      if (how === null) continue;
      const text = word.join('');
      const fit = { brand, start, end: start + text.length, text, how };
      if (hanFrames(word.slice(-1)).every((f) => f === '')) found ??= fit;
      else return fit;
    }
    return found;
  }

  private slotForm(forms: BrandForms, word: readonly string[]): string | null {
    const how = this.hanForm(forms, word, hanFrames(word));
    if (how !== null) return how;
    for (const name of forms.han)
      if (
        name.length === 2 &&
        word.length === 2 &&
        name.some((ch, k) => ch !== word[k]) &&
        name.every((ch, k) => ch === word[k] || sameSound(ch, word[k]!))
      )
        return 'characters that sound like its Chinese name';
    const whole = word.length >= 3 ? forms.wholeFrames : NO_FRAMES;
    if (forms.slotFrames.length === 0 && whole.length === 0) return null;
    for (const frame of [...hanFrames(word), ...hanFrames(word, true)])
      for (const name of [...forms.slotFrames, ...whole])
        if (slotFits(frame, name, word.length)) return 'its Latin name written in Chinese sounds';
    return null;
  }

  private latin(title: string, brands: readonly number[]): DisguisedName | null {
    LATIN_TOKEN.lastIndex = 0;
    for (let m = LATIN_TOKEN.exec(title); m !== null; m = LATIN_TOKEN.exec(title)) {
      const token = m[1]!;
      const period = m[2] === '.';
      const start = m.index;
      const end = start + token.length + (period ? 1 : 0);
      // letters glued to digits by a hyphen or slash are a model code ("SPZ-12", "DHN/20")
      if (/^[-/]\d/.test(title.slice(start + token.length, start + token.length + 2))) continue;
      if (/\d[-/]$/.test(title.slice(Math.max(0, start - 2), start))) continue;
      let found: DisguisedName | null = null;
      let count = 0;
      for (const brand of brands) {
        const how = this.latinForm(this.forms[brand]!, token, period);
        if (how === null) continue;
        count++;
        found = { brand, start, end, text: title.slice(start, end), how };
      }
      if (count === 1) return found;
    }
    return null;
  }

  /** How `token` derives from one of the brand's Latin names, or null. */
  private latinForm(forms: BrandForms, token: string, period: boolean): string | null {
    if (forms.connected.has(token)) return 'the initials of its two words around a connector';
    const split = /[.-]/.test(token);
    if (token.includes('&')) return null;
    const letters = token.replace(/[.-]/g, '').toLowerCase();
    if (letters.length < 3 || FUNCTION_WORDS.has(letters)) return null;
    // split into single letters ("D.H.N", "B-I-A-N"), or not split at all
    if (split && !/^[A-Za-z](?:[.-][A-Za-z])+$/.test(token)) return null;
    const capitals = token.replace(/[^A-Za-z]/g, '');
    const allCapitals = capitals === capitals.toUpperCase();
    const capitalized = capitals[0] === capitals[0]!.toUpperCase();
    const consonantsOnly = !VOWEL.test(letters.slice(1));
    for (const name of forms.latin) {
      if (letters === name) return null;
      // its consonants, the first letter kept ("MTTY", "RLND", "EVRCD", "D.H.N"), in capitals or
      // split into letters, at least three and half the name's
      if (
        consonantsOnly &&
        (allCapitals || split) &&
        inOrder(name, letters) &&
        letters.length * 2 >= consonantCount(name)
      )
        return 'its consonants';
      // its first letters split into letters or closed by a period ("B-I-A-N", "Schw.", "SCHW."); not
      // a whole word of the name (unsplit capitals with a vowel are words: "SAR", "NEW")
      if (
        name.startsWith(letters) &&
        !forms.words.has(letters) &&
        ((allCapitals && (split || period)) || (period && capitalized && letters.length >= 4))
      )
        return period ? 'its first letters and a period' : 'its first letters';
    }
    return null;
  }

  private chinese(title: string, brands: readonly number[]): DisguisedName | null {
    if (!HAN.test(title)) return null;
    const chars = [...title];
    // UTF-16 offsets of each code point
    const offsets: number[] = [];
    let offset = 0;
    for (const ch of chars) {
      offsets.push(offset);
      offset += ch.length;
    }
    offsets.push(offset);
    for (let i = 0; i < chars.length; i++) {
      if (!HAN.test(chars[i]!) || (i > 0 && HAN.test(chars[i - 1]!))) continue;
      // a run in title marks is the title of a work (《白鹭街》), not a maker's name
      if (i > 0 && TITLE_MARKS.includes(chars[i - 1]!)) continue;
      // 仿 ("imitation") opens a word of meaning, the look or material copied (仿皮, 仿木纹), not a
      // name's first sound
      if (chars[i] === '仿') continue;
      // a Latin name in Chinese sounds only where titles put the brand: the first Chinese word, no
      // word or only Latin words and codes before it ("HM-G01E 阿卡拉", "Icon Bag 佩德罗单肩包")
      const first = !HAN.test(title.slice(0, offsets[i]!));
      // a run of Chinese characters begins here; a name is its first 2-4 characters, followed by the
      // run's end, a name suffix, a category word or a word that opens goods
      let runEnd = i;
      while (runEnd < chars.length && HAN.test(chars[runEnd]!)) runEnd++;
      for (let length = 2; length <= 4 && i + length <= runEnd; length++) {
        const rest = chars.slice(i + length, runEnd).join('');
        // goods read loosely after the word (goodsAfterLongName) take its full sounds: a word read
        // with a consonant lost is too often ordinary words (简约石英表, "a simple quartz watch")
        const loose = rest !== '' && !followsName(rest);
        if (loose && (length < 3 || !goodsAfterLongName(rest))) continue;
        const word = chars.slice(i, i + length);
        // its sound frames, once per word (only a first word is read as one)
        const frames = first ? hanFrames(word) : NO_FRAMES;
        let found: DisguisedName | null = null;
        let count = 0;
        for (const brand of brands) {
          if (writesHanName(this.forms[brand]!, chars, i)) continue;
          const how = this.hanForm(this.forms[brand]!, word, frames);
          if (how === null || (loose && how === LAST_LOST)) continue;
          count++;
          found = {
            brand,
            start: offsets[i]!,
            end: offsets[i + length]!,
            text: word.join(''),
            how,
          };
        }
        if (count === 1) return found;
      }
    }
    return null;
  }

  /** How the Chinese word derives from one of the brand's Chinese names, or null. */
  private hanForm(forms: BrandForms, word: readonly string[], frames: readonly string[]): string | null {
    // the sounds of its Latin name written in characters (芬达 for Fender), two characters or more
    if (forms.frames.size > 0 && frames.some((f) => forms.frames.has(f)))
      return 'its Latin name written in Chinese sounds';
    if (word.length >= 3 && forms.framesLastLost.size > 0 && frames.some((f) => forms.framesLastLost.has(f)))
      return LAST_LOST;
    for (const name of forms.han) {
      if (name.length === word.length) {
        if (name.every((ch, k) => ch === word[k])) return null; // the name itself
        // every character sounds like the name's, a name of three characters or more: two-character
        // words sound like many names (detector.ts, soundAlikeNames) and need one of its lines
        if (name.length >= 3 && name.every((ch, k) => ch === word[k] || sameSound(ch, word[k]!)))
          return 'characters that sound like its Chinese name';
      } else if (
        name.length === 4 &&
        word.length === 2 &&
        word[0] === name[2] &&
        word[1] === name[3] &&
        secondWordIsName(name.join(''))
      ) {
        // a name of two words, its second alone (双狮 for 东方双狮, 翡丽 for 百达翡丽)
        return 'the second word of its Chinese name';
      } else if (name.length >= 3 && word.length >= 2 && word.length < name.length && word[0] === name[0]) {
        // characters of the name in order, its first kept (科曼 for 科勒曼, 悦诗 for 悦诗风吟); not the
        // name proper, the brand's own name ("小熊" of 小熊电器)
        if (isNameProper(name.join(''), word.join(''))) continue;
        let at = 1;
        for (let k = 1; k < word.length && at > 0; k++) at = name.indexOf(word[k]!, at) + 1;
        if (at > 0) return 'its Chinese name with characters left out';
      }
    }
    return null;
  }
}

/**
 * A word's frame fits a name's in the brand's place: the same, the first two classes of a word of
 * two characters (two syllables that begin the name), or all but one of the name's classes in order
 * from the same first one.
 */
function slotFits(word: string, name: string, characters: number): boolean {
  if (word.length < 2 || word[0] !== name[0]) return false;
  if (word === name || (characters === 2 && word.length === 2 && name.startsWith(word))) return true;
  if (word.length < 3 || word.length + 1 < name.length || word.length > name.length) return false;
  let at = 1;
  for (let k = 1; k < word.length && at > 0; k++) at = name.indexOf(word[k]!, at) + 1;
  return at > 0;
}

/**
 * The second word of a Chinese name of four characters is part of its name proper: no country in
 * front, no word of goods or company behind (the 电器 of 小熊电器), and no word of goods itself.
 */
function secondWordIsName(name: string): boolean {
  const proper = nameProperOf(name);
  if (proper.start !== 0 || proper.length !== 4) return false;
  const second = name.slice(2);
  return !CATEGORY_HAN_WORDS.includes(second) && !GOODS_OPENERS.includes(second);
}

/** One of the brand's Chinese names is written in full at `at` (万智牌竞技场 writes 万智牌, not 万智). */
function writesHanName(forms: BrandForms, chars: readonly string[], at: number): boolean {
  return forms.han.some((name) => name[0] === chars[at] && name.every((ch, k) => chars[at + k] === ch));
}

function sameSound(a: string, b: string): boolean {
  const ka = soundKeyOf(a.codePointAt(0)!);
  return ka !== 0 && ka === soundKeyOf(b.codePointAt(0)!);
}
