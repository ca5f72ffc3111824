import type { AuditEntry } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { lockStore } from '../marketplaces/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import {
  type BasedOn,
  currentRank,
  imposeSanction,
  liftSanction,
  POLICY_KEY,
  type SanctionActor,
  SYSTEM_ACTOR,
} from './sanctions.ts';
import type { LedgerDecision, StoreContext } from './sellers.repository.ts';
import * as repo from './sellers.repository.ts';
import type { Severity } from './sellers.table.ts';
import { rankOf, type SellerAccountabilityPolicy, sanctionFor } from './sellers.ts';

/**
 * The points ledger: deductions for upheld infringements, restorations when they are undone, and
 * after each the sanction the store's standing calls for. Every function runs in the caller's
 * transaction and takes the store's row lock first, so two decisions against one store are counted
 * one after the other (both, exactly once each: the deduction is unique per decision).
 */

interface Policy {
  body: SellerAccountabilityPolicy;
  version: number;
}

export async function accountabilityPolicy(db: Database): Promise<Policy> {
  const p = await currentPolicy(db, POLICY_KEY);
  return { body: p.body, version: p.version };
}

const yearOf = (at: Date) => at.getUTCFullYear();

async function lockedContext(trx: Database, storeId: string): Promise<StoreContext | null> {
  if (!(await lockStore(trx, storeId))) return null;
  return (await repo.storeContext(trx, storeId)) ?? null;
}

/** The severity of an infringement decision, or null when it is not one the ledger counts. */
export function severityOf(decision: LedgerDecision): Severity | null {
  if (decision.kind === 'proactive_removal') return 'proactive_removal';
  const removes =
    decision.kind === 'notice_removal' ||
    (decision.kind === 'appeal_reversed' && decision.restriction === 'listing_removed');
  if (!removes) return null;
  if (decision.infringement_type) return decision.infringement_type as Severity;
  // An appeal that reversed a proactive removal's reversal has no notice behind it.
  return decision.item_id ? 'counterfeit' : 'proactive_removal';
}

export interface Counted {
  entryId: string;
  points: number;
  audit: AuditEntry[];
}

/**
 * Deducts the points of an upheld infringement from the store's ledger, then sanctions the store if
 * its standing now calls for a harsher sanction than the one in force. Null when this decision was
 * already counted.
 */
export async function countInfringement(
  trx: Database,
  input: {
    decision: LedgerDecision;
    storeId: string;
    severity: Severity;
    now: Date;
    actor?: SanctionActor;
    note?: string | undefined;
    /** The caller locked the store already in this transaction (a batch locks its stores at once). */
    storeLocked?: boolean;
  },
): Promise<Counted | null> {
  const policy = await accountabilityPolicy(trx);
  const at = input.decision.created_at;
  const source = input.decision.notifier_org_id ?? 'proactive';
  const entryId = newId();
  const allotmentId = newId();
  // The lock is its own statement: under READ COMMITTED a statement's snapshot is taken when it
  // starts, so a lock taken inside the deduction's statement would leave it blind to a concurrent
  // deduction committed while it waited (two removals at once would both miss the repeat).
  if (!input.storeLocked && !(await lockStore(trx, input.storeId))) return null;
  const row = await repo.recordDeduction(trx, {
    id: entryId,
    allotmentId,
    storeId: input.storeId,
    year: yearOf(at),
    allotment: policy.body.yearlyAllotment,
    decisionId: input.decision.id,
    severity: input.severity,
    points: policy.body.deductions[input.severity],
    extraPoints: policy.body.repeatOffence.extraPoints,
    source,
    itemId: input.decision.item_id,
    listingId: input.decision.listing_id,
    groupingDays: policy.body.strikeGrouping.windowDays,
    repeatDays: policy.body.repeatOffence.windowDays,
    policyVersion: policy.version,
    note: input.note ?? '',
    at,
    now: input.now,
  });
  if (!row) return null;
  const cost = { points: Number(row.points), repeat: row.repeat };
  const groupHead = row.grouped_with ? { id: row.grouped_with } : undefined;
  const audit: AuditEntry[] =
    row.allotted > 0
      ? [
          {
            actor: SYSTEM_ACTOR.label,
            action: 'points.allotted',
            entityType: 'store',
            entityId: input.storeId,
            data: {
              entryId: allotmentId,
              year: yearOf(at),
              points: policy.body.yearlyAllotment,
              policyVersion: policy.version,
            },
          },
        ]
      : [];
  audit.push({
    actor: (input.actor ?? SYSTEM_ACTOR).label,
    action: 'points.deducted',
    entityType: 'store',
    entityId: input.storeId,
    data: {
      entryId,
      decisionId: input.decision.id,
      severity: input.severity,
      points: cost.points,
      repeat: cost.repeat,
      groupedWith: groupHead?.id ?? null,
    },
  });
  if (cost.points < 0) {
    const ctx = await repo.storeContext(trx, input.storeId);
    if (ctx) audit.push(...(await reassess(trx, ctx, policy, input.now, { raise: entryId })));
  }
  return { entryId, points: cost.points, audit };
}

