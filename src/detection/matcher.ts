/**
 * Multi-pattern matcher over skeleton units (see normalize.ts): a trie of all patterns, walked from
 * every unit where a match can begin. Latin patterns need a word boundary before them, so only
 * word starts begin a walk; patterns beginning with a character of a script written without spaces
 * (Chinese) begin a walk wherever that character occurs. This finds exactly the hits an
 * Aho–Corasick scan followed by the boundary check finds. Latin letters and digits (the first
 * symbols) index dense rows of the nodes with many children; the trie is packed for few cache
 * misses per walk (see trie-layout.ts). Every raw hit is verified against the unit runs, digit
 * classes and word boundaries before it is reported, and the verification also records how the
 * text disguised the pattern.
 */
import {
  type NormalizedView,
  TextNormalizer,
  UNIT_DECIMAL_BEFORE,
  UNIT_FULLWIDTH,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_HOMOGLYPH,
  UNIT_INVISIBLE_BEFORE,
  UNIT_LEET_SYMBOL,
  UNIT_UNSPACED_SCRIPT,
} from './normalize.ts';
import {
  buildTrieLayout,
  hasOutputs,
  mayMatchAt,
  outputsAt,
  PAT_FLAGS,
  PAT_ID,
  PAT_INTERIOR_SHIFT,
  PAT_LENGTH,
  PAT_LOOSE_DIGITS,
  PAT_NEEDS_END,
  PAT_NEEDS_START,
  PAT_PAYLOAD,
  PAT_UNITS,
  type TrieShape,
  trieStep,
  UNIT_BOUNDARY,
  UNIT_DECIMAL,
  UNIT_DIGIT,
  UNIT_RUN_MASK,
} from './trie-layout.ts';
import { growInt32 } from './unit-tables.ts';

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
  /** 1 where a decimal point precedes the digit ("2.55"): "1:1" is not "1.1". */
  decimals: Uint8Array;
  needsStartBoundary: boolean;
  needsEndBoundary: boolean;
  /** Model numbers: separators between digits are not compared. */
  looseDigits: boolean;
  interiorBoundaries: number;
  /** Index of the owner (rule or brand term) in the caller's tables. */
  payload: number;
}

// the general path: keeps the fast path's type feedback to listing text (see NormalizerOptions)
const normalizerForPatterns = new TextNormalizer({ fastPath: false });

type PatternShape = Omit<CompiledPattern, 'payload' | 'looseDigits'>;
/**
 * Patterns compiled before, by their text: every detector compiles the same ~30,000 rule phrases,
 * and a compiled pattern's arrays are never changed, so detectors share them (five typed arrays a
 * pattern were a large part of a construction's garbage). Emptied when it grows past
 * MAX_REMEMBERED_PATTERNS, so a server compiling knowledge revision after revision stays bounded.
 */
const compiledShapes = new Map<string, PatternShape | null>();
const MAX_REMEMBERED_PATTERNS = 250_000;

/**
 * Compile a pattern string with the same normalizer the text goes through; null if it is empty.
 * `looseDigits` (model numbers): separators between digits need not match ("24-70" and "2470").
 */
export function compilePattern(
  pattern: string,
  payload: number,
  looseDigits = false,
): CompiledPattern | null {
  let shape = compiledShapes.get(pattern);
  if (shape === undefined) {
    shape = patternShape(pattern);
    if (compiledShapes.size >= MAX_REMEMBERED_PATTERNS) compiledShapes.clear();
    compiledShapes.set(pattern, shape);
  }
  if (shape === null) return null;
  return {
    codes: shape.codes,
    runs: shape.runs,
    digits: shape.digits,
    boundaries: shape.boundaries,
    decimals: shape.decimals,
    needsStartBoundary: shape.needsStartBoundary,
    needsEndBoundary: shape.needsEndBoundary,
    looseDigits,
    interiorBoundaries: shape.interiorBoundaries,
    payload,
  };
}

