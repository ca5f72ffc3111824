import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`reason templates (${driver})`, () => {
    let h: Harness;
    let reviewer: { token: string };
    before(async () => {
      h = await createHarness(driver);
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
    });
    after(async () => h.close());

    const body = (overrides: Record<string, unknown> = {}) => ({
      reasonCode: 'insufficient_evidence',
      language: 'en',
      title: `Screenshots unclear ${Math.random().toString(36).slice(2, 6)}`,
      text: 'The screenshots do not show the registered mark on the goods.',
      ...overrides,
    });

    test('an admin adds, changes and removes templates; reviewers read them; every write is audited', async () => {
      const created = await h.request('POST', '/v1/reason-templates', { token: h.adminToken, body: body() });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.body.version, 1);
      const zh = await h.request('POST', '/v1/reason-templates', {
        token: h.adminToken,
        body: body({ language: 'zh-CN', text: '截图未显示商品上的注册商标。' }),
      });
      assert.equal(zh.status, 201, zh.text);
      const listed = await h.request(
        'GET',
        '/v1/reason-templates?reasonCode=insufficient_evidence&language=en',
        {
          token: reviewer.token,
        },
      );
      assert.equal(listed.status, 200, listed.text);
      assert.deepEqual(
        listed.body.items.map((t: { id: string }) => t.id),
        [created.body.id],
      );
      const changed = await h.request('PUT', `/v1/reason-templates/${created.body.id}`, {
        token: h.adminToken,
        body: { ...body({ title: created.body.title, text: 'Changed text' }), version: 1 },
      });
      assert.equal(changed.status, 200, changed.text);
      assert.equal(changed.body.version, 2);
      assert.equal(changed.body.text, 'Changed text');
      const stale = await h.request('PUT', `/v1/reason-templates/${created.body.id}`, {
        token: h.adminToken,
        body: { ...body(), version: 1 },
      });
      assert.equal(stale.status, 409, stale.text);
      const removed = await h.request('DELETE', `/v1/reason-templates/${zh.body.id}`, {
        token: h.adminToken,
      });
      assert.equal(removed.status, 200);
      const audit = await h.platform.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'reason_template')
        .where('entity_id', 'in', [created.body.id, zh.body.id])
        .orderBy('seq')
        .execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), [
        'reason_template.created',
        'reason_template.created',
        'reason_template.deleted',
        'reason_template.updated',
      ]);
    });

    test('the unique title, the reason code and the language are checked and named', async () => {
      const first = body();
      assert.equal(
        (await h.request('POST', '/v1/reason-templates', { token: h.adminToken, body: first })).status,
        201,
      );
      const dup = await h.request('POST', '/v1/reason-templates', { token: h.adminToken, body: first });
      assert.equal(dup.status, 400);
      assert.equal(dup.body.errors[0].pointer, '/title');
      assert.equal(dup.body.errors[0].rule, 'unique');
      const code = await h.request('POST', '/v1/reason-templates', {
        token: h.adminToken,
        body: body({ reasonCode: 'because' }),
      });
      assert.equal(code.status, 400);
      assert.equal(code.body.errors[0].pointer, '/reasonCode');
      const lang = await h.request('POST', '/v1/reason-templates', {
        token: h.adminToken,
        body: body({ language: 'fr' }),
      });
      assert.equal(lang.status, 400);
      assert.equal(lang.body.errors[0].pointer, '/language');
    });

    test('refused to other roles and to another operator', async () => {
      const mine = await h.request('POST', '/v1/reason-templates', { token: h.adminToken, body: body() });
      const brand = await userIn(h, 'brand', 'rights_holder');
      const seller = await userIn(h, 'seller', 'seller');
      for (const token of [brand.token, seller.token])
        assert.equal((await h.request('GET', '/v1/reason-templates', { token })).status, 403);
      for (const token of [reviewer.token, brand.token]) {
        assert.equal(
          (await h.request('POST', '/v1/reason-templates', { token, body: body() })).status,
          403,
          'only admins write',
        );
        assert.equal(
          (
            await h.request('PUT', `/v1/reason-templates/${mine.body.id}`, {
              token,
              body: { ...body(), version: 1 },
            })
          ).status,
          403,
        );
        assert.equal(
          (await h.request('DELETE', `/v1/reason-templates/${mine.body.id}`, { token })).status,
          403,
        );
      }
      const otherOperator = await userIn(h, 'operator', 'admin');
      const theirs = await h.request('GET', '/v1/reason-templates', { token: otherOperator.token });
      assert.equal(theirs.status, 200);
      assert.equal(theirs.body.items.length, 0, "another operator does not see this operator's templates");
      assert.equal(
        (
          await h.request('PUT', `/v1/reason-templates/${mine.body.id}`, {
            token: otherOperator.token,
            body: { ...body(), version: 1 },
          })
        ).status,
        404,
      );
      assert.equal(
        (await h.request('DELETE', `/v1/reason-templates/${mine.body.id}`, { token: otherOperator.token }))
          .status,
        404,
      );
    });
  });
}
