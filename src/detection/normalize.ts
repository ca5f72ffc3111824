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
  FLAG_HOMOGLYPH,
  FLAG_UNSPACED_SCRIPT,
  FOLD_DROP,
  FOLD_MULTI,
  FOLD_SEPARATOR,
  foldCodePoint,
  foldMulti,
  unitClass,
  unitCode,
  unitFlags,
} from './fold.ts';

export const UNIT_HOMOGLYPH = 1;
export const UNIT_UNSPACED_SCRIPT = 2;
export const UNIT_HAS_DIGIT = 4;
export const UNIT_HAS_LETTER = 8;
export const UNIT_LEET_SYMBOL = 16;
/** A zero-width character was dropped right before this unit, inside a word. */
export const UNIT_INVISIBLE_BEFORE = 32;

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
}

const MAX_RUN = 65535;

export class TextNormalizer implements NormalizedView {
  length = 0;
  codes = new Int32Array(256);
  runs = new Uint16Array(256);
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  boundaryBefore = new Uint8Array(256);
  interiorBoundaries = new Uint8Array(256);
  flags = new Uint8Array(256);

  // raw (pre-collapse) buffers
  private rawPacked = new Int32Array(256);
  private rawStart = new Int32Array(256);
  private rawEnd = new Int32Array(256);
  private rawSepBefore = new Uint8Array(256);
  private rawInvisibleBefore = new Uint8Array(256);
  private rawLength = 0;

  /** Normalize `text`; never throws (lone surrogates and controls are separators). */
  normalize(text: string): NormalizedView {
    this.collectRawUnits(text);
    this.collapse();
    return this;
  }

  private collectRawUnits(text: string): void {
    const length = text.length;
    if (this.rawPacked.length < length * 2 + 4) this.growRaw(length * 2 + 4);
    let count = 0;
    let sepPending = 1;
    let invisiblePending = 0;
    const packedBuf = this.rawPacked;
    for (let i = 0; i < length; ) {
      let cp = text.charCodeAt(i);
      let width = 1;
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          cp = ((cp - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      let folded: number;
      if (cp >= 0x61 && cp <= 0x7a && cp !== 0x69) folded = cp | (CharClass.Letter << 21);
      else folded = foldCodePoint(cp);
      if (folded === FOLD_SEPARATOR) {
        sepPending = 1;
      } else if (folded === FOLD_DROP) {
        invisiblePending = 1;
      } else if (folded === FOLD_MULTI) {
        for (const unit of foldMulti(cp)) {
          this.pushRaw(count++, unit, i, i + width, sepPending, invisiblePending);
          sepPending = 0;
          invisiblePending = 0;
        }
      } else {
        packedBuf[count] = folded;
        this.rawStart[count] = i;
        this.rawEnd[count] = i + width;
        this.rawSepBefore[count] = sepPending;
        this.rawInvisibleBefore[count] = invisiblePending;
        count++;
        sepPending = 0;
        invisiblePending = 0;
      }
      i += width;
    }
    this.rawLength = count;
  }

  private pushRaw(index: number, packed: number, start: number, end: number, sep: number, inv: number): void {
    if (index >= this.rawPacked.length) this.growRaw(index * 2 + 4);
    this.rawPacked[index] = packed;
    this.rawStart[index] = start;
    this.rawEnd[index] = end;
    this.rawSepBefore[index] = sep;
    this.rawInvisibleBefore[index] = inv;
  }

  private collapse(): void {
    const rawLength = this.rawLength;
    if (this.codes.length < rawLength + 1) this.growUnits(rawLength + 1);
    const packedBuf = this.rawPacked;
    const sepBefore = this.rawSepBefore;
    let n = 0;
    let prevUnspaced = -1;
    let pendingBoundary = 0;
    for (let r = 0; r < rawLength; r++) {
      const packed = packedBuf[r]!;
      const charClass = unitClass(packed);
      let boundary = sepBefore[r]! | pendingBoundary;
      pendingBoundary = 0;
      if (charClass === CharClass.LeetSymbol && !this.isInsideWord(r)) {
        // a lone "$" or a trailing "!" is punctuation, not a letter in disguise
        pendingBoundary = 1;
        continue;
      }
      const code = unitCode(packed);
      const foldFlags = unitFlags(packed);
      const unspaced = foldFlags & FLAG_UNSPACED_SCRIPT ? 1 : 0;
      if (prevUnspaced !== -1 && unspaced !== prevUnspaced) boundary = 1;
      prevUnspaced = unspaced;
      let unitFlagBits =
        (foldFlags & FLAG_HOMOGLYPH ? UNIT_HOMOGLYPH : 0) |
        (unspaced ? UNIT_UNSPACED_SCRIPT : 0) |
        (charClass === CharClass.Digit ? UNIT_HAS_DIGIT : 0) |
        (charClass === CharClass.Letter ? UNIT_HAS_LETTER : 0) |
        (charClass === CharClass.LeetSymbol ? UNIT_LEET_SYMBOL : 0);
      if (this.rawInvisibleBefore[r] && !boundary && n > 0) unitFlagBits |= UNIT_INVISIBLE_BEFORE;
      const last = n - 1;
      // runs merge inside a word, and across a boundary only for spaced-out letters ("g u u c c i")
      if (n > 0 && this.codes[last] === code && (!boundary || this.isSpacedOutLetter(r))) {
        if (this.runs[last]! < MAX_RUN) this.runs[last]!++;
        this.ends[last] = this.rawEnd[r]!;
        this.flags[last]! |= unitFlagBits;
        if (boundary && this.interiorBoundaries[last]! < 255) this.interiorBoundaries[last]!++;
        continue;
      }
      if (n === 0) boundary = 1;
      this.codes[n] = code;
      this.runs[n] = 1;
      this.starts[n] = this.rawStart[r]!;
      this.ends[n] = this.rawEnd[r]!;
      this.boundaryBefore[n] = boundary;
      this.interiorBoundaries[n] = 0;
      this.flags[n] = unitFlagBits;
      n++;
    }
    this.length = n;
    this.boundaryBefore[n] = 1; // sentinel: the end of the text is a boundary
  }

  private isSpacedOutLetter(r: number): boolean {
    const singleBefore = r >= 1 && this.rawSepBefore[r - 1] === 1;
    const singleHere = r + 1 >= this.rawLength || this.rawSepBefore[r + 1] === 1;
    return singleBefore || singleHere;
  }

  private isInsideWord(r: number): boolean {
    if (r === 0 || r + 1 >= this.rawLength) return false;
    if (this.rawSepBefore[r] || this.rawSepBefore[r + 1]) return false;
    const before = unitClass(this.rawPacked[r - 1]!);
    const after = unitClass(this.rawPacked[r + 1]!);
    return before !== CharClass.LeetSymbol && after !== CharClass.LeetSymbol;
  }

  private growRaw(size: number): void {
    this.rawPacked = growInt32(this.rawPacked, size);
    this.rawStart = growInt32(this.rawStart, size);
    this.rawEnd = growInt32(this.rawEnd, size);
    this.rawSepBefore = growUint8(this.rawSepBefore, size);
    this.rawInvisibleBefore = growUint8(this.rawInvisibleBefore, size);
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

function growInt32(old: Int32Array, size: number): Int32Array {
  const next = new Int32Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}
function growUint16(old: Uint16Array, size: number): Uint16Array {
  const next = new Uint16Array(Math.max(size, old.length * 2));
  next.set(old);
  return next;
}
function growUint8(old: Uint8Array, size: number): Uint8Array {
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
