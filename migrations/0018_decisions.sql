-- Decisions as first-class records (src/decisions/): any decision on any subject, with its kind,
-- ground, facts, automation, the policy it applied, until when it can be appealed, and ONE
-- statement of reasons rendered from it. The three earlier shapes (statements_of_reasons for
-- notice removals, proactive_statements, outcomes.statement) are carried over here, keeping their
-- ids, so every statement id handed out before still resolves.
create table decisions (
  id uuid primary key,
  kind text not null check (kind in ('notice_removal', 'notice_rejection', 'proactive_removal',
    'reinstatement', 'takedown_upheld', 'appeal_upheld', 'appeal_reversed')),
  subject_type text not null check (subject_type in ('notice_item', 'listing', 'store', 'notifier',
    'licence', 'deposit', 'case', 'decision')),
  subject_id uuid not null,
  previous_decision_id uuid references decisions(id),
  item_id uuid references notice_items(id),
  listing_id uuid references listings(id),
  store_id uuid references stores(id),
  marketplace_id uuid references marketplaces(id),
  seller_org_id uuid references organisations(id),
  notifier_org_id uuid references organisations(id),
  ground text not null check (ground in ('illegal_content', 'incompatible_content')),
  reason_code text,
  reason_text text not null,
  -- Why a removal ended or stands (counter-notice clock, withdrawal, appeal...), where it applies.
  cause text,
  automated_detection boolean not null,
  automated_decision text not null check (automated_decision in ('fully', 'partially', 'not')),
  policy_key text,
  policy_version int,
  decided_by_user uuid references users(id),
  decided_by text not null,
  appealable_until timestamptz,
  statement jsonb not null,
  created_at timestamptz not null
);
create index decisions_subject_idx on decisions (subject_type, subject_id, created_at);
create index decisions_item_idx on decisions (item_id, created_at) where item_id is not null;
create index decisions_seller_idx on decisions (seller_org_id, created_at);
create index decisions_notifier_idx on decisions (notifier_org_id, created_at);
create index decisions_marketplace_idx on decisions (marketplace_id, created_at);
create index decisions_kind_idx on decisions (kind, created_at);

-- 1. Notice removals: the stored statements are valid statements of the one shape (version 1).
insert into decisions (id, kind, subject_type, subject_id, item_id, listing_id, store_id,
  marketplace_id, seller_org_id, notifier_org_id, ground, reason_code, reason_text,
  automated_detection, automated_decision, decided_by_user, decided_by, appealable_until,
  statement, created_at)
select s.id, 'notice_removal', 'notice_item', s.item_id, s.item_id, s.listing_id, s.store_id,
       l.marketplace_id, st.seller_org_id, n.principal_org_id, 'illegal_content',
       s.body->'reason'->>'code', coalesce(s.body->'reason'->>'text', ''),
       coalesce((s.body->'automation'->>'detection')::boolean, false),
       case s.body->'automation'->>'automatedDecision'
         when 'AUTOMATED_DECISION_FULLY' then 'fully'
         when 'AUTOMATED_DECISION_PARTIALLY' then 'partially' else 'not' end,
       i.decided_by, coalesce(s.body->'decidedBy'->>'label', 'system'),
       s.created_at + interval '6 months', s.body, s.created_at
  from statements_of_reasons s
  join notice_items i on i.id = s.item_id
  join notices n on n.id = i.notice_id
  join listings l on l.id = s.listing_id
  join stores st on st.id = s.store_id;

-- 2. Rejections had no statement; each rejected item gets its decision and a statement now.
insert into decisions (id, kind, subject_type, subject_id, item_id, listing_id, store_id,
  marketplace_id, seller_org_id, notifier_org_id, ground, reason_code, reason_text,
  automated_detection, automated_decision, decided_by_user, decided_by, appealable_until,
  statement, created_at)
