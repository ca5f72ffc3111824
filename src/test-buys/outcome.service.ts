import { type AuditEntry, appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { type DecisionInput, recordDecision } from '../decisions/index.ts';
import { AppError } from '../errors/app-error.ts';
import { CURRENCIES, isCurrency } from '../ledger/index.ts';
import { notify } from '../notifications/index.ts';
import { currentPolicy } from '../policies/index.ts';
import { isSerious, measure, openReferral } from '../referrals/index.ts';
import { accountabilityPolicy, countInfringement, standingOf } from '../sellers/index.ts';
import { newId } from '../shared/ids.ts';
import { takeDownListing } from '../takedowns/index.ts';
import { verifyCustody } from './custody.service.ts';
import type { InspectionResult } from './custody.ts';
import { SAMPLING_POLICY_KEY } from './sampling.policy.ts';
import { TEST_BUY_OUTCOME, TEST_BUY_VIOLATION } from './test-buy.notifications.ts';
import * as repo from './test-buy.repository.ts';

export const TEST_BUY_ACTOR = 'system:test-buys';

type Ledger = Parameters<typeof countInfringement>[1]['decision'];

/**
 * Value on offer in minor units of the listing's currency: the price times its quantity (JPY has no
 * minor unit, KWD three digits; a currency the ledger does not know counts two).
 */
export function offeredValueMinor(
  price: string | number | null,
  quantity: number | null,
  currency: string | null = null,
): number {
  if (price === null || quantity === null) return 0;
  const digits = currency && isCurrency(currency) ? CURRENCIES[currency] : 2;
  return Math.round(Number(price) * 10 ** digits) * quantity;
}

/** The figures a referral is measured by: value and units on offer, the store's strikes, its linked stores. */
export async function seriousnessOf(
  db: Database,
  listing: {
    store_id: string;
    price: string | number | null;
    currency: string | null;
    quantity: number | null;
  },
  copies: readonly { price: string | number | null; currency: string | null; quantity: number | null }[],
  thresholds: Parameters<typeof measure>[1],
  now: Date,
  manual: boolean,
) {
  const standing = await standingOf(db, listing.store_id, (await accountabilityPolicy(db)).body, now);
  const offered = [listing, ...copies];
  return measure(
    {
      valueMinor: offered.reduce((s, l) => s + offeredValueMinor(l.price, l.quantity, l.currency), 0),
      units: offered.reduce((s, l) => s + (l.quantity ?? 0), 0),
      strikes: standing.strikes,
      linkedStores: await repo.linkedStoreCount(db, listing.store_id),
    },
    thresholds,
    manual,
  );
}

/**
 * Decides a test buy on its inspection (operator reviewers and admins). Only an inspected test buy
 * with an intact chain of custody can be decided. Genuine closes it. Counterfeit or inferior is an
 * upheld violation: the listing is taken down with a `test_buy_violation` decision (statement of
 * reasons to the seller, appealable), the seller's points are deducted as the accountability policy
 * says (and its sanctions follow), the store's copies of the listing (same title) are taken down
 * with decisions of their own, and a referral is opened when a seriousness criterion is met.
 */
export async function decideOutcome(
  db: Database,
  actor: Principal,
  testBuyId: string,
  input: { reasonText: string },
) {
  if (!isOperatorStaff(actor))
    throw AppError.forbidden('Only operator reviewers and admins decide test buys');
  const found = await repo.findTestBuy(db, testBuyId);
  if (!found) throw AppError.notFound('Test buy');
  if (input.reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'the seller reads these reasons in the statement');
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const locked = await repo.lockTestBuy(trx, testBuyId);
    if (!locked) throw AppError.notFound('Test buy');
    if (locked.status !== 'inspected')
      throw AppError.conflict(
        ['genuine', 'counterfeit', 'inferior'].includes(locked.status)
          ? 'The test buy is already decided'
          : 'A test buy is decided on its inspection: record the inspection first',
        { rule: 'inspected-first', state: locked.status },
      );
    const verdict = await verifyCustody(trx, testBuyId);
    if (!verdict.ok)
      throw new AppError(
        'UNPROCESSABLE',
        `The chain of custody is broken at step ${verdict.broken?.seq} (${verdict.broken?.rule}): it cannot support a decision`,
        {
          extra: { rule: 'custody-intact' },
        },
      );
    const steps = await repo.stepsOf(trx, testBuyId);
    const inspection = steps.find((s) => s.kind === 'inspected')!;
    const handover = steps.find((s) => s.kind === 'handed_over');
    const result = inspection.data.result as InspectionResult;
    const audit: AuditEntry[] = [];
    if (result === 'genuine') {
      await repo.setStatus(trx, testBuyId, {
        status: 'genuine',
        outcome_reason: input.reasonText,
        decided_at: now,
        decided_by: actor.label,
      });
      await notify(trx, {
        orgIds: [found.requested_by_org_id],
        itemId: null,
        of: TEST_BUY_OUTCOME,
        body: {
          testBuyId,
          listingId: found.listing_id,
          result,
          outcomePath: `/v1/test-buys/${testBuyId}/outcome`,
        },
        now,
      });
      audit.push({
        actor: actor.label,
        action: 'test_buy.genuine',
        entityType: 'test_buy',
        entityId: testBuyId,
        data: { reasonText: input.reasonText },
      });
      await appendAudit(trx, audit);
      return;
    }
    const policy = await currentPolicy(trx, SAMPLING_POLICY_KEY);
    const listing = (await repo.listingContext(trx, found.listing_id))!;
    const inspectedBy = handover?.data.recipientName ?? 'the inspector';
    const inspectedOn = (inspection.data.at ?? inspection.created_at.toISOString()).slice(0, 10);
    const evidence = inspection.documents.map((d) => ({
      kind: 'test_buy_report' as const,
      documentSha256: d.sha256,
      note: `${d.label}: ${inspection.data.summary ?? ''}`.slice(0, 500),
    }));
    const because = `Goods bought from this listing in a test buy were inspected by ${inspectedBy} on ${inspectedOn} and found ${result}: ${inspection.data.summary}. ${input.reasonText}`;
    const decisionParts = (
      reasonText: string,
      reasonCode: string,
    ): Omit<
      DecisionInput,
      'id' | 'subject' | 'marketplace' | 'listing' | 'store' | 'snapshot' | 'sellerOrgId' | 'now'
    > => ({
      kind: 'test_buy_violation',
      notice: null,
      right: null,
      complainant: null,
      filer: null,
      evidence,
      reasonCode,
      reasonText,
      automated: { detection: false, decision: false },
      decidedBy: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      notifierOrgId: null,
      policy: { key: SAMPLING_POLICY_KEY, version: policy.version },
    });
    const reasonCode = `test_buy_${result}`;
    const taken = await takeDownListing(trx, {
      listingId: listing.id,
      source: 'test_buy',
      actorLabel: actor.label,
      now,
      decision: () => decisionParts(because, reasonCode),
    });
    let decisionId: string;
    if (taken) {
      decisionId = taken.decisionId;
      audit.push(...taken.audit);
    } else {
      // Already down (another decision removed it): the violation is still decided and counted.
      decisionId = newId();
      const recorded = await recordDecision(trx, {
        ...decisionParts(because, reasonCode),
        id: decisionId,
        subject: { type: 'listing', id: listing.id },
        marketplace: {
          id: listing.marketplace_id,
          code: listing.marketplace_code,
          name: listing.marketplace_name,
          jurisdiction: listing.jurisdiction,
        },
        listing: {
          id: listing.id,
          externalId: listing.external_id,
          title: listing.title,
          url: listing.url,
          createdAt: listing.created_at,
        },
        store: { id: listing.store_id, externalId: listing.store_external_id, name: listing.store_name },
        snapshot: null,
        sellerOrgId: listing.seller_org_id,
        now,
      });
      audit.push(...recorded.audit);
    }
    const severity =
      result === 'counterfeit'
        ? policy.body.violation.counterfeitSeverity
        : policy.body.violation.inferiorSeverity;
    const ledger: Ledger = {
      id: decisionId,
      kind: 'test_buy_violation',
      subject_type: 'listing',
      subject_id: listing.id,
      item_id: null,
      listing_id: listing.id,
      store_id: listing.store_id,
      notifier_org_id: null,
      previous_decision_id: null,
      created_at: now,
      infringement_type: severity,
      restriction: 'listing_removed',
    };
    const counted = await countInfringement(trx, {
      decision: ledger,
      storeId: listing.store_id,
      severity,
      now,
      actor: { kind: 'reviewer', userId: actor.userId, label: actor.label },
      note: `Test buy ${testBuyId}: ${result}`,
    });
    if (counted) audit.push(...counted.audit);
    const copies = policy.body.violation.takeDownCopies
      ? await repo.copiesOf(trx, { id: listing.id, store_id: listing.store_id, title: listing.title })
      : [];
    for (const copy of copies) {
      const down = await takeDownListing(trx, {
        listingId: copy.id,
        source: 'test_buy',
        actorLabel: actor.label,
        now,
        decision: () =>
          decisionParts(
            `This listing offers the same product as "${listing.title}" (${listing.external_id}) of the same store, which a test buy found ${result}. ${because}`,
            `${reasonCode}_copy`,
          ),
      });
      if (down) audit.push(...down.audit);
    }
    const criteria = await seriousnessOf(trx, listing, copies, policy.body.referral, now, false);
    let referralId: string | null = null;
    if (isSerious(criteria)) {
      const opened = await openReferral(trx, {
        testBuyId,
        storeId: listing.store_id,
        sellerOrgId: listing.seller_org_id,
        marketplaceId: listing.marketplace_id,
        jurisdiction: listing.jurisdiction,
        criteria,
        openedBy: TEST_BUY_ACTOR,
        now,
      });
      referralId = opened.id;
      audit.push(...opened.audit);
    }
    const outcomePath = `/v1/test-buys/${testBuyId}/outcome`;
    await notify(trx, {
      orgIds: [listing.seller_org_id],
      itemId: null,
      of: TEST_BUY_VIOLATION,
      body: {
        testBuyId,
        listingId: listing.id,
        result,
        decisionId,
        statementPath: `/v1/statements/${decisionId}`,
        outcomePath,
      },
      now,
    });
    await notify(trx, {
      orgIds: [found.requested_by_org_id],
      itemId: null,
      of: TEST_BUY_OUTCOME,
      body: { testBuyId, listingId: listing.id, result, outcomePath },
      now,
    });
    await repo.setStatus(trx, testBuyId, {
      status: result,
      decision_id: decisionId,
      deduction_entry_id: counted?.entryId ?? null,
      outcome_reason: input.reasonText,
      decided_at: now,
      decided_by: actor.label,
    });
    audit.push({
      actor: actor.label,
      action: `test_buy.${result}`,
      entityType: 'test_buy',
      entityId: testBuyId,
      data: {
        decisionId,
        severity,
        points: counted?.points ?? 0,
        copies: copies.map((c) => c.id),
        referralId,
        criteria,
      },
    });
    await appendAudit(trx, audit);
  });
}
