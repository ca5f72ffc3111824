/**
 * Per-code-point folding: NFKC, case folding, diacritic stripping for Latin, UTS #39 homoglyph
 * prototypes, Traditional -> Simplified Chinese, and character classes. Results are cached per code
 * point (a dense table for the BMP) so the hot loop in normalize.ts never calls String.normalize.
 */
import {
  CJK_NUMERALS,
  CONFUSABLE_TO_LATIN,
  ENCLOSED_LETTER_BLOCKS,
  LEET_TO_LATIN,
  SKELETON_MERGES,
} from './data/confusables.ts';
import { HOMOPHONE_TO_REPRESENTATIVE } from './data/homophones.ts';
import { TRADITIONAL_TO_SIMPLIFIED } from './data/traditional-simplified.ts';

export enum CharClass {
  Separator = 0,
  Letter = 1,
  Digit = 2,
  /** "@", "$", "!", "|": a letter when inside a word ("Pr@da"), a separator elsewhere. */
  LeetSymbol = 3,
}

/** Folded unit, packed in one int: code (21 bits) | class << 21 | flags << 23. */
export const FOLD_DROP = -2;
export const FOLD_SEPARATOR = -3;
export const FOLD_MULTI = -4;
const FOLD_UNKNOWN = -1;

export const FLAG_HOMOGLYPH = 1;
/** Script without spaces between words (Han, kana, Hangul, Thai): matches need no word boundary. */
export const FLAG_UNSPACED_SCRIPT = 2;
/** Fullwidth Latin letter or digit (U+FF10..FF5A) folded by NFKC. */
export const FLAG_FULLWIDTH = 4;

export function packUnit(code: number, charClass: CharClass, flags: number): number {
  return code | (charClass << 21) | (flags << 23);
}
export function unitCode(packed: number): number {
  return packed & 0x1fffff;
}
export function unitClass(packed: number): CharClass {
  return ((packed >>> 21) & 3) as CharClass;
}
export function unitFlags(packed: number): number {
  return packed >>> 23;
}

const bmpTable = new Int32Array(65536).fill(FOLD_UNKNOWN);
const multiCache = new Map<number, number[]>();
const astralCache = new Map<number, number>();

const INVISIBLE = /^(?:\p{Cf}|\p{Mn}|\p{Me}|[\u115f\u1160\u3164\uffa0])$/u;
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]$/u;
const LATIN_WITH_MARKS = /^[\u00c0-\u024f\u1e00-\u1eff]$/u;
const MATH_ALPHANUMERIC_START = 0x1d400;
const MATH_ALPHANUMERIC_END = 0x1d7ff;

/** Fold one code point to zero or more packed units (FOLD_* sentinels or a list via foldMulti). */
export function foldCodePoint(cp: number): number {
  if (cp < 0x10000) {
    const cached = bmpTable[cp]!;
    if (cached !== FOLD_UNKNOWN) return cached;
    const computed = computeFold(cp);
    bmpTable[cp] = computed;
    return computed;
  }
  const cached = astralCache.get(cp);
  if (cached !== undefined) return cached;
  const computed = computeFold(cp);
  astralCache.set(cp, computed);
  return computed;
}

/** Units of a code point whose fold is FOLD_MULTI ("ß" -> "ss", "ﬁ" -> "fi", "㎏" -> "kg"). */
export function foldMulti(cp: number): readonly number[] {
  return multiCache.get(cp) ?? [];
}

function computeFold(cp: number): number {
  const units = foldToUnits(cp);
  if (units.length === 0) return isInvisible(cp) ? FOLD_DROP : FOLD_SEPARATOR;
  if (units.length === 1) return units[0]!;
  multiCache.set(cp, units);
  return FOLD_MULTI;
}

function isInvisible(cp: number): boolean {
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return INVISIBLE.test(String.fromCodePoint(cp));
}

