import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FuzzyIndex, type FuzzyTerm } from './fuzzy.ts';
import { compilePattern } from './matcher.ts';
import { TextNormalizer } from './normalize.ts';

const NAMES = ['gucci', 'louisvuitton', 'burberry', 'moncler', 'balenciaga', 'hermes', 'kalomi', 'zivobe'];
const EXEMPT = ['channel', 'couch'];

function termsOf(names: readonly string[], exempt: readonly string[]): FuzzyTerm[] {
  return [...names, ...exempt].map((name, i) => {
    const compiled = compilePattern(name, i)!;
    let expandedLength = 0;
    for (const run of compiled.runs) expandedLength += run;
    return { codes: compiled.codes, expandedLength, payload: i < names.length ? i : -1 };
  });
}

/** A name with up to two random edits, split in two words somewhere (or not at all). */
const misspelt = fc
  .tuple(
    fc.constantFrom(...NAMES, ...EXEMPT, 'bag', 'leather', 'new'),
    fc.array(fc.tuple(fc.nat(20), fc.constantFrom('', 'x', 'e', 'c')), { maxLength: 2 }),
    fc.nat(12),
  )
  .map(([name, edits, split]) => {
    let word = name;
    for (const [at, ch] of edits) {
      const k = at % (word.length + 1);
      word = word.slice(0, k) + ch + word.slice(k + (ch === '' ? 1 : 0));
    }
    const cut = split % (word.length + 1);
    return cut === 0 || cut === word.length ? word : `${word.slice(0, cut)} ${word.slice(cut)}`;
  });

describe('misspelling memo of word pairs (property)', () => {
  const terms = termsOf(NAMES, EXEMPT);
  const warm = new FuzzyIndex(terms);
  const normalizer = new TextNormalizer();

  it('answers what separate look-ups of the word and the pair answer', () => {
    fc.assert(
      fc.property(fc.array(misspelt, { minLength: 1, maxLength: 6 }), (parts) => {
        const view = normalizer.normalize(parts.join(' '));
        const fresh = new FuzzyIndex(terms);
        for (let w = 1; w < view.wordCount; w++) {
          const from = view.wordStarts[w - 1]!;
          const split = view.wordStarts[w]!;
          const to = w + 1 < view.wordCount ? view.wordStarts[w + 1]! : view.length;
          const h1 = view.wordHash[w]!;
          const h2 = view.wordCheck[w]!;
          const pairH1 = FuzzyIndex.combine(view.wordHash[w - 1]!, h1, to - split, false);
          const pairH2 = FuzzyIndex.combine(view.wordCheck[w - 1]!, h2, to - split, true);
          const first = [view.wordHash[w - 1]!, view.wordCheck[w - 1]!] as const;
          const word = warm.queryWithPair(view.codes, from, split, to, first[0], first[1], h1, h2);
          assert.equal(word, fresh.queryHashed(view.codes, split, to, h1, h2));
          assert.equal(warm.pairFound, fresh.queryHashed(view.codes, from, to, pairH1, pairH2));
          // and the pair's hash is the hash of its codes
          assert.equal(fresh.query(view.codes, from, to), warm.pairFound);
        }
      }),
      { numRuns: 500 },
    );
  });
});
