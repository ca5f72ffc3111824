-- A brand (or an admin) revokes an agent's letter of authorization at once; an expired or revoked
-- authorization grants nothing (accounts.activeRepresentation is the one check).
alter table representations add column revoked_at timestamptz;
alter table representations add column revoked_by text;
