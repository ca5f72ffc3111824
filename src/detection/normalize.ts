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
import { CharClass, FOLD_SEPARATOR, foldCodePoint } from './fold.ts';
import {
  GeneralNormalizer,
  INVISIBLE_AFTER_SPACE,
  type NormalizedView,
  WORD_CHECK_BASE,
  WORD_HASH_BASE,
} from './normalize-general.ts';
import {
  ASCII_FAST,
  CJK_FAST_END,
  CJK_FAST_FIRST,
  cjkFast,
  growInt32,
  MAX_RUN,
  UNIT_DECIMAL_BEFORE,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_INVISIBLE_BEFORE,
  UNIT_UNSPACED_SCRIPT,
} from './unit-tables.ts';

export { type NormalizedView, WORD_CHECK_BASE, WORD_HASH_BASE } from './normalize-general.ts';
export {
  UNIT_DECIMAL_BEFORE,
  UNIT_FULLWIDTH,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_HOMOGLYPH,
  UNIT_INVISIBLE_BEFORE,
  UNIT_LEET_SYMBOL,
  UNIT_UNSPACED_SCRIPT,
} from './unit-tables.ts';

/**
 * Fullwidth forms (U+FF00..U+FFEF) that fold to a separator ("，", "："), common in Chinese text
 * and outside the CJK fast table: cjkRun reads them as the general path does (slowChar).
 */
const FULLWIDTH_FIRST = 0xff00;
const FULLWIDTH_END = 0xfff0;
const FULLWIDTH_SEPARATOR = Uint8Array.from({ length: FULLWIDTH_END - FULLWIDTH_FIRST }, (_, k) =>
  foldCodePoint(FULLWIDTH_FIRST + k) === FOLD_SEPARATOR ? 1 : 0,
);

const DIGIT_CLASS: number = CharClass.Digit;
const LETTER_CLASS: number = CharClass.Letter;

export interface NormalizerOptions {
  /**
   * false: every character takes the general path. The fast path must give the same view; tests
   * compare the two. Normalizers used while compiling (patterns, colour words) take it: V8 keeps
   * one type feedback per method for all normalizers, and the strings compiling reads (internalized,
   * sliced, concatenated, one and two bytes) made `text.charCodeAt` in fastRun and cjkRun
   * megamorphic, a generic call per character for every listing scanned afterwards (titles
   * normalized 9 -> 14.5 ns a character after a detector's construction).
   */
  fastPath?: boolean;
}

/**
 * One line's view, normalized on its own, to be copied into later texts that repeat the line (see
 * TextNormalizer.normalizePieces and boilerplate.ts): units and words with offsets from the line's
 * start, the counts the view keeps, the normalizer's state after the line, and the pattern hits
 * found in it (set by the detector, which owns the automaton).
 */
export interface LineSnapshot {
  readonly line: string;
  readonly length: number;
  readonly codes: Int32Array;
  readonly runs: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly boundaryBefore: Uint8Array;
  /** null when no unit swallowed a separator (the common case) */
  readonly interiorBoundaries: Uint8Array | null;
  readonly flags: Uint8Array;
  readonly wordCount: number;
  readonly wordStarts: Int32Array;
  readonly wordHash: Int32Array;
  readonly wordCheck: Int32Array;
  readonly plainLatin: number;
  readonly nonAscii: number;
  /** lastCode, prevUnspaced, pendingBoundary, sepPending, invisiblePending, decimalPending, prevRawClass, prevRawSep */
  readonly exit: Int32Array;
  /** The automaton's hits in the line: pattern, payload, start unit, end unit, obfuscation (5 per hit). */
  hits: Int32Array | null;
}

/**
 * Whether the text after a line could continue the line's last unit: a lone letter after a
 * separator ("… g" then "g u c c i" on the next line: spaced-out letters merge across the break).
 * The line's units are still copied right (the next line is normalized onto them), but a hit
 * ending at that unit is not known from the line alone.
 */
