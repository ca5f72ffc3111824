import { Type } from 'typebox';
import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/index.ts';
import { type DecisionInput, type DecisionKind, recordDecision } from '../decisions/index.ts';
import { IsoDateTime, literals, Nullable, Uuid } from '../http/schemas.ts';
import { defineNotification, notify } from '../notifications/index.ts';
import { newId } from '../shared/ids.ts';
import { MISUSE_POLICY_KEY } from './misuse.policy.ts';
import * as repo from './misuse.repository.ts';
import type { NotifierFindingsTable, NotifierLiftCause, NotifierSanctionRow } from './misuse.table.ts';
import { FINDING_KINDS, NOTIFIER_SANCTION_LEVELS, type NotifierSanctionLevel } from './misuse.ts';

export const NOTIFIER_SUSPENSION_END = 'notifier_suspension_end';
const DAY = 86_400_000;

export interface MisuseActor {
  kind: 'system' | 'reviewer';
  userId: string | null;
  label: string;
}
export const MISUSE_SYSTEM: MisuseActor = { kind: 'system', userId: null, label: 'system:notifier-misuse' };

/** The notifier (every member of the organisation) learns of each sanction and of its end. */
export const NOTIFIER_SANCTIONED = defineNotification({
  kind: 'notifier.sanctioned',
  description:
    "To the notifier: a warning, suspension or termination for misuse of the notice system, with the decision's statement of reasons",
  body: Type.Object(
    {
      sanctionId: Uuid,
      level: literals([...NOTIFIER_SANCTION_LEVELS]),
      decisionId: Uuid,
      findingKind: Nullable(literals([...FINDING_KINDS])),
      endsAt: Nullable(IsoDateTime),
    },
    { additionalProperties: false },
  ),
});
export const NOTIFIER_SANCTION_LIFTED = defineNotification({
  kind: 'notifier.sanction_lifted',
  description: 'To the notifier: a sanction for misuse ended, and why',
  body: Type.Object(
    {
      sanctionId: Uuid,
      level: literals([...NOTIFIER_SANCTION_LEVELS]),
      decisionId: Uuid,
      cause: literals(['suspension_served', 'appeal', 'operator']),
    },
    { additionalProperties: false },
  ),
});
/** To the sellers whose listings the notices behind the finding targeted. */
export const NOTIFIER_MISUSE_OUTCOME = defineNotification({
  kind: 'notifier.misuse_outcome',
  description:
    'To a seller: a notifier whose notices targeted its listings was sanctioned for misuse of the notice system',
  body: Type.Object(
    {
      notifierName: Type.String(),
      level: literals([...NOTIFIER_SANCTION_LEVELS]),
      findingKind: literals([...FINDING_KINDS]),
      itemIds: Type.Array(Uuid, { description: "This seller's notice items behind the finding" }),
      at: IsoDateTime,
    },
    { additionalProperties: false },
  ),
});

function aboutNotifier(org: { id: string; name: string }) {
  return {
    subject: { type: 'notifier' as const, id: org.id },
    sellerOrgId: null,
    notifierOrgId: org.id,
    marketplace: null,
    store: null,
    listing: null,
    snapshot: null,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
  } satisfies Partial<DecisionInput>;
}

export function describeLevel(name: string, level: NotifierSanctionLevel, endsAt: Date | null): string {
  switch (level) {
    case 'warning':
      return `${name} is warned: if it keeps filing notices of this kind, the processing of its notices will be suspended.`;
    case 'suspension':
      return `The processing of notices filed by or for ${name} is suspended until ${endsAt?.toISOString().slice(0, 10)}: new notices are refused until then.`;
    case 'termination':
      return `The processing of notices filed by or for ${name} is terminated: new notices are refused.`;
  }
}

