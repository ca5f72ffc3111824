import type { FieldError } from '../errors/app-error.ts';

/**
 * What text the platform accepts, decided once at the edge: any Unicode scalar value except U+0000.
 * NUL cannot be stored in a PostgreSQL text or jsonb value, and a lone UTF-16 surrogate is not a
 * character at all (jsonb refuses it; a text column would silently store U+FFFD). Both are refused
 * with a field error naming the position, so nothing is ever altered silently.
 */

/** Bodies nest at most this deep; real requests use a handful of levels. */
export const MAX_NESTING_DEPTH = 32;
/** At most this many problems are reported for one request. */
const MAX_PROBLEMS = 20;

export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The first forbidden character of a string, or null: [index, description]. */
export function forbiddenCharacter(text: string): [number, string] | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return [i, 'U+0000 (NUL) is not allowed in text'];
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return [i, `a lone UTF-16 surrogate (U+${c.toString(16).toUpperCase()}) is not a character`];
    }
    if (c >= 0xdc00 && c <= 0xdfff)
      return [i, `a lone UTF-16 surrogate (U+${c.toString(16).toUpperCase()}) is not a character`];
  }
  return null;
}

function textProblem(pointer: string, text: string, asKey: boolean): FieldError | null {
  const found = forbiddenCharacter(text);
  if (!found) return null;
  const [index, what] = found;
  return {
    pointer,
    rule: 'text-characters',
    detail: `${asKey ? 'the field name' : 'the text'} has a forbidden character at position ${index}: ${what}`,
  };
}

/**
 * Walks a parsed value (body, query or params) and returns the field errors for forbidden
 * characters in any string or key, and for nesting deeper than MAX_NESTING_DEPTH. Iterative, so
 * hostile depth cannot exhaust the stack.
 */
export function textProblems(value: unknown, basePointer = ''): FieldError[] {
  const out: FieldError[] = [];
  const stack: Array<{ value: unknown; pointer: string; depth: number }> = [
    { value, pointer: basePointer, depth: 0 },
  ];
  while (stack.length > 0 && out.length < MAX_PROBLEMS) {
    const { value: v, pointer, depth } = stack.pop() as { value: unknown; pointer: string; depth: number };
    if (typeof v === 'string') {
      const problem = textProblem(pointer, v, false);
      if (problem) out.push(problem);
      continue;
    }
    if (v === null || typeof v !== 'object' || Buffer.isBuffer(v)) continue;
    if (depth >= MAX_NESTING_DEPTH) {
      out.push({
        pointer,
        rule: 'nesting-depth',
        detail: `values may nest at most ${MAX_NESTING_DEPTH} levels deep`,
      });
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        stack.push({ value: v[i], pointer: `${pointer}/${i}`, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const childPointer = `${pointer}/${escapePointerToken(key)}`;
      const keyProblem = textProblem(childPointer, key, true);
      if (keyProblem) {
        out.push(keyProblem);
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], pointer: childPointer, depth: depth + 1 });
    }
  }
  return out;
}

/**
 * The byte offset of the first byte that is not valid UTF-8 (overlong forms, surrogates and code
 * points above U+10FFFF included), or -1 when the buffer is valid.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else return i;
    if (i + need >= bytes.length) return i; // truncated sequence
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] as number;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column of a character offset in a text, for parse errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The offset of the first character where `text` stops being JSON, or -1 when it is valid JSON.
 * Used only after JSON.parse failed, to tell the client where (Node's messages do not always say).
 */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    return false;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };
  // An explicit stack of open containers: 'a' (array) or 'o' (object), so depth cannot overflow.
  const stack: string[] = [];
  let expectValue = true;
  ws();
  for (;;) {
    if (expectValue) {
      ws();
      const c = text[i];
      if (c === '{') {
        i++;
        ws();
        if (text[i] === '}') {
          i++;
          expectValue = false;
        } else {
          stack.push('o');
          if (!string()) return i;
          ws();
          if (text[i] !== ':') return i;
          i++;
          continue;
        }
      } else if (c === '[') {
        i++;
        ws();
        if (text[i] === ']') {
          i++;
          expectValue = false;
        } else {
          stack.push('a');
          continue;
        }
      } else if (c === '"') {
        if (!string()) return i;
        expectValue = false;
      } else if (literal('true') || literal('false') || literal('null')) {
        expectValue = false;
      } else if (!number()) return i;
      else expectValue = false;
      continue;
    }
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : -1;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === 'o') {
        ws();
        if (!string()) return i;
        ws();
        if (text[i] !== ':') return i;
        i++;
      }
      expectValue = true;
    } else if ((c === '}' && top === 'o') || (c === ']' && top === 'a')) {
      i++;
      stack.pop();
    } else return i;
  }
}
