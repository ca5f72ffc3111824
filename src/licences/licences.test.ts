import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listingBody, uploadDocument } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness } from '../../test/support/harness.ts';
import { DEFAULT_LICENCES_POLICY } from './licence.ts';
import { day, deliveries, licenceBody, licenceScene, verifiedLicence } from './test-scene.ts';

for (const driver of drivers()) {
  describe(`licences (${driver})`, () => {
    let h: Harness;
    let s: Awaited<ReturnType<typeof licenceScene>>;
    before(async () => {
      h = await createHarness(driver);
      s = await licenceScene(h);
    });
    after(async () => h.close());

    const listingsOf = (externalIds: string[]) =>
      h.platform.database.db
        .selectFrom('listings')
        .select(['id', 'external_id', 'state'])
        .where('external_id', 'in', externalIds)
        .execute();

    test('the policy: sellers read it; bad input is refused per field and nothing is stored', async () => {
      const read = await h.request('GET', '/v1/policies/licences', { token: s.seller.token });
      assert.equal(read.status, 200, read.text);
      assert.equal(read.body.version, 0);
      assert.equal(read.body.body.mode, 'refuse');
      assert.equal(read.body.body.warningDays, 30);
      const bad = async (body: unknown, pointer: string, rule?: string) => {
        const res = await h.request('PUT', '/v1/policies/licences', { token: h.adminToken, body });
        assert.equal(res.status, 400, res.text);
        const error = res.body.errors.find((e: { pointer: string }) => e.pointer === pointer);
        assert.ok(error, `${pointer} in ${res.text}`);
        if (rule) assert.equal(error.rule, rule);
      };
      const p = DEFAULT_LICENCES_POLICY;
      await bad(
        { ...p, categories: [{ code: 'firearms', name: 'Guns', values: ['guns'] }] },
        '/categories/0/code',
      );
      await bad({ ...p, warningDays: -1 }, '/warningDays');
      await bad(
        {
          ...p,
          categories: [
            { code: 'books_press', name: 'Books', values: ['books'] },
            { code: 'travel', name: 'Travel', values: ['Books'] },
          ],
        },
        '/categories/1/values/0',
        'claimed-twice',
      );
      for (const token of [s.reviewer.token, s.seller.token, s.mkt.key])
        assert.equal(
          (await h.request('PUT', '/v1/policies/licences', { token, body: p })).status,
          403,
          'only operator admins set it',
        );
      const still = await h.request('GET', '/v1/policies/licences', { token: s.brand.token });
      assert.equal(still.body.version, 0, 'nothing was stored');
    });

    test('an upload with bad fields is refused naming each field; nothing is stored', async () => {
      const sha = await uploadDocument(h, s.seller.token, 'licence scan', 'application/pdf');
      const post = (body: unknown) =>
        h.request('POST', `/v1/stores/${s.mkt.storeId}/licences`, { token: s.seller.token, body });
      const unknown = await post(licenceBody(sha, { category: 'firearms' }));
      assert.equal(unknown.status, 400, unknown.text);
      assert.equal(unknown.body.errors[0].pointer, '/category');
      assert.equal(unknown.body.errors[0].rule, 'restricted-category');
      assert.match(
        unknown.body.errors[0].detail,
        /books_press, audiovisual, insurance, lotteries, travel, adult/,
      );
      const elsewhere = await post(licenceBody(sha, { jurisdiction: 'US' }));
      assert.equal(elsewhere.status, 400);
      assert.equal(elsewhere.body.errors[0].pointer, '/jurisdiction');
      assert.equal(elsewhere.body.errors[0].rule, 'covers-marketplace');
      const backwards = await post(licenceBody(sha, { validFrom: day(10), validUntil: day(5) }));
      assert.equal(backwards.body.errors[0].pointer, '/validUntil');
      assert.equal(backwards.body.errors[0].rule, 'after-valid-from');
      const expired = await post(licenceBody(sha, { validFrom: day(-20), validUntil: day(-1) }));
      assert.equal(expired.body.errors[0].rule, 'not-expired');
      const notUploaded = await post(licenceBody('a'.repeat(64)));
      assert.equal(notUploaded.body.errors[0].pointer, '/documentSha256');
      const othersDocument = await uploadDocument(h, s.otherSeller.token, 'their scan', 'application/pdf');
      assert.equal((await post(licenceBody(othersDocument))).body.errors[0].pointer, '/documentSha256');
      const schema = await post({ ...licenceBody(sha), validFrom: 'yesterday' });
      assert.equal(schema.status, 400);
      assert.equal(schema.body.errors[0].pointer, '/validFrom');
      const stored = await h.platform.database.db
        .selectFrom('licences')
        .select('id')
        .where('store_id', '=', s.mkt.storeId)
        .execute();
      assert.equal(stored.length, 0);
    });

    test('refuse mode: a restricted listing without a licence refuses the registration (422) naming the licence; nothing is stored; a verified licence admits it', async () => {
      const books = listingBody({ category: 'Books > Fiction' });
      const bag = listingBody({ category: 'bags' });
      const refused = await h.request('POST', `/v1/marketplaces/${s.mkt.id}/listings/batch`, {
        token: s.mkt.key,
        body: { listings: [bag, books] },
      });
      assert.equal(refused.status, 422, refused.text);
      assert.deepEqual(refused.body.errors.length, 1);
      const [error] = refused.body.errors;
      assert.equal(error.pointer, '/listings/1/category');
      assert.equal(error.rule, 'licence-required');
      assert.match(error.detail, /Books, magazines and newspapers \(books_press\) covering DE/);
      assert.deepEqual(await listingsOf([books.externalId, bag.externalId]), [], 'nothing half-stored');
      const single = await h.request('PUT', `/v1/marketplaces/${s.mkt.id}/listings/${books.externalId}`, {
        token: s.mkt.key,
        body: { ...books, externalId: undefined },
      });
      assert.equal(single.status, 422, single.text);
      assert.equal(single.body.errors[0].pointer, '/category');

      // A pending licence does not count; a verified EU one covers the DE marketplace.
      const sha = await uploadDocument(h, s.seller.token, 'books licence', 'application/pdf');
      const pending = await h.request('POST', `/v1/stores/${s.mkt.storeId}/licences`, {
        token: s.seller.token,
        body: licenceBody(sha),
      });
      assert.equal(pending.status, 201, pending.text);
      assert.equal(pending.body.status, 'pending');
      const stillRefused = await h.request('POST', `/v1/marketplaces/${s.mkt.id}/listings/batch`, {
        token: s.mkt.key,
        body: { listings: [books] },
      });
      assert.equal(stillRefused.status, 422);
      const queue = await h.request('GET', '/v1/licences?status=pending', { token: s.reviewer.token });
      assert.ok(queue.body.items.some((l: { id: string }) => l.id === pending.body.id));
      const verified = await h.request('POST', `/v1/licences/${pending.body.id}/decision`, {
        token: s.reviewer.token,
        body: { result: 'verified', reasonText: 'Checked against the issuing register.' },
      });
      assert.equal(verified.status, 200, verified.text);
      assert.equal(verified.body.status, 'verified');
      assert.equal(verified.body.decision.kind, 'licence_verification');
      const again = await h.request('POST', `/v1/licences/${pending.body.id}/decision`, {
        token: s.reviewer2.token,
        body: { result: 'refused', reasonText: 'Too late' },
      });
      assert.equal(again.status, 409, 'decided once');
      const admitted = await h.request('POST', `/v1/marketplaces/${s.mkt.id}/listings/batch`, {
        token: s.mkt.key,
        body: { listings: [bag, books] },
      });
      assert.equal(admitted.status, 200, admitted.text);
      // Another category still needs its own licence.
      const film = await h.request('POST', `/v1/marketplaces/${s.mkt.id}/listings/batch`, {
        token: s.mkt.key,
        body: { listings: [listingBody({ category: 'Movies' })] },
      });
      assert.equal(film.status, 422);
      assert.match(film.body.errors[0].detail, /Music, film, TV and audiovisual/);
      const statement = await h.request('GET', `/v1/statements/${verified.body.decision.id}`, {
        token: s.seller.token,
      });
      assert.equal(statement.status, 200, statement.text);
    });

    test('hold mode: the listing is stored and taken down at once with a statement and a webhook, and restored when a licence is verified', async () => {
      const policy = await h.request('PUT', '/v1/policies/licences', {
        token: h.adminToken,
        body: { ...DEFAULT_LICENCES_POLICY, marketplaceModes: { [s.mkt.code]: 'hold' } },
      });
      assert.equal(policy.status, 200, policy.text);
      const cd = listingBody({ category: 'Media > Music > CDs' });
      const held = await h.request('POST', `/v1/marketplaces/${s.mkt.id}/listings/batch`, {
        token: s.mkt.key,
        body: { listings: [cd] },
      });
      assert.equal(held.status, 200, held.text);
      const [listing] = await listingsOf([cd.externalId]);
      assert.equal(listing?.state, 'removed');
      const decisions = await h.request('GET', `/v1/decisions?listingId=${listing!.id}`, {
        token: s.seller.token,
      });
      assert.equal(decisions.status, 200, decisions.text);
      const restriction = decisions.body.items.find(
        (d: { kind: string }) => d.kind === 'licence_restriction',
      );
      assert.ok(restriction, decisions.text);
      assert.match(restriction.reasonText, /Music, film, TV and audiovisual \(audiovisual\) covering DE/);
      assert.equal(restriction.statement.restriction.kind, 'listing_removed');
      const removed = await deliveries(h, s.mkt.id, 'listing.removed');
      const hook = removed.find((d) => d.data.listing_id === listing!.id);
      assert.equal(hook?.data.source, 'licence');
      assert.equal(hook?.data.decision_id, restriction.id);

      await verifiedLicence(h, s.seller, s.reviewer, s.mkt.storeId, {
        category: 'audiovisual',
        jurisdiction: 'DE',
      });
      const [restored] = await listingsOf([cd.externalId]);
      assert.equal(restored?.state, 'active');
      const reinstated = await deliveries(h, s.mkt.id, 'listing.reinstated');
      assert.equal(reinstated.find((d) => d.data.listing_id === listing!.id)?.data.source, 'licence');
      const back = await h.request('PUT', '/v1/policies/licences', {
        token: h.adminToken,
        body: DEFAULT_LICENCES_POLICY,
      });
      assert.equal(back.status, 200);
    });

    test('a held listing whose restriction is reversed on appeal is restored', async () => {
      const hold = await h.request('PUT', '/v1/policies/licences', {
        token: h.adminToken,
        body: { ...DEFAULT_LICENCES_POLICY, mode: 'hold' },
      });
      assert.equal(hold.status, 200, hold.text);
      const toy = listingBody({ category: 'Adult' });
      const held = await h.request('PUT', `/v1/marketplaces/${s.mkt.id}/listings/${toy.externalId}`, {
        token: s.mkt.key,
        body: { ...toy, externalId: undefined },
      });
      assert.ok(held.status === 200 || held.status === 201, held.text);
      const [listing] = await listingsOf([toy.externalId]);
      assert.equal(listing?.state, 'removed');
      const decisions = await h.request('GET', `/v1/decisions?listingId=${listing!.id}`, {
        token: s.seller.token,
      });
      const restriction = decisions.body.items.find(
        (d: { kind: string }) => d.kind === 'licence_restriction',
      );
      const appeal = await h.request('POST', `/v1/decisions/${restriction.id}/appeals`, {
        token: s.seller.token,
        body: { grounds: 'This is a board game for adults, not an adult product.' },
      });
      assert.equal(appeal.status, 201, appeal.text);
      const reversed = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: s.reviewer.token,
        body: { result: 'reversed', reasonText: 'A board game is not an adult product.' },
      });
      assert.equal(reversed.status, 200, reversed.text);
      assert.equal((await listingsOf([toy.externalId]))[0]?.state, 'active');
      const hook = (await deliveries(h, s.mkt.id, 'listing.reinstated')).find(
        (d) => d.data.listing_id === listing!.id,
      );
      assert.equal(hook?.data.appealed_decision_id, restriction.id);
      const open = await h.platform.database.db
        .selectFrom('licence_restrictions')
        .select('lifted_at')
        .where('decision_id', '=', restriction.id)
        .executeTakeFirstOrThrow();
      assert.ok(open.lifted_at);
      await h.request('PUT', '/v1/policies/licences', { token: h.adminToken, body: DEFAULT_LICENCES_POLICY });
    });

    test('a refused licence can be appealed: reversed, it is verified; upheld, it stays refused', async () => {
      const refuse = async () => {
        const sha = await uploadDocument(h, s.seller.token, `lottery ${Math.random()}`, 'application/pdf');
        const up = await h.request('POST', `/v1/stores/${s.mkt.storeId}/licences`, {
          token: s.seller.token,
          body: licenceBody(sha, { category: 'lotteries', jurisdiction: 'DE' }),
        });
        const refused = await h.request('POST', `/v1/licences/${up.body.id}/decision`, {
          token: s.reviewer.token,
          body: { result: 'refused', reasonText: 'The licence number is not in the register.' },
        });
        assert.equal(refused.status, 200, refused.text);
        assert.equal(refused.body.status, 'refused');
        const appeal = await h.request('POST', `/v1/decisions/${refused.body.decision.id}/appeals`, {
          token: s.seller.token,
          body: { grounds: 'The register lists it under our former name.' },
        });
        assert.equal(appeal.status, 201, appeal.text);
        return { licenceId: up.body.id as string, appealId: appeal.body.id as string };
      };
      const first = await refuse();
      const reversed = await h.request('POST', `/v1/appeals/${first.appealId}/decision`, {
        token: s.reviewer2.token,
        body: { result: 'reversed', reasonText: 'The former name is on the register.' },
      });
      assert.equal(reversed.status, 200, reversed.text);
      const now = await h.request('GET', `/v1/licences/${first.licenceId}`, { token: s.seller.token });
      assert.equal(now.body.status, 'verified');
      assert.equal(now.body.decision.kind, 'appeal_reversed');
      const lottery = await h.request('POST', `/v1/marketplaces/${s.mkt.id}/listings/batch`, {
        token: s.mkt.key,
        body: { listings: [listingBody({ category: 'Lottery tickets' })] },
      });
      assert.equal(lottery.status, 200, lottery.text);

      const second = await refuse();
      const upheld = await h.request('POST', `/v1/appeals/${second.appealId}/decision`, {
        token: s.reviewer2.token,
        body: { result: 'upheld', reasonText: 'Not on the register under any name.' },
      });
      assert.equal(upheld.status, 200, upheld.text);
      const kept = await h.request('GET', `/v1/licences/${second.licenceId}`, { token: s.seller.token });
      assert.equal(kept.body.status, 'refused');
    });

    test('every endpoint refuses the wrong role (403) and another tenant (404 or not listed)', async () => {
      const mine = await verifiedLicence(h, s.seller, s.reviewer, s.mkt.storeId, { category: 'insurance' });
      const sha = await uploadDocument(h, s.otherSeller.token, 'other licence', 'application/pdf');
      const body = licenceBody(sha, { jurisdiction: 'US' });
      // Another seller cannot upload for this store, read this licence, or see it listed.
      assert.equal(
        (
          await h.request('POST', `/v1/stores/${s.mkt.storeId}/licences`, {
            token: s.otherSeller.token,
            body,
          })
        ).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/licences/${mine.id}`, { token: s.otherSeller.token })).status,
        404,
      );
      const theirs = await h.request('GET', '/v1/licences', { token: s.otherSeller.token });
      assert.equal(theirs.status, 200);
      assert.ok(!theirs.body.items.some((l: { id: string }) => l.id === mine.id));
      // Another marketplace's key neither reads nor lists it; this marketplace's key does.
      assert.equal(
        (await h.request('GET', `/v1/licences/${mine.id}`, { token: s.otherMkt.key })).status,
        404,
      );
      const otherList = await h.request('GET', '/v1/licences', { token: s.otherMkt.key });
      assert.ok(!otherList.body.items.some((l: { id: string }) => l.id === mine.id));
      const ownList = await h.request('GET', `/v1/licences?storeId=${s.mkt.storeId}`, { token: s.mkt.key });
      assert.ok(
        ownList.body.items.some(
          (l: { id: string; status: string }) => l.id === mine.id && l.status === 'verified',
        ),
      );
      // Wrong roles.
      assert.equal((await h.request('GET', '/v1/licences', { token: s.brand.token })).status, 403);
      assert.equal((await h.request('GET', `/v1/licences/${mine.id}`, { token: s.brand.token })).status, 403);
      for (const token of [s.reviewer.token, s.mkt.key, s.brand.token, h.adminToken])
        assert.equal(
          (await h.request('POST', `/v1/stores/${s.mkt.storeId}/licences`, { token, body: licenceBody(sha) }))
            .status,
          403,
          'only the seller uploads',
        );
      const up = await h.request('POST', `/v1/stores/${s.otherMkt.storeId}/licences`, {
        token: s.otherSeller.token,
        body,
      });
      assert.equal(up.status, 201, up.text);
      for (const token of [s.seller.token, s.otherSeller.token, s.mkt.key, s.brand.token])
        assert.equal(
          (
            await h.request('POST', `/v1/licences/${up.body.id}/decision`, {
              token,
              body: { result: 'verified', reasonText: 'ok' },
            })
          ).status,
          403,
          'only operator reviewers decide',
        );
      assert.equal((await h.request('GET', '/v1/policies/licences')).status, 401);
    });
  });
}
