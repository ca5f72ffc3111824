import { readableOrgIds } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { currentPolicy } from '../policies/index.ts';
import { newId } from '../shared/ids.ts';
import { riskSources } from './risk-sources.ts';
import { SAMPLING_POLICY_KEY } from './sampling.policy.ts';
import { type DrawReason, type DrawSummary, drawPlan, explain, type RiskCandidate } from './sampling.ts';
import * as repo from './test-buy.repository.ts';
import type { TestBuyStatus } from './test-buy.table.ts';

export interface PlanInput {
  period: string;
  seed: string;
  marketplaceId?: string | undefined;
  dryRun?: boolean | undefined;
}

export interface PlanEntryView {
  testBuyId: string | null;
  listing: { id: string; externalId: string; title: string; url: string; category: string | null };
  store: { id: string; name: string };
  marketplace: { id: string; name: string; jurisdiction: string };
  stratum: 'random' | 'risk';
  riskScore: number | null;
  reason: DrawReason;
  explanation: string;
  requestedBy: string | null;
  status: TestBuyStatus | null;
}

export interface PlanView {
  id: string | null;
  period: string;
  seed: string;
  marketplaceId: string | null;
  policyVersion: number;
  summary: DrawSummary;
  createdBy: string | null;
  createdAt: string | null;
  entries: PlanEntryView[];
}

/**
 * Everything the draw needs, read from the database: each registered source's nominations and its
 * score of every candidate, the random pool, the policy. Nominations are capped per source, so the
 * work per draw is bounded whatever the number of listings.
 */
async function gatherAndDraw(db: Database, input: PlanInput, now: Date) {
  const policy = await currentPolicy(db, SAMPLING_POLICY_KEY);
  const body = policy.body;
  const marketplaceId = input.marketplaceId ?? null;
  const sources = riskSources().filter((s) => (body.weights[s.name] ?? 0) > 0);
  const nominated = new Set<string>();
  if (body.riskSampleSize > 0)
    for (const source of sources)
      for (const id of await source.nominate(db, { marketplaceId, limit: body.candidatesPerSource, now }))
        nominated.add(id);
  const ids = [...nominated].sort();
  const categories = await repo.eligibleAmong(db, ids, marketplaceId);
  const factors = new Map<string, RiskCandidate['factors'][number][]>();
  for (const source of sources) {
    const scores = await source.score(db, ids, now);
    for (const [listingId, s] of scores) {
      const list = factors.get(listingId) ?? [];
      list.push({ source: source.name, value: s.value, detail: s.detail });
      factors.set(listingId, list);
    }
  }
  const candidates: RiskCandidate[] = ids
    .filter((id) => categories.has(id))
    .map((id) => ({ listingId: id, category: categories.get(id) ?? null, factors: factors.get(id) ?? [] }));
  const pool = await repo.randomPool(db, {
    seed: input.seed,
    take: body.randomPerCategory + body.riskSampleSize,
    categories: body.categories,
    marketplaceId,
  });
  const drawn = drawPlan({
    seed: input.seed,
    policy: body,
    candidates,
    pool,
    registeredSources: riskSources().map((s) => s.name),
  });
  // The pool read is capped per category; the explanation names the whole category's size.
  const sizes = await repo.poolSizes(db, marketplaceId, body.categories);
  for (const d of drawn.drawn)
    if (d.reason.stratum === 'random') d.reason.of = sizes.get(d.reason.category) ?? d.reason.of;
  for (const c of drawn.summary.categories) c.pool = sizes.get(c.category) ?? c.pool;
  return { policy, drawn };
}

function checkInput(actor: Principal, input: PlanInput) {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins draw test-buy plans');
  if (input.seed.trim() === '')
    throw AppError.field(
      '/seed',
      'required',
      'a plan is drawn from a seed (record it to reproduce the draw)',
    );
}

/**
 * Draws the period's plan (operator admins). With `dryRun` the draw is only shown; otherwise each
 * drawn listing becomes a planned test buy carrying why it was drawn, and the brand requests it
 * answers are marked planned.
 */
