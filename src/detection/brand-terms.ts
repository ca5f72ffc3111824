/**
 * The terms by which a listing names a brand or one of its product lines, derived from brand
 * knowledge at compile time: product-line names with their generation variants ("AirPods Pro 2",
 * "二代", "Gen 2", "II"), short names and model numbers; nicknames derived from a brand's initials
 * and Chinese name ("G家", "LV家", "香家", "双G"); and the literal spellings a brand registered,
 * which are never reported as disguises.
 */
import { CATEGORY_WORDS } from './data/categories.ts';
import { TRADITIONAL_TO_SIMPLIFIED } from './data/traditional-simplified.ts';
import { pinyinInitialOf } from './sound-alike.ts';
import type { Brand, ProductLine } from './types.ts';

/** Flags of a brand or line term (CompiledKnowledge.ownerFlags). */
export const TERM_COMMON = 1;
/** Three letters or fewer ("LV", "CC"): must be written as registered, not folded from other letters. */
export const TERM_SHORT = 2;
/** A nickname derived from initials or the Chinese name: a brand mention only in its categories. */
export const TERM_DERIVED = 4;
/** A model number: separators between digits are ignored. */
export const LINE_MODEL = 8;
/** Specific enough to name the brand by itself ("126610LN", "Air Jordan 1", "Neverfull"). */
export const LINE_DISTINCTIVE = 16;
/** A protected term ("Nautilus", "iPhone"): the brand's, but possibly an ordinary word too. */
export const TERM_PROTECTED = 32;
/** A spelling that is an English function word ("On", "Nothing"): the brand only with one of its lines. */
export const TERM_WORD = 64;

export interface LineTerm {
  text: string;
  flags: number;
}

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
const ORDINAL = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th'];
const MAX_GENERATION = 12;

/** Splits a trailing generation off a name: "AirPods Pro (2nd generation)" -> ["AirPods Pro", 2]. */
export function splitGeneration(name: string): [string, number] | null {
  const trimmed = name.trim();
  const patterns: Array<[RegExp, (m: RegExpMatchArray) => number]> = [
    [/^(.+?)[\s(]+(\d{1,2})(?:st|nd|rd|th)\s*gen(?:eration)?\)?$/i, (m) => Number(m[2])],
    [/^(.+?)[\s(]+gen(?:eration)?\s*(\d{1,2})\)?$/i, (m) => Number(m[2])],
    [/^(.+?)\s*(?:mk|mark)\s*(\d{1,2})$/i, (m) => Number(m[2])],
    [
      /^(.+?)\s+(?:mk\s*|mark\s*)?(i{1,3}|iv|vi{0,3}|ix|x|xi{1,2})$/i,
      (m) => ROMAN.indexOf(m[2]!.toLowerCase()),
    ],
    [/^(.+?)\s*第?([一二三四五六七八九])代$/, (m) => '一二三四五六七八九'.indexOf(m[2]!) + 1],
    [/^(.+?)\s*(\d)代$/, (m) => Number(m[2])],
    [/^(.*\D)\s+(\d{1,2})$/, (m) => Number(m[2])],
  ];
  for (const [pattern, generation] of patterns) {
    const m = trimmed.match(pattern);
    if (!m) continue;
    const n = generation(m);
    const base = m[1]!.trim();
    if (n >= 1 && n <= MAX_GENERATION && alnumCount(base) >= 2) return [base, n];
  }
  return null;
}

/** The ways sellers write generation `n` after `base`. */
export function generationVariants(base: string, n: number): string[] {
  return [
    `${base} ${n}`,
    `${base}${n}`,
    `${base} gen ${n}`,
    `${base} gen${n}`,
    `${base} ${ROMAN[n]}`,
    `${base} mk${n}`,
    `${base} mark ${ROMAN[n]}`,
    `${base} ${ORDINAL[n]} gen`,
    `${base} ${ORDINAL[n]} generation`,
    `${base} ${n}代`,
    `${base} 第${n}代`,
    `${base} v${n}`,
  ];
}

function alnumCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Whether a line term is specific enough to name its brand without the brand's name. */
export function isDistinctive(term: string, model: boolean): boolean {
  const alnum = alnumCount(term);
  const han = (term.match(/\p{Script=Han}/gu) ?? []).length;
  if (han > 0) return han >= 3;
  const hasDigit = /\p{N}/u.test(term);
  const hasLetter = /\p{L}/u.test(term);
  if (model) return alnum >= 4 && hasDigit;
  const words = term
    .trim()
    .split(/[\s\-_/]+/)
    .filter((w) => w.length > 0);
  // a token mixing letters and digits is a code ("AJ1", "A2084"); "Pro 2" is a word and a number
  if (hasDigit && hasLetter && words.some((w) => /\p{L}/u.test(w) && /\p{N}/u.test(w) && alnumCount(w) >= 3))
    return true;
  return alnum >= 8 || (words.length >= 2 && alnum >= 7);
}

