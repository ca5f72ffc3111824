/**
 * The normalizer turns listing text into a compact "skeleton" stream that the matchers work on,
 * keeping for every unit the span of the original text it came from.
 *
 * Skeleton units: one per run of identical folded characters (so "Guuucci" and "Gucci" share a
 * skeleton and the run lengths are kept for verification). Separators, punctuation, emoji and
 * zero-width characters are removed; where a separator stood, the next unit gets a word-boundary
 * mark. Digits and "@$!|" are stored with the letter they can impersonate ("0" -> "o"); the
 * original class is kept so a pattern digit only matches a digit (see matcher verification).
 *
 * One `TextNormalizer` reuses its buffers across calls: the view it returns is valid until the next
 * call. Use `normalizeText` for an owned copy.
 */
import { CharClass, FOLD_DROP, FOLD_SEPARATOR, foldCodePoint, foldMulti } from './fold.ts';
import {
  ASCII_FAST,
  ASCII_FOLD,
  FAST_SEPARATOR,
  growInt32,
  growUint8,
  growUint16,
  INFO_LEET_SYMBOL,
  INFO_PLAIN_LATIN,
  MAX_RUN,
  NO_NEXT,
  nextAdjacentUnit,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_INFO,
  UNIT_INVISIBLE_BEFORE,
  UNIT_UNSPACED_SCRIPT,
} from './unit-tables.ts';

export {
  UNIT_FULLWIDTH,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_HOMOGLYPH,
  UNIT_INVISIBLE_BEFORE,
  UNIT_LEET_SYMBOL,
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
  /** Words: runs of units between boundaries, with their first unit and two polynomial hashes. */
  readonly wordCount: number;
  readonly wordStarts: Int32Array;
  readonly wordHash: Int32Array;
  readonly wordCheck: Int32Array;
}

/** Bases of the two word hashes (shared with fuzzy.ts so word pairs combine in O(1)). */
export const WORD_HASH_BASE = 0x01000193;
export const WORD_CHECK_BASE = 0x2c1b3c6d;

export class TextNormalizer implements NormalizedView {
  length = 0;
  plainLatinUnits = 0;
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
  private pendingBoundary = 0;
  private prevUnspaced = -1;
  private lastCode = -1;
  private plainLatin = 0;
  /** Class and separator flag of the previous folded character (kept or not). */
  private prevRawClass = -1;
  private prevRawSep = 0;
  private sepPending = 1;
  private invisiblePending = 0;

  /** Normalize `text`; never throws (lone surrogates and controls are separators). */
  normalize(text: string): NormalizedView {
    const length = text.length;
    if (this.codes.length < length + 2) this.growUnits(length + 2);
    this.length = 0;
    this.wordCount = 0;
    this.plainLatin = 0;
    this.pendingBoundary = 0;
    this.prevUnspaced = -1;
    this.lastCode = -1;
    this.prevRawClass = -1;
    this.prevRawSep = 0;
    this.sepPending = 1;
    this.invisiblePending = 0;
    // The common case (an ASCII letter or digit starting a new unit, or extending a run inside a
    // word) is inlined here on local copies of the state; anything else goes through `slowChar`.
    let n = 0;
    let w = -1;
    let lastCode = -1;
    let prevUnspaced = -1;
    let pendingBoundary = 0;
    let sepPending = 1;
    let invisiblePending = 0;
    let plainLatin = 0;
    let codes = this.codes;
    let capacity = codes.length - 1;
    let wordCapacity = this.wordStarts.length;
    for (let i = 0; i < length; ) {
      const cp = text.charCodeAt(i);
      if (cp < 128) {
        const fast = ASCII_FAST[cp]!;
        if (fast === FAST_SEPARATOR) {
          sepPending = 1;
          i++;
          continue;
        }
        if (fast !== 0) {
          const code = fast & 0xff;
          const boundary = sepPending | pendingBoundary | (prevUnspaced > 0 ? 1 : 0);
          if (code !== lastCode || boundary === 0) {
            let bits = fast >>> 8;
            if (invisiblePending === 1 && boundary === 0 && n > 0) bits |= UNIT_INVISIBLE_BEFORE;
            if (bits & UNIT_HAS_LETTER) plainLatin++;
            this.prevRawClass = bits & UNIT_HAS_DIGIT ? CharClass.Digit : CharClass.Letter;
            this.prevRawSep = sepPending;
            pendingBoundary = 0;
            prevUnspaced = 0;
            sepPending = 0;
            invisiblePending = 0;
            if (code === lastCode) {
              // a run inside a word
              const last = n - 1;
              if (this.runs[last]! < MAX_RUN) this.runs[last]!++;
              this.ends[last] = i + 1;
              this.flags[last]! |= bits;
            } else {
              if (n >= capacity) {
                this.growUnits(n * 2 + 4);
                codes = this.codes;
                capacity = codes.length - 1;
              }
              codes[n] = code;
              this.runs[n] = 1;
              this.starts[n] = i;
              this.ends[n] = i + 1;
              this.boundaryBefore[n] = n === 0 ? 1 : boundary;
              this.interiorBoundaries[n] = 0;
              this.flags[n] = bits;
              lastCode = code;
              if (n === 0 || boundary === 1) {
                w++;
                if (w >= wordCapacity) {
                  this.growWords(w * 2 + 4);
                  wordCapacity = this.wordStarts.length;
                }
                this.wordStarts[w] = n;
                this.wordHash[w] = code;
                this.wordCheck[w] = code;
              } else {
                this.wordHash[w] = (Math.imul(this.wordHash[w]!, WORD_HASH_BASE) + code) | 0;
                this.wordCheck[w] = (Math.imul(this.wordCheck[w]!, WORD_CHECK_BASE) + code) | 0;
              }
              n++;
            }
            i++;
            continue;
          }
        }
      }
      // everything else: hand the state to the general path and take it back
      this.length = n;
      this.wordCount = w + 1;
      this.lastCode = lastCode;
      this.prevUnspaced = prevUnspaced;
      this.pendingBoundary = pendingBoundary;
      this.sepPending = sepPending;
      this.invisiblePending = invisiblePending;
      this.plainLatin = plainLatin;
      i = this.slowChar(text, i);
      n = this.length;
      w = this.wordCount - 1;
      lastCode = this.lastCode;
      prevUnspaced = this.prevUnspaced;
      pendingBoundary = this.pendingBoundary;
      sepPending = this.sepPending;
      invisiblePending = this.invisiblePending;
      plainLatin = this.plainLatin;
      codes = this.codes;
      capacity = codes.length - 1;
      wordCapacity = this.wordStarts.length;
    }
    this.length = n;
    this.wordCount = w + 1;
    this.plainLatinUnits = plainLatin;
    this.boundaryBefore[n] = 1; // sentinel: the end of the text is a boundary
    return this;
  }

