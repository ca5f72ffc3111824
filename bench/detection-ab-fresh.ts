/**
 * Interleaved A/B of `Detector.scan` on fresh realistic listings, the workload of
 * detection-realistic.ts: every listing is scanned once by each detector, batch by batch (the
 * detector that goes first alternates), CPU time per batch, the first 20,000 left out as warm-up.
 * detection-ab.ts scans the same listings pass after pass, so both boilerplate memos end up
 * knowing every line; a change to how lines are learned or looked up can gain there and not here
 * (2026-12-08: start keys for remembered lines, +0-3 % there, nothing here). Run it both ways
 * (from each tree, the other as the argument): the detector built second measured a little
 * faster in some runs.
 *   npx tsx bench/detection-ab-fresh.ts <other src/detection/index.ts> [listings]
 */
import { pathToFileURL } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import { parseListingLine } from '../src/detection/validate.ts';
import { synthesize } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const [otherPath, countArg] = process.argv.slice(2);
if (!otherPath) throw new Error('usage: detection-ab-fresh.ts <other src/detection/index.ts> [listings]');
const count = Number(countArg ?? 120_000);
const BATCH = 2_000;
const WARM_UP = 20_000;
const other = (await import(pathToFileURL(otherPath).href)) as { Detector: typeof Detector };
const data = realisticData(count, 5, true);
// the same brand knowledge and rules as realisticData's detector (synthesize(1, 7))
const { knowledge, rules } = synthesize(1, 7);
const detectors: Array<[string, Detector]> = [
  ['other', new other.Detector(knowledge, rules) as Detector],
  ['this', new Detector(knowledge, rules)],
];
const listings = data.listings.map((l, i) => {
  const parsed = parseListingLine(JSON.stringify(l), i + 1, detectors[1]![1].policy);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
});
const perListing = new Map<string, number[]>(detectors.map(([name]) => [name, []]));
for (let from = 0; from < count; from += BATCH) {
  const to = Math.min(from + BATCH, count);
  const order = (from / BATCH) % 2 === 0 ? detectors : [...detectors].reverse();
  for (const [name, detector] of order) {
    const start = process.cpuUsage();
    for (let i = from; i < to; i++) detector.scan(listings[i]!);
    const cpu = process.cpuUsage(start);
    if (from >= WARM_UP) perListing.get(name)!.push((cpu.user + cpu.system) / (to - from));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const [name, xs] of perListing)
  process.stdout.write(
    `${name.padEnd(6)} median ${median(xs).toFixed(2)} µs CPU/listing, mean ${mean(xs).toFixed(2)} (${Math.round(1e6 / mean(xs))}/CPU-s) over ${xs.length * BATCH} fresh listings\n`,
  );
