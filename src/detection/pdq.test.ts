import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import { hashImage, sniffImageFormat } from '../images/decode.ts';
import {
  chunkNeighbours,
  chunksOf,
  downsamplePair,
  hamming,
  hexToWords,
  jaroszWindow,
  PDQ_MATCH_DISTANCE,
  PDQ_MIN_QUALITY,
  pdqFromLuma,
  wordsToHex,
} from './pdq.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/pdq/${name}`, import.meta.url));

/** Expected hashes from ThreatExchange `pdq/python/pdqhashing/tests/pdq_test.py` (see the README there). */
const REFERENCE: Record<string, string> = {
  'q0003.jpg': '54a977c221d14c1c43ba5e6e21d4a13989a3553f1462611cbb85fda7be83b677',
  'q0004.jpg': '992d44af36d69e6ca6b812585928bac11def254ef5398c6d07466c9abcc65b92',
  'q0122.jpg': 'cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940',
  'q0291.jpg': 'a0fe94f1e5cc1cc8dd855948498dc9243f7ca27336f036d7f212b74bc103c9a7',
  'q0746.jpg': '1049d96239e24d4dca2c55512b8bdb77425f4dbcf575a0a95555aaab5554aaaa',
  'q1050.jpg': '489db672e9190276d452aeab41eba20f02375fe4092d88defdf491a5c55c5f70',
  'q2821.jpg': 'b150231ffae4710ffcf4f18bb574b109a576f14bb8543189f8743289f174b109',
  'small.jpg': '0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff',
  'wee.jpg': '6227401f601ff4ccafcc9fad4b0d95d371a2eb7265a3285234d228ca94deeb2d',
};

describe('PDQ against the reference vectors', () => {
  test('every hashable reference image hashes bit for bit as the reference does', async () => {
    // q0003 is a near-blank image (quality 3, under the threshold): its bits sit on the median,
    // so any decoder difference flips some; it is checked loosely below.
    for (const [name, expected] of Object.entries(REFERENCE)) {
      const mine = await hashImage(fixture(name));
      const d = hamming(mine.hash, expected);
      if (name === 'q0003.jpg') {
        assert.ok(mine.quality < PDQ_MIN_QUALITY, `${name} quality ${mine.quality}`);
        assert.ok(d <= 16, `${name}: distance ${d}`);
      } else {
        assert.equal(d, 0, `${name}: ${mine.hash} vs ${expected}`);
      }
    }
  });

  test('quality: real photographs score 100, flat or blank ones under the threshold', async () => {
    assert.equal((await hashImage(fixture('q0122.jpg'))).quality, 100);
    assert.equal((await hashImage(fixture('small.jpg'))).quality, 0);
    const flat = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#7a7a7a' } })
      .png()
      .toBuffer();
    assert.ok((await hashImage(flat)).quality < PDQ_MIN_QUALITY);
  });
});

describe('robust to what sellers do to a stolen photo', () => {
  const base = fixture('q1050.jpg');
  const edits: Record<string, () => Promise<Buffer>> = {
    'resized down': () => sharp(base).resize(150, 150).jpeg().toBuffer(),
    'resized up': () => sharp(base).resize(700, 700).png().toBuffer(),
    're-encoded at low quality': () => sharp(base).jpeg({ quality: 25 }).toBuffer(),
    're-encoded as WebP': () => sharp(base).webp({ quality: 50 }).toBuffer(),
    // PDQ is fragile to cropping (its high frequencies shift phase): a 1-pixel border trim is
    // ~20 bits, 1% off every side ~30, 2% ~50. "Small crop" here means a trimmed border.
    'border trimmed by one pixel': () =>
      sharp(base).extract({ left: 1, top: 1, width: 254, height: 254 }).toBuffer(),
    'bottom 1% cut off': () => sharp(base).extract({ left: 0, top: 0, width: 256, height: 253 }).toBuffer(),
    'colour shifted': () => sharp(base).modulate({ brightness: 1.15, saturation: 1.4, hue: 30 }).toBuffer(),
    watermarked: async () => {
      const mark = await sharp({
        create: { width: 77, height: 15, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0.5 } },
      })
        .png()
        .toBuffer();
      return sharp(base)
        .composite([{ input: mark, gravity: 'southeast' }])
        .jpeg()
        .toBuffer();
    },
  };
  for (const [edit, make] of Object.entries(edits)) {
    test(`${edit}: within the match distance of the original`, async () => {
      const original = await hashImage(base);
      const copy = await hashImage(await make());
      const d = hamming(original.hash, copy.hash);
      assert.ok(d <= PDQ_MATCH_DISTANCE, `${edit}: distance ${d}`);
    });
  }

  test('mirrored: far from the original hash, close to its mirrored hash', async () => {
    const original = await hashImage(base);
    const mirror = await hashImage(await sharp(base).flop().jpeg().toBuffer());
    assert.ok(hamming(original.hash, mirror.hash) > 64);
    assert.ok(hamming(original.mirrored, mirror.hash) <= 4);
    assert.ok(hamming(mirror.mirrored, original.hash) <= 4);
  });

  test('unrelated photographs are far apart', async () => {
    const names = ['q0122.jpg', 'q0291.jpg', 'q0746.jpg', 'q1050.jpg', 'q2821.jpg', 'wee.jpg'];
    const hashes = await Promise.all(names.map(async (n) => (await hashImage(fixture(n))).hash));
    for (let i = 0; i < hashes.length; i++) {
      for (let j = i + 1; j < hashes.length; j++) {
        const d = hamming(hashes[i] as string, hashes[j] as string);
        assert.ok(d > 2 * PDQ_MATCH_DISTANCE, `${names[i]} vs ${names[j]}: ${d}`);
      }
    }
  });

  test('identical bytes have the same SHA-256, a re-encoding does not', async () => {
    const a = await hashImage(base);
    const b = await hashImage(Buffer.from(base));
    const c = await hashImage(await sharp(base).jpeg({ quality: 90 }).toBuffer());
    assert.equal(a.sha256, b.sha256);
    assert.notEqual(a.sha256, c.sha256);
  });
});

