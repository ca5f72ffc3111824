import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import type { Principal } from '../src/auth/principal.ts';
import { type Config, testConfig } from '../src/config/config.ts';
import type { Database } from '../src/db/database.ts';
import type { DomainEvent } from '../src/events/event.ts';
import { createPlatform } from '../src/platform.ts';
import { applyReportEvents } from '../src/reports/reports.effects.ts';
import { brandReport, operatorReport, reportCsv } from '../src/reports/reports.service.ts';
import * as reference from '../src/transparency/transparency.reference.ts';
import {
  statementBatch,
  statementLines,
  transparencyReport,
} from '../src/transparency/transparency.service.ts';
import { halfYear } from '../src/transparency/transparency.ts';
import type { BenchRow } from './notices.bench.ts';

/**
 * Reports at scale (issue 17 point 6): notice items, stores and listings generated in SQL into a
 * throwaway PostgreSQL database (migrated as usual), the report counters filled by one SQL
 * backfill that does what the `reports` subscriber does (checked against the real
 * `applyReportEvents` on every event of one brand), then every report and export measured through
 * the real service functions beside the scan the counters replace, and the NDJSON export streamed
 * with its memory sampled. Sizes: BENCH_REPORT_ITEMS (default 10,000,000 items; listings as many,
 * stores a tenth), BENCH_REPORT_STREAM_DAYS (days of statements streamed, default 31).
 */

const MARKETPLACES = [
  ['DE', 'Bench DE'],
  ['FR', 'Bench FR'],
  ['IT', 'Bench IT'],
  ['NL', 'Bench NL'],
  ['US', 'Bench US'],
  ['GB', 'Bench UK'],
] as const;
const BRANDS = 1_000;
const ITEMS_PER_NOTICE = 5;
const MONTHS = 24;
const CHUNK = 250_000;
const TARGET_MS = 2_000;
const NONE = '00000000-0000-0000-0000-000000000000';
// Deterministic ids: a row's id is md5 of its kind and number, so foreign keys need no lookups.
const id = (kind: string, expr: string) => `md5('${kind}' || (${expr}))::uuid`;

