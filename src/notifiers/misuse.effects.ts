import {
  type AppealedDecision,
  type AppealResultBase,
  appealedContext,
  registerAppealEffect,
} from '../appeals/index.ts';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { DEADLINE_ACTOR, moot, registerDeadlineKind } from '../deadlines/index.ts';
import {
  DECISION_MADE,
  type DecisionKind,
  type DecisionMadeData,
  recordDecision,
} from '../decisions/index.ts';
import { type DomainEvent, registerSubscriber } from '../events/index.ts';
import { newId } from '../shared/ids.ts';
import { detectAfterDecision, detectAfterFiling } from './misuse.detect.ts';
import * as repo from './misuse.repository.ts';
import { liftNotifierSanction, NOTIFIER_SUSPENSION_END } from './misuse.sanctions.ts';

/** What misuse detection follows: the decisions on notice items (rejections above all). */
const FOLLOWED: ReadonlySet<DecisionKind> = new Set(['notice_rejection', 'notice_removal']);

/**
 * Detection follows outcomes as they land, not a nightly batch: each decision on a notice item is
 * looked at in the transaction that advances this subscriber's cursor, so it is counted once.
 */
registerSubscriber({
  name: 'notifier-misuse',
  accepts: (event: DomainEvent) =>
    event.type === 'notice.filed' ||
    (event.type === DECISION_MADE.type &&
      FOLLOWED.has((event.data as DecisionMadeData).kind) &&
      (event.data as DecisionMadeData).itemId !== null),
  async handle(trx, events) {
    const audit: AuditEntry[] = [];
    for (const event of events) {
      if (event.type === 'notice.filed') {
        audit.push(...(await detectAfterFiling(trx, event.subjectId, new Date())));
        continue;
      }
      const data = event.data as DecisionMadeData;
      audit.push(...(await detectAfterDecision(trx, { itemId: data.itemId!, kind: data.kind }, new Date())));
    }
    if (audit.length > 0) await appendAudit(trx, audit);
  },
});

/** A suspension ends on its own when its time is served. */
registerDeadlineKind({
  kind: NOTIFIER_SUSPENSION_END,
  action: 'the suspension of notice processing ends',
  async fire(trx, deadline, now) {
    const sanction = deadline.subjectId ? await repo.findSanction(trx, deadline.subjectId) : undefined;
    if (!sanction || sanction.lifted_at) return moot('the suspension was already lifted');
    await repo.lockNotifier(trx, sanction.org_id);
    const org = await repo.orgName(trx, sanction.org_id);
    if (!org) return moot('the notifier is gone');
    const audit = await liftNotifierSanction(trx, org, sanction, {
      cause: 'suspension_served',
      reasonText: `The suspension of notice processing that began on ${sanction.starts_at.toISOString().slice(0, 10)} ended on ${sanction.ends_at?.toISOString().slice(0, 10)}; notices are processed again.`,
      actor: { kind: 'system', userId: null, label: DEADLINE_ACTOR },
      now,
    });
    return { result: 'suspension served', audit };
  },
});

function appealParts(decision: AppealedDecision, input: AppealResultBase) {
  return {
    ...appealedContext(decision),
    // The notifier is the party: it reads the appeal's result like the sanction.
    notifierOrgId: decision.notifier_org_id,
    previousDecisionId: decision.id,
    reasonText: input.reasonText,
    decidedBy: { kind: 'reviewer' as const, userId: input.decidedByUserId, label: input.actorLabel },
    now: input.now,
  };
}

async function sanctionOf(trx: Database, decision: AppealedDecision) {
  const sanction = await repo.sanctionOfDecision(trx, decision.id);
  if (!sanction) return null;
  await repo.lockNotifier(trx, sanction.org_id);
  const org = await repo.orgName(trx, sanction.org_id);
  return org ? { sanction, org } : null;
}

/** A sanction appealed by the notifier: upheld, it stands; reversed, it is lifted at once. */
registerAppealEffect('notifier_sanction', {
  async uphold(trx, decision, input) {
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id: newId(),
      kind: 'appeal_upheld',
      account: { restriction: 'no_change', description: 'The sanction stands.' },
    });
    return recorded.audit;
  },
  async reverse(trx, decision, input) {
    const found = await sanctionOf(trx, decision);
    const id = newId();
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id,
      kind: 'appeal_reversed',
      account: {
        restriction: 'account_restored',
        description: `The sanction is reversed${found ? `: the ${found.sanction.level} of ${found.org.name} ends now and no longer counts towards the next step` : ''}.`,
      },
    });
    if (!found) return recorded.audit;
    return [
      ...recorded.audit,
      ...(await liftNotifierSanction(trx, found.org, found.sanction, {
        cause: 'appeal',
        reasonText: input.reasonText,
        actor: { kind: 'reviewer', userId: input.decidedByUserId, label: input.actorLabel },
        now: input.now,
        decisionId: id,
      })),
    ];
  },
});
