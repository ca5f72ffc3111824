import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PgliteConnection } from './pglite-connection.ts';

/**
 * The node-postgres connection to the embedded engine (pglite-connection.ts): queries, named
 * statements, errors and transactions behave as over a socket, and one query enters the engine
 * once, not once per protocol message.
 */
describe('PGlite connection for node-postgres', () => {
  let pglite: PGlite;
  let client: pg.Client;
  let calls = 0;

  before(async () => {
    pglite = await PGlite.create();
    await pglite.exec('create table t (id int primary key, v text not null)');
    const original = pglite.execProtocolStream.bind(pglite);
    pglite.execProtocolStream = (message, options) => {
      calls += 1;
      return original(message, options);
    };
    client = new pg.Client({ connection: new PgliteConnection(pglite) } as pg.ClientConfig);
    await client.connect();
  });

  after(async () => {
    await client.end();
    await pglite.close();
  });

  test('a query with parameters is one call into the engine; a named one is parsed once', async () => {
    calls = 0;
    await client.query('insert into t (id, v) values ($1, $2)', [1, 'one']);
    assert.equal(calls, 1);
    const named = { name: 'read_t', text: 'select v from t where id = $1' };
    for (let i = 0; i < 3; i++) {
      calls = 0;
      const result = await client.query({ ...named, values: [1] });
      assert.deepEqual(result.rows, [{ v: 'one' }]);
      assert.equal(calls, 1);
    }
  });

  test('an error surfaces with its code and the connection goes on', async () => {
    await assert.rejects(client.query('select nope from t'), (e: { code?: string }) => e.code === '42703');
    await assert.rejects(
      client.query({ name: 'bad_uuid', text: 'select $1::uuid as u', values: ['not-a-uuid'] }),
      (e: { code?: string }) => e.code === '22P02',
    );
    await assert.rejects(
      client.query('insert into t (id, v) values ($1, $2)', [1, 'again']),
      (e: { code?: string }) => e.code === '23505',
    );
    const result = await client.query({ name: 'bad_uuid', text: 'select $1::uuid as u', values: [null] });
    assert.deepEqual(result.rows, [{ u: null }]);
  });

  test('a transaction commits or rolls back as a whole', async () => {
    await client.query('begin');
    await client.query('insert into t (id, v) values ($1, $2)', [2, 'two']);
    await client.query('rollback');
    await client.query('begin');
    await client.query('insert into t (id, v) values ($1, $2)', [3, 'three']);
    await assert.rejects(client.query('insert into t (id, v) values ($1, $2)', [3, 'dup']));
    await client.query('rollback');
    await client.query('begin');
    await client.query('insert into t (id, v) values ($1, $2)', [4, 'four']);
    await client.query('commit');
    const result = await client.query('select id from t order by id');
    assert.deepEqual(
      result.rows.map((r) => r.id),
      [1, 4],
    );
  });

  test('queries sent together are answered in order', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.query('select $1::int * 2 as n', [i])),
    );
    assert.deepEqual(
      answers.map((a) => a.rows[0].n),
      Array.from({ length: 20 }, (_, i) => i * 2),
    );
  });
});
