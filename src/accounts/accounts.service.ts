import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type OrgKind, type Principal, type Role, requireRole } from '../auth/principal.ts';
import { hashPassword, newApiKey, newToken, sha256Hex, verifyPassword } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './accounts.repository.ts';
import { principalCache } from './principal-cache.ts';

const SESSION_HOURS = 12;
/** Which roles make sense in which kind of organisation. */
const ROLES_BY_ORG_KIND: Record<OrgKind, readonly Role[]> = {
  operator: ['admin', 'reviewer', 'marketplace'],
  brand: ['rights_holder'],
  agent: ['agent'],
  seller: ['seller'],
};

export interface Organisation {
  id: string;
  kind: OrgKind;
  name: string;
  createdAt: string;
}

function toOrganisation(row: { id: string; kind: OrgKind; name: string; created_at: Date }): Organisation {
  return { id: row.id, kind: row.kind, name: row.name, createdAt: row.created_at.toISOString() };
}

/** Resolves a bearer token (session or API key) to a principal, or null when it is unknown. */
export async function authenticate(
  db: Database,
  token: string,
  requestedOrgId: string | undefined,
): Promise<Principal | null> {
  const hash = sha256Hex(token);
  const cacheKey = `${hash}|${requestedOrgId ?? ''}`;
  const cached = principalCache.get(cacheKey);
  if (cached) return cached;
  const resolved = await resolvePrincipal(db, token, hash, requestedOrgId);
  if (resolved) principalCache.set(cacheKey, resolved.principal, resolved.notAfter);
  return resolved?.principal ?? null;
}

async function resolvePrincipal(
  db: Database,
  token: string,
  hash: string,
  requestedOrgId: string | undefined,
): Promise<{ principal: Principal; notAfter: number } | null> {
  if (token.startsWith('ippk_')) {
    const key = await repo.findApiKeyByHash(db, hash);
    if (!key || key.revoked_at) return null;
    const principal: Principal = {
      kind: 'api_key',
      userId: null,
      keyId: key.id,
      orgId: key.org_id,
      orgKind: key.org_kind,
      roles: new Set([key.role as Role]),
      marketplaceId: key.marketplace_id,
      label: `key:${key.id}`,
    };
    return { principal, notAfter: Number.POSITIVE_INFINITY };
  }
  const session = await repo.findSessionByHash(db, hash);
  if (!session || session.expires_at.getTime() < Date.now()) return null;
  const memberships = await repo.membershipsOfUser(db, session.user_id);
  const orgId = requestedOrgId ?? memberships[0]?.org_id;
  const inOrg = memberships.filter((m) => m.org_id === orgId);
  const first = inOrg[0];
  if (!first) {
    throw AppError.forbidden('You are not a member of the organisation named in X-Org-Id');
  }
  const principal: Principal = {
    kind: 'user',
    userId: session.user_id,
    keyId: null,
    orgId: first.org_id,
    orgKind: first.org_kind,
    roles: new Set(inOrg.map((m) => m.role as Role)),
    marketplaceId: null,
    label: `user:${session.user_id}`,
  };
  return { principal, notAfter: session.expires_at.getTime() };
}

export async function login(db: Database, email: string, password: string) {
  const user = await repo.findUserByEmail(db, email.toLowerCase());
  // Verify against a dummy hash when the user is unknown so timing does not reveal accounts.
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError('UNAUTHENTICATED', 'The email or password is wrong');
  const token = newToken('ipps');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3_600_000);
  await repo.insertSession(db, {
    id: newId(),
    token_hash: sha256Hex(token),
    user_id: user.id,
    expires_at: expiresAt,
  });
  const memberships = await repo.membershipsOfUser(db, user.id);
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    user: { id: user.id, email: user.email, name: user.name },
    memberships: memberships.map((m) => ({
      orgId: m.org_id,
      orgName: m.org_name,
      orgKind: m.org_kind,
      role: m.role,
    })),
  };
}
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export async function logout(db: Database, token: string): Promise<void> {
  const hash = sha256Hex(token);
  await repo.deleteSession(db, hash);
  principalCache.evictWhere((_p, key) => key.startsWith(`${hash}|`));
}

export async function describeSelf(db: Database, principal: Principal) {
  const org = await repo.findOrganisation(db, principal.orgId);
  return {
    kind: principal.kind,
    userId: principal.userId,
    apiKeyId: principal.keyId,
    organisation: org ? toOrganisation(org) : null,
    roles: [...principal.roles],
    marketplaceId: principal.marketplaceId,
  };
}

export async function createOrganisation(
  db: Database,
  actor: Principal,
  input: { kind: OrgKind; name: string },
): Promise<Organisation> {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertOrganisation(trx, { id: newId(), kind: input.kind, name: input.name });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: row.id,
        data: { kind: row.kind, name: row.name },
      },
    ]);
    return toOrganisation(row);
  });
}

