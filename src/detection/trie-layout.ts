/**
 * Packs the pattern trie of matcher.ts into one Int32Array of variable-size node records, laid out
 * in depth-first preorder, with the records of the patterns ending at a node inline after it.
 *
 * Why: with 10,000 brand terms almost every listing that names a brand walks a path no recent
 * listing walked, so the walk's cost is its cache misses, not its instructions. A dense row per
 * state (52 bytes for 26 symbols) plus separate output arrays put every state of such a path on its
 * own cache lines; here most states (those with one child) take one word, a node's first child is
 * the next record, and the tail of a term is a handful of consecutive words. A pattern's record
 * (read to verify nearly every candidate: ~17 of ~19 verified a listing are hits) sits after the
 * node where it ends, on the cache line the walk has just read, not in an array of its own: that
 * was one more miss a candidate (whole scan -4 to -6 %, though the array is 3.3 MB against 1.1).
 *
 * Node record at offset `o` (the root is at 0, so 0 also means "no child"):
 *   word 0: kind (2 bits) | output count (8 bits, at most 255; 0: none) |
 *     FREE_END (bit 10: some output needs no word boundary after it) | extra << 11
 *   then by kind:
 *     Layout.One   extra = the only child's symbol (0 for a leaf); no words here
 *     Layout.List  extra = child count; (symbol, child offset) pairs
 *     Layout.Dense extra = count of children on sparse symbols; one child offset (or 0) per dense
 *                symbol, then (symbol, child offset) pairs for the sparse ones
 *   then, when patterns end at the node: the count of words after this one to the end of the
 *   outputs, the output count, and one pattern record per pattern ending here (ascending id).
 * A Layout.One node's child is the next record, after its outputs. Outputs come last so that a step
 * through a dense or list node finds the child at a fixed place: its load need not wait for word 0.
 *
 * Pattern record at offset `p`: pattern id, payload, unit count, flags (PAT_*), then one word per
 * unit: its minimum run | UNIT_DIGIT (a pattern digit) | UNIT_BOUNDARY (a separator before it).
 */
import type { CompiledPattern } from './matcher.ts';

/** The output count in a node's head is at most this (the exact count is among its outputs). */
const OUT_COUNT_MAX = 0xff;
/**
 * Node kinds and the escape count. Members of an enum of this file are compiled to literals, while
 * module constants are loaded and type-checked at every use (the walk uses these at every step).
 */
enum Layout {
  One = 0,
  List = 1,
  Dense = 2,
  Escape = 0xff, // OUT_COUNT_MAX
}
/**
 * Bit of a node's head: some pattern ending here needs no word boundary after it (Chinese). Without
 * it, a walk passes a node whose outputs all need one without looking at them when the text has
 * none there ("bag" in "bags"): about 90 outputs a listing, most of the nodes with outputs it meets.
 */
export const FREE_END = 1 << 10;
/** Where a node head's `extra` begins. */
const EXTRA_SHIFT = 11;
/** Nodes with at least this many children get a dense row (about the first three levels). */
const DENSE_MIN_CHILDREN = 4;

export const PAT_ID = 0;
export const PAT_PAYLOAD = 1;
export const PAT_LENGTH = 2;
export const PAT_FLAGS = 3;
export const PAT_UNITS = 4;
export const PAT_NEEDS_START = 1;
export const PAT_NEEDS_END = 2;
/** Model numbers: separators between digits are not compared ("24-70" matches "2470"). */
export const PAT_LOOSE_DIGITS = 4;
/** Flags above this shift hold the pattern's count of interior word boundaries. */
export const PAT_INTERIOR_SHIFT = 3;
export const UNIT_RUN_MASK = 0xffff;
export const UNIT_DIGIT = 0x10000;
export const UNIT_BOUNDARY = 0x20000;
/** The pattern has a decimal point before this digit ("2.55"): the text must have one too. */
export const UNIT_DECIMAL = 0x40000;

export interface TrieLayout {
  /** Node records, with the pattern records of each node's outputs inline (see the file comment). */
  nodes: Int32Array;
}

/**
 * A trie as compressed rows: state 0 is the root and states are numbered in preorder; the children
 * of `state` are `childSymbol`/`childState`[childStart[state], childStart[state + 1]), ascending by
 * symbol; the ids of the patterns ending there are `outIds`[outStart[state], outStart[state + 1]),
 * ascending.
 */
export interface TrieShape {
  states: number;
  childStart: Int32Array;
  childSymbol: Int32Array;
  childState: Int32Array;
  outStart: Int32Array;
  outIds: Int32Array;
}

