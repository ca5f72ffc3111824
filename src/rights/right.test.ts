import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uploadDocument } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { newId } from '../shared/ids.ts';
import { rightCoversJurisdiction, rightUnusableReason } from './right.ts';

describe('right coverage rules (pure)', () => {
  test('trademarks and patents count only where registered; EU marks cover member states; copyright everywhere', () => {
    assert.equal(rightCoversJurisdiction({ type: 'trademark', jurisdiction: 'US' }, 'US'), true);
    assert.equal(rightCoversJurisdiction({ type: 'trademark', jurisdiction: 'US' }, 'CN'), false);
    assert.equal(rightCoversJurisdiction({ type: 'trademark', jurisdiction: 'EU' }, 'DE'), true);
    assert.equal(rightCoversJurisdiction({ type: 'patent', jurisdiction: 'DE' }, 'EU'), false);
    assert.equal(rightCoversJurisdiction({ type: 'copyright', jurisdiction: null }, 'CN'), true);
  });
  test('pending, rejected, expired and not-yet-valid rights cannot be relied on', () => {
    assert.match(
      rightUnusableReason({ status: 'pending', validFrom: null, validUntil: null }, '2026-01-01')!,
      /not been verified/,
    );
    assert.match(
      rightUnusableReason({ status: 'verified', validFrom: null, validUntil: '2025-12-31' }, '2026-01-01')!,
      /expired on 2025-12-31/,
    );
    assert.equal(
      rightUnusableReason(
        { status: 'verified', validFrom: '2020-01-01', validUntil: '2030-01-01' },
        '2026-01-01',
      ),
      null,
    );
  });
});