function patternShape(pattern: string): PatternShape | null {
  const view = normalizerForPatterns.normalize(pattern);
  const n = view.length;
  if (n === 0) return null;
  const digits = new Uint8Array(n);
  const decimals = new Uint8Array(n);
  const boundaries = view.boundaryBefore.slice(0, n);
  let interior = 0;
  for (let i = 0; i < n; i++) {
    const f = view.flags[i]!;
    digits[i] = f & UNIT_HAS_DIGIT && !(f & (UNIT_HAS_LETTER | UNIT_LEET_SYMBOL)) ? 1 : 0;
    decimals[i] = f & UNIT_DECIMAL_BEFORE ? 1 : 0;
    if (i > 0) interior += view.boundaryBefore[i]!;
    interior += view.interiorBoundaries[i]!;
  }
  return {
    codes: view.codes.slice(0, n),
    runs: view.runs.slice(0, n),
    digits,
    boundaries,
    decimals,
    needsStartBoundary: (view.flags[0]! & UNIT_UNSPACED_SCRIPT) === 0,
    needsEndBoundary: (view.flags[n - 1]! & UNIT_UNSPACED_SCRIPT) === 0,
    interiorBoundaries: interior,
  };
}

/** Receives verified hits; `startUnit`/`endUnit` are inclusive/exclusive unit indices. */
export type HitSink = (
  pattern: CompiledPattern,
  startUnit: number,
  endUnit: number,
  obfuscation: number,
) => void;

/**
 * A trie of all patterns, walked from each unit where a match can start (see the file comment).
 * Same hits and order as an Aho–Corasick DFA, with no failure links or full DFA rows: it builds
 * faster and, packed (trie-layout.ts), a walk touches few cache lines.
 */
export class PatternAutomaton {
  readonly patterns: CompiledPattern[];
  /** Trie states (one per distinct pattern prefix, plus the root). */
  readonly stateCount: number;
  /**
   * Symbol by UTF-16 code (0: in no pattern). 16 bits while the symbols fit (always, in practice:
   * ~3,000 Chinese characters): a walk over Chinese text reads it at scattered codes, and half the
   * size (128 KB) stays in the caches better (A/B in the commit adding it).
   */
  private readonly symbolOf: Uint16Array | Int32Array;
  private readonly astralSymbols: Map<number, number>;
  private readonly denseSymbols: number;
  /** 1 for symbols that begin a pattern needing no word boundary before it (Chinese...). */
  private readonly freeStart: Uint8Array;
  /** No ASCII symbol is a free start: in ASCII-only text only word starts begin a walk. */
  private readonly asciiStartsAtWords: boolean;
  private readonly nodes: Int32Array;
  /** The root's child on each symbol (0 for none): every walk's first step, in O(1). */
  private readonly rootChild: Int32Array;
  /** 1 for symbols that are a whole pattern by themselves (the root's child has outputs). */
  private readonly firstEnds: Uint8Array;
  /**
   * A bit set over the hashes of the symbol pairs that begin a pattern (see pairHash): a walk whose
   * first symbol ends no pattern and whose first two symbols begin none ends before its second
   * step, so it need not read the trie at all. Most walks begun at a Chinese character are such
   * (~12 of ~25 a listing), and the root's child of a Chinese character is a node of its own
   * somewhere in the trie, mostly out of the caches; the set takes 8 bits a pair (16-32 KB).
   */
  private readonly pairBits: Int32Array;
  private readonly pairShift: number;
  /** Verified hits of the last `find`, ordered by end unit, then longest first, then pattern id. */
  hitCount = 0;
  hitPattern = new Int32Array(16);
  hitPayload = new Int32Array(16);
  hitStart = new Int32Array(16);
  hitEnd = new Int32Array(16);
  hitObfuscation = new Int32Array(16);

