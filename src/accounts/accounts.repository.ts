import type { Database } from '../db/database.ts';

export async function insertOrganisation(
  db: Database,
  row: { id: string; kind: 'operator' | 'brand' | 'agent' | 'seller'; name: string },
) {
  return db.insertInto('organisations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findOrganisation(db: Database, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOrganisations(
  db: Database,
  filter: { ids?: string[]; limit: number; offset: number },
) {
  let query = db
    .selectFrom('organisations')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.ids)
    query = query.where(
      'id',
      'in',
      filter.ids.length > 0 ? filter.ids : ['00000000-0000-0000-0000-000000000000'],
    );
  return query.execute();
}

export async function findUserByEmail(db: Database, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function insertUser(
  db: Database,
  row: { id: string; email: string; name: string; password_hash: string },
) {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertMembership(db: Database, row: { user_id: string; org_id: string; role: string }) {
  await db
    .insertInto('memberships')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function membershipsOfUser(db: Database, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.org_id')
    .select([
      'memberships.org_id',
      'memberships.role',
      'organisations.kind as org_kind',
      'organisations.name as org_name',
    ])
    .where('memberships.user_id', '=', userId)
    .orderBy('memberships.created_at')
    .execute();
}

export async function membersOfOrganisation(db: Database, orgId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.id', 'users.email', 'users.name', 'memberships.role'])
    .where('memberships.org_id', '=', orgId)
    .orderBy('users.email')
    .execute();
}

export async function insertSession(
  db: Database,
  row: { id: string; token_hash: string; user_id: string; expires_at: Date },
) {
  await db.insertInto('sessions').values(row).execute();
}

export async function findSessionByHash(db: Database, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'sessions.expires_at', 'users.email', 'users.name'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function deleteSession(db: Database, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function insertApiKey(
  db: Database,
  row: {
    id: string;
    org_id: string;
    name: string;
    role: string;
    marketplace_id: string | null;
    key_prefix: string;
    key_hash: string;
  },
) {
  return db.insertInto('api_keys').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findApiKeyByHash(db: Database, keyHash: string) {
  return db
    .selectFrom('api_keys')
    .innerJoin('organisations', 'organisations.id', 'api_keys.org_id')
    .select([
      'api_keys.id',
      'api_keys.org_id',
      'api_keys.role',
      'api_keys.marketplace_id',
      'api_keys.revoked_at',
      'organisations.kind as org_kind',
    ])
    .where('api_keys.key_hash', '=', keyHash)
    .executeTakeFirst();
}

export async function findApiKey(db: Database, id: string) {
  return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listApiKeys(db: Database, orgId: string) {
  return db.selectFrom('api_keys').selectAll().where('org_id', '=', orgId).orderBy('created_at').execute();
}

export async function revokeApiKey(db: Database, id: string) {
  return db
    .updateTable('api_keys')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function upsertRepresentation(
  db: Database,
  row: {
    agent_org_id: string;
    principal_org_id: string;
    authorization_sha256: string | null;
    valid_until: string | null;
  },
) {
  return db
    .insertInto('representations')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['agent_org_id', 'principal_org_id'])
        .doUpdateSet({ authorization_sha256: row.authorization_sha256, valid_until: row.valid_until }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findRepresentation(db: Database, agentOrgId: string, principalOrgId: string) {
  return db
    .selectFrom('representations')
    .selectAll()
    .where('agent_org_id', '=', agentOrgId)
    .where('principal_org_id', '=', principalOrgId)
    .executeTakeFirst();
}

export async function listRepresentations(db: Database, orgId: string) {
  return db
    .selectFrom('representations')
    .selectAll()
    .where((eb) => eb.or([eb('agent_org_id', '=', orgId), eb('principal_org_id', '=', orgId)]))
    .execute();
}
