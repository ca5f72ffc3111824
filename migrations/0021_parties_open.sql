-- Parties beyond notices: buyers (refunds, test buys), the operator's enforcement liaison staff
-- (law-enforcement referrals) and inspectors of an authority (customs, market surveillance).
alter table organisations drop constraint organisations_kind_check;
alter table organisations add constraint organisations_kind_check
  check (kind in ('operator', 'brand', 'agent', 'seller', 'buyer', 'authority'));
alter table memberships drop constraint memberships_role_check;
alter table memberships add constraint memberships_role_check
  check (role in ('admin', 'reviewer', 'rights_holder', 'agent', 'seller', 'buyer', 'enforcement_liaison', 'inspector'));
alter table api_keys drop constraint api_keys_role_check;
alter table api_keys add constraint api_keys_role_check
  check (role in ('admin', 'reviewer', 'rights_holder', 'agent', 'seller', 'marketplace', 'buyer', 'enforcement_liaison', 'inspector'));
