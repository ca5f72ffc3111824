/**
 * The work of `ipp scan` on a block of NDJSON bytes, the same in the main thread and in a scan
 * thread (scan-thread.ts): split into lines, decode, parse and validate each, scan it and write its
 * verdict line; bad lines are reported with their line number and skipped.
 */
import type { Detector } from './detector.ts';
import type { ListingInput } from './types.ts';
import { parseListingLine, type Validated, validateListingLine } from './validate.ts';
import { verdictJson } from './verdict-json.ts';

export interface BlockResult {
  /** Verdict lines, in input order. */
  output: string;
  /** Messages for bad lines ("line 5: ..."), in input order. */
  errors: string[];
  lines: number;
  scanned: number;
  flagged: number;
  bad: number;
}

const BACKSLASH = 0x5c;
/**
 * Listings parsed before they are scanned together (see LineScanner#finish): 512 measured 6–13 %
 * less CPU a line than 32 in bench/detection-scan-ratio.ts (2048 less than 512 gained).
 */
const SCAN_BATCH = 512;
const DEL = 0x7f;
/** Lead byte of U+0080–U+00BF in UTF-8 (C1 controls are C2 80–C2 9F). */
const C2 = 0xc2;
const QUOTE = 0x22;
/** Lines shorter than this are decoded whole. */
const MIN_SPLIT_LINE = 256;
/** Pieces shorter than this are decoded with their neighbours, not looked up. */
const MIN_PIECE = 24;
/** A piece seen once (remembered from its second sighting on). */
const SEEN_ONCE = 1;
/** An ASCII piece: decoding it costs no more than looking it up, so it is never remembered. */
const ASCII_PIECE = 0;
/** Bytes of remembered pieces, at most; emptied when full. */
const PIECE_BYTES = 4 << 20;
const MAX_PIECES = 50_000;
/** The key of a listing's description with its colon, as JSON.stringify writes it. */
const DESCRIPTION_KEY = Buffer.from('"description":');
const N = 0x6e;
/** Characters JSON.parse rejects raw in a string (C0 controls). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW_CONTROL = /[\u0000-\u001f]/;

/** Whether none of 32 bytes spread over data[from, end) is outside ASCII (most likely an ASCII line). */
function sampledAscii(data: Buffer, from: number, end: number): boolean {
  const length = end - from;
  let high = 0;
  for (let k = 0; k < 32; k++) high |= data[from + ((length * k) >> 5)]!;
  return high < 0x80;
}

interface Piece {
  /** Its bytes: arena[at, at + length). */
  at: number;
  length: number;
  text: string;
  /** The next remembered piece of stringText with the same first MIN_PIECE bytes' key. */
  next: Piece | null;
}

/**
 * UTF-8 decoding of NDJSON lines that decodes the lines sellers repeat (store boilerplate in a
 * description, the text between two escaped line breaks) once, not in every listing: decoding a
 * Chinese description costs ~4 ns a byte in V8, comparing bytes with ones remembered a fraction of
 * that. A line is cut into pieces just before each escaped line break (the bytes \ and n) and
 * before the first quote after one; a piece of MIN_PIECE bytes or more that is not ASCII and was
 * seen before is looked up by a key of its length and 17 of its bytes, compared whole with the
 * bytes remembered (native, exact: no collision can change a line) and its remembered text used.
 * The text is the same as decoding the whole line: every cut is before an ASCII byte, where UTF-8
 * decoding starts afresh (an incomplete sequence before it is one U+FFFD either way), and the
 * pieces are joined with `+` (V8 flattens the result once, when JSON.parse reads it). A cut inside
 * an escape ("\\n": an escaped backslash, then n) is harmless for the same reason: it only decides
 * where decoding is split, not how the JSON is read.
 */
