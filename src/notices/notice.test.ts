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
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';

for (const driver of drivers()) {
  describe(`notices (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let us: Awaited<ReturnType<typeof marketplace>>;
    let cn: Awaited<ReturnType<typeof marketplace>>;
    let right: { id: string };
    let evidence: Record<string, unknown>;
    before(async () => {
      h = await createHarness(driver);
      brand = await userIn(h, 'brand', 'rights_holder');
      us = await marketplace(h, 'US');
      cn = await marketplace(h, 'CN');
      right = await verifiedRight(h, brand.token);
      evidence = await screenshot(h, brand.token);
    });
    after(async () => h.close());

    const pointers = (body: { errors: { pointer: string }[] }) => body.errors.map((e) => e.pointer).sort();

    test('a rights holder files one notice for several listings; each becomes an item with a deadline', async () => {
      const ids = await listings(h, us, 3);
      const res = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, ids, evidence),
      });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.items.length, 3);
      assert.equal(res.body.status, 'open');
      const hours = (Date.parse(res.body.items[0].slaDueAt) - Date.now()) / 3_600_000;
      assert.ok(hours > 23 && hours <= 24, `counterfeit SLA is 24h by default, got ${hours}`);
      assert.equal(res.body.items[0].awaiting, 'reviewer');
      const got = await h.request('GET', `/v1/notices/${res.body.id}`, { token: brand.token });
      assert.deepEqual(
        got.body.items.map((i: { listing: { id: string } }) => i.listing.id),
        ids,
      );
    });

    test('intake names every failing field: unknown listing, duplicate, statements, jurisdiction', async () => {
      const [a] = await listings(h, us, 1);
      const [onCn] = await listings(h, cn, 1);
      const body = noticeBody(right.id, [a!, '00000000-0000-4000-8000-000000000000', a!, onCn!], evidence, {
        statements: { goodFaith: false, accuracy: true, authority: true },
      });
      const before = await h.platform.database.db
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const res = await h.request('POST', '/v1/notices', { token: brand.token, body });
      assert.equal(res.status, 400);
      assert.deepEqual(pointers(res.body), [
        '/items/1/listingId',
        '/items/2/listingId',
        '/items/3',
        '/statements/goodFaith',
      ]);
      const jurisdiction = res.body.errors.find((e: { pointer: string }) => e.pointer === '/items/3');
      assert.match(jurisdiction.detail, /registered in US.*\(CN\)/);
      const afterCount = await h.platform.database.db
        .selectFrom('notices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(afterCount.n), Number(before.n), 'nothing is half-stored');
    });

    test('copyright is exempt from the jurisdiction rule', async () => {
      const copyright = await verifiedRight(h, brand.token, { type: 'copyright' });
      const [onCn] = await listings(h, cn, 1);
      const res = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(copyright.id, [onCn!], evidence, { infringementType: 'copyright' }),
      });
      assert.equal(res.status, 201, res.text);
    });

    test('an unverified or expired right, or the wrong kind of right, is refused', async () => {
      const [l] = await listings(h, us, 1);
      const pending = await h.request('POST', '/v1/rights', {
        token: brand.token,
        body: {
          type: 'trademark',
          name: 'P',
          ownerName: 'B',
          registrationNumber: 'P1',
          office: 'USPTO',
          jurisdiction: 'US',
          niceClasses: [25],
          validUntil: '2030-01-01',
        },
      });
      const r1 = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(pending.body.id, [l!], evidence),
      });
      assert.match(r1.body.errors[0].detail, /not been verified/);
      const expired = await verifiedRight(h, brand.token, {
        validFrom: '2010-01-01',
        validUntil: '2020-01-01',
      });
      const r2 = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(expired.id, [l!], evidence),
      });
      assert.match(r2.body.errors[0].detail, /expired on 2020-01-01/);
      const r3 = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, [l!], evidence, { infringementType: 'patent' }),
      });
      assert.deepEqual(pointers(r3.body), ['/infringementType']);
    });

    test('a listing already under an open notice for the same right is refused', async () => {
      const [l] = await listings(h, us, 1);
      assert.equal(
        (
          await h.request('POST', '/v1/notices', {
            token: brand.token,
            body: noticeBody(right.id, [l!], evidence),
          })
        ).status,
        201,
      );
      const again = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, [l!], evidence),
      });
      assert.equal(again.status, 400);
      assert.equal(again.body.errors[0].rule, 'no-open-notice');
    });

    test('Idempotency-Key returns the first result; reuse with another body is refused', async () => {
      const ids = await listings(h, us, 2);
      const headers = { 'idempotency-key': `k-${Math.random()}` };
      const first = await h.request('POST', '/v1/notices', {
        token: brand.token,
        headers,
        body: noticeBody(right.id, ids, evidence),
      });
      const second = await h.request('POST', '/v1/notices', {
        token: brand.token,
        headers,
        body: noticeBody(right.id, ids, evidence),
      });
      assert.equal(first.status, 201);
      assert.equal(second.status, 201);
      assert.equal(second.body.id, first.body.id);
      assert.equal(second.headers['idempotent-replayed'], 'true');
      const other = await h.request('POST', '/v1/notices', {
        token: brand.token,
        headers,
        body: noticeBody(right.id, ids.slice(0, 1), evidence),
      });
      assert.equal(other.status, 422);
    });

    test('concurrent requests with one Idempotency-Key all get the first result, never an error caused by their twin', async () => {
      const ids = await listings(h, us, 3);
      const headers = { 'idempotency-key': `race-${Math.random()}` };
      const body = noticeBody(right.id, ids, evidence);
      const results = await Promise.all(
        Array.from({ length: driver === 'postgres' ? 200 : 60 }, () =>
          h.request('POST', '/v1/notices', { token: brand.token, headers, body }),
        ),
      );
      const statuses = new Map<number, number>();
      for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const odd = results.find((r) => r.status !== 201 && r.status !== 409);
      assert.equal(odd, undefined, `every twin gets 201 or 409 in progress: ${odd?.text}`);
      const ids201 = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
      assert.equal(ids201.size, 1, 'one notice, returned to every twin');
      const stored = await h.platform.database.db
        .selectFrom('notice_items')
        .select('notice_id')
        .where('listing_id', 'in', ids)
        .execute();
      assert.equal(new Set(stored.map((r) => r.notice_id)).size, 1);
    });

    test('more than 300 listings, missing evidence and a screenshot without URL are refused', async () => {
      const [l] = await listings(h, us, 1);
      const tooMany = noticeBody(
        right.id,
        Array.from({ length: 301 }, () => l!),
        evidence,
      );
      assert.deepEqual(
        pointers((await h.request('POST', '/v1/notices', { token: brand.token, body: tooMany })).body),
        ['/items'],
      );
      const noEvidence = { ...noticeBody(right.id, [l!], evidence), items: [{ listingId: l, evidence: [] }] };
      assert.deepEqual(
        pointers((await h.request('POST', '/v1/notices', { token: brand.token, body: noEvidence })).body),
        ['/items/0/evidence'],
      );
      const noUrl = noticeBody(right.id, [l!], {
        kind: 'screenshot',
        documentSha256: evidence.documentSha256,
        capturedAt: '2026-01-01T00:00:00Z',
      });
      assert.deepEqual(
        pointers((await h.request('POST', '/v1/notices', { token: brand.token, body: noUrl })).body),
        ['/items/0/evidence/0/url'],
      );
    });

    test('an agent files for a brand that authorized it, not for others; other brands and sellers cannot read the notice', async () => {
      const agent = await userIn(h, 'agent', 'agent');
      const [l] = await listings(h, us, 1);
      const agentEvidence = await screenshot(h, agent.token);
      const refused = await h.request('POST', '/v1/notices', {
        token: agent.token,
        body: noticeBody(right.id, [l!], agentEvidence, { principalOrgId: brand.orgId }),
      });
      assert.deepEqual(pointers(refused.body), ['/principalOrgId']);
      await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId },
      });
      const filed = await h.request('POST', '/v1/notices', {
        token: agent.token,
        body: noticeBody(right.id, [l!], agentEvidence, { principalOrgId: brand.orgId }),
      });
      assert.equal(filed.status, 201, filed.text);
      assert.equal(filed.body.principalOrgId, brand.orgId);
      assert.equal(filed.body.filerOrgId, agent.orgId);
      const other = await userIn(h, 'brand', 'rights_holder');
      assert.equal(
        (await h.request('GET', `/v1/notices/${filed.body.id}`, { token: other.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/notices/${filed.body.id}`, { token: brand.token })).status,
        200,
      );
      const seller = await userIn(h, 'seller', 'seller');
      assert.equal((await h.request('GET', '/v1/notices', { token: seller.token })).status, 403);
      assert.equal(
        (
          await h.request('POST', '/v1/notices', {
            token: seller.token,
            body: noticeBody(right.id, [l!], agentEvidence),
          })
        ).status,
        403,
      );
      assert.equal(
        (
          await h.request('POST', '/v1/notices', {
            token: us.key,
            body: noticeBody(right.id, [l!], agentEvidence),
          })
        ).status,
        403,
      );
    });

    test("evidence documents must be the filer's own uploads", async () => {
      const other = await userIn(h, 'brand', 'rights_holder');
      const foreign = await uploadDocument(h, other.token);
      const [l] = await listings(h, us, 1);
      const res = await h.request('POST', '/v1/notices', {
        token: brand.token,
        body: noticeBody(right.id, [l!], { ...evidence, documentSha256: foreign }),
      });
      assert.deepEqual(pointers(res.body), ['/items/0/evidence/0/documentSha256']);
    });

    describe('CSV bulk filing', () => {
      const query = (rightId: string) =>
        `rightId=${rightId}&infringementType=counterfeit&contactName=Jane&contactEmail=legal%40brand.example&goodFaith=true&accuracy=true&authority=true`;
      const post = (csv: string | Buffer, rightId = right.id) =>
        h.request('POST', `/v1/notices/csv?${query(rightId)}`, {
          token: brand.token,
          payload: typeof csv === 'string' ? Buffer.from(csv) : csv,
          headers: { 'content-type': 'text/csv' },
        });

      test('a CSV with listing ids, external ids and urls becomes one notice', async () => {
        const ids = await listings(h, us, 2);
        const byExternal = await h.request('GET', `/v1/listings/${ids[1]}`, { token: brand.token });
        const [third] = await listings(h, us, 1);
        const byUrl = await h.request('GET', `/v1/listings/${third}`, { token: brand.token });
        const sha = evidence.documentSha256 as string;
        const csv = [
          'listing_id,marketplace_id,external_id,url,evidence_kind,evidence_sha256,evidence_url,captured_at,explanation',
          `${ids[0]},,,,screenshot,${sha},https://shop.example/a,2026-01-01T00:00:00Z,"fake, with ""quotes"""`,
          `,${us.id},${byExternal.body.externalId},,test_buy_report,${sha},,,`,
          `,,,${byUrl.body.url},screenshot,${sha},${byUrl.body.url},2026-01-01T00:00:00Z,`,
        ].join('\r\n');
        const res = await post(csv);
        assert.equal(res.status, 201, res.text);
        assert.equal(res.body.source, 'csv');
        assert.equal(res.body.items.length, 3);
      });

      test('errors name the CSV line and column', async () => {
        const sha = evidence.documentSha256 as string;
        const [known] = await listings(h, us, 1);
        const csv = `listing_id,evidence_kind,evidence_sha256\n00000000-0000-4000-8000-000000000000,screenshot,${sha}\n${known},screenshot,${sha}\n`;
        const res = await post(csv);
        assert.equal(res.status, 400);
        assert.deepEqual(pointers(res.body), [
          '/csv/line/2/listing_id',
          '/csv/line/3/captured_at',
          '/csv/line/3/evidence_url',
        ]);
        assert.match(res.body.errors[0].detail, /^line \d:/);
      });

      test('not UTF-8, broken quoting, 10,000 rows and unknown columns are refused', async () => {
        const notUtf8 = await post(Buffer.from([0x6c, 0x69, 0xff, 0xfe, 0x0a]));
        assert.equal(notUtf8.body.errors[0].rule, 'utf-8');
        const quoting = await post('listing_id,evidence_kind,evidence_sha256\n"abc,screenshot,x\n');
        assert.equal(quoting.body.errors[0].rule, 'csv-quoting');
        const stray = await post('listing_id,evidence_kind,evidence_sha256\nab"c,screenshot,x\n');
        assert.equal(stray.body.errors[0].pointer, '/csv/line/2');
        const huge = `listing_id,evidence_kind,evidence_sha256\n${'x,screenshot,y\n'.repeat(10_000)}`;
        const many = await post(huge);
        assert.equal(many.status, 400);
        assert.equal(many.body.errors[0].rule, 'max-rows');
        const unknown = await post('listing,evidence_kind,evidence_sha256\n');
        assert.equal(unknown.body.errors[0].rule, 'known-column');
        const wrongType = await h.request('POST', `/v1/notices/csv?${query(right.id)}`, {
          token: brand.token,
          payload: '{}',
          headers: { 'content-type': 'application/json' },
        });
        assert.equal(wrongType.status, 415, 'JSON is not a CSV: the media types taken are named');
        assert.deepEqual(wrongType.body.acceptedTypes, ['text/csv', 'multipart/form-data']);
      });
    });
  });
}
