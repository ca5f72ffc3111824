import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import createClient, { type Client } from 'openapi-fetch';
import pg from 'pg';
import { addMember, createApiKey, createOrganisationUnchecked } from '../../src/accounts/index.ts';
import type { OrgKind, Role } from '../../src/auth/principal.ts';
import { type Config, testConfig } from '../../src/config/config.ts';
import { type DatabaseTarget, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createPlatform, type Platform } from '../../src/platform.ts';
import { DEFAULT_SELLER_ACCOUNTABILITY } from '../../src/sellers/index.ts';
import type { paths } from '../../web/src/api/schema.d.ts';

export type Driver = 'pglite' | 'postgres';

/** The drivers this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function drivers(): Driver[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface Harness {
  platform: Platform;
  driver: Driver;
  config: Config;
  /** The bootstrap admin's session token (operator organisation). */
  adminToken: string;
  operatorOrgId: string;
  request(
    method: string,
    url: string,
    options?: {
      token?: string;
      body?: unknown;
      headers?: Record<string, string>;
      payload?: string | Buffer;
      /** The client address the server sees (default 127.0.0.1). */
      remoteAddress?: string;
    },
  ): Promise<Response>;
  /**
   * A client typed by the OpenAPI document the app serves (web/src/api/schema.d.ts, the portal's):
   * tests that read responses through it break at compile time when a schema changes.
   */
  api(token?: string): Client<paths>;
  close(): Promise<void>;
}

export interface Response {
  status: number;
  // Tests read arbitrary response shapes; each assertion states what it expects.
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked field by field in tests
  body: any;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body's bytes (for binary answers: documents, thumbnails, archives). */
  raw: Buffer;
}

/**
 * An empty database: in-memory PGlite, or a new PostgreSQL database on TEST_DATABASE_URL that
 * `drop` removes.
 */
export async function throwawayDatabase(
  driver: Driver,
): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (driver === 'pglite') return { target: { kind: 'pglite', dataDir: undefined }, drop: async () => {} };
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `ipp_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const ROOT = new URL('../../', import.meta.url).pathname;

/** The schema's identity: every migration's name and text, and the PGlite build (templates follow it). */
const schemaHash = (() => {
  let memo: string | undefined;
  return () => {
    if (memo) return memo;
    const hash = createHash('sha256');
    const dir = join(ROOT, 'migrations');
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
    hash.update(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
    memo = hash.digest('hex').slice(0, 16);
    return memo;
  };
})();

let pgliteTemplate: Promise<Blob> | undefined;
/**
 * A migrated PGlite data folder as a tarball, made once per schema and kept in the temp folder:
 * a harness starts from it instead of running initdb and every migration (2-3 s each, ~0.5 s so).
 */
function migratedPglite(): Promise<Blob> {
  pgliteTemplate ??= (async () => {
    const file = join(tmpdir(), `ipp-pglite-template-${schemaHash()}.tar`);
    if (!existsSync(file)) {
      const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
      await migrate(handle.db, 'pglite');
      const dump = await handle.dumpDataDir!();
      await handle.close();
      // Written aside and renamed: a process running beside this one never reads half a file.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
    }
    return new Blob([readFileSync(file)]);
  })();
  return pgliteTemplate;
}

let postgresTemplate: Promise<string> | undefined;
/**
 * A migrated PostgreSQL template database, made once per schema (under an advisory lock, so the
 * test processes running side by side make it once); each harness copies it with CREATE DATABASE
 * ... TEMPLATE instead of running every migration. Templates of older schemas are dropped.
 */
function migratedPostgres(baseUrl: string): Promise<string> {
  postgresTemplate ??= (async () => {
    const name = `ipp_tpl_${schemaHash()}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      await admin.query('select pg_advisory_lock(hashtext($1))', ['ipp-test-template']);
      const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (exists.rowCount === 0) {
        const old = await admin.query<{ datname: string }>(
          "select datname from pg_database where datname like 'ipp_tpl_%'",
        );
        for (const row of old.rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
        const building = `${name}_building`;
        await admin.query(`drop database if exists ${building} with (force)`);
        await admin.query(`create database ${building}`);
        const url = new URL(baseUrl);
        url.pathname = `/${building}`;
        const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
        await migrate(handle.db, 'postgres');
        await handle.close();
        await admin.query(`alter database ${building} rename to ${name}`);
      }
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', ['ipp-test-template']).catch(() => {});
      await admin.end();
    }
    return name;
  })();
  return postgresTemplate;
}

/**
 * A database with every migration applied: PGlite loaded from a migrated template, or a PostgreSQL
 * database copied from one (what `throwawayDatabase` gives, migrated, at a fraction of the cost).
 */
