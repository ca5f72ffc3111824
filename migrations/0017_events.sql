-- Domain events after commit (src/events/): a transactional outbox. Writers insert rows with no
-- seq, in the same statement or transaction as the change they announce; a sequencer numbers the
-- committed rows gaplessly under the event_head lock, so subscribers can follow a cursor without
-- ever skipping a row that committed late. Each subscriber's cursor is advanced in the same
-- transaction as its effects: database effects happen exactly once, external ones at least once.
create table events (
  id uuid primary key,
  seq bigint unique,
  type text not null,
  subject_type text not null,
  subject_id text not null,
  marketplace_id uuid,
  data jsonb not null,
  occurred_at timestamptz not null
);
create index events_unsequenced_idx on events (id) where seq is null;
create index events_subject_idx on events (subject_type, subject_id);

create table event_head (
  id int primary key check (id = 1),
  seq bigint not null
);
insert into event_head (id, seq) values (1, 0);

create table event_cursors (
  subscriber text primary key,
  seq bigint not null,
  updated_at timestamptz not null default now()
);