export function endsOpen(snapshot: LineSnapshot): boolean {
  // exit[7]: prevRawSep, 1 when the last character emitted had a separator before it
  return snapshot.exit[7] === 1;
}

export class TextNormalizer extends GeneralNormalizer {
  private readonly fastTable: Int32Array = ASCII_FAST;
  private readonly fastPath: boolean;

  constructor(options: NormalizerOptions = {}) {
    super();
    this.fastPath = options.fastPath !== false;
  }

  /** Normalize `text`; never throws (lone surrogates and controls are separators). */
  normalize(text: string): NormalizedView {
    this.begin(text.length);
    this.run(text, 0, text.length);
    return this.finish();
  }

  /**
   * Normalize the stretches [starts[k], ends[k]) of `text` as if they were one text joined by line
   * breaks, with the offsets of `text` (see boilerplate.ts). Each stretch ends at a line break or at
   * the end of the text, and each after the first begins right after one: that line break is read
   * as the joining one, so the view equals that of the joined text but for its offsets (the look-
   * ahead of the general path stops at a line break, in both).
   */
  normalizeSegments(text: string, starts: Int32Array, ends: Int32Array, count: number): NormalizedView {
    let total = 0;
    for (let k = 0; k < count; k++) total += ends[k]! - starts[k]! + 1;
    this.begin(total);
    for (let k = 0; k < count; k++) this.run(text, k === 0 ? starts[k]! : starts[k]! - 1, ends[k]!);
    return this.finish();
  }

  /**
   * Like normalizeSegments, where some stretches are single lines already normalized once
   * (`snapshots[k]`, see snapshotLine; null: normalize the stretch). A snapshot's units are copied
   * in with their offsets moved to the line's place, and the state after the line restored, so the
   * view equals that of normalizing every stretch: a line break ends every unit but a run of
   * spaced-out letters ("g\ng"), so a line whose first unit could continue the last unit before it
   * is normalized instead. The lines copied in, and where their units begin, are left in
   * `copiedLines`, `copiedSnapshots` and `copiedUnits` (see Detector.collect).
   */
  normalizePieces(
    text: string,
    starts: Int32Array,
    ends: Int32Array,
    snapshots: readonly (LineSnapshot | null)[],
    count: number,
  ): NormalizedView {
    let total = 0;
    for (let k = 0; k < count; k++) total += ends[k]! - starts[k]! + 1;
    this.begin(total);
    for (let k = 0; k < count; k++) {
      const start = starts[k]!;
      const snapshot = snapshots[k];
      // a line without units leaves the state as it was, which its snapshot does not know
      if (
        snapshot === null ||
        snapshot === undefined ||
        snapshot.length === 0 ||
        snapshot.codes[0] === this.lastCode
      ) {
        this.run(text, k === 0 ? start : start - 1, ends[k]!);
        continue;
      }
      // the joining line break is not read: a line break only sets sepPending, invisiblePending and
      // decimalPending (a separator, fold.ts), and copyLine sets all of the state from the snapshot
      this.copyLine(snapshot, start);
    }
    return this.finish();
  }

  /**
   * The view of one line (no line break in it) as a snapshot that normalizePieces can copy into any
   * text, with the state after it; its offsets are from the line's start. Valid only for a line
   * normalized on its own: the state at a line's start does not depend on what came before, but
   * for the run of spaced-out letters normalizePieces leaves out.
   */
  snapshotLine(line: string): LineSnapshot {
    this.normalize(line);
    const n = this.length;
    const words = this.wordCount;
    let interior = 0;
    for (let u = 0; u < n; u++) interior |= this.interiorBoundaries[u]!;
    return {
      line,
      length: n,
      codes: this.codes.slice(0, n),
      runs: this.runs.slice(0, n),
      starts: this.starts.slice(0, n),
      ends: this.ends.slice(0, n),
      boundaryBefore: this.boundaryBefore.slice(0, n),
      interiorBoundaries: interior === 0 ? null : this.interiorBoundaries.slice(0, n),
      flags: this.flags.slice(0, n),
      wordCount: words,
      wordStarts: this.wordStarts.slice(0, words),
      wordHash: this.wordHash.slice(0, words),
      wordCheck: this.wordCheck.slice(0, words),
      plainLatin: this.plainLatin,
      nonAscii: this.nonAsciiUnits,
      exit: Int32Array.of(
        this.lastCode,
        this.prevUnspaced,
        this.pendingBoundary,
        this.sepPending,
        this.invisiblePending,
        this.decimalPending,
        this.prevRawClass,
        this.prevRawSep,
      ),
      hits: null,
    };
  }