/** Used by the demo loader and the first-admin bootstrap, outside any request. */
export async function createOrganisationUnchecked(
  db: Database,
  input: { kind: OrgKind; name: string },
): Promise<Organisation> {
  return toOrganisation(
    await repo.insertOrganisation(db, { id: newId(), kind: input.kind, name: input.name }),
  );
}

export async function getOrganisation(db: Database, actor: Principal, id: string): Promise<Organisation> {
  if (!isOperatorStaff(actor) && actor.orgId !== id) throw AppError.notFound('Organisation');
  const row = await repo.findOrganisation(db, id);
  if (!row) throw AppError.notFound('Organisation');
  return toOrganisation(row);
}

export async function listOrganisations(
  db: Database,
  actor: Principal,
  page: { limit: number; offset: number },
) {
  const rows = await repo.listOrganisations(db, {
    ...page,
    ...(isOperatorStaff(actor) ? {} : { ids: [actor.orgId] }),
  });
  return rows.map(toOrganisation);
}

export async function addMember(
  db: Database,
  actor: Principal | null,
  orgId: string,
  input: { email: string; name: string; password: string; role: Role },
) {
  if (actor) requireRole(actor, 'admin');
  const org = await repo.findOrganisation(db, orgId);
  if (!org) throw AppError.notFound('Organisation');
  if (!ROLES_BY_ORG_KIND[org.kind].includes(input.role) || input.role === 'marketplace') {
    throw AppError.field(
      '/role',
      'role-for-org-kind',
      `role ${input.role} does not exist in a ${org.kind} organisation (allowed: ${ROLES_BY_ORG_KIND[org.kind].filter((r) => r !== 'marketplace').join(', ')})`,
    );
  }
  const email = input.email.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const user =
      (await repo.findUserByEmail(trx, email)) ??
      (await repo.insertUser(trx, {
        id: newId(),
        email,
        name: input.name,
        password_hash: passwordHash,
      }));
    await repo.insertMembership(trx, { user_id: user.id, org_id: orgId, role: input.role });
    principalCache.evictWhere((p) => p.userId === user.id);
    await appendAudit(trx, [
      {
        actor: actor?.label ?? 'system',
        action: 'membership.added',
        entityType: 'organisation',
        entityId: orgId,
        data: { userId: user.id, role: input.role },
      },
    ]);
    return { userId: user.id, email: user.email, name: user.name, orgId, role: input.role };
  });
}

export async function listMembers(db: Database, actor: Principal, orgId: string) {
  if (!isOperatorStaff(actor) && actor.orgId !== orgId) throw AppError.notFound('Organisation');
  const rows = await repo.membersOfOrganisation(db, orgId);
  return rows.map((r) => ({ userId: r.id, email: r.email, name: r.name, role: r.role }));
}

export async function createApiKey(
  db: Database,
  actor: Principal | null,
  orgId: string,
  input: { name: string; role: Role; marketplaceId?: string },
) {
  if (actor) requireRole(actor, 'admin');
  const org = await repo.findOrganisation(db, orgId);
  if (!org) throw AppError.notFound('Organisation');
  if (!ROLES_BY_ORG_KIND[org.kind].includes(input.role)) {
    throw AppError.field(
      '/role',
      'role-for-org-kind',
      `role ${input.role} does not exist in a ${org.kind} organisation`,
    );
  }
  if (input.role === 'marketplace' && !input.marketplaceId) {
    throw AppError.field(
      '/marketplaceId',
      'required',
      'a marketplace key must name the marketplace it speaks for',
    );
  }
  const { key, prefix } = newApiKey();
  return db.transaction().execute(async (trx) => {
    if (input.marketplaceId) {
      const exists = await trx
        .selectFrom('marketplaces')
        .select('id')
        .where('id', '=', input.marketplaceId)
        .executeTakeFirst();
      if (!exists) throw AppError.field('/marketplaceId', 'exists', 'no marketplace has this id');
    }
    const row = await repo.insertApiKey(trx, {
      id: newId(),
      org_id: orgId,
      name: input.name,
      role: input.role,
      marketplace_id: input.marketplaceId ?? null,
      key_prefix: prefix,
      key_hash: sha256Hex(key),
    });
    await appendAudit(trx, [
      {
        actor: actor?.label ?? 'system',
        action: 'api_key.created',
        entityType: 'api_key',
        entityId: row.id,
        data: { orgId, role: row.role, prefix },
      },
    ]);
    return { ...toApiKey(row), key };
  });
}

function toApiKey(row: {
  id: string;
  org_id: string;
  name: string;
  role: string;
  marketplace_id: string | null;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
}) {
  return {
    id: row.id,
    orgId: row.org_id,
    name: row.name,
    role: row.role,
    marketplaceId: row.marketplace_id,
    prefix: row.key_prefix,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
  };
}

export async function listApiKeys(db: Database, actor: Principal, orgId: string) {
  requireRole(actor, 'admin');
  return (await repo.listApiKeys(db, orgId)).map(toApiKey);
}

