import type { Database } from '../db/database.ts';
import './reason-template.table.ts';

export type ReasonTemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

export async function findTemplate(db: Database, id: string) {
  return db.selectFrom('reason_templates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function templatesOf(
  db: Database,
  operatorOrgId: string,
  filter: { reasonCode?: string; language?: 'en' | 'zh-CN' },
) {
  let query = db
    .selectFrom('reason_templates')
    .selectAll()
    .where('operator_org_id', '=', operatorOrgId)
    .orderBy('reason_code')
    .orderBy('language')
    .orderBy('title')
    .limit(1000);
  if (filter.reasonCode) query = query.where('reason_code', '=', filter.reasonCode);
  if (filter.language) query = query.where('language', '=', filter.language);
  return query.execute();
}

/** Another template of the operator with the same code, language and title (the unique key). */
export async function sameKey(
  db: Database,
  operatorOrgId: string,
  key: { reasonCode: string; language: 'en' | 'zh-CN'; title: string },
  exceptId: string | null,
) {
  let query = db
    .selectFrom('reason_templates')
    .select('id')
    .where('operator_org_id', '=', operatorOrgId)
    .where('reason_code', '=', key.reasonCode)
    .where('language', '=', key.language)
    .where('title', '=', key.title);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export async function insertTemplate(
  db: Database,
  row: {
    id: string;
    operator_org_id: string;
    reason_code: string;
    language: 'en' | 'zh-CN';
    title: string;
    body: string;
    updated_by: string;
  },
) {
  return db.insertInto('reason_templates').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Updates only at the version read: of two admins editing at once, one wins. */
export async function updateTemplate(
  db: Database,
  id: string,
  version: number,
  change: { reason_code: string; language: 'en' | 'zh-CN'; title: string; body: string; updated_by: string },
) {
  return db
    .updateTable('reason_templates')
    .set((eb) => ({ ...change, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteTemplate(db: Database, id: string) {
  return db.deleteFrom('reason_templates').where('id', '=', id).returningAll().executeTakeFirst();
}
