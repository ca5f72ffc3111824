-- Listing search across every marketplace (GET /v1/listings?q=, the rights holder's listing finder).
-- Free text matches a title anywhere (ILIKE '%text%'): a trigram GIN index answers that for three
-- characters or more (pg_trgm ships with PostgreSQL's contrib and with PGlite; since PostgreSQL 13
-- it is a trusted extension the database owner may create). A marketplace's own listing id is
-- looked up without its marketplace, which the (marketplace_id, external_id) key cannot answer.
-- On a large existing catalogue, create these indexes CONCURRENTLY by hand before migrating.
create extension if not exists pg_trgm;
create index if not exists listings_title_trgm_idx on listings using gin (title gin_trgm_ops);
create index if not exists listings_external_id_idx on listings (external_id);