  /** Lines copied in by the last normalizePieces: their snapshots and first units. */
  copiedLines = 0;
  copiedSnapshots: LineSnapshot[] = [];
  copiedUnits: Int32Array = new Int32Array(16);

  private copyLine(snapshot: LineSnapshot, at: number): void {
    const n = this.length;
    const length = snapshot.length;
    if (n + length + 2 > this.codes.length) this.growUnits(n + length + 2);
    const w = this.wordCount;
    if (w + snapshot.wordCount + 2 > this.wordStarts.length) this.growWords(w + snapshot.wordCount + 2);
    this.codes.set(snapshot.codes, n);
    this.runs.set(snapshot.runs, n);
    this.boundaryBefore.set(snapshot.boundaryBefore, n);
    this.flags.set(snapshot.flags, n);
    const starts = this.starts;
    const ends = this.ends;
    const lineStarts = snapshot.starts;
    const lineEnds = snapshot.ends;
    const top = n + length;
    for (let u = n, v = 0; u < top; u++, v++) {
      starts[u] = lineStarts[v]! + at;
      ends[u] = lineEnds[v]! + at;
    }
    if (snapshot.interiorBoundaries !== null) {
      this.interiorBoundaries.set(snapshot.interiorBoundaries, n);
      this.interiorHigh = n + length;
    }
    const wordStarts = this.wordStarts;
    const lineWords = snapshot.wordStarts;
    for (let k = 0; k < snapshot.wordCount; k++) wordStarts[w + k] = lineWords[k]! + n;
    this.wordHash.set(snapshot.wordHash, w);
    this.wordCheck.set(snapshot.wordCheck, w);
    this.length = n + length;
    this.wordCount = w + snapshot.wordCount;
    this.plainLatin += snapshot.plainLatin;
    this.nonAsciiUnits += snapshot.nonAscii;
    const exit = snapshot.exit;
    this.lastCode = exit[0]!;
    this.prevUnspaced = exit[1]!;
    this.pendingBoundary = exit[2]!;
    this.sepPending = exit[3]!;
    this.invisiblePending = exit[4]!;
    this.decimalPending = exit[5]!;
    this.prevRawClass = exit[6]!;
    this.prevRawSep = exit[7]!;
    const copied = this.copiedLines;
    if (copied === this.copiedUnits.length) this.copiedUnits = growInt32(this.copiedUnits, copied * 2);
    this.copiedUnits[copied] = n;
    this.copiedSnapshots[copied] = snapshot;
    this.copiedLines = copied + 1;
  }

  private begin(length: number): void {
    if (this.codes.length < length + 2) this.growUnits(length + 2);
    this.copiedLines = 0;
    // only the general path records separators inside runs; clear what the last text left
    if (this.interiorHigh > 0) {
      this.interiorBoundaries.fill(0, 0, this.interiorHigh);
      this.interiorHigh = 0;
    }
    this.resetState();
  }

  private finish(): NormalizedView {
    this.plainLatinUnits = this.plainLatin;
    this.boundaryBefore[this.length] = 1; // sentinel: the end of the text is a boundary
    return this;
  }

  /** Normalizes text[from, end), continuing the state of what came before. */
  private run(text: string, from: number, end: number): void {
    // runs of the common case (ASCII letters, digits and separators) alternate with single code
    // points through the general path
    const fast = this.fastPath;
    for (let i = from; i < end; ) {
      if (fast) {
        const before = i;
        i = this.fastRun(text, i, end);
        if (i < end) i = this.cjkRun(text, i, end);
        if (i !== before) continue;
      }
      i = this.slowChar(text, i);
    }
  }

