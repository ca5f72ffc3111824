import { isOperatorStaff, type Principal } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { TRANSPARENCY_BATCH_SIZE } from './statement-store-request.schema.ts';
import { fineBucketUpperHours } from './transparency.effects.ts';
import * as repo from './transparency.repository.ts';
import {
  decodeCursor,
  encodeCursor,
  halfYear,
  type StatementStoreRequest,
  toStatementStoreRequest,
} from './transparency.ts';

/** DSA exports (Transparency Database batches, NDJSON) and the Art 24 report: operator staff only. */

const MAX_RANGE_DAYS = 366;
const DAY_MS = 86_400_000;

function requireStaff(principal: Principal): void {
  if (!isOperatorStaff(principal))
    throw AppError.forbidden('DSA transparency exports are for operator staff');
}

export interface RangeQuery {
  from: string;
  to: string;
  marketplaceId?: string | undefined;
  after?: string | undefined;
}

function parseDay(value: string, field: string): Date {
  const at = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(at.getTime()) ||
    at.toISOString().slice(0, 10) !== value
  )
    throw AppError.field(`/${field}`, 'date', `${field} must be a calendar date YYYY-MM-DD`);
  return at;
}

/** `from` and `to` are calendar days, both included; at most a year. */
async function range(db: Database, q: RangeQuery) {
  const from = parseDay(q.from, 'from');
  const to = new Date(parseDay(q.to, 'to').getTime() + DAY_MS);
  if (to <= from) throw AppError.field('/to', 'range-reversed', 'to must not be before from');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw AppError.field('/to', 'range-too-long', `the range may span at most ${MAX_RANGE_DAYS} days`);
  if (q.marketplaceId && !(await repo.marketplaceExists(db, q.marketplaceId)))
    throw AppError.field('/marketplaceId', 'unknown-marketplace', 'no marketplace has this id');
  let after: { at: Date; id: string } | null = null;
  if (q.after !== undefined) {
    after = decodeCursor(q.after);
    if (!after) throw AppError.field('/after', 'cursor', 'after must be a cursor returned as next');
  }
  return { from, to, marketplaceId: q.marketplaceId, after };
}

export interface StatementBatch {
  statements: StatementStoreRequest[];
  next: string | null;
  skipped: { decisionId: string; reason: string }[];
}

async function page(db: Database, q: Awaited<ReturnType<typeof range>>): Promise<StatementBatch> {
  const decisions = await repo.restrictingDecisions(db, { ...q, limit: TRANSPARENCY_BATCH_SIZE });
  const statements: StatementStoreRequest[] = [];
  const skipped: StatementBatch['skipped'] = [];
  for (const decision of decisions) {
    const mapped = toStatementStoreRequest(decision);
    if (mapped.ok) statements.push(mapped.statement);
    else skipped.push({ decisionId: decision.id, reason: mapped.reason });
  }
  const last = decisions.at(-1);
  const next =
    decisions.length === TRANSPARENCY_BATCH_SIZE && last ? encodeCursor(last.createdAt, last.id) : null;
  return { statements, next, skipped };
}

/** One batch of up to 100 statements, as `POST /api/v1/statements` takes them, and the cursor on. */
export async function statementBatch(
  db: Database,
  principal: Principal,
  q: RangeQuery,
): Promise<StatementBatch> {
  requireStaff(principal);
  return page(db, await range(db, q));
}

/**
 * Every statement of the range, one JSON line each, page by page (constant memory: one page of
 * 100 decisions at a time). Checks run before the first line is written, so bad input is a 4xx.
 */
export async function statementLines(
  db: Database,
  principal: Principal,
  q: RangeQuery,
): Promise<AsyncGenerator<string>> {
  requireStaff(principal);
  const first = await range(db, q);
  return (async function* lines() {
    let q2 = first;
    for (;;) {
      const batch = await page(db, q2);
      for (const statement of batch.statements) yield `${JSON.stringify(statement)}\n`;
      if (!batch.next) return;
      q2 = { ...q2, after: decodeCursor(batch.next) };
    }
  })();
}

