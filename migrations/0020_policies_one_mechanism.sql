-- One policy mechanism: the detection policy becomes a key of `policies` like review_sla, putback
-- and holiday_calendars (versions, author and time kept).
insert into policies (key, version, body, created_by, created_at)
select 'detection', version, body, created_by, created_at from detection_policies;
drop table detection_policies;
