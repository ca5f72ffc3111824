// Lists excluded brand words (English and Chinese) found in the build sources and hand rows, comments aside.
// node _build/scan.js   (prints file:line: word; exit code 0 either way: it is a writing aid, check.js is the gate)
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
const names = [
  ...new Set(
    readFileSync(join(HERE, 'excluded-brands.txt'), 'utf8')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s && s !== 'On'),
  ),
];
const res = names.map((n) => [
  n,
  new RegExp(`(?<![a-z0-9])${norm(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`),
]);
const files = [
  ...readdirSync(HERE)
    .filter((f) => f.endsWith('.js') && !['excluded-zh.js', 'scan.js'].includes(f))
    .map((f) => join(HERE, f)),
  ...readdirSync(join(HERE, 'hand')).map((f) => join(HERE, 'hand', f)),
  join(HERE, 'hand-src', 'homoglyph.js'),
];
// identifiers in the build code (meta, head) are not listing text
const CODE_WORDS = new Set(['Meta', 'HEAD']);
let hits = 0;
for (const f of files) {
  readFileSync(f, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const t = line.trim();
      if (t.startsWith('//') || t.startsWith('#')) return;
      const n = norm(line);
      for (const [x, re] of res)
        if (re.test(n) && !(f.endsWith('.js') && CODE_WORDS.has(x))) {
          hits++;
          console.log(`${f.slice(HERE.length + 1)}:${i + 1}: ${x}`);
        }
      for (const z of EXCLUDED_ZH)
        if (line.includes(z)) {
          hits++;
          console.log(`${f.slice(HERE.length + 1)}:${i + 1}: ${z}`);
        }
    });
}
console.log(`${hits} hit(s)`);
