import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { StoreStatus } from '../db/schema.ts';
import type { IdentifierKind } from './trader.ts';
import './trader.table.ts';

/**
 * All SQL of trader traceability. Hashes travel as hex text and are stored as bytea; ids and
 * hashes go in as one array parameter each, never as expanded lists.
 */

/** Cluster maintenance is serialized by one transaction-scoped advisory lock (see ARCHITECTURE.md). */
export async function lockClusters(trx: Database): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('openipp.traders.clusters'))`.execute(trx);
}

export interface IdentifierRow {
  store_id: string;
  kind: IdentifierKind;
  hash: string;
}

export async function identifiersOfStores(
  db: Database,
  storeIds: readonly string[],
): Promise<IdentifierRow[]> {
  if (storeIds.length === 0) return [];
  const { rows } = await sql<IdentifierRow>`
    select store_id, kind, encode(hash, 'hex') as hash from trader_identifiers
     where store_id = any(${[...storeIds]}::uuid[])`.execute(db);
  return rows;
}

export async function deleteIdentifiers(trx: Database, rows: readonly IdentifierRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    delete from trader_identifiers t
     using (select unnest(${rows.map((r) => r.store_id)}::uuid[]) as store_id,
                   unnest(${rows.map((r) => r.kind)}::text[]) as kind,
                   decode(unnest(${rows.map((r) => r.hash)}::text[]), 'hex') as hash) d
     where t.store_id = d.store_id and t.kind = d.kind and t.hash = d.hash`.execute(trx);
}

export async function insertIdentifiers(trx: Database, rows: readonly IdentifierRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into trader_identifiers (store_id, kind, hash)
    select unnest(${rows.map((r) => r.store_id)}::uuid[]), unnest(${rows.map((r) => r.kind)}::text[]),
           decode(unnest(${rows.map((r) => r.hash)}::text[]), 'hex')`.execute(trx);
}

export async function clustersOfStores(
  db: Database,
  storeIds: readonly string[],
): Promise<{ store_id: string; cluster_id: string }[]> {
  if (storeIds.length === 0) return [];
  const { rows } = await sql<{ store_id: string; cluster_id: string }>`
    select store_id, cluster_id from store_cluster_members where store_id = any(${[...storeIds]}::uuid[])`.execute(
    db,
  );
  return rows;
}

export async function membersOfClusters(
  db: Database,
  clusterIds: readonly string[],
): Promise<{ store_id: string; cluster_id: string }[]> {
  if (clusterIds.length === 0) return [];
  const { rows } = await sql<{ store_id: string; cluster_id: string }>`
    select store_id, cluster_id from store_cluster_members
     where cluster_id = any(${[...clusterIds]}::uuid[])`.execute(db);
  return rows;
}

/**
 * For each hash, one store that holds it, with its cluster: every holder of a hash is in one
 * cluster already, so one is enough to know where a new holder joins.
 */
export async function oneHolderOfEach(
  db: Database,
  hashes: readonly string[],
): Promise<{ hash: string; store_id: string; cluster_id: string | null }[]> {
  if (hashes.length === 0) return [];
  const { rows } = await sql<{ hash: string; store_id: string; cluster_id: string | null }>`
    select x.h as hash, t.store_id, m.cluster_id
      from unnest(${[...hashes]}::text[]) as x(h)
      cross join lateral (
        select store_id from trader_identifiers
         where hash = decode(x.h, 'hex') limit 1) t
      left join store_cluster_members m on m.store_id = t.store_id`.execute(db);
  return rows;
}

export async function clusterSizes(
  db: Database,
  clusterIds: readonly string[],
): Promise<Map<string, number>> {
  if (clusterIds.length === 0) return new Map();
  const { rows } = await sql<{ id: string; size: number }>`
    select id, size from store_clusters where id = any(${[...clusterIds]}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.id, r.size]));
}

