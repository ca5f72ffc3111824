-- Names an organisation may use in its brand knowledge without a verified right of that name
-- (unregistered marks, transliterations), approved by an operator admin. See src/proactive/brand-binding.ts.
create table brand_name_approvals (
  org_id uuid not null references organisations(id),
  name_key text not null,
  name text not null,
  approved_by text not null,
  created_at timestamptz not null default now(),
  primary key (org_id, name_key)
);

-- The brand (as named in its organisation's knowledge) a verification request is about, so the
-- answer can be checked against that brand's rights at the time it is given.
alter table proactive_cases add column brand_id text;