  constructor(patterns: CompiledPattern[]) {
    this.patterns = patterns;
    // symbols: ASCII codes first (dense), others after (sparse)
    const codeSet = new Set<number>();
    for (const p of patterns) for (const c of p.codes) codeSet.add(c);
    const codes = [...codeSet].sort((a, b) => a - b);
    this.symbolOf = codes.length < 0xffff ? new Uint16Array(65536) : new Int32Array(65536);
    this.astralSymbols = new Map();
    let dense = 0;
    for (const c of codes) if (c < 128) this.setSymbol(c, ++dense);
    this.denseSymbols = dense;
    let symbol = dense;
    for (const c of codes) if (c >= 128) this.setSymbol(c, ++symbol);
    this.freeStart = new Uint8Array(symbol + 1);
    // The trie is built from the patterns in the order of their symbols: each shares its longest
    // common prefix with the one before it and adds states for the rest. States are then numbered
    // in preorder and each state's children come in ascending symbol order, as the layout wants,
    // without a map per state (a map per state made most of a detector's ~0.5 s construction
    // garbage).
    const count = patterns.length;
    const symbols: Int32Array[] = new Array(count);
    let maxLength = 0;
    let totalLength = 0;
    for (let id = 0; id < count; id++) {
      const p = patterns[id]!;
      const codes = p.codes;
      const row = new Int32Array(codes.length);
      for (let k = 0; k < codes.length; k++) row[k] = this.symbolFor(codes[k]!);
      symbols[id] = row;
      if (row.length > maxLength) maxLength = row.length;
      totalLength += row.length;
      if (!p.needsStartBoundary) this.freeStart[this.symbolFor(p.codes[0]!)] = 1;
    }
    const sorted = Array.from({ length: count }, (_, id) => id).sort(
      (a, b) => compareSymbols(symbols[a]!, symbols[b]!) || a - b,
    );
    const parentOf = new Int32Array(totalLength + 1);
    const symbolInto = new Int32Array(totalLength + 1);
    const endOf = new Int32Array(count);
    const path = new Int32Array(maxLength + 1);
    let states = 1;
    let previous: Int32Array | null = null;
    for (const id of sorted) {
      const row = symbols[id]!;
      let common = 0;
      if (previous !== null) {
        const shorter = Math.min(previous.length, row.length);
        while (common < shorter && previous[common] === row[common]) common++;
      }
      for (let k = common; k < row.length; k++) {
        const state = states++;
        parentOf[state] = path[k]!;
        symbolInto[state] = row[k]!;
        path[k + 1] = state;
      }
      endOf[id] = path[row.length]!;
      previous = row;
    }
    this.stateCount = states;
    this.asciiStartsAtWords = this.freeStart.subarray(0, dense + 1).every((free) => free === 0);
    const shape = trieShape(states, parentOf, symbolInto, endOf);
    const layout = buildTrieLayout(patterns, shape, dense);
    this.nodes = layout.nodes;
    this.rootChild = new Int32Array(symbol + 1);
    this.firstEnds = new Uint8Array(symbol + 1);
    for (let sym = 1; sym <= symbol; sym++) {
      const node = trieStep(this.nodes, dense, 0, sym);
      this.rootChild[sym] = node;
      if (node !== 0 && hasOutputs(this.nodes, node)) this.firstEnds[sym] = 1;
    }
    const { childStart, childSymbol, childState } = shape;
    let pairs = 0;
    for (let k = childStart[0]!; k < childStart[1]!; k++) {
      const state = childState[k]!;
      pairs += childStart[state + 1]! - childStart[state]!;
    }
    let log2 = 12;
    while (log2 < 24 && 1 << log2 < pairs * 8) log2++;
    this.pairShift = 32 - log2;
    this.pairBits = new Int32Array(1 << (log2 - 5));
    for (let k = childStart[0]!; k < childStart[1]!; k++) {
      const state = childState[k]!;
      for (let c = childStart[state]!; c < childStart[state + 1]!; c++) {
        const h = pairHash(childSymbol[k]!, childSymbol[c]!, this.pairShift);
        this.pairBits[h >>> 5]! |= 1 << (h & 31);
      }
    }
  }

  private setSymbol(code: number, symbol: number): void {
    if (code < 65536) this.symbolOf[code] = symbol;
    else this.astralSymbols.set(code, symbol);
  }

  private symbolFor(code: number): number {
    return code < 65536 ? this.symbolOf[code]! : (this.astralSymbols.get(code) ?? 0);
  }

