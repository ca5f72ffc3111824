import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { recordDecision } from '../decisions/index.ts';
import { checkDocumentReferences } from '../documents/index.ts';
import { AppError } from '../errors/app-error.ts';
import { appendEvents } from '../events/index.ts';
import {
  account,
  amountErrors,
  balanceOf,
  type Currency,
  formatAmount,
  type MovementInput,
  post,
} from '../ledger/index.ts';
import { lockStore } from '../marketplaces/index.ts';
import { notify } from '../notifications/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { countInfringement } from '../sellers/index.ts';
import { newId } from '../shared/ids.ts';
import { aboutStore, requireStaff } from './access.ts';
import * as repo from './complaints.repository.ts';
import { emitDepositChange } from './deposit.service.ts';
import {
  BUYER_COMPLAINT_CONFIRMED,
  DEPOSIT_RECOVERED,
  DEPOSIT_RETURNED,
  MONEY_CHANGED,
} from './payments.events.ts';
import { storeContext } from './payments.repository.ts';
import { recoveryPlan, refundRefusal } from './payments.ts';

export interface ComplaintInput {
  marketplaceId: string;
  orderId: string;
  buyerRef?: string | undefined;
  explanation: string;
  evidence: string[];
  amount?: number | undefined;
}

const unprocessable = (pointer: string, rule: string, detail: string) =>
  new AppError('UNPROCESSABLE', detail, { errors: [{ pointer, rule, detail }], extra: { rule } });

/**
 * A buyer (its own account, with the order's buyer reference) or the marketplace on the buyer's
 * behalf complains that an order was counterfeit. The platform refunds at once from the refund
 * fund, within the refund-first policy's limits, and opens a recovery claim against the seller
 * settled from held proceeds, then the deposit, then a receivable; all in one transaction.
 */
