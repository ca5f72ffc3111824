/**
 * Prints the table-owner list and the URL-to-file map for ARCHITECTURE.md, read from the source
 * (each module's TABLES and every `*.routes.ts`): `npx tsx scripts/architecture-maps.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TableDeclaration } from '../src/shared/tables.ts';

const SRC = new URL('../src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const modules = readdirSync(SRC).filter((name) => {
  try {
    return statSync(join(SRC, name, 'index.ts')).isFile();
  } catch {
    return false;
  }
});

console.log('| module | owns | also writes (why) |\n|---|---|---|');
for (const name of modules) {
  const { TABLES } = (await import(join(SRC, name, 'index.ts'))) as { TABLES?: TableDeclaration };
  if (!TABLES) continue;
  const also = Object.entries(TABLES.alsoWrites ?? {})
    .map(([table, why]) => `\`${table}\` (${why})`)
    .join('; ');
  console.log(`| \`${name}\` | ${TABLES.owns.map((t) => `\`${t}\``).join(', ')} | ${also} |`);
}

console.log('\n| method and path | file |\n|---|---|');
const rows: string[] = [];
for (const file of files(SRC).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/app\.(get|post|put|patch|delete)(?:<[^>]*>)?\(\s*'([^']+)'/g))
    rows.push(`| \`${m[1]!.toUpperCase()} ${m[2]}\` | \`${file.slice(SRC.length - 4)}\` |`);
}
rows.sort((a, b) => a.split('`')[1]!.split(' ')[1]!.localeCompare(b.split('`')[1]!.split(' ')[1]!));
console.log(rows.join('\n'));