const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bSaint\b/gi, 'St'],
  [/\bSt\.?(?=\s)/gi, 'Saint'],
  [/\bMount\b/gi, 'Mt'],
  [/\bMt\.?(?=\s)/gi, 'Mount'],
  [/\s&\s/g, ' and '],
  [/\sand\s/gi, ' & '],
];

/** A name with one of its words abbreviated or spelled out ("Saint Louis PM" -> "St Louis PM"). */
export function abbreviationVariants(text: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement] of ABBREVIATIONS) {
    const variant = text.replace(pattern, replacement);
    if (variant !== text) out.push(variant);
  }
  return out;
}

/** Every term of a product line: names, aliases, short names, model numbers and generation variants. */
export function lineTerms(line: ProductLine): LineTerm[] {
  const out: LineTerm[] = [];
  const seen = new Set<string>();
  const push = (text: string, flags: number) => {
    const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (alnumCount(key) < 2 || seen.has(key)) return;
    seen.add(key);
    out.push({ text, flags });
  };
  const named = [line.name, ...(line.aliases ?? []), ...(line.shortNames ?? [])];
  for (const text of named) push(text, isDistinctive(text, false) ? LINE_DISTINCTIVE : 0);
  // the abbreviations sellers use for words of a catalogue name ("Saint Louis" as "St Louis")
  for (const text of named)
    for (const variant of abbreviationVariants(text))
      push(variant, isDistinctive(variant, false) ? LINE_DISTINCTIVE : 0);
  for (const text of [...(line.modelNumbers ?? []), ...(line.models ?? [])])
    push(text, LINE_MODEL | (isDistinctive(text, true) ? LINE_DISTINCTIVE : 0));
  for (const text of named) {
    const split = splitGeneration(text);
    if (!split) continue;
    const [base, n] = split;
    // a variant is as specific as the name it comes from ("Pro 2" stays generic as "Pro2")
    const flags = isDistinctive(text, false) ? LINE_DISTINCTIVE : 0;
    for (const variant of generationVariants(base, n)) push(variant, flags);
    // the catalogue name without its generation still names the line (unless another line has it)
    if (alnumCount(base) >= 5) push(base, 0);
  }
  return out;
}

/**
 * Shorter forms of a brand's line names that sellers write: a catalogue name cut after a token
 * with a digit ("EF 70-200mm f/2.8L IS III USM" -> "EF 70-200mm f/2.8L IS III"), and a model
 * number without its variant suffix ("M79030N-0001" -> "M79030N", "5811/1G-001" -> "5811/1G"), and
 * a reference number's leading digits ("5711/1A-010" -> "5711").
 * Only forms that name one line of the brand are kept. Returns [line index, term] pairs.
 */
