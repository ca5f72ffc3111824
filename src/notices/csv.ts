import type { FieldError } from '../errors/app-error.ts';

export interface CsvRow {
  /** 1-based line on which the record starts. */
  line: number;
  fields: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; error: FieldError };

/**
 * Strict RFC 4180 reader: UTF-8 only, quoted fields may hold commas, quotes ("") and newlines;
 * anything else (a stray quote, an unterminated field) is an error naming the line.
 * Stops early once more than `maxRecords` records are seen, so a huge file costs little.
 */
export function parseCsv(bytes: Uint8Array, maxRecords: number): CsvResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      ok: false,
      error: {
        pointer: '/csv',
        rule: 'utf-8',
        detail: `the file is not valid UTF-8 (first bad byte near offset ${firstInvalidUtf8(bytes)})`,
      },
    };
  }
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) return fail(startLine, `a quoted field opened on line ${startLine} is never closed`);
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
          return fail(line, `unexpected character after a closing quote on line ${line}`);
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"')
            return fail(
              line,
              `a quote inside an unquoted field on line ${line}; quote the whole field and double inner quotes`,
            );
          value += text[i];
          i++;
        }
      }
      fields.push(value);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: startLine, fields });
    if (rows.length > maxRecords) break;
  }
  return { ok: true, rows };
}

function fail(line: number, detail: string): CsvResult {
  return { ok: false, error: { pointer: `/csv/line/${line}`, rule: 'csv-quoting', detail } };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
