import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { compileValueValidator } from '../http/validation.ts';
import {
  BrandKnowledgeSchema,
  DEFAULT_KEYWORD_RULES,
  KeywordRuleSetSchema,
  validateBrandKnowledge,
  validateKeywordRuleSet,
} from './index.ts';

/**
 * The API checks brand knowledge and keyword controls against their JSON Schemas at the edge and
 * serializes stored ones through them, so the schemas and the detection validators must agree:
 * what the validator accepts (and what it returns) fits the schema.
 */
const knowledgeErrors = compileValueValidator(BrandKnowledgeSchema);
const rulesErrors = compileValueValidator(KeywordRuleSetSchema);
const SPLITS = new URL('../../eval/splits/', import.meta.url);

describe('detection input schemas', () => {
  test('the default keyword controls fit the keyword-rule schema', () => {
    assert.deepEqual(rulesErrors(DEFAULT_KEYWORD_RULES), []);
    const { ruleSet, errors } = validateKeywordRuleSet(DEFAULT_KEYWORD_RULES);
    assert.deepEqual(errors, []);
    assert.deepEqual(rulesErrors(ruleSet), []);
  });

  for (const split of readdirSync(SPLITS).filter((name) => name.startsWith('train-'))) {
    test(`the ${split} brand knowledge fits the published schema, before and after validation`, () => {
      const input = JSON.parse(readFileSync(new URL(`${split}/brands.json`, SPLITS), 'utf8'));
      assert.deepEqual(knowledgeErrors(input), []);
      const { knowledge, errors } = validateBrandKnowledge(input);
      assert.deepEqual(errors, []);
      assert.deepEqual(knowledgeErrors(JSON.parse(JSON.stringify(knowledge))), []);
    });
  }

  test('both refuse a brand without a name, and an unknown field, naming where', () => {
    const nameless = { brands: [{ aliases: ['x'] }] };
    assert.ok(knowledgeErrors(nameless).some((e) => e.pointer.startsWith('/brands/0')));
    assert.ok(validateBrandKnowledge(nameless).errors.length > 0);
    const unknown = {
      version: 'v',
      rules: [{ id: 'a', pattern: 'replica', kind: 'marker', severity: 1, colour: 'x' }],
    };
    assert.ok(rulesErrors(unknown).some((e) => e.pointer.startsWith('/rules/0')));
    const badKind = { version: 'v', rules: [{ id: 'a', pattern: 'replica', kind: 'nonsense', severity: 1 }] };
    assert.ok(rulesErrors(badKind).some((e) => e.pointer === '/rules/0/kind'));
    assert.ok(validateKeywordRuleSet(badKind).errors.some((e) => e.pointer === '/rules/0/kind'));
  });
});
