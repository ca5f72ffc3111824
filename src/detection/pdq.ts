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
const JAROSZ_PASSES = 2;

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

/** A centred box filter of `window` samples along one line, shrinking at the ends. */
function box1d(
  input: Float32Array,
  output: Float32Array,
  start: number,
  length: number,
  stride: number,
  window: number,
): void {
  const half = Math.floor((window + 2) / 2);
  let sum = 0;
  let count = 0;
  let read = start;
  let drop = start;
  let write = start;
  for (let i = 0; i < half - 1; i++) {
    sum += input[read] as number;
    count++;
    read += stride;
  }
  for (let i = 0; i < window - half + 1; i++) {
    sum += input[read] as number;
    count++;
    output[write] = sum / count;
    read += stride;
    write += stride;
  }
  for (let i = 0; i < length - window; i++) {
    sum += (input[read] as number) - (input[drop] as number);
    output[write] = sum / count;
    read += stride;
    drop += stride;
    write += stride;
  }
  for (let i = 0; i < half - 1; i++) {
    sum -= input[drop] as number;
    count--;
    output[write] = sum / count;
    drop += stride;
    write += stride;
  }
}

/** Filters `a` in place (using `b` as scratch) and samples it down to 64x64. */
export function downsampleTo64(a: Float32Array, width: number, height: number): Float32Array {
  const out = new Float32Array(64 * 64);
  if (width === 64 && height === 64) {
    out.set(a);
    return out;
  }
  const b = new Float32Array(a.length);
  const alongRows = Math.max(1, jaroszWindow(width, 64));
  const alongCols = Math.max(1, jaroszWindow(height, 64));
  for (let pass = 0; pass < JAROSZ_PASSES; pass++) {
    if (alongRows <= width) {
      for (let r = 0; r < height; r++) box1d(a, b, r * width, width, 1, alongRows);
    } else b.set(a);
    if (alongCols <= height) {
      for (let c = 0; c < width; c++) box1d(b, a, c, height, width, alongCols);
    } else a.set(b);
  }
  for (let i = 0; i < 64; i++) {
    const row = Math.floor(((i + 0.5) * height) / 64);
    for (let j = 0; j < 64; j++) {
      const col = Math.floor(((j + 0.5) * width) / 64);
      out[i * 64 + j] = a[row * width + col] as number;
    }
  }
  return out;
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
  // The mirror image is hashed from mirrored pixels, not derived from the DCT's signs: the box
  // filter and the decimation grid are not symmetric, and a derived hash drifts 20-60 bits from
  // the hash of a real mirrored copy; hashing the flipped pixels keeps the two consistent.
  const flipped = new Float32Array(luma.length);
  for (let r = 0; r < height; r++) {
    const row = r * width;
    for (let c = 0; c < width; c++) flipped[row + c] = luma[row + width - 1 - c] as number;
  }
  const image64 = downsampleTo64(luma, width, height);
  const quality = qualityOf(image64);
  return {
    hash: wordsToHex(bitsOf(dct16(image64))),
    mirrored: wordsToHex(bitsOf(dct16(downsampleTo64(flipped, width, height)))),
    quality,
  };
}

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