select r.id, 'notice_rejection', 'notice_item', i.id, i.id, l.id, st.id, m.id, st.seller_org_id,
       n.principal_org_id, 'illegal_content', i.reason_code, coalesce(i.reason_text, 'The notice was rejected.'),
       false, 'not', i.decided_by, coalesce('user:' || i.decided_by::text, 'system'),
       i.decided_at + interval '6 months',
       jsonb_build_object(
         'schemaVersion', 2, 'statementId', r.id, 'issuedAt', to_jsonb(i.decided_at),
         'decision', jsonb_build_object('id', r.id, 'kind', 'notice_rejection',
           'subject', jsonb_build_object('type', 'notice_item', 'id', i.id), 'previousDecisionId', null),
         'marketplace', jsonb_build_object('id', m.id, 'code', m.code, 'name', m.name, 'jurisdiction', m.jurisdiction),
         'restriction', jsonb_build_object('kind', 'notice_rejected',
           'description', 'The notice about the listing "' || l.title || '" was rejected; the listing stays visible.',
           'listing', jsonb_build_object('id', l.id, 'externalId', l.external_id, 'title', l.title, 'url', l.url),
           'store', jsonb_build_object('id', st.id, 'externalId', st.external_id, 'name', st.name),
           'territorialScope', jsonb_build_array(m.jurisdiction), 'snapshot', null),
         'facts', jsonb_build_object('summary', 'Notice rejected. Reason: ' || coalesce(i.reason_text, ''),
           'notice', null, 'right', null),
         'ground', jsonb_build_object('decisionGround', 'DECISION_GROUND_ILLEGAL_CONTENT', 'legalGround', null,
           'explanation', coalesce(i.reason_text, ''), 'policyGround', 'The notice did not establish an infringement.'),
         'automation', jsonb_build_object('detection', false, 'decision', false,
           'automatedDecision', 'AUTOMATED_DECISION_NOT_AUTOMATED',
           'description', 'A reviewer decided; no automated means were used for the decision.'),
         'reason', jsonb_build_object('code', i.reason_code, 'text', coalesce(i.reason_text, '')),
         'decidedBy', jsonb_build_object('kind', 'reviewer', 'label', coalesce('user:' || i.decided_by::text, 'system')),
         'complainant', null, 'evidence', '[]'::jsonb, 'redress', '[]'::jsonb, 'transparencyDatabase', null),
       i.decided_at
  from notice_items i
  cross join lateral (select gen_random_uuid() as id) r
  join notices n on n.id = i.notice_id
  join listings l on l.id = i.listing_id
  join stores st on st.id = l.store_id
  join marketplaces m on m.id = l.marketplace_id
 where i.state = 'rejected' and i.decided_at is not null;

-- 3. Proactive removals: their statements, in the one shape.
insert into decisions (id, kind, subject_type, subject_id, listing_id, store_id, marketplace_id,
  seller_org_id, ground, reason_code, reason_text, automated_detection, automated_decision,
  decided_by_user, decided_by, appealable_until, statement, created_at)
select p.id, 'proactive_removal', 'listing', p.listing_id, p.listing_id, p.store_id, l.marketplace_id,
       st.seller_org_id, 'incompatible_content', 'counterfeit_indicators',
       coalesce(p.body->'facts'->>'summary', ''), true,
       case when coalesce((p.body->'automation'->>'decision')::boolean, false) then 'fully' else 'partially' end,
       c.decided_by, coalesce('user:' || c.decided_by::text, 'system:detection'),
       p.created_at + interval '6 months',
       jsonb_build_object(
         'schemaVersion', 2, 'statementId', p.id, 'issuedAt', p.body->'issuedAt',
         'decision', jsonb_build_object('id', p.id, 'kind', 'proactive_removal',
           'subject', jsonb_build_object('type', 'listing', 'id', p.listing_id), 'previousDecisionId', null),
         'marketplace', p.body->'marketplace',
         'restriction', (p.body->'restriction') - 'snapshotSha256'
           || jsonb_build_object('snapshot', jsonb_build_object('id', null, 'sha256', p.body->'restriction'->'snapshotSha256')),
         'facts', jsonb_build_object('summary', p.body->'facts'->'summary', 'notice', null, 'right', null,
           'signals', coalesce(p.body->'facts'->'signals', '[]'::jsonb)),
         'ground', jsonb_build_object('decisionGround', 'DECISION_GROUND_INCOMPATIBLE_CONTENT', 'legalGround', null,
           'explanation', p.body->'facts'->'summary', 'policyGround', p.body->'ground'->'policyGround'),
         'automation', p.body->'automation',
         'reason', jsonb_build_object('code', 'counterfeit_indicators', 'text', p.body->'facts'->'summary'),
         'decidedBy', jsonb_build_object(
           'kind', case when coalesce((p.body->'automation'->>'decision')::boolean, false) then 'system' else 'reviewer' end,
           'label', coalesce('user:' || c.decided_by::text, 'system:detection')),
         'complainant', null, 'evidence', '[]'::jsonb, 'redress', coalesce(p.body->'redress', '[]'::jsonb),
         'transparencyDatabase', null),
       p.created_at
  from proactive_statements p
  join proactive_cases c on c.id = p.case_id
  join listings l on l.id = p.listing_id
  join stores st on st.id = p.store_id;

-- 4. Outcomes that were decisions (reinstatements, upheld takedowns, appeal results, and
-- withdrawals that lifted a removal) with their statements, in the one shape.
insert into decisions (id, kind, subject_type, subject_id, item_id, listing_id, store_id,
  marketplace_id, seller_org_id, notifier_org_id, ground, reason_code, reason_text, cause,
  automated_detection, automated_decision, decided_by_user, decided_by, appealable_until,
  statement, created_at)
