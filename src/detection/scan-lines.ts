/**
 * The work of `ipp scan` on a block of NDJSON bytes, the same in the main thread and in a scan
 * thread (scan-thread.ts): split into lines, decode, parse and validate each, scan it and write its
 * verdict line; bad lines are reported with their line number and skipped.
 */
import type { Detector } from './detector.ts';
import { parseListingLine } from './validate.ts';
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
const DEL = 0x7f;
/** Lead byte of U+0080–U+00BF in UTF-8 (C1 controls are C2 80–C2 9F). */
const C2 = 0xc2;

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
  private nextBackslash = 0;
  private nextDel = 0;
  private nextC2 = 0;
  /** With `bytes` output: verdict lines encoded as they are made (no long strings to flatten). */
  private out: Buffer | null;
  private outLength = 0;

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
    const taken = Buffer.allocUnsafe(this.outLength);
    this.out?.copy(taken, 0, 0, this.outLength);
    this.outLength = 0;
    return taken;
  }

  /** Scans data[from, end) (no line break) as the 1-based line `lineNumber`. */
  scan(data: Buffer, from: number, end: number, lineNumber: number, into: BlockResult): void {
    if (end <= from) return;
    const first = data[from]!;
    const line = data.toString('utf8', from, end);
    // a line that does not begin with "{" may be blank (whitespace only, as String#trim reads it)
    if (first !== 0x7b && line.trim() === '') return;
    const parsed = parseListingLine(line, lineNumber, this.detector.policy, this.plain(data, from, end));
    if (!parsed.ok) {
      into.bad++;
      into.errors.push(parsed.error.message);
      return;
    }
    const verdict = this.detector.scan(parsed.value);
    into.scanned++;
    if (verdict.flagged) into.flagged++;
    const json = verdictJson(verdict);
    let out = this.out;
    if (out === null) {
      into.output += `${json}\n`;
      return;
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

  /** Whether no text of data[from, end) can hold a lone surrogate or a control character. */
  plain(data: Buffer, from: number, end: number): boolean {
    if (data !== this.data) {
      this.data = data;
      this.nextBackslash = this.nextDel = this.nextC2 = -1;
    }
    const none = data.length;
    let at = this.nextDel;
    if (at < from) {
      at = data.indexOf(DEL, from);
      this.nextDel = at = at === -1 ? none : at;
    }
    if (at < end) return false;
    at = this.nextBackslash;
    if (at < from) at = data.indexOf(BACKSLASH, from);
    for (; at !== -1 && at < end; at = data.indexOf(BACKSLASH, at + 1)) {
      const next = data[at + 1];
      // \u, \b, \f (a "\\" before u, b or f is reported too: the full check then decides)
      if (next === 0x75 || next === 0x62 || next === 0x66) {
        this.nextBackslash = at;
        return false;
      }
    }
    this.nextBackslash = at === -1 ? none : at;
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
