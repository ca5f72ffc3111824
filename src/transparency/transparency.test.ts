import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import {
  type Parties,
  parties,
  removedItem,
  rightFor,
  sellerMarketplace,
} from '../counter-notices/test-scenario.ts';
import { EEA_STATES, renderStatement, type StatementInput } from '../decisions/index.ts';
import { batchErrors, EEA_COUNTRY_CODES, statementErrors } from './statement-store-request.schema.ts';
import { fineBucketOf, fineBucketUpperHours } from './transparency.effects.ts';
import * as reference from './transparency.reference.ts';
import { restrictingDecisionsQuery } from './transparency.repository.ts';
import { type ExportableDecision, halfYear, toStatementStoreRequest } from './transparency.ts';

function decision(overrides: Partial<ExportableDecision> = {}): ExportableDecision {
  return {
    id: '0b6f1c9e-1d2a-4c1e-9a51-5f2f3d1a0c11',
    kind: 'notice_removal',
    createdAt: new Date('2026-08-03T10:00:00Z'),
    automatedDetection: false,
    automatedDecision: 'not',
    statement: {
      restriction: { kind: 'listing_removed', territorialScope: ['DE'] },
      ground: {
        decisionGround: 'DECISION_GROUND_ILLEGAL_CONTENT',
        legalGround: 'Infringement of the trademark "ACME" under Regulation (EU) 2017/1001, Art 9.',
        explanation: 'Counterfeit handbags bearing the mark.',
        policyGround: 'The terms prohibit counterfeits.',
      },
      facts: { summary: 'The listing offers counterfeit handbags bearing the ACME mark.' },
    } as unknown as ExportableDecision['statement'],
    marketplaceJurisdiction: 'DE',
    listingCreatedAt: new Date('2026-07-30T08:00:00Z'),
    notice: { trustedFlagger: false, notifierName: 'ACME GmbH' },
    right: { type: 'trademark', patentKind: null },
    sanction: null,
    ...overrides,
  };
}

