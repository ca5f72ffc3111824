import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ItemState } from '../db/schema.ts';

export async function queue(
  db: Database,
  filter: {
    limit: number;
    offset: number;
    marketplaceId?: string;
    infringementType?: string;
    overdueOnly?: boolean;
    now: Date;
  },
) {
  let query = db
    .selectFrom('notice_items')
    .innerJoin('notices', 'notices.id', 'notice_items.notice_id')
    .innerJoin('listings', 'listings.id', 'notice_items.listing_id')
    .innerJoin('rights', 'rights.id', 'notice_items.right_id')
    .innerJoin('organisations', 'organisations.id', 'notices.principal_org_id')
    .select([
      'notice_items.id',
      'notice_items.notice_id',
      'notice_items.sla_due_at',
      'notice_items.created_at',
      'notices.infringement_type',
      'organisations.name as principal_name',
      'rights.type as right_type',
      'rights.name as right_name',
      'listings.id as listing_id',
      'listings.marketplace_id',
      'listings.title as listing_title',
      'listings.url as listing_url',
    ])
    .where('notice_items.state', '=', 'pending')
    .orderBy('notice_items.sla_due_at')
    .orderBy('notice_items.id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.marketplaceId) query = query.where('listings.marketplace_id', '=', filter.marketplaceId);
  if (filter.infringementType)
    query = query.where('notices.infringement_type', '=', filter.infringementType as 'counterfeit');
  if (filter.overdueOnly) query = query.where('notice_items.sla_due_at', '<', filter.now);
  return query.execute();
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

/**
 * Moves an item from one state to another only if it is still in `from`: the conditional update is
 * what makes two concurrent reviewers unable to both decide one item (the loser updates no row).
 */
export async function transitionItem(
  db: Database,
  id: string,
  from: ItemState,
  patch: {
    state: ItemState;
    decided_by?: string | null;
    decided_at?: Date;
    reason_code?: string | null;
    reason_text?: string | null;
    paused_at?: Date | null;
    sla_due_at?: Date;
  },
) {
  return db
    .updateTable('notice_items')
    .set((eb) => ({ ...patch, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('state', '=', from)
    .returningAll()
    .executeTakeFirst();
}

/**
 * The decision transition with the removal reason defaulted in SQL from the notice's claim when
 * the reviewer gave none: one statement instead of reading the item first.
 */
export async function decidePendingItem(
  db: Database,
  id: string,
  patch: { state: 'removed' | 'rejected'; decided_by: string | null; decided_at: Date; reason_text: string },
  reasonCode: string | undefined,
  defaultReasonByClaim: Readonly<Record<string, string>>,
) {
  const fallback = sql<string>`case (select n.infringement_type from notices n where n.id = notice_items.notice_id) ${sql.join(
    Object.entries(defaultReasonByClaim).map(([claim, code]) => sql`when ${claim} then ${code}`),
    sql` `,
  )} end`;
  return db
    .updateTable('notice_items')
    .set((eb) => ({
      ...patch,
      reason_code: reasonCode === undefined ? fallback : reasonCode,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
}

export async function itemState(db: Database, id: string) {
  return (
    (await db.selectFrom('notice_items').select('state').where('id', '=', id).executeTakeFirst())?.state ??
    null
  );
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
