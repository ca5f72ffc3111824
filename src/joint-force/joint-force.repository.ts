import { type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import './joint-force.table.ts';
import type { BrandVerificationCandidate } from '../proactive/index.ts';

export const ANSWER_DEADLINE = 'joint_force_answer';

function caseQuery(db: Database) {
  return db
    .selectFrom('proactive_cases as c')
    .innerJoin('listings as l', 'l.id', 'c.listing_id')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .innerJoin('organisations as o', 'o.id', 'c.brand_org_id')
    .leftJoin('joint_force_labels as lab', 'lab.case_id', 'c.id')
    .select([
      'c.id',
      'c.listing_id',
      'c.state',
      'c.action',
      'c.brand_org_id',
      'c.brand_id',
      'c.score',
      'c.signals',
      'c.created_at',
      'o.name as brand_org_name',
      'l.title',
      'l.url',
      'l.price',
      'l.currency',
      'l.image_urls',
      'l.category',
      'l.state as listing_state',
      'l.marketplace_id',
      's.id as store_id',
      's.name as store_name',
      's.external_id as store_external_id',
      'lab.answer',
      'lab.reason',
      'lab.evidence',
      'lab.notice_id',
      'lab.exemption_id',
      'lab.answered_at',
      'lab.answered_by_org',
    ])
    .select((eb) =>
      eb
        .selectFrom('deadlines as d')
        .select(sql<Date>`min(d.due_at)`.as('due'))
        .where('d.target_type', '=', 'proactive_case')
        .whereRef('d.target_id', '=', 'c.id')
        .where('d.kind', '=', ANSWER_DEADLINE)
        .as('due_at'),
    )
    .where('c.brand_org_id', 'is not', null);
}

export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseQuery>['executeTakeFirstOrThrow']>>;

type Q = SelectQueryBuilder<DB & { c: DB['proactive_cases'] }, 'c', CaseRow>;

export async function listCases(
  db: Database,
  filter: {
    orgIds: readonly string[] | null;
    status?: 'waiting' | 'answered';
    limit: number;
    offset: number;
  },
): Promise<CaseRow[]> {
  // No brand in scope (another brand's id, an agent representing none): nothing, without a query.
  if (filter.orgIds?.length === 0) return [];
  let query = caseQuery(db) as unknown as Q;
  if (filter.orgIds) query = query.where('c.brand_org_id', 'in', [...filter.orgIds]);
  if (filter.status === 'waiting')
    query = query
      .where('c.state', '=', 'open')
      .where('c.action', '=', 'brand_verify')
      .orderBy(sql`due_at asc nulls last`)
      .orderBy('c.created_at');
  else {
    if (filter.status === 'answered') query = query.where(sql<boolean>`lab.case_id is not null`);
    query = query.orderBy('c.created_at', 'desc');
  }
  return query.orderBy('c.id').limit(filter.limit).offset(filter.offset).execute();
}

export async function findCase(db: Database, id: string): Promise<CaseRow | undefined> {
  return caseQuery(db).where('c.id', '=', id).executeTakeFirst();
}

/** The product line detection recognised in the listing's latest verdict, if any. */
export async function verdictProductLine(db: Database, listingId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('listing_verdicts')
    .select('brands')
    .where('listing_id', '=', listingId)
    .executeTakeFirst();
  return (row?.brands as Array<{ productLine?: string }> | undefined)?.[0]?.productLine;
}

export async function insertLabel(db: Database, row: LabelWrite) {
  await db.insertInto('joint_force_labels').values(row).execute();
}

export interface LabelWrite {
  case_id: string;
  brand_org_id: string;
  brand_id: string;
  listing_id: string;
  store_id: string;
  answer: 'counterfeit' | 'genuine' | 'unsure' | 'unanswered';
  reason: string | null;
  evidence: string;
  notice_id: string | null;
  exemption_id: string | null;
  answered_by: string | null;
  answered_by_org: string | null;
  sent_at: Date;
  answered_at: Date;
  policy_version: number;
}

/** The exemption for this brand and store (or listing), written now or found already there. */
export async function upsertExemption(
  db: Database,
  row: {
    id: string;
    brand_org_id: string;
    brand_id: string;
    scope: 'store' | 'listing';
    store_id: string | null;
    listing_id: string | null;
    case_id: string;
    created_by: string | null;
    created_at: Date;
  },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('joint_force_exemptions')
    .values(row)
    .onConflict((oc) =>
      row.scope === 'store'
        ? oc.columns(['store_id', 'brand_id']).where('scope', '=', 'store').doNothing()
        : oc.columns(['listing_id', 'brand_id']).where('scope', '=', 'listing').doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('joint_force_exemptions')
    .select('id')
    .where('brand_id', '=', row.brand_id)
    .where('scope', '=', row.scope)
    .where(row.scope === 'store' ? 'store_id' : 'listing_id', '=', (row.store_id ?? row.listing_id) as string)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

/**
 * Of the candidates, the listings not to send to their brand: the brand exempted the store or the
 * listing (a genuine answer), or it already answered counterfeit on the listing (a notice has it).
 */
export async function exemptedListings(
  db: Database,
  candidates: readonly BrandVerificationCandidate[],
): Promise<Map<string, string>> {
  const brandIds = [...new Set(candidates.map((c) => c.brandId))];
  const storeIds = [...new Set(candidates.map((c) => c.storeId))];
  const listingIds = [...new Set(candidates.map((c) => c.listingId))];
  const [exemptions, reported] = await Promise.all([
    db
      .selectFrom('joint_force_exemptions')
      .select(['brand_id', 'scope', 'store_id', 'listing_id'])
      .where('brand_id', 'in', brandIds)
      .where((eb) =>
        eb.or([
          eb.and([eb('scope', '=', 'store'), eb('store_id', 'in', storeIds)]),
          eb.and([eb('scope', '=', 'listing'), eb('listing_id', 'in', listingIds)]),
        ]),
      )
      .execute(),
    db
      .selectFrom('joint_force_labels')
      .select(['brand_id', 'listing_id'])
      .where('listing_id', 'in', listingIds)
      .where('answer', '=', 'counterfeit')
      .execute(),
  ]);
  const keys = new Map<string, string>();
  for (const e of exemptions)
    keys.set(
      `${e.brand_id}|${e.scope}|${e.store_id ?? e.listing_id}`,
      `the brand said ${e.scope === 'store' ? 'this store' : 'this listing'} sells genuine goods (Joint Force exemption)`,
    );
  for (const r of reported)
    keys.set(
      `${r.brand_id}|reported|${r.listing_id}`,
      'the brand already answered counterfeit (a notice carries it)',
    );
  const out = new Map<string, string>();
  for (const c of candidates) {
    const why =
      keys.get(`${c.brandId}|store|${c.storeId}`) ??
      keys.get(`${c.brandId}|listing|${c.listingId}`) ??
      keys.get(`${c.brandId}|reported|${c.listingId}`);
    if (why) out.set(c.listingId, why);
  }
  return out;
}

export async function operatorOrgIds(db: Database): Promise<string[]> {
  return (await db.selectFrom('organisations').select('id').where('kind', '=', 'operator').execute()).map(
    (r) => r.id,
  );
}

export async function userContact(db: Database, userId: string) {
  return db.selectFrom('users').select(['name', 'email']).where('id', '=', userId).executeTakeFirst();
}

export interface FigureRow {
  brand_org_id: string;
  name: string;
  month: string;
  sent: number;
  waiting: number;
  counterfeit: number;
  genuine: number;
  unsure: number;
  unanswered: number;
}

/** Per brand organisation and month the case was sent: what was sent and how it was answered. */
export async function figures(db: Database, orgIds: readonly string[] | null): Promise<FigureRow[]> {
  const scope =
    orgIds === null
      ? sql``
      : orgIds.length === 0
        ? sql`and false`
        : sql`and c.brand_org_id in (${sql.join(orgIds.map((id) => sql`${id}`))})`;
  const result = await sql<FigureRow>`
    select c.brand_org_id, o.name,
      to_char(c.created_at at time zone 'UTC', 'YYYY-MM') as month,
      count(*)::int as sent,
      (count(*) filter (where c.state = 'open' and c.action = 'brand_verify' and lab.case_id is null))::int as waiting,
      (count(*) filter (where lab.answer = 'counterfeit'))::int as counterfeit,
      (count(*) filter (where lab.answer = 'genuine'))::int as genuine,
      (count(*) filter (where lab.answer = 'unsure'))::int as unsure,
      (count(*) filter (where lab.answer = 'unanswered'))::int as unanswered
    from proactive_cases c
    join organisations o on o.id = c.brand_org_id
    left join joint_force_labels lab on lab.case_id = c.id
    where c.brand_org_id is not null ${scope}
    group by c.brand_org_id, o.name, month
    order by o.name, c.brand_org_id, month desc`.execute(db);
  return result.rows;
}

export async function organisationKind(db: Database, id: string) {
  return db.selectFrom('organisations').select(['kind', 'name']).where('id', '=', id).executeTakeFirst();
}
