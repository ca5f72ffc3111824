-- Counter-notices, put-back clocks, outcomes, appeals and durable deadlines.

-- A removed item ends 'reinstated' when a counter-notice or an appeal restores it.
alter table notice_items drop constraint notice_items_state_check,
  add constraint notice_items_state_check
    check (state in ('pending', 'info_requested', 'removed', 'rejected', 'withdrawn', 'reinstated'));

-- One counter-notice per item (DMCA 512(g)(3) statements, grounds and the seller's evidence).
-- The procedure and the policy version are frozen at filing, so a later policy change never
-- moves a clock that is already running.
create table counter_notices (
  id uuid primary key,
  item_id uuid not null unique references notice_items(id),
  seller_org_id uuid not null references organisations(id),
  filed_by_user uuid references users(id),
  filed_by_key uuid references api_keys(id),
  statements jsonb not null,
  identification text not null,
  grounds jsonb not null,
  explanation text not null,
  evidence jsonb not null,
  contact jsonb not null,
  signature text not null,
  procedure text not null check (procedure in ('statutory_putback', 'respond_or_restore', 'evidence_review')),
  policy_version int not null,
  status text not null default 'open'
    check (status in ('open', 'awaiting_review', 'reinstated', 'upheld', 'withdrawn')),
  decided_by uuid references users(id),
  decided_at timestamptz,
  reason_code text,
  reason_text text,
  created_at timestamptz not null default now()
);
create index counter_notices_seller_idx on counter_notices (seller_org_id, created_at);

-- The rights holder's answer: proof of a court action, or a response with evidence.
create table counter_notice_answers (
  id uuid primary key,
  counter_notice_id uuid not null unique references counter_notices(id),
  kind text not null check (kind in ('action_filed', 'response')),
  text text not null,
  case_reference text,
  court text,
  document_shas jsonb not null default '[]',
  answered_by_org uuid not null references organisations(id),
  answered_by_user uuid references users(id),
  created_at timestamptz not null default now()
);

-- Durable clocks. A row fires exactly once: the worker claims due rows with FOR UPDATE SKIP
-- LOCKED and sets fired_at with a conditional update in the same transaction as the effect.
create table deadlines (
  id uuid primary key,
  item_id uuid not null references notice_items(id),
  kind text not null check (kind in ('counter_notice_window', 'putback', 'rights_holder_response', 'review_decision', 'appeal_decision')),
  subject_id uuid,
  party text not null check (party in ('seller', 'rights_holder', 'reviewer')),
  due_at timestamptz not null,
  data jsonb not null default '{}',
  created_at timestamptz not null default now(),
  fired_at timestamptz,
  cancelled_at timestamptz,
  result text,
  failures int not null default 0,
  last_error text,
  retry_at timestamptz
);
create index deadlines_due_idx on deadlines (due_at) where fired_at is null and cancelled_at is null;
create index deadlines_item_idx on deadlines (item_id, created_at);

create table appeals (
  id uuid primary key,
  item_id uuid not null references notice_items(id),
  appellant_org_id uuid not null references organisations(id),
  appellant_party text not null check (appellant_party in ('seller', 'rights_holder')),
  filed_by_user uuid references users(id),
  decision_kind text not null check (decision_kind in ('removal', 'rejection', 'reinstatement', 'counter_notice_upheld')),
  decision_at timestamptz not null,
  decision_by uuid references users(id),
  grounds text not null,
  document_shas jsonb not null default '[]',
  status text not null default 'open' check (status in ('open', 'upheld', 'reversed')),
  decided_by uuid references users(id),
  decided_at timestamptz,
  reason_text text,
  created_at timestamptz not null default now(),
  -- One appeal per decision: a second complaint about the same decision is a conflict.
  unique (item_id, decision_kind, decision_at)
);
create index appeals_open_idx on appeals (created_at) where status = 'open';

-- Every outcome, once, with the figures later reports count: successful counter-notices and
-- reversals per notifier and per reason code.
create table outcomes (
  id uuid primary key,
  item_id uuid not null references notice_items(id),
  kind text not null check (kind in ('reinstated', 'upheld', 'withdrawn', 'appeal_upheld', 'appeal_reversed')),
  cause text not null,
  counter_notice_id uuid references counter_notices(id),
  appeal_id uuid references appeals(id),
  principal_org_id uuid not null references organisations(id),
  filer_org_id uuid not null references organisations(id),
  seller_org_id uuid references organisations(id),
  original_reason_code text,
  reason_code text,
  reason_text text not null,
  counter_notice_succeeded boolean not null default false,
  listing_restored boolean not null default false,
  decided_by uuid references users(id),
  statement jsonb not null,
  created_at timestamptz not null default now()
);
create index outcomes_item_idx on outcomes (item_id, created_at);
create index outcomes_principal_idx on outcomes (principal_org_id, created_at);
create index outcomes_filer_idx on outcomes (filer_org_id, created_at);
create unique index outcomes_counter_notice_uniq on outcomes (counter_notice_id) where kind in ('reinstated', 'upheld');
create unique index outcomes_appeal_uniq on outcomes (appeal_id) where appeal_id is not null;

-- What each party is told (counter-notice filed, outcome statements), read through the API.
create table notifications (
  id uuid primary key,
  org_id uuid not null references organisations(id),
  item_id uuid references notice_items(id),
  kind text not null,
  body jsonb not null,
  created_at timestamptz not null default now()
);
create index notifications_org_idx on notifications (org_id, created_at);