export function lineShortForms(lines: readonly ProductLine[]): Array<[number, LineTerm]> {
  const owners = new Map<string, Set<number>>();
  const full = new Set<string>();
  const forms: Array<[number, LineTerm]> = [];
  const note = (lineIndex: number, text: string, flags: number) => {
    const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
    const set = owners.get(key) ?? new Set<number>();
    set.add(lineIndex);
    owners.set(key, set);
    forms.push([lineIndex, { text, flags }]);
  };
  lines.forEach((line, lineIndex) => {
    for (const term of lineTerms(line)) full.add(term.text.toLowerCase().replace(/\s+/g, ' ').trim());
    for (const name of [line.name, ...(line.aliases ?? [])]) {
      const tokens = name.trim().split(/\s+/);
      // cut after a token with a digit or a generation ("70-200mm", "f/2.8L", "III"), keeping a digit
      for (let k = tokens.length - 1; k >= 2; k--) {
        const last = tokens[k - 1]!;
        const prefix = tokens.slice(0, k).join(' ');
        if (
          (/\d/.test(last) || /^(?:i{2,3}|iv|vi{0,3})$/i.test(last)) &&
          /\d/.test(prefix) &&
          /\p{L}/u.test(prefix) &&
          !/\s[/|]\s/.test(prefix) &&
          /[\p{L}\p{N}]$/u.test(prefix)
        )
          // as specific as its own words: "Lawn 3" (of "Lawn 3 Piece Unstitched") is a fabric and a count
          note(lineIndex, prefix, isDistinctive(prefix, false) ? LINE_DISTINCTIVE : 0);
      }
    }
    for (const model of [...(line.modelNumbers ?? []), ...(line.models ?? [])]) {
      // one variant suffix of up to four characters: "M79030N-0001", "5811/1G-001"
      const m = model.match(/^(.+?)[-/]([\p{L}\p{N}]{1,4})$/u);
      if (m && !/\s/.test(m[1]!) && /\p{L}/u.test(m[1]!) && isDistinctive(m[1]!, true))
        note(lineIndex, m[1]!, LINE_MODEL | LINE_DISTINCTIVE);
      // the reference number sellers write without its case and dial codes: "5711/1A-010" ->
      // "5711", "15202ST.OO.1240ST.01" -> "15202"; not distinctive (it names the line only in the
      // line's category) and never a year
      const stem = model.match(/^(\d{4,6})(?=[-/.\s]|\p{L})/u)?.[1];
      if (stem && !/^(?:19|20)\d\d$/.test(stem)) note(lineIndex, stem, LINE_MODEL);
    }
  });
  return forms.filter(([, term]) => {
    const key = term.text.toLowerCase().replace(/\s+/g, ' ').trim();
    return owners.get(key)!.size === 1 && !full.has(key);
  });
}

/** Titles of a work as sellers write its seasons: "Tidewater: Season 2" also as "Tidewater S2", "第2季". */
export function workTitles(titles: readonly string[]): string[] {
  const out = new Set(titles);
  for (const title of titles) {
    const m =
      title.match(/^(.+?)[\s:：\-–]*(?:season|series)\s*(\d{1,2})$/i) ??
      title.match(/^(.+?)[\s:：\-–]*第\s*(\d{1,2}|[一二三四五六七八九十])\s*季$/);
    if (!m) continue;
    const base = m[1]!.trim();
    const raw = m[2]!;
    const n = /\d/.test(raw) ? Number(raw) : '一二三四五六七八九十'.indexOf(raw) + 1;
    for (const form of [
      `${base} season ${n}`,
      `${base} S${n}`,
      `${base} S0${n}`,
      `${base} 第${n}季`,
      `${base} series ${n}`,
    ])
      out.add(form);
  }
  return [...out];
}

/** Latin initials of a brand name: "Louis Vuitton" -> "LV", "Gucci" -> "G". */
export function initialsOf(name: string): string | null {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[\s\-&.]+/)
    .filter((w) => /^[A-Za-z]/.test(w));
  if (words.length === 0 || words.length > 3 || !/^[\p{Script=Latin}\s\-&.'’\d]+$/u.test(name)) return null;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * Abbreviations sellers write for a brand they avoid naming ("PP" for Patek Philippe, "JML" for Jo
 * Malone London, "SNY" for Sony): the initials of a name or Latin alias of two or three words, and
 * the consonants of a one-word name of four to six letters. Registered spellings are left out (they
 * are the brand's own), and so are single letters. They count only written in capitals, in the
 * brand's category or with one of its lines (mentions.ts), and are a disguise only next to an emoji.
 */
export function derivedAbbreviations(brand: Brand): string[] {
  const out = new Set<string>();
  for (const name of [brand.name, ...(brand.aliases ?? [])]) {
    const initials = initialsOf(name);
    if (initials && initials.length >= 2) out.add(initials);
    const word = name.normalize('NFKD').replace(/\p{M}/gu, '');
    if (/^[A-Za-z]{4,6}$/.test(word)) {
      const consonants =
        word[0]!.toUpperCase() +
        word
          .slice(1)
          .replace(/[aeiou]/gi, '')
          .toUpperCase();
      if (consonants.length >= 3 && consonants.length <= 4) out.add(consonants);
    }
  }
  // never a registered spelling, even written with symbols ("K&N" is the brand's own name)
  const registered = new Set(spellingsOf(brand).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, '')));
  return [...out].filter((a) => !registered.has(a.toLowerCase()));
}

/**
 * Nicknames sellers derive from a brand's name to avoid writing it: its initials with 家 ("house"),
 * 牌 ("brand") or 记 ("'s", as shops are named: "C记"), a doubled initial for a monogram ("双G", "double G"), and the first character of
 * any character of its Chinese name with 家 or 牌 ("香家", "鸟牌"), and the initial of its Chinese name's
 * reading with 家 or 牌 ("K家" for 科沃斯). They are brand mentions only in the brand's categories.
 */
