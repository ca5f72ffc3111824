-- Notifier standing (issue 12): a notifier's place in the Good Faith Program. One row per notifier
-- organisation (a brand filing for itself, or an agent firm) that was ever evaluated. `status`
-- 'member' means the presumption of good faith applies to notices it files (or, for an agent, files
-- for the brands it vets); 'removed' means it lost it (it may rejoin after `rejoin_after`).
-- `basis`: 'own' (its own figures qualified), 'agent' (covered by a vetted agent's standing),
-- 'trial' (a brand inside an agent's programme for a trial period; it graduates to 'own').
-- Written only by the notifiers module; read on the notice intake path.
create table notifier_programme (
  org_id uuid primary key references organisations(id),
  status text not null check (status in ('member', 'removed', 'none')),
  basis text not null default 'own' check (basis in ('own', 'agent', 'trial')),
  via_agent_org_id uuid references organisations(id),
  since timestamptz not null,
  rejoin_after timestamptz,
  decision_id uuid,
  policy_version integer not null,
  updated_at timestamptz not null
);
create index notifier_programme_agent_idx on notifier_programme (via_agent_org_id) where via_agent_org_id is not null;