  /** The general path for one code point at `i`; returns the index after it. */
  private slowChar(text: string, i: number): number {
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
      this.sepPending = 1;
    } else if (folded === FOLD_DROP) {
      this.invisiblePending = 1;
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
    this.prevRawClass = charClass;
    this.prevRawSep = sepBefore;
    let boundary = sepBefore | this.pendingBoundary;
    this.pendingBoundary = 0;
    if (info & INFO_LEET_SYMBOL) {
      const next = nextPacked >= 0 ? nextPacked : nextAdjacentUnit(text, nextIndex);
      const inside =
        prevRawClass !== -1 &&
        sepBefore === 0 &&
        prevRawClass !== CharClass.LeetSymbol &&
        next !== NO_NEXT &&
        ((next >>> 21) & 3) !== CharClass.LeetSymbol;
      if (!inside) {
        // a lone "$" or a trailing "!" is punctuation, not a letter in disguise
        this.pendingBoundary = 1;
        return;
      }
    }
    const code = packed & 0x1fffff;
    const unspaced = info & UNIT_UNSPACED_SCRIPT;
    if (unspaced !== this.prevUnspaced && this.prevUnspaced !== -1) boundary = 1;
    this.prevUnspaced = unspaced;
    const n = this.length;
    let unitFlagBits = info & 0xff;
    if (invisibleBefore === 1 && boundary === 0 && n > 0) unitFlagBits |= UNIT_INVISIBLE_BEFORE;
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
      if (boundary && this.interiorBoundaries[last]! < 255) this.interiorBoundaries[last]!++;
      return;
    }
    if (n + 1 >= this.codes.length) this.growUnits(n * 2 + 4);
    this.codes[n] = code;
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

  private growWords(size: number): void {
    this.wordStarts = growInt32(this.wordStarts, size);
    this.wordHash = growInt32(this.wordHash, size);
    this.wordCheck = growInt32(this.wordCheck, size);
  }

  private growUnits(size: number): void {
    this.codes = growInt32(this.codes, size);
    this.runs = growUint16(this.runs, size);
    this.starts = growInt32(this.starts, size);
    this.ends = growInt32(this.ends, size);
    this.boundaryBefore = growUint8(this.boundaryBefore, size + 1);
    this.interiorBoundaries = growUint8(this.interiorBoundaries, size);
    this.flags = growUint8(this.flags, size);
  }
}

/** An owned normalization result, for tests, evidence and pattern compilation. */
export interface NormalizedText {
  /** Skeleton with runs expanded, e.g. "R0lex" -> "rolex"; word boundaries shown as spaces. */
  skeleton: string;
  /** Skeleton with runs collapsed, no boundaries: the form the automaton matches. */
  key: string;
  codes: number[];
  runs: number[];
  starts: number[];
  ends: number[];
  boundaryBefore: number[];
  flags: number[];
}

const sharedNormalizer = new TextNormalizer();

export function normalizeText(text: string): NormalizedText {
  const view = sharedNormalizer.normalize(text);
  return copyView(view);
}

export function copyView(view: NormalizedView): NormalizedText {
  const n = view.length;
  const codes = Array.from(view.codes.subarray(0, n));
  let skeleton = '';
  let key = '';
  for (let i = 0; i < n; i++) {
    const ch = String.fromCodePoint(codes[i]!);
    if (i > 0 && view.boundaryBefore[i]) skeleton += ' ';
    skeleton += ch.repeat(Math.min(view.runs[i]!, 8));
    key += ch;
  }
  return {
    skeleton,
    key,
    codes,
    runs: Array.from(view.runs.subarray(0, n)),
    starts: Array.from(view.starts.subarray(0, n)),
    ends: Array.from(view.ends.subarray(0, n)),
    boundaryBefore: Array.from(view.boundaryBefore.subarray(0, n)),
    flags: Array.from(view.flags.subarray(0, n)),
  };
}

/** Readable skeleton of units [from, to) of a view, runs expanded. */
export function skeletonOf(view: NormalizedView, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    if (i > from && view.boundaryBefore[i]) out += ' ';
    const code = view.codes[i]!;
    const run = view.runs[i]!;
    const ch = code < 128 ? ASCII_CHARS[code]! : String.fromCodePoint(code);
    out += run === 1 ? ch : ch.repeat(Math.min(run, 8));
  }
  return out;
}

const ASCII_CHARS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
