import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import './proactive.table.ts';

export async function latestKnowledgePerOrg(db: Database) {
  return db
    .selectFrom('brand_knowledge as k')
    .select(['k.org_id', 'k.version', 'k.body'])
    .where('k.version', '=', (eb) =>
      eb
        .selectFrom('brand_knowledge as k2')
        .select(sql<number>`max(k2.version)`.as('v'))
        .whereRef('k2.org_id', '=', 'k.org_id'),
    )
    .execute();
}

export async function latestKnowledgeOf(db: Database, orgId: string) {
  return db
    .selectFrom('brand_knowledge')
    .selectAll()
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertKnowledge(db: Database, orgId: string, body: unknown, userId: string | null) {
  const latest = await db
    .selectFrom('brand_knowledge')
    .select('version')
    .where('org_id', '=', orgId)
    .orderBy('version', 'desc')
    .limit(1)
    .forNoKeyUpdate()
    .executeTakeFirst();
  const version = (latest?.version ?? 0) + 1;
  return db
    .insertInto('brand_knowledge')
    .values({ org_id: orgId, version, body: JSON.stringify(body), created_by: userId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Latest rule set per marketplace (null = the default for all). */
export async function latestRuleSets(db: Database) {
  return db
    .selectFrom('keyword_rule_sets as r')
    .select(['r.marketplace_id', 'r.version', 'r.body'])
    .where('r.version', '=', (eb) =>
      eb
        .selectFrom('keyword_rule_sets as r2')
        .select(sql<number>`max(r2.version)`.as('v'))
        .where(sql<boolean>`r2.marketplace_id is not distinct from r.marketplace_id`),
    )
    .execute();
}

export async function latestRuleSetOf(db: Database, marketplaceId: string | null) {
  let query = db.selectFrom('keyword_rule_sets').selectAll().orderBy('version', 'desc').limit(1);
  query = marketplaceId
    ? query.where('marketplace_id', '=', marketplaceId)
    : query.where('marketplace_id', 'is', null);
  return query.executeTakeFirst();
}

export async function insertRuleSet(
  db: Database,
  id: string,
  marketplaceId: string | null,
  body: unknown,
  userId: string | null,
) {
  const latest = await latestRuleSetOf(db, marketplaceId);
  const version = (latest?.version ?? 0) + 1;
  return db
    .insertInto('keyword_rule_sets')
    .values({ id, marketplace_id: marketplaceId, version, body: JSON.stringify(body), created_by: userId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function bumpRevision(db: Database) {
  await db
    .updateTable('detection_revision')
    .set((eb) => ({ revision: eb('revision', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

export async function currentRevision(db: Database): Promise<number> {
  const row = await db
    .selectFrom('detection_revision')
    .select('revision')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return row.revision;
}

export async function approvedNameKeys(db: Database, orgIds: readonly string[]) {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom('brand_name_approvals')
    .select(['org_id', 'name_key', 'name', 'approved_by', 'created_at'])
    .where('org_id', 'in', orgIds)
    .orderBy('created_at')
    .execute();
}

export async function insertApprovals(
  db: Database,
  rows: ReadonlyArray<{ org_id: string; name_key: string; name: string; approved_by: string }>,
) {
  if (rows.length === 0) return;
  await db
    .insertInto('brand_name_approvals')
    .values([...rows])
    .onConflict((oc) => oc.columns(['org_id', 'name_key']).doNothing())
    .execute();
}

export async function deleteApproval(db: Database, orgId: string, nameKey: string) {
  return db
    .deleteFrom('brand_name_approvals')
    .where('org_id', '=', orgId)
    .where('name_key', '=', nameKey)
    .returning('name')
    .executeTakeFirst();
}
