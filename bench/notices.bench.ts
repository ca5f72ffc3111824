import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { addMember, createApiKey, createOrganisationUnchecked } from '../src/accounts/index.ts';
import { type Config, testConfig } from '../src/config/config.ts';
import { createPlatform } from '../src/platform.ts';

export interface BenchRow {
  name: string;
  value: number | string;
  unit: string;
  target?: string;
  pass?: boolean;
}

type Driver = 'pglite' | 'postgres';

/**
 * Notice-path benchmark over real HTTP on loopback: the server listens on a port and a client
 * with bounded concurrency files and decides notices, as a marketplace integration would.
 * Settings for exploring: BENCH_CONCURRENCY (clients, default 8), BENCH_PROFILE=<file> (CPU
 * profile of the measured run), BENCH_KEEP_DB=1 (keep the PostgreSQL database for EXPLAIN).
 */
export async function runNoticeBench(
  driver: Driver,
  opts: { quick?: boolean; postgresUrl?: string } = {},
): Promise<BenchRow[]> {
  const env = await makeConfig(driver, opts.postgresUrl);
  const platform = await createPlatform(env.config);
  try {
    const address = await platform.app.listen({ host: '127.0.0.1', port: 0 });
    const db = platform.database.db;
    const operator = await createOrganisationUnchecked(db, { kind: 'operator', name: 'Operator' });
    await addMember(db, null, operator.id, {
      email: 'admin@bench.test',
      name: 'Admin',
      password: 'bench-password-1',
      role: 'admin',
    });
    await addMember(db, null, operator.id, {
      email: 'reviewer@bench.test',
      name: 'Reviewer',
      password: 'bench-password-1',
      role: 'reviewer',
    });
    const brandOrg = await createOrganisationUnchecked(db, { kind: 'brand', name: 'Bench Brand' });
    await addMember(db, null, brandOrg.id, {
      email: 'brand@bench.test',
      name: 'Brand',
      password: 'bench-password-1',
      role: 'rights_holder',
    });
    const http = client(address);
    const admin = await http.login('admin@bench.test');
    const reviewer = await http.login('reviewer@bench.test');
    const brand = await http.login('brand@bench.test');
    const mkt = await http.json('POST', '/v1/marketplaces', admin, {
      code: 'bench-us',
      name: 'Bench US',
      jurisdiction: 'US',
    });
    const mktKey = (
      await createApiKey(db, null, operator.id, { name: 'bench', role: 'marketplace', marketplaceId: mkt.id })
    ).key;
    const right = await http.json('POST', '/v1/rights', brand, {
      type: 'trademark',
      name: 'BENCH',
      ownerName: 'Bench',
      registrationNumber: 'B1',
      office: 'USPTO',
      jurisdiction: 'US',
      niceClasses: [18],
      validUntil: '2035-01-01',
    });
    await http.json('POST', `/v1/rights/${right.id}/verification`, admin, { decision: 'verify' });
    const doc = await http.raw('POST', '/v1/documents', brand, Buffer.from('bench screenshot'), 'image/png');
    const evidence = {
      kind: 'screenshot',
      documentSha256: doc.sha256,
      url: 'https://bench.example/x',
      capturedAt: '2026-01-01T00:00:00Z',
    };

    const bigRuns = opts.quick ? 7 : 21;
    const singles = opts.quick ? 200 : 1000;
    // Single-listing notices filed and decided before the measured run, so that the measured run
    // sees compiled code (the JIT works on background threads whose CPU counts for the process).
    const warmUp = opts.quick ? 100 : 500;
    const listingIds = await registerListings(http, mkt.id, mktKey, bigRuns * 300 + warmUp + singles);
    const notice = (ids: string[]) => ({
      rightId: right.id,
      infringementType: 'counterfeit',
      items: ids.map((listingId) => ({ listingId, evidence: [evidence] })),
      statements: { goodFaith: true, accuracy: true, authority: true },
      contact: { name: 'Bench', email: 'bench@brand.example' },
    });

    const latencies: number[] = [];
    for (let run = 0; run < bigRuns; run++) {
      const ids = listingIds.splice(0, 300);
      const start = performance.now();
      await http.json('POST', '/v1/notices', brand, notice(ids));
      latencies.push(performance.now() - start);
    }
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)]!;

    const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
    const job = {
      base: address,
      brandToken: brand,
      reviewerToken: reviewer,
      rightId: right.id,
      evidence,
      concurrency,
    };
    await runLoadClient({ ...job, listingIds: listingIds.splice(0, warmUp) });
    const profiler = process.env.BENCH_PROFILE ? await startProfiler() : null;
    const cpuBefore = process.cpuUsage();
    const pgBefore = postgresCpuSeconds();
    const run = await runLoadClient({ ...job, listingIds: listingIds.splice(0, singles) });
    const rate = run.count / run.seconds;
    await profiler?.stop(process.env.BENCH_PROFILE!);
    const cpu = process.cpuUsage(cpuBefore);
    const nodeCpuMs = (cpu.user + cpu.system) / 1000 / run.count;
    const pgCpuMs = ((postgresCpuSeconds() - pgBefore) * 1000) / run.count;
    const rateTarget = driver === 'pglite' ? 100 : 300;
    return [
      {
        name: `300-listing notice accepted, median (${driver})`,
        value: round(median),
        unit: 'ms',
        target: '< 150 ms',
        pass: median < 150,
      },
      {
        name: `300-listing notice accepted, p95 (${driver})`,
        value: round(latencies[Math.floor(latencies.length * 0.95)] ?? median),
        unit: 'ms',
      },
      {
        name: `${singles} single-listing notices filed + decided over HTTP (${driver}, ${concurrency} clients, after ${warmUp} to warm up)`,
        value: round(rate),
        unit: 'notices/s',
        target: `>= ${rateTarget}/s`,
        pass: rate >= rateTarget,
      },
      {
        name: `CPU per notice in the server process (${driver})`,
        value: round(nodeCpuMs),
        unit: 'ms',
      },
      {
        name: 'CPU per notice in the load client process',
        value: round(run.cpuMs / run.count),
        unit: 'ms',
      },
      ...(driver === 'postgres'
        ? [{ name: 'CPU per notice in PostgreSQL backends', value: round(pgCpuMs), unit: 'ms' }]
        : []),
    ];
  } finally {
    await platform.close();
    await env.cleanup();
  }
}

