/**
 * Misspelled brand names: a symmetric-deletion index (the SymSpell idea) over collapsed skeleton
 * codes, with hashes computed in O(1) per deletion from prefix hashes so a query allocates
 * nothing. Candidates are confirmed with a bounded Damerau–Levenshtein distance whose limit
 * depends on the term's length (see `allowedEditDistance`).
 */

import { WORD_CHECK_BASE, WORD_HASH_BASE } from './normalize.ts';

/** Length-dependent edit distance: short names must be exact, long ones tolerate two edits. */
export function allowedEditDistance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

const BASE = WORD_HASH_BASE;
const CACHE_SIZE = 1 << 14;
const CACHE_MASK = CACHE_SIZE - 1;
const PAIR_CACHE_SIZE = 1 << 13;
const PAIR_CACHE_MASK = PAIR_CACHE_SIZE - 1;
const MAX_WORD = 48;
const powers = new Int32Array(MAX_WORD + 2);
powers[0] = 1;
for (let i = 1; i < powers.length; i++) powers[i] = Math.imul(powers[i - 1]!, BASE);
const CHECK_BASE = WORD_CHECK_BASE;
const checkPowers = new Int32Array(MAX_WORD + 2);
checkPowers[0] = 1;
for (let i = 1; i < checkPowers.length; i++) checkPowers[i] = Math.imul(checkPowers[i - 1]!, CHECK_BASE);

function finishHash(h: number, length: number): number {
  let x = (h ^ Math.imul(length, 0x9e3779b1)) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) | 0;
}

export interface FuzzyTerm {
  /** Collapsed skeleton codes. */
  codes: Int32Array;
  /** Length with doubled letters counted, which sets the allowed edit distance. */
  expandedLength: number;
  payload: number;
  /** Edit distance allowed for this term, when not the length rule's (four-letter brand names: 1). */
  limit?: number;
  /**
   * A line name or protected term (not a brand's name): its singular or plural ("dinosaur" of a line
   * "Dinosaurs") is the ordinary word, not a misspelling. A brand's name is misspelled that way
   * ("Longine", "Jetbrain").
   */
  inflects?: boolean;
  /**
   * A sound spelling of a name (sound-spellings.ts: "tumy" of Tumi): only the word written exactly so
   * is a misspelling, never one more edit away from it.
   */
  exact?: boolean;
}

export class FuzzyIndex {
  readonly terms: FuzzyTerm[];
  readonly minLength: number;
  readonly maxLength: number;
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly heads: Int32Array;
  private readonly chainTerm: Int32Array;
  private readonly chainNext: Int32Array;
  private chainSize = 0;
  private readonly prefix = new Int32Array(MAX_WORD + 1);
  private readonly distanceRow = new Int32Array((MAX_WORD + 3) * 3);
  /** Per-query dedup of candidate terms. */
  private readonly seenStamp: Int32Array;
  private stamp = 1;
  private bestTerm = -1;
  private bestDistance = 99;
  private exempt = false;
  /** Memo of recent words: two ways of [hash, check hash, length (0 = empty), result] per set. */
  private readonly cache = new Int32Array(CACHE_SIZE * 8);
  /**
   * Memo of recent word pairs with both results: two ways of [pair hash, pair check hash, pair
   * length, word length, pair result, word result, -, -] per set (one cache line).
   */
  private readonly pairCache = new Int32Array(PAIR_CACHE_SIZE * 16);
  /** The pair's result of the last `queryWithPair`. */
  pairFound = -1;

