import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { StoreStatus } from '../db/schema.ts';
import { cancelDeadlines, scheduleDeadline } from '../deadlines/index.ts';
import { type DecisionInput, type DecisionKind, recordDecision } from '../decisions/index.ts';
import { appendEvents } from '../events/index.ts';
import { setStoreStatus } from '../marketplaces/index.ts';
import { notify } from '../notifications/index.ts';
import { newId } from '../shared/ids.ts';
import { restoreListing, takeDownListing } from '../takedowns/index.ts';
import {
  STORE_CLOSED,
  STORE_RESTORED,
  STORE_SANCTION_LIFTED,
  STORE_SANCTIONED,
  STORE_SUSPENDED,
  STORE_WARNED,
  type StoreRestoredData,
  type StoreSanctionData,
} from './sellers.events.ts';
import type { StoreContext } from './sellers.repository.ts';
import * as repo from './sellers.repository.ts';
import type { SanctionLevel, StoreSanctionsTable } from './sellers.table.ts';
import { rankOf, type SanctionTarget } from './sellers.ts';

export const POLICY_KEY = 'seller-accountability';
export const SYSTEM_ACTOR: SanctionActor = {
  kind: 'system',
  userId: null,
  label: 'system:seller-accountability',
};
export const SUSPENSION_END = 'store_suspension_end';

export interface SanctionActor {
  kind: 'system' | 'reviewer';
  userId: string | null;
  label: string;
}

export type BasedOn = { decisionId: string; kind: DecisionKind; at: Date };

const DAY = 86_400_000;
const LEVEL_EVENT = {
  warning: STORE_WARNED,
  listing_limit: STORE_WARNED,
  suspension: STORE_SUSPENDED,
  closure: STORE_CLOSED,
} as const;

/** The parts of a decision about a store that every store decision shares. */
function aboutStore(ctx: StoreContext) {
  return {
    subject: { type: 'store' as const, id: ctx.id },
    sellerOrgId: ctx.seller_org_id,
    notifierOrgId: null,
    marketplace: {
      id: ctx.marketplace_id,
      code: ctx.marketplace_code,
      name: ctx.marketplace_name,
      jurisdiction: ctx.jurisdiction,
    },
    store: { id: ctx.id, externalId: ctx.external_id, name: ctx.name },
    listing: null,
    snapshot: null,
    notice: null,
    right: null,
    complainant: null,
    filer: null,
    evidence: [],
  } satisfies Partial<DecisionInput>;
}

function decidedBy(actor: SanctionActor) {
  return { kind: actor.kind, userId: actor.userId, label: actor.label };
}

export function describeSanction(
  ctx: Pick<StoreContext, 'name'>,
  s: { level: SanctionLevel; education: boolean; listingLimit: number | null; endsAt: Date | null },
  listings: number,
): string {
  const education = s.education
    ? ' It may list nothing new until its seller has read and acknowledged the education module on intellectual property.'
    : '';
  switch (s.level) {
    case 'warning':
      return `The store "${ctx.name}" is warned.${education}`;
    case 'listing_limit':
      return `The store "${ctx.name}" may have at most ${s.listingLimit} active listing(s); new listings beyond that are refused.${education}`;
    case 'suspension':
      return `The store "${ctx.name}" is suspended until ${s.endsAt?.toISOString().slice(0, 10)}: it may list nothing new until then.${education}`;
    case 'closure':
      return `The store "${ctx.name}" is closed: its ${listings} active listing(s) are taken down and it may list nothing new.`;
  }
}

/** The status a store has with these sanctions in force. */
export function statusFrom(
  sanctions: readonly Pick<StoreSanctionsTable, 'level' | 'lifted_at' | 'ends_at'>[],
  now: Date,
  current: StoreStatus,
): StoreStatus {
  const active = sanctions.filter((s) => s.lifted_at === null && (s.ends_at === null || s.ends_at > now));
  if (active.some((s) => s.level === 'closure')) return 'closed';
  if (active.some((s) => s.level === 'suspension')) return 'suspended';
  return current === 'held' ? 'held' : 'active';
}

export interface ImposeInput {
  target: SanctionTarget;
  strikes: number;
  balance: number;
  basedOn: readonly BasedOn[];
  triggerEntryId: string | null;
  policyVersion: number | null;
  actor: SanctionActor;
  /** The reviewer's own reasons, for a sanction imposed by hand. */
  reasonText?: string;
  manual: boolean;
  now: Date;
}

/**
 * Imposes a sanction on a store, in the caller's transaction: the decision and its statement of
 * reasons (what, why, which decisions, the policy), the sanction row, the store's status, the
 * suspension's end as a deadline, a closure's takedowns (each listing the normal way), the signed
 * webhook to the marketplace, the seller's notification. Returns the audit entries.
 */
