import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonthsUtc } from '../clocks/index.ts';
import { SAMPLE_EVIDENCE } from '../takedowns/test-fixtures.ts';
import {
  automatedDecision,
  EU_MEMBER_STATES,
  eeaTerritorialScope,
  legalGround,
  territorialScope,
} from './statement.parts.ts';
import { renderStatement, type StatementInput } from './statement.ts';

function statementInput(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    decision: {
      id: 's-1',
      kind: 'notice_removal',
      subject: { type: 'notice_item', id: 'i-1' },
      previousDecisionId: null,
    },
    issuedAt: new Date('2025-08-31T10:00:00Z'),
    marketplace: { id: 'm-1', code: 'shop', name: 'Shop', jurisdiction: 'EU' },
    listing: {
      id: 'l-1',
      externalId: 'X1',
      title: 'ACME shoes',
      url: 'https://shop.example/X1',
      createdAt: new Date('2025-08-01T00:00:00Z'),
    },
    store: { id: 'st-1', externalId: 'S1', name: 'Cheap Shoes' },
    snapshot: { id: 'sn-1', sha256: 'f'.repeat(64) },
    notice: {
      id: 'n-1',
      itemId: 'i-1',
      filedAt: new Date('2025-08-30T00:00:00Z'),
      infringementType: 'counterfeit',
      explanation: 'Fake',
      contact: { name: 'Jane', email: 'j@acme.example' },
    },
    right: {
      id: 'r-1',
      type: 'trademark',
      name: 'ACME',
      ownerName: 'Acme Corp',
      registrationNumber: '018001',
      office: 'EUIPO',
      jurisdiction: 'EU',
      patentKind: null,
    },
    complainant: { id: 'o-brand', name: 'Acme Corp' },
    filer: { id: 'o-agent', name: 'Brand Protectors LLP' },
    evidence: SAMPLE_EVIDENCE,
    reasonCode: 'counterfeit.confirmed',
    reasonText: 'Logo differs from the genuine product.',
    automated: { detection: true, decision: false },
    decidedBy: { kind: 'reviewer', userId: 'u-1', label: 'user:u-1' },
    // Six months after 31 August is the last day of February.
    appealUntil: addMonthsUtc(new Date('2025-08-31T10:00:00Z'), 6),
    ...overrides,
  };
}

