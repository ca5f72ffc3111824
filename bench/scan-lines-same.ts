/**
 * `ipp scan`'s line path of this tree against another's, byte for byte: the realistic NDJSON lines
 * of detection-realistic.ts and crafted odd lines (escapes, unicode, lone surrogates, bad JSON,
 * wrong types, extra fields, duplicate keys, huge numbers, a BOM, CRLF, blank lines) go through
 * each tree's LineScanner (`bytes` output, one buffer, as the CLI feeds it) and scanBlock (the
 * scan threads' path); verdict bytes, error messages and counts must be identical.
 *   npx tsx bench/scan-lines-same.ts <other src/detection/scan-lines.ts> [realistic listings]
 */
import { pathToFileURL } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import * as mine from '../src/detection/scan-lines.ts';
import { synthesize } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const [otherPath, countArg] = process.argv.slice(2);
if (!otherPath) throw new Error('usage: scan-lines-same.ts <other src/detection/scan-lines.ts> [listings]');
const count = Number(countArg ?? 20_000);
type Lines = typeof mine;
const other = (await import(pathToFileURL(otherPath).href)) as Lines;
const otherIndex = (await import(pathToFileURL(otherPath.replace(/scan-lines\.ts$/, 'index.ts')).href)) as {
  Detector: typeof Detector;
};
const { knowledge, rules } = synthesize(1, 7);
const now = new Date('2026-06-01');

const odd: string[] = [
  '',
  '   ',
  '\t',
  '\ufeff{"id":"bom","title":"Quillowen bag"}',
  '{"id":"crlf","title":"Quillowen bag"}\r',
  '{"id":"esc","title":"a \\"quoted\\" \\\\ back\\/slash \\b \\f \\n \\r \\t","description":"x\\u00e9\\u4e2d"}',
  '{"id":"uni","title":"Quillowen 包 — ünïcödé 😀","description":"中文描述\\n第二行"}',
  '{"id":"pair","title":"\\ud83d\\ude00 pair"}',
  '{"id":"lone","title":"bad \\ud800 text"}',
  '{"id":"lone2","title":"ok","description":"bad \\udc00"}',
  '{"id":"ctl","title":"bell \\u0007"}',
  '{"id":"c1","title":"c1 \u0085 here"}',
  '{"id":"del","title":"del \u007f here"}',
  '{"id":"raw-c1","title":"x","description":"y \u009f"}',
  '{not json',
  '{"id":"a","title":"x"',
  '[1,2,3]',
  '"a string"',
  'null',
  '42',
  '{"title":"no id"}',
  '{"id":"","title":"empty id"}',
  '{"id":"  ","title":"blank id"}',
  '{"id":12,"title":"numeric id"}',
  '{"id":1.5e3,"title":"float id"}',
  '{"id":true,"title":"bool id"}',
  '{"id":"t","title":""}',
  '{"id":"t","title":"   "}',
  '{"id":"t","title":5}',
  '{"id":"d","title":"x","description":7}',
  '{"id":"d","title":"x","description":null}',
  '{"id":"p","title":"x","price":-5}',
  '{"id":"p","title":"x","price":0}',
  '{"id":"p","title":"x","price":1e300}',
  '{"id":"p","title":"x","price":"12"}',
  '{"id":"p","title":"x","price":12.5,"currency":"eur"}',
  '{"id":"p","title":"x","price":1e999}',
  '{"id":"p","title":"x","price":123456789012345678901234567890}',
  '{"id":"c","title":"x","currency":"EURO"}',
  '{"id":"c","title":"x","currency":7}',
  '{"id":"q","title":"x","quantity":2.5}',
  '{"id":"q","title":"x","quantity":-1}',
  '{"id":"q","title":"x","quantity":99999999999}',
  '{"id":"q","title":"x","quantity":3}',
  '{"id":"k","title":"x","condition":"mint"}',
  '{"id":"k","title":"x","condition":"used"}',
  '{"id":"f","title":"x","category":5}',
  `{"id":"f","title":"x","shipFrom":"${'s'.repeat(1001)}"}`,
  '{"id":"f","title":"x","sellerId":"s1","marketplace":"m1","shipFrom":"CN","category":"bags"}',
  '{"id":"i","title":"x","imageUrls":"u"}',
  '{"id":"i","title":"x","imageUrls":["u",3]}',
  '{"id":"i","title":"x","imageUrls":["u","v"]}',
  '{"id":"x","title":"x","extra":{"nested":[1,2,{"a":null}]},"more":true}',
  '{"id":"dup","title":"first","title":"second"}',
  '{"id":"dup","id":"dup2","title":"x"}',
  '{"id":"dup","title":"x","description":5,"description":"fine"}',
  '  {"id":"ws","title":"leading space"}  ',
  '{ "id" : "sp" , "title" : "spaced" }',
  '{"id":"ws","title":"x"} trailing',
  `{"id":"long","title":"x","description":"${'Quillowen '.repeat(12_000)}"}`,
  `{"id":"long2","title":"${'y'.repeat(100_001)}"}`,
  '{"id":"inv","title":"invalid utf8 \xff\xfe here"}',
  '{"id":"trunc","title":"cut \xe4\xb8"}',
  '{"\\u0069d":"escaped-key","title":"x"}',
  '{"id":"zero","title":"nul \\u0000"}',
  '{"id":"\\ud800","title":"lone id"}',
  '{"id":"neg0","title":"x","price":-0}',
  '{"id":"n","title":"x","price":1E2,"quantity":0}',
];
// bytes the strings above cannot carry as they are (invalid UTF-8): written as latin1
const rawLines = new Set([
  '{"id":"inv","title":"invalid utf8 \xff\xfe here"}',
  '{"id":"trunc","title":"cut \xe4\xb8"}',
]);
const realistic = realisticData(count, 11, true).listings.map((l) => JSON.stringify(l));
// odd lines spread through the realistic ones, so they meet the byte searches' remembered places
const lines: string[] = [];
for (let k = 0; k < realistic.length; k++) {
  lines.push(realistic[k]!);
  if (k % 97 === 0) lines.push(odd[(k / 97) % odd.length]!);
}
lines.push(...odd);
const bytes = Buffer.concat(
  lines.map((l) => Buffer.concat([Buffer.from(l, rawLines.has(l) ? 'latin1' : 'utf8'), Buffer.from('\n')])),
);

