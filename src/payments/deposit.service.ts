import type { AuditEntry } from '../audit/index.ts';
import { appendAudit } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { scheduleDeadline } from '../deadlines/index.ts';
import { recordDecision } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { appendEvents, type EventDefinition } from '../events/index.ts';
import { account, amountErrors, balanceOf, type Currency, formatAmount, post } from '../ledger/index.ts';
import { lockStore } from '../marketplaces/index.ts';
import { notify } from '../notifications/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { aboutStore, marketplaceStore, readableStore, requireStaff } from './access.ts';
import {
  DEPOSIT_BELOW_MINIMUM,
  DEPOSIT_CONFISCATED,
  DEPOSIT_RELEASED,
  DEPOSIT_RETURNED,
  DEPOSIT_TOPPED_UP,
  type DepositEventData,
  MONEY_CHANGED,
} from './payments.events.ts';
import type { StoreContext } from './payments.repository.ts';
import * as repo from './payments.repository.ts';
import { confiscationAmount, type DepositTerms, depositStatus, requiredDeposit } from './payments.ts';

export const DEPOSIT_RELEASE = 'deposit_release';
const DAY = 86_400_000;

export async function depositTermsOf(db: Database, marketplaceId: string) {
  const policy = await currentPolicy(db, 'deposits');
  return {
    terms: policy.body.marketplaces.find((t) => t.marketplaceId === marketplaceId) ?? null,
    version: policy.version,
  };
}

/** The deposit of a store now: balance from the ledger, what the policy requires of it. */
export async function depositState(db: Database, ctx: StoreContext) {
  const { terms, version } = await depositTermsOf(db, ctx.marketplace_id);
  const currency: Currency | null = terms?.currency ?? null;
  const balance = currency ? await balanceOf(db, account.store(ctx.id, 'deposit'), currency) : 0;
  const required = terms ? requiredDeposit(terms, await repo.categoriesOfStore(db, ctx.id)) : 0;
  return {
    terms,
    policyVersion: version,
    currency,
    balance,
    required,
    minimum: terms?.minimum ?? 0,
    status: depositStatus(terms, balance, required),
  };
}

function depositEvent(
  def: EventDefinition,
  ctx: StoreContext,
  state: Awaited<ReturnType<typeof depositState>>,
  movement: { id: string; amount: number; decisionId: string | null },
) {
  return {
    type: def.type,
    subjectType: 'store',
    subjectId: ctx.id,
    marketplaceId: ctx.marketplace_id,
    data: {
      store_id: ctx.id,
      store_external_id: ctx.external_id,
      currency: state.currency ?? '',
      amount: movement.amount,
      balance: state.balance,
      required: state.required,
      minimum: state.minimum,
      status: state.status,
      movement_id: movement.id,
      decision_id: movement.decisionId,
    } satisfies DepositEventData,
  };
}

/** The events a change of the deposit emits: its own, and below-minimum when it fell under. */
export async function emitDepositChange(
  trx: Database,
  def: EventDefinition,
  ctx: StoreContext,
  movement: { id: string; amount: number; decisionId: string | null },
  before: number,
) {
  const state = await depositState(trx, ctx);
  const events = [depositEvent(def, ctx, state, movement)];
  if (
    def !== DEPOSIT_RELEASED &&
    state.terms &&
    state.balance < state.minimum &&
    (before >= state.minimum || def === DEPOSIT_TOPPED_UP)
  )
    events.push(depositEvent(DEPOSIT_BELOW_MINIMUM, ctx, state, movement));
  await appendEvents(trx, events);
  return state;
}

export async function getDeposit(db: Database, actor: Principal, storeId: string) {
  const ctx = await readableStore(db, actor, storeId);
  const [state, confiscations, movements, release] = await Promise.all([
    depositState(db, ctx),
    repo.confiscationsOfStore(db, ctx.id),
    repo.movementsOfAccounts(db, [account.store(ctx.id, 'deposit')], 50),
    repo.waitingRelease(db, ctx.id),
  ]);
  return {
    storeId: ctx.id,
    storeName: ctx.name,
    marketplaceId: ctx.marketplace_id,
    currency: state.currency,
    balance: state.balance,
    required: state.required,
    minimum: state.minimum,
    status: state.status,
    policyVersion: state.policyVersion,
    confiscation: state.terms?.confiscation ?? null,
    releaseWaitingDays: state.terms?.releaseWaitingDays ?? null,
    confiscations: confiscations.map((c) => ({
      id: c.id,
      decisionId: c.decision_id,
      causeDecisionId: c.cause_decision_id,
      amount: Number(c.amount),
      currency: c.currency,
      at: c.created_at.toISOString(),
      returnedAt: c.returned_at?.toISOString() ?? null,
    })),
    movements: movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      amount: Number(m.amount),
      currency: m.currency,
      decisionId: m.decision_id,
      memo: m.memo,
      at: m.created_at.toISOString(),
    })),
    release: release
      ? {
          state: release.state,
          requestedAt: release.requested_at.toISOString(),
          dueAt: release.due_at.toISOString(),
          outcome: release.outcome,
        }
      : null,
  };
}

