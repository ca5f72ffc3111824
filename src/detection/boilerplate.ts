/**
 * Seller boilerplate is matched once, not in every listing. Descriptions are mostly lines a store
 * repeats in every listing (shipping, returns, size charts, "about us"). A line in which the
 * pattern automaton found nothing is remembered (by a 53-bit hash of its text) as clean, and later
 * descriptions are normalized without their clean lines: the skipped lines become one line break,
 * and the offsets of the view are shifted back to the original text, so spans and evidence are
 * unchanged. Context words are only read within a hit's own line (judge.ts), so a skipped line
 * cannot hold the context of a kept one.
 *
 * What can differ from a scan of every line: a pattern written across the line break between a
 * clean line and its neighbour, and word distances measured across a skipped line. The memo is per
 * detector (clean is relative to its patterns), holds at most `limit` lines and is emptied when
 * full; a detector built with `skipBoilerplate: false` has none.
 */
import type { NormalizedView } from './normalize.ts';

/** Lines shorter than this are not worth a look-up. */
const MIN_LINE = 24;
const CLEAN = 1;
const NOT_CLEAN = 2;

export class BoilerplateMemo {
  private readonly memo = new Map<number, number>();
  /** Kept lines of the last description: original start, compacted start and length. */
  private originStart: Int32Array = new Int32Array(64);
  private compactStart: Int32Array = new Int32Array(64);
  private segmentLength: Int32Array = new Int32Array(64);
  private segments = 0;
  /** Whether the last description was compacted (some line skipped). */
  private compacted = false;
  /** Lines of the last description seen for the first time: start, end and hash. */
  private newStart: Int32Array = new Int32Array(64);
  private newEnd: Int32Array = new Int32Array(64);
  private newHash: Float64Array = new Float64Array(64);
  private newLines = 0;

  constructor(private readonly limit = 100_000) {}

  /** The text to normalize: `text` without its clean lines (or `text` itself). */
  compact(text: string): string {
    this.segments = 0;
    this.newLines = 0;
    this.compacted = false;
    const length = text.length;
    if (length < MIN_LINE * 2) return text;
    const memo = this.memo;
    let parts: string[] | null = null;
    let compactLength = 0;
    let from = 0;
    while (from <= length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = length;
      let clean = false;
      if (to - from >= MIN_LINE) {
        const hash = lineHash(text, from, to);
        const state = memo.get(hash);
        if (state === CLEAN) clean = true;
        else if (state === undefined) this.noteNew(from, to, hash);
      }
      if (clean) {
        if (parts === null) parts = this.keptSoFar(text);
        this.compacted = true;
      } else {
        if (parts !== null) parts.push(text.slice(from, to));
        this.noteSegment(from, compactLength, to - from);
        compactLength += to - from + 1;
      }
      from = to + 1;
    }
    return parts === null ? text : parts.join('\n');
  }

  /** Shifts the offsets of a view of the compacted text back to the original text. */
  remap(view: NormalizedView): void {
    if (!this.compacted) return;
    const starts = view.starts as Int32Array;
    const ends = view.ends as Int32Array;
    const compactStart = this.compactStart;
    const last = this.segments - 1;
    let k = 0;
    let next = last > 0 ? compactStart[1]! : Number.POSITIVE_INFINITY;
    let delta = this.originStart[0]! - compactStart[0]!;
    for (let u = 0; u < view.length; u++) {
      const start = starts[u]!;
      while (start >= next) {
        k++;
        delta = this.originStart[k]! - compactStart[k]!;
        next = k < last ? compactStart[k + 1]! : Number.POSITIVE_INFINITY;
      }
      starts[u] = start + delta;
      ends[u] = ends[u]! + delta;
    }
  }

  /**
   * After matching: a line seen for the first time is clean when no hit starts in it. `hitStarts`
   * are the original offsets of the description's hits, ascending.
   */
  learn(hitStarts: Int32Array, hitCount: number): void {
    const memo = this.memo;
    let h = 0;
    for (let p = 0; p < this.newLines; p++) {
      const start = this.newStart[p]!;
      const end = this.newEnd[p]!;
      while (h < hitCount && hitStarts[h]! < start) h++;
      const hasHit = h < hitCount && hitStarts[h]! < end;
      if (memo.size >= this.limit) memo.clear();
      memo.set(this.newHash[p]!, hasHit ? NOT_CLEAN : CLEAN);
    }
  }

  private keptSoFar(text: string): string[] {
    const parts: string[] = [];
    for (let k = 0; k < this.segments; k++) {
      const start = this.originStart[k]!;
      parts.push(text.slice(start, start + this.segmentLength[k]!));
    }
    return parts;
  }

  private noteSegment(origin: number, compact: number, length: number): void {
    if (this.segments === this.originStart.length) {
      this.originStart = grow(this.originStart);
      this.compactStart = grow(this.compactStart);
      this.segmentLength = grow(this.segmentLength);
    }
    this.originStart[this.segments] = origin;
    this.compactStart[this.segments] = compact;
    this.segmentLength[this.segments] = length;
    this.segments++;
  }

  private noteNew(start: number, end: number, hash: number): void {
    if (this.newLines === this.newStart.length) {
      this.newStart = grow(this.newStart);
      this.newEnd = grow(this.newEnd);
      const hashes = new Float64Array(this.newHash.length * 2);
      hashes.set(this.newHash);
      this.newHash = hashes;
    }
    this.newStart[this.newLines] = start;
    this.newEnd[this.newLines] = end;
    this.newHash[this.newLines] = hash;
    this.newLines++;
  }
}

/**
 * Two 32-bit multiplicative hashes of text[from, to) in one 53-bit integer. Two different lines
 * share one with a chance of about n^2 / 2^54 for n remembered lines (below 1e-6 at the limit).
 */
export function lineHash(text: string, from: number, to: number): number {
  let a = 0x811c9dc5 | 0;
  let b = (to - from) | 0;
  // two UTF-16 code units per step: half the multiplications of one per character
  let i = from;
  for (; i + 1 < to; i += 2) {
    const c = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
    // a multiplication only carries upwards: fold the high half down so both characters reach every bit
    a = Math.imul(a ^ c, 0x01000193);
    a ^= a >>> 16;
    b = Math.imul(b + c, 0x2c1b3c6d) ^ (b >>> 15);
  }
  if (i < to) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x2c1b3c6d) ^ (b >>> 15);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

function grow(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