export async function imposeSanction(
  trx: Database,
  ctx: StoreContext,
  input: ImposeInput,
): Promise<{ sanctionId: string; decisionId: string; audit: AuditEntry[] }> {
  const { target, now } = input;
  const sanctionId = newId();
  const decisionId = newId();
  const endsAt =
    target.level === 'suspension' ? new Date(now.getTime() + (target.suspensionDays ?? 0) * DAY) : null;
  const listings = target.level === 'closure' ? await repo.activeListingIds(trx, ctx.id) : [];
  const description = describeSanction(
    ctx,
    { level: target.level, education: target.education, listingLimit: target.listingLimit, endsAt },
    listings.length,
  );
  const behind = input.basedOn.length
    ? ` It rests on ${input.basedOn.length} decision(s) upheld against the store: ${input.basedOn.map((b) => `${b.kind.replaceAll('_', ' ')} ${b.decisionId} of ${b.at.toISOString().slice(0, 10)}`).join('; ')}.`
    : '';
  const reasonText =
    input.reasonText ??
    `Under the seller-accountability policy (${input.policyVersion ? `version ${input.policyVersion}` : 'the default, no version written yet'}), ${target.because}.${behind}`;
  const decision = await recordDecision(trx, {
    ...aboutStore(ctx),
    id: decisionId,
    kind: 'store_sanction',
    reasonCode: `sanction.${target.level}`,
    reasonText,
    automated: { detection: false, decision: !input.manual },
    decidedBy: decidedBy(input.actor),
    policy: input.policyVersion !== null ? { key: POLICY_KEY, version: input.policyVersion } : null,
    account: { restriction: 'account_restricted', description },
    basedOn: input.basedOn,
    now,
  });
  await repo.insertSanction(trx, {
    id: sanctionId,
    store_id: ctx.id,
    level: target.level,
    decision_id: decisionId,
    trigger_entry_id: input.triggerEntryId,
    education_required: target.education,
    listing_limit: target.listingLimit,
    strikes: input.strikes,
    balance: input.balance,
    starts_at: now,
    ends_at: endsAt,
    manual: input.manual,
    created_at: now,
  });
  const audit: AuditEntry[] = [...decision.audit];
  const status: StoreStatus =
    target.level === 'closure'
      ? 'closed'
      : target.level === 'suspension' && ctx.status !== 'closed'
        ? 'suspended'
        : ctx.status;
  if (status !== ctx.status) await setStoreStatus(trx, ctx.id, status, now);
  if (endsAt) {
    const scheduled = await scheduleDeadline(trx, {
      target: { type: 'store', id: ctx.id },
      kind: SUSPENSION_END,
      subjectId: sanctionId,
      party: 'seller',
      dueAt: endsAt,
      actorLabel: input.actor.label,
      now,
    });
    audit.push(scheduled.audit);
  }
  for (const listingId of listings) {
    const taken = await takeDownListing(trx, {
      listingId,
      source: 'store_closure',
      actorLabel: input.actor.label,
      now,
      decision: () => ({
        kind: 'store_sanction',
        previousDecisionId: decisionId,
        notifierOrgId: null,
        notice: null,
        right: null,
        complainant: null,
        filer: null,
        evidence: [],
        reasonCode: 'store_closed',
        reasonText: `The store "${ctx.name}" was closed (decision ${decisionId}); every listing of a closed store is taken down. ${reasonText}`,
        automated: { detection: false, decision: !input.manual },
        decidedBy: decidedBy(input.actor),
        policy: input.policyVersion !== null ? { key: POLICY_KEY, version: input.policyVersion } : null,
        // Contested through the store's closure decision, which the statement names.
        appealable: false,
      }),
    });
    if (taken) audit.push(...taken.audit);
  }
  await appendEvents(trx, [
    {
      type: LEVEL_EVENT[target.level].type,
      subjectType: 'store',
      subjectId: ctx.id,
      marketplaceId: ctx.marketplace_id,
      data: {
        store_id: ctx.id,
        store_external_id: ctx.external_id,
        status,
        sanction_id: sanctionId,
        sanction: target.level,
        decision_id: decisionId,
        statement_path: `/v1/statements/${decisionId}`,
        strikes: input.strikes,
        balance: input.balance,
        education_required: target.education,
        listing_limit: target.listingLimit,
        ends_at: endsAt?.toISOString() ?? null,
      } satisfies StoreSanctionData,
    },
  ]);
  await notify(trx, {
    orgIds: [ctx.seller_org_id],
    itemId: null,
    of: STORE_SANCTIONED,
    body: {
      storeId: ctx.id,
      storeName: ctx.name,
      sanction: target.level,
      decisionId,
      strikes: input.strikes,
      balance: input.balance,
      educationRequired: target.education,
      endsAt: endsAt?.toISOString() ?? null,
    },
    now,
  });
  audit.push({
    actor: input.actor.label,
    action: 'store.sanctioned',
    entityType: 'store',
    entityId: ctx.id,
    data: {
      sanctionId,
      decisionId,
      level: target.level,
      strikes: input.strikes,
      balance: input.balance,
      endsAt: endsAt?.toISOString() ?? null,
      listingsTakenDown: listings.length,
      manual: input.manual,
    },
  });
  return { sanctionId, decisionId, audit };
}

