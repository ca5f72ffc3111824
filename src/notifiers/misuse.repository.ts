import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type {
  FindingStatus,
  NotifierFindingItemsTable,
  NotifierFindingsTable,
  NotifierLiftCause,
  NotifierSanctionsTable,
} from './misuse.table.ts';
import { type CompetitorLink, type FindingKind, type ItemFact, topCategory } from './misuse.ts';

/** Serializes a notifier's sanctions (two findings landing at once impose one step each, in turn). */
export async function lockNotifier(trx: Database, orgId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`notifier-misuse:${orgId}`}))`.execute(trx);
}

/** A decided notice item with what the misuse rules need (the notifier side, the store, the category). */
export interface DecidedItemContext {
  item_id: string;
  notice_id: string;
  principal_org_id: string;
  filer_org_id: string;
  listing_id: string;
  store_id: string;
  marketplace_id: string;
  category: string | null;
  seller_org_id: string | null;
  filed_at: Date;
}

/** An item with what misuse detection needs of its notice, listing and store. */
function contextQuery(db: Database) {
  return db
    .selectFrom('notice_items as i')
    .innerJoin('notices as n', 'n.id', 'i.notice_id')
    .innerJoin('listings as l', 'l.id', 'i.listing_id')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .select([
      'i.id as item_id',
      'i.notice_id',
      'n.principal_org_id',
      'n.filer_org_id',
      'i.listing_id',
      'l.store_id',
      'l.marketplace_id',
      'l.category',
      's.seller_org_id',
      'i.created_at as filed_at',
    ]);
}

export async function itemContext(db: Database, itemId: string): Promise<DecidedItemContext | undefined> {
  return contextQuery(db).where('i.id', '=', itemId).executeTakeFirst();
}

/** One item per store of a notice, in the shape of `itemContext` (bursts are per store). */
export async function noticeStoreContexts(db: Database, noticeId: string): Promise<DecidedItemContext[]> {
  const rows = await contextQuery(db).where('i.notice_id', '=', noticeId).execute();
  const byStore = new Map<string, DecidedItemContext>();
  for (const row of rows) if (!byStore.has(row.store_id)) byStore.set(row.store_id, row);
  return [...byStore.values()];
}

type FactRow = {
  item_id: string;
  notice_id: string;
  listing_id: string;
  store_id: string;
  marketplace_id: string;
  category: string | null;
  seller_org_id: string | null;
  filed_at: Date;
  decision_id: string | null;
  decided_at: Date | null;
  decision_kind: string | null;
  reason_code: string | null;
};

function factsQuery(db: Database, orgId: string) {
  return db
    .selectFrom('notice_items as i')
    .innerJoin('notices as n', 'n.id', 'i.notice_id')
    .innerJoin('listings as l', 'l.id', 'i.listing_id')
    .innerJoin('stores as s', 's.id', 'l.store_id')
    .leftJoin('decisions as d', (j) =>
      j.onRef('d.item_id', '=', 'i.id').on('d.kind', 'in', ['notice_removal', 'notice_rejection']),
    )
    .select([
      'i.id as item_id',
      'i.notice_id',
      'i.listing_id',
      'l.store_id',
      'l.marketplace_id',
      'l.category',
      's.seller_org_id',
      'i.created_at as filed_at',
      'd.id as decision_id',
      'd.created_at as decided_at',
      'd.kind as decision_kind',
      'd.reason_code',
    ])
    .where((w) => w.or([w('n.principal_org_id', '=', orgId), w('n.filer_org_id', '=', orgId)]));
}

export type ItemFactRow = ItemFact & {
  marketplaceId: string;
  category: string | null;
  sellerOrgId: string | null;
};

function toFact(r: FactRow): ItemFactRow {
  return {
    itemId: r.item_id,
    noticeId: r.notice_id,
    listingId: r.listing_id,
    storeId: r.store_id,
    filedAt: r.filed_at,
    decisionId: r.decision_id,
    decidedAt: r.decided_at,
    outcome:
      r.decision_kind === 'notice_removal'
        ? 'removed'
        : r.decision_kind === 'notice_rejection'
          ? 'rejected'
          : null,
    reasonCode: r.reason_code,
    marketplaceId: r.marketplace_id,
    category: r.category,
    sellerOrgId: r.seller_org_id,
  };
}

/** The notifier's items decided in [since, until] (as principal or as filer). */
export async function decidedItemsOf(
  db: Database,
  orgId: string,
  since: Date,
  until: Date,
): Promise<ItemFactRow[]> {
  const rows = await factsQuery(db, orgId)
    .where('d.created_at', '>=', since)
    .where('d.created_at', '<=', until)
    .orderBy('d.created_at')
    .limit(10_000)
    .execute();
  return rows.map(toFact);
}

/** The notifier's items against one store filed in [from, to], decided or not. */
export async function itemsAgainstStore(
  db: Database,
  orgId: string,
  storeId: string,
  from: Date,
  to: Date,
): Promise<ItemFactRow[]> {
  const rows = await factsQuery(db, orgId)
    .where('l.store_id', '=', storeId)
    .where('i.created_at', '>=', from)
    .where('i.created_at', '<=', to)
    .orderBy('i.created_at')
    .limit(10_000)
    .execute();
  return rows.map(toFact);
}

/** When the notifier's last finding of a kind (for a store, for bursts) was made. */
export async function lastFindingAt(
  db: Database,
  orgId: string,
  kind: FindingKind,
  storeId: string | null = null,
): Promise<Date | null> {
  let q = db
    .selectFrom('notifier_findings')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('org_id', '=', orgId)
    .where('kind', '=', kind);
  if (storeId) q = q.where('store_id', '=', storeId);
  const row = await q.executeTakeFirst();
  return row?.at ? new Date(row.at as unknown as string) : null;
}

/** Items already behind a finding of this kind (a burst is found once). */
export async function itemsInFindings(
  db: Database,
  orgId: string,
  kind: FindingKind,
  itemIds: readonly string[],
) {
  if (itemIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('notifier_finding_items as fi')
    .innerJoin('notifier_findings as f', 'f.id', 'fi.finding_id')
    .select('fi.item_id')
    .where('f.org_id', '=', orgId)
    .where('f.kind', '=', kind)
    .where('fi.item_id', 'in', [...itemIds])
    .execute();
  return new Set(rows.map((r) => r.item_id));
}

/**
 * The seller organisations that share a member with the notifier, with the top-level categories
 * their stores list in, per marketplace (see competitorBasis in misuse.ts).
 */
export async function competitorLinks(db: Database, orgId: string): Promise<CompetitorLink[]> {
  const rows = await db
    .selectFrom('memberships as mine')
    .innerJoin('memberships as theirs', 'theirs.user_id', 'mine.user_id')
    .innerJoin('organisations as o', 'o.id', 'theirs.org_id')
    .leftJoin('stores as s', 's.seller_org_id', 'o.id')
    .leftJoin('listings as l', 'l.store_id', 's.id')
    .select(['o.id as seller_org_id', 'o.name', 'l.marketplace_id', 'l.category'])
    .distinct()
    .where('mine.org_id', '=', orgId)
    .where('o.kind', '=', 'seller')
    .where('o.id', '<>', orgId)
    .limit(5_000)
    .execute();
  const links = new Map<string, CompetitorLink>();
  for (const r of rows) {
    const link = links.get(r.seller_org_id) ?? {
      sellerOrgId: r.seller_org_id,
      sellerOrgName: r.name,
      categories: {},
    };
    links.set(r.seller_org_id, link);
    const top = topCategory(r.category);
    if (r.marketplace_id && top) {
      const list = link.categories[r.marketplace_id] ?? [];
      if (!list.includes(top)) list.push(top);
      link.categories[r.marketplace_id] = list;
    }
  }
  return [...links.values()];
}

export async function insertFinding(
  trx: Database,
  finding: Omit<NotifierFindingsTable, 'figures'> & { figures: string },
  items: readonly NotifierFindingItemsTable[],
): Promise<void> {
  await trx.insertInto('notifier_findings').values(finding).execute();
  if (items.length > 0)
    await trx
      .insertInto('notifier_finding_items')
      .values([...items])
      .execute();
}

export async function setFindingStatus(
  trx: Database,
  id: string,
  status: FindingStatus,
  sanctionId: string | null,
  now: Date,
): Promise<void> {
  await trx
    .updateTable('notifier_findings')
    .set({ status, sanction_id: sanctionId, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function findFinding(db: Database, id: string) {
  return db.selectFrom('notifier_findings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findingsOf(db: Database, orgId: string) {
  return db
    .selectFrom('notifier_findings')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
}

export async function listFindings(
  db: Database,
  filter: {
    kind?: FindingKind | undefined;
    status?: FindingStatus | undefined;
    limit: number;
    offset: number;
  },
) {
  let q = db
    .selectFrom('notifier_findings as f')
    .innerJoin('organisations as o', 'o.id', 'f.org_id')
    .selectAll('f')
    .select(['o.name as org_name', 'o.kind as org_kind']);
  if (filter.kind) q = q.where('f.kind', '=', filter.kind);
  if (filter.status) q = q.where('f.status', '=', filter.status);
  return q.orderBy('f.created_at', 'desc').limit(filter.limit).offset(filter.offset).execute();
}

export async function itemsOfFindings(db: Database, findingIds: readonly string[]) {
  if (findingIds.length === 0) return [];
  return db
    .selectFrom('notifier_finding_items')
    .selectAll()
    .where('finding_id', 'in', [...findingIds])
    .orderBy('item_id')
    .execute();
}

export async function insertSanction(
  trx: Database,
  row: Omit<NotifierSanctionsTable, 'lifted_at' | 'lifted_decision_id' | 'lifted_cause'>,
): Promise<void> {
  await trx.insertInto('notifier_sanctions').values(row).execute();
}

export async function sanctionsOf(db: Database, orgId: string) {
  return db
    .selectFrom('notifier_sanctions')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findSanction(db: Database, id: string) {
  return db.selectFrom('notifier_sanctions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function sanctionOfDecision(db: Database, decisionId: string) {
  return db
    .selectFrom('notifier_sanctions')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

/** Marks a sanction lifted; false when it already was (the first lifter wins). */
export async function liftSanctionRow(
  trx: Database,
  id: string,
  lift: { lifted_at: Date; lifted_decision_id: string; lifted_cause: NotifierLiftCause },
): Promise<boolean> {
  const res = await trx
    .updateTable('notifier_sanctions')
    .set(lift)
    .where('id', '=', id)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Sanctioned notifiers: every organisation with a sanction not lifted, with its sanctions. */
export async function sanctionedNotifiers(db: Database) {
  return db
    .selectFrom('notifier_sanctions as s')
    .innerJoin('organisations as o', 'o.id', 's.org_id')
    .selectAll('s')
    .select(['o.name as org_name', 'o.kind as org_kind'])
    .where('s.lifted_at', 'is', null)
    .orderBy('s.created_at', 'desc')
    .limit(500)
    .execute();
}

/** Sanctions for misuse whose findings rest on this item (what its seller may learn). */
export async function sanctionsBehindItem(db: Database, itemId: string) {
  return db
    .selectFrom('notifier_finding_items as fi')
    .innerJoin('notifier_findings as f', 'f.id', 'fi.finding_id')
    .innerJoin('notifier_sanctions as s', 's.finding_id', 'f.id')
    .select([
      's.id',
      's.level',
      's.org_id',
      'f.kind as finding_kind',
      's.starts_at',
      's.ends_at',
      's.lifted_at',
      's.lifted_cause',
    ])
    .where('fi.item_id', '=', itemId)
    .orderBy('s.created_at')
    .execute();
}

export async function orgName(db: Database, orgId: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'kind'])
    .where('id', '=', orgId)
    .executeTakeFirst();
}

/** The sellers whose listings a finding's notices targeted (each told of the outcome). */
export async function sellersBehind(db: Database, findingId: string) {
  const rows = await db
    .selectFrom('notifier_finding_items as fi')
    .innerJoin('stores as s', 's.id', 'fi.store_id')
    .select(['s.seller_org_id'])
    .distinct()
    .where('fi.finding_id', '=', findingId)
    .where('s.seller_org_id', 'is not', null)
    .execute();
  return rows.map((r) => r.seller_org_id!);
}
