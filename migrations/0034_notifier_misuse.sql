-- Protection against misuse of the notice system (issue 12 point 5, DSA Art 23), src/notifiers/misuse.*.
--
-- Decision kinds added here (subject type 'notifier', appealable by the notifier):
--   notifier_sanction     a warning, a suspension of notice processing, or a termination
--   notifier_restoration  a suspension or termination ended (served, lifted by hand, appeal granted)
-- The kind lists are extended in place (the constraint's own definition plus these two), so that this
-- migration composes with others that add kinds of their own in any order.
do $$
declare
  def text;
begin
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'decisions_kind_check';
  if position('notifier_sanction' in def) = 0 then
    execute 'alter table decisions drop constraint decisions_kind_check';
    execute 'alter table decisions add constraint decisions_kind_check '
      || replace(def, '''licence_restriction''::text',
                 '''licence_restriction''::text, ''notifier_sanction''::text, ''notifier_restoration''::text');
  end if;
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'appeals_decision_kind_check';
  if position('notifier_sanction' in def) = 0 then
    execute 'alter table appeals drop constraint appeals_decision_kind_check';
    execute 'alter table appeals add constraint appeals_decision_kind_check '
      || replace(def, '''licence_restriction''::text',
                 '''licence_restriction''::text, ''notifier_sanction''::text, ''notifier_restoration''::text');
  end if;
end
$$;

-- A finding: one pattern of misuse seen in a notifier's notices, with the figures that crossed the
-- policy's threshold. Each finding rests on the notice items listed in notifier_finding_items (the
-- notices, listings, stores and decisions behind it), so it can always be explained.
create table notifier_findings (
  id uuid primary key,
  org_id uuid not null references organisations(id),
  kind text not null check (kind in ('unfounded', 'competitor', 'channel_control', 'burst')),
  status text not null default 'open' check (status in ('open', 'acted', 'dismissed')),
  -- The figures (counts, shares, thresholds, window) as computed when the finding was made.
  figures jsonb not null,
  summary text not null,
  -- For a burst or a competitor link: the store the notices targeted.
  store_id uuid references stores(id),
  window_start timestamptz not null,
  window_end timestamptz not null,
  policy_version int not null,
  sanction_id uuid,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index notifier_findings_org_idx on notifier_findings (org_id, kind, created_at);
create index notifier_findings_open_idx on notifier_findings (created_at) where status = 'open';

create table notifier_finding_items (
  finding_id uuid not null references notifier_findings(id),
  item_id uuid not null references notice_items(id),
  notice_id uuid not null references notices(id),
  listing_id uuid not null references listings(id),
  store_id uuid not null references stores(id),
  decision_id uuid references decisions(id),
  reason_code text,
  primary key (finding_id, item_id)
);
create index notifier_finding_items_item_idx on notifier_finding_items (item_id);

-- Sanctions on a notifier, each imposed by a notifier_sanction decision; lifted by a decision too.
create table notifier_sanctions (
  id uuid primary key,
  org_id uuid not null references organisations(id),
  level text not null check (level in ('warning', 'suspension', 'termination')),
  decision_id uuid not null references decisions(id),
  finding_id uuid references notifier_findings(id),
  reason_text text not null,
  starts_at timestamptz not null,
  ends_at timestamptz,
  lifted_at timestamptz,
  lifted_decision_id uuid references decisions(id),
  lifted_cause text check (lifted_cause in ('suspension_served', 'appeal', 'operator')),
  manual boolean not null,
  policy_version int,
  created_at timestamptz not null,
  check ((level = 'suspension') = (ends_at is not null))
);
create index notifier_sanctions_org_idx on notifier_sanctions (org_id, created_at);
create index notifier_sanctions_decision_idx on notifier_sanctions (decision_id);
-- What the notice intake reads: suspensions and terminations in force, by organisation (tiny).
create index notifier_sanctions_blocking_idx on notifier_sanctions (org_id)
  where lifted_at is null and level <> 'warning';
