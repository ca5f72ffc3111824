import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Detector } from './detector.ts';
import { LineDecoder, LineScanner } from './scan-lines.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('LineDecoder', () => {
  it('decodes lines of repeated pieces exactly as toString does, invalid bytes and escapes included', () => {
    const rand = prng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    // pieces as they appear in a JSON string (escaped line breaks and quotes, odd escapes, bad bytes)
    const pieces: Buffer[] = [
      '【发货说明】工作日下单当天发货，周末及节假日顺延，默认中通快递。',
      '【售后服务】支持七天无理由退换货，请保持商品完好、吊牌包装齐全。',
      'Shipping: we dispatch within 2 business days from our warehouse, tracked.',
      'Größe: 30 × 22 × 12 cm — Farbe: schwarz, braun, beige (très chic)',
      'an escaped backslash before n: C:\\\\new folder\\\\names, and \\"quotes\\" too',
      '颜色：黑色 棕色 米色 \\u767d\\u8272 \\ud83d\\ude00 emoji 😀 and more text here',
      '短',
    ].map((s) => Buffer.from(s));
    // invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong form, a surrogate
    pieces.push(
      Buffer.concat([
        Buffer.from('bad bytes ahead: '),
        Buffer.from([0x80, 0xe4, 0xb8]),
        Buffer.from(' 中文 x'),
      ]),
      Buffer.concat([Buffer.from('truncated at the end of a piece 中文中文 '), Buffer.from([0xe4, 0xb8])]),
      Buffer.concat([
        Buffer.from('overlong and surrogate 中文中文中文 '),
        Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80]),
      ]),
    );
    const decoder = new LineDecoder();
    const lines: Buffer[] = [];
    for (let i = 0; i < 400; i++) {
      const parts: Buffer[] = [
        Buffer.from(`{"id":"x${i}","title":"t ${pick(['标题', 'title'])}","description":"`),
      ];
      const count = 1 + Math.floor(rand() * 14);
      for (let k = 0; k < count; k++) {
        if (k > 0) parts.push(Buffer.from('\\n'));
        parts.push(pick(pieces));
      }
      parts.push(Buffer.from(`","price":${i}}`));
      lines.push(Buffer.concat(parts));
    }
    // lines side by side in chunks, as ipp scan reads them, decoded in order and out of order
    const chunk = Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
    let from = 0;
    let checked = 0;
    for (let round = 0; round < 2; round++) {
      from = 0;
      for (const line of lines) {
        const end = from + line.length;
        assert.equal(decoder.decode(chunk, from, end), chunk.toString('utf8', from, end));
        assert.equal(decoder.decode(line, 0, line.length), line.toString('utf8'));
        from = end + 1;
        checked++;
      }
    }
    assert.equal(checked, 800);
    assert.ok(decoder.reused > 1000, `remembered pieces used ${decoder.reused} times`);
  });

  it('decodes a line that ends in the middle of a sequence or right after an escape', () => {
    const decoder = new LineDecoder();
    const body = '【温馨提示】由于拍摄光线及显示器差异，图片颜色可能与实物略有色差，以实物为准。';
    for (let round = 0; round < 3; round++)
      for (const tail of [Buffer.from([0xe4]), Buffer.from('\\n'), Buffer.from('\\'), Buffer.alloc(0)]) {
        const line = Buffer.concat([
          Buffer.from(`{"description":"${'x'.repeat(300)}\\n${body}\\n${body}`),
          tail,
        ]);
        assert.equal(decoder.decode(line, 0, line.length), line.toString('utf8'));
      }
  });
});

/** What LineScanner#plain decides, byte by byte: no \u, \b or \f, no DEL, no C1 control (C2 80–9F). */
function plainReference(data: Buffer, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const byte = data[k]!;
    const next = data[k + 1] ?? 0;
    if (byte === 0x7f) return false;
    if (byte === 0x5c && (next === 0x75 || next === 0x62 || next === 0x66)) return false;
    if (byte === 0xc2 && next >= 0x80 && next <= 0x9f) return false;
  }
  return true;
}

describe('LineScanner text checks from the bytes', () => {
  const pieces = [
    'a',
    ' plain text ',
    '\\n',
    '\\u0007',
    '\\b',
    '\\f',
    '\\\\u',
    '\\\\',
    '\\',
    'u',
    'b',
    'f',
    '\x7f',
    '中',
    '\u0085',
    '\u00a0',
    '\r',
  ];
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

  it('flag a line exactly when a byte-by-byte look finds what text validation rejects', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.nat(), (lines, restart) => {
        const data = Buffer.from(lines.join('\n'));
        const ranges: Array<[number, number]> = [];
        let from = 0;
        for (const text of lines) {
          const to = from + Buffer.byteLength(text);
          // a carriage return before the newline is not part of the line
          ranges.push([from, to > from && data[to - 1] === 13 ? to - 1 : to]);
          from = to + 1;
        }
        // lines in order (the searches keep their place), then again from an earlier line
        const order = [...ranges, ...ranges.slice(restart % ranges.length)];
        const scanner = new LineScanner(null as unknown as Detector);
        for (const [start, end] of order)
          assert.equal(scanner.plain(data, start, end), plainReference(data, start, end));
      }),
      { numRuns: 400 },
    );
  });
});
