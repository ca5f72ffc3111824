/**
 * Union-find (disjoint sets) with path halving and union by size: the in-memory form of "stores
 * that share an identifier, transitively". The database keeps the same components incrementally
 * (src/traders/linking.ts); this is the from-scratch reference the property test and the bench
 * compare against, and what a batch uses to merge the clusters it touches.
 */
export class UnionFind<K> {
  private readonly parent = new Map<K, K>();
  private readonly size = new Map<K, number>();

  add(key: K): void {
    if (!this.parent.has(key)) {
      this.parent.set(key, key);
      this.size.set(key, 1);
    }
  }

  find(key: K): K {
    this.add(key);
    let k = key;
    for (;;) {
      const p = this.parent.get(k)!;
      if (p === k) return k;
      const gp = this.parent.get(p)!;
      this.parent.set(k, gp);
      k = gp;
    }
  }

  union(a: K, b: K): K {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return ra;
    if (this.size.get(ra)! < this.size.get(rb)!) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, this.size.get(ra)! + this.size.get(rb)!);
    return ra;
  }

  /** Every key, grouped by component. */
  groups(): Map<K, K[]> {
    const out = new Map<K, K[]>();
    for (const key of this.parent.keys()) {
      const root = this.find(key);
      const group = out.get(root);
      if (group) group.push(key);
      else out.set(root, [key]);
    }
    return out;
  }
}

/**
 * Components of stores linked by shared identifiers, computed from nothing: every store (even one
 * sharing nothing) is in exactly one component. Returned as a canonical form (each component
 * sorted, components sorted by their first store), so two computations compare with deepEqual.
 */
export function clustersFromScratch(identifiersByStore: ReadonlyMap<string, readonly string[]>): string[][] {
  const uf = new UnionFind<string>();
  const firstHolder = new Map<string, string>();
  for (const [store, identifiers] of identifiersByStore) {
    uf.add(store);
    for (const identifier of identifiers) {
      const holder = firstHolder.get(identifier);
      if (holder === undefined) firstHolder.set(identifier, store);
      else uf.union(holder, store);
    }
  }
  return canonicalClusters([...uf.groups().values()]);
}

export function canonicalClusters(clusters: readonly (readonly string[])[]): string[][] {
  return clusters.map((c) => [...c].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}
