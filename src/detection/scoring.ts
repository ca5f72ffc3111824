/**
 * Scores combine signal weights with a noisy-OR (1 - Π(1 - w)): independent pieces of evidence
 * reinforce each other without any single weak one dominating. Indicators without a text signal
 * are capped by policy so that price, quantity, colour and origin can ask for review but never
 * remove a listing on their own.
 */
import type { DetectionAction, DetectionPolicy, Signal, SignalKind } from './types.ts';

const TEXT_SIGNALS: ReadonlySet<SignalKind> = new Set([
  'marker',
  'coded',
  'piracy',
  'prerelease_disc',
  'brand_obfuscated',
]);

export function scoreSignals(signals: readonly Signal[], policy: DetectionPolicy): number {
  let keep = 1;
  let hasText = false;
  for (const signal of signals) {
    keep *= 1 - Math.min(Math.max(signal.weight, 0), 1);
    if (TEXT_SIGNALS.has(signal.kind)) hasText = true;
  }
  let score = 1 - keep;
  if (!hasText) score = Math.min(score, policy.indicatorOnlyScoreCap);
  return Math.round(score * 1000) / 1000;
}

export function decideAction(score: number, policy: DetectionPolicy): DetectionAction {
  for (const threshold of policy.thresholds) if (score >= threshold.minScore) return threshold.action;
  return 'allow';
}
