import { auditEntriesParameter } from '../audit/index.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import {
  account,
  amountErrors,
  balanceOf,
  balances,
  type Currency,
  formatAmount,
  type MovementInput,
  post,
  STORE_ACCOUNTS,
} from '../ledger/index.ts';
import { lockStore, requireMarketplaceClient } from '../marketplaces/index.ts';
import { newId } from '../shared/ids.ts';
import { readableStore } from './access.ts';
import * as repo from './orders.repository.ts';

export const MAX_EVENTS_PER_BATCH = 1000;

export interface MoneyEventInput {
  event: 'paid' | 'cancelled' | 'payout';
  id: string;
  listingId?: string;
  listingExternalId?: string;
  storeExternalId?: string;
  amount: number;
  currency: string;
  buyerRef?: string;
}

export interface BatchResult {
  accepted: number;
  duplicates: number;
  held: number;
  items: Array<{ id: string; event: string; result: 'accepted' | 'duplicate'; hold: 'held' | 'none' | null }>;
}

/**
 * Order and payout events of one marketplace, up to 1,000: every row validated first (a field
 * pointer per row), then written in one transaction: paid orders in one set-based statement with
 * their holds, cancellations, payouts (refused, with the held amount and the decision, when they
 * would pay out held money). Resent events are no-ops (idempotent per marketplace, id, event).
 */
export async function ingestBatch(
  db: Database,
  actor: Principal,
  marketplaceId: string,
  events: readonly MoneyEventInput[],
): Promise<BatchResult> {
  requireMarketplaceClient(actor, marketplaceId);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  events.forEach((e, i) => {
    const at = `/events/${i}`;
    errors.push(...amountErrors(at, e.amount, e.currency));
    const key = `${e.event} ${e.id}`;
    if (seen.has(key))
      errors.push({
        pointer: `${at}/id`,
        rule: 'unique-in-batch',
        detail: `${e.event} ${e.id} appears twice in the batch`,
      });
    seen.add(key);
    if (e.event === 'paid') {
      if ((e.listingId === undefined) === (e.listingExternalId === undefined))
        errors.push({
          pointer: `${at}/listingExternalId`,
          rule: 'one-listing-reference',
          detail: 'give listingExternalId or listingId (one)',
        });
      if (!e.buyerRef)
        errors.push({
          pointer: `${at}/buyerRef`,
          rule: 'required-for-paid',
          detail: 'a paid order names its buyer',
        });
    }
    if (e.event === 'payout' && !e.storeExternalId)
      errors.push({
        pointer: `${at}/storeExternalId`,
        rule: 'required-for-payout',
        detail: 'a payout names the store paid',
      });
  });
  const listings = await repo.listingsOf(
    db,
    marketplaceId,
    events.flatMap((e) =>
      e.event === 'paid' && e.listingExternalId !== undefined ? [e.listingExternalId] : [],
    ),
    events.flatMap((e) => (e.event === 'paid' && e.listingId !== undefined ? [e.listingId] : [])),
  );
  const byExternal = new Map(listings.map((l) => [l.external_id, l]));
  const byId = new Map(listings.map((l) => [l.id, l]));
  const stores = new Map(
    (
      await repo.storesOf(
        db,
        marketplaceId,
        events.flatMap((e) => (e.event === 'payout' && e.storeExternalId ? [e.storeExternalId] : [])),
      )
    ).map((s) => [s.external_id, s.id]),
  );
  const known = new Map(
    (
      await repo.ordersByExternal(
        db,
        marketplaceId,
        events.flatMap((e) => (e.event === 'cancelled' ? [e.id] : [])),
      )
    ).map((o) => [o.external_id, o]),
  );
  const paidInBatch = new Set(events.filter((e) => e.event === 'paid').map((e) => e.id));
  events.forEach((e, i) => {
    if (e.event === 'paid') {
      const listing =
        e.listingId !== undefined ? byId.get(e.listingId) : byExternal.get(e.listingExternalId ?? '');
      if (!listing && (e.listingId !== undefined || e.listingExternalId !== undefined))
        errors.push({
          pointer: `/events/${i}/${e.listingId !== undefined ? 'listingId' : 'listingExternalId'}`,
          rule: 'known-listing',
          detail: 'no listing of this marketplace has this id',
        });
    } else if (e.event === 'cancelled' && !known.has(e.id) && !paidInBatch.has(e.id))
      errors.push({
        pointer: `/events/${i}/id`,
        rule: 'known-order',
        detail: 'no paid order of this marketplace has this id',
      });
    else if (e.event === 'payout' && e.storeExternalId && !stores.has(e.storeExternalId))
      errors.push({
        pointer: `/events/${i}/storeExternalId`,
        rule: 'known-store',
        detail: 'no store of this marketplace has this id',
      });
  });
  if (errors.length > 0) throw AppError.validation(errors);

  const at = new Date();
  const batchId = newId();
  const paid = events.flatMap((e) => {
    if (e.event !== 'paid') return [];
    const listing = (
      e.listingId !== undefined ? byId.get(e.listingId) : byExternal.get(e.listingExternalId ?? '')
    )!;
    return [
      {
        id: newId(),
        external_id: e.id,
        listing_id: listing.id,
        store_id: listing.store_id,
        buyer_ref: e.buyerRef ?? '',
        amount: e.amount,
        currency: e.currency,
      },
    ];
  });
  const outcome = new Map<string, { result: 'accepted' | 'duplicate'; hold: 'held' | 'none' | null }>();
  await db.transaction().execute(async (trx) => {
    const audit = auditEntriesParameter(trx, at, [
      {
        actor: actor.label,
        action: 'orders.ingested',
        entityType: 'order_batch',
        entityId: batchId,
        data: { marketplaceId, events: events.length, paid: paid.length },
      },
    ]);
    const written = await repo.ingestPaid(trx, {
      marketplaceId,
      rows: paid,
      at,
      auditEntity: `order_batch:${batchId}`,
      audit,
      settlement: account.settlement(marketplaceId),
    });
    for (const w of written)
      outcome.set(`paid ${w.external_id}`, { result: 'accepted', hold: w.hold as 'held' | 'none' });
    await cancellations(trx, actor, marketplaceId, events, at, outcome);
    await payouts(trx, actor, marketplaceId, events, stores, at, outcome);
  });
  const items = events.map((e) => {
    const o = outcome.get(`${e.event} ${e.id}`) ?? { result: 'duplicate' as const, hold: null };
    return { id: e.id, event: e.event, result: o.result, hold: o.hold };
  });
  return {
    accepted: items.filter((i) => i.result === 'accepted').length,
    duplicates: items.filter((i) => i.result === 'duplicate').length,
    held: items.filter((i) => i.hold === 'held').length,
    items,
  };
}

