import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type OrgKind, type Principal, type Role, requireRole } from '../auth/principal.ts';
import { hashPassword, newApiKey, newToken, sha256Hex, verifyPassword } from '../auth/secrets.ts';
import type { Database } from '../db/database.ts';
import { AppError, type FieldError } from '../errors/app-error.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './accounts.repository.ts';
import {
  DEFAULT_THROTTLE_POLICY,
  type ThrottlePolicy,
  type ThrottleRow,
  throttleKeys,
  throttleStep,
} from './login-throttle.ts';
import { principalCache } from './principal-cache.ts';
import './trust.table.ts';

const SESSION_HOURS = 12;
/** A session unused for this long ends (the 12 h limit still applies); config can change it. */
export const DEFAULT_SESSION_IDLE_MINUTES = 30;
/** Recording use at most once a minute keeps sessions from costing a write per request. */
const TOUCH_EVERY_MS = 60_000;

export interface SessionSettings {
  idleMinutes: number;
  throttle?: ThrottlePolicy;
}
const DEFAULT_SESSION_SETTINGS: SessionSettings = { idleMinutes: DEFAULT_SESSION_IDLE_MINUTES };
/** Which roles make sense in which kind of organisation. */
const ROLES_BY_ORG_KIND: Record<OrgKind, readonly Role[]> = {
  operator: ['admin', 'reviewer', 'marketplace', 'enforcement_liaison'],
  brand: ['rights_holder'],
  agent: ['agent'],
  seller: ['seller'],
  // A buyer organisation is one person or household; an authority is customs, police or a market
  // surveillance office whose members are inspectors. Neither is operator staff.
  buyer: ['buyer'],
  authority: ['inspector'],
};

export interface Organisation {
  id: string;
  kind: OrgKind;
  name: string;
  createdAt: string;
  /** When the operator vetted this agent firm (null: not vetted). */
  vettedAt: string | null;
  /** Trusted-flagger status (DSA Art 22): the awarding authority and the date, or null. */
  trustedFlagger: { authority: string; since: string } | null;
  /** The roles its members may have (by its kind). */
  memberRoles: Role[];
  /** The roles its API keys may have (a member's, or the marketplace role of the operator's keys). */
  keyRoles: Role[];
}

function toOrganisation(row: {
  id: string;
  kind: OrgKind;
  name: string;
  created_at: Date;
  vetted_at?: Date | null;
  trusted_flagger_authority?: string | null;
  trusted_flagger_since?: string | null;
}): Organisation {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    createdAt: row.created_at.toISOString(),
    vettedAt: row.vetted_at ? row.vetted_at.toISOString() : null,
    trustedFlagger:
      row.trusted_flagger_authority && row.trusted_flagger_since
        ? { authority: row.trusted_flagger_authority, since: row.trusted_flagger_since }
        : null,
    memberRoles: ROLES_BY_ORG_KIND[row.kind].filter((role) => role !== 'marketplace'),
    keyRoles: [...ROLES_BY_ORG_KIND[row.kind]],
  };
}

/** Resolves a bearer token (session or API key) to a principal, or null when it is unknown. */
export async function authenticate(
  db: Database,
  token: string,
  requestedOrgId: string | undefined,
  settings: SessionSettings = DEFAULT_SESSION_SETTINGS,
): Promise<Principal | null> {
  const hash = sha256Hex(token);
  const cacheKey = `${hash}|${requestedOrgId ?? ''}`;
  const cached = principalCache.get(cacheKey);
  if (cached) return cached;
  const resolved = await resolvePrincipal(db, token, hash, requestedOrgId, settings);
  if (resolved) principalCache.set(cacheKey, resolved.principal, resolved.notAfter);
  return resolved?.principal ?? null;
}

