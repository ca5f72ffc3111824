import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { addMember, createApiKey, createOrganisationUnchecked } from '../src/accounts/index.ts';
import { type Config, testConfig } from '../src/config/config.ts';
import { checkLedger } from '../src/ledger/index.ts';
import { createPlatform } from '../src/platform.ts';
import type { BenchRow } from './notices.bench.ts';

/**
 * Order ingestion with hold decisions (issue 14: "10,000 order events per second on PostgreSQL").
 * Order events go through the real endpoint (POST /v1/marketplaces/{id}/orders/batch, 1,000 per
 * request, in process: parsing, validation, authorization, the one set-based statement with holds,
 * ledger pairs and audit). 5 % of the listings are under an open detection case, so their orders'
 * proceeds are held. The reference, in the same run, is a bare INSERT ... SELECT unnest of the same
 * rows into a copy of the orders table, without holds, ledger, idempotency or audit.
 */
export async function runOrdersBench(
  opts: { quick?: boolean; postgresUrl?: string } = {},
): Promise<BenchRow[]> {
  const total = opts.quick ? 20_000 : 200_000;
  const listingsCount = 10_000;
  const env = await makeConfig(opts.postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/test');
  const platform = await createPlatform(env.config);
  try {
    const db = platform.database.db;
    const operator = await createOrganisationUnchecked(db, { kind: 'operator', name: 'Operator' });
    await addMember(db, null, operator.id, {
      email: 'admin@bench.test',
      name: 'Admin',
      password: 'bench-password-1',
      role: 'admin',
    });
    const marketplaceId = randomUUID();
    await db
      .insertInto('marketplaces')
      .values({
        id: marketplaceId,
        code: 'bench',
        name: 'Bench',
        jurisdiction: 'EU',
        webhook_url: null,
        updated_at: new Date(),
      })
      .execute();
    const key = (await createApiKey(db, null, operator.id, { name: 'm', role: 'marketplace', marketplaceId }))
      .key;
    await sql`insert into stores (id, marketplace_id, external_id, name)
      select gen_random_uuid(), ${marketplaceId}::uuid, 'store-' || g, 'Store ' || g from generate_series(1, 100) g`.execute(
      db,
    );
    await sql`insert into listings (id, marketplace_id, external_id, store_id, url, title)
      select gen_random_uuid(), ${marketplaceId}::uuid, 'L' || g,
             (select id from stores where external_id = 'store-' || (1 + g % 100) and marketplace_id = ${marketplaceId}::uuid),
             'https://shop.example/' || g, 'Listing ' || g
        from generate_series(1, ${listingsCount}) g`.execute(db);
    await sql`insert into proactive_cases (id, listing_id, listing_version, action, state, score, signals)
      select gen_random_uuid(), id, 1, 'review', 'open', 0.9, '[]'::jsonb from listings
       where marketplace_id = ${marketplaceId}::uuid and (substr(external_id, 2)::int % 20) = 0`.execute(db);
    await sql`analyze`.execute(db);

    const batch = 1000;
    const eventsOf = (from: number) =>
      Array.from({ length: batch }, (_, i) => {
        const n = from + i;
        return {
          event: 'paid',
          id: `O${n}`,
          listingExternalId: `L${1 + (n % listingsCount)}`,
          amount: 1000 + (n % 9000),
          currency: 'EUR',
          buyerRef: `B${n % 5000}`,
        };
      });
    const send = async (from: number) => {
      const res = await platform.app.inject({
        method: 'POST',
        url: `/v1/marketplaces/${marketplaceId}/orders/batch`,
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        payload: JSON.stringify({ events: eventsOf(from) }),
      });
      if (res.statusCode !== 200)
        throw new Error(`batch at ${from}: ${res.statusCode} ${res.body.slice(0, 300)}`);
      return JSON.parse(res.body) as { accepted: number; held: number };
    };
    // Warm-up (prepared statements, caches): not counted.
    await send(10_000_000);
    let held = 0;
    const start = performance.now();
    for (let from = 0; from < total; from += batch) held += (await send(from)).held;
    const apiSeconds = (performance.now() - start) / 1000;
    const resent = await send(0);

    // The reference: the same rows, bare.
    await sql`create table bench_orders_ref (like orders including all)`.execute(db);
    const listingIds = new Map(
      (
        await db
          .selectFrom('listings')
          .select(['id', 'external_id', 'store_id'])
          .where('marketplace_id', '=', marketplaceId)
          .execute()
      ).map((l) => [l.external_id, l]),
    );
    const refStart = performance.now();
    for (let from = 0; from < total; from += batch) {
      const rows = eventsOf(from);
      const l = rows.map((r) => listingIds.get(r.listingExternalId)!);
      await sql`insert into bench_orders_ref (id, marketplace_id, external_id, listing_id, store_id, buyer_ref, amount,
                  currency, status, hold, created_at)
        select gen_random_uuid(), ${marketplaceId}::uuid, x.e, x.l, x.s, x.b, x.a, 'EUR', 'paid', 'none', now()
          from unnest(${rows.map((r) => r.id)}::text[], ${l.map((x) => x.id)}::uuid[], ${l.map((x) => x.store_id)}::uuid[],
                      ${rows.map((r) => r.buyerRef)}::text[], ${rows.map((r) => r.amount)}::bigint[]) as x(e, l, s, b, a)`.execute(
        db,
      );
    }
    const refSeconds = (performance.now() - refStart) / 1000;
    const check = await checkLedger(db);
    const apiRate = Math.round(total / apiSeconds);
    const refRate = Math.round(total / refSeconds);
    return [
      {
        name: `${total.toLocaleString('en')} order events through the API, batches of 1,000, holds decided (PostgreSQL)`,
        value: apiRate.toLocaleString('en'),
        unit: 'events/s',
        target: '≥ 10,000 events/s',
        pass: apiRate >= 10_000,
      },
      {
        name: 'orders held (listing under an open case, 5 % of listings)',
        value: held.toLocaleString('en'),
        unit: 'orders',
      },
      {
        name: 'reference: the same rows by a bare INSERT ... SELECT unnest (no holds, ledger, idempotency, audit)',
        value: refRate.toLocaleString('en'),
        unit: 'rows/s',
      },
      { name: 'ratio reference / API', value: (refRate / apiRate).toFixed(2), unit: '×' },
      {
        name: 'a resent batch (idempotent)',
        value: `${resent.accepted} accepted`,
        unit: '',
        pass: resent.accepted === 0,
      },
      {
        name: `ledger check after the run (${check.movements.toLocaleString('en')} movements)`,
        value: check.ok ? 'balanced' : 'UNBALANCED',
        unit: '',
        pass: check.ok,
      },
    ];
  } finally {
    await platform.close();
    await env.cleanup();
  }
}

async function makeConfig(base: string) {
  const name = `ipp_bench_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    config: testConfig({ database: { kind: 'postgres', url: url.toString() } }) as Config,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
