/**
 * Aho–Corasick automaton over skeleton units (see normalize.ts). Latin letters and digits (the
 * first symbols) get a full DFA transition table, so the hot loop is one typed-array read per
 * unit; rarer symbols (Chinese and other scripts) use a sparse goto table with failure links.
 * Every raw hit is verified against the unit runs, digit classes and word boundaries before it is
 * reported, and the verification also records how the text disguised the pattern.
 */
import {
  type NormalizedView,
  TextNormalizer,
  UNIT_FULLWIDTH,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_HOMOGLYPH,
  UNIT_INVISIBLE_BEFORE,
  UNIT_LEET_SYMBOL,
  UNIT_UNSPACED_SCRIPT,
} from './normalize.ts';

export const OBFUSCATION_HOMOGLYPH = 1;
export const OBFUSCATION_LEET = 2;
export const OBFUSCATION_SEPARATORS = 4;
export const OBFUSCATION_INVISIBLE = 8;
export const OBFUSCATION_REPEATED = 16;
/** One letter doubled ("Channel", "Rollex"): a misspelling or an ordinary word, not a disguise. */
export const OBFUSCATION_DOUBLED = 32;
/** Fullwidth Latin: normal in CJK text, a disguise inside otherwise plain Latin text (caller decides). */
export const OBFUSCATION_FULLWIDTH = 64;

export interface CompiledPattern {
  /** Collapsed skeleton codes. */
  codes: Int32Array;
  runs: Uint16Array;
  /** 1 where the pattern has a digit: the text must have a digit there too. */
  digits: Uint8Array;
  /** 1 where a separator precedes the unit in the pattern ("1:1" keeps its colon as a boundary). */
  boundaries: Uint8Array;
  needsStartBoundary: boolean;
  needsEndBoundary: boolean;
  interiorBoundaries: number;
  /** Index of the owner (rule or brand term) in the caller's tables. */
  payload: number;
}

const normalizerForPatterns = new TextNormalizer();

/** Compile a pattern string with the same normalizer the text goes through; null if it is empty. */
export function compilePattern(pattern: string, payload: number): CompiledPattern | null {
  const view = normalizerForPatterns.normalize(pattern);
  const n = view.length;
  if (n === 0) return null;
  const digits = new Uint8Array(n);
  const boundaries = view.boundaryBefore.slice(0, n);
  let interior = 0;
  for (let i = 0; i < n; i++) {
    const f = view.flags[i]!;
    digits[i] = f & UNIT_HAS_DIGIT && !(f & (UNIT_HAS_LETTER | UNIT_LEET_SYMBOL)) ? 1 : 0;
    if (i > 0) interior += view.boundaryBefore[i]!;
    interior += view.interiorBoundaries[i]!;
  }
  return {
    codes: view.codes.slice(0, n),
    runs: view.runs.slice(0, n),
    digits,
    boundaries,
    needsStartBoundary: (view.flags[0]! & UNIT_UNSPACED_SCRIPT) === 0,
    needsEndBoundary: (view.flags[n - 1]! & UNIT_UNSPACED_SCRIPT) === 0,
    interiorBoundaries: interior,
    payload,
  };
}

/** Receives verified hits; `startUnit`/`endUnit` are inclusive/exclusive unit indices. */
export type HitSink = (
  pattern: CompiledPattern,
  startUnit: number,
  endUnit: number,
  obfuscation: number,
) => void;

export class PatternAutomaton {
  readonly patterns: CompiledPattern[];
  readonly stateCount: number;
  private readonly symbolOf: Int32Array;
  private readonly astralSymbols: Map<number, number>;
  private readonly denseSymbols: number;
  /** Uint16 while the states fit (half the cache footprint), Int32 beyond 65,535 states. */
  private readonly delta: Uint16Array | Int32Array;
  private readonly sparseGoto: Map<number, number>;
  private readonly sparseStride: number;
  private readonly fail: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outCount: Int32Array;
  private readonly outIds: Int32Array;