/** Runs the load generator in a child process (see load-client.mjs) and waits for its result. */
function runLoadClient(
  job: Record<string, unknown>,
): Promise<{ seconds: number; count: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL('./load-client.mjs', import.meta.url).pathname], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${code}`));
      else resolve(JSON.parse(out));
    });
    child.stdin.end(JSON.stringify(job));
  });
}

/** Profiles the load phase only (BENCH_PROFILE=<file.cpuprofile>), for finding where the time goes. */
async function startProfiler() {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/** CPU seconds used so far by all PostgreSQL server processes on this machine (Linux /proc). */
function postgresCpuSeconds(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (!name.startsWith('postgres')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended between listing and reading
    }
  }
  return ticks / 100;
}

const round = (n: number) => Math.round(n * 10) / 10;

async function registerListings(
  http: ReturnType<typeof client>,
  marketplaceId: string,
  key: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; offset < count; offset += 1000) {
    const listings = Array.from({ length: Math.min(1000, count - offset) }, (_, i) => ({
      externalId: `b-${offset + i}`,
      url: `https://bench.example/item/${offset + i}`,
      store: { externalId: `s-${(offset + i) % 50}`, name: 'Bench store' },
      title: `Bench bag ${offset + i}`,
      price: { amount: 19.99, currency: 'USD' },
    }));
    const res = await http.json('POST', `/v1/marketplaces/${marketplaceId}/listings/batch`, key, {
      listings,
    });
    ids.push(...res.items.map((i: { id: string }) => i.id));
  }
  return ids;
}

function client(base: string) {
  async function request(
    method: string,
    path: string,
    token: string | null,
    body: Buffer | string | undefined,
    type: string,
  ) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body !== undefined ? { 'content-type': type } : {}),
      },
      ...(body !== undefined ? { body } : {}),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path} -> ${res.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text);
  }
  return {
    json: (method: string, path: string, token: string | null, body?: unknown) =>
      request(method, path, token, body === undefined ? undefined : JSON.stringify(body), 'application/json'),
    raw: (method: string, path: string, token: string, body: Buffer, type: string) =>
      request(method, path, token, body, type),
    login: async (email: string) =>
      (
        await request(
          'POST',
          '/v1/auth/login',
          null,
          JSON.stringify({ email, password: 'bench-password-1' }),
          'application/json',
        )
      ).token as string,
  };
}

async function makeConfig(
  driver: Driver,
  postgresUrl?: string,
): Promise<{ config: Config; cleanup: () => Promise<void> }> {
  if (driver === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'ipp-bench-'));
    return {
      config: testConfig({ database: { kind: 'pglite', dataDir: dir } }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = postgresUrl ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `ipp_bench_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    config: testConfig({ database: { kind: 'postgres', url: url.toString() } }),
    cleanup: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      if (!process.env.BENCH_KEEP_DB) await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
