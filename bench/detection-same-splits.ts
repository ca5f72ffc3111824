/**
 * Verdicts of this tree's detector against another's (a commit unpacked with `git archive`, as for
 * detection-ab.ts) on every listing of every eval split, each split with its own brand knowledge and
 * date, as eval/run.ts builds them (each listing scanned twice, so the boilerplate memos have seen
 * its lines): prints how many verdicts differ (as JSON) per split, and the first few. Speed work
 * must leave every count at 0. Training splits only: a test split (eval/run.ts, roleOf) is blind,
 * and a differing verdict would show its listing.
 *   npx tsx bench/detection-same-splits.ts <other src/detection/index.ts>
 *   npx tsx bench/detection-same-splits.ts --full   (this tree, its memo against every line scanned)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { roleOf } from '../eval/run.ts';
import { Detector, validateBrandKnowledge } from '../src/detection/index.ts';

const [otherPath] = process.argv.slice(2);
if (!otherPath)
  throw new Error('usage: detection-same-splits.ts <other src/detection/index.ts> | --full');
// --full: this tree against itself scanning every line (skipBoilerplate: false), which tells how
// far the boilerplate memo's verdicts are from those of the whole text
const full = otherPath === '--full';
const other = full
  ? { Detector }
  : ((await import(pathToFileURL(otherPath).href)) as { Detector: typeof Detector });
const root = join(import.meta.dirname, '..', 'eval', 'splits');
/** The date each split is scored at (eval/run.ts); one date for all is enough to compare trees. */
const now = new Date('2026-12-10');
let total = 0;
for (const name of readdirSync(root).sort()) {
  if (roleOf(name) !== 'train') continue;
  const folder = join(root, name);
  const { knowledge } = validateBrandKnowledge(JSON.parse(readFileSync(join(folder, 'brands.json'), 'utf8')));
  const theirs = new other.Detector(knowledge, undefined, undefined, {
    now,
    ...(full ? { skipBoilerplate: false } : {}),
  }) as Detector;
  const ours = new Detector(knowledge, undefined, undefined, { now });
  const listings = readFileSync(join(folder, 'listings.ndjson'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { label: _l, kind: _k, case: _c, lang: _g, ...listing } = JSON.parse(line);
      return listing;
    });
  let differences = 0;
  for (let round = 0; round < 2; round++)
    for (const listing of listings) {
      const a = JSON.stringify(theirs.scan(listing));
      const b = JSON.stringify(ours.scan(listing));
      if (a !== b && differences++ < 2)
        process.stdout.write(`${name} ${listing.id}\nother ${a}\nthis  ${b}\n`);
    }
  total += differences;
  process.stdout.write(`${name}: ${listings.length * 2} verdicts, ${differences} different\n`);
}
process.stdout.write(`all splits: ${total} different\n`);
