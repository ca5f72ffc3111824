import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  listings,
  marketplace,
  noticeBody,
  screenshot,
  uploadDocument,
  verifiedRight,
} from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import { checkExpeditedPolicy, type ExpeditedPathPolicy, requiredEvidenceFor } from './expedite.policy.ts';
import { termsOf } from './expedite.ts';
import { writeProgramme } from './index.ts';

const DEFAULT: ExpeditedPathPolicy = {
  default: { path: 'priority', slaHours: 4 },
  marketplaces: {},
  requiredEvidence: ['any'],
  optionalEvidence: ['any'],
  sellerSeesLetterDocument: false,
};

test('the evidence burden: members leave out what policy makes optional, others carry all of it', () => {
  assert.deepEqual(requiredEvidenceFor(DEFAULT, false), ['any']);
  assert.deepEqual(requiredEvidenceFor(DEFAULT, true), []);
  const strict = {
    ...DEFAULT,
    requiredEvidence: ['any', 'test_buy_report'],
    optionalEvidence: ['test_buy_report'],
  };
  assert.deepEqual(requiredEvidenceFor(strict as ExpeditedPathPolicy, true), ['any']);
  assert.deepEqual(requiredEvidenceFor(strict as ExpeditedPathPolicy, false), ['any', 'test_buy_report']);
});

test('the path: good faith takes the marketplace path, a trusted flagger priority, others none', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const terms = termsOf(3, { ...DEFAULT, marketplaces: { m1: { path: 'provisional', slaHours: 2 } } });
  assert.deepEqual(terms.pathOf('m1', { goodFaith: true, trustedFlagger: false }, now), {
    path: 'provisional',
    dueAt: new Date('2026-03-01T02:00:00Z'),
  });
  assert.equal(terms.pathOf('m1', { goodFaith: false, trustedFlagger: true }, now)?.path, 'priority');
  assert.equal(terms.pathOf('m2', { goodFaith: true, trustedFlagger: false }, now)?.path, 'priority');
  assert.equal(terms.pathOf('m2', { goodFaith: false, trustedFlagger: false }, now), null);
});

test('policy rules: a positive SLA, optional kinds only among required ones, no repeats', () => {
  const rules = checkExpeditedPolicy({
    ...DEFAULT,
    default: { path: 'priority', slaHours: 0 },
    marketplaces: { x: { path: 'provisional', slaHours: -1 } },
    requiredEvidence: ['any', 'any'],
    optionalEvidence: ['screenshot'],
  }).map((e) => `${e.pointer} ${e.rule}`);
  assert.deepEqual(rules.sort(), [
    '/default/slaHours positive-sla',
    '/marketplaces/x/slaHours positive-sla',
    '/optionalEvidence/0 optional-is-required',
    '/requiredEvidence unique',
  ]);
  assert.deepEqual(checkExpeditedPolicy(DEFAULT), []);
});

