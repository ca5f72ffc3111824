import type { Database } from '../db/database.ts';
import { containsPattern } from '../shared/like.ts';

export interface RightWrite {
  id: string;
  org_id: string;
  type: 'trademark' | 'patent' | 'copyright';
  name: string;
  owner_name: string;
  registration_number: string | null;
  office: string | null;
  jurisdiction: string | null;
  nice_classes: string;
  patent_kind: 'invention' | 'utility' | 'design' | null;
  work_description: string | null;
  valid_from: string | null;
  valid_until: string | null;
  document_shas: string;
  reference_image_shas: string;
  created_by: string | null;
}

export async function insertRight(db: Database, row: RightWrite) {
  return db.insertInto('rights').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRight(db: Database, id: string) {
  return db.selectFrom('rights').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRightForUpdate(db: Database, id: string) {
  return db.selectFrom('rights').selectAll().where('id', '=', id).forNoKeyUpdate().executeTakeFirst();
}

export async function listRights(
  db: Database,
  filter: {
    orgIds?: readonly string[];
    status?: string;
    type?: string;
    q?: string;
    limit: number;
    offset: number;
  },
) {
  let query = db
    .selectFrom('rights')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.orgIds) query = query.where('org_id', 'in', filter.orgIds);
  if (filter.status) query = query.where('status', '=', filter.status as 'pending');
  if (filter.type) query = query.where('type', '=', filter.type as 'trademark');
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', pattern),
        eb('registration_number', 'ilike', pattern),
        eb('owner_name', 'ilike', pattern),
      ]),
    );
  }
  return query.execute();
}

export async function setRightStatus(
  db: Database,
  id: string,
  patch: { status: 'verified' | 'rejected'; review_note: string | null; verified_by: string | null },
) {
  return db
    .updateTable('rights')
    .set({ ...patch, verified_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Names of the verified trademarks and copyrights of the organisations that are in force on `today`
 * (YYYY-MM-DD): what brand knowledge may name (see proactive/brand-binding.ts).
 */
export async function rightNamesInForce(db: Database, orgIds: readonly string[], today: string) {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('rights')
    .select(['org_id', 'name'])
    .where('org_id', 'in', orgIds)
    .where('status', '=', 'verified')
    .where('type', 'in', ['trademark', 'copyright'])
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]))
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .execute();
}
