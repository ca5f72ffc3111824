import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { addMonthsUtc } from '../clocks/index.ts';
import {
  attemptOutcome,
  BASE_RETRY_DELAY_MS,
  MAX_ATTEMPTS,
  MAX_RETRY_DELAY_MS,
  nextRetryDelayMs,
  parseSignatureHeader,
  signatureHeader,
  verifySignatureHeader,
} from '../webhooks/webhook.ts';
import {
  automatedDecision,
  buildStatement,
  EU_MEMBER_STATES,
  legalGround,
  type StatementInput,
  territorialScope,
} from './statement.ts';
import { SAMPLE_EVIDENCE } from './test-fixtures.ts';

describe('webhook signature', () => {
  test('header is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">, checked with node:crypto directly', () => {
    const secret = 'whsec_test';
    const body = '{"id":"e1","type":"listing.removed"}';
    const header = signatureHeader(secret, 1_700_000_000, body);
    const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
    assert.ok(match, header);
    assert.equal(match[1], '1700000000');
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    assert.equal(match[2], expected);
  });

  test('verification accepts the genuine header and refuses a changed body, a wrong secret or a stale timestamp', () => {
    const body = '{"a":1}';
    const header = signatureHeader('s1', 1000, body);
    assert.equal(verifySignatureHeader('s1', header, body, 1000), true);
    assert.equal(verifySignatureHeader('s1', header, '{"a":2}', 1000), false);
    assert.equal(verifySignatureHeader('s2', header, body, 1000), false);
    assert.equal(verifySignatureHeader('s1', header, body, 1000 + 301), false);
    assert.equal(parseSignatureHeader('garbage'), null);
    assert.equal(parseSignatureHeader('t=12'), null);
  });
});

describe('retry backoff', () => {
  test('doubles from 10 s, never below half the step, capped at one hour', () => {
    assert.equal(
      nextRetryDelayMs(1, () => 0),
      BASE_RETRY_DELAY_MS / 2,
    );
    assert.equal(
      nextRetryDelayMs(1, () => 1),
      BASE_RETRY_DELAY_MS,
    );
    assert.equal(
      nextRetryDelayMs(2, () => 1),
      2 * BASE_RETRY_DELAY_MS,
    );
    assert.equal(
      nextRetryDelayMs(4, () => 1),
      8 * BASE_RETRY_DELAY_MS,
    );
    assert.equal(
      nextRetryDelayMs(30, () => 1),
      MAX_RETRY_DELAY_MS,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const step = Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** (attempt - 1));
          const delay = nextRetryDelayMs(attempt, () => r);
          return delay >= step / 2 - 1 && delay <= step && delay <= MAX_RETRY_DELAY_MS;
        },
      ),
    );
  });

  test('2xx delivers; other answers retry later until the last attempt fails the delivery', () => {
    const now = new Date('2025-01-01T00:00:00Z');
    assert.deepEqual(attemptOutcome(204, 1, now), { status: 'delivered' });
    const retry = attemptOutcome(500, 1, now, () => 0.5);
    assert.equal(retry.status, 'pending');
    assert.ok(retry.status === 'pending' && retry.nextAttemptAt.getTime() > now.getTime());
    assert.equal(attemptOutcome(null, MAX_ATTEMPTS - 1, now).status, 'pending');
    assert.deepEqual(attemptOutcome(null, MAX_ATTEMPTS, now), { status: 'failed' });
    assert.equal(attemptOutcome(302, 1, now).status, 'pending');
  });
});

function statementInput(overrides: Partial<StatementInput> = {}): StatementInput {
  return {
    statementId: 's-1',
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
    decidedByUserId: 'u-1',
    actorLabel: 'user:u-1',
    ...overrides,
  };
}

describe('statement of reasons', () => {
  test('carries every DSA Art 17 element and the transparency-database fields', () => {
    const body = buildStatement(statementInput());
    assert.equal(body.restriction.kind, 'listing_removed');
    assert.deepEqual(body.restriction.territorialScope, [...EU_MEMBER_STATES]);
    assert.equal(body.transparencyDatabase.countries_list.length, 27);
    assert.equal(body.transparencyDatabase.decision_ground, 'DECISION_GROUND_ILLEGAL_CONTENT');
    assert.deepEqual(body.transparencyDatabase.decision_visibility, ['DECISION_VISIBILITY_CONTENT_REMOVED']);
    assert.equal(
      body.transparencyDatabase.category,
      'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    );
    assert.deepEqual(body.transparencyDatabase.category_specification, ['KEYWORD_TRADEMARK_INFRINGEMENT']);
    assert.equal(body.transparencyDatabase.automated_detection, 'Yes');
    assert.equal(body.transparencyDatabase.automated_decision, 'AUTOMATED_DECISION_NOT_AUTOMATED');
    assert.equal(body.transparencyDatabase.puid, 'X1');
    assert.match(body.ground.legalGround, /Regulation \(EU\) 2017\/1001/);
    assert.match(body.ground.legalGround, /018001, EUIPO/);
    assert.match(body.facts.summary, /Acme Corp \(filed by its agent Brand Protectors LLP\)/);
    assert.deepEqual(body.complainant.filedBy, { id: 'o-agent', name: 'Brand Protectors LLP' });
    assert.deepEqual(body.complainant.contact, { name: 'Jane', email: 'j@acme.example' });
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

  test('US copyright cites the DMCA; automation is reported per Art 17(3)(c)', () => {
    const body = buildStatement(
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
        decidedByUserId: null,
      }),
    );
    assert.match(body.ground.legalGround, /17 U\.S\.C\. § 512\(c\)/);
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
