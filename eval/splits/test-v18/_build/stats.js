// Prints the per-kind count table used in README.md: node _build/stats.js
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const nd = (p) =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const L = nd(join(HERE, '..', 'listings.ndjson'));
const M = new Map(nd(join(HERE, 'meta.ndjson')).map((m) => [m.id, m]));
const rows = new Map();
const add = (k, l) => {
  const r = rows.get(k) ?? { n: 0, hand: 0, en: 0, zh: 0, mixed: 0, desc: 0 };
  r.n++;
  if (M.get(l.id)?.hand) r.hand++;
  r[l.lang]++;
  if (l.description) r.desc++;
  rows.set(k, r);
};
for (const l of L) add(l.kind, l);
const kinds = [...rows.keys()].sort((a, b) =>
  a.slice(0, 3) === b.slice(0, 3) ? 0 : a.startsWith('pos') ? -1 : 1,
);
const order = [
  'pos.marker_en',
  'pos.marker_zh',
  'pos.coded_language',
  'pos.oem_leak',
  'pos.dm_real_pics',
  'pos.brand_nickname_zh',
  'pos.brand_abbrev_emoji',
  'pos.brand_misspelled',
  'pos.brand_homoglyph',
  'pos.extreme_price',
  'pos.weak_cues',
  'pos.product_line_seller_style',
  'pos.description_only',
  'pos.circumvention',
  'pos.prerelease_disc',
  'pos.mixed_language',
  'neg.plain',
  'neg.generic_marker',
  'neg.nominative',
  'neg.common_word_brand',
  'neg.authorized_seller',
  'neg.second_hand',
  'neg.promotion',
  'neg.gray_market',
  'neg.negated_marker',
  'neg.colour_words',
  'neg.model_codes',
  'neg.licensed_repro',
  'neg.used_console',
  'neg.cheap_unbranded',
];
const all = order.filter((k) => rows.has(k)).concat(kinds.filter((k) => !order.includes(k)));
console.log('| kind | label | listings | hand-written | en | zh | mixed | with description |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
const tot = { n: 0, hand: 0, en: 0, zh: 0, mixed: 0, desc: 0 };
for (const k of all) {
  const r = rows.get(k);
  for (const f of Object.keys(tot)) tot[f] += r[f];
  console.log(
    `| ${k} | ${k.startsWith('pos.') ? 'counterfeit' : 'legit'} | ${r.n} | ${r.hand} | ${r.en} | ${r.zh} | ${r.mixed} | ${r.desc} |`,
  );
}
console.log(
  `| **total** | | **${tot.n}** | **${tot.hand}** | **${tot.en}** | **${tot.zh}** | **${tot.mixed}** | **${tot.desc}** |`,
);
