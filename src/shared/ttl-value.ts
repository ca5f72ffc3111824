/**
 * A value read often and changed rarely (the marketplace list, a policy), cached per database
 * handle for a few seconds. Keyed by the handle so that two databases in one process (tests,
 * tools) never see each other's data; the writer in this process invalidates at once.
 */
export class CachedPerDatabase<T> {
  private readonly values = new WeakMap<object, { data: T; until: number }>();
  constructor(private readonly ttlMs: number) {}

  async get(db: object, load: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.values.get(db);
    if (hit && hit.until > now) return hit.data;
    const data = await load();
    this.values.set(db, { data, until: now + this.ttlMs });
    return data;
  }

  invalidate(db: object): void {
    this.values.delete(db);
  }
}