for (const driver of drivers()) {
  describe(`rights and documents (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    /** `count` pending copyrights of the organisation, inserted in one statement (older than any later right). */
    async function fillerRights(orgId: string, count: number) {
      const start = Date.now() - count; // one millisecond apart: ids (the tie-break) sort in insert order
      await h.platform.database.db
        .insertInto('rights')
        .values(
          Array.from({ length: count }, (_, i) => ({
            id: newId(start + i),
            org_id: orgId,
            type: 'copyright' as const,
            name: `Filler work ${i}`,
            owner_name: 'Filler Owner',
            registration_number: null,
            office: null,
            jurisdiction: null,
            nice_classes: '[]',
            patent_kind: null,
            work_description: 'filler',
            valid_from: null,
            valid_until: null,
            document_shas: '[]',
            reference_image_shas: '[]',
            created_by: null,
          })),
        )
        .execute();
    }
    const patent = (name: string, ownerName: string, registrationNumber: string) => ({
      type: 'patent',
      name,
      ownerName,
      registrationNumber,
      jurisdiction: 'US',
      patentKind: 'utility',
      validUntil: '2035-01-01',
    });
    const search = (token: string, q: string, extra = '') =>
      h.request('GET', `/v1/rights?q=${encodeURIComponent(q)}${extra}`, { token });
    const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((r) => r.name).sort();

    test('q finds a right beyond the first 200 by name, registration number or owner, in any case', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      await fillerRights(a.orgId, 200);
      const late = await h.request('POST', '/v1/rights', {
        token: a.token,
        body: patent('Zephyr Hinge', 'Nordwind GmbH', 'US-778899'),
      });
      assert.equal(late.status, 201, late.text);
      const page = await h.request('GET', '/v1/rights?limit=200', { token: a.token });
      assert.equal(page.body.items.length, 200);
      assert.ok(!page.body.items.some((r: { id: string }) => r.id === late.body.id), 'past the first page');
      for (const q of ['zephyr', 'HINGE', 'us-7788', 'nordWIND', '  Zephyr  '])
        assert.deepEqual(
          (await search(a.token, q)).body.items.map((r: { id: string }) => r.id),
          [late.body.id],
          q,
        );
      const paged = await search(a.token, 'filler work', '&limit=5&offset=195');
      assert.deepEqual(
        paged.body.items.map((r: { name: string }) => r.name),
        ['Filler work 195', 'Filler work 196', 'Filler work 197', 'Filler work 198', 'Filler work 199'],
        'still ordered by registration and paged',
      );
      assert.equal(
        (await search(a.token, '   ', '&limit=500')).body.items.length,
        201,
        'blank q filters nothing',
      );
    });

    test("q matches %, _ and \\ literally, and never another brand's rights", async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const b = await userIn(h, 'brand', 'rights_holder');
      for (const name of [
        'Cotton 100% pure',
        'Cotton 1000 pure',
        'Snake_case',
        'SnakeXcase',
        'Back\\slash',
        'Backslash',
      ])
        assert.equal(
          (await h.request('POST', '/v1/rights', { token: a.token, body: patent(name, 'A', `P-${name}`) }))
            .status,
          201,
        );
      assert.equal(
        (
          await h.request('POST', '/v1/rights', {
            token: b.token,
            body: patent('Cotton 100% pure', 'B', 'B-1'),
          })
        ).status,
        201,
      );
      assert.deepEqual(names(await search(a.token, '100%')), ['Cotton 100% pure']);
      assert.deepEqual(names(await search(a.token, 'snake_')), ['Snake_case']);
      assert.deepEqual(names(await search(a.token, 'k\\s')), ['Back\\slash']);
      assert.deepEqual(names(await search(a.token, '%')), ['Cotton 100% pure']);
      const theirs = await search(b.token, 'cotton');
      assert.equal(theirs.body.items.length, 1);
      assert.equal(theirs.body.items[0].ownerName, 'B', "b finds its own right, not a's");
      assert.deepEqual(
        (await search(a.token, 'cotton', `&orgId=${b.orgId}`)).body.items,
        [],
        'not by orgId either',
      );
      const staff = await search(h.adminToken, 'cotton 100%');
      assert.equal(staff.body.items.length, 2, 'operator staff search every brand');
    });

    test('q changes nothing about who may list, and an over-long q is a 400 naming it', async () => {
      const seller = await userIn(h, 'seller', 'seller');
      const without = await h.request('GET', '/v1/rights', { token: seller.token });
      const withQ = await search(seller.token, 'acme');
      assert.equal(without.status, 403);
      assert.equal(withQ.status, 403);
      assert.equal(withQ.body.code, without.body.code);
      const a = await userIn(h, 'brand', 'rights_holder');
      const long = await search(a.token, 'x'.repeat(201));
      assert.equal(long.status, 400);
      assert.equal(long.body.errors[0].pointer, '/querystring/q');
      assert.equal((await search(a.token, 'x'.repeat(200))).status, 200);
    });

    test('documents are stored once by SHA-256 and readable only by their owners and staff', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const b = await userIn(h, 'brand', 'rights_holder');
      const sha = await uploadDocument(h, a.token, 'certificate-bytes', 'application/pdf');
      const again = await h.request('POST', '/v1/documents', {
        token: b.token,
        payload: Buffer.from('certificate-bytes'),
        headers: { 'content-type': 'application/pdf' },
      });
      // Another organisation learns nothing about what is already stored: to b it is a new upload.
      assert.equal(again.status, 201);
      assert.equal(again.body.sha256, sha);
      assert.equal(again.body.created, true);
      const twice = await h.request('POST', '/v1/documents', {
        token: b.token,
        payload: Buffer.from('certificate-bytes'),
        headers: { 'content-type': 'application/pdf' },
      });
      assert.equal(twice.status, 200, 'b already holds it');
      assert.equal(twice.body.created, false);
      const rows = await h.platform.database.db
        .selectFrom('documents')
        .select('sha256')
        .where('sha256', '=', sha)
        .execute();
      assert.equal(rows.length, 1, 'the bytes are stored once');
      const read = await h.request('GET', `/v1/documents/${sha}`, { token: a.token });
      assert.equal(read.status, 200);
      assert.equal(read.text, 'certificate-bytes');
      const seller = await userIn(h, 'seller', 'seller');
      assert.equal((await h.request('GET', `/v1/documents/${sha}`, { token: seller.token })).status, 404);
      assert.equal((await h.request('GET', `/v1/documents/${sha}`, { token: h.adminToken })).status, 200);
    });

    test('uploads over the limit, empty and of unknown media types are refused', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const big = await h.request('POST', '/v1/documents', {
        token: a.token,
        payload: Buffer.alloc(1024 * 1024 + 1),
        headers: { 'content-type': 'image/png' },
      });
      assert.equal(big.status, 413);
      const empty = await h.request('POST', '/v1/documents', {
        token: a.token,
        payload: Buffer.alloc(0),
        headers: { 'content-type': 'image/png' },
      });
      assert.equal(empty.status, 400);
      const exe = await h.request('POST', '/v1/documents', {
        token: a.token,
        payload: Buffer.from('MZ'),
        headers: { 'content-type': 'application/x-msdownload' },
      });
      assert.equal(exe.status, 415);
    });

    test('a trademark needs its registration details; each missing field is named', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const res = await h.request('POST', '/v1/rights', {
        token: a.token,
        body: { type: 'trademark', name: 'ACME', ownerName: 'Acme' },
      });
      assert.equal(res.status, 400);
      const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer).sort();
      assert.deepEqual(pointers, [
        '/jurisdiction',
        '/niceClasses',
        '/office',
        '/registrationNumber',
        '/validUntil',
      ]);
      const badDate = await h.request('POST', '/v1/rights', {
        token: a.token,
        body: {
          type: 'trademark',
          name: 'ACME',
          ownerName: 'Acme',
          registrationNumber: '1',
          office: 'USPTO',
          jurisdiction: 'US',
          niceClasses: [25],
          validUntil: '01/02/2030',
        },
      });
      assert.equal(badDate.status, 400);
      assert.equal(badDate.body.errors[0].pointer, '/validUntil');
    });

    test('a copyright needs proof of ownership uploaded by the holder', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const b = await userIn(h, 'brand', 'rights_holder');
      const foreign = await uploadDocument(h, b.token, 'someone else', 'application/pdf');
      const res = await h.request('POST', '/v1/rights', {
        token: a.token,
        body: {
          type: 'copyright',
          name: 'Photos',
          ownerName: 'A',
          workDescription: 'photos',
          documentShas: [foreign],
        },
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.errors[0].pointer, '/documentShas/0');
    });

    test('rights start pending; only operator reviewers verify; other brands cannot see them', async () => {
      const a = await userIn(h, 'brand', 'rights_holder');
      const b = await userIn(h, 'brand', 'rights_holder');
      const created = await h.request('POST', '/v1/rights', {
        token: a.token,
        body: {
          type: 'patent',
          name: 'Hinge',
          ownerName: 'A',
          registrationNumber: 'US1',
          jurisdiction: 'US',
          patentKind: 'design',
          validUntil: '2030-01-01',
        },
      });
      assert.equal(created.status, 201);
      assert.equal(created.body.status, 'pending');
      assert.equal((await h.request('GET', `/v1/rights/${created.body.id}`, { token: b.token })).status, 404);
      assert.equal(
        (
          await h.request('POST', `/v1/rights/${created.body.id}/verification`, {
            token: a.token,
            body: { decision: 'verify' },
          })
        ).status,
        403,
      );
      const reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      const rejected = await h.request('POST', `/v1/rights/${created.body.id}/verification`, {
        token: reviewer.token,
        body: { decision: 'reject' },
      });
      assert.equal(rejected.status, 400);
      assert.equal(rejected.body.errors[0].pointer, '/note');
      const ok = await h.request('POST', `/v1/rights/${created.body.id}/verification`, {
        token: reviewer.token,
        body: { decision: 'verify' },
      });
      assert.equal(ok.body.status, 'verified');
      const listed = await h.request('GET', '/v1/rights', { token: b.token });
      assert.equal(listed.body.items.length, 0);
    });

    test('an agent records rights only for brands that authorized it', async () => {
      const brand = await userIn(h, 'brand', 'rights_holder');
      const agent = await userIn(h, 'agent', 'agent');
      const body = {
        type: 'trademark',
        principalOrgId: brand.orgId,
        name: 'ACME',
        ownerName: 'Acme',
        registrationNumber: 'X1',
        office: 'CNIPA',
        jurisdiction: 'CN',
        niceClasses: [25],
        validUntil: '2031-01-01',
      };
      const refused = await h.request('POST', '/v1/rights', { token: agent.token, body });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.errors[0].pointer, '/principalOrgId');
      assert.equal(
        (
          await h.request('POST', '/v1/representations', {
            token: brand.token,
            body: { agentOrgId: agent.orgId },
          })
        ).status,
        201,
      );
      const ok = await h.request('POST', '/v1/rights', { token: agent.token, body });
      assert.equal(ok.status, 201);
      assert.equal(ok.body.orgId, brand.orgId);
    });
  });
}
