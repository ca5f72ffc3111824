'use strict';
// Shared helpers for the generator and check.js.
const RATES = { USD: 1, EUR: 0.92, GBP: 0.79, CNY: 7.2, JPY: 150, HKD: 7.8, CAD: 1.37, AUD: 1.52 };
const ASSUMED_DATE = '2026-12-06';
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_G = /[\u3400-\u9fff\uf900-\ufaff]/g;

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words that do not make a Chinese listing "mixed": units, formats, spec shorthand.
const NEUTRAL = new Set(('ml g kg mm cm gb tb mah pcs pc usb led hd uhd dvd cd bd blu ray 4k 8k 1080p ' +
  'pro max mini ultra plus lite se eu us uk jp hk xs xl xxl xxxl ok vs no ver vip wifi 5g 4g nfc anc ' +
  'oled lcd type qr sku id os edp edt set diy tee qt mp www com tv ntpt pvd ip68 abc').split(' '));

let VOCAB = null; // Latin tokens that belong to brand knowledge (names, lines, models, works)
function setVocab(brands) {
  VOCAB = new Set();
  const add = (s) => { for (const t of String(s).toLowerCase().match(/[a-z]+/g) || []) VOCAB.add(t); };
  for (const b of brands) {
    add(b.name); (b.aliases || []).forEach(add); (b.protectedTerms || []).forEach(add);
    for (const l of b.productLines || []) { add(l.name); (l.aliases || []).forEach(add); (l.shortNames || []).forEach(add); (l.modelNumbers || []).forEach(add); }
    for (const w of b.works || []) { add(w.title); (w.aliases || []).forEach(add); }
  }
}
function englishWords(text) {
  const toks = String(text).normalize('NFKC').toLowerCase().match(/[a-z][a-z'\-]{2,}/g) || [];
  return toks.filter((t) => !NEUTRAL.has(t) && !(VOCAB && VOCAB.has(t.replace(/['\-]/g, ''))) && !(VOCAB && t.split(/[-']/).every((p) => VOCAB.has(p) || p.length < 3)));
}
// Language rule (used by the generator for hand-written rows and by check.js for every row):
// en = no CJK; zh = CJK and at most 1 non-brand English word; mixed = CJK and >= 2 English words.
function langOf(title, description) {
  const text = title + ' ' + (description || '');
  if (!CJK.test(text)) return 'en';
  return englishWords(text).length >= 2 ? 'mixed' : 'zh';
}

function norm(s) { return String(s).normalize('NFKC').toLowerCase(); }
function latinTokenRe(term) {
  const esc = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp('(^|[^a-z0-9])' + esc + '($|[^a-z0-9])', 'i');
}
function mentions(text, term) {
  const t = norm(text), q = norm(term);
  if (CJK.test(q)) return t.includes(q);
  return latinTokenRe(q).test(t);
}
// Find the product line of a brand named in a text (longest matching name/alias/short/model).
function findLine(brand, text) {
  let best = null, bestLen = 0;
  const squash = (s) => norm(s).replace(/[\s\-.]/g, '');
  const st = squash(text);
  for (const l of brand.productLines || []) {
    const cands = [l.name, ...(l.aliases || []), ...(l.shortNames || [])];
    for (const c of cands) if (c.length >= 2 && mentions(text, c) && c.length > bestLen) { best = l; bestLen = c.length; }
    for (const m of l.modelNumbers || []) { const q = squash(m); if (q.length >= 4 && st.includes(q) && q.length > bestLen) { best = l; bestLen = q.length; } }
  }
  return best;
}
function toUSD(amount, cur) { return amount / RATES[cur]; }
function mid(range) { return toUSD((range.min + range.max) / 2, range.currency); }

module.exports = { RATES, ASSUMED_DATE, CJK, CJK_G, mulberry32, setVocab, englishWords, langOf, norm, mentions, findLine, toUSD, mid };
