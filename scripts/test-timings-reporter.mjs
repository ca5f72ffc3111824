/**
 * A node:test reporter that adds up, per test file, the durations of its top-level tests (they run
 * one after another within a file) and writes one line per file, slowest first. scripts/run-tests.ts
 * uses it beside the spec reporter to say where the suite's time goes. Plain JavaScript: the test
 * runner loads reporters before `--import tsx` takes effect.
 */
export default async function* timings(source) {
  const perFile = new Map();
  for await (const event of source) {
    if (
      (event.type === 'test:pass' || event.type === 'test:fail') &&
      event.data.nesting === 0 &&
      event.data.file
    ) {
      const ms = event.data.details?.duration_ms ?? 0;
      perFile.set(event.data.file, (perFile.get(event.data.file) ?? 0) + ms);
    }
  }
  const rows = [...perFile].sort((a, b) => b[1] - a[1]);
  for (const [file, ms] of rows) yield `${(ms / 1000).toFixed(1)}\t${file}\n`;
}