export type LiftCause = StoreRestoredData['cause'];

const CAUSE_WORDS: Record<LiftCause, string> = {
  suspension_served: 'the suspension has been served',
  basis_reversed: 'a decision it rested on was reversed, so the store no longer meets the policy for it',
  appeal: 'an appeal against it was granted',
  operator: 'the operator lifted it',
};

/**
 * Ends a sanction, in the caller's transaction: the decision that lifts it (unless the caller
 * recorded one, as an appeal's result does), the store's status, a closure's listings brought back
 * (those no notice still holds down), the suspension's clock stopped, the signed `store.restored`,
 * the seller's notification. Nothing when the sanction was already lifted.
 */
export async function liftSanction(
  trx: Database,
  ctx: StoreContext,
  sanction: StoreSanctionsTable,
  input: {
    cause: LiftCause;
    reasonText: string;
    actor: SanctionActor;
    now: Date;
    /** The decision that lifts it, when the caller recorded it (an appeal granted). */
    decisionId?: string;
  },
): Promise<AuditEntry[]> {
  const { now } = input;
  const audit: AuditEntry[] = [];
  let decisionId = input.decisionId;
  if (!decisionId) {
    decisionId = newId();
    const recorded = await recordDecision(trx, {
      ...aboutStore(ctx),
      id: decisionId,
      kind: 'store_restoration',
      previousDecisionId: sanction.decision_id,
      reasonCode: `lifted.${sanction.level}`,
      reasonText: `${input.reasonText}`,
      cause: input.cause,
      automated: { detection: false, decision: input.actor.kind === 'system' },
      decidedBy: decidedBy(input.actor),
      account: {
        restriction: 'account_restored',
        description: `The ${sanction.level.replace('_', ' ')} of the store "${ctx.name}" ended: ${CAUSE_WORDS[input.cause]}.`,
      },
      now,
    });
    audit.push(...recorded.audit);
  }
  if (
    !(await repo.liftSanction(trx, sanction.id, {
      lifted_at: now,
      lifted_decision_id: decisionId,
      lifted_cause: input.cause,
    }))
  )
    return [];
  const remaining = await repo.activeSanctions(trx, ctx.id);
  const status = statusFrom(remaining, now, ctx.status === 'held' ? 'held' : 'active');
  if (status !== ctx.status) await setStoreStatus(trx, ctx.id, status, now);
  if (sanction.level === 'suspension')
    audit.push(
      ...(await cancelDeadlines(trx, {
        target: { type: 'store', id: ctx.id },
        subjectId: sanction.id,
        now,
        actorLabel: input.actor.label,
        kinds: [SUSPENSION_END],
        reason: `suspension lifted (${input.cause})`,
      })),
    );
  if (sanction.level === 'closure' && status !== 'closed')
    for (const listingId of await repo.listingsTakenDownBy(trx, sanction.decision_id)) {
      const restored = await restoreListing(trx, {
        listingId,
        exceptItemId: null,
        actorLabel: input.actor.label,
        cause: input.cause === 'appeal' ? 'appeal' : 'store_reopened',
        reasonText: input.reasonText,
        outcomeId: decisionId,
        now,
        event: {
          source: 'store_closure',
          notice_id: null,
          item_id: null,
          decision_id: decisionId,
          appealed_decision_id: input.cause === 'appeal' ? sanction.decision_id : null,
        },
      });
      audit.push(...restored.audit);
    }
  await appendEvents(trx, [
    {
      type: STORE_RESTORED.type,
      subjectType: 'store',
      subjectId: ctx.id,
      marketplaceId: ctx.marketplace_id,
      data: {
        store_id: ctx.id,
        store_external_id: ctx.external_id,
        status,
        sanction_id: sanction.id,
        sanction: sanction.level,
        decision_id: decisionId,
        statement_path: `/v1/statements/${decisionId}`,
        cause: input.cause,
      } satisfies StoreRestoredData,
    },
  ]);
  await notify(trx, {
    orgIds: [ctx.seller_org_id],
    itemId: null,
    of: STORE_SANCTION_LIFTED,
    body: { storeId: ctx.id, storeName: ctx.name, sanction: sanction.level, decisionId, cause: input.cause },
    now,
  });
  audit.push({
    actor: input.actor.label,
    action: 'store.sanction_lifted',
    entityType: 'store',
    entityId: ctx.id,
    data: { sanctionId: sanction.id, level: sanction.level, cause: input.cause, decisionId, status },
  });
  ctx.status = status;
  return audit;
}

/** The most severe sanction in force (rank), for deciding whether a new one is harsher. */
export function currentRank(sanctions: readonly Pick<StoreSanctionsTable, 'level' | 'lifted_at'>[]): number {
  return Math.max(0, ...sanctions.filter((s) => s.lifted_at === null).map((s) => rankOf(s.level)));
}
