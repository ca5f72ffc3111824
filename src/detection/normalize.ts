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

const MAX_RUN = 65535;
const NO_NEXT = -1;

/**
 * The first folded unit after `index` when no separator comes first (zero-width characters are
 * skipped), or NO_NEXT at a separator or the end of the text.
 */
function nextAdjacentUnit(text: string, index: number): number {
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
const INFO_LEET_SYMBOL = 0x100;
const INFO_PLAIN_LATIN = 0x200;
/** Unit flag bits (and two helper bits) for every value of `packed >>> 21` (class and fold flags). */
const UNIT_INFO = Int32Array.from({ length: 1 << 11 }, (_, high) => {
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
const ASCII_FOLD = Int32Array.from({ length: 128 }, (_, cp) => foldCodePoint(cp));

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
    let sepPending = 1;
    let invisiblePending = 0;
    for (let i = 0; i < length; ) {
      let cp = text.charCodeAt(i);
      let width = 1;
      let folded: number;
      if (cp < 128) {
        folded = ASCII_FOLD[cp]!;
      } else {
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
          const low = text.charCodeAt(i + 1);
          if (low >= 0xdc00 && low <= 0xdfff) {
            cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
            width = 2;
          }
        }
        folded = foldCodePoint(cp);
      }
      if (folded >= 0) {
        this.emit(folded, i, i + width, sepPending, invisiblePending, text, i + width, -1);
        sepPending = 0;
        invisiblePending = 0;
      } else if (folded === FOLD_SEPARATOR) {
        sepPending = 1;
      } else if (folded === FOLD_DROP) {
        invisiblePending = 1;
      } else {
        const units = foldMulti(cp);
        for (let k = 0; k < units.length; k++) {
          const next = k + 1 < units.length ? units[k + 1]! : -1;
          this.emit(units[k]!, i, i + width, sepPending, invisiblePending, text, i + width, next);
          sepPending = 0;
          invisiblePending = 0;
        }
      }
      i += width;
    }
    this.plainLatinUnits = this.plainLatin;
    this.boundaryBefore[this.length] = 1; // sentinel: the end of the text is a boundary
    return this;
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

function growInt32(old: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}
function growUint16(old: Uint16Array, size: number): Uint16Array<ArrayBuffer> {
  const next = new Uint16Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}
function growUint8(old: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
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
    out += String.fromCodePoint(view.codes[i]!).repeat(Math.min(view.runs[i]!, 8));
  }
  return out;
}
