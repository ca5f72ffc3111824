// Micro-measure: the cost of the reports and transparency handlers per round on PGlite.
import { performance } from 'node:perf_hooks';
import { listings, marketplace, noticeBody, screenshot, verifiedRight } from '../test/support/fixtures.ts';
import { createHarness, userIn } from '../test/support/harness.ts';
import { eventsAfter } from '../src/events/event.repository.ts';
import { applyReportEvents } from '../src/reports/index.ts';
import { applyTransparencyEvents } from '../src/transparency/index.ts';

const h = await createHarness('pglite');
const brand = await userIn(h, 'brand', 'rights_holder');
const us = await marketplace(h, 'US');
const right = await verifiedRight(h, brand.token);
const evidence = await screenshot(h, brand.token);
const ids = await listings(h, us, 3);
const filed = await h.request('POST', '/v1/notices', { token: brand.token, body: noticeBody(right.id, ids, evidence) });
for (const item of filed.body.items)
  await h.request('POST', `/v1/items/${item.id}/decision`, {
    token: h.adminToken,
    body: { decision: 'remove', reasonCode: 'counterfeit', reasonText: 'Counterfeit goods.' },
  });
const db = h.platform.database.db;
const all = await eventsAfter(db, 0, 1000);
const round = all.filter((e) => e.type === 'notice.filed' || e.type === 'decision.made').slice(0, 3);
console.log('round events', round.map((e) => e.type).join(', '));
const { registeredSubscribers } = await import('../src/events/dispatcher.ts');
const roundAll = all.slice(0, 12);
console.log('round of', roundAll.length, 'events:', [...new Set(roundAll.map((e) => e.type))].join(', '));
for (let pass = 0; pass < 2; pass++)
  for (const sub of registeredSubscribers()) {
    const accepted = roundAll.filter((e) => sub.accepts(e));
    if (accepted.length === 0) continue;
    const n = 200;
    const t = performance.now();
    for (let i = 0; i < n; i++)
      await db
        .transaction()
        .execute(async (trx) => {
          await sub.handle(trx, accepted);
          throw new Error('rollback');
        })
        .catch(() => undefined);
    console.log(pass, sub.name.padEnd(24), accepted.length, 'events', ((performance.now() - t) / n).toFixed(3), 'ms per round');
  }
const repo = await import('../src/reports/reports.repository.ts');
const noticeIds = round.filter((e) => e.type === 'notice.filed').map((e) => e.subjectId);
const decisionIds = round.filter((e) => e.type === 'decision.made').map((e) => e.subjectId);
const month = new Date().toISOString().slice(0, 7) + '-01';
const NONE = '00000000-0000-0000-0000-000000000000';
const counts = [1, 2, 3, 4, 5, 6, 7].map((i) => ({ month, metric: `m${i}`, marketplaceId: NONE, orgId: NONE, value: 1 }));
const durs = [1, 2].map((i) => ({ month, metric: `d${i}`, marketplaceId: NONE, orgId: NONE, bucket: i, value: 1 }));
const parts: [string, () => Promise<unknown>][] = [
  ['targetsOfNotices', () => repo.targetsOfNotices(db, noticeIds)],
  ['decisionFacts', () => repo.decisionFacts(db, decisionIds)],
  ['addCounts (2 tables)', () => db.transaction().execute((trx) => repo.addCounts(trx, counts))],
  ['addDurations (2 tables)', () => db.transaction().execute((trx) => repo.addDurations(trx, durs))],
  ['empty transaction', () => db.transaction().execute(async () => undefined)],
  ['select 1', () => db.selectNoFrom((eb) => eb.lit(1).as('x')).execute()],
];
for (const [name, fn] of parts) {
  const n = 300;
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(name.padEnd(26), ((performance.now() - t) / n).toFixed(3), 'ms');
}
await h.close();
