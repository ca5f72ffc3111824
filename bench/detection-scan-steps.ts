/**
 * Each step of `ipp scan`'s per-line work alone, over the realistic NDJSON lines (best of passes):
 * decode, JSON.parse, validation, the verdict line, its UTF-8 write.
 *   npx tsx bench/detection-scan-steps.ts [listings] [passes]
 */
import { LineDecoder, LineScanner } from '../src/detection/scan-lines.ts';
import type { Verdict } from '../src/detection/types.ts';
import { parseListingLine, validateListing } from '../src/detection/validate.ts';
import { verdictJson } from '../src/detection/verdict-json.ts';
import { ndjsonLines } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const count = Number(process.argv[2] ?? 20_000);
const passes = Number(process.argv[3] ?? 5);
const data = realisticData(count, 11, true);
const verdicts: Verdict[] = data.listings.map((l) => data.detector.scan(l));
const lines = data.listings.map((l) => JSON.stringify(l));
const { bytes, starts } = ndjsonLines(lines);
const policy = data.detector.policy;
const decoder = new LineDecoder();
const texts = lines.map((_, k) => decoder.decode(bytes, starts[k]!, starts[k + 1]! - 1));
const flat = texts.map((t) => JSON.parse(JSON.stringify(t)) as string);
const parsedAll = flat.map((t) => JSON.parse(t) as unknown);
const jsons = verdicts.map((v) => verdictJson(v));
const out = Buffer.allocUnsafe(1 << 26);
const scanner = new LineScanner(data.detector, 'bytes');
let sink = 0;
const steps: Record<string, () => void> = {
  decode: () => {
    for (let k = 0; k < count; k++) sink += decoder.decode(bytes, starts[k]!, starts[k + 1]! - 1).length;
  },
  plain: () => {
    for (let k = 0; k < count; k++) sink += scanner.plain(bytes, starts[k]!, starts[k + 1]! - 1) ? 1 : 0;
  },
  'JSON.parse (flat)': () => {
    for (let k = 0; k < count; k++) sink += (JSON.parse(flat[k]!) as { id: string }).id.length;
  },
  'parseListingLine (flat)': () => {
    for (let k = 0; k < count; k++) sink += parseListingLine(flat[k]!, k + 1, policy, true).ok ? 1 : 0;
  },
  validate: () => {
    for (let k = 0; k < count; k++) sink += validateListing(parsedAll[k], policy, true).ok ? 1 : 0;
  },
  verdictJson: () => {
    for (let k = 0; k < count; k++) sink += verdictJson(verdicts[k]!).length;
  },
  'write utf8': () => {
    let at = 0;
    for (let k = 0; k < count; k++) {
      at += out.write(jsons[k]!, at, 'utf8');
      out[at++] = 10;
    }
    sink += at;
  },
};
for (let p = 0; p < passes; p++)
  for (const [name, fn] of Object.entries(steps)) {
    const start = process.cpuUsage();
    fn();
    const cpu = process.cpuUsage(start);
    const us = (cpu.user + cpu.system) / count;
    if (p === passes - 1 || p === 0)
      process.stdout.write(`pass ${p} ${name.padEnd(26)} ${us.toFixed(2)} µs a line\n`);
  }
process.stdout.write(`${sink > 0}\n`);
