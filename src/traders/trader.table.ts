/** Row types of migrations/0030_traders.sql, merged into the database interface. */
export interface TraderIdentifiersTable {
  store_id: string;
  kind: string;
  hash: Buffer;
}

export interface StoreClustersTable {
  id: string;
  size: number;
}

export interface StoreClusterMembersTable {
  store_id: string;
  cluster_id: string;
}

declare module '../db/schema.ts' {
  interface DB {
    trader_identifiers: TraderIdentifiersTable;
    store_clusters: StoreClustersTable;
    store_cluster_members: StoreClusterMembersTable;
  }
}
