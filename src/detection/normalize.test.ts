import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type LineSnapshot, type NormalizedView, TextNormalizer } from './normalize.ts';
import { normalizeText } from './skeleton.ts';

const skeleton = (text: string) => normalizeText(text).skeleton;
const key = (text: string) => normalizeText(text).key;

describe('normalizer', () => {
  it('folds case, NFKC (fullwidth, math alphanumerics) and diacritics', () => {
    assert.equal(key('GUCCI'), key('gucci'));
    assert.equal(key('Ｇｕｃｃｉ'), key('gucci'));
    assert.equal(key('𝐆𝐮𝐜𝐜𝐢'), key('gucci'));
    assert.equal(key('Hermès'), key('hermes'));
    assert.equal(key('Straße'), key('strasse'));
  });

  it('maps Cyrillic and Greek homoglyphs to their Latin prototype (UTS #39 subset)', () => {
    assert.equal(key('Guсci'), key('gucci')); // Cyrillic es
    assert.equal(key('ΝΙΚΕ'), key('nike')); // Greek capitals
    assert.equal(key('Rоlех'), key('rolex'));
  });

  it('drops zero-width characters, separators and emoji between letters', () => {
    for (const disguised of [
      'G\u200bu\u200bc\u200bc\u200bi',
      'G.u.c.c.i',
      'G💎u💎c💎c💎i',
      'g-u-c-c-i',
      'G u c c i',
    ]) {
      assert.equal(key(disguised), key('gucci'), disguised);
    }
  });

  it('collapses repeated letters into runs and keeps run lengths', () => {
    const n = normalizeText('Guuuucci');
    assert.equal(n.key, key('gucci'));
    assert.equal(n.runs[1], 4);
  });

  it('reads leetspeak only inside words, keeping "1:1" and prices as digits', () => {
    assert.equal(key('R0lex'), key('rolex'));
    assert.equal(key('Pr@da'), key('prada'));
    const ratio = normalizeText('1:1');
    assert.equal(ratio.codes.length, 2);
    assert.equal(normalizeText('Gucci!').key, key('gucci'));
  });

  it('folds Traditional Chinese to Simplified and matches by character', () => {
    assert.equal(key('高倣'), key('高仿'));
    assert.equal(key('A貨'), key('a货'));
    assert.equal(key('原單'), key('原单'));
    assert.equal(key('複刻'), key('复刻'));
    assert.equal(key('勞力士錶'), key('劳力士表'));
  });

  it('maps every unit back to its span in the original text', () => {
    const text = 'Ｇ.u\u200bc c💎i bag';
    const n = normalizeText(text);
    assert.equal(text.slice(n.starts[0], n.ends[n.ends.length - 1]), text);
    assert.equal(skeleton('R0lex 1:1'), 'rolex l l');
  });
});

