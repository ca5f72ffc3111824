-- Law-enforcement referrals (issue 16 points 4-5, src/referrals/): a case per seller referred, with
-- the agency, its reference number, status and outcome; each export of its bundle is recorded.
-- Marketplace, jurisdiction and created_at make referrals countable by marketplace, jurisdiction
-- and month.
create table referral_cases (
  id uuid primary key,
  test_buy_id uuid references test_buys(id),
  store_id uuid not null references stores(id),
  seller_org_id uuid references organisations(id),
  marketplace_id uuid not null references marketplaces(id),
  jurisdiction text not null,
  -- The seriousness criteria that were met (value, volume, repeat, linked accounts) with the figures.
  criteria jsonb not null,
  opened_by text not null,
  agency text,
  reference_number text,
  status text not null default 'open' check (status in ('open', 'referred', 'investigating', 'closed')),
  arrests int check (arrests >= 0),
  value_seized_minor bigint check (value_seized_minor >= 0),
  value_currency text check (value_currency ~ '^[A-Z]{3}$'),
  version int not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz
);
create index referral_cases_store_idx on referral_cases (store_id, created_at);
create index referral_cases_report_idx on referral_cases (marketplace_id, created_at);
create index referral_cases_jurisdiction_idx on referral_cases (jurisdiction, created_at);
create unique index referral_cases_test_buy_idx on referral_cases (test_buy_id) where test_buy_id is not null;

create table referral_exports (
  id uuid primary key,
  referral_id uuid not null references referral_cases(id),
  archive_sha256 text not null,
  manifest_sha256 text not null,
  key_id text not null,
  files int not null,
  exported_by text not null,
  created_at timestamptz not null
);
create index referral_exports_referral_idx on referral_exports (referral_id, created_at);
