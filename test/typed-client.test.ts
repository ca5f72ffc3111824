import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  counterNoticeBody,
  type Parties,
  parties,
  rightFor,
  sellerMarketplace,
} from '../src/counter-notices/test-scenario.ts';
import { listings, screenshot } from './support/fixtures.ts';
import { createHarness, drivers, type Harness } from './support/harness.ts';

/**
 * The notice path read through the client generated from /openapi.json (the portal's): every
 * response below is typed by its schema, so a schema change that breaks a reader breaks this file
 * at compile time, and the server's serializer holds each response to the same schema at run time.
 */
for (const driver of drivers()) {
  describe(`the notice path through the typed client (${driver})`, () => {
    let h: Harness;
    let p: Parties;
    before(async () => {
      h = await createHarness(driver);
      p = await parties(h);
    });
    after(() => h.close());

    test('file, review, decide, read the statement, counter-notify, answer; every party told in typed bodies', async () => {
      const mkt = await sellerMarketplace(h, p, 'US');
      const right = await rightFor(h, p, 'trademark');
      const [listingId] = await listings(h, mkt, 1);
      const evidence = await screenshot(h, p.brand.token);
      const brand = h.api(p.brand.token);
      const reviewer = h.api(p.reviewer.token);
      const seller = h.api(p.seller.token);
      const market = h.api(mkt.key);

      const filed = await brand.POST('/v1/notices', {
        body: {
          rightId: right.id,
          infringementType: 'counterfeit',
          items: [
            {
              listingId: listingId as string,
              evidence: [
                {
                  kind: 'screenshot',
                  documentSha256: evidence.documentSha256,
                  url: evidence.url,
                  capturedAt: evidence.capturedAt,
                },
              ],
            },
          ],
          statements: { goodFaith: true, accuracy: true, authority: true },
          contact: { name: 'Jane Brand', email: 'legal@brand.example' },
          explanation: 'Counterfeit handbags bearing our registered mark',
        },
      });
      assert.equal(filed.response.status, 201, JSON.stringify(filed.error));
      const itemId = filed.data?.items[0]?.id as string;
      assert.ok(itemId);

      const queue = await reviewer.GET('/v1/review/queue', { params: { query: { limit: 50, offset: 0 } } });
      assert.ok(
        queue.data?.items.some((w) => w.itemId === itemId),
        'the new item is the reviewer’s move',
      );

      const decided = await reviewer.POST('/v1/items/{id}/decision', {
        params: { path: { id: itemId } },
        body: { decision: 'remove', reasonText: 'The listing offers counterfeit goods bearing the mark.' },
      });
      assert.equal(decided.response.status, 200, JSON.stringify(decided.error));
      assert.equal(decided.data?.state, 'removed');

      const statements = await seller.GET('/v1/statements', { params: { query: { limit: 50, offset: 0 } } });
      const statementId = statements.data?.items[0]?.id as string;
      const statement = await seller.GET('/v1/statements/{id}', { params: { path: { id: statementId } } });
      assert.equal(statement.data?.body.restriction.kind, 'listing_removed');
      assert.equal(statement.data?.body.facts.notice?.itemId, itemId);
      assert.ok(statement.data?.body.redress.length, 'the statement names the routes of redress');

      const hooks = await market.GET('/v1/marketplaces/{id}/webhook-deliveries', {
        params: { path: { id: mkt.id }, query: { limit: 50, offset: 0 } },
      });
      const removal = hooks.data?.items.find((d) => d.payload.type === 'listing.removed');
      assert.ok(removal, 'the marketplace was sent listing.removed');
      if (removal?.payload.type === 'listing.removed') {
        assert.equal(removal.payload.data.item_id, itemId);
        assert.equal(removal.payload.data.source, 'notice');
        const linked = await market.GET('/v1/statements/{id}', {
          params: { path: { id: removal.payload.data.statement_id } },
        });
        assert.equal(linked.response.status, 200, 'the marketplace reads the statement its webhook links to');
        assert.equal(removal.payload.data.statement_path, `/v1/statements/${linked.data?.id}`);
      }

      const before = await seller.GET('/v1/items/{id}', { params: { path: { id: itemId } } });
      assert.equal(before.data?.counterNoticeId, null, 'no counter-notice yet: the portal asks for none');
      const counter = await seller.POST('/v1/items/{id}/counter-notice', {
        params: { path: { id: itemId } },
        // The fixture builds a valid body; the client checks its shape against the schema.
        body: (await counterNoticeBody(h, p)) as never,
      });
      assert.equal(counter.response.status, 201, JSON.stringify(counter.error));
      for (const party of [seller, brand]) {
        const after = await party.GET('/v1/items/{id}', { params: { path: { id: itemId } } });
        assert.equal(after.data?.counterNoticeId, counter.data?.id, 'the item names its counter-notice');
      }

      const told = await brand.GET('/v1/notifications', {
        params: { query: { itemId, limit: 50, offset: 0 } },
      });
      const filedNote = told.data?.items.find((n) => n.kind === 'counter_notice.filed');
      assert.ok(filedNote, 'the rights holder is told of the counter-notice');
      if (filedNote?.kind === 'counter_notice.filed') {
        assert.equal(filedNote.body.counterNoticeId, counter.data?.id);
        assert.ok(Date.parse(filedNote.body.answerBy) > Date.now(), 'with a deadline to answer by');
      }

      const answered = await brand.POST('/v1/counter-notices/{id}/answer', {
        params: { path: { id: counter.data?.id as string } },
        body: { kind: 'response', text: 'The invoice is forged; the distributor denies the sale.' },
      });
      assert.equal(answered.response.status, 200, JSON.stringify(answered.error));
      const sellerTold = await seller.GET('/v1/notifications', {
        params: { query: { itemId, limit: 50, offset: 0 } },
      });
      const answerNote = sellerTold.data?.items.find((n) => n.kind === 'counter_notice.answered');
      assert.ok(answerNote?.kind === 'counter_notice.answered' && answerNote.body.kind === 'response');

      const refused = await seller.GET('/v1/review/queue', { params: { query: { limit: 50, offset: 0 } } });
      assert.equal(refused.response.status, 403);
      assert.equal(refused.error?.code, 'FORBIDDEN', 'errors are typed problem documents');
    });
  });
}
