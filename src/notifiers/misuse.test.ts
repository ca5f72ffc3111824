import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { fireDueDeadlines } from '../deadlines/deadline.worker.ts';
import {
  checkMisusePolicy,
  competitorBasis,
  DEFAULT_NOTIFIER_MISUSE as DEFAULTS,
  detectBurst,
  detectUnfounded,
  type ItemFact,
  nextStep,
} from './misuse.ts';

const DAY = 86_400_000;
const t0 = new Date('2026-03-01T00:00:00Z');
const fact = (
  i: number,
  outcome: ItemFact['outcome'],
  reasonCode: string | null = null,
  hours = 0,
): ItemFact => ({
  itemId: `i${i}`,
  noticeId: `n${i}`,
  listingId: `l${i}`,
  storeId: 's1',
  filedAt: new Date(t0.getTime() + hours * 3_600_000),
  decisionId: outcome ? `d${i}` : null,
  decidedAt: outcome ? t0 : null,
  outcome,
  reasonCode,
});

test('unfounded notices: a finding needs both the count and the share, and names its figures', () => {
  const window = { start: t0, end: new Date(t0.getTime() + DAY) };
  const p = { ...DEFAULTS.unfounded, minCount: 3, minShare: 0.5 };
  const three = [0, 1, 2].map((i) => fact(i, 'rejected', 'not_infringing'));
  const found = detectUnfounded([...three, fact(3, 'removed'), fact(4, 'removed')], p, window);
  assert.equal(found?.kind, 'unfounded');
  assert.deepEqual(
    found?.items.map((i) => i.itemId),
    ['i0', 'i1', 'i2'],
  );
  assert.equal(found?.figures.share, 0.6);
  assert.match(found?.summary ?? '', /3 of 5/);
  assert.equal(
    detectUnfounded([...three, ...[3, 4, 5, 6].map((i) => fact(i, 'removed'))], p, window),
    null,
    '3 of 7 is below the share',
  );
  assert.equal(
    detectUnfounded([fact(0, 'rejected', 'not_infringing'), fact(1, 'rejected', 'duplicate')], p, window),
    null,
  );
});

test('bursts: the densest run within the window, found only when enough of it was rejected', () => {
  const p = { action: 'flag' as const, windowHours: 2, minItems: 3, minRejectedShare: 0.5 };
  const items = [
    fact(0, 'rejected', 'other', 0),
    fact(1, null, null, 1),
    fact(2, 'rejected', 'other', 1.5),
    fact(3, 'removed', null, 10),
  ];
  const found = detectBurst(items, p, 's1');
  assert.deepEqual(
    found?.items.map((i) => i.itemId),
    ['i0', 'i1', 'i2'],
  );
  assert.equal(detectBurst(items, { ...p, minItems: 4 }, 's1'), null);
  assert.equal(
    detectBurst(
      items.map((i) => ({ ...i, outcome: 'removed' as const })),
      p,
      's1',
    ),
    null,
  );
});

test('competitor: linked to the targeted seller, or selling in the same top-level category on the marketplace', () => {
  const links = [{ sellerOrgId: 'so', sellerOrgName: 'Rival Shop', categories: { m1: ['bags'] } }];
  assert.equal(
    competitorBasis(links, { sellerOrgId: 'so', marketplaceId: 'm2', category: null })?.basis,
    'linked-to-targeted-seller',
  );
  assert.equal(
    competitorBasis(links, { sellerOrgId: 'x', marketplaceId: 'm1', category: 'Bags/Leather' })?.basis,
    'sells-in-same-category',
  );
  assert.equal(competitorBasis(links, { sellerOrgId: 'x', marketplaceId: 'm2', category: 'bags' }), null);
});

test('escalation policies out of order are refused, each naming its rule', () => {
  const rules = (steps: unknown) =>
    checkMisusePolicy({ ...DEFAULTS, escalation: { ...DEFAULTS.escalation, steps: steps as never } }).map(
      (e) => `${e.pointer} ${e.rule}`,
    );
  assert.deepEqual(rules([{ level: 'termination' }]), ['/escalation/steps/0/level warning-first']);
  assert.deepEqual(rules([{ level: 'warning' }, { level: 'suspension' }]), [
    '/escalation/steps/1/days required-for-suspension',
  ]);
  assert.ok(
    rules([{ level: 'warning' }, { level: 'termination' }, { level: 'suspension', days: 3 }]).includes(
      '/escalation/steps/1/level termination-last',
    ),
  );
  assert.ok(rules([{ level: 'warning', days: 2 }]).includes('/escalation/steps/0/days only-for-suspension'));
  assert.deepEqual(checkMisusePolicy(DEFAULTS), []);
});