/** Symbols 1..dense index the dense rows. */
export function buildTrieLayout(
  patterns: readonly CompiledPattern[],
  trie: TrieShape,
  dense: number,
): TrieLayout {
  const { states, childStart, childSymbol, childState, outStart, outIds } = trie;
  const kindOf = new Uint8Array(states);
  const offsetOf = new Int32Array(states);
  // preorder (the states' own order): first offsets (record sizes depend only on the node itself),
  // then the contents
  let size = 0;
  for (let state = 0; state < states; state++) {
    offsetOf[state] = size;
    const from = childStart[state]!;
    const kids = childStart[state + 1]! - from;
    const outs = outStart[state + 1]! - outStart[state]!;
    let sparse = 0;
    for (let k = from; k < from + kids; k++) if (childSymbol[k]! > dense) sparse++;
    let kind = Layout.One;
    if (kids >= DENSE_MIN_CHILDREN && dense > 0) kind = Layout.Dense;
    else if (kids > 1) kind = Layout.List;
    kindOf[state] = kind;
    size += 1;
    if (outs > 0) {
      size += 2;
      for (let k = outStart[state]!; k < outStart[state + 1]!; k++)
        size += PAT_UNITS + patterns[outIds[k]!]!.codes.length;
    }
    if (kind === Layout.List) size += 2 * kids;
    else if (kind === Layout.Dense) size += dense + 2 * sparse;
  }
  const nodes = new Int32Array(size);
  for (let state = 0; state < states; state++) {
    let o = offsetOf[state]!;
    const from = childStart[state]!;
    const to = childStart[state + 1]!;
    const kids = to - from;
    const outFrom = outStart[state]!;
    const outs = outStart[state + 1]! - outFrom;
    const kind = kindOf[state]!;
    let extra = 0;
    if (kind === Layout.One) extra = kids === 1 ? childSymbol[from]! : 0;
    else if (kind === Layout.List) extra = kids;
    else for (let k = from; k < to; k++) if (childSymbol[k]! > dense) extra++;
    let freeEnd = 0;
    for (let k = outFrom; k < outFrom + outs; k++)
      if (!patterns[outIds[k]!]!.needsEndBoundary) freeEnd = FREE_END;
    nodes[o++] = kind | (Math.min(outs, OUT_COUNT_MAX) << 2) | freeEnd | (extra << EXTRA_SHIFT);
    if (kind === Layout.List) {
      for (let k = from; k < to; k++) {
        nodes[o++] = childSymbol[k]!;
        nodes[o++] = offsetOf[childState[k]!]!;
      }
    } else if (kind === Layout.Dense) {
      for (let k = from; k < to; k++) {
        const sym = childSymbol[k]!;
        if (sym <= dense) nodes[o + sym - 1] = offsetOf[childState[k]!]!;
      }
      o += dense;
      for (let k = from; k < to; k++) {
        const sym = childSymbol[k]!;
        if (sym <= dense) continue;
        nodes[o++] = sym;
        nodes[o++] = offsetOf[childState[k]!]!;
      }
    }
    if (outs > 0) {
      const region = o++;
      nodes[o++] = outs;
      for (let k = outFrom; k < outFrom + outs; k++) o = writeRecord(nodes, o, patterns, outIds[k]!);
      nodes[region] = o - region - 1;
    }
  }
  return { nodes };
}

/** Writes pattern `id`'s record at `o` (see the file comment); returns the offset after it. */
function writeRecord(nodes: Int32Array, o: number, patterns: readonly CompiledPattern[], id: number): number {
  const p = patterns[id]!;
  const length = p.codes.length;
  nodes[o + PAT_ID] = id;
  nodes[o + PAT_PAYLOAD] = p.payload;
  nodes[o + PAT_LENGTH] = length;
  nodes[o + PAT_FLAGS] =
    (p.needsStartBoundary ? PAT_NEEDS_START : 0) |
    (p.needsEndBoundary ? PAT_NEEDS_END : 0) |
    (p.looseDigits ? PAT_LOOSE_DIGITS : 0) |
    (p.interiorBoundaries << PAT_INTERIOR_SHIFT);
  for (let k = 0; k < length; k++) {
    nodes[o + PAT_UNITS + k] =
      p.runs[k]! |
      (p.digits[k] === 1 ? UNIT_DIGIT : 0) |
      (p.boundaries[k] === 1 ? UNIT_BOUNDARY : 0) |
      (p.decimals[k] === 1 ? UNIT_DECIMAL : 0);
  }
  return o + PAT_UNITS + length;
}

/** The child of `node` on symbol `sym` (not 0), or 0 when the trie has none. */
export function trieStep(nodes: Int32Array, dense: number, node: number, sym: number): number {
  const head = nodes[node]!;
  const kind = head & 3;
  if (kind === Layout.Dense)
    return sym <= dense ? nodes[node + sym]! : childIn(nodes, node + 1 + dense, head >>> EXTRA_SHIFT, sym);
  if (kind === Layout.List) return childIn(nodes, node + 1, head >>> EXTRA_SHIFT, sym);
  if (head >>> EXTRA_SHIFT !== sym) return 0;
  return (head & (Layout.Escape << 2)) === 0 ? node + 1 : node + 2 + nodes[node + 1]!;
}

/** True when some pattern ends at `node`. */
export function hasOutputs(nodes: Int32Array, node: number): boolean {
  return (nodes[node]! & (Layout.Escape << 2)) !== 0;
}

/**
 * True when some pattern ending at `node` may match there: there is one, and the text has a word
 * boundary after it (`boundaryAfter` 1) or one of them needs none.
 */
export function mayMatchAt(nodes: Int32Array, node: number, boundaryAfter: number): boolean {
  const head = nodes[node]!;
  return (head & (Layout.Escape << 2)) !== 0 && (boundaryAfter !== 0 || (head & FREE_END) !== 0);
}

/** Where `node`'s outputs begin: their length in words, their count, then their pattern records. */
export function outputsAt(nodes: Int32Array, dense: number, node: number): number {
  const head = nodes[node]!;
  const kind = head & 3;
  if (kind === Layout.Dense) return node + 1 + dense + 2 * (head >>> EXTRA_SHIFT);
  if (kind === Layout.List) return node + 1 + 2 * (head >>> EXTRA_SHIFT);
  return node + 1;
}

/** The child on `sym` among `count` (symbol, child) pairs at `at`, sorted by symbol, or 0. */
function childIn(nodes: Int32Array, at: number, count: number, sym: number): number {
  if (count <= 8) {
    for (let k = 0; k < count; k++) if (nodes[at + 2 * k] === sym) return nodes[at + 2 * k + 1]!;
    return 0;
  }
  // Chinese characters are sparse symbols: nodes near the root have hundreds of them
  let lo = 0;
  let hi = count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const found = nodes[at + 2 * mid]!;
    if (found === sym) return nodes[at + 2 * mid + 1]!;
    if (found < sym) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
