/**
 * CPU time to build a `Detector` (compiling the default rules with a small brand knowledge), each
 * with knowledge of its own so that no compiled form is shared, after the first in the process;
 * with another tree (a commit unpacked with `git archive`), the two alternate, for an A/B.
 *   npx tsx bench/detector-construction.ts [other src/detection/index.ts] [count]
 */
import { pathToFileURL } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import type { BrandKnowledge } from '../src/detection/types.ts';

const [otherPath, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 8);
const builders: Array<[string, typeof Detector]> = [['this', Detector]];
if (otherPath) {
  const other = (await import(pathToFileURL(otherPath).href)) as { Detector: typeof Detector };
  builders.push(['other', other.Detector]);
}
const cpu: Record<string, number[]> = {};
for (let i = 0; i <= count; i++) {
  for (const [name, Build] of i % 2 === 0 ? builders : [...builders].reverse()) {
    const knowledge: BrandKnowledge = {
      version: `construction-${name}-${i}`,
      brands: [{ id: 'korvana', name: `Korvana ${i}`, categories: ['handbags'] }],
    };
    const start = process.cpuUsage();
    new Build(knowledge, undefined, undefined, { now: new Date('2026-12-01') });
    const used = process.cpuUsage(start);
    // the first of each tree loads and compiles everything once: not counted
    if (i === 0) continue;
    cpu[name] = [...(cpu[name] ?? []), (used.user + used.system) / 1000];
  }
}
for (const [name, ms] of Object.entries(cpu)) {
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(
    `${name.padEnd(5)} median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} CPU-ms a construction (${ms.map((m) => m.toFixed(0)).join(' ')})`,
  );
}
