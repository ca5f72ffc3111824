import { appendAudit } from '../audit/index.ts';
import { isOperatorStaff, type Principal, requireRole } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { CachedPerDatabase } from '../shared/ttl-value.ts';
import { constraintsOf, policyDefinition, policyDefinitions } from './define.ts';
import type { PolicyBodies, PolicyKey } from './policy.ts';

/** Policies change rarely and are read on every intake: cached per database for a few seconds. */
const caches = new Map<string, CachedPerDatabase<PolicyVersion<PolicyKey>>>();
function cacheFor(key: string) {
  let cache = caches.get(key);
  if (!cache) {
    cache = new CachedPerDatabase(5_000);
    caches.set(key, cache);
  }
  return cache;
}

export interface PolicyVersion<K extends PolicyKey> {
  key: K;
  version: number;
  body: PolicyBodies[K];
  createdAt: string | null;
}

function definitionOf(key: string) {
  const definition = policyDefinition(key);
  if (!definition) throw new Error(`policy ${key} is not defined (definePolicy)`);
  return definition;
}

/** The policy in force: the latest stored version that is valid, or the default (version 0). */
export async function currentPolicy<K extends PolicyKey>(db: Database, key: K): Promise<PolicyVersion<K>> {
  return (await cacheFor(key).get(db, () => readPolicy(db, key))) as PolicyVersion<K>;
}

/**
 * The same without the cache, for a reader that must see a change at once (detectors rebuilt
 * after a revision bump). Stored versions are validated again on read: a version that no longer
 * passes (a schema tightened since it was written) is skipped for the one before it.
 */
export async function readPolicy<K extends PolicyKey>(db: Database, key: K): Promise<PolicyVersion<K>> {
  const definition = definitionOf(key);
  const rows = await db
    .selectFrom('policies')
    .selectAll()
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .limit(20)
    .execute();
  for (const row of rows) {
    const body = structuredClone(row.body) as unknown;
    if (definition.validate(body).length > 0) continue;
    return {
      key,
      version: row.version,
      body: body as PolicyBodies[K],
      createdAt: row.created_at.toISOString(),
    };
  }
  return {
    key,
    version: 0,
    body: structuredClone(definition.defaultValue) as PolicyBodies[K],
    createdAt: null,
  };
}

/** Writes a new version after validating it against the policy's schema and rules. */
export async function writePolicy<K extends PolicyKey>(
  db: Database,
  actor: Principal,
  key: K,
  body: PolicyBodies[K],
): Promise<PolicyVersion<K>> {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator sets policies');
  const definition = definitionOf(key);
  const errors = definition.validate(body);
  if (errors.length > 0) throw AppError.validation(errors);
  return db.transaction().execute(async (trx) => {
    // Rules between policies, against the others' versions in force (read in this transaction).
    for (const constraint of constraintsOf(key)) {
      const bodies: Record<string, unknown> = { [key]: body };
      for (const other of constraint.keys)
        if (other !== key) bodies[other] = (await readPolicy(trx, other as PolicyKey)).body;
      const contradictions = constraint.check(bodies, key);
      if (contradictions.length > 0) throw AppError.validation(contradictions);
    }
    const latest = await trx
      .selectFrom('policies')
      .select('version')
      .where('key', '=', key)
      .orderBy('version', 'desc')
      .limit(1)
      .forNoKeyUpdate()
      .executeTakeFirst();
    const version = (latest?.version ?? 0) + 1;
    const row = await trx
      .insertInto('policies')
      .values({ key, version, body: JSON.stringify(body), created_by: actor.userId })
      .returningAll()
      .executeTakeFirstOrThrow();
    cacheFor(key).invalidate(db);
    await definition.onChange?.(trx);
    await appendAudit(trx, [
      {
        actor: actor.label,
        action: 'policy.changed',
        entityType: 'policy',
        entityId: key,
        data: { version, body: body as unknown as Record<string, unknown> },
      },
    ]);
    return { key, version, body, createdAt: row.created_at.toISOString() };
  });
}

function mayRead(actor: Principal, readableBy: 'everyone' | 'operator_staff'): boolean {
  return readableBy === 'everyone' || isOperatorStaff(actor);
}

/** Every defined policy the caller may read, with the version in force. */
export async function listPolicies(db: Database, actor: Principal) {
  const visible = policyDefinitions().filter((d) => mayRead(actor, d.readableBy));
  return Promise.all(
    visible.map(async (d) => {
      const current = await readPolicy(db, d.key as PolicyKey);
      return {
        key: d.key,
        description: d.description,
        readableBy: d.readableBy,
        version: current.version,
        createdAt: current.createdAt,
      };
    }),
  );
}

/** A policy's versions, newest first, each with its body and whether it still validates. */
export async function policyHistory(
  db: Database,
  actor: Principal,
  key: string,
  page: { limit: number; offset: number },
) {
  const definition = policyDefinition(key);
  if (!definition || !mayRead(actor, definition.readableBy)) throw AppError.notFound('Policy');
  const rows = await db
    .selectFrom('policies')
    .selectAll()
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return {
    key,
    defaultValue: definition.defaultValue as Record<string, unknown>,
    versions: rows.map((row) => {
      const problems = definition.validate(structuredClone(row.body));
      return {
        version: row.version,
        // A version that no longer validates is shown by its problems, not as a body of the schema.
        body: problems.length === 0 ? (row.body as Record<string, unknown>) : null,
        valid: problems.length === 0,
        problems,
        createdBy: row.created_by,
        createdAt: row.created_at.toISOString(),
      };
    }),
  };
}