/** The marketplace reports that the seller paid (part of) its deposit. Idempotent per paymentId. */
export async function topUp(
  db: Database,
  actor: Principal,
  storeId: string,
  input: { amount: number; currency: string; paymentId: string },
) {
  const ctx = await marketplaceStore(db, actor, storeId);
  const errors = amountErrors('', input.amount, input.currency);
  if (errors.length > 0) throw AppError.validation(errors);
  const { terms } = await depositTermsOf(db, ctx.marketplace_id);
  if (!terms)
    throw new AppError('UNPROCESSABLE', 'The deposits policy requires no deposit on this marketplace', {
      errors: [{ pointer: '', rule: 'no-deposit-terms', detail: 'no deposit terms for this marketplace' }],
      extra: { rule: 'no-deposit-terms' },
    });
  if (terms.currency !== input.currency)
    throw AppError.field(
      '/currency',
      'deposit-currency',
      `deposits on this marketplace are in ${terms.currency}`,
    );
  await db.transaction().execute(async (trx) => {
    await lockStore(trx, ctx.id);
    if (await repo.topUpByReference(trx, ctx.id, input.paymentId)) return;
    const before = await balanceOf(trx, account.store(ctx.id, 'deposit'), terms.currency);
    const id = newId();
    await post(
      trx,
      [
        {
          id,
          kind: 'deposit_topup',
          currency: terms.currency,
          amount: input.amount,
          from: account.settlement(ctx.marketplace_id),
          to: account.store(ctx.id, 'deposit'),
          marketplaceId: ctx.marketplace_id,
          storeId: ctx.id,
          decisionId: null,
          reference: input.paymentId,
          reverses: null,
          memo: `Deposit paid (${input.paymentId})`,
        },
      ],
      actor.label,
    );
    await emitDepositChange(
      trx,
      DEPOSIT_TOPPED_UP,
      ctx,
      { id, amount: input.amount, decisionId: null },
      before,
    );
  });
  return getDeposit(db, actor, storeId);
}

export interface ConfiscationInput {
  causeDecisionId: string;
  reasonText: string | null;
  decidedBy: { kind: 'system' | 'reviewer'; userId: string | null; label: string };
  now: Date;
}

/**
 * Confiscates (all or the policy's share of) a store's deposit for an upheld infringement: a
 * deposit_confiscation decision with its statement, the movement to the platform, the webhook.
 * Null when there is nothing to take (no terms, no deposit, already taken for that decision).
 */
