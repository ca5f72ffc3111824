-- A removal or reinstatement changes a listing's state and version, not its title or ids. With
-- room left on each page the row is updated in place (a HOT update), so no index of the listing
-- is touched, the title's trigram index (0022) above all; a full page makes PostgreSQL write a new
-- entry in every index. Applies to pages written from now on.
alter table listings set (fillfactor = 80);
