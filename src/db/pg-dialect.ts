import {
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type pg from 'pg';

/**
 * BENCH_SQL_STATS=1 (benchmarks only): every statement's count and time (including its wait in
 * the connection's queue), keyed by its first 110 characters, for finding what a path runs.
 */
const SQL_STATS = process.env.BENCH_SQL_STATS === '1';
export const sqlStats = new Map<string, { count: number; ms: number }>();
function countStatement(text: string, ms: number): void {
  const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
  const seen = sqlStats.get(key) ?? { count: 0, ms: 0 };
  seen.count += 1;
  seen.ms += ms;
  sqlStats.set(key, seen);
}

/**
 * Kysely dialect for PostgreSQL through a `pg` pool, like Kysely's own, with one addition: a
 * compiled query that carries a `statementName` (see prepared.ts) runs as a named prepared
 * statement. The server then parses and plans it once per connection instead of on every call,
 * which is most of its cost for the large data-modifying statements of the notice path.
 * Only fixed SQL texts get names, so the number of prepared statements per connection is bounded.
 */
export class PgDialect implements Dialect {
  constructor(private readonly pool: pg.Pool) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgDriver(this.pool);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

/** A compiled query that may name itself; the name is derived from its fixed SQL text. */
export type NamedCompiledQuery = CompiledQuery & { readonly statementName?: string };

class PgDriver implements Driver {
  private readonly connections = new WeakMap<pg.PoolClient, PgConnection>();
  private closed = false;

  constructor(private readonly pool: pg.Pool) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const client = await this.pool.connect();
    let connection = this.connections.get(client);
    if (!connection) {
      connection = new PgConnection(client);
      this.connections.set(client, connection);
    }
    return connection;
  }

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : '';
    const mode = settings.accessMode ? ` ${settings.accessMode}` : '';
    await (conn as PgConnection).run(`begin${isolation}${mode}`);
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await (conn as PgConnection).run('commit');
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await (conn as PgConnection).run('rollback');
  }

  async releaseConnection(conn: DatabaseConnection): Promise<void> {
    (conn as PgConnection).client.release();
  }

  async destroy(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

class PgConnection implements DatabaseConnection {
  constructor(readonly client: pg.PoolClient) {}

  async run(sql: string): Promise<void> {
    await this.client.query(sql);
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const name = (compiled as NamedCompiledQuery).statementName;
    const values = compiled.parameters as unknown[];
    const started = SQL_STATS ? performance.now() : 0;
    const result = await (name
      ? this.client.query({ name, text: compiled.sql, values })
      : this.client.query(compiled.sql, values));
    if (SQL_STATS) countStatement(compiled.sql, performance.now() - started);
    const { command, rowCount, rows } = result;
    const counted =
      command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE';
    return {
      rows: (rows ?? []) as R[],
      ...(counted && rowCount !== null ? { numAffectedRows: BigInt(rowCount) } : {}),
    };
  }

  // biome-ignore lint/correctness/useYield: nothing here streams; callers page with keyset cursors
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not used; page with a keyset cursor instead');
  }
}
