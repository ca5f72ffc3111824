-- Room on every page for updated row versions, so the updates the notice path makes (a listing
-- taken down or reinstated, a marketplace editing a title or price) stay on the page as HOT
-- updates instead of adding an entry to each of the table's indexes. Applies to pages written
-- from now on.
alter table listings set (fillfactor = 85);

-- A statement of reasons is a 5-6 KB jsonb document and is compressed on write; lz4 is several
-- times cheaper than the default pglz. Builds without lz4 keep the default.
do $$
begin
  alter table statements_of_reasons alter column body set compression lz4;
exception when feature_not_supported then
  raise notice 'lz4 compression is not available here; statements keep the default compression';
end
$$;