test('a notice removal maps to a valid StatementStoreRequest, without the notifier named', () => {
  const mapped = toStatementStoreRequest(decision());
  assert.ok(mapped.ok, mapped.ok ? '' : mapped.reason);
  const s = mapped.statement;
  assert.deepEqual(s.decision_visibility, ['DECISION_VISIBILITY_CONTENT_REMOVED']);
  assert.equal(s.decision_ground, 'DECISION_GROUND_ILLEGAL_CONTENT');
  assert.equal(s.category, 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS');
  assert.deepEqual(s.category_specification, ['KEYWORD_TRADEMARK_INFRINGEMENT']);
  assert.deepEqual(s.content_type, ['CONTENT_TYPE_PRODUCT']);
  assert.equal(s.source_type, 'SOURCE_ARTICLE_16');
  assert.equal(s.source_identity, undefined);
  assert.deepEqual(s.territorial_scope, ['DE']);
  assert.equal(s.content_date, '2026-07-30');
  assert.equal(s.application_date, '2026-08-03');
  assert.equal(s.automated_detection, 'No');
  assert.equal(s.automated_decision, 'AUTOMATED_DECISION_NOT_AUTOMATED');
  assert.equal(s.puid, '0b6f1c9e-1d2a-4c1e-9a51-5f2f3d1a0c11');
});

test('trusted flaggers are named; design patents, EU scope, suspensions with end dates; outside the EEA is skipped', () => {
  const flagged = toStatementStoreRequest(
    decision({
      notice: { trustedFlagger: true, notifierName: 'Anti-Counterfeiting Group' },
      right: { type: 'patent', patentKind: 'design' },
      marketplaceJurisdiction: 'EU',
    }),
  );
  assert.ok(flagged.ok);
  assert.equal(flagged.statement.source_type, 'SOURCE_TRUSTED_FLAGGER');
  assert.equal(flagged.statement.source_identity, 'Anti-Counterfeiting Group');
  assert.deepEqual(flagged.statement.category_specification, ['KEYWORD_DESIGN_INFRINGEMENT']);
  assert.equal((flagged.statement.territorial_scope as string[]).length, 27);

  const base = decision().statement;
  const suspended = toStatementStoreRequest(
    decision({
      kind: 'store_sanction',
      notice: null,
      statement: { ...base, restriction: { ...base.restriction, kind: 'account_restricted' } },
      sanction: { level: 'suspension', endsAt: new Date('2026-09-01T00:00:00Z') },
    }),
  );
  assert.ok(suspended.ok, suspended.ok ? '' : suspended.reason);
  assert.equal(suspended.statement.decision_account, 'DECISION_ACCOUNT_SUSPENDED');
  assert.equal(suspended.statement.end_date_account_restriction, '2026-09-01');
  assert.equal(suspended.statement.source_type, 'SOURCE_VOLUNTARY');
  assert.equal(suspended.statement.decision_visibility, undefined);

  const warning = toStatementStoreRequest(
    decision({
      kind: 'store_sanction',
      statement: { ...base, restriction: { ...base.restriction, kind: 'account_restricted' } },
      sanction: { level: 'warning', endsAt: null },
    }),
  );
  assert.deepEqual(warning, { ok: false, reason: 'a warning restricts nothing' });
  const us = toStatementStoreRequest(decision({ marketplaceJurisdiction: 'US' }));
  assert.equal(us.ok, false);
  assert.match(us.ok ? '' : us.reason, /outside the EEA/);
  const rejected = toStatementStoreRequest(
    decision({ statement: { ...base, restriction: { ...base.restriction, kind: 'notice_rejected' } } }),
  );
  assert.equal(rejected.ok, false);
});

test('the JSON Schema enforces the conditionals, values, formats and batch size of the specification', () => {
  const mapped = toStatementStoreRequest(decision());
  assert.ok(mapped.ok);
  const valid = mapped.statement;
  assert.deepEqual(statementErrors(valid), []);
  const without = (field: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field));
  assert.notDeepEqual(statementErrors(without('illegal_content_legal_ground')), [], 'required if illegal');
  assert.notDeepEqual(statementErrors(without('decision_visibility')), [], 'some restriction is required');
  assert.notDeepEqual(
    statementErrors({ ...valid, source_type: 'SOURCE_VOLUNTARY', source_identity: 'x' }),
    [],
  );
  assert.notDeepEqual(
    statementErrors({ ...valid, incompatible_content_ground: 'x' }),
    [],
    'excluded unless incompatible',
  );
  assert.notDeepEqual(statementErrors({ ...valid, decision_visibility: ['DECISION_VISIBILITY_OTHER'] }), []);
  assert.notDeepEqual(statementErrors({ ...valid, application_date: '2019-12-31' }), [], 'after 2020-01-01');
  assert.notDeepEqual(statementErrors({ ...valid, content_date: '2026-02-30' }), [], 'a real date');
  assert.notDeepEqual(statementErrors({ ...valid, content_date: '2026-08-03-10' }), [], 'Y-m-d');
  assert.notDeepEqual(statementErrors({ ...valid, territorial_scope: ['US'] }), [], 'EEA codes only');
  assert.notDeepEqual(statementErrors({ ...valid, puid: 'a b' }), [], 'puid characters');
  assert.notDeepEqual(statementErrors({ ...valid, content_type: ['CONTENT_TYPE_GOODS'] }), []);
  assert.notDeepEqual(statementErrors({ ...valid, decision_facts: 'x'.repeat(5001) }), [], 'max 5000');
  assert.deepEqual(statementErrors({ ...valid, decision_facts: 'x'.repeat(5000) }), []);
  assert.deepEqual(batchErrors({ statements: Array(100).fill(valid) }), []);
  assert.notDeepEqual(batchErrors({ statements: Array(101).fill(valid) }), [], 'at most 100');
  assert.notDeepEqual(batchErrors({ statements: [] }), [], 'at least 1');
});

