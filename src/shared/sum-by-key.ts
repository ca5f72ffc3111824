/**
 * Sums deltas that share a key (the first of each key is copied, the others added to it); deltas
 * that sum to zero are dropped. Counter subscribers use it to write one row per key per batch.
 */
export function sumByKey<T extends { value: number }>(deltas: readonly T[], key: (d: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const d of deltas) {
    const k = key(d);
    const seen = byKey.get(k);
    if (seen) seen.value += d.value;
    else byKey.set(k, { ...d });
  }
  return [...byKey.values()].filter((d) => d.value !== 0);
}
