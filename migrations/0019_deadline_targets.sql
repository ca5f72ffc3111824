-- Deadlines on any subject (src/deadlines/): a clock is about a target (a notice item, a listing,
-- a store, a case...); kinds are registered in code by the module that owns them, with their
-- handlers, so the database no longer lists them.
alter table deadlines alter column item_id drop not null;
alter table deadlines add column target_type text;
alter table deadlines add column target_id uuid;
update deadlines set target_type = 'notice_item', target_id = item_id;
alter table deadlines alter column target_type set not null;
alter table deadlines alter column target_id set not null;
alter table deadlines drop constraint deadlines_kind_check;
alter table deadlines drop constraint deadlines_party_check;
create index deadlines_target_idx on deadlines (target_type, target_id, created_at);
