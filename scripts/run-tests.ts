import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
const selected = files.sort().filter((f) => filters.length === 0 || filters.some((flt) => f.includes(flt)));
if (selected.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...selected],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);
