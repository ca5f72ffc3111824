import { Type } from 'typebox';
import {
  type AppealedDecision,
  type AppealResultBase,
  appealedContext,
  registerAppealEffect,
} from '../appeals/index.ts';
import { type AuditEntry, appendAudit } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { moot, registerDeadlineKind, scheduleDeadline } from '../deadlines/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { literals, Uuid } from '../http/schemas.ts';
import { defineNotification, notify } from '../notifications/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { onGoodFaithPublished } from './good-faith.policy.ts';
import type { GoodFaithPolicy } from './good-faith.rules.ts';
import { programmeRows, writeProgramme } from './programme.repository.ts';
import * as repo from './standing.repository.ts';
import {
  type Assessment,
  assess,
  type ProgrammeState,
  type Verdict,
  verdictFor,
  windowMonths,
} from './standing.ts';

/** The notifier is told of each change of its place in the programme, with the decision to read. */
export const STANDING_CHANGED = defineNotification({
  kind: 'notifier.standing_changed',
  description:
    'To the notifier: it was admitted to or removed from the Good Faith Program (or a trial in it), with the decision and its statement of reasons',
  body: Type.Object(
    {
      orgId: Uuid,
      change: literals(['admitted', 'trial', 'graduated', 'removed', 'trial_ended', 'readmitted']),
      decisionId: Uuid,
      statementPath: Type.String(),
    },
    { additionalProperties: false },
  ),
});

const ACTOR = 'good-faith program';
/** The end of a brand's trial inside an agent programme: graduate or leave, even without new figures. */
const TRIAL_END = 'good_faith_trial_end';