export interface ImposeNotifierSanction {
  org: { id: string; name: string };
  level: NotifierSanctionLevel;
  days: number | null;
  finding: Pick<NotifierFindingsTable, 'id' | 'kind' | 'summary'> | null;
  /** The decisions behind the finding (the rejections), named in the statement. */
  basedOn: ReadonlyArray<{ decisionId: string; kind: DecisionKind; at: Date }>;
  noticeIds: readonly string[];
  policyVersion: number | null;
  /** The policy's rule, in words (the step of the escalation, the thresholds). */
  rule: string;
  reasonText?: string;
  manual: boolean;
  actor: MisuseActor;
  now: Date;
}

/**
 * Imposes a sanction on a notifier, in the caller's transaction: the decision with its statement
 * (the finding, its figures, the notices behind it, the policy's rule), the sanction row, the
 * suspension's end as a deadline, the notifier's and the targeted sellers' notifications. Returns
 * the sanction's id, its decision's id and the audit entries.
 */
export async function imposeNotifierSanction(
  trx: Database,
  input: ImposeNotifierSanction,
): Promise<{ sanctionId: string; decisionId: string; audit: AuditEntry[] }> {
  const { now, org } = input;
  const sanctionId = newId();
  const decisionId = newId();
  const endsAt = input.level === 'suspension' ? new Date(now.getTime() + (input.days ?? 0) * DAY) : null;
  const notices = input.noticeIds.length
    ? ` The notices behind it: ${input.noticeIds.slice(0, 50).join(', ')}${input.noticeIds.length > 50 ? ` and ${input.noticeIds.length - 50} more` : ''}.`
    : '';
  const finding = input.finding
    ? ` Finding ${input.finding.id} (${input.finding.kind.replaceAll('_', ' ')}): ${input.finding.summary}`
    : '';
  const reasonText =
    input.reasonText !== undefined
      ? `${input.reasonText}${finding}${notices}`
      : `Under the notifier-misuse policy (${input.policyVersion ? `version ${input.policyVersion}` : 'the default, no version written yet'}), ${input.rule}.${finding}${notices}`;
  const audit: AuditEntry[] = [];
  const recorded = await recordDecision(trx, {
    ...aboutNotifier(org),
    id: decisionId,
    kind: 'notifier_sanction',
    reasonCode: `misuse.${input.finding?.kind ?? 'manual'}.${input.level}`,
    reasonText,
    automated: { detection: input.finding !== null && !input.manual, decision: !input.manual },
    decidedBy: { kind: input.actor.kind, userId: input.actor.userId, label: input.actor.label },
    policy: input.policyVersion !== null ? { key: MISUSE_POLICY_KEY, version: input.policyVersion } : null,
    account: { restriction: 'account_restricted', description: describeLevel(org.name, input.level, endsAt) },
    basedOn: input.basedOn.slice(0, 200),
    now,
  });
  audit.push(...recorded.audit);
  await repo.insertSanction(trx, {
    id: sanctionId,
    org_id: org.id,
    level: input.level,
    decision_id: decisionId,
    finding_id: input.finding?.id ?? null,
    reason_text: reasonText,
    starts_at: now,
    ends_at: endsAt,
    manual: input.manual,
    policy_version: input.policyVersion,
    created_at: now,
  });
  if (input.finding) await repo.setFindingStatus(trx, input.finding.id, 'acted', sanctionId, now);
  if (endsAt) {
    const scheduled = await scheduleDeadline(trx, {
      target: { type: 'notifier', id: org.id },
      kind: NOTIFIER_SUSPENSION_END,
      subjectId: sanctionId,
      party: 'rights_holder',
      dueAt: endsAt,
      actorLabel: input.actor.label,
      now,
    });
    audit.push(scheduled.audit);
  }
  await notify(trx, {
    orgIds: [org.id],
    itemId: null,
    of: NOTIFIER_SANCTIONED,
    body: {
      sanctionId,
      level: input.level,
      decisionId,
      findingKind: input.finding?.kind ?? null,
      endsAt: endsAt?.toISOString() ?? null,
    },
    now,
  });
  if (input.finding) {
    const items = await repo.itemsOfFindings(trx, [input.finding.id]);
    const sellers = await repo.sellersBehind(trx, input.finding.id);
    const stores = await trx
      .selectFrom('stores')
      .select(['id', 'seller_org_id'])
      .where(
        'id',
        'in',
        items.length ? [...new Set(items.map((i) => i.store_id))] : ['00000000-0000-0000-0000-000000000000'],
      )
      .execute();
    for (const seller of sellers) {
      const theirs = new Set(stores.filter((s) => s.seller_org_id === seller).map((s) => s.id));
      await notify(trx, {
        orgIds: [seller],
        itemId: null,
        of: NOTIFIER_MISUSE_OUTCOME,
        body: {
          notifierName: org.name,
          level: input.level,
          findingKind: input.finding.kind,
          itemIds: items
            .filter((i) => theirs.has(i.store_id))
            .map((i) => i.item_id)
            .slice(0, 500),
          at: now.toISOString(),
        },
        now,
      });
    }
  }
  audit.push({
    actor: input.actor.label,
    action: 'notifier.sanctioned',
    entityType: 'organisation',
    entityId: org.id,
    data: {
      sanctionId,
      decisionId,
      level: input.level,
      findingId: input.finding?.id ?? null,
      endsAt: endsAt?.toISOString() ?? null,
      manual: input.manual,
    },
  });
  return { sanctionId, decisionId, audit };
}

