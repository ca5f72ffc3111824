import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  forbiddenCharacter,
  invalidUtf8Offset,
  jsonSyntaxErrorOffset,
  MAX_NESTING_DEPTH,
  textProblems,
} from './text.ts';

/** String.prototype.isWellFormed (Node 20), typed here because the TypeScript lib is ES2023. */
const isWellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

describe('text accepted at the edge (pure)', () => {
  test('a string is refused exactly when it holds NUL or is not well-formed UTF-16', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const expected = s.includes('\u0000') || !isWellFormed(s);
        assert.equal(forbiddenCharacter(s) !== null, expected, JSON.stringify(s));
      }),
      { numRuns: 500 },
    );
  });

  test('the reported position points at the offending code unit', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('\u0000', '\ud800', '\udc00'), fc.string(), (a, bad, b) => {
        const found = forbiddenCharacter(a + bad + b);
        if (!a.includes('\u0000') && isWellFormed(a) && !(bad === '\udc00' && /[\ud800-\udbff]$/.test(a)))
          assert.equal(found?.[0], a.length);
      }),
    );
  });

  test('UTF-8 validation agrees with a fatal TextDecoder, and the offset is the first bad byte', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const valid = (bytes: Uint8Array) => {
      try {
        decoder.decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string({ unit: 'grapheme' }).map((s) => new Uint8Array(Buffer.from(s))),
        ),
        (bytes) => {
          const offset = invalidUtf8Offset(bytes);
          assert.equal(offset === -1, valid(bytes));
          if (offset >= 0) {
            assert.ok(valid(bytes.subarray(0, offset)), 'the prefix before the offset is valid');
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('JSON syntax errors are located: -1 for valid JSON, an offset inside the text otherwise', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        assert.equal(jsonSyntaxErrorOffset(text), -1, text);
      }),
    );
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (text, cut, junk) => {
        const broken = text.slice(0, cut % (text.length + 1)) + junk;
        let parses = true;
        try {
          JSON.parse(broken);
        } catch {
          parses = false;
        }
        const offset = jsonSyntaxErrorOffset(broken);
        assert.equal(offset === -1, parses, broken);
        if (!parses) assert.ok(offset >= 0 && offset <= broken.length);
      }),
      { numRuns: 2000 },
    );
  });

  test('values nest at most MAX_NESTING_DEPTH deep; keys are checked like values', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const problems = textProblems(deep);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.rule, 'nesting-depth');
    assert.equal(problems[0]?.pointer.split('/').length - 1, MAX_NESTING_DEPTH);
    assert.deepEqual(textProblems({ ok: [{ 'b\u0000': 1 }] })[0]?.pointer, '/ok/0/b\u0000');
    assert.deepEqual(textProblems({ 'a/b': 'x\ud800' })[0]?.pointer, '/a~1b');
  });
});