export async function createPlan(db: Database, actor: Principal, input: PlanInput): Promise<PlanView> {
  checkInput(actor, input);
  const now = new Date();
  if (input.dryRun) {
    const { policy, drawn } = await gatherAndDraw(db, input, now);
    const contexts = new Map(
      (
        await repo.listingContexts(
          db,
          drawn.drawn.map((d) => d.listingId),
        )
      ).map((c) => [c.id, c]),
    );
    const requests = await repo.openRequestsOf(
      db,
      drawn.drawn.map((d) => d.listingId),
    );
    return {
      id: null,
      period: input.period,
      seed: input.seed,
      marketplaceId: input.marketplaceId ?? null,
      policyVersion: policy.version,
      summary: drawn.summary,
      createdBy: null,
      createdAt: null,
      entries: drawn.drawn.map((d) => {
        const c = contexts.get(d.listingId)!;
        return {
          testBuyId: null,
          listing: { id: c.id, externalId: c.external_id, title: c.title, url: c.url, category: c.category },
          store: { id: c.store_id, name: c.store_name },
          marketplace: { id: c.marketplace_id, name: c.marketplace_name, jurisdiction: c.jurisdiction },
          stratum: d.reason.stratum,
          riskScore: d.reason.stratum === 'risk' ? d.reason.score : null,
          reason: d.reason,
          explanation: explain(d.reason),
          requestedBy: requests.find((r) => r.listing_id === d.listingId)?.brand_name ?? null,
          status: null,
        };
      }),
    };
  }
  const planId = newId();
  await db.transaction().execute(async (trx) => {
    const { policy, drawn } = await gatherAndDraw(trx, input, now);
    const ids = drawn.drawn.map((d) => d.listingId);
    const contexts = new Map((await repo.listingContexts(trx, ids)).map((c) => [c.id, c]));
    const requests = await repo.openRequestsOf(trx, ids);
    await repo.insertPlan(trx, {
      id: planId,
      period: input.period,
      seed: input.seed,
      marketplace_id: input.marketplaceId ?? null,
      policy_version: policy.version,
      summary: drawn.summary,
      created_by: actor.label,
      created_at: now,
    });
    const rows = drawn.drawn.map((d) => {
      const c = contexts.get(d.listingId)!;
      const request = requests.find((r) => r.listing_id === d.listingId);
      return {
        id: newId(),
        plan_id: planId,
        listing_id: c.id,
        store_id: c.store_id,
        marketplace_id: c.marketplace_id,
        jurisdiction: c.jurisdiction,
        category: c.category,
        stratum: d.reason.stratum,
        reasons: d.reason,
        risk_score: d.reason.stratum === 'risk' ? d.reason.score : null,
        request_id: request?.id ?? null,
        requested_by_org_id: request?.brand_org_id ?? null,
        created_at: now,
      };
    });
    await repo.insertTestBuys(trx, rows);
    await repo.markRequestsPlanned(
      trx,
      rows.flatMap((r) =>
        requests
          .filter((q) => q.listing_id === r.listing_id)
          .map((q) => ({ requestId: q.id, testBuyId: r.id })),
      ),
    );
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'test_buy.plan_drawn',
        entityType: 'test_buy_plan',
        entityId: planId,
        data: {
          period: input.period,
          seed: input.seed,
          marketplaceId: input.marketplaceId ?? null,
          policyVersion: policy.version,
          drawn: rows.map((r) => r.listing_id),
        },
      },
    ]);
  });
  return (await getPlan(db, actor, planId))!;
}

