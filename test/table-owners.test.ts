import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { TableDeclaration } from '../src/shared/tables.ts';
import { importablePath } from './support/cli.ts';

/**
 * Tables have owners: every insert, update or delete in a module's source (Kysely or SQL text)
 * must be of a table the module owns or declares in `alsoWrites` with a reason. A new write into
 * another module's table fails here until the owner offers a function for it (or it is declared).
 */

const SRC = new URL('../src/', import.meta.url).pathname;

function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesOf(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('test-') ? [path] : [];
  });
}

/** Code without comments: prose says "update the listing", code says `update listings set`. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const WRITES = [
  /\b(?:insertInto|updateTable|deleteFrom)\(\s*'([a-z_]+)'/g,
  /\binsert\s+into\s+([a-z_]+)\s*[(\s]/gi,
  /\bupdate\s+([a-z_]+)\s+set\b/gi,
  /\bdelete\s+from\s+([a-z_]+)\b/gi,
  // src/db/counters.ts writes the table it is given.
  /\baddToCounters\(\s*[\w.]+\s*,\s*'([a-z_]+)'/g,
];

/** Tables named in SQL the platform documents for marketplaces to run on their side. */
const MARKETPLACE_SIDE = new Set(['received_webhooks']);

export function writesOf(text: string): Set<string> {
  const tables = new Set<string>();
  const body = code(text);
  for (const pattern of WRITES) for (const m of body.matchAll(pattern)) tables.add(m[1]!.toLowerCase());
  return tables;
}

test('the write scanner sees Kysely and SQL writes, not prose', () => {
  assert.deepEqual(
    [
      ...writesOf(
        `// update the listing\n db.updateTable('listings'); sql\`insert into events (id) values (1)\`;`,
      ),
    ],
    ['listings', 'events'],
  );
  assert.deepEqual([...writesOf("const s = 'delete from audit_chain where true';")], ['audit_chain']);
  assert.deepEqual(
    [...writesOf("await addToCounters(\n  trx,\n  'report_totals', KEYS, rows);")],
    ['report_totals'],
  );
});

test('every module writes only the tables it owns or declares with a reason', async () => {
  const modules = readdirSync(SRC).filter((name) => {
    try {
      return statSync(join(SRC, name, 'index.ts')).isFile();
    } catch {
      return false;
    }
  });
  const declarations = new Map<string, TableDeclaration>();
  for (const name of modules) {
    const index = (await import(importablePath(join(SRC, name, 'index.ts')))) as {
      TABLES?: TableDeclaration;
    };
    if (index.TABLES) declarations.set(name, index.TABLES);
  }
  const owner = new Map<string, string>();
  for (const [name, d] of declarations)
    for (const table of d.owns) {
      assert.ok(!owner.has(table), `${table} is owned by both ${owner.get(table)} and ${name}`);
      owner.set(table, name);
    }
  const problems: string[] = [];
  for (const name of modules) {
    const declared = declarations.get(name);
    for (const file of sourcesOf(join(SRC, name))) {
      for (const table of writesOf(readFileSync(file, 'utf8'))) {
        if (table === 'schema_migrations' && name === 'db') continue;
        if (MARKETPLACE_SIDE.has(table)) continue;
        if (declared?.owns.includes(table) || declared?.alsoWrites?.[table]) continue;
        problems.push(
          `${file.slice(SRC.length)} writes ${table}, owned by ${owner.get(table) ?? 'nobody'} (declare it or call the owner)`,
        );
      }
    }
  }
  assert.deepEqual(problems, []);
  for (const [name, d] of declarations)
    for (const table of Object.keys(d.alsoWrites ?? {}))
      assert.ok(
        owner.has(table) && owner.get(table) !== name,
        `${name} declares ${table} but nobody else owns it`,
      );
});
