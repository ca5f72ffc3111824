/**
 * The in-process multi-index over reference hashes (pure). A 256-bit hash is 16 chunks of 16 bits;
 * by pigeonhole, a hash within d ≤ 31 bits of the query agrees with it to within one bit on at
 * least one chunk. So: per chunk, every stored hash is listed under its chunk value (a compressed
 * table: offsets per value, then positions); a query probes the 17 values within one bit of each
 * of its 16 chunks (272 probes), and the candidates found are checked by their exact distance.
 * The answer is exact: every hash within d is found, nothing farther is returned.
 *
 * Hashes added after the last build go to a small overflow list scanned linearly; the tables are
 * rebuilt when the overflow grows past a share of the whole.
 */
import { chunkNeighbours, hexToWords } from '../detection/pdq.ts';

const POPCOUNT16 = (() => {
  const t = new Uint8Array(65536);
  for (let i = 1; i < 65536; i++) t[i] = (t[i >> 1] as number) + (i & 1);
  return t;
})();

export interface IndexHit {
  id: string;
  distance: number;
}

export class ReferenceIndex {
  private ids: string[] = [];
  private words = new Uint16Array(16 * 1024);
  private readonly positions = new Map<string, number>();
  /** Built part: for chunk c, `offsets[c * 65537 + v]` .. `+1` index into `postings[c]`. */
  private offsets = new Uint32Array(0);
  private postings: Uint32Array[] = [];
  private built = 0;
  private seen = new Uint32Array(0);
  private stamp = 0;

  get size(): number {
    return this.ids.length;
  }

  has(id: string): boolean {
    return this.positions.has(id);
  }

  /** Adds (or ignores a second time) one hash. */
  add(id: string, hex: string): void {
    if (this.positions.has(id)) return;
    const n = this.ids.length;
    if ((n + 1) * 16 > this.words.length) {
      const grown = new Uint16Array(Math.max(this.words.length * 2, (n + 1) * 16));
      grown.set(this.words);
      this.words = grown;
    }
    this.words.set(hexToWords(hex), n * 16);
    this.ids.push(id);
    this.positions.set(id, n);
    if (n + 1 - this.built > Math.max(4096, this.built / 8)) this.build();
  }

  /** Rebuilds the chunk tables over everything added so far. */
  build(): void {
    const n = this.ids.length;
    const offsets = new Uint32Array(16 * 65537);
    const postings: Uint32Array[] = [];
    for (let c = 0; c < 16; c++) {
      const base = c * 65537;
      for (let i = 0; i < n; i++) offsets[base + (this.words[i * 16 + c] as number) + 1]!++;
      for (let v = 0; v < 65536; v++) offsets[base + v + 1]! += offsets[base + v] as number;
      const fill = offsets.slice(base, base + 65536);
      const list = new Uint32Array(n);
      for (let i = 0; i < n; i++) list[fill[this.words[i * 16 + c] as number]!++] = i;
      postings.push(list);
    }
    this.offsets = offsets;
    this.postings = postings;
    this.built = n;
  }

  /** Every stored hash within `distance` (0..31) bits of `hex`, nearest first. */
  near(hex: string, distance: number): IndexHit[] {
    if (distance < 0 || distance > 31) throw new RangeError('distance must be between 0 and 31');
    const q = hexToWords(hex);
    const n = this.ids.length;
    if (this.seen.length < n) {
      this.seen = new Uint32Array(Math.max(n, this.seen.length * 2));
      this.stamp = 0;
    }
    this.stamp = (this.stamp + 1) >>> 0;
    if (this.stamp === 0) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const hits: IndexHit[] = [];
    const check = (i: number) => {
      if (this.seen[i] === this.stamp) return;
      this.seen[i] = this.stamp;
      let d = 0;
      const at = i * 16;
      for (let k = 0; k < 16 && d <= distance; k++)
        d += POPCOUNT16[(q[k] as number) ^ (this.words[at + k] as number)] as number;
      if (d <= distance) hits.push({ id: this.ids[i] as string, distance: d });
    };
    const radius = distance >= 16 ? 1 : 0;
    for (let c = 0; c < 16 && this.built > 0; c++) {
      const base = c * 65537;
      const list = this.postings[c] as Uint32Array;
      for (const v of chunkNeighbours(q[c] as number, radius)) {
        const end = this.offsets[base + v + 1] as number;
        for (let p = this.offsets[base + v] as number; p < end; p++) check(list[p] as number);
      }
    }
    for (let i = this.built; i < n; i++) check(i);
    return hits.sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
