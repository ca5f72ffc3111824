import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import {
  checkGoodFaith,
  type GoodFaithPolicy,
  PUBLIC_GOOD_FAITH,
  SEED_GOOD_FAITH,
} from './good-faith.rules.ts';
import { writeProgramme } from './programme.repository.ts';
import { STANDING_SUBSCRIBER } from './standing.effects.ts';
import { figuresOf, holdStandingCursor, rebuildFigures } from './standing.repository.ts';
import { assess, emptyFigures, type Figures, type MonthFigures, verdictFor } from './standing.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
const f = (o: Partial<Figures>): Figures => ({ ...emptyFigures(), ...o });
const month = (
  m: string,
  figures: Partial<Figures>,
  reasonCode: MonthFigures['reasonCode'] = 'counterfeit',
) => ({
  month: m,
  reasonCode,
  figures: f(figures),
});

test("the seeds' rules: two months of volume, >= 90% conforming, <= 1.5% successful counter-notices", () => {
  const good = [
    month('2026-05', { notices: 12, items: 100, removed: 95, nonconforming: 5 }),
    month('2026-06', { notices: 10, items: 100, removed: 96, nonconforming: 4, counterNoticesSucceeded: 1 }),
  ];
  const a = assess(good, SEED_GOOD_FAITH, NOW);
  assert.deepEqual(a.window, ['2026-05', '2026-06']);
  assert.equal(a.qualifies, true, JSON.stringify(a.checks));
  assert.deepEqual(verdictFor(null, a, SEED_GOOD_FAITH, NOW).action, 'admit');

  const thin = assess([good[1]!], SEED_GOOD_FAITH, NOW);
  assert.equal(thin.qualifies, false);
  const volume = thin.checks.find((c) => c.rule === 'monthly-volume')!;
  assert.equal(volume.met, false);
  assert.match(volume.toQualify, /1 month\(s\) fall short/);
  // the same in figures, for the portal to word: one month short, none more needed this month
  assert.equal(volume.monthsShort, 1);
  assert.equal(volume.more, 0);

  const sloppy = assess(
    [
      month('2026-05', { notices: 12, removed: 80, nonconforming: 20 }),
      month('2026-06', { notices: 12, removed: 90, nonconforming: 10 }),
    ],
    SEED_GOOD_FAITH,
    NOW,
  );
  const conforming = sloppy.checks.find((c) => c.rule === 'conforming-share')!;
  assert.equal(conforming.met, false);
  assert.ok(Math.abs((conforming.actual ?? 0) - 0.85) < 1e-9);
  assert.match(conforming.toQualify, /85% .* 100 more conforming item/);
  assert.equal(conforming.more, 100);
  assert.equal(conforming.monthsShort, null);
  assert.equal(sloppy.checks.find((c) => c.rule === 'monthly-volume')?.more, null, 'met: nothing more');
  assert.equal(
    verdictFor(
      { status: 'member', basis: 'own', since: NOW, rejoinAfter: null },
      sloppy,
      SEED_GOOD_FAITH,
      NOW,
    ).action,
    'none',
    "the seeds' rules never remove automatically",
  );
});

test('the public rules: per reason code, takedown success, automatic removal, a wait to rejoin', () => {
  const rows = [
    month('2026-04', { notices: 10, removed: 50 }),
    month('2026-05', { notices: 10, removed: 50 }),
    month('2026-06', { notices: 10, removed: 50 }),
    month('2026-06', { notices: 1, removed: 4, rejectedOther: 1, counterNoticesSucceeded: 1 }, 'patent'),
  ];
  const a = assess(rows, PUBLIC_GOOD_FAITH, NOW);
  assert.equal(a.volumeMet, true);
  assert.equal(a.ratesMet, false, 'patent notices fail on their own even though the total passes');
  const failing = a.checks.filter((c) => !c.met).map((c) => `${c.rule}/${c.reasonCode}`);
  assert.deepEqual(failing.sort(), ['counter-notice-share/patent', 'takedown-success/patent']);
  assert.equal(assess(rows, { ...PUBLIC_GOOD_FAITH, perReasonCode: false }, NOW).ratesMet, true);

  const member = { status: 'member' as const, basis: 'own' as const, since: NOW, rejoinAfter: null };
  const removed = verdictFor(member, a, PUBLIC_GOOD_FAITH, NOW);
  assert.equal(removed.action, 'remove');
  assert.equal(removed.action === 'remove' && removed.rejoinAfter?.toISOString().slice(0, 10), '2026-09-15');

  const good = assess(rows.slice(0, 3), PUBLIC_GOOD_FAITH, NOW);
  const gone = {
    status: 'removed' as const,
    basis: 'own' as const,
    since: NOW,
    rejoinAfter: new Date('2026-09-15'),
  };
  assert.equal(verdictFor(gone, good, PUBLIC_GOOD_FAITH, NOW).action, 'none', 'not before the wait');
  assert.equal(verdictFor(gone, good, PUBLIC_GOOD_FAITH, new Date('2026-09-16')).action, 'admit');
});

