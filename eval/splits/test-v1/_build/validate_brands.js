const Ajv = require('/work/main/node_modules/ajv/dist/2020.js');
let addFormats; try { addFormats = require('/work/main/node_modules/ajv-formats'); } catch (e) {}
const fs = require('fs');
const schema = JSON.parse(fs.readFileSync('/work/main/docs/brand-knowledge.schema.json', 'utf8'));
const data = JSON.parse(fs.readFileSync(process.argv[2] || '../brands.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
if (addFormats) addFormats(ajv);
const v = ajv.compile(schema);
const ok = v(data);
console.log('valid:', ok, 'brands:', data.brands.length);
if (!ok) console.log(JSON.stringify(v.errors.slice(0, 20), null, 1));
// extra checks: max >= min, unique ids
for (const b of data.brands) {
  const ranges = [];
  (b.productLines || []).forEach((l) => l.referencePrice && ranges.push([b.id + '/' + l.name, l.referencePrice]));
  (b.categoryPrices || []).forEach((c) => ranges.push([b.id + '/' + c.category, c.referencePrice]));
  for (const [n, r] of ranges) if (r.max < r.min) console.log('BAD RANGE', n);
  for (const l of b.productLines || []) if (l.category && b.categories && !b.categories.includes(l.category)) console.log('line cat not in brand cats', b.id, l.name, l.category);
}
const ids = data.brands.map((b) => b.id); if (new Set(ids).size !== ids.length) console.log('dup ids');