  constructor(patterns: CompiledPattern[]) {
    this.patterns = patterns;
    // symbols: ASCII codes first (dense), others after (sparse)
    const codeSet = new Set<number>();
    for (const p of patterns) for (const c of p.codes) codeSet.add(c);
    const codes = [...codeSet].sort((a, b) => a - b);
    this.symbolOf = new Int32Array(65536);
    this.astralSymbols = new Map();
    let dense = 0;
    for (const c of codes) if (c < 128) this.setSymbol(c, ++dense);
    this.denseSymbols = dense;
    let symbol = dense;
    for (const c of codes) if (c >= 128) this.setSymbol(c, ++symbol);
    this.sparseStride = symbol + 1;

    // trie
    const children: Array<Map<number, number>> = [new Map()];
    const terminal: number[][] = [[]];
    patterns.forEach((p, id) => {
      let state = 0;
      for (const c of p.codes) {
        const sym = this.symbolFor(c);
        let next = children[state]!.get(sym);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          terminal.push([]);
          children[state]!.set(sym, next);
        }
        state = next;
      }
      terminal[state]!.push(id);
    });
    // renumber states breadth-first: shallow states, which almost every step visits, share cache lines
    const order = breadthFirstOrder(children);
    const renamed = new Int32Array(children.length);
    order.forEach((oldId, newId) => {
      renamed[oldId] = newId;
    });
    const bfsChildren = order.map((oldId) => {
      const map = new Map<number, number>();
      for (const [sym, child] of children[oldId]!) map.set(sym, renamed[child]!);
      return map;
    });
    const bfsTerminal = order.map((oldId) => terminal[oldId]!);
    children.length = 0;
    children.push(...bfsChildren);
    terminal.length = 0;
    terminal.push(...bfsTerminal);
    const stateCount = children.length;
    this.stateCount = stateCount;
    this.fail = new Int32Array(stateCount);
    const tableSize = stateCount * Math.max(dense, 1);
    this.delta = stateCount <= 0xffff ? new Uint16Array(tableSize) : new Int32Array(tableSize);
    this.sparseGoto = new Map();
    const outputs: number[][] = terminal.map((t) => t.slice());

    // BFS: failure links, full DFA on dense symbols, merged outputs
    const queue = new Int32Array(stateCount);
    let head = 0;
    let tail = 0;
    for (const [sym, child] of children[0]!) {
      this.fail[child] = 0;
      queue[tail++] = child;
      if (sym <= dense) this.delta[sym - 1] = child;
      else this.sparseGoto.set(sym, child);
    }
    while (head < tail) {
      const state = queue[head++]!;
      const failState = this.fail[state]!;
      const failOut = outputs[failState]!;
      if (failOut.length > 0) outputs[state]!.push(...failOut);
      const row = state * dense;
      const failRow = failState * dense;
      for (let s = 0; s < dense; s++) this.delta[row + s] = this.delta[failRow + s]!;
      for (const [sym, child] of children[state]!) {
        this.fail[child] = this.step(failState, sym);
        queue[tail++] = child;
        if (sym <= dense) this.delta[row + sym - 1] = child;
        else this.sparseGoto.set(state * this.sparseStride + sym, child);
      }
    }
    this.outStart = new Int32Array(stateCount);
    this.outCount = new Int32Array(stateCount);
    let total = 0;
    for (const o of outputs) total += o.length;
    this.outIds = new Int32Array(total);
    let offset = 0;
    for (let s = 0; s < stateCount; s++) {
      const o = outputs[s]!;
      this.outStart[s] = offset;
      this.outCount[s] = o.length;
      for (const id of o) this.outIds[offset++] = id;
    }
  }

  private setSymbol(code: number, symbol: number): void {
    if (code < 65536) this.symbolOf[code] = symbol;
    else this.astralSymbols.set(code, symbol);
  }

  private symbolFor(code: number): number {
    return code < 65536 ? this.symbolOf[code]! : (this.astralSymbols.get(code) ?? 0);
  }

  /** Transition for build time and for sparse symbols (follows failure links). */
  private step(state: number, sym: number): number {
    if (sym === 0) return 0;
    if (sym <= this.denseSymbols) return this.delta[state * this.denseSymbols + sym - 1]!;
    let s = state;
    for (;;) {
      const next = this.sparseGoto.get(s === 0 ? sym : s * this.sparseStride + sym);
      if (next !== undefined) return next;
      if (s === 0) return 0;
      s = this.fail[s]!;
    }
  }

  /** Run over a normalized view and report verified hits to `sink`. */
  scan(view: NormalizedView, sink: HitSink): void {
    const n = view.length;
    const codes = view.codes;
    const symbolOf = this.symbolOf;
    const delta = this.delta;
    const dense = this.denseSymbols;
    const outCount = this.outCount;
    let state = 0;
    for (let i = 0; i < n; i++) {
      const code = codes[i]!;
      const sym = code < 65536 ? symbolOf[code]! : (this.astralSymbols.get(code) ?? 0);
      if (sym === 0) state = 0;
      else if (sym <= dense) state = delta[state * dense + sym - 1]!;
      else state = this.step(state, sym);
      if (outCount[state] !== 0) this.report(view, state, i, sink);
    }
  }

  private report(view: NormalizedView, state: number, endIndex: number, sink: HitSink): void {
    const start = this.outStart[state]!;
    const end = start + this.outCount[state]!;
    for (let k = start; k < end; k++) {
      const pattern = this.patterns[this.outIds[k]!]!;
      const startUnit = endIndex + 1 - pattern.codes.length;
      const obfuscation = verifyHit(view, pattern, startUnit);
      if (obfuscation >= 0) sink(pattern, startUnit, endIndex + 1, obfuscation);
    }
  }
}

