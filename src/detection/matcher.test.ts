import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allowedEditDistance, FuzzyIndex } from './fuzzy.ts';
import {
  type CompiledPattern,
  compilePattern,
  OBFUSCATION_DOUBLED,
  OBFUSCATION_FULLWIDTH,
  OBFUSCATION_HOMOGLYPH,
  OBFUSCATION_INVISIBLE,
  OBFUSCATION_LEET,
  OBFUSCATION_REPEATED,
  OBFUSCATION_SEPARATORS,
  PatternAutomaton,
} from './matcher.ts';
import {
  type NormalizedView,
  TextNormalizer,
  UNIT_DECIMAL_BEFORE,
  UNIT_FULLWIDTH,
  UNIT_HAS_DIGIT,
  UNIT_HAS_LETTER,
  UNIT_HOMOGLYPH,
  UNIT_INVISIBLE_BEFORE,
  UNIT_LEET_SYMBOL,
  UNIT_UNSPACED_SCRIPT,
} from './normalize.ts';

const PATTERNS = [
  'gucci',
  'louis vuitton',
  'rolex',
  'replica',
  'super clone',
  '1:1',
  'aaa quality',
  '高仿',
  'a货',
  'chanel',
  'prada',
];
const automaton = new PatternAutomaton(PATTERNS.map((p, i) => compilePattern(p, i)!));
const normalizer = new TextNormalizer();

function matches(text: string): string[] {
  const found: string[] = [];
  automaton.scan(normalizer.normalize(text), (pattern) => found.push(PATTERNS[pattern.payload]!));
  return found;
}

describe('pattern automaton', () => {
  it('finds every pattern at word boundaries', () => {
    assert.deepEqual(matches('Gucci bag replica 1:1'), ['gucci', 'replica', '1:1']);
    assert.deepEqual(matches('Louis Vuitton 高仿 A货'), ['louis vuitton', '高仿', 'a货']);
  });

  it('does not match brand names inside other words or "1:1" inside "1:18"', () => {
    assert.deepEqual(matches('stagegucci pradaesque 1:18 scale 11'), []);
  });

  it('matches Chinese inside Chinese text without word boundaries', () => {
    assert.deepEqual(matches('超值高仿包包'), ['高仿']);
  });

  it('agrees with a naive search on plain lowercase text', () => {
    const words = ['gucci', 'rolex', 'bag', 'watch', 'replica', 'prada', 'new'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const expected = parts.filter((w) => PATTERNS.includes(w));
        assert.deepEqual(matches(text), expected);
      }),
    );
  });
});

