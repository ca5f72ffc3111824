import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createHarness, drivers, type Harness, userIn } from '../../test/support/harness.ts';
import { DEFAULT_PUTBACK_POLICY } from '../policies/putback.ts';
import { decideRemoval, takedownScenario } from '../takedowns/test-fixtures.ts';

for (const driver of drivers()) {
  describe(`jurisdiction of a removal's clock (${driver})`, () => {
    let h: Harness;
    before(async () => {
      h = await createHarness(driver);
    });
    after(async () => h.close());

    test('a removal on a German marketplace starts the EU procedure, not the fallback', async () => {
      const db = h.platform.database.db;
      const seller = await userIn(h, 'seller', 'seller');
      const brand = await userIn(h, 'brand', 'rights_holder');
      const s = await takedownScenario(
        db,
        { sellerOrgId: seller.orgId, brandOrgId: brand.orgId },
        { jurisdiction: 'DE' },
      );
      await decideRemoval(db, s.itemId);
      const clock = await db
        .selectFrom('deadlines')
        .select(['data'])
        .where('item_id', '=', s.itemId)
        .where('kind', '=', 'counter_notice_window')
        .executeTakeFirstOrThrow();
      const data = clock.data as { procedure: string; window: unknown };
      const eu = DEFAULT_PUTBACK_POLICY.terms.EU?.['*'];
      assert.equal(data.procedure, 'evidence_review');
      assert.deepEqual(data.window, eu?.counterNoticeWindow);
    });
  });
}
