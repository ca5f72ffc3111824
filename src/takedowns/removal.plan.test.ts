import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { canonicalJson } from '../audit/index.ts';
import { calendarFor, DEFAULT_CALENDARS } from '../clocks/index.ts';
import type { ClockTerms } from '../policies/index.ts';
import { planRemoval, type RemovalContext, snapshotSha256 } from './removal.plan.ts';
import { SAMPLE_EVIDENCE } from './test-fixtures.ts';

const context = (overrides: Partial<RemovalContext> = {}): RemovalContext => ({
  item_id: 'item-1',
  item_state: 'pending',
  item_evidence: SAMPLE_EVIDENCE,
  seller_org_id: 'seller-1',
  claim_user_id: null,
  claim_user_name: null,
  claim_expires_at: null,
  sla_due_at: new Date('2026-12-02T10:00:00Z'),
  notice_id: 'notice-1',
  infringement_type: 'counterfeit',
  explanation: 'Counterfeit bags',
  contact: { name: 'Claire', email: 'c@example.com' },
  notice_created_at: new Date('2026-12-01T10:00:00Z'),
  right_id: 'right-1',
  right_type: 'trademark',
  right_name: 'LUMIERE',
  right_owner_name: 'Maison Lumière SA',
  right_registration_number: 'EUTM-1',
  right_office: 'EUIPO',
  right_jurisdiction: 'EU',
  right_patent_kind: null,
  store_id: 'store-1',
  store_external_id: 's-1',
  store_name: 'Golden Dragon',
  marketplace_id: 'mkt-1',
  marketplace_code: 'demo-de',
  marketplace_name: 'Marktplatz',
  marketplace_jurisdiction: 'EU',
  principal_id: 'org-1',
  principal_name: 'Maison Lumière',
  filer_id: 'org-1',
  filer_name: 'Maison Lumière',
  listing: {
    id: 'listing-1',
    external_id: 'de-1',
    title: 'Super fake bag',
    url: 'https://mkt.example/item/de-1',
    state: 'active',
    version: 3,
    price: 19.99,
    created_at: '2026-11-30T08:00:00.123456+00:00',
  },
  has_counter_notice: false,
  ...overrides,
});

const clock: ClockTerms = {
  terms: {
    procedure: 'respond_or_restore',
    counterNoticeWindow: { unit: 'business_days', amount: 10 },
    responseWindow: { unit: 'business_days', amount: 5 },
    reviewWindow: { unit: 'business_days', amount: 3 },
  },
  calendar: calendarFor(DEFAULT_CALENDARS, 'EU'),
  appealWindowMonths: 6,
  appealReviewWindow: { unit: 'business_days', amount: 5 },
  putbackVersion: 0,
  calendarVersion: 0,
};
const decision = {
  decidedByUserId: 'user-1',
  actorLabel: 'user:user-1',
  reasonCode: 'counterfeit',
  reasonText: 'The listing offers counterfeit bags',
  automated: { detection: false, decision: false },
};
let n = 0;
const ids = () => `id-${++n}`;

describe('removal plan (pure)', () => {
  test('archives the row as read, hashed over its canonical JSON, and takes an active listing down one version up', () => {
    const plan = planRemoval(context(), decision, new Date('2026-12-01T12:00:00Z'), clock, 6, ids);
    assert.equal(plan.snapshot.json, canonicalJson(context().listing));
    assert.equal(plan.snapshot.sha256, createHash('sha256').update(plan.snapshot.json).digest('hex'));
    assert.equal(plan.snapshot.sha256, snapshotSha256(JSON.parse(plan.snapshot.json)));
    assert.equal(plan.takesListingDown, true);
    assert.equal(plan.listingVersion, 3);
    assert.equal(plan.resultingListingVersion, 4);
    const body = JSON.parse(plan.decision.row.statement);
    assert.equal(body.restriction.snapshot.sha256, plan.snapshot.sha256);
    assert.equal(plan.decision.row.statement, canonicalJson(body), 'the stored statement is canonical JSON');
    assert.equal(plan.decision.row.kind, 'notice_removal');
    assert.equal(plan.decision.row.seller_org_id, 'seller-1');
    // The appeal window comes from the policy the caller read (6 months here).
    assert.equal(plan.decision.row.appealable_until?.toISOString(), '2027-06-01T12:00:00.000Z');
    const event = plan.events[0];
    assert.equal(event?.type, 'listing.removed');
    assert.equal(event?.marketplaceId, 'mkt-1');
    assert.equal(event?.data.listing_version, 4);
    assert.equal(event?.data.statement_id, plan.decision.row.id);
    assert.equal(plan.events[1]?.type, 'decision.made');
    assert.deepEqual(
      plan.audit.map((a) => a.action),
      ['listing.removed', 'decision.made', 'deadline.scheduled'],
    );
    assert.equal(plan.deadline?.kind, 'counter_notice_window');
    assert.ok((plan.deadline?.due_at.getTime() ?? 0) > Date.parse('2026-12-14T00:00:00Z'));
  });

  test('a listing already down stays at its version and is announced again; a prior counter-notice, no new clock', () => {
    const plan = planRemoval(
      context({
        listing: { ...context().listing, state: 'removed' },
        has_counter_notice: true,
      }),
      decision,
      new Date('2026-12-01T12:00:00Z'),
      clock,
      6,
      ids,
    );
    assert.equal(plan.takesListingDown, false);
    assert.equal(plan.resultingListingVersion, 3);
    assert.equal(plan.events[0]?.data.listing_version, 3);
    assert.equal(plan.deadline, null);
    assert.deepEqual(
      plan.audit.map((a) => a.action),
      ['listing.removed', 'decision.made'],
    );
  });
});