/**
 * Gives back exactly what one deduction took (its own entry, in the deduction's year), then lifts
 * sanctions the store's standing no longer calls for. Null when it was already restored.
 */
export async function restoreDeduction(
  trx: Database,
  input: { deductionId: string; storeId: string; decisionId: string; now: Date; note: string },
): Promise<AuditEntry[] | null> {
  const ctx = await lockedContext(trx, input.storeId);
  if (!ctx) return null;
  if (await repo.isRestored(trx, input.deductionId)) return null;
  const deduction = await repo.findEntry(trx, input.deductionId);
  if (!deduction || deduction.kind !== 'deduction' || deduction.store_id !== ctx.id) return null;
  const policy = await accountabilityPolicy(trx);
  const entryId = newId();
  await repo.insertEntry(trx, {
    id: entryId,
    store_id: ctx.id,
    year: deduction.year,
    kind: 'restoration',
    points: -deduction.points,
    decision_id: input.decisionId,
    restores_entry_id: deduction.id,
    severity: null,
    grouped_with: null,
    source: deduction.source,
    item_id: deduction.item_id,
    listing_id: null,
    policy_version: policy.version,
    note: input.note,
    created_at: input.now,
  });
  const audit: AuditEntry[] = [
    {
      actor: SYSTEM_ACTOR.label,
      action: 'points.restored',
      entityType: 'store',
      entityId: ctx.id,
      data: { entryId, restores: deduction.id, points: -deduction.points, decisionId: input.decisionId },
    },
  ];
  audit.push(...(await reassess(trx, ctx, policy, input.now, { lower: input.decisionId })));
  return audit;
}

/** The store's standing now: strikes in force, this year's balance, the decisions behind the strikes. */
export async function standingOf(
  trx: Database,
  storeId: string,
  policy: SellerAccountabilityPolicy,
  now: Date,
): Promise<{ strikes: number; balance: number; basedOn: BasedOn[] }> {
  const since = new Date(now.getTime() - policy.strikeWindowDays * 86_400_000);
  const strikes = await repo.strikesOfStore(trx, storeId, since);
  const hasYear = await repo.hasAllotment(trx, storeId, yearOf(now));
  const balance = hasYear ? await repo.balanceOf(trx, storeId, yearOf(now)) : policy.yearlyAllotment;
  const basedOn = strikes.map((d) => ({
    decisionId: d.decision_id as string,
    kind: d.decision_kind,
    at: d.created_at,
  }));
  return { strikes: strikes.length, balance, basedOn };
}

/**
 * After a deduction (`raise`): a harsher sanction if the standing calls for one. After a
 * restoration (`lower`): sanctions imposed by policy that the standing no longer calls for are
 * lifted, each with its own decision. Sanctions imposed by hand stay until lifted by hand or appeal.
 */
async function reassess(
  trx: Database,
  ctx: StoreContext,
  policy: Policy,
  now: Date,
  change: { raise: string } | { lower: string },
): Promise<AuditEntry[]> {
  if (policy.body.enforcement === 'observe') return [];
  const standing = await standingOf(trx, ctx.id, policy.body, now);
  const target = sanctionFor(standing, policy.body);
  const active = await repo.activeSanctions(trx, ctx.id);
  if ('raise' in change) {
    if (!target || rankOf(target.level) <= currentRank(active)) return [];
    const imposed = await imposeSanction(trx, ctx, {
      target,
      strikes: standing.strikes,
      balance: standing.balance,
      basedOn: standing.basedOn,
      triggerEntryId: change.raise,
      policyVersion: policy.version,
      actor: SYSTEM_ACTOR,
      manual: false,
      now,
    });
    return imposed.audit;
  }
  const audit: AuditEntry[] = [];
  for (const sanction of [...active].reverse()) {
    if (sanction.manual || rankOf(sanction.level) <= rankOf(target?.level ?? null)) continue;
    audit.push(
      ...(await liftSanction(trx, ctx, sanction, {
        cause: 'basis_reversed',
        reasonText: `Decision ${change.lower} undid an infringement this ${sanction.level.replace('_', ' ')} rested on; the store now has ${standing.strikes} strike(s) and ${standing.balance} point(s), for which the policy ${target ? `calls for at most ${target.level.replace('_', ' ')}` : 'calls for no sanction'}.`,
        actor: SYSTEM_ACTOR,
        now,
      })),
    );
  }
  return audit;
}
