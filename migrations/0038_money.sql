-- Money (issue 14): a double-entry ledger (src/ledger/) and payments (src/payments/): deposits,
-- orders and holds on their proceeds, payouts, buyer complaints refunded first, recovery claims.
--
-- Decision kinds added here (appealable by the seller):
--   deposit_confiscation  all or part of a store's deposit confiscated for an upheld infringement
--   recovery_decision     a reviewer decided a recovery claim (counterfeit: recovery stands; genuine:
--                         the seller is made whole)
-- Extended in place (the constraint's own definition plus these), composing with other migrations.
do $$
declare
  def text;
begin
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'decisions_kind_check';
  if position('deposit_confiscation' in def) = 0 then
    execute 'alter table decisions drop constraint decisions_kind_check';
    execute 'alter table decisions add constraint decisions_kind_check '
      || replace(def, '''licence_restriction''::text',
                 '''licence_restriction''::text, ''deposit_confiscation''::text, ''recovery_decision''::text');
  end if;
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'appeals_decision_kind_check';
  if position('deposit_confiscation' in def) = 0 then
    execute 'alter table appeals drop constraint appeals_decision_kind_check';
    execute 'alter table appeals add constraint appeals_decision_kind_check '
      || replace(def, '''licence_restriction''::text',
                 '''licence_restriction''::text, ''deposit_confiscation''::text, ''recovery_decision''::text');
  end if;
end
$$;

-- A movement: `amount` minor units of `currency` taken from one account and put in another. Its two
-- entries (leg 1: -amount on from_account, leg 2: +amount on to_account) are written by the same
-- statement as the movement, so a pair is whole or absent. Accounts are names
-- (store:<id>:deposit|held|payable|receivable, marketplace:<id>:settlement, platform:refund-fund,
-- platform:confiscated, platform:funding); a balance is the sum of an account's entries.
create table ledger_movements (
  id uuid primary key,
  kind text not null,
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  amount bigint not null check (amount > 0),
  from_account text not null,
  to_account text not null check (to_account <> from_account),
  -- No foreign keys on marketplace and store: the order batch (10,000 events/s) writes movements
  -- set-based; each reference is read and checked by the statement that writes it.
  marketplace_id uuid,
  store_id uuid,
  -- The decision that caused it (null for a plain deposit top-up, an order, a payout).
  decision_id uuid references decisions(id),
  -- The entity of the audit entry written with it (the movement itself, or an order batch).
  audit_entity text not null,
  reference text,
  reverses uuid references ledger_movements(id),
  memo text not null,
  created_at timestamptz not null
);
create index ledger_movements_store_idx on ledger_movements (store_id, created_at);
create index ledger_movements_decision_idx on ledger_movements (decision_id) where decision_id is not null;
create index ledger_movements_month_idx on ledger_movements (marketplace_id, created_at);
create unique index ledger_movements_reverses_uniq on ledger_movements (reverses) where reverses is not null;

-- No foreign key to the movement: the statement that writes a movement writes its two entries from
-- the movement's own returned row (movementsInsertCtes); the check finds any entry without its movement.
create table ledger_entries (
  movement_id uuid not null,
  leg smallint not null check (leg in (1, 2)),
  account text not null,
  currency text not null,
  amount bigint not null check (amount <> 0),
  primary key (movement_id, leg)
);
create index ledger_entries_account_idx on ledger_entries (account, currency);

-- Entries and movements are immutable: a mistake is corrected by a reversing movement.
create function ledger_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'ledger rows are immutable (% on %)', tg_op, tg_table_name;
end
$$;
create trigger ledger_movements_immutable before update or delete on ledger_movements
  for each row execute function ledger_immutable();
create trigger ledger_entries_immutable before update or delete on ledger_entries
  for each row execute function ledger_immutable();

-- Order and payout events as marketplaces send them; the key makes a resent event a no-op.
-- An idempotency log on the hot path: no foreign keys (its writer validated every reference).
create table money_events (
  marketplace_id uuid not null,
  external_id text not null,
  event text not null check (event in ('paid', 'cancelled', 'payout')),
  store_id uuid not null,
  amount bigint not null check (amount > 0),
  currency text not null,
  movement_id uuid,
  created_at timestamptz not null,
  primary key (marketplace_id, external_id, event)
);

-- Orders are written set-based by the batch statement, which resolves each listing (and its store)
-- in the same statement; listings are never deleted, so the references carry no foreign keys.
create table orders (
  id uuid primary key,
  marketplace_id uuid not null,
  external_id text not null,
  listing_id uuid not null,
  store_id uuid not null,
  buyer_ref text not null,
  amount bigint not null check (amount > 0),
  currency text not null,
  status text not null check (status in ('paid', 'cancelled')),
  -- Why its proceeds are held: the open notice item or proactive case of the listing at payment.
  hold text not null check (hold in ('none', 'held', 'released', 'kept')),
  hold_item_id uuid references notice_items(id),
  hold_case_id uuid references proactive_cases(id),
  released_at timestamptz,
  created_at timestamptz not null,
  unique (marketplace_id, external_id)
);
create index orders_store_idx on orders (store_id, created_at);
create index orders_listing_held_idx on orders (listing_id) where hold = 'held';

-- A store's deposit confiscated (all or part) by a deposit_confiscation decision, for the decision
-- that upheld an infringement; returned when that is undone or the confiscation is reversed.
create table deposit_confiscations (
  id uuid primary key,
  store_id uuid not null references stores(id),
  decision_id uuid not null references decisions(id),
  cause_decision_id uuid not null references decisions(id) unique,
  movement_id uuid not null references ledger_movements(id),
  amount bigint not null,
  currency text not null,
  returned_at timestamptz,
  return_movement_id uuid references ledger_movements(id),
  created_at timestamptz not null
);
create index deposit_confiscations_store_idx on deposit_confiscations (store_id);

-- A request to release a closed store's deposit after the waiting period (a deadline fires it).
create table deposit_releases (
  id uuid primary key,
  store_id uuid not null references stores(id),
  requested_at timestamptz not null,
  due_at timestamptz not null,
  state text not null check (state in ('waiting', 'released', 'refused')),
  outcome text,
  movement_id uuid references ledger_movements(id),
  decided_at timestamptz
);
create unique index deposit_releases_waiting_uniq on deposit_releases (store_id) where state = 'waiting';

create table buyer_complaints (
  id uuid primary key,
  order_id uuid not null references orders(id) unique,
  marketplace_id uuid not null references marketplaces(id),
  store_id uuid not null references stores(id),
  listing_id uuid not null references listings(id),
  buyer_ref text not null,
  buyer_org_id uuid references organisations(id),
  filed_by text not null,
  explanation text not null,
  evidence jsonb not null,
  status text not null check (status in ('refunded', 'confirmed', 'genuine')),
  refund_amount bigint not null check (refund_amount > 0),
  currency text not null,
  refund_movement_id uuid not null references ledger_movements(id),
  created_at timestamptz not null,
  decided_at timestamptz
);
create index buyer_complaints_buyer_idx on buyer_complaints (marketplace_id, buyer_ref, created_at);
create index buyer_complaints_org_idx on buyer_complaints (buyer_org_id, created_at);
create index buyer_complaints_store_idx on buyer_complaints (store_id, created_at);

-- What the platform recovers from the seller for a refund: from held proceeds, then the deposit,
-- then a receivable; a reviewer decides it (recovery_decision).
create table recovery_claims (
  id uuid primary key,
  complaint_id uuid not null references buyer_complaints(id) unique,
  store_id uuid not null references stores(id),
  amount bigint not null,
  currency text not null,
  from_held bigint not null,
  from_deposit bigint not null,
  from_receivable bigint not null,
  status text not null check (status in ('open', 'counterfeit', 'genuine')),
  decision_id uuid references decisions(id),
  created_at timestamptz not null,
  decided_at timestamptz
);
create index recovery_claims_open_idx on recovery_claims (created_at) where status = 'open';
create index recovery_claims_store_idx on recovery_claims (store_id);
