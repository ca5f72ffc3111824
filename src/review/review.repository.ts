import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { InfringementType } from '../notices/notice.ts';
import type { RightType } from '../rights/index.ts';

export type QueueKind = 'notice_item' | 'counter_notice' | 'appeal' | 'provisional';

export interface QueueRow {
  kind: QueueKind;
  subject_id: string;
  id: string;
  notice_id: string;
  due_at: Date;
  sla_due_at: Date;
  created_at: Date;
  infringement_type: InfringementType;
  principal_name: string;
  right_type: RightType;
  right_name: string;
  listing_id: string;
  marketplace_id: string;
  listing_title: string;
  listing_url: string;
  /** The unexpired claim on a notice item (null for other kinds and for unclaimed items). */
  claim_user_id: string | null;
  claim_user_name: string | null;
  claim_expires_at: Date | null;
  priority: boolean;
  good_faith: boolean;
  trusted_flagger: boolean;
  expedited: 'priority' | 'provisional' | null;
}

/** Which items by their claim: `unclaimed` counts an expired claim as none. */
export type ClaimFilter = 'all' | 'mine' | 'unclaimed' | 'others';

/**
 * Everything whose move is the reviewer's, earliest deadline first: pending notice items (new, or
 * back after the rights holder answered a question), counter-notices and rights-holder answers
 * waiting for a decision, and appeals. The last two are found by their reviewer clocks (deadlines
 * with party 'reviewer'), running or escalated while the thing they watch is still undecided.
 */
