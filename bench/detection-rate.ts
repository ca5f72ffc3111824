/**
 * One process's measurement of the detector's rate (run by detection.bench.ts, several times, each
 * in a fresh process): synthesise the bench data, build the detector, warm it up, then time full
 * passes over the listings, first `scan` alone (the full Verdict with signals and evidence), then
 * `scan` plus the verdict's JSON line (what `ipp scan` prints). Prints one JSON object.
 *   node --import tsx bench/detection-rate.ts <listings> <rounds>
 * A fresh process per measurement because this VM's rate for identical code differs by up to 2x
 * between processes (memory layout, the host's other guests) and far less within one.
 */
import { Detector } from '../src/detection/index.ts';
import { synthesize } from './detection.bench.ts';

export interface RateSample {
  /** listings/s per round, wall clock and per CPU-second */
  scanWall: number[];
  scanCpu: number[];
  printWall: number[];
  printCpu: number[];
  flaggedShare: number;
}

export function measureRates(count: number, rounds: number): RateSample {
  const data = synthesize(count);
  const detector = new Detector(data.knowledge, data.rules);
  for (let i = 0; i < Math.min(20_000, data.listings.length); i++) detector.scan(data.listings[i]!);
  const sample: RateSample = { scanWall: [], scanCpu: [], printWall: [], printCpu: [], flaggedShare: 0 };
  let flagged = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (const listing of data.listings) if (detector.scan(listing).flagged) flagged++;
    const cpu = process.cpuUsage(cpuStart);
    sample.scanWall.push(data.listings.length / ((performance.now() - start) / 1000));
    sample.scanCpu.push(data.listings.length / ((cpu.user + cpu.system) / 1e6));
  }
  sample.flaggedShare = flagged / rounds / data.listings.length;
  let printed = 0;
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (const listing of data.listings) printed += JSON.stringify(detector.scan(listing)).length + 1;
    const cpu = process.cpuUsage(cpuStart);
    sample.printWall.push(data.listings.length / ((performance.now() - start) / 1000));
    sample.printCpu.push(data.listings.length / ((cpu.user + cpu.system) / 1e6));
  }
  if (printed === 0) throw new Error('nothing printed');
  return sample;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 200_000);
  const rounds = Number(process.argv[3] ?? 3);
  process.stdout.write(JSON.stringify(measureRates(count, rounds)));
}
