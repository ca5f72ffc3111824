import type { DecisionKind } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';

/**
 * Appeals (DSA Art 20) contest a decision, whatever its subject. Pure rules: which decision of a
 * subject is still the one in force, whether it can still be contested, and who may hear it.
 */

export interface DecisionOnRecord {
  id: string;
  kind: DecisionKind;
  createdAt: Date;
  appealableUntil: Date | null;
  decidedByUser: string | null;
}

/**
 * The decision in force on a subject: the latest one, except that a rejected appeal only confirms
 * the decision it was about (which stays the one to contest, and the one-appeal-per-decision rule
 * then refuses a second complaint).
 */
export function decisionInForce(decisions: readonly DecisionOnRecord[]): DecisionOnRecord | null {
  const ordered = [...decisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const effective = ordered.filter((d) => d.kind !== 'appeal_upheld');
  return effective[effective.length - 1] ?? null;
}

/** Why an appeal against `decision` cannot be filed now, or null when it can. */
export function appealRefusal(
  decision: DecisionOnRecord,
  inForce: DecisionOnRecord | null,
  now: Date,
): AppError | null {
  if (inForce && inForce.id !== decision.id)
    return AppError.conflict(
      `Decision ${decision.id} was followed by decision ${inForce.id} (${inForce.kind.replaceAll('_', ' ')}); appeal that one`,
      { rule: 'appeal-decision-in-force', decisionInForce: inForce.id },
    );
  if (!decision.appealableUntil)
    return AppError.conflict(`A ${decision.kind.replaceAll('_', ' ')} decision cannot be appealed`, {
      rule: 'appeal-needs-decision',
    });
  if (now.getTime() > decision.appealableUntil.getTime())
    return new AppError(
      'UNPROCESSABLE',
      `Appeals against this decision closed at ${decision.appealableUntil.toISOString()}`,
      { extra: { rule: 'appeal-window', deadline: decision.appealableUntil.toISOString() } },
    );
  return null;
}

/** A reviewer never hears an appeal against their own decision (DSA Art 20(6)). */
export function mayDecideAppeal(reviewerUserId: string | null, decisionBy: string | null): boolean {
  return reviewerUserId !== null && reviewerUserId !== decisionBy;
}