async function cancellations(
  trx: Database,
  actor: Principal,
  marketplaceId: string,
  events: readonly MoneyEventInput[],
  at: Date,
  outcome: Map<string, { result: 'accepted' | 'duplicate'; hold: 'held' | 'none' | null }>,
) {
  const cancelled = events.filter((e) => e.event === 'cancelled');
  if (cancelled.length === 0) return;
  const orders = new Map(
    (
      await repo.ordersByExternal(
        trx,
        marketplaceId,
        cancelled.map((e) => e.id),
      )
    ).map((o) => [o.external_id, o]),
  );
  for (const e of cancelled) {
    const order = orders.get(e.id);
    if (!order || order.status !== 'paid') continue;
    const id = newId();
    if (
      !(await repo.insertMoneyEvent(trx, {
        marketplace_id: marketplaceId,
        external_id: e.id,
        event: 'cancelled',
        store_id: order.store_id,
        amount: Number(order.amount),
        currency: order.currency,
        movement_id: null,
        created_at: at,
      }))
    )
      continue;
    await lockStore(trx, order.store_id);
    const from = account.store(
      order.store_id,
      order.hold === 'held' || order.hold === 'kept' ? 'held' : 'payable',
    );
    const available = await balanceOf(trx, from, order.currency);
    const amount = Math.min(Number(order.amount), available);
    if (amount > 0)
      await post(
        trx,
        [
          {
            id,
            kind: 'order_cancelled',
            currency: order.currency as Currency,
            amount,
            from,
            to: account.settlement(marketplaceId),
            marketplaceId,
            storeId: order.store_id,
            decisionId: null,
            reference: order.external_id,
            reverses: null,
            memo: 'Order cancelled: proceeds returned to the marketplace',
          },
        ],
        actor.label,
      );
    await repo.cancelOrder(trx, order.id);
    outcome.set(`cancelled ${e.id}`, { result: 'accepted', hold: null });
  }
}

async function payouts(
  trx: Database,
  actor: Principal,
  marketplaceId: string,
  events: readonly MoneyEventInput[],
  stores: Map<string, string>,
  at: Date,
  outcome: Map<string, { result: 'accepted' | 'duplicate'; hold: 'held' | 'none' | null }>,
) {
  const refusals: FieldError[] = [];
  const movements: MovementInput[] = [];
  for (const [i, e] of events.entries()) {
    if (e.event !== 'payout') continue;
    const storeId = stores.get(e.storeExternalId ?? '')!;
    const id = newId();
    if (
      !(await repo.insertMoneyEvent(trx, {
        marketplace_id: marketplaceId,
        external_id: e.id,
        event: 'payout',
        store_id: storeId,
        amount: e.amount,
        currency: e.currency,
        movement_id: null,
        created_at: at,
      }))
    )
      continue;
    await lockStore(trx, storeId);
    const payable = await balanceOf(trx, account.store(storeId, 'payable'), e.currency);
    const planned = movements
      .filter((m) => m.storeId === storeId && m.currency === e.currency)
      .reduce((s, m) => s + m.amount, 0);
    if (e.amount > payable - planned) {
      const held = await balanceOf(trx, account.store(storeId, 'held'), e.currency);
      const why = (await repo.heldOrdersOfStore(trx, storeId, 1))[0];
      refusals.push({
        pointer: `/events/${i}/amount`,
        rule: held > 0 ? 'payout-of-held-money' : 'payout-exceeds-payable',
        detail:
          held > 0
            ? `the payout of ${formatAmount(e.amount, e.currency as Currency)} exceeds what may be paid out (${formatAmount(payable - planned, e.currency as Currency)}): ${formatAmount(held, e.currency as Currency)} of the store's proceeds are held${why?.decision_id ? ` under decision ${why.decision_id}` : why?.hold_item_id ? ` for notice item ${why.hold_item_id}` : why?.hold_case_id ? ` for detection case ${why.hold_case_id}` : ''}`
            : `the payout exceeds the store's payable balance of ${formatAmount(payable - planned, e.currency as Currency)}`,
      });
      continue;
    }
    movements.push({
      id,
      kind: 'payout',
      currency: e.currency as Currency,
      amount: e.amount,
      from: account.store(storeId, 'payable'),
      to: account.settlement(marketplaceId),
      marketplaceId,
      storeId,
      decisionId: null,
      reference: e.id,
      reverses: null,
      memo: `Payout ${e.id}`,
    });
    outcome.set(`payout ${e.id}`, { result: 'accepted', hold: null });
  }
  if (refusals.length > 0)
    throw new AppError('UNPROCESSABLE', `Payout refused: ${refusals[0]!.detail}`, {
      errors: refusals,
      extra: { rule: refusals[0]!.rule },
    });
  await post(trx, movements, actor.label);
}

