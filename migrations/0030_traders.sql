-- Trader traceability (DSA Art 30, issue 13 point 3): the identifiers a marketplace sends with a
-- store, kept only as keyed hashes, and the clusters of stores that share one.
--
-- trader_identifiers: one row per (store, identifier). `hash` is HMAC-SHA256 of the normalised
-- value under a key derived from the master key for that identifier kind (src/traders/trader.ts),
-- so equal values of different kinds never match and nothing here can be reversed without the key.
-- There is deliberately no clear-text column.
create table trader_identifiers (
  store_id uuid not null references stores(id),
  kind text not null check (kind in ('legal_name', 'registration_number', 'address', 'phone', 'email',
    'payout_account', 'fingerprint')),
  hash bytea not null check (octet_length(hash) = 32)
);
-- A store's identifiers (replaced when it sends new details). No unique key: the linker writes
-- only identifiers the store does not have yet, under the clusters lock.
create index trader_identifiers_store_idx on trader_identifiers (store_id);
-- Who else holds an identifier: the link look-up.
create index trader_identifiers_hash_idx on trader_identifiers (hash, store_id);

-- Connected components of "shares an identifier", kept incrementally: every store with trader
-- details belongs to exactly one cluster (possibly alone). `size` lets a merge relabel the smaller
-- clusters into the largest one.
create table store_clusters (
  id uuid primary key,
  size int not null check (size > 0)
);
create table store_cluster_members (
  store_id uuid primary key references stores(id),
  cluster_id uuid not null references store_clusters(id)
);
create index store_cluster_members_cluster_idx on store_cluster_members (cluster_id, store_id);