test('property: the next step never skips a step, never goes back, and stops at termination', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(null, 'appeal', 'operator', 'suspension_served'), { maxLength: 8 }),
      (causes) => {
        const history: {
          level: 'warning' | 'suspension' | 'termination';
          startsAt: Date;
          liftedCause: string | null;
        }[] = [];
        let previous = -1;
        for (const cause of causes) {
          const next = nextStep(history, DEFAULTS.escalation, t0);
          if (!next) {
            assert.ok(history.some((h) => h.level === 'termination' && h.liftedCause === null));
            return;
          }
          const counted = history.filter(
            (h) => h.liftedCause !== 'appeal' && h.liftedCause !== 'operator',
          ).length;
          assert.equal(next.index, Math.min(counted, DEFAULTS.escalation.steps.length - 1));
          assert.ok(next.index <= previous + 1, 'no step is skipped');
          previous = next.index;
          history.push({ level: next.step.level, startsAt: t0, liftedCause: cause });
          if (cause === 'appeal' || cause === 'operator') previous = next.index - 1;
        }
      },
    ),
    { numRuns: 300 },
  );
});

for (const driver of drivers()) {
  describe(`notifier misuse (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let reviewer: Awaited<ReturnType<typeof memberOf>>;
    let reviewer2: Awaited<ReturnType<typeof memberOf>>;
    let right: { id: string };
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    const db = () => h.platform.database.db;

    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      reviewer2 = await memberOf(h, h.operatorOrgId, 'reviewer');
      right = await verifiedRight(h, brand.token);
      mkt = await marketplace(h, 'US');
      const policy = await h.request('PUT', '/v1/policies/notifier-misuse', {
        token: h.adminToken,
        body: {
          ...DEFAULTS,
          unfounded: { ...DEFAULTS.unfounded, minCount: 3, minShare: 0.5 },
          escalation: {
            steps: [{ level: 'warning' }, { level: 'suspension', days: 10 }, { level: 'termination' }],
            lookbackDays: 365,
          },
        },
      });
      assert.equal(policy.status, 200, policy.text);
    });
    after(async () => h.close());

    /** Files one notice for n new listings of the seller's store and has them rejected with `reason`. */
    async function fileAndReject(
      n: number,
      reason: string,
      token = brand.token,
      body: Record<string, unknown> = {},
    ) {
      const ids = await listings(h, mkt, n, { store: { externalId: 'targeted', name: 'Targeted store' } });
      const evidence = await screenshot(h, token);
      const filed = await h.request('POST', '/v1/notices', {
        token,
        body: { ...noticeBody(right.id, ids, evidence), ...body },
      });
      assert.equal(filed.status, 201, filed.text);
      for (const item of filed.body.items as { id: string }[]) {
        const decided = await h.request('POST', `/v1/items/${item.id}/decision`, {
          token: reviewer.token,
          body: { decision: 'reject', reasonCode: reason, reasonText: 'The listing does not infringe.' },
        });
        assert.equal(decided.status, 200, decided.text);
      }
      return {
        noticeId: filed.body.id as string,
        itemIds: (filed.body.items as { id: string }[]).map((i) => i.id),
      };
    }

    test('unfounded notices: warning, then suspension refusing new notices, the seller sees it, an appeal lifts it', async () => {
      const store = await db()
        .selectFrom('stores')
        .select('id')
        .where('marketplace_id', '=', mkt.id)
        .where('external_id', '=', 'targeted')
        .executeTakeFirst();
      await listings(h, mkt, 1, { store: { externalId: 'targeted', name: 'Targeted store' } });
      const storeId =
        store?.id ??
        (
          await db()
            .selectFrom('stores')
            .select('id')
            .where('marketplace_id', '=', mkt.id)
            .where('external_id', '=', 'targeted')
            .executeTakeFirstOrThrow()
        ).id;
      const linked = await h.request('PATCH', `/v1/stores/${storeId}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      assert.equal(linked.status, 200, linked.text);

      const first = await fileAndReject(3, 'not_infringing');
      let view = (await h.request('GET', `/v1/notifiers/${brand.orgId}/misuse`, { token: brand.token })).body;
      assert.equal(view.status, 'warned');
      assert.equal(view.findings.length, 1);
      assert.equal(view.findings[0].kind, 'unfounded');
      assert.equal(view.findings[0].status, 'acted');
      assert.deepEqual(
        view.findings[0].items.map((i: { itemId: string }) => i.itemId).sort(),
        [...first.itemIds].sort(),
        'the finding names the items behind it',
      );
      assert.equal(view.sanctions[0].level, 'warning');
      const statement = await h.request('GET', `/v1/statements/${view.sanctions[0].decisionId}`, {
        token: brand.token,
      });
      assert.equal(statement.status, 200, statement.text);
      assert.equal(statement.body.body.decision.kind, 'notifier_sanction');
      assert.match(statement.body.body.reason.text, /notifier-misuse policy/);
      assert.match(statement.body.body.reason.text, new RegExp(first.noticeId));
      assert.match(statement.body.body.reason.text, /3 of 3/);
      assert.equal(statement.body.body.facts.basedOn.length, 3);

      // The seller whose listings were targeted is told, and its item view says so.
      const notes = await h.request('GET', '/v1/notifications', { token: seller.token });
      const outcome = notes.body.items.find((n: { kind: string }) => n.kind === 'notifier.misuse_outcome');
      assert.ok(outcome, notes.text);
      assert.equal(outcome.body.level, 'warning');
      const item = await h.request('GET', `/v1/items/${first.itemIds[0]}`, { token: seller.token });
      assert.equal(item.status, 200, item.text);
      assert.equal(item.body.notifierSanctions[0].level, 'warning');
      assert.equal(item.body.notifierSanctions[0].findingKind, 'unfounded');
      const brandNotes = await h.request('GET', '/v1/notifications', { token: brand.token });
      assert.ok(brandNotes.body.items.some((n: { kind: string }) => n.kind === 'notifier.sanctioned'));

      // Three more: the second step, a suspension; filing is refused with the rule, nothing stored.
      await fileAndReject(3, 'not_infringing');
      view = (await h.request('GET', `/v1/notifiers/${brand.orgId}/misuse`, { token: brand.token })).body;
      assert.equal(view.status, 'suspended');
      const suspension = view.sanctions[0];
      assert.equal(suspension.level, 'suspension');
      const before = await db()
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const ids = await listings(h, mkt, 1);
      const refused = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, await screenshot(h, brand.token)),
      });
      assert.equal(refused.status, 403, refused.text);
      assert.equal(refused.body.rule, 'notifier-suspended');
      assert.equal(refused.body.deadline, suspension.endsAt);
      // An agent filing for the suspended brand is refused too.
      const agent = await userIn(h, 'agent', 'agent');
      const authorized = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId, validUntil: '2099-01-01' },
      });
      assert.equal(authorized.status, 201, authorized.text);
      const byAgent = await h.request('POST', '/v1/notices', {
        token: agent.token,
        body: { ...noticeBody(right.id, ids, await screenshot(h, agent.token)), principalOrgId: brand.orgId },
      });
      assert.equal(byAgent.status, 403, byAgent.text);
      assert.equal(byAgent.body.rule, 'notifier-suspended');
      const sha = (await screenshot(h, brand.token)).documentSha256 as string;
      const csv = await h.request(
        'POST',
        `/v1/notices/csv?rightId=${right.id}&infringementType=counterfeit&goodFaith=true&accuracy=true&authority=true&contactName=Jane&contactEmail=legal%40brand.example`,
        {
          token: brand.token,
          payload: `listing_id,evidence_kind,evidence_sha256\n${ids[0]},test_buy_report,${sha}\n`,
          headers: { 'content-type': 'text/csv' },
        },
      );
      assert.equal(csv.status, 403, csv.text);
      assert.equal(csv.body.rule, 'notifier-suspended');
      const afterCount = await db()
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n), 'nothing was stored');

      // The brand appeals the suspension; another reviewer grants it: lifted at once, filing works.
      const appeal = await h.request('POST', `/v1/decisions/${suspension.decisionId}/appeals`, {
        token: brand.token,
        body: { grounds: 'These listings were reviewed without our test-buy reports.' },
      });
      assert.equal(appeal.status, 201, appeal.text);
      const granted = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: reviewer2.token,
        body: { result: 'reversed', reasonText: 'The test-buy reports show counterfeits.' },
      });
      assert.equal(granted.status, 200, granted.text);
      view = (await h.request('GET', `/v1/notifiers/${brand.orgId}/misuse`, { token: brand.token })).body;
      assert.equal(view.status, 'warned');
      assert.equal(view.sanctions[0].liftedCause, 'appeal');
      const filed = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, await screenshot(h, brand.token)),
      });
      assert.equal(filed.status, 201, filed.text);
    });

    test('channel control by hand-off and a suspension served by its deadline; staff act on a flagged finding', async () => {
      const other = await userIn(h, 'brand', 'rights_holder');
      const otherRight = await verifiedRight(h, other.token);
      const file = async (n: number, reason: string) => {
        const ids = await listings(h, mkt, n);
        const filed = await h.request('POST', '/v1/notices', {
          token: other.token,
          body: noticeBody(otherRight.id, ids, await screenshot(h, other.token)),
        });
        assert.equal(filed.status, 201, filed.text);
        for (const item of filed.body.items as { id: string }[])
          await h.request('POST', `/v1/items/${item.id}/decision`, {
            token: reviewer.token,
            body: {
              decision: 'reject',
              reasonCode: reason,
              reasonText: 'Genuine goods from an authorized reseller.',
            },
          });
      };
      await h.request('PUT', '/v1/policies/notifier-misuse', {
        token: h.adminToken,
        body: {
          ...DEFAULTS,
          unfounded: { ...DEFAULTS.unfounded, minCount: 100 },
          channelControl: { ...DEFAULTS.channelControl, minCount: 2, action: 'flag' },
        },
      });
      await file(2, 'parallel_import');
      const list = await h.request('GET', '/v1/misuse/findings?kind=channel_control&status=open', {
        token: reviewer.token,
      });
      assert.equal(list.status, 200, list.text);
      const finding = list.body.items.find((f: { orgId: string }) => f.orgId === other.orgId);
      assert.ok(finding, list.text);
      assert.equal(finding.figures.parallel_import, 2);
      const suspended = await h.request('POST', `/v1/notifiers/${other.orgId}/sanctions`, {
        token: reviewer.token,
        body: {
          level: 'suspension',
          suspensionDays: 5,
          findingId: finding.id,
          reasonText: 'Gray-market notices.',
        },
      });
      assert.equal(suspended.status, 201, suspended.text);
      assert.equal(suspended.body.findingKind, 'channel_control');
      assert.equal(suspended.body.manual, true);
      const again = await h.request('POST', `/v1/notifiers/${other.orgId}/sanctions`, {
        token: reviewer.token,
        body: { level: 'warning', reasonText: 'Again.' },
      });
      assert.equal(again.status, 409);
      assert.equal(again.body.rule, 'harsher-than-in-force');
      await db()
        .updateTable('deadlines')
        .set({ due_at: new Date(Date.now() - 1000) })
        .where('target_id', '=', other.orgId)
        .where('kind', '=', 'notifier_suspension_end')
        .where('fired_at', 'is', null)
        .execute();
      assert.equal(await fireDueDeadlines(db()), 1);
      const view = (await h.request('GET', `/v1/notifiers/${other.orgId}/misuse`, { token: h.adminToken }))
        .body;
      assert.equal(view.status, 'good_standing');
      assert.equal(view.sanctions[0].liftedCause, 'suspension_served');
      await h.request('PUT', '/v1/policies/notifier-misuse', { token: h.adminToken, body: DEFAULTS });
    });

    test('a burst counted by volume alone is found when the notice is filed, before any decision', async () => {
      const burster = await userIn(h, 'brand', 'rights_holder');
      const burstRight = await verifiedRight(h, burster.token);
      const set = await h.request('PUT', '/v1/policies/notifier-misuse', {
        token: h.adminToken,
        body: { ...DEFAULTS, burst: { action: 'flag', windowHours: 24, minItems: 4, minRejectedShare: 0 } },
      });
      assert.equal(set.status, 200, set.text);
      try {
        const ids = await listings(h, mkt, 4, {
          store: { externalId: 'burst-target', name: 'Burst target' },
        });
        const filed = await h.request('POST', '/v1/notices', {
          token: burster.token,
          body: noticeBody(burstRight.id, ids, await screenshot(h, burster.token)),
        });
        assert.equal(filed.status, 201, filed.text);
        const list = await h.request('GET', '/v1/misuse/findings?kind=burst&status=open', {
          token: reviewer.token,
        });
        assert.equal(list.status, 200, list.text);
        const finding = list.body.items.find((f: { orgId: string }) => f.orgId === burster.orgId);
        assert.ok(finding, `a burst finding for the notifier: ${list.text}`);
        const view = await h.request('GET', `/v1/notifiers/${burster.orgId}/misuse`, {
          token: burster.token,
        });
        assert.equal(view.status, 200, view.text);
        const explained = view.body.findings.find((f: { id: string }) => f.id === finding.id);
        assert.equal(explained.items.length, 4, 'the notices behind it');
      } finally {
        await h.request('PUT', '/v1/policies/notifier-misuse', { token: h.adminToken, body: DEFAULTS });
      }
    });

    test('who may read and act: other notifiers, sellers and the wrong roles are refused; bad policies are 4xx', async () => {
      const otherBrand = await userIn(h, 'brand', 'rights_holder');
      for (const token of [otherBrand.token, seller.token])
        assert.equal((await h.request('GET', `/v1/notifiers/${brand.orgId}/misuse`, { token })).status, 404);
      assert.equal(
        (await h.request('GET', `/v1/notifiers/${brand.orgId}/misuse`, { token: reviewer.token })).status,
        200,
      );
      for (const token of [brand.token, seller.token])
        assert.equal((await h.request('GET', '/v1/misuse/findings', { token })).status, 403);
      for (const token of [brand.token, seller.token, otherBrand.token]) {
        const res = await h.request('POST', `/v1/notifiers/${otherBrand.orgId}/sanctions`, {
          token,
          body: { level: 'warning', reasonText: 'x' },
        });
        assert.equal(res.status, 403, res.text);
      }
      const noDays = await h.request('POST', `/v1/notifiers/${otherBrand.orgId}/sanctions`, {
        token: reviewer.token,
        body: { level: 'suspension', reasonText: 'Competitor notices.' },
      });
      assert.equal(noDays.status, 400);
      assert.equal(noDays.body.errors[0].rule, 'required-for-suspension');
      const warned = await h.request('POST', `/v1/notifiers/${otherBrand.orgId}/sanctions`, {
        token: reviewer.token,
        body: { level: 'warning', reasonText: 'Competitor notices against its rival.' },
      });
      assert.equal(warned.status, 201, warned.text);
      const liftByReviewer = await h.request('POST', `/v1/notifier-sanctions/${warned.body.id}/lift`, {
        token: reviewer.token,
        body: { reasonText: 'x' },
      });
      assert.equal(liftByReviewer.status, 403);
      const lifted = await h.request('POST', `/v1/notifier-sanctions/${warned.body.id}/lift`, {
        token: h.adminToken,
        body: { reasonText: 'Issued in error.' },
      });
      assert.equal(lifted.status, 200, lifted.text);
      assert.equal(lifted.body.liftedCause, 'operator');
      assert.equal(
        (await h.request('GET', '/v1/policies/notifier-misuse', { token: brand.token })).status,
        403,
      );
      assert.equal(
        (await h.request('PUT', '/v1/policies/notifier-misuse', { token: reviewer.token, body: DEFAULTS }))
          .status,
        403,
      );
      const versions = (await h.request('GET', '/v1/policies/notifier-misuse', { token: reviewer.token }))
        .body.version;
      const bad = await h.request('PUT', '/v1/policies/notifier-misuse', {
        token: h.adminToken,
        body: {
          ...DEFAULTS,
          unfounded: { ...DEFAULTS.unfounded, minShare: 1.5, windowDays: 0 },
        },
      });
      assert.equal(bad.status, 400, bad.text);
      const pointers = bad.body.errors.map((e: { pointer: string }) => e.pointer);
      assert.ok(
        pointers.includes('/unfounded/minShare') && pointers.includes('/unfounded/windowDays'),
        pointers.join(),
      );
      const order = await h.request('PUT', '/v1/policies/notifier-misuse', {
        token: h.adminToken,
        body: { ...DEFAULTS, escalation: { steps: [{ level: 'termination' }], lookbackDays: 30 } },
      });
      assert.ok(order.status === 400 || order.status === 422, order.text);
      assert.equal(order.body.errors[0].rule, 'warning-first');
      assert.equal(
        (await h.request('GET', '/v1/policies/notifier-misuse', { token: reviewer.token })).body.version,
        versions,
        'nothing was stored',
      );
    });
  });
}