  /**
   * The fast path: from `from` (to `length` at most), ASCII letters and digits that start a unit or extend a run, and
   * separators, until the first character that needs the general path; returns its index. It works
   * on local copies of the state, the buffers (grown beforehand, so they never change here and the
   * compiler checks them once) and the tables (imported bindings are reloaded at every use).
   */
  private fastRun(text: string, from: number, length: number): number {
    let n = this.length;
    let w = this.wordCount - 1;
    // at most one unit and one word per character
    if (n + length - from + 2 > this.codes.length) this.growUnits(n + length - from + 2);
    if (w + length - from + 2 > this.wordStarts.length) this.growWords(w + length - from + 2);
    // a field's type is known to the compiler, an imported binding's is not; `| 0` makes the
    // constants plain integers once, before the loop
    const table = this.fastTable;
    const hashBase = WORD_HASH_BASE | 0;
    const checkBase = WORD_CHECK_BASE | 0;
    const letter = UNIT_HAS_LETTER | 0;
    const digit = UNIT_HAS_DIGIT | 0;
    const maxRun = MAX_RUN | 0;
    const invisibleBefore = UNIT_INVISIBLE_BEFORE | 0;
    const afterSpace = INVISIBLE_AFTER_SPACE | 0;
    const decimalBefore = UNIT_DECIMAL_BEFORE | 0;
    const codes = this.codes;
    const runs = this.runs;
    const starts = this.starts;
    const ends = this.ends;
    const boundaryBefore = this.boundaryBefore;
    const flags = this.flags;
    const wordStarts = this.wordStarts;
    const wordHash = this.wordHash;
    const wordCheck = this.wordCheck;
    let lastCode = this.lastCode;
    let prevUnspaced = this.prevUnspaced;
    let pendingBoundary = this.pendingBoundary;
    let sepPending = this.sepPending;
    let invisiblePending = this.invisiblePending;
    let decimalPending = this.decimalPending;
    let plainLatin = this.plainLatin;
    let prevRawClass = this.prevRawClass;
    let prevRawSep = this.prevRawSep;
    let h1 = w >= 0 ? wordHash[w]! : 0;
    let h2 = w >= 0 ? wordCheck[w]! : 0;
    let i = from;
    while (i < length) {
      const cp = text.charCodeAt(i);
      const fast = cp < 128 ? table[cp]! : 0;
      if (fast < 0) {
        // FAST_SEPARATOR, the only negative entry; one "." or "," right after a character may be a
        // decimal point
        decimalPending = sepPending === 0 && (cp === 46 || cp === 44) ? 1 : 0;
        sepPending = 1;
        invisiblePending = 0;
        i++;
        continue;
      }
      if (fast === 0) break;
      let code = fast & 0xff;
      let bits = fast >>> 8;
      const boundary = sepPending | pendingBoundary | (prevUnspaced > 0 ? 1 : 0);
      // the same letter after a separator merges into the run only for spaced-out letters
      // ("g u u c c i", see emit); "shoes size" or "1:1" just start a new unit
      if (
        code === lastCode &&
        boundary === 1 &&
        (bits & digit) === 0 &&
        prevRawClass !== DIGIT_CLASS &&
        prevRawSep === 1 &&
        sepPending === 1
      )
        break;
      if (invisiblePending === afterSpace || (invisiblePending === 1 && boundary === 0 && n > 0))
        bits |= invisibleBefore;
      if (decimalPending === 1 && sepPending === 1 && bits & digit && prevRawClass === DIGIT_CLASS)
        bits |= decimalBefore;
      decimalPending = 0;
      prevRawSep = sepPending;
      pendingBoundary = 0;
      prevUnspaced = 0;
      sepPending = 0;
      invisiblePending = 0;
      // the first character may start a word or extend the last run
      if (bits & letter) plainLatin++;
      if (code === lastCode && boundary === 0) {
        const last = n - 1;
        if (runs[last]! < maxRun) runs[last]!++;
        ends[last] = i + 1;
        flags[last]! |= bits;
      } else {
        const wordStart = n === 0 || boundary === 1 ? 1 : 0;
        codes[n] = code;
        runs[n] = 1;
        starts[n] = i;
        ends[n] = i + 1;
        boundaryBefore[n] = wordStart;
        flags[n] = bits;
        lastCode = code;
        if (wordStart === 1) {
          w++;
          wordStarts[w] = n;
          h1 = code;
          h2 = code;
        } else {
          h1 = (Math.imul(h1, hashBase) + code) | 0;
          h2 = (Math.imul(h2, checkBase) + code) | 0;
        }
        n++;
      }
      i++;
      // the rest of the word, as long as it is plain ASCII letters and digits: no boundaries
      let inWord = 0;
      while (i < length) {
        const next = text.charCodeAt(i);
        const entry = next < 128 ? table[next]! : 0;
        if (entry <= 0) break; // a separator, or something for the general path
        code = entry & 0xff;
        bits = entry >>> 8;
        if (bits & letter) plainLatin++;
        if (code === lastCode) {
          const last = n - 1;
          if (runs[last]! < maxRun) runs[last]!++;
          ends[last] = i + 1;
          flags[last]! |= bits;
        } else {
          codes[n] = code;
          runs[n] = 1;
          starts[n] = i;
          ends[n] = i + 1;
          boundaryBefore[n] = 0;
          flags[n] = bits;
          lastCode = code;
          h1 = (Math.imul(h1, hashBase) + code) | 0;
          h2 = (Math.imul(h2, checkBase) + code) | 0;
          n++;
        }
        i++;
        inWord = 1;
      }
      wordHash[w] = h1;
      wordCheck[w] = h2;
      prevRawClass = bits & digit ? DIGIT_CLASS : LETTER_CLASS;
      if (inWord === 1) prevRawSep = 0;
    }
    this.length = n;
    this.wordCount = w + 1;
    this.lastCode = lastCode;
    this.prevUnspaced = prevUnspaced;
    this.pendingBoundary = pendingBoundary;
    this.sepPending = sepPending;
    this.invisiblePending = invisiblePending;
    this.decimalPending = decimalPending;
    this.plainLatin = plainLatin;
    this.prevRawClass = prevRawClass;
    this.prevRawSep = prevRawSep;
    return i;
  }

