/**
 * Seller boilerplate is matched once, not in every listing. Descriptions are mostly lines a store
 * repeats in every listing (shipping, returns, size charts, "about us"). A line seen for the first
 * time is remembered (its text, found by a key of its length and a few of its characters, then
 * compared whole: exact, no hash collisions):
 *   - as clean when the pattern automaton found nothing in it (no hit starts in it, and none from an
 *     earlier line runs into it): later descriptions are normalized
 *     without it (the normalizer reads the kept lines in place, as if the skipped ones were one
 *     line break, with the offsets of the original text, so spans and evidence are unchanged);
 *   - with its view and hits when a hit starts in it, every hit that starts in it ends in it and
 *     its last letter cannot run on into the next line (a snapshot, normalize.ts, endsOpen): later descriptions copy its units into their view instead of
 *     normalizing it, and the automaton takes its hits instead of walking it (matcher.findAround).
 *     The view is the one normalizing gives, so everything read from it (context words, prices,
 *     the judgement) is unchanged.
 * Context words are only read within a hit's own line (judge.ts), so a skipped line cannot hold the
 * context of a kept one.
 *
 * What can differ from a scan of every line: a pattern written across the line break between a
 * remembered line and its neighbour (a walk from the neighbour before still crosses into a copied
 * line; one from a remembered line into the next does not), and word distances measured across a
 * skipped line. The memo is per detector (clean is relative to its patterns), holds at most
 * `limit` lines and MAX_CHARS characters' worth in all, and is emptied when full; a detector built
 * with `skipBoilerplate: false` has none. Two lines of one key: the first learned keeps it, the
 * other is scanned every time.
 */
import type { LineSnapshot } from './normalize.ts';

/**
 * Lines shorter than this are not worth a look-up. Lower values (6, 12) measured up to 5 % less CPU
 * a listing on the realistic bench in some A/B runs and nothing in others (2026-12-07), and changed
 * verdicts on the training splits (bench/detection-same-splits.ts: 4 listings at 20, 7 at 12, some
 * beyond the explanation list): word distances are measured across skipped lines (contexts.ts,
 * gapWords), and short lines are skipped between the words of a sentence more often.
 */
const MIN_LINE = 24;
/** A remembered line that is scanned every time (a clean one is remembered by its text). */
const NOT_CLEAN = 0;
/** Characters of lines remembered, at most (up to 16 MB), a snapshot's units counted as 8 each. */
const MAX_CHARS = 8_000_000;
const CHARS_PER_UNIT = 8;

/** Sightings of a line with hits before it is copied (see learn); at most 7. */
const COPY_FROM_SIGHTING = 4;

/** The view and hits of a line, made for `learn` by its caller (null: scan it every time). */
export type SnapshotMaker = (line: string) => LineSnapshot | null;

export class BoilerplateMemo {
  private readonly memo = new Map<number, string | number | LineSnapshot>();
  private storedChars = 0;
  /** The description of the last plan, until it is learned from. */
  private text = '';
  /** Kept stretches of the last description (runs of kept lines): start and end in the text. */
  segmentStart: Int32Array = new Int32Array(64);
  segmentEnd: Int32Array = new Int32Array(64);
  /** The snapshot of each stretch that is one remembered line with hits, else null. */
  segmentSnapshot: (LineSnapshot | null)[] = [];
  private segments = 0;
  /** Lines of the last description seen for the first time: start, end and key. */
  private newStart: Int32Array = new Int32Array(64);
  private newEnd: Int32Array = new Int32Array(64);
  private newKey: Int32Array = new Int32Array(64);
  /** How often the line was seen before, with hits (see learn). */
  private newSeen: Int32Array = new Int32Array(64);
  private newLines = 0;

  constructor(private readonly limit = 100_000) {}