export async function confiscate(
  trx: Database,
  ctx: StoreContext,
  input: ConfiscationInput,
): Promise<{ audit: AuditEntry[]; decisionId: string } | { refused: string }> {
  // The policy first: on a marketplace without deposits nothing is locked or read (every removal
  // of the notice path comes here).
  const { terms, version } = await depositTermsOf(trx, ctx.marketplace_id);
  if (!terms) return { refused: 'the deposits policy sets no deposit on this marketplace' };
  await lockStore(trx, ctx.id);
  if (await repo.confiscationOfCause(trx, input.causeDecisionId))
    return { refused: 'the deposit was already confiscated for this decision' };
  const before = await balanceOf(trx, account.store(ctx.id, 'deposit'), terms.currency);
  const amount = confiscationAmount(terms, before);
  if (amount <= 0) return { refused: 'the store has no deposit to confiscate' };
  const decisionId = newId();
  const movementId = newId();
  // Its own subject (the confiscation), so that it neither supersedes nor is superseded by the
  // store's other decisions (sanctions) when either is appealed.
  const confiscationId = newId();
  const share =
    terms.confiscation.mode === 'full'
      ? 'the whole deposit'
      : `${terms.confiscation.sharePercent}% of the deposit`;
  const recorded = await recordDecision(trx, {
    ...aboutStore(ctx),
    subject: { type: 'deposit', id: confiscationId },
    id: decisionId,
    kind: 'deposit_confiscation',
    previousDecisionId: input.causeDecisionId,
    reasonCode: `deposit.${terms.confiscation.mode}`,
    reasonText:
      input.reasonText ??
      `Decision ${input.causeDecisionId} upheld an infringement by the store; under the deposits policy (version ${version}) ${share} is confiscated.`,
    automated: { detection: false, decision: input.decidedBy.kind === 'system' },
    decidedBy: input.decidedBy,
    policy: { key: 'deposits', version },
    account: {
      restriction: 'account_restricted',
      description: `${formatAmount(amount, terms.currency)} of the deposit of the store "${ctx.name}" (${share}) is confiscated; ${formatAmount(before - amount, terms.currency)} remains.`,
    },
    now: input.now,
  });
  await post(
    trx,
    [
      {
        id: movementId,
        kind: 'deposit_confiscation',
        currency: terms.currency,
        amount,
        from: account.store(ctx.id, 'deposit'),
        to: account.confiscated,
        marketplaceId: ctx.marketplace_id,
        storeId: ctx.id,
        decisionId,
        reference: input.causeDecisionId,
        reverses: null,
        memo: `Deposit confiscated (decision ${decisionId})`,
      },
    ],
    input.decidedBy.label,
    recorded.audit,
  );
  await repo.insertConfiscation(trx, {
    id: confiscationId,
    store_id: ctx.id,
    decision_id: decisionId,
    cause_decision_id: input.causeDecisionId,
    movement_id: movementId,
    amount,
    currency: terms.currency,
    returned_at: null,
    return_movement_id: null,
    created_at: input.now,
  });
  await emitDepositChange(trx, DEPOSIT_CONFISCATED, ctx, { id: movementId, amount, decisionId }, before);
  await notify(trx, {
    orgIds: [ctx.seller_org_id],
    itemId: null,
    of: MONEY_CHANGED,
    body: { storeId: ctx.id, what: 'deposit_confiscated', amount, currency: terms.currency, decisionId },
    now: input.now,
  });
  return { audit: [], decisionId };
}

/** Gives a confiscated amount back to the deposit (its decision undone or reversed on appeal). */
export async function returnConfiscation(
  trx: Database,
  confiscation: Awaited<ReturnType<typeof repo.confiscationOfCause>>,
  input: { decisionId: string | null; actor: string; now: Date },
): Promise<void> {
  if (!confiscation || confiscation.returned_at) return;
  const ctx = await repo.storeContext(trx, confiscation.store_id);
  if (!ctx) return;
  await lockStore(trx, ctx.id);
  const before = await balanceOf(trx, account.store(ctx.id, 'deposit'), confiscation.currency);
  const id = newId();
  await post(
    trx,
    [
      {
        id,
        kind: 'deposit_return',
        currency: confiscation.currency as Currency,
        amount: Number(confiscation.amount),
        from: account.confiscated,
        to: account.store(ctx.id, 'deposit'),
        marketplaceId: ctx.marketplace_id,
        storeId: ctx.id,
        decisionId: input.decisionId,
        reference: confiscation.decision_id,
        reverses: confiscation.movement_id,
        memo: `Confiscation ${confiscation.decision_id} undone`,
      },
    ],
    input.actor,
  );
  await repo.markReturned(trx, confiscation.id, id, input.now);
  await emitDepositChange(
    trx,
    DEPOSIT_RETURNED,
    ctx,
    { id, amount: Number(confiscation.amount), decisionId: input.decisionId },
    before,
  );
  await notify(trx, {
    orgIds: [ctx.seller_org_id],
    itemId: null,
    of: MONEY_CHANGED,
    body: {
      storeId: ctx.id,
      what: 'deposit_returned',
      amount: Number(confiscation.amount),
      currency: confiscation.currency,
      decisionId: input.decisionId,
    },
    now: input.now,
  });
}

/** A reviewer confiscates by hand for an upheld decision about the store; 422 with no deposit. */
export async function confiscateByHand(
  db: Database,
  actor: Principal,
  storeId: string,
  input: { decisionId: string; reasonText: string },
) {
  requireStaff(actor, 'confiscate deposits');
  const ctx = await readableStore(db, actor, storeId);
  const cause = await repo.decisionBasics(db, input.decisionId);
  if (!cause || cause.store_id !== ctx.id)
    throw AppError.field('/decisionId', 'decision-of-store', 'must be a decision about this store');
  if (
    !['notice_removal', 'proactive_removal', 'takedown_upheld', 'appeal_upheld', 'store_sanction'].includes(
      cause.kind,
    )
  )
    throw AppError.field(
      '/decisionId',
      'upheld-infringement',
      'must be a decision that upheld an infringement',
    );
  const result = await db.transaction().execute(async (trx) => {
    const done = await confiscate(trx, ctx, {
      causeDecisionId: cause.id,
      reasonText: input.reasonText,
      decidedBy: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      now: new Date(),
    });
    if ('refused' in done) {
      const rule = /no deposit to/.test(done.refused)
        ? 'no-deposit'
        : /already/.test(done.refused)
          ? 'already-confiscated'
          : 'no-deposit-terms';
      throw new AppError('UNPROCESSABLE', `Nothing was confiscated: ${done.refused}`, {
        errors: [{ pointer: '/decisionId', rule, detail: done.refused }],
        extra: { rule },
      });
    }
    return done;
  });
  return { decisionId: result.decisionId, deposit: await getDeposit(db, actor, storeId) };
}

