import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import { hashImage, sniffImageFormat } from '../images/decode.ts';
import {
  chunkNeighbours,
  chunksOf,
  hamming,
  hexToWords,
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