async function resolvePrincipal(
  db: Database,
  token: string,
  hash: string,
  requestedOrgId: string | undefined,
  settings: SessionSettings,
): Promise<{ principal: Principal; notAfter: number } | null> {
  const now = Date.now();
  if (token.startsWith('ippk_')) {
    const key = await repo.findApiKeyByHash(db, hash);
    if (!key || key.revoked_at) return null;
    if (key.expires_at && key.expires_at.getTime() <= now) return null;
    const principal: Principal = {
      kind: 'api_key',
      userId: null,
      keyId: key.id,
      orgId: key.org_id,
      orgKind: key.org_kind,
      roles: new Set([key.role as Role]),
      marketplaceId: key.marketplace_id,
      sessionId: null,
      label: `key:${key.id}`,
    };
    return { principal, notAfter: key.expires_at?.getTime() ?? Number.POSITIVE_INFINITY };
  }
  const session = await repo.findSessionByHash(db, hash);
  if (!session || session.expires_at.getTime() < now) return null;
  const idleMs = settings.idleMinutes * 60_000;
  if (session.last_seen_at.getTime() + idleMs <= now) {
    await repo.deleteSession(db, hash);
    return null;
  }
  if (now - session.last_seen_at.getTime() >= TOUCH_EVERY_MS)
    await repo.touchSession(db, session.id, new Date(now));
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
    sessionId: session.id,
    label: `user:${session.user_id}`,
  };
  // The cache never outlives the session's idle deadline as seen at this lookup.
  return { principal, notAfter: Math.min(session.expires_at.getTime(), now + idleMs) };
}

/**
 * Counts the attempt against the account, the address and the pair; throws 429 with the wait when
 * any of them must wait. Counting before the password check means parallel guesses queue on the
 * counters instead of all reaching the (slow) password hash.
 */
async function throttleLogin(
  db: Database,
  email: string,
  address: string,
  policy: ThrottlePolicy,
  now: Date,
) {
  const keys = throttleKeys(email, address);
  const wait = await db.transaction().execute(async (trx) => {
    const rows = await repo.lockThrottleRows(
      trx,
      keys.map((k) => k.key),
      now,
    );
    let longest = 0;
    for (const { key, kind } of keys) {
      const row = rows.find((r) => r.key === key);
      const current: ThrottleRow | null = row
        ? {
            attempts: row.attempts,
            windowStartedAt: row.window_started_at,
            nextAllowedAt: row.next_allowed_at,
          }
        : null;
      const step = throttleStep(current, now, policy[kind], policy.windowSeconds);
      longest = Math.max(longest, step.waitSeconds);
      await repo.saveThrottleRow(trx, {
        key,
        attempts: step.row.attempts,
        window_started_at: step.row.windowStartedAt,
        next_allowed_at: step.row.nextAllowedAt,
      });
    }
    return longest;
  });
  if (wait > 0)
    throw new AppError(
      'RATE_LIMITED',
      `Too many login attempts; try again in ${wait} second${wait === 1 ? '' : 's'}`,
      { extra: { retryAfterSeconds: wait } },
    );
  return keys;
}