function breadthFirstOrder(children: ReadonlyArray<Map<number, number>>): number[] {
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const next = [...children[order[head]!]!].sort((a, b) => a[0] - b[0]);
    for (const [, child] of next) order.push(child);
  }
  return order;
}

/** -1 when the hit is not a real match; otherwise the OBFUSCATION_* bits seen in the span. */
export function verifyHit(view: NormalizedView, pattern: CompiledPattern, startUnit: number): number {
  const length = pattern.codes.length;
  const endUnit = startUnit + length;
  if (pattern.needsStartBoundary && view.boundaryBefore[startUnit] === 0) return -1;
  if (pattern.needsEndBoundary && view.boundaryBefore[endUnit] === 0) return -1;
  let obfuscation = 0;
  let boundaries = 0;
  for (let k = 0; k < length; k++) {
    const u = startUnit + k;
    const textRun = view.runs[u]!;
    const patternRun = pattern.runs[k]!;
    if (textRun < patternRun) return -1;
    if (textRun > patternRun) obfuscation |= textRun >= 3 ? OBFUSCATION_REPEATED : OBFUSCATION_DOUBLED;
    const flags = view.flags[u]!;
    if (pattern.digits[k] === 1) {
      if ((flags & UNIT_HAS_DIGIT) === 0 || (flags & (UNIT_HAS_LETTER | UNIT_LEET_SYMBOL)) !== 0) return -1;
      // "11" is not "1:1": a separator between two pattern digits must be there in the text too
      if (k > 0 && pattern.boundaries[k] === 1 && pattern.digits[k - 1] === 1 && view.boundaryBefore[u] === 0)
        return -1;
    } else if ((flags & (UNIT_HAS_DIGIT | UNIT_LEET_SYMBOL)) !== 0 && (flags & UNIT_UNSPACED_SCRIPT) === 0) {
      obfuscation |= OBFUSCATION_LEET;
    }
    if (flags & UNIT_HOMOGLYPH) obfuscation |= OBFUSCATION_HOMOGLYPH;
    if (flags & UNIT_FULLWIDTH) obfuscation |= OBFUSCATION_FULLWIDTH;
    if (k > 0) {
      boundaries += view.boundaryBefore[u]!;
      if (flags & UNIT_INVISIBLE_BEFORE) obfuscation |= OBFUSCATION_INVISIBLE;
    }
    boundaries += view.interiorBoundaries[u]!;
  }
  if (boundaries > pattern.interiorBoundaries) obfuscation |= OBFUSCATION_SEPARATORS;
  return obfuscation;
}