/**
 * The marketplace reports the store closed: its deposit is released after the policy's waiting
 * period, if the store is then in good standing (a registered deadline decides).
 */
export async function requestRelease(db: Database, actor: Principal, storeId: string) {
  const ctx = await marketplaceStore(db, actor, storeId);
  const { terms } = await depositTermsOf(db, ctx.marketplace_id);
  if (!terms)
    throw new AppError('UNPROCESSABLE', 'The deposits policy sets no deposit on this marketplace', {
      extra: { rule: 'no-deposit-terms' },
    });
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await lockStore(trx, ctx.id);
    const last = await repo.waitingRelease(trx, ctx.id);
    if (last?.state === 'waiting') return;
    const id = newId();
    const dueAt = new Date(now.getTime() + terms.releaseWaitingDays * DAY);
    await repo.insertRelease(trx, {
      id,
      store_id: ctx.id,
      requested_at: now,
      due_at: dueAt,
      state: 'waiting',
      outcome: null,
      movement_id: null,
      decided_at: null,
    });
    const scheduled = await scheduleDeadline(trx, {
      target: { type: 'store', id: ctx.id },
      kind: DEPOSIT_RELEASE,
      subjectId: id,
      party: 'reviewer',
      dueAt,
      actorLabel: actor.label,
      now,
    });
    await appendAudit(trx, [
      scheduled.audit,
      {
        actor: actor.label,
        action: 'deposit.release_requested',
        entityType: 'store',
        entityId: ctx.id,
        data: { releaseId: id, dueAt: dueAt.toISOString() },
      },
    ]);
  });
  return getDeposit(db, actor, storeId);
}

/** The waiting period is over: release the deposit if the store is in good standing. */
export async function fireRelease(trx: Database, releaseId: string, now: Date, actor: string) {
  const release = await repo.findRelease(trx, releaseId);
  if (!release || release.state !== 'waiting') return 'moot: the release was already decided';
  const ctx = await repo.storeContext(trx, release.store_id);
  if (!ctx) return 'moot: the store is gone';
  await lockStore(trx, ctx.id);
  const open = await repo.openMattersOfStore(trx, ctx.id);
  const blockers = [
    open.items ? `${open.items} open notice item(s)` : '',
    open.cases ? `${open.cases} open detection case(s)` : '',
    open.held ? `${open.held} order(s) with held proceeds` : '',
    open.claims ? `${open.claims} open recovery claim(s)` : '',
  ].filter(Boolean);
  const state = await depositState(trx, ctx);
  if (blockers.length > 0) {
    await repo.decideRelease(trx, release.id, {
      state: 'refused',
      outcome: `Not in good standing: ${blockers.join(', ')}`,
      movement_id: null,
      decided_at: now,
    });
    return 'refused: not in good standing';
  }
  if (!state.currency || state.balance <= 0) {
    await repo.decideRelease(trx, release.id, {
      state: 'released',
      outcome: 'No deposit left to release',
      movement_id: null,
      decided_at: now,
    });
    return 'released: nothing left';
  }
  const id = newId();
  await post(
    trx,
    [
      {
        id,
        kind: 'deposit_release',
        currency: state.currency,
        amount: state.balance,
        from: account.store(ctx.id, 'deposit'),
        to: account.settlement(ctx.marketplace_id),
        marketplaceId: ctx.marketplace_id,
        storeId: ctx.id,
        decisionId: null,
        reference: release.id,
        reverses: null,
        memo: 'Deposit released after the store closed in good standing',
      },
    ],
    actor,
  );
  await repo.decideRelease(trx, release.id, {
    state: 'released',
    outcome: `Released ${formatAmount(state.balance, state.currency)}`,
    movement_id: id,
    decided_at: now,
  });
  await emitDepositChange(
    trx,
    DEPOSIT_RELEASED,
    ctx,
    { id, amount: state.balance, decisionId: null },
    state.balance,
  );
  return 'released';
}

export type { DepositTerms };
