import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NotifierFiguresTable } from './standing.table.ts';
import {
  emptyFigures,
  FIGURE_COLUMNS,
  FIGURES,
  type Figures,
  type MonthFigures,
  NONCONFORMING_REASONS,
  type ReasonCode,
} from './standing.ts';

/** All SQL of notifier standing: the figures, and what the incremental path reads per event. */

export interface FiguresDelta {
  orgId: string;
  month: string;
  reasonCode: ReasonCode;
  delta: Partial<Figures>;
}

const monthDate = (month: string) => `${month}-01`;

/** Adds deltas to the figures (one upsert per cell, in a fixed order so concurrent writers never deadlock). */
export async function addToFigures(trx: Database, deltas: readonly FiguresDelta[], now: Date): Promise<void> {
  const cells = new Map<string, FiguresDelta & { delta: Figures }>();
  for (const d of deltas) {
    const key = `${d.orgId}|${d.month}|${d.reasonCode}`;
    const cell = cells.get(key) ?? { ...d, delta: emptyFigures() };
    for (const f of FIGURES) cell.delta[f] += d.delta[f] ?? 0;
    cells.set(key, cell);
  }
  for (const key of [...cells.keys()].sort()) {
    const cell = cells.get(key)!;
    const values: Record<string, unknown> = {
      org_id: cell.orgId,
      month: monthDate(cell.month),
      reason_code: cell.reasonCode,
      updated_at: now,
    };
    for (const f of FIGURES) values[FIGURE_COLUMNS[f]] = cell.delta[f];
    await trx
      .insertInto('notifier_figures')
      .values(values as unknown as NotifierFiguresTable)
      .onConflict((oc) =>
        oc.columns(['org_id', 'month', 'reason_code']).doUpdateSet((eb) => {
          const set: Record<string, unknown> = { updated_at: now };
          for (const f of FIGURES) {
            const column = FIGURE_COLUMNS[f] as keyof NotifierFiguresTable & string;
            set[column] = sql`${eb.ref(`notifier_figures.${column}`)} + ${cell.delta[f]}`;
          }
          return set as never;
        }),
      )
      .execute();
  }
}

function toMonthFigures(row: NotifierFiguresTable): MonthFigures & { orgId: string } {
  const figures = emptyFigures();
  for (const f of FIGURES) figures[f] = Number(row[FIGURE_COLUMNS[f] as keyof NotifierFiguresTable]);
  return { orgId: row.org_id, month: String(row.month).slice(0, 7), reasonCode: row.reason_code, figures };
}

/** The figures of the given organisations from `fromMonth` on (every month when null). */
export async function figuresOf(
  db: Database,
  orgIds: readonly string[] | null,
  fromMonth: string | null,
): Promise<Array<MonthFigures & { orgId: string }>> {
  if (orgIds !== null && orgIds.length === 0) return [];
  let query = db
    .selectFrom('notifier_figures')
    .selectAll()
    .orderBy('org_id')
    .orderBy('month')
    .orderBy('reason_code');
  if (orgIds !== null) query = query.where('org_id', 'in', [...orgIds]);
  if (fromMonth !== null) query = query.where('month', '>=', monthDate(fromMonth));
  return (await query.execute()).map(toMonthFigures);
}

/** The notice and parties behind an item (what a decision or outcome on it counts toward). */
export async function noticesOfItems(db: Database, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('notice_items')
    .innerJoin('notices', 'notices.id', 'notice_items.notice_id')
    .select([
      'notice_items.id as item_id',
      'notices.principal_org_id',
      'notices.filer_org_id',
      'notices.infringement_type',
    ])
    .where('notice_items.id', 'in', [...itemIds])
    .execute();
}

export async function decisionsByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('decisions')
    .leftJoin('decisions as previous', 'previous.id', 'decisions.previous_decision_id')
    .select([
      'decisions.id',
      'decisions.kind',
      'decisions.item_id',
      'decisions.reason_code',
      'decisions.created_at',
      'previous.kind as previous_kind',
      'previous.reason_code as previous_reason_code',
    ])
    .where('decisions.id', 'in', [...ids])
    .execute();
}

export async function outcomesByIds(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('outcomes')
    .select(['id', 'item_id', 'kind', 'cause', 'counter_notice_succeeded', 'created_at'])
    .where('id', 'in', [...ids])
    .execute();
}

/**
 * Every figure recomputed from the records (notices, decisions, outcomes), written in place of the
 * kept ones: the same numbers the incremental path arrives at (a property test holds them equal).
 * A fact whose event the subscriber has not consumed yet (numbered after `cursor`, or not numbered)
 * is left out, since the subscriber will still add it; facts recorded before their event existed
 * (notices filed before this module) are counted. The caller holds the subscriber's cursor.
 */
