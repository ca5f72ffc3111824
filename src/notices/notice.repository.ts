import { type Selectable, sql } from 'kysely';
import { type FilingStandingRow, INTAKE_FILING_SQL } from '../accounts/index.ts';
import { type AuditEntry, auditEntriesParameter, auditInsertSql } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import { prepared } from '../db/prepared.ts';
import type {
  DeadlineKind,
  DeadlineParty,
  EvidenceRow,
  ItemState,
  ListingsTable,
  RightsTable,
} from '../db/schema.ts';
import { appendEvents, eventsInsertSql, eventsParameter } from '../events/index.ts';
import {
  INTAKE_BLOCKS_SQL,
  INTAKE_PROGRAMME_SQL,
  type IntakeBlock,
  type ProgrammeRow,
} from '../notifiers/index.ts';
import {
  NOTICE_FILED,
  NOTICE_REFUSED,
  type NoticeFiledData,
  type NoticeRefusedData,
} from './notice.events.ts';
import { OPEN_ITEM_STATES } from './notice.ts';

/**
 * Everything the intake check reads, in one statement: the right, the listings, the open items on
 * (listing, right) and which evidence documents the filer's organisations own. Rows come back as
 * jsonb and are revived here into the rows the other modules map (timestamps: the `*_at` columns).
 *
 * The id lists arrive as JSON arrays, not as `= any($n::uuid[])`: the planner sizes an array
 * parameter at 10 elements in a generic plan and at its real length in a custom one, so a named
 * statement with array parameters never settles on its generic plan and is planned again on every
 * call (0.35 ms of PGlite per notice). A JSON array is sized the same either way, and each id is
 * looked up on its own (a lateral subquery behind `offset 0`, which the planner keeps as is), so
 * the generic plan is the index lookups whatever the estimate.
 */
const intakeReads = prepared<{
  right: Record<string, unknown> | null;
  listings: Record<string, unknown>[];
  open_items: { listing_id: string; notice_id: string }[];
  owned: string[];
  notifier_blocks: IntakeBlock[];
  programme: Pick<ProgrammeRow, 'org_id' | 'status' | 'basis'>[];
  filing: FilingStandingRow | null;
}>(
  'notice_intake_reads',
  `with ids as (select distinct value::uuid as id from jsonb_array_elements_text($2::jsonb))
select (select to_jsonb(r) from rights r where r.id = $1::uuid) as "right",
       coalesce((select jsonb_agg(to_jsonb(l))
                   from ids cross join lateral (select * from listings where id = ids.id offset 0) l), '[]'::jsonb)
         as listings,
       coalesce((select jsonb_agg(jsonb_build_object('listing_id', i.listing_id, 'notice_id', i.notice_id))
                   from ids cross join lateral (
                          select listing_id, notice_id from notice_items
                           where listing_id = ids.id and right_id = $1::uuid
                             and state in (${OPEN_ITEM_STATES.map((state) => `'${state}'`).join(', ')})
                          offset 0) i), '[]'::jsonb)
         as open_items,
       coalesce((select jsonb_agg(distinct o.sha256)
                   from jsonb_array_elements_text($3::jsonb) as sha(value)
                  cross join lateral (
                          select sha256 from document_owners
                           where sha256 = sha.value
                             and org_id in (select value::uuid from jsonb_array_elements_text($4::jsonb))
                          offset 0) o), '[]'::jsonb)
         as owned,
       ${INTAKE_BLOCKS_SQL} as notifier_blocks,
       ${INTAKE_PROGRAMME_SQL} as programme,
       ${INTAKE_FILING_SQL} as filing`,
);

/** jsonb renders timestamps as text; every timestamptz column of the schema is named `*_at`. */
function reviveRow<T>(json: Record<string, unknown>): T {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json))
    row[key] = typeof value === 'string' && key.endsWith('_at') ? new Date(value) : value;
  return row as T;
}

export interface IntakeReads {
  right: Selectable<RightsTable> | null;
  listings: Selectable<ListingsTable>[];
  openItems: { listing_id: string; notice_id: string }[];
  ownedShas: Set<string>;
  /** Suspensions and terminations in force of the filer or the principal (src/notifiers misuse). */
  notifierBlocks: IntakeBlock[];
  /** Good Faith Program rows of the filer and the principal (src/notifiers). */
  programme: Pick<ProgrammeRow, 'org_id' | 'status' | 'basis'>[];
  /** The filer's trust flags and its letter for the principal (src/accounts). */
  filing: FilingStandingRow | null;
}

