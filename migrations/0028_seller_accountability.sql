-- Seller accountability (issue 13): decisions about stores and licences join the one decisions table,
-- and a store carries its standing. Kinds added here:
--   store_sanction       a sanction on a store (warning, education, listing limit, suspension, closure)
--   store_restoration    a sanction ended (suspension served, appeal granted, education acknowledged)
--   store_admission      a store refused or held at registration (linked to a closed or suspended store)
--   licence_verification a reviewer accepted or refused a seller's market-access licence
--   licence_restriction  listings restricted or held because a licence is missing or lapsed
alter table decisions drop constraint decisions_kind_check;
alter table decisions add constraint decisions_kind_check check (kind in ('notice_removal',
  'notice_rejection', 'proactive_removal', 'reinstatement', 'takedown_upheld', 'appeal_upheld',
  'appeal_reversed', 'store_sanction', 'store_restoration', 'store_admission',
  'licence_verification', 'licence_restriction'));
alter table appeals drop constraint appeals_decision_kind_check;
alter table appeals add constraint appeals_decision_kind_check check (decision_kind in ('notice_removal',
  'notice_rejection', 'proactive_removal', 'reinstatement', 'takedown_upheld', 'appeal_upheld',
  'appeal_reversed', 'store_sanction', 'store_restoration', 'store_admission',
  'licence_verification', 'licence_restriction'));

-- What the marketplace may do with a store: 'active' lists normally; 'held' waits for review at
-- registration (a link to a closed store); 'suspended' lists nothing new until the suspension ends;
-- 'closed' is final unless an appeal reverses it. Written only by the sellers module.
alter table stores add column status text not null default 'active'
  check (status in ('active', 'held', 'suspended', 'closed'));
alter table stores add column status_changed_at timestamptz;
