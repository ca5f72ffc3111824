import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { apiKeyFor, createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { verifyAuditChain } from '../audit/index.ts';
import type { Database } from '../db/database.ts';
import type { StatementBody } from '../decisions/index.ts';
import type { WebhookEvent } from '../webhooks/webhook.ts';
import { planRemoval } from './removal.plan.ts';
import { decideAndWriteRemoval, removalContext } from './removal.repository.ts';
import { applyRemoval, decideRemoval as decideRemovalNow } from './removal.ts';
import { verifySnapshot } from './takedown.service.ts';
import {
  decideRemoval,
  insertListing,
  insertNoticeItem,
  insertRight,
  takedownScenario,
} from './test-fixtures.ts';

for (const driver of drivers()) {
  describe(`takedowns (${driver})`, () => {
    let h: Harness;
    let db: Database;
    let seller: Awaited<ReturnType<typeof userIn>>;
    let otherSeller: Awaited<ReturnType<typeof userIn>>;
    let brand: Awaited<ReturnType<typeof userIn>>;
    let otherBrand: Awaited<ReturnType<typeof userIn>>;
    let agent: Awaited<ReturnType<typeof userIn>>;

    before(async () => {
      h = await createHarness(driver);
      db = h.platform.database.db;
      seller = await userIn(h, 'seller', 'seller');
      otherSeller = await userIn(h, 'seller', 'seller');
      brand = await userIn(h, 'brand', 'rights_holder');
      otherBrand = await userIn(h, 'brand', 'rights_holder');
      agent = await userIn(h, 'agent', 'agent');
      const granted = await h.request('POST', '/v1/representations', {
        token: brand.token,
        body: { agentOrgId: agent.orgId },
      });
      assert.equal(granted.status, 201, granted.text);
    });
    after(async () => h.close());

    test('a removal removes the listing, archives a verifiable snapshot, issues a statement and queues the webhook', async () => {
      const s = await takedownScenario(
        db,
        { sellerOrgId: seller.orgId, brandOrgId: brand.orgId },
        { webhookUrl: 'http://127.0.0.1:9/hook' },
      );
      const before = await db
        .selectFrom('listings')
        .selectAll()
        .where('id', '=', s.listingId)
        .executeTakeFirstOrThrow();
      const result = await decideRemoval(db, s.itemId);

      const listing = await db
        .selectFrom('listings')
        .selectAll()
        .where('id', '=', s.listingId)
        .executeTakeFirstOrThrow();
      assert.equal(listing.state, 'removed');
      assert.equal(listing.version, before.version + 1);
      assert.ok(listing.updated_at.getTime() >= before.updated_at.getTime());

      const snapshot = await db
        .selectFrom('listing_snapshots')
        .selectAll()
        .where('id', '=', result.snapshotId)
        .executeTakeFirstOrThrow();
      assert.equal(snapshot.item_id, s.itemId);
      assert.equal((snapshot.snapshot as Record<string, unknown>).state, 'active');
      assert.equal((snapshot.snapshot as Record<string, unknown>).title, before.title);
      const check = await verifySnapshot(db, result.snapshotId);
      assert.equal(check?.ok, true);

      const statement = await db
        .selectFrom('decisions')
        .selectAll()
        .where('id', '=', result.statementId)
        .executeTakeFirstOrThrow();
      assert.equal(statement.store_id, s.storeId);
      assert.equal(statement.kind, 'notice_removal');
      const body = statement.statement as StatementBody;
      assert.equal(body.restriction.snapshot?.sha256, snapshot.sha256);
      assert.equal(body.facts.right?.registrationNumber !== null, true);
      assert.equal(body.facts.notice?.itemId, s.itemId);

      assert.ok(result.deliveryId);
      const delivery = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('id', '=', result.deliveryId)
        .executeTakeFirstOrThrow();
      assert.equal(delivery.event_type, 'listing.removed');
      assert.equal(delivery.status, 'pending');
      const payload = delivery.payload as unknown as WebhookEvent & {
        data: Record<string, unknown> & { reason: { code: string } };
      };
      assert.equal(payload.id, result.deliveryId);
      assert.equal(payload.type, 'listing.removed');
      assert.equal(payload.data.statement_id, result.statementId);
      assert.equal(payload.data.notice_id, s.noticeId);
      assert.equal(payload.data.item_id, s.itemId);
      assert.equal(payload.data.listing_id, s.listingId);
      assert.equal(payload.data.marketplace_listing_id, before.external_id);
      assert.equal(payload.data.reason.code, 'counterfeit.confirmed');

      assert.deepEqual(
        result.audit.map((a) => a.action),
        ['listing.removed', 'decision.made', 'deadline.scheduled'],
        'the webhook is enqueued by the webhook subscriber, after commit',
      );
      const logged = await db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', 'in', [s.listingId, result.statementId, result.deliveryId])
        .execute();
      assert.equal(logged.length, 3);
      assert.equal((await verifyAuditChain(db)).ok, true);
    });

    test('no webhook URL means no delivery; a second removal of the same listing keeps it removed and still informs the seller', async () => {
      const s = await takedownScenario(
        db,
        { sellerOrgId: seller.orgId, brandOrgId: brand.orgId },
        { webhookUrl: null },
      );
      const first = await decideRemoval(db, s.itemId);
      assert.equal(first.deliveryId, null);
      const otherRight = await insertRight(db, brand.orgId, 'copyright');
      const second = await insertNoticeItem(db, {
        principalOrgId: brand.orgId,
        rightId: otherRight,
        listingId: s.listingId,
      });
      const again = await decideRemoval(db, second.itemId);
      const listing = await db
        .selectFrom('listings')
        .select(['state', 'version'])
        .where('id', '=', s.listingId)
        .executeTakeFirstOrThrow();
      assert.deepEqual(listing, { state: 'removed', version: 2 });
      assert.notEqual(again.statementId, first.statementId);
      assert.equal(again.audit[0]?.data.previousState, 'removed');
    });

    test('a removal planned from a listing that changed before the write moves nothing; the decision re-reads and archives the new version', async () => {
      const s = await takedownScenario(db, { sellerOrgId: seller.orgId, brandOrgId: brand.orgId });
      const ctx = await removalContext(db, s.itemId);
      assert.ok(ctx);
      const now = new Date();
      const decision = {
        decidedByUserId: null,
        actorLabel: 'test',
        reasonCode: 'counterfeit',
        reasonText: 'Counterfeit of the registered mark',
        automated: { detection: false, decision: false },
      };
      const stale = planRemoval(ctx, decision, now, null, 6);
      // The marketplace edits the listing between the reviewer's read and the write.
      await db
        .updateTable('listings')
        .set((eb) => ({ title: 'Edited title', version: eb('version', '+', 1) }))
        .where('id', '=', s.listingId)
        .execute();
      const moved = await decideAndWriteRemoval(
        db,
        stale,
        { now, decidedBy: null, reasonCode: 'counterfeit', reasonText: decision.reasonText },
        stale.audit,
      );
      assert.equal(moved, false);
      const item = await db
        .selectFrom('notice_items')
        .select('state')
        .where('id', '=', s.itemId)
        .executeTakeFirstOrThrow();
      assert.equal(item.state, 'pending');
      for (const table of ['listing_snapshots', 'decisions', 'deadlines'] as const) {
        const rows = await db.selectFrom(table).select('id').where('item_id', '=', s.itemId).execute();
        assert.equal(rows.length, 0, `nothing written to ${table}`);
      }

      const decide = () =>
        decideRemovalNow(db, {
          itemId: s.itemId,
          decidedByUserId: null,
          actorLabel: 'test',
          reasonText: decision.reasonText,
          automated: decision.automated,
          reasonCodeFor: () => 'counterfeit',
          decisionAudit: (reasonCode) => ({
            actor: 'test',
            action: 'item.removed',
            entityType: 'notice_item',
            entityId: s.itemId,
            data: { reasonCode },
          }),
        });
      const done = await decide();
      assert.equal(done.outcome, 'removed');
      const snapshot = await db
        .selectFrom('listing_snapshots')
        .select('snapshot')
        .where('item_id', '=', s.itemId)
        .executeTakeFirstOrThrow();
      assert.equal((snapshot.snapshot as { title: string }).title, 'Edited title');
      const again = await decide();
      assert.deepEqual(again, { outcome: 'refused', state: 'removed' });
    });

    test('applying a removal to an item that is not removed is a conflict and changes nothing', async () => {
      const s = await takedownScenario(db, { sellerOrgId: seller.orgId, brandOrgId: brand.orgId });
      await assert.rejects(
        db.transaction().execute((trx) =>
          applyRemoval(trx, {
            itemId: s.itemId,
            decidedByUserId: null,
            actorLabel: 'system',
            reasonCode: null,
            reasonText: 'x',
            automated: { detection: false, decision: false },
          }),
        ),
        (err: { code?: string }) => err.code === 'CONFLICT',
      );
      const listing = await db
        .selectFrom('listings')
        .select('state')
        .where('id', '=', s.listingId)
        .executeTakeFirstOrThrow();
      assert.equal(listing.state, 'active');
    });

    test('the seller reads its statement with the complainant and evidence; another seller gets 404', async () => {
      const s = await takedownScenario(db, { sellerOrgId: seller.orgId, brandOrgId: brand.orgId });
      const { statementId } = await decideRemoval(db, s.itemId);
      const res = await h.request('GET', `/v1/statements/${statementId}`, { token: seller.token });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.noticeId, s.noticeId);
      assert.equal(res.body.body.complainant.organisation.id, brand.orgId);
      assert.equal(res.body.body.complainant.contact.email, 'legal@acme.example');
      assert.equal(res.body.body.evidence.length, 2);
      assert.equal(res.body.body.evidence[0].downloadPath, `/v1/documents/${'a'.repeat(64)}`);
      assert.equal(res.body.body.redress.length, 4);
      assert.equal(res.body.body.transparencyDatabase.territorial_scope.length, 27);
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: otherSeller.token })).status,
        404,
      );

      const list = await h.request('GET', '/v1/statements?limit=100', { token: seller.token });
      assert.equal(list.status, 200);
      assert.ok(list.body.items.some((i: { id: string }) => i.id === statementId));
      const otherList = await h.request('GET', '/v1/statements', { token: otherSeller.token });
      assert.equal(otherList.status, 200);
      assert.ok(!otherList.body.items.some((i: { id: string }) => i.id === statementId));
    });

    test('the complainant and its authorized filing agent see the statement; an unrelated brand gets 404; staff see all', async () => {
      const s = await takedownScenario(db, {
        sellerOrgId: seller.orgId,
        brandOrgId: brand.orgId,
        filerOrgId: agent.orgId,
      });
      const { statementId } = await decideRemoval(db, s.itemId);
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: brand.token })).status,
        200,
      );
      const byAgent = await h.request('GET', `/v1/statements/${statementId}`, { token: agent.token });
      assert.equal(byAgent.status, 200);
      assert.equal(byAgent.body.body.complainant.filedBy.id, agent.orgId);
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: otherBrand.token })).status,
        404,
      );
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: h.adminToken })).status,
        200,
      );
      const all = await h.request('GET', `/v1/statements?listingId=${s.listingId}`, { token: h.adminToken });
      assert.deepEqual(
        all.body.items.map((i: { id: string }) => i.id),
        [statementId],
      );
      const brandList = await h.request('GET', `/v1/statements?listingId=${s.listingId}`, {
        token: otherBrand.token,
      });
      assert.deepEqual(brandList.body.items, []);
    });

    test('roles with no part in takedowns are refused; bad ids and paging name the field', async () => {
      const s = await takedownScenario(db, { sellerOrgId: seller.orgId, brandOrgId: brand.orgId });
      const { statementId } = await decideRemoval(db, s.itemId);
      // The marketplace reads the statement its own webhook links to; another marketplace does not.
      const marketKey = await apiKeyFor(h, h.operatorOrgId, 'marketplace', s.marketplaceId);
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: marketKey })).status,
        200,
      );
      const elsewhere = await takedownScenario(db, { sellerOrgId: seller.orgId, brandOrgId: brand.orgId });
      const otherKey = await apiKeyFor(h, h.operatorOrgId, 'marketplace', elsewhere.marketplaceId);
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: otherKey })).status,
        404,
      );
      const reviewerless = await apiKeyFor(h, seller.orgId, 'seller');
      assert.equal(
        (await h.request('GET', `/v1/statements/${statementId}`, { token: reviewerless })).status,
        200,
      );
      assert.equal((await h.request('GET', '/v1/statements')).status, 401);
      const badId = await h.request('GET', '/v1/statements/not-a-uuid', { token: seller.token });
      assert.equal(badId.status, 400);
      assert.equal(badId.body.errors[0].pointer, '/params/id');
      const badLimit = await h.request('GET', '/v1/statements?limit=0', { token: seller.token });
      assert.equal(badLimit.status, 400);
      assert.equal(badLimit.body.errors[0].pointer, '/querystring/limit');
      const unknown = await h.request('GET', '/v1/statements?colour=red', { token: seller.token });
      assert.equal(unknown.status, 400);
      assert.equal(
        (
          await h.request('GET', '/v1/statements/00000000-0000-4000-8000-000000000000', {
            token: h.adminToken,
          })
        ).status,
        404,
      );
    });

    test('a listing whose store has no seller organisation still gets a statement', async () => {
      const s = await takedownScenario(db, { sellerOrgId: seller.orgId, brandOrgId: brand.orgId });
      const orphanStore = await db
        .insertInto('stores')
        .values({
          id: randomUUID(),
          marketplace_id: s.marketplaceId,
          external_id: `orphan-${Date.now()}`,
          name: 'Orphan',
          seller_org_id: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const listingId = await insertListing(db, s.marketplaceId, orphanStore.id);
      const item = await insertNoticeItem(db, { principalOrgId: brand.orgId, rightId: s.rightId, listingId });
      const result = await decideRemoval(db, item.itemId);
      assert.equal(
        (await h.request('GET', `/v1/statements/${result.statementId}`, { token: h.adminToken })).status,
        200,
      );
      assert.equal(
        (await h.request('GET', `/v1/statements/${result.statementId}`, { token: seller.token })).status,
        404,
      );
    });
  });
}
