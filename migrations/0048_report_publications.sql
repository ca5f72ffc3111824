-- Public transparency (issue 17 point 4): aggregate figures an operator admin chose to publish,
-- as they were when published (a snapshot: the public page never computes anything on request and
-- shows only what was deliberately released). No personal data: counts, shares, durations, per
-- month and jurisdiction.
create table report_publications (
  id uuid primary key,
  from_month text not null check (from_month ~ '^[0-9]{4}-[0-9]{2}$'),
  to_month text not null check (to_month ~ '^[0-9]{4}-[0-9]{2}$'),
  figures jsonb not null,
  published_by uuid not null references users(id),
  published_at timestamptz not null default now()
);
create index report_publications_latest on report_publications (published_at desc);
