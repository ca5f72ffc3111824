/**
 * PDQ, Meta's 256-bit perceptual image hash, written from its published description
 * (ThreatExchange `pdq/README.md` and `hashing/hashing.pdf`): luminance, a Jarosz filter
 * (two passes of box filters along rows then columns, window ~ half the decimation step) and
 * decimation to 64x64, the 16x16 low-frequency corner of a DCT (DC skipped), one bit per
 * coefficient above the median, and a quality figure from the 64x64 image's gradients.
 *
 * Pure: no decoding here (see `src/images/decode.ts`). Hash text is the reference's: 64 hex
 * digits, 16-bit words from the last to the first, bit k = row*16 + column of the DCT output.
 */

export const PDQ_BITS = 256;
/** The reference's advice: distances up to 31 are the same picture, quality up to 49 is noise. */
export const PDQ_MATCH_DISTANCE = 31;
export const PDQ_MIN_QUALITY = 50;
const MIN_HASHABLE_DIM = 5;

/** 16 words of 16 bits; word i holds bits 16i..16i+15 (the DCT's row i). */
export type PdqWords = Uint16Array;

export interface PdqResult {
  /** 64 hex digits, reference byte order. */
  hash: string;
  /** the hash of the left-right mirror image, same format */
  mirrored: string;
  /** 0..100 */
  quality: number;
}

/** Luminance as the reference computes it (BT.601 weights) from interleaved RGB(A) bytes. */
export function lumaFromRgb(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
): Float32Array {
  const luma = new Float32Array(width * height);
  if (channels < 3) {
    for (let i = 0, p = 0; i < luma.length; i++, p += channels) luma[i] = pixels[p] ?? 0;
    return luma;
  }
  for (let i = 0, p = 0; i < luma.length; i++, p += channels) {
    luma[i] = 0.299 * (pixels[p] ?? 0) + 0.587 * (pixels[p + 1] ?? 0) + 0.114 * (pixels[p + 2] ?? 0);
  }
  return luma;
}

export function jaroszWindow(oldDimension: number, newDimension: number): number {
  return Math.floor((oldDimension + 2 * newDimension - 1) / (2 * newDimension));
}

/** The reference's quality: the sum of scaled neighbour differences, /90, capped at 100. */
export function qualityOf(image64: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < 63; i++) {
    for (let j = 0; j < 64; j++) {
      sum += Math.abs(
        Math.trunc((((image64[i * 64 + j] as number) - (image64[(i + 1) * 64 + j] as number)) * 100) / 255),
      );
    }
  }
  for (let i = 0; i < 64; i++) {
    for (let j = 0; j < 63; j++) {
      sum += Math.abs(
        Math.trunc((((image64[i * 64 + j] as number) - (image64[i * 64 + j + 1] as number)) * 100) / 255),
      );
    }
  }
  return Math.min(100, Math.floor(sum / 90));
}

/** Rows 1..16 of the 64-point DCT-II (row 0, the mean, carries no structure). */
const DCT = (() => {
  const m = new Float64Array(16 * 64);
  const scale = Math.sqrt(2 / 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      m[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return m;
})();

/** D · A · Dᵀ: the 16x16 low-frequency block. */
export function dct16(image64: Float32Array): Float64Array {
  const t = new Float64Array(16 * 64);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s += (DCT[i * 64 + k] as number) * (image64[k * 64 + j] as number);
      t[i * 64 + j] = s;
    }
  }
  const out = new Float64Array(256);
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      let s = 0;
      for (let k = 0; k < 64; k++) s += (t[i * 64 + k] as number) * (DCT[j * 64 + k] as number);
      out[i * 16 + j] = s;
    }
  }
  return out;
}

/** One bit per coefficient strictly above the (lower) median. */
export function bitsOf(block: Float64Array): PdqWords {
  const sorted = Float64Array.from(block).sort();
  const median = sorted[127] as number;
  const words = new Uint16Array(16);
  for (let k = 0; k < 256; k++) {
    if ((block[k] as number) > median) words[k >> 4] = (words[k >> 4] as number) | (1 << (k & 15));
  }
  return words;
}

