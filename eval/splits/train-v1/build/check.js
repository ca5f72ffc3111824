'use strict';
const fs = require('fs');
const lines = fs.readFileSync(__dirname + '/../listings.ndjson', 'utf8').split('\n').filter((l) => l.length);
const L = []; let bad = 0;
for (const [i, l] of lines.entries()) { try { L.push(JSON.parse(l)); } catch (e) { bad++; console.log('bad json line', i + 1); } }
const ids = new Set(L.map((o) => o.id));
const brands = require('../brands.json').brands; const AUTH = new Set(brands.flatMap((b) => b.authorizedSellers || []));
const CUR = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'HKD', 'CAD', 'AUD']);
const by = (f) => { const m = {}; for (const o of L) { const k = f(o); m[k] = (m[k] || 0) + 1; } return m; };
const bytes = (s) => Buffer.byteLength(s || '', 'utf8');
console.log('listings', L.length, 'bad json', bad, 'unique ids', ids.size === L.length);
console.log('labels', by((o) => o.label));
const kinds = by((o) => o.kind); console.log('kinds', Object.keys(kinds).length, 'min', Math.min(...Object.values(kinds)));
const lang = by((o) => o.lang); console.log('lang', lang, 'zh+mixed share', ((lang.zh + lang.mixed) / L.length).toFixed(3));
const legit = L.filter((o) => o.label === 'legit'); const hard = legit.filter((o) => o.kind !== 'neg.plain');
console.log('hard negatives share of legit', (hard.length / legit.length).toFixed(3));
const withDesc = L.filter((o) => o.description); const long = L.filter((o) => bytes(o.description) >= 800 && bytes(o.description) <= 3000);
console.log('with description', withDesc.length, (withDesc.length / L.length).toFixed(3), 'long 800-3000B', long.length, 'over3000', L.filter((o) => bytes(o.description) > 3000).length);
const tl = L.filter((o) => o.title.length < 15 || o.title.length > 200); console.log('titles out of 15-200', tl.length, tl.slice(0, 8).map((o) => o.title));
console.log('bad currency', L.filter((o) => o.currency && !CUR.has(o.currency)).length, 'price w/o currency', L.filter((o) => (o.price != null) !== (o.currency != null)).length);
console.log('required fields missing', L.filter((o) => !o.id || !o.title || !o.label || !o.kind || !o.lang).length);
console.log('auth sellers in counterfeit', L.filter((o) => o.label === 'counterfeit' && AUTH.has(o.sellerId)).length, 'auth in neg.authorized_seller', L.filter((o) => o.kind === 'neg.authorized_seller' && AUTH.has(o.sellerId)).length, '/', kinds['neg.authorized_seller']);
const EX = /\b(gucci|louis vuitton|chanel|rolex|nike|adidas|prada|herm[eè]s|apple|coach|burberry|dior|omega|cartier|moncler|canada goose|ray-?ban|pandora|northwind)\b|古驰|路易威登|香奈儿|劳力士|耐克|阿迪达斯|普拉达|爱马仕|苹果|蔻驰|博柏利|迪奥|欧米茄|卡地亚|盟可睐|加拿大鹅|雷朋|潘多拉/i;
const ex = L.filter((o) => EX.test(o.title + ' ' + (o.description || ''))); console.log('excluded brand mentions', ex.length, ex.slice(0, 10).map((o) => o.title + ' || ' + ((o.description || '').match(EX) || [''])[0]));
console.log('conditions', by((o) => o.condition), 'markets', Object.keys(by((o) => o.marketplace)).length);
console.log('per kind:'); for (const k of Object.keys(kinds).sort()) { const s = L.filter((o) => o.kind === k); const zl = s.filter((o) => o.lang !== 'en').length; console.log(' ', k.padEnd(32), String(kinds[k]).padStart(4), 'zh/mixed', String(zl).padStart(4), 'long', s.filter((o) => bytes(o.description) >= 800).length); }
