/**
 * The normalizer's buffers, state and general path (see normalize.ts, whose TextNormalizer adds the
 * fast path for plain ASCII): one code point at a time through the fold tables of fold.ts, with
 * the look-ahead that leet symbols and spaced-out letters need.
 */
import { CharClass, FOLD_DROP, FOLD_SEPARATOR, foldCodePoint, foldMulti } from './fold.ts';
import {
  ASCII_FOLD,
  growInt32,
  growUint8,
  growUint16,
  INFO_LEET_SYMBOL,
  INFO_PLAIN_LATIN,
  MAX_RUN,
  NO_NEXT,
  nextAdjacentUnit,
  UNIT_DECIMAL_BEFORE,
  UNIT_INFO,
  UNIT_INVISIBLE_BEFORE,
  UNIT_UNSPACED_SCRIPT,
} from './unit-tables.ts';

export interface NormalizedView {
  readonly length: number;
  /** Folded skeleton code of each unit. */
  readonly codes: Int32Array;
  /** How many folded characters the unit stands for (run length). */
  readonly runs: Uint16Array;
  /** UTF-16 offsets in the original text: [start, end). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** 1 when a separator or a change of script precedes the unit (or it is the first one). */
  readonly boundaryBefore: Uint8Array;
  /** Separators swallowed inside a run ("g u u c c i": the "u u" run holds one). */
  readonly interiorBoundaries: Uint8Array;
  readonly flags: Uint8Array;
  /** Units of ordinary (not fullwidth) Latin letters: tells a disguise from CJK typing habits. */
  readonly plainLatinUnits: number;
  /** Units with a non-ASCII code: with none, only word starts can begin a pattern. */
  readonly nonAsciiUnits: number;
  /** Words: runs of units between boundaries, with their first unit and two polynomial hashes. */
  readonly wordCount: number;
  readonly wordStarts: Int32Array;
  readonly wordHash: Int32Array;
  readonly wordCheck: Int32Array;
}

/** Bases of the two word hashes (shared with fuzzy.ts so word pairs combine in O(1)). */
export const WORD_HASH_BASE = 0x01000193;
export const WORD_CHECK_BASE = 0x2c1b3c6d;

/** invisiblePending: an invisible character right after a separator, right before a letter. */
export const INVISIBLE_AFTER_SPACE = 2;

/** Variation selectors and the zero-width joiner: parts of an emoji, not characters put in a word. */
function emojiModifier(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x200d || (cp >= 0xe0100 && cp <= 0xe01ef);
}

export class GeneralNormalizer implements NormalizedView {
  length = 0;
  plainLatinUnits = 0;
  nonAsciiUnits = 0;
  codes = new Int32Array(256);
  runs = new Uint16Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  boundaryBefore = new Uint8Array(256);
  interiorBoundaries = new Uint8Array(256);
  flags = new Uint8Array(256);
  wordCount = 0;
  wordStarts = new Int32Array(64);
  wordHash = new Int32Array(64);
  wordCheck = new Int32Array(64);

  // state of the single pass
  protected pendingBoundary = 0;
  protected prevUnspaced = -1;
  protected lastCode = -1;
  protected plainLatin = 0;
  /** Class and separator flag of the previous folded character (kept or not). */
  protected prevRawClass = -1;
  protected prevRawSep = 0;
  protected sepPending = 1;
  protected invisiblePending = 0;
  /** The pending separator is one "." or "," right after a character (see UNIT_DECIMAL_BEFORE). */
  protected decimalPending = 0;
  /** interiorBoundaries is 0 from here on: the fast path leaves it alone (see normalize). */
  protected interiorHigh = 0;