export class LineDecoder {
  /** Pieces whose remembered text was used (for tests). */
  reused = 0;
  private readonly memo = new Map<number, Piece | number>();
  /** Pieces of `stringText`: their text with the escaped line break at their start unescaped. */
  private readonly unescaped = new Map<number, Piece | number>();
  /** The same pieces by a key of their first MIN_PIECE bytes (see `knownAt`). */
  private readonly starts = new Map<number, Piece>();
  private arena = Buffer.allocUnsafe(1 << 16);
  private arenaView = new DataView(this.arena.buffer, this.arena.byteOffset, this.arena.length);
  private dataView: DataView | null = null;
  private arenaUsed = 0;
  private data: Uint8Array | null = null;
  private nextEscape = 0;
  private nextQuote = 0;
  private nextBackslash = 0;
  private lastFrom = 0;

  /** The text of data[from, end), as data.toString('utf8', from, end). */
  decode(data: Buffer, from: number, end: number): string {
    if (end - from < MIN_SPLIT_LINE) return data.toString('utf8', from, end);
    // no byte of 32 spread over the line outside ASCII: most likely an ASCII line, which V8
    // decodes at memory speed (pieces pay off for other scripts, ~4 ns a byte to decode)
    if (sampledAscii(data, from, end)) return data.toString('utf8', from, end);
    this.track(data, from);
    let out = '';
    // bytes from `fresh` on are not decoded yet
    let fresh = from;
    let at = this.escapeFrom(from);
    while (at < end) {
      const next = this.escapeFrom(at + 2);
      let to = next < end ? next : end;
      const quote = this.quoteFrom(at + 2);
      if (quote < to) to = quote;
      if (to - at >= MIN_PIECE) {
        const text = this.piece(data, at, to, this.memo);
        if (text !== null) {
          if (fresh < at) out += data.toString('utf8', fresh, at);
          out += text;
          fresh = to;
        }
      }
      at = next;
    }
    if (fresh === from) return data.toString('utf8', from, end);
    if (fresh < end) out += data.toString('utf8', fresh, end);
    return out;
  }

  /** The byte searches keep their place while lines come in order. */
  private track(data: Buffer, from: number): void {
    if (data !== this.data || from < this.lastFrom) {
      if (data !== this.data) this.dataView = new DataView(data.buffer, data.byteOffset, data.length);
      this.data = data;
      this.nextEscape = this.nextQuote = this.nextBackslash = -1;
    }
    this.lastFrom = from;
  }

  /**
   * The text of the JSON string whose bytes (between its quotes) are data[from, close), when its
   * only escapes are line breaks (\n) and it holds no raw control character; else null. Cut as
   * `decode` cuts a line (before each escape), remembered pieces are found as there, with their
   * text unescaped; the rest is decoded, checked for raw controls (JSON.parse rejects them) and
   * unescaped. The result is the string JSON.parse gives for those bytes.
   */
  stringText(data: Buffer, from: number, close: number): string | null {
    this.track(data, from);
    let out = '';
    // bytes from `fresh` on are not decoded yet; `escaped`: an escape is among them
    let fresh = from;
    let escaped = false;
    let at = this.backslashFrom(from);
    while (at < close) {
      if (data[at + 1] !== N) return null;
      const known = this.knownAt(data, at, close);
      if (known !== null) {
        if (fresh < at) {
          const part = this.freshText(data, fresh, at, escaped);
          if (part === null) return null;
          out += part;
        }
        out += known.text;
        fresh = at += known.length;
        escaped = false;
        continue;
      }
      const next = this.backslashFrom(at + 2);
      const to = next < close ? next : close;
      const text = to - at >= MIN_PIECE ? this.piece(data, at, to, this.unescaped) : null;
      if (text === null) escaped = true;
      else {
        if (fresh < at) {
          const part = this.freshText(data, fresh, at, escaped);
          if (part === null) return null;
          out += part;
        }
        out += text;
        fresh = to;
        escaped = false;
      }
      at = next;
    }
    if (fresh < close) {
      const part = this.freshText(data, fresh, close, escaped);
      if (part === null) return null;
      out += part;
    }
    return out;
  }