export async function fileComplaint(db: Database, actor: Principal, input: ComplaintInput) {
  const asBuyer = actor.orgKind === 'buyer' && hasRole(actor, 'buyer');
  const asMarketplace = hasRole(actor, 'marketplace') && actor.marketplaceId === input.marketplaceId;
  if (!asBuyer && !hasRole(actor, 'marketplace'))
    throw AppError.forbidden('Only a buyer, or the marketplace on its behalf, files a buyer complaint');
  if (!asBuyer && !asMarketplace) throw AppError.notFound('Order');
  if (asBuyer && !input.buyerRef)
    throw AppError.field('/buyerRef', 'required-for-buyer', "a buyer names the order's buyer reference");
  const docErrors = await checkDocumentReferences(
    db,
    input.evidence.map((sha256, i) => ({ pointer: `/evidence/${i}`, sha256 })),
    [actor.orgId],
  );
  if (docErrors.length > 0) throw AppError.validation(docErrors);
  const now = new Date();
  const complaintId = newId();
  await db.transaction().execute(async (trx) => {
    const order = await repo.orderForComplaint(trx, input.marketplaceId, input.orderId);
    if (!order || (asBuyer && order.buyer_ref !== input.buyerRef)) throw AppError.notFound('Order');
    if (order.status !== 'paid')
      throw unprocessable('/orderId', 'order-paid', 'the order was cancelled: there is nothing to refund');
    const currency = order.currency as Currency;
    const amount = input.amount ?? Number(order.amount);
    const amountProblems = amountErrors('', amount, currency);
    if (amountProblems.length > 0) throw AppError.validation(amountProblems);
    if (amount > Number(order.amount))
      throw AppError.field(
        '/amount',
        'within-order',
        `the refund cannot exceed the order (${formatAmount(Number(order.amount), currency)})`,
      );
    const existing = await trx
      .selectFrom('buyer_complaints')
      .select('id')
      .where('order_id', '=', order.id)
      .executeTakeFirst();
    if (existing)
      throw AppError.conflict(`The order already has a complaint (${existing.id})`, {
        rule: 'one-complaint-per-order',
      });
    const policy = await currentPolicy(trx, 'refund-first');
    const yearStart = new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
    const refused = refundRefusal(
      policy.body.limits.find((l) => l.currency === currency),
      amount,
      await repo.refundedThisYear(trx, order.marketplace_id, order.buyer_ref, currency, yearStart),
    );
    if (refused) throw unprocessable(refused.pointer, refused.rule, refused.detail);
    const fund = await balanceOf(trx, account.refundFund, currency);
    if (fund < amount)
      throw unprocessable(
        '/amount',
        'refund-fund-balance',
        `the refund fund holds ${formatAmount(fund, currency)}: not enough for this refund`,
      );
    await lockStore(trx, order.store_id);
    const [held, deposit] = await Promise.all([
      balanceOf(trx, account.store(order.store_id, 'held'), currency),
      balanceOf(trx, account.store(order.store_id, 'deposit'), currency),
    ]);
    const plan = recoveryPlan(amount, held, deposit);
    const claimId = newId();
    const base = {
      currency,
      marketplaceId: order.marketplace_id,
      storeId: order.store_id,
      decisionId: null,
      reverses: null,
    };
    const movements: MovementInput[] = [
      {
        ...base,
        id: newId(),
        kind: 'refund',
        amount,
        from: account.refundFund,
        to: account.settlement(order.marketplace_id),
        reference: complaintId,
        memo: `Refund first to the buyer of order ${order.external_id}`,
      },
    ];
    const parts: Array<[number, 'held' | 'deposit' | 'receivable']> = [
      [plan.fromHeld, 'held'],
      [plan.fromDeposit, 'deposit'],
      [plan.fromReceivable, 'receivable'],
    ];
    for (const [part, from] of parts)
      if (part > 0)
        movements.push({
          ...base,
          id: newId(),
          kind: 'recovery',
          amount: part,
          from: account.store(order.store_id, from),
          to: account.refundFund,
          reference: claimId,
          memo: `Recovered from the store's ${from === 'held' ? 'held proceeds' : from} for the refund of order ${order.external_id}`,
        });
    await post(trx, movements, actor.label, [
      {
        actor: actor.label,
        action: 'buyer_complaint.filed',
        entityType: 'buyer_complaint',
        entityId: complaintId,
        data: { orderId: order.id, amount, currency, claimId, plan },
      },
    ]);
    if (plan.fromDeposit > 0) {
      const ctx = await storeContext(trx, order.store_id);
      const m = movements.find((x) => x.from === account.store(order.store_id, 'deposit'))!;
      if (ctx)
        await emitDepositChange(
          trx,
          DEPOSIT_RECOVERED,
          ctx,
          { id: m.id, amount: m.amount, decisionId: null },
          deposit,
        );
    }
    await repo.insertComplaint(trx, {
      id: complaintId,
      order_id: order.id,
      marketplace_id: order.marketplace_id,
      store_id: order.store_id,
      listing_id: order.listing_id,
      buyer_ref: order.buyer_ref,
      buyer_org_id: asBuyer ? actor.orgId : null,
      filed_by: actor.label,
      explanation: input.explanation,
      evidence: input.evidence,
      status: 'refunded',
      refund_amount: amount,
      currency,
      refund_movement_id: movements[0]!.id,
      created_at: now,
      decided_at: null,
    });
    await repo.insertClaim(trx, {
      id: claimId,
      complaint_id: complaintId,
      store_id: order.store_id,
      amount,
      currency,
      from_held: plan.fromHeld,
      from_deposit: plan.fromDeposit,
      from_receivable: plan.fromReceivable,
      status: 'open',
      decision_id: null,
      created_at: now,
      decided_at: null,
    });
  });
  return (await listComplaintsFor(db, actor, { id: complaintId, limit: 1, offset: 0 }))[0]!;
}

/**
 * A reviewer decides a recovery claim (a recovery_decision): counterfeit, the recovery stands, the
 * infringement counts on the store's record and buyer_complaint.confirmed is emitted; genuine, the
 * seller is made whole (every recovery movement reversed) and the buyer keeps the refund.
 */
