import { sql } from 'kysely';
import type { OrgKind, Role } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { containsPattern } from '../shared/like.ts';

export async function insertOrganisation(
  db: Database,
  row: { id: string; kind: 'operator' | 'brand' | 'agent' | 'seller' | 'buyer' | 'authority'; name: string },
) {
  return db.insertInto('organisations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findOrganisation(db: Database, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOrganisations(
  db: Database,
  filter: { ids?: string[]; kind?: OrgKind; q?: string; limit: number; offset: number },
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
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.q) query = query.where('name', 'ilike', containsPattern(filter.q));
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

export async function insertMembership(db: Database, row: { user_id: string; org_id: string; role: Role }) {
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
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.email',
      'users.name',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findSessionTimes(db: Database, id: string) {
  return db
    .selectFrom('sessions')
    .select(['expires_at', 'last_seen_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteSession(db: Database, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Marks a session as used now (called at most once a minute per session). */
export async function touchSession(db: Database, id: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Deletes sessions past their lifetime or idle for longer than the idle timeout. */
export async function purgeSessions(db: Database, now: Date, idleSince: Date) {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('last_seen_at', '<', idleSince)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Locks the counters of the keys, creating missing ones first: a lock on a row that does not exist
 * yet would lock nothing, and parallel first attempts would all count as the first.
 */
export async function lockThrottleRows(db: Database, keys: readonly string[], now: Date) {
  await db
    .insertInto('login_throttle')
    .values(
      [...keys].sort().map((key) => ({ key, attempts: 0, window_started_at: now, next_allowed_at: null })),
    )
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return db
    .selectFrom('login_throttle')
    .selectAll()
    .where('key', 'in', [...keys])
    .orderBy('key')
    .forNoKeyUpdate()
    .execute();
}

export async function saveThrottleRow(
  db: Database,
  row: { key: string; attempts: number; window_started_at: Date; next_allowed_at: Date | null },
) {
  await db
    .insertInto('login_throttle')
    .values(row)
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        attempts: row.attempts,
        window_started_at: row.window_started_at,
        next_allowed_at: row.next_allowed_at,
      }),
    )
    .execute();
}

/** After a successful login: the pair starts over, the account and address count one attempt less. */
export async function forgiveThrottle(db: Database, pairKey: string, otherKeys: readonly string[]) {
  await db.deleteFrom('login_throttle').where('key', '=', pairKey).execute();
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ attempts: sql<number>`greatest(${eb.ref('attempts')} - 1, 0)` }))
    .where('key', 'in', [...otherKeys])
    .execute();
}

export async function purgeThrottle(db: Database, windowStartedBefore: Date) {
  await db
    .deleteFrom('login_throttle')
    .where('window_started_at', '<', windowStartedBefore)
    .where((eb) => eb.or([eb('next_allowed_at', 'is', null), eb('next_allowed_at', '<', new Date())]))
    .execute();
}

export async function insertApiKey(
  db: Database,
  row: {
    id: string;
    org_id: string;
    name: string;
    role: Role;
    marketplace_id: string | null;
    key_prefix: string;
    key_hash: string;
    expires_at: Date | null;
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
      'api_keys.expires_at',
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
    right_ids: string[] | null;
    marketplace_ids: string[] | null;
  },
) {
  return db
    .insertInto('representations')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['agent_org_id', 'principal_org_id']).doUpdateSet({
        authorization_sha256: row.authorization_sha256,
        valid_until: row.valid_until,
        right_ids: row.right_ids,
        marketplace_ids: row.marketplace_ids,
        revoked_at: null,
        revoked_by: null,
      }),
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

/** Principals the agent organisation holds a valid authorization from on `today` (YYYY-MM-DD). */
export async function activePrincipalsOf(db: Database, agentOrgId: string, today: string) {
  const rows = await db
    .selectFrom('representations')
    .select('principal_org_id')
    .where('agent_org_id', '=', agentOrgId)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
    .execute();
  return rows.map((r) => r.principal_org_id);
}

export async function revokeRepresentation(
  db: Database,
  agentOrgId: string,
  principalOrgId: string,
  revokedBy: string,
) {
  return db
    .updateTable('representations')
    .set({ revoked_at: new Date(), revoked_by: revokedBy })
    .where('agent_org_id', '=', agentOrgId)
    .where('principal_org_id', '=', principalOrgId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

/** Authorizations where the organisation is the agent or the principal, with both parties' names. */
export async function listRepresentations(db: Database, orgId: string) {
  return db
    .selectFrom('representations as r')
    .innerJoin('organisations as agent', 'agent.id', 'r.agent_org_id')
    .innerJoin('organisations as principal', 'principal.id', 'r.principal_org_id')
    .selectAll('r')
    .select(['agent.name as agent_org_name', 'principal.name as principal_org_name'])
    .where((eb) => eb.or([eb('r.agent_org_id', '=', orgId), eb('r.principal_org_id', '=', orgId)]))
    .orderBy('r.created_at')
    .orderBy('r.agent_org_id')
    .execute();
}

/** Which of these right ids belong to the organisation. */
export async function rightsOfOrg(db: Database, orgId: string, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('rights')
    .select('id')
    .where('org_id', '=', orgId)
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

/** Which of these marketplace ids exist. */
export async function existingMarketplaces(db: Database, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('marketplaces')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.id);
}

/** The filer's flags and (when it files for another organisation) its letter from the principal. */
export interface FilingStandingRow {
  name: string;
  vetted_at: Date | string | null;
  trusted_flagger_authority: string | null;
  principal_name: string | null;
  right_ids: string[] | null;
  marketplace_ids: string[] | null;
  valid_until: string | null;
  authorization_sha256: string | null;
  rep_created_at: Date | string | null;
}

/**
 * The filer's trust flags and its letter for the principal, as one jsonb column of the notice
 * intake read ($5 the filer, $6 the principal): the same row as `filingStandingRow`.
 */
export const INTAKE_FILING_SQL = `(select jsonb_build_object('name', f.name, 'vetted_at', f.vetted_at,
                  'trusted_flagger_authority', f.trusted_flagger_authority, 'principal_name', p.name,
                  'right_ids', r.right_ids, 'marketplace_ids', r.marketplace_ids, 'valid_until', r.valid_until,
                  'authorization_sha256', r.authorization_sha256, 'rep_created_at', r.created_at)
                   from organisations f
                   left join representations r on r.agent_org_id = $5::uuid and r.principal_org_id = $6::uuid
                   left join organisations p on p.id = r.principal_org_id
                  where f.id = $5::uuid)`;

export async function filingStandingRow(
  db: Database,
  filerOrgId: string,
  principalOrgId: string,
): Promise<FilingStandingRow | undefined> {
  return db
    .selectFrom('organisations as f')
    .leftJoin('representations as r', (join) =>
      join.on('r.agent_org_id', '=', filerOrgId).on('r.principal_org_id', '=', principalOrgId),
    )
    .leftJoin('organisations as p', 'p.id', 'r.principal_org_id')
    .select([
      'f.name',
      'f.vetted_at',
      'f.trusted_flagger_authority',
      'p.name as principal_name',
      'r.right_ids',
      'r.marketplace_ids',
      'r.valid_until',
      'r.authorization_sha256',
      'r.created_at as rep_created_at',
    ])
    .where('f.id', '=', filerOrgId)
    .executeTakeFirst();
}

export async function updateOrganisationTrust(
  db: Database,
  orgId: string,
  set: {
    vetted_at?: Date | null;
    vetted_by?: string | null;
    trusted_flagger_authority?: string | null;
    trusted_flagger_since?: string | null;
  },
) {
  const query = db.updateTable('organisations').where('id', '=', orgId);
  return (Object.keys(set).length > 0 ? query.set(set) : query.set({ id: orgId }))
    .returningAll()
    .executeTakeFirstOrThrow();
}
