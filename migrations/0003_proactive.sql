-- Proactive detection: brand knowledge, keyword controls per marketplace, detection policy (all
-- versioned), the latest verdict per listing, cases for review / brand verification / automated
-- removal, their statements of reasons, and resumable catalogue rescans.

create table brand_knowledge (
  org_id uuid not null references organisations(id),
  version int not null,
  body jsonb not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  primary key (org_id, version)
);

-- marketplace_id null: the default rule set for marketplaces without their own.
create table keyword_rule_sets (
  id uuid primary key,
  marketplace_id uuid references marketplaces(id),
  version int not null,
  body jsonb not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create unique index keyword_rule_sets_version_uniq
  on keyword_rule_sets (coalesce(marketplace_id, '00000000-0000-0000-0000-000000000000'::uuid), version);

create table detection_policies (
  version int primary key,
  body jsonb not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);

-- Bumped by every change of knowledge, rules or policy, so every process rebuilds its detectors.
create table detection_revision (
  id int primary key check (id = 1),
  revision bigint not null
);
insert into detection_revision (id, revision) values (1, 0);

create table listing_verdicts (
  listing_id uuid primary key references listings(id),
  listing_version int not null,
  score real not null,
  action text not null check (action in ('remove', 'review', 'brand_verify', 'allow')),
  flagged boolean not null,
  signals jsonb not null,
  brands jsonb not null,
  revision bigint not null,
  policy_version text not null,
  scanned_at timestamptz not null default now()
);
create index listing_verdicts_flagged_idx on listing_verdicts (action) where flagged;

create table proactive_cases (
  id uuid primary key,
  listing_id uuid not null references listings(id),
  listing_version int not null,
  action text not null check (action in ('remove', 'review', 'brand_verify')),
  state text not null check (state in ('open', 'removed', 'dismissed')),
  brand_org_id uuid references organisations(id),
  score real not null,
  signals jsonb not null,
  brand_note text,
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_note text,
  automated boolean not null default false,
  created_at timestamptz not null default now()
);
-- At most one open case per listing: a rescan does not pile up duplicates.
create unique index proactive_cases_open_uniq on proactive_cases (listing_id) where state = 'open';
create index proactive_cases_queue_idx on proactive_cases (action, created_at) where state = 'open';
create index proactive_cases_brand_idx on proactive_cases (brand_org_id, created_at) where state = 'open';

create table proactive_statements (
  id uuid primary key,
  case_id uuid not null references proactive_cases(id),
  listing_id uuid not null references listings(id),
  store_id uuid not null references stores(id),
  snapshot_sha256 text not null,
  body jsonb not null,
  created_at timestamptz not null default now()
);
create index proactive_statements_store_idx on proactive_statements (store_id, created_at);

create table scan_jobs (
  id uuid primary key,
  state text not null check (state in ('running', 'done', 'failed')),
  after_listing_id uuid,
  total int not null,
  scanned int not null default 0,
  flagged int not null default 0,
  lease_until timestamptz,
  started_by uuid references users(id),
  started_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  finished_at timestamptz,
  error text
);