/** Writes the sizes of these clusters (new or changed). */
export async function upsertClusters(trx: Database, clusters: ReadonlyMap<string, number>): Promise<void> {
  if (clusters.size === 0) return;
  const ids = [...clusters.keys()];
  await sql`
    insert into store_clusters (id, size)
    select unnest(${ids}::uuid[]), unnest(${ids.map((id) => clusters.get(id)!)}::int[])
    on conflict (id) do update set size = excluded.size`.execute(trx);
}

/** Moves every member of each `from` cluster into its `into` cluster, then drops the emptied ones. */
export async function relabelClusters(trx: Database, moves: ReadonlyMap<string, string>): Promise<void> {
  if (moves.size === 0) return;
  const from = [...moves.keys()];
  await sql`
    update store_cluster_members m set cluster_id = r.into_id
      from (select unnest(${from}::uuid[]) as from_id, unnest(${from.map((f) => moves.get(f)!)}::uuid[]) as into_id) r
     where m.cluster_id = r.from_id`.execute(trx);
  await sql`delete from store_clusters where id = any(${from}::uuid[])`.execute(trx);
}

/** Places these stores in these clusters (new members, or members moved by a split). */
export async function placeStores(trx: Database, placement: ReadonlyMap<string, string>): Promise<void> {
  if (placement.size === 0) return;
  const stores = [...placement.keys()];
  await sql`
    insert into store_cluster_members (store_id, cluster_id)
    select unnest(${stores}::uuid[]), unnest(${stores.map((s) => placement.get(s)!)}::uuid[])
    on conflict (store_id) do update set cluster_id = excluded.cluster_id`.execute(trx);
}

export interface BarredMemberRow {
  cluster_id: string;
  store_id: string;
  status: StoreStatus;
}

/** The closed and suspended stores of these clusters. */
export async function barredMembers(db: Database, clusterIds: readonly string[]): Promise<BarredMemberRow[]> {
  if (clusterIds.length === 0) return [];
  const { rows } = await sql<BarredMemberRow>`
    select m.cluster_id, s.id as store_id, s.status
      from store_cluster_members m join stores s on s.id = m.store_id
     where m.cluster_id = any(${[...clusterIds]}::uuid[]) and s.status in ('closed', 'suspended')`.execute(
    db,
  );
  return rows;
}

export interface ClusterStoreRow {
  id: string;
  marketplace_id: string;
  marketplace_name: string;
  external_id: string;
  name: string;
  seller_org_id: string | null;
  status: StoreStatus;
}

/** The stores of a cluster with their marketplace, at most `limit`, in a stable order. */
export async function storesOfCluster(
  db: Database,
  clusterId: string,
  limit: number,
): Promise<ClusterStoreRow[]> {
  const { rows } = await sql<ClusterStoreRow>`
    select s.id, s.marketplace_id, mk.name as marketplace_name, s.external_id, s.name, s.seller_org_id, s.status
      from store_cluster_members m
      join stores s on s.id = m.store_id
      join marketplaces mk on mk.id = s.marketplace_id
     where m.cluster_id = ${clusterId}
     order by s.id
     limit ${limit}`.execute(db);
  return rows;
}

export async function storesByIds(db: Database, ids: readonly string[]): Promise<ClusterStoreRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<ClusterStoreRow>`
    select s.id, s.marketplace_id, mk.name as marketplace_name, s.external_id, s.name, s.seller_org_id, s.status
      from stores s join marketplaces mk on mk.id = s.marketplace_id
     where s.id = any(${[...ids]}::uuid[])`.execute(db);
  return rows;
}

/** The held stores among these (the listing gate). */
export async function heldStores(db: Database, storeIds: readonly string[]): Promise<Set<string>> {
  if (storeIds.length === 0) return new Set();
  const { rows } = await sql<{ id: string }>`
    select id from stores where id = any(${[...storeIds]}::uuid[]) and status = 'held'`.execute(db);
  return new Set(rows.map((r) => r.id));
}
