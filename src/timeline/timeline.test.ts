import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { answerRefusal, counterNoticeRefusal, statementErrors } from '../counter-notices/counter-notice.ts';
import type { DeadlineKind, DeadlineParty } from '../db/schema.ts';
import { orderTimeline, whoseMove } from './timeline.ts';

const now = new Date('2026-06-01T12:00:00Z');
const kinds: [DeadlineKind, DeadlineParty][] = [
  ['counter_notice_window', 'seller'],
  ['putback', 'rights_holder'],
  ['rights_holder_response', 'rights_holder'],
  ['review_decision', 'reviewer'],
  ['appeal_decision', 'reviewer'],
];

test('whose move: the reviewer on a pending item, the supervisor once it is overdue, nobody when nothing runs', () => {
  assert.equal(
    whoseMove({
      state: 'pending',
      slaDueAt: new Date(now.getTime() + 1),
      openDeadlines: [],
      escalated: [],
      now,
    }).party,
    'reviewer',
  );
  assert.equal(
    whoseMove({
      state: 'pending',
      slaDueAt: new Date(now.getTime() - 1),
      openDeadlines: [],
      escalated: [],
      now,
    }).party,
    'supervisor',
  );
  assert.equal(
    whoseMove({ state: 'info_requested', slaDueAt: now, openDeadlines: [], escalated: [], now }).party,
    'rights_holder',
  );
  assert.deepEqual(whoseMove({ state: 'rejected', slaDueAt: now, openDeadlines: [], escalated: [], now }), {
    party: null,
    action: 'nothing is pending',
    dueAt: null,
    overdue: false,
  });
});

test('property: the earliest running clock decides whose move it is; an escalation overrides it', () => {
  const clock = fc.record({
    index: fc.integer({ min: 0, max: kinds.length - 1 }),
    offset: fc.integer({ min: -10_000_000, max: 10_000_000 }),
  });
  fc.assert(
    fc.property(fc.array(clock, { minLength: 1, maxLength: 6 }), fc.boolean(), (clocks, escalate) => {
      const open = clocks.map(({ index, offset }) => ({
        kind: kinds[index]![0],
        party: kinds[index]![1],
        dueAt: new Date(now.getTime() + offset),
      }));
      const escalated = escalate ? [{ kind: 'review_decision' as const, dueAt: now }] : [];
      const move = whoseMove({ state: 'removed', slaDueAt: now, openDeadlines: open, escalated, now });
      if (escalate) return assert.equal(move.party, 'supervisor');
      const earliest = Math.min(...open.map((d) => d.dueAt.getTime()));
      assert.equal(move.dueAt, new Date(earliest).toISOString());
      assert.ok(open.some((d) => d.party === move.party && d.dueAt.getTime() === earliest));
      assert.equal(move.overdue, earliest < now.getTime());
    }),
  );
});

test('property: the timeline is ordered by time and keeps the given order at equal times', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (minutes) => {
      const events = minutes.map((m, i) => ({
        at: new Date(now.getTime() + m * 60_000).toISOString(),
        kind: String(i),
        by: 'system' as const,
        title: '',
        facts: {},
        reasons: null,
        ref: null,
      }));
      const ordered = orderTimeline(events);
      for (let i = 1; i < ordered.length; i++) {
        const [a, b] = [ordered[i - 1]!, ordered[i]!];
        assert.ok(a.at < b.at || (a.at === b.at && Number(a.kind) < Number(b.kind)));
      }
    }),
  );
});

test('counter-notice eligibility: removed, first, in time, with every statement', () => {
  const window = new Date(now.getTime() + 1000);
  assert.equal(
    counterNoticeRefusal({ itemState: 'removed', hasCounterNotice: false, windowEndsAt: window, now }),
    null,
  );
  assert.equal(
    counterNoticeRefusal({ itemState: 'pending', hasCounterNotice: false, windowEndsAt: window, now })?.extra
      .rule,
    'counter-notice-on-removed-item',
  );
  assert.equal(
    counterNoticeRefusal({ itemState: 'removed', hasCounterNotice: true, windowEndsAt: window, now })?.extra
      .rule,
    'one-counter-notice-per-item',
  );
  const late = counterNoticeRefusal({
    itemState: 'removed',
    hasCounterNotice: false,
    windowEndsAt: new Date(now.getTime() - 1),
    now,
  });
  assert.equal(late?.code, 'UNPROCESSABLE');
  assert.equal(late?.extra.deadline, new Date(now.getTime() - 1).toISOString());
  assert.deepEqual(
    statementErrors({ goodFaithMistake: true, consentToJurisdiction: true, acceptService: true }),
    [],
  );
  assert.deepEqual(
    statementErrors({ goodFaithMistake: true }).map((e) => e.pointer),
    ['/statements/consentToJurisdiction', '/statements/acceptService'],
  );
  const base = { procedure: 'statutory_putback', status: 'open', hasAnswer: false, clockEndsAt: window, now };
  assert.equal(answerRefusal({ ...base, kind: 'action_filed' }), null);
  assert.equal(
    answerRefusal({ ...base, kind: 'response' })?.errors[0]?.rule,
    'statutory-putback-needs-action',
  );
  assert.equal(
    answerRefusal({ ...base, kind: 'action_filed', clockEndsAt: new Date(now.getTime() - 1) })?.extra.rule,
    'answer-window',
  );
  assert.equal(
    answerRefusal({ ...base, procedure: 'respond_or_restore', kind: 'response', hasAnswer: true })?.extra
      .rule,
    'one-answer-per-counter-notice',
  );
});
