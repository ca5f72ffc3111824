-- Notices refused at intake for not conforming to the submission rules (missing or wrong evidence,
-- a right that does not apply or does not cover the jurisdiction, a letter that does not cover the
-- filing, missing statements): the notice itself is not stored, but the refusal is, so notifier
-- standing can measure conformance "at intake and at review" (issue 12 point 1) and recompute it.
create table intake_refusals (
  id uuid primary key,
  principal_org_id uuid not null references organisations(id),
  filer_org_id uuid not null references organisations(id),
  infringement_type text not null check (infringement_type in ('counterfeit', 'trademark_misuse', 'patent', 'copyright')),
  items integer not null,
  rules jsonb not null,
  created_at timestamptz not null
);
create index intake_refusals_principal_idx on intake_refusals (principal_org_id, created_at);
alter table notifier_figures add column intake_refused integer not null default 0;
-- The operator's notifier list counts the notices each trusted flagger filed as one (DSA Art 22).
create index notices_trusted_flagger_idx on notices (filer_org_id) where trusted_flagger;
