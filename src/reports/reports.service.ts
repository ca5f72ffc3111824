import { sql } from 'kysely';
import { readableOrgIds } from '../accounts/index.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOperatorAdmin, isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { getStanding } from '../notifiers/index.ts';
import { moneyReport } from '../payments/index.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './reports.repository.ts';
import {
  DURATIONS,
  type Duration,
  MAX_MONTHS,
  METRICS,
  type Metric,
  monthIndex,
  monthsBetween,
  NONE,
  percentileHours,
} from './reports.ts';

export type Metrics = Record<Metric, number>;

export interface DurationFigures {
  /** Hours, read from the histogram (an over-estimate by at most one bucket, ~19 %). */
  median: number | null;
  p90: number | null;
  p99: number | null;
  count: number;
}

export interface ReportRange {
  from?: string | undefined;
  to?: string | undefined;
  marketplaceId?: string | undefined;
  jurisdiction?: string | undefined;
}

interface Resolved {
  from: string;
  to: string;
  months: string[];
  marketplaces: Array<{ id: string; name: string; jurisdiction: string }>;
  /** Null: every marketplace (and the counters not tied to one). */
  marketplaceIds: string[] | null;
}

const zero = (): Metrics => Object.fromEntries(METRICS.map((m) => [m, 0])) as Metrics;

function addMetric(target: Metrics, metric: string, value: number) {
  if ((METRICS as readonly string[]).includes(metric)) target[metric as Metric] += value;
}

/** Checks the range (YYYY-MM, not reversed, at most MAX_MONTHS) and the marketplace filter. */
async function resolve(db: Database, range: ReportRange, now: Date): Promise<Resolved> {
  const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const to = range.to === undefined ? thisMonth : monthIndex(range.to);
  if (to === null) throw AppError.field('/to', 'month', 'a month as YYYY-MM (2000-2999)');
  const from = range.from === undefined ? to - 11 : monthIndex(range.from);
  if (from === null) throw AppError.field('/from', 'month', 'a month as YYYY-MM (2000-2999)');
  if (from > to) throw AppError.field('/to', 'to-after-from', 'the last month must not be before the first');
  if (to - from + 1 > MAX_MONTHS)
    throw AppError.field('/from', 'range-limit', `a report covers at most ${MAX_MONTHS} months`);
  const marketplaces = (
    await db.selectFrom('marketplaces').select(['id', 'name', 'jurisdiction']).orderBy('name').execute()
  ).map((m) => ({ id: m.id, name: m.name, jurisdiction: m.jurisdiction }));
  let chosen = marketplaces;
  if (range.marketplaceId) {
    chosen = marketplaces.filter((m) => m.id === range.marketplaceId);
    if (chosen.length === 0)
      throw AppError.field('/marketplaceId', 'marketplace-exists', 'no such marketplace');
  }
  if (range.jurisdiction) {
    chosen = chosen.filter((m) => m.jurisdiction === range.jurisdiction);
    if (chosen.length === 0)
      throw AppError.field('/jurisdiction', 'jurisdiction-exists', 'no marketplace in this jurisdiction');
  }
  const months = monthsBetween(from, to);
  return {
    from: months[0] as string,
    to: months.at(-1) as string,
    months,
    marketplaces: chosen,
    marketplaceIds: range.marketplaceId || range.jurisdiction ? chosen.map((m) => m.id) : null,
  };
}

function durationFigures(
  rows: readonly { metric: string; bucket: number; value: number | string }[],
  metric: Duration,
) {
  const histogram = new Map<number, number>();
  for (const r of rows)
    if (r.metric === metric) histogram.set(r.bucket, (histogram.get(r.bucket) ?? 0) + Number(r.value));
  return {
    median: percentileHours(histogram, 0.5),
    p90: percentileHours(histogram, 0.9),
    p99: percentileHours(histogram, 0.99),
    count: [...histogram.values()].reduce((a, b) => a + b, 0),
  };
}