  /**
   * Finds the remembered lines of `text`: returns -1 when there are none (normalize the whole
   * text), otherwise the count of kept stretches, left in segmentStart/segmentEnd/segmentSnapshot
   * (each ends at a line break or at the end of the text; a later one starts after a line break; a
   * remembered line with hits is a stretch of its own, with its snapshot). The normalizer reads them
   * in place (TextNormalizer.normalizePieces), as if they were joined by one line break.
   */
  plan(text: string): number {
    this.segments = 0;
    this.newLines = 0;
    this.text = text;
    const length = text.length;
    if (length < MIN_LINE * 2) return -1;
    const memo = this.memo;
    let remembered = false;
    // the kept stretch being extended, or -1
    let keptFrom = -1;
    let keptTo = 0;
    let from = 0;
    while (from <= length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = length;
      let clean = false;
      let snapshot: LineSnapshot | null = null;
      if (to - from >= MIN_LINE) {
        const key = lineKey(text, from, to);
        const known = memo.get(key);
        // a substring is a view of the text, and === compares it in native code
        if (typeof known === 'string')
          clean = known.length === to - from && text.substring(from, to) === known;
        else if (known === undefined) this.noteNew(from, to, key, 0);
        else if (
          known !== NOT_CLEAN &&
          typeof known === 'number' &&
          sameLine(seenMark(text, from, to), known)
        )
          this.noteNew(from, to, key, sightings(known));
        else if (
          typeof known === 'object' &&
          known.line.length === to - from &&
          text.substring(from, to) === known.line
        )
          snapshot = known;
      }
      if (clean || snapshot !== null) {
        remembered = true;
        if (keptFrom >= 0) this.noteSegment(keptFrom, keptTo, null);
        keptFrom = -1;
        if (snapshot !== null) this.noteSegment(from, to, snapshot);
      } else {
        if (keptFrom < 0) keptFrom = from;
        keptTo = to;
      }
      from = to + 1;
    }
    if (!remembered) {
      this.segments = 0;
      return -1;
    }
    if (keptFrom >= 0) this.noteSegment(keptFrom, keptTo, null);
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
   * After matching: a line seen for the first time is clean when no hit starts in it; when hits
   * start in it and all of them end in it, `snapshot` makes what later descriptions copy (see
   * the top of this file); otherwise it is scanned every time. `hitStarts` and `hitEnds` are the
   * original offsets of the description's hits, by ascending start.
   */
  learn(hitStarts: Int32Array, hitEnds: Int32Array, hitCount: number, snapshot?: SnapshotMaker): void {
    const memo = this.memo;
    let h = 0;
    // the furthest end of the hits that start before the line: one that runs into the line (spaced-
    // out letters merge across a line break) makes it a line to scan every time, never a clean one
    let reach = 0;
    for (let p = 0; p < this.newLines; p++) {
      const start = this.newStart[p]!;
      const end = this.newEnd[p]!;
      while (h < hitCount && hitStarts[h]! < start) {
        if (hitEnds[h]! > reach) reach = hitEnds[h]!;
        h++;
      }
      let value: string | number | LineSnapshot = NOT_CLEAN;
      let size = 0;
      if (reach > start) value = NOT_CLEAN;
      else if (h >= hitCount || hitStarts[h]! >= end) {
        value = ownCopy(this.text.slice(start, end));
        size = end - start;
      } else if (this.newSeen[p]! + 1 < COPY_FROM_SIGHTING) {
        // a line with hits is copied from its COPY_FROM_SIGHTING-th sighting on: making its copy
        // costs about two scans of it, worth it for a store's boilerplate (seen in many listings),
        // not for a listing's own lines seen again when the listing is updated once or twice
        value = seenMark(this.text, start, end) | ((this.newSeen[p]! + 1) << 1);
      } else if (snapshot !== undefined) {
        let inLine = true;
        for (let k = h; k < hitCount && hitStarts[k]! < end; k++) if (hitEnds[k]! > end) inLine = false;
        const made = inLine ? snapshot(ownCopy(this.text.slice(start, end))) : null;
        if (made !== null) {
          value = made;
          size = end - start + made.length * CHARS_PER_UNIT;
        }
      }
      if (memo.size >= this.limit || this.storedChars + size > MAX_CHARS) {
        memo.clear();
        this.storedChars = 0;
      }
      memo.set(this.newKey[p]!, value);
      this.storedChars += size;
    }
    this.text = '';
  }

  private noteSegment(start: number, end: number, snapshot: LineSnapshot | null): void {
    if (this.segments === this.segmentStart.length) {
      this.segmentStart = grow(this.segmentStart);
      this.segmentEnd = grow(this.segmentEnd);
    }
    this.segmentStart[this.segments] = start;
    this.segmentEnd[this.segments] = end;
    this.segmentSnapshot[this.segments] = snapshot;
    this.segments++;
  }

  private noteNew(start: number, end: number, key: number, seen: number): void {
    if (this.newLines === this.newStart.length) {
      this.newStart = grow(this.newStart);
      this.newEnd = grow(this.newEnd);
      this.newKey = grow(this.newKey);
      this.newSeen = grow(this.newSeen);
    }
    this.newStart[this.newLines] = start;
    this.newEnd[this.newLines] = end;
    this.newKey[this.newLines] = key;
    this.newSeen[this.newLines] = seen;
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

/**
 * What a line with hits seen fewer than COPY_FROM_SIGHTING times is remembered by: a hash of all
 * its characters in the high bits, its sightings in bits 1-3 and bit 0 set (NOT_CLEAN is 0). A
 * collision only makes a copy of a line seen fewer times; a copy is compared whole.
 */
function seenMark(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return ((h ^ (h >>> 15)) & ~0xf) | 1;
}

function sameLine(mark: number, known: number): boolean {
  return (mark & ~0xf) === (known & ~0xf);
}

function sightings(known: number): number {
  return (known >>> 1) & 7;
}

/**
 * A copy of `line` that does not keep the text it was sliced from alive: slicing a concatenation
 * makes V8 flatten it into a new string first, which the slice then refers to (one character
 * longer than the line). Half the CPU of a round trip through a Buffer (~210 against ~410 ns for a
 * 50-character line), paid for each line a description brings for the first time.
 */
function ownCopy(line: string): string {
  return `${line}\0`.slice(0, -1);
}

function grow(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2);
  next.set(array);
  return next;
}
