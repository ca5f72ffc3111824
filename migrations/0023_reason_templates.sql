-- Reason templates: each operator's texts for the statement of reasons, per reason code and
-- language, managed by its admins and picked (and edited) by its reviewers before deciding.
create table reason_templates (
  id uuid primary key,
  operator_org_id uuid not null references organisations(id),
  reason_code text not null,
  language text not null check (language in ('en', 'zh-CN')),
  title text not null,
  body text not null,
  version int not null default 1,
  updated_by text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (operator_org_id, reason_code, language, title)
);
