import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_DETECTION_POLICY } from './data/default-policy.ts';
import { Detector } from './detector.ts';
import {
  parseListingLine,
  validateBrandKnowledge,
  validateDetectionPolicy,
  validateKeywordRuleSet,
} from './validate.ts';

const policy = DEFAULT_DETECTION_POLICY;

describe('listing lines', () => {
  const errorOf = (line: string, n = 7) => {
    const result = parseListingLine(line, n, policy);
    assert.equal(result.ok, false);
    return result.ok ? null : result.error;
  };

  it('accepts a complete listing', () => {
    const result = parseListingLine(
      JSON.stringify({ id: 'a', title: 'Bag', price: 10, currency: 'usd', condition: 'used', quantity: 2 }),
      1,
      policy,
    );
    assert.ok(result.ok && result.value.currency === 'USD');
  });

  it('names the line and field of each problem', () => {
    assert.match(errorOf('{not json')!.message, /^line 7: not valid JSON/);
    assert.equal(errorOf('{"title":"x"}')!.pointer, '/id');
    assert.equal(errorOf('{"id":"a"}')!.pointer, '/title');
    const absurd = errorOf('{"id":"a","title":"x","price":-5}')!;
    assert.equal(absurd.pointer, '/price');
    assert.equal(absurd.line, 7);
    assert.equal(absurd.recordId, 'a');
    assert.equal(errorOf('{"id":"a","title":"x","price":1e300}')!.pointer, '/price');
    assert.equal(errorOf('{"id":"a","title":"x","condition":"mint"}')!.pointer, '/condition');
  });

  it('rejects 1 MB of text, invalid UTF-16 and control characters', () => {
    assert.match(
      errorOf(JSON.stringify({ id: 'a', title: 'x'.repeat(1_000_000) }))!.message,
      /limit is 100000/,
    );
    assert.match(
      errorOf('{"id":"a","title":"bad \\ud800 text"}')!.message,
      /invalid UTF-16 \(a lone surrogate\) at offset 4/,
    );
    assert.match(
      errorOf('{"id":"a","title":"bell \\u0007"}')!.message,
      /control character U\+0007 at offset 5/,
    );
  });

  it('never throws on arbitrary lines', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (line) => {
        parseListingLine(line, 1, policy);
      }),
    );
  });
});

describe('rule files', () => {
  it('reports each broken rule by id and field and keeps the others', () => {
    const { ruleSet, errors } = validateKeywordRuleSet({
      version: 'mk-3',
      rules: [
        { id: 'ok', pattern: 'replica', kind: 'marker', severity: 0.9 },
        { id: 'punct', pattern: '!!!', kind: 'marker', severity: 0.9 },
        { id: 'kind', pattern: 'x', kind: 'other', severity: 0.9 },
        { id: 'sev', pattern: 'x', kind: 'marker', severity: 3 },
        { pattern: 'x' },
      ],
    });
    assert.deepEqual(
      ruleSet.rules.map((r) => r.id),
      ['ok'],
    );
    assert.deepEqual(
      errors.map((e) => e.pointer),
      ['/rules/1/pattern', '/rules/2/kind', '/rules/3/severity', '/rules/4/id'],
    );
    assert.match(errors[0]!.message, /rule "punct": broken pattern/);
    const detector = new Detector({ version: '1', brands: [] }, ruleSet);
    assert.equal(detector.scan({ id: '1', title: 'replica watch' }).flagged, true);
  });
});

describe('brand files', () => {
  it('keeps valid brands and names the invalid parts', () => {
    const { knowledge, errors } = validateBrandKnowledge({
      version: 'b1',
      brands: [
        {
          id: 'g',
          name: 'Gucci',
          productLines: [{ name: 'Marmont', referencePrice: { min: 10, max: 1, currency: 'USD' } }],
        },
        { id: 'x' },
        { id: 'y', name: 'Y', aliases: ['ok', 5] },
      ],
    });
    assert.deepEqual(
      knowledge.brands.map((b) => b.id),
      ['g', 'y'],
    );
    assert.deepEqual(
      errors.map((e) => e.pointer),
      ['/brands/0/productLines/0/referencePrice', '/brands/1', '/brands/2/aliases/1'],
    );
    assert.equal(knowledge.brands[0]!.productLines![0]!.referencePrice, undefined);
  });
});

describe('policy files', () => {
  it('rejects a policy with bad thresholds', () => {
    const { policy: result, errors } = validateDetectionPolicy(
      { version: 'p', thresholds: [{ minScore: 0.5, action: 'delete' }] },
      policy,
    );
    assert.equal(result, null);
    assert.equal(errors[0]!.pointer, '/thresholds/0');
  });
});
