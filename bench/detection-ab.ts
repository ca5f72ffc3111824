/**
 * Interleaved A/B of `Detector.scan` on the realistic listings of detection-realistic.ts: the
 * detector of this tree against one in another folder (e.g. a commit unpacked with `git archive`),
 * in one process, alternating batches and counting CPU time per batch, so that the load of other
 * processes on a shared machine falls on both alike.
 *   npx tsx bench/detection-ab.ts <other src/detection/index.ts> [listings] [passes]
 */
import { pathToFileURL } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import { synthesize } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const [otherPath, countArg, passesArg] = process.argv.slice(2);
if (!otherPath) throw new Error('usage: detection-ab.ts <other src/detection/index.ts> [listings] [passes]');
const count = Number(countArg ?? 30_000);
const passes = Number(passesArg ?? 5);
const BATCH = 2_000;
const other = (await import(pathToFileURL(otherPath).href)) as { Detector: typeof Detector };
// the same brand knowledge and rules as realisticData's detector (synthesize(1, 7))
const data = realisticData(count, 11, true);
const { knowledge, rules } = synthesize(1, 7);
const detectors: Array<[string, Detector]> = [
  ['other', new other.Detector(knowledge, rules) as Detector],
  ['this', new Detector(knowledge, rules)],
];
const perListing: Record<string, number[]> = { other: [], this: [] };
for (const [, d] of detectors)
  for (let i = 0; i < 5_000; i++) d.scan(data.listings[i % data.listings.length]!);
for (let p = 0; p < passes; p++) {
  for (let from = 0; from < data.listings.length; from += BATCH) {
    const batch = data.listings.slice(from, from + BATCH);
    for (const [name, d] of p % 2 === 0 ? detectors : [...detectors].reverse()) {
      const start = process.cpuUsage();
      for (const listing of batch) d.scan(listing);
      const cpu = process.cpuUsage(start);
      perListing[name]!.push((cpu.user + cpu.system) / batch.length);
    }
  }
}
const q = (xs: number[], f: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * f)]!;
for (const name of ['other', 'this']) {
  const xs = perListing[name]!;
  process.stdout.write(
    `${name.padEnd(6)} median ${q(xs, 0.5).toFixed(1)} µs CPU/listing (${Math.round(1e6 / q(xs, 0.5))}/CPU-s), first quartile ${q(xs, 0.25).toFixed(1)} µs (${Math.round(1e6 / q(xs, 0.25))}/CPU-s)\n`,
  );
}
