import { readableOrgIds } from '../accounts/index.ts';
import { hasRole, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { currentPolicy } from '../policies/index.ts';
import { isLiaison, referralOfTestBuy } from '../referrals/index.ts';
import { mayReadCase, toStepView, verifyCustody } from './custody.service.ts';
import { nextStep } from './custody.ts';
import { seriousnessOf } from './outcome.service.ts';
import { SAMPLING_POLICY_KEY } from './sampling.policy.ts';
import { explain } from './sampling.ts';
import * as repo from './test-buy.repository.ts';
import type { TestBuyStatus } from './test-buy.table.ts';

const DECIDED: readonly TestBuyStatus[] = ['genuine', 'counterfeit', 'inferior'];
const iso = (d: Date | null) => d?.toISOString() ?? null;

function summaryOf(t: repo.TestBuyRow) {
  return {
    id: t.id,
    planId: t.plan_id,
    listing: {
      id: t.listing_id,
      externalId: t.external_id,
      title: t.title,
      url: t.url,
      state: t.listing_state,
    },
    store: { id: t.store_id, name: t.store_name },
    marketplace: { id: t.marketplace_id, name: t.marketplace_name },
    jurisdiction: t.jurisdiction,
    category: t.category,
    stratum: t.stratum,
    riskScore: t.risk_score,
    status: t.status,
    requestedBy: t.requested_by_name,
    decisionId: t.decision_id,
    decidedAt: iso(t.decided_at),
    createdAt: t.created_at.toISOString(),
  };
}

/**
 * The investigation of one test buy: why it was drawn, every custody step with its hashes and
 * signatures, the chain's verification, the outcome. Operator staff, enforcement liaison, and the
 * custodian who received the goods; everyone else 404. The buyer identity used is shown to
 * operator staff and liaison only.
 */
export async function getCase(db: Database, actor: Principal, id: string) {
  const t = await repo.findTestBuy(db, id);
  if (!t || !(await mayReadCase(db, actor, id))) throw AppError.notFound('Test buy');
  const staff = isOperatorStaff(actor) || isLiaison(actor);
  const steps = (await repo.stepsOf(db, id)).map(toStepView).map((s) => {
    if (staff || s.data.buyerIdentity === undefined) return s;
    const { buyerIdentity: _hidden, ...data } = s.data;
    return { ...s, data };
  });
  const verdict = await verifyCustody(db, id);
  return {
    ...summaryOf(t),
    reason: t.reasons,
    explanation: explain(t.reasons),
    outcomeReason: t.outcome_reason,
    decidedBy: t.decided_by,
    statementPath: t.decision_id ? `/v1/statements/${t.decision_id}` : null,
    nextStep:
      DECIDED.includes(t.status) && steps.at(-1)?.step !== 'inspected'
        ? null
        : nextStep(steps.at(-1)?.step ?? null),
    steps,
    custody: verdict,
    referralId: isLiaison(actor) ? await referralOfTestBuy(db, id) : null,
  };
}

export async function listTestBuys(
  db: Database,
  actor: Principal,
  filter: {
    status?: TestBuyStatus | undefined;
    marketplaceId?: string | undefined;
    storeId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  if (!isOperatorStaff(actor) && !isLiaison(actor))
    throw AppError.forbidden('Only operator staff and enforcement liaison list test buys');
  return { items: (await repo.listTestBuys(db, filter)).map(summaryOf) };
}

/**
 * A decided test buy as its parties see it: the seller of the store (what its defence needs: the
 * result, the inspection's summary and report hash, the statement of reasons), the brand that
 * requested it, and operator staff. Never the custody chain, the order or the buyer identity used.
 * Until it is decided, the seller gets 404 (the investigation is not disclosed).
 */
export async function getOutcome(db: Database, actor: Principal, id: string) {
  const t = await repo.findTestBuy(db, id);
  if (!t) throw AppError.notFound('Test buy');
  const staff = isOperatorStaff(actor) || isLiaison(actor);
  const brand =
    hasRole(actor, 'rights_holder', 'agent') &&
    t.requested_by_org_id !== null &&
    (await readableOrgIds(db, actor)).includes(t.requested_by_org_id);
  const seller = hasRole(actor, 'seller') && t.seller_org_id === actor.orgId && DECIDED.includes(t.status);
  if (!staff && !brand && !seller) throw AppError.notFound('Test buy');
  const decided = DECIDED.includes(t.status);
  const inspection = decided ? (await repo.stepsOf(db, id)).find((s) => s.kind === 'inspected') : undefined;
  return {
    id: t.id,
    listing: { id: t.listing_id, externalId: t.external_id, title: t.title, url: t.url },
    store: { id: t.store_id, name: t.store_name },
    marketplace: { id: t.marketplace_id, name: t.marketplace_name },
    status: t.status,
    result: decided ? (t.status as 'genuine' | 'counterfeit' | 'inferior') : null,
    inspection: inspection
      ? {
          result: inspection.data.result ?? null,
          summary: inspection.data.summary ?? '',
          inspectedAt: inspection.data.at ?? inspection.created_at.toISOString(),
          reports: inspection.documents,
        }
      : null,
    decisionId: t.decision_id,
    statementPath: t.decision_id ? `/v1/statements/${t.decision_id}` : null,
    decidedAt: iso(t.decided_at),
  };
}

/** What a referral by hand needs of a decided violation (null: no such violation). */
export async function violationContext(db: Database, testBuyId: string) {
  const t = await repo.findTestBuy(db, testBuyId);
  if (!t || (t.status !== 'counterfeit' && t.status !== 'inferior')) return null;
  const listing = (await repo.listingContext(db, t.listing_id))!;
  const policy = await currentPolicy(db, SAMPLING_POLICY_KEY);
  return {
    criteria: await seriousnessOf(db, listing, [], policy.body.referral, new Date(), true),
    testBuyId,
    storeId: t.store_id,
    sellerOrgId: t.seller_org_id,
    marketplaceId: t.marketplace_id,
    jurisdiction: t.jurisdiction,
  };
}
