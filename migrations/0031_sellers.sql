-- Seller accountability (src/sellers/): a points ledger per store, strikes, sanctions, education.
--
-- The ledger is append-only: a calendar year opens with an allotment entry, an upheld infringement
-- deducts (one entry per decision, never two), and a reversal restores exactly what one deduction
-- took (one restoration per deduction). The balance of a year is the sum of its entries.
create table point_entries (
  id uuid primary key,
  store_id uuid not null references stores(id),
  year int not null,
  kind text not null check (kind in ('allotment', 'deduction', 'restoration')),
  points int not null,
  -- deduction: the infringement decision counted; restoration: the decision that undid it.
  decision_id uuid references decisions(id),
  restores_entry_id uuid references point_entries(id),
  severity text check (severity in ('counterfeit', 'trademark_misuse', 'patent', 'copyright',
    'proactive_removal')),
  repeat boolean not null default false,
  -- A deduction that joined an earlier one of the same source (one notice, one detection run):
  -- recorded, but it costs nothing and is no strike of its own.
  grouped_with uuid references point_entries(id),
  -- Who brought the infringement: the notifier organisation, or 'proactive' for detection.
  source text,
  item_id uuid references notice_items(id),
  listing_id uuid references listings(id),
  policy_version int not null,
  note text not null default '',
  created_at timestamptz not null,
  check ((kind = 'allotment') = (decision_id is null and restores_entry_id is null)),
  check (kind <> 'deduction' or (points <= 0 and severity is not null)),
  check (kind <> 'restoration' or (points >= 0 and restores_entry_id is not null)),
  check (kind <> 'allotment' or points >= 0)
);
create unique index point_entries_allotment_uniq on point_entries (store_id, year) where kind = 'allotment';
create unique index point_entries_deduction_uniq on point_entries (decision_id) where kind = 'deduction';
create unique index point_entries_restoration_uniq on point_entries (restores_entry_id) where kind = 'restoration';
create index point_entries_store_idx on point_entries (store_id, created_at);
create index point_entries_item_idx on point_entries (item_id) where item_id is not null;

-- Sanctions on a store, each with the decision (statement of reasons) that imposed it and, once
-- lifted, the decision that lifted it. The deduction that triggered it is recorded, so one
-- deduction never triggers the same sanction twice.
create table store_sanctions (
  id uuid primary key,
  store_id uuid not null references stores(id),
  level text not null check (level in ('warning', 'listing_limit', 'suspension', 'closure')),
  decision_id uuid not null references decisions(id),
  trigger_entry_id uuid references point_entries(id),
  education_required boolean not null default false,
  education_acknowledged_at timestamptz,
  education_acknowledged_by uuid references users(id),
  listing_limit int,
  strikes int not null,
  balance int not null,
  starts_at timestamptz not null,
  ends_at timestamptz,
  lifted_at timestamptz,
  lifted_decision_id uuid references decisions(id),
  lifted_cause text,
  manual boolean not null default false,
  created_at timestamptz not null
);
create index store_sanctions_store_idx on store_sanctions (store_id, created_at);
create index store_sanctions_active_idx on store_sanctions (store_id) where lifted_at is null;

-- A closure's listing takedowns rest on it (previous_decision_id): lifting the closure finds them.
create index decisions_previous_idx on decisions (previous_decision_id) where previous_decision_id is not null;
