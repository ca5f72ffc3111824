-- Notifier standing counts provisional takedowns a reviewer reversed (issue 12 point 3: "a reversal
-- reinstates and counts against the notifier"): a removal that did not stand, like one undone by a
-- counter-notice or an appeal.
alter table notifier_figures add column provisional_reversals integer not null default 0;
