-- Joint Force (issue 15 point 5), src/joint-force/: brands verify the listings detection sends them.
--
-- A detection case gets a fourth state, 'noticed': the brand answered counterfeit and a notice, filed
-- for it through the ordinary intake, now carries the listing. The state list is extended in place
-- (the constraint's own definition plus this one), so that this composes with other migrations.
do $$
declare
  def text;
begin
  select pg_get_constraintdef(oid) into def from pg_constraint where conname = 'proactive_cases_state_check';
  if position('noticed' in def) = 0 then
    execute 'alter table proactive_cases drop constraint proactive_cases_state_check';
    execute 'alter table proactive_cases add constraint proactive_cases_state_check '
      || replace(def, '''dismissed''::text', '''dismissed''::text, ''noticed''::text');
  end if;
end
$$;

-- The brand's answers, kept as labels: one per case sent to a brand, once it is answered (or its
-- answer deadline ran out: 'unanswered'). The figures per brand and month are computed from these.
create table joint_force_labels (
  case_id uuid primary key references proactive_cases(id),
  brand_org_id uuid not null references organisations(id),
  brand_id text not null,
  listing_id uuid not null references listings(id),
  store_id uuid not null references stores(id),
  answer text not null check (answer in ('counterfeit', 'genuine', 'unsure', 'unanswered')),
  reason text,
  -- [{ documentSha256, kind }]: the brand's evidence documents.
  evidence jsonb not null default '[]',
  -- counterfeit: the notice filed for the brand; genuine: the exemption it taught.
  notice_id uuid references notices(id),
  exemption_id uuid,
  answered_by uuid references users(id),
  answered_by_org uuid references organisations(id),
  sent_at timestamptz not null,
  answered_at timestamptz not null,
  policy_version int not null
);
create index joint_force_labels_brand_idx on joint_force_labels (brand_org_id, sent_at);

-- What a genuine answer teaches the detector: this store (or listing) is not sent to this brand again.
create table joint_force_exemptions (
  id uuid primary key,
  brand_org_id uuid not null references organisations(id),
  brand_id text not null,
  scope text not null check (scope in ('store', 'listing')),
  store_id uuid references stores(id),
  listing_id uuid references listings(id),
  case_id uuid not null references proactive_cases(id),
  created_by uuid references users(id),
  created_at timestamptz not null,
  check ((scope = 'store') = (store_id is not null) and (scope = 'listing') = (listing_id is not null))
);
create unique index joint_force_exemptions_store_uniq on joint_force_exemptions (store_id, brand_id)
  where scope = 'store';
create unique index joint_force_exemptions_listing_uniq on joint_force_exemptions (listing_id, brand_id)
  where scope = 'listing';
create index joint_force_exemptions_brand_idx on joint_force_exemptions (brand_org_id, created_at);
