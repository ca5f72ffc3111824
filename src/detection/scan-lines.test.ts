import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_DETECTION_POLICY } from './data/default-policy.ts';
import type { Detector } from './detector.ts';
import { type BlockResult, LineDecoder, LineScanner } from './scan-lines.ts';
import type { ListingInput, Verdict } from './types.ts';
import { parseListingLine } from './validate.ts';

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

describe('LineScanner parsing a line with its description apart', () => {
  it('gives the listing or the error that parsing the whole decoded line gives', () => {
    const rand = prng(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const bytes = (s: string) => Buffer.from(s);
    // description lines as they appear between escaped line breaks, odd ones among them
    const pieces: Buffer[] = [
      bytes('【发货说明】工作日下单当天发货，周末及节假日顺延，默认中通快递。'),
      bytes('【售后服务】支持七天无理由退换货，请保持商品完好、吊牌包装齐全。'),
      bytes('【温馨提示】由于拍摄光线及显示器差异，图片颜色可能与实物略有色差。'),
      // the same first bytes, shorter and longer (a remembered piece must end where the line's does)
      bytes('【温馨提示】由于拍摄光线及显示器差异'),
      bytes('【温馨提示】由于拍摄光线及显示器差异，图片颜色可能与实物略有色差。尺寸为手工测量。'),
      bytes('Shipping: we dispatch within 2 business days from our warehouse, tracked.'),
      bytes('颜色：黑色 棕色 米色'),
      bytes('短'),
      bytes('屏幕 6.7\\" OLED 显示屏 quoted \\"inch\\" and a backslash \\\\ here'),
      bytes('an escaped backslash before n: C:\\\\new 文件夹'),
      bytes('a tab \\t and a return \\r and a slash \\/ 中文中文中文中文'),
      bytes('\\u4e2d\\u6587 escaped 中文 and more text to make it long enough'),
      bytes('raw tab \there 中文中文中文中文中文'),
      bytes('raw return \rhere 中文中文中文中文中文'),
      bytes('raw nul \u0000 here 中文中文中文中文中文'),
      bytes('raw unit separator \u001f 中文中文中文中文'),
      bytes('c1 \u0085 and del \u007f 中文中文中文中文中文'),
      bytes('"description":"inside 中文中文中文中文中文'),
      Buffer.concat([bytes('bad bytes 中文中文中文中文 '), Buffer.from([0x80, 0xe4, 0xb8]), bytes(' x')]),
      Buffer.concat([bytes('truncated 中文中文中文中文中文中文 '), Buffer.from([0xe4, 0xb8])]),
    ];
    const description = () => {
      const parts: Buffer[] = [];
      const count = 1 + Math.floor(rand() * 12);
      for (let k = 0; k < count; k++) {
        if (k > 0) parts.push(bytes('\\n'));
        parts.push(rand() < 0.93 ? pick(pieces.slice(0, 8)) : pick(pieces));
      }
      return Buffer.concat(parts);
    };
    const title = () => bytes(pick(['女包 冬季 机械表 手表', 'Quillowen bag 真皮 单肩包', 'plain title']));
    // lines of the common shape, and of shapes the scanner must leave to JSON.parse
    const line = (i: number): Buffer => {
      const d = description();
      const head = bytes(`{"id":"x${i}","title":"`);
      const mid = bytes('","description":"');
      const tail = bytes(`","price":${1 + (i % 50)},"currency":"CNY","shipFrom":"CN"}`);
      switch (pick([0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])) {
        case 1:
          return Buffer.concat([head, title(), mid, d, bytes('","description":"second"}')]);
        case 2:
          return Buffer.concat([head, title(), mid, d, bytes(`","description":${pick(['7', '0'])}}`)]);
        case 3:
          return Buffer.concat([head, title(), bytes('","meta":{"description":"'), d, bytes('"}}')]);
        case 4:
          return Buffer.concat([head, title(), bytes('","x\\"description":"'), d, tail]);
        case 5:
          return Buffer.concat([head, title(), bytes('","description": "'), d, tail]);
        case 6:
          return Buffer.concat([head, title(), mid, d]);
        case 7:
          return Buffer.concat([head, title(), mid, d, tail, bytes(' trailing')]);
        case 8:
          return Buffer.concat([head, title(), mid, d, bytes('","price":-1}')]);
        case 9:
          return Buffer.concat([head, title(), bytes('","description":null,"d":"'), d, tail]);
        case 10:
          return Buffer.concat([
            bytes(`{"id":"x${i}","description":"`),
            d,
            bytes('","title":"'),
            title(),
            bytes('"}'),
          ]);
        case 11:
          return Buffer.concat([head, title(), bytes(' \\u0007'), mid, d, tail]);
        case 12:
          return Buffer.concat([
            bytes(`{"id":"x${i}","title":"${'t'.repeat(200)}","description":"`),
            d,
            tail,
          ]);
        default:
          return Buffer.concat([head, title(), mid, d, tail]);
      }
    };
    const seen: ListingInput[] = [];
    const verdict = {
      flagged: false,
      action: 'allow',
      score: 0,
      signals: [],
      brands: [],
      suppressed: [],
      automated: { detection: true, decision: false },
      policyVersion: 'p',
    } as unknown as Verdict;
    const detector = {
      policy: DEFAULT_DETECTION_POLICY,
      scan: (listing: ListingInput) => {
        seen.push(listing);
        return { ...verdict, id: listing.id };
      },
    } as unknown as Detector;
    const scanner = new LineScanner(detector, 'bytes');
    const lines = Array.from({ length: 1500 }, (_, i) => line(i));
    const chunk = Buffer.concat(lines.flatMap((l) => [l, bytes('\n')]));
    const block: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
    const expected: string[] = [];
    const errors: string[] = [];
    let from = 0;
    for (let k = 0; k < lines.length; k++) {
      const end = from + lines[k]!.length;
      scanner.scan(chunk, from, end, k + 1, block);
      const reference = parseListingLine(chunk.toString('utf8', from, end), k + 1, DEFAULT_DETECTION_POLICY);
      if (reference.ok) expected.push(JSON.stringify(reference.value));
      else errors.push(reference.error.message);
      from = end + 1;
    }
    scanner.finish();
    assert.deepEqual(block.errors, errors);
    assert.deepEqual(
      seen.map((l) => JSON.stringify(l)),
      expected,
    );
    assert.ok(errors.length > 200 && expected.length > 500, `${errors.length} bad, ${expected.length} good`);
    assert.ok(scanner.parsedApart > 400, `parsed apart: ${scanner.parsedApart}`);
  });
});