  /** The general path for one code point at `i`; returns the index after it. */
  protected slowChar(text: string, i: number): number {
    let cp = text.charCodeAt(i);
    let width = 1;
    let folded: number;
    if (cp < 128) {
      folded = ASCII_FOLD[cp]!;
    } else {
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      folded = foldCodePoint(cp);
    }
    if (folded >= 0) {
      this.emit(folded, i, i + width, this.sepPending, this.invisiblePending, text, i + width, -1);
      this.sepPending = 0;
      this.invisiblePending = 0;
    } else if (folded === FOLD_SEPARATOR) {
      this.decimalPending = this.sepPending === 0 && (cp === 46 || cp === 44) ? 1 : 0;
      this.sepPending = 1;
      this.invisiblePending = 0;
    } else if (folded === FOLD_DROP) {
      // an invisible character put between a space and a letter ("Mini \u200cRodini") hides the
      // word as one inside it does; a variation selector or joiner after a symbol belongs to the emoji
      this.invisiblePending = this.sepPending === 1 && !emojiModifier(cp) ? INVISIBLE_AFTER_SPACE : 1;
    } else {
      const units = foldMulti(cp);
      for (let k = 0; k < units.length; k++) {
        const next = k + 1 < units.length ? units[k + 1]! : -1;
        this.emit(units[k]!, i, i + width, this.sepPending, this.invisiblePending, text, i + width, next);
        this.sepPending = 0;
        this.invisiblePending = 0;
      }
    }
    return i + width;
  }

  /**
   * Adds one folded character: drops punctuation-like leet symbols, marks boundaries and merges
   * runs. `nextPacked` is the next unit of the same code point ("ß" -> "ss"), or -1 to look ahead
   * in the text from `nextIndex` (needed only in the rare leet and spaced-out cases).
   */
  private emit(
    packed: number,
    start: number,
    end: number,
    sepBefore: number,
    invisibleBefore: number,
    text: string,
    nextIndex: number,
    nextPacked: number,
  ): void {
    const info = UNIT_INFO[packed >>> 21]!;
    const charClass = (packed >>> 21) & 3;
    const prevRawClass = this.prevRawClass;
    const prevRawSep = this.prevRawSep;
    const decimal =
      this.decimalPending === 1 &&
      sepBefore === 1 &&
      charClass === CharClass.Digit &&
      prevRawClass === CharClass.Digit;
    this.decimalPending = 0;
    this.prevRawClass = charClass;
    this.prevRawSep = sepBefore;
    let boundary = sepBefore | this.pendingBoundary;
    this.pendingBoundary = 0;
    if (info & INFO_LEET_SYMBOL) {
      const next = nextPacked >= 0 ? nextPacked : nextAdjacentUnit(text, nextIndex);
      const afterLetter = prevRawClass !== -1 && sepBefore === 0 && prevRawClass !== CharClass.LeetSymbol;
      const raw = text.charCodeAt(start);
      // "@" and "$" right after a letter stand for one even at the end of a word ("Adida$", "P@nd0r@")
      const inside =
        afterLetter &&
        ((next !== NO_NEXT && ((next >>> 21) & 3) !== CharClass.LeetSymbol) || raw === 64 || raw === 36);
      if (!inside) {
        // a lone "$" or a trailing "!" is punctuation, not a letter in disguise
        this.pendingBoundary = 1;
        return;
      }
    }
    const code = packed & 0x1fffff;
    const unspaced = info & UNIT_UNSPACED_SCRIPT;
    if (unspaced !== this.prevUnspaced && this.prevUnspaced !== -1) boundary = 1;
    // a Chinese numeral folded to a digit is a word of its own next to Latin letters
    // ("overrun一比一Powerblend" is "overrun 1比1 powerblend", not "overrun1")
    if (charClass === CharClass.Digit && isChineseNumeral(text.charCodeAt(start))) {
      if (prevRawClass === CharClass.Letter && sepBefore === 0) boundary = 1;
      if (isAsciiLetter(text.charCodeAt(end))) this.pendingBoundary = 1;
    }
    this.prevUnspaced = unspaced;
    const n = this.length;
    let unitFlagBits = info & 0xff;
    if (invisibleBefore === INVISIBLE_AFTER_SPACE || (invisibleBefore === 1 && boundary === 0 && n > 0))
      unitFlagBits |= UNIT_INVISIBLE_BEFORE;
    if (decimal) unitFlagBits |= UNIT_DECIMAL_BEFORE;
    if (code < 128 && info & INFO_PLAIN_LATIN) this.plainLatin++;
    // runs merge inside a word, and across a boundary only for spaced-out letters ("g u u c c i");
    // digits keep their separators: "1:1" is two units, "11" one
    if (
      code === this.lastCode &&
      (boundary === 0 ||
        (charClass !== CharClass.Digit &&
          prevRawClass !== CharClass.Digit &&
          prevRawSep === 1 &&
          sepBefore === 1 &&
          (nextPacked >= 0 ? false : nextAdjacentUnit(text, nextIndex) === NO_NEXT)))
    ) {
      const last = n - 1;
      if (this.runs[last]! < MAX_RUN) this.runs[last]!++;
      this.ends[last] = end;
      this.flags[last]! |= unitFlagBits;
      if (boundary && this.interiorBoundaries[last]! < 255) {
        this.interiorBoundaries[last]!++;
        if (last >= this.interiorHigh) this.interiorHigh = last + 1;
      }
      return;
    }
    if (n + 1 >= this.codes.length) this.growUnits(n * 2 + 4);
    this.codes[n] = code;
    if (code >= 128) this.nonAsciiUnits++;
    this.runs[n] = 1;
    this.starts[n] = start;
    this.ends[n] = end;
    this.boundaryBefore[n] = n === 0 ? 1 : boundary;
    this.interiorBoundaries[n] = 0;
    this.flags[n] = unitFlagBits;
    this.lastCode = code;
    this.length = n + 1;
    // word hashes are kept as units are added, so the misspelling check needs no pass of its own
    let w = this.wordCount - 1;
    if (n === 0 || boundary === 1) {
      w++;
      if (w >= this.wordStarts.length) this.growWords(w * 2 + 4);
      this.wordStarts[w] = n;
      this.wordHash[w] = code;
      this.wordCheck[w] = code;
      this.wordCount = w + 1;
    } else {
      this.wordHash[w] = (Math.imul(this.wordHash[w]!, WORD_HASH_BASE) + code) | 0;
      this.wordCheck[w] = (Math.imul(this.wordCheck[w]!, WORD_CHECK_BASE) + code) | 0;
    }
  }

