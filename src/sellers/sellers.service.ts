import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { registerListingGate } from '../listings/index.ts';
import { lockStore } from '../marketplaces/index.ts';
import { accountabilityPolicy, countInfringement, severityOf, standingOf } from './ledger.ts';
import { currentRank, imposeSanction, liftSanction } from './sanctions.ts';
import type { StoreContext } from './sellers.repository.ts';
import * as repo from './sellers.repository.ts';
import type { SanctionLevel } from './sellers.table.ts';
import { rankOf, type SanctionTarget, sanctionFor } from './sellers.ts';

/**
 * Who may see a store's accountability: operator staff, the seller the store belongs to, and the
 * marketplace's own key. Everybody else is told the store does not exist (404), so ids do not leak.
 */
async function readableStore(db: Database, actor: Principal, storeId: string): Promise<StoreContext> {
  const ctx = await repo.storeContext(db, storeId);
  const may =
    ctx &&
    (isOperatorStaff(actor) ||
      (actor.orgKind === 'seller' && hasRole(actor, 'seller') && ctx.seller_org_id === actor.orgId) ||
      (hasRole(actor, 'marketplace') && actor.marketplaceId === ctx.marketplace_id));
  if (!ctx || !may) throw AppError.notFound('Store');
  return ctx;
}

function requireStaff(actor: Principal, what: string): void {
  if (!isOperatorStaff(actor)) throw AppError.forbidden(`Only operator reviewers and admins ${what}`);
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function getAccountability(db: Database, actor: Principal, storeId: string, year?: number) {
  const ctx = await readableStore(db, actor, storeId);
  const now = new Date();
  const policy = await accountabilityPolicy(db);
  const shownYear = year ?? now.getUTCFullYear();
  const [standing, entries, sanctions, years, deductions] = await Promise.all([
    standingOf(db, ctx.id, policy.body, now),
    repo.entriesOfStore(db, ctx.id, shownYear),
    repo.sanctionsOfStore(db, ctx.id),
    repo.yearsOfStore(db, ctx.id),
    repo.deductionsOfStore(db, ctx.id),
  ]);
  const restored = new Set(deductions.filter((d) => d.restored).map((d) => d.id));
  const hasAllotment = entries.some((e) => e.kind === 'allotment');
  const balance = hasAllotment
    ? entries.reduce((sum, e) => sum + e.points, 0)
    : shownYear === now.getUTCFullYear()
      ? policy.body.yearlyAllotment
      : 0;
  const next = sanctionFor({ strikes: standing.strikes + 1, balance: standing.balance }, policy.body);
  const educationOpen = sanctions.find(
    (s) => s.lifted_at === null && s.education_required && !s.education_acknowledged_at,
  );
  return {
    store: {
      id: ctx.id,
      externalId: ctx.external_id,
      name: ctx.name,
      marketplaceId: ctx.marketplace_id,
      marketplaceName: ctx.marketplace_name,
      status: ctx.status,
      statusChangedAt: iso(ctx.status_changed_at),
    },
    year: shownYear,
    years: years.includes(now.getUTCFullYear()) ? years : [now.getUTCFullYear(), ...years],
    allotment: policy.body.yearlyAllotment,
    balance,
    strikes: standing.strikes,
    strikeWindowDays: policy.body.strikeWindowDays,
    nextStrike:
      next && rankOf(next.level) > currentRank(sanctions)
        ? { sanction: next.level, because: next.because }
        : null,
    policyVersion: policy.version,
    ledger: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      points: e.points,
      year: e.year,
      decisionId: e.decision_id,
      decisionKind: e.decision_kind,
      severity: e.severity,
      repeat: e.repeat,
      groupedWith: e.grouped_with,
      restoresEntryId: e.restores_entry_id,
      restored: restored.has(e.id),
      itemId: e.item_id,
      listingId: e.listing_id,
      note: e.note,
      at: e.created_at.toISOString(),
    })),
    sanctions: sanctions.map(toSanctionView),
    education: {
      required: educationOpen !== undefined,
      module: policy.body.education,
    },
  };
}

function toSanctionView(s: Awaited<ReturnType<typeof repo.sanctionsOfStore>>[number]) {
  const now = Date.now();
  return {
    id: s.id,
    level: s.level,
    active: s.lifted_at === null && (s.ends_at === null || s.ends_at.getTime() > now),
    decisionId: s.decision_id,
    statementPath: `/v1/statements/${s.decision_id}`,
    strikes: s.strikes,
    balance: s.balance,
    educationRequired: s.education_required,
    educationAcknowledgedAt: iso(s.education_acknowledged_at),
    listingLimit: s.listing_limit,
    startsAt: s.starts_at.toISOString(),
    endsAt: iso(s.ends_at),
    liftedAt: iso(s.lifted_at),
    liftedCause: s.lifted_cause,
    liftedDecisionId: s.lifted_decision_id,
    manual: s.manual,
  };
}