function foldToUnits(cp: number): number[] {
  if (cp >= 0xd800 && cp <= 0xdfff) return []; // lone surrogate: a separator
  const original = String.fromCodePoint(cp);
  if (INVISIBLE.test(original)) return [];
  const mathFlag =
    (cp >= MATH_ALPHANUMERIC_START && cp <= MATH_ALPHANUMERIC_END ? FLAG_HOMOGLYPH : 0) |
    (cp >= 0xff10 && cp <= 0xff5a ? FLAG_FULLWIDTH : 0);
  const preCase = CONFUSABLE_TO_LATIN.get(cp) ?? enclosedLetter(cp);
  if (preCase !== undefined) return [packUnit(applySkeleton(preCase), CharClass.Letter, FLAG_HOMOGLYPH)];
  const numeral = CJK_NUMERALS.get(cp);
  if (numeral !== undefined) {
    const leet = LEET_TO_LATIN.get(numeral);
    return [packUnit(leet === undefined ? numeral : applySkeleton(leet), CharClass.Digit, 0)];
  }
  const units: number[] = [];
  const compatible = original.normalize('NFKC');
  // a letter written as a symbol that NFKC reads as a plain letter (Ⓐ, Ⅼ of the Roman numerals, ᴳ, K
  // the Kelvin sign) is a look-alike, as the confusables are; letters with marks are spellings
  const symbolLetter =
    cp > 0x24f && (cp < 0x1e00 || cp > 0x1eff) && mathFlag === 0 && /^[A-Za-z]$/.test(compatible)
      ? FLAG_HOMOGLYPH
      : 0;
  for (const ch of compatible) {
    const lower = ch === 'ß' || ch === 'ẞ' ? 'ss' : ch.toLowerCase();
    for (const lch of lower) {
      const stripped = LATIN_WITH_MARKS.test(lch) ? lch.normalize('NFD').replace(/\p{M}/gu, '') : lch;
      for (const sch of stripped) pushUnit(units, sch, mathFlag | symbolLetter);
    }
  }
  return units;
}

function pushUnit(units: number[], ch: string, extraFlags: number): void {
  let code = ch.codePointAt(0)!;
  if (INVISIBLE.test(ch)) return;
  let flags = extraFlags;
  const homoglyph = CONFUSABLE_TO_LATIN.get(code);
  if (homoglyph !== undefined) {
    code = homoglyph;
    flags |= FLAG_HOMOGLYPH;
  }
  code = TRADITIONAL_TO_SIMPLIFIED.get(code) ?? code;
  const soundAlike = HOMOPHONE_TO_REPRESENTATIVE.get(code);
  if (soundAlike !== undefined) {
    code = soundAlike;
    flags |= FLAG_HOMOGLYPH;
  }
  const folded = String.fromCodePoint(code);
  if (LEET_TO_LATIN.has(code) && !DIGIT.test(folded)) {
    units.push(packUnit(applySkeleton(LEET_TO_LATIN.get(code)!), CharClass.LeetSymbol, flags));
  } else if (DIGIT.test(folded)) {
    const leet = code >= 0x30 && code <= 0x39 ? LEET_TO_LATIN.get(code) : undefined;
    units.push(packUnit(leet === undefined ? code : applySkeleton(leet), CharClass.Digit, flags));
  } else if (LETTER.test(folded)) {
    if (UNSPACED.test(folded)) flags |= FLAG_UNSPACED_SCRIPT;
    units.push(packUnit(applySkeleton(code), CharClass.Letter, flags));
  }
  // anything else (punctuation, symbols, emoji, controls) is a separator: push nothing
}

/** Latin letter of an enclosed or symbol letter NFKC does not fold (🇬, 🅖, 🅶), if it is one. */
function enclosedLetter(cp: number): number | undefined {
  for (const first of ENCLOSED_LETTER_BLOCKS) if (cp >= first && cp < first + 26) return 0x61 + cp - first;
  return undefined;
}

function applySkeleton(code: number): number {
  return SKELETON_MERGES.get(code) ?? code;
}

/** Readable form of a unit code for evidence ("l" for i/l/1/|, "o" for 0...). */
export function unitText(code: number): string {
  return String.fromCodePoint(code);
}