/** Held proceeds of a listing released: nothing keeps them held any more (a takedown reversed). */
export async function releaseHolds(
  trx: Database,
  listingId: string,
  decisionId: string | null,
  actor: string,
) {
  const orders = await repo.releasableOrders(trx, listingId);
  if (orders.length === 0) return 0;
  const groups = new Map<
    string,
    { storeId: string; marketplaceId: string; currency: string; amount: number; ids: string[] }
  >();
  for (const o of orders) {
    const key = `${o.store_id} ${o.currency}`;
    const g = groups.get(key) ?? {
      storeId: o.store_id,
      marketplaceId: o.marketplace_id,
      currency: o.currency,
      amount: 0,
      ids: [],
    };
    g.amount += Number(o.amount);
    g.ids.push(o.id);
    groups.set(key, g);
  }
  const movements: MovementInput[] = [];
  for (const g of groups.values()) {
    await lockStore(trx, g.storeId);
    // What a recovery already took from the held proceeds is not there to release.
    const held = await balanceOf(trx, account.store(g.storeId, 'held'), g.currency);
    const amount = Math.min(g.amount, held);
    if (amount > 0)
      movements.push({
        id: newId(),
        kind: 'proceeds_release',
        currency: g.currency as Currency,
        amount,
        from: account.store(g.storeId, 'held'),
        to: account.store(g.storeId, 'payable'),
        marketplaceId: g.marketplaceId,
        storeId: g.storeId,
        decisionId,
        reference: listingId,
        reverses: null,
        memo: `Held proceeds of ${g.ids.length} order(s) released: the takedown was reversed`,
      });
  }
  await post(trx, movements, actor);
  await repo.markReleased(
    trx,
    orders.map((o) => o.id),
    new Date(),
  );
  return orders.length;
}

/** Held proceeds of these listings are kept (their removals stand); one statement for a batch. */
export async function keepHolds(trx: Database, listingIds: readonly string[]) {
  await repo.markKept(trx, listingIds);
}

/** A store's money: balances of its four accounts and what is held, and why. */
export async function storeMoney(db: Database, actor: Principal, storeId: string) {
  const ctx = await readableStore(db, actor, storeId);
  const names = STORE_ACCOUNTS.map((a) => account.store(ctx.id, a));
  const [all, held] = await Promise.all([balances(db, names), repo.heldOrdersOfStore(db, ctx.id)]);
  const currencies = [...new Set([...all.keys()].map((k) => k.split(' ')[1]!))].sort();
  return {
    storeId: ctx.id,
    storeName: ctx.name,
    marketplaceId: ctx.marketplace_id,
    balances: currencies.map((currency) => ({
      currency,
      deposit: all.get(`${account.store(ctx.id, 'deposit')} ${currency}`) ?? 0,
      held: all.get(`${account.store(ctx.id, 'held')} ${currency}`) ?? 0,
      payable: all.get(`${account.store(ctx.id, 'payable')} ${currency}`) ?? 0,
      receivable: all.get(`${account.store(ctx.id, 'receivable')} ${currency}`) ?? 0,
    })),
    held: held.map((o) => ({
      orderId: o.external_id,
      listingId: o.listing_id,
      listingTitle: o.listing_title,
      amount: Number(o.amount),
      currency: o.currency,
      state: o.hold,
      reason:
        o.hold === 'kept'
          ? 'The takedown was upheld: the proceeds stay held for buyer refunds and recovery'
          : o.hold_item_id
            ? 'The listing is under an open notice'
            : 'The listing is under an open detection case',
      noticeItemId: o.hold_item_id,
      caseId: o.hold_case_id,
      decisionId: o.decision_id,
      since: o.created_at.toISOString(),
    })),
  };
}
