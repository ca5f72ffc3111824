/**
 * The roles of the evaluation splits (eval/run.ts): test-v1..v3 have been training splits since
 * their errors were looked at (2026-12-06, sixth round), test-v4 since the seventh round, test-v5
 * since the eighth, test-v6 since the ninth, test-v7 since the twelfth, test-v8 since the fourteenth,
 * test-v9 since the fifteenth, test-v10 since the sixteenth, test-v11 since the seventeenth, test-v12 since the eighteenth, test-v13 and test-v14 since the nineteenth, test-v17 since the
 * twenty-third; any other test-* folder (test-v15, test-v16 and test-v18, written blind) is a test split, whose report holds aggregates only.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverSplits, evaluateSplit, RETIRED_TEST_SPLITS, roleOf } from '../eval/run.ts';

describe('evaluation split roles', () => {
  it('test-v1 to test-v14 and test-v17 are training splits; other test-* folders are test splits', () => {
    for (const name of [
      'test-v1',
      'test-v2',
      'test-v3',
      'test-v4',
      'test-v5',
      'test-v6',
      'test-v7',
      'test-v8',
      'test-v9',
      'test-v10',
      'test-v11',
      'test-v12',
      'test-v13',
      'test-v14',
      'test-v17',
    ]) {
      assert.ok(RETIRED_TEST_SPLITS.has(name));
      assert.equal(roleOf(name), 'train', name);
    }
    assert.equal(roleOf('test-v15'), 'test');
    assert.equal(roleOf('test-v16'), 'test');
    assert.equal(roleOf('test-v18'), 'test');
    assert.equal(roleOf('train-v2'), 'train');
  });

  it('a test split is reported in aggregate only, a retired one listing by listing', () => {
    const root = mkdtempSync(join(tmpdir(), 'ipp-eval-roles-'));
    const brands = {
      version: 'eval-roles-1',
      brands: [{ id: 'corvane', name: 'Corvane', categories: ['audio'], manufacturingCountries: ['CN'] }],
    };
    const listings = [
      { id: 'a', title: 'Corvane speaker 1:1 replica', label: 'counterfeit', kind: 'pos.marker_en' },
      { id: 'b', title: 'Corvane speaker', label: 'counterfeit', kind: 'pos.weak_cues' },
      { id: 'c', title: 'plain speaker stand', label: 'legit', kind: 'neg.plain' },
    ];
    for (const name of ['test-v14', 'test-v15']) {
      mkdirSync(join(root, name));
      writeFileSync(join(root, name, 'brands.json'), JSON.stringify(brands));
      writeFileSync(join(root, name, 'listings.ndjson'), listings.map((l) => JSON.stringify(l)).join('\n'));
    }
    const splits = discoverSplits(root);
    assert.deepEqual(
      splits.map((s) => [s.name, s.role]),
      [
        ['test-v14', 'train'],
        ['test-v15', 'test'],
      ],
    );
    const [retired, fresh] = splits.map((s) => evaluateSplit(s, join(root, s.name), true));
    assert.ok(
      retired!.lines.some((l) => l.startsWith('FN pos.weak_cues b ')),
      retired!.lines.join('\n'),
    );
    assert.ok(!fresh!.lines.some((l) => /^F[NP] |per kind|per language/.test(l)), fresh!.lines.join('\n'));
    assert.equal(fresh!.recall, 0.5);
    rmSync(root, { recursive: true, force: true });
  });
});