export function wordsToHex(words: PdqWords): string {
  let s = '';
  for (let i = 15; i >= 0; i--) s += (words[i] as number).toString(16).padStart(4, '0');
  return s;
}

const HEX_HASH = /^[0-9a-f]{64}$/;

export function isPdqHex(text: string): boolean {
  return HEX_HASH.test(text);
}

export function hexToWords(hex: string): PdqWords {
  if (!isPdqHex(hex)) throw new RangeError('a PDQ hash is 64 lower-case hex digits');
  const words = new Uint16Array(16);
  for (let i = 0; i < 16; i++) words[15 - i] = Number.parseInt(hex.slice(i * 4, i * 4 + 4), 16);
  return words;
}

function popcount16(x: number): number {
  let v = x - ((x >> 1) & 0x5555);
  v = (v & 0x3333) + ((v >> 2) & 0x3333);
  v = (v + (v >> 4)) & 0x0f0f;
  return (v + (v >> 8)) & 0x1f;
}

export function hammingWords(a: PdqWords, b: PdqWords): number {
  let d = 0;
  for (let i = 0; i < 16; i++) d += popcount16((a[i] as number) ^ (b[i] as number));
  return d;
}

export function hamming(a: string, b: string): number {
  return hammingWords(hexToWords(a), hexToWords(b));
}

/**
 * PDQ of a luminance image (row-major, width x height). Images under 5 pixels on a side hash to
 * zero with quality 0, as in the reference. The input buffer is overwritten (filtered in place).
 */
export function pdqFromLuma(luma: Float32Array, width: number, height: number): PdqResult {
  if (width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM) {
    const zero = '0'.repeat(64);
    return { hash: zero, mirrored: zero, quality: 0 };
  }
  // The mirror image is hashed as the image of mirrored pixels would be, not derived from the
  // DCT's signs: the box filter and the decimation grid are not symmetric, and a derived hash
  // drifts 20-60 bits from the hash of a real mirrored copy.
  const { direct, mirrored } = downsamplePair(luma, width, height);
  return {
    hash: wordsToHex(bitsOf(dct16(direct))),
    mirrored: wordsToHex(bitsOf(dct16(mirrored))),
    quality: qualityOf(direct),
  };
}

/**
 * Row `index` of F·F, where F is `box1d` along a line of `length` samples as a matrix (output j
 * is the mean of inputs max(0, j-(window-half)) .. min(length-1, j+half-1)): the weight of every
 * input on that output after the filter's two passes. Nonzero over at most 2·window-1 inputs.
 */
function twoPassWeights(
  length: number,
  window: number,
  index: number,
): { first: number; weights: Float64Array } {
  const half = Math.floor((window + 2) / 2);
  const lo = (j: number) => Math.max(0, j - (window - half));
  const hi = (j: number) => Math.min(length - 1, j + half - 1);
  const first = lo(lo(index));
  const last = hi(hi(index));
  const weights = new Float64Array(last - first + 1);
  for (let k = lo(index); k <= hi(index); k++) {
    const outer = 1 / (hi(index) - lo(index) + 1);
    const inner = 1 / (hi(k) - lo(k) + 1);
    for (let m = lo(k); m <= hi(k); m++) weights[m - first]! += outer * inner;
  }
  return { first, weights };
}

interface Kernels {
  first: Int32Array;
  weights: Float64Array[];
}

const kernelCache = new Map<string, Kernels>();

