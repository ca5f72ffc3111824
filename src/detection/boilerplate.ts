/**
 * Seller boilerplate is matched once, not in every listing. Descriptions are mostly lines a store
 * repeats in every listing (shipping, returns, size charts, "about us"). A line in which the
 * pattern automaton found nothing is remembered (its text, found by a key of its length and a few
 * of its characters, then compared whole: exact, no hash collisions) as clean, and later
 * descriptions are normalized without their clean lines: the normalizer reads the kept lines in
 * place, as if the skipped ones were one line break, and its offsets are those of the original
 * text, so spans and evidence are unchanged. Context words are only read within a hit's own line
 * (judge.ts), so a skipped line cannot hold the context of a kept one.
 *
 * What can differ from a scan of every line: a pattern written across the line break between a
 * clean line and its neighbour, and word distances measured across a skipped line. The memo is per
 * detector (clean is relative to its patterns), holds at most `limit` lines of MAX_CHARS
 * characters in all and is emptied when full; a detector built with `skipBoilerplate: false` has
 * none. Two lines of one key: the first learned keeps it, the other is scanned every time.
 */
/** Lines shorter than this are not worth a look-up. */
const MIN_LINE = 24;
/** A remembered line with a hit (a clean one is remembered by its text). */
const NOT_CLEAN = 0;
/** Characters of clean lines remembered, at most (up to 16 MB). */
const MAX_CHARS = 8_000_000;

export class BoilerplateMemo {
  private readonly memo = new Map<number, string | number>();
  private storedChars = 0;
  /** The description of the last plan, until it is learned from. */
  private text = '';
  /** Kept stretches of the last description (runs of kept lines): start and end in the text. */
  segmentStart: Int32Array = new Int32Array(64);
  segmentEnd: Int32Array = new Int32Array(64);
  private segments = 0;
  /** Lines of the last description seen for the first time: start, end and key. */
  private newStart: Int32Array = new Int32Array(64);
  private newEnd: Int32Array = new Int32Array(64);
  private newKey: Int32Array = new Int32Array(64);
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
    this.text = text;
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
        const key = lineKey(text, from, to);
        const known = memo.get(key);
        // a substring is a view of the text, and === compares it in native code
        if (typeof known === 'string')
          clean = known.length === to - from && text.substring(from, to) === known;
        else if (known === undefined) this.noteNew(from, to, key);
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
      if (memo.size >= this.limit || this.storedChars + end - start > MAX_CHARS) {
        memo.clear();
        this.storedChars = 0;
      }
      if (hasHit) memo.set(this.newKey[p]!, NOT_CLEAN);
      else {
        memo.set(this.newKey[p]!, ownCopy(this.text.slice(start, end)));
        this.storedChars += end - start;
      }
    }
    this.text = '';
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

  private noteNew(start: number, end: number, key: number): void {
    if (this.newLines === this.newStart.length) {
      this.newStart = grow(this.newStart);
      this.newEnd = grow(this.newEnd);
      this.newKey = grow(this.newKey);
    }
    this.newStart[this.newLines] = start;
    this.newEnd[this.newLines] = end;
    this.newKey[this.newLines] = key;
    this.newLines++;
  }
}

/**
 * The key a line is looked up by: its length and 16 of its characters spread over it, plus the
 * last, mixed into 32 bits (an integer key: the map hashes it cheaply). Reading the whole line to
 * hash it costs more than comparing it whole with the one remembered under its key.
 */
export function lineKey(text: string, from: number, to: number): number {
  const length = to - from;
  let h = Math.imul(length, 0x9e3779b1);
  for (let k = 0; k < 16; k++) {
    h = Math.imul(h ^ text.charCodeAt(from + ((length * k) >> 4)), 0x01000193);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ text.charCodeAt(to - 1), 0x2c1b3c6d);
  return h ^ (h >>> 16);
}

/** A copy of `line` that does not keep the text it was sliced from alive. */
function ownCopy(line: string): string {
  return Buffer.from(line, 'utf16le').toString('utf16le');
}

function grow(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