export async function revokeApiKey(db: Database, actor: Principal, id: string) {
  requireRole(actor, 'admin');
  return db.transaction().execute(async (trx) => {
    const row = await repo.revokeApiKey(trx, id);
    if (!row) throw AppError.notFound('Active API key');
    principalCache.evictWhere((p) => p.keyId === id);
    await appendAudit(trx, [
      { actor: actor.label, action: 'api_key.revoked', entityType: 'api_key', entityId: id, data: {} },
    ]);
    return toApiKey(row);
  });
}

/** A brand authorizes an agent firm to file notices in its name (letter of authorization). */
export async function grantRepresentation(
  db: Database,
  actor: Principal,
  input: { agentOrgId: string; principalOrgId?: string; authorizationSha256?: string; validUntil?: string },
) {
  const principalOrgId = input.principalOrgId ?? actor.orgId;
  if (!(actor.orgId === principalOrgId && actor.roles.has('rights_holder')) && !actor.roles.has('admin')) {
    throw AppError.forbidden(
      'Only the brand itself (rights holder) or an admin can authorize an agent for it',
    );
  }
  const [agent, principal] = await Promise.all([
    repo.findOrganisation(db, input.agentOrgId),
    repo.findOrganisation(db, principalOrgId),
  ]);
  if (!agent || agent.kind !== 'agent')
    throw AppError.field('/agentOrgId', 'agent-organisation', 'must be the id of an agent organisation');
  if (!principal || principal.kind !== 'brand')
    throw AppError.field('/principalOrgId', 'brand-organisation', 'must be the id of a brand organisation');
  return db.transaction().execute(async (trx) => {
    if (input.authorizationSha256) {
      const owned = await trx
        .selectFrom('document_owners')
        .select('sha256')
        .where('sha256', '=', input.authorizationSha256)
        .where('org_id', 'in', [actor.orgId, principalOrgId])
        .executeTakeFirst();
      if (!owned)
        throw AppError.field(
          '/authorizationSha256',
          'document-owned',
          'no document with this hash was uploaded by your organisation',
        );
    }
    const row = await repo.upsertRepresentation(trx, {
      agent_org_id: input.agentOrgId,
      principal_org_id: principalOrgId,
      authorization_sha256: input.authorizationSha256 ?? null,
      valid_until: input.validUntil ?? null,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'representation.granted',
        entityType: 'organisation',
        entityId: principalOrgId,
        data: { agentOrgId: input.agentOrgId },
      },
    ]);
    return toRepresentation(row);
  });
}

function toRepresentation(row: {
  agent_org_id: string;
  principal_org_id: string;
  authorization_sha256: string | null;
  valid_until: string | null;
  created_at: Date;
}) {
  return {
    agentOrgId: row.agent_org_id,
    principalOrgId: row.principal_org_id,
    authorizationSha256: row.authorization_sha256,
    validUntil: row.valid_until,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listRepresentations(db: Database, actor: Principal) {
  return (await repo.listRepresentations(db, actor.orgId)).map(toRepresentation);
}

/**
 * The organisation in whose name the actor files: its own brand, or, for an agent, a principal
 * it currently represents. Throws a field error naming `principalOrgId` otherwise.
 */
export async function resolveFilingPrincipal(
  db: Database,
  actor: Principal,
  principalOrgId: string | undefined,
  pointer = '/principalOrgId',
): Promise<string> {
  if (actor.roles.has('rights_holder') && actor.orgKind === 'brand') {
    if (principalOrgId && principalOrgId !== actor.orgId)
      throw AppError.field(
        pointer,
        'own-organisation',
        'a rights holder files in its own name; only agents name a principal',
      );
    return actor.orgId;
  }
  if (actor.roles.has('agent') && actor.orgKind === 'agent') {
    if (!principalOrgId)
      throw AppError.field(pointer, 'required', 'an agent must name the brand it acts for');
    const rep = await repo.findRepresentation(db, actor.orgId, principalOrgId);
    const today = new Date().toISOString().slice(0, 10);
    if (!rep)
      throw AppError.field(
        pointer,
        'represented',
        'your organisation holds no authorization from this brand',
      );
    if (rep.valid_until && rep.valid_until < today)
      throw AppError.field(
        pointer,
        'represented',
        `your authorization from this brand expired on ${rep.valid_until}`,
      );
    return principalOrgId;
  }
  throw AppError.forbidden('Only rights holders and their agents can do this');
}

/** Organisations whose notices and rights the actor may read: its own and, for an agent, its principals. */
export async function readableOrgIds(db: Database, actor: Principal): Promise<string[]> {
  if (actor.orgKind !== 'agent') return [actor.orgId];
  const reps = await repo.listRepresentations(db, actor.orgId);
  return [actor.orgId, ...reps.filter((r) => r.agent_org_id === actor.orgId).map((r) => r.principal_org_id)];
}