test('a brand on trial inside an agent programme graduates when its own figures qualify, or its trial ends', () => {
  const trial = {
    status: 'member' as const,
    basis: 'trial' as const,
    since: new Date('2026-03-01'),
    rejoinAfter: null,
  };
  const empty = assess([], SEED_GOOD_FAITH, NOW);
  assert.equal(verdictFor(null, empty, SEED_GOOD_FAITH, NOW, 'agent-1').action, 'admit');
  assert.equal(verdictFor(trial, empty, SEED_GOOD_FAITH, new Date('2026-05-01')).action, 'none');
  assert.equal(verdictFor(trial, empty, SEED_GOOD_FAITH, NOW).action, 'end_trial');
  const good = assess(
    [month('2026-05', { notices: 10, removed: 10 }), month('2026-06', { notices: 10, removed: 10 })],
    SEED_GOOD_FAITH,
    NOW,
  );
  assert.equal(verdictFor(trial, good, SEED_GOOD_FAITH, NOW).action, 'graduate');
});

test('policies that contradict themselves are refused, each error naming its field and rule', () => {
  const bad: GoodFaithPolicy = {
    ...SEED_GOOD_FAITH,
    minConformingShare: 1.2,
    windowMonths: 0,
    minMonthlyNotices: -1,
    rejoinWaitMonths: 3,
    automaticRemoval: false,
  };
  const rules = checkGoodFaith(bad).map((e) => `${e.pointer} ${e.rule}`);
  for (const expected of [
    '/minConformingShare share',
    '/windowMonths positive-months',
    '/minMonthlyNotices non-negative',
    '/rejoinWaitMonths rejoin-wait-needs-automatic-removal',
  ])
    assert.ok(rules.includes(expected), `${expected} in\n${rules.join('\n')}`);
  assert.deepEqual(checkGoodFaith(SEED_GOOD_FAITH), []);
  assert.deepEqual(checkGoodFaith(PUBLIC_GOOD_FAITH), []);
});

/** A policy under which one month of a little good work admits (tests live inside one month). */
const QUICK: GoodFaithPolicy = {
  ...PUBLIC_GOOD_FAITH,
  windowMonths: 1,
  minMonthlyNotices: 2,
  perReasonCode: false,
  minTakedownSuccess: null,
  maxCounterNoticeShare: 0.5,
};