/** The operator's list of sanctions (active by default); a marketplace key sees its own stores'. */
export async function listSanctions(
  db: Database,
  actor: Principal,
  filter: {
    active: boolean;
    level?: SanctionLevel | undefined;
    marketplaceId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  let marketplaceId = filter.marketplaceId;
  if (!isOperatorStaff(actor)) {
    if (!(hasRole(actor, 'marketplace') && actor.marketplaceId))
      throw AppError.forbidden('Only operator staff and marketplaces list sanctions');
    if (marketplaceId && marketplaceId !== actor.marketplaceId) return [];
    marketplaceId = actor.marketplaceId;
  }
  const rows = await repo.sanctionedStores(db, { ...filter, marketplaceId });
  return rows.map((r) => ({
    ...toSanctionView(r),
    store: {
      id: r.store_id,
      name: r.store_name,
      externalId: r.store_external_id,
      marketplaceId: r.marketplace_id,
      status: r.store_status,
    },
  }));
}

/**
 * Counts a decision against a store by hand (a decision the ledger does not follow on its own, or
 * before it got to it). Refused when the decision was already counted, is about another store, or
 * is not an infringement.
 */
export async function countDecision(
  db: Database,
  actor: Principal,
  storeId: string,
  input: { decisionId: string; note?: string },
) {
  requireStaff(actor, 'count decisions against a store');
  await readableStore(db, actor, storeId);
  return db.transaction().execute(async (trx) => {
    await lockStore(trx, storeId);
    const decision = await repo.findDecisionLite(trx, input.decisionId);
    if (!decision) throw AppError.field('/decisionId', 'exists', 'no decision has this id');
    if (decision.store_id !== storeId)
      throw new AppError('UNPROCESSABLE', 'The decision is about another store', {
        errors: [
          {
            pointer: '/decisionId',
            rule: 'decision-of-this-store',
            detail: 'the decision is not about this store',
          },
        ],
      });
    const severity = severityOf(decision);
    if (!severity)
      throw new AppError('UNPROCESSABLE', 'Only an upheld infringement deducts points', {
        errors: [
          {
            pointer: '/decisionId',
            rule: 'infringement-decision',
            detail: `a ${decision.kind.replaceAll('_', ' ')} is not an infringement; points are deducted for removals on a notice, proactive removals, and appeals that removed a listing`,
          },
        ],
      });
    const counted = await countInfringement(trx, {
      decision,
      storeId,
      severity,
      now: new Date(),
      actor: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      note: input.note,
    });
    if (!counted)
      throw new AppError(
        'CONFLICT',
        'This decision was already counted against the store; a decision deducts once',
        {
          extra: { rule: 'decision-already-counted' },
        },
      );
    await appendAudit(trx, counted.audit);
    return { entryId: counted.entryId, points: counted.points };
  });
}

/** An operator sanctions a store by hand, with its own reasons; only a harsher sanction than the one in force. */
export async function sanctionByHand(
  db: Database,
  actor: Principal,
  storeId: string,
  input: {
    level: SanctionLevel;
    reasonText: string;
    suspensionDays?: number;
    listingLimit?: number;
    education?: boolean;
  },
) {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Only operator reviewers and admins sanction stores');
  await readableStore(db, actor, storeId);
  const errors: FieldError[] = [];
  if (input.reasonText.trim() === '')
    errors.push({
      pointer: '/reasonText',
      rule: 'required',
      detail: 'a sanction needs reasons the seller can read',
    });
  if (input.level === 'suspension' && !input.suspensionDays)
    errors.push({
      pointer: '/suspensionDays',
      rule: 'required-for-suspension',
      detail: 'a suspension needs its number of days',
    });
  if (input.level !== 'suspension' && input.suspensionDays !== undefined)
    errors.push({
      pointer: '/suspensionDays',
      rule: 'only-for-suspension',
      detail: `a ${input.level} has no days`,
    });
  if (input.level === 'listing_limit' && input.listingLimit === undefined)
    errors.push({
      pointer: '/listingLimit',
      rule: 'required-for-listing-limit',
      detail: 'a listing limit needs its limit',
    });
  if (input.level !== 'listing_limit' && input.listingLimit !== undefined)
    errors.push({
      pointer: '/listingLimit',
      rule: 'only-for-listing-limit',
      detail: `a ${input.level} has no limit`,
    });
  if (errors.length > 0) throw AppError.validation(errors);
  const sanctionId = await db.transaction().execute(async (trx) => {
    await lockStore(trx, storeId);
    const ctx = (await repo.storeContext(trx, storeId))!;
    const active = await repo.activeSanctions(trx, storeId);
    if (rankOf(input.level) <= currentRank(active))
      throw new AppError('CONFLICT', 'The store already has this sanction or a harsher one in force', {
        extra: { rule: 'harsher-than-in-force' },
      });
    const policy = await accountabilityPolicy(trx);
    const now = new Date();
    const standing = await standingOf(trx, storeId, policy.body, now);
    const target: SanctionTarget = {
      level: input.level,
      education: input.education ?? false,
      listingLimit: input.listingLimit ?? null,
      suspensionDays: input.suspensionDays ?? null,
      because: input.reasonText,
    };
    const imposed = await imposeSanction(trx, ctx, {
      target,
      strikes: standing.strikes,
      balance: standing.balance,
      basedOn: standing.basedOn,
      triggerEntryId: null,
      policyVersion: null,
      actor: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      reasonText: input.reasonText,
      manual: true,
      now,
    });
    await appendAudit(trx, imposed.audit);
    return imposed.sanctionId;
  });
  return toSanctionView((await repo.findSanction(db, sanctionId))!);
}

/** An operator admin lifts a sanction, with reasons (a decision of its own). */
export async function liftByHand(
  db: Database,
  actor: Principal,
  sanctionId: string,
  input: { reasonText: string },
) {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins lift sanctions by hand');
  if (input.reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'lifting a sanction needs reasons the seller can read');
  await db.transaction().execute(async (trx) => {
    const found = await repo.findSanction(trx, sanctionId);
    if (!found) throw AppError.notFound('Sanction');
    await lockStore(trx, found.store_id);
    const sanction = (await repo.findSanction(trx, sanctionId))!;
    if (sanction.lifted_at)
      throw new AppError('CONFLICT', 'The sanction was already lifted', {
        extra: { rule: 'sanction-in-force' },
      });
    const ctx = (await repo.storeContext(trx, sanction.store_id))!;
    const audit = await liftSanction(trx, ctx, sanction, {
      cause: 'operator',
      reasonText: input.reasonText,
      actor: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      now: new Date(),
    });
    await appendAudit(trx, audit);
  });
  return toSanctionView((await repo.findSanction(db, sanctionId))!);
}

/** The seller acknowledges the education module (the version in force); it may list again. */
export async function acknowledgeEducation(
  db: Database,
  actor: Principal,
  storeId: string,
  input: { moduleVersion: string },
) {
  const ctx = await readableStore(db, actor, storeId);
  if (!(actor.orgKind === 'seller' && ctx.seller_org_id === actor.orgId))
    throw AppError.forbidden("Only the store's seller acknowledges its education module");
  const policy = await accountabilityPolicy(db);
  if (input.moduleVersion !== policy.body.education.version)
    throw new AppError(
      'CONFLICT',
      `The education module in force is version ${policy.body.education.version}; read it and acknowledge that version`,
      {
        errors: [
          {
            pointer: '/moduleVersion',
            rule: 'module-in-force',
            detail: `must be ${policy.body.education.version}`,
          },
        ],
      },
    );
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await lockStore(trx, storeId);
    const rows = await repo.acknowledgeEducation(trx, storeId, actor.userId, now);
    if (rows.length === 0)
      throw new AppError('CONFLICT', 'No education module is waiting for this store', {
        extra: { rule: 'education-waiting' },
      });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'store.education_acknowledged',
        entityType: 'store',
        entityId: storeId,
        data: { sanctions: rows.map((r) => r.id), moduleVersion: input.moduleVersion },
      },
    ]);
  });
  return getAccountability(db, actor, storeId);
}

