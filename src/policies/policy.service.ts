import { appendAudit } from '../audit/index.ts';
import { type Principal, requireRole } from '../auth/principal.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { CachedPerDatabase } from '../shared/ttl-value.ts';
import { DEFAULT_POLICIES, type PolicyBodies, type PolicyKey } from './policy.ts';

/** Policies change rarely and are read on every intake: cached per database for a few seconds. */
const caches = new Map<PolicyKey, CachedPerDatabase<PolicyVersion<PolicyKey>>>();
function cacheFor(key: PolicyKey) {
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

/** The policy in force: the latest stored version, or the built-in default (version 0). */
export async function currentPolicy<K extends PolicyKey>(db: Database, key: K): Promise<PolicyVersion<K>> {
  return (await cacheFor(key).get(db, () => loadPolicy(db, key))) as PolicyVersion<K>;
}

async function loadPolicy<K extends PolicyKey>(db: Database, key: K): Promise<PolicyVersion<K>> {
  const row = await db
    .selectFrom('policies')
    .selectAll()
    .where('key', '=', key)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return { key, version: 0, body: DEFAULT_POLICIES[key], createdAt: null };
  return {
    key,
    version: row.version,
    body: row.body as unknown as PolicyBodies[K],
    createdAt: row.created_at.toISOString(),
  };
}

export async function writePolicy<K extends PolicyKey>(
  db: Database,
  actor: Principal,
  key: K,
  body: PolicyBodies[K],
): Promise<PolicyVersion<K>> {
  requireRole(actor, 'admin');
  if (actor.orgKind !== 'operator') throw AppError.forbidden('Only the operator sets policies');
  return db.transaction().execute(async (trx) => {
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