  /** Run over a normalized view and report verified hits to `sink`, in the order of `find`. */
  scan(view: NormalizedView, sink: HitSink): void {
    const count = this.find(view);
    for (let k = 0; k < count; k++)
      sink(this.patterns[this.hitPattern[k]!]!, this.hitStart[k]!, this.hitEnd[k]!, this.hitObfuscation[k]!);
  }

  /**
   * Finds the verified hits in a normalized view and leaves them in the `hit*` arrays (valid until
   * the next call), ordered by end unit, then longest first, then pattern id (the order an
   * Aho–Corasick scan reports them in). Returns their count.
   */
  find(view: NormalizedView): number {
    const n = view.length;
    this.hitCount = 0;
    if (view.nonAsciiUnits === 0 && this.asciiStartsAtWords) {
      // the common case: walks begin at word starts only, so skip the units inside words
      const wordStarts = view.wordStarts;
      for (let w = 0; w < view.wordCount; w++) this.walk(view, wordStarts[w]!, n);
    } else {
      const codes = view.codes;
      const boundaryBefore = view.boundaryBefore;
      for (let u = 0; u < n; u++) {
        const first = codes[u]!;
        const firstSym = first < 65536 ? this.symbolOf[first]! : (this.astralSymbols.get(first) ?? 0);
        // every pattern needs a word boundary before it unless it starts with a free-start symbol
        if (firstSym !== 0 && (boundaryBefore[u] === 1 || this.freeStart[firstSym] === 1))
          this.walk(view, u, n);
      }
    }
    if (this.hitCount > 1) this.sortHits();
    return this.hitCount;
  }

  /**
   * Like `find`, for matches that begin outside the units [holeFrom[k], holeTo[k]) (ascending, not
   * overlapping): lines whose hits are known already (see boilerplate.ts). Call `addHit` for those,
   * then `sortFound`.
   */
  findAround(view: NormalizedView, holeFrom: Int32Array, holeTo: Int32Array, holes: number): number {
    const n = view.length;
    this.hitCount = 0;
    let hole = 0;
    if (view.nonAsciiUnits === 0 && this.asciiStartsAtWords) {
      const wordStarts = view.wordStarts;
      for (let w = 0; w < view.wordCount; w++) {
        const u = wordStarts[w]!;
        while (hole < holes && u >= holeTo[hole]!) hole++;
        if (hole < holes && u >= holeFrom[hole]!) continue;
        this.walk(view, u, n);
      }
    } else {
      let nextHole = holes > 0 ? holeFrom[0]! : n;
      const codes = view.codes;
      const boundaryBefore = view.boundaryBefore;
      for (let u = 0; u < n; u++) {
        if (u === nextHole) {
          u = holeTo[hole]! - 1;
          hole++;
          nextHole = hole < holes ? holeFrom[hole]! : n;
          continue;
        }
        const first = codes[u]!;
        const firstSym = first < 65536 ? this.symbolOf[first]! : (this.astralSymbols.get(first) ?? 0);
        if (firstSym !== 0 && (boundaryBefore[u] === 1 || this.freeStart[firstSym] === 1))
          this.walk(view, u, n);
      }
    }
    return this.hitCount;
  }

  /** Adds a hit found before (see findAround). */
  addHit(pattern: number, payload: number, start: number, end: number, obfuscation: number): void {
    const count = this.hitCount;
    if (count >= this.hitPattern.length) this.growHits();
    this.hitPattern[count] = pattern;
    this.hitPayload[count] = payload;
    this.hitStart[count] = start;
    this.hitEnd[count] = end;
    this.hitObfuscation[count] = obfuscation;
    this.hitCount = count + 1;
  }

  /** Puts the hits in `find`'s order; returns their count. */
  sortFound(): number {
    if (this.hitCount > 1) this.sortHits();
    return this.hitCount;
  }