for (const driver of drivers()) {
  describe(`notifier standing (${driver})`, () => {
    let h: Harness;
    let reviewer: Awaited<ReturnType<typeof memberOf>>;
    let reviewer2: Awaited<ReturnType<typeof memberOf>>;
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    const db = () => h.platform.database.db;

    before(async () => {
      h = await createHarness(driver);
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      reviewer2 = await memberOf(h, h.operatorOrgId, 'reviewer');
      mkt = await marketplace(h, 'US');
    });
    after(async () => h.close());

    async function brandWithRight() {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const right = await verifiedRight(h, brand.token);
      return { ...brand, rightId: right.id };
    }

    async function file(token: string, rightId: string, n: number, extra: Record<string, unknown> = {}) {
      const ids = await listings(h, mkt, n);
      const res = await h.request('POST', '/v1/notices', {
        token,
        body: noticeBody(rightId, ids, await screenshot(h, token), extra),
      });
      assert.equal(res.status, 201, res.text);
      return res.body.items.map((i: { id: string }) => i.id) as string[];
    }

    async function decide(itemId: string, decision: 'remove' | 'reject', reasonCode?: string) {
      const res = await h.request('POST', `/v1/items/${itemId}/decision`, {
        token: reviewer.token,
        body:
          decision === 'remove'
            ? { decision, reasonText: 'Counterfeit goods bearing the mark.' }
            : { decision, reasonCode, reasonText: 'Not enough to go on.' },
      });
      assert.equal(res.status, 200, res.text);
    }

    async function publish(body: GoodFaithPolicy) {
      const res = await h.request('PUT', '/v1/policies/good-faith', { token: h.adminToken, body });
      assert.equal(res.status, 200, res.text);
    }

    const cells = async () =>
      (await figuresOf(db(), null, null))
        .filter((c) => Object.values(c.figures).some((v) => v !== 0))
        .map((c) => JSON.stringify(c))
        .sort();

    test('property: figures kept as outcomes land equal a recomputation from the records', async () => {
      const brand = await brandWithRight();
      const agent = await userIn(h, 'agent', 'agent');
      const granted = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId, validUntil: '2099-12-31' },
      });
      assert.equal(granted.status, 201, granted.text);
      const step = fc.record({
        by: fc.constantFrom('brand', 'agent'),
        items: fc.integer({ min: 1, max: 2 }),
        type: fc.constantFrom('counterfeit', 'trademark_misuse'),
        outcome: fc.constantFrom(
          'pending',
          'remove',
          'remove_then_withdraw',
          'withdraw',
          'insufficient_evidence',
          'not_infringing',
        ),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
          for (const s of steps) {
            const token = s.by === 'brand' ? brand.token : agent.token;
            const extra = {
              infringementType: s.type,
              ...(s.by === 'agent' ? { principalOrgId: brand.orgId } : {}),
            };
            const items = await file(token, brand.rightId, s.items, extra);
            for (const itemId of items) {
              if (s.outcome === 'remove' || s.outcome === 'remove_then_withdraw')
                await decide(itemId, 'remove');
              if (s.outcome === 'insufficient_evidence' || s.outcome === 'not_infringing')
                await decide(itemId, 'reject', s.outcome);
              if (s.outcome === 'withdraw' || s.outcome === 'remove_then_withdraw') {
                const w = await h.request('POST', `/v1/items/${itemId}/withdraw`, { token, body: {} });
                assert.equal(w.status, 200, w.text);
              }
            }
          }
          await h.platform.settle();
          const kept = await cells();
          await db()
            .transaction()
            .execute(async (trx) =>
              rebuildFigures(trx, new Date(), await holdStandingCursor(trx, STANDING_SUBSCRIBER)),
            );
          assert.deepEqual(await cells(), kept);
        }),
        { numRuns: 6 },
      );
      const agentCells = await figuresOf(db(), [agent.orgId], null);
      const brandCells = await figuresOf(db(), [brand.orgId], null);
      const sum = (cs: typeof agentCells) => cs.reduce((s, c) => s + c.figures.notices, 0);
      assert.ok(
        sum(brandCells) >= sum(agentCells),
        'every filing counts for the brand, the agent only its own',
      );
    });

    test('admitted by its figures as they land, removed when they fail, appeals and is re-admitted', async () => {
      await publish(QUICK);
      const brand = await brandWithRight();
      for (let i = 0; i < 2; i++)
        for (const itemId of await file(brand.token, brand.rightId, 1)) await decide(itemId, 'remove');
      let standing = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.equal(standing.status, 200, standing.text);
      assert.equal(standing.body.programme.status, 'member', JSON.stringify(standing.body.checks));
      assert.equal(standing.body.totals.notices, 2);
      assert.equal(standing.body.totals.removed, 2);
      const admission = standing.body.history[0];
      assert.equal(admission.kind, 'notifier_admission');
      const statement = await h.request('GET', admission.statementPath, { token: brand.token });
      assert.equal(statement.status, 200, statement.text);
      assert.match(statement.body.body.reason.text, /conforming share 100%/);
      assert.match(statement.body.body.reason.text, /Good Faith Program policy version \d+/);
      const told = await h.request('GET', '/v1/notifications', { token: brand.token });
      assert.ok(told.body.items.some((n: { kind: string }) => n.kind === 'notifier.standing_changed'));

      // Non-conforming notices drag the share below 90%: removal is automatic under these rules.
      for (const itemId of await file(brand.token, brand.rightId, 2))
        await decide(itemId, 'reject', 'insufficient_evidence');
      standing = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.equal(standing.body.programme.status, 'removed');
      assert.ok(standing.body.programme.rejoinAfter, 'a wait to rejoin');
      assert.equal(standing.body.totals.nonconforming, 2);
      const conforming = standing.body.checks.find((c: { rule: string }) => c.rule === 'conforming-share');
      assert.equal(conforming.met, false);
      assert.ok(standing.body.toQualify.length > 0);
      const removal = standing.body.history[0];
      assert.equal(removal.kind, 'notifier_removal');
      assert.match(
        removal.reasonText,
        /66\.7% of decided items and refused notices conformed/,
        'removed as soon as the figures fail',
      );
      assert.match(removal.reasonText, /Rule: Good Faith Program policy version \d+: over 1 month/);

      const foreign = await userIn(h, 'brand', 'rights_holder');
      const refused = await h.request('POST', `/v1/decisions/${removal.decisionId}/appeals`, {
        token: foreign.token,
        body: { grounds: 'Not ours.' },
      });
      assert.equal(refused.status, 404, refused.text);
      const appeal = await h.request('POST', `/v1/decisions/${removal.decisionId}/appeals`, {
        token: brand.token,
        body: {
          grounds: 'The two rejected notices were filed by a former employee without our evidence pack.',
        },
      });
      assert.equal(appeal.status, 201, appeal.text);
      const granted = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: reviewer2.token,
        body: { result: 'reversed', reasonText: 'A one-off; the record before was clean.' },
      });
      assert.equal(granted.status, 200, granted.text);
      standing = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.equal(standing.body.programme.status, 'member');
      assert.equal(standing.body.programme.rejoinAfter, null);
      assert.equal(standing.body.history[0].kind, 'appeal_reversed');
      await publish(SEED_GOOD_FAITH);
    });

    test('a rejection the notifier wins on appeal counts as a removal, not against it', async () => {
      const brand = await brandWithRight();
      const [itemId] = await file(brand.token, brand.rightId, 1);
      await decide(itemId!, 'reject', 'insufficient_evidence');
      const found = await h.request('GET', `/v1/decisions?itemId=${itemId}&kind=notice_rejection`, {
        token: brand.token,
      });
      assert.equal(found.status, 200, found.text);
      const rejectionId = found.body.items[0]?.id;
      assert.ok(rejectionId, found.text);
      let standing = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.equal(standing.body.totals.nonconforming, 1);
      const appeal = await h.request('POST', `/v1/decisions/${rejectionId}/appeals`, {
        token: brand.token,
        body: { grounds: 'The test-buy report was attached; the reviewer missed it.' },
      });
      assert.equal(appeal.status, 201, appeal.text);
      const granted = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: reviewer2.token,
        body: { result: 'reversed', reasonText: 'The evidence was there; the listing is removed.' },
      });
      assert.equal(granted.status, 200, granted.text);
      standing = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.deepEqual(
        { nonconforming: standing.body.totals.nonconforming, removed: standing.body.totals.removed },
        { nonconforming: 0, removed: 1 },
      );
      const before = await cells();
      const rebuilt = await h.request('POST', '/v1/notifiers/standing/rebuild', { token: h.adminToken });
      assert.equal(rebuilt.status, 200, rebuilt.text);
      assert.deepEqual(await cells(), before, 'the recomputation agrees');
    });

    test('a notice refused at intake for the submission rules counts against conformance; nothing of the notice is stored', async () => {
      const brand = await brandWithRight();
      const [kept] = await file(brand.token, brand.rightId, 1);
      await decide(kept!, 'remove');
      const ids = await listings(h, mkt, 2);
      const bare = noticeBody(brand.rightId, ids, {});
      bare.items = ids.map((listingId) => ({ listingId, evidence: [] })) as never;
      const refused = await h.request('POST', '/v1/notices', { token: brand.token, body: bare });
      assert.equal(refused.status, 400, refused.text);
      assert.equal(refused.body.errors[0].rule, 'evidence-required');
      assert.equal(
        (await db().selectFrom('notice_items').select('id').where('listing_id', 'in', ids).execute()).length,
        0,
        'nothing of the notice is stored',
      );
      // A reference to a listing that does not exist is not a submission rule: not counted.
      const unknown = noticeBody(
        brand.rightId,
        ['01900000-0000-7000-8000-000000000000'],
        await screenshot(h, brand.token),
      );
      assert.equal(
        (await h.request('POST', '/v1/notices', { token: brand.token, body: unknown })).status,
        400,
      );
      const standing = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, {
        token: brand.token,
      });
      assert.equal(standing.status, 200, standing.text);
      assert.equal(standing.body.totals.intakeRefused, 1);
      assert.equal(standing.body.totals.removed, 1);
      assert.equal(standing.body.rates.conformingShare, 0.5, 'one conforming item, one refused notice');
      const before = await cells();
      const rebuilt = await h.request('POST', '/v1/notifiers/standing/rebuild', { token: h.adminToken });
      assert.equal(rebuilt.status, 200, rebuilt.text);
      assert.deepEqual(await cells(), before, 'the recomputation counts the refusal too');
    });

    test('a member agent brings the brands it files for into the programme on trial', async () => {
      const brand = await brandWithRight();
      const agent = await userIn(h, 'agent', 'agent');
      await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId, validUntil: '2099-12-31' },
      });
      await writeProgramme(db(), {
        org_id: agent.orgId,
        status: 'member',
        basis: 'own',
        via_agent_org_id: null,
        since: new Date(),
        rejoin_after: null,
        decision_id: null,
        policy_version: 1,
        updated_at: new Date(),
      });
      await file(agent.token, brand.rightId, 1, { principalOrgId: brand.orgId });
      const seen = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: agent.token });
      assert.equal(seen.status, 200, seen.text);
      assert.equal(seen.body.programme.status, 'member');
      assert.equal(seen.body.programme.basis, 'trial');
      assert.equal(seen.body.programme.viaAgentOrgId, agent.orgId);
      assert.equal(seen.body.totals.notices, 1, 'the filing counts for the brand');
      const own = await h.request('GET', `/v1/notifiers/${agent.orgId}/standing`, { token: agent.token });
      assert.equal(own.body.totals.notices, 1, 'and for the agent');

      // The trial runs out (seed rules: three months) without the brand's own figures qualifying.
      await fireDueDeadlines(db(), new Date(Date.now() + 100 * 86_400_000));
      const ended = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.equal(ended.body.programme.status, 'removed');
      assert.equal(ended.body.programme.rejoinAfter, null, 'it may join on its own figures at once');
      assert.equal(ended.body.history[0].kind, 'notifier_removal');
      assert.equal(ended.body.history[0].reasonCode, 'good_faith_trial_ended');
      await file(agent.token, brand.rightId, 1, { principalOrgId: brand.orgId });
      const again = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
      assert.equal(again.body.programme.status, 'removed', 'one trial per brand');
    });

    test('who sees what: the notifier and staff read standing, others 404; the list is staff only; preview is for admins', async () => {
      const brand = await brandWithRight();
      await file(brand.token, brand.rightId, 1);
      const other = await userIn(h, 'brand', 'rights_holder');
      const seller = await userIn(h, 'seller', 'seller');
      assert.equal(
        (await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: other.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: seller.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: reviewer.token })).status,
        200,
      );
      assert.equal((await h.request('GET', '/v1/notifiers', { token: brand.token })).status, 403);
      const list = await h.request('GET', '/v1/notifiers?sort=notices&order=desc&limit=2', {
        token: reviewer.token,
      });
      assert.equal(list.status, 200, list.text);
      assert.equal(list.body.items.length, 2);
      assert.ok(list.body.total >= 3);
      assert.ok(list.body.items[0].totals.notices >= list.body.items[1].totals.notices);

      const presets = await h.request('GET', '/v1/policies/good-faith/presets', { token: brand.token });
      assert.deepEqual(
        presets.body.items.map((p: { name: string }) => p.name),
        ['seed-rules', 'public-rules'],
      );
      assert.equal(
        (await h.request('POST', '/v1/policies/good-faith/preview', { token: reviewer.token, body: QUICK }))
          .status,
        403,
      );
      const versions = await db()
        .selectFrom('policies')
        .select('version')
        .where('key', '=', 'good-faith')
        .execute();
      const bad = await h.request('POST', '/v1/policies/good-faith/preview', {
        token: h.adminToken,
        body: { ...QUICK, automaticRemoval: false, rejoinWaitMonths: 2 },
      });
      assert.equal(bad.status, 400, bad.text);
      assert.equal(bad.body.errors[0].rule, 'rejoin-wait-needs-automatic-removal');
      const badPut = await h.request('PUT', '/v1/policies/good-faith', {
        token: h.adminToken,
        body: { ...QUICK, minConformingShare: 1.5 },
      });
      assert.equal(badPut.status, 400, badPut.text);
      assert.equal(badPut.body.errors[0].pointer, '/minConformingShare');
      assert.equal(
        (await db().selectFrom('policies').select('version').where('key', '=', 'good-faith').execute())
          .length,
        versions.length,
        'nothing stored on refusal',
      );
      const preview = await h.request('POST', '/v1/policies/good-faith/preview', {
        token: h.adminToken,
        body: { ...QUICK, minMonthlyNotices: 1 },
      });
      assert.equal(preview.status, 200, preview.text);
      const row = preview.body.items.find((i: { orgId: string }) => i.orgId === brand.orgId);
      assert.equal(row.change, 'stays_out', 'one notice, nothing decided yet: the rates are not met');
      assert.equal(
        (await h.request('POST', '/v1/notifiers/standing/rebuild', { token: reviewer.token })).status,
        403,
      );
      const rebuilt = await h.request('POST', '/v1/notifiers/standing/rebuild', { token: h.adminToken });
      assert.equal(rebuilt.status, 200, rebuilt.text);
    });
  });
}
