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

/**
 * Scans the complete lines of `bytes` (the last one may lack its newline); `firstLine` is the
 * 1-based number of its first line.
 */
export function scanBlock(detector: Detector, bytes: Uint8Array, firstLine: number): BlockResult {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
  let from = 0;
  while (from < data.length) {
    let newline = data.indexOf(10, from);
    if (newline === -1) newline = data.length;
    const end = newline > from && data[newline - 1] === 13 ? newline - 1 : newline;
    scanLine(detector, data.toString('utf8', from, end), firstLine + result.lines, result);
    result.lines++;
    from = newline + 1;
  }
  return result;
}

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
