import { addMonthsUtc } from '../clocks/index.ts';
import type { AppealDecisionKind, OutcomeKind } from '../db/schema.ts';
import { AppError } from '../errors/app-error.ts';

/** The decision an appeal contests: what it was, when and by whom it was taken. */
export interface AppealableDecision {
  kind: AppealDecisionKind;
  at: Date;
  by: string | null;
}

/**
 * The latest decision on an item, pure: an outcome after the first decision (a reinstatement, an
 * upheld takedown, a reversal on appeal) supersedes it. Withdrawals are the notifier's own act
 * and pending items have no decision yet.
 */
export function appealableDecision(
  item: { state: string; decided_at: Date | null; decided_by: string | null },
  latest: { kind: OutcomeKind; created_at: Date; decided_by: string | null } | null,
): AppealableDecision | null {
  if (latest && latest.kind !== 'withdrawn') {
    if (latest.kind === 'reinstated' && item.state === 'reinstated')
      return { kind: 'reinstatement', at: latest.created_at, by: latest.decided_by };
    if (latest.kind === 'upheld' && item.state === 'removed')
      return { kind: 'counter_notice_upheld', at: latest.created_at, by: latest.decided_by };
    if (latest.kind === 'appeal_reversed' && item.state === 'removed')
      return { kind: 'removal', at: latest.created_at, by: latest.decided_by };
    if (latest.kind === 'appeal_reversed' && item.state === 'reinstated')
      return { kind: 'reinstatement', at: latest.created_at, by: latest.decided_by };
    // An upheld appeal confirms the decision it was about; that decision stays the one to contest
    // and the one-appeal-per-decision rule refuses a second complaint about it.
  }
  if (!item.decided_at) return null;
  if (item.state === 'removed') return { kind: 'removal', at: item.decided_at, by: item.decided_by };
  if (item.state === 'rejected') return { kind: 'rejection', at: item.decided_at, by: item.decided_by };
  return null;
}

/** An appeal must contest a decision, within the months the policy allows (DSA Art 20: at least six). */
export function appealRefusal(
  decision: AppealableDecision | null,
  itemState: string,
  now: Date,
  months: number,
): AppError | null {
  if (!decision)
    return AppError.conflict(`The item is ${itemState}; there is no decision to appeal`, {
      rule: 'appeal-needs-decision',
      state: itemState,
    });
  const deadline = addMonthsUtc(decision.at, months);
  if (now.getTime() > deadline.getTime()) {
    return new AppError(
      'UNPROCESSABLE',
      `Appeals against this decision closed at ${deadline.toISOString()} (${months} months after it)`,
      { extra: { rule: 'appeal-window', deadline: deadline.toISOString() } },
    );
  }
  return null;
}

/** A reviewer never hears an appeal against their own decision (DSA Art 20(6)). */
export function mayDecideAppeal(reviewerUserId: string | null, decisionBy: string | null): boolean {
  return reviewerUserId !== null && reviewerUserId !== decisionBy;
}