export async function login(
  db: Database,
  email: string,
  password: string,
  options: { address?: string; settings?: SessionSettings; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  const settings = options.settings ?? DEFAULT_SESSION_SETTINGS;
  const normalised = email.toLowerCase();
  const keys = await throttleLogin(
    db,
    normalised,
    options.address ?? 'unknown',
    settings.throttle ?? DEFAULT_THROTTLE_POLICY,
    now,
  );
  const user = await repo.findUserByEmail(db, normalised);
  // Verify against a dummy hash when the user is unknown so timing does not reveal accounts.
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) throw new AppError('UNAUTHENTICATED', 'The email or password is wrong');
  const [pair, ...others] = keys;
  await repo.forgiveThrottle(
    db,
    pair?.key ?? '',
    others.map((k) => k.key),
  );
  await repo.purgeSessions(db, now, new Date(now.getTime() - settings.idleMinutes * 60_000));
  await repo.purgeThrottle(
    db,
    new Date(now.getTime() - (settings.throttle ?? DEFAULT_THROTTLE_POLICY).windowSeconds * 1000),
  );
  const token = newToken('ipps');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
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
    idleTimeoutSeconds: settings.idleMinutes * 60,
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

/**
 * When the caller's session ends: at its hard expiry (12 h after login), or earlier when no
 * request comes within the idle timeout of the last one seen. Read from the row, not the cached
 * principal, so it is what the next request will be judged by.
 */
async function sessionEnd(db: Database, principal: Principal, settings: SessionSettings) {
  if (!principal.sessionId) return null;
  const row = await repo.findSessionTimes(db, principal.sessionId);
  if (!row) return null;
  const idleEndsAt = new Date(row.last_seen_at.getTime() + settings.idleMinutes * 60_000);
  const endsAt = idleEndsAt < row.expires_at ? idleEndsAt : row.expires_at;
  return {
    expiresAt: row.expires_at.toISOString(),
    idleTimeoutSeconds: settings.idleMinutes * 60,
    lastSeenAt: row.last_seen_at.toISOString(),
    endsAt: endsAt.toISOString(),
  };
}

export async function describeSelf(
  db: Database,
  principal: Principal,
  settings: SessionSettings = DEFAULT_SESSION_SETTINGS,
) {
  const [org, session] = await Promise.all([
    repo.findOrganisation(db, principal.orgId),
    sessionEnd(db, principal, settings),
  ]);
  return {
    session,
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
  filter: { kind?: OrgKind; q?: string; limit: number; offset: number },
) {
  // A brand looks agent firms up by name to authorize one: `kind=agent` lists every agent firm to
  // a brand's members (id and name, as any organisation row here). Otherwise a caller who is not
  // operator staff sees its own organisation only.
  const agentDirectory = filter.kind === 'agent' && actor.orgKind === 'brand';
  const rows = await repo.listOrganisations(db, {
    ...filter,
    ...(isOperatorStaff(actor) || agentDirectory ? {} : { ids: [actor.orgId] }),
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
  input: { name: string; role: Role; marketplaceId?: string; expiresAt?: string },
) {
  if (actor) requireRole(actor, 'admin');
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= Date.now())
    throw AppError.field('/expiresAt', 'future', 'an API key must expire in the future');
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
      expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
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
  role: Role;
  marketplace_id: string | null;
  key_prefix: string;
  created_at: Date;
  revoked_at: Date | null;
  expires_at: Date | null;
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
    expiresAt: row.expires_at ? row.expires_at.toISOString() : null,
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
  input: {
    agentOrgId: string;
    principalOrgId?: string;
    authorizationSha256?: string;
    validUntil?: string;
    /** The rights the letter covers (absent or null: every right of the brand). */
    rightIds?: string[] | null;
    /** The marketplaces the letter covers (absent or null: every marketplace). */
    marketplaceIds?: string[] | null;
  },
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
  await checkLetterScope(db, principalOrgId, input.rightIds ?? null, input.marketplaceIds ?? null);
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
      right_ids: input.rightIds ?? null,
      marketplace_ids: input.marketplaceIds ?? null,
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'representation.granted',
        entityType: 'organisation',
        entityId: principalOrgId,
        data: {
          agentOrgId: input.agentOrgId,
          validUntil: input.validUntil ?? null,
          rightIds: input.rightIds ?? null,
          marketplaceIds: input.marketplaceIds ?? null,
        },
      },
    ]);
    return toRepresentation(row);
  });
}

export type RepresentationStatus = 'active' | 'expired' | 'revoked';

/** Today's date in UTC (YYYY-MM-DD): a letter valid until a date is valid through that day. */
function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The one rule for whether a letter of authorization grants anything today. Every path that gives
 * an agent access through a representation goes through `activePrincipalsOf` (SQL of this rule)
 * or this function.
 */
export function representationStatus(
  row: { valid_until: string | null; revoked_at: Date | null },
  now = new Date(),
): RepresentationStatus {
  if (row.revoked_at) return 'revoked';
  if (row.valid_until && row.valid_until < todayUtc(now)) return 'expired';
  return 'active';
}

/**
 * A letter's scope names only the brand's own rights and marketplaces that exist; nothing is
 * stored otherwise.
 */