describe('pure parts', () => {
  test('hex round trip and Hamming distance are consistent', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.nat(255), (bytes, bit) => {
        const hex = Buffer.from(bytes).toString('hex');
        assert.equal(wordsToHex(hexToWords(hex)), hex);
        const words = hexToWords(hex);
        words[bit >> 4] = (words[bit >> 4] as number) ^ (1 << (bit & 15));
        assert.equal(hamming(hex, wordsToHex(words)), 1);
        assert.equal(hamming(hex, hex), 0);
      }),
    );
  });

  test('a 64x64 image is hashed as is; tiny images hash to zero with quality 0', () => {
    const tiny = pdqFromLuma(new Float32Array(16), 4, 4);
    assert.equal(tiny.quality, 0);
    assert.equal(tiny.hash, '0'.repeat(64));
  });

  test('pigeonhole: a hash within 31 bits shares a chunk within one bit', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uniqueArray(fc.nat(255), { maxLength: 31 }),
        (bytes, flips) => {
          const hex = Buffer.from(bytes).toString('hex');
          const words = hexToWords(hex);
          for (const bit of flips) words[bit >> 4] = (words[bit >> 4] as number) ^ (1 << (bit & 15));
          const other = chunksOf(wordsToHex(words));
          const mine = chunksOf(hex);
          assert.ok(mine.some((c, i) => chunkNeighbours(c, 1).includes(other[i] as number)));
        },
      ),
    );
  });

  test('the format is sniffed from the bytes', () => {
    assert.equal(sniffImageFormat(fixture('wee.jpg')), 'jpeg');
    assert.equal(sniffImageFormat(new TextEncoder().encode('<html>not a picture</html>')), null);
  });
});

// ---------------------------------------------------------------- the filter, literally

// The Jarosz filter as the reference implementation runs it: two passes of a running-sum box
// filter along every row and every column, then the 64x64 grid sampled. `downsamplePair` computes
// only what the grid reads; it must give the same numbers (up to float rounding) for the image and
// for its mirror image.
const JAROSZ_PASSES = 2;

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

/** `box1d` along one row (stride 1), kept apart so that each stays monomorphic and fast. */
function boxRow(input: Float32Array, output: Float32Array, start: number, length: number, window: number) {
  const half = Math.floor((window + 2) / 2);
  let sum = 0;
  let count = 0;
  let read = start;
  let drop = start;
  let write = start;
  for (let i = 0; i < half - 1; i++) {
    sum += input[read++]!;
    count++;
  }
  for (let i = 0; i < window - half + 1; i++) {
    sum += input[read++]!;
    count++;
    output[write++] = sum / count;
  }
  for (let i = 0; i < length - window; i++) {
    sum += input[read++]! - input[drop++]!;
    output[write++] = sum / count;
  }
  for (let i = 0; i < half - 1; i++) {
    sum -= input[drop++]!;
    count--;
    output[write++] = sum / count;
  }
}