export async function decideClaim(
  db: Database,
  actor: Principal,
  claimId: string,
  input: { result: 'counterfeit' | 'genuine'; reasonText: string },
) {
  requireStaff(actor, 'decide recovery claims');
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const claim = await repo.lockClaim(trx, claimId);
    if (!claim) throw AppError.notFound('Recovery claim');
    if (claim.status !== 'open')
      throw AppError.conflict(`The claim was already decided (${claim.status})`, {
        state: claim.status,
        rule: 'claim-decided',
      });
    const ctx = await storeContext(trx, claim.store_id);
    if (!ctx) throw AppError.notFound('Store');
    const complaint = await trx
      .selectFrom('buyer_complaints')
      .selectAll()
      .where('id', '=', claim.complaint_id)
      .executeTakeFirstOrThrow();
    const decisionId = newId();
    const amountText = formatAmount(Number(claim.amount), claim.currency as Currency);
    const recorded = await recordDecision(trx, {
      ...aboutStore(ctx),
      // The claim is its own subject: the decision does not supersede the store's sanctions.
      subject: { type: 'case', id: claim.id },
      id: decisionId,
      kind: 'recovery_decision',
      reasonCode: `recovery.${input.result}`,
      reasonText: input.reasonText,
      automated: { detection: false, decision: false },
      decidedBy: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      account:
        input.result === 'counterfeit'
          ? {
              restriction: 'account_restricted',
              description: `The buyer's complaint about order ${complaint.order_id} is confirmed: the goods were counterfeit. The ${amountText} refunded to the buyer stays recovered from the store "${ctx.name}".`,
            }
          : {
              restriction: 'account_restored',
              description: `The goods of order ${complaint.order_id} were genuine: the ${amountText} recovered from the store "${ctx.name}" is given back.`,
            },
      now,
    });
    await repo.decideClaim(trx, claim.id, { status: input.result, decision_id: decisionId, decided_at: now });
    await repo.setComplaintStatus(
      trx,
      complaint.id,
      input.result === 'counterfeit' ? 'confirmed' : 'genuine',
      now,
    );
    const audit = [...recorded.audit];
    if (input.result === 'counterfeit') {
      await appendEvents(trx, [
        {
          type: BUYER_COMPLAINT_CONFIRMED.type,
          subjectType: 'buyer_complaint',
          subjectId: complaint.id,
          marketplaceId: complaint.marketplace_id,
          data: {
            storeId: complaint.store_id,
            listingId: complaint.listing_id,
            orderId: complaint.order_id,
            complaintId: complaint.id,
          },
        },
      ]);
      const counted = await countInfringement(trx, {
        decision: {
          id: decisionId,
          kind: 'recovery_decision',
          subject_type: 'case',
          subject_id: claim.id,
          item_id: null,
          listing_id: complaint.listing_id,
          store_id: ctx.id,
          notifier_org_id: null,
          previous_decision_id: null,
          created_at: now,
          infringement_type: 'counterfeit',
          restriction: 'account_restricted',
        },
        storeId: ctx.id,
        severity: 'counterfeit',
        now,
        note: `Buyer complaint ${complaint.id} confirmed counterfeit`,
      });
      if (counted) audit.push(...counted.audit);
    } else await makeWhole(trx, claim.id, decisionId, actor.label);
    await appendAudit(trx, audit);
    await notify(trx, {
      orgIds: [ctx.seller_org_id],
      itemId: null,
      of: MONEY_CHANGED,
      body: {
        storeId: ctx.id,
        what: input.result === 'counterfeit' ? 'recovery_counterfeit' : 'recovery_genuine',
        amount: Number(claim.amount),
        currency: claim.currency,
        decisionId,
      },
      now,
    });
  });
  return (await listComplaintsFor(db, actor, { claimId, limit: 1, offset: 0 }))[0]!;
}