async function checkLetterScope(
  db: Database,
  principalOrgId: string,
  rightIds: readonly string[] | null,
  marketplaceIds: readonly string[] | null,
): Promise<void> {
  const none: string[] = [];
  const [ownRights, markets] = await Promise.all([
    rightIds?.length ? repo.rightsOfOrg(db, principalOrgId, rightIds) : none,
    marketplaceIds?.length ? repo.existingMarketplaces(db, marketplaceIds) : none,
  ]);
  const errors: FieldError[] = [];
  rightIds?.forEach((id, i) => {
    if (!ownRights.includes(id))
      errors.push({
        pointer: `/rightIds/${i}`,
        rule: 'right-of-brand',
        detail: 'no right of this brand has this id',
      });
  });
  marketplaceIds?.forEach((id, i) => {
    if (!markets.includes(id))
      errors.push({
        pointer: `/marketplaceIds/${i}`,
        rule: 'marketplace-known',
        detail: 'no marketplace has this id',
      });
  });
  if (errors.length > 0) throw AppError.validation(errors);
}

function toRepresentation(row: {
  agent_org_id: string;
  principal_org_id: string;
  authorization_sha256: string | null;
  valid_until: string | null;
  created_at: Date;
  revoked_at: Date | null;
  right_ids: string[] | null;
  marketplace_ids: string[] | null;
}) {
  return {
    agentOrgId: row.agent_org_id,
    principalOrgId: row.principal_org_id,
    authorizationSha256: row.authorization_sha256,
    validUntil: row.valid_until,
    rightIds: row.right_ids,
    marketplaceIds: row.marketplace_ids,
    status: representationStatus(row),
    revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listRepresentations(db: Database, actor: Principal) {
  return (await repo.listRepresentations(db, actor.orgId)).map((row) => ({
    ...toRepresentation(row),
    agentOrgName: row.agent_org_name,
    principalOrgName: row.principal_org_name,
  }));
}

/** The brand (or an admin) withdraws an agent's authorization; it stops granting anything at once. */
export async function revokeRepresentation(
  db: Database,
  actor: Principal,
  input: { agentOrgId: string; principalOrgId?: string },
) {
  const principalOrgId = input.principalOrgId ?? actor.orgId;
  const isBrand = actor.orgId === principalOrgId && actor.roles.has('rights_holder');
  if (!isBrand && !isOperatorStaffAdmin(actor)) {
    throw AppError.forbidden('Only the brand itself (rights holder) or an admin can revoke its agent');
  }
  return db.transaction().execute(async (trx) => {
    const row = await repo.revokeRepresentation(trx, input.agentOrgId, principalOrgId, actor.label);
    if (!row) throw AppError.notFound('Active authorization of this agent');
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'representation.revoked',
        entityType: 'organisation',
        entityId: principalOrgId,
        data: { agentOrgId: input.agentOrgId },
      },
    ]);
    return toRepresentation(row);
  });
}

function isOperatorStaffAdmin(actor: Principal): boolean {
  return actor.orgKind === 'operator' && actor.roles.has('admin');
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
    if (!rep)
      throw AppError.field(
        pointer,
        'represented',
        'your organisation holds no authorization from this brand',
      );
    const status = representationStatus(rep);
    if (status === 'expired')
      throw AppError.field(
        pointer,
        'represented',
        `your authorization from this brand expired on ${rep.valid_until}`,
      );
    if (status === 'revoked')
      throw AppError.field(
        pointer,
        'represented',
        `the brand revoked your authorization on ${rep.revoked_at?.toISOString().slice(0, 10)}`,
      );
    return principalOrgId;
  }
  throw AppError.forbidden('Only rights holders and their agents can do this');
}

/**
 * Organisations on whose behalf the actor acts today: its own and, for an agent, the brands whose
 * authorization is neither expired nor revoked. Notices, items, rights, evidence and statements of
 * a brand are reached through this list only.
 */
export async function readableOrgIds(db: Database, actor: Principal): Promise<string[]> {
  if (actor.orgKind !== 'agent') return [actor.orgId];
  return [actor.orgId, ...(await repo.activePrincipalsOf(db, actor.orgId, todayUtc()))];
}

/** Whether the actor acts for the organisation today (itself, or a brand it validly represents). */
export async function actsFor(db: Database, actor: Principal, orgId: string): Promise<boolean> {
  if (actor.orgId === orgId) return true;
  if (actor.orgKind !== 'agent') return false;
  return (await readableOrgIds(db, actor)).includes(orgId);
}

