-- Notifier standing (issue 12): measured figures per notifier organisation, calendar month (UTC)
-- and reason code (the notice's claim: counterfeit, trademark_misuse, patent, copyright). A notice
-- filed by an agent counts for the agent and for the brand it filed for. Kept incrementally by the
-- `notifier-standing` event subscriber and equal to a recomputation from notices, decisions and
-- outcomes (`rebuildFigures`). Each outcome counts in the month it happened.
create table notifier_figures (
  org_id uuid not null references organisations(id),
  month date not null,
  reason_code text not null check (reason_code in ('counterfeit', 'trademark_misuse', 'patent', 'copyright')),
  notices integer not null default 0,
  items integer not null default 0,
  nonconforming integer not null default 0,
  removed integer not null default 0,
  rejected_other integer not null default 0,
  counter_notices_succeeded integer not null default 0,
  appeal_reversals integer not null default 0,
  withdrawals integer not null default 0,
  updated_at timestamptz not null,
  primary key (org_id, month, reason_code)
);
create index notifier_figures_month_idx on notifier_figures (month);

-- Decisions about a notifier's place in the Good Faith Program (subject type 'notifier'):
--   notifier_admission  admitted (its own figures qualify, or a trial inside a member agent's programme)
--   notifier_removal    removed (its figures fail the policy and removal is automatic, or a trial ended)
alter table decisions drop constraint decisions_kind_check;
alter table decisions add constraint decisions_kind_check check (kind in ('notice_removal',
  'notice_rejection', 'proactive_removal', 'reinstatement', 'takedown_upheld', 'appeal_upheld',
  'appeal_reversed', 'store_sanction', 'store_restoration', 'store_admission',
  'licence_verification', 'licence_restriction', 'notifier_admission', 'notifier_removal'));
alter table appeals drop constraint appeals_decision_kind_check;
alter table appeals add constraint appeals_decision_kind_check check (decision_kind in ('notice_removal',
  'notice_rejection', 'proactive_removal', 'reinstatement', 'takedown_upheld', 'appeal_upheld',
  'appeal_reversed', 'store_sanction', 'store_restoration', 'store_admission',
  'licence_verification', 'licence_restriction', 'notifier_admission', 'notifier_removal'));
