/**
 * Verdicts of this tree's detector against another's (e.g. a commit unpacked with `git archive`,
 * as for detection-ab.ts) on the realistic listings of detection-realistic.ts, scanned twice so the
 * boilerplate memo of both has remembered every line: prints how many verdicts differ (as JSON)
 * and the first few. Speed work must leave this at 0.
 *   npx tsx bench/detection-same.ts <other src/detection/index.ts> [listings]
 */
import { pathToFileURL } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import { synthesize } from './detection.bench.ts';
import { realisticData } from './detection-realistic.ts';

const [otherPath, countArg] = process.argv.slice(2);
if (!otherPath) throw new Error('usage: detection-same.ts <other src/detection/index.ts> [listings]');
const other = (await import(pathToFileURL(otherPath).href)) as { Detector: typeof Detector };
const data = realisticData(Number(countArg ?? 60_000), 11, true);
const { knowledge, rules } = synthesize(1, 7);
const now = new Date('2026-06-01');
const theirs = new other.Detector(knowledge, rules, undefined, { now }) as Detector;
const ours = new Detector(knowledge, rules, undefined, { now });
let differences = 0;
for (let round = 0; round < 2; round++)
  for (const listing of data.listings) {
    const a = JSON.stringify(theirs.scan(listing));
    const b = JSON.stringify(ours.scan(listing));
    if (a !== b && differences++ < 3) process.stdout.write(`${listing.id}\nother ${a}\nthis  ${b}\n`);
  }
process.stdout.write(`${data.listings.length * 2} verdicts, ${differences} different\n`);