export async function rebuildFigures(trx: Database, now: Date, cursor: number): Promise<number> {
  await sql`delete from notifier_figures`.execute(trx);
  const nonconforming = sql.join(NONCONFORMING_REASONS.map((r) => sql.lit(r)));
  const pending = (type: string, id: string) =>
    sql.raw(`not exists (select 1 from events e where e.subject_type = '${type === 'notice.filed' ? 'notice' : type === 'notice.refused' ? 'intake_refusal' : type === 'outcome.recorded' ? 'outcome' : 'decision'}'
                and e.subject_id = ${id}::text and e.type = '${type}' and (e.seq is null or e.seq > ${Math.trunc(cursor)}))`);
  const result = await sql<{ n: number }>`
    with facts as (
      select n.principal_org_id, n.filer_org_id, n.infringement_type, n.created_at as at,
             1 as notices, n.item_count as items, 0 as nonconforming, 0 as removed, 0 as rejected_other,
             0 as counter_notices_succeeded, 0 as appeal_reversals, 0 as withdrawals, 0 as provisional_reversals,
             0 as intake_refused
        from notices n
       where ${pending('notice.filed', 'n.id')}
      union all
      select n.principal_org_id, n.filer_org_id, n.infringement_type, d.created_at,
             0, 0,
             case when d.kind = 'notice_rejection' and d.reason_code in (${nonconforming}) then 1
                  when d.kind = 'appeal_reversed' and p.kind = 'notice_rejection' and p.reason_code in (${nonconforming}) then -1
                  else 0 end,
             case when d.kind = 'notice_removal' or (d.kind = 'appeal_reversed' and p.kind = 'notice_rejection') then 1 else 0 end,
             case when d.kind = 'notice_rejection' and (d.reason_code is null or d.reason_code not in (${nonconforming})) then 1
                  when d.kind = 'appeal_reversed' and p.kind = 'notice_rejection' and (p.reason_code is null or p.reason_code not in (${nonconforming})) then -1
                  else 0 end,
             0,
             case when d.kind = 'appeal_reversed' and p.kind in ('notice_removal', 'takedown_upheld') then 1 else 0 end,
             0, 0, 0
        from decisions d
        join notice_items i on i.id = d.item_id
        join notices n on n.id = i.notice_id
        left join decisions p on p.id = d.previous_decision_id
       where (d.kind in ('notice_rejection', 'notice_removal')
              or (d.kind = 'appeal_reversed' and p.kind in ('notice_removal', 'takedown_upheld', 'notice_rejection')))
         and ${pending('decision.made', 'd.id')}
      union all
      select n.principal_org_id, n.filer_org_id, n.infringement_type, o.created_at,
             0, 0, 0, 0, 0,
             case when o.counter_notice_succeeded then 1 else 0 end,
             0,
             case when o.kind = 'withdrawn' then 1 else 0 end,
             case when o.cause = 'provisional_reversed' then 1 else 0 end,
             0
        from outcomes o
        join notice_items i on i.id = o.item_id
        join notices n on n.id = i.notice_id
       where (o.kind = 'withdrawn' or o.counter_notice_succeeded or o.cause = 'provisional_reversed')
         and ${pending('outcome.recorded', 'o.id')}
      union all
      select r.principal_org_id, r.filer_org_id, r.infringement_type, r.created_at,
             0, 0, 0, 0, 0, 0, 0, 0, 0, 1
        from intake_refusals r
       where ${pending('notice.refused', 'r.id')}
    ),
    counted as (
      select parties.org_id, date_trunc('month', f.at at time zone 'UTC')::date as month,
             f.infringement_type as reason_code,
             sum(notices)::int as notices, sum(items)::int as items, sum(nonconforming)::int as nonconforming,
             sum(removed)::int as removed, sum(rejected_other)::int as rejected_other,
             sum(counter_notices_succeeded)::int as counter_notices_succeeded,
             sum(appeal_reversals)::int as appeal_reversals, sum(withdrawals)::int as withdrawals,
             sum(provisional_reversals)::int as provisional_reversals, sum(intake_refused)::int as intake_refused
        from facts f
       cross join lateral (
             select f.principal_org_id as org_id
             union
             select f.filer_org_id) parties
       group by 1, 2, 3
    ),
    written as (
      insert into notifier_figures (org_id, month, reason_code, notices, items, nonconforming, removed,
                                    rejected_other, counter_notices_succeeded, appeal_reversals, withdrawals,
                                    provisional_reversals, intake_refused, updated_at)
      select org_id, month, reason_code, notices, items, nonconforming, removed, rejected_other,
             counter_notices_succeeded, appeal_reversals, withdrawals, provisional_reversals, intake_refused, ${now}::timestamptz
        from counted
      returning 1
    )
    select count(*)::int as n from written`.execute(trx);
  return result.rows[0]?.n ?? 0;
}

/** Locks the standing subscriber's cursor for this transaction (it waits meanwhile); its position. */
export async function holdStandingCursor(trx: Database, subscriber: string): Promise<number> {
  const row = await trx
    .selectFrom('event_cursors')
    .select('seq')
    .where('subscriber', '=', subscriber)
    .forUpdate()
    .executeTakeFirst();
  return Number(row?.seq ?? 0);
}

/** Every organisation with figures (the notifiers), with its name and kind. */
export async function notifierOrgs(db: Database, orgIds: readonly string[] | null = null) {
  let query = db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'trusted_flagger_authority', 'vetted_at'])
    .where('id', 'in', (eb) => eb.selectFrom('notifier_figures').select('org_id').distinct());
  if (orgIds !== null) {
    if (orgIds.length === 0) return [];
    query = query.where('id', 'in', [...orgIds]);
  }
  return query.orderBy('name').execute();
}

/** Notices each organisation filed as a trusted flagger (DSA Art 22), for the operator's list. */
export async function trustedFlaggerNotices(db: Database): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('notices')
    .select(['filer_org_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('trusted_flagger', '=', true)
    .groupBy('filer_org_id')
    .execute();
  return new Map(rows.map((r) => [r.filer_org_id, Number(r.n)]));
}

export async function organisation(db: Database, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('id', '=', orgId)
    .executeTakeFirst();
}
