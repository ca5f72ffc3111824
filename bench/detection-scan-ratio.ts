/**
 * What `ipp scan` does around the scan, against the scan alone, in one process: the realistic
 * listings of detection-realistic.ts as NDJSON bytes, batches of 2,000 alternating between
 * `Detector.scan` of the listings parsed and validated beforehand (the in-process rate, on
 * objects of the shape ipp scan makes) and `LineScanner.scan` of their
 * lines (decode, parse, validate, scan, write the verdict line: what `ipp scan` does per line,
 * without reading the file and writing stdout), CPU time per batch. Each path has its own detector,
 * warmed on every listing, so both boilerplate memos have seen the same lines. With another tree
 * (a commit unpacked with `git archive`, as for detection-ab.ts), its LineScanner runs as a third
 * path, for an A/B of the code around the scan.
 *   npx tsx bench/detection-scan-ratio.ts [listings] [passes] [other src/detection/scan-lines.ts]
 */
import { pathToFileURL } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import { type BlockResult, LineScanner } from '../src/detection/scan-lines.ts';
import { parseListingLine } from '../src/detection/validate.ts';
import { ndjsonLines, synthesize } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const [countArg, passesArg, otherPath] = process.argv.slice(2);
const count = Number(countArg ?? 30_000);
const passes = Number(passesArg ?? 3);
const BATCH = 2_000;
const data = realisticData(count, 11, true);
const { knowledge, rules } = synthesize(1, 7);
const now = new Date('2026-06-01');

interface Scanner {
  scan(data: Buffer, from: number, end: number, line: number, into: BlockResult): void;
  takeOutput(): Buffer;
  readonly outputBytes: number;
}
type ScannerClass = new (detector: Detector, output: 'bytes') => Scanner;
type DetectorClass = typeof Detector;

const paths: Array<{ name: string; run: (from: number, to: number) => void }> = [];
const inProcess = new Detector(knowledge, rules, undefined, { now });
// the listings as ipp scan builds them (parsed and validated: objects of the same shape)
const listings = data.listings.map((l, i) => {
  const parsed = parseListingLine(JSON.stringify(l), i + 1, inProcess.policy);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
});
paths.push({
  name: 'in-process',
  run: (from, to) => {
    for (let i = from; i < to; i++) inProcess.scan(listings[i]!);
  },
});

// the NDJSON bytes of each batch, with the offsets of its lines
const batches: Array<{ bytes: Buffer; starts: number[] }> = [];
for (let from = 0; from < data.listings.length; from += BATCH) {
  batches.push(ndjsonLines(data.listings.slice(from, from + BATCH).map((l) => JSON.stringify(l))));
}

function linePath(name: string, ScannerOf: ScannerClass, DetectorOf: DetectorClass): void {
  const scanner = new ScannerOf(new DetectorOf(knowledge, rules, undefined, { now }), 'bytes');
  const block: BlockResult = { output: '', errors: [], lines: 0, scanned: 0, flagged: 0, bad: 0 };
  paths.push({
    name,
    run: (from) => {
      const { bytes, starts } = batches[from / BATCH]!;
      for (let k = 0; k + 1 < starts.length; k++) {
        scanner.scan(bytes, starts[k]!, starts[k + 1]! - 1, from + k + 1, block);
        // as ipp scan flushes (scan-cli.ts, FLUSH_BYTES): the parsed listings wait for a full batch
        if (scanner.outputBytes >= 1 << 16) scanner.takeOutput();
      }
      scanner.takeOutput();
    },
  });
}
linePath('ipp-scan', LineScanner as unknown as ScannerClass, Detector);
if (otherPath) {
  const other = (await import(pathToFileURL(otherPath).href)) as { LineScanner: ScannerClass };
  const otherDetector = (await import(
    pathToFileURL(otherPath.replace(/scan-lines\.ts$/, 'index.ts')).href
  )) as {
    Detector: DetectorClass;
  };
  linePath('other', other.LineScanner, otherDetector.Detector);
}

for (const path of paths) path.run(0, data.listings.length);
const perListing = new Map<string, number[]>(paths.map((p) => [p.name, []]));
for (let p = 0; p < passes; p++)
  for (let from = 0; from < data.listings.length; from += BATCH) {
    const to = Math.min(from + BATCH, data.listings.length);
    const order = p % 2 === 0 ? paths : [...paths].reverse();
    for (const path of order) {
      const start = process.cpuUsage();
      path.run(from, to);
      const cpu = process.cpuUsage(start);
      perListing.get(path.name)!.push((cpu.user + cpu.system) / (to - from));
    }
  }
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)]!;
const base = q(perListing.get('in-process')!, 0.5);
for (const [name, xs] of perListing)
  process.stdout.write(
    `${name.padEnd(10)} median ${q(xs, 0.5).toFixed(1)} µs CPU/listing (${Math.round(1e6 / q(xs, 0.5))}/CPU-s), first quartile ${q(xs, 0.25).toFixed(1)} µs; in-process / this ${(base / q(xs, 0.5)).toFixed(3)}\n`,
  );
