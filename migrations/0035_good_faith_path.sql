-- What good faith buys (issue 12, points 3 and 4): the lower evidence burden and the expedited path
-- of notices filed in good faith, trusted agents' letters of authorization with a scope, and trusted
-- flaggers (DSA Art 22).

-- A notice records the standing it was filed under: in good faith (a Good Faith Program member, the
-- brand itself or the agent that vets it: `via_org_id`), by a trusted flagger, the expedited path its
-- items took (per item: the marketplace's path), and the letter of authorization an agent filed it
-- under, as it was at filing (agent, brand, scope, expiry, the document's hash).
alter table notices
  add column good_faith boolean not null default false,
  add column via_org_id uuid references organisations(id),
  add column trusted_flagger boolean not null default false,
  add column letter jsonb;

alter table notice_items
  add column expedited text check (expedited in ('priority', 'provisional'));

-- The letter's scope: rights (null: every right of the brand) and marketplaces (null: all).
alter table representations
  add column right_ids uuid[],
  add column marketplace_ids uuid[];

-- The operator's flags on an organisation: an agent firm it vetted, a trusted flagger (DSA Art 22)
-- with the authority that awarded the status and the date.
alter table organisations
  add column vetted_at timestamptz,
  add column vetted_by text,
  add column trusted_flagger_authority text,
  add column trusted_flagger_since date;

-- A provisional takedown awaiting a reviewer: the listing came down at filing; a reviewer confirms
-- (the removal stands) or reverses (the listing is reinstated, counted against the notifier) by
-- `due_at`. Past `due_at` unreviewed, the listing stays down and the item escalates to the
-- supervisor queue.
create table provisional_takedowns (
  item_id uuid primary key references notice_items(id),
  notice_id uuid not null references notices(id),
  marketplace_id uuid not null references marketplaces(id),
  due_at timestamptz not null,
  status text not null check (status in ('awaiting', 'confirmed', 'reversed')),
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_id uuid,
  created_at timestamptz not null
);
create index provisional_takedowns_awaiting_idx on provisional_takedowns (due_at) where status = 'awaiting';