describe('matching is stable under obfuscation (property)', () => {
  const brands = ['gucci', 'rolex', 'prada', 'chanel', 'replica'];
  const separators = ['.', ' ', '-', '_', '*', '\u200b', '\u200d', '💎', '⭐', '🔥'];
  const homoglyphs: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', i: 'і' };
  const leet: Record<string, string> = { o: '0', e: '3', a: '4', s: '5', i: '1', l: '1' };
  const obfuscation = fc.constantFrom('separator', 'homoglyph', 'leet', 'repeat', 'case', 'combined');

  it('still finds the term after any obfuscation of point 3', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...brands),
        obfuscation,
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(...separators),
        (word, how, seed, sep) => {
          const chars = Array.from(word);
          let disguised: string;
          switch (how) {
            case 'separator':
              disguised = chars.join(sep);
              break;
            case 'homoglyph':
              disguised = chars.map((c, i) => ((i + seed) % 2 === 0 ? (homoglyphs[c] ?? c) : c)).join('');
              break;
            case 'leet':
              disguised = chars.map((c, i) => (i > 0 && (i + seed) % 2 === 0 ? (leet[c] ?? c) : c)).join('');
              break;
            case 'repeat':
              disguised = chars
                .map((c, i) => (i === seed % chars.length ? c.repeat(3 + (seed % 3)) : c))
                .join('');
              break;
            case 'case':
              disguised = chars.map((c, i) => ((i + seed) % 2 === 0 ? c.toUpperCase() : c)).join('');
              break;
            default:
              disguised = chars
                .map((c, i) => (i % 2 === 0 ? (homoglyphs[c] ?? c).toUpperCase() : c))
                .join(sep);
          }
          assert.ok(matches(`new ${disguised} bag`).includes(word), `${how}: ${disguised}`);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        matches(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('misspelling index', () => {
  const terms = ['gucci', 'louisvuitton', 'burberry', 'moncler'].map((t, i) => ({
    codes: compilePattern(t, i)!.codes,
    expandedLength: t.length,
    payload: i,
  }));
  const index = new FuzzyIndex(terms);
  const find = (word: string) => {
    const codes = compilePattern(word, 0)!.codes;
    const found = index.query(codes, 0, codes.length);
    return found < 0 ? null : { term: index.terms[found >> 2]!.payload, distance: found & 3 };
  };

  it('allows more edits for longer names', () => {
    assert.equal(allowedEditDistance(4), 0);
    assert.equal(allowedEditDistance(6), 1);
    assert.equal(allowedEditDistance(12), 2);
  });

  it('finds one-edit misspellings and transpositions', () => {
    assert.equal(find('monclre')?.term, 3);
    assert.equal(find('burbery')?.term, 2);
    assert.equal(find('lousvuiton')?.term, 1);
    assert.equal(find('mancer'), null);
  });
});

describe('packed trie (property)', () => {
  const vocabulary = [
    'gucci',
    'guccio',
    'gu',
    'louis vuitton',
    'louis',
    'rolex',
    'rolexx',
    'replica',
    'replicas',
    'super clone',
    '1:1',
    '1 to 1 copy',
    'aaa quality',
    'type a',
    'type a product',
    'usb type a',
    '高仿',
    '高',
    'a货',
    '原单',
    'chanel',
    'prada',
    'pradax',
    'black',
    'jet black',
    'b',
    'bl',
    'blu',
    'blue',
    'bla',
  ];
  const obfuscated = [
    'G.u.c.c.i',
    'R0lex',
    'Guuuucci',
    'ròlex',
    'ＲＯＬＥＸ',
    'Pr@da',
    'b l a c k',
    'A貨',
    '1:18',
  ];
  const words = ['new', 'bag', 'watch', 'of', 'the', 'scale', ' ', '-', ...obfuscated];
  const texts = fc
    .array(fc.constantFrom(...vocabulary, ...words), { maxLength: 14 })
    .chain((parts) => fc.constantFrom(parts.join(' '), parts.join(''), parts.join('. ')));

  it('reports exactly the verified hits of a naive search, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 40 }),
        fc.array(texts, { minLength: 1, maxLength: 5 }),
        (chosen, inputs) => {
          const patterns = chosen.map((p, i) => compilePattern(p, i)!);
          const trie = new PatternAutomaton(patterns);
          for (const input of inputs) {
            const view = normalizer.normalize(input);
            const found: string[] = [];
            const count = trie.find(view);
            for (let k = 0; k < count; k++)
              found.push(
                `${trie.hitStart[k]}-${trie.hitEnd[k]}:${trie.hitPattern[k]}/${trie.hitObfuscation[k]}`,
              );
            assert.deepEqual(found, naiveHits(view, patterns), JSON.stringify({ chosen, input }));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports every one of many patterns with the same skeleton', () => {
    // 300 outputs on one node exceed the 8-bit count of a node header
    const patterns = Array.from({ length: 300 }, (_, i) => compilePattern(i % 2 ? 'Gucci' : 'gucci', i)!);
    patterns.push(compilePattern('gucci bag', 300)!);
    const trie = new PatternAutomaton(patterns);
    const count = trie.find(normalizer.normalize('new gucci bag'));
    assert.equal(count, 301);
    assert.deepEqual(
      Array.from(trie.hitPattern.subarray(0, count)),
      Array.from({ length: 301 }, (_, i) => i),
    );
  });
});

/** Every (start unit, pattern) whose codes match and that verifies, sorted by end, start, id. */
function naiveHits(view: NormalizedView, patterns: CompiledPattern[]): string[] {
  const hits: Array<[number, number, number, number]> = [];
  for (let u = 0; u < view.length; u++) {
    patterns.forEach((p, id) => {
      if (u + p.codes.length > view.length) return;
      for (let k = 0; k < p.codes.length; k++) if (view.codes[u + k] !== p.codes[k]) return;
      const obfuscation = referenceVerify(view, p, u);
      if (obfuscation >= 0) hits.push([u + p.codes.length, u, id, obfuscation]);
    });
  }
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  return hits.map(([end, start, id, obfuscation]) => `${start}-${end}:${id}/${obfuscation}`);
}

/** The verification as the matcher did it on pattern objects before the records were packed. */
function referenceVerify(view: NormalizedView, pattern: CompiledPattern, startUnit: number): number {
  const length = pattern.codes.length;
  if (pattern.needsStartBoundary && view.boundaryBefore[startUnit] === 0) return -1;
  if (pattern.needsEndBoundary && view.boundaryBefore[startUnit + length] === 0) return -1;
  let obfuscation = 0;
  let boundaries = 0;
  for (let k = 0; k < length; k++) {
    const u = startUnit + k;
    const textRun = view.runs[u]!;
    const patternRun = pattern.runs[k]!;
    if (textRun < patternRun) return -1;
    // one letter more than a pattern run of three is doubled ("Phillips": I and l fold together)
    if (textRun > patternRun)
      obfuscation |=
        textRun >= 3 && (patternRun < 3 || textRun >= patternRun + 2)
          ? OBFUSCATION_REPEATED
          : OBFUSCATION_DOUBLED;
    const flags = view.flags[u]!;
    if (pattern.digits[k] === 1) {
      // a digit is a digit: same run ("11" is not "1"), and a decimal point only where the pattern has one
      if ((flags & UNIT_HAS_DIGIT) === 0 || (flags & (UNIT_HAS_LETTER | UNIT_LEET_SYMBOL)) !== 0) return -1;
      if (textRun !== patternRun) return -1;
      if (k > 0 && pattern.digits[k - 1] === 1 && !pattern.looseDigits) {
        if (pattern.boundaries[k] === 1 && view.boundaryBefore[u] === 0) return -1;
        if ((pattern.decimals[k] === 1) !== ((flags & UNIT_DECIMAL_BEFORE) !== 0)) return -1;
      }
    } else if ((flags & (UNIT_HAS_DIGIT | UNIT_LEET_SYMBOL)) !== 0 && (flags & UNIT_UNSPACED_SCRIPT) === 0) {
      obfuscation |= OBFUSCATION_LEET;
    }
    if (flags & UNIT_HOMOGLYPH) obfuscation |= OBFUSCATION_HOMOGLYPH;
    if (flags & UNIT_FULLWIDTH) obfuscation |= OBFUSCATION_FULLWIDTH;
    if (k > 0) {
      boundaries += view.boundaryBefore[u]!;
      if (flags & UNIT_INVISIBLE_BEFORE) obfuscation |= OBFUSCATION_INVISIBLE;
    }
    boundaries += view.interiorBoundaries[u]!;
  }
  if (boundaries > pattern.interiorBoundaries) obfuscation |= OBFUSCATION_SEPARATORS;
  return obfuscation;
}
