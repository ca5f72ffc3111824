// The lang rule used to label listings (check.js re-implements it independently).
// - Han characters absent            -> "en"
// - Han present, <= 1 English word   -> "zh"
// - Han present, >= 2 English words  -> "mixed"
// An English word is a maximal run of ASCII letters/digits with >= 2 letters and no digit, after removing
// every name listed in brands.json (brand names, aliases, protected terms, line names, aliases, short names,
// model numbers, work titles and aliases), and that is not a unit or size token (UNITS).

export const UNITS = new Set([
  'ml',
  'mm',
  'cm',
  'kg',
  'mah',
  'gb',
  'tb',
  'oz',
  'qt',
  'hz',
  'ghz',
  'mg',
  'xs',
  'xl',
  'xxl',
  'xxxl',
]);
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export function collectNames(brandsJson) {
  const names = new Set();
  const add = (s) => {
    if (typeof s === 'string' && /[A-Za-z]/.test(s)) names.add(s);
  };
  for (const b of brandsJson.brands) {
    add(b.name);
    (b.aliases ?? []).forEach(add);
    (b.protectedTerms ?? []).forEach(add);
    for (const l of b.productLines ?? []) {
      add(l.name);
      (l.aliases ?? []).forEach(add);
      (l.shortNames ?? []).forEach(add);
      (l.modelNumbers ?? []).forEach(add);
      (l.models ?? []).forEach(add);
    }
    for (const w of b.works ?? []) {
      add(w.title);
      (w.aliases ?? []).forEach(add);
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeLangDeriver(brandsJson) {
  const names = collectNames(brandsJson);
  const res = names.map((n) => new RegExp(`(?<![A-Za-z0-9])${esc(n)}(?![A-Za-z0-9])`, 'gi'));
  const englishWords = (text) => {
    let t = text;
    for (const re of res) t = t.replace(re, ' ');
    return t
      .split(/[^A-Za-z0-9]+/)
      .filter(
        (tok) =>
          tok &&
          !/[0-9]/.test(tok) &&
          tok.replace(/[^A-Za-z]/g, '').length >= 2 &&
          !UNITS.has(tok.toLowerCase()),
      );
  };
  const derive = (text) => {
    if (!HAN.test(text)) return 'en';
    return englishWords(text).length >= 2 ? 'mixed' : 'zh';
  };
  return { derive, englishWords };
}
