import type { Database } from '../db/database.ts';
import type { EvidenceRow, ItemState } from '../db/schema.ts';
import { OPEN_ITEM_STATES } from './notice.ts';

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
}

export interface ItemWrite {
  id: string;
  notice_id: string;
  position: number;
  listing_id: string;
  right_id: string;
  evidence: string;
  sla_due_at: Date;
}

export interface PendingAuditRow {
  at: Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  data: string;
}

/**
 * The notice, its items, its audit entries and (with a key) the idempotency record in one
 * statement of data-modifying CTEs: atomic without an explicit transaction, and one round trip on
 * the hottest write path. A unique violation (same listing and right, same key) fails it whole.
 */
export async function insertNotice(
  db: Database,
  notice: NoticeWrite,
  items: ItemWrite[],
  extras: { now: Date; audit: PendingAuditRow[]; idempotency: IdempotencyWrite | null },
) {
  const base = db
    .with('notice', (q) => q.insertInto('notices').values({ ...notice, created_at: extras.now }))
    .with('audit', (q) => q.insertInto('audit_pending').values(extras.audit));
  const idempotency = extras.idempotency;
  const query = idempotency
    ? (base.with('idempotency', (q) =>
        q.insertInto('idempotency_keys').values(idempotency),
      ) as unknown as typeof base)
    : base;
  await query
    .insertInto('notice_items')
    .values(items.map((i) => ({ ...i, created_at: extras.now, updated_at: extras.now })))
    .execute();
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
    const orgIds = filter.orgIds;
    query = query.where((eb) =>
      eb.or([eb('principal_org_id', 'in', orgIds), eb('filer_org_id', 'in', orgIds)]),
    );
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
