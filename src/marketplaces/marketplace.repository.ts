import type { Database } from '../db/database.ts';
import type { StoreStatus } from '../db/schema.ts';

export async function insertMarketplace(
  db: Database,
  row: { id: string; code: string; name: string; jurisdiction: string; webhook_url: string | null },
) {
  return db
    .insertInto('marketplaces')
    .values({ ...row, updated_at: new Date() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findMarketplace(db: Database, id: string) {
  return db.selectFrom('marketplaces').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMarketplaceByCode(db: Database, code: string) {
  return db.selectFrom('marketplaces').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listMarketplaces(db: Database) {
  return db.selectFrom('marketplaces').selectAll().orderBy('code').execute();
}

export async function updateMarketplace(
  db: Database,
  id: string,
  patch: { name?: string; jurisdiction?: string; webhook_url?: string | null; bumpSecret?: boolean },
) {
  return db
    .updateTable('marketplaces')
    .set((eb) => ({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.jurisdiction !== undefined ? { jurisdiction: patch.jurisdiction } : {}),
      ...(patch.webhook_url !== undefined ? { webhook_url: patch.webhook_url } : {}),
      ...(patch.bumpSecret ? { secret_version: eb('secret_version', '+', 1) } : {}),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function upsertStores(
  db: Database,
  rows: { id: string; marketplace_id: string; external_id: string; name: string }[],
) {
  if (rows.length === 0) return [];
  return db
    .insertInto('stores')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['marketplace_id', 'external_id']).doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })),
    )
    .returning(['id', 'external_id', 'marketplace_id', 'seller_org_id'])
    .execute();
}

export async function findStore(db: Database, id: string) {
  return db.selectFrom('stores').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listStores(
  db: Database,
  filter: { marketplaceId?: string; sellerOrgId?: string; limit: number; offset: number },
) {
  let query = db
    .selectFrom('stores')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.marketplaceId) query = query.where('marketplace_id', '=', filter.marketplaceId);
  if (filter.sellerOrgId) query = query.where('seller_org_id', '=', filter.sellerOrgId);
  return query.execute();
}

export async function setStoreSeller(db: Database, id: string, sellerOrgId: string | null) {
  return db
    .updateTable('stores')
    .set({ seller_org_id: sellerOrgId })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function lockStore(trx: Database, id: string) {
  return trx.selectFrom('stores').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

/** Locks several stores in one statement, in id order (as any other batch would: no deadlock). */
export async function lockStores(trx: Database, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('stores')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .forNoKeyUpdate()
    .execute();
  return rows.map((r) => r.id);
}

export async function setStoreStatus(trx: Database, id: string, status: StoreStatus, now: Date) {
  await trx.updateTable('stores').set({ status, status_changed_at: now }).where('id', '=', id).execute();
}
