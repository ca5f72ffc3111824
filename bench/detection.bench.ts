/**
 * Detection benchmark: 10,000 brand terms and 1,000 markers, single core.
 *   npx tsx bench/detection.bench.ts [--quick]
 * Measures text + price + indicator detection (listings/s: `Detector.scan`, which returns the full
 * Verdict with signals and evidence strings; wall clock and per CPU-second; in several fresh
 * processes, see detection-rate.ts, reporting the best, the median and the slowest) against a naive
 * RegExp-alternation baseline on the same listings in the same run, the same scan plus the verdict
 * JSON line `ipp scan` prints, automaton build time and heap, and the end-to-end
 * rate of `ipp scan` (a child process) on a generated NDJSON file (1,000,000 lines; 50,000 quick).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_KEYWORD_RULES, Detector } from '../src/detection/index.ts';
import type { Brand, BrandKnowledge, KeywordRuleSet, ListingInput } from '../src/detection/types.ts';
import type { RateSample } from './detection-rate.ts';

export interface BenchResult {
  name: string;
  value: number | string;
  unit: string;
  target?: string;
  pass?: boolean;
}

const TARGET_RATE = 300_000;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'ta',
  'vo',
  'zi',
  'be',
  'sha',
  'qu',
  'dor',
  'lin',
  'mar',
  'tex',
  'vel',
  'gra',
  'pon',
  'fi',
  'sto',
];
const WORDS = [
  'new',
  'leather',
  'bag',
  'women',
  'men',
  'shoes',
  'running',
  'black',
  'white',
  'size',
  'large',
  'small',
  'vintage',
  'cotton',
  'gift',
  'box',
  'free',
  'shipping',
  'watch',
  'steel',
  'classic',
  'summer',
  'winter',
  'jacket',
  'kids',
  'home',
  'kitchen',
  'phone',
  'case',
  'cable',
  'charger',
  'wireless',
  'sport',
  'outdoor',
  'blue',
  'red',
  'original',
  'quality',
  'sale',
  'hot',
];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchData {
  knowledge: BrandKnowledge;
  rules: KeywordRuleSet;
  terms: string[];
  markers: string[];
  listings: ListingInput[];
}

export function synthesize(listingCount: number, seed = 7): BenchData {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const word = (syllables: number) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
  const termSet = new Set<string>();
  while (termSet.size < 10_000)
    termSet.add(rand() < 0.2 ? `${word(2)} ${word(2)}` : word(2 + Math.floor(rand() * 3)));
  const terms = [...termSet];
  const brands: Brand[] = [];
  for (let i = 0; i < terms.length; i += 4) {
    brands.push({
      id: `b${i}`,
      name: terms[i]!,
      aliases: terms.slice(i + 1, i + 4),
      manufacturingCountries: ['IT', 'FR'],
      colours: ['black', 'brown'],
      productLines: [
        {
          name: `${terms[i]} classic`,
          referencePrice: { min: 200 + (i % 900), max: 400 + (i % 900) * 2, currency: 'USD' },
          colours: ['black', 'brown', 'beige'],
        },
      ],
    });
  }
  const markerSet = new Set<string>();
  while (markerSet.size < 1_000 - DEFAULT_KEYWORD_RULES.rules.length)
    markerSet.add(`${word(2)} ${pick(['copy', 'grade', 'quality', 'batch', 'version'])}`);
  const markers = [...markerSet];
  const rules: KeywordRuleSet = {
    version: 'bench-1',
    rules: [
      ...DEFAULT_KEYWORD_RULES.rules,
      ...markers.map((pattern, i) => ({ id: `m${i}`, pattern, kind: 'marker' as const, severity: 0.9 })),
    ],
    nominativeCues: DEFAULT_KEYWORD_RULES.nominativeCues ?? [],
    licensedReproductionCues: DEFAULT_KEYWORD_RULES.licensedReproductionCues ?? [],
  };
  const listings: ListingInput[] = [];
  for (let i = 0; i < listingCount; i++) {
    const parts: string[] = [];
    const length = 8 + Math.floor(rand() * 8);
    for (let w = 0; w < length; w++) parts.push(pick(WORDS));
    if (rand() < 0.3) parts.splice(Math.floor(rand() * parts.length), 0, pick(terms));
    if (rand() < 0.05) parts.push(pick(markers));
    if (rand() < 0.03) parts.push(pick(['replica', '1:1', 'AAA quality', '高仿']));
    const listing: ListingInput = {
      id: `l${i}`,
      title: parts.join(' '),
      price: Math.round(5 + rand() * 2000),
      currency: 'USD',
      condition: rand() < 0.2 ? 'used' : 'new',
      quantity: 1 + Math.floor(rand() * 30),
      shipFrom: pick(['CN', 'US', 'IT', 'DE']),
      sellerId: `s${Math.floor(rand() * 1000)}`,
    };
    listings.push(listing);
  }
  return { knowledge: { version: 'bench-1', brands }, rules, terms, markers, listings };
}

function tryGc(): void {
  try {
    setFlagsFromString('--expose_gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    // best effort only
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export async function runDetectionBench(opts: { quick?: boolean } = {}): Promise<BenchResult[]> {
  const quick = opts.quick === true;
  const data = synthesize(quick ? 50_000 : 200_000);
  const results: BenchResult[] = [];

  tryGc();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const detector = new Detector(data.knowledge, data.rules);
  const buildMs = performance.now() - buildStart;
  tryGc();
  const heapDelta = process.memoryUsage().heapUsed - heapBefore;
  results.push({
    name: 'automaton build time (10k terms, 1k markers)',
    value: Math.round(buildMs),
    unit: 'ms',
  });
  results.push({ name: 'automaton states', value: detector.compiled.automaton.stateCount, unit: 'states' });
  results.push({
    name: 'detector heap (delta)',
    value: Math.round((heapDelta / 1024 / 1024) * 10) / 10,
    unit: 'MiB',
  });

  // the rates: several fresh processes, since this VM's rate for the same code varies far more
  // between processes than within one (see detection-rate.ts)
  const processes = quick ? 2 : 5;
  const samples: RateSample[] = [];
  for (let p = 0; p < processes; p++)
    samples.push(await rateInChildProcess(data.listings.length, quick ? 2 : 3));
  const bestOf = (pick: (s: RateSample) => number[]) => samples.map((s) => Math.max(...pick(s)));
  const scanBest = bestOf((s) => s.scanWall);
  const best = Math.max(...scanBest);
  results.push({
    name: `detection rate (text+price+indicators), best of ${processes} processes`,
    value: Math.round(best),
    unit: 'listings/s',
    target: `>= ${TARGET_RATE.toLocaleString('en-US')}`,
    pass: best >= TARGET_RATE,
  });
  results.push({
    name: 'detection rate, median of the processes (each its best round)',
    value: Math.round(median(scanBest)),
    unit: 'listings/s',
  });
  results.push({
    name: 'detection rate, slowest process',
    value: Math.round(Math.min(...scanBest)),
    unit: 'listings/s',
  });
  // on a shared machine wall time includes time the core spent on other processes
  results.push({
    name: 'detection rate per CPU-second (best)',
    value: Math.round(Math.max(...bestOf((s) => s.scanCpu))),
    unit: 'listings/s',
  });
  results.push({
    name: 'detection + verdict JSON line (what ipp scan prints), best',
    value: Math.round(Math.max(...bestOf((s) => s.printWall))),
    unit: 'listings/s',
  });
  results.push({
    name: 'detection + verdict JSON line, median of the processes',
    value: Math.round(median(bestOf((s) => s.printWall))),
    unit: 'listings/s',
  });
  results.push({
    name: 'flagged share (synthetic data)',
    value: `${((samples[0]?.flaggedShare ?? 0) * 100).toFixed(1)}%`,
    unit: '',
  });

  // naive baseline: one case-insensitive RegExp alternation of every term and marker
  const alternation = [...data.terms, ...data.markers, ...data.rules.rules.map((r) => r.pattern)]
    .map(escapeRegExp)
    .join('|');
  const regexBuildStart = performance.now();
  // the obvious approach: one case-insensitive alternation with word boundaries
  const naive = new RegExp(`\\b(?:${alternation})\\b`, 'gi');
  const regexBuildMs = performance.now() - regexBuildStart;
  const baselineListings = data.listings.slice(0, quick ? 2_000 : 10_000);
  let naiveHits = 0;
  const naiveStart = performance.now();
  for (const listing of baselineListings) {
    naive.lastIndex = 0;
    for (const _ of listing.title.matchAll(naive)) naiveHits++;
  }
  const naiveRate = baselineListings.length / ((performance.now() - naiveStart) / 1000);
  results.push({
    name: 'naive RegExp alternation rate (same listings)',
    value: Math.round(naiveRate),
    unit: 'listings/s',
  });
  results.push({ name: 'naive RegExp build time', value: Math.round(regexBuildMs), unit: 'ms' });
  results.push({
    name: 'speed-up over naive RegExp (median rate)',
    value: `${(median(scanBest) / naiveRate).toFixed(1)}x`,
    unit: '',
  });
  void naiveHits;

  results.push(...(await endToEnd(data, quick ? 50_000 : 1_000_000)));
  return results;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function rateInChildProcess(count: number, rounds: number): Promise<RateSample> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'detection-rate.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, String(count), String(rounds)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as RateSample) : reject(new Error(`rate process exited ${code}`)),
    );
  });
}

async function endToEnd(data: BenchData, lines: number): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'ipp-scan-bench-'));
  try {
    const brandsPath = join(dir, 'brands.json');
    const rulesPath = join(dir, 'rules.json');
    const listingsPath = join(dir, 'listings.ndjson');
    writeFileSync(brandsPath, JSON.stringify(data.knowledge));
    writeFileSync(rulesPath, JSON.stringify(data.rules));
    const out = createWriteStream(listingsPath);
    for (let i = 0; i < lines; i++) {
      const listing = data.listings[i % data.listings.length]!;
      if (!out.write(`${JSON.stringify({ ...listing, id: `x${i}` })}\n`))
        await new Promise<void>((r) => out.once('drain', () => r()));
    }
    await new Promise<void>((resolve) => out.end(resolve));
    const started = performance.now();
    const stderr = await runScanCli([
      '--brands',
      brandsPath,
      '--rules',
      rulesPath,
      '--listings',
      listingsPath,
    ]);
    const seconds = (performance.now() - started) / 1000;
    const reported = /(\d+) listings\/s/.exec(stderr)?.[1];
    return [
      {
        name: `ipp scan end-to-end (${lines.toLocaleString('en-US')} lines, incl. startup)`,
        value: Math.round(lines / seconds),
        unit: 'listings/s',
      },
      {
        name: 'ipp scan streaming rate (its own summary)',
        value: reported ? Number(reported) : 'n/a',
        unit: 'listings/s',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runDetectionBench({ quick: process.argv.includes('--quick') });
  for (const r of results) {
    const value = typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value;
    const verdict = r.pass === undefined ? '' : r.pass ? '  PASS' : '  FAIL';
    process.stdout.write(
      `${r.name.padEnd(58)} ${String(value).padStart(12)} ${r.unit}${r.target ? ` (target ${r.target})` : ''}${verdict}\n`,
    );
  }
}

/** Runs `ipp scan` (scan-cli.ts) with `args` in a child process, verdicts to /dev/null; its stderr. */
export function runScanCli(args: string[]): Promise<string> {
  const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'detection', 'scan-cli.ts');
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'],
    });
    let text = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(text) : reject(new Error(`scan exited ${code}: ${text}`)),
    );
  });
}

/** NDJSON bytes of `lines` (one per line, each ended by a newline) and each line's start, then the end. */
export function ndjsonLines(lines: readonly string[]): { bytes: Buffer; starts: number[] } {
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += Buffer.byteLength(line) + 1;
  }
  starts.push(at);
  return { bytes: Buffer.from(`${lines.join('\n')}\n`), starts };
}