/** Reverses every recovery movement of a claim: the seller is made whole. */
export async function makeWhole(trx: Database, claimId: string, decisionId: string, actor: string) {
  const recovered = await repo.recoveryMovements(trx, claimId);
  const reversals = recovered.map((m) => ({
    id: newId(),
    kind: 'recovery_reversal' as const,
    currency: m.currency as Currency,
    amount: Number(m.amount),
    from: m.to_account,
    to: m.from_account,
    marketplaceId: m.marketplace_id,
    storeId: m.store_id,
    decisionId,
    reference: claimId,
    reverses: m.id,
    memo: 'The goods were genuine: the recovery is given back to the seller',
  }));
  await post(trx, reversals, actor);
  for (const r of reversals) {
    if (!r.storeId || r.to !== account.store(r.storeId, 'deposit')) continue;
    const ctx = await storeContext(trx, r.storeId);
    const before = (await balanceOf(trx, r.to, r.currency)) - r.amount;
    if (ctx)
      await emitDepositChange(trx, DEPOSIT_RETURNED, ctx, { id: r.id, amount: r.amount, decisionId }, before);
  }
}

/** Complaints the caller may see: a buyer its own, a marketplace key its marketplace's, staff all. */
export async function listComplaintsFor(
  db: Database,
  actor: Principal,
  filter: { id?: string; claimId?: string; claimStatus?: string; limit: number; offset: number },
) {
  let scope: { buyerOrgId?: string; marketplaceId?: string } = {};
  if (isOperatorStaff(actor)) scope = {};
  else if (actor.orgKind === 'buyer' && hasRole(actor, 'buyer')) scope = { buyerOrgId: actor.orgId };
  else if (hasRole(actor, 'marketplace') && actor.marketplaceId)
    scope = { marketplaceId: actor.marketplaceId };
  else throw AppError.forbidden('Only buyers, marketplaces and operator staff read buyer complaints');
  const rows = await repo.listComplaints(db, { ...filter, ...scope });
  return rows.map((r) => ({
    id: r.id,
    orderId: r.order_external_id,
    marketplaceId: r.marketplace_id,
    storeId: r.store_id,
    storeName: r.store_name,
    listingId: r.listing_id,
    listingTitle: r.listing_title,
    buyerRef: r.buyer_ref,
    explanation: r.explanation,
    evidence: r.evidence,
    status: r.status,
    refundAmount: Number(r.refund_amount),
    currency: r.currency,
    filedAt: r.created_at.toISOString(),
    decidedAt: r.decided_at?.toISOString() ?? null,
    claim: {
      id: r.claim_id,
      status: r.claim_status,
      fromHeld: Number(r.from_held),
      fromDeposit: Number(r.from_deposit),
      fromReceivable: Number(r.from_receivable),
      decisionId: r.decision_id,
    },
  }));
}

/** Operator admins fund the refund fund (a payment into the platform's fund). */
export async function topUpRefundFund(
  db: Database,
  actor: Principal,
  input: { amount: number; currency: string; reference: string },
) {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins fund the refund fund');
  const errors = amountErrors('', input.amount, input.currency);
  if (errors.length > 0) throw AppError.validation(errors);
  const currency = input.currency as Currency;
  await post(
    db,
    [
      {
        id: newId(),
        kind: 'fund_topup',
        currency,
        amount: input.amount,
        from: account.funding,
        to: account.refundFund,
        marketplaceId: null,
        storeId: null,
        decisionId: null,
        reference: input.reference,
        reverses: null,
        memo: `Refund fund topped up (${input.reference})`,
      },
    ],
    actor.label,
  );
  return { currency, balance: await balanceOf(db, account.refundFund, currency) };
}

/** The complaints about a store (for referral bundles): id, order, status, amount. */
export async function complaintsOfStore(db: Database, storeId: string) {
  return (await repo.listComplaints(db, { storeId, limit: 1000, offset: 0 })).map((r) => ({
    id: r.id,
    orderId: r.order_id,
    listingId: r.listing_id,
    status: r.status,
    refundAmount: Number(r.refund_amount),
    currency: r.currency,
    filedAt: r.created_at.toISOString(),
  }));
}