test('the transparency record stored in each statement is a valid submission (current categories, EEA scope)', () => {
  assert.deepEqual(EEA_STATES, [...EEA_COUNTRY_CODES], "src/decisions scopes to the specification's EEA");
  const input = (
    kind: StatementInput['decision']['kind'],
    jurisdiction: string,
    noticed: boolean,
  ): StatementInput => ({
    decision: { id: `d-${kind}`, kind, subject: { type: 'listing', id: 'l-1' }, previousDecisionId: null },
    issuedAt: new Date('2026-08-03T10:00:00Z'),
    marketplace: { id: 'm-1', code: 'shop', name: 'Shop', jurisdiction },
    listing: {
      id: 'l-1',
      externalId: 'X-1',
      title: 'Bag',
      url: 'https://shop.example/X-1',
      createdAt: new Date('2026-07-30T00:00:00Z'),
    },
    store: null,
    snapshot: { id: null, sha256: 'f'.repeat(64) },
    notice: noticed
      ? {
          id: 'n-1',
          itemId: 'i-1',
          filedAt: new Date('2026-08-01T00:00:00Z'),
          infringementType: 'counterfeit',
          explanation: null,
          contact: {},
        }
      : null,
    right: noticed
      ? {
          id: 'r-1',
          type: 'patent',
          name: 'Clasp',
          ownerName: 'ACME',
          registrationNumber: null,
          office: null,
          jurisdiction: null,
          patentKind: 'design',
        }
      : null,
    complainant: noticed ? { id: 'o-1', name: 'ACME' } : null,
    filer: null,
    evidence: [],
    reasonCode: null,
    reasonText: 'Counterfeit.',
    automated: { detection: !noticed, decision: false },
    decidedBy: { kind: 'reviewer', userId: 'u-1', label: 'user:u-1' },
    appealUntil: null,
  });
  const cases = [
    input('notice_removal', 'EU', true),
    input('proactive_removal', 'NO', false),
    input('licence_restriction', 'DE', false),
    input('test_buy_violation', 'FR', false),
  ];
  for (const c of cases) {
    const record = renderStatement(c).transparencyDatabase;
    assert.ok(record, c.decision.kind);
    // The stored record keeps absent fields as null; the database wants them left out.
    const submitted = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null));
    assert.deepEqual(statementErrors(submitted), [], c.decision.kind);
  }
  assert.equal(
    renderStatement(input('notice_removal', 'US', true)).transparencyDatabase,
    null,
    'outside the EEA',
  );
});

test('half-years', () => {
  assert.deepEqual(halfYear('2026-H2'), {
    from: new Date('2026-07-01T00:00:00Z'),
    to: new Date('2027-01-01T00:00:00Z'),
  });
  assert.equal(halfYear('2026-H3'), null);
});

test('median buckets: every duration fits its bucket, within 4.4 % of the bucket bound', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 * 365 * 86_400_000 }), (ms) => {
      const b = fineBucketOf(ms);
      const hours = ms / 3_600_000;
      assert.ok(hours <= fineBucketUpperHours(b) + 1e-9, `${ms} ms above bucket ${b}`);
      if (b > 0) assert.ok(hours > fineBucketUpperHours(b - 1) - 1e-9, `${ms} ms below bucket ${b}`);
      if (hours > 1) assert.ok(fineBucketUpperHours(b) <= hours * 1.045);
    }),
  );
});

