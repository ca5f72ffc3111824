const Ajv = require('/work/main/node_modules/ajv/dist/2020.js');
let addFormats; try { addFormats = require('/work/main/node_modules/ajv-formats'); } catch (e) {}
const ajv = new Ajv({ allErrors: true, strict: false });
if (addFormats) addFormats(ajv);
const schema = require('/work/main/docs/brand-knowledge.schema.json');
const data = require('../brands.json');
const v = ajv.compile(schema);
const ok = v(data);
console.log('valid:', ok, 'brands:', data.brands.length, ok ? '' : JSON.stringify(v.errors, null, 1));
// extra checks: max>=min, unique ids, authorized sellers unique across brands (except shared)
const ids = new Set();
for (const b of data.brands) { if (ids.has(b.id)) console.log('dup id', b.id); ids.add(b.id);
  const chk = (r, w) => { if (r && r.max < r.min) console.log('max<min', b.id, w); };
  for (const l of b.productLines || []) chk(l.referencePrice, l.name);
  for (const c of b.categoryPrices || []) chk(c.referencePrice, c.category);
  for (const l of b.productLines || []) if (l.category && b.categories && !b.categories.includes(l.category)) console.log('line cat not in brand cats', b.id, l.name);
}