  /**
   * A remembered piece of stringText that is the piece beginning at the escape at `at`, or null:
   * found by its first MIN_PIECE bytes (no search for the piece's end), compared whole, and then
   * followed by the next escape or the string's end. A remembered piece holds no backslash after
   * its first byte, so equal bytes end where the piece at `at` ends.
   */
  private knownAt(data: Buffer, at: number, close: number): Piece | null {
    if (close - at < MIN_PIECE) return null;
    let piece: Piece | null | undefined = this.starts.get(this.startKey(this.dataView!, at));
    for (; piece !== undefined && piece !== null; piece = piece.next) {
      const end = at + piece.length;
      if (end <= close && (end === close || data[end] === BACKSLASH) && this.same(at, piece.at, piece.length))
        return piece;
    }
    return null;
  }

  /** A key of view[at, at + MIN_PIECE) (six 4-byte words). */
  private startKey(view: DataView, at: number): number {
    let h = 0x2545f491;
    for (let k = 0; k < MIN_PIECE; k += 4) {
      h = Math.imul(h ^ view.getUint32(at + k), 0x01000193);
      h ^= h >>> 15;
    }
    return h;
  }

  /** The text of data[from, to) with its escaped line breaks unescaped, or null with a raw control. */
  private freshText(data: Buffer, from: number, to: number, escaped: boolean): string | null {
    const text = data.toString('utf8', from, to);
    if (RAW_CONTROL.test(text)) return null;
    return escaped ? text.replaceAll('\\n', '\n') : text;
  }

  /** Position of the first backslash at or after `from` (data.length when none). */
  private backslashFrom(from: number): number {
    let at = this.nextBackslash;
    if (at < from) {
      const data = this.data as Buffer;
      at = data.indexOf(BACKSLASH, from);
      this.nextBackslash = at = at === -1 ? data.length : at;
    }
    return at;
  }

  /** Position of the first escaped line break at or after `from` (data.length when none). */
  private escapeFrom(from: number): number {
    let at = this.nextEscape;
    if (at < from) {
      // a one-byte needle: memchr, where a two-byte one costs four times as much
      const data = this.data as Buffer;
      at = data.indexOf(BACKSLASH, from);
      while (at !== -1 && data[at + 1] !== 0x6e) at = data.indexOf(BACKSLASH, at + 2);
      this.nextEscape = at = at === -1 ? data.length : at;
    }
    return at;
  }

  private quoteFrom(from: number): number {
    let at = this.nextQuote;
    if (at < from) {
      at = this.data!.length;
      const found = (this.data as Buffer).indexOf(QUOTE, from);
      if (found !== -1) at = found;
      this.nextQuote = at;
    }
    return at;
  }

  /** The remembered text of data[from, to), or null (decode it with its neighbours). */
  private piece(data: Buffer, from: number, to: number, memo: Map<number, Piece | number>): string | null {
    const length = to - from;
    let h = Math.imul(length, 0x9e3779b1);
    let high = 0;
    for (let k = 0; k < 16; k++) {
      const byte = data[from + ((length * k) >> 4)]!;
      high |= byte;
      h = Math.imul(h ^ byte, 0x01000193);
      h ^= h >>> 15;
    }
    // no byte of the sample is outside ASCII: most likely an ASCII piece, cheaper decoded than looked up
    if (high < 0x80) return null;
    h = Math.imul(h ^ data[to - 1]!, 0x2c1b3c6d);
    const key = h ^ (h >>> 16);
    const known = memo.get(key);
    if (known === undefined) {
      if (memo.size >= MAX_PIECES) this.clear();
      memo.set(key, SEEN_ONCE);
      return null;
    }
    if (typeof known !== 'number') {
      if (known.length !== length || !this.same(from, known.at, length)) return null;
      this.reused++;
      return known.text;
    }
    if (known !== SEEN_ONCE) return null;
    // the second sighting: decode it on its own and remember it, unless it is ASCII
    let text = data.toString('utf8', from, to);
    if (text.length === length) {
      memo.set(key, ASCII_PIECE);
      return memo === this.memo ? text : null;
    }
    if (memo === this.unescaped) {
      // a piece of stringText begins with an escaped line break (the caller saw the n after it)
      if (RAW_CONTROL.test(text)) return null;
      text = `\n${text.slice(2)}`;
    }
    if (this.arenaUsed + length > PIECE_BYTES) {
      this.clear();
      return text;
    }
    if (this.arenaUsed + length > this.arena.length) {
      const bigger = Buffer.allocUnsafe(
        Math.min(PIECE_BYTES, Math.max(this.arena.length * 2, this.arenaUsed + length)),
      );
      this.arena.copy(bigger, 0, 0, this.arenaUsed);
      this.arena = bigger;
      this.arenaView = new DataView(bigger.buffer, bigger.byteOffset, bigger.length);
    }
    data.copy(this.arena, this.arenaUsed, from, to);
    const piece: Piece = { at: this.arenaUsed, length, text, next: null };
    memo.set(key, piece);
    if (memo === this.unescaped) {
      const start = this.startKey(this.arenaView, piece.at);
      piece.next = this.starts.get(start) ?? null;
      this.starts.set(start, piece);
    }
    this.arenaUsed += length;
    return text;
  }

