/**
 * Per-character tables of the normalizer (normalize.ts): unit flag bits, the folded form of each
 * ASCII character and the normalizer's fast-path entries, plus its buffer growth helpers.
 */
import {
  CharClass,
  FLAG_FULLWIDTH,
  FLAG_HOMOGLYPH,
  FLAG_UNSPACED_SCRIPT,
  FOLD_DROP,
  FOLD_MULTI,
  FOLD_SEPARATOR,
  foldCodePoint,
  foldMulti,
} from './fold.ts';

export const UNIT_HOMOGLYPH = 1;
export const UNIT_UNSPACED_SCRIPT = 2;
export const UNIT_HAS_DIGIT = 4;
export const UNIT_HAS_LETTER = 8;
export const UNIT_LEET_SYMBOL = 16;
/** A zero-width character was dropped right before this unit, inside a word. */
export const UNIT_INVISIBLE_BEFORE = 32;
export const UNIT_FULLWIDTH = 64;
/** A digit right after a single "." or "," that follows a digit: part of a decimal number ("1.1"). */
export const UNIT_DECIMAL_BEFORE = 128;

export const MAX_RUN = 65535;
export const NO_NEXT = -1;

/**
 * The first folded unit after `index` when no separator comes first (zero-width characters are
 * skipped), or NO_NEXT at a separator or the end of the text.
 */
export function nextAdjacentUnit(text: string, index: number): number {
  for (let i = index; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const folded = cp < 128 ? ASCII_FOLD[cp]! : foldCodePoint(cp);
    if (folded >= 0) return folded;
    if (folded === FOLD_MULTI) return foldMulti(cp)[0] ?? NO_NEXT;
    if (folded !== FOLD_DROP) return NO_NEXT;
    i += cp > 0xffff ? 2 : 1;
  }
  return NO_NEXT;
}
export const INFO_LEET_SYMBOL = 0x100;
export const INFO_PLAIN_LATIN = 0x200;
/** Unit flag bits (and two helper bits) for every value of `packed >>> 21` (class and fold flags). */
export const UNIT_INFO = Int32Array.from({ length: 1 << 11 }, (_, high) => {
  const charClass = (high & 3) as CharClass;
  const foldFlags = high >>> 2;
  return (
    (foldFlags & FLAG_HOMOGLYPH ? UNIT_HOMOGLYPH : 0) |
    (foldFlags & FLAG_FULLWIDTH ? UNIT_FULLWIDTH : 0) |
    (foldFlags & FLAG_UNSPACED_SCRIPT ? UNIT_UNSPACED_SCRIPT : 0) |
    (charClass === CharClass.Digit ? UNIT_HAS_DIGIT : 0) |
    (charClass === CharClass.Letter ? UNIT_HAS_LETTER : 0) |
    (charClass === CharClass.LeetSymbol ? UNIT_LEET_SYMBOL | INFO_LEET_SYMBOL : 0) |
    (charClass === CharClass.Letter && !(foldFlags & FLAG_FULLWIDTH) ? INFO_PLAIN_LATIN : 0)
  );
});
export const ASCII_FOLD = Int32Array.from({ length: 128 }, (_, cp) => foldCodePoint(cp));
/** The only negative fast-path entry (normalize.ts tests `< 0`). */
export const FAST_SEPARATOR = -1;
/**
 * Fast-path entry per ASCII character: FAST_SEPARATOR, 0 for the general path (leet symbols,
 * anything unusual), or the folded code (low 8 bits) with the unit flag bits above it.
 */
export const ASCII_FAST = Int32Array.from({ length: 128 }, (_, cp) => {
  const packed = ASCII_FOLD[cp]!;
  if (packed === FOLD_SEPARATOR) return FAST_SEPARATOR;
  if (packed < 0) return 0;
  const code = packed & 0x1fffff;
  const info = UNIT_INFO[packed >>> 21]!;
  const charClass = (packed >>> 21) & 3;
  const plain = charClass === CharClass.Letter && info & INFO_PLAIN_LATIN;
  if (code >= 128 || info & (INFO_LEET_SYMBOL | UNIT_UNSPACED_SCRIPT | UNIT_FULLWIDTH | UNIT_HOMOGLYPH))
    return 0;
  if (charClass !== CharClass.Digit && !plain) return 0;
  return code | ((info & 0xff) << 8);
});

export function growInt32(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}
export function growUint16(old: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}
export function growUint8(old: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}

/** Chinese and Japanese text (U+3000..U+9FFF) and fullwidth punctuation take the fast path too. */
export const CJK_FAST_FIRST = 0x3000;
export const CJK_FAST_END = 0xa000;
const CJK_UNKNOWN = -2;
/**
 * Fast-path entry per code point of CJK_FAST_FIRST..CJK_FAST_END, filled on first use:
 * FAST_SEPARATOR, 0 for the general path, or the folded code (low 16 bits) with the unit flag
 * bits above it, for letters of a script written without spaces and no other special handling.
 */
const CJK_FAST = new Int32Array(CJK_FAST_END - CJK_FAST_FIRST).fill(CJK_UNKNOWN);

export function cjkFast(cp: number): number {
  const at = cp - CJK_FAST_FIRST;
  const known = CJK_FAST[at]!;
  if (known !== CJK_UNKNOWN) return known;
  const packed = foldCodePoint(cp);
  let entry = 0;
  if (packed === FOLD_SEPARATOR) entry = FAST_SEPARATOR;
  else if (packed >= 0) {
    const code = packed & 0x1fffff;
    const info = UNIT_INFO[packed >>> 21]!;
    const charClass = (packed >>> 21) & 3;
    if (
      charClass === CharClass.Letter &&
      info & UNIT_UNSPACED_SCRIPT &&
      !(info & INFO_LEET_SYMBOL) &&
      code < 0x10000
    )
      entry = code | ((info & 0xff) << 16);
  }
  CJK_FAST[at] = entry;
  return entry;
}
