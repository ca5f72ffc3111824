/**
 * CPU profile of `Detector.scan` on the realistic listings (node:inspector), self time per
 * function, top 30: a stream of new listings after a warm-up, as detection-realistic.ts measures.
 *   npx tsx bench/detection-profile.ts [listings]
 */
import { Session } from 'node:inspector/promises';
import { realisticData } from './detection-realistic.ts';

const count = Number(process.argv[2] ?? 60_000);
const data = realisticData(count, 11, true);
for (let i = 0; i < 5_000; i++) data.detector.scan(data.listings[i]!);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let i = 5_000; i < count; i++) data.detector.scan(data.listings[i]!);
const { profile } = await session.post('Profiler.stop');
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
let total = 0;
// samples in node:inspector's own `dispatch` (no script; a fifth to a quarter of them, an artefact
// of profiling from inside the process) are left out: percentages are of the scan's samples
(profile.samples ?? []).forEach((id, k) => {
  const node = byId.get(id)!;
  const f = node.callFrame;
  if (f.functionName === 'dispatch' && f.url === '') return;
  const name = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  self.set(name, (self.get(name) ?? 0) + (dt[k] ?? 0));
  total += dt[k] ?? 0;
});
for (const [name, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
  process.stdout.write(
    `${((100 * t) / total).toFixed(1).padStart(5)} %  ${(t / (count - 5_000)).toFixed(2).padStart(6)} µs  ${name}\n`,
  );
