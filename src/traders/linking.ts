import type { Database } from '../db/database.ts';
import { newId } from '../shared/ids.ts';
import * as repo from './trader.repository.ts';
import type { HashedIdentifier } from './trader.ts';
import { UnionFind } from './union-find.ts';

/**
 * Keeps the clusters (connected components of "shares an identifier") up to date as stores
 * arrive, inside the registering transaction. Invariant: every store with identifiers is in
 * exactly one cluster, and two stores are in one cluster iff a chain of shared identifiers joins
 * them.
 *
 * A batch runs in two phases, each keeping the invariant:
 * 1. Removals. A store whose new details drop identifiers it had may no longer be linked to its
 *    cluster: its identifiers are replaced and its old cluster recomputed from its members'
 *    identifiers (the only links that can break are inside that cluster). The largest piece keeps
 *    the cluster's id, the others get new ones. Links are therefore removed when the identifier
 *    that made them is, as if the stores had arrived with their current details.
 * 2. Additions. New identifiers only ever join clusters. For each added hash one earlier holder
 *    is enough (all its holders are in one cluster already), read before the batch's rows are
 *    written; the clusters a batch joins are merged with
 *    union-find, and the smaller clusters are relabelled into the largest (union by size: a store
 *    is relabelled at most log2(n) times over its life).
 */
export interface LinkResult {
  /** Each store's cluster before the batch (absent: it had no identifiers). */
  before: Map<string, string>;
  /** Each store's cluster after. */
  after: Map<string, string>;
  /** The closed and suspended stores each store was clustered with before the batch. */
  barredBefore: Map<string, Set<string>>;
  /** ... and after it. */
  barredAfter: Map<string, Set<string>>;
}

async function barredByStore(trx: Database, clusterOf: ReadonlyMap<string, string>) {
  const rows = await repo.barredMembers(trx, [...new Set(clusterOf.values())]);
  const byCluster = new Map<string, Set<string>>();
  for (const r of rows)
    byCluster.set(r.cluster_id, (byCluster.get(r.cluster_id) ?? new Set()).add(r.store_id));
  return new Map(
    [...clusterOf].map(([store, cluster]) => [store, byCluster.get(cluster) ?? new Set<string>()]),
  );
}

export async function linkStores(
  trx: Database,
  entries: readonly { storeId: string; identifiers: readonly HashedIdentifier[] }[],
): Promise<LinkResult> {
  await repo.lockClusters(trx);
  const storeIds = entries.map((e) => e.storeId);
  const old = await repo.identifiersOfStores(trx, storeIds);
  const before = new Map((await repo.clustersOfStores(trx, storeIds)).map((r) => [r.store_id, r.cluster_id]));

  const barredBefore = await barredByStore(trx, before);

  const keyOf = (store: string, i: { kind: string; hash: string }) => `${store}|${i.kind}|${i.hash}`;
  const oldKeys = new Set(old.map((r) => keyOf(r.store_id, r)));
  const newKeys = new Set(entries.flatMap((e) => e.identifiers.map((i) => keyOf(e.storeId, i))));
  const removed = old.filter((r) => !newKeys.has(keyOf(r.store_id, r)));
  const added = entries.flatMap((e) =>
    e.identifiers
      .filter((i) => !oldKeys.has(keyOf(e.storeId, i)))
      .map((i) => ({ store_id: e.storeId, kind: i.kind, hash: i.hash })),
  );

  if (removed.length > 0) {
    await repo.deleteIdentifiers(trx, removed);
    const affected = [...new Set(removed.map((r) => before.get(r.store_id)).filter((c) => c !== undefined))];
    await splitClusters(trx, affected);
  }
  // Who already holds each added hash, read before the batch's own rows exist.
  const holders = await repo.oneHolderOfEach(trx, [...new Set(added.map((a) => a.hash))]);
  await repo.insertIdentifiers(trx, added);
  await mergeClusters(trx, entries, added, holders);
  const after = new Map((await repo.clustersOfStores(trx, storeIds)).map((r) => [r.store_id, r.cluster_id]));
  return { before, after, barredBefore, barredAfter: await barredByStore(trx, after) };
}