export function derivedNicknames(brand: Brand): string[] {
  const out = new Set<string>();
  const initials = initialsOf(brand.name);
  if (initials) {
    for (const form of new Set([initials, initials[0]!])) {
      out.add(`${form}家`);
      out.add(`${form}牌`);
      // 记 ("'s", as in shop names): "C记" is the C brand, "N记" the N one
      out.add(`${form}记`);
    }
    if (initials.length === 1) {
      out.add(`双${initials}`);
      out.add(`double ${initials}`);
    }
  }
  for (const alias of brand.aliases ?? []) {
    const han = [...alias].filter((c) => /\p{Script=Han}/u.test(c));
    if (han.length < 2 || han.length !== [...alias.replace(/[\s·・.]/g, '')].length) continue;
    // any character of the Chinese name with 家 ("house"): 香家, 鸟家; its first two; 某 + its last ("某高")
    for (const c of han) {
      out.add(`${c}家`);
      out.add(`${c}牌`);
    }
    out.add(`${han[0]}记`);
    if (han.length >= 3) out.add(`${han[0]}${han[1]}家`);
    // the initial of the Chinese name's reading, as Latin initials are written: 科沃斯 → "K家", 元征 → "Y家"
    const readingInitial = pinyinInitialOf(han[0]!);
    if (readingInitial) {
      out.add(`${readingInitial}家`);
      out.add(`${readingInitial}牌`);
      out.add(`${readingInitial}记`);
    }
    out.add(`某${han[han.length - 1]}`);
    // one character written as the initial of its reading ("浪Q" for 浪琴, "香N儿"); the first too
    // ("L邦" for 立邦), the rest of the name written after the initial as it is
    if (han.length <= 4)
      for (let k = 0; k < han.length; k++) {
        const initial = pinyinInitialOf(han[k]!);
        if (initial) out.add([...han.slice(0, k), initial, ...han.slice(k + 1)].join(''));
      }
  }
  // never a piece of a registered spelling (巴黎世家 is not "世家" + a nickname), nor a goods word
  // or a piece of one (卡牌 "cards" of 卡坦岛 is what a card game is, 集换式卡牌)
  const registered = spellingsOf(brand).map((s) => s.toLowerCase());
  return [...out].filter(
    (n) =>
      !registered.some((r) => r.includes(n.toLowerCase())) && !GOODS_PIECES.has(n) && !ORDINARY_WORDS.has(n),
  );
}

/**
 * Ordinary Chinese words that the derivations above also spell (a character + 家 "house", 牌
 * "plate", 记 "record"): 国家 "country" (国家补贴, the state's subsidy), 大家 "everyone", 厂家
 * "maker", 品牌 "brand", 金牌 "gold medal", 笔记 "notes". A word of the language is read as that word.
 */
const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  ...'国大专商厂买卖店作人自全居回老农管行东儒画赢玩酒娘婆公私本独各'.split('').map((c) => `${c}家`),
  ...'品名金银铜王招门车底标吊挂奖胸号杂纸扑路'.split('').map((c) => `${c}牌`),
  ...'日笔标印登书忘牢铭惦'.split('').map((c) => `${c}记`),
]);

/** Every run of two or three characters of the taxonomy's Chinese goods words. */
const GOODS_PIECES: ReadonlySet<string> = (() => {
  const pieces = new Set<string>();
  for (const { zh } of Object.values(CATEGORY_WORDS))
    for (const word of zh)
      for (let length = 2; length <= 3; length++)
        for (let at = 0; at + length <= word.length; at++) pieces.add(word.slice(at, at + length));
  return pieces;
})();

export function spellingsOf(brand: Brand): string[] {
  return [
    brand.name,
    ...(brand.aliases ?? []),
    ...(brand.protectedTerms ?? []),
    ...(brand.commonWordTerms ?? []),
  ];
}

/**
 * The literal form of a spelling: case folded, NFC and Simplified Chinese, nothing else
 * ("Ｇｕｃｃｉ" is not "gucci", "香奈兒" is "香奈儿").
 */
export function literalForm(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').toLowerCase()) {
    const cp = ch.codePointAt(0)!;
    const simplified = TRADITIONAL_TO_SIMPLIFIED.get(cp);
    out += simplified === undefined ? ch : String.fromCodePoint(simplified);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Letters and digits of a term (short-alias checks compare these). */
export function alnumOf(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