describe('normalizer properties', () => {
  const normalizer = new TextNormalizer();
  const wild = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
      .map((units) => String.fromCharCode(...units)),
    fc
      .array(
        fc.constantFrom(
          '\u0000',
          '\u0007',
          '\ud800',
          '\udfff',
          '\u200b',
          '\ufe0f',
          'a',
          'Ａ',
          '高',
          ' ',
          '1',
          '!',
          '$',
        ),
        { maxLength: 100 },
      )
      .map((parts) => parts.join('')),
  );

  it('never throws and keeps offsets inside the text, in order', () => {
    fc.assert(
      fc.property(wild, (text) => {
        const view = normalizer.normalize(text);
        // units of one code point ("ﯪ" folds to several letters) share its span
        let previousStart = 0;
        for (let i = 0; i < view.length; i++) {
          const start = view.starts[i]!;
          const end = view.ends[i]!;
          assert.ok(start >= previousStart && start < end && end <= text.length);
          previousStart = start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('handles 1 MB of text', () => {
    const text = 'Gucci 高仿 r0lex \ud800 \u0001 '.repeat(40_000).slice(0, 1_000_000);
    const view = normalizer.normalize(text);
    assert.ok(view.length > 100_000);
  });
});

describe('fast path (property)', () => {
  const fast = new TextNormalizer();
  const general = new TextNormalizer({ fastPath: false });
  // fragments the fast path handles and fragments that hand over to the general path, glued
  // together without separators too, so every transition between the two paths occurs
  const fragment = fc.oneof(
    fc.constantFrom('gucci', 'Rolex', 'PRADA', 'chanel', 'bag', 'shoes', 'size', 'new', 'AAA', 'Type', 'a'),
    fc.constantFrom(' ', '  ', '.', '-', ':', '_', ',', '/', '*', '1:1', '1:18', '11', 'x2', '2024'),
    fc.constantFrom('@', '$', '!', '|', 'R0lex', 'Pr@da', 'Gucci!', '$100', 'gu$$i', '3', '0', '7'),
    fc.constantFrom('Guuuucci', 'gguucci', 'g u c c i', 'g u u c c i', 's s', 'a a a', 'l l', '1 1'),
    fc.constantFrom('а', 'е', 'о', 'с', 'р', 'х', 'і', 'Α', 'Β', 'М', 'Н', 'Guсci', 'ΝΙΚΕ'),
    fc.constantFrom('\u200b', '\u200d', '\ufeff', '\u00ad', 'G\u200bucci', 'e\u0301', 'Hermès', 'ß'),
    fc.constantFrom('Ｇｕｃｃｉ', 'ｕ', '１', '𝐆𝐮𝐜𝐜𝐢', 'ﬁ', '㎏', 'Ⅻ', '💎', '🔥', 'G💎u💎c'),
    fc.constantFrom('高仿', '高倣', 'A貨', '原單', '複刻', '勞力士錶', '高', 'LV包', '路易威登'),
    fc.constantFrom('\ud800', '\udfff', '\u0000', '\u0007', '\t', '\n', '\u3000'),
    // the separators Chinese text is typed with (cjkRun reads them itself) beside Latin and digits
    fc.constantFrom(
      '，',
      '：',
      '．',
      '、',
      '。',
      '（',
      '）',
      '！',
      '；',
      '／',
      '－',
      'Ａ１',
      '２.５',
      'x',
      '1.5',
    ),
    fc.string({ maxLength: 4 }),
  );
  const text = fc.oneof(
    fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join('')),
    fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(' ')),
    fc.string({ unit: 'binary', maxLength: 120 }),
  );

  it('gives exactly the view of the general path', () => {
    fc.assert(
      fc.property(text, (input) => {
        const a = copyState(fast.normalize(input));
        const b = copyState(general.normalize(input));
        assert.deepEqual(a, b, JSON.stringify(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads kept lines in place as the text of those lines joined (boilerplate skipping)', () => {
    const line = text.map((t) => t.replace(/\n/g, ' '));
    const lines = fc.array(fc.record({ line, kept: fc.boolean() }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lines, fc.boolean(), (parts, fastPath) => {
        const normalizer = new TextNormalizer({ fastPath });
        const full = parts.map((p) => p.line).join('\n');
        // stretches of consecutive kept lines, and where each kept line sits in both texts
        const starts: number[] = [];
        const ends: number[] = [];
        const keptAt: Array<{ joined: number; full: number; length: number }> = [];
        let at = 0;
        let joinedLength = 0;
        let open = false;
        for (const { line: l, kept } of parts) {
          if (kept) {
            if (!open) starts.push(at);
            if (open) ends.pop();
            ends.push(at + l.length);
            if (keptAt.length > 0) joinedLength++;
            keptAt.push({ joined: joinedLength, full: at, length: l.length });
            joinedLength += l.length;
          }
          open = kept;
          at += l.length + 1;
        }
        const joined = parts
          .filter((p) => p.kept)
          .map((p) => p.line)
          .join('\n');
        const toFull = (offset: number) => {
          let k = 0;
          while (k + 1 < keptAt.length && keptAt[k + 1]!.joined <= offset) k++;
          return offset - keptAt[k]!.joined + keptAt[k]!.full;
        };
        const expected = copyState(normalizer.normalize(joined));
        expected.starts = expected.starts.map(toFull);
        expected.ends = expected.ends.map((end) => toFull(end - 1) + 1);
        const view = normalizer.normalizeSegments(
          full,
          Int32Array.from(starts),
          Int32Array.from(ends),
          starts.length,
        );
        assert.deepEqual(copyState(view), expected, JSON.stringify(parts));
      }),
      { numRuns: 2000 },
    );
  });

  it('copies a line normalized once as if it were normalized in place (remembered lines)', () => {
    const line = text.map((t) => t.replace(/\n/g, ' '));
    // a line's place: normalized, copied from its snapshot, or skipped (a clean line)
    const place = fc.constantFrom('normalized', 'copied', 'skipped');
    const lines = fc.array(fc.record({ line, place }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(lines, fc.boolean(), (parts, fastPath) => {
        const normalizer = new TextNormalizer({ fastPath });
        const own = new TextNormalizer({ fastPath });
        const full = parts.map((p) => p.line).join('\n');
        const starts: number[] = [];
        const ends: number[] = [];
        const snapshots: (LineSnapshot | null)[] = [];
        let at = 0;
        for (const { line: l, place: p } of parts) {
          if (p !== 'skipped') {
            starts.push(at);
            ends.push(at + l.length);
            snapshots.push(p === 'copied' && l.length > 0 ? own.snapshotLine(l) : null);
          }
          at += l.length + 1;
        }
        // the same stretches, every one normalized (proved equal to the joined text above)
        const expected = copyState(
          normalizer.normalizeSegments(full, Int32Array.from(starts), Int32Array.from(ends), starts.length),
        );
        const view = normalizer.normalizePieces(
          full,
          Int32Array.from(starts),
          Int32Array.from(ends),
          snapshots,
          starts.length,
        );
        assert.deepEqual(copyState(view), expected, JSON.stringify(parts));
        // each copied line is listed with where its units begin
        for (let k = 0; k < normalizer.copiedLines; k++) {
          const snapshot = normalizer.copiedSnapshots[k]!;
          const first = normalizer.copiedUnits[k]!;
          assert.deepEqual(
            Array.from(view.codes.subarray(first, first + snapshot.length)),
            Array.from(snapshot.codes),
          );
        }
      }),
      { numRuns: 3000 },
    );
  });
});

function copyState(view: NormalizedView) {
  const n = view.length;
  const words = view.wordCount;
  return {
    n,
    plainLatinUnits: view.plainLatinUnits,
    nonAsciiUnits: view.nonAsciiUnits,
    codes: Array.from(view.codes.subarray(0, n)),
    runs: Array.from(view.runs.subarray(0, n)),
    starts: Array.from(view.starts.subarray(0, n)),
    ends: Array.from(view.ends.subarray(0, n)),
    // with the sentinel after the last unit
    boundaryBefore: Array.from(view.boundaryBefore.subarray(0, n + 1)),
    interiorBoundaries: Array.from(view.interiorBoundaries.subarray(0, n)),
    flags: Array.from(view.flags.subarray(0, n)),
    wordStarts: Array.from(view.wordStarts.subarray(0, words)),
    wordHash: Array.from(view.wordHash.subarray(0, words)),
    wordCheck: Array.from(view.wordCheck.subarray(0, words)),
  };
}

describe('normaliser: Chinese spacing, fullwidth, numerals (property)', () => {
  const han = fc.constantFrom(...Array.from('高仿复刻原单包鞋表正品奥维莱声妙'));
  const same = (a: string, b: string) => {
    const x = normalizeText(a);
    const y = normalizeText(b);
    assert.deepEqual(x.codes, y.codes, `${a} / ${b}`);
    assert.deepEqual(x.runs, y.runs, `${a} / ${b}`);
  };

  it('spaces between Chinese characters change boundaries, never the units', () => {
    fc.assert(
      fc.property(
        fc.array(han, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', '  ', '\u3000', '.', '·'),
        (chars, gap) => {
          same(chars.join(''), chars.join(gap));
        },
      ),
    );
  });

  it('fullwidth letters, digits and spaces read as their ASCII forms, words and all', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const ascii = words.join(' ');
        const fullwidth = Array.from(ascii, (c) =>
          c === ' ' ? '\u3000' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
        ).join('');
        const x = normalizeText(ascii);
        const y = normalizeText(fullwidth);
        assert.deepEqual(x.codes, y.codes);
        assert.deepEqual(x.boundaryBefore, y.boundaryBefore);
      }),
    );
  });

  it('Chinese numerals read as digits: 一比一 is 1比1, 二代 is 2代', () => {
    const numerals = '〇一二三四五六七八九';
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
        han,
        (digits, joiner) => {
          same(digits.map((d) => numerals[d]).join(joiner), digits.join(joiner));
        },
      ),
    );
  });
});
