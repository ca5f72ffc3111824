// Lists excluded brand words (and Chinese names of excluded brands) in the build's text files: node _build/scan.js
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXCLUDED_ZH } from './excluded-zh.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'");
const ex = [
  ...new Set(
    readFileSync(join(HERE, 'excluded-brands.txt'), 'utf8')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s && s !== 'On'),
  ),
].map((n) => [n, new RegExp(`(?<![a-z0-9])${norm(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`)]);
const files = [
  ...['vocab.js', 'nick-data.js', 'negdata.js', 'boilerplate.js', 'gen.js', 'brands-data.js'].map((f) =>
    join(HERE, f),
  ),
  ...readdirSync(join(HERE, 'hand')).map((f) => join(HERE, 'hand', f)),
];
for (const f of files) {
  let text;
  try {
    text = readFileSync(f, 'utf8');
  } catch {
    continue;
  }
  text.split('\n').forEach((line, i) => {
    const n = norm(line);
    for (const [x, re] of ex)
      if (re.test(n))
        console.log(`${f.slice(HERE.length + 1)}:${i + 1}: ${x} :: ${line.trim().slice(0, 90)}`);
    for (const z of EXCLUDED_ZH)
      if (line.includes(z)) console.log(`${f.slice(HERE.length + 1)}:${i + 1}: ${z}`);
  });
}
