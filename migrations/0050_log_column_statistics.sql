-- ANALYZE (run by src/db/maintenance.ts on the embedded database, as autovacuum would) samples up
-- to 30,000 rows of a table and builds planner statistics for every column of them: sorts and
-- distinct counts of each value. The documents and hashes of the append-only logs are never
-- filtered, joined or sorted on (their rows are read by sequence, entity, nonce or subject), so
-- their statistics were pure cost: they were most of an ANALYZE of the audit chain (240 -> 89 ms
-- on 40,000 rows, PGlite), which a young, growing database runs every 10 % of growth.
alter table audit_chain
  alter column data set statistics 0,
  alter column mac set statistics 0,
  alter column prev_hash set statistics 0,
  alter column hash set statistics 0;
alter table audit_pending
  alter column data set statistics 0,
  alter column mac set statistics 0;
alter table events alter column data set statistics 0;
alter table listing_snapshots alter column snapshot set statistics 0;