function addMonths(at: Date, months: number): Date {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function figuresText(a: Assessment): string {
  const r = a.rates;
  const pct = (x: number | null) => (x === null ? 'n/a' : `${Math.round(x * 1000) / 10}%`);
  return (
    `Figures over ${a.window[0]} to ${a.window[a.window.length - 1]}: ${a.totals.notices} notice(s), ${a.totals.items} item(s), ` +
    `${r.decided} decided (${a.totals.removed} removed, ${a.totals.nonconforming} rejected as non-conforming, ${a.totals.rejectedOther} rejected for other reasons), ` +
    `${a.totals.counterNoticesSucceeded} successful counter-notice(s), ${a.totals.appealReversals} appeal reversal(s), ${a.totals.provisionalReversals} provisional takedown(s) reversed, ${a.totals.withdrawals} withdrawal(s), ${a.totals.intakeRefused} notice(s) refused at intake; ` +
    `conforming share ${pct(r.conformingShare)}, counter-notice share ${pct(r.counterNoticeShare)}, takedown success ${pct(r.takedownSuccess)}.`
  );
}

function ruleText(p: GoodFaithPolicy, version: number): string {
  return (
    `Good Faith Program policy version ${version}: over ${p.windowMonths} month(s)${p.perReasonCode ? ', per reason code' : ''}, ` +
    `at least ${p.minMonthlyNotices} notice(s) each month, conforming share >= ${p.minConformingShare * 100}%, ` +
    `successful counter-notices <= ${p.maxCounterNoticeShare * 100}% of removals` +
    (p.minTakedownSuccess !== null ? `, takedown success >= ${p.minTakedownSuccess * 100}%` : '') +
    (p.automaticRemoval ? `; removal is automatic, rejoining after ${p.rejoinWaitMonths} month(s)` : '') +
    '.'
  );
}

/** Records the admission or removal decision, the programme row, the notification and audit. */
async function apply(
  trx: Database,
  orgId: string,
  verdict: Exclude<Verdict, { action: 'none' }>,
  context: {
    assessment: Assessment;
    policy: GoodFaithPolicy;
    version: number;
    vettedBy: string | null;
    now: Date;
  },
): Promise<AuditEntry[]> {
  const { assessment, policy, version, now } = context;
  const org = await repo.organisation(trx, orgId);
  const name = org?.name ?? orgId;
  const id = newId();
  const removal = verdict.action === 'remove' || verdict.action === 'end_trial';
  const change =
    verdict.action === 'admit'
      ? verdict.basis === 'trial'
        ? 'trial'
        : 'admitted'
      : verdict.action === 'graduate'
        ? 'graduated'
        : verdict.action === 'remove'
          ? 'removed'
          : 'trial_ended';
  const description = {
    admitted: `${name} is admitted to the Good Faith Program: the presumption of good faith applies to its notices.`,
    trial: `${name} joins the Good Faith Program on trial for ${policy.trialMonths} month(s), inside the programme of its agent; it keeps the standing if its own figures qualify by then.`,
    graduated: `${name} graduates from its trial to its own standing in the Good Faith Program.`,
    removed: `${name} is removed from the Good Faith Program${verdict.action === 'remove' && verdict.rejoinAfter ? `; it may rejoin from ${verdict.rejoinAfter.toISOString().slice(0, 10)} when its figures qualify` : ''}.`,
    trial_ended: `${name}'s trial in the Good Faith Program ends; it may be admitted when its own figures qualify.`,
  }[change];
  const reasonText = `${description} Why: ${verdict.why} ${figuresText(assessment)} Rule: ${ruleText(policy, version)}`;
  const recorded = await recordDecision(trx, {
    id,
    kind: removal ? 'notifier_removal' : 'notifier_admission',
    subject: { type: 'notifier', id: orgId },
    sellerOrgId: null,
    notifierOrgId: orgId,
    marketplace: null,
    listing: null,
    store: null,
    snapshot: null,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
    reasonCode: `good_faith_${change}`,
    reasonText,
    automated: { detection: false, decision: true },
    decidedBy: { kind: 'system', userId: null, label: ACTOR },
    policy: { key: 'good-faith', version },
    account: { restriction: removal ? 'account_restricted' : 'account_restored', description },
    now,
  });
  await writeProgramme(trx, {
    org_id: orgId,
    // An ended trial is kept as removed on the trial basis: one trial per brand, but no wait to
    // join on its own figures.
    status: removal ? 'removed' : 'member',
    basis:
      (verdict.action === 'admit' && verdict.basis === 'trial') || verdict.action === 'end_trial'
        ? 'trial'
        : 'own',
    via_agent_org_id: verdict.action === 'admit' && verdict.basis === 'trial' ? context.vettedBy : null,
    since: now,
    rejoin_after: verdict.action === 'remove' ? verdict.rejoinAfter : null,
    decision_id: id,
    policy_version: version,
    updated_at: now,
  });
  await notify(trx, {
    orgIds: [orgId],
    itemId: null,
    of: STANDING_CHANGED,
    body: { orgId, change, decisionId: id, statementPath: `/v1/statements/${id}` },
    now,
  });
  const scheduled =
    change === 'trial'
      ? [
          (
            await scheduleDeadline(trx, {
              target: { type: 'notifier', id: orgId },
              kind: TRIAL_END,
              subjectId: id,
              party: 'rights_holder',
              dueAt: addMonths(now, policy.trialMonths),
              now,
              actorLabel: ACTOR,
              data: { trialDecisionId: id },
            })
          ).audit,
        ]
      : [];
  return [
    ...recorded.audit,
    ...scheduled,
    {
      actor: ACTOR,
      action: `notifier.${change}`,
      entityType: 'notifier',
      entityId: orgId,
      data: {
        decisionId: id,
        policyVersion: version,
        checks: assessment.checks.map((c) => `${c.rule}:${c.met}`),
      },
    },
  ];
}

export interface EvaluateOptions {
  now: Date;
  /** Per organisation: a member agent that filed for it (a brand it vets: a trial candidate). */
  vettedBy?: ReadonlyMap<string, string>;
  policy?: { body: GoodFaithPolicy; version: number };
}

/**
 * Evaluates notifiers against the policy in force and applies what follows (admission, removal,
 * graduation, end of trial), each with its decision; inside the caller's transaction. Returns the
 * audit entries for the caller to append.
 */
export async function evaluateNotifiers(
  trx: Database,
  orgIds: readonly string[],
  options: EvaluateOptions,
): Promise<AuditEntry[]> {
  if (orgIds.length === 0) return [];
  const policy = options.policy ?? (await currentPolicy(trx, 'good-faith'));
  const from = windowMonths(options.now, policy.body.windowMonths)[0] ?? null;
  const figures = await repo.figuresOf(trx, orgIds, from);
  const programmes = new Map((await programmeRows(trx, orgIds)).map((r) => [r.org_id, r]));
  const audit: AuditEntry[] = [];
  for (const orgId of [...new Set(orgIds)].sort()) {
    const assessment = assess(
      figures.filter((f) => f.orgId === orgId),
      policy.body,
      options.now,
    );
    const row = programmes.get(orgId);
    const state: ProgrammeState | null = row
      ? { status: row.status, basis: row.basis, since: row.since, rejoinAfter: row.rejoin_after }
      : null;
    const vettedBy = options.vettedBy?.get(orgId) ?? null;
    const verdict = verdictFor(state, assessment, policy.body, options.now, vettedBy);
    if (verdict.action === 'none') continue;
    audit.push(
      ...(await apply(trx, orgId, verdict, {
        assessment,
        policy: policy.body,
        version: policy.version,
        vettedBy,
        now: options.now,
      })),
    );
  }
  return audit;
}

registerDeadlineKind({
  kind: TRIAL_END,
  action:
    'the trial in the Good Faith Program ends: the brand graduates if its own figures qualify, or leaves',
  async fire(trx, deadline, now) {
    const [row] = await programmeRows(trx, [deadline.target.id]);
    if (!row || row.status !== 'member' || row.basis !== 'trial' || row.decision_id !== deadline.subjectId)
      return moot('the trial already ended');
    const audit = await evaluateNotifiers(trx, [row.org_id], { now });
    return { result: audit.length > 0 ? 'trial decided' : 'trial continues', audit };
  },
});

/** Publishing a policy re-evaluates every notifier at once (same transaction as the new version). */
onGoodFaithPublished(async (trx) => {
  const orgs = await repo.notifierOrgs(trx);
  const policy = await currentPolicy(trx, 'good-faith');
  const audit = await evaluateNotifiers(
    trx,
    orgs.map((o) => o.id),
    { now: new Date(), policy },
  );
  if (audit.length > 0) await appendAudit(trx, audit);
});

function appealParts(decision: AppealedDecision, input: AppealResultBase) {
  return {
    ...appealedContext(decision),
    notifierOrgId: decision.notifier_org_id,
    previousDecisionId: decision.id,
    reasonText: input.reasonText,
    decidedBy: { kind: 'reviewer' as const, userId: input.decidedByUserId, label: input.actorLabel },
    now: input.now,
  };
}

/** A removal appealed: upheld, it stands; reversed, the notifier is a member again at once. */
registerAppealEffect('notifier_removal', {
  async uphold(trx, decision, input) {
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id: newId(),
      kind: 'appeal_upheld',
      account: { restriction: 'no_change', description: 'The removal from the Good Faith Program stands.' },
    });
    return recorded.audit;
  },
  async reverse(trx, decision, input) {
    const orgId = decision.subject_id;
    const id = newId();
    const recorded = await recordDecision(trx, {
      ...appealParts(decision, input),
      id,
      kind: 'appeal_reversed',
      account: {
        restriction: 'account_restored',
        description: 'The removal is reversed: the notifier is a member of the Good Faith Program again.',
      },
    });
    const policy = await currentPolicy(trx, 'good-faith');
    await writeProgramme(trx, {
      org_id: orgId,
      status: 'member',
      basis: 'own',
      via_agent_org_id: null,
      since: input.now,
      rejoin_after: null,
      decision_id: id,
      policy_version: policy.version,
      updated_at: input.now,
    });
    await notify(trx, {
      orgIds: [orgId],
      itemId: null,
      of: STANDING_CHANGED,
      body: { orgId, change: 'readmitted', decisionId: id, statementPath: `/v1/statements/${id}` },
      now: input.now,
    });
    return [
      ...recorded.audit,
      {
        actor: input.actorLabel,
        action: 'notifier.readmitted',
        entityType: 'notifier',
        entityId: orgId,
        data: { decisionId: id, appealedDecisionId: decision.id },
      },
    ];
  },
});
