-- Market-access licences (issue 13, point 4): a seller's licence for one store, one restricted
-- category and one jurisdiction, verified or refused by a reviewer (a licence_verification decision),
-- valid from/until calendar dates (UTC; it lapses at the start of the day after valid_until).
create table licences (
  id uuid primary key,
  store_id uuid not null references stores(id),
  seller_org_id uuid not null references organisations(id),
  category text not null,
  jurisdiction text not null check (jurisdiction ~ '^[A-Z]{2}$'),
  issuer text not null,
  licence_number text not null,
  valid_from date not null,
  valid_until date not null,
  document_sha256 text not null references documents(sha256),
  status text not null default 'pending' check (status in ('pending', 'verified', 'refused')),
  decision_id uuid,
  decided_at timestamptz,
  decided_by text,
  uploaded_by text not null,
  created_at timestamptz not null default now(),
  check (valid_until >= valid_from)
);
-- The gate and the lapse read a store's licences of one category.
create index licences_store_category_idx on licences (store_id, category);
-- The reviewers' queue holds only pending licences.
create index licences_pending_idx on licences (created_at, id) where status = 'pending';
create index licences_seller_idx on licences (seller_org_id, created_at desc);

-- A listing kept down for want of a licence: held at registration (policy mode 'hold') or restricted
-- when a licence lapsed. A licence verified later that covers it lifts the restriction (the listing
-- is restored unless something else still keeps it down).
create table licence_restrictions (
  id uuid primary key,
  listing_id uuid not null references listings(id),
  store_id uuid not null references stores(id),
  category text not null,
  jurisdiction text not null,
  cause text not null check (cause in ('held', 'lapsed')),
  decision_id uuid not null,
  lapsed_licence_id uuid references licences(id),
  created_at timestamptz not null,
  lifted_at timestamptz,
  lifted_by_licence_id uuid references licences(id)
);
create index licence_restrictions_open_idx on licence_restrictions (store_id, category)
  where lifted_at is null;