export async function runReportsBench(
  opts: { quick?: boolean; postgresUrl?: string; items?: number; streamDays?: number } = {},
): Promise<BenchRow[]> {
  const items = opts.items ?? (opts.quick ? 200_000 : 10_000_000);
  const listings = items;
  const stores = Math.max(6, Math.floor(items / 10));
  const notices = Math.ceil(items / ITEMS_PER_NOTICE);
  const streamDays = opts.streamDays ?? 31;
  // BENCH_REPORT_REUSE=<url of a database kept by BENCH_REPORT_KEEP>: measure again without generating.
  const reuse = process.env.BENCH_REPORT_REUSE;
  const env = reuse
    ? {
        url: reuse,
        config: testConfig({ database: { kind: 'postgres', url: reuse } }) as Config,
        cleanup: async () => undefined,
      }
    : await makeDatabase(opts.postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/test');
  const platform = await createPlatform(env.config);
  const loader = new pg.Client({ connectionString: env.url });
  await loader.connect();
  const rows: BenchRow[] = [];
  const log = (text: string) => console.log(`[reports bench] ${text}`);
  try {
    const db = platform.database.db;
    const run = async (label: string, text: string) => {
      const t = performance.now();
      await loader.query(text);
      log(`${label} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    };
    // A throwaway database: foreign keys are kept valid by construction and not checked row by row.
    await loader.query(`set session_replication_role = replica`);
    await loader.query(`set synchronous_commit = off`);
    await loader.query(`set maintenance_work_mem = '512MB'`);
    await loader.query(`set work_mem = '64MB'`);
    const now = new Date();
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - MONTHS, 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const spanSeconds = (end.getTime() - start.getTime()) / 1000;
    const t0 = `'${start.toISOString()}'::timestamptz`;
    const operator = (
      await loader.query<{ id: string }>(`select id from organisations where kind = 'operator' limit 1`)
    ).rows[0]?.id;
    const operatorOrg =
      operator ??
      (
        await loader.query<{ id: string }>(
          `insert into organisations (id, kind, name) values (gen_random_uuid(), 'operator', 'Bench operator') returning id`,
        )
      ).rows[0]!.id;
    const genStart = performance.now();
    if (reuse) {
      log(`reusing ${reuse}: no generation; counters a newer migration added are backfilled`);
      await backfillMissing(loader, log);
    } else {
      // Secondary indexes are built after the load, as a bulk import would (definitions kept).
      const { rows: indexes } = await loader.query<{ indexname: string; indexdef: string }>(`
      select indexname, indexdef from pg_indexes
       where schemaname = 'public' and tablename in ('listings', 'notice_items', 'decisions', 'notices', 'stores')
         and indexname not in (select conname from pg_constraint)`);
      for (const i of indexes) await loader.query(`drop index ${i.indexname}`);

      await run(
        'marketplaces, brands, rights',
        `insert into marketplaces (id, code, name, jurisdiction)
         select ${id('mkt', 'k')}, 'bench-' || lower(j), n, j
           from unnest(array[${MARKETPLACES.map(([j]) => `'${j}'`).join(',')}], array[${MARKETPLACES.map(([, n]) => `'${n}'`).join(',')}]) with ordinality as m(j, n, k);
       insert into organisations (id, kind, name, created_at)
         select ${id('brand', 'b')}, 'brand', 'Bench brand ' || b, ${t0} - interval '30 days' from generate_series(0::bigint, ${BRANDS - 1}) b;
       insert into rights (id, org_id, type, status, name, owner_name, registration_number, office, jurisdiction, verified_at, created_at)
         select ${id('right', 'b')}, ${id('brand', 'b')}, 'trademark', 'verified', 'MARK' || b, 'Bench brand ' || b,
                'R' || b, 'EUIPO', 'EU', ${t0} - interval '20 days', ${t0} - interval '30 days'
           from generate_series(0::bigint, ${BRANDS - 1}) b;`,
      );
      // Store s sells on marketplace 1 + s % 6; listing l belongs to store l % stores.
      for (let from = 0; from < stores; from += CHUNK * 4) {
        const to = Math.min(stores, from + CHUNK * 4) - 1;
        await run(
          `stores ${to + 1}/${stores}`,
          `insert into stores (id, marketplace_id, external_id, name, created_at)
           select ${id('store', 's')}, ${id('mkt', '1 + s % 6')}, 'S' || s, 'Store ' || s, ${t0} - interval '60 days'
             from generate_series(${from}::bigint, ${to}::bigint) s`,
        );
      }
      for (let from = 0; from < listings; from += CHUNK) {
        const to = Math.min(listings, from + CHUNK) - 1;
        await run(
          `listings ${to + 1}/${listings}`,
          `insert into listings (id, marketplace_id, external_id, store_id, url, title, price, currency, created_at)
           select ${id('listing', 'l')}, ${id('mkt', `1 + (l % ${stores}) % 6`)}, 'L' || l, ${id('store', `l % ${stores}`)},
                  'https://shop.example/l/' || l, 'Bench product ' || l, 19.99, 'EUR',
                  ${t0} - interval '10 days' + make_interval(secs => (l::float8 / ${listings}) * ${spanSeconds})
             from generate_series(${from}::bigint, ${to}::bigint) l`,
        );
      }
      // Notice n: brand skewed towards brand 0 (brand 0 the biggest, brand 999 among the smallest).
      const brandOf = (n: string) => `floor(${BRANDS} * power(((${n}) * 0.6180339887) % 1, 3))::int`;
      const noticeAt = (n: string) =>
        `${t0} + make_interval(secs => ((${n})::float8 / ${notices}) * ${spanSeconds} + ((${n}) * 7) % 600)`;
      for (let from = 0; from < notices; from += CHUNK) {
        const to = Math.min(notices, from + CHUNK) - 1;
        await run(
          `notices ${to + 1}/${notices}`,
          `insert into notices (id, principal_org_id, filer_org_id, right_id, infringement_type, statements, contact,
                              item_count, created_at, trusted_flagger)
           select ${id('notice', 'n')}, ${id('brand', 'b')}, ${id('brand', 'b')}, ${id('right', 'b')},
                  case when n % 7 = 0 then 'trademark_misuse' else 'counterfeit' end,
                  '{"goodFaith": true, "accurate": true}'::jsonb, '{"email": "legal@brand.example"}'::jsonb,
                  least(${ITEMS_PER_NOTICE}, ${items} - n * ${ITEMS_PER_NOTICE}), ${noticeAt('n')}, b % 10 = 0
             from (select n, ${brandOf('n')} as b from generate_series(${from}::bigint, ${to}::bigint) n) x`,
        );
      }
      // Item g: notice g / 5, listing g. Outcome by h = hash(g) % 100: < 70 removed, < 85 rejected,
      // else pending. Decided after a duration from 5 minutes to ~4 days (5 * 1.25^k minutes).
      const outcome = `case when (g * 2654435761) % 100 < 70 then 'removed' when (g * 2654435761) % 100 < 85 then 'rejected' else 'pending' end`;
      const took = `make_interval(secs => 300 * power(1.25, (g * 7919) % 31) + (g % 53))`;
      for (let from = 0; from < items; from += CHUNK) {
        const to = Math.min(items, from + CHUNK) - 1;
        await run(
          `notice items ${to + 1}/${items}`,
          `insert into notice_items (id, notice_id, position, listing_id, right_id, state, evidence, sla_due_at,
                                   decided_at, reason_code, reason_text, created_at, updated_at)
           select ${id('item', 'g')}, ${id('notice', `g / ${ITEMS_PER_NOTICE}`)}, g % ${ITEMS_PER_NOTICE}, ${id('listing', 'g')},
                  ${id('right', brandOf(`g / ${ITEMS_PER_NOTICE}`))}, state, '[]'::jsonb, at + interval '2 days',
                  case when state = 'pending' then null else at + ${took} end,
                  case state when 'removed' then (array['counterfeit','trademark_infringement','copyright_infringement'])[1 + g % 3]
                             when 'rejected' then (array['insufficient_evidence','no_infringement','not_identified'])[1 + g % 3] end,
                  case when state = 'pending' then null else 'Bench decision' end, at, at
             from (select g, ${outcome} as state, ${noticeAt(`g / ${ITEMS_PER_NOTICE}`)} as at
                     from generate_series(${from}::bigint, ${to}::bigint) g) x`,
        );
      }
      // Decisions of the decided items; 2 % of removals appealed (a third of those reversed);
      // one proactive removal per 10 items, on listings no notice decided (listing g of a pending item).
      const statement = (restriction: string) => `jsonb_build_object('schemaVersion', 2, 'statementId', d_id,
        'restriction', jsonb_build_object('kind', ${restriction}),
        'ground', jsonb_build_object('decisionGround', 'DECISION_GROUND_ILLEGAL_CONTENT',
           'legalGround', 'Regulation (EU) 2017/1001 Art 9 (EU trade mark)', 'explanation', 'The listing offers goods bearing the mark without consent.'),
        'facts', jsonb_build_object('summary', 'Listing ' || g || ' reported by the rights holder; the evidence shows the mark on goods not made by it.'))`;
      for (let from = 0; from < items; from += CHUNK) {
        const to = Math.min(items, from + CHUNK) - 1;
        await run(
          `decisions on items ${to + 1}/${items}`,
          `insert into decisions (id, kind, subject_type, subject_id, item_id, listing_id, store_id, marketplace_id,
                                notifier_org_id, ground, reason_code, reason_text, automated_detection,
                                automated_decision, decided_by, appealable_until, statement, created_at)
           select d_id, case when i.state = 'removed' then 'notice_removal' else 'notice_rejection' end, 'notice_item',
                  i.id, i.id, i.listing_id, ${id('store', `g % ${stores}`)}, ${id('mkt', `1 + (g % ${stores}) % 6`)},
                  ${id('brand', brandOf(`g / ${ITEMS_PER_NOTICE}`))}, 'illegal_content', i.reason_code, 'Bench decision', false,
                  case when g % 5 = 0 then 'partially' else 'not' end, 'reviewer', i.decided_at + interval '180 days',
                  ${statement(`case when i.state = 'removed' then 'listing_removed' else 'notice_rejected' end`)}, i.decided_at
             from (select g, ${id('dec', 'g')} as d_id from generate_series(${from}::bigint, ${to}::bigint) g) x
             join notice_items i on i.id = ${id('item', 'g')}
            where i.state <> 'pending'`,
        );
        await run(
          `appeals and proactive removals ${to + 1}/${items}`,
          `insert into decisions (id, kind, subject_type, subject_id, previous_decision_id, item_id, listing_id, store_id,
                                marketplace_id, ground, reason_code, reason_text, automated_detection, automated_decision,
                                decided_by, statement, created_at)
           select ${id('appeal-dec', 'g')}, case when g % 3 = 0 then 'appeal_reversed' else 'appeal_upheld' end, 'decision',
                  d.id, d.id, d.item_id, d.listing_id, d.store_id, d.marketplace_id, 'illegal_content', 'appeal',
                  'Bench appeal', false, 'not', 'reviewer',
                  ${statement(`case when g % 3 = 0 then 'listing_restored' else 'removal_kept' end`).replace('d_id', 'd.id::text')},
                  d.created_at + interval '5 days'
             from generate_series(${from}::bigint, ${to}::bigint) g join decisions d on d.id = ${id('dec', 'g')}
            where d.kind = 'notice_removal' and g % 50 = 1;
         insert into appeals (id, item_id, appellant_org_id, appellant_party, decision_kind, decision_at, grounds,
                              status, decided_at, reason_text, created_at, decision_id)
           select ${id('appeal', 'g')}, d.item_id, '${operatorOrg}'::uuid, 'seller', 'notice_removal', d.created_at,
                  'Genuine goods', case when g % 3 = 0 then 'reversed' else 'upheld' end, d.created_at + interval '5 days',
                  'Bench appeal', d.created_at + interval '1 day', d.id
             from generate_series(${from}::bigint, ${to}::bigint) g join decisions d on d.id = ${id('dec', 'g')}
            where d.kind = 'notice_removal' and g % 50 = 1;
         insert into decisions (id, kind, subject_type, subject_id, listing_id, store_id, marketplace_id, ground,
                                reason_code, reason_text, automated_detection, automated_decision, decided_by, statement, created_at)
           select d_id, 'proactive_removal', 'listing', ${id('listing', 'g')}, ${id('listing', 'g')}, ${id('store', `g % ${stores}`)},
                  ${id('mkt', `1 + (g % ${stores}) % 6`)}, 'illegal_content', 'counterfeit', 'Bench detection', true,
                  case when g % 20 = 7 then 'not' else 'fully' end, 'system', ${statement(`'listing_removed'`)},
                  ${noticeAt(`g / ${ITEMS_PER_NOTICE}`)} + interval '3 hours'
             from (select g, ${id('proactive-dec', 'g')} as d_id from generate_series(${from}::bigint, ${to}::bigint) g) x
            where g % 10 = 7 and ${outcome} = 'pending';
         insert into proactive_cases (id, listing_id, listing_version, action, state, brand_org_id, score, signals,
                                      automated, decided_at, created_at, decision_id)
           select ${id('case', 'g')}, ${id('listing', 'g')}, 1, 'remove', 'removed', ${id('brand', `(g * 31) % ${BRANDS}`)},
                  0.97, '[]'::jsonb, true, d.created_at, d.created_at - interval '1 minute', d.id
             from generate_series(${from}::bigint, ${to}::bigint) g join decisions d on d.id = ${id('proactive-dec', 'g')}`,
        );
      }
      const loadSeconds = (performance.now() - genStart) / 1000;
      const idxStart = performance.now();
      for (const i of indexes) {
        if (i.indexname === 'listings_title_trgm_idx') continue; // search only; minutes at 10M, no report reads it
        await run(`index ${i.indexname}`, i.indexdef);
      }
      await run('analyze', 'analyze');
      const indexSeconds = (performance.now() - idxStart) / 1000;

      // The counters, by one SQL backfill doing what applyReportEvents does per event.
      const backfillStart = performance.now();
      await run('backfill report_counts and report_durations', backfillSql());
      const backfillSeconds = (performance.now() - backfillStart) / 1000;
      const counts = (await loader.query<{ n: string }>(`select count(*) as n from report_counts`)).rows[0]!
        .n;
      const sizes = (
        await loader.query<Record<string, string>>(`
        select (select count(*) from decisions) as decisions, (select count(*) from notices) as notices,
               pg_size_pretty(pg_database_size(current_database())) as size`)
      ).rows[0]!;
      rows.push(
        {
          name: `generate ${items.toLocaleString('en')} notice items (${notices.toLocaleString('en')} notices), ${listings.toLocaleString('en')} listings, ${stores.toLocaleString('en')} stores, ${Number(sizes.decisions).toLocaleString('en')} decisions, ${BRANDS} brands, 6 marketplaces over ${MONTHS} months`,
          value: loadSeconds.toFixed(0),
          unit: 's',
        },
        { name: 'build the secondary indexes and analyze', value: indexSeconds.toFixed(0), unit: 's' },
        {
          name: `SQL backfill of the counters (${Number(counts).toLocaleString('en')} counter rows); database size ${sizes.size}`,
          value: backfillSeconds.toFixed(1),
          unit: 's',
        },
      );
    }

    // The backfill equals the subscriber: every event of the smallest brand with notices, replayed
    // through applyReportEvents in a transaction rolled back afterwards.
    const check = await checkBackfill(db);
    rows.push({
      name: `SQL backfill equals applyReportEvents on every event of one brand (${check.events} events, ${check.rows} counter rows)`,
      value: check.equal ? 'yes' : `NO: ${check.difference}`,
      unit: '',
      pass: check.equal,
    });

    // ---- the reports through the service functions ----
    const actor: Principal = {
      kind: 'user',
      userId: null,
      keyId: null,
      orgId: operatorOrg,
      orgKind: 'operator',
      roles: new Set(['admin'] as const),
      marketplaceId: null,
      sessionId: null,
      label: 'bench',
    };
    const month = (offset: number) => {
      const d = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + offset, 1));
      return d.toISOString().slice(0, 7);
    };
    const last12 = { from: month(-12), to: month(-1) };
    const last24 = { from: month(-24), to: month(-1) };
    const de = (await loader.query<{ id: string }>(`select id from marketplaces where code = 'bench-de'`))
      .rows[0]!.id;
    const brands = (
      await loader.query<{ id: string; n: string }>(`
        select principal_org_id as id, count(*) as n from notices group by 1 order by 2 desc`)
    ).rows;
    const big = brands[0]!;
    const small = brands.at(-1)!;
    const lastHalf = end.getUTCMonth() >= 6 ? `${end.getUTCFullYear()}-H1` : `${end.getUTCFullYear() - 1}-H2`;
    const yearFrom = `${month(-12)}-01`;
    const yearTo = new Date(end.getTime() - 86_400_000).toISOString().slice(0, 10);
    const measures: [string, () => Promise<unknown>][] = [
      ['operator report, 12 months', () => operatorReport(db, actor, last12, now)],
      ['operator report, 24 months', () => operatorReport(db, actor, last24, now)],
      [
        'operator report, 12 months, jurisdiction DE',
        () => operatorReport(db, actor, { ...last12, jurisdiction: 'DE' }, now),
      ],
      [
        'operator report, 12 months, one marketplace',
        () => operatorReport(db, actor, { ...last12, marketplaceId: de }, now),
      ],
      ['operator report CSV, 24 months', async () => reportCsv(await operatorReport(db, actor, last24, now))],
      [
        `brand report, biggest brand (${Number(big.n).toLocaleString('en')} notices), 24 months`,
        () => brandReport(db, actor, big.id, last24, now),
      ],
      [
        `brand report, smallest brand (${Number(small.n).toLocaleString('en')} notices), 24 months`,
        () => brandReport(db, actor, small.id, last24, now),
      ],
      [
        'statements batch (100), first page of the last 12 months',
        () => statementBatch(db, actor, { from: yearFrom, to: yearTo }),
      ],
      [`DSA Art 24 report ${lastHalf} (from the counters)`, () => transparencyReport(db, actor, lastHalf)],
      [
        `DSA Art 24 report ${lastHalf}: the counted sections read instead from every record (the reference)`,
        () => art24Reference(db, lastHalf),
      ],
    ];
    const art24 = await transparencyReport(db, actor, lastHalf);
    const art24Scan = await art24Reference(db, lastHalf);
    const art24Equal = sameArt24(art24, art24Scan);
    rows.push({
      name: `DSA Art 24 report ${lastHalf}: counters equal the records (counts exactly, medians within their 4.4 % bucket)`,
      value: art24Equal === true ? 'yes' : `NO: ${art24Equal}`,
      unit: '',
      pass: art24Equal === true,
    });
    const p50s = new Map<string, number>();
    for (const [name, fn] of measures) {
      const t = await timeIt(fn);
      p50s.set(name, t.p50);
      log(
        `${name}: p50 ${t.p50.toFixed(0)} ms, p99 ${t.p99.toFixed(0)} ms, max ${t.max.toFixed(0)} ms (${t.n} runs)`,
      );
      const reference = name.includes('(the reference)');
      rows.push({
        name: `${name}: p50 / p99 / max (${t.n} runs)`,
        value: `${t.p50.toFixed(0)} / ${t.p99.toFixed(0)} / ${t.max.toFixed(0)}`,
        unit: 'ms',
        ...(reference ? {} : { target: '< 2 s', pass: t.max < TARGET_MS }),
      });
    }
    // The scan the counters replace: removals per month and marketplace of 12 months, from decisions.
    const scan = await timeIt(
      () =>
        sql`select date_trunc('month', d.created_at at time zone 'UTC') as month, coalesce(d.marketplace_id, l.marketplace_id) as m,
                   count(*) filter (where d.kind = 'notice_removal') as removed,
                   count(*) filter (where d.kind = 'notice_rejection') as rejected, count(distinct n.principal_org_id) as brands
              from decisions d join notice_items i on i.id = d.item_id join notices n on n.id = i.notice_id
              left join listings l on l.id = d.listing_id
             where d.kind in ('notice_removal', 'notice_rejection')
               and d.created_at >= ${new Date(`${last12.from}-01T00:00:00Z`)} and d.created_at < ${end}
             group by 1, 2`.execute(db),
      3,
    );
    const counterP50 = p50s.get('operator report, 12 months') ?? 1;
    rows.push(
      {
        name: 'the same figures by scan: removals and rejections per month and marketplace, 12 months, from decisions + notice_items + notices: median',
        value: scan.p50.toFixed(0),
        unit: 'ms',
      },
      {
        name: 'scan median / operator report (12 months) p50 — and the report computes far more',
        value: (scan.p50 / Math.max(counterP50, 0.01)).toFixed(0),
        unit: '×',
      },
    );

    // ---- constant memory: the NDJSON statements export streamed over streamDays ----
    const streamFrom = new Date(end.getTime() - streamDays * 86_400_000);
    const range = { from: streamFrom.toISOString().slice(0, 10), to: yearTo };
    const expected = Number(
      (
        await loader.query<{ n: string }>(
          `select count(*) as n from decisions where created_at >= $1 and created_at < $2
              and (statement -> 'restriction' ->> 'kind') in ('listing_removed', 'account_restricted')`,
          [streamFrom, end],
        )
      ).rows[0]!.n,
    );
    const memory = await streamMemory(await statementLines(db, actor, range), expected);
    log(`stream: ${memory.lines} lines in ${memory.seconds.toFixed(1)} s`);
    const mb = (b: number) => (b / 2 ** 20).toFixed(0);
    rows.push(
      {
        name: `NDJSON statements export, ${streamDays} days: ${memory.lines.toLocaleString('en')} statements (${mb(memory.bytes)} MiB) streamed`,
        value: memory.seconds.toFixed(1),
        unit: 's',
      },
      {
        name: 'statements streamed per second',
        value: (memory.lines / memory.seconds).toFixed(0),
        unit: '/s',
      },
      {
        name: 'RSS growth over the start: peak in the first 10 % / peak over 100 % of the stream',
        value: `${mb(memory.rss10)} / ${mb(memory.rss100)}`,
        unit: 'MiB',
        target: 'no growth with rows',
        pass: memory.rss100 <= memory.rss10 + 32 * 2 ** 20,
      },
      {
        name: global.gc
          ? 'heap retained after a full GC, over the start: at 10 % / at 100 % of the stream'
          : 'heap retained after a full GC: not measured (run with NODE_OPTIONS=--expose-gc)',
        value: global.gc ? `${mb(memory.retained10)} / ${mb(memory.retained100)}` : 'n/a',
        unit: 'MiB',
        ...(global.gc
          ? { target: 'no growth with rows', pass: memory.retained100 <= memory.retained10 + 8 * 2 ** 20 }
          : {}),
      },
      {
        name: 'heapUsed growth: peak in the first 10 % / peak over 100 %',
        value: `${mb(memory.heap10)} / ${mb(memory.heap100)}`,
        unit: 'MiB',
        target: 'no growth with rows',
        pass: memory.heap100 <= memory.heap10 + 32 * 2 ** 20,
      },
    );
    const csv = reportCsv(await operatorReport(db, actor, { from: month(-36), to: month(-1) }, now));
    rows.push({
      name: 'operator report CSV, 36 months: lines (months × metrics; it does not grow with the rows counted)',
      value: csv.split('\n').length - 2,
      unit: '',
    });
    return rows;
  } finally {
    await loader.end().catch(() => undefined);
    await platform.close();
    if (!process.env.BENCH_REPORT_KEEP) await env.cleanup();
    else log(`kept database ${env.url}`);
  }
}

/** The counters from the generated rows, as applyReportEvents computes them per event. */
function backfillSql(): string {
  const month = (col: string) => `date_trunc('month', ${col} at time zone 'UTC')::date`;
  const bucket = (took: string) =>
    `least(120, greatest(0, ceil(4 * log(2.0, (1 + extract(epoch from ${took}) / 60)::numeric))))::smallint`;
  return `
    create temp table facts as
      select d.kind, d.created_at as at, coalesce(d.marketplace_id, l.marketplace_id, '${NONE}') as m,
             coalesce(case when d.kind = 'proactive_removal' then pc.brand_org_id else n.principal_org_id end, '${NONE}') as o,
             d.reason_code, d.automated_decision = 'not' as human, d.created_at - i.created_at as took
        from decisions d
        left join notice_items i on i.id = d.item_id
        left join notices n on n.id = i.notice_id
        left join listings l on l.id = d.listing_id
        left join proactive_cases pc on pc.decision_id = d.id and d.kind = 'proactive_removal'
       where d.kind in ('notice_removal', 'notice_rejection', 'proactive_removal', 'appeal_upheld', 'appeal_reversed', 'test_buy_violation');
    insert into report_counts (month, metric, marketplace_id, org_id, value)
    select month, metric, m, o, sum(v) from (
      select ${month('created_at')} as month, 'notices_received' as metric, '${NONE}'::uuid as m, principal_org_id as o, 1 as v from notices
      union all
      select ${month('n.created_at')}, 'items_targeted', l.marketplace_id, n.principal_org_id, 1
        from notice_items i join notices n on n.id = i.notice_id join listings l on l.id = i.listing_id
      union all
      select ${month('at')}, metric, m, o, 1 from facts,
        lateral (values
          (case kind when 'notice_removal' then 'items_removed' when 'notice_rejection' then 'items_rejected' end),
          (case kind when 'notice_removal' then 'removed:' || coalesce(reason_code, 'unspecified')
                     when 'notice_rejection' then 'rejected:' || coalesce(reason_code, 'unspecified') end),
          (case when kind in ('notice_removal', 'notice_rejection', 'proactive_removal')
                then case when human then 'decisions_human' else 'decisions_automated' end end),
          (case when kind = 'notice_removal' and took <= interval '1 day' then 'removed_within_24h' end),
          (case kind when 'notice_removal' then 'removals_reactive' when 'proactive_removal' then 'removals_proactive'
                     when 'test_buy_violation' then 'test_buy_violations' end),
          (case when kind in ('appeal_upheld', 'appeal_reversed') then 'appeals_decided' end),
          (case when kind = 'appeal_reversed' then 'appeals_reversed' end)
        ) as x(metric)
       where metric is not null
    ) c group by 1, 2, 3, 4;
    insert into report_durations (month, metric, marketplace_id, org_id, bucket, value)
    select ${month('at')}, metric, m, o, ${bucket('took')}, count(*)
      from facts, lateral (values ('notice_to_decision'), (case when kind = 'notice_removal' then 'notice_to_takedown' end)) as x(metric)
     where kind in ('notice_removal', 'notice_rejection') and took is not null and metric is not null
     group by 1, 2, 3, 4, 5;
    drop table facts;
    ${totalsBackfillSql()}
    ${transparencyBackfillSql()}`;
}

/** report_totals from report_counts (what migrations/0049 does for a database counted before it). */
function totalsBackfillSql(): string {
  return `
    insert into report_totals (month, marketplace_id, metric, value)
      select month, marketplace_id, metric, sum(value) from report_counts group by 1, 2, 3;
    insert into report_total_durations (month, marketplace_id, metric, bucket, value)
      select month, marketplace_id, metric, bucket, sum(value) from report_durations group by 1, 2, 3, 4;`;
}

/** The Art 24 counters from the generated rows, as applyTransparencyEvents computes them per event. */
function transparencyBackfillSql(): string {
  const month = (col: string) => `date_trunc('month', ${col} at time zone 'UTC')::date`;
  return `
    insert into transparency_counts (month, section, breakdown, measure, value)
    select ${month('created_at')}, 'notices_received', infringement_type || '|' || case when trusted_flagger then 'trusted' else 'other' end,
           x.measure, sum(x.value)
      from notices, lateral (values ('notices', 1), ('items', item_count)) as x(measure, value)
     group by 1, 2, 3, 4;
    insert into transparency_counts (month, section, breakdown, measure, value)
    select month, section, breakdown, measure, sum(value) from (
      select ${month('d.created_at')} as month, x.section, x.breakdown, x.measure, x.value
        from decisions d,
        lateral (values
          ('automated_means', d.automated_decision::text, 'decisions', 1),
          ('automated_means', d.automated_decision::text, 'detected', case when d.automated_detection then 1 else 0 end),
          (case when d.kind in ('notice_removal', 'notice_rejection') then 'notice_actions' end, d.kind::text, 'decisions', 1),
          (case when d.item_id is null and d.statement -> 'restriction' ->> 'kind' = 'listing_removed' then 'own_initiative' end,
           d.kind::text, 'decisions', 1),
          (case when d.item_id is null and d.statement -> 'restriction' ->> 'kind' = 'listing_removed' then 'own_initiative' end,
           d.kind::text, 'automated', case when d.automated_decision <> 'not' then 1 else 0 end),
          (case when d.item_id is null and d.statement -> 'restriction' ->> 'kind' = 'listing_removed' then 'own_initiative' end,
           d.kind::text, 'detected', case when d.automated_detection then 1 else 0 end)
        ) as x(section, breakdown, measure, value)
       where x.section is not null
    ) c group by 1, 2, 3, 4 having sum(value) <> 0;
    insert into transparency_durations (month, section, breakdown, bucket, value)
    select ${month('d.created_at')}, 'notice_actions', d.kind,
           least(480, greatest(0, ceil(16 * log(2.0, (1 + extract(epoch from d.created_at - n.created_at) / 60)::numeric))))::smallint,
           count(*)
      from decisions d join notice_items ni on ni.id = d.item_id join notices n on n.id = ni.notice_id
     where d.kind in ('notice_removal', 'notice_rejection')
     group by 1, 2, 3, 4;`;
}

/** For a database kept from an earlier run: fills the counter tables a newer migration added, if empty. */
async function backfillMissing(loader: pg.Client, log: (text: string) => void) {
  const empty = async (table: string) =>
    (await loader.query(`select 1 from ${table} limit 1`)).rows.length === 0;
  if (await empty('report_totals')) {
    const t = performance.now();
    await loader.query(totalsBackfillSql());
    log(`backfill report_totals (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  if (await empty('transparency_counts')) {
    const t = performance.now();
    await loader.query(transparencyBackfillSql());
    log(`backfill transparency_counts (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
}

/** The Art 24 report's counted sections read from every record of the half-year (the reference). */
async function art24Reference(db: Database, period: string) {
  const p = halfYear(period) as { from: Date; to: Date };
  const [noticesReceived, noticeActions, ownInitiative, automatedMeans] = await Promise.all([
    reference.noticesReceived(db, p),
    reference.noticeActions(db, p),
    reference.ownInitiative(db, p),
    reference.automatedMeans(db, p),
  ]);
  return { noticesReceived, noticeActions, ownInitiative, automatedMeans };
}

/** true, or what differs. */
function sameArt24(
  counted: Awaited<ReturnType<typeof transparencyReport>>,
  scanned: Awaited<ReturnType<typeof art24Reference>>,
): true | string {
  const json = (v: unknown) => JSON.stringify(v);
  for (const key of ['noticesReceived', 'ownInitiative', 'automatedMeans'] as const)
    if (json(counted[key]) !== json(scanned[key]))
      return `${key}: ${json(counted[key])} vs ${json(scanned[key])}`;
  const strip = (rows: { kind: string; decisions: number }[]) => rows.map((r) => [r.kind, r.decisions]);
  if (json(strip(counted.noticeActions)) !== json(strip(scanned.noticeActions)))
    return `noticeActions: ${json(counted.noticeActions)} vs ${json(scanned.noticeActions)}`;
  for (const [i, row] of scanned.noticeActions.entries()) {
    const exact = row.medianHours ?? 0;
    const bound = counted.noticeActions[i]?.medianHours ?? -1;
    if (bound < exact - 0.01 || bound > exact * 1.045 + 0.01)
      return `median of ${row.kind}: ${bound} vs ${exact}`;
  }
  return true;
}

/** Replays every event of the brand with the fewest notices through applyReportEvents; compares. */
async function checkBackfill(db: Database) {
  const rollback = new Error('rollback');
  let result = { equal: false, events: 0, rows: 0, difference: '' };
  const brand = (
    await sql<{
      id: string;
    }>`select principal_org_id as id from notices group by 1 order by count(*), 1 limit 1`.execute(db)
  ).rows[0]!.id;
  const read = async (trx: Database) => {
    const c = await sql<{ k: string }>`
      select to_char(month, 'YYYY-MM') || ' ' || metric || ' ' || marketplace_id || ' ' || value as k
        from report_counts where org_id = ${brand} order by 1`.execute(trx);
    const d = await sql<{ k: string }>`
      select to_char(month, 'YYYY-MM') || ' ' || metric || ' ' || marketplace_id || ' ' || bucket || ' ' || value as k
        from report_durations where org_id = ${brand} order by 1`.execute(trx);
    return [...c.rows, ...d.rows].map((r) => r.k);
  };
  await db
    .transaction()
    .execute(async (trx) => {
      const backfilled = await read(trx);
      await sql`delete from report_counts where org_id = ${brand}`.execute(trx);
      await sql`delete from report_durations where org_id = ${brand}`.execute(trx);
      const notices = await sql<{ id: string; created_at: Date }>`
        select id, created_at from notices where principal_org_id = ${brand}`.execute(trx);
      const decisions = await sql<{
        id: string;
        kind: string;
        created_at: Date;
        marketplace_id: string | null;
      }>`
        select d.id, d.kind, d.created_at, d.marketplace_id from decisions d
          join notice_items i on i.id = d.item_id join notices n on n.id = i.notice_id
         where n.principal_org_id = ${brand}
        union all
        select d.id, d.kind, d.created_at, d.marketplace_id from proactive_cases pc join decisions d on d.id = pc.decision_id
         where pc.brand_org_id = ${brand}`.execute(trx);
      let seq = 0;
      const events: DomainEvent[] = [
        ...notices.rows.map((n) => ({
          id: randomUUID(),
          seq: ++seq,
          type: 'notice.filed',
          subjectType: 'notice',
          subjectId: n.id,
          marketplaceId: null,
          occurredAt: new Date(n.created_at),
          data: { principalOrgId: brand },
        })),
        ...decisions.rows.map((d) => ({
          id: randomUUID(),
          seq: ++seq,
          type: 'decision.made',
          subjectType: 'decision',
          subjectId: d.id,
          marketplaceId: d.marketplace_id,
          occurredAt: new Date(d.created_at),
          data: { kind: d.kind },
        })),
      ];
      for (let i = 0; i < events.length; i += 1000) await applyReportEvents(trx, events.slice(i, i + 1000));
      const replayed = await read(trx);
      const missing = backfilled.filter((k) => !replayed.includes(k));
      const extra = replayed.filter((k) => !backfilled.includes(k));
      result = {
        equal: missing.length === 0 && extra.length === 0 && backfilled.length > 0,
        events: events.length,
        rows: replayed.length,
        difference: `backfill only: ${missing.slice(0, 3).join('; ')}; replay only: ${extra.slice(0, 3).join('; ')}`,
      };
      throw rollback;
    })
    .catch((e) => {
      if (e !== rollback) throw e;
    });
  return result;
}

/** p50 / p99 / max of repeated calls: up to 20 runs or 30 s (at least 3), after one warm-up call. */
async function timeIt(fn: () => Promise<unknown>, minRuns = 3) {
  await fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < 20 && (times.length < minRuns || performance.now() - started < 30_000)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1)!, n: times.length };
}

/** Consumes the lines as a response would, sampling RSS and heapUsed growth over the start. */
async function streamMemory(lines: AsyncGenerator<string>, expected: number) {
  global.gc?.();
  const base = process.memoryUsage();
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss - base.rss);
    heap = Math.max(heap, m.heapUsed - base.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const t = performance.now();
  let count = 0;
  let bytes = 0;
  let rss10 = -1;
  let heap10 = -1;
  // With --expose-gc: the heap still in use after a full collection, i.e. what the stream holds on to.
  const retained = () => {
    if (!global.gc) return Number.NaN;
    global.gc();
    return process.memoryUsage().heapUsed - base.heapUsed;
  };
  let retained10 = -1;
  for await (const line of lines) {
    count++;
    bytes += Buffer.byteLength(line);
    if (count % 1000 === 0) sample();
    if (rss10 < 0 && count >= expected / 10) {
      sample();
      rss10 = rss;
      heap10 = heap;
      retained10 = retained();
    }
  }
  clearInterval(timer);
  sample();
  const retained100 = retained();
  return {
    retained10: Math.max(0, retained10),
    retained100,
    lines: count,
    bytes,
    seconds: (performance.now() - t) / 1000,
    rss10: Math.max(0, rss10),
    heap10: Math.max(0, heap10),
    rss100: rss,
    heap100: heap,
  };
}

async function makeDatabase(base: string) {
  const name = `ipp_bench_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    config: testConfig({ database: { kind: 'postgres', url: url.toString() } }) as Config,
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
