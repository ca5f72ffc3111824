-- Test buys (issue 16 points 1-3, src/test-buys/): sampling plans, brand requests, the chain of
-- custody of each purchase, and its outcome.
--
-- Decision kind added here (subject type 'listing', appealable by the seller):
--   test_buy_violation  a test buy found the goods counterfeit or inferior: the listing (and its copies)
--                       taken down, the seller's points deducted
-- The kind lists are extended in place (the constraint's own definition plus this one), so that this
-- migration composes with others that add kinds of their own in any order.
do $$
declare
  def text;
begin
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'decisions_kind_check';
  if position('test_buy_violation' in def) = 0 then
    execute 'alter table decisions drop constraint decisions_kind_check';
    execute 'alter table decisions add constraint decisions_kind_check '
      || replace(def, '''licence_restriction''::text',
                 '''licence_restriction''::text, ''test_buy_violation''::text');
  end if;
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'appeals_decision_kind_check';
  if position('test_buy_violation' in def) = 0 then
    execute 'alter table appeals drop constraint appeals_decision_kind_check';
    execute 'alter table appeals add constraint appeals_decision_kind_check '
      || replace(def, '''licence_restriction''::text',
                 '''licence_restriction''::text, ''test_buy_violation''::text');
  end if;
end
$$;

-- A sampling plan: the draw of one period, from a seed, under one version of the policy. The draw
-- is reproducible: the same seed over the same data gives the same entries.
create table test_buy_plans (
  id uuid primary key,
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  seed text not null,
  marketplace_id uuid references marketplaces(id),
  policy_version int not null,
  -- The candidates and strata the draw saw (counts), for explaining it later.
  summary jsonb not null,
  created_by text not null,
  created_at timestamptz not null
);
create index test_buy_plans_period_idx on test_buy_plans (period, created_at);

-- A brand asks for a test buy of a listing it suspects.
create table test_buy_requests (
  id uuid primary key,
  brand_org_id uuid not null references organisations(id),
  listing_id uuid not null references listings(id),
  reason_text text not null,
  status text not null default 'open' check (status in ('open', 'planned')),
  test_buy_id uuid,
  created_by text not null,
  created_at timestamptz not null
);
create index test_buy_requests_brand_idx on test_buy_requests (brand_org_id, created_at);
create index test_buy_requests_open_idx on test_buy_requests (listing_id) where status = 'open';

-- One test buy: a listing drawn by a plan, followed from purchase to outcome. Marketplace,
-- jurisdiction and created_at make it countable by marketplace, jurisdiction and month.
create table test_buys (
  id uuid primary key,
  plan_id uuid not null references test_buy_plans(id),
  listing_id uuid not null references listings(id),
  store_id uuid not null references stores(id),
  marketplace_id uuid not null references marketplaces(id),
  jurisdiction text not null,
  category text,
  stratum text not null check (stratum in ('random', 'risk')),
  -- Why it was drawn: the random stratum, or the risk sources with their values and weights.
  reasons jsonb not null,
  risk_score real,
  request_id uuid references test_buy_requests(id),
  requested_by_org_id uuid references organisations(id),
  status text not null default 'planned'
    check (status in ('planned', 'in_custody', 'inspected', 'genuine', 'counterfeit', 'inferior')),
  decision_id uuid references decisions(id),
  deduction_entry_id uuid,
  outcome_reason text,
  decided_at timestamptz,
  decided_by text,
  created_at timestamptz not null,
  unique (plan_id, listing_id)
);
create index test_buys_listing_idx on test_buys (listing_id);
create index test_buys_store_idx on test_buys (store_id, created_at);
create index test_buys_report_idx on test_buys (marketplace_id, created_at);
create index test_buys_jurisdiction_idx on test_buys (jurisdiction, created_at);
create index test_buys_decision_idx on test_buys (decision_id);
alter table test_buy_requests add constraint test_buy_requests_test_buy_fk
  foreign key (test_buy_id) references test_buys(id);

-- The chain of custody: one row per step, in order; each row holds the hash of the one before, so a
-- missing or altered step or document breaks the chain at that step.
create table test_buy_steps (
  test_buy_id uuid not null references test_buys(id),
  seq int not null check (seq >= 1),
  kind text not null check (kind in ('purchased', 'shipped', 'received', 'photographed',
    'handed_over', 'inspected', 'notarized')),
  data jsonb not null,
  -- [{label, sha256}]: content-addressed documents (documents table).
  documents jsonb not null,
  -- A hand-over: who handed over and who received, each with the custodian key that signed.
  handover jsonb,
  recorded_by text not null,
  recorded_by_user uuid references users(id),
  prev_hash text not null,
  hash text not null,
  created_at timestamptz not null,
  primary key (test_buy_id, seq)
);
-- The receiver of a hand-over reads the test buy and records the inspection.
create index test_buy_steps_receiver_idx on test_buy_steps ((handover->'to'->>'userId'))
  where kind = 'handed_over';

-- Ed25519 public keys custodians registered; the private keys never reach the platform.
create table custodian_keys (
  key_id text primary key,
  user_id uuid not null references users(id),
  org_id uuid not null references organisations(id),
  public_key_pem text not null,
  created_at timestamptz not null,
  revoked_at timestamptz
);
create index custodian_keys_user_idx on custodian_keys (user_id);
