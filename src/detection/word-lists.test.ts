/**
 * A rule's word lists (innocent contexts, innocent and required words nearby, required words in the
 * sentence) are compiled once per distinct list and shared by the rules that give the same list:
 * each rule still reads only its own lists. Invented brand and words.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Detector } from './detector.ts';
import type { BrandKnowledge, KeywordRule, KeywordRuleSet } from './types.ts';

const BRANDS: BrandKnowledge = {
  version: 'word-lists-1',
  brands: [{ id: 'velmoro', name: 'Velmoro', manufacturingCountries: ['IT'] }],
};

const POINTERS = ['we ship', 'our lot'];
const family = (pattern: string): KeywordRule => ({
  id: `marker.family.${pattern}`,
  pattern,
  kind: 'marker',
  severity: 0.9,
  requiresNearby: [...POINTERS],
  innocentContexts: ['glass facsimilex'],
});

const RULES: KeywordRuleSet = {
  version: 'word-lists-1',
  rules: [
    family('facsimilex'),
    family('mimicrox'),
    // same pattern words, another list: it must not take the family's required words
    {
      id: 'marker.alone.lookalikex',
      pattern: 'lookalikex',
      kind: 'marker',
      severity: 0.9,
      requiresNearby: ['handmade lot'],
    },
  ],
};

function flaggedRules(detector: Detector, title: string): string[] {
  const verdict = detector.scan({ id: title, title, price: 900, currency: 'USD' });
  return verdict.signals.filter((s) => s.kind === 'marker').map((s) => s.rule);
}

describe('word lists shared by rules', () => {
  const detector = new Detector(BRANDS, RULES, undefined, { now: new Date('2026-12-06') });
  const c = detector.compiled;

  it('compiles a list the rules share once', () => {
    const required = c.context.text.filter((t) => POINTERS.includes(t));
    assert.equal(required.length, POINTERS.length);
    const innocent = c.ownerText.filter((t) => t.startsWith('glass facsimilex'));
    // the phrase and its plural, once for both rules
    assert.equal(innocent.length, 2);
  });

  it('lets each rule read its own lists only', () => {
    assert.deepEqual(flaggedRules(detector, 'Velmoro bag facsimilex, we ship today'), [
      'marker.family.facsimilex',
    ]);
    assert.deepEqual(flaggedRules(detector, 'Velmoro bag mimicrox from our lot'), ['marker.family.mimicrox']);
    // the family's words do not satisfy another rule's list, nor its words the family's
    assert.deepEqual(flaggedRules(detector, 'Velmoro bag lookalikex, we ship today'), []);
    assert.deepEqual(flaggedRules(detector, 'Velmoro bag lookalikex, a handmade lot'), [
      'marker.alone.lookalikex',
    ]);
    assert.deepEqual(flaggedRules(detector, 'Velmoro bag facsimilex, a handmade lot'), []);
    // the family's innocent phrase covers its own rule's hit
    assert.deepEqual(flaggedRules(detector, 'Velmoro glass facsimilex vase, we ship today'), []);
  });
});