export async function transparencyReport(db: Database, principal: Principal, period: string) {
  requireStaff(principal);
  const p = halfYear(period);
  if (!p) throw AppError.field('/period', 'half-year', 'period must be a half-year like 2026-H2');
  const [counts, durations, appeals, suspended] = await Promise.all([
    repo.periodCounts(db, p),
    repo.periodDurations(db, p),
    repo.complaints(db, p),
    repo.suspensions(db, p),
  ]);
  const { notices, actions, own, automated } = countedFigures(counts, durations);
  return {
    period,
    from: p.from.toISOString(),
    to: p.to.toISOString(),
    noticesReceived: notices,
    noticeActions: actions,
    ownInitiative: own,
    complaints: appeals,
    suspensions: suspended,
    outOfCourtDisputes: {
      count: 0,
      note: 'No out-of-court dispute settlement (DSA Art 21) is recorded by this platform; none are counted.',
    },
    automatedMeans: automated,
  };
}

type Counted = Awaited<ReturnType<typeof repo.periodCounts>>;
type Durations = Awaited<ReturnType<typeof repo.periodDurations>>;

/**
 * The counted sections of the Art 24 report from the period's counters: notices received, actions
 * on notices with their median hours (the upper bound of the histogram bucket holding the median,
 * at most 4.4 % above it), own-initiative restrictions and automated means.
 */
export function countedFigures(counts: Counted, durations: Durations) {
  const pick = (section: string) => {
    const out = new Map<string, Record<string, number>>();
    for (const c of counts) {
      if (c.section !== section) continue;
      const row = out.get(c.breakdown) ?? {};
      row[c.measure] = (row[c.measure] ?? 0) + c.value;
      out.set(c.breakdown, row);
    }
    return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
  const median = (section: string, breakdown: string) => {
    const histogram = durations
      .filter((d) => d.section === section && d.breakdown === breakdown)
      .sort((a, b) => a.bucket - b.bucket);
    const total = histogram.reduce((sum, d) => sum + d.value, 0);
    if (total === 0) return null;
    const rank = Math.ceil(total / 2);
    let seen = 0;
    for (const d of histogram) {
      seen += d.value;
      if (seen >= rank) return repo.hours(fineBucketUpperHours(d.bucket));
    }
    return null;
  };
  return {
    notices: pick('notices_received').map(([breakdown, m]) => {
      const [infringementType, flagger] = breakdown.split('|') as [string, string];
      return {
        infringementType,
        trustedFlagger: flagger === 'trusted',
        notices: m.notices ?? 0,
        items: m.items ?? 0,
      };
    }),
    actions: pick('notice_actions').map(([kind, m]) => ({
      kind,
      decisions: m.decisions ?? 0,
      medianHours: median('notice_actions', kind),
    })),
    own: pick('own_initiative').map(([kind, m]) => {
      const decisions = m.decisions ?? 0;
      const automated = m.automated ?? 0;
      return {
        kind,
        decisions,
        automated,
        automatedShare: decisions === 0 ? 0 : automated / decisions,
        automatedDetection: m.detected ?? 0,
      };
    }),
    automated: pick('automated_means').map(([automatedDecision, m]) => ({
      automatedDecision,
      decisions: m.decisions ?? 0,
      automatedDetection: m.detected ?? 0,
    })),
  };
}

export type TransparencyReport = Awaited<ReturnType<typeof transparencyReport>>;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One row per figure: section, breakdown, measure, value. */
export function reportCsv(report: TransparencyReport): string {
  const rows: unknown[][] = [['period', 'section', 'breakdown', 'measure', 'value']];
  const add = (section: string, breakdown: string, measures: Record<string, unknown>) => {
    for (const [measure, value] of Object.entries(measures))
      rows.push([report.period, section, breakdown, measure, value]);
  };
  for (const r of report.noticesReceived)
    add('notices_received', `${r.infringementType}${r.trustedFlagger ? ' trusted_flagger' : ''}`, {
      notices: r.notices,
      items: r.items,
    });
  for (const r of report.noticeActions)
    add('notice_actions', r.kind, { decisions: r.decisions, median_hours: r.medianHours });
  for (const r of report.ownInitiative)
    add('own_initiative', r.kind, {
      decisions: r.decisions,
      automated: r.automated,
      automated_share: r.automatedShare,
    });
  for (const r of report.complaints)
    add('complaints', r.basis, {
      received: r.received,
      upheld: r.upheld,
      reversed: r.reversed,
      open: r.open,
      median_hours: r.medianHours,
    });
  for (const r of report.suspensions) add('suspensions', `${r.subject} ${r.level}`, { count: r.count });
  add('out_of_court_disputes', '', { count: report.outOfCourtDisputes.count });
  for (const r of report.automatedMeans)
    add('automated_means', r.automatedDecision, {
      decisions: r.decisions,
      automated_detection: r.automatedDetection,
    });
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