/**
 * The column pass of the box filter over every column: the same additions, in the same order,
 * per column as `box1d` down that column (so the same float results), but swept row by row, so
 * that memory is read in order instead of one stride of `width` floats per value (3x faster).
 */
function boxColumns(
  input: Float32Array,
  output: Float32Array,
  width: number,
  height: number,
  window: number,
) {
  const sums = new Float64Array(width);
  const half = Math.floor((window + 2) / 2);
  let count = 0;
  let read = 0;
  let drop = 0;
  let write = 0;
  for (let i = 0; i < half - 1; i++, read++) {
    const r = read * width;
    for (let c = 0; c < width; c++) sums[c]! += input[r + c]!;
    count++;
  }
  for (let i = 0; i < window - half + 1; i++, read++, write++) {
    const r = read * width;
    const w = write * width;
    count++;
    for (let c = 0; c < width; c++) {
      const sum = sums[c]! + input[r + c]!;
      sums[c] = sum;
      output[w + c] = sum / count;
    }
  }
  for (let i = 0; i < height - window; i++, read++, drop++, write++) {
    const r = read * width;
    const d = drop * width;
    const w = write * width;
    for (let c = 0; c < width; c++) {
      const sum = sums[c]! + (input[r + c]! - input[d + c]!);
      sums[c] = sum;
      output[w + c] = sum / count;
    }
  }
  for (let i = 0; i < half - 1; i++, drop++, write++) {
    const d = drop * width;
    const w = write * width;
    count--;
    for (let c = 0; c < width; c++) {
      const sum = sums[c]! - input[d + c]!;
      sums[c] = sum;
      output[w + c] = sum / count;
    }
  }
}

/**
 * Filters `a` in place (using `b` as scratch) and samples it down to 64x64. The last column pass
 * runs only down the 64 sampled columns: nothing else of it is read.
 */
function downsampleTo64(
  a: Float32Array,
  width: number,
  height: number,
  scratch: Float32Array = new Float32Array(a.length),
): Float32Array {
  const out = new Float32Array(64 * 64);
  if (width === 64 && height === 64) {
    out.set(a);
    return out;
  }
  const b = scratch.length === a.length ? scratch : scratch.subarray(0, a.length);
  const alongRows = Math.max(1, jaroszWindow(width, 64));
  const alongCols = Math.max(1, jaroszWindow(height, 64));
  const sampledCols = new Int32Array(64);
  for (let j = 0; j < 64; j++) sampledCols[j] = Math.floor(((j + 0.5) * width) / 64);
  for (let pass = 0; pass < JAROSZ_PASSES; pass++) {
    if (alongRows <= width) {
      for (let r = 0; r < height; r++) boxRow(a, b, r * width, width, alongRows);
    } else b.set(a);
    if (alongCols > height) a.set(b);
    else if (pass < JAROSZ_PASSES - 1) boxColumns(b, a, width, height, alongCols);
    else for (const c of sampledCols) box1d(b, a, c, height, width, alongCols);
  }
  for (let i = 0; i < 64; i++) {
    const row = Math.floor(((i + 0.5) * height) / 64);
    for (let j = 0; j < 64; j++) out[i * 64 + j] = a[row * width + (sampledCols[j] as number)] as number;
  }
  return out;
}

test('the sampled filter equals the literal two-pass filter, for the image and its mirror', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 5, max: 700 }),
      fc.integer({ min: 5, max: 700 }),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      (width, height, seed) => {
        let x = seed;
        const luma = new Float32Array(width * height).map(() => {
          x = (x * 1103515245 + 12345) % 2 ** 31;
          return (x % 25600) / 100;
        });
        const flipped = new Float32Array(luma.length);
        for (let r = 0; r < height; r++)
          for (let c = 0; c < width; c++) flipped[r * width + c] = luma[r * width + width - 1 - c] as number;
        const { direct, mirrored } = downsamplePair(luma, width, height);
        const expected = downsampleTo64(Float32Array.from(luma), width, height);
        const expectedMirrored = downsampleTo64(flipped, width, height);
        for (let k = 0; k < 4096; k++) {
          assert.ok(Math.abs((direct[k] as number) - (expected[k] as number)) < 1e-3, `direct ${k}`);
          assert.ok(
            Math.abs((mirrored[k] as number) - (expectedMirrored[k] as number)) < 1e-3,
            `mirrored ${k}`,
          );
        }
      },
    ),
    { numRuns: 40 },
  );
});
