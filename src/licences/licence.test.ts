import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  categorySegments,
  checkLicencesPolicy,
  DEFAULT_LICENCES_POLICY,
  isValidAt,
  lapsesAt,
  licenceCovers,
  RESTRICTED_CATEGORY_CODES,
  restrictedCategoryOf,
  warningAt,
} from './licence.ts';

describe('licence rules (pure)', () => {
  test('a listing category matches a restricted value on whole path segments, in any case', () => {
    const p = DEFAULT_LICENCES_POLICY;
    assert.equal(restrictedCategoryOf(p, 'Books > Fiction')?.code, 'books_press');
    assert.equal(restrictedCategoryOf(p, 'Media / BOOKS')?.code, 'books_press');
    assert.equal(restrictedCategoryOf(p, 'Media > Music > CDs')?.code, 'audiovisual');
    assert.equal(restrictedCategoryOf(p, 'Services >  Travel   Packages')?.code, 'travel');
    assert.equal(restrictedCategoryOf(p, 'Furniture > Bookshelves'), null);
    assert.equal(restrictedCategoryOf(p, 'Audio books stand'), null);
    assert.equal(restrictedCategoryOf(p, 'bags'), null);
    assert.equal(restrictedCategoryOf(p, null), null);
  });

  test('property: a restricted value placed among unrelated segments always matches, whatever its case', () => {
    const unrelated = fc.constantFrom('home', 'garden', 'bags', 'shoes', 'kitchen', 'toys');
    const category = fc.constantFrom(...DEFAULT_LICENCES_POLICY.categories);
    fc.assert(
      fc.property(
        fc.array(unrelated, { maxLength: 3 }),
        fc.array(unrelated, { maxLength: 3 }),
        category,
        fc.nat(),
        fc.boolean(),
        (before, afterSegments, cat, pick, upper) => {
          const value = cat.values[pick % cat.values.length]!;
          const text = [...before, upper ? value.toUpperCase() : value, ...afterSegments].join(' > ');
          return restrictedCategoryOf(DEFAULT_LICENCES_POLICY, text)?.code === cat.code;
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(unrelated, { minLength: 1, maxLength: 5 }),
        (segments) => restrictedCategoryOf(DEFAULT_LICENCES_POLICY, segments.join(' > ')) === null,
      ),
    );
  });

  test('the policy refuses a code listed twice, a value claimed by two categories, a blank value', () => {
    const errors = checkLicencesPolicy({
      ...DEFAULT_LICENCES_POLICY,
      categories: [
        { code: 'books_press', name: 'Books', values: ['Books', ' > '] },
        { code: 'audiovisual', name: 'AV', values: ['books '] },
        { code: 'books_press', name: 'Again', values: ['press'] },
      ],
    });
    assert.deepEqual(
      errors.map((e) => [e.pointer, e.rule]),
      [
        ['/categories/0/values/1', 'non-empty'],
        ['/categories/1/values/0', 'claimed-twice'],
        ['/categories/2/code', 'unique'],
      ],
    );
    assert.deepEqual(checkLicencesPolicy(DEFAULT_LICENCES_POLICY), []);
    assert.equal(DEFAULT_LICENCES_POLICY.categories.length, RESTRICTED_CATEGORY_CODES.length);
  });

  test('validity, coverage, lapse and warning dates', () => {
    const licence = {
      status: 'verified' as const,
      category: 'books_press',
      jurisdiction: 'EU',
      validFrom: '2026-01-01',
      validUntil: '2026-12-31',
    };
    assert.equal(lapsesAt('2026-12-31').toISOString(), '2027-01-01T00:00:00.000Z');
    assert.ok(isValidAt(licence, new Date('2026-12-31T23:59:59Z')));
    assert.ok(!isValidAt(licence, new Date('2027-01-01T00:00:00Z')));
    assert.ok(!isValidAt(licence, new Date('2025-12-31T23:00:00Z')));
    assert.ok(!isValidAt({ ...licence, status: 'pending' }, new Date('2026-06-01T00:00:00Z')));
    const june = new Date('2026-06-01T00:00:00Z');
    assert.ok(licenceCovers(licence, 'books_press', 'DE', june), 'EU covers DE');
    assert.ok(!licenceCovers({ ...licence, jurisdiction: 'DE' }, 'books_press', 'EU', june));
    assert.ok(!licenceCovers(licence, 'books_press', 'US', june));
    assert.ok(!licenceCovers(licence, 'audiovisual', 'DE', june));
    assert.equal(warningAt('2026-12-31', 30, june).toISOString(), '2026-12-02T00:00:00.000Z');
    const late = new Date('2026-12-20T10:00:00Z');
    assert.equal(warningAt('2026-12-31', 30, late).getTime(), late.getTime(), 'already inside: at once');
    assert.deepEqual(categorySegments(' A >b/ C  d |'), ['a', 'b', 'c d']);
  });
});
