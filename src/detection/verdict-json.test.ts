import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Signal, Verdict } from './types.ts';
import { verdictJson } from './verdict-json.ts';

/** Any UTF-16 code units: lone surrogates, controls, quotes, backslashes, C1, astral pairs. */
const anyUnit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u0085', '\u2028', '😀', '中'),
  fc.constantFrom('\ud800', '\udfff', '\udbff\udc00', 'a', '/'),
);
const text = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 24 }),
  fc.string({ maxLength: 24 }),
  fc.constantFrom('r1', 'default-2026.1', ''),
);
/** Numbers JSON.stringify writes in every way: fractions, -0, exponents, NaN and infinities. */
const number = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -0, 0.25, 0.3, 1e21, 1e-7, -2.272, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer(),
);
const span = fc.option(
  fc.record({ field: fc.constantFrom('title', 'description'), start: fc.nat(), end: fc.nat(), text }),
);
const signal = fc.record(
  {
    kind: fc.constantFrom('marker', 'price_low', 'coded'),
    rule: text,
    ruleVersion: text,
    span,
    normalized: text,
    detail: text,
    weight: number,
    priceZ: number,
    priceRatio: number,
    brandId: text,
  },
  { requiredKeys: ['kind', 'rule', 'ruleVersion', 'span', 'normalized', 'detail', 'weight'] },
) as fc.Arbitrary<Signal>;
const verdict: fc.Arbitrary<Verdict> = fc
  .record({
    id: text,
    flagged: fc.boolean(),
    action: fc.constantFrom('remove', 'review', 'brand_verify', 'allow'),
    score: number,
    signals: fc.array(signal, { maxLength: 3 }),
    brands: fc.array(
      fc.record(
        { brandId: text, nominative: fc.boolean(), productLine: text },
        { requiredKeys: ['brandId', 'nominative'] },
      ),
      { maxLength: 3 },
    ),
    suppressed: fc.array(text, { maxLength: 2 }),
    decision: fc.boolean(),
    policyVersion: text,
    categories: fc.option(
      fc.array(fc.oneof(fc.constantFrom('bags', 'audio', 'x-y_1'), text), { maxLength: 3 }),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ decision, categories, ...rest }) => {
    // the key order of the detector's verdicts
    const v: Verdict = {
      id: rest.id,
      flagged: rest.flagged,
      action: rest.action as Verdict['action'],
      score: rest.score,
      signals: rest.signals,
      brands: rest.brands,
      suppressed: rest.suppressed,
      automated: { detection: true, decision },
      policyVersion: rest.policyVersion,
    };
    if (categories !== undefined) v.categories = categories as NonNullable<Verdict['categories']>;
    return v;
  });

describe('verdictJson', () => {
  it('writes byte for byte what JSON.stringify writes, for any strings and numbers', () => {
    fc.assert(
      fc.property(verdict, (v) => {
        assert.equal(verdictJson(v), JSON.stringify(v));
      }),
      { numRuns: 500 },
    );
  });

  it('escapes what JSON.stringify escapes in ids, brands and the policy version', () => {
    // the same number twice (its text is remembered) and a policy version that changes
    for (const policyVersion of ['p"1', 'p\\2', 'p\ud8003', 'p\u00074', 'p"1']) {
      const v: Verdict = {
        id: 'a"b\\c\nd\ud800e😀',
        flagged: true,
        action: 'review',
        score: 0.1 + 0.2,
        signals: [],
        brands: [{ brandId: 'x\u001fy', nominative: false, productLine: '\udc00' }],
        suppressed: ['\t'],
        automated: { detection: true, decision: false },
        policyVersion,
        categories: ['a b', 'c"'] as unknown as NonNullable<Verdict['categories']>,
      };
      assert.equal(verdictJson(v), JSON.stringify(v));
    }
  });
});
