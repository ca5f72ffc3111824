/**
 * Seller boilerplate is matched once, not in every listing. Descriptions are mostly lines a store
 * repeats in every listing (shipping, returns, size charts, "about us"). A line in which the
 * pattern automaton found nothing is remembered (by a 53-bit hash of its text) as clean, and later
 * descriptions are normalized without their clean lines: the normalizer reads the kept lines in
 * place, as if the skipped ones were one line break, and its offsets are those of the original
 * text, so spans and evidence are unchanged. Context words are only read within a hit's own line
 * (judge.ts), so a skipped line cannot hold the context of a kept one.
 *
 * What can differ from a scan of every line: a pattern written across the line break between a
 * clean line and its neighbour, and word distances measured across a skipped line. The memo is per
 * detector (clean is relative to its patterns), holds at most `limit` lines and is emptied when
 * full; a detector built with `skipBoilerplate: false` has none.
 */
/** Lines shorter than this are not worth a look-up. */
const MIN_LINE = 24;
const CLEAN = 1;
const NOT_CLEAN = 2;

export class BoilerplateMemo {
  private readonly memo = new Map<number, number>();
  /** Kept stretches of the last description (runs of kept lines): start and end in the text. */
  segmentStart: Int32Array = new Int32Array(64);
  segmentEnd: Int32Array = new Int32Array(64);
  private segments = 0;
  /** Lines of the last description seen for the first time: start, end and hash. */
  private newStart: Int32Array = new Int32Array(64);
  private newEnd: Int32Array = new Int32Array(64);
  private newHash: Float64Array = new Float64Array(64);
  private newLines = 0;

  constructor(private readonly limit = 100_000) {}

  /**
   * Finds the clean lines of `text`: returns -1 when none is skipped (normalize the whole text),
   * otherwise the count of kept stretches, left in segmentStart/segmentEnd (each ends at a line
   * break or at the end of the text; a later one starts after a line break). The normalizer reads
   * them in place (TextNormalizer.normalizeSegments), as if they were joined by one line break.
   */
  plan(text: string): number {
    this.segments = 0;
    this.newLines = 0;
    const length = text.length;
    if (length < MIN_LINE * 2) return -1;
    const memo = this.memo;
    let skipped = false;
    // the kept stretch being extended, or -1
    let keptFrom = -1;
    let keptTo = 0;
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
        skipped = true;
        if (keptFrom >= 0) this.noteSegment(keptFrom, keptTo);
        keptFrom = -1;
      } else {
        if (keptFrom < 0) keptFrom = from;
        keptTo = to;
      }
      from = to + 1;
    }
    if (!skipped) {
      this.segments = 0;
      return -1;
    }
    if (keptFrom >= 0) this.noteSegment(keptFrom, keptTo);
    return this.segments;
  }

  /** The text the normalizer reads: `text` without its clean lines (or `text` itself). */
  compact(text: string): string {
    const count = this.plan(text);
    if (count < 0) return text;
    const parts: string[] = [];
    for (let k = 0; k < count; k++) parts.push(text.slice(this.segmentStart[k], this.segmentEnd[k]));
    return parts.join('\n');
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

  private noteSegment(start: number, end: number): void {
    if (this.segments === this.segmentStart.length) {
      this.segmentStart = grow(this.segmentStart);
      this.segmentEnd = grow(this.segmentEnd);
    }
    this.segmentStart[this.segments] = start;
    this.segmentEnd[this.segments] = end;
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
