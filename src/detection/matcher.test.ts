import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allowedEditDistance, FuzzyIndex } from './fuzzy.ts';
import { compilePattern, PatternAutomaton } from './matcher.ts';
import { TextNormalizer } from './normalize.ts';

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
