import { type Database, databaseIdentity } from '../db/database.ts';

/**
 * A value read often and changed rarely (the marketplace list, a policy), cached per database for
 * a few seconds. Keyed by the dialect adapter, which a Kysely instance shares with every
 * transaction opened from it: reads inside a transaction hit the same entry, while two databases
 * in one process (tests, tools) never see each other's data. The writer in this process
 * invalidates at once; other processes see a change within the TTL.
 */
export class CachedPerDatabase<T> {
  private readonly values = new WeakMap<object, { data: T; until: number }>();
  constructor(private readonly ttlMs: number) {}

  async get(db: Database, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const key = databaseIdentity(db);
    const hit = this.values.get(key);
    if (hit && hit.until > now) return hit.data;
    const data = await load();
    this.values.set(key, { data, until: now + this.ttlMs });
    return data;
  }

  invalidate(db: Database): void {
    this.values.delete(databaseIdentity(db));
  }
}