export async function getPlan(db: Database, actor: Principal, id: string): Promise<PlanView> {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Only operator staff read test-buy plans');
  const plan = await repo.findPlan(db, id);
  if (!plan) throw AppError.notFound('Test-buy plan');
  const buys = await repo.testBuysOfPlan(db, id);
  return {
    id: plan.id,
    period: plan.period,
    seed: plan.seed,
    marketplaceId: plan.marketplace_id,
    policyVersion: plan.policy_version,
    summary: plan.summary,
    createdBy: plan.created_by,
    createdAt: plan.created_at.toISOString(),
    entries: buys.map((t) => ({
      testBuyId: t.id,
      listing: {
        id: t.listing_id,
        externalId: t.external_id,
        title: t.title,
        url: t.url,
        category: t.category,
      },
      store: { id: t.store_id, name: t.store_name },
      marketplace: { id: t.marketplace_id, name: t.marketplace_name, jurisdiction: t.jurisdiction },
      stratum: t.stratum,
      riskScore: t.risk_score,
      reason: t.reasons,
      explanation: explain(t.reasons),
      requestedBy: t.requested_by_name,
      status: t.status,
    })),
  };
}

export async function listPlans(db: Database, actor: Principal, page: { limit: number; offset: number }) {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Only operator staff read test-buy plans');
  const rows = await repo.listPlans(db, page);
  return {
    items: rows.map((p) => ({
      id: p.id,
      period: p.period,
      seed: p.seed,
      marketplaceId: p.marketplace_id,
      policyVersion: p.policy_version,
      drawn: Number(p.drawn),
      createdBy: p.created_by,
      createdAt: p.created_at.toISOString(),
    })),
  };
}

// Brand requests.

export async function requestTestBuy(
  db: Database,
  actor: Principal,
  input: { listingId: string; reasonText: string; brandOrgId?: string | undefined },
) {
  if (!hasRole(actor, 'rights_holder', 'agent'))
    throw AppError.forbidden('Only rights holders and their agents request test buys');
  const brandOrgId = input.brandOrgId ?? actor.orgId;
  const orgs = await readableOrgIds(db, actor);
  if (!orgs.includes(brandOrgId))
    throw AppError.field('/brandOrgId', 'acts-for', 'you do not act for this brand today');
  if (input.reasonText.trim() === '')
    throw AppError.field('/reasonText', 'required', 'say why the listing is suspected');
  const listing = await repo.listingContext(db, input.listingId);
  if (!listing) throw AppError.notFound('Listing');
  if (listing.state !== 'active')
    throw AppError.conflict('The listing is no longer active', {
      rule: 'listing-active',
      state: listing.state,
    });
  if (await repo.openRequestOf(db, brandOrgId, listing.id))
    throw AppError.conflict('Your brand already asked for a test buy of this listing', {
      rule: 'one-open-request',
    });
  const id = newId();
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    await repo.insertRequest(trx, {
      id,
      brand_org_id: brandOrgId,
      listing_id: listing.id,
      reason_text: input.reasonText,
      created_by: actor.label,
      created_at: now,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'test_buy.requested',
        entityType: 'test_buy_request',
        entityId: id,
        data: { brandOrgId, listingId: listing.id },
      },
    ]);
  });
  const [row] = await repo
    .listRequests(db, { brandOrgIds: [brandOrgId], limit: 500, offset: 0 })
    .then((rows) => rows.filter((r) => r.id === id));
  return toRequest(row!);
}

export async function listRequests(db: Database, actor: Principal, page: { limit: number; offset: number }) {
  let brandOrgIds: string[] | null;
  if (isOperatorStaff(actor)) brandOrgIds = null;
  else if (hasRole(actor, 'rights_holder', 'agent')) brandOrgIds = await readableOrgIds(db, actor);
  else throw AppError.forbidden('Only brands, their agents and operator staff read test-buy requests');
  return { items: (await repo.listRequests(db, { brandOrgIds, ...page })).map(toRequest) };
}

function toRequest(r: Awaited<ReturnType<typeof repo.listRequests>>[number]) {
  return {
    id: r.id,
    brandOrgId: r.brand_org_id,
    brandName: r.brand_name,
    listing: {
      id: r.listing_id,
      title: r.title,
      externalId: r.external_id,
      marketplaceName: r.marketplace_name,
    },
    reasonText: r.reason_text,
    status: r.status,
    testBuyId: r.test_buy_id,
    testBuyStatus: r.test_buy_status,
    decidedAt: r.decided_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  };
}