  protected growWords(size: number): void {
    this.wordStarts = growInt32(this.wordStarts, size);
    this.wordHash = growInt32(this.wordHash, size);
    this.wordCheck = growInt32(this.wordCheck, size);
  }

  protected growUnits(size: number): void {
    this.codes = growInt32(this.codes, size);
    this.runs = growUint16(this.runs, size);
    this.starts = growInt32(this.starts, size);
    this.ends = growInt32(this.ends, size);
    this.boundaryBefore = growUint8(this.boundaryBefore, size + 1);
    this.interiorBoundaries = growUint8(this.interiorBoundaries, size);
    this.flags = growUint8(this.flags, size);
  }

  /** Back to the state before the first character of a text. */
  protected resetState(): void {
    this.length = 0;
    this.wordCount = 0;
    this.plainLatin = 0;
    this.nonAsciiUnits = 0;
    this.pendingBoundary = 0;
    this.prevUnspaced = -1;
    this.lastCode = -1;
    this.prevRawClass = -1;
    this.prevRawSep = 0;
    this.sepPending = 1;
    this.invisiblePending = 0;
    this.decimalPending = 0;
  }
}

/** A Chinese character read as a digit (一, 〇, 贰), not a fullwidth digit. */
function isChineseNumeral(code: number): boolean {
  return code === 0x3007 || (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