/** The 64 sampled outputs' two-pass weights along one dimension (identity when it is not filtered). */
function kernelsFor(length: number, window: number): Kernels {
  const key = `${length}:${window}`;
  const cached = kernelCache.get(key);
  if (cached) return cached;
  const first = new Int32Array(64);
  const weights: Float64Array[] = [];
  for (let i = 0; i < 64; i++) {
    const at = Math.floor(((i + 0.5) * length) / 64);
    const k =
      window <= length ? twoPassWeights(length, window, at) : { first: at, weights: Float64Array.of(1) };
    first[i] = k.first;
    weights.push(k.weights);
  }
  if (kernelCache.size >= 64) kernelCache.delete(kernelCache.keys().next().value as string);
  kernelCache.set(key, { first, weights });
  return { first, weights };
}

/**
 * The Jarosz filter (two box passes each way) sampled at the 64x64 grid, for the image and its
 * mirror image at once. The filter is linear and separable, so only what the grid reads is
 * computed: first the 64 sampled rows (each a weighted sum of the few source rows under its
 * kernel, read in memory order), then the 64 sampled columns of those, once left to right and
 * once right to left for the mirror. The same numbers as `downsampleTo64` up to float rounding,
 * with a third of the work and no flipped copy.
 */
export function downsamplePair(
  luma: Float32Array,
  width: number,
  height: number,
): { direct: Float32Array; mirrored: Float32Array } {
  const vertical = kernelsFor(height, Math.max(1, jaroszWindow(height, 64)));
  const horizontal = kernelsFor(width, Math.max(1, jaroszWindow(width, 64)));
  const rows = new Float64Array(64 * width);
  for (let i = 0; i < 64; i++) {
    const w = vertical.weights[i]!;
    const out = i * width;
    for (let t = 0, r = vertical.first[i]!; t < w.length; t++, r++) {
      const weight = w[t]!;
      const src = r * width;
      for (let c = 0; c < width; c++) rows[out + c]! += weight * luma[src + c]!;
    }
  }
  const direct = new Float32Array(64 * 64);
  const mirrored = new Float32Array(64 * 64);
  for (let j = 0; j < 64; j++) {
    const w = horizontal.weights[j]!;
    const first = horizontal.first[j]!;
    for (let i = 0; i < 64; i++) {
      const row = i * width;
      let sum = 0;
      let sumMirrored = 0;
      for (let t = 0; t < w.length; t++) {
        const c = first + t;
        sum += w[t]! * rows[row + c]!;
        sumMirrored += w[t]! * rows[row + width - 1 - c]!;
      }
      direct[i * 64 + j] = sum;
      mirrored[i * 64 + j] = sumMirrored;
    }
  }
  return { direct, mirrored };
}

/**
 * PDQ straight from decoded RGB(A) or grey pixels; the luminance array (a megabyte at 512x512) is
 * reused from one call to the next: hashing is synchronous, so no two calls share it.
 */
export function pdqFromPixels(
  pixels: Uint8Array,
  width: number,
  height: number,
  channels: number,
): PdqResult {
  const n = width * height;
  if (scratchLuma.length < n) scratchLuma = new Float32Array(n);
  const luma = scratchLuma.subarray(0, n);
  const px = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length);
  if (channels < 3) for (let i = 0, p = 0; i < n; i++, p += channels) luma[i] = px[p]!;
  else
    for (let i = 0, p = 0; i < n; i++, p += channels)
      luma[i] = 0.299 * px[p]! + 0.587 * px[p + 1]! + 0.114 * px[p + 2]!;
  return pdqFromLuma(luma, width, height);
}

let scratchLuma = new Float32Array(0);

/** The 16 chunks of a hash (word i = chunk i), for the multi-index. */
export function chunksOf(hex: string): number[] {
  return Array.from(hexToWords(hex));
}

/** Every 16-bit value within Hamming distance `radius` (0..2) of `value`, `value` first. */
export function chunkNeighbours(value: number, radius: number): number[] {
  const out = [value];
  if (radius >= 1) for (let i = 0; i < 16; i++) out.push(value ^ (1 << i));
  if (radius >= 2) {
    for (let i = 0; i < 16; i++) for (let j = i + 1; j < 16; j++) out.push(value ^ (1 << i) ^ (1 << j));
  }
  return out;
}