export async function readIntake(
  db: Database,
  input: {
    rightId: string;
    listingIds: readonly string[];
    shas: readonly string[];
    orgIds: readonly string[];
    filerOrgId: string;
    principalOrgId: string;
  },
): Promise<IntakeReads> {
  const row = await intakeReads.first(db, [
    input.rightId,
    JSON.stringify(input.listingIds),
    JSON.stringify(input.shas),
    JSON.stringify(input.orgIds),
    input.filerOrgId,
    input.principalOrgId,
  ]);
  return {
    right: row?.right ? reviveRow<Selectable<RightsTable>>(row.right) : null,
    listings: (row?.listings ?? []).map((l) => {
      const listing = reviveRow<Selectable<ListingsTable>>(l);
      // numeric comes back from jsonb as a number and from the driver as text; keep the driver's form
      return listing.price === null ? listing : { ...listing, price: String(listing.price) };
    }),
    openItems: row?.open_items ?? [],
    ownedShas: new Set(row?.owned ?? []),
    notifierBlocks: row?.notifier_blocks ?? [],
    programme: row?.programme ?? [],
    filing: row?.filing ?? null,
  };
}

export async function openItemsFor(db: Database, rightId: string, listingIds: readonly string[]) {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('notice_items')
    .select(['listing_id', 'notice_id'])
    .where('right_id', '=', rightId)
    .where('listing_id', 'in', listingIds)
    .where('state', 'in', OPEN_ITEM_STATES as ItemState[])
    .execute();
}

export interface NoticeWrite {
  id: string;
  principal_org_id: string;
  filer_org_id: string;
  filed_by_user: string | null;
  filed_by_key: string | null;
  right_id: string;
  infringement_type: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
  statements: string;
  contact: string;
  explanation: string | null;
  source: 'api' | 'csv';
  item_count: number;
  good_faith: boolean;
  via_org_id: string | null;
  trusted_flagger: boolean;
  /** JSON of the letter of authorization (an agent's filing), or null. */
  letter: string | null;
}

export interface ItemWrite {
  id: string;
  notice_id: string;
  position: number;
  listing_id: string;
  right_id: string;
  evidence: string;
  sla_due_at: Date;
  expedited: 'priority' | 'provisional' | null;
}

/**
 * The notice, its items, its audit entries, its `notice.filed` event and (with a key) the idempotency record in one
 * statement of data-modifying CTEs: atomic without an explicit transaction, and one round trip on
 * the hottest write path. Items arrive as column arrays, so the text is the same for 1 or 300
 * items and runs as one prepared statement. A unique violation (same listing and right, same key)
 * fails it whole.
 */
const insertNoticeStatement = prepared<never>(
  'notice_insert',
  `with notice as (
  insert into notices (id, principal_org_id, filer_org_id, filed_by_user, filed_by_key, right_id,
                       infringement_type, statements, contact, explanation, source, item_count, created_at,
                       good_faith, via_org_id, trusted_flagger, letter)
  values ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5::uuid, $6::uuid, $7::text, $8::jsonb, $9::jsonb,
          $10::text, $11::text, $12::int, $13::timestamptz, $25::boolean, $26::uuid, $27::boolean, $28::jsonb)
),
audit as (
  ${auditInsertSql('$13', '$14')}
),
idempotency as (
  insert into idempotency_keys (principal, key, request_hash, status_code, response, created_at)
  select $15::text, $16::text, $17::text, $18::int, $19::jsonb, $13::timestamptz where $15::text is not null
),
filed as (
  ${eventsInsertSql('$13', '$30')}
)
insert into notice_items (id, notice_id, position, listing_id, right_id, evidence, sla_due_at, created_at, updated_at, expedited)
select i.id, $1::uuid, i.position, i.listing_id, $6::uuid, i.evidence, i.sla_due_at, $13::timestamptz, $13::timestamptz, i.expedited
  from unnest($20::uuid[], $21::int[], $22::uuid[], $23::jsonb[], $24::timestamptz[], $29::text[])
       as i(id, position, listing_id, evidence, sla_due_at, expedited)`,
);