  /**
   * Like `find`, for matches that begin in units [from, to) only: the context words around one
   * keyword hit (see compile.ts, contextAutomaton), looked up on demand.
   */
  findRange(view: NormalizedView, from: number, to: number): number {
    const n = view.length;
    this.hitCount = 0;
    const codes = view.codes;
    const boundaryBefore = view.boundaryBefore;
    for (let u = Math.max(0, from); u < Math.min(to, n); u++) {
      const first = codes[u]!;
      const firstSym = first < 65536 ? this.symbolOf[first]! : (this.astralSymbols.get(first) ?? 0);
      if (firstSym !== 0 && (boundaryBefore[u] === 1 || this.freeStart[firstSym] === 1))
        this.walk(view, u, n);
    }
    if (this.hitCount > 1) this.sortHits();
    return this.hitCount;
  }

  /** Follows the trie from unit `u` as far as the text matches, verifying patterns on the way. */
  private walk(view: NormalizedView, u: number, n: number): void {
    const codes = view.codes;
    const symbolOf = this.symbolOf;
    const nodes = this.nodes;
    const dense = this.denseSymbols;
    const first = codes[u]!;
    const firstSym = first < 65536 ? symbolOf[first]! : (this.astralSymbols.get(first) ?? 0);
    if (firstSym === 0) return;
    let node = this.rootChild[firstSym]!;
    if (node === 0) return;
    const boundaryBefore = view.boundaryBefore;
    if (firstSym > dense && this.firstEnds[firstSym] === 0) {
      // no pattern ends after this one symbol (not Latin: the dense rows of Latin letters are in
      // the caches): the first two must begin one (see pairBits)
      if (u + 1 >= n) return;
      const second = codes[u + 1]!;
      const secondSym = second < 65536 ? symbolOf[second]! : (this.astralSymbols.get(second) ?? 0);
      if (secondSym === 0) return;
      const h = pairHash(firstSym, secondSym, this.pairShift);
      if (((this.pairBits[h >>> 5]! >>> (h & 31)) & 1) === 0) return;
    } else if (mayMatchAt(nodes, node, boundaryBefore[u + 1]!)) {
      // a node's outputs are looked at only where one of them can end (see FREE_END)
      this.verifyOutputs(view, node, u, u + 1);
    }
    for (let i = u + 1; i < n; i++) {
      const code = codes[i]!;
      const sym = code < 65536 ? symbolOf[code]! : (this.astralSymbols.get(code) ?? 0);
      if (sym === 0) return;
      const next = trieStep(nodes, dense, node, sym);
      if (next === 0) return;
      node = next;
      if (mayMatchAt(nodes, node, boundaryBefore[i + 1]!)) this.verifyOutputs(view, node, u, i + 1);
    }
  }

  /** Verifies the patterns ending at `node` (all of them units [startUnit, endUnit) long). */
  private verifyOutputs(view: NormalizedView, node: number, startUnit: number, endUnit: number): void {
    const nodes = this.nodes;
    const records = nodes; // the records of a node's outputs are inline after it (see trie-layout.ts)
    const at = outputsAt(nodes, this.denseSymbols, node);
    const outs = nodes[at + 1]!;
    // candidates that end inside a word ("bag" in "bags") are rejected on their flags alone
    const noEnd = view.boundaryBefore[endUnit] === 0 ? PAT_NEEDS_END | 0 : 0;
    let record = at + 2;
    for (let k = 0; k < outs; k++, record += PAT_UNITS + nodes[record + PAT_LENGTH]!) {
      if ((nodes[record + PAT_FLAGS]! & noEnd) !== 0) continue;
      const obfuscation = verifyRecord(view, records, record, startUnit);
      if (obfuscation < 0) continue;
      const count = this.hitCount;
      if (count >= this.hitPattern.length) this.growHits();
      this.hitPattern[count] = records[record + PAT_ID]!;
      this.hitPayload[count] = records[record + PAT_PAYLOAD]!;
      this.hitStart[count] = startUnit;
      this.hitEnd[count] = startUnit + records[record + PAT_LENGTH]!;
      this.hitObfuscation[count] = obfuscation;
      this.hitCount = count + 1;
    }
  }

