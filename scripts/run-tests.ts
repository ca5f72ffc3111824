import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { compiledPath, compileTests, sourcePath } from './compile-tests.ts';

/**
 * Finds every `*.test.ts` under src/ and test/ and runs them with node's test runner
 * (Node 20's runner does not expand globs itself). Extra arguments filter by path substring.
 */
const root = process.cwd();
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files: string[] = [];
function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(relative(root, path));
  }
}
for (const dir of ['src', 'test']) walk(join(root, dir));
// The runner starts files in the order given, `concurrency` at a time. The long files (browser
// journeys, the CLI's real processes) go first so that short files fill the gaps beside them,
// instead of two long ones running alone at the end while a core idles.
const weight = (f: string) => (f.startsWith('test/browser/') ? 0 : f === 'test/cli.test.ts' ? 1 : 2);
const selected = files
  .sort()
  .filter((f) => filters.length === 0 || filters.some((flt) => f.includes(flt)))
  .sort((a, b) => weight(a) - weight(b));
if (selected.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
// The test processes load JavaScript compiled once here (scripts/compile-tests.ts), not TypeScript
// through tsx's loader: half the CPU of each test process's start. IPP_TEST_TSX=1 runs the sources
// through tsx as before. The `ipp` binary the CLI tests start still runs as installed, through tsx.
const viaTsx = process.env.IPP_TEST_TSX === '1';
const compiledDir = viaTsx ? undefined : mkdtempSync(join(tmpdir(), 'ipp-test-js-'));
if (compiledDir) {
  const started = Date.now();
  await compileTests(root, compiledDir);
  console.log(`[compile] test sources compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // Test processes, and the servers and scripts they start (test/support/cli.ts nodeArgsFor), run it.
  process.env.IPP_TEST_COMPILED_DIR = compiledDir;
}
// Browser test files start together (above): the portal is built once here (by the server started
// below), not by two of them at once into the same folder; and the demo is loaded once, by that
// server, which then stops: each browser file's server starts from a copy of its data folder
// (test/browser/support.ts).
let demoData: string | undefined;
if (selected.some((f) => f.startsWith('test/browser/'))) {
  const { startPortalServer } = await import('../test/browser/support.ts');
  demoData = mkdtempSync(join(tmpdir(), 'ipp-demo-data-'));
  const started = Date.now();
  const server = await startPortalServer({}, { dataDir: demoData });
  await server.stop();
  console.log(`[demo] loaded once for the browser tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
// The detection capability files (one small file per round and helper, each a few scenarios on
// brands of its own) run in one process: apart, each paid a process start, the loading of the
// detector's modules and its first compile (~1.5 CPU-s of ~1.7); together they share the modules
// and the compiled rule patterns (src/detection/matcher.ts). A failure still names its test.
const CAPABILITY = /^src\/detection\/capabilities-[^/]+\.test\.ts$/;
let testFiles = compiledDir ? selected.map((f) => compiledPath(compiledDir, f)) : selected;
const capabilityFiles = selected.filter((f) => CAPABILITY.test(f));
if (compiledDir && capabilityFiles.length > 1) {
  const together = compiledPath(compiledDir, 'src/detection/capabilities.together.test.ts');
  writeFileSync(
    together,
    capabilityFiles.map((f) => `import ${JSON.stringify(`./${basename(compiledPath('', f))}`)};\n`).join(''),
  );
  const apart = new Set(capabilityFiles.map((f) => compiledPath(compiledDir, f)));
  testFiles = [...testFiles.filter((f) => !apart.has(f)), together];
}
// One file more than cores: a test file waits much of its time (on PostgreSQL, on chromium, on
// child processes, on clocks that must run out), and a third file fills those waits. On two
// cores shared with other work, 15 API test files took 337 s at three against 445 s at two, and
// the browser files pass at three under a load of 11-17 (2026-12-07). Not shown on a quiet
// machine: the whole suite took 1,203 s at three there, against 1,135 s at two the day before
// with 66 fewer tests; the browser files run longer side by side.
const concurrency = process.env.TEST_CONCURRENCY ?? String(availableParallelism() + 1);
// A second reporter writes per-file durations, from which the slowest files are listed at the end: the
// suite must stay under 15 minutes on two cores, and this says where the time goes.
const timingsDir = mkdtempSync(join(tmpdir(), 'ipp-test-timings-'));
const timingsFile = join(timingsDir, 'timings.tsv');
const result = spawnSync(
  process.execPath,
  [
    ...(compiledDir ? ['--enable-source-maps'] : ['--import', 'tsx']),
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/test-timings-reporter.mjs')}`,
    `--test-reporter-destination=${timingsFile}`,
    ...testFiles,
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', ...(demoData ? { IPP_TEST_DEMO_DATA: demoData } : {}) },
  },
);
if (demoData) rmSync(demoData, { recursive: true, force: true });
if (compiledDir) rmSync(compiledDir, { recursive: true, force: true });
printSlowestFiles(timingsFile);
rmSync(timingsDir, { recursive: true, force: true });
process.exit(result.status ?? 1);

/** Prints the twelve slowest test files (the sum of each file's top-level test durations). */
function printSlowestFiles(path: string) {
  let rows: string[];
  try {
    rows = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  } catch {
    return;
  }
  if (rows.length === 0) return;
  console.log('\n[timings] slowest test files (several run side by side):');
  for (const row of rows.slice(0, 12)) {
    const [seconds = '', file = ''] = row.split('\t');
    const source = compiledDir ? sourcePath(root, compiledDir, file) : file;
    console.log(`  ${seconds.padStart(7)} s  ${relative(root, source)}`);
  }
}
