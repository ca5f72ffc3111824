-- OpenIPP foundation schema: accounts, marketplaces, listings, rights, documents, notices,
-- review, takedowns, webhooks, audit. One schema for PGlite and PostgreSQL.

create table organisations (
  id uuid primary key,
  kind text not null check (kind in ('operator', 'brand', 'agent', 'seller')),
  name text not null,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key,
  email text not null unique,
  name text not null,
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table memberships (
  user_id uuid not null references users(id),
  org_id uuid not null references organisations(id),
  role text not null check (role in ('admin', 'reviewer', 'rights_holder', 'agent', 'seller')),
  created_at timestamptz not null default now(),
  primary key (user_id, org_id, role)
);
create index memberships_org_idx on memberships (org_id);

create table sessions (
  id uuid primary key,
  token_hash text not null unique,
  user_id uuid not null references users(id),
  expires_at timestamptz not null,
  created_at timestamptz not null default now()
);

create table marketplaces (
  id uuid primary key,
  code text not null unique,
  name text not null,
  jurisdiction text not null,
  webhook_url text,
  secret_version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table api_keys (
  id uuid primary key,
  org_id uuid not null references organisations(id),
  name text not null,
  role text not null check (role in ('admin', 'reviewer', 'rights_holder', 'agent', 'seller', 'marketplace')),
  marketplace_id uuid references marketplaces(id),
  key_prefix text not null,
  key_hash text not null unique,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  check (role <> 'marketplace' or marketplace_id is not null)
);

-- An agent acts for a principal (a brand) under a letter of authorization.
create table representations (
  agent_org_id uuid not null references organisations(id),
  principal_org_id uuid not null references organisations(id),
  authorization_sha256 text,
  valid_until date,
  created_at timestamptz not null default now(),
  primary key (agent_org_id, principal_org_id)
);

create table stores (
  id uuid primary key,
  marketplace_id uuid not null references marketplaces(id),
  external_id text not null,
  name text not null,
  seller_org_id uuid references organisations(id),
  created_at timestamptz not null default now(),
  unique (marketplace_id, external_id)
);
create index stores_seller_idx on stores (seller_org_id);

create table listings (
  id uuid primary key,
  marketplace_id uuid not null references marketplaces(id),
  external_id text not null,
  store_id uuid not null references stores(id),
  url text not null,
  title text not null,
  description text not null default '',
  price numeric(14, 2),
  currency text,
  quantity int,
  condition text,
  category text,
  ship_from text,
  image_urls jsonb not null default '[]',
  state text not null default 'active' check (state in ('active', 'removed')),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (marketplace_id, external_id)
);
create index listings_url_idx on listings (url);
create index listings_store_idx on listings (store_id);

-- Content-addressed documents: one row per distinct content; owners say who may use it.
create table documents (
  sha256 text primary key,
  size int not null,
  media_type text not null,
  content bytea not null,
  created_at timestamptz not null default now()
);

create table document_owners (
  sha256 text not null references documents(sha256),
  org_id uuid not null references organisations(id),
  filename text,
  created_at timestamptz not null default now(),
  primary key (sha256, org_id)
);

create table rights (
  id uuid primary key,
  org_id uuid not null references organisations(id),
  type text not null check (type in ('trademark', 'patent', 'copyright')),
  status text not null default 'pending' check (status in ('pending', 'verified', 'rejected')),
  name text not null,
  owner_name text not null,
  registration_number text,
  office text,
  jurisdiction text,
  nice_classes jsonb not null default '[]',
  patent_kind text check (patent_kind in ('invention', 'utility', 'design')),
  work_description text,
  valid_from date,
  valid_until date,
  document_shas jsonb not null default '[]',
  reference_image_shas jsonb not null default '[]',
  review_note text,
  verified_by uuid references users(id),
  verified_at timestamptz,
  created_by uuid references users(id),
  created_at timestamptz not null default now()
);
create index rights_org_idx on rights (org_id);

create table notices (
  id uuid primary key,
  principal_org_id uuid not null references organisations(id),
  filer_org_id uuid not null references organisations(id),
  filed_by_user uuid references users(id),
  filed_by_key uuid references api_keys(id),
  right_id uuid not null references rights(id),
  infringement_type text not null
    check (infringement_type in ('counterfeit', 'trademark_misuse', 'patent', 'copyright')),
  statements jsonb not null,
  contact jsonb not null,
  explanation text,
  source text not null default 'api' check (source in ('api', 'csv')),
  item_count int not null,
  created_at timestamptz not null default now()
);
create index notices_principal_idx on notices (principal_org_id, created_at);
create index notices_filer_idx on notices (filer_org_id, created_at);

create table notice_items (
  id uuid primary key,
  notice_id uuid not null references notices(id),
  position int not null,
  listing_id uuid not null references listings(id),
  right_id uuid not null references rights(id),
  state text not null default 'pending'
    check (state in ('pending', 'info_requested', 'removed', 'rejected', 'withdrawn')),
  evidence jsonb not null,
  sla_due_at timestamptz not null,
  paused_at timestamptz,
  decided_by uuid references users(id),
  decided_at timestamptz,
  reason_code text,
  reason_text text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index notice_items_notice_idx on notice_items (notice_id, position);
create index notice_items_queue_idx on notice_items (sla_due_at) where state = 'pending';
create index notice_items_listing_idx on notice_items (listing_id);
-- A listing can be under at most one open notice for the same right; the database enforces it.
create unique index notice_items_open_uniq on notice_items (listing_id, right_id)
  where state in ('pending', 'info_requested', 'removed');

create table info_requests (
  id uuid primary key,
  item_id uuid not null references notice_items(id),
  question text not null,
  asked_by uuid references users(id),
  asked_at timestamptz not null default now(),
  answer text,
  answer_document_shas jsonb not null default '[]',
  answered_by uuid references users(id),
  answered_at timestamptz
);
create index info_requests_item_idx on info_requests (item_id);

create table listing_snapshots (
  id uuid primary key,
  listing_id uuid not null references listings(id),
  item_id uuid references notice_items(id),
  snapshot jsonb not null,
  sha256 text not null,
  created_at timestamptz not null default now()
);
create index listing_snapshots_listing_idx on listing_snapshots (listing_id);

create table statements_of_reasons (
  id uuid primary key,
  item_id uuid not null references notice_items(id),
  listing_id uuid not null references listings(id),
  store_id uuid not null references stores(id),
  body jsonb not null,
  created_at timestamptz not null default now()
);
create index statements_store_idx on statements_of_reasons (store_id, created_at);
create index statements_item_idx on statements_of_reasons (item_id);

create table webhook_deliveries (
  id uuid primary key,
  marketplace_id uuid not null references marketplaces(id),
  event_type text not null,
  payload jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'delivered', 'failed')),
  attempts int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  delivered_at timestamptz
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'pending';
create index webhook_deliveries_marketplace_idx on webhook_deliveries (marketplace_id, created_at);

create table webhook_attempts (
  id uuid primary key,
  delivery_id uuid not null references webhook_deliveries(id),
  attempt_no int not null,
  attempted_at timestamptz not null default now(),
  request_timestamp bigint not null,
  signature text not null,
  response_status int,
  error text,
  duration_ms int not null
);
create index webhook_attempts_delivery_idx on webhook_attempts (delivery_id, attempt_no);

create table idempotency_keys (
  principal text not null,
  key text not null,
  request_hash text not null,
  status_code int not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (principal, key)
);

create table policies (
  key text not null,
  version int not null,
  body jsonb not null,
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  primary key (key, version)
);

create table audit_log (
  seq bigint primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  data jsonb not null,
  prev_hash text not null,
  hash text not null
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);

-- The chain head is a single row: appenders lock it, so the chain stays linear across processes.
create table audit_head (
  id int primary key check (id = 1),
  seq bigint not null,
  hash text not null
);
insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