  /**
   * Whether the line's bytes [from, from + length) are the arena's [at, at + length): four bytes a
   * step through DataViews (unaligned reads, inlined by the compiler), twice as fast as
   * Buffer#compare on pieces of this size, whose cost is mostly its argument checks.
   */
  private same(from: number, at: number, length: number): boolean {
    const line = this.dataView!;
    const arena = this.arenaView;
    let k = 0;
    for (; k + 4 <= length; k += 4) if (line.getUint32(from + k) !== arena.getUint32(at + k)) return false;
    for (; k < length; k++) if (line.getUint8(from + k) !== arena.getUint8(at + k)) return false;
    return true;
  }

  private clear(): void {
    this.memo.clear();
    this.unescaped.clear();
    this.starts.clear();
    this.arenaUsed = 0;
  }
}

/**
 * Scans lines given as byte ranges of a buffer. Before decoding a line it looks, in the bytes,
 * whether any text in it could hold what validation rejects: a lone surrogate or a control
 * character can only come from a `\u`, `\b` or `\f` escape, a DEL byte or a C1 control (C2 80–9F),
 * since UTF-8 decoding turns invalid bytes into U+FFFD and JSON.parse rejects raw C0 controls in
 * strings. When there is none (nearly every line), validation skips its two passes over the text.
 * The byte searches keep their place in the buffer, so a buffer is searched once whatever its lines.
 */
export class LineScanner {
  private data: Uint8Array | null = null;
  /** The next \u, \b or \f (a backslash before u, b or f). */
  private nextEscape = 0;
  private nextDel = 0;
  private nextC2 = 0;
  private lastFrom = 0;
  /** The next "description": in `keyData` (see parseApart). */
  private keyData: Uint8Array | null = null;
  private nextKey = 0;
  private lastKeyFrom = 0;
  /** With `bytes` output: verdict lines encoded as they are made (no long strings to flatten). */
  private out: Buffer | null;
  private outLength = 0;
  private readonly decoder = new LineDecoder();
  /** Listings parsed and not scanned yet (see `finish`), and the block they count in. */
  private readonly waiting: ListingInput[] = [];
  private waitingInto: BlockResult | null = null;
  /** Lines parsed with their description apart (for tests). */
  parsedApart = 0;

  /**
   * `output`: where verdict lines go, the `output` string of the BlockResult (for a scan thread to
   * post back) or `bytes`, UTF-8 in a buffer of the scanner's taken with `takeOutput`.
   */
  constructor(
    private readonly detector: Detector,
    output: 'string' | 'bytes' = 'string',
  ) {
    this.out = output === 'bytes' ? Buffer.allocUnsafe(1 << 17) : null;
  }

  /** Bytes of verdict lines waiting in the buffer. */
  get outputBytes(): number {
    return this.outLength;
  }

