import type { Principal } from '../auth/principal.ts';

/**
 * Resolved principals by token hash, for a few seconds. Every request would otherwise pay two
 * queries to resolve its caller. Logout and key revocation evict at once in this process; other
 * processes see them within `ttlMs` (documented in ARCHITECTURE.md).
 */
export class PrincipalCache {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 10_000,
  ) {}

  get(key: string, now = Date.now()): Principal | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(key: string, principal: Principal, notAfter: number, now = Date.now()): void {
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { principal, until: Math.min(now + this.ttlMs, notAfter) });
  }

  /** Drops every cached principal that matches (a revoked key, a logged-out session). */
  evictWhere(match: (principal: Principal, key: string) => boolean): void {
    for (const [key, entry] of this.entries) if (match(entry.principal, key)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

export const principalCache = new PrincipalCache();