/**
 * The rule on listing: a suspended or closed store lists nothing new, nor does one whose seller has
 * not acknowledged its education module; a listing limit caps active listings. Updates of listings
 * the marketplace already has are not new listings and pass.
 */
registerListingGate('seller-accountability', async (trx, { marketplaceId, listings }) => {
  const states = await repo.gateStates(trx, [...new Set(listings.map((l) => l.storeId))]);
  const restricted = new Map(
    states
      .filter(
        (s) =>
          s.status === 'suspended' || s.status === 'closed' || s.education_open || s.listing_limit !== null,
      )
      .map((s) => [s.id, s]),
  );
  if (restricted.size === 0) return { refusals: [] };
  const existing = await repo.existingExternalIds(
    trx,
    marketplaceId,
    listings.filter((l) => restricted.has(l.storeId)).map((l) => l.input.externalId),
  );
  const refusals: FieldError[] = [];
  const added = new Map<string, number>();
  for (const l of listings) {
    const s = restricted.get(l.storeId);
    if (!s || existing.has(l.input.externalId)) continue;
    const pointer = `${l.pointer}/store/externalId`;
    if (s.status === 'closed')
      refusals.push({
        pointer,
        rule: 'store-closed',
        detail: `the store ${s.external_id} is closed and lists nothing new`,
      });
    else if (s.status === 'suspended')
      refusals.push({
        pointer,
        rule: 'store-suspended',
        detail: `the store ${s.external_id} is suspended and lists nothing new until its suspension ends`,
      });
    else if (s.education_open)
      refusals.push({
        pointer,
        rule: 'education-required',
        detail: `the seller of store ${s.external_id} must acknowledge the education module before listing again`,
      });
    else if (s.listing_limit !== null) {
      const n = (added.get(s.id) ?? 0) + 1;
      added.set(s.id, n);
      if (s.active_listings + n > s.listing_limit)
        refusals.push({
          pointer,
          rule: 'listing-limit',
          detail: `the store ${s.external_id} may have at most ${s.listing_limit} active listing(s) and has ${s.active_listings}`,
        });
    }
  }
  return { refusals };
});