select o.id,
       case o.kind when 'reinstated' then 'reinstatement' when 'withdrawn' then 'reinstatement'
         when 'upheld' then 'takedown_upheld' else o.kind end,
       'notice_item', o.item_id, o.item_id, l.id, st.id, m.id, o.seller_org_id, o.principal_org_id,
       'illegal_content', o.reason_code, o.reason_text, o.cause, false, 'not', o.decided_by,
       coalesce('user:' || o.decided_by::text, coalesce(o.statement->>'decidedBy', 'system')),
       (select max((r->>'availableUntil')::timestamptz) from jsonb_array_elements(o.statement->'redress') r),
       jsonb_build_object(
         'schemaVersion', 2, 'statementId', o.id, 'issuedAt', o.statement->'issuedAt',
         'decision', jsonb_build_object('id', o.id,
           'kind', case o.kind when 'reinstated' then 'reinstatement' when 'withdrawn' then 'reinstatement'
             when 'upheld' then 'takedown_upheld' else o.kind end,
           'subject', jsonb_build_object('type', 'notice_item', 'id', o.item_id), 'previousDecisionId', null),
         'marketplace', jsonb_build_object('id', m.id, 'code', m.code, 'name', m.name, 'jurisdiction', m.jurisdiction),
         'restriction', jsonb_build_object(
           'kind', case when o.listing_restored then 'listing_restored'
             when o.kind in ('upheld', 'appeal_upheld') then 'removal_kept' else 'no_change' end,
           'description', coalesce(o.statement->>'summary', ''),
           'listing', jsonb_build_object('id', l.id, 'externalId', l.external_id, 'title', l.title, 'url', l.url),
           'store', jsonb_build_object('id', st.id, 'externalId', st.external_id, 'name', st.name),
           'territorialScope', jsonb_build_array(m.jurisdiction), 'snapshot', null),
         'facts', jsonb_build_object('summary', coalesce(o.statement->>'summary', ''), 'notice', null, 'right', null),
         'ground', jsonb_build_object('decisionGround', 'DECISION_GROUND_ILLEGAL_CONTENT', 'legalGround', null,
           'explanation', o.reason_text, 'policyGround', 'The marketplace notice-and-takedown procedure.'),
         'automation', jsonb_build_object('detection', false, 'decision', false,
           'automatedDecision', 'AUTOMATED_DECISION_NOT_AUTOMATED', 'description', 'No automated means were used.'),
         'reason', jsonb_build_object('code', o.reason_code, 'text', o.reason_text),
         'decidedBy', jsonb_build_object('kind', coalesce(o.statement->>'decidedBy', 'system'),
           'label', coalesce('user:' || o.decided_by::text, coalesce(o.statement->>'decidedBy', 'system'))),
         'complainant', null, 'evidence', '[]'::jsonb,
         'redress', coalesce((select jsonb_agg(r || jsonb_build_object('legalBasis',
           'Regulation (EU) 2022/2065 (Digital Services Act), Art 20')) from jsonb_array_elements(o.statement->'redress') r), '[]'::jsonb),
         'transparencyDatabase', null),
       o.created_at
  from outcomes o
  join notice_items i on i.id = o.item_id
  join listings l on l.id = i.listing_id
  join stores st on st.id = l.store_id
  join marketplaces m on m.id = l.marketplace_id
 where o.kind <> 'withdrawn' or o.listing_restored;

-- Outcomes keep what reports count; their statement is the decision's.
alter table outcomes add column decision_id uuid references decisions(id);
update outcomes set decision_id = id where exists (select 1 from decisions d where d.id = outcomes.id);
alter table outcomes drop column statement;

-- Appeals contest a decision (DSA Art 20), whatever its subject.
alter table appeals add column decision_id uuid references decisions(id);
alter table appeals alter column item_id drop not null;
alter table appeals drop constraint appeals_decision_kind_check;
update appeals set decision_kind = case decision_kind when 'removal' then 'notice_removal'
  when 'rejection' then 'notice_rejection' when 'counter_notice_upheld' then 'takedown_upheld'
  else decision_kind end;
alter table appeals add constraint appeals_decision_kind_check check (decision_kind in ('notice_removal',
  'notice_rejection', 'proactive_removal', 'reinstatement', 'takedown_upheld', 'appeal_upheld', 'appeal_reversed'));
update appeals a set decision_id = (
  select d.id from decisions d
   where d.item_id = a.item_id and d.kind = a.decision_kind
   order by abs(extract(epoch from d.created_at - a.decision_at)) limit 1);
alter table appeals drop constraint appeals_item_id_decision_kind_decision_at_key;
create unique index appeals_decision_uniq on appeals (decision_id) where decision_id is not null;

-- A proactive case names the decision that removed its listing.
alter table proactive_cases add column decision_id uuid references decisions(id);
update proactive_cases c set decision_id = (select p.id from proactive_statements p where p.case_id = c.id limit 1);

drop table statements_of_reasons;
drop table proactive_statements;