/** The counters of a range, by month, by marketplace and by reason. */
async function figures(db: Database, r: Resolved, orgId?: string) {
  const filter = {
    from: `${r.from}-01`,
    to: `${r.to}-01`,
    ...(r.marketplaceIds ? { marketplaceIds: r.marketplaceIds } : {}),
    ...(orgId ? { orgId } : {}),
  };
  const [counts, durations] = await Promise.all([
    repo.countsBetween(db, filter),
    repo.durationsBetween(db, filter),
  ]);
  const byMonth = new Map(r.months.map((m) => [m, zero()]));
  const byMarketplace = new Map<string, Metrics>();
  const byMonthMarketplace = new Map<string, Metrics>();
  const totals = zero();
  const reasons = new Map<string, number>();
  for (const c of counts) {
    const value = Number(c.value);
    if (c.metric.startsWith('removed:') || c.metric.startsWith('rejected:')) {
      reasons.set(c.metric, (reasons.get(c.metric) ?? 0) + value);
      continue;
    }
    addMetric(totals, c.metric, value);
    addMetric(byMonth.get(c.month) ?? zero(), c.metric, value);
    const perMarketplace = byMarketplace.get(c.marketplace_id) ?? zero();
    byMarketplace.set(c.marketplace_id, perMarketplace);
    addMetric(perMarketplace, c.metric, value);
    const key = `${c.month}|${c.marketplace_id}`;
    const perMonthMarketplace = byMonthMarketplace.get(key) ?? zero();
    byMonthMarketplace.set(key, perMonthMarketplace);
    addMetric(perMonthMarketplace, c.metric, value);
  }
  const names = new Map(r.marketplaces.map((m) => [m.id, m]));
  return {
    totals,
    months: r.months.map((month) => ({ month, metrics: byMonth.get(month) as Metrics })),
    marketplaces: [...byMarketplace]
      .filter(([id]) => id !== NONE)
      .map(([id, metrics]) => ({
        marketplaceId: id,
        name: names.get(id)?.name ?? id,
        jurisdiction: names.get(id)?.jurisdiction ?? '',
        metrics,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    targetedVsRemoved: [...byMonthMarketplace]
      .map(([key, metrics]) => {
        const [month, marketplaceId] = key.split('|') as [string, string];
        return {
          month,
          marketplaceId,
          name: names.get(marketplaceId)?.name ?? null,
          targeted: metrics.items_targeted,
          removed: metrics.items_removed,
        };
      })
      .filter((row) => row.marketplaceId !== NONE && (row.targeted > 0 || row.removed > 0))
      .sort((a, b) => a.month.localeCompare(b.month) || (a.name ?? '').localeCompare(b.name ?? '')),
    reasons: [...reasons]
      .map(([metric, count]) => {
        const [outcome, reasonCode] = metric.split(':') as ['removed' | 'rejected', string];
        return { outcome, reasonCode, count };
      })
      .sort((a, b) => b.count - a.count || a.reasonCode.localeCompare(b.reasonCode)),
    durations: Object.fromEntries(DURATIONS.map((d) => [d, durationFigures(durations, d)])) as Record<
      Duration,
      DurationFigures
    >,
  };
}

const share = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

// ---------------------------------------------------------------- the operator's report

export type OperatorReport = Awaited<ReturnType<typeof operatorReport>>;

/** What the operator proves to regulators and brands (operator staff only). */
export async function operatorReport(db: Database, actor: Principal, range: ReportRange, now = new Date()) {
  if (!isOperatorStaff(actor)) throw AppError.forbidden('Only operator staff read the operator report');
  const r = await resolve(db, range, now);
  const f = await figures(db, r);
  const start = new Date(`${r.from}-01T00:00:00Z`);
  const toStart = new Date(`${r.to}-01T00:00:00Z`);
  const end = new Date(Date.UTC(toStart.getUTCFullYear(), toStart.getUTCMonth() + 1, 1));
  const { rows: registered } = await sql<{ brands: number; rights: number; participants: number }>`
    select (select count(*) from organisations where kind = 'brand')::int as brands,
           (select count(*) from rights where status = 'verified')::int as rights,
           (select count(*) from notifier_programme where status = 'member')::int as participants`.execute(
    db,
  );
  const members = (
    await db.selectFrom('notifier_programme').select('org_id').where('status', '=', 'member').execute()
  ).map((m) => m.org_id);
  const memberFigures = zero();
  if (members.length > 0) {
    const rows = await repo.countsBetween(db, {
      from: `${r.from}-01`,
      to: `${r.to}-01`,
      orgIds: members,
      ...(r.marketplaceIds ? { marketplaceIds: r.marketplaceIds } : {}),
    });
    const set = new Set(members);
    for (const c of rows) if (set.has(c.org_id)) addMetric(memberFigures, c.metric, Number(c.value));
  }
  const marketplaceFilter = r.marketplaceIds ?? null;
  const { rows: programmes } = await sql<{ test_buys: number; counterfeit: number; referrals: number }>`
    select (select count(*) from test_buys where created_at >= ${start} and created_at < ${end}
              and (${marketplaceFilter}::uuid[] is null or marketplace_id = any(${marketplaceFilter}::uuid[])))::int as test_buys,
           (select count(*) from test_buys where created_at >= ${start} and created_at < ${end}
              and status in ('counterfeit', 'inferior')
              and (${marketplaceFilter}::uuid[] is null or marketplace_id = any(${marketplaceFilter}::uuid[])))::int as counterfeit,
           (select count(*) from referral_cases where created_at >= ${start} and created_at < ${end})::int as referrals`.execute(
    db,
  );
  const money = await moneyReport(db, actor, {
    from: r.from,
    to: r.to,
    ...(range.marketplaceId ? { marketplaceId: range.marketplaceId } : {}),
  });
  const refunds = new Map<string, number>();
  for (const row of money)
    refunds.set(row.currency, (refunds.get(row.currency) ?? 0) + Number(row.refundsPaid));
  const t = f.totals;
  return {
    from: r.from,
    to: r.to,
    marketplaceId: range.marketplaceId ?? null,
    jurisdiction: range.jurisdiction ?? null,
    totals: t,
    months: f.months,
    marketplaces: f.marketplaces,
    reasons: f.reasons,
    timeToTakedown: {
      ...f.durations.notice_to_takedown,
      within24h: share(t.removed_within_24h, t.items_removed),
    },
    timeToDecision: f.durations.notice_to_decision,
    proactiveToReactive:
      t.removals_reactive === 0 ? null : Math.round((t.removals_proactive / t.removals_reactive) * 100) / 100,
    automatedShare: share(t.decisions_automated, t.decisions_automated + t.decisions_human),
    registered: {
      brands: registered[0]?.brands ?? 0,
      validatedRights: registered[0]?.rights ?? 0,
      goodFaithParticipants: registered[0]?.participants ?? 0,
    },
    goodFaith: {
      itemsTargeted: memberFigures.items_targeted,
      itemsRemoved: memberFigures.items_removed,
      appealsDecided: memberFigures.appeals_decided,
      appealsReversed: memberFigures.appeals_reversed,
      successfulAppealRate: share(memberFigures.appeals_reversed, memberFigures.appeals_decided),
    },
    testBuys: {
      bought: programmes[0]?.test_buys ?? 0,
      counterfeitOrInferior: programmes[0]?.counterfeit ?? 0,
    },
    referrals: programmes[0]?.referrals ?? 0,
    refundsPaid: [...refunds].map(([currency, amount]) => ({ currency, amount })),
  };
}

// ---------------------------------------------------------------- a brand's report

export type BrandReport = Awaited<ReturnType<typeof brandReport>>;

/**
 * A brand's own figures: its notices' targeted against removed listings per month and
 * marketplace, time to takedown, outcomes by reason, counter-notices, proactive removals that
 * protected its marks. The brand (and its agents) for itself; operator staff for any brand.
 */
export async function brandReport(
  db: Database,
  actor: Principal,
  orgId: string,
  range: ReportRange,
  now = new Date(),
) {
  if (!isOperatorStaff(actor) && !hasRole(actor, 'rights_holder', 'agent'))
    throw AppError.forbidden('Only a brand, its agents and operator staff read a brand report');
  const org = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('id', '=', orgId)
    .executeTakeFirst();
  if (
    !org ||
    org.kind !== 'brand' ||
    (!isOperatorStaff(actor) && !(await readableOrgIds(db, actor)).includes(orgId))
  )
    throw AppError.notFound('Brand');
  const r = await resolve(db, range, now);
  const f = await figures(db, r, orgId);
  const t = f.totals;
  return {
    brand: { id: org.id, name: org.name },
    standing: await standingSummary(db, actor, orgId, now),
    from: r.from,
    to: r.to,
    marketplaceId: range.marketplaceId ?? null,
    jurisdiction: range.jurisdiction ?? null,
    totals: t,
    months: f.months,
    targetedVsRemoved: f.targetedVsRemoved,
    reasons: f.reasons,
    timeToTakedown: {
      ...f.durations.notice_to_takedown,
      within24h: share(t.removed_within_24h, t.items_removed),
    },
    counterNotices: {
      succeeded: t.counter_notices_succeeded,
      failed: t.counter_notices_failed,
      successRate: share(t.counter_notices_succeeded, t.counter_notices_succeeded + t.counter_notices_failed),
    },
    proactiveRemovals: t.removals_proactive,
  };
}

/** The brand's Good Faith standing as the notifiers module measures it (its own window). */
async function standingSummary(db: Database, actor: Principal, orgId: string, now: Date) {
  try {
    const s = await getStanding(db, actor, orgId, { now });
    return {
      programme: s.programme.status,
      qualifies: s.qualifies,
      decided: s.rates.decided,
      conformingShare: s.rates.conformingShare,
      takedownSuccess: s.rates.takedownSuccess,
      counterNoticeShare: s.rates.counterNoticeShare,
    };
  } catch (error) {
    // Standing is the notifiers module's to show: who may not read it there gets none here.
    if (error instanceof AppError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) return null;
    throw error;
  }
}

// ---------------------------------------------------------------- CSV

/** One row per month, marketplace (or all) and metric: what a spreadsheet pivots. */
export function reportCsv(report: { months: OperatorReport['months'] }): string {
  const lines = ['month,metric,value'];
  for (const m of report.months)
    for (const metric of METRICS) lines.push(`${m.month},${metric},${m.metrics[metric]}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------- public transparency

/**
 * What the public page shows: the operator report without anything about a party (no brand,
 * store or person; marketplaces folded into their jurisdictions; no money).
 */
export function publicFigures(report: OperatorReport) {
  const jurisdictions = new Map<string, Metrics>();
  for (const m of report.marketplaces) {
    const metrics = jurisdictions.get(m.jurisdiction) ?? zero();
    jurisdictions.set(m.jurisdiction, metrics);
    for (const metric of METRICS) metrics[metric] += m.metrics[metric];
  }
  return {
    from: report.from,
    to: report.to,
    totals: report.totals,
    months: report.months,
    jurisdictions: [...jurisdictions]
      .map(([jurisdiction, metrics]) => ({ jurisdiction, metrics }))
      .sort((a, b) => a.jurisdiction.localeCompare(b.jurisdiction)),
    reasons: report.reasons,
    timeToTakedown: report.timeToTakedown,
    timeToDecision: report.timeToDecision,
    proactiveToReactive: report.proactiveToReactive,
    automatedShare: report.automatedShare,
    registered: report.registered,
    goodFaith: report.goodFaith,
    testBuys: report.testBuys,
    referrals: report.referrals,
  };
}
export type PublicFigures = ReturnType<typeof publicFigures>;

export interface Publication {
  id: string;
  publishedAt: string;
  figures: PublicFigures;
}

/** An operator admin publishes the figures of a range (a snapshot, audited). */
export async function publishFigures(
  db: Database,
  actor: Principal,
  range: { from: string; to: string },
  now = new Date(),
): Promise<Publication> {
  if (!isOperatorAdmin(actor)) throw AppError.forbidden('Only operator admins publish transparency figures');
  const figures = publicFigures(await operatorReport(db, actor, range, now));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('report_publications')
      .values({
        id,
        from_month: figures.from,
        to_month: figures.to,
        figures: JSON.stringify(figures),
        published_by: actor.userId as string,
        published_at: now,
      })
      .execute();
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'report.published',
        entityType: 'report_publication',
        entityId: id,
        data: { from: figures.from, to: figures.to },
      },
    ]);
  });
  return { id, publishedAt: now.toISOString(), figures };
}

/** The latest publication, for anyone (no login). */
export async function latestPublication(db: Database): Promise<Publication> {
  const row = await db
    .selectFrom('report_publications')
    .select(['id', 'published_at', 'figures'])
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Published transparency figures');
  return { id: row.id, publishedAt: row.published_at.toISOString(), figures: row.figures as PublicFigures };
}