  /** The verdict lines encoded since the last call (a copy: the scanner's buffer is reused). */
  takeOutput(): Buffer {
    this.finish();
    const taken = Buffer.allocUnsafe(this.outLength);
    this.out?.copy(taken, 0, 0, this.outLength);
    this.outLength = 0;
    return taken;
  }

  /** Scans data[from, end) (no line break) as the 1-based line `lineNumber`. */
  scan(data: Buffer, from: number, end: number, lineNumber: number, into: BlockResult): void {
    if (end <= from) return;
    const first = data[from]!;
    let parsed =
      first === 0x7b && end - from >= MIN_SPLIT_LINE && !sampledAscii(data, from, end)
        ? this.parseApart(data, from, end, lineNumber)
        : null;
    if (parsed === null) {
      const line = this.decoder.decode(data, from, end);
      // a line that does not begin with "{" may be blank (whitespace only, as String#trim reads it)
      if (first !== 0x7b && line.trim() === '') return;
      parsed = parseListingLine(line, lineNumber, this.detector.policy, this.plain(data, from, end));
    }
    if (!parsed.ok) {
      into.bad++;
      into.errors.push(parsed.error.message);
      return;
    }
    if (this.waitingInto !== into) this.finish();
    this.waitingInto = into;
    this.waiting.push(parsed.value);
    if (this.waiting.length >= SCAN_BATCH) this.finish();
  }