export async function migratedDatabase(
  driver: Driver,
): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (driver === 'pglite')
    return {
      target: { kind: 'pglite', dataDir: undefined, loadDataDir: await migratedPglite() },
      drop: async () => {},
    };
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const template = await migratedPostgres(baseUrl);
  const name = `ipp_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * A database the test names itself: an embedded data folder without a database yet starts from the
 * migrated template, as the in-memory ones do (running initdb and every migration on disk took most
 * of such a test's time); anything else is used as given.
 */
async function fromTemplate(target: DatabaseTarget): Promise<DatabaseTarget> {
  if (target.kind !== 'pglite' || !target.dataDir || target.loadDataDir) return target;
  if (existsSync(join(target.dataDir, 'PG_VERSION'))) return target;
  return { ...target, loadDataDir: await migratedPglite() };
}

/** A fresh database per call: in-memory PGlite, or a new throw-away PostgreSQL database. */
export async function createHarness(
  driver: Driver = 'pglite',
  overrides: Partial<Config> = {},
  options: {
    /**
     * Tests of other modules run seller accountability in `observe` mode: points are counted but a
     * first removal does not warn the store and gate its next listings, which those tests do not
     * exercise. The seller-accountability tests and the browser tests enforce, as the default does.
     */
    sellerAccountability?: 'enforce' | 'observe';
  } = {},
): Promise<Harness> {
  const { target, drop: dropDatabase } = overrides.database
    ? { target: await fromTemplate(overrides.database), drop: async () => {} }
    : await migratedDatabase(driver);
  const config = testConfig({ ...overrides, database: target });
  const platform = await createPlatform(config);
  const db = platform.database.db;
  const operator = await createOrganisationUnchecked(db, { kind: 'operator', name: 'Operator' });
  await addMember(db, null, operator.id, {
    email: 'admin@operator.test',
    name: 'Admin',
    password: 'admin-password-1',
    role: 'admin',
  });
  const adminToken = await loginToken(platform, 'admin@operator.test', 'admin-password-1');

  const request: Harness['request'] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let payload: string | Buffer | undefined = options.payload;
    if (options.body !== undefined) {
      payload = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await platform.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload !== undefined ? { payload } : {}),
      ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
    });
    // What a request leaves to the background (events to subscribers: webhook deliveries) is done
    // before the test looks, as a client would see it a moment later.
    if (method !== 'GET') await platform.settle();
    let body: unknown = null;
    try {
      body = res.body ? JSON.parse(res.body) : null;
    } catch {
      body = res.body;
    }
    return {
      status: res.statusCode,
      body,
      headers: res.headers as Response['headers'],
      text: res.body,
      raw: res.rawPayload,
    };
  };

  /** fetch, answered by the app in process (no socket), settled like `request`. */
  const injectFetch = async (input: Request): Promise<globalThis.Response> => {
    const url = new URL(input.url);
    const body = input.body ? Buffer.from(await input.arrayBuffer()) : undefined;
    const res = await platform.app.inject({
      method: input.method as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(input.headers),
      ...(body !== undefined ? { payload: body } : {}),
    });
    if (input.method !== 'GET') await platform.settle();
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers))
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : String(value));
    return new globalThis.Response(res.statusCode === 204 ? null : res.rawPayload, {
      status: res.statusCode,
      headers,
    });
  };
  const api = (token?: string) =>
    createClient<paths>({
      baseUrl: 'http://openipp.test',
      fetch: injectFetch,
      ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
    });

  if ((options.sellerAccountability ?? 'observe') === 'observe') {
    const res = await request('PUT', '/v1/policies/seller-accountability', {
      token: adminToken,
      body: { ...DEFAULT_SELLER_ACCOUNTABILITY, enforcement: 'observe' },
    });
    if (res.status !== 200) throw new Error(`seller-accountability policy: ${res.text}`);
  }

  return {
    platform,
    driver,
    config,
    adminToken,
    operatorOrgId: operator.id,
    request,
    api,
    async close() {
      // Every entry the platform wrote must have been sealed: one in the quarantine means a
      // writer's MAC does not survive storage (tests that forge entries clear it themselves).
      await platform.audit.stop();
      const quarantined = await db.selectFrom('audit_quarantine').select(['action', 'reason']).execute();
      await platform.close();
      await dropDatabase();
      if (quarantined.length > 0)
        throw new Error(`audit entries were quarantined instead of sealed: ${JSON.stringify(quarantined)}`);
    },
  };
}

export async function loginToken(platform: Platform, email: string, password: string): Promise<string> {
  const res = await platform.app.inject({
    method: 'POST',
    url: '/v1/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.body}`);
  return (JSON.parse(res.body) as { token: string }).token;
}

let counter = 0;
/** Creates an organisation with one member of the given role and returns a session token for it. */
export async function userIn(h: Harness, kind: OrgKind, role: Role, name = `${kind}-${++counter}`) {
  const db = h.platform.database.db;
  const org = await createOrganisationUnchecked(db, { kind, name });
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 8)}@example.test`;
  const member = await addMember(db, null, org.id, { email, name, password: 'password-123456', role });
  const token = await loginToken(h.platform, email, 'password-123456');
  return { orgId: org.id, userId: member.userId, token, email };
}

/** Adds another member with `role` to an existing organisation and returns its token. */
export async function memberOf(h: Harness, orgId: string, role: Role) {
  const email = `m-${randomUUID().slice(0, 8)}@example.test`;
  const member = await addMember(h.platform.database.db, null, orgId, {
    email,
    name: email,
    password: 'password-123456',
    role,
  });
  return { userId: member.userId, token: await loginToken(h.platform, email, 'password-123456') };
}

export async function apiKeyFor(
  h: Harness,
  orgId: string,
  role: Role,
  marketplaceId?: string,
): Promise<string> {
  const key = await createApiKey(h.platform.database.db, null, orgId, {
    name: `key-${++counter}`,
    role,
    ...(marketplaceId ? { marketplaceId } : {}),
  });
  return key.key;
}
