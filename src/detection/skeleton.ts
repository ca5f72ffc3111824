/**
 * Readable and owned forms of a normalized view (normalize.ts): a copy for tests and tools, and the
 * skeleton string that evidence shows for a span.
 */
import { type NormalizedView, TextNormalizer } from './normalize.ts';

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
    skeleton += ch.repeat(Math.min(view.runs[i]!, SKELETON_MAX_RUN));
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

/** Runs are shown with at most this many repetitions ("Guuuuuuuuucci" shows 8 u). */
export const SKELETON_MAX_RUN = 8;

/** Readable skeleton of units [from, to) of a view, runs expanded. */
export function skeletonOf(view: NormalizedView, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    if (i > from && view.boundaryBefore[i]) out += ' ';
    const code = view.codes[i]!;
    const run = view.runs[i]!;
    const ch = code < 128 ? ASCII_CHARS[code]! : String.fromCodePoint(code);
    out += run === 1 ? ch : ch.repeat(Math.min(run, SKELETON_MAX_RUN));
  }
  return out;
}

const ASCII_CHARS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));
