import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  listings,
  noticeBody,
  screenshot,
  uploadDocument,
  verifiedRight,
} from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import {
  counterNoticeBody,
  type Parties,
  parties,
  sellerMarketplace,
} from '../counter-notices/test-scenario.ts';

/**
 * A letter of authorization grants an agent access to a brand's rights, notices, items, evidence
 * and counter-notices only while it is valid: expired or revoked, every path refuses.
 */
for (const driver of drivers()) {
  describe(`agent authorization validity (${driver})`, () => {
    let h: Harness;
    let p: Parties;
    before(async () => {
      h = await createHarness(driver);
      p = await parties(h);
    });
    after(async () => h.close());

    /** An agent acting for the brand with an open item of each kind, and the ids to probe. */
    async function agentWithWork() {
      const agent = await userIn(h, 'agent', 'agent');
      const granted = await h.request('POST', '/v1/representations', {
        token: p.brand.token,
        body: { agentOrgId: agent.orgId, validUntil: '2099-12-31' },
      });
      assert.equal(granted.status, 201, granted.text);
      assert.equal(granted.body.status, 'active');
      const right = await verifiedRight(h, p.brand.token);
      const mkt = await sellerMarketplace(h, p, 'US');
      const [removedListing, askedListing] = await listings(h, mkt, 2);
      const brandDoc = await uploadDocument(h, p.brand.token, `brand proof ${Math.random()}`);
      const evidence = { ...(await screenshot(h, agent.token)), documentSha256: brandDoc };
      const filed = await h.request('POST', '/v1/notices', {
        token: agent.token,
        body: noticeBody(right.id, [removedListing!, askedListing!], evidence, {
          principalOrgId: p.brand.orgId,
        }),
      });
      assert.equal(filed.status, 201, filed.text);
      const [removedItem, askedItem] = filed.body.items.map((i: { id: string }) => i.id) as string[];
      const removed = await h.request('POST', `/v1/items/${removedItem}/decision`, {
        token: p.reviewer.token,
        body: { decision: 'remove', reasonText: 'Counterfeit goods bearing the mark.' },
      });
      assert.equal(removed.status, 200, removed.text);
      const asked = await h.request('POST', `/v1/items/${askedItem}/decision`, {
        token: p.reviewer.token,
        body: { decision: 'request_info', question: 'Please show the mark on the product.' },
      });
      assert.equal(asked.status, 200, asked.text);
      const counter = await h.request('POST', `/v1/items/${removedItem}/counter-notice`, {
        token: p.seller.token,
        body: await counterNoticeBody(h, p),
      });
      assert.equal(counter.status, 201, counter.text);
      const statements = await h.request('GET', '/v1/statements', { token: agent.token });
      assert.equal(statements.status, 200);
      assert.ok(statements.body.items.some((s: { itemId: string }) => s.itemId === removedItem));
      return {
        agent,
        rightId: right.id,
        noticeId: filed.body.id as string,
        removedItem: removedItem!,
        askedItem: askedItem!,
        counterNoticeId: counter.body.id as string,
        brandDoc,
      };
    }

    type Work = Awaited<ReturnType<typeof agentWithWork>>;

    /** Every read and act an agent can do for a brand, with the statuses that mean "refused". */
    function probes(w: Work) {
      const t = w.agent.token;
      return [
        ['GET', `/v1/rights/${w.rightId}`, undefined],
        ['GET', `/v1/notices/${w.noticeId}`, undefined],
        ['GET', `/v1/items/${w.removedItem}`, undefined],
        ['GET', `/v1/items/${w.removedItem}/clock`, undefined],
        ['GET', `/v1/items/${w.removedItem}/timeline`, undefined],
        ['GET', `/v1/documents/${w.brandDoc}`, undefined],
        ['GET', `/v1/counter-notices/${w.counterNoticeId}`, undefined],
        ['POST', `/v1/counter-notices/${w.counterNoticeId}/answer`, { kind: 'response', text: 'Not ours.' }],
        ['POST', `/v1/items/${w.askedItem}/info-response`, { answer: 'Here is the mark.' }],
        ['POST', `/v1/items/${w.removedItem}/appeals`, { grounds: 'We disagree.' }],
        ['POST', `/v1/items/${w.askedItem}/withdraw`, {}],
        ['POST', `/v1/notices/${w.noticeId}/withdraw`, {}],
      ].map(([method, url, body]) => ({ method: method as string, url: url as string, body, token: t }));
    }

    async function assertCutOff(w: Work) {
      for (const probe of probes(w)) {
        const res = await h.request(probe.method, probe.url, {
          token: probe.token,
          ...(probe.body !== undefined ? { body: probe.body } : {}),
        });
        assert.ok(
          res.status === 404 || res.status === 403,
          `${probe.method} ${probe.url} must be refused, got ${res.status} ${res.text}`,
        );
      }
      const lists = await Promise.all(
        ['/v1/rights', '/v1/notices', '/v1/statements', '/v1/notifications'].map((url) =>
          h.request('GET', url, { token: w.agent.token }),
        ),
      );
      for (const list of lists) {
        assert.equal(list.status, 200, list.text);
        assert.equal(list.body.items.length, 0, `nothing of the brand is listed: ${list.text}`);
      }
      const refiled = await h.request('POST', '/v1/notices', {
        token: w.agent.token,
        body: noticeBody(w.rightId, [w.rightId], await screenshot(h, w.agent.token), {
          principalOrgId: p.brand.orgId,
        }),
      });
      assert.equal(refiled.status, 400);
      assert.ok(
        refiled.body.errors.some((e: { rule: string }) => e.rule === 'represented'),
        refiled.text,
      );
    }

    test('while valid, the agent reads and acts for the brand', async () => {
      const w = await agentWithWork();
      for (const url of [
        `/v1/rights/${w.rightId}`,
        `/v1/items/${w.removedItem}`,
        `/v1/documents/${w.brandDoc}`,
      ]) {
        const res = await h.request('GET', url, { token: w.agent.token });
        assert.equal(res.status, 200, `${url}: ${res.text}`);
      }
      const answered = await h.request('POST', `/v1/items/${w.askedItem}/info-response`, {
        token: w.agent.token,
        body: { answer: 'The mark is on the clasp.' },
      });
      assert.equal(answered.status, 200, answered.text);
    });

    test('an expired authorization grants nothing', async () => {
      const w = await agentWithWork();
      await h.platform.database.db
        .updateTable('representations')
        .set({ valid_until: '2020-01-01' })
        .where('agent_org_id', '=', w.agent.orgId)
        .execute();
      const listed = await h.request('GET', '/v1/representations', { token: w.agent.token });
      assert.equal(listed.body.items[0].status, 'expired');
      await assertCutOff(w);
    });

    test('the list names both parties and shows an authorization only to those two', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder', `Maison Verre ${Math.random()}`);
      const agent = await userIn(h, 'agent', 'agent', `Cabinet Lumen ${Math.random()}`);
      const letter = await uploadDocument(h, brand.token, `letter of authorization ${Math.random()}`);
      const granted = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId, authorizationSha256: letter },
      });
      assert.equal(granted.status, 201, granted.text);
      const names = { agent: await orgName(agent.orgId), brand: await orgName(brand.orgId) };
      for (const party of [brand, agent]) {
        const listed = await h.request('GET', '/v1/representations', { token: party.token });
        assert.equal(listed.status, 200, listed.text);
        assert.deepEqual(
          listed.body.items.map((r: Record<string, unknown>) => ({
            agentOrgId: r.agentOrgId,
            agentOrgName: r.agentOrgName,
            principalOrgId: r.principalOrgId,
            principalOrgName: r.principalOrgName,
            authorizationSha256: r.authorizationSha256,
          })),
          [
            {
              agentOrgId: agent.orgId,
              agentOrgName: names.agent,
              principalOrgId: brand.orgId,
              principalOrgName: names.brand,
              authorizationSha256: letter,
            },
          ],
        );
      }
      const otherBrand = await userIn(h, 'brand', 'rights_holder');
      const otherAgent = await userIn(h, 'agent', 'agent');
      for (const stranger of [otherBrand, otherAgent]) {
        const listed = await h.request('GET', '/v1/representations', { token: stranger.token });
        assert.equal(listed.status, 200, listed.text);
        assert.deepEqual(listed.body.items, [], 'another tenant sees no authorization of these two');
      }
    });

    async function orgName(id: string) {
      const org = await h.platform.database.db
        .selectFrom('organisations')
        .select('name')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return org.name;
    }

    test('the brand revokes an authorization and it stops at once', async () => {
      const w = await agentWithWork();
      const stranger = await userIn(h, 'brand', 'rights_holder');
      const notTheirs = await h.request('DELETE', `/v1/representations/${w.agent.orgId}`, {
        token: stranger.token,
      });
      assert.equal(notTheirs.status, 404, 'another brand has no authorization of this agent to revoke');
      const byAgent = await h.request('DELETE', `/v1/representations/${w.agent.orgId}`, {
        token: w.agent.token,
      });
      assert.equal(byAgent.status, 403, 'the agent cannot revoke (or extend) its own letter');
      const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      const byReviewer = await h.request(
        'DELETE',
        `/v1/representations/${w.agent.orgId}?principalOrgId=${p.brand.orgId}`,
        { token: reviewer.token },
      );
      assert.equal(byReviewer.status, 403);
      const revoked = await h.request('DELETE', `/v1/representations/${w.agent.orgId}`, {
        token: p.brand.token,
      });
      assert.equal(revoked.status, 200, revoked.text);
      assert.equal(revoked.body.status, 'revoked');
      await assertCutOff(w);
      const again = await h.request('DELETE', `/v1/representations/${w.agent.orgId}`, {
        token: p.brand.token,
      });
      assert.equal(again.status, 404);
    });
  });
}