/** The letter of authorization an agent files under, as the notice records it. */
export interface FilingLetter {
  agentOrgId: string;
  agentName: string;
  agentVetted: boolean;
  principalOrgId: string;
  principalName: string;
  rightIds: string[] | null;
  marketplaceIds: string[] | null;
  validUntil: string | null;
  authorizationSha256: string | null;
  grantedAt: string;
}

/**
 * What the intake needs to know about the filer: its trusted-flagger status and, for an agent
 * filing for a brand, the letter it files under (valid today: `resolveFilingPrincipal` has checked).
 */
export async function filingStanding(
  db: Database,
  filing: { filerOrgId: string; principalOrgId: string },
): Promise<{ trustedFlagger: boolean; letter: FilingLetter | null }> {
  return filingStandingOf(
    (await repo.filingStandingRow(db, filing.filerOrgId, filing.principalOrgId)) ?? null,
    filing,
  );
}

/** `filingStanding` over the row already read (the notice intake read, `INTAKE_FILING_SQL`). */
export function filingStandingOf(
  row: repo.FilingStandingRow | null,
  filing: { filerOrgId: string; principalOrgId: string },
): { trustedFlagger: boolean; letter: FilingLetter | null } {
  if (!row) return { trustedFlagger: false, letter: null };
  return {
    trustedFlagger: row.trusted_flagger_authority !== null,
    letter:
      filing.filerOrgId !== filing.principalOrgId && row.rep_created_at
        ? {
            agentOrgId: filing.filerOrgId,
            agentName: row.name,
            agentVetted: row.vetted_at !== null,
            principalOrgId: filing.principalOrgId,
            principalName: row.principal_name ?? '',
            rightIds: row.right_ids,
            marketplaceIds: row.marketplace_ids,
            validUntil: row.valid_until,
            authorizationSha256: row.authorization_sha256,
            grantedAt: new Date(row.rep_created_at).toISOString(),
          }
        : null,
  };
}

/**
 * The operator's flags on an organisation (operator admins): an agent firm vetted, an organisation
 * a trusted flagger (DSA Art 22) with the authority that awarded it and the date. Audited.
 */
export async function setOrganisationTrust(
  db: Database,
  actor: Principal,
  orgId: string,
  input: { vettedAgent?: boolean; trustedFlagger?: { authority: string; since: string } | null },
): Promise<Organisation> {
  if (!isOperatorStaffAdmin(actor))
    throw AppError.forbidden('Only operator admins vet agents and trusted flaggers');
  const org = await repo.findOrganisation(db, orgId);
  if (!org) throw AppError.notFound('Organisation');
  if (input.vettedAgent !== undefined && org.kind !== 'agent')
    throw AppError.field(
      '/vettedAgent',
      'agent-organisation',
      'only an agent firm can be vetted as an agent',
    );
  if (input.trustedFlagger && !['brand', 'agent', 'authority'].includes(org.kind))
    throw AppError.field(
      '/trustedFlagger',
      'notifier-organisation',
      'only a notifier (brand, agent firm or authority) can be a trusted flagger',
    );
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const row = await repo.updateOrganisationTrust(trx, orgId, {
      ...(input.vettedAgent !== undefined
        ? {
            vetted_at: input.vettedAgent ? (org.vetted_at ?? now) : null,
            vetted_by: input.vettedAgent ? actor.label : null,
          }
        : {}),
      ...(input.trustedFlagger !== undefined
        ? {
            trusted_flagger_authority: input.trustedFlagger?.authority ?? null,
            trusted_flagger_since: input.trustedFlagger?.since ?? null,
          }
        : {}),
    });
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'organisation.trust_set',
        entityType: 'organisation',
        entityId: orgId,
        data: {
          ...(input.vettedAgent !== undefined ? { vettedAgent: input.vettedAgent } : {}),
          ...(input.trustedFlagger !== undefined ? { trustedFlagger: input.trustedFlagger } : {}),
        },
      },
    ]);
    return toOrganisation(row);
  });
}