export async function insertNotice(
  db: Database,
  notice: NoticeWrite,
  items: ItemWrite[],
  extras: { now: Date; audit: readonly AuditEntry[]; idempotency: IdempotencyWrite | null },
) {
  const key = extras.idempotency;
  await insertNoticeStatement.run(db, [
    notice.id,
    notice.principal_org_id,
    notice.filer_org_id,
    notice.filed_by_user,
    notice.filed_by_key,
    notice.right_id,
    notice.infringement_type,
    notice.statements,
    notice.contact,
    notice.explanation,
    notice.source,
    notice.item_count,
    extras.now,
    auditEntriesParameter(db, extras.now, extras.audit),
    key?.principal ?? null,
    key?.key ?? null,
    key?.request_hash ?? null,
    key?.status_code ?? null,
    key?.response ?? null,
    items.map((i) => i.id),
    items.map((i) => i.position),
    items.map((i) => i.listing_id),
    items.map((i) => i.evidence),
    items.map((i) => i.sla_due_at.toISOString()),
    notice.good_faith,
    notice.via_org_id,
    notice.trusted_flagger,
    notice.letter,
    items.map((i) => i.expedited),
    eventsParameter([
      {
        type: NOTICE_FILED.type,
        subjectType: 'notice',
        subjectId: notice.id,
        data: {
          principalOrgId: notice.principal_org_id,
          filerOrgId: notice.filer_org_id,
          infringementType: notice.infringement_type,
          items: items.length,
        } satisfies NoticeFiledData,
      },
    ]),
  ]);
}

export async function findNotice(db: Database, id: string) {
  return db.selectFrom('notices').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function itemsOfNotices(db: Database, noticeIds: readonly string[]) {
  if (noticeIds.length === 0) return [];
  return db
    .selectFrom('notice_items')
    .innerJoin('listings', 'listings.id', 'notice_items.listing_id')
    .selectAll('notice_items')
    .select([
      'listings.url as listing_url',
      'listings.title as listing_title',
      'listings.marketplace_id',
      'listings.external_id',
      'listings.state as listing_state',
    ])
    .where('notice_items.notice_id', 'in', noticeIds)
    .orderBy('notice_items.notice_id')
    .orderBy('notice_items.position')
    .execute();
}

/** A page of items, newest first, seen from one side: a seller's stores, a notifier's notices, a marketplace, or all. */
export async function itemsPage(
  db: Database,
  filter: {
    sellerOrgId?: string;
    principalOrgIds?: readonly string[];
    marketplaceId?: string;
    states?: readonly ItemState[];
    limit: number;
    offset: number;
  },
) {
  let query = db
    .selectFrom('notice_items')
    .innerJoin('listings', 'listings.id', 'notice_items.listing_id')
    .selectAll('notice_items')
    .select([
      'listings.url as listing_url',
      'listings.title as listing_title',
      'listings.marketplace_id',
      'listings.external_id',
      'listings.state as listing_state',
    ])
    .orderBy('notice_items.created_at', 'desc')
    .orderBy('notice_items.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.sellerOrgId !== undefined) {
    const sellerOrgId = filter.sellerOrgId;
    query = query.where('listings.store_id', 'in', (eb) =>
      eb.selectFrom('stores').select('stores.id').where('stores.seller_org_id', '=', sellerOrgId),
    );
  }
  if (filter.principalOrgIds !== undefined) {
    const orgIds = [...filter.principalOrgIds];
    if (orgIds.length === 0) return [];
    query = query.where('notice_items.notice_id', 'in', (eb) =>
      eb.selectFrom('notices').select('notices.id').where('notices.principal_org_id', 'in', orgIds),
    );
  }
  if (filter.marketplaceId !== undefined)
    query = query.where('listings.marketplace_id', '=', filter.marketplaceId);
  if (filter.states && filter.states.length > 0)
    query = query.where('notice_items.state', 'in', [...filter.states]);
  return query.execute();
}

export async function listNotices(
  db: Database,
  filter: { orgIds?: readonly string[]; limit: number; offset: number },
) {
  let query = db
    .selectFrom('notices')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.orgIds) {
    // No organisation to read for: nothing to list (an empty `in ()` is not SQL).
    if (filter.orgIds.length === 0) return [];
    const orgIds = filter.orgIds;
    query = query.where('principal_org_id', 'in', orgIds);
  }
  return query.execute();
}

export async function findIdempotent(db: Database, principal: string, key: string) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('principal', '=', principal)
    .where('key', '=', key)
    .executeTakeFirst();
}

export interface IdempotencyWrite {
  principal: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: string;
}

export type { EvidenceRow };

/** Which notices a caller sees: those of some principal organisations, or all (operator staff). */
export interface NoticeScope {
  orgIds?: readonly string[];
}

/** The scope's items, joined to their notice; no rows at all for an empty list of organisations. */
function scopedItems(scope: NoticeScope) {
  if (scope.orgIds === undefined) return sql`notice_items i`;
  if (scope.orgIds.length === 0) return sql`notice_items i join notices n on false`;
  return sql`notice_items i
      join notices n on n.id = i.notice_id and n.principal_org_id in (${sql.join(scope.orgIds.map((id) => sql`${id}::uuid`))})`;
}