export async function queue(
  db: Database,
  filter: {
    limit: number;
    offset: number;
    marketplaceId?: string;
    infringementType?: string;
    overdueOnly?: boolean;
    kind?: QueueKind;
    claim?: { filter: ClaimFilter; userId: string | null };
    now: Date;
  },
): Promise<QueueRow[]> {
  const claimWhere = {
    all: sql``,
    mine: sql`and c.user_id = ${filter.claim?.userId ?? null}::uuid`,
    unclaimed: sql`and c.item_id is null`,
    others: sql`and c.user_id <> ${filter.claim?.userId ?? null}::uuid`,
  }[filter.claim?.filter ?? 'all'];
  const where = [
    filter.marketplaceId ? sql`and l.marketplace_id = ${filter.marketplaceId}::uuid` : sql``,
    filter.infringementType ? sql`and n.infringement_type = ${filter.infringementType}` : sql``,
  ];
  const work = sql`
    select 'notice_item' as kind, i.id as subject_id, i.id, i.sla_due_at as due_at, i.created_at,
           i.expedited is not null as priority
      from notice_items i
     where i.state = 'pending'
    union all
    select 'provisional', p.item_id, p.item_id, p.due_at, p.created_at, true
      from provisional_takedowns p
      join notice_items pi on pi.id = p.item_id and pi.state = 'removed'
     where p.status = 'awaiting'
    union all
    select case d.kind when 'appeal_decision' then 'appeal' else 'counter_notice' end,
           d.subject_id, d.item_id, d.due_at, d.created_at, false
      from deadlines d
      left join counter_notices c on d.kind = 'review_decision' and c.id = d.subject_id
      left join appeals a on d.kind = 'appeal_decision' and a.id = d.subject_id
     where d.party = 'reviewer' and d.item_id is not null and d.subject_id is not null
       and d.kind in ('review_decision', 'appeal_decision')
       and d.cancelled_at is null
       and (d.fired_at is null or d.result = 'escalated')
       and (c.status in ('open', 'awaiting_review') or a.status = 'open')`;
  const result = await sql<QueueRow>`
    select w.kind, w.subject_id, i.id, i.notice_id, w.due_at, i.sla_due_at, w.created_at,
           n.infringement_type, o.name as principal_name, r.type as right_type, r.name as right_name,
           l.id as listing_id, l.marketplace_id, l.title as listing_title, l.url as listing_url,
           c.user_id as claim_user_id, cu.name as claim_user_name, c.expires_at as claim_expires_at,
           w.priority, n.good_faith, n.trusted_flagger, i.expedited
      from (${work}) w
      join notice_items i on i.id = w.id
      join notices n on n.id = i.notice_id
      join listings l on l.id = i.listing_id
      join rights r on r.id = i.right_id
      join organisations o on o.id = n.principal_org_id
      left join review_claims c
        on w.kind = 'notice_item' and c.item_id = w.id and c.expires_at > ${filter.now}::timestamptz
      left join users cu on cu.id = c.user_id
     where true ${where[0]} ${where[1]} ${claimWhere}
       ${filter.overdueOnly ? sql`and w.due_at < ${filter.now}` : sql``}
       ${filter.kind ? sql`and w.kind = ${filter.kind}` : sql``}
     order by w.priority desc, w.due_at, w.subject_id
     limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    due_at: new Date(row.due_at),
    sla_due_at: new Date(row.sla_due_at),
    created_at: new Date(row.created_at),
    claim_expires_at: row.claim_expires_at ? new Date(row.claim_expires_at) : null,
  }));
}

export async function findItem(db: Database, id: string) {
  return db
    .selectFrom('notice_items')
    .innerJoin('notices', 'notices.id', 'notice_items.notice_id')
    .innerJoin('listings', 'listings.id', 'notice_items.listing_id')
    .innerJoin('stores', 'stores.id', 'listings.store_id')
    .selectAll('notice_items')
    .select([
      'notices.principal_org_id',
      'notices.filer_org_id',
      'notices.good_faith',
      'notices.trusted_flagger',
      'notices.letter',
      'notices.infringement_type',
      'notices.contact',
      'notices.explanation as notice_explanation',
      'notices.created_at as notice_created_at',
      'stores.seller_org_id',
    ])
    .where('notice_items.id', '=', id)
    .executeTakeFirst();
}

export async function insertInfoRequest(
  db: Database,
  row: { id: string; item_id: string; question: string; asked_by: string | null },
) {
  await db.insertInto('info_requests').values(row).execute();
}

export async function answerOpenInfoRequest(
  db: Database,
  itemId: string,
  answer: { answer: string; answer_document_shas: string; answered_by: string | null },
) {
  return db
    .updateTable('info_requests')
    .set({ ...answer, answered_at: new Date() })
    .where('item_id', '=', itemId)
    .where('answered_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function infoRequestsOf(db: Database, itemId: string) {
  return db
    .selectFrom('info_requests')
    .selectAll()
    .where('item_id', '=', itemId)
    .orderBy('asked_at')
    .execute();
}

/** The counter-notice filed against the item, if any (a seller files at most one per item). */
export async function counterNoticeIdOf(db: Database, itemId: string): Promise<string | null> {
  const row = await db
    .selectFrom('counter_notices')
    .select('id')
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function snapshotsOf(db: Database, itemId: string) {
  return db
    .selectFrom('listing_snapshots')
    .select(['id', 'sha256', 'snapshot', 'created_at'])
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .execute();
}

export interface ClaimRow {
  item_id: string;
  user_id: string;
  user_name: string;
  claimed_at: Date;
  expires_at: Date;
}

/**
 * Claims a pending item for a reviewer, or renews the reviewer's own claim, or takes over a claim
 * that expired; nothing when another reviewer's claim still runs or the item is not pending (one
 * statement, so two reviewers claiming at once cannot both win).
 */
export async function claimItem(
  db: Database,
  claim: { itemId: string; userId: string; now: Date; expiresAt: Date },
): Promise<ClaimRow | undefined> {
  const result = await sql<ClaimRow>`
    with claimed as (
      insert into review_claims (item_id, user_id, claimed_at, expires_at)
      select i.id, ${claim.userId}::uuid, ${claim.now}::timestamptz, ${claim.expiresAt}::timestamptz
        from notice_items i where i.id = ${claim.itemId}::uuid and i.state = 'pending'
      on conflict (item_id) do update
         set user_id = excluded.user_id, expires_at = excluded.expires_at,
             claimed_at = case when review_claims.user_id = excluded.user_id
                               then review_claims.claimed_at else excluded.claimed_at end
       where review_claims.user_id = excluded.user_id or review_claims.expires_at <= excluded.claimed_at
      returning item_id, user_id, claimed_at, expires_at
    )
    select c.item_id, c.user_id, u.name as user_name, c.claimed_at, c.expires_at
      from claimed c join users u on u.id = c.user_id`.execute(db);
  return result.rows.map(claimDates)[0];
}

/** The item's claim, if any (expired or not), with the holder's name. */
export async function claimOf(db: Database, itemId: string): Promise<ClaimRow | undefined> {
  const result = await sql<ClaimRow>`
    select c.item_id, c.user_id, u.name as user_name, c.claimed_at, c.expires_at
      from review_claims c join users u on u.id = c.user_id
     where c.item_id = ${itemId}::uuid`.execute(db);
  return result.rows.map(claimDates)[0];
}

/**
 * Releases an item's claim when `mayRelease` holds: the holder's own, anyone's for a supervisor,
 * or one that expired. Returns the claim as it was (released or not).
 */
export async function releaseClaim(
  db: Database,
  itemId: string,
  by: { userId: string; anyone: boolean; now: Date },
): Promise<{ released: boolean }> {
  const result = await sql<{ item_id: string }>`
    delete from review_claims
     where item_id = ${itemId}::uuid
       and (${by.anyone}::boolean or user_id = ${by.userId}::uuid or expires_at <= ${by.now}::timestamptz)
    returning item_id`.execute(db);
  return { released: result.rows.length > 0 };
}

/**
 * A decision releases the item's claim; the claim removed is returned so the caller can refuse the
 * decision (and roll the release back with its transaction) when another reviewer held it.
 */
export async function takeClaimForDecision(db: Database, itemId: string) {
  const result = await sql<{ user_id: string; expires_at: Date; user_name: string }>`
    with released as (delete from review_claims where item_id = ${itemId}::uuid returning user_id, expires_at)
    select r.user_id, r.expires_at, u.name as user_name from released r join users u on u.id = r.user_id`.execute(
    db,
  );
  const row = result.rows[0];
  return row ? { ...row, expires_at: new Date(row.expires_at) } : undefined;
}

function claimDates(row: ClaimRow): ClaimRow {
  return { ...row, claimed_at: new Date(row.claimed_at), expires_at: new Date(row.expires_at) };
}