for (const driver of drivers()) {
  describe(`good faith path (${driver})`, () => {
    let h: Harness;
    let reviewer: { token: string; userId: string };
    const db = () => h.platform.database.db;
    const member = async (orgId: string) =>
      writeProgramme(db(), {
        org_id: orgId,
        status: 'member',
        basis: 'own',
        via_agent_org_id: null,
        since: new Date(),
        rejoin_after: null,
        decision_id: null,
        policy_version: 1,
        updated_at: new Date(),
      });

    before(async () => {
      h = await createHarness(driver);
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
    });
    after(async () => h.close());

    async function setPolicy(body: ExpeditedPathPolicy) {
      const res = await h.request('PUT', '/v1/policies/expedited-path', { token: h.adminToken, body });
      assert.equal(res.status, 200, res.text);
      return res.body;
    }

    test('the policy: bad input refused naming the rule, nothing stored; only operator admins write it', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const before = await h.request('GET', '/v1/policies/expedited-path', { token: brand.token });
      assert.equal(before.status, 200, 'every signed-in party reads it');
      const bad = await h.request('PUT', '/v1/policies/expedited-path', {
        token: h.adminToken,
        body: { ...DEFAULT, default: { path: 'priority', slaHours: -2 } },
      });
      assert.equal(bad.status, 400, bad.text);
      assert.equal(bad.body.errors[0].rule, 'positive-sla');
      const unknown = await h.request('PUT', '/v1/policies/expedited-path', {
        token: h.adminToken,
        body: {
          ...DEFAULT,
          marketplaces: { '01900000-0000-7000-8000-000000000000': { path: 'provisional', slaHours: 2 } },
        },
      });
      assert.equal(unknown.status, 400, unknown.text);
      assert.equal(unknown.body.errors[0].rule, 'marketplace-known');
      assert.equal(unknown.body.errors[0].pointer, '/marketplaces/01900000-0000-7000-8000-000000000000');
      const refused = await h.request('PUT', '/v1/policies/expedited-path', {
        token: reviewer.token,
        body: DEFAULT,
      });
      assert.equal(refused.status, 403);
      const refusedBrand = await h.request('PUT', '/v1/policies/expedited-path', {
        token: brand.token,
        body: DEFAULT,
      });
      assert.equal(refusedBrand.status, 403);
      const after = await h.request('GET', '/v1/policies/expedited-path', { token: brand.token });
      assert.equal(after.body.version, before.body.version, 'nothing stored');
    });

    test('policies that contradict each other: an expedited SLA no shorter than ordinary review is refused, from either side', async () => {
      const slow = await h.request('PUT', '/v1/policies/expedited-path', {
        token: h.adminToken,
        body: { ...DEFAULT, default: { path: 'priority', slaHours: 24 } },
      });
      assert.equal(slow.status, 400, slow.text);
      assert.deepEqual(
        slow.body.errors.map((e: { pointer: string; rule: string }) => [e.pointer, e.rule]),
        [['/default/slaHours', 'shorter-than-review-sla']],
      );
      const review = await h.request('GET', '/v1/policies/review-sla', { token: h.adminToken });
      const hours = { ...review.body.body.hours, copyright: 3 };
      const fast = await h.request('PUT', '/v1/policies/review-sla', {
        token: h.adminToken,
        body: { ...review.body.body, hours },
      });
      assert.equal(fast.status, 400, fast.text);
      assert.equal(fast.body.errors[0].pointer, '/hours/copyright');
      assert.equal(fast.body.errors[0].rule, 'longer-than-expedited-sla');
      const unchanged = await h.request('GET', '/v1/policies/review-sla', { token: h.adminToken });
      assert.equal(unchanged.body.version, review.body.version, 'nothing stored');
    });

    test('priority: a member files without evidence, its items get the short SLA and come first in the queue', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const other = await userIn(h, 'brand', 'rights_holder');
      const mkt = await marketplace(h, 'US');
      const [right, otherRight] = [await verifiedRight(h, brand.token), await verifiedRight(h, other.token)];
      await setPolicy({ ...DEFAULT, default: { path: 'priority', slaHours: 3 } });
      const ids = await listings(h, mkt, 3);
      // A non-member without evidence is refused naming the rule; nothing stored.
      const bare = noticeBody(right.id, [ids[0]!], {});
      bare.items = [{ listingId: ids[0]!, evidence: [] } as never];
      const refused = await h.request('POST', '/v1/notices', { token: brand.token, body: bare });
      assert.equal(refused.status, 400, refused.text);
      assert.deepEqual(
        refused.body.errors.map((e: { pointer: string; rule: string }) => `${e.pointer} ${e.rule}`),
        ['/items/0/evidence evidence-required'],
      );
      assert.equal(
        (await db().selectFrom('notice_items').select('id').where('listing_id', '=', ids[0]!).execute())
          .length,
        0,
      );
      // An ordinary notice filed first, then the member's: the member's comes first in the queue.
      const ordinary = await h.request('POST', '/v1/notices', {
        token: other.token,
        body: noticeBody(otherRight.id, [ids[1]!], await screenshot(h, other.token)),
      });
      assert.equal(ordinary.status, 201, ordinary.text);
      assert.equal(ordinary.body.goodFaith, false);
      assert.equal(ordinary.body.items[0].expedited, null);
      // The same through CSV: a file without evidence columns is refused at its line for a non-member.
      const csv = (rightId: string) =>
        h.request(
          'POST',
          `/v1/notices/csv?rightId=${rightId}&infringementType=counterfeit&contactName=Jane&contactEmail=legal%40brand.example&goodFaith=true&accuracy=true&authority=true`,
          {
            token: brand.token,
            payload: Buffer.from(`listing_id\n${ids[2]}\n`),
            headers: { 'content-type': 'text/csv' },
          },
        );
      const refusedCsv = await csv(right.id);
      assert.equal(refusedCsv.status, 400, refusedCsv.text);
      assert.deepEqual(
        refusedCsv.body.errors.map((e: { pointer: string; rule: string }) => `${e.pointer} ${e.rule}`),
        ['/csv/line/2/evidence_sha256 evidence-required'],
      );
      await member(brand.orgId);
      const filedCsv = await csv(right.id);
      assert.equal(filedCsv.status, 201, filedCsv.text);
      assert.equal(filedCsv.body.goodFaith, true);
      const filedAt = Date.now();
      const filed = await h.request('POST', '/v1/notices', { token: brand.token, body: bare });
      assert.equal(filed.status, 201, filed.text);
      assert.equal(filed.body.goodFaith, true);
      assert.equal(filed.body.viaOrgId, brand.orgId);
      const item = filed.body.items[0];
      assert.equal(item.expedited, 'priority');
      const slaMs = Date.parse(item.slaDueAt) - filedAt;
      assert.ok(slaMs > 2.9 * 3_600_000 && slaMs < 3.1 * 3_600_000, `3 h SLA, got ${slaMs} ms`);
      const queue = await h.request('GET', '/v1/review/queue?limit=500', { token: reviewer.token });
      assert.equal(queue.status, 200, queue.text);
      const order = queue.body.items.map((e: { itemId: string }) => e.itemId);
      assert.ok(order.indexOf(item.id) < order.indexOf(ordinary.body.items[0].id), 'priority first');
      const entry = queue.body.items.find((e: { itemId: string }) => e.itemId === item.id);
      assert.deepEqual(
        { priority: entry.priority, goodFaith: entry.goodFaith, expedited: entry.expedited },
        { priority: true, goodFaith: true, expedited: 'priority' },
      );
    });

    test('provisional: down at filing with its webhook, then confirmed; another reversed, reinstated and counted', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const seller = await userIn(h, 'seller', 'seller');
      const mkt = await marketplace(h, 'US', 'https://marketplace.example/hook');
      const right = await verifiedRight(h, brand.token);
      await member(brand.orgId);
      await setPolicy({ ...DEFAULT, marketplaces: { [mkt.id]: { path: 'provisional', slaHours: 2 } } });
      const ids = await listings(h, mkt, 2);
      const store = await db()
        .selectFrom('listings')
        .select('store_id')
        .where('id', '=', ids[0]!)
        .executeTakeFirstOrThrow();
      const linked = await h.request('PATCH', `/v1/stores/${store.store_id}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      assert.equal(linked.status, 200, linked.text);
      const filed = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, await screenshot(h, brand.token)),
      });
      assert.equal(filed.status, 201, filed.text);
      const [a, b] = filed.body.items.map((i: { id: string }) => i.id) as [string, string];
      const removed = await db()
        .selectFrom('listings')
        .select(['id', 'state'])
        .where('id', 'in', ids)
        .execute();
      assert.deepEqual(
        removed.map((l) => l.state),
        ['removed', 'removed'],
      );
      const hooks = await db()
        .selectFrom('webhook_deliveries')
        .select(['payload'])
        .where('marketplace_id', '=', mkt.id)
        .where('event_type', '=', 'listing.removed')
        .execute();
      assert.equal(hooks.length, 2, 'the marketplace is told at once');
      const removal = await db()
        .selectFrom('decisions')
        .selectAll()
        .where('item_id', '=', a)
        .where('kind', '=', 'notice_removal')
        .executeTakeFirstOrThrow();
      assert.equal(removal.automated_decision, 'fully');
      assert.match(removal.reason_text, /provisionally/);
      // The seller sees the item, provisional, and a counter-notice clock runs.
      const seen = await h.request('GET', `/v1/items/${a}`, { token: seller.token });
      assert.equal(seen.status, 200, seen.text);
      assert.equal(seen.body.provisional.status, 'awaiting');
      assert.equal(seen.body.notice.goodFaith, true);
      const windows = await db()
        .selectFrom('deadlines')
        .select('kind')
        .where('item_id', '=', a)
        .where('kind', '=', 'counter_notice_window')
        .execute();
      assert.equal(windows.length, 1, "the seller's counter-notice clock runs");
      // The reviewer queue shows both as "confirm provisional takedown".
      const queue = await h.request('GET', '/v1/review/queue?kind=provisional&limit=500', {
        token: reviewer.token,
      });
      const mine = queue.body.items.filter((e: { itemId: string }) => e.itemId === a || e.itemId === b);
      assert.equal(mine.length, 2);
      assert.ok(
        mine.every((e: { kind: string; priority: boolean }) => e.kind === 'provisional' && e.priority),
      );
      // Only reviewers decide; another role is refused, the seller too.
      const sellerTry = await h.request('POST', `/v1/items/${a}/provisional-decision`, {
        token: seller.token,
        body: { decision: 'reverse', reasonText: 'no' },
      });
      assert.equal(sellerTry.status, 403);
      const confirm = await h.request('POST', `/v1/items/${a}/provisional-decision`, {
        token: reviewer.token,
        body: { decision: 'confirm', reasonText: 'The listing shows the counterfeit mark.' },
      });
      assert.equal(confirm.status, 200, confirm.text);
      assert.equal(confirm.body.status, 'confirmed');
      const again = await h.request('POST', `/v1/items/${a}/provisional-decision`, {
        token: reviewer.token,
        body: { decision: 'reverse', reasonText: 'Changed my mind.' },
      });
      assert.equal(again.status, 409, again.text);
      const reverse = await h.request('POST', `/v1/items/${b}/provisional-decision`, {
        token: reviewer.token,
        body: { decision: 'reverse', reasonText: 'The photos show genuine goods.' },
      });
      assert.equal(reverse.status, 200, reverse.text);
      const listingB = await db()
        .selectFrom('listings')
        .select('state')
        .where('id', '=', ids[1]!)
        .executeTakeFirstOrThrow();
      assert.equal(listingB.state, 'active');
      const reinstated = await db()
        .selectFrom('webhook_deliveries')
        .select('payload')
        .where('marketplace_id', '=', mkt.id)
        .where('event_type', '=', 'listing.reinstated')
        .execute();
      assert.equal(reinstated.length, 1);
      const outcomes = await db()
        .selectFrom('outcomes')
        .select(['item_id', 'kind', 'reason_code', 'principal_org_id'])
        .where('item_id', 'in', [a, b])
        .orderBy('reason_code')
        .execute();
      assert.deepEqual(outcomes, [
        { item_id: a, kind: 'upheld', reason_code: 'provisional_confirmed', principal_org_id: brand.orgId },
        {
          item_id: b,
          kind: 'reinstated',
          reason_code: 'provisional_reversed',
          principal_org_id: brand.orgId,
        },
      ]);
      const clocks = await db()
        .selectFrom('deadlines')
        .select(['kind', 'cancelled_at'])
        .where('item_id', 'in', [a, b])
        .where('kind', '=', 'provisional_review')
        .execute();
      assert.ok(
        clocks.every((c) => c.cancelled_at !== null),
        'the confirm-or-reverse clock stops',
      );

      // The reversal counts against the notifier: a removal that did not stand, in its standing
      // (kept by the event subscriber, and the same after a recomputation from the records).
      const standing = async () => {
        const res = await h.request('GET', `/v1/notifiers/${brand.orgId}/standing`, { token: brand.token });
        assert.equal(res.status, 200, res.text);
        return res.body.totals as { removed: number; provisionalReversals: number };
      };
      const kept = await standing();
      assert.equal(kept.removed, 2);
      assert.equal(kept.provisionalReversals, 1);
      const rebuilt = await h.request('POST', '/v1/notifiers/standing/rebuild', { token: h.adminToken });
      assert.equal(rebuilt.status, 200, rebuilt.text);
      assert.deepEqual(await standing(), kept);
    });

    test('provisional past its SLA unreviewed: stays down and escalates to the supervisor', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const mkt = await marketplace(h, 'US');
      const right = await verifiedRight(h, brand.token);
      await member(brand.orgId);
      await setPolicy({ ...DEFAULT, marketplaces: { [mkt.id]: { path: 'provisional', slaHours: 1 } } });
      const ids = await listings(h, mkt, 1);
      const filed = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, await screenshot(h, brand.token)),
      });
      const itemId = filed.body.items[0].id;
      await fireDueDeadlines(db(), new Date(Date.now() + 2 * 3_600_000));
      const clock = await db()
        .selectFrom('deadlines')
        .select(['result'])
        .where('item_id', '=', itemId)
        .where('kind', '=', 'provisional_review')
        .executeTakeFirstOrThrow();
      assert.equal(clock.result, 'escalated');
      const listing = await db()
        .selectFrom('listings')
        .select('state')
        .where('id', '=', ids[0]!)
        .executeTakeFirstOrThrow();
      assert.equal(listing.state, 'removed');
    });

    test('letters: scope enforced at intake (nothing stored), the seller sees the letter; vetting and trusted flaggers', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const agent = await userIn(h, 'agent', 'agent');
      const seller = await userIn(h, 'seller', 'seller');
      const [m1, m2] = [await marketplace(h, 'US'), await marketplace(h, 'US')];
      const [r1, r2] = [await verifiedRight(h, brand.token), await verifiedRight(h, brand.token)];
      await setPolicy(DEFAULT);
      const letterDoc = await uploadDocument(h, brand.token, 'letter of authorization', 'application/pdf');
      // A scope naming another brand's right or an unknown marketplace is refused.
      const badScope = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId, rightIds: ['01900000-0000-7000-8000-000000000000'] },
      });
      assert.equal(badScope.status, 400, badScope.text);
      assert.equal(badScope.body.errors[0].rule, 'right-of-brand');
      const granted = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: {
          agentOrgId: agent.orgId,
          authorizationSha256: letterDoc,
          validUntil: '2099-12-31',
          rightIds: [r1.id],
          marketplaceIds: [m1.id],
        },
      });
      assert.equal(granted.status, 201, granted.text);
      assert.deepEqual(granted.body.rightIds, [r1.id]);
      // Operator vets the agent (others refused), audited.
      const notAdmin = await h.request('PUT', `/v1/organisations/${agent.orgId}/trust`, {
        token: reviewer.token,
        body: { vettedAgent: true },
      });
      assert.equal(notAdmin.status, 403);
      const vetted = await h.request('PUT', `/v1/organisations/${agent.orgId}/trust`, {
        token: h.adminToken,
        body: { vettedAgent: true, trustedFlagger: { authority: 'Coimisiún na Meán', since: '2026-01-15' } },
      });
      assert.equal(vetted.status, 200, vetted.text);
      assert.ok(vetted.body.vettedAt);
      assert.equal(vetted.body.trustedFlagger.authority, 'Coimisiún na Meán');
      const notAgent = await h.request('PUT', `/v1/organisations/${brand.orgId}/trust`, {
        token: h.adminToken,
        body: { vettedAgent: true },
      });
      assert.equal(notAgent.status, 400);
      const [l1] = await listings(h, m1, 1, { store: { externalId: 'letter-store', name: 'Letter store' } });
      const [l2] = await listings(h, m2, 1);
      const evidence = await screenshot(h, agent.token);
      const outside = async (rightId: string, listingId: string, rule: string) => {
        const res = await h.request('POST', '/v1/notices', {
          token: agent.token,
          body: noticeBody(rightId, [listingId], evidence, { principalOrgId: brand.orgId }),
        });
        assert.equal(res.status, 400, res.text);
        assert.ok(
          res.body.errors.some((e: { rule: string }) => e.rule === rule),
          res.text,
        );
      };
      await outside(r2.id, l1!, 'letter-covers-right');
      await outside(r1.id, l2!, 'letter-covers-marketplace');
      const stored = await db()
        .selectFrom('notices')
        .select('id')
        .where('filer_org_id', '=', agent.orgId)
        .execute();
      assert.equal(stored.length, 0, 'nothing stored');
      const filed = await h.request('POST', '/v1/notices', {
        token: agent.token,
        body: noticeBody(r1.id, [l1!], evidence, { principalOrgId: brand.orgId }),
      });
      assert.equal(filed.status, 201, filed.text);
      assert.equal(filed.body.trustedFlagger, true);
      assert.equal(filed.body.items[0].expedited, 'priority', 'trusted flaggers get priority review');
      // The operator's notifier list shows the status and the notices filed under it.
      const list = await h.request('GET', '/v1/notifiers?limit=500', { token: reviewer.token });
      assert.equal(list.status, 200, list.text);
      const row = list.body.items.find((r: { orgId: string }) => r.orgId === agent.orgId);
      assert.deepEqual(row.trustedFlagger, { authority: 'Coimisiún na Meán', notices: 1 });
      assert.equal(row.vettedAgent, true);
      assert.deepEqual(
        {
          agent: filed.body.letter.agentOrgId,
          vetted: filed.body.letter.agentVetted,
          rights: filed.body.letter.rightIds,
        },
        { agent: agent.orgId, vetted: true, rights: [r1.id] },
      );
      // The seller of the store reads the letter, without the document (policy says no).
      const store = await db()
        .selectFrom('listings')
        .select('store_id')
        .where('id', '=', l1!)
        .executeTakeFirstOrThrow();
      await h.request('PATCH', `/v1/stores/${store.store_id}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      const itemId = filed.body.items[0].id;
      const view = await h.request('GET', `/v1/items/${itemId}`, { token: seller.token });
      assert.equal(view.status, 200, view.text);
      assert.equal(view.body.notice.letter.principalName, view.body.notice.letter.principalName);
      assert.equal(view.body.notice.letter.validUntil, '2099-12-31');
      assert.deepEqual(view.body.notice.letter.marketplaceIds, [m1.id]);
      assert.equal(view.body.notice.letter.authorizationSha256, null);
      assert.equal(view.body.notice.trustedFlagger, true);
      const brandView = await h.request('GET', `/v1/items/${itemId}`, { token: brand.token });
      assert.equal(brandView.body.notice.letter.authorizationSha256, letterDoc);
      // Another seller: 404.
      const stranger = await userIn(h, 'seller', 'seller');
      assert.equal((await h.request('GET', `/v1/items/${itemId}`, { token: stranger.token })).status, 404);
      // After expiry the agent is refused naming the rule.
      await db()
        .updateTable('representations')
        .set({ valid_until: '2020-01-01' })
        .where('agent_org_id', '=', agent.orgId)
        .execute();
      const [l3] = await listings(h, m1, 1);
      const expired = await h.request('POST', '/v1/notices', {
        token: agent.token,
        body: noticeBody(r1.id, [l3!], evidence, { principalOrgId: brand.orgId }),
      });
      assert.equal(expired.status, 400, expired.text);
      assert.equal(expired.body.errors[0].rule, 'represented');
      const audit = await db()
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', agent.orgId)
        .where('action', '=', 'organisation.trust_set')
        .execute();
      assert.equal(audit.length, 1);
    });
  });
}