describe('statement of reasons', () => {
  test('carries every DSA Art 17 element and the transparency-database fields', () => {
    const body = renderStatement(statementInput());
    assert.equal(body.restriction.kind, 'listing_removed');
    assert.deepEqual(body.restriction.territorialScope, [...EU_MEMBER_STATES]);
    const tdb = body.transparencyDatabase;
    assert.ok(tdb);
    assert.equal(tdb.territorial_scope.length, 27);
    assert.equal('countries_list' in tdb, false, 'the superseded field is not used');
    assert.equal(tdb.decision_ground, 'DECISION_GROUND_ILLEGAL_CONTENT');
    assert.deepEqual(tdb.decision_visibility, ['DECISION_VISIBILITY_CONTENT_REMOVED']);
    assert.equal(tdb.category, 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS');
    assert.deepEqual(tdb.category_specification, ['KEYWORD_TRADEMARK_INFRINGEMENT']);
    assert.equal(tdb.automated_detection, 'Yes');
    assert.equal(tdb.automated_decision, 'AUTOMATED_DECISION_NOT_AUTOMATED');
    assert.equal(tdb.puid, body.decision?.id, 'the statement, not the listing: one listing may have several');
    assert.match(body.ground.legalGround ?? '', /Regulation \(EU\) 2017\/1001/);
    assert.match(body.ground.legalGround ?? '', /018001, EUIPO/);
    assert.match(body.facts.summary, /Acme Corp \(filed by its agent Brand Protectors LLP\)/);
    assert.deepEqual(body.complainant?.filedBy, { id: 'o-agent', name: 'Brand Protectors LLP' });
    assert.deepEqual(body.complainant?.contact, { name: 'Jane', email: 'j@acme.example' });
    assert.deepEqual(
      body.evidence.map((e) => e.downloadPath),
      [`/v1/documents/${'a'.repeat(64)}`, `/v1/documents/${'b'.repeat(64)}`],
    );
    assert.deepEqual(
      body.redress.map((r) => r.kind),
      ['counter_notice', 'internal_complaint', 'out_of_court_settlement', 'judicial_redress'],
    );
    // Six months after 31 August is the last day of February.
    assert.equal(body.redress[1]?.availableUntil, '2026-02-28T10:00:00.000Z');
  });

  test('the transparency record uses the current categories and only EEA countries', () => {
    // A US marketplace's removal is outside the DSA: the restriction names the US, nothing is submitted.
    const us = renderStatement(
      statementInput({ marketplace: { id: 'm-2', code: 'us', name: 'US Shop', jurisdiction: 'US' } }),
    );
    assert.deepEqual(us.restriction.territorialScope, ['US']);
    assert.equal(us.transparencyDatabase, null);
    // Norway is in the EEA: the DSA applies there.
    const no = renderStatement(
      statementInput({ marketplace: { id: 'm-3', code: 'no', name: 'NO Shop', jurisdiction: 'NO' } }),
    );
    assert.deepEqual(no.transparencyDatabase?.territorial_scope, ['NO']);
    assert.deepEqual(eeaTerritorialScope('EU'), [...EU_MEMBER_STATES]);
    assert.deepEqual(eeaTerritorialScope('CH'), []);
    // A listing removed for a missing licence: prohibited goods, not the withdrawn SCOPE_OF_PLATFORM_SERVICE.
    const licence = renderStatement(
      statementInput({
        decision: {
          id: 'd-9',
          kind: 'licence_restriction',
          subject: { type: 'listing', id: 'l-1' },
          previousDecisionId: null,
        },
        notice: null,
        right: null,
        complainant: null,
        filer: null,
      }),
    );
    assert.equal(licence.restriction.kind, 'listing_removed');
    assert.equal(licence.transparencyDatabase?.category, 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS');
    assert.deepEqual(licence.transparencyDatabase?.category_specification, [
      'KEYWORD_GOODS_SERVICES_NOT_PERMITTED',
    ]);
    // A counterfeit found by detection, no right named: a trade mark infringement.
    const proactive = renderStatement(
      statementInput({
        decision: {
          id: 'd-8',
          kind: 'proactive_removal',
          subject: { type: 'listing', id: 'l-1' },
          previousDecisionId: null,
        },
        notice: null,
        right: null,
        complainant: null,
        filer: null,
      }),
    );
    assert.equal(
      proactive.transparencyDatabase?.category,
      'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    );
    assert.deepEqual(proactive.transparencyDatabase?.category_specification, [
      'KEYWORD_TRADEMARK_INFRINGEMENT',
    ]);
  });

  test('US copyright cites the DMCA; automation is reported per Art 17(3)(c)', () => {
    const body = renderStatement(
      statementInput({
        marketplace: { id: 'm-2', code: 'us', name: 'US Shop', jurisdiction: 'US' },
        right: {
          id: 'r-2',
          type: 'copyright',
          name: 'Photos',
          ownerName: 'Acme',
          registrationNumber: null,
          office: null,
          jurisdiction: null,
          patentKind: null,
        },
        automated: { detection: true, decision: true },
        decidedBy: { kind: 'system', userId: null, label: 'system:detection' },
      }),
    );
    assert.match(body.ground.legalGround ?? '', /17 U\.S\.C\. § 512\(c\)/);
    assert.match(body.redress[0]?.legalBasis ?? '', /512\(g\)/);
    assert.deepEqual(body.restriction.territorialScope, ['US']);
    assert.equal(body.automation.automatedDecision, 'AUTOMATED_DECISION_FULLY');
    assert.equal(body.decidedBy.kind, 'system');
    assert.equal(
      automatedDecision({ detection: false, decision: true }, 'u-1'),
      'AUTOMATED_DECISION_PARTIALLY',
    );
  });

  test('unknown jurisdictions get a generic legal citation; design patents are named as such', () => {
    const right = {
      id: 'r',
      type: 'patent' as const,
      name: 'Chair',
      ownerName: 'O',
      registrationNumber: 'D1',
      office: 'JPO',
      jurisdiction: 'JP',
      patentKind: 'design' as const,
    };
    assert.match(legalGround(right, 'JP'), /design patent "Chair".*the patent law of JP/);
    assert.deepEqual(territorialScope('BR'), ['BR']);
    assert.equal(addMonthsUtc(new Date('2024-01-31T00:00:00Z'), 1).toISOString(), '2024-02-29T00:00:00.000Z');
  });
});

describe('one statement shape for every decision', () => {
  test('a proactive removal cites the terms, has no complainant, and is submitted as voluntary', () => {
    const body = renderStatement(
      statementInput({
        decision: {
          id: 'd-2',
          kind: 'proactive_removal',
          subject: { type: 'listing', id: 'l-1' },
          previousDecisionId: null,
        },
        notice: null,
        right: null,
        complainant: null,
        filer: null,
        evidence: [],
        signals: [{ kind: 'marker', rule: 'm1', ruleVersion: '1', matched: '1:1', detail: 'copy marker' }],
        automated: { detection: true, decision: true },
        decidedBy: { kind: 'system', userId: null, label: 'system:detection' },
      }),
    );
    assert.equal(body.ground.decisionGround, 'DECISION_GROUND_INCOMPATIBLE_CONTENT');
    assert.equal(body.complainant, null);
    assert.equal(body.transparencyDatabase?.source_type, 'SOURCE_VOLUNTARY');
    assert.deepEqual(
      body.redress.map((r) => r.kind),
      ['internal_complaint', 'out_of_court_settlement', 'judicial_redress'],
    );
    assert.equal(body.facts.signals?.[0]?.matched, '1:1');
  });

  test('a reinstatement restricts nothing, is not submitted, and says whether the listing is back', () => {
    const back = renderStatement(
      statementInput({
        decision: {
          id: 'd-3',
          kind: 'reinstatement',
          subject: { type: 'notice_item', id: 'i-1' },
          previousDecisionId: 's-1',
        },
        cause: 'putback_elapsed',
        listingRestored: true,
      }),
    );
    assert.equal(back.restriction.kind, 'listing_restored');
    assert.equal(back.transparencyDatabase, null);
    assert.match(back.facts.summary, /put-back period/);
    const held = renderStatement(
      statementInput({
        decision: {
          id: 'd-4',
          kind: 'reinstatement',
          subject: { type: 'notice_item', id: 'i-1' },
          previousDecisionId: 's-1',
        },
        listingRestored: false,
      }),
    );
    assert.equal(held.restriction.kind, 'no_change');
  });

  test('a decision nobody may appeal offers no internal complaint', () => {
    const body = renderStatement(
      statementInput({
        decision: {
          id: 'd-5',
          kind: 'appeal_upheld',
          subject: { type: 'notice_item', id: 'i-1' },
          previousDecisionId: 's-1',
        },
        appealUntil: null,
      }),
    );
    assert.equal(body.restriction.kind, 'removal_kept');
    assert.equal(
      body.redress.some((r) => r.kind === 'internal_complaint'),
      false,
    );
  });
});
