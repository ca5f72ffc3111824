-- Reports (issue 17): monthly counters per marketplace and organisation, kept up to date by the
-- `reports` event subscriber in the transaction that advances its cursor (each event counted
-- exactly once), so reports read a few thousand counter rows instead of scanning the item table.
-- "No marketplace" and "no organisation" are the nil UUID, so both can be primary-key columns.

create table report_counts (
  month date not null,
  marketplace_id uuid not null,
  org_id uuid not null,
  metric text not null check (metric ~ '^[a-z0-9_:.-]{1,80}$'),
  value bigint not null default 0,
  primary key (month, metric, marketplace_id, org_id)
);
create index report_counts_org on report_counts (org_id, month) where org_id <> '00000000-0000-0000-0000-000000000000';

-- Durations as histograms: bucket b holds durations of at most `2^(b/4) - 1` minutes (about 19 %
-- apart), so a median or p99 is read from at most a hundred rows per month and marketplace.
create table report_durations (
  month date not null,
  marketplace_id uuid not null,
  org_id uuid not null,
  metric text not null check (metric ~ '^[a-z0-9_:.-]{1,80}$'),
  bucket smallint not null check (bucket between 0 and 120),
  value bigint not null default 0,
  primary key (month, metric, marketplace_id, org_id, bucket)
);