  /** Insertion sort by (end, start, pattern id): hits are few, and walks found them by start. */
  private sortHits(): void {
    const ids = this.hitPattern;
    const payloads = this.hitPayload;
    const starts = this.hitStart;
    const ends = this.hitEnd;
    const obfuscations = this.hitObfuscation;
    for (let a = 1; a < this.hitCount; a++) {
      const id = ids[a]!;
      const payload = payloads[a]!;
      const start = starts[a]!;
      const end = ends[a]!;
      const obfuscation = obfuscations[a]!;
      let b = a - 1;
      for (; b >= 0; b--) {
        const otherEnd = ends[b]!;
        if (
          otherEnd < end ||
          (otherEnd === end && (starts[b]! < start || (starts[b] === start && ids[b]! < id)))
        )
          break;
        ids[b + 1] = ids[b]!;
        payloads[b + 1] = payloads[b]!;
        starts[b + 1] = starts[b]!;
        ends[b + 1] = ends[b]!;
        obfuscations[b + 1] = obfuscations[b]!;
      }
      ids[b + 1] = id;
      payloads[b + 1] = payload;
      starts[b + 1] = start;
      ends[b + 1] = end;
      obfuscations[b + 1] = obfuscation;
    }
  }

  private growHits(): void {
    const size = this.hitPattern.length * 2;
    this.hitPattern = growInt32(this.hitPattern, size);
    this.hitPayload = growInt32(this.hitPayload, size);
    this.hitStart = growInt32(this.hitStart, size);
    this.hitEnd = growInt32(this.hitEnd, size);
    this.hitObfuscation = growInt32(this.hitObfuscation, size);
  }
}

/** -1 when the hit is not a real match; otherwise the OBFUSCATION_* bits seen in the span. */
function verifyRecord(view: NormalizedView, records: Int32Array, record: number, startUnit: number): number {
  // constants into locals once: each use of an imported or module constant is a load and a check
  const hasDigit = UNIT_HAS_DIGIT | 0;
  const digitLike = UNIT_HAS_DIGIT | UNIT_LEET_SYMBOL;
  const notDigit = UNIT_HAS_LETTER | UNIT_LEET_SYMBOL;
  const unspaced = UNIT_UNSPACED_SCRIPT | 0;
  const homoglyph = UNIT_HOMOGLYPH | 0;
  const fullwidth = UNIT_FULLWIDTH | 0;
  const invisible = UNIT_INVISIBLE_BEFORE | 0;
  const runMask = UNIT_RUN_MASK | 0;
  const patternDigit = UNIT_DIGIT | 0;
  const patternBoundary = UNIT_BOUNDARY | 0;
  const patternDecimal = UNIT_DECIMAL | 0;
  const textDecimal = UNIT_DECIMAL_BEFORE | 0;
  const length = records[record + PAT_LENGTH]!;
  const flags = records[record + PAT_FLAGS]!;
  const units = record + PAT_UNITS;
  const boundaryBefore = view.boundaryBefore;
  if (flags & PAT_NEEDS_START && boundaryBefore[startUnit] === 0) return -1;
  if (flags & PAT_NEEDS_END && boundaryBefore[startUnit + length] === 0) return -1;
  const runs = view.runs;
  const unitFlags = view.flags;
  const interior = view.interiorBoundaries;
  let obfuscation = 0;
  let seen = 0; // unit flags seen in the span
  let boundaries = 0;
  let previousDigit = 0;
  let lettersAsDigits = 0; // pattern letters the text wrote with digits or symbols
  for (let k = 0; k < length; k++) {
    const u = startUnit + k;
    const unit = records[units + k]!;
    const textRun = runs[u]!;
    const patternRun = unit & runMask;
    if (textRun < patternRun) return -1;
    // a letter repeated 3+ times is a disguise ("Guuucci", "Guccci"); one more than a pattern run
    // of three is a doubled letter: only folding makes such runs (I and l fold together, so
    // "Phillips" has one l more than "Philips", not a run of four)
    if (textRun > patternRun)
      obfuscation |=
        textRun >= 3 && (patternRun < 3 || textRun >= patternRun + 2)
          ? OBFUSCATION_REPEATED
          : OBFUSCATION_DOUBLED;
    const f = unitFlags[u]!;
    const digit = unit & patternDigit;
    if (digit !== 0) {
      // a digit is a digit: "11" is not "1", nor "1.1" the "1:1" of a pattern
      if ((f & hasDigit) === 0 || (f & notDigit) !== 0 || textRun !== patternRun) return -1;
      // the number begins where the pattern's does: "0.1-1.5" holds no "1-1"
      if (k === 0 && (unit & patternDecimal) === 0 && (f & textDecimal) !== 0) return -1;
      if (previousDigit !== 0 && (flags & PAT_LOOSE_DIGITS) === 0) {
        // "11" is not "1:1": a separator between two pattern digits must be there in the text too
        if (unit & patternBoundary && boundaryBefore[u] === 0) return -1;
        if (((unit & patternDecimal) !== 0) !== ((f & textDecimal) !== 0)) return -1;
      }
    } else if ((f & digitLike) !== 0 && (f & unspaced) === 0) {
      obfuscation |= OBFUSCATION_LEET;
      lettersAsDigits++;
    }
    previousDigit = digit;
    seen |= f;
    if (k > 0) {
      boundaries += boundaryBefore[u]!;
      if (f & invisible) obfuscation |= OBFUSCATION_INVISIBLE;
    } else if (f & invisible && textRun > 1) obfuscation |= OBFUSCATION_INVISIBLE; // "I\u00adittala": inside the first run
    boundaries += interior[u]!;
  }
  // a word written wholly in digits is a number ("7", 七 of 七天, "5005"), not a disguised word:
  // a disguise swaps some of a word's letters and keeps others
  if (lettersAsDigits === length) return -1;
  // and the number ends where the pattern's does: "1-1.5" is not "1-1"
  const after = startUnit + length;
  if (previousDigit !== 0 && after < view.length && (unitFlags[after]! & textDecimal) !== 0) return -1;
  if (seen & homoglyph) obfuscation |= OBFUSCATION_HOMOGLYPH;
  if (seen & fullwidth) obfuscation |= OBFUSCATION_FULLWIDTH;
  if (boundaries > flags >>> PAT_INTERIOR_SHIFT) obfuscation |= OBFUSCATION_SEPARATORS;
  return obfuscation;
}

