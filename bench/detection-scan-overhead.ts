/**
 * What `ipp scan` spends around `Detector.scan`, per line, interleaved A/B in one process: the
 * realistic NDJSON lines of detection-realistic.ts through `LineScanner.scan` (decode, parse,
 * validate, verdict line, output buffer) with a stand-in detector that returns each listing's
 * verdict computed beforehand (a Map lookup), so only the code around the scan is timed. With
 * another tree's scan-lines.ts (a commit unpacked with `git archive`), both run in alternating
 * batches and their CPU time per line is compared; their output must be byte-identical.
 *   npx tsx bench/detection-scan-overhead.ts [listings] [passes] [other src/detection/scan-lines.ts]
 */
import { pathToFileURL } from 'node:url';
import type { Detector } from '../src/detection/index.ts';
import { type BlockResult, LineScanner } from '../src/detection/scan-lines.ts';
import type { ListingInput, Verdict } from '../src/detection/types.ts';
import { ndjsonLines } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const [countArg, passesArg, otherPath] = process.argv.slice(2);
const count = Number(countArg ?? 20_000);
const passes = Number(passesArg ?? 5);
const BATCH = 1_000;
const data = realisticData(count, 11, true);
const verdicts = new Map<string, Verdict>();
for (const listing of data.listings) verdicts.set(listing.id, data.detector.scan(listing));
const standIn = {
  policy: data.detector.policy,
  scan: (listing: ListingInput) => verdicts.get(listing.id)!,
} as unknown as Detector;

const lines = data.listings.map((l) => JSON.stringify(l));
const { bytes, starts } = ndjsonLines(lines);

interface Scanner {
  scan(data: Buffer, from: number, end: number, line: number, into: BlockResult): void;
  takeOutput(): Buffer;
}
type ScannerClass = new (detector: Detector, output: 'bytes') => Scanner;
const paths: Array<{ name: string; scanner: Scanner; out: Buffer[] }> = [
  { name: 'this', scanner: new LineScanner(standIn, 'bytes'), out: [] },
];
if (otherPath) {
  const other = (await import(pathToFileURL(otherPath).href)) as { LineScanner: ScannerClass };
  paths.push({ name: 'other', scanner: new other.LineScanner(standIn, 'bytes'), out: [] });
}
const run = (scanner: Scanner, from: number, to: number, keep?: Buffer[]) => {
  const block: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
  for (let k = from; k < to; k++) {
    scanner.scan(bytes, starts[k]!, starts[k + 1]! - 1, k + 1, block);
    if (k % 32 === 31) {
      const taken = scanner.takeOutput();
      keep?.push(taken);
    }
  }
  keep?.push(scanner.takeOutput());
};
for (const path of paths) run(path.scanner, 0, count, path.out);
if (paths.length > 1) {
  const same = Buffer.concat(paths[0]!.out).equals(Buffer.concat(paths[1]!.out));
  process.stdout.write(`output byte-identical: ${same}\n`);
}
const perLine = new Map<string, number[]>(paths.map((p) => [p.name, []]));
for (let p = 0; p < passes; p++)
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(from + BATCH, count);
    const order = (p + from / BATCH) % 2 === 0 ? paths : [...paths].reverse();
    for (const path of order) {
      const start = process.cpuUsage();
      run(path.scanner, from, to);
      const cpu = process.cpuUsage(start);
      perLine.get(path.name)!.push((cpu.user + cpu.system) / (to - from));
    }
  }
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)]!;
for (const [name, xs] of perLine)
  process.stdout.write(
    `${name.padEnd(6)} overhead per line: median ${q(xs, 0.5).toFixed(2)} µs CPU, first quartile ${q(xs, 0.25).toFixed(2)} µs\n`,
  );