/** Recomputes each cluster from its members' current identifiers; splits what no longer holds. */
async function splitClusters(trx: Database, clusterIds: readonly string[]): Promise<void> {
  const members = await repo.membersOfClusters(trx, clusterIds);
  const identifiers = await repo.identifiersOfStores(
    trx,
    members.map((m) => m.store_id),
  );
  const byCluster = new Map<string, string[]>();
  for (const m of members) byCluster.set(m.cluster_id, [...(byCluster.get(m.cluster_id) ?? []), m.store_id]);
  const clusterOfStore = new Map(members.map((m) => [m.store_id, m.cluster_id]));
  const uf = new UnionFind<string>();
  const holder = new Map<string, string>();
  for (const m of members) uf.add(m.store_id);
  for (const row of identifiers) {
    // Hashes are keyed per kind, so the hash alone names the identifier.
    const first = holder.get(row.hash);
    if (first === undefined) holder.set(row.hash, row.store_id);
    else uf.union(first, row.store_id);
  }
  const sizes = new Map<string, number>();
  const placement = new Map<string, string>();
  const piecesOf = new Map<string, string[][]>();
  for (const piece of uf.groups().values()) {
    const cluster = clusterOfStore.get(piece[0]!)!;
    piecesOf.set(cluster, [...(piecesOf.get(cluster) ?? []), piece]);
  }
  for (const [cluster, pieces] of piecesOf) {
    pieces.sort((a, b) => b.length - a.length);
    sizes.set(cluster, pieces[0]!.length);
    for (const piece of pieces.slice(1)) {
      const id = newId();
      sizes.set(id, piece.length);
      for (const store of piece) placement.set(store, id);
    }
  }
  await repo.upsertClusters(trx, sizes);
  await repo.placeStores(trx, placement);
}

async function mergeClusters(
  trx: Database,
  entries: readonly { storeId: string }[],
  added: readonly { store_id: string; hash: string }[],
  holders: readonly { hash: string; store_id: string; cluster_id: string | null }[],
): Promise<void> {
  const storeIds = entries.map((e) => e.storeId);
  const current = new Map(
    (await repo.clustersOfStores(trx, storeIds)).map((r) => [r.store_id, r.cluster_id]),
  );

  // Nodes: an existing cluster ("c:id"), or a batch store not yet in one ("s:id").
  const nodeOfStore = (store: string) => {
    const cluster = current.get(store);
    return cluster ? `c:${cluster}` : `s:${store}`;
  };
  const uf = new UnionFind<string>();
  for (const store of storeIds) uf.add(nodeOfStore(store));
  const firstNode = new Map<string, string>();
  for (const h of holders) {
    // A holder without a cluster cannot exist (the invariant); treat it as its own node anyway.
    const node = h.cluster_id ? `c:${h.cluster_id}` : `s:${h.store_id}`;
    uf.add(node);
    firstNode.set(h.hash, node);
  }
  for (const a of added) {
    const node = nodeOfStore(a.store_id);
    const first = firstNode.get(a.hash);
    if (first === undefined) firstNode.set(a.hash, node);
    else uf.union(first, node);
  }

  const groups = [...uf.groups().values()];
  const existing = groups.flatMap((g) => g.filter((n) => n.startsWith('c:')).map((n) => n.slice(2)));
  const sizes = await repo.clusterSizes(trx, existing);
  const moves = new Map<string, string>();
  const newSizes = new Map<string, number>();
  const placement = new Map<string, string>();
  for (const group of groups) {
    const clusters = group.filter((n) => n.startsWith('c:')).map((n) => n.slice(2));
    const stores = group.filter((n) => n.startsWith('s:')).map((n) => n.slice(2));
    if (clusters.length === 1 && stores.length === 0) continue;
    clusters.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
    const root = clusters[0] ?? newId();
    let size = stores.length;
    for (const c of clusters) size += sizes.get(c) ?? 0;
    for (const c of clusters.slice(1)) moves.set(c, root);
    newSizes.set(root, size);
    for (const s of stores) placement.set(s, root);
  }
  // The root's size first (a new root must exist before members point to it).
  await repo.upsertClusters(trx, newSizes);
  await repo.relabelClusters(trx, moves);
  await repo.placeStores(trx, placement);
}