/**
 * The clocks an item's move is read from (see items' `whoseMove`): its earliest escalation still
 * standing and its earliest running deadline, each at most one row per item.
 */
const clockJoins = sql`
  left join lateral (select d.kind, d.due_at from deadlines d
                      where d.item_id = i.id and d.result = 'escalated' and d.cancelled_at is null
                      order by d.due_at, d.created_at limit 1) e on true
  left join lateral (select d.kind, d.party, d.due_at from deadlines d
                      where d.item_id = i.id and d.fired_at is null and d.cancelled_at is null
                      order by d.due_at, d.created_at limit 1) nx on true`;

export interface ItemClassRow {
  state: ItemState;
  sla_overdue: boolean;
  escalation_kind: DeadlineKind | null;
  escalation_due_at: Date | null;
  next_kind: DeadlineKind | null;
  next_party: DeadlineParty | null;
  next_due_at: Date | null;
  sla_due_at: Date;
  count: number;
}

/**
 * The scope's items counted by everything their move depends on: state, whether the review SLA has
 * passed at `now`, the kind of a standing escalation, and the kind and party of the earliest running
 * deadline. Every item of a class has the same move, so a class's earliest dates stand for all of it.
 */
export async function itemClasses(db: Database, scope: NoticeScope, now: Date): Promise<ItemClassRow[]> {
  const result = await sql<ItemClassRow>`
    select i.state, i.sla_due_at < ${now} as sla_overdue,
           e.kind as escalation_kind, min(e.due_at) as escalation_due_at,
           nx.kind as next_kind, nx.party as next_party, min(nx.due_at) as next_due_at,
           min(i.sla_due_at) as sla_due_at, count(*)::int as count
      from ${scopedItems(scope)}
      ${clockJoins}
     group by 1, 2, 3, 5, 6`.execute(db);
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return result.rows.map((row) => ({
    ...row,
    count: Number(row.count),
    escalation_due_at: date(row.escalation_due_at),
    next_due_at: date(row.next_due_at),
    sla_due_at: new Date(row.sla_due_at),
  }));
}

export async function countNotices(db: Database, scope: NoticeScope): Promise<number> {
  if (scope.orgIds?.length === 0) return 0;
  let query = db.selectFrom('notices').select((eb) => eb.fn.countAll<string>().as('n'));
  if (scope.orgIds) query = query.where('principal_org_id', 'in', [...scope.orgIds]);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export interface DueCandidateRow {
  id: string;
  notice_id: string;
  state: ItemState;
  sla_due_at: Date;
  listing_title: string;
  earliest_due_at: Date;
}

/**
 * The scope's items by the earliest date any of their clocks is due (the review SLA while pending,
 * a standing escalation, a running deadline), earliest first. That date is never later than the
 * due date of the item's move, so a caller can page through these until no later page can matter.
 */
export async function itemsByEarliestClock(
  db: Database,
  scope: NoticeScope,
  page: { limit: number; offset: number },
): Promise<DueCandidateRow[]> {
  const result = await sql<DueCandidateRow>`
    select * from (
      select i.id, i.notice_id, i.state, i.sla_due_at, l.title as listing_title,
             least(case when i.state = 'pending' then i.sla_due_at end, e.due_at, nx.due_at) as earliest_due_at
        from ${scopedItems(scope)}
        join listings l on l.id = i.listing_id
        ${clockJoins}
    ) c
     where c.earliest_due_at is not null
     order by c.earliest_due_at, c.id
     limit ${page.limit} offset ${page.offset}`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    sla_due_at: new Date(row.sla_due_at),
    earliest_due_at: new Date(row.earliest_due_at),
  }));
}

/** Records a refusal at intake and its event, in one transaction (not the hot path). */
export async function insertIntakeRefusal(
  db: Database,
  row: {
    id: string;
    principal_org_id: string;
    filer_org_id: string;
    infringement_type: 'counterfeit' | 'trademark_misuse' | 'patent' | 'copyright';
    items: number;
    rules: string[];
    created_at: Date;
  },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('intake_refusals')
      .values({ ...row, rules: JSON.stringify(row.rules) })
      .execute();
    await appendEvents(trx, [
      {
        type: NOTICE_REFUSED.type,
        subjectType: 'intake_refusal',
        subjectId: row.id,
        data: {
          principalOrgId: row.principal_org_id,
          filerOrgId: row.filer_org_id,
          infringementType: row.infringement_type,
          items: row.items,
          rules: row.rules,
          refusedAt: row.created_at.toISOString(),
        } satisfies NoticeRefusedData,
      },
    ]);
  });
}
