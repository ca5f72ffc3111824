import assert from 'node:assert/strict';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { captureOutput } from '../../test/support/capture-output.ts';
import { listings, marketplace, uploadDocument } from '../../test/support/fixtures.ts';
import { createHarness, drivers, type Harness, memberOf, userIn } from '../../test/support/harness.ts';
import { handoverMessage } from './custody.ts';
import { DEFAULT_TEST_BUY_SAMPLING } from './sampling.ts';

type User = { token: string; userId: string; orgId?: string };

for (const driver of drivers()) {
  describe(`test buys (${driver})`, () => {
    let h: Harness;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let otherBrand: Awaited<ReturnType<typeof userIn>>;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let inspector: Awaited<ReturnType<typeof userIn>>;
    let otherInspector: Awaited<ReturnType<typeof userIn>>;
    let reviewer: User;
    let liaison: User;
    let mkt: Awaited<ReturnType<typeof marketplace>>;
    let storeId: string;
    let suspect: string;
    let copy: string;
    const keys = new Map<string, { keyId: string; privateKey: KeyObject }>();
    const db = () => h.platform.database.db;

    before(async () => {
      h = await createHarness(driver, {}, { sellerAccountability: 'enforce' });
      brand = await userIn(h, 'brand', 'rights_holder');
      otherBrand = await userIn(h, 'brand', 'rights_holder');
      seller = await userIn(h, 'seller', 'seller');
      inspector = await userIn(h, 'authority', 'inspector');
      otherInspector = await userIn(h, 'authority', 'inspector');
      reviewer = await memberOf(h, h.operatorOrgId, 'reviewer');
      liaison = await memberOf(h, h.operatorOrgId, 'enforcement_liaison');
      mkt = await marketplace(h, 'DE');
      const store = { externalId: 'suspect-store', name: 'Suspect Store' };
      const pair = await listings(h, mkt, 2, {
        store,
        title: 'Luxury Handbag GG',
        price: { amount: 120, currency: 'EUR' },
        quantity: 40,
      });
      suspect = pair[0]!;
      copy = pair[1]!;
      await listings(h, mkt, 3, { store, category: 'shoes' });
      await listings(h, mkt, 4, { store: { externalId: 'other', name: 'Other' }, category: 'toys' });
      storeId = (
        await db()
          .selectFrom('stores')
          .select('id')
          .where('marketplace_id', '=', mkt.id)
          .where('external_id', '=', 'suspect-store')
          .executeTakeFirstOrThrow()
      ).id;
      const linked = await h.request('PATCH', `/v1/stores/${storeId}`, {
        token: h.adminToken,
        body: { sellerOrgId: seller.orgId },
      });
      assert.equal(linked.status, 200, linked.text);
      const policy = await h.request('PUT', '/v1/policies/test-buy-sampling', {
        token: h.adminToken,
        body: {
          ...DEFAULT_TEST_BUY_SAMPLING,
          randomPerCategory: 1,
          riskSampleSize: 3,
          referral: { minValueMinor: 500_000, minUnits: null, minStrikes: null, minLinkedStores: null },
        },
      });
      assert.equal(policy.status, 200, policy.text);
      for (const [name, who] of [
        ['reviewer', reviewer],
        ['inspector', inspector],
        ['otherInspector', otherInspector],
      ] as const) {
        const pair = generateKeyPairSync('ed25519');
        const res = await h.request('POST', '/v1/custodian-keys', {
          token: who.token,
          body: { publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
        });
        assert.equal(res.status, 201, res.text);
        keys.set(name, { keyId: res.body.keyId, privateKey: pair.privateKey });
      }
    });
    after(async () => h.close());

    let testBuyId: string;

    test('a brand asks for a test buy of a listing it suspects; others cannot, and see only their own requests', async () => {
      const asked = await h.request('POST', '/v1/test-buys/requests', {
        token: brand.token,
        body: { listingId: suspect, reasonText: 'Price far below retail, stock photos of our bag' },
      });
      assert.equal(asked.status, 201, asked.text);
      assert.equal(asked.body.status, 'open');
      const again = await h.request('POST', '/v1/test-buys/requests', {
        token: brand.token,
        body: { listingId: suspect, reasonText: 'again' },
      });
      assert.equal(again.status, 409);
      assert.equal(
        (
          await h.request('POST', '/v1/test-buys/requests', {
            token: seller.token,
            body: { listingId: suspect, reasonText: 'x' },
          })
        ).status,
        403,
      );
      const otherTenant = await h.request('POST', '/v1/test-buys/requests', {
        token: brand.token,
        body: { listingId: suspect, reasonText: 'x', brandOrgId: otherBrand.orgId },
      });
      assert.equal(otherTenant.status, 400);
      assert.equal(otherTenant.body.errors[0].pointer, '/brandOrgId');
      const mine = await h.request('GET', '/v1/test-buys/requests', { token: brand.token });
      assert.equal(mine.body.items.length, 1);
      const theirs = await h.request('GET', '/v1/test-buys/requests', { token: otherBrand.token });
      assert.deepEqual(theirs.body.items, []);
      assert.equal((await h.request('GET', '/v1/test-buys/requests', { token: seller.token })).status, 403);
    });

    test('an admin draws the plan from a seed: the same seed draws the same, each listing with why; others may not', async () => {
      const body = { period: '2026-12', seed: 'december-draw', marketplaceId: mkt.id, dryRun: true };
      const first = await h.request('POST', '/v1/test-buys/plans', { token: h.adminToken, body });
      assert.equal(first.status, 200, first.text);
      const second = await h.request('POST', '/v1/test-buys/plans', { token: h.adminToken, body });
      assert.deepEqual(second.body.entries, first.body.entries, 'reproducible');
      const created = await h.request('POST', '/v1/test-buys/plans', {
        token: h.adminToken,
        body: { ...body, dryRun: false },
      });
      assert.equal(created.status, 201, created.text);
      const listingOf = (e: { listing: { id: string } }) => e.listing.id;
      assert.deepEqual(created.body.entries.map(listingOf).sort(), first.body.entries.map(listingOf).sort());
      const requested = created.body.entries.find(
        (e: { listing: { id: string } }) => e.listing.id === suspect,
      );
      assert.ok(requested, 'the requested listing is drawn (its weight dominates)');
      assert.equal(requested.stratum, 'risk');
      assert.equal(requested.requestedBy !== null, true);
      assert.deepEqual(
        requested.reason.factors.map((f: { source: string }) => f.source),
        ['brand_request'],
      );
      assert.match(requested.explanation, /brand_request 1 x 2 = 2 \(requested by/);
      const random = created.body.entries.filter((e: { stratum: string }) => e.stratum === 'random');
      assert.deepEqual(
        random.map((e: { reason: { category: string } }) => e.reason.category).sort(),
        ['bags', 'shoes', 'toys'],
        'one per category',
      );
      assert.ok(
        random.every((e: { explanation: string }) => /Random sample of category/.test(e.explanation)),
      );
      testBuyId = requested.testBuyId;
      // A listing with a test buy in progress is not drawn again.
      const redraw = await h.request('POST', '/v1/test-buys/plans', { token: h.adminToken, body });
      assert.ok(!redraw.body.entries.some((e: { listing: { id: string } }) => e.listing.id === suspect));
      assert.equal(
        (await h.request('POST', '/v1/test-buys/plans', { token: reviewer.token, body })).status,
        403,
      );
      assert.equal(
        (await h.request('GET', `/v1/test-buys/plans/${created.body.id}`, { token: brand.token })).status,
        403,
      );
      const brandView = await h.request('GET', '/v1/test-buys/requests', { token: brand.token });
      assert.equal(brandView.body.items[0].testBuyId, testBuyId);
      assert.equal(brandView.body.items[0].testBuyStatus, 'planned');
    });

    const step = (token: string, body: unknown) =>
      h.request('POST', `/v1/test-buys/${testBuyId}/steps`, { token, body });
    const at = '2026-12-02T10:00:00.000Z';

    test('the chain of custody: steps in order, documents by hash, hand-over signed by both; bad input changes nothing', async () => {
      const outOfOrder = await step(reviewer.token, {
        step: 'shipped',
        data: { at, carrier: 'DHL', trackingNumber: '1' },
        documents: [],
      });
      assert.equal(outOfOrder.status, 422, outOfOrder.text);
      assert.equal(outOfOrder.body.rule, 'step-order');
      const noPrice = await step(reviewer.token, {
        step: 'purchased',
        data: { at, orderReference: 'ORD-1', buyerIdentity: 'shopper-7' },
        documents: [],
      });
      assert.equal(noPrice.status, 400);
      assert.deepEqual(
        noPrice.body.errors.map((e: { pointer: string }) => e.pointer),
        ['/data/price'],
      );
      assert.equal((await step(brand.token, { step: 'purchased', data: {}, documents: [] })).status, 404);
      assert.equal((await step(seller.token, { step: 'purchased', data: {}, documents: [] })).status, 404);
      const receipt = await uploadDocument(h, reviewer.token, 'order receipt ORD-1', 'application/pdf');
      const purchased = await step(reviewer.token, {
        step: 'purchased',
        data: {
          at,
          orderReference: 'ORD-1',
          price: { amountMinor: 12_000, currency: 'EUR' },
          buyerIdentity: 'shopper-7',
        },
        documents: [{ label: 'receipt', sha256: receipt }],
      });
      assert.equal(purchased.status, 201, purchased.text);
      assert.equal(purchased.body.seq, 1);
      assert.equal(
        (
          await step(reviewer.token, {
            step: 'shipped',
            data: { at, carrier: 'DHL', trackingNumber: 'JD01' },
            documents: [],
          })
        ).status,
        201,
      );
      assert.equal(
        (
          await step(reviewer.token, {
            step: 'received',
            data: { at, receivedBy: 'Test-buy desk' },
            documents: [],
          })
        ).status,
        201,
      );
      const notMine = await uploadDocument(h, brand.token, 'a photo the brand uploaded');
      const unowned = await step(reviewer.token, {
        step: 'photographed',
        data: { at },
        documents: [{ label: 'photo', sha256: notMine }],
      });
      assert.equal(unowned.status, 400);
      assert.equal(unowned.body.errors[0].rule, 'document-uploaded');
      const photo = await uploadDocument(h, reviewer.token, 'photo of the parcel on arrival');
      assert.equal(
        (
          await step(reviewer.token, {
            step: 'photographed',
            data: { at },
            documents: [{ label: 'arrival photo', sha256: photo }],
          })
        ).status,
        201,
      );
      const head = await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: reviewer.token });
      assert.equal(head.body.nextStep, 'handed_over');
      const prevHash = head.body.steps.at(-1).hash;
      const data = { at, recipientKind: 'agency', recipientName: 'Customs laboratory' };
      const from = { userId: reviewer.userId, keyId: keys.get('reviewer')!.keyId };
      const to = { userId: inspector.userId, keyId: keys.get('inspector')!.keyId };
      const message = Buffer.from(
        handoverMessage({ testBuyId, seq: 5, prevHash, data: data as never, documents: [], from, to }),
      );
      const signed = (k: string) => sign(null, message, keys.get(k)!.privateKey).toString('base64');
      const oneSigned = await step(reviewer.token, {
        step: 'handed_over',
        data,
        documents: [],
        handover: { from: { ...from, signature: signed('reviewer') }, to },
      });
      assert.equal(oneSigned.status, 400);
      assert.deepEqual(
        oneSigned.body.errors.map((e: { pointer: string; rule: string }) => `${e.pointer} ${e.rule}`),
        ['/handover/to/signature handover-signed-by-both'],
      );
      const forged = await step(reviewer.token, {
        step: 'handed_over',
        data,
        documents: [],
        handover: {
          from: { ...from, signature: signed('reviewer') },
          to: { ...to, signature: signed('otherInspector') },
        },
      });
      assert.equal(forged.status, 400);
      assert.equal(forged.body.errors[0].rule, 'signature-valid');
      const still = await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: reviewer.token });
      assert.equal(still.body.steps.length, 4, 'nothing was written');
      const handed = await step(reviewer.token, {
        step: 'handed_over',
        data,
        documents: [],
        handover: {
          from: { ...from, signature: signed('reviewer') },
          to: { ...to, signature: signed('inspector') },
        },
      });
      assert.equal(handed.status, 201, handed.text);
      // The receiving inspector reads the case (without the buyer identity) and records the inspection.
      const asInspector = await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: inspector.token });
      assert.equal(asInspector.status, 200);
      assert.equal(asInspector.body.steps[0].data.buyerIdentity, undefined);
      // each step names its recorder for people (the hashed record keeps its label)
      assert.match(asInspector.body.steps[0].recordedBy, /^user:/);
      assert.equal(typeof asInspector.body.steps[0].recordedByName, 'string');
      assert.doesNotMatch(asInspector.body.steps[0].recordedByName, /^user:/);
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: otherInspector.token })).status,
        404,
      );
      const report = await uploadDocument(
        h,
        inspector.token,
        'lab report: stitching, logo font, no serial',
        'application/pdf',
      );
      assert.equal(
        (
          await step(otherInspector.token, {
            step: 'inspected',
            data: { at, result: 'counterfeit', summary: 'x' },
            documents: [],
          })
        ).status,
        404,
      );
      const inspected = await step(inspector.token, {
        step: 'inspected',
        data: {
          at,
          result: 'counterfeit',
          summary: 'Logo font and stitching differ from the genuine bag; no serial number.',
        },
        documents: [{ label: 'inspection report', sha256: report }],
      });
      assert.equal(inspected.status, 201, inspected.text);
      const verdict = await h.request('GET', `/v1/test-buys/${testBuyId}/custody/verify`, {
        token: reviewer.token,
      });
      assert.deepEqual({ ok: verdict.body.ok, steps: verdict.body.steps }, { ok: true, steps: 6 });
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}/custody/verify`, { token: seller.token })).status,
        404,
      );
    });

    test('an altered document or step is detected and named at its step', async () => {
      const steps = await db()
        .selectFrom('test_buy_steps')
        .selectAll()
        .where('test_buy_id', '=', testBuyId)
        .orderBy('seq')
        .execute();
      const photo = steps[3]!.documents[0]!.sha256;
      const original = await db()
        .selectFrom('documents')
        .select('content')
        .where('sha256', '=', photo)
        .executeTakeFirstOrThrow();
      await db()
        .updateTable('documents')
        .set({ content: new Uint8Array(Buffer.from('swapped photo')) })
        .where('sha256', '=', photo)
        .execute();
      const broken = await h.request('GET', `/v1/test-buys/${testBuyId}/custody/verify`, {
        token: reviewer.token,
      });
      assert.deepEqual(
        [broken.body.ok, broken.body.broken.seq, broken.body.broken.step, broken.body.broken.rule],
        [false, 4, 'photographed', 'document-altered'],
      );
      const undecidable = await h.request('POST', `/v1/test-buys/${testBuyId}/outcome`, {
        token: reviewer.token,
        body: { reasonText: 'x' },
      });
      assert.equal(undecidable.status, 422);
      assert.equal(undecidable.body.rule, 'custody-intact');
      await db()
        .updateTable('documents')
        .set({ content: original.content })
        .where('sha256', '=', photo)
        .execute();
      await db()
        .updateTable('test_buy_steps')
        .set({ recorded_by: 'someone else' })
        .where('test_buy_id', '=', testBuyId)
        .where('seq', '=', 2)
        .execute();
      const altered = await h.request('GET', `/v1/test-buys/${testBuyId}/custody/verify`, {
        token: reviewer.token,
      });
      assert.deepEqual([altered.body.broken.seq, altered.body.broken.rule], [2, 'step-hash']);
      await db()
        .updateTable('test_buy_steps')
        .set({ recorded_by: steps[1]!.recorded_by })
        .where('test_buy_id', '=', testBuyId)
        .where('seq', '=', 2)
        .execute();
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}/custody/verify`, { token: reviewer.token })).body
          .ok,
        true,
      );
    });

    // The CLI opens the database the server uses; an in-memory PGlite has no other opener, so it
    // runs against the PostgreSQL harness (a data folder is covered by the audit CLI's tests).
    if (driver === 'postgres')
      test('ipp test-buy verify: 0 for an intact chain, 1 naming the broken step or an unknown id, 2 for bad usage', async () => {
        const { runTestBuyCommand } = await import('./test-buy-cli.ts');
        const target = h.config.database;
        assert.equal(target.kind, 'postgres');
        const url = process.env.DATABASE_URL;
        process.env.DATABASE_URL = target.kind === 'postgres' ? target.url : '';
        const recordedBy = (
          await db()
            .selectFrom('test_buy_steps')
            .select('recorded_by')
            .where('test_buy_id', '=', testBuyId)
            .where('seq', '=', 2)
            .executeTakeFirstOrThrow()
        ).recorded_by;
        const codes: number[] = [];
        let text = '';
        try {
          text = (
            await captureOutput(async () => {
              codes.push(await runTestBuyCommand(['verify', testBuyId]));
              await db()
                .updateTable('test_buy_steps')
                .set({ recorded_by: 'someone else' })
                .where('test_buy_id', '=', testBuyId)
                .where('seq', '=', 2)
                .execute();
              codes.push(await runTestBuyCommand(['verify', testBuyId]));
              codes.push(await runTestBuyCommand(['verify', '00000000-0000-4000-8000-000000000000']));
              codes.push(await runTestBuyCommand(['verify']));
              codes.push(await runTestBuyCommand(['verify', 'not-an-id']));
            })
          ).text;
        } finally {
          if (url === undefined) delete process.env.DATABASE_URL;
          else process.env.DATABASE_URL = url;
          await db()
            .updateTable('test_buy_steps')
            .set({ recorded_by: recordedBy })
            .where('test_buy_id', '=', testBuyId)
            .where('seq', '=', 2)
            .execute();
        }
        assert.deepEqual(codes, [0, 1, 1, 2, 2], text);
        assert.match(text, /"ok": true/);
        assert.match(text, /broken at step 2 \([a-z_]+\): step-hash/);
        assert.match(text, /no test buy 00000000-0000-4000-8000-000000000000/);
        assert.match(text, /usage: ipp test-buy verify <testBuyId>/);
      });

    test('counterfeit: a decision with reasons to the seller, points, the listing and its copy taken down, a referral', async () => {
      const hidden = await h.request('GET', `/v1/test-buys/${testBuyId}/outcome`, { token: seller.token });
      assert.equal(hidden.status, 404, 'the seller learns nothing before the decision');
      assert.equal(
        (
          await h.request('POST', `/v1/test-buys/${testBuyId}/outcome`, {
            token: brand.token,
            body: { reasonText: 'x' },
          })
        ).status,
        403,
      );
      const decided = await h.request('POST', `/v1/test-buys/${testBuyId}/outcome`, {
        token: reviewer.token,
        body: { reasonText: 'The goods are counterfeit.' },
      });
      assert.equal(decided.status, 200, decided.text);
      assert.equal(decided.body.result, 'counterfeit');
      const twice = await h.request('POST', `/v1/test-buys/${testBuyId}/outcome`, {
        token: reviewer.token,
        body: { reasonText: 'again' },
      });
      assert.equal(twice.status, 409);
      const states = await db()
        .selectFrom('listings')
        .select(['id', 'state'])
        .where('id', 'in', [suspect, copy])
        .execute();
      assert.deepEqual(
        states.map((s) => s.state),
        ['removed', 'removed'],
        'the listing and its copy',
      );
      const decisions = await db()
        .selectFrom('decisions')
        .select(['id', 'kind', 'listing_id', 'reason_code'])
        .where('kind', '=', 'test_buy_violation')
        .execute();
      assert.equal(decisions.length, 2);
      const main = decisions.find((d) => d.listing_id === suspect)!;
      assert.equal(main.id, decided.body.decisionId);
      // The seller's defence: the result, the inspection and the statement; never the investigation.
      const defence = await h.request('GET', `/v1/test-buys/${testBuyId}/outcome`, { token: seller.token });
      assert.equal(defence.status, 200);
      assert.match(defence.body.inspection.summary, /Logo font/);
      assert.equal(JSON.stringify(defence.body).includes('shopper-7'), false);
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: seller.token })).status,
        404,
      );
      const statement = await h.request('GET', defence.body.statementPath, { token: seller.token });
      assert.equal(statement.status, 200, statement.text);
      assert.match(JSON.stringify(statement.body), /inspected by Customs laboratory/);
      assert.equal(JSON.stringify(statement.body).includes('shopper-7'), false);
      const other = await userIn(h, 'seller', 'seller');
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}/outcome`, { token: other.token })).status,
        404,
      );
      const accountability = await h.request('GET', `/v1/stores/${storeId}/accountability`, {
        token: seller.token,
      });
      assert.equal(accountability.body.balance, 36, 'a counterfeit deducts 12 of 48');
      const brandView = await h.request('GET', `/v1/test-buys/${testBuyId}/outcome`, { token: brand.token });
      assert.equal(brandView.body.result, 'counterfeit');
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}/outcome`, { token: otherBrand.token })).status,
        404,
      );
      const referral = await db()
        .selectFrom('referral_cases')
        .selectAll()
        .where('test_buy_id', '=', testBuyId)
        .executeTakeFirstOrThrow();
      assert.equal(referral.criteria.valueMinor.met, true, '2 x 40 x 120.00 EUR on offer');
      assert.equal(referral.criteria.valueMinor.value, 2 * 40 * 12_000);
      assert.equal(referral.jurisdiction, 'DE');
    });

    test('only enforcement liaison sees referral cases; every read and export is audited; the bundle verifies offline', async () => {
      for (const who of [reviewer, brand, seller, inspector])
        assert.equal((await h.request('GET', '/v1/referrals', { token: who.token })).status, 403);
      assert.equal((await h.request('GET', '/v1/referrals', { token: h.adminToken })).status, 403);
      const list = await h.request('GET', '/v1/referrals?jurisdiction=DE', { token: liaison.token });
      assert.equal(list.status, 200, list.text);
      assert.equal(list.body.items.length, 1);
      const id = list.body.items[0].id;
      assert.equal((await h.request('GET', `/v1/referrals/${id}`, { token: reviewer.token })).status, 403);
      assert.equal(
        (
          await h.request('GET', '/v1/referrals/0190c6b8-0000-7000-8000-00000000dead', {
            token: liaison.token,
          })
        ).status,
        404,
      );
      const read = await h.request('GET', `/v1/referrals/${id}`, { token: liaison.token });
      assert.equal(read.status, 200);
      // The liaison opens the evidence its case cites (the inspection report and the photos).
      const custody = await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: liaison.token });
      const cited = custody.body.steps.flatMap((st: { documents: { sha256: string }[] }) => st.documents);
      assert.ok(cited.length > 0);
      const doc = await h.request('GET', `/v1/documents/${cited[0].sha256}`, { token: liaison.token });
      assert.equal(doc.status, 200, 'the liaison reads the documents its case cites');
      assert.deepEqual(
        read.body.sections.map((s: { name: string }) => s.name),
        ['trader', 'listings', 'sales', 'notices_and_decisions', 'buyer_complaints', 'test_buys'],
      );
      assert.equal(
        (await h.request('POST', `/v1/test-buys/${testBuyId}/referral`, { token: reviewer.token })).status,
        403,
      );
      const twice = await h.request('POST', `/v1/test-buys/${testBuyId}/referral`, { token: liaison.token });
      assert.equal(twice.status, 409, 'one referral per test buy');
      const notViolation = await h.request(
        'POST',
        '/v1/test-buys/0190c6b8-0000-7000-8000-00000000beef/referral',
        {
          token: liaison.token,
        },
      );
      assert.equal(notViolation.status, 404);
      const caseView = await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: liaison.token });
      assert.equal(caseView.body.referralId, id);
      assert.equal(
        (await h.request('GET', `/v1/test-buys/${testBuyId}`, { token: reviewer.token })).body.referralId,
        null,
      );
      const noAgency = await h.request('PATCH', `/v1/referrals/${id}`, {
        token: liaison.token,
        body: { version: read.body.version, status: 'referred' },
      });
      assert.equal(noAgency.status, 400);
      assert.deepEqual(noAgency.body.errors.map((e: { rule: string }) => e.rule).sort(), [
        'agency-when-referred',
        'reference-when-referred',
      ]);
      const referred = await h.request('PATCH', `/v1/referrals/${id}`, {
        token: liaison.token,
        body: {
          version: read.body.version,
          status: 'referred',
          agency: 'Zollfahndung Frankfurt',
          referenceNumber: 'ZF-2026-118',
        },
      });
      assert.equal(referred.status, 200, referred.text);
      const stale = await h.request('PATCH', `/v1/referrals/${id}`, {
        token: liaison.token,
        body: { version: read.body.version, arrests: 2 },
      });
      assert.equal(stale.status, 409);
      const closed = await h.request('PATCH', `/v1/referrals/${id}`, {
        token: liaison.token,
        body: {
          version: referred.body.version,
          status: 'closed',
          arrests: 2,
          valueSeized: { amountMinor: 4_500_000, currency: 'EUR' },
        },
      });
      assert.equal(closed.status, 200, closed.text);
      assert.deepEqual(closed.body.valueSeized, { amountMinor: 4_500_000, currency: 'EUR' });
      const back = await h.request('PATCH', `/v1/referrals/${id}`, {
        token: liaison.token,
        body: { version: closed.body.version, status: 'referred' },
      });
      assert.equal(back.status, 400);
      assert.equal(
        (await h.request('POST', `/v1/referrals/${id}/export`, { token: reviewer.token })).status,
        403,
      );
      const exported = await h.platform.app.inject({
        method: 'POST',
        url: `/v1/referrals/${id}/export`,
        headers: { authorization: `Bearer ${liaison.token}` },
      });
      assert.equal(exported.statusCode, 200, exported.body);
      assert.equal(exported.headers['content-type'], 'application/x-tar');
      const archive = exported.rawPayload;
      const key = await h.request('GET', '/v1/referrals/public-key', {});
      assert.equal(key.status, 200);
      const { verifyArchive, readTar } = await import('../referrals/index.ts');
      const { createPublicKey } = await import('node:crypto');
      const publicKey = createPublicKey(key.body.publicKeyPem);
      const verdict = verifyArchive(archive, publicKey);
      assert.deepEqual(verdict.problems, []);
      assert.equal(verdict.ok, true);
      const files = readTar(archive).map((f) => f.path);
      for (const expected of [
        'manifest.json',
        'manifest.sig',
        'case.json',
        'sections/06-test_buys.json',
        'documents.json',
        'audit.json',
      ])
        assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
      const bundle = readTar(archive);
      const testBuys = JSON.parse(
        bundle.find((f) => f.path === 'sections/06-test_buys.json')!.content.toString(),
      );
      assert.equal(testBuys.data.testBuys.find((t: { id: string }) => t.id === testBuyId).custody.length, 6);
      assert.equal(
        files.filter((f) => f.startsWith('documents/')).length,
        3,
        'receipt, photo, report with their bytes',
      );
      // One byte changed in a document: the verifier names the file.
      const docEntry = bundle.find((f) => f.path.startsWith('documents/'))!;
      const at = archive.indexOf(docEntry.content);
      const tampered = Buffer.from(archive);
      tampered[at] = tampered[at]! ^ 1;
      const bad = verifyArchive(tampered, publicKey);
      assert.equal(bad.ok, false);
      assert.match(bad.problems.join('\n'), new RegExp(`${docEntry.path}: SHA-256 does not match`));
      const otherKey = generateKeyPairSync('ed25519').publicKey;
      assert.match(verifyArchive(archive, otherKey).problems.join('\n'), /signature does not hold/);
      const audit = await db().selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
      const actions = audit.map((a) => a.action);
      for (const a of ['referral.opened', 'referral.read', 'referral.updated', 'referral.exported'])
        assert.ok(actions.includes(a), `${a} audited`);
      assert.ok(
        (
          await db()
            .selectFrom('audit_log')
            .select('action')
            .where('action', '=', 'referral.listed')
            .execute()
        ).length >= 1,
      );
    });

    test('the seller appeals; reversed, the listing returns and the points come back', async () => {
      const decisionId = (
        await h.request('GET', `/v1/test-buys/${testBuyId}/outcome`, { token: seller.token })
      ).body.decisionId;
      const appeal = await h.request('POST', `/v1/decisions/${decisionId}/appeals`, {
        token: seller.token,
        body: { grounds: 'The bag is genuine; the lab compared it with an older model.' },
      });
      assert.equal(appeal.status, 201, appeal.text);
      const other = await memberOf(h, h.operatorOrgId, 'reviewer');
      const reversed = await h.request('POST', `/v1/appeals/${appeal.body.id}/decision`, {
        token: other.token,
        body: { result: 'reversed', reasonText: 'The comparison model was wrong.' },
      });
      assert.equal(reversed.status, 200, reversed.text);
      const state = await db()
        .selectFrom('listings')
        .select('state')
        .where('id', '=', suspect)
        .executeTakeFirstOrThrow();
      assert.equal(state.state, 'active');
      const accountability = await h.request('GET', `/v1/stores/${storeId}/accountability`, {
        token: seller.token,
      });
      assert.equal(accountability.body.balance, 48);
    });
  });
}
