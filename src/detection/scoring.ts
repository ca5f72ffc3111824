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
  'oem_leak',
  'prerelease_disc',
  'brand_obfuscated',
  'brand_nickname',
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
  if (policy.calibration && policy.calibration.length > 0) score = calibrate(score, policy.calibration);
  return Math.round(score * 1000) / 1000;
}

/** Piecewise-linear monotone map through the policy's [raw, calibrated] points. */
export function calibrate(raw: number, points: ReadonlyArray<readonly [number, number]>): number {
  const first = points[0]!;
  if (raw <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (raw <= x1) {
      const [x0, y0] = points[i - 1]!;
      return x1 === x0 ? y1 : y0 + ((raw - x0) * (y1 - y0)) / (x1 - x0);
    }
  }
  return points[points.length - 1]![1];
}

export function decideAction(score: number, policy: DetectionPolicy): DetectionAction {
  for (const threshold of policy.thresholds) if (score >= threshold.minScore) return threshold.action;
  return 'allow';
}
