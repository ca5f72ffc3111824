/**
 * What one round of each event subscriber costs on PGlite: files a notice of three listings,
 * removes them, then replays that round's events through every registered subscriber's handler
 * (in transactions rolled back), 200 times each, and prints the time per round. A subscriber whose
 * handler costs milliseconds per round, whatever the round's size, is a candidate for
 * `throttleMs` (src/events/dispatcher.ts). Run: `npx tsx scripts/micro-subscribers.ts`.
 */
import { performance } from 'node:perf_hooks';
import { registeredSubscribers } from '../src/events/dispatcher.ts';
import { eventsAfter } from '../src/events/event.repository.ts';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../test/support/fixtures.ts';
import { createHarness, userIn } from '../test/support/harness.ts';

const h = await createHarness('pglite');
try {
  const brand = await userIn(h, 'brand', 'rights_holder');
  const us = await marketplace(h, 'US');
  const right = await verifiedRight(h, brand.token);
  const evidence = await screenshot(h, brand.token);
  const ids = await listings(h, us, 3);
  const filed = await h.request('POST', '/v1/notices', {
    token: brand.token,
    body: noticeBody(right.id, ids, evidence),
  });
  for (const item of filed.body.items)
    await h.request('POST', `/v1/items/${item.id}/decision`, {
      token: h.adminToken,
      body: { decision: 'remove', reasonCode: 'counterfeit', reasonText: 'Counterfeit goods.' },
    });
  const db = h.platform.database.db;
  const round = await eventsAfter(db, 0, 1000);
  console.log(`a round of ${round.length} events: ${[...new Set(round.map((e) => e.type))].join(', ')}`);
  const rollback = new Error('rollback');
  for (let pass = 1; pass <= 2; pass++)
    for (const subscriber of registeredSubscribers()) {
      const accepted = round.filter((e) => subscriber.accepts(e));
      if (accepted.length === 0) continue;
      const runs = 200;
      const started = performance.now();
      for (let i = 0; i < runs; i++)
        await db
          .transaction()
          .execute(async (trx) => {
            await subscriber.handle(trx, accepted);
            throw rollback;
          })
          .catch((error) => {
            if (error !== rollback) throw error;
          });
      const ms = (performance.now() - started) / runs;
      console.log(
        `pass ${pass}  ${subscriber.name.padEnd(24)} ${String(accepted.length).padStart(3)} events  ${ms.toFixed(2)} ms per round`,
      );
    }
} finally {
  await h.close();
}
