import assert from 'node:assert/strict';
import { test } from 'node:test';
import { legalGround, territorialScope } from '../decisions/statement.parts.ts';
import { DEFAULT_PUTBACK_POLICY, FALLBACK_TERMS, termsFor } from '../policies/putback.ts';
import { rightCoversJurisdiction } from '../rights/right.ts';
import { isBusinessDay, isoToDayNumber } from './business-days.ts';
import { calendarFor, DEFAULT_CALENDARS } from './calendars.ts';
import {
  EU_MEMBER_STATES,
  isEuMemberState,
  jurisdictionChain,
  jurisdictionContains,
  resolveByJurisdiction,
} from './jurisdiction.ts';

const EU_TERMS = DEFAULT_PUTBACK_POLICY.terms.EU?.['*'];

test('the chain: a member state, then the EU, then the fallback', () => {
  assert.equal(EU_MEMBER_STATES.length, 27);
  assert.deepEqual(jurisdictionChain('DE'), ['DE', 'EU', '*']);
  assert.deepEqual(jurisdictionChain('EU'), ['EU', '*']);
  assert.deepEqual(jurisdictionChain('US'), ['US', '*']);
  assert.deepEqual(jurisdictionChain('GB'), ['GB', '*'], 'no longer a member state');
  assert.deepEqual(jurisdictionChain('*'), ['*']);
  assert.equal(isEuMemberState('EL'), false, 'Greece is GR in ISO 3166-1');
  assert.equal(resolveByJurisdiction({ EU: 1, '*': 2 }, 'FR'), 1);
  assert.equal(resolveByJurisdiction({ FR: 0, EU: 1 }, 'FR'), 0, 'a country entry beats the EU one');
  assert.equal(resolveByJurisdiction({ GENERIC: 3 }, 'BR', 'GENERIC'), 3);
  assert.equal(resolveByJurisdiction({}, 'constructor'), undefined, 'own keys only');
});

test('every member state gets the EU put-back terms and the EU holiday calendar', () => {
  assert.ok(EU_TERMS);
  for (const country of EU_MEMBER_STATES) {
    for (const rightType of ['trademark', 'patent', 'copyright'] as const) {
      assert.equal(termsFor(DEFAULT_PUTBACK_POLICY, country, rightType), EU_TERMS, `${country} ${rightType}`);
    }
    const calendar = calendarFor(DEFAULT_CALENDARS, country);
    assert.equal(calendar, DEFAULT_CALENDARS.EU, country);
    assert.equal(isBusinessDay(isoToDayNumber('2026-12-25'), calendar), false, `${country}: Christmas`);
  }
  // Outside the EU nothing changes: fallback procedure, generic calendar.
  assert.equal(termsFor(DEFAULT_PUTBACK_POLICY, 'BR', 'trademark'), FALLBACK_TERMS);
  assert.equal(calendarFor(DEFAULT_CALENDARS, 'BR'), DEFAULT_CALENDARS.GENERIC);
  assert.equal(termsFor(DEFAULT_PUTBACK_POLICY, 'EU', 'patent'), EU_TERMS);
});

test('an operator entry for a member state wins over the EU entry, per right type', () => {
  const DE_COPYRIGHT = { ...FALLBACK_TERMS, procedure: 'statutory_putback' as const };
  const policy = {
    ...DEFAULT_PUTBACK_POLICY,
    terms: { ...DEFAULT_PUTBACK_POLICY.terms, DE: { copyright: DE_COPYRIGHT } },
  };
  assert.equal(termsFor(policy, 'DE', 'copyright'), DE_COPYRIGHT);
  assert.equal(termsFor(policy, 'DE', 'trademark'), EU_TERMS, 'no DE entry for trade marks: the EU one');
  const deCalendar = { ...DEFAULT_CALENDARS.GENERIC!, holidays: ['2026-10-03'] };
  assert.equal(calendarFor({ ...DEFAULT_CALENDARS, DE: deCalendar }, 'DE'), deCalendar);
});

test('rights coverage and statement scope use the same chain', () => {
  assert.equal(jurisdictionContains('EU', 'AT'), true);
  assert.equal(jurisdictionContains('DE', 'EU'), false);
  assert.equal(jurisdictionContains('*', 'DE'), false);
  for (const country of EU_MEMBER_STATES)
    assert.equal(rightCoversJurisdiction({ type: 'trademark', jurisdiction: 'EU' }, country), true, country);
  assert.equal(rightCoversJurisdiction({ type: 'trademark', jurisdiction: 'EU' }, 'GB'), false);
  assert.deepEqual(territorialScope('EU'), [...EU_MEMBER_STATES]);
  assert.deepEqual(territorialScope('DE'), ['DE']);
  const right = {
    id: 'r',
    type: 'copyright' as const,
    name: 'Photos',
    ownerName: 'Acme',
    registrationNumber: null,
    office: null,
    jurisdiction: null,
    patentKind: null,
  };
  assert.match(legalGround(right, 'DE'), /Directive 2001\/29\/EC/, 'a DE marketplace cites EU copyright law');
  assert.match(legalGround(right, 'JP'), /the copyright law of JP/);
});