  /**
   * A run of Chinese (and Japanese) characters and CJK punctuation from `from`, until the first
   * character that is not one; returns its index. Each character is its own unit, as emit makes it
   * (normalize-general.ts); a separate loop so the ASCII loop stays small.
   */
  private cjkRun(text: string, from: number, length: number): number {
    let n = this.length;
    let w = this.wordCount - 1;
    if (n + length - from + 2 > this.codes.length) this.growUnits(n + length - from + 2);
    if (w + length - from + 2 > this.wordStarts.length) this.growWords(w + length - from + 2);
    const hashBase = WORD_HASH_BASE | 0;
    const checkBase = WORD_CHECK_BASE | 0;
    const maxRun = MAX_RUN | 0;
    const invisibleBefore = UNIT_INVISIBLE_BEFORE | 0;
    const afterSpace = INVISIBLE_AFTER_SPACE | 0;
    const unspacedFlag = UNIT_UNSPACED_SCRIPT | 0;
    const first = CJK_FAST_FIRST | 0;
    const end = CJK_FAST_END | 0;
    const codes = this.codes;
    const runs = this.runs;
    const starts = this.starts;
    const ends = this.ends;
    const boundaryBefore = this.boundaryBefore;
    const flags = this.flags;
    const wordStarts = this.wordStarts;
    const wordHash = this.wordHash;
    const wordCheck = this.wordCheck;
    let lastCode = this.lastCode;
    let prevUnspaced = this.prevUnspaced;
    let pendingBoundary = this.pendingBoundary;
    let sepPending = this.sepPending;
    let invisiblePending = this.invisiblePending;
    let decimalPending = this.decimalPending;
    let prevRawClass = this.prevRawClass;
    let prevRawSep = this.prevRawSep;
    let nonAscii = this.nonAsciiUnits;
    let h1 = w >= 0 ? wordHash[w]! : 0;
    let h2 = w >= 0 ? wordCheck[w]! : 0;
    const ascii = this.fastTable;
    const fullwidthSeparator = FULLWIDTH_SEPARATOR;
    let i = from;
    while (i < length) {
      const cp = text.charCodeAt(i);
      if (cp < first || cp >= end) {
        // an ASCII separator (the space between Chinese words) or a fullwidth one ("，", "：")
        // changes the state as in fastRun and slowChar (decimalPending only for "." and ","); it
        // is read here so that each word of a Chinese title is not a call of fastRun and of cjkRun
        if (
          cp < 128
            ? ascii[cp]! < 0
            : cp >= FULLWIDTH_FIRST && cp < FULLWIDTH_END && fullwidthSeparator[cp - FULLWIDTH_FIRST] === 1
        ) {
          decimalPending = sepPending === 0 && (cp === 46 || cp === 44) ? 1 : 0;
          sepPending = 1;
          invisiblePending = 0;
          i++;
          continue;
        }
        break;
      }
      const entry = cjkFast(cp);
      if (entry === 0) break;
      if (entry < 0) {
        decimalPending = 0;
        sepPending = 1;
        invisiblePending = 0;
        i++;
        continue;
      }
      const code = entry & 0xffff;
      let bits = entry >>> 16;
      const boundary = sepPending | pendingBoundary | (prevUnspaced === 0 ? 1 : 0);
      if (
        code === lastCode &&
        boundary === 1 &&
        prevRawClass !== DIGIT_CLASS &&
        prevRawSep === 1 &&
        sepPending === 1
      )
        break;
      if (invisiblePending === afterSpace || (invisiblePending === 1 && boundary === 0 && n > 0))
        bits |= invisibleBefore;
      decimalPending = 0;
      prevRawSep = sepPending;
      pendingBoundary = 0;
      prevUnspaced = unspacedFlag;
      sepPending = 0;
      invisiblePending = 0;
      if (code === lastCode && boundary === 0) {
        const last = n - 1;
        if (runs[last]! < maxRun) runs[last]!++;
        ends[last] = i + 1;
        flags[last]! |= bits;
      } else {
        codes[n] = code;
        runs[n] = 1;
        starts[n] = i;
        ends[n] = i + 1;
        boundaryBefore[n] = n === 0 || boundary === 1 ? 1 : 0;
        flags[n] = bits;
        lastCode = code;
        nonAscii++;
        if (n === 0 || boundary === 1) {
          // the word's hashes are stored when it ends (here, or after the loop), not at every
          // character: nothing reads wordHash/wordCheck while the run is read
          if (w >= 0) {
            wordHash[w] = h1;
            wordCheck[w] = h2;
          }
          w++;
          wordStarts[w] = n;
          h1 = code;
          h2 = code;
        } else {
          h1 = (Math.imul(h1, hashBase) + code) | 0;
          h2 = (Math.imul(h2, checkBase) + code) | 0;
        }
        n++;
      }
      prevRawClass = LETTER_CLASS;
      i++;
    }
    if (w >= 0) {
      wordHash[w] = h1;
      wordCheck[w] = h2;
    }
    this.length = n;
    this.wordCount = w + 1;
    this.lastCode = lastCode;
    this.prevUnspaced = prevUnspaced;
    this.pendingBoundary = pendingBoundary;
    this.sepPending = sepPending;
    this.invisiblePending = invisiblePending;
    this.decimalPending = decimalPending;
    this.prevRawClass = prevRawClass;
    this.prevRawSep = prevRawSep;
    this.nonAsciiUnits = nonAscii;
    return i;
  }
}
