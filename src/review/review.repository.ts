import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ItemState } from '../db/schema.ts';
import type { InfringementType } from '../notices/notice.ts';
import type { RightType } from '../rights/index.ts';

export type QueueKind = 'notice_item' | 'counter_notice' | 'appeal';

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
}

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
    now: Date;
  },
): Promise<QueueRow[]> {
  const where = [
    filter.marketplaceId ? sql`and l.marketplace_id = ${filter.marketplaceId}::uuid` : sql``,
    filter.infringementType ? sql`and n.infringement_type = ${filter.infringementType}` : sql``,
  ];
  const work = sql`
    select 'notice_item' as kind, i.id as subject_id, i.id, i.sla_due_at as due_at, i.created_at
      from notice_items i
     where i.state = 'pending'
    union all
    select case d.kind when 'appeal_decision' then 'appeal' else 'counter_notice' end,
           d.subject_id, d.item_id, d.due_at, d.created_at
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
           l.id as listing_id, l.marketplace_id, l.title as listing_title, l.url as listing_url
      from (${work}) w
      join notice_items i on i.id = w.id
      join notices n on n.id = i.notice_id
      join listings l on l.id = i.listing_id
      join rights r on r.id = i.right_id
      join organisations o on o.id = n.principal_org_id
     where true ${where[0]} ${where[1]}
       ${filter.overdueOnly ? sql`and w.due_at < ${filter.now}` : sql``}
       ${filter.kind ? sql`and w.kind = ${filter.kind}` : sql``}
     order by w.due_at, w.subject_id
     limit ${filter.limit} offset ${filter.offset}`.execute(db);
  return result.rows.map((row) => ({
    ...row,
    due_at: new Date(row.due_at),
    sla_due_at: new Date(row.sla_due_at),
    created_at: new Date(row.created_at),
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

export async function snapshotsOf(db: Database, itemId: string) {
  return db
    .selectFrom('listing_snapshots')
    .select(['id', 'sha256', 'snapshot', 'created_at'])
    .where('item_id', '=', itemId)
    .orderBy('created_at')
    .execute();
}