for (const driver of drivers()) {
  describe(`DSA transparency exports and report (${driver})`, () => {
    let h: Harness;
    let p: Parties;
    let de: Awaited<ReturnType<typeof sellerMarketplace>>;
    let us: Awaited<ReturnType<typeof sellerMarketplace>>;
    let removals: { itemId: string }[] = [];
    const today = new Date().toISOString().slice(0, 10);
    const period = `${today.slice(0, 4)}-H${Number(today.slice(5, 7)) <= 6 ? 1 : 2}`;

    before(async () => {
      h = await createHarness(driver);
      p = await parties(h);
      de = await sellerMarketplace(h, p, 'DE');
      us = await sellerMarketplace(h, p, 'US');
      const euMark = await rightFor(h, p, 'trademark', 'EU');
      const usMark = await rightFor(h, p, 'trademark', 'US');
      removals = [await removedItem(h, p, de, euMark), await removedItem(h, p, de, euMark)];
      await removedItem(h, p, us, usMark);
    });
    after(async () => h.close());

    test('a page of the export reads the partial index of restricting decisions (migration 0046)', async () => {
      const plan = async (marketplaceId?: string) =>
        h.platform.database.db.transaction().execute(async (trx) => {
          // A test table is tiny: without this the planner rightly reads it whole.
          await sql`set local enable_seqscan = off`.execute(trx);
          const q = restrictingDecisionsQuery({
            from: new Date('2026-01-01T00:00:00Z'),
            to: new Date('2027-01-01T00:00:00Z'),
            marketplaceId,
            after: { at: new Date('2026-03-01T00:00:00Z'), id: '0b6f1c9e-1d2a-4c1e-9a51-5f2f3d1a0c11' },
            limit: 100,
          });
          const { rows } = await sql<Record<string, string>>`explain ${q}`.execute(trx);
          return rows.map((r) => Object.values(r).join('')).join('\n');
        });
      const whole = await plan();
      assert.match(whole, /decisions_restricting_idx/);
      assert.match(whole, /store_sanctions_decision_idx/, 'the sanction is a point lookup');
      assert.match(await plan(de.id), /decisions_restricting_marketplace_idx/);
    });

    test('a batch holds every EEA removal as a valid statement and names what it skipped; NDJSON streams them', async () => {
      const res = await h.request('GET', `/v1/transparency/statements?from=${today}&to=${today}`, {
        token: p.reviewer.token,
      });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.statements.length, 2);
      assert.equal(res.body.next, null);
      for (const s of res.body.statements) assert.deepEqual(statementErrors(s), []);
      assert.deepEqual(
        res.body.statements.map((s: { territorial_scope: string[] }) => s.territorial_scope),
        [['DE'], ['DE']],
      );
      assert.equal(res.body.skipped.length, 1);
      assert.match(res.body.skipped[0].reason, /US is outside the EEA/);
      const onlyUs = await h.request(
        'GET',
        `/v1/transparency/statements?from=${today}&to=${today}&marketplaceId=${us.id}`,
        {
          token: p.reviewer.token,
        },
      );
      assert.equal(onlyUs.body.statements.length, 0);
      const lines = await h.request('GET', `/v1/transparency/statements.ndjson?from=${today}&to=${today}`, {
        token: h.adminToken,
      });
      assert.equal(lines.status, 200);
      const parsed = lines.text
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      assert.deepEqual(
        parsed.map((s) => s.puid),
        res.body.statements.map((s: { puid: string }) => s.puid),
      );
    });

    test('bad ranges, unknown marketplaces and cursors are 400 naming the field; other roles 403', async () => {
      const bad = async (query: string, pointer: string) => {
        const res = await h.request('GET', `/v1/transparency/statements?${query}`, {
          token: p.reviewer.token,
        });
        assert.equal(res.status, 400, query);
        assert.ok(JSON.stringify(res.body).includes(pointer), `${query}: ${res.text}`);
      };
      await bad('from=2026-03-02&to=2026-03-01', '/to');
      await bad('from=2025-01-01&to=2026-03-01', '/to');
      await bad(`from=${today}&to=${today}&marketplaceId=${crypto.randomUUID()}`, '/marketplaceId');
      await bad(`from=${today}&to=${today}&after=nonsense`, '/after');
      await bad(`to=${today}`, 'from');
      for (const token of [p.brand.token, p.seller.token, de.key]) {
        assert.equal(
          (await h.request('GET', `/v1/transparency/statements?from=${today}&to=${today}`, { token })).status,
          403,
        );
        assert.equal(
          (await h.request('GET', `/v1/transparency/statements.ndjson?from=${today}&to=${today}`, { token }))
            .status,
          403,
        );
        assert.equal((await h.request('GET', `/v1/transparency/reports/${period}`, { token })).status, 403);
      }
      const agent = await userIn(h, 'agent', 'agent');
      assert.equal(
        (await h.request('GET', `/v1/transparency/reports/${period}`, { token: agent.token })).status,
        403,
      );
      assert.equal(
        (await h.request('GET', '/v1/transparency/reports/2026-H3', { token: h.adminToken })).status,
        400,
      );
    });

    test('the Art 24 report counts notices, actions, complaints and automation of the half-year', async () => {
      const appeal = await h.request('POST', `/v1/items/${removals[0]!.itemId}/appeals`, {
        token: p.seller.token,
        body: { grounds: 'Genuine goods bought from the brand.' },
      });
      assert.equal(appeal.status, 201, appeal.text);
      const reversed = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: p.reviewer2.token,
        body: { result: 'reversed', reasonText: 'The seller showed the invoice.' },
      });
      assert.equal(reversed.status, 200, reversed.text);

      const res = await h.request('GET', `/v1/transparency/reports/${period}`, { token: p.reviewer.token });
      assert.equal(res.status, 200, res.text);
      const r = res.body;
      assert.deepEqual(r.noticesReceived, [
        { infringementType: 'counterfeit', trustedFlagger: false, notices: 3, items: 3 },
      ]);
      assert.equal(r.noticeActions.length, 1);
      assert.equal(r.noticeActions[0].kind, 'notice_removal');
      assert.equal(r.noticeActions[0].decisions, 3);
      assert.ok(r.noticeActions[0].medianHours >= 0 && r.noticeActions[0].medianHours < 1);
      assert.deepEqual(r.ownInitiative, []);
      assert.equal(r.complaints.length, 1);
      assert.deepEqual(
        { ...r.complaints[0], medianHours: undefined },
        { basis: 'notice_removal', received: 1, upheld: 0, reversed: 1, open: 0, medianHours: undefined },
      );
      assert.deepEqual(r.suspensions, []);
      assert.equal(r.outOfCourtDisputes.count, 0);
      const manual = r.automatedMeans.find(
        (m: { automatedDecision: string }) => m.automatedDecision === 'not',
      );
      assert.ok(manual.decisions >= 4, 'three removals and the appeal result, all by reviewers');

      const csv = await h.request('GET', `/v1/transparency/reports/${period}?format=csv`, {
        token: h.adminToken,
      });
      assert.equal(csv.status, 200);
      assert.match(String(csv.headers['content-type']), /text\/csv/);
      assert.ok(csv.text.includes(`${period},notices_received,counterfeit,notices,3`), csv.text);
      assert.ok(csv.text.includes(`${period},complaints,notice_removal,reversed,1`));
      const earlier = await h.request('GET', '/v1/transparency/reports/2020-H1', { token: h.adminToken });
      assert.deepEqual(earlier.body.noticesReceived, [], 'another half-year counts nothing of this one');
    });

    test('the counted sections equal the same figures read from every record of the half-year', async () => {
      const db = h.platform.database.db;
      const half = halfYear(period) as { from: Date; to: Date };
      const res = await h.request('GET', `/v1/transparency/reports/${period}`, { token: h.adminToken });
      assert.equal(res.status, 200, res.text);
      const [notices, actions, own, automated] = await Promise.all([
        reference.noticesReceived(db, half),
        reference.noticeActions(db, half),
        reference.ownInitiative(db, half),
        reference.automatedMeans(db, half),
      ]);
      assert.ok(notices.length > 0 && actions.length > 0 && automated.length > 0);
      assert.deepEqual(res.body.noticesReceived, notices);
      assert.deepEqual(res.body.ownInitiative, own);
      assert.deepEqual(res.body.automatedMeans, automated);
      const withoutMedian = (rows: { kind: string; decisions: number }[]) =>
        rows.map((r) => ({ kind: r.kind, decisions: r.decisions }));
      assert.deepEqual(withoutMedian(res.body.noticeActions), withoutMedian(actions));
      for (const [i, scanned] of actions.entries()) {
        const counted = res.body.noticeActions[i].medianHours as number;
        const exact = scanned.medianHours as number;
        // The bucket's upper bound: never below the median, at most 4.4 % (and rounding) above it.
        assert.ok(counted >= exact - 0.01 && counted <= exact * 1.045 + 0.01, `${counted} against ${exact}`);
      }
    });
  });
}
