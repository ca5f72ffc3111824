import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { type BenchRow, runNoticeBench } from './notices.bench.ts';

/**
 * `npm run bench`: every performance target of the project, measured in one run, printed as a
 * table and written to bench/RESULTS.md with the machine it ran on.
 * Flags: --quick (smaller runs), --runs N (repeat each timed notice measurement N times and report
 * min / median; default 3), --only=notices|detection|good-faith|traders|images|orders|reports, --no-write; for traders and images also
 * --driver=pglite|postgres (one database only), BENCH_TRADER_STORES and BENCH_IMAGE_REFERENCES (default 1,000,000).
 * `--only=traders` replaces only its own sections of bench/RESULTS.md. `--only=reports` (PostgreSQL only):
 * BENCH_REPORT_ITEMS (default 10,000,000 notice items) and BENCH_REPORT_STREAM_DAYS (default 31).
 */
// Read first: the load the machine had before the bench added its own.
const loadAtStart = loadAverages();
const argv = process.argv.slice(2);
let runs = 3;
const flags: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  if (arg === '--runs') runs = parseRuns(argv[++i]);
  else if (arg.startsWith('--runs=')) runs = parseRuns(arg.slice('--runs='.length));
  else flags.push(arg);
}
const args = new Set(flags);
const quick = args.has('--quick');
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const postgresUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

const sections: { title: string; rows: BenchRow[] }[] = [];
const TRADER_TITLES = {
  pglite: 'Linking stores by trader details (PGlite)',
  postgres: 'Linking stores by trader details (PostgreSQL)',
};

const cpuAtStart = readCpuTicks();

if (!only || only === 'notices') {
  sections.push({
    title: 'Notice intake and review over HTTP (PGlite)',
    rows: await runNoticeBench('pglite', { quick, runs }),
  });
  if (await postgresReachable(postgresUrl)) {
    sections.push({
      title: 'Notice intake and review over HTTP (PostgreSQL)',
      rows: await runNoticeBench('postgres', { quick, postgresUrl, runs }),
    });
  } else {
    sections.push({
      title: 'Notice intake and review over HTTP (PostgreSQL)',
      rows: [
        { name: `PostgreSQL at ${new URL(postgresUrl).host} not reachable`, value: 'not run', unit: '' },
      ],
    });
  }
}
if (!only || only === 'detection') {
  const detection = await import('./detection.bench.ts').catch(() => null);
  if (detection?.runDetectionBench)
    sections.push({ title: 'Proactive detection', rows: await detection.runDetectionBench({ quick }) });
  const realistic = await import('./detection-realistic.ts').catch(() => null);
  if (realistic?.runRealisticBench)
    sections.push({
      title: 'Proactive detection on realistic listings (title + description, EN/ZH)',
      rows: await realistic.runRealisticBench({ quick }),
    });
}

if (!only || only === 'good-faith') {
  const { runGoodFaithBench } = await import('./good-faith.bench.ts');
  sections.push({
    title: 'Provisional takedown: filing to the marketplace webhook queued (PGlite)',
    rows: await runGoodFaithBench({ quick }),
  });
}

if (!only || only === 'traders') {
  const { runTraderBench } = await import('./traders.bench.ts');
  const driverFlag = [...args].find((a) => a.startsWith('--driver='))?.slice('--driver='.length);
  const stores = process.env.BENCH_TRADER_STORES ? Number(process.env.BENCH_TRADER_STORES) : undefined;
  const opts = { quick, postgresUrl, ...(stores ? { stores } : {}) };
  if (!driverFlag || driverFlag === 'pglite')
    sections.push({ title: TRADER_TITLES.pglite, rows: await runTraderBench('pglite', opts) });
  if (!driverFlag || driverFlag === 'postgres')
    sections.push({
      title: TRADER_TITLES.postgres,
      rows: (await postgresReachable(postgresUrl))
        ? await runTraderBench('postgres', opts)
        : [{ name: `PostgreSQL at ${new URL(postgresUrl).host} not reachable`, value: 'not run', unit: '' }],
    });
}

if (!only || only === 'images') {
  const { runImageIndexBench, runHashingBench } = await import('./images.bench.ts');
  const driverFlag = [...args].find((a) => a.startsWith('--driver='))?.slice('--driver='.length);
  const references = process.env.BENCH_IMAGE_REFERENCES
    ? Number(process.env.BENCH_IMAGE_REFERENCES)
    : undefined;
  const opts = { quick, postgresUrl, ...(references ? { references } : {}) };
  sections.push({ title: 'Stolen photos: PDQ hashing throughput', rows: await runHashingBench({ quick }) });
  if (!driverFlag || driverFlag === 'pglite')
    sections.push({
      title: 'Stolen photos: reference index (PGlite)',
      rows: await runImageIndexBench('pglite', opts),
    });
  if (!driverFlag || driverFlag === 'postgres')
    sections.push({
      title: 'Stolen photos: reference index (PostgreSQL)',
      rows: (await postgresReachable(postgresUrl))
        ? await runImageIndexBench('postgres', opts)
        : [{ name: `PostgreSQL at ${new URL(postgresUrl).host} not reachable`, value: 'not run', unit: '' }],
    });
}
if (!only || only === 'orders') {
  const { runOrdersBench } = await import('./orders.bench.ts');
  sections.push({
    title: 'Order events with hold decisions over HTTP (PostgreSQL)',
    rows: (await postgresReachable(postgresUrl))
      ? await runOrdersBench({ quick, postgresUrl })
      : [{ name: `PostgreSQL at ${new URL(postgresUrl).host} not reachable`, value: 'not run', unit: '' }],
  });
}

