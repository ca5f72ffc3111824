/**
 * `npm run eval`: scans the labelled corpus and prints precision and recall overall, per signal
 * kind and per generated case. Exits 1 when precision < 0.97 or recall < 0.93.
 * Regenerate the corpus with `npx tsx eval/generate.ts` (deterministic).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Detector } from '../src/detection/index.ts';
import { validateBrandKnowledge } from '../src/detection/validate.ts';
import type { LabelledListing } from './generate.ts';
import { EVAL_NOW } from './world.ts';

const PRECISION_TARGET = 0.97;
const RECALL_TARGET = 0.93;

export interface EvalReport {
  precision: number;
  recall: number;
  total: number;
  lines: string[];
}

export function evaluate(corpusText: string, brandsJson: unknown): EvalReport {
  const { knowledge, errors } = validateBrandKnowledge(brandsJson);
  if (errors.length > 0) throw new Error(`eval brands invalid: ${errors.map((e) => e.message).join('; ')}`);
  const detector = new Detector(knowledge, undefined, undefined, { now: new Date(EVAL_NOW) });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const bySignal = new Map<string, { fired: number; onPositives: number }>();
  const byCase = new Map<string, { total: number; flagged: number; positive: boolean }>();
  const mistakes: string[] = [];
  const corpus = corpusText.split('\n').filter((l) => l.trim() !== '');
  for (const line of corpus) {
    const { label, case: kase, ...listing } = JSON.parse(line) as LabelledListing;
    const verdict = detector.scan(listing);
    const positive = label === 'counterfeit';
    if (verdict.flagged && positive) tp++;
    else if (verdict.flagged) fp++;
    else if (positive) fn++;
    else tn++;
    if (verdict.flagged !== positive && mistakes.length < 400) {
      mistakes.push(
        `${positive ? 'FN' : 'FP'} ${kase} ${JSON.stringify(listing.title)} score=${verdict.score} ${verdict.signals.map((s) => s.kind).join(',')}`,
      );
    }
    for (const kind of new Set(verdict.signals.map((s) => s.kind))) {
      const entry = bySignal.get(kind) ?? { fired: 0, onPositives: 0 };
      entry.fired++;
      if (positive) entry.onPositives++;
      bySignal.set(kind, entry);
    }
    const entry = byCase.get(kase) ?? { total: 0, flagged: 0, positive };
    entry.total++;
    if (verdict.flagged) entry.flagged++;
    byCase.set(kase, entry);
  }
  const positives = tp + fn;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = positives === 0 ? 1 : tp / positives;
  const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
  const lines: string[] = [];
  lines.push(`corpus: ${corpus.length} listings, ${positives} counterfeit, ${tn + fp} legit`);
  lines.push(
    `overall: precision ${pct(precision)} (target >= ${pct(PRECISION_TARGET)}), recall ${pct(recall)} (target >= ${pct(RECALL_TARGET)})  tp=${tp} fp=${fp} fn=${fn} tn=${tn}`,
  );
  lines.push('');
  lines.push(
    'per signal kind (precision = share of listings with the signal that are counterfeit; recall = share of counterfeits carrying it):',
  );
  for (const [kind, e] of [...bySignal].sort((a, b) => b[1].fired - a[1].fired)) {
    lines.push(
      `  ${kind.padEnd(28)} fired ${String(e.fired).padStart(5)}  precision ${pct(e.onPositives / e.fired).padStart(7)}  recall ${pct(e.onPositives / Math.max(positives, 1)).padStart(7)}`,
    );
  }
  lines.push('');
  lines.push('per case (flagged share: want 100% for pos.*, 0% for neg.*):');
  for (const [kase, e] of [...byCase].sort((a, b) => a[0].localeCompare(b[0]))) {
    lines.push(
      `  ${kase.padEnd(30)} n=${String(e.total).padStart(4)}  flagged ${pct(e.flagged / e.total).padStart(7)}`,
    );
  }
  if (process.env.EVAL_VERBOSE) lines.push('', ...mistakes);
  return { precision, recall, total: corpus.length, lines };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const here = dirname(fileURLToPath(import.meta.url));
  const report = evaluate(
    readFileSync(join(here, 'corpus.ndjson'), 'utf8'),
    JSON.parse(readFileSync(join(here, 'brands.json'), 'utf8')),
  );
  process.stdout.write(`${report.lines.join('\n')}\n`);
  const pass = report.precision >= PRECISION_TARGET && report.recall >= RECALL_TARGET;
  process.stdout.write(pass ? 'PASS\n' : 'FAIL: below target\n');
  process.exitCode = pass ? 0 : 1;
}