function run(lib: Lines, DetectorOf: typeof Detector) {
  const detector = new DetectorOf(knowledge, rules, undefined, { now });
  const scanner = new lib.LineScanner(detector, 'bytes');
  const block = { output: '', errors: [] as string[], lines: 0, scanned: 0, flagged: 0, bad: 0 };
  const out: Buffer[] = [];
  let from = 0;
  let line = 0;
  for (let newline = bytes.indexOf(10, from); newline !== -1; newline = bytes.indexOf(10, from)) {
    const end = newline > from && bytes[newline - 1] === 13 ? newline - 1 : newline;
    scanner.scan(bytes, from, end, ++line, block);
    if (line % 300 === 0) out.push(scanner.takeOutput());
    from = newline + 1;
  }
  out.push(scanner.takeOutput());
  const viaBlock = lib.scanBlock(new DetectorOf(knowledge, rules, undefined, { now }), bytes, 1);
  return { bytes: Buffer.concat(out), block, viaBlock };
}
const a = run(mine, Detector);
const b = run(other, otherIndex.Detector);
let different = 0;
const check = (what: string, same: boolean) => {
  if (!same) {
    different++;
    process.stdout.write(`DIFFERENT: ${what}\n`);
  }
};
check('verdict bytes', a.bytes.equals(b.bytes));
check('errors', JSON.stringify(a.block.errors) === JSON.stringify(b.block.errors));
check('counts', JSON.stringify({ ...a.block, errors: 0 }) === JSON.stringify({ ...b.block, errors: 0 }));
check('scanBlock output', a.viaBlock.output === b.viaBlock.output);
check(
  'scanBlock errors and counts',
  JSON.stringify({ ...a.viaBlock, output: 0 }) === JSON.stringify({ ...b.viaBlock, output: 0 }),
);
check('scanBlock output = LineScanner bytes', Buffer.from(a.viaBlock.output).equals(a.bytes));
process.stdout.write(
  `${lines.length} lines (${odd.length} odd kinds), ${a.block.scanned} scanned, ${a.block.bad} bad, ${a.bytes.length} verdict bytes: ${different} different\n`,
);
for (const e of a.block.errors.slice(0, 3)) process.stdout.write(`  e.g. ${e}\n`);
process.exitCode = different === 0 ? 0 : 1;
