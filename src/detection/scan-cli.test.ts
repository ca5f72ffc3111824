import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import { runScanCommand } from './scan-cli.ts';
import { type BlockResult, scanLine } from './scan-lines.ts';
import { TEST_BRANDS } from './test-fixtures.ts';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, text: () => text };
}

async function scan(args: string[], stdinText = '') {
  const stdout = capture();
  const stderr = capture();
  const code = await runScanCommand(args, {
    stdin: Readable.from([stdinText]),
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('ipp scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-scan-test-'));
  const brands = join(dir, 'brands.json');
  writeFileSync(brands, JSON.stringify(TEST_BRANDS));
  const lines = [
    JSON.stringify({ id: 'a', title: 'Gucci Marmont AAA quality replica' }),
    '{broken json',
    JSON.stringify({ id: 'b', title: 'Duracell AAA batteries' }),
    '',
    JSON.stringify({ id: 'c', title: 'x', price: -1 }),
    JSON.stringify({ id: 'd', title: 'G.u.c.c.i bag' }),
  ];
  const listings = join(dir, 'listings.ndjson');
  writeFileSync(listings, `${lines.join('\n')}\n`);

  it('prints one verdict per good line and reports bad lines by number, carrying on', async () => {
    const { code, stdout, stderr } = await scan(['--brands', brands, '--listings', listings]);
    assert.equal(code, 0);
    const verdicts = stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            flagged: boolean;
            action: string;
            score: number;
            signals: unknown[];
          },
      );
    assert.deepEqual(
      verdicts.map((v) => [v.id, v.flagged]),
      [
        ['a', true],
        ['b', false],
        ['d', true],
      ],
    );
    assert.equal(verdicts[0]!.action, 'remove');
    assert.match(stderr, /^line 2: not valid JSON/m);
    assert.match(stderr, /^line 5: listing c: absurd price -1/m);
    assert.match(stderr, /scanned 3 listings \(2 flagged, 2 bad lines\)/);
  });

  it('reads listings from stdin with "-" and draws progress when asked', async () => {
    const { code, stdout, stderr } = await scan(
      ['--brands', brands, '--listings', '-', '--progress'],
      `${lines[0]}\n`,
    );
    assert.equal(code, 0);
    assert.equal(stdout.trim().split('\n').length, 1);
    assert.match(stderr, /listings\/s/);
  });

  it('reports broken rules by pointer and keeps scanning with the rest', async () => {
    const rules = join(dir, 'rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        version: 'r1',
        rules: [
          { id: 'bad', pattern: '***', kind: 'marker', severity: 1 },
          { id: 'good', pattern: 'replica', kind: 'marker', severity: 0.95 },
        ],
      }),
    );
    const { code, stdout, stderr } = await scan([
      '--brands',
      brands,
      '--rules',
      rules,
      '--listings',
      listings,
    ]);
    assert.equal(code, 0);
    assert.match(stderr, /\/rules\/0\/pattern: rule "bad": broken pattern/);
    assert.equal(JSON.parse(stdout.split('\n')[0]!).flagged, true);
  });

  it('still rejects control characters and lone surrogates that only escapes or raw bytes can carry', async () => {
    const bad = [
      '{"id":"e1","title":"bell \\u0007 here"}',
      '{"id":"e2","title":"back\\bspace"}',
      '{"id":"e3","title":"form\\ffeed"}',
      `{"id":"e4","title":"del \u007f here"}`,
      `{"id":"e5","title":"c1 \u0085 here"}`,
      '{"id":"e6","title":"half \\ud800 pair"}',
    ];
    const good = [
      '{"id":"g1","title":"a path C:\\\\bin\\\\fonts and \\u00e9t\\u00e9","description":"line one\\nline two \\u00b0C"}',
      '{"id":"g2","title":"Gucci Marmont 1:1 · 高仿 ©"}',
    ];
    const file = join(dir, 'escapes.ndjson');
    writeFileSync(file, `${[...bad, ...good].join('\n')}\n`);
    const { code, stdout, stderr } = await scan(['--brands', brands, '--listings', file]);
    assert.equal(code, 0);
    assert.match(stderr, /^line 1: listing e1: title contains control character U\+0007/m);
    assert.match(stderr, /^line 2: listing e2: title contains control character U\+0008/m);
    assert.match(stderr, /^line 3: listing e3: title contains control character U\+000c/m);
    assert.match(stderr, /^line 4: listing e4: title contains control character U\+007f/m);
    assert.match(stderr, /^line 5: listing e5: title contains control character U\+0085/m);
    assert.match(stderr, /^line 6: listing e6: title contains invalid UTF-16/m);
    assert.deepEqual(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
      ['g1', 'g2'],
    );
  });

  it('prints the same bytes as a line-by-line scan of the decoded text when long lines repeat their pieces', async () => {
    // long descriptions of repeated Chinese and English lines (decoded once, then remembered:
    // scan-lines.ts), with bad lines among them: broken JSON after remembered pieces, a lone
    // surrogate, a C1 control, invalid UTF-8 bytes inside a repeated line, escapes across pieces
    const zh = [
      '【发货说明】工作日下单当天发货，周末及节假日顺延，默认中通快递，需要顺丰请补运费差价。',
      '【售后服务】支持七天无理由退换货，请保持商品完好、吊牌包装齐全。如有质量问题请联系客服。',
      '【温馨提示】由于拍摄光线及显示器差异，图片颜色可能与实物略有色差，以实物为准。古驰 高仿',
      'Größe: 30 × 22 × 12 cm — Farbe: schwarz, braun (très chic), Gucci Marmont dust bag',
      'Shipping: we dispatch within 2 business days from our warehouse, tracking uploaded.',
    ];
    const good: string[] = [];
    for (let i = 0; i < 40; i++) {
      const parts = [`第${i}号 商品 title line`];
      for (let k = 0; k < 12; k++) parts.push(zh[(i * 7 + k * 3) % zh.length]!);
      good.push(
        JSON.stringify({
          id: `z${i}`,
          title: `商品 ${i} 真皮 单肩包`,
          description: parts.join('\n'),
          price: 100 + i,
        }),
      );
    }
    const piece = JSON.stringify(zh[0]).slice(1, -1);
    const lines: Buffer[] = good.map((l) => Buffer.from(l));
    const at = (k: number, line: string | Buffer) =>
      lines.splice(k, 0, typeof line === 'string' ? Buffer.from(line) : line);
    at(10, `{"id":"x1","title":"t","description":"${piece}\\\\n${piece}\\n${piece}`);
    at(15, `{"id":"x2","title":"t","description":"${piece}\\n\\ud800${piece}\\n${piece}"}`);
    at(20, `{"id":"x3","title":"t","description":"${piece}\\n${piece}\\u0085\\n${piece}"}`);
    at(
      25,
      Buffer.concat([
        Buffer.from(`{"id":"x4","title":"t","description":"${piece}\\n${piece}`),
        Buffer.from([0xe4, 0xb8, 0x80, 0xff, 0xe4]),
        Buffer.from(`\\n${piece}\\n${piece}","price":5}`),
      ]),
    );
    at(
      30,
      `{"id":"x5","title":"t","description":"${piece}\\n${piece}\\n${piece}","description":"${piece}\\n高仿"}`,
    );
    const file = join(dir, 'pieces.ndjson');
    writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])));
    const { code, stdout, stderr } = await scan([
      '--brands',
      brands,
      '--listings',
      file,
      '--now',
      '2026-06-01',
    ]);
    assert.equal(code, 0);
    // the reference: every line decoded whole and checked as text by a fresh detector
    const detector = new Detector(TEST_BRANDS, undefined, undefined, { now: new Date('2026-06-01') });
    const expected: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
    for (const [k, line] of lines.entries()) scanLine(detector, line.toString('utf8'), k + 1, expected);
    assert.equal(stdout, expected.output);
    assert.equal(expected.bad, 3);
    for (const message of expected.errors) assert.ok(stderr.includes(`${message}\n`), message);
    assert.match(stderr, /^line 11: not valid JSON/m);
    assert.match(stderr, /^line 16: listing x2: description contains invalid UTF-16/m);
    assert.match(stderr, /^line 21: listing x3: description contains control character U\+0085/m);
    assert.ok(stdout.includes('"id":"x4"') && stdout.includes('"id":"x5"'));
  });

  it('fails clearly on usage errors', async () => {
    const { code, stderr } = await scan(['--listings', listings]);
    assert.equal(code, 2);
    assert.match(stderr, /--brands and --listings are required/);
    const missing = await scan(['--brands', join(dir, 'nope.json'), '--listings', listings]);
    assert.equal(missing.code, 2);
  });
});
