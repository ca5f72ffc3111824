import { createHash } from 'node:crypto';
import { CompiledQuery } from 'kysely';
import type { Database } from './database.ts';
import type { NamedCompiledQuery } from './pg-dialect.ts';

/**
 * A hot statement written once as fixed SQL with positional parameters ($1, $2, ...). On
 * PostgreSQL it runs as a named prepared statement (parsed and planned once per connection); on
 * PGlite it runs as an ordinary parameterized query. Keeping the text fixed (arrays are passed as
 * one array parameter, never expanded into `in (...)` lists) is what makes the name safe to reuse.
 */
export class PreparedStatement<Row> {
  readonly name: string;

  constructor(
    readonly label: string,
    readonly sql: string,
  ) {
    this.name = `ipp_${label}_${createHash('sha256').update(sql).digest('hex').slice(0, 12)}`;
  }

  async run(db: Database, parameters: readonly unknown[]): Promise<Row[]> {
    const compiled: NamedCompiledQuery = {
      ...CompiledQuery.raw(this.sql, [...parameters]),
      statementName: this.name,
    };
    return (await db.executeQuery<Row>(compiled)).rows;
  }

  async first(db: Database, parameters: readonly unknown[]): Promise<Row | undefined> {
    return (await this.run(db, parameters))[0];
  }
}

export function prepared<Row>(label: string, sql: string): PreparedStatement<Row> {
  return new PreparedStatement<Row>(label, sql);
}
