-- Anchoring the audit chain outside the database (threat: somebody who can write to the database
-- but does not hold the server's key files).
--
-- 1. Writers sign their entries: `nonce` is fresh per entry and `mac` is an HMAC (keyed from the
--    master key, which the database does not hold) over the nonce and the entry's content. The
--    sequencer seals only entries whose MAC verifies and whose nonce is not already in the chain;
--    anything else moves to `audit_quarantine` with the reason. Records sealed before this
--    migration keep null in both columns.
alter table audit_pending add column nonce uuid, add column mac text;
alter table audit_chain add column nonce uuid, add column mac text;
create unique index audit_chain_nonce_idx on audit_chain (nonce);

create table audit_quarantine (
  id bigint primary key,
  at timestamptz not null,
  actor text not null,
  action text not null,
  entity_type text not null,
  entity_id text not null,
  data jsonb not null,
  nonce uuid,
  mac text,
  reason text not null,
  quarantined_at timestamptz not null
);

-- 2. Checkpoints: the chain head signed with the Ed25519 audit signing key (also kept outside the
--    database). The file the signing process appends to is the copy verification trusts; this
--    table is a convenience copy for `GET /v1/audit/checkpoints`, each row checked by its signature.
create table audit_checkpoints (
  seq bigint primary key,
  hash text not null,
  at timestamptz not null,
  key_id text not null,
  signature text not null
);