if (!only || only === 'reports') {
  // PostgreSQL only: generating 10 million items in PGlite (one WASM thread) takes hours.
  const { runReportsBench } = await import('./reports.bench.ts');
  const items = process.env.BENCH_REPORT_ITEMS ? Number(process.env.BENCH_REPORT_ITEMS) : undefined;
  const streamDays = process.env.BENCH_REPORT_STREAM_DAYS
    ? Number(process.env.BENCH_REPORT_STREAM_DAYS)
    : undefined;
  sections.push({
    title: 'Reports and DSA exports over generated data (PostgreSQL)',
    rows: (await postgresReachable(postgresUrl))
      ? await runReportsBench({
          quick,
          postgresUrl,
          ...(items ? { items } : {}),
          ...(streamDays ? { streamDays } : {}),
        })
      : [{ name: `PostgreSQL at ${new URL(postgresUrl).host} not reachable`, value: 'not run', unit: '' }],
  });
}

const machine = `${describeMachine()} ${describeSteal(cpuAtStart, readCpuTicks())}`;
const table = renderMarkdown(sections);
console.log(`\n${machine}\n\n${table}`);
if (!args.has('--no-write') && !quick && !only) {
  // The analysis is written by hand (bench/ANALYSIS.md) and kept below every fresh table.
  const analysis = readFileSync(new URL('./ANALYSIS.md', import.meta.url), 'utf8');
  writeFileSync(
    new URL('./RESULTS.md', import.meta.url),
    `# Benchmark results\n\nProduced by \`npm run bench\` (bench/run.ts); re-run it to refresh this file.\n\n${machine}\n\n${table}\n\n${analysis}`,
  );
  console.log('written to bench/RESULTS.md');
} else if (!args.has('--no-write') && !quick && only === 'traders') {
  // Only the trader sections are replaced (or added before the analysis), each with its machine line.
  const path = new URL('./RESULTS.md', import.meta.url);
  let text = readFileSync(path, 'utf8');
  for (const section of sections) {
    const block = `${renderMarkdown([section])}\n\n${machine}`;
    const start = text.indexOf(`### ${section.title}`);
    if (start >= 0) {
      const next = text.slice(start + 4).search(/\n#{2,3} /);
      text = text.slice(0, start) + block + (next >= 0 ? text.slice(start + 4 + next) : '\n');
    } else {
      const at = text.indexOf('\n## ');
      text = at >= 0 ? `${text.slice(0, at)}\n\n${block}\n${text.slice(at)}` : `${text}\n\n${block}\n`;
    }
  }
  writeFileSync(path, text);
  console.log('trader sections written to bench/RESULTS.md');
}

function renderMarkdown(list: typeof sections): string {
  return list
    .map(({ title, rows }) => {
      const lines = rows.map(
        (r) =>
          `| ${r.name} | ${r.value} ${r.unit} | ${r.target ?? ''} | ${r.pass === undefined ? '' : r.pass ? 'yes' : '**no**'} |`,
      );
      return `### ${title}\n\n| measure | result | target | met |\n|---|---|---|---|\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

function describeMachine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const atEnd = loadAverages();
  const load = loadAtStart
    ? `, load average (1, 5, 15 min) at start ${loadAtStart}${atEnd ? `, at end ${atEnd}` : ''}`
    : '';
  return `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z${load}.`;
}

/** "1-min 5-min 15-min" from /proc/loadavg, or null off Linux. */
function loadAverages(): string | null {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return null;
  }
}

/** The aggregate `cpu` line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal. */
function readCpuTicks(): number[] | null {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  } catch {
    return null;
  }
}

/** Time the hypervisor gave to other guests while we ran: results scale down with it. */
function describeSteal(start: number[] | null, end: number[] | null): string {
  if (!start || !end) return '';
  const delta = end.map((v, i) => v - (start[i] ?? 0));
  const total = delta.reduce((a, b) => a + b, 0);
  return total > 0
    ? `CPU time stolen by the hypervisor during the run: ${((100 * (delta[7] ?? 0)) / total).toFixed(0)} %.`
    : '';
}

async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

function parseRuns(text: string | undefined): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--runs needs a whole number >= 1, got ${text}`);
    process.exit(2);
  }
  return n;
}
