import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import './payments.table.ts';
import type {
  BuyerComplaintsTable,
  DepositConfiscationsTable,
  DepositReleasesTable,
  RecoveryClaimsTable,
} from './payments.table.ts';

/** A store with its marketplace, as decisions about it need them. */
export async function storeContext(db: Database, storeId: string) {
  return db
    .selectFrom('stores as s')
    .innerJoin('marketplaces as m', 'm.id', 's.marketplace_id')
    .select([
      's.id',
      's.external_id',
      's.name',
      's.seller_org_id',
      's.status',
      'm.id as marketplace_id',
      'm.code as marketplace_code',
      'm.name as marketplace_name',
      'm.jurisdiction',
    ])
    .where('s.id', '=', storeId)
    .executeTakeFirst();
}
export type StoreContext = NonNullable<Awaited<ReturnType<typeof storeContext>>>;

export async function categoriesOfStore(db: Database, storeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('listings')
    .select('category')
    .distinct()
    .where('store_id', '=', storeId)
    .where('category', 'is not', null)
    .execute();
  return rows.map((r) => r.category).filter((c): c is string => c !== null);
}

export async function movementsOfAccounts(db: Database, accounts: readonly string[], limit: number) {
  return db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_movements as m', 'm.id', 'e.movement_id')
    .select([
      'm.id',
      'm.kind',
      'm.currency',
      'e.amount',
      'e.account',
      'm.decision_id',
      'm.reference',
      'm.memo',
      'm.created_at',
    ])
    .where('e.account', 'in', [...accounts])
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
}

export async function topUpByReference(db: Database, storeId: string, reference: string) {
  return db
    .selectFrom('ledger_movements')
    .select('id')
    .where('store_id', '=', storeId)
    .where('kind', '=', 'deposit_topup')
    .where('reference', '=', reference)
    .executeTakeFirst();
}

export async function insertConfiscation(trx: Database, row: DepositConfiscationsTable) {
  await trx.insertInto('deposit_confiscations').values(row).execute();
}

export async function confiscationOfCause(db: Database, causeDecisionId: string) {
  return db
    .selectFrom('deposit_confiscations')
    .selectAll()
    .where('cause_decision_id', '=', causeDecisionId)
    .executeTakeFirst();
}

export async function confiscationOfDecision(db: Database, decisionId: string) {
  return db
    .selectFrom('deposit_confiscations')
    .selectAll()
    .where('decision_id', '=', decisionId)
    .executeTakeFirst();
}

/** Confiscations not yet returned whose cause decision was about this item. */
export async function openConfiscationsOfItem(db: Database, itemId: string) {
  return db
    .selectFrom('deposit_confiscations as c')
    .innerJoin('decisions as d', 'd.id', 'c.cause_decision_id')
    .selectAll('c')
    .where('d.item_id', '=', itemId)
    .where('c.returned_at', 'is', null)
    .execute();
}

export async function confiscationsOfStore(db: Database, storeId: string) {
  return db
    .selectFrom('deposit_confiscations')
    .selectAll()
    .where('store_id', '=', storeId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function markReturned(trx: Database, id: string, movementId: string, at: Date) {
  await trx
    .updateTable('deposit_confiscations')
    .set({ returned_at: at, return_movement_id: movementId })
    .where('id', '=', id)
    .execute();
}

export async function insertRelease(trx: Database, row: DepositReleasesTable) {
  await trx.insertInto('deposit_releases').values(row).execute();
}

export async function waitingRelease(db: Database, storeId: string) {
  return db
    .selectFrom('deposit_releases')
    .selectAll()
    .where('store_id', '=', storeId)
    .orderBy('requested_at', 'desc')
    .executeTakeFirst();
}

export async function findRelease(db: Database, id: string) {
  return db.selectFrom('deposit_releases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function decideRelease(
  trx: Database,
  id: string,
  change: Pick<DepositReleasesTable, 'state' | 'outcome' | 'movement_id' | 'decided_at'>,
) {
  await trx.updateTable('deposit_releases').set(change).where('id', '=', id).execute();
}

/** What keeps a store from good standing: open notice items or cases, held orders, open claims. */
export async function openMattersOfStore(db: Database, storeId: string) {
  const { rows } = await sql<{ items: number; cases: number; held: number; claims: number }>`
    select
      (select count(*)::int from notice_items i join listings l on l.id = i.listing_id
        where l.store_id = ${storeId} and i.state in ('pending', 'info_requested')) as items,
      (select count(*)::int from proactive_cases c join listings l on l.id = c.listing_id
        where l.store_id = ${storeId} and c.state = 'open') as cases,
      (select count(*)::int from orders o where o.store_id = ${storeId} and o.hold = 'held') as held,
      (select count(*)::int from recovery_claims r where r.store_id = ${storeId} and r.status = 'open') as claims`.execute(
    db,
  );
  return rows[0] ?? { items: 0, cases: 0, held: 0, claims: 0 };
}

export async function decisionBasics(db: Database, id: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'kind', 'store_id', 'item_id', 'listing_id', 'previous_decision_id', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export type ComplaintRow = BuyerComplaintsTable;
export type ClaimRow = RecoveryClaimsTable;
