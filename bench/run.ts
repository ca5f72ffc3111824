import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';
import { type BenchRow, runNoticeBench } from './notices.bench.ts';

/**
 * `npm run bench`: every performance target of the project, measured in one run, printed as a
 * table and written to bench/RESULTS.md with the machine it ran on.
 * Flags: --quick (smaller runs), --only=notices|detection, --no-write.
 */
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const postgresUrl =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';

const sections: { title: string; rows: BenchRow[] }[] = [];
const cpuAtStart = readCpuTicks();

if (!only || only === 'notices') {
  sections.push({
    title: 'Notice intake and review over HTTP (PGlite)',
    rows: await runNoticeBench('pglite', { quick }),
  });
  if (await postgresReachable(postgresUrl)) {
    sections.push({
      title: 'Notice intake and review over HTTP (PostgreSQL)',
      rows: await runNoticeBench('postgres', { quick, postgresUrl }),
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
  let load = '';
  try {
    load = execSync('cat /proc/loadavg').toString().split(' ').slice(0, 3).join(' ');
  } catch {}
  return `Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z${load ? `, load average at start ${load}` : ''}.`;
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