const CAUSE_WORDS: Record<NotifierLiftCause, string> = {
  suspension_served: 'the suspension has been served',
  appeal: 'an appeal against it was granted',
  operator: 'the operator lifted it',
};

/**
 * Ends a sanction in the caller's transaction: the restoration decision (unless the caller recorded
 * one, as an appeal's result does), the row, the suspension's clock, the notifier's notification.
 * Nothing when it was already lifted.
 */
export async function liftNotifierSanction(
  trx: Database,
  org: { id: string; name: string },
  sanction: NotifierSanctionRow,
  input: { cause: NotifierLiftCause; reasonText: string; actor: MisuseActor; now: Date; decisionId?: string },
): Promise<AuditEntry[]> {
  const { now } = input;
  const audit: AuditEntry[] = [];
  let decisionId = input.decisionId;
  if (!decisionId) {
    decisionId = newId();
    const recorded = await recordDecision(trx, {
      ...aboutNotifier(org),
      id: decisionId,
      kind: 'notifier_restoration',
      previousDecisionId: sanction.decision_id,
      reasonCode: `lifted.${sanction.level}`,
      reasonText: input.reasonText,
      cause: input.cause,
      automated: { detection: false, decision: input.actor.kind === 'system' },
      decidedBy: { kind: input.actor.kind, userId: input.actor.userId, label: input.actor.label },
      account: {
        restriction: 'account_restored',
        description: `The ${sanction.level} of ${org.name} ended: ${CAUSE_WORDS[input.cause]}.${sanction.level === 'warning' ? '' : ' Its notices are processed again.'}`,
      },
      now,
    });
    audit.push(...recorded.audit);
  }
  if (
    !(await repo.liftSanctionRow(trx, sanction.id, {
      lifted_at: now,
      lifted_decision_id: decisionId,
      lifted_cause: input.cause,
    }))
  )
    return [];
  if (sanction.level === 'suspension')
    audit.push(
      ...(await cancelDeadlines(trx, {
        target: { type: 'notifier', id: org.id },
        subjectId: sanction.id,
        now,
        actorLabel: input.actor.label,
        kinds: [NOTIFIER_SUSPENSION_END],
        reason: `suspension lifted (${input.cause})`,
      })),
    );
  await notify(trx, {
    orgIds: [org.id],
    itemId: null,
    of: NOTIFIER_SANCTION_LIFTED,
    body: { sanctionId: sanction.id, level: sanction.level, decisionId, cause: input.cause },
    now,
  });
  audit.push({
    actor: input.actor.label,
    action: 'notifier.sanction_lifted',
    entityType: 'organisation',
    entityId: org.id,
    data: { sanctionId: sanction.id, level: sanction.level, cause: input.cause, decisionId },
  });
  return audit;
}