/** Where the pair of symbols (first, second) falls in a bit set of 2^(32 - shift) bits. */
function pairHash(first: number, second: number, shift: number): number {
  return Math.imul((first << 16) ^ second, 0x9e3779b1) >>> shift;
}

/** Orders two symbol rows as words: by their first differing symbol, a prefix first. */
function compareSymbols(a: Int32Array, b: Int32Array): number {
  const shorter = Math.min(a.length, b.length);
  for (let k = 0; k < shorter; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return a.length - b.length;
}

/**
 * The children and outputs of each state as compressed rows: states numbered in preorder, so a
 * state's children, in the order they were made, ascend by symbol; a state's outputs ascend by
 * pattern id.
 */
function trieShape(
  states: number,
  parentOf: Int32Array,
  symbolInto: Int32Array,
  endOf: Int32Array,
): TrieShape {
  const childStart = new Int32Array(states + 1);
  for (let state = 1; state < states; state++) childStart[parentOf[state]! + 1]!++;
  for (let state = 0; state < states; state++) childStart[state + 1]! += childStart[state]!;
  const childSymbol = new Int32Array(states);
  const childState = new Int32Array(states);
  const fill = childStart.slice(0, states);
  for (let state = 1; state < states; state++) {
    const at = fill[parentOf[state]!]!++;
    childSymbol[at] = symbolInto[state]!;
    childState[at] = state;
  }
  const outStart = new Int32Array(states + 1);
  for (let id = 0; id < endOf.length; id++) outStart[endOf[id]! + 1]!++;
  for (let state = 0; state < states; state++) outStart[state + 1]! += outStart[state]!;
  const outIds = new Int32Array(endOf.length);
  const next = outStart.slice(0, states);
  for (let id = 0; id < endOf.length; id++) outIds[next[endOf[id]!]!++] = id;
  return { states, childStart, childSymbol, childState, outStart, outIds };
}
