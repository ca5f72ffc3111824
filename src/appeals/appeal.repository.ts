import type { Insertable } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AppealsTable } from '../db/schema.ts';

export async function insertAppeal(trx: Database, row: Insertable<AppealsTable>) {
  return trx.insertInto('appeals').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAppeal(db: Database, id: string) {
  return db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function lockAppeal(trx: Database, id: string) {
  return trx.selectFrom('appeals').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

export async function appealsOfItem(db: Database, itemId: string) {
  return db.selectFrom('appeals').selectAll().where('item_id', '=', itemId).orderBy('created_at').execute();
}

export async function closeAppeal(
  trx: Database,
  id: string,
  patch: { status: 'upheld' | 'reversed'; decided_by: string | null; decided_at: Date; reason_text: string },
) {
  return trx
    .updateTable('appeals')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returning(['id'])
    .executeTakeFirst();
}

export async function openAppeals(db: Database, page: { limit: number; offset: number }) {
  return db
    .selectFrom('appeals')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('created_at')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}
