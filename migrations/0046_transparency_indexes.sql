-- DSA transparency (src/transparency/): the Transparency Database exports walk decisions by keyset
-- in (created_at, id) order, keeping only those whose stored statement restricts something (the
-- restriction kinds of EXPORTED_RESTRICTIONS in src/transparency/transparency.ts). Indexes only: the
-- decisions table and its statement stay as src/decisions writes them.

-- The Art 24 report's figures over all decisions of a half-year, and any (created_at, id) walk.
create index decisions_created_idx on decisions (created_at, id);

-- One batch of 100 is one range read of this partial index, whatever the table's size; the predicate
-- is written as the export's query writes it (literals), so the planner can prove it.
create index decisions_restricting_idx on decisions (created_at, id)
  where (statement -> 'restriction' ->> 'kind') in ('listing_removed', 'account_restricted');

-- The same, for the exports of one marketplace.
create index decisions_restricting_marketplace_idx on decisions (marketplace_id, created_at, id)
  where (statement -> 'restriction' ->> 'kind') in ('listing_removed', 'account_restricted');

-- Each exported decision looks up the store sanction it imposed (if any) by its key, not by a scan.
create index store_sanctions_decision_idx on store_sanctions (decision_id);
