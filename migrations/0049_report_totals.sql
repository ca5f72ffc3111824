-- Reports (issue 17): the counters summed over every organisation, kept by the `reports` event
-- subscriber beside the per-organisation rows of 0047 (in the same statement batch, so the two
-- always agree). The operator's report reads these: a few rows per month and marketplace, however
-- many brands there are (at 1,000 brands the per-organisation rows of 24 months are ~1.5 million).
create table report_totals (
  month date not null,
  marketplace_id uuid not null,
  metric text not null check (metric ~ '^[a-z0-9_:.-]{1,80}$'),
  value bigint not null default 0,
  primary key (month, metric, marketplace_id)
);

create table report_total_durations (
  month date not null,
  marketplace_id uuid not null,
  metric text not null check (metric ~ '^[a-z0-9_:.-]{1,80}$'),
  bucket smallint not null check (bucket between 0 and 120),
  value bigint not null default 0,
  primary key (month, metric, marketplace_id, bucket)
);

-- A database whose counters predate this migration: the totals of what was counted so far.
insert into report_totals (month, marketplace_id, metric, value)
  select month, marketplace_id, metric, sum(value) from report_counts group by 1, 2, 3;
insert into report_total_durations (month, marketplace_id, metric, bucket, value)
  select month, marketplace_id, metric, bucket, sum(value) from report_durations group by 1, 2, 3, 4;

-- The DSA Art 24 report (src/transparency) from counters instead of a half-year of decisions:
-- per month, section (notices_received, notice_actions, own_initiative, automated_means), the
-- breakdown within it (infringement type and trusted flagger, decision kind, degree of automation)
-- and the measure. Kept by the `transparency` event subscriber.
create table transparency_counts (
  month date not null,
  section text not null check (section ~ '^[a-z_]{1,40}$'),
  breakdown text not null check (length(breakdown) <= 120),
  measure text not null check (measure ~ '^[a-z_]{1,40}$'),
  value bigint not null default 0,
  primary key (month, section, breakdown, measure)
);

-- Hours from notice to decision per decision kind, as a histogram (bucket b holds durations of at
-- most 2^(b/16) - 1 minutes, 4.4 % apart), so the half-year's median is read from a few hundred rows.
create table transparency_durations (
  month date not null,
  section text not null check (section ~ '^[a-z_]{1,40}$'),
  breakdown text not null check (length(breakdown) <= 120),
  bucket smallint not null check (bucket between 0 and 480),
  value bigint not null default 0,
  primary key (month, section, breakdown, bucket)
);