  constructor(terms: FuzzyTerm[]) {
    this.terms = terms.filter(
      (t) =>
        ((t.expandedLength >= 5 && t.codes.length >= 4) || (t.limit !== undefined && t.codes.length >= 3)) &&
        t.codes.length <= MAX_WORD,
    );
    let entries = 0;
    let minLength = Number.POSITIVE_INFINITY;
    let maxLength = 0;
    for (const t of this.terms) {
      entries += t.codes.length + 1;
      minLength = Math.min(minLength, t.codes.length);
      maxLength = Math.max(maxLength, t.codes.length);
    }
    this.minLength = minLength;
    this.maxLength = maxLength;
    let size = 16;
    while (size < entries * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.chainTerm = new Int32Array(entries);
    this.chainNext = new Int32Array(entries);
    this.seenStamp = new Int32Array(this.terms.length);
    this.terms.forEach((term, index) => {
      const length = term.codes.length;
      const full = this.hashInto(term.codes, 0, length);
      this.insert(finishHash(full, length), index);
      for (let i = 0; i < length; i++) this.insert(this.deletionHash(full, length, i), index);
    });
  }

  private insert(key: number, termIndex: number): void {
    let slot = key & this.mask;
    while (this.heads[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    const node = this.chainSize++;
    this.chainTerm[node] = termIndex;
    this.chainNext[node] = this.heads[slot]!;
    this.heads[slot] = node;
  }

  /** Fills `prefix` and returns the full hash of codes[from, to). */
  private hashInto(codes: Int32Array, from: number, to: number): number {
    let h = 0;
    this.prefix[0] = 0;
    for (let i = from; i < to; i++) {
      h = (Math.imul(h, BASE) + codes[i]!) | 0;
      this.prefix[i - from + 1] = h;
    }
    return h;
  }

  private deletionHash(full: number, length: number, position: number): number {
    const tailPower = powers[length - 1 - position]!;
    const suffix = (full - Math.imul(this.prefix[position + 1]!, tailPower)) | 0;
    const joined = (Math.imul(this.prefix[position]!, tailPower) + suffix) | 0;
    return finishHash(joined, length - 1);
  }

  /**
   * Best indexed term within its allowed distance of the word codes[from, to), encoded as
   * `termIndex * 4 + distance`, or -1 when there is none or the word is an exempt ordinary word.
   * Results are memoised per word (two independent 32-bit hashes), since listing vocabulary repeats.
   */
  query(codes: Int32Array, from: number, to: number): number {
    let h1 = 0;
    let h2 = 0;
    for (let i = from; i < to; i++) {
      h1 = (Math.imul(h1, BASE) + codes[i]!) | 0;
      h2 = (Math.imul(h2, CHECK_BASE) + codes[i]!) | 0;
    }
    return this.queryHashed(codes, from, to, h1, h2);
  }

  /** Polynomial hashes of a word, composable: hash(ab) = hash(a) * BASE^|b| + hash(b). */
  static combine(hashA: number, hashB: number, lengthB: number, check: boolean): number {
    const power = check
      ? checkPowers[Math.min(lengthB, MAX_WORD + 1)]!
      : powers[Math.min(lengthB, MAX_WORD + 1)]!;
    return (Math.imul(hashA, power) + hashB) | 0;
  }

  /** Like `query`, with the word's two hashes already known (see `combine`). */
  queryHashed(codes: Int32Array, from: number, to: number, h1: number, h2: number): number {
    const length = to - from;
    if (length < this.minLength - 1 || length > this.maxLength + 1 || length > MAX_WORD || length < 4)
      return -1;
    // two-way set-associative memo, 16 bytes per way: a lookup touches one 32-byte region
    const slot = (finishHash(h1 ^ Math.imul(h2, 0x27d4eb2d), length) & CACHE_MASK) << 3;
    const cache = this.cache;
    if (cache[slot] === h1 && cache[slot + 1] === h2 && cache[slot + 2] === length) return cache[slot + 3]!;
    if (cache[slot + 4] === h1 && cache[slot + 5] === h2 && cache[slot + 6] === length)
      return cache[slot + 7]!;
    const full = this.hashInto(codes, from, to);
    this.stamp++;
    if (this.stamp === 0x7fffffff) {
      this.seenStamp.fill(0);
      this.stamp = 1;
    }
    this.bestTerm = -1;
    this.bestDistance = 99;
    this.exempt = false;
    this.probe(finishHash(full, length), codes, from, to);
    for (let i = 0; i < length; i++) this.probe(this.deletionHash(full, length, i), codes, from, to);
    const result = this.exempt || this.bestTerm < 0 ? -1 : this.bestTerm * 4 + this.bestDistance;
    cache.copyWithin(slot + 4, slot, slot + 4); // the older entry moves to the second way
    cache[slot] = h1;
    cache[slot + 1] = h2;
    cache[slot + 2] = length;
    cache[slot + 3] = result;
    return result;
  }

  /**
   * `queryHashed` of the word codes[split, to) (returned) and of the pair codes[from, to) (left in
   * `pairFound`), given the hashes of the first word codes[from, split) and of the second: listings
   * pair the same words again and again, so both results are memoised together and most words cost
   * one look-up instead of two.
   */
  queryWithPair(
    codes: Int32Array,
    from: number,
    split: number,
    to: number,
    firstH1: number,
    firstH2: number,
    wordH1: number,
    wordH2: number,
  ): number {
    const pairLength = to - from;
    const wordLength = to - split;
    // FuzzyIndex.combine of the two words
    const power = Math.min(wordLength, MAX_WORD + 1);
    const pairH1 = (Math.imul(firstH1, powers[power]!) + wordH1) | 0;
    const pairH2 = (Math.imul(firstH2, checkPowers[power]!) + wordH2) | 0;
    const slot =
      (finishHash(pairH1 ^ Math.imul(pairH2, 0x27d4eb2d), pairLength * 64 + wordLength) & PAIR_CACHE_MASK) <<
      4;
    const cache = this.pairCache;
    for (let way = slot; way < slot + 16; way += 8) {
      if (
        cache[way] === pairH1 &&
        cache[way + 1] === pairH2 &&
        cache[way + 2] === pairLength &&
        cache[way + 3] === wordLength
      ) {
        this.pairFound = cache[way + 4]!;
        return cache[way + 5]!;
      }
    }
    const word = this.queryHashed(codes, split, to, wordH1, wordH2);
    const pair = this.queryHashed(codes, from, to, pairH1, pairH2);
    cache.copyWithin(slot + 8, slot, slot + 8); // the older entry moves to the second way
    cache[slot] = pairH1;
    cache[slot + 1] = pairH2;
    cache[slot + 2] = pairLength;
    cache[slot + 3] = wordLength;
    cache[slot + 4] = pair;
    cache[slot + 5] = word;
    this.pairFound = pair;
    return word;
  }

  private probe(key: number, codes: Int32Array, from: number, to: number): void {
    let slot = key & this.mask;
    while (this.heads[slot] !== -1) {
      if (this.keys[slot] === key) {
        for (let node = this.heads[slot]!; node !== -1; node = this.chainNext[node]!) {
          const termIndex = this.chainTerm[node]!;
          if (this.seenStamp[termIndex] === this.stamp) continue;
          this.seenStamp[termIndex] = this.stamp;
          const term = this.terms[termIndex]!;
          if (term.payload === -1) {
            if (this.boundedDistance(codes, from, to, term.codes, 0) === 0) this.exempt = true;
            continue;
          }
          const limit = term.exact === true ? 0 : (term.limit ?? allowedEditDistance(term.expandedLength));
          if (limit === 0 && term.exact !== true) continue;
          const distance = this.boundedDistance(codes, from, to, term.codes, limit);
          // a short name takes only an added letter or two swapped ones ("Bosee", "Nkie"), never
          // a replaced one ("Rose" is not "Bose")
          if (term.limit !== undefined && distance > 0 && !addedOrSwapped(codes, from, to, term.codes))
            continue;
          // "dinosaur" of a line called "Dinosaurs" is the word in the singular, not a misspelling
          if (term.inflects === true && distance > 0 && pluralPair(codes, from, to, term.codes)) continue;
          if (distance <= limit && distance < this.bestDistance) {
            this.bestDistance = distance;
            this.bestTerm = termIndex;
          }
        }
        return;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Optimal-string-alignment distance, or limit + 1 once it is certain to exceed `limit`. */
  boundedDistance(a: Int32Array, from: number, to: number, b: Int32Array, limit: number): number {
    const n = to - from;
    const m = b.length;
    if (Math.abs(n - m) > limit) return limit + 1;
    const width = m + 1;
    const rows = this.distanceRow.length >= width * 3 ? this.distanceRow : new Int32Array(width * 3);
    let prev2 = 0;
    let prev = width;
    let cur = 2 * width;
    for (let j = 0; j <= m; j++) rows[prev + j] = j;
    for (let i = 1; i <= n; i++) {
      rows[cur] = i;
      let rowMin = i;
      const ai = a[from + i - 1]!;
      for (let j = 1; j <= m; j++) {
        const bj = b[j - 1]!;
        const cost = ai === bj ? 0 : 1;
        let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
        if (i > 1 && j > 1 && ai === b[j - 2] && a[from + i - 2] === bj)
          v = Math.min(v, rows[prev2 + j - 2]! + 1);
        rows[cur + j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > limit) return limit + 1;
      const t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return rows[prev + m]!;
  }
}

/** The word is the term with one letter added, or with two adjacent letters swapped. */
function addedOrSwapped(codes: Int32Array, from: number, to: number, term: Int32Array): boolean {
  const n = to - from;
  if (n === term.length + 1) return true; // the distance check already bounds it to one insertion
  if (n !== term.length) return false;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (codes[from + i] !== term[i]) {
      first = i;
      break;
    }
  }
  return (
    first >= 0 &&
    first + 1 < n &&
    codes[from + first] === term[first + 1] &&
    codes[from + first + 1] === term[first]
  );
}

const S = 115;
const E = 101;

/**
 * One of the word and the term is the other with an English plural ending ("s", "es") added:
 * an inflection, which sellers write for the ordinary word, not a misspelled name.
 */
function pluralPair(codes: Int32Array, from: number, to: number, term: Int32Array): boolean {
  const n = to - from;
  const m = term.length;
  if (n > m) return endsWithPlural(codes, from, n, term, 0, m);
  return endsWithPlural(term, 0, m, codes, from, n);
}

/** longer[at, at + longLength) is shorter[start, start + shortLength) + "s" or + "es". */
function endsWithPlural(
  longer: Int32Array,
  at: number,
  longLength: number,
  shorter: Int32Array,
  start: number,
  shortLength: number,
): boolean {
  const extra = longLength - shortLength;
  if (extra < 1 || extra > 2 || shortLength < 3 || longer[at + longLength - 1] !== S) return false;
  if (extra === 2 && longer[at + longLength - 2] !== E) return false;
  for (let i = 0; i < shortLength; i++) if (longer[at + i] !== shorter[start + i]) return false;
  return true;
}