  /**
   * Scans the listings parsed and not scanned yet, then writes their verdict lines. Listings are
   * scanned in batches of SCAN_BATCH, after their lines are parsed, and back to back before their
   * verdicts are written: the detector's tables then stay in the CPU caches from one listing to
   * the next, as when it scans listings in process, instead of being pushed out by each line's
   * decoding, parsing and writing (bench/detection-scan-ratio.ts: ~2–3 µs a listing less). The
   * order of scans, and so the detector's state and every verdict, is the lines' order.
   */
  finish(): void {
    const into = this.waitingInto;
    const waiting = this.waiting;
    if (into === null || waiting.length === 0) return;
    for (let k = 0; k < waiting.length; k++) {
      const verdict = this.detector.scan(waiting[k]!);
      into.scanned++;
      if (verdict.flagged) into.flagged++;
      const json = verdictJson(verdict);
      let out = this.out;
      if (out === null) {
        into.output += `${json}\n`;
        continue;
      }
      // at most three bytes per UTF-16 unit, and the newline
      if (this.outLength + json.length * 3 + 1 > out.length) {
        const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, this.outLength + json.length * 3 + 1));
        out.copy(bigger, 0, 0, this.outLength);
        this.out = out = bigger;
      }
      this.outLength += out.write(json, this.outLength, 'utf8');
      out[this.outLength++] = 10;
    }
    waiting.length = 0;
  }

  /**
   * A line that is not ASCII, parsed with its description apart, or null (parse it whole): the
   * description's text comes from `LineDecoder#stringText` (its repeated lines remembered
   * unescaped), and JSON.parse reads the rest of the line with a 0 in its place, so the line is
   * never decoded whole nor its description read twice (decoding, then JSON.parse). Only when
   * nothing can tell the two apart: no \u, \b or \f escape, DEL or C1 control in the line (`plain`:
   * a key can then equal "description" only as those bytes), one "description": in the line, its
   * value a string of line breaks as its only escapes and no raw control, the rest valid JSON with
   * the 0 as its description. Every cut is before an ASCII byte, where UTF-8 decoding starts
   * afresh, so the texts are those of decoding the line whole; anything else, a bad line
   * included, is parsed whole, which gives its error.
   */
  private parseApart(
    data: Buffer,
    from: number,
    end: number,
    lineNumber: number,
  ): Validated<ListingInput> | null {
    if (!this.plain(data, from, end)) return null;
    const key = this.descriptionKey(data, from);
    if (key >= end) return null;
    const open = key + DESCRIPTION_KEY.length;
    if (data[open] !== QUOTE) return null;
    // another "description": in the line (JSON.parse keeps the last): parsed whole
    if (this.descriptionKey(data, open) < end) return null;
    // the first quote after the opening one closes the string unless a backslash before it
    // escapes it, and stringText gives up on any escape but \n
    let close = data.indexOf(QUOTE, open + 1);
    if (close === -1) close = data.length;
    if (close >= end) return null;
    const description = this.decoder.stringText(data, open + 1, close);
    if (description === null) return null;
    let input: unknown;
    try {
      input = JSON.parse(`${data.toString('utf8', from, open)}0${data.toString('utf8', close + 1, end)}`);
    } catch {
      return null;
    }
    if (typeof input !== 'object' || input === null || (input as { description?: unknown }).description !== 0)
      return null;
    (input as { description: string }).description = description;
    this.parsedApart++;
    return validateListingLine(input, lineNumber, this.detector.policy, true);
  }

  /** Position of the first "description": at or after `from` (data.length when none). */
  private descriptionKey(data: Buffer, from: number): number {
    let at = this.nextKey;
    if (data !== this.keyData || from < this.lastKeyFrom || at < from) {
      this.keyData = data;
      at = data.indexOf(DESCRIPTION_KEY, from);
      this.nextKey = at = at === -1 ? data.length : at;
    }
    this.lastKeyFrom = from;
    return at;
  }

  /** Whether no text of data[from, end) can hold a lone surrogate or a control character. */
  plain(data: Buffer, from: number, end: number): boolean {
    if (data !== this.data || from < this.lastFrom) {
      this.data = data;
      this.nextEscape = this.nextDel = this.nextC2 = -1;
    }
    this.lastFrom = from;
    const none = data.length;
    let at = this.nextDel;
    if (at < from) {
      at = data.indexOf(DEL, from);
      this.nextDel = at = at === -1 ? none : at;
    }
    if (at < end) return false;
    // \u, \b, \f (a "\\" before u, b or f is reported too: the full check then decides), looked
    // for once per buffer rather than once per line: one search for the backslash (memchr), where
    // three two-byte searches each stopped at every backslash (about 20 escaped line breaks a line)
    at = this.nextEscape;
    if (at < from) {
      at = data.indexOf(BACKSLASH, from);
      while (at !== -1) {
        const next = data[at + 1];
        if (next === 0x75 || next === 0x62 || next === 0x66) break;
        at = data.indexOf(BACKSLASH, at + 1);
      }
      this.nextEscape = at = at === -1 ? none : at;
    }
    if (at < end) return false;
    at = this.nextC2;
    if (at < from) at = data.indexOf(C2, from);
    for (; at !== -1 && at < end; at = data.indexOf(C2, at + 1)) {
      const next = data[at + 1]!;
      if (next >= 0x80 && next <= 0x9f) {
        this.nextC2 = at;
        return false;
      }
    }
    this.nextC2 = at === -1 ? none : at;
    return true;
  }
}

/**
 * Scans the complete lines of `bytes` (the last one may lack its newline); `firstLine` is the
 * 1-based number of its first line.
 */
export function scanBlock(detector: Detector, bytes: Uint8Array, firstLine: number): BlockResult {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
  const scanner = new LineScanner(detector);
  let from = 0;
  while (from < data.length) {
    let newline = data.indexOf(10, from);
    if (newline === -1) newline = data.length;
    const end = newline > from && data[newline - 1] === 13 ? newline - 1 : newline;
    scanner.scan(data, from, end, firstLine + result.lines, result);
    result.lines++;
    from = newline + 1;
  }
  scanner.finish();
  return result;
}

/** Scans one line given as text (no byte-level shortcut: validation checks every text). */
export function scanLine(detector: Detector, line: string, lineNumber: number, into: BlockResult): void {
  if (line.length === 0 || line.trim() === '') return;
  const parsed = parseListingLine(line, lineNumber, detector.policy);
  if (!parsed.ok) {
    into.bad++;
    into.errors.push(parsed.error.message);
    return;
  }
  const verdict = detector.scan(parsed.value);
  into.scanned++;
  if (verdict.flagged) into.flagged++;
  into.output += `${verdictJson(verdict)}\n`;
}
