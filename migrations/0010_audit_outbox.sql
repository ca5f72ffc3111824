-- The audit log becomes two parts: request transactions append to `audit_pending` (no lock, one
-- insert), and a sequencer seals pending entries into the hash chain (`audit_chain`) in batches,
-- holding the chain head only for the batch. `audit_log` stays readable as the union of both.

alter table audit_log rename to audit_chain;
alter index audit_log_entity_idx rename to audit_chain_entity_idx;

create table audit_pending (
  id bigserial primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  data jsonb not null
);

create view audit_log as
  select seq, at, actor, action, entity_type, entity_id, data, prev_hash, hash from audit_chain
  union all
  select null::bigint, at, actor, action, entity_type, entity_id, data, null::text, null::text from audit_pending;
